package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// TaskScore is one task's counts and rates as printed. A nil rate is
// undefined: precision is nil when no file scored lists the task as
// exhaustive (or no system item was counted), recall when there is no gold
// item, F1 when precision is not measured.
type TaskScore struct {
	TP        int      `json:"tp"`
	FP        int      `json:"fp"`
	FN        int      `json:"fn"`
	Precision *float64 `json:"precision"`
	Recall    *float64 `json:"recall"`
	F1        *float64 `json:"f1"`
}

// EventScores are the event accuracies over matched events.
type EventScores struct {
	ModeAccuracy *float64 `json:"mode_accuracy"`
	DateAccuracy *float64 `json:"date_accuracy"`
}

// QuoteScores are the quote accuracies over matched quotes.
type QuoteScores struct {
	VenueAccuracy *float64 `json:"venue_accuracy"`
	CueAccuracy   *float64 `json:"cue_accuracy"`
}

// Scores is a set of task scores, for one file or a whole gold set.
type Scores struct {
	Tasks  map[string]TaskScore `json:"tasks"`
	Events EventScores          `json:"events"`
	Quotes QuoteScores          `json:"quotes"`
	// ActorsByKind (an extension) breaks actors down by gold kind; absent
	// when no gold actor gives a kind.
	ActorsByKind map[string]TaskScore `json:"actors_by_kind,omitempty"`
	// QuotesByPart (an extension) scores quotes on their content alone
	// and on their source (FileResult.QuoteParts); absent when the set
	// has no quote.
	QuotesByPart map[string]TaskScore `json:"quotes_by_part,omitempty"`
}

// FileReport is one entry of Report.PerFile.
type FileReport struct {
	ID   string `json:"id"`
	File string `json:"file,omitempty"`
	Scores
	// RemovedByCleaning counts, per task, the required gold items whose
	// span ingest cleaning removed (they are among the misses).
	RemovedByCleaning map[string]int `json:"removed_by_cleaning,omitempty"`
	Details           []Detail       `json:"details,omitempty"`
	Notes             []string       `json:"notes,omitempty"`
}

// Report is the result of scoring a gold set: the JSON printed by
// `dyad eval --json`.
type Report struct {
	Files int `json:"files"`
	Scores
	// RemovedByCleaning totals the per-file counts of gold items whose
	// span ingest cleaning removed.
	RemovedByCleaning map[string]int `json:"removed_by_cleaning,omitempty"`
	PerFile           []FileReport   `json:"per_file"`
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	r := float64(a) / float64(b)
	return &r
}

// score turns counts into rates.
func score(c *Counts) TaskScore {
	ts := TaskScore{TP: c.TP, FP: c.FP, FN: c.FN, Recall: ratio(c.TP, c.TP+c.FN)}
	if c.Exhaustive {
		ts.Precision = ratio(c.ExhaustiveTP, c.ExhaustiveTP+c.FP)
		// F1 over the exhaustive files' hits with every file's misses
		// would mix populations; when every file is exhaustive this is the
		// usual 2TP/(2TP+FP+FN).
		if ts.Precision != nil && ts.Recall != nil {
			p, r := *ts.Precision, *ts.Recall
			f := 0.0
			if p+r > 0 {
				f = 2 * p * r / (p + r)
			}
			ts.F1 = &f
		} else if ts.Recall != nil && *ts.Recall == 0 && c.FP == 0 {
			// Nothing found at all: precision is undefined but F1 is 0.
			f := 0.0
			ts.F1 = &f
		}
	}
	return ts
}

func scoresOf(counts, byKind, parts map[string]*Counts, mode, date, venue, cue Accuracy) Scores {
	s := Scores{Tasks: map[string]TaskScore{}}
	for _, t := range Tasks {
		c := counts[t]
		if c == nil {
			c = &Counts{}
		}
		s.Tasks[t] = score(c)
	}
	s.Events = EventScores{ModeAccuracy: ratio(mode.Right, mode.Total), DateAccuracy: ratio(date.Right, date.Total)}
	s.Quotes = QuoteScores{VenueAccuracy: ratio(venue.Right, venue.Total), CueAccuracy: ratio(cue.Right, cue.Total)}
	if len(byKind) > 0 {
		s.ActorsByKind = map[string]TaskScore{}
		for k, c := range byKind {
			s.ActorsByKind[k] = score(c)
		}
	}
	if len(parts) > 0 {
		s.QuotesByPart = map[string]TaskScore{}
		for k, c := range parts {
			s.QuotesByPart[k] = score(c)
		}
	}
	return s
}

