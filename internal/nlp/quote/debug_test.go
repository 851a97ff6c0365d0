package quote_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

func TestDebugFile(t *testing.T) {
	p := os.Getenv("QDEBUG")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	doc := dyad.NewDocument(&dyad.Article{Text: string(b)})
	seg, _ := segment.New(segment.Config{})
	seg.Process(t.Context(), doc)
	x, _ := quote.New(quote.Config{})
	x.Process(t.Context(), doc)
	for _, q := range doc.Quotes {
		sp := "<nil>"
		if q.Speaker != nil {
			sp = fmt.Sprintf("%q name=%q anon=%v aff=%q", q.Speaker.Text, q.Speaker.Name, q.Speaker.Anonymous, q.Speaker.Affiliation)
		}
		fmt.Printf("- direct=%v cue=%q/%s venue=%q unclosed=%v\n  %q\n  speaker %s\n", q.Direct, q.Cue, q.CueLemma, q.Venue, q.Unclosed, q.Text, sp)
	}
}
