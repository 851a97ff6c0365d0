package quote_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
)

// goldQuote is a quote item of a gold file (../shared/gold/README.md).
type goldQuote struct {
	Starts    string `json:"starts"`
	Speaker   string `json:"speaker"`
	Anonymous bool   `json:"anonymous"`
	Cue       string `json:"cue"`
	Venue     string `json:"venue"`
	Direct    *bool  `json:"direct"`
	Optional  bool   `json:"optional"`
}

type goldFile struct {
	File       string      `json:"file"`
	Text       string      `json:"text"`
	Published  string      `json:"published"`
	Exhaustive []string    `json:"exhaustive"`
	Quotes     []goldQuote `json:"quotes"`
}

// folded returns text lower-cased with typographic quotes folded, and
// for each byte of the result the byte offset in text it came from.
func folded(text string) (string, []int) {
	var b strings.Builder
	idx := make([]int, 0, len(text)+1)
	for i, r := range text {
		n := b.Len()
		b.WriteRune(dyad.FoldRune(unicode.ToLower(r)))
		for k := n; k < b.Len(); k++ {
			idx = append(idx, i)
		}
	}
	idx = append(idx, len(text))
	return b.String(), idx
}

// occurrences returns the spans of text where s occurs, folded.
func occurrences(text, s string) []dyad.Span {
	f, idx := folded(text)
	fs, _ := folded(s)
	var out []dyad.Span
	for from := 0; fs != ""; {
		i := strings.Index(f[from:], fs)
		if i < 0 {
			break
		}
		i += from
		out = append(out, dyad.Span{Start: idx[i], End: idx[i+len(fs)]})
		from = i + 1
	}
	return out
}

func foldName(s string) string {
	f, _ := folded(strings.TrimSpace(s))
	return f
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// matchQuote reports whether q matches gold item g in text, by the
// rules of the gold README: the content overlaps an occurrence of
// g.Starts and the speaker matches (a named speaker by name or last
// word, an anonymous one by its words).
func matchQuote(text string, g goldQuote, q dyad.Quote) bool {
	hit := false
	for _, o := range occurrences(text, g.Starts) {
		if o.Overlaps(q.Span) {
			hit = true
		}
	}
	if !hit || q.Speaker == nil {
		return false
	}
	if g.Anonymous {
		if !q.Speaker.Anonymous {
			return false
		}
		for _, o := range occurrences(text, g.Speaker) {
			if o.Overlaps(q.Speaker.Span) {
				return true
			}
		}
		return false
	}
	got, want := foldName(q.Speaker.Name), foldName(g.Speaker)
	return got == want || lastWord(got) == lastWord(want)
}

// TestExtractor_Seed scores the extractor on the seed article against
// ../shared/gold/seed.json (quotes are exhaustive there).
func TestExtractor_Seed(t *testing.T) {
	gp := corpus.Path(t, "gold/seed.json")
	b, err := os.ReadFile(gp)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", gp, err)
	}
	text := g.Text
	if g.File != "" {
		tb, err := os.ReadFile(filepath.Join(filepath.Dir(filepath.Dir(gp)), g.File))
		if err != nil {
			t.Fatal(err)
		}
		text = string(tb)
	}
	doc := extract(t, text, nil, nil)
	if pub, err := time.Parse(time.DateOnly, g.Published); err == nil {
		doc.Article.Published = pub
	}
	tp, fn := 0, 0
	cueOK, venueOK, venueN := 0, 0, 0
	matched := make([]bool, len(doc.Quotes))
	for _, gq := range g.Quotes {
		found := -1
		for i, q := range doc.Quotes {
			if matchQuote(text, gq, q) {
				found = i
				break
			}
		}
		if found < 0 {
			fn++
			t.Errorf("missed gold quote %q (%s)", gq.Starts, gq.Speaker)
			continue
		}
		matched[found] = true
		tp++
		q := doc.Quotes[found]
		if gq.Direct != nil && *gq.Direct != q.Direct {
			t.Errorf("quote %q: direct = %v, want %v", gq.Starts, q.Direct, *gq.Direct)
		}
		if foldName(q.Cue) == foldName(gq.Cue) {
			cueOK++
		} else {
			t.Errorf("quote %q: cue = %q, want %q", gq.Starts, q.Cue, gq.Cue)
		}
		if gq.Venue != "" {
			venueN++
			if foldName(q.Venue) == foldName(gq.Venue) {
				venueOK++
			} else {
				t.Errorf("quote %q: venue = %q, want %q", gq.Starts, q.Venue, gq.Venue)
			}
		}
	}
	fp := 0
	for i, m := range matched {
		if !m {
			fp++
			t.Errorf("false quote %q (speaker %+v)", doc.Quotes[i].Text, doc.Quotes[i].Speaker)
		}
	}
	p := ratio(tp, tp+fp)
	r := ratio(tp, tp+fn)
	t.Logf("seed quotes: tp %d fp %d fn %d; P %.3f R %.3f F1 %.3f; cue %d/%d, venue %d/%d", tp, fp, fn, p, r, f1(p, r), cueOK, tp, venueOK, venueN)
	if f := f1(p, r); f < 0.95 {
		t.Errorf("seed quotes F1 = %.3f, want >= 0.95", f)
	}
}
