// Package actor is the actors stage of the dyad pipeline.
//
// PLACEHOLDER: this package only fixes the stage's API so the pipeline can
// be wired; its work is done in its own issue.
package actor

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "actors"

// Config configures the stage. The zero value is ready to use.
type Config struct{}

// Resolver is the actors stage. It is safe for concurrent use.
type Resolver struct{}

var _ dyad.Stage = (*Resolver)(nil)

// New returns a Resolver.
func New(cfg Config) (*Resolver, error) { return &Resolver{}, nil }

// Name returns the stage name.
func (s *Resolver) Name() string { return Name }

// Process adds the stage's annotations to doc.
func (s *Resolver) Process(ctx context.Context, doc *dyad.Document) error { return ctx.Err() }
