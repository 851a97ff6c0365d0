package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/demo"
	"github.com/dyad-events/dyad/internal/ingest"
)

func (m *Main) demoCommand() *cobra.Command {
	var dsn, addr string
	var noServe bool
	var df dictFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Code the bundled sample articles and open them in the web UI",
		Long: `demo ingests the open-licence articles built into dyad (the project's seed
story, Voice of America stories from 2025 and Wikinews stories) into a fresh
database, prints what it found, and serves the web UI on loopback so you can
browse the events, the timeline, the actor network, the map and each article
with its evidence.

The database is a temporary file removed on exit, unless --db names one to
keep (it must not exist yet).`,
		Example: `  dyad demo
  dyad demo --addr 127.0.0.1:9000
  dyad demo --db demo.db --no-serve && dyad events --db demo.db --mode planned`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			p, err := df.pipeline(m.Logger)
			if err != nil {
				return err
			}
			if dsn == "" {
				dir, err := os.MkdirTemp("", "dyad-demo-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				dsn = filepath.Join(dir, "demo.db")
			} else if _, err := os.Stat(dsn); err == nil {
				return dyad.Errorf(dyad.CodeInvalid, "--db %s exists: demo writes a fresh database; remove it or pick another name", dsn)
			}
			st, err := m.openStore(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			src := ingest.NewStream(bytes.NewReader(demo.Articles), "demo.jsonl", ingest.Options{Format: ingest.FormatJSONL, Logger: m.Logger})
			sum, err := m.ingest(ctx, src, p, st, runtime.GOMAXPROCS(0))
			if err != nil {
				return err
			}
			if err := m.printSummary(sum, false); err != nil {
				return err
			}
			stats, err := st.Stats(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "\nFound %s, %s, %s, %s and %s in %s.\n",
				plural(stats.Events, "event"), plural(stats.Quotes, "quote"), plural(stats.Mentions, "actor mention"),
				plural(stats.Places, "place"), plural(stats.Times, "time expression"), plural(stats.Articles, "article"))
			var es []dyad.Event
			if seed, err := st.Articles(ctx, dyad.ArticleFilter{Outlet: "internewscast.com", Page: dyad.Page{Limit: 1}}); err == nil && len(seed) == 1 {
				es, _ = st.Events(ctx, dyad.EventFilter{Page: dyad.Page{Limit: 30}, ArticleID: seed[0].ID})
			}
			if len(es) > 0 {
				fmt.Fprintln(m.Stdout, "\nEvents in the seed story (internewscast.com):")
				t := eventTable()
				for _, e := range es {
					addEvent(t, e, "")
				}
				if err := printTable(m.Stdout, t, 36); err != nil {
					return err
				}
			}
			if noServe {
				return nil
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return dyad.Errorf(dyad.CodeUnavailable, "listen on %s: %v", addr, err)
			}
			fmt.Fprintf(m.Stdout, "\nOpen http://%s/ in a browser (Ctrl-C stops).\n", ln.Addr())
			return m.servePipeline(ctx, ln, st, p, "", 0)
		},
	}
	cmd.Flags().StringVar(&dsn, "db", "", "keep the demo database in this new file instead of a temporary one")
	cmd.Flags().StringVar(&addr, "addr", DefaultAddr, "address the UI listens on")
	cmd.Flags().BoolVar(&noServe, "no-serve", false, "ingest and print, but do not start the web UI")
	df.register(cmd)
	return cmd
}
