package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// stageFunc is a test stage.
type stageFunc func(doc *dyad.Document)

func (stageFunc) Name() string { return "test" }
func (f stageFunc) Process(ctx context.Context, doc *dyad.Document) error {
	f(doc)
	return nil
}

func testPipeline(t *testing.T, f stageFunc) *pipeline.Pipeline {
	t.Helper()
	reg := pipeline.NewRegistry()
	if err := reg.Register("test", func(pipeline.Options) (dyad.Stage, error) { return f, nil }); err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(reg, pipeline.Options{Stages: []string{"test"}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRunner_Metadata checks that the pipeline sees the gold file's
// published date, time zone and outlet, and the article text with the
// same offsets for a "file" gold and a "text" gold.
func TestRunner_Metadata(t *testing.T) {
	root := t.TempDir()
	text := "Talks ended on Sunday in Kyiv."
	if err := os.WriteFile(filepath.Join(root, "a.txt"), []byte("\n"+text+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The stage reports what it saw as a time expression on "Sunday".
	p := testPipeline(t, func(doc *dyad.Document) {
		a := doc.Article
		i := strings.Index(a.Text, "Sunday")
		doc.Times = append(doc.Times, dyad.TimeExpr{Span: dyad.Span{Start: i, End: i + 6}, Text: "Sunday",
			Value: a.PublishedDate() + "|" + a.Timezone + "|" + a.Outlet})
	})
	start, end := strings.Index(text, "Sunday"), strings.Index(text, " in Kyiv")
	want := "2025-08-18|Europe/Kyiv|example.org"
	golds := []*eval.Gold{
		{ID: "file", File: "a.txt", Published: "2025-08-18", Timezone: "Europe/Kyiv", Outlet: "example.org",
			Exhaustive: []string{"times"}, Times: []eval.TimeItem{{Text: "Sunday", Value: want}}},
		{ID: "text", Text: "  " + text, Published: "2025-08-18", Timezone: "Europe/Kyiv", Outlet: "example.org",
			Exhaustive: []string{"times"}, Times: []eval.TimeItem{{Text: "Sunday", Value: want, Common: eval.Common{Start: ip(start + 2), End: ip(end + 2)}}}},
	}
	r := &eval.Runner{Root: root, Pipeline: p}
	res, err := r.Run(t.Context(), golds)
	if err != nil {
		t.Fatal(err)
	}
	for _, fr := range res {
		if got := counts(fr, eval.TaskTimes); got != [3]int{1, 0, 0} {
			t.Errorf("%s: times = %v, want a hit; details %+v notes %v", fr.Name, got, fr.Details, fr.Notes)
		}
	}
}

func TestRunner_StagePanics(t *testing.T) {
	p := testPipeline(t, func(doc *dyad.Document) { panic("boom") })
	r := &eval.Runner{Pipeline: p}
	golds := []*eval.Gold{
		{Text: "Some text.", Path: "x.json", Times: []eval.TimeItem{{Text: "text", Value: "1"}}},
		{Text: "Other text.", ID: "y"},
	}
	res, err := r.Run(t.Context(), golds)
	if err == nil || !strings.Contains(err.Error(), "x.json") || !strings.Contains(err.Error(), "boom") || !strings.Contains(err.Error(), "gold file y:") {
		t.Errorf("Run with a panicking stage: error %v, want it to name x.json, y and the panic", err)
	}
	if len(res) != 2 || counts(res[0], eval.TaskTimes) != [3]int{0, 0, 1} {
		t.Errorf("Run with a panicking stage: results %v, want both files, the first scored as empty", res)
	}
}

func TestRunner_MissingFile(t *testing.T) {
	r := &eval.Runner{Root: t.TempDir()}
	_, err := r.Run(t.Context(), []*eval.Gold{{File: "nope.txt", Path: "g.json"}})
	if err == nil || !strings.Contains(err.Error(), "g.json") {
		t.Errorf("Run on a missing article: error %v, want it to name g.json", err)
	}
}
