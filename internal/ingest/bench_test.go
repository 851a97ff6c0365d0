package ingest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
)

// benchRead reads paths (the corpus files relative to the shared folder)
// once per iteration and reports articles/s and MB/s.
func benchRead(b *testing.B, rels ...string) {
	var paths []string
	var size int64
	for _, rel := range rels {
		p := corpus.Path(b, rel)
		paths = append(paths, p)
		filepath.Walk(p, func(_ string, fi os.FileInfo, err error) error {
			if err == nil && !fi.IsDir() {
				size += fi.Size()
			}
			return nil
		})
	}
	b.SetBytes(size)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		got := drain(b, ingest.NewSource(paths, ingest.Options{}))
		if len(got.Errors) > 0 {
			b.Fatalf("errors: %v", got.Errors)
		}
		n += len(got.Articles)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// Reading and cleaning the real corpora:
//
//	go test ./internal/ingest -run '^$' -bench Read -count 6 | benchstat -
func BenchmarkRead_WikinewsFolder(b *testing.B) {
	benchRead(b, "corpora/wikinews-2019-2020/articles")
}

func BenchmarkRead_WikinewsCSV(b *testing.B) {
	benchRead(b, "corpora/wikinews-2019-2020/wikinews_2019.csv", "corpora/wikinews-2019-2020/wikinews_2020.csv")
}

func BenchmarkRead_VOA(b *testing.B) {
	benchRead(b, "corpora/voa-2025/voa_stories.jsonl")
}

func BenchmarkRead_BBC(b *testing.B) {
	benchRead(b, "corpora/bbc-news-2005-politics/politics")
}

// BenchmarkRead_HTML extracts the test page with readability.
func BenchmarkRead_HTML(b *testing.B) {
	p := filepath.Join("testdata", "page.input.html")
	fi, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ingest.ReadArticle(p, ingest.Meta{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
