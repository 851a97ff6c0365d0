package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// Runner runs the pipeline on gold files' articles and scores the result.
type Runner struct {
	// Root is the folder gold `file` paths are relative to.
	Root string
	// Pipeline is the pipeline to score; Run builds the default one (as
	// `dyad code` does) when nil.
	Pipeline *pipeline.Pipeline
	// Timings, when set, receives each stage's total time over the run.
	Timings map[string]time.Duration
}

// Article reads the article a gold input names, the way `dyad code` does:
// ingest.ReadArticle on the file (or on the given text, written to a
// temporary file under tmp) with the gold file's published, timezone and
// outlet as metadata.
func Article(in Input, root, tmp string) (*dyad.Article, error) {
	meta := ingest.Meta{Outlet: in.Outlet, Timezone: in.Timezone}
	loc := time.UTC
	if in.Timezone != "" {
		l, err := time.LoadLocation(in.Timezone)
		if err != nil {
			return nil, fmt.Errorf("timezone %q: %w", in.Timezone, err)
		}
		loc = l
	}
	if in.Published != "" {
		t, err := dyad.ParsePublished(in.Published, loc)
		if err != nil {
			return nil, err
		}
		meta.Published = t
	}
	path := filepath.Join(root, filepath.FromSlash(in.File))
	if in.File == "" {
		f, err := os.CreateTemp(tmp, "gold-*.txt")
		if err != nil {
			return nil, err
		}
		path = f.Name()
		_, werr := f.WriteString(in.Text)
		if err := f.Close(); werr == nil {
			werr = err
		}
		if werr != nil {
			return nil, werr
		}
		defer os.Remove(path)
	}
	a, err := ingest.ReadArticle(path, meta)
	if err != nil {
		return nil, err
	}
	if in.File == "" {
		a.Provenance.Source = "gold text"
	}
	return a, nil
}

// Run processes and scores every gold file in order. It stops at the
// first error, which names the gold file.
func (r *Runner) Run(ctx context.Context, golds []*Gold) ([]*FileResult, error) {
	p := r.Pipeline
	if p == nil {
		var err error
		if p, err = pipeline.New(nil, pipeline.Options{}); err != nil {
			return nil, err
		}
	}
	tmp, err := os.MkdirTemp("", "dyad-eval-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := make([]*FileResult, 0, len(golds))
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := Article(g.Input(), r.Root, tmp)
		if err != nil {
			return nil, fmt.Errorf("gold file %s: %w", g.Path, err)
		}
		var doc *dyad.Document
		if r.Timings != nil {
			var t map[string]time.Duration
			doc, t, err = p.Timings(ctx, a)
			for k, v := range t {
				r.Timings[k] += v
			}
		} else {
			doc, err = p.Process(ctx, a)
		}
		if err != nil {
			return nil, fmt.Errorf("gold file %s: %w", g.Path, err)
		}
		out = append(out, Score(g, doc))
	}
	return out, nil
}

// RunDir reads the gold folder dir, runs and scores it.
func (r *Runner) RunDir(ctx context.Context, dir string, verbose bool) (*Report, error) {
	golds, err := ReadDir(dir)
	if err != nil {
		return nil, err
	}
	res, err := r.Run(ctx, golds)
	if err != nil {
		return nil, err
	}
	return NewReport(res, verbose), nil
}
