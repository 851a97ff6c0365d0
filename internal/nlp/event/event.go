// Package event is the events stage of the dyad pipeline.
//
// PLACEHOLDER: this package only fixes the stage's API so the pipeline can
// be wired; its work is done in its own issue.
package event

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "events"

// Config configures the stage. The zero value is ready to use.
type Config struct{}

// Coder is the events stage. It is safe for concurrent use.
type Coder struct{}

var _ dyad.Stage = (*Coder)(nil)

// New returns a Coder.
func New(cfg Config) (*Coder, error) { return &Coder{}, nil }

// Name returns the stage name.
func (s *Coder) Name() string { return Name }

// Process adds the stage's annotations to doc.
func (s *Coder) Process(ctx context.Context, doc *dyad.Document) error { return ctx.Err() }
