package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
)

// DefaultDB is the database used when --db is not given.
const DefaultDB = "./dyad.db"

// dbFlag registers --db on cmd.
func dbFlag(cmd *cobra.Command, dsn *string) {
	cmd.Flags().StringVar(dsn, "db", envOr("DYAD_DB", DefaultDB),
		"database: a SQLite file path (or sqlite:PATH) or a postgres:// URL; $DYAD_DB by default")
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// openStore opens the database named by dsn.
func (m *Main) openStore(ctx context.Context, dsn string) (dyad.Store, error) {
	return store.New().Open(ctx, dsn, store.Options{Logger: m.Logger, Now: m.Now})
}

// openExisting opens the database named by dsn for a command that only
// reads: a SQLite file that does not exist is an error naming it, not a
// new empty database.
func (m *Main) openExisting(ctx context.Context, dsn string) (dyad.Store, error) {
	return store.New().Open(ctx, dsn, store.Options{Logger: m.Logger, Now: m.Now, MustExist: true})
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// format is how list commands print: a table (default), JSON lines, or
// CSV.
type format struct {
	json, csv bool
}

func (f *format) register(cmd *cobra.Command, jsonHelp string) {
	cmd.Flags().BoolVar(&f.json, "json", false, jsonHelp)
	cmd.Flags().BoolVar(&f.csv, "csv", false, "print CSV with a header row")
	cmd.MarkFlagsMutuallyExclusive("json", "csv")
}

// table is rows of cells under a header.
type table struct {
	header []string
	rows   [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// printTable writes t aligned in columns, cells cut to width runes.
func printTable(w io.Writer, t *table, width int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				io.WriteString(tw, "\t")
			}
			io.WriteString(tw, cut(c, width))
		}
		io.WriteString(tw, "\n")
	}
	if t.header != nil {
		line(t.header)
	}
	for _, r := range t.rows {
		line(r)
	}
	return tw.Flush()
}

// printCSV writes t as CSV.
func printCSV(w io.Writer, t *table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return err
	}
	if err := cw.WriteAll(t.rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// printJSONL writes each item as one JSON line.
func printJSONL[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// cut shortens s to n runes with an ellipsis and puts it on one line.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// short returns the first 10 characters of an article ID, enough to be
// unique in practice and accepted by `dyad show`.
func short(id string) string {
	if len(id) > 10 {
		return id[:10]
	}
	return id
}

// orDash returns s, or "-" when it is empty.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// pageFlags registers --limit and --offset.
func pageFlags(cmd *cobra.Command, p *dyad.Page) {
	cmd.Flags().IntVar(&p.Limit, "limit", 50, "most rows to print (at most 10000)")
	cmd.Flags().IntVar(&p.Offset, "offset", 0, "rows to skip, for paging")
}

// plural returns "1 article" or "2 articles".
func plural(n int, one string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %ss", n, one)
}
