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

// EventDate is the date an event happened, as the times stage reads it.
type EventDate struct {
	// Value is a TIMEX3 date value: "2025-08-17", "2025-02", "2014".
	Value string
	// Precision is one of dyad.DateDay, DateMonth, DateYear, ….
	Precision string
	// Expr is the time expression the date came from; nil when the
	// date is the publication date.
	Expr *dyad.TimeExpr
}

// DateOf returns the date of the event whose trigger is at trigger, inside
// the sentence at sentence, from the time expressions already in doc.Times
// (this stage must have run): the expression that governs the trigger's
// clause, when there is one, with ok true. It returns ok false when the
// sentence dates the event by no expression (the caller then uses the
// publication date, marked as such).
//
// PLACEHOLDER: returns ok false until the times issue is done.
func DateOf(doc *dyad.Document, sentence, trigger dyad.Span) (d EventDate, ok bool) {
	return EventDate{}, false
}
