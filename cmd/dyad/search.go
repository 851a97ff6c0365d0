package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
)

func (m *Main) searchCommand() *cobra.Command {
	var (
		dsn    string
		q      dyad.SearchQuery
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Full-text search over titles and texts, best match first",
		Long: `search finds the articles whose title or text contain every word of the query
(word forms match: "sanction" finds "sanctions"), best match first, each with
a snippet where the matched words are marked « ». The query is taken as plain
words: quotes, operators and punctuation have no special meaning.`,
		Example: `  dyad search ceasefire talks
  dyad search "Zelenskyy Washington" --limit 5
  dyad search sanctions --json | jq -r .article.title`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			for i, a := range args {
				if i > 0 {
					q.Query += " "
				}
				q.Query += a
			}
			st, err := m.openExisting(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			hits, err := st.Search(cmd.Context(), q)
			if err != nil {
				return err
			}
			if asJSON {
				type hit struct {
					Article *dyad.Article `json:"article"`
					Snippet string        `json:"snippet"`
					Rank    float64       `json:"rank"`
				}
				out := make([]hit, len(hits))
				for i, h := range hits {
					out[i] = hit{h.Article, h.Snippet, h.Rank}
				}
				return printJSONL(m.Stdout, out)
			}
			if len(hits) == 0 {
				fmt.Fprintln(m.Stdout, "no matches")
				return nil
			}
			for i, h := range hits {
				a := h.Article
				fmt.Fprintf(m.Stdout, "%d. %s  %s  %s  %s\n   %s\n", q.Offset+i+1, short(a.ID), orDash(a.PublishedDate()),
					orDash(a.Outlet), title(a), cut(h.Snippet, 200))
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().IntVar(&q.Limit, "limit", 20, "most hits to print")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "hits to skip, for paging")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON hit per line: article, snippet, rank")
	return cmd
}
