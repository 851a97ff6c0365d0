package pipeline_test

import (
	"errors"
	"io"
	"testing"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestPipeline_CorpusInvariants runs the whole pipeline over the real news
// corpora and checks every document's invariants (spans in bounds and on
// UTF-8 boundaries, texts matching spans, references in range): no stage
// may fail, panic or emit a broken span on real text.
func TestPipeline_CorpusInvariants(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]string{
		"wikinews": "corpora/wikinews-2019-2020/articles",
		"voa":      "corpora/voa-2025/voa_stories.jsonl",
		"bbc":      "corpora/bbc-news-2005-politics/politics",
	}
	for name, rel := range sets {
		t.Run(name, func(t *testing.T) {
			src := ingest.NewSource([]string{corpus.Path(t, rel)}, ingest.Options{})
			n, events := 0, 0
			for {
				a, err := src.Next(t.Context())
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("read: %v", err)
				}
				doc, err := p.Process(t.Context(), a)
				if err != nil {
					t.Errorf("%s: %v", a.Provenance.Source, err)
					continue
				}
				if err := doc.Validate(); err != nil {
					t.Errorf("%s (line %d): %v", a.Provenance.Source, a.Provenance.Line, err)
				}
				n++
				events += len(doc.Events)
			}
			if n == 0 {
				t.Fatal("no articles read")
			}
			t.Logf("%d articles, %d events", n, events)
		})
	}
}
