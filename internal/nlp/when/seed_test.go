package when_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/segment"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// goldFile is the part of a gold file this stage is scored on.
type goldFile struct {
	File       string   `json:"file"`
	Published  string   `json:"published"`
	Timezone   string   `json:"timezone"`
	Exhaustive []string `json:"exhaustive"`
	Times      []struct {
		Text     string   `json:"text"`
		Value    string   `json:"value"`
		Alt      []string `json:"alt"`
		Optional bool     `json:"optional"`
	} `json:"times"`
}

// process runs segment and times on an article.
func process(t testing.TB, text, published, tz string) *dyad.Document {
	t.Helper()
	art := &dyad.Article{Text: text, Timezone: tz}
	if published != "" {
		p, err := dyad.ParsePublished(published, art.Location())
		if err != nil {
			t.Fatal(err)
		}
		art.Published = p
	}
	doc := dyad.NewDocument(art)
	seg, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	tg, err := when.New(when.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := seg.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if err := tg.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	for _, te := range doc.Times {
		if err := te.CheckIn(text); err != nil || text[te.Start:te.End] != te.Text {
			t.Fatalf("time %+v: span does not match text (%v)", te, err)
		}
	}
	return doc
}

// occurrences returns the spans where needle occurs in text, folding case
// and typographic quotes.
func occurrences(text, needle string) []dyad.Span {
	fold := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			b.WriteRune(dyad.FoldRune(r))
		}
		return strings.ToLower(b.String())
	}
	// Fold rune by rune keeping byte offsets: build an index map.
	var low strings.Builder
	var offs []int
	for i, r := range text {
		f := string(dyad.FoldRune(r))
		f = strings.ToLower(f)
		for range len(f) {
			offs = append(offs, i)
		}
		low.WriteString(f)
	}
	offs = append(offs, len(text))
	hay, n := low.String(), fold(needle)
	var out []dyad.Span
	for i := 0; ; {
		j := strings.Index(hay[i:], n)
		if j < 0 {
			return out
		}
		s := i + j
		out = append(out, dyad.Span{Start: offs[s], End: offs[s+len(n)]})
		i = s + 1
	}
}

func TestTagger_Seed(t *testing.T) {
	goldPath := corpus.Path(t, "gold/seed.json")
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(filepath.Dir(filepath.Dir(goldPath)), g.File))
	if err != nil {
		t.Fatal(err)
	}
	doc := process(t, string(text), g.Published, g.Timezone)
	matched := make([]bool, len(doc.Times))
	for _, gt := range g.Times {
		found := false
		for _, occ := range occurrences(string(text), gt.Text) {
			for i, te := range doc.Times {
				if !te.Overlaps(occ) {
					continue
				}
				matched[i] = true
				if te.Value == gt.Value || contains(gt.Alt, te.Value) {
					found = true
				}
			}
		}
		if !found && !gt.Optional {
			t.Errorf("gold %q = %s: not found", gt.Text, gt.Value)
		}
	}
	for i, te := range doc.Times {
		if !matched[i] {
			t.Errorf("false time %q %s %s", te.Text, te.Type, te.Value)
		}
	}
	if testing.Verbose() {
		for _, te := range doc.Times {
			t.Logf("%q %s %s anchor=%s zone=%s", te.Text, te.Type, te.Value, te.Anchor, te.Zone)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

// date parses a YYYY-MM-DD date at midnight in loc.
func date(t testing.TB, s string, loc *time.Location) time.Time {
	t.Helper()
	d, err := time.ParseInLocation(time.DateOnly, s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// filepathFromCorpus returns the path of a corpus folder, skipping the
// test when it is absent.
func filepathFromCorpus(t testing.TB, rel string) string {
	t.Helper()
	return corpus.Path(t, rel)
}
