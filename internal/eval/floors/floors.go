// Package floors keeps the quality floors: for each gold set (the shared
// gold folder and the development sets imported from the shared corpora)
// and each metric, the score main reaches. A score below its floor is a
// regression; floors are raised when work improves them, never lowered.
package floors

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/dyad-events/dyad/internal/corpus"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/importer"
)

// Epsilon is the tolerance of a floor comparison, for floating-point noise
// only.
const Epsilon = 1e-6

// Set is a gold set scored against floors.
type Set struct {
	// Name keys the set in the floors file.
	Name string
	// Format is the importer ("" for a folder of gold files).
	Format string
	// Path is relative to the shared folder.
	Path string
	// InRepo reads Path relative to the module root instead of the
	// shared folder (gold files kept in the repository).
	InRepo bool
	// Every keeps one article in Every (1 or 0: all), by position in the
	// importer's sorted output, to bound the time of large sets.
	Every int
	// F1Only floors only each task's F1 (recall where a task has no
	// precision): for a small set, where one item more or less moves a
	// precision or an accuracy by several points and a floor on it would
	// block a fix that trades a little of one for more of the other.
	F1Only bool
}

// Sets are the gold sets the floors cover.
var Sets = []Set{
	{Name: "seed", Path: "gold"},
	{Name: "dev", Path: "testdata/gold", InRepo: true},
	// holdout is measured, never tuned on (testdata/holdout/README.md).
	{Name: "holdout", Path: "testdata/holdout", InRepo: true, F1Only: true},
	{Name: "tbaq", Format: "timeml", Path: "corpora/tempeval3/TBAQ-cleaned"},
	{Name: "polnear-dev", Format: "brat", Path: "corpora/polnear/dev"},
	{Name: "polnear-train", Format: "brat", Path: "corpora/polnear/train-text-attributions.tar.gz", Every: 4},
	{Name: "lgl", Format: "lgl", Path: "corpora/geoparsing/lgl.xml.gz"},
	{Name: "trnews", Format: "lgl", Path: "corpora/geoparsing/TR-News.xml.gz"},
	{Name: "crossner-dev", Format: "conll", Path: "corpora/crossner-politics/dev.txt"},
	{Name: "crossner-train", Format: "conll", Path: "corpora/crossner-politics/train.txt"},
}

// Load reads or imports a set's gold files from the shared folder. The
// seed set's files are relative to shared; imported sets carry their text.
func (s Set) Load(shared string) ([]*eval.Gold, error) {
	p := filepath.Join(shared, filepath.FromSlash(s.Path))
	if s.InRepo {
		root := corpus.ModuleRoot()
		if root == "" {
			return nil, fmt.Errorf("set %s: module root not found from the working directory", s.Name)
		}
		p = filepath.Join(root, filepath.FromSlash(s.Path))
	}
	var golds []*eval.Gold
	var err error
	if s.Format == "" {
		golds, err = eval.ReadDir(p)
	} else {
		f, ok := importer.Formats[s.Format]
		if !ok {
			return nil, fmt.Errorf("set %s: unknown format %q", s.Name, s.Format)
		}
		golds, err = f(p)
	}
	if err != nil {
		return nil, fmt.Errorf("set %s: %w", s.Name, err)
	}
	if s.Every > 1 {
		var kept []*eval.Gold
		for i, g := range golds {
			if i%s.Every == 0 {
				kept = append(kept, g)
			}
		}
		golds = kept
	}
	return golds, nil
}

// Score runs the pipeline on a set and returns its report. When some
// articles could not be processed, the report (scoring them as empty
// documents) comes with an error naming them; a nil report means the set
// could not be scored at all.
func (s Set) Score(ctx context.Context, shared string, r *eval.Runner) (*eval.Report, error) {
	golds, err := s.Load(shared)
	if err != nil {
		return nil, err
	}
	if r == nil {
		r = &eval.Runner{}
	}
	rr := *r
	rr.Root = shared
	res, err := rr.Run(ctx, golds)
	if res == nil {
		return nil, fmt.Errorf("set %s: %w", s.Name, err)
	}
	if err != nil {
		err = fmt.Errorf("set %s: %w", s.Name, err)
	}
	return eval.NewReport(res, false), err
}

