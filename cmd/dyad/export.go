package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/export"
)

func (m *Main) exportCommand() *cobra.Command {
	var (
		dsn, format, out, root string
		f                      dyad.EventFilter
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export events as JSONL, CSV, a GDELT-style table or Parquet",
		Long: `export writes the stored events that match the filters (the same as dyad
events) in a format analysts load into their own tools:

  jsonl    one full event record per line, with the article's URL and the sentence
  csv      one row per event with a header (dates, actors, codes, mode, place, evidence)
  gdelt    the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no
           header; SQLDATE holds dyad's event date (the day the event happened, not the
           day of publication) and SOURCEURL the article's URL
  parquet  the CSV's columns as a Parquet file (Snappy), for DuckDB, pandas, R arrow

Output goes to stdout unless -o names a file. All matching events are
exported (no page limit) unless --limit is given.`,
		Example: `  dyad export --format csv -o events.csv
  dyad export --format parquet -o events.parquet --from 2025-01
  dyad export --format gdelt --actor USA > usa.gdelt.tsv
  duckdb -c "SELECT root, count(*) FROM 'events.parquet' GROUP BY 1"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if root != "" {
				f.Code = root
			}
			if format == "parquet" && out == "" && isTerminal(m.Stdout) {
				return dyad.Errorf(dyad.CodeInvalid, "parquet is binary: give -o FILE or redirect stdout")
			}
			st, err := m.openExisting(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			var w io.Writer = m.Stdout
			var file *os.File
			if out != "" && out != "-" {
				file, err = os.Create(out)
				if err != nil {
					return dyad.Errorf(dyad.CodeInvalid, "-o %s: %v", out, err)
				}
				defer file.Close()
				w = file
			}
			bw := bufio.NewWriterSize(w, 1<<16)
			ew, err := export.New(format, bw, export.Options{Now: m.Now})
			if err != nil {
				return err
			}
			limit := f.Limit
			page := f
			page.Limit = 1000
			articles := map[string]*dyad.Article{}
			n := 0
			for {
				if limit > 0 && limit-n < page.Limit {
					page.Limit = limit - n
				}
				es, err := st.Events(cmd.Context(), page)
				if err != nil {
					return err
				}
				for i := range es {
					e := &es[i]
					a, ok := articles[e.ArticleID]
					if !ok {
						a, err = st.Article(cmd.Context(), e.ArticleID)
						if err != nil {
							return fmt.Errorf("article %s of event %s: %w", e.ArticleID, e.ID, err)
						}
						if len(articles) > 10000 {
							clear(articles)
						}
						articles[e.ArticleID] = a
					}
					if err := ew.Write(e, a); err != nil {
						return err
					}
				}
				n += len(es)
				page.Offset += len(es)
				if len(es) < page.Limit || (limit > 0 && n >= limit) {
					break
				}
			}
			if err := ew.Close(); err != nil {
				return err
			}
			if err := bw.Flush(); err != nil {
				return err
			}
			if file != nil {
				if err := file.Close(); err != nil {
					return err
				}
				fmt.Fprintf(m.Stderr, "dyad: wrote %s to %s\n", plural(n, "event"), out)
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "jsonl", "output format: "+strings.Join(export.Formats, ", "))
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of stdout")
	fl.IntVar(&f.Limit, "limit", 0, "export at most this many events (0: all)")
	fl.StringVar(&f.Actor, "actor", "", "source or target: actor code prefix or part of a name")
	fl.StringVar(&f.Source, "source", "", "source actor code prefix")
	fl.StringVar(&f.Target, "target", "", "target actor code prefix")
	fl.StringVar(&f.Country, "country", "", "source or target country (ISO alpha-3)")
	fl.StringVar(&f.Code, "code", "", "CAMEO code prefix")
	fl.StringVar(&root, "root", "", "CAMEO root code")
	fl.StringVar(&f.PLOVER, "plover", "", "PLOVER event type")
	fl.StringVar(&f.Mode, "mode", "", "asserted, planned, proposed, conditional, negated or reported")
	fl.IntVar(&f.Quad, "quad", 0, "QuadClass 1-4")
	fl.StringVar(&f.From, "from", "", "events whose date overlaps or follows this day, month, year, week (YYYY-Www) or season (YYYY-SU); see dyad events --help")
	fl.StringVar(&f.To, "to", "", "events whose date overlaps or precedes this day, month, year, week or season")
	fl.StringVar(&f.Place, "place", "", "place name or country code")
	fl.StringVar(&f.ArticleID, "article", "", "only events of this article")
	fl.BoolVar(&f.Originals, "originals", false, "only events of original articles, not of their near-copies")
	fl.BoolVar(&f.Dyadic, "dyadic", false, "only events with both a source and a target (GDELT/PETRARCH style): no unknown-agent or targetless events")
	return cmd
}
