package actor_test

import (
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// voaDocs returns the VOA 2025 stories segmented into documents.
func voaDocs(b *testing.B) []*dyad.Document {
	b.Helper()
	seg, err := segment.New(segment.Config{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*dyad.Document
	for _, st := range corpus.VOA(b) {
		doc := dyad.NewDocument(&dyad.Article{Text: st.Text, Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)})
		if err := seg.Process(b.Context(), doc); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkResolver measures the actors stage alone on segmented VOA
// stories; BenchmarkSegment measures the sentence splitter on the same
// text for comparison. BenchmarkResolver also splits the same stories in
// every iteration, outside its timer, and reports x-segment: the
// resolver's time over the splitter's, both measured in the same
// iterations, so that a loaded machine slows both alike (the aim
// is x-segment ≤ 1).
//
//	go test -run XXX -bench 'Resolver|Segment' -benchmem ./internal/nlp/actor/ | tee new.txt; benchstat old.txt new.txt
func BenchmarkResolver(b *testing.B) {
	docs := voaDocs(b)
	r, err := actor.New(actor.Config{})
	if err != nil {
		b.Fatal(err)
	}
	seg, err := segment.New(segment.Config{})
	if err != nil {
		b.Fatal(err)
	}
	sents, bytes, mentions := 0, 0, 0
	for _, d := range docs {
		sents += len(d.Sentences)
		bytes += len(d.Article.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	n := 0
	var split time.Duration
	for b.Loop() {
		b.StopTimer()
		t0 := time.Now()
		for _, d := range docs {
			_ = seg.Split(d.Article.Text)
		}
		split += time.Since(t0)
		b.StartTimer()
		mentions = 0
		for _, d := range docs {
			if err := r.Process(b.Context(), d); err != nil {
				b.Fatal(err)
			}
			mentions += len(d.Mentions)
		}
		n++
	}
	el := b.Elapsed()
	sec := el.Seconds()
	b.ReportMetric(float64(el.Nanoseconds())/float64(n*len(docs)), "ns/article")
	b.ReportMetric(float64(sents*n)/sec, "sentences/s")
	b.ReportMetric(float64(mentions*n)/sec, "mentions/s")
	if split > 0 {
		b.ReportMetric(float64(el)/float64(split), "x-segment")
	}
}

func BenchmarkSegment(b *testing.B) {
	docs := voaDocs(b)
	seg, err := segment.New(segment.Config{})
	if err != nil {
		b.Fatal(err)
	}
	sents, bytes := 0, 0
	for _, d := range docs {
		sents += len(d.Sentences)
		bytes += len(d.Article.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			_ = seg.Split(d.Article.Text)
		}
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*len(docs)), "ns/article")
	b.ReportMetric(float64(sents*n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkNew measures building the resolver from the embedded
// dictionaries (part of cold start).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := actor.New(actor.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
