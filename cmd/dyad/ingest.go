package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/sync/errgroup"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/store"
)

// ingestSummary is what an ingest run did; printed as one line, or as
// JSON with --json.
type ingestSummary struct {
	Ingested          int     `json:"ingested"`
	Duplicates        int     `json:"duplicates"`
	NearDuplicates    int     `json:"near_duplicates"`
	Failed            int     `json:"failed"`
	Bytes             int64   `json:"bytes"`
	Seconds           float64 `json:"seconds"`
	ArticlesPerSecond float64 `json:"articles_per_second"`
}

func (m *Main) ingestCommand() *cobra.Command {
	var (
		mf        metaFlags
		dsn       string
		workers   int
		asJSON    bool
		threshold float64
		noNearDup bool
		queueURL  string
		df        dictFlags
	)
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Read articles, code them and store them",
		Long: `ingest reads articles from files, directories (recursively) and - (stdin), runs
the pipeline on each and stores the article with every annotation in the
database (--db, ./dyad.db by default; a postgres:// URL works too).

An article's ID is a hash of its normalized text, so running ingest again on
the same inputs stores nothing new and reports duplicates. An article that
is a near-copy of a stored one (a syndicated or lightly rewritten version) is
stored too, marked as a duplicate of the original, so that counts can skip it.

Each article is committed on its own: an interrupted or killed run loses
nothing it reported, and running it again finishes the batch. An input that
cannot be read prints one line naming it and the reason; the rest goes on,
and the exit status is 1 when anything failed.`,
		Example: `  dyad ingest articles/
  dyad ingest --db news.db --workers 4 feeds/*.jsonl
  dyad ingest story.txt --published 2025-08-18 --timezone Australia/Sydney --outlet example.org
  cat story.txt | dyad ingest - --title "Talks in Geneva"
  dyad ingest --db postgres://dyad@db.internal/dyad --json corpus/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			meta, err := mf.meta()
			if err != nil {
				return err
			}
			if workers < 1 {
				return dyad.Errorf(dyad.CodeInvalid, "--workers %d: must be at least 1", workers)
			}
			if threshold <= 0 || threshold > 1 {
				return dyad.Errorf(dyad.CodeInvalid, "--near-dup-threshold %v: want a value in (0, 1]", threshold)
			}
			if queueURL != "" && df.any() {
				return dyad.Errorf(dyad.CodeInvalid, "dictionaries are loaded by whoever codes: with --queue, give them to dyad worker")
			}
			var p *pipeline.Pipeline
			if queueURL == "" {
				if p, err = df.pipeline(m.Logger); err != nil {
					return err
				}
			}
			src := ingest.NewSource(args, ingest.Options{Meta: meta, Stdin: m.Stdin, Logger: m.Logger})
			if queueURL != "" {
				return m.publish(cmd.Context(), src, queueURL, asJSON)
			}
			st, err := store.New().Open(cmd.Context(), dsn, store.Options{Logger: m.Logger, Now: m.Now,
				Dedup: dedup.Config{Threshold: threshold, Disabled: noNearDup}})
			if err != nil {
				return err
			}
			defer st.Close()
			sum, err := m.ingest(cmd.Context(), src, p, st, workers)
			if err != nil {
				return err
			}
			if err := m.printSummary(sum, asJSON); err != nil {
				return err
			}
			if sum.Failed > 0 {
				return exitError{code: 1}
			}
			return nil
		},
	}
	mf.register(cmd)
	df.register(cmd)
	dbFlag(cmd, &dsn)
	fl := cmd.Flags()
	fl.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
	fl.BoolVar(&asJSON, "json", false, "print the summary as JSON")
	fl.Float64Var(&threshold, "near-dup-threshold", dedup.DefaultThreshold,
		"estimated word-shingle Jaccard similarity at which an article counts as a copy of a stored one")
	fl.BoolVar(&noNearDup, "no-near-dup", false, "do not look for near-duplicates")
	fl.StringVar(&queueURL, "queue", "", "publish articles to the NATS JetStream work queue at `URL` (nats://host:4222), for dyad worker to code, instead of coding them here")
	return cmd
}

// progress is the optional progress display and the serialised writer for
// failure lines.
type progress struct {
	mu  sync.Mutex
	w   io.Writer
	p   *mpb.Progress
	bar *mpb.Bar
}

func (m *Main) newProgress(ctx context.Context, counts func() string) *progress {
	pr := &progress{w: m.Stderr}
	if !isTerminal(m.Stderr) {
		return pr
	}
	pr.p = mpb.NewWithContext(ctx, mpb.WithOutput(m.Stderr), mpb.WithWidth(16))
	pr.bar = pr.p.AddSpinner(0,
		mpb.PrependDecorators(decor.Name("ingest "), decor.Elapsed(decor.ET_STYLE_GO, decor.WC{W: 6})),
		mpb.AppendDecorators(decor.Any(func(decor.Statistics) string { return counts() })),
	)
	pr.w = pr.p
	return pr
}

// failf prints one failure line.
func (pr *progress) failf(format string, args ...any) {
	pr.mu.Lock()
	defer pr.mu.Unlock()
	fmt.Fprintf(pr.w, "dyad: "+format+"\n", args...)
}

func (pr *progress) tick() {
	if pr.bar != nil {
		pr.bar.Increment()
	}
}

func (pr *progress) done() {
	if pr.bar != nil {
		pr.bar.SetTotal(-1, true)
		pr.p.Wait()
	}
}

// ingest reads src to the end, coding and storing each article with at
// most workers in flight. It returns an error only when the run cannot go
// on (the context is cancelled, or the store is unreachable); problems
// with single articles are counted and printed.
func (m *Main) ingest(ctx context.Context, src dyad.Source, p *pipeline.Pipeline, st dyad.Store, workers int) (ingestSummary, error) {
	var ingested, dups, near, failed atomic.Int64
	var nbytes atomic.Int64
	start := time.Now()
	pr := m.newProgress(ctx, func() string {
		secs := time.Since(start).Seconds()
		return fmt.Sprintf("%d new · %d duplicate · %d failed · %.0f articles/s",
			ingested.Load(), dups.Load(), failed.Load(), float64(ingested.Load()+dups.Load())/max(secs, 1e-9))
	})
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	where := func(a *dyad.Article) string {
		if a.Provenance.Line > 0 {
			return fmt.Sprintf("%s:%d", a.Provenance.Source, a.Provenance.Line)
		}
		return a.Provenance.Source
	}
	var fatal error
	for {
		a, err := src.Next(gctx)
		if errors.Is(err, io.EOF) {
			break
		}
		var se *dyad.SourceError
		if errors.As(err, &se) {
			failed.Add(1)
			pr.failf("%v", se)
			pr.tick()
			continue
		}
		if err != nil {
			fatal = err
			break
		}
		g.Go(func() error {
			defer pr.tick()
			ok, err := st.Has(gctx, a.ID)
			if err != nil {
				return storeFatal(err)
			}
			if ok {
				dups.Add(1)
				return nil
			}
			doc, err := p.Process(gctx, a)
			if err != nil {
				if gctx.Err() != nil {
					return gctx.Err()
				}
				failed.Add(1)
				pr.failf("%s: %v", where(a), err)
				return nil
			}
			res, err := st.Put(gctx, doc)
			switch {
			case err != nil && (gctx.Err() != nil || dyad.ErrorCode(err) == dyad.CodeUnavailable):
				return storeFatal(err)
			case err != nil:
				failed.Add(1)
				pr.failf("%s: %v", where(a), err)
			case res.Duplicate:
				dups.Add(1)
			default:
				ingested.Add(1)
				nbytes.Add(int64(len(a.Text)))
				if res.DuplicateOf != "" {
					near.Add(1)
				}
			}
			return nil
		})
	}
	gerr := g.Wait()
	pr.done()
	secs := time.Since(start).Seconds()
	sum := ingestSummary{
		Ingested: int(ingested.Load()), Duplicates: int(dups.Load()), NearDuplicates: int(near.Load()),
		Failed: int(failed.Load()), Bytes: nbytes.Load(), Seconds: secs,
	}
	if secs > 0 {
		sum.ArticlesPerSecond = float64(sum.Ingested+sum.Duplicates) / secs
	}
	if fatal == nil {
		fatal = gerr
	}
	if fatal == nil && ctx.Err() != nil {
		fatal = ctx.Err()
	}
	if fatal != nil {
		// Say what was done before stopping: all of it is committed.
		m.printSummary(sum, false)
		return sum, fatal
	}
	return sum, nil
}

// storeFatal wraps a store error that stops the run.
func storeFatal(err error) error { return fmt.Errorf("store: %w", err) }

func (m *Main) printSummary(s ingestSummary, asJSON bool) error {
	if asJSON {
		return printJSON(m.Stdout, s)
	}
	_, err := fmt.Fprintf(m.Stdout, "ingested %d (%d near-duplicates), duplicates %d, failed %d in %.2fs (%.1f articles/s, %.2f MB/s)\n",
		s.Ingested, s.NearDuplicates, s.Duplicates, s.Failed, s.Seconds, s.ArticlesPerSecond,
		float64(s.Bytes)/1e6/max(s.Seconds, 1e-9))
	return err
}