// NewReport aggregates file results. Details and notes are kept only when
// verbose is set.
func NewReport(results []*FileResult, verbose bool) *Report {
	r := &Report{Files: len(results), PerFile: make([]FileReport, 0, len(results))}
	total := map[string]*Counts{}
	for _, t := range Tasks {
		total[t] = &Counts{}
	}
	kinds, parts := map[string]*Counts{}, map[string]*Counts{}
	var mode, date, venue, cue Accuracy
	for _, fr := range results {
		for _, t := range Tasks {
			if c := fr.Counts[t]; c != nil {
				total[t].add(c)
			}
		}
		for k, c := range fr.ByKind {
			if kinds[k] == nil {
				kinds[k] = &Counts{}
			}
			kinds[k].add(c)
		}
		for k, c := range fr.QuoteParts {
			if parts[k] == nil {
				parts[k] = &Counts{}
			}
			parts[k].add(c)
		}
		mode.add(fr.Mode)
		date.add(fr.Date)
		venue.add(fr.Venue)
		cue.add(fr.Cue)
		pf := FileReport{ID: fr.Name, File: fr.File, Scores: scoresOf(fr.Counts, fr.ByKind, fr.QuoteParts, fr.Mode, fr.Date, fr.Venue, fr.Cue), RemovedByCleaning: fr.RemovedByCleaning}
		for t, n := range fr.RemovedByCleaning {
			if r.RemovedByCleaning == nil {
				r.RemovedByCleaning = map[string]int{}
			}
			r.RemovedByCleaning[t] += n
		}
		if verbose {
			pf.Details, pf.Notes = fr.Details, fr.Notes
		}
		r.PerFile = append(r.PerFile, pf)
	}
	r.Scores = scoresOf(total, kinds, parts, mode, date, venue, cue)
	return r
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

func pct(f *float64) string {
	if f == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *f)
}

// WriteTable writes the report as a readable table; with verbose, every
// miss, false positive and wrong attribute follows, file by file.
func (r *Report) WriteTable(w io.Writer, verbose bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%-16s\ttp\tfp\tfn\tprecision\trecall\tf1\t\n", "task")
	for _, t := range Tasks {
		s := r.Tasks[t]
		fmt.Fprintf(tw, "%-16s\t%d\t%d\t%d\t%s\t%s\t%s\t\n", t, s.TP, s.FP, s.FN, pct(s.Precision), pct(s.Recall), pct(s.F1))
	}
	for _, sub := range []struct {
		task string
		m    map[string]TaskScore
	}{{TaskActors, r.ActorsByKind}, {TaskQuotes, r.QuotesByPart}} {
		keys := make([]string, 0, len(sub.m))
		for k := range sub.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s := sub.m[k]
			fmt.Fprintf(tw, "%-16s\t%d\t%d\t%d\t%s\t%s\t%s\t\n", "  "+sub.task+"/"+k, s.TP, s.FP, s.FN, pct(s.Precision), pct(s.Recall), pct(s.F1))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d files; events: mode accuracy %s, date accuracy %s; quotes: venue accuracy %s, cue accuracy %s\n",
		r.Files, pct(r.Events.ModeAccuracy), pct(r.Events.DateAccuracy), pct(r.Quotes.VenueAccuracy), pct(r.Quotes.CueAccuracy))
	if len(r.RemovedByCleaning) > 0 {
		var parts []string
		for _, t := range Tasks {
			if n := r.RemovedByCleaning[t]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", t, n))
			}
		}
		fmt.Fprintf(w, "misses whose gold span ingest cleaning removed: %s\n", strings.Join(parts, ", "))
	}
	fmt.Fprintln(w, "(precision is shown only for tasks some gold file marks exhaustive)")
	if !verbose {
		return nil
	}
	for _, f := range r.PerFile {
		if len(f.Details) == 0 && len(f.Notes) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n== %s", f.ID)
		if f.File != "" {
			fmt.Fprintf(w, " (%s)", f.File)
		}
		fmt.Fprintln(w)
		for _, n := range f.Notes {
			fmt.Fprintf(w, "  gold note: %s\n", n)
		}
		for _, d := range f.Details {
			fmt.Fprintf(w, "  %-6s %-5s %s", d.Task, d.What, d.Text)
			if d.Note != "" {
				fmt.Fprintf(w, "  (%s)", d.Note)
			}
			fmt.Fprintln(w)
			if d.Sentence != "" {
				fmt.Fprintf(w, "         in: %s\n", oneLine(d.Sentence))
			}
		}
	}
	return nil
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return clip(s, 240)
}