// Metrics are the set's floored metrics of a report: all of Metrics, or
// with F1Only each task's F1, or its recall where it has no F1.
func (s Set) Metrics(rep *eval.Report) map[string]*float64 {
	m := Metrics(rep)
	if !s.F1Only {
		return m
	}
	out := map[string]*float64{}
	for k, v := range m {
		// The metric is after the last dot: "actors.person.f1" is the
		// f1 of the task "actors.person".
		i := strings.LastIndex(k, ".")
		task, metric := k[:i], k[i+1:]
		if metric == "f1" || metric == "recall" && m[task+".f1"] == nil {
			out[k] = v
		}
	}
	return out
}

// Metrics flattens a report into "task.metric" → value; undefined metrics
// are nil. Tasks with no gold items in the set are left out. Actors broken
// down by gold kind (CrossNER) give "actors.KIND.metric" (actors.person.f1),
// quotes scored on content or source alone "quotes.content.f1" and
// "quotes.source.f1".
func Metrics(rep *eval.Report) map[string]*float64 {
	m := map[string]*float64{}
	add := func(task string, s eval.TaskScore) {
		if s.TP+s.FN == 0 {
			return
		}
		m[task+".recall"] = s.Recall
		m[task+".precision"] = s.Precision
		m[task+".f1"] = s.F1
	}
	for _, t := range eval.Tasks {
		add(t, rep.Tasks[t])
	}
	for k, s := range rep.ActorsByKind {
		add(eval.TaskActors+"."+k, s)
	}
	for k, s := range rep.QuotesByPart {
		add(eval.TaskQuotes+"."+k, s)
	}
	m["events.mode_accuracy"] = rep.Events.ModeAccuracy
	m["events.date_accuracy"] = rep.Events.DateAccuracy
	m["quotes.venue_accuracy"] = rep.Quotes.VenueAccuracy
	m["quotes.cue_accuracy"] = rep.Quotes.CueAccuracy
	for k, v := range m {
		if v == nil {
			delete(m, k)
		}
	}
	return m
}

// Floors maps a set name to its floors: "task.metric" → lowest accepted
// value.
type Floors map[string]map[string]float64

// Read reads a floors file.
func Read(path string) (Floors, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read floors: %w", err)
	}
	var f Floors
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("floors file %s: %w", path, err)
	}
	if f == nil {
		f = Floors{}
	}
	return f, nil
}

// Write writes the floors file, keys sorted (encoding/json sorts map
// keys).
func (f Floors) Write(path string) error {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Violation is a metric below its floor.
type Violation struct {
	Set, Metric string
	Floor       float64
	// Got is nil when the metric is no longer defined.
	Got *float64
}

func (v Violation) String() string {
	got := "undefined"
	if v.Got != nil {
		got = fmt.Sprintf("%.4f", *v.Got)
	}
	return fmt.Sprintf("%s %s = %s, below its floor %.4f", v.Set, v.Metric, got, v.Floor)
}

// Check compares a set's metrics with its floors.
func (f Floors) Check(set string, m map[string]*float64) []Violation {
	var out []Violation
	keys := make([]string, 0, len(f[set]))
	for k := range f[set] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		floor := f[set][k]
		got := m[k]
		if got == nil {
			if floor > 0 {
				out = append(out, Violation{Set: set, Metric: k, Floor: floor})
			}
			continue
		}
		if *got < floor-Epsilon {
			out = append(out, Violation{Set: set, Metric: k, Floor: floor, Got: got})
		}
	}
	return out
}

// Raise sets each of the set's floors to the current value where that is
// higher (rounded down to 4 decimals), adds floors for new metrics, and
// never lowers one. It reports what changed.
func (f Floors) Raise(set string, m map[string]*float64) []string {
	if f[set] == nil {
		f[set] = map[string]float64{}
	}
	var changed []string
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := math.Floor(*m[k]*1e4) / 1e4
		old, ok := f[set][k]
		switch {
		case !ok:
			f[set][k] = v
			changed = append(changed, fmt.Sprintf("%s %s: new floor %.4f", set, k, v))
		case v > old:
			f[set][k] = v
			changed = append(changed, fmt.Sprintf("%s %s: %.4f → %.4f", set, k, old, v))
		}
	}
	return changed
}
