package quote_test

import (
	"context"
	"fmt"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

func ExampleExtractor_Process() {
	text := "“We were able to win the following concession,” Trump envoy Steve Witkoff told CNN on Sunday. " +
		"Sources briefed on Moscow’s thinking told Reuters news agency the leaders have discussed proposals."
	doc := dyad.NewDocument(&dyad.Article{ID: "example", Text: text})
	seg, _ := segment.New(segment.Config{})
	x, _ := quote.New(quote.Config{})
	ctx := context.Background()
	if err := seg.Process(ctx, doc); err != nil {
		fmt.Println(err)
		return
	}
	if err := x.Process(ctx, doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s | %s (anonymous %v) | %s | %s | direct %v\n", q.Text, q.Speaker.Name, q.Speaker.Anonymous, q.CueLemma, q.Venue, q.Direct)
	}
	// Output:
	// We were able to win the following concession | Steve Witkoff (anonymous false) | tell | CNN | direct true
	// the leaders have discussed proposals | Sources briefed on Moscow’s thinking (anonymous true) | tell | Reuters | direct false
}
