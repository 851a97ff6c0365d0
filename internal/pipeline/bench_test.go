package pipeline_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/nlp/segment"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// benchCorpora are the real news corpora the benchmarks run on.
var benchCorpora = []struct {
	name string
	load func(b testing.TB) []*dyad.Article
}{
	{"wikinews", func(b testing.TB) []*dyad.Article {
		return loadFiles(b, filepath.Join(corpus.Path(b, "corpora/wikinews-2019-2020/articles"), "*.txt"))
	}},
	{"voa", func(b testing.TB) []*dyad.Article {
		return loadVOA(b, corpus.Path(b, "corpora/voa-2025/voa_stories.jsonl"))
	}},
	{"bbc", func(b testing.TB) []*dyad.Article {
		return loadFiles(b, filepath.Join(corpus.Path(b, "corpora/bbc-news-2005-politics/politics"), "*.txt"))
	}},
}

// loadFiles reads every file matching glob as `dyad code` reads a file.
func loadFiles(b testing.TB, glob string) []*dyad.Article {
	b.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		b.Fatalf("no files match %s (%v)", glob, err)
	}
	sort.Strings(files)
	out := make([]*dyad.Article, 0, len(files))
	for _, f := range files {
		a, err := ingest.ReadArticle(f, ingest.Meta{})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// loadVOA reads the VOA JSONL stories (one object with a "text" per line).
func loadVOA(b testing.TB, path string) []*dyad.Article {
	b.Helper()
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	var out []*dyad.Article
	for sc.Scan() {
		var r struct {
			Text, Published, Title, URL string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		a := &dyad.Article{Text: r.Text, Title: r.Title, URL: r.URL, Outlet: "voanews.com", ID: dyad.ArticleID(r.Text)}
		if t, err := dyad.ParsePublished(r.Published, nil); err == nil {
			a.Published = t
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return out
}

// runBench processes every article of the corpus once per iteration with
// p and reports articles/s, sentences/s and MB/s.
func runBench(b *testing.B, p *pipeline.Pipeline, arts []*dyad.Article) {
	b.Helper()
	var size, sents int
	for _, a := range arts {
		size += len(a.Text)
		doc, err := p.Process(b.Context(), a)
		if err != nil {
			b.Fatal(err)
		}
		sents += len(doc.Sentences)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		for _, a := range arts {
			if _, err := p.Process(b.Context(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu1, _ := cpuTime()
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		n := float64(b.N)
		b.ReportMetric(n*float64(len(arts))/sec, "articles/s")
		b.ReportMetric(n*float64(sents)/sec, "sentences/s")
		b.ReportMetric(n*float64(size)/1e6/sec, "MB/s")
	}
	// On a shared machine wall time mostly measures the other processes;
	// sentences per CPU-second (user+system time of this process, the
	// garbage collector included) is what "per core" means.
	if cs := (cpu1 - cpu0).Seconds(); cpuOK && cs > 0 {
		b.ReportMetric(float64(b.N)*float64(sents)/cs, "sentences/cpu-s")
	}
}

// BenchmarkPipeline runs the whole pipeline (every default stage) on each
// real corpus. Compare two versions with benchstat:
//
//	go test ./internal/pipeline -run '^$' -bench 'Pipeline|Floor' -count 8 > old.txt
//	(change, then the same into new.txt)
//	benchstat old.txt new.txt
//
// and the pipeline's overhead over the cost of touching the text at all:
//
//	go test ./internal/pipeline -run '^$' -bench 'Pipeline|Floor' -count 8 > both.txt
//	benchstat -filter '.unit:sentences/s' both.txt
//
// (benchstat: go install golang.org/x/perf/cmd/benchstat@latest.)
func BenchmarkPipeline(b *testing.B) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) { runBench(b, p, c.load(b)) })
	}
}

// BenchmarkFloor only splits and tokenizes the same corpora (the segment
// stage alone): the least any pipeline must spend on the text. The ratio
// BenchmarkPipeline/X ÷ BenchmarkFloor/X is the pipeline's overhead.
// Compare with benchstat exactly as for BenchmarkPipeline:
//
//	go test ./internal/pipeline -run '^$' -bench 'Floor' -count 8 > old.txt
//	benchstat old.txt new.txt
func BenchmarkFloor(b *testing.B) {
	p, err := pipeline.New(nil, pipeline.Options{Stages: []string{segment.Name}})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) { runBench(b, p, c.load(b)) })
	}
}

// BenchmarkStage runs the pipeline cut after each stage in turn, so the
// difference between consecutive results is what that stage costs
// (…/quotes minus …/times is the quotes stage). For one corpus:
//
//	go test ./internal/pipeline -run '^$' -bench 'Stage/wikinews' -count 8 > stages.txt
//	benchstat -col /stage stages.txt
//
// `dyad eval --timings --gold DIR` gives the same split on a gold set.
func BenchmarkStage(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			arts := c.load(b)
			for i := range pipeline.DefaultStages {
				stages := pipeline.DefaultStages[:i+1]
				p, err := pipeline.New(nil, pipeline.Options{Stages: stages})
				if err != nil {
					b.Fatal(err)
				}
				b.Run("stage="+stages[i], func(b *testing.B) { runBench(b, p, arts) })
			}
		})
	}
}

// BenchmarkNew builds the default pipeline: every stage's embedded
// dictionaries, gazetteer and patterns, the part of `dyad code`'s cold
// start that does not depend on the article. With -benchtime 1x it is
// the first build in a fresh process (shared tables loaded once, as
// `dyad code` does); cpu-ms/op is this process's CPU time per build.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		if _, err := pipeline.New(nil, pipeline.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	if cpu1, _ := cpuTime(); cpuOK && b.N > 0 {
		b.ReportMetric((cpu1-cpu0).Seconds()*1e3/float64(b.N), "cpu-ms/op")
	}
}
