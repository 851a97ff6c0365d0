package place_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/place"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// readTexts returns the "text" field of every line of a JSONL corpus.
func readTexts(b *testing.B, rel string) []string { return readTextsT(b, rel) }

func readTextsT(b testing.TB, rel string) []string {
	b.Helper()
	f, err := os.Open(corpus.Path(b, rel))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var v struct {
			Text string `json:"text"`
			File string `json:"file"` // Wikinews: the article's text file, beside the JSONL
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			b.Fatalf("%s: %v", rel, err)
		}
		if v.Text == "" && v.File != "" {
			t, err := os.ReadFile(filepath.Join(filepath.Dir(f.Name()), v.File))
			if err != nil {
				b.Fatal(err)
			}
			v.Text = string(t)
		}
		if v.Text != "" {
			out = append(out, v.Text)
		}
	}
	return out
}

// BenchmarkGeocoder runs the places stage (segmentation done beforehand)
// on real news and reports sentences per second.
//
//	go test -run=^$ -bench=Geocoder -count=6 ./internal/nlp/place | benchstat -
func BenchmarkGeocoder(b *testing.B) {
	for _, c := range []struct{ name, rel string }{
		{"wikinews", "corpora/wikinews-2019-2020/articles.jsonl"},
		{"voa", "corpora/voa-2025/voa_stories.jsonl"},
	} {
		rel := c.rel
		b.Run(c.name, func(b *testing.B) {
			var texts []string
			for _, t := range readTexts(b, rel) {
				// Skip outsized pages: segment.Split does not return on one
				// 143 kB Wikinews interview (2020-10-18-living-with-hiv-…).
				if len(t) <= 64<<10 {
					texts = append(texts, t)
				}
			}
			seg, err := segment.New(segment.Config{})
			if err != nil {
				b.Fatal(err)
			}
			g, err := place.New(place.Config{})
			if err != nil {
				b.Fatal(err)
			}
			sents := make([][]dyad.Sentence, len(texts))
			nSent, nBytes := 0, 0
			for i, t := range texts {
				sents[i] = seg.Split(t)
				nSent += len(sents[i])
				nBytes += len(t)
			}
			b.SetBytes(int64(nBytes))
			b.ReportAllocs()
			for b.Loop() {
				for i, t := range texts {
					g.Places(t, sents[i], nil)
				}
			}
			b.ReportMetric(float64(nSent)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
