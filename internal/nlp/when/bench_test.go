package when_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/segment"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// loadVOA reads the VOA 2025 stories as segmented documents.
func loadVOA(b *testing.B) []*dyad.Document { return loadVOADocs(b) }

// loadVOADocs reads the VOA stories, segmented, with times found.
func loadVOADocs(b testing.TB) []*dyad.Document {
	b.Helper()
	seg, err := segment.New(segment.Config{})
	if err != nil {
		b.Fatal(err)
	}
	tg, err := when.New(when.Config{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*dyad.Document
	for _, st := range corpus.VOA(b) {
		doc := dyad.NewDocument(&dyad.Article{Text: st.Text, Published: st.Published})
		if err := seg.Process(b.Context(), doc); err != nil {
			b.Fatal(err)
		}
		if err := tg.Process(b.Context(), doc); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkTagger runs the times stage over the VOA 2025 stories (already
// segmented) and reports sentences/s and expressions/s.
//
//	go test ./internal/nlp/when -run '^$' -bench BenchmarkTagger -count 6 | tee new.txt; benchstat old.txt new.txt
func BenchmarkTagger(b *testing.B) {
	docs := loadVOA(b)
	tg, err := when.New(when.Config{})
	if err != nil {
		b.Fatal(err)
	}
	var sents, bytes int
	for _, d := range docs {
		sents += len(d.Sentences)
		bytes += len(d.Article.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	exprs := 0
	for b.Loop() {
		exprs = 0
		for _, d := range docs {
			if err := tg.Process(b.Context(), d); err != nil {
				b.Fatal(err)
			}
			exprs += len(d.Times)
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(exprs)/sec, "expressions/s")
	b.ReportMetric(float64(len(docs))/sec, "docs/s")
}
