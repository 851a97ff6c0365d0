// Package quote is the quotes stage of the dyad pipeline.
//
// PLACEHOLDER: this package only fixes the stage's API so the pipeline can
// be wired; its work is done in its own issue.
package quote

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "quotes"

// Config configures the stage. The zero value is ready to use.
type Config struct{}

// Extractor is the quotes stage. It is safe for concurrent use.
type Extractor struct{}

var _ dyad.Stage = (*Extractor)(nil)

// New returns a Extractor.
func New(cfg Config) (*Extractor, error) { return &Extractor{}, nil }

// Name returns the stage name.
func (s *Extractor) Name() string { return Name }

// Process adds the stage's annotations to doc.
func (s *Extractor) Process(ctx context.Context, doc *dyad.Document) error { return ctx.Err() }
