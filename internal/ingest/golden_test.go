package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// outcome is what a Reader yields for one input, as stored in a golden
// file.
type outcome struct {
	Articles []*dyad.Article `json:"articles"`
	Errors   []errorOutcome  `json:"errors,omitempty"`
}

type errorOutcome struct {
	Input string `json:"input"`
	Line  int    `json:"line,omitempty"`
	Code  string `json:"code"`
	Error string `json:"error"`
}

// drain reads src to the end, collecting articles and source errors; any
// other error fails the test.
func drain(t testing.TB, src dyad.Source) outcome {
	t.Helper()
	out := outcome{Articles: []*dyad.Article{}}
	for {
		a, err := src.Next(context.Background())
		if err == io.EOF {
			return out
		}
		if err != nil {
			var se *dyad.SourceError
			if !errors.As(err, &se) {
				t.Fatalf("Next: %v (not a *dyad.SourceError)", err)
			}
			out.Errors = append(out.Errors, errorOutcome{Input: se.Input, Line: se.Line, Code: dyad.ErrorCode(se.Err), Error: se.Err.Error()})
			continue
		}
		out.Articles = append(out.Articles, a)
	}
}

// TestReader_Golden reads every testdata/<case>.input.* file and compares
// the articles and errors with testdata/<case>.golden.json (rewritten by
// go test ./internal/ingest/... -update).
func TestReader_Golden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.input.*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) < 10 {
		t.Fatalf("found %d golden inputs, want at least 10", len(inputs))
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		name = name[:strings.Index(name, ".input.")]
		t.Run(name, func(t *testing.T) {
			got := drain(t, ingest.NewSource([]string{in}, ingest.Options{}))
			for _, a := range got.Articles {
				checkArticle(t, a)
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(b)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// checkArticle checks the invariants every article must meet.
func checkArticle(t testing.TB, a *dyad.Article) {
	t.Helper()
	if err := a.Validate(); err != nil {
		t.Errorf("%s: Validate: %v", a.Provenance.Source, err)
	}
	if a.ID != dyad.ArticleID(a.Text) {
		t.Errorf("%s: ID %s is not ArticleID(Text)", a.Provenance.Source, a.ID)
	}
	if a.Text != strings.TrimSpace(a.Text) || strings.Contains(a.Text, "\n\n") || strings.Contains(a.Text, "  ") || strings.ContainsRune(a.Text, '\u00a0') {
		t.Errorf("%s: text is not clean: %q", a.Provenance.Source, a.Text)
	}
	if a.Provenance.Format == "" || a.Provenance.Source == "" {
		t.Errorf("%s: provenance incomplete: %+v", a.Provenance.Source, a.Provenance)
	}
}
