// Package pipeline wires NLP stages into a pipeline: a Registry maps stage
// names to constructors, and a Pipeline runs the configured stages in order
// on each document.
package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/event"
	"github.com/dyad-events/dyad/internal/nlp/place"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/segment"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// Options carries every stage's typed configuration and the shared
// dependencies. The zero value gives the default pipeline.
type Options struct {
	Logger  *slog.Logger
	Segment segment.Config
	Actor   actor.Config
	Place   place.Config
	When    when.Config
	Quote   quote.Config
	Event   event.Config
	// Stages lists stage names in order; nil means DefaultStages.
	Stages []string
}

// Constructor builds a stage from the options.
type Constructor func(opts Options) (dyad.Stage, error)

// Registry maps stage names to constructors. It is not safe for concurrent
// mutation; build it once.
type Registry struct {
	ctors map[string]Constructor
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{ctors: map[string]Constructor{}} }

// Register adds a constructor. It returns an error when name is taken.
func (r *Registry) Register(name string, c Constructor) error {
	if _, ok := r.ctors[name]; ok {
		return fmt.Errorf("pipeline: stage %q registered twice", name)
	}
	r.ctors[name] = c
	return nil
}

// DefaultStages is the order of the full pipeline.
var DefaultStages = []string{segment.Name, actor.Name, place.Name, when.Name, quote.Name, event.Name}

// DefaultRegistry returns a registry with every built-in stage.
func DefaultRegistry() *Registry {
	r := NewRegistry()
	must := func(err error) {
		if err != nil {
			panic(err) // only on a programming error in this function
		}
	}
	must(r.Register(segment.Name, func(o Options) (dyad.Stage, error) { return segment.New(o.Segment) }))
	must(r.Register(actor.Name, func(o Options) (dyad.Stage, error) { return actor.New(o.Actor) }))
	must(r.Register(place.Name, func(o Options) (dyad.Stage, error) { return place.New(o.Place) }))
	must(r.Register(when.Name, func(o Options) (dyad.Stage, error) { return when.New(o.When) }))
	must(r.Register(quote.Name, func(o Options) (dyad.Stage, error) { return quote.New(o.Quote) }))
	must(r.Register(event.Name, func(o Options) (dyad.Stage, error) { return event.New(o.Event) }))
	return r
}

// Pipeline runs stages in order. It is safe for concurrent use when its
// stages are.
type Pipeline struct {
	stages []dyad.Stage
	logger *slog.Logger
}

// New builds the pipeline named by opts.Stages (DefaultStages when nil)
// from the registry r (DefaultRegistry when nil).
func New(r *Registry, opts Options) (*Pipeline, error) {
	if r == nil {
		r = DefaultRegistry()
	}
	names := opts.Stages
	if names == nil {
		names = DefaultStages
	}
	p := &Pipeline{logger: opts.Logger}
	if p.logger == nil {
		p.logger = slog.Default()
	}
	ctors := make([]Constructor, len(names))
	for i, n := range names {
		c, ok := r.ctors[n]
		if !ok {
			return nil, dyad.Errorf(dyad.CodeInvalid, "unknown pipeline stage %q", n)
		}
		ctors[i] = c
	}
	// Stages load their embedded data (dictionaries, the gazetteer)
	// independently, so they are built side by side: on a machine with
	// more than one core the cold start is the slowest stage's load, not
	// the sum. Errors are reported in stage order; a constructor's panic
	// is re-raised here.
	type built struct {
		s     dyad.Stage
		err   error
		panic any
	}
	res := make([]built, len(ctors))
	var wg sync.WaitGroup
	for i, c := range ctors {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					res[i].panic = r
				}
			}()
			res[i].s, res[i].err = c(opts)
		}()
	}
	wg.Wait()
	for i, b := range res {
		if b.panic != nil {
			panic(b.panic)
		}
		if b.err != nil {
			return nil, fmt.Errorf("build stage %s: %w", names[i], b.err)
		}
		p.stages = append(p.stages, b.s)
	}
	return p, nil
}

// Stages returns the pipeline's stages in order.
func (p *Pipeline) Stages() []dyad.Stage { return p.stages }

// Process runs every stage on a new document for a and returns it. A
// stage that panics (a bug, never expected) does not bring the process
// down: the panic becomes a CodeInternal error naming the stage and the
// article, logged with its stack, so a batch goes on with the next article.
func (p *Pipeline) Process(ctx context.Context, a *dyad.Article) (*dyad.Document, error) {
	doc := dyad.NewDocument(a)
	for _, s := range p.stages {
		if err := p.run(ctx, s, doc); err != nil {
			return nil, fmt.Errorf("stage %s on article %s: %w", s.Name(), a.ID, err)
		}
	}
	return doc, nil
}

// run calls s.Process, turning a panic into an error.
func (p *Pipeline) run(ctx context.Context, s dyad.Stage, doc *dyad.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			p.logger.Error("stage panicked", slog.String("stage", s.Name()), slog.String("article_id", doc.Article.ID),
				slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
			err = dyad.Errorf(dyad.CodeInternal, "stage %s panicked: %v", s.Name(), r)
		}
	}()
	return s.Process(ctx, doc)
}

// Timings runs every stage on a new document for a and reports how long
// each took, for profiling.
func (p *Pipeline) Timings(ctx context.Context, a *dyad.Article) (*dyad.Document, map[string]time.Duration, error) {
	doc := dyad.NewDocument(a)
	t := make(map[string]time.Duration, len(p.stages))
	for _, s := range p.stages {
		start := time.Now()
		if err := p.run(ctx, s, doc); err != nil {
			return nil, nil, fmt.Errorf("stage %s on article %s: %w", s.Name(), a.ID, err)
		}
		t[s.Name()] = time.Since(start)
	}
	return doc, t, nil
}
