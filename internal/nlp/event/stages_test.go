package event_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/event"
	"github.com/dyad-events/dyad/internal/nlp/place"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// TestCoder_SeedWithStages codes the seed with the real places, times and
// quotes stages (and when.DateOf), the actor mentions still placed by hand.
func TestCoder_SeedWithStages(t *testing.T) {
	doc := seedDoc(t)
	doc.Places, doc.Times, doc.Quotes = doc.Places[:0], doc.Times[:0], doc.Quotes[:0]
	pl, err := place.New(place.Config{})
	if err != nil {
		t.Fatal(err)
	}
	tm, err := when.New(when.Config{})
	if err != nil {
		t.Fatal(err)
	}
	qu, err := quote.New(quote.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{pl.Process(t.Context(), doc), tm.Process(t.Context(), doc), qu.Process(t.Context(), doc)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	c, err := event.New(event.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	checkEvents(t, doc)
	s := scoreEvents(doc, loadGold(t))
	t.Logf("seed events with stages: tp %d fp %d fn %d F1 %.3f mode %.3f (%d) date %.3f (%d)", s.tp, s.fp, s.fn, s.f1, s.modeAcc, s.modeN, s.date, s.dateN)
	for _, m := range s.misses {
		t.Log("  ", m)
	}
	for _, e := range s.extras {
		t.Log("   extra:", e)
	}
	if s.f1 < seedF1Floor || s.modeAcc < seedModeFloor || s.date < seedDateFloor {
		t.Errorf("seed F1 %.3f mode %.3f date %.3f, want at least %.2f %.2f %.2f", s.f1, s.modeAcc, s.date, seedF1Floor, seedModeFloor, seedDateFloor)
	}
}
