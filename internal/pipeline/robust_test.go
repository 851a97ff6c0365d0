package pipeline_test

import (
	"log/slog"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestPipeline_RobustTexts runs the whole pipeline on invented texts, each
// of which once made a stage panic or emit an invalid span (found by
// TestPipeline_CorpusSweep on corpus articles and their variants), and
// checks that every stage now finishes and the document validates.
func TestPipeline_RobustTexts(t *testing.T) {
	rec := &panicRecorder{}
	p, err := pipeline.New(nil, pipeline.Options{Logger: slog.New(rec)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
	}{
		// event: conditionAfter and ifAfter looked for an if-clause from
		// the token after a planned event's match, past the last token
		// when the match ends an unpunctuated sentence (bounds indexed
		// one past the end).
		{"EventReportedPlanAtEnd", "FBI said it would cooperate"},
		{"EventHeadlinePlanAtEnd", "White House to accept"},
		{"EventPlanAtEnd", "Priebus will hold meeting"},
		// quote: audienceAt read the token after a determiner that ends
		// the text ("told the"), one past the last token.
		{"QuoteToldDeterminerAtEnd", "\"We will win,\" told the"},
		// quote: venueIn asked platformAt for the platform after "a
		// statement to" ending the text, which read one past the last
		// token.
		{"QuoteStatementToAtEnd", "Smith. That cut costs, Jones said. statement to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec.last = ""
			a := &dyad.Article{ID: dyad.ArticleID(tt.text), Text: tt.text, Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
			doc, err := p.Process(t.Context(), a)
			if err != nil {
				t.Fatalf("Process(%q) = %v\n%s", tt.text, err, rec.last)
			}
			if err := doc.Validate(); err != nil {
				t.Errorf("Process(%q): invalid document: %v", tt.text, err)
			}
			for _, msg := range contractViolations(doc) {
				t.Errorf("Process(%q): %s", tt.text, msg)
			}
		})
	}
}
