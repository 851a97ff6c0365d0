package event_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/nlp/event"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_CorpusReport codes the real news corpora with the whole
// pipeline and logs events per article; with DYAD_EVENT_DUMP=DIR it writes
// every event (code, source, target, sentence, then its date, precision,
// date source and date words, the article's publication day and title) to
// DIR/<corpus>.tsv for a hand check. It only runs with DYAD_EVENT_REPORT set: it is a measurement.
func TestCoder_CorpusReport(t *testing.T) {
	if os.Getenv("DYAD_EVENT_REPORT") == "" {
		t.Skip("set DYAD_EVENT_REPORT=1 to measure events per article on the corpora")
	}
	// DYAD_EVENT_UNDYADIC=1 keeps events without a target, to see what
	// the targets the coder misses are.
	p, err := pipeline.New(nil, pipeline.Options{Event: event.Config{KeepUndyadic: os.Getenv("DYAD_EVENT_UNDYADIC") != ""}})
	if err != nil {
		t.Fatal(err)
	}
	corpora := map[string][]*dyad.Article{
		"wikinews": readFiles(t, filepath.Join(corpus.Path(t, "corpora/wikinews-2019-2020/articles"), "*.txt")),
		"bbc":      readFiles(t, filepath.Join(corpus.Path(t, "corpora/bbc-news-2005-politics/politics"), "*.txt")),
		"voa":      readVOA(t, corpus.Path(t, "corpora/voa-2025/voa_stories.jsonl")),
	}
	names := []string{"wikinews", "voa", "bbc"}
	dump := os.Getenv("DYAD_EVENT_DUMP")
	for _, name := range names {
		arts := corpora[name]
		var w *bufio.Writer
		if dump != "" {
			f, err := os.Create(filepath.Join(dump, name+".tsv"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			w = bufio.NewWriter(f)
			defer w.Flush()
		}
		n, sents := 0, 0
		for _, a := range arts {
			doc, err := p.Process(t.Context(), a)
			if err != nil {
				t.Fatal(err)
			}
			sents += len(doc.Sentences)
			n += len(doc.Events)
			for _, e := range doc.Events {
				if w == nil {
					continue
				}
				dumpEvent(w, a, e)
			}
		}
		t.Logf("%s: %d articles, %d sentences, %d events, %.2f events/article", name, len(arts), sents, n, float64(n)/float64(len(arts)))
	}
}

// dumpEvent writes one event of a as a row of the hand-check dump: code,
// trigger, source and target (code and words; an unknown source or no
// target is written empty), mode, rule, sentence (on one line), date,
// precision, date source, date words, the publication day and the title.
func dumpEvent(w io.Writer, a *dyad.Article, e dyad.Event) {
	src, tg := "", ""
	if e.Source != nil {
		src = e.Source.Code + "(" + a.Text[e.Source.Start:e.Source.End] + ")"
	}
	if e.Target != nil {
		tg = e.Target.Code + "(" + a.Text[e.Target.Start:e.Target.End] + ")"
	}
	pub := ""
	if !a.Published.IsZero() {
		pub = a.Published.In(a.Location()).Format("2006-01-02 Mon")
	}
	sent := strings.ReplaceAll(a.Text[e.Sentence.Start:e.Sentence.End], "\n", " ")
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.CAMEO, e.Trigger.Text, src, tg, e.Mode, e.Rule, sent,
		e.Date, e.DatePrecision, e.DateSource, e.DateText, pub, a.Title)
}

func readFiles(t *testing.T, glob string) []*dyad.Article {
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files match %s (%v)", glob, err)
	}
	sort.Strings(files)
	var out []*dyad.Article
	for _, f := range files {
		a, err := ingest.ReadArticle(f, ingest.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func readVOA(t *testing.T, path string) []*dyad.Article {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	var out []*dyad.Article
	for sc.Scan() {
		var r struct{ Text, Published, Title, URL string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		a := &dyad.Article{Text: r.Text, Title: r.Title, URL: r.URL, Outlet: "voanews.com", ID: dyad.ArticleID(r.Text)}
		if pt, err := dyad.ParsePublished(r.Published, nil); err == nil {
			a.Published = pt
		}
		out = append(out, a)
	}
	return out
}
