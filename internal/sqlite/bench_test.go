package sqlite_test

import (
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/storetest"
)

// BenchmarkStore_Put stores hand-built documents with every kind of
// annotation (3 sentences, 6 mentions, 2 places, 2 times, 2 quotes, 3
// events), one transaction each.
//
//	go test -run '^$' -bench 'Store_Put' -count 6 ./internal/sqlite/ | tee new.txt; benchstat old.txt new.txt
func BenchmarkStore_Put(b *testing.B) {
	s := openTemp(b)
	defer s.Close()
	docs := make([]*dyad.Document, 0, 4096)
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		if len(docs) == 0 {
			for range 4096 {
				docs = append(docs, storetest.RichDocument(fmt.Sprintf("bench-%d", i)))
				i++
			}
		}
		d := docs[len(docs)-1]
		docs = docs[:len(docs)-1]
		b.StartTimer()
		if _, err := s.Put(b.Context(), d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkStore_PutCorpus stores the Wikinews articles as the pipeline
// codes them (each article once; the loop restarts on a fresh store).
//
//	go test -run '^$' -bench 'Store_PutCorpus' -count 6 ./internal/sqlite/
func BenchmarkStore_PutCorpus(b *testing.B) {
	dir := corpus.Path(b, "corpora/wikinews-2019-2020/articles")
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*dyad.Document
	var size int64
	src := ingest.NewSource([]string{dir}, ingest.Options{})
	for {
		a, err := src.Next(b.Context())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		if len(a.Text) > 100_000 {
			continue // the placeholder segmenter is slow on the one 143 kB interview
		}
		d, err := p.Process(b.Context(), a)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(a.Text))
	}
	s := openTemp(b)
	i := 0
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	for b.Loop() {
		if i == len(docs) {
			b.StopTimer()
			s.Close()
			s = openTemp(b)
			i = 0
			b.StartTimer()
		}
		if _, err := s.Put(b.Context(), docs[i]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	s.Close()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkStore_PutParallel stores hand-built documents from 16
// goroutines, as `dyad ingest --workers` does: concurrent Puts share
// transactions (group commit).
//
//	go test -run '^$' -bench 'Store_PutParallel' -count 6 ./internal/sqlite/
func BenchmarkStore_PutParallel(b *testing.B) {
	s := openTemp(b)
	defer s.Close()
	const n = 20000
	docs := make([]*dyad.Document, n)
	for i := range docs {
		docs[i] = storetest.RichDocument(fmt.Sprintf("pbench-%d", i))
	}
	var next atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1) - 1
			d := docs[i%n]
			if i >= n {
				d = storetest.RichDocument(fmt.Sprintf("pbench-%d", i))
			}
			if _, err := s.Put(b.Context(), d); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
