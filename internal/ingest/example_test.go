package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ingest"
)

func ExampleNewStream() {
	jsonl := `{"url": "https://example.org/a", "title": "Port strike ends", "published": "2025-03-13", "text": "Dock workers voted on Thursday to end a nine-day strike."}
{"title": "No text here"}
`
	src := ingest.NewStream(strings.NewReader(jsonl), "stories.jsonl", ingest.Options{})
	for {
		a, err := src.Next(context.Background())
		if err == io.EOF {
			break
		}
		var se *dyad.SourceError
		if errors.As(err, &se) {
			fmt.Println("skipped line", se.Line, errors.Is(err, ingest.ErrNoText))
			continue
		}
		fmt.Println(a.Title, a.PublishedDate(), a.Outlet, a.Provenance.Format)
	}
	// Output:
	// Port strike ends 2025-03-13 example.org jsonl
	// skipped line 2 true
}
