package event_test

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/google/go-cmp/cmp"
)

// TestCoder_RealSentences codes hand-checked sentences from real news
// (testdata/real.tsv) with the whole pipeline and compares the events with
// the expected ones, by the actors' countries, the CAMEO root and the mode.
func TestCoder_RealSentences(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range readTable(t, "testdata/real.tsv", 3) {
		line, cols := r.line, r.cols
		var want []string
		if cols[2] != "-" {
			want = strings.Split(cols[2], ";")
		}
		slices.Sort(want)
		doc := processAt(t, p, cols[1], cols[0])
		var got []string
		for _, e := range doc.Events {
			if e.Target == nil {
				continue
			}
			got = append(got, country(codeOf(e.Source))+"→"+country(e.Target.Code)+" "+e.Root+" "+e.Mode)
		}
		slices.Sort(got)
		got = slices.Compact(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("real.tsv:%d %q (-want +got):\n%s", line, cols[1], diff)
		}
	}
}

// tableRow is a row of a tab-separated test table and its line number.
type tableRow struct {
	line int
	cols []string
}

// readTable reads a tab-separated test table of n columns, skipping blank
// lines and "#" comments; a row of another width fails the test.
func readTable(t *testing.T, path string, n int) []tableRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []tableRow
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != n {
			t.Fatalf("%s:%d: want %d tab-separated columns, got %d", filepath.Base(path), line, n, len(cols))
		}
		rows = append(rows, tableRow{line, cols})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// processAt runs the pipeline on text as an article of outlet published
// on 2025-03-14 (the day of the VOA stories the test sentences come from).
func processAt(t *testing.T, p *pipeline.Pipeline, text, outlet string) *dyad.Document {
	t.Helper()
	a := &dyad.Article{Text: text, Outlet: outlet, ID: dyad.ArticleID(text),
		Published: time.Date(2025, 3, 14, 12, 0, 0, 0, time.UTC)}
	doc, err := p.Process(t.Context(), a)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
