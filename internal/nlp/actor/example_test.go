package actor_test

import (
	"context"
	"fmt"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

func ExampleResolver_Process() {
	text := "German Chancellor Friedrich Merz met Trump envoy Steve Witkoff. " +
		"A senior official said the Ukrainian leader would attend."
	doc := dyad.NewDocument(&dyad.Article{Text: text, Published: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)})
	seg, _ := segment.New(segment.Config{})
	r, _ := actor.New(actor.Config{})
	ctx := context.Background()
	if err := seg.Process(ctx, doc); err != nil {
		panic(err)
	}
	if err := r.Process(ctx, doc); err != nil {
		panic(err)
	}
	for _, m := range doc.Mentions {
		fmt.Printf("%s | %s | %s | %s\n", m.Text, m.Kind, m.Actor.Code, m.Actor.Name)
	}
	// Output:
	// German Chancellor Friedrich Merz | person | DEUGOV | Friedrich Merz
	// Trump envoy Steve Witkoff | person | USAGOV | Steve Witkoff
	// A senior official | anonymous |  | A senior official
	// the Ukrainian leader | role | UKRGOV | Volodymyr Zelenskyy
}
