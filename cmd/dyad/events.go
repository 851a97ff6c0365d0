package main

import (
	"strconv"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
)

func (m *Main) eventsCommand() *cobra.Command {
	var (
		dsn  string
		f    dyad.EventFilter
		root string
		out  format
	)
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List coded events, with filters",
		Long: `events lists the stored events in date order: who did what to whom (CAMEO code,
PLOVER type, QuadClass), in which mode (asserted, planned, proposed,
conditional, negated, reported), when, where, and the article they come
from. Actor and code filters match prefixes: --actor USA matches USAGOV and
USAMIL, --code 04 matches every consultation.

--from and --to bound the event's own date, not the publication's. Each is a
day (YYYY-MM-DD), month (YYYY-MM), year (YYYY), ISO week (YYYY-Www) or season
(YYYY-SP, -SU, -FA, -WI) and stands for the days it covers: --from for its
first day, --to for its last. An event's date is an interval too (a day, a
week, a season, a month, a decade…), and the event is listed when that
interval overlaps [--from, --to]: --to 2025-08 keeps an event dated 2025-W33,
and a month-dated 2025-08 event matches --from 2025-08-18. Events are listed
by the first day of their date. Events whose date names no calendar interval
are left out when either bound is given.

A story re-published by several outlets is stored once per copy, the copies
marked as near-duplicates of the original: --originals lists only the
originals' events, so each story counts once, and each event's "copies"
(--json) says how many other stored articles carry it.

On a terminal events print as a table; --json prints one full event record
per line (JSONL), --csv a CSV table.`,
		Example: `  dyad events --actor USA --target UKR --from 2025-08
  dyad events --code 19 --mode asserted --country RUS
  dyad events --plover CONSULT --place Washington --json | jq .sentence
  dyad events --article 3f2a9c --csv > events.csv
  dyad events --originals --code 19 --json | jq .copies`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if root != "" {
				if len(root) != 2 || (f.Code != "" && f.Code[:min(2, len(f.Code))] != root) {
					return dyad.Errorf(dyad.CodeInvalid, "--root %q: want a two-digit CAMEO root (01 to 20) that agrees with --code", root)
				}
				if f.Code == "" {
					f.Code = root
				}
			}
			st, err := m.openExisting(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			if f.ArticleID != "" {
				if f.ArticleID, err = resolveID(cmd.Context(), st, f.ArticleID); err != nil {
					return err
				}
			}
			es, err := st.Events(cmd.Context(), f)
			if err != nil {
				return err
			}
			if out.json {
				return printJSONL(m.Stdout, es)
			}
			t := eventTable()
			if out.csv {
				t.header = append(t.header, "GOLDSTEIN", "QUAD", "RULE", "ID")
			}
			for _, e := range es {
				addEvent(t, e, "")
				if out.csv {
					r := &t.rows[len(t.rows)-1]
					*r = append(*r, strconv.FormatFloat(e.Goldstein, 'f', -1, 64), strconv.Itoa(e.Quad), e.Rule, e.ID)
				}
			}
			if out.csv {
				return printCSV(m.Stdout, t)
			}
			return printTable(m.Stdout, t, 40)
		},
	}
	dbFlag(cmd, &dsn)
	pageFlags(cmd, &f.Page)
	fl := cmd.Flags()
	fl.StringVar(&f.Actor, "actor", "", "source or target: actor code prefix (USA, UKRGOV) or part of a name")
	fl.StringVar(&f.Source, "source", "", "source actor code prefix")
	fl.StringVar(&f.Target, "target", "", "target actor code prefix")
	fl.StringVar(&f.Country, "country", "", "source or target country (ISO alpha-3, e.g. UKR)")
	fl.StringVar(&f.Code, "code", "", "CAMEO code prefix: 04 (consult), 042, 19 (fight)")
	fl.StringVar(&root, "root", "", "CAMEO root code (same as --code with two digits)")
	fl.StringVar(&f.PLOVER, "plover", "", "PLOVER event type, e.g. CONSULT, ACCUSE, ASSAULT")
	fl.StringVar(&f.Mode, "mode", "", "asserted, planned, proposed, conditional, negated or reported")
	fl.IntVar(&f.Quad, "quad", 0, "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	fl.StringVar(&f.From, "from", "", "events whose date overlaps or follows this day, month, year, week (YYYY-Www) or season (YYYY-SU)")
	fl.StringVar(&f.To, "to", "", "events whose date overlaps or precedes this day, month, year, week or season")
	fl.StringVar(&f.Place, "place", "", "place name (part of it) or country code where the event happened")
	fl.StringVar(&f.ArticleID, "article", "", "only events of this article (ID or unique prefix)")
	fl.BoolVar(&f.Originals, "originals", false, "only events of original articles, not of their near-copies (each story counts once)")
	fl.BoolVar(&f.Dyadic, "dyadic", false, "only events with both a source and a target (GDELT/PETRARCH style): no unknown-agent or targetless events")
	out.register(cmd, "print one JSON event per line (JSONL)")
	return cmd
}

// eventTable returns an empty table of events.
func eventTable() *table {
	return &table{header: []string{"DATE", "SOURCE", "CAMEO", "PLOVER", "TARGET", "MODE", "PLACE", "TRIGGER", "ARTICLE"}}
}

// addEvent adds e as a row of t. When text is given (one article's), the
// article column shows the sentence instead of the article ID.
func addEvent(t *table, e dyad.Event, text string) {
	actor := func(a *dyad.EventActor, none string) string {
		if a == nil {
			return none
		}
		if a.Name != "" && a.Name != a.Code {
			return a.Code + " " + a.Name
		}
		return orDash(a.Code)
	}
	place := "-"
	if e.Place != nil {
		place = e.Place.Name
	}
	last := short(e.ArticleID)
	if text != "" {
		last = e.Sentence.In(text)
	}
	// (an unknown agent is "?", no target "-")
	t.add(orDash(e.Date), actor(e.Source, "?"), e.CAMEO, orDash(e.PLOVER), actor(e.Target, "-"), orDash(e.Mode), place,
		orDash(e.Trigger.Text), last)
}
