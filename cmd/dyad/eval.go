package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/floors"
	"github.com/dyad-events/dyad/internal/eval/importer"
	"github.com/dyad-events/dyad/internal/pipeline"
)

func (m *Main) evalCommand() *cobra.Command {
	var gold, root string
	var asJSON, verbose, timings bool
	var df dictFlags
	cmd := &cobra.Command{
		Use:   "eval --gold DIR",
		Short: "Score the pipeline against gold annotations",
		Long: `eval runs the whole pipeline (as dyad code does) on the article of every gold
file in a folder, with the published date, time zone and outlet the gold file
gives, and scores what it found on each task: clean, actors, places, times,
quotes and events. It prints precision, recall and F1 per task (precision only
where a gold file marks the task exhaustive), event mode and date accuracy, and
quote venue and cue accuracy. The gold format is described in gold/README.md
of the shared folder and docs/eval.md.`,
		Example: `  dyad eval --gold ../shared/gold
  dyad eval --gold ../shared/gold --json | jq .tasks
  dyad eval --gold .gold/tbaq --verbose
  dyad eval import timeml ../shared/corpora/tempeval3/TBAQ-cleaned .gold/tbaq`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return fmt.Errorf("eval: --gold DIR is required")
			}
			p, err := df.pipeline(m.Logger)
			if err != nil {
				return err
			}
			r := &eval.Runner{Root: root, Pipeline: p}
			if timings {
				r.Timings = map[string]time.Duration{}
			}
			rep, runErr := r.RunDir(cmd.Context(), gold, verbose)
			if rep == nil {
				return runErr
			}
			if asJSON {
				if err := rep.WriteJSON(m.Stdout); err != nil {
					return err
				}
			} else {
				if err := rep.WriteTable(m.Stdout, verbose); err != nil {
					return err
				}
				if timings {
					writeTimings(m, p, r.Timings)
				}
			}
			// Files that could not be processed were scored as empty
			// documents; say which, and fail.
			return runErr
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&gold, "gold", "", "folder of gold *.json files")
	fl.StringVar(&root, "root", "../shared", "folder the gold files' \"file\" paths are relative to")
	fl.BoolVar(&asJSON, "json", false, "print the scores as one JSON object")
	fl.BoolVar(&verbose, "verbose", false, "list every miss and false positive with its sentence")
	fl.BoolVar(&timings, "timings", false, "report the time each pipeline stage took over the gold set (with the table)")
	df.register(cmd)
	cmd.AddCommand(m.evalImportCommand(), m.evalFloorsCommand())
	return cmd
}

func writeTimings(m *Main, p *pipeline.Pipeline, t map[string]time.Duration) {
	var total time.Duration
	for _, d := range t {
		total += d
	}
	fmt.Fprintf(m.Stdout, "\nstage timings (total %v):\n", total)
	names := make([]string, 0, len(t))
	for _, s := range p.Stages() {
		names = append(names, s.Name())
	}
	for _, n := range names {
		share := 0.0
		if total > 0 {
			share = 100 * float64(t[n]) / float64(total)
		}
		fmt.Fprintf(m.Stdout, "  %-10s %12v  %5.1f%%\n", n, t[n], share)
	}
}

func (m *Main) evalImportCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "import FORMAT IN OUT",
		Short: "Turn an annotated dataset into gold files (timeml, brat, lgl, conll)",
		Long: `import reads an annotated dataset and writes one gold JSON file per article
into the folder OUT. Formats: timeml (TempEval-3 .tml files, a file or a
folder), brat (PolNeAR attribution standoff: a folder with text/ and
attributions/, or a .tar.gz of them), lgl (LGL and TR-News geoparsing XML,
gzipped or not), conll (CrossNER BIO: token<TAB>tag lines).`,
		Example: `  dyad eval import timeml ../shared/corpora/tempeval3/TBAQ-cleaned .gold/tbaq
  dyad eval import brat ../shared/corpora/polnear/dev .gold/polnear-dev
  dyad eval import lgl ../shared/corpora/geoparsing/lgl.xml.gz .gold/lgl
  dyad eval import conll ../shared/corpora/crossner-politics/dev.txt .gold/crossner-dev`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			n, err := importer.Import(args[0], args[1], args[2])
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "wrote %d gold files to %s\n", n, args[2])
			return nil
		},
	}
}

func (m *Main) evalFloorsCommand() *cobra.Command {
	var shared, file string
	var update bool
	cmd := &cobra.Command{
		Use:   "floors",
		Short: "Check (or raise) the quality floors on every gold set",
		Long: `floors scores the pipeline on the shared gold folder and on the development
sets imported from the shared corpora, and compares each score with its floor
in the floors file. It fails when a score is below its floor. With --update
it raises floors to the current scores (never lowers one): run it on main
after a change that improves a score, and commit the floors file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fl, err := floors.Read(file)
			if err != nil {
				return err
			}
			var bad []floors.Violation
			for _, s := range floors.Sets {
				rep, err := s.Score(cmd.Context(), shared, &eval.Runner{})
				if rep == nil {
					return err
				}
				if err != nil {
					// Scored as empty documents, as in the floors test.
					fmt.Fprintf(m.Stderr, "set %s: pipeline failures (scored as empty): %v\n", s.Name, err)
				}
				met := s.Metrics(rep)
				keys := make([]string, 0, len(met))
				for k := range met {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					fmt.Fprintf(m.Stdout, "%-14s %-24s %.4f  (floor %.4f)\n", s.Name, k, *met[k], fl[s.Name][k])
				}
				bad = append(bad, fl.Check(s.Name, met)...)
				if update {
					for _, c := range fl.Raise(s.Name, met) {
						fmt.Fprintf(m.Stderr, "raised %s\n", c)
					}
				}
			}
			if update {
				if err := fl.Write(file); err != nil {
					return err
				}
			}
			for _, v := range bad {
				fmt.Fprintf(m.Stderr, "below floor: %s\n", v)
			}
			if len(bad) > 0 && !update {
				return exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "the shared folder holding gold/ and corpora/")
	cmd.Flags().StringVar(&file, "file", "internal/eval/floors.json", "the floors file")
	cmd.Flags().BoolVar(&update, "update", false, "raise floors to the current scores (never lowers one)")
	return cmd
}
