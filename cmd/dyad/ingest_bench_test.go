package main

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/sqlite"
)

// BenchmarkIngest runs the whole ingest path (read, code with the full
// pipeline, store in a fresh SQLite file, 2 workers) over the 417 BBC
// politics articles; one op is the whole folder.
//
//	go test -run '^$' -bench Ingest -benchtime 3x -count 6 ./cmd/dyad/ | tee new.txt; benchstat old.txt new.txt
func BenchmarkIngest(b *testing.B) {
	dir := corpus.Path(b, "corpora/bbc-news-2005-politics/politics")
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, e := range ents {
		if fi, err := e.Info(); err == nil {
			size += fi.Size()
		}
	}
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	m := &Main{Stdout: io.Discard, Stderr: io.Discard, Logger: slog.New(slog.DiscardHandler)}
	b.SetBytes(size)
	b.ReportAllocs()
	articles := 0
	for b.Loop() {
		b.StopTimer()
		st, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		src := ingest.NewSource([]string{dir}, ingest.Options{})
		b.StartTimer()
		sum, err := m.ingest(b.Context(), src, p, st, 2)
		if err != nil || sum.Failed > 0 {
			b.Fatalf("ingest: %v, %+v", err, sum)
		}
		articles += sum.Ingested + sum.Duplicates
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}
