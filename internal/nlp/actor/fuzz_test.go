package actor_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

const maxFuzz = 4096

// FuzzResolver runs the segmenter and the matcher on arbitrary text: no
// panic, mentions in bounds, on UTF-8 boundaries, sorted, not overlapping.
//
//	go test -fuzz=FuzzResolver -fuzztime=20s ./internal/nlp/actor/
func FuzzResolver(f *testing.F) {
	for _, s := range []string{
		"US secretary of state Marco Rubio said.",
		"Sources briefed on Moscow’s thinking told Reuters news agency.",
		"The Europeans are keen. He said. the Ukrainian leader",
		"Finland’s President Alexander Stubb, and Ursula von der Leyen",
		"George W. Bush met Mr. Smith of the Farmers Party of Ruritania",
		"\xff\xfeÉ Ü ’s 's the the the US and Russian leaders",
	} {
		f.Add(s)
	}
	r, err := actor.New(actor.Config{})
	if err != nil {
		f.Fatal(err)
	}
	seg, err := segment.New(segment.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzz || nonASCIIDigit(text) {
			return
		}
		doc := dyad.NewDocument(&dyad.Article{Text: text, Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err := seg.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		if err := r.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		last := 0
		for i, m := range doc.Mentions {
			if m.Start < last || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("mention %d %v out of order or bounds (text %d bytes)", i, m.Span, len(text))
			}
			if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
				t.Fatalf("mention %d %v not on a UTF-8 boundary", i, m.Span)
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("mention %d text %q != span text", i, m.Text)
			}
			if m.Antecedent != nil && (*m.Antecedent < 0 || *m.Antecedent >= i) {
				t.Fatalf("mention %d antecedent %d", i, *m.Antecedent)
			}
			last = m.End
		}
	})
}

// FuzzParseDict feeds arbitrary dyad-format dictionaries to New: an
// error or a resolver, never a panic.
//
//	go test -fuzz=FuzzParseDict -fuzztime=20s ./internal/nlp/actor/
func FuzzParseDict(f *testing.F) {
	for _, s := range []string{
		"country UKR Ukraine | Ukrainia\ndemonym UKR Ukrainian\n",
		"person Jan Novak | Novak ; nosurname\n  CZEGOV 2020-01..2021 Minister\n  CZEELI\n",
		"role GOV president | head of state ; head title\n",
		"org IGOWSTNAT NATO # comment\nregion EUR Europe\nword MOD top\n",
		"  USAGOV 2020.. orphan\n",
		"person X\n  USAGOV 2020-13-45..1999 Bad\n",
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, body string) {
		if len(body) > maxFuzz || nonASCIIDigit(body) {
			return
		}
		p := filepath.Join(dir, "d.txt")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := actor.New(actor.Config{NoBuiltin: true, DictFiles: []string{p}})
		if err != nil {
			return
		}
		doc := dyad.NewDocument(&dyad.Article{Text: body})
		seg, _ := segment.New(segment.Config{})
		_ = seg.Process(t.Context(), doc)
		if err := r.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
	})
}

// nonASCIIDigit reports whether s holds a non-ASCII decimal digit ("٠"):
// segment.Tokenize loops forever on one (its number scanner only
// advances over ASCII digits), a bug reported to the segmenter's owner;
// until it is fixed the fuzz targets leave such input out.
func nonASCIIDigit(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
