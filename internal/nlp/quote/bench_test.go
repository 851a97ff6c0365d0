package quote_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// bbcDocs returns the BBC politics articles, segmented.
func bbcDocs(tb testing.TB) []*dyad.Document {
	tb.Helper()
	dir := corpus.Path(tb, "corpora/bbc-news-2005-politics/politics")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no BBC articles in %s: %v", dir, err)
	}
	seg, _ := segment.New(segment.Config{})
	docs := make([]*dyad.Document, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		doc := dyad.NewDocument(&dyad.Article{ID: filepath.Base(p), Text: string(b)})
		if err := seg.Process(context.Background(), doc); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkExtractor measures the quotes stage alone on the BBC politics
// articles (segmented beforehand).
//
//	go test ./internal/nlp/quote -run XXX -bench Extractor -count 6 | tee new.txt; benchstat old.txt new.txt
func BenchmarkExtractor(b *testing.B) {
	docs := bbcDocs(b)
	x, err := quote.New(quote.Config{})
	if err != nil {
		b.Fatal(err)
	}
	sents, bytes := 0, 0
	for _, d := range docs {
		sents += len(d.Sentences)
		bytes += len(d.Article.Text)
	}
	ctx := context.Background()
	quotes := 0
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		quotes = 0
		for _, d := range docs {
			if err := x.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			quotes += len(d.Quotes)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(sents)*float64(b.N)/sec, "sentences/s")
	b.ReportMetric(float64(quotes)*float64(b.N)/sec, "quotes/s")
}

// TestExtractor_BBC is the smoke run on BBC politics: it checks the span
// invariants on every article and reports how many quotes have a
// speaker with a name.
func TestExtractor_BBC(t *testing.T) {
	docs := bbcDocs(t)
	x, err := quote.New(quote.Config{})
	if err != nil {
		t.Fatal(err)
	}
	bare := map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "who": true, "which": true}
	total, named, direct := 0, 0, 0
	for _, d := range docs {
		if err := x.Process(t.Context(), d); err != nil {
			t.Fatal(err)
		}
		checkQuotes(t, d.Article.Text, d.Quotes)
		for _, q := range d.Quotes {
			total++
			if q.Direct {
				direct++
			}
			// Resolved: a speaker with a name that is not a bare
			// pronoun left unresolved ("he" with no antecedent).
			if q.Speaker != nil && q.Speaker.Name != "" && !bare[strings.ToLower(q.Speaker.Name)] {
				named++
			}
		}
	}
	t.Logf("BBC politics: %d articles, %d quotes (%d direct), %d (%.1f%%) with a resolved speaker (segmenter only, no actors stage)", len(docs), total, direct, named, 100*ratio(named, total))
	if total == 0 || ratio(named, total) < 0.9 {
		t.Errorf("BBC: %d of %d quotes have a speaker, want at least 90%%", named, total)
	}
}
