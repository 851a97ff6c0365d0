// Package when is the times stage of the dyad pipeline.
//
// PLACEHOLDER: this package only fixes the stage's API so the pipeline can
// be wired; its work is done in its own issue.
package when

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "times"

// Config configures the stage. The zero value is ready to use.
type Config struct{}

// Tagger is the times stage. It is safe for concurrent use.
type Tagger struct{}

var _ dyad.Stage = (*Tagger)(nil)

// New returns a Tagger.
func New(cfg Config) (*Tagger, error) { return &Tagger{}, nil }

// Name returns the stage name.
func (s *Tagger) Name() string { return Name }

// Process adds the stage's annotations to doc.
func (s *Tagger) Process(ctx context.Context, doc *dyad.Document) error { return ctx.Err() }
