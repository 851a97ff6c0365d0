package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/queue"
	"github.com/dyad-events/dyad/internal/store"
)

func (m *Main) workerCommand() *cobra.Command {
	var (
		dsn       string
		queueURL  string
		workers   int
		untilIdle bool
		asJSON    bool
		df        dictFlags
	)
	cmd := &cobra.Command{
		Use:   "worker --queue nats://HOST:4222 --db postgres://…",
		Short: "Code and store articles taken from a NATS JetStream work queue",
		Long: `worker takes articles that dyad ingest --queue published to a NATS JetStream
work queue, codes them and writes them to the database, acknowledging each
one only once it is committed. Run any number of workers, on any number of
machines, against one PostgreSQL database: they share the queue, and an
article whose worker dies is delivered to another. Storing an article twice
is harmless, since articles are keyed by a hash of their text.

The queue URL may name the stream and subject:
nats://host:4222?stream=DYAD_ARTICLES&subject=dyad.articles (the defaults).
worker runs until interrupted, or with --until-idle until the queue is empty.`,
		Example: `  dyad worker --queue nats://127.0.0.1:4222 --db postgres://dyad@db/dyad
  dyad worker --queue nats://nats.internal:4222 --db postgres://dyad@db/dyad --workers 8
  dyad worker --queue nats://127.0.0.1:4222 --db dyad.db --until-idle`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if queueURL == "" {
				return dyad.Errorf(dyad.CodeInvalid, "--queue is required, e.g. nats://127.0.0.1:4222")
			}
			if workers < 1 {
				return dyad.Errorf(dyad.CodeInvalid, "--workers %d: must be at least 1", workers)
			}
			p, err := df.pipeline(m.Logger)
			if err != nil {
				return err
			}
			st, err := store.New().Open(ctx, dsn, store.Options{Logger: m.Logger, Now: m.Now, Dedup: dedup.Config{}})
			if err != nil {
				return err
			}
			defer st.Close()
			q, err := queue.Open(ctx, queueURL, queue.Options{Logger: m.Logger})
			if err != nil {
				return err
			}
			defer q.Close()
			var sum ingestSummary
			var ingested, dups, near, failed atomic.Int64
			start := time.Now()
			err = q.Consume(ctx, func(ctx context.Context, a *dyad.Article) error {
				switch ok, err := st.Has(ctx, a.ID); {
				case err != nil:
					return err
				case ok:
					dups.Add(1)
					return nil
				}
				doc, err := p.Process(ctx, a)
				if err != nil {
					return err
				}
				res, err := st.Put(ctx, doc)
				switch {
				case err != nil:
					return err
				case res.Duplicate:
					dups.Add(1)
				default:
					ingested.Add(1)
					if res.DuplicateOf != "" {
						near.Add(1)
					}
				}
				return nil
			}, queue.ConsumeOptions{Workers: workers, ExitWhenEmpty: untilIdle, OnError: func(a *dyad.Article, attempt uint64, err error) {
				failed.Add(1)
				fmt.Fprintf(m.Stderr, "dyad: %s (attempt %d): %v\n", source(a), attempt, err)
			}})
			sum.Ingested, sum.Duplicates, sum.NearDuplicates, sum.Failed = int(ingested.Load()), int(dups.Load()), int(near.Load()), int(failed.Load())
			sum.Seconds = time.Since(start).Seconds()
			sum.ArticlesPerSecond = float64(sum.Ingested+sum.Duplicates) / max(sum.Seconds, 1e-9)
			if perr := m.printSummary(sum, asJSON); perr != nil && err == nil {
				err = perr
			}
			return err
		},
	}
	dbFlag(cmd, &dsn)
	df.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&queueURL, "queue", "", "NATS JetStream work queue URL, e.g. nats://127.0.0.1:4222")
	fl.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
	fl.BoolVar(&untilIdle, "until-idle", false, "stop when the queue is empty instead of waiting for more")
	fl.BoolVar(&asJSON, "json", false, "print the closing summary as JSON")
	return cmd
}

// publishSummary is what ingest --queue did.
type publishSummary struct {
	Published  int     `json:"published"`
	Duplicates int     `json:"duplicates"`
	Failed     int     `json:"failed"`
	Seconds    float64 `json:"seconds"`
}

// publish sends every article of src to the work queue at url, for dyad
// worker to code and store.
func (m *Main) publish(ctx context.Context, src dyad.Source, url string, asJSON bool) error {
	q, err := queue.Open(ctx, url, queue.Options{Logger: m.Logger})
	if err != nil {
		return err
	}
	defer q.Close()
	var sum publishSummary
	start := time.Now()
	for {
		a, err := src.Next(ctx)
		if errors.Is(err, io.EOF) {
			break
		}
		var se *dyad.SourceError
		if errors.As(err, &se) {
			sum.Failed++
			fmt.Fprintf(m.Stderr, "dyad: %v\n", se)
			continue
		}
		if err != nil {
			return err
		}
		dup, err := q.Publish(ctx, a)
		if err != nil {
			return err
		}
		if dup {
			sum.Duplicates++
		} else {
			sum.Published++
		}
	}
	sum.Seconds = time.Since(start).Seconds()
	if asJSON {
		err = printJSON(m.Stdout, sum)
	} else {
		_, err = fmt.Fprintf(m.Stdout, "published %d, duplicates %d, failed %d in %.2fs\n", sum.Published, sum.Duplicates, sum.Failed, sum.Seconds)
	}
	if err == nil && sum.Failed > 0 {
		return exitError{code: 1}
	}
	return err
}
