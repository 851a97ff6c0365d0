package main

import (
	"strconv"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
)

func (m *Main) actorsCommand() *cobra.Command {
	var (
		dsn string
		f   dyad.ActorFilter
		out format
	)
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List actors with how often they are mentioned",
		Long: `actors lists the actors found in the stored articles (people, states,
organisations, groups), with their CAMEO-style code, how many mentions they
have and in how many articles, most mentioned first.`,
		Example: `  dyad actors
  dyad actors --code UKR
  dyad actors --name putin --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := m.openExisting(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			as, err := st.Actors(cmd.Context(), f)
			if err != nil {
				return err
			}
			if out.json {
				type row struct {
					Actor    dyad.Actor `json:"actor"`
					Mentions int        `json:"mentions"`
					Articles int        `json:"articles"`
				}
				rows := make([]row, len(as))
				for i, a := range as {
					rows[i] = row{a.Actor, a.Mentions, a.Articles}
				}
				return printJSONL(m.Stdout, rows)
			}
			t := &table{header: []string{"CODE", "NAME", "KIND", "COUNTRY", "ROLE", "MENTIONS", "ARTICLES"}}
			for _, a := range as {
				t.add(orDash(a.Actor.Code), orDash(a.Actor.Name), orDash(a.Actor.Kind), orDash(a.Actor.Country),
					orDash(a.Actor.Role), strconv.Itoa(a.Mentions), strconv.Itoa(a.Articles))
			}
			if out.csv {
				return printCSV(m.Stdout, t)
			}
			return printTable(m.Stdout, t, 40)
		},
	}
	dbFlag(cmd, &dsn)
	pageFlags(cmd, &f.Page)
	cmd.Flags().StringVar(&f.Code, "code", "", "actor code prefix: USA, UKRGOV, IGO")
	cmd.Flags().StringVar(&f.Name, "name", "", "part of the actor's name, any case")
	out.register(cmd, "print one JSON actor per line (JSONL)")
	return cmd
}
