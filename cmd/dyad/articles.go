package main

import (
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
)

func (m *Main) articlesCommand() *cobra.Command {
	var (
		dsn      string
		f        dyad.ArticleFilter
		from, to string
		out      format
	)
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List stored articles, newest first",
		Long: `articles lists the stored articles, newest publication first (undated last),
with their ID (the first characters are enough for dyad show), date, outlet,
title and whether they are a copy of another article.`,
		Example: `  dyad articles
  dyad articles --outlet reuters.com --from 2025-08-01 --to 2025-08-31
  dyad articles --originals --limit 500 --json | jq -r .title`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if f.From, err = parseDay("--from", from); err != nil {
				return err
			}
			if f.To, err = parseDay("--to", to); err != nil {
				return err
			}
			st, err := m.openExisting(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			as, err := st.Articles(cmd.Context(), f)
			if err != nil {
				return err
			}
			if out.json {
				return printJSONL(m.Stdout, as)
			}
			t := &table{header: []string{"ID", "PUBLISHED", "OUTLET", "TITLE", "COPY OF", "SOURCE"}}
			for _, a := range as {
				t.add(short(a.ID), orDash(a.PublishedDate()), orDash(a.Outlet), orDash(title(a)), orDash(short(a.DuplicateOf)),
					orDash(source(a)))
			}
			if out.csv {
				return printCSV(m.Stdout, t)
			}
			return printTable(m.Stdout, t, 60)
		},
	}
	dbFlag(cmd, &dsn)
	pageFlags(cmd, &f.Page)
	fl := cmd.Flags()
	fl.StringVar(&f.Outlet, "outlet", "", "only articles from this outlet")
	fl.StringVar(&from, "from", "", "only articles published on or after this date (YYYY-MM-DD)")
	fl.StringVar(&to, "to", "", "only articles published on or before this date (YYYY-MM-DD)")
	fl.BoolVar(&f.Originals, "originals", false, "leave out copies of other articles")
	out.register(cmd, "print one JSON article per line")
	return cmd
}

// parseDay parses an optional YYYY-MM-DD flag value.
func parseDay(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, dyad.Errorf(dyad.CodeInvalid, "%s %q: want YYYY-MM-DD", flag, s)
	}
	return t, nil
}

// title returns the article's title, or the start of its text.
func title(a *dyad.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return cut(a.Text, 60)
}

// source returns where the article came from, with its line.
func source(a *dyad.Article) string {
	if a.Provenance.Line > 0 {
		return a.Provenance.Source + ":" + strconv.Itoa(a.Provenance.Line)
	}
	return a.Provenance.Source
}
