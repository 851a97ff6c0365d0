package eval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
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

// Run processes and scores every gold file in order. A gold file whose
// article cannot be read or processed (a stage fails or panics) does not
// stop the run: its gold items are scored against an empty document (all
// misses), and the returned error lists every such file. Results are
// returned for every gold file either way; only a cancelled ctx or a
// pipeline that cannot be built returns no results.
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
	var errs []error
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc, err := r.one(ctx, p, g, tmp)
		if err != nil {
			name := g.Path
			if name == "" {
				name = g.Name()
			}
			errs = append(errs, fmt.Errorf("gold file %s: %w", name, err))
			a := &dyad.Article{Text: g.Text}
			doc = dyad.NewDocument(a)
		}
		fr := ScoreText(g, r.rawText(g), doc)
		if err != nil {
			fr.Notes = append(fr.Notes, "not processed: "+firstLine(err.Error()))
		}
		out = append(out, fr)
	}
	return out, errors.Join(errs...)
}

func (r *Runner) one(ctx context.Context, p *pipeline.Pipeline, g *Gold, tmp string) (*dyad.Document, error) {
	a, err := Article(g.Input(), r.Root, tmp)
	if err != nil {
		return nil, err
	}
	return r.process(ctx, p, a)
}

// rawText returns the article as the gold file gives it, the text its
// start/end offsets count in: its text, or the file it names, decoded as
// ingest decodes it. It returns "" (offsets read as clean-text offsets)
// when the file cannot be read.
func (r *Runner) rawText(g *Gold) string {
	if g.File == "" {
		return g.Text
	}
	b, err := os.ReadFile(filepath.Join(r.Root, filepath.FromSlash(g.File)))
	if err != nil {
		return ""
	}
	return string(b)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// process runs the pipeline on one article. A stage that panics is a bug
// in that stage; the panic is returned as an error so that the report
// names the gold file that triggers it.
func (r *Runner) process(ctx context.Context, p *pipeline.Pipeline, a *dyad.Article) (doc *dyad.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			doc, err = nil, fmt.Errorf("pipeline panicked: %v\n%s", v, debug.Stack())
		}
	}()
	if r.Timings == nil {
		return p.Process(ctx, a)
	}
	doc, t, err := p.Timings(ctx, a)
	for k, v := range t {
		r.Timings[k] += v
	}
	return doc, err
}

// RunDir reads the gold folder dir, runs and scores it. As with Run, a
// report is returned with the error when some gold files failed.
func (r *Runner) RunDir(ctx context.Context, dir string, verbose bool) (*Report, error) {
	golds, err := ReadDir(dir)
	if err != nil {
		return nil, err
	}
	res, err := r.Run(ctx, golds)
	if res == nil {
		return nil, err
	}
	return NewReport(res, verbose), err
}
