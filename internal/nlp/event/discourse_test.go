package event_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_TriggerEndsText codes texts whose last token is a trigger
// with no closing punctuation: the searches after the trigger (an if- or
// unless-clause conditioning it) find nothing there, and do not read past
// the sentence.
func TestCoder_TriggerEndsText(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Kenya said Uganda can continue to attack",
		"Putin to visit",
		"Israel will strike",
	} {
		doc := processAt(t, p, text, "example.org")
		if len(doc.Sentences) == 0 {
			t.Errorf("%q: no sentences", text)
		}
	}
}
