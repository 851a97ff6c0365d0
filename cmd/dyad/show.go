package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
)

// idResolver is the store method show uses to accept ID prefixes.
type idResolver interface {
	ResolveID(ctx context.Context, prefix string) (string, error)
}

// resolveID turns a unique article ID prefix into the full ID when the
// store can (both built-in stores can); otherwise id is returned as given.
func resolveID(ctx context.Context, st dyad.Store, id string) (string, error) {
	if r, ok := st.(idResolver); ok {
		return r.ResolveID(ctx, id)
	}
	return id, nil
}

func (m *Main) showCommand() *cobra.Command {
	var (
		dsn    string
		asJSON bool
		all    bool
	)
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one article with what was found in it",
		Long: `show prints one stored article: its metadata, clean text, and the mentions,
places, time expressions, quotes and events found in it. ID may be the first
characters of the article's ID, as long as they match only one article.
With --json it prints the whole document, as dyad code does.`,
		Example: `  dyad show 3f2a9c
  dyad show 3f2a9c --all
  dyad show 3f2a9c --json | jq '.events[] | {cameo, mode, date}'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := m.openExisting(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			id := strings.TrimSpace(args[0])
			if id, err = resolveID(ctx, st, id); err != nil {
				return err
			}
			doc, err := st.Document(ctx, id)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(m.Stdout, doc)
			}
			return showDocument(m.Stdout, doc, all)
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the whole document as JSON")
	cmd.Flags().BoolVar(&all, "all", false, "list every annotation, not just the first ten of each kind")
	return cmd
}

// showDocument prints doc for a reader.
func showDocument(w io.Writer, doc *dyad.Document, all bool) error {
	a := doc.Article
	kv := &table{header: []string{"FIELD", "VALUE"}}
	kv.add("id", a.ID)
	kv.add("title", orDash(a.Title))
	kv.add("outlet", orDash(a.Outlet))
	kv.add("url", orDash(a.URL))
	kv.add("published", orDash(dyad.FormatPublished(a.Published, a.Location())))
	if a.Timezone != "" {
		kv.add("timezone", a.Timezone)
	}
	if a.Dateline != "" {
		kv.add("dateline", a.Dateline)
	}
	if a.Author != "" {
		kv.add("author", a.Author)
	}
	kv.add("source", orDash(source(a)))
	kv.add("format", orDash(a.Provenance.Format))
	if !a.Provenance.Ingested.IsZero() {
		kv.add("ingested", a.Provenance.Ingested.UTC().Format("2006-01-02 15:04:05Z"))
	}
	if a.DuplicateOf != "" {
		kv.add("copy of", a.DuplicateOf)
	}
	for _, x := range a.Warnings {
		kv.add("warning", x)
	}
	kv.add("found", fmt.Sprintf("%s, %s, %s, %s, %s, %s", plural(len(doc.Sentences), "sentence"),
		plural(len(doc.Mentions), "mention"), plural(len(doc.Places), "place"), plural(len(doc.Times), "time expression"),
		plural(len(doc.Quotes), "quote"), plural(len(doc.Events), "event")))
	kv.header = nil
	if err := printKV(w, kv); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", a.Text)
	limit := 10
	if all {
		limit = -1
	}
	section := func(name string, n int, t *table) error {
		if n == 0 {
			return nil
		}
		fmt.Fprintf(w, "\n%s (%d)\n", strings.ToUpper(name), n)
		if err := printTable(w, t, 70); err != nil {
			return err
		}
		if limit >= 0 && n > limit {
			fmt.Fprintf(w, "… %d more (--all to list them)\n", n-limit)
		}
		return nil
	}
	take := func(n int) int {
		if limit >= 0 && n > limit {
			return limit
		}
		return n
	}
	t := &table{header: []string{"SPAN", "TEXT", "KIND", "ACTOR", "NAME"}}
	for _, x := range doc.Mentions[:take(len(doc.Mentions))] {
		code, name := "-", "-"
		if x.Actor != nil {
			code, name = orDash(x.Actor.Code), orDash(x.Actor.Name)
		}
		t.add(x.Span.String(), x.Text, x.Kind, code, name)
	}
	if err := section("mentions", len(doc.Mentions), t); err != nil {
		return err
	}
	t = &table{header: []string{"SPAN", "TEXT", "PLACE", "COUNTRY", "LAT", "LON"}}
	for _, x := range doc.Places[:take(len(doc.Places))] {
		t.add(x.Span.String(), x.Text, x.Name, orDash(x.Country), fmt.Sprintf("%.4f", x.Lat), fmt.Sprintf("%.4f", x.Lon))
	}
	if err := section("places", len(doc.Places), t); err != nil {
		return err
	}
	t = &table{header: []string{"SPAN", "TEXT", "TYPE", "VALUE"}}
	for _, x := range doc.Times[:take(len(doc.Times))] {
		t.add(x.Span.String(), x.Text, x.Type, orDash(x.Value))
	}
	if err := section("time expressions", len(doc.Times), t); err != nil {
		return err
	}
	t = &table{header: []string{"ID", "SPEAKER", "CUE", "VENUE", "QUOTE"}}
	for _, x := range doc.Quotes[:take(len(doc.Quotes))] {
		t.add(strings.TrimPrefix(x.ID, a.ID+"/"), speaker(x.Speaker), orDash(x.Cue), orDash(x.Venue), x.Text)
	}
	if err := section("quotes", len(doc.Quotes), t); err != nil {
		return err
	}
	t = eventTable()
	for _, e := range doc.Events[:take(len(doc.Events))] {
		addEvent(t, e, doc.Article.Text)
	}
	return section("events", len(doc.Events), t)
}

// printKV prints a two-column table without a header.
func printKV(w io.Writer, t *table) error {
	for i, r := range t.rows {
		t.rows[i] = []string{r[0] + ":", r[1]}
	}
	return printTable(w, &table{rows: t.rows}, 0)
}

func speaker(s *dyad.Speaker) string {
	switch {
	case s == nil:
		return "-"
	case s.Code != "":
		return s.Name + " (" + s.Code + ")"
	}
	return s.Name
}
