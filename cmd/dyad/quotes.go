package main

import (
	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
)

func (m *Main) quotesCommand() *cobra.Command {
	var (
		dsn              string
		f                dyad.QuoteFilter
		anonymous, named bool
		out              format
	)
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "List quotes and reported speech, by speaker and venue",
		Long: `quotes lists what people were quoted as saying, with the speaker, the cue verb,
the venue it was said to or in ("told CNN", "on Truth Social") and the article.
--speaker and --venue match any part of the name, ignoring case.`,
		Example: `  dyad quotes --speaker Rubio
  dyad quotes --speaker zelenskyy --venue CNN --json
  dyad quotes --anonymous --limit 200 --csv > anonymous.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if anonymous && named {
				return dyad.Errorf(dyad.CodeInvalid, "--anonymous and --named exclude each other")
			}
			if anonymous || named {
				f.Anonymous = &anonymous
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
			qs, err := st.Quotes(cmd.Context(), f)
			if err != nil {
				return err
			}
			if out.json {
				return printJSONL(m.Stdout, qs)
			}
			t := &table{header: []string{"SPEAKER", "CUE", "VENUE", "DATE", "QUOTE", "ARTICLE"}}
			w := 60
			if out.csv {
				w = 0
			}
			for _, q := range qs {
				date := "-"
				if q.Date != nil {
					date = *q.Date
				}
				t.add(speaker(q.Speaker), orDash(q.Cue), orDash(q.Venue), date, cut(q.Text, w), short(q.ArticleID))
			}
			if out.csv {
				return printCSV(m.Stdout, t)
			}
			return printTable(m.Stdout, t, 0)
		},
	}
	dbFlag(cmd, &dsn)
	pageFlags(cmd, &f.Page)
	fl := cmd.Flags()
	fl.StringVar(&f.Speaker, "speaker", "", "speaker name (any part, any case)")
	fl.StringVar(&f.Venue, "venue", "", "venue (any part, any case): CNN, Truth Social")
	fl.StringVar(&f.ArticleID, "article", "", "only quotes of this article (ID or unique prefix)")
	fl.BoolVar(&anonymous, "anonymous", false, "only quotes from anonymous sources")
	fl.BoolVar(&named, "named", false, "only quotes from named speakers")
	out.register(cmd, "print one JSON quote per line (JSONL)")
	return cmd
}
