// Package place is the places stage of the dyad pipeline.
//
// PLACEHOLDER: this package only fixes the stage's API so the pipeline can
// be wired; its work is done in its own issue.
package place

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "places"

// Config configures the stage. The zero value is ready to use.
type Config struct{}

// Geocoder is the places stage. It is safe for concurrent use.
type Geocoder struct{}

var _ dyad.Stage = (*Geocoder)(nil)

// New returns a Geocoder.
func New(cfg Config) (*Geocoder, error) { return &Geocoder{}, nil }

// Name returns the stage name.
func (s *Geocoder) Name() string { return Name }

// Process adds the stage's annotations to doc.
func (s *Geocoder) Process(ctx context.Context, doc *dyad.Document) error { return ctx.Err() }
