package clean_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/clean"
	"github.com/dyad-events/dyad/internal/corpus"
)

// BenchmarkClean cleans every Wikinews article once per iteration.
//
//	go test ./internal/clean -run '^$' -bench Clean -count 6 | benchstat -
func BenchmarkClean(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpus.Path(b, "corpora/wikinews-2019-2020/articles"), "*.txt"))
	var texts []string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			clean.Clean(t, clean.Options{})
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "articles/s")
}
