package segment_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

func sentences(t *testing.T, text string) []string {
	t.Helper()
	s, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, sent := range s.Split(text) {
		out = append(out, text[sent.Start:sent.End])
	}
	return out
}

func TestSegmenter_Split(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"OK", "The war began. It has not ended.", []string{"The war began.", "It has not ended."}},
		{"Abbreviations", "Sen. Smith met Gen. Jones in the U.S. capital on Feb. 3. They talked.", []string{"Sen. Smith met Gen. Jones in the U.S. capital on Feb. 3.", "They talked."}},
		{"USEndsSentence", "The talks took place in the U.S. The next round is in Geneva.", []string{"The talks took place in the U.S.", "The next round is in Geneva."}},
		{"Initials", "Vice President J. D. Vance spoke. He left.", []string{"Vice President J. D. Vance spoke.", "He left."}},
		{"Numbers", "It cost $1,000 or 3.5 percent. Prices rose.", []string{"It cost $1,000 or 3.5 percent.", "Prices rose."}},
		{"QuoteEnd", "He said it was \u201cthe first time.\u201d Then he left.", []string{"He said it was \u201cthe first time.\u201d", "Then he left."}},
		{"EllipsisInside", "\u201cIf peace fails \u2026 we might end up there,\u201d he said.", []string{"\u201cIf peace fails \u2026 we might end up there,\u201d he said."}},
		{"Newlines", "Headline here\nBody starts. Ends", []string{"Headline here", "Body starts.", "Ends"}},
		{"QuestionInQuote", "\u201cWhy now?\u201d she asked. Nobody knew.", []string{"\u201cWhy now?\u201d she asked.", "Nobody knew."}},
		{"Year", "It began in 2022. The war goes on.", []string{"It began in 2022.", "The war goes on."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(t, tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q) =\n%q\nwant\n%q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSegmenter_Seed(t *testing.T) {
	b, err := os.ReadFile(corpus.Path(t, "seed/internewscast-zelenskyy-washington.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	got := sentences(t, text)
	for _, s := range got {
		t.Log(s)
	}
	if len(got) != 21 { // 19 real sentences plus the two debris lines (no cleaning here)
		t.Errorf("got %d sentences, want 21", len(got))
	}
}

func TestTokenize(t *testing.T) {
	text := "Zelenskyy\u2019s U.S. full-scale 1,000 3.5 don't ... \u201cBIG\u201d"
	var got []string
	for _, tok := range segment.Tokenize(text) {
		got = append(got, text[tok.Start:tok.End])
	}
	want := []string{"Zelenskyy", "\u2019s", "U.S.", "full-scale", "1,000", "3.5", "don't", "...", "\u201c", "BIG", "\u201d"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Tokenize(%q) = %q, want %q", text, got, want)
	}
}

func TestTokenize_NumberPossessive(t *testing.T) {
	for text, want := range map[string][]string{
		"Radio 4's host":        {"Radio", "4", "'s", "host"},
		"Channel 5\u2019s news": {"Channel", "5", "\u2019s", "news"},
		"in 4'so":               {"in", "4", "'", "so"},
		"the 4' mark":           {"the", "4", "'", "mark"},
	} {
		var got []string
		for _, tok := range segment.Tokenize(text) {
			got = append(got, text[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestTokenize_HyphenAbbreviation(t *testing.T) {
	for text, want := range map[string][]string{
		"a Kenya-U.S. base":    {"a", "Kenya", "-", "U.S.", "base"},
		"U.N.-organized talks": {"U.N.", "-", "organized", "talks"},
		"a full-scale war":     {"a", "full-scale", "war"},
		"a Kenya-Uganda deal":  {"a", "Kenya-Uganda", "deal"},
		"the U-S border":       {"the", "U-S", "border"},
	} {
		var got []string
		for _, tok := range segment.Tokenize(text) {
			got = append(got, text[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestTokenize_NonASCIIDigits(t *testing.T) {
	text := "On १८ March, 2025 ٢٠٢٥."
	toks := segment.Tokenize(text)
	var got []string
	for _, tok := range toks {
		got = append(got, text[tok.Start:tok.End])
	}
	want := []string{"On", "१८", "March", ",", "2025", "٢٠٢٥", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Tokenize(%q) = %q, want %q", text, got, want)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("The war began. It has not ended.")
	f.Add("U.S. Sen. J. D. \u201cquote.\u201d \u2026 3.5 \n\n x")
	f.Add("a.b.c. ... !? \xff\xfe")
	f.Add("Nepal १८ २०२०. ٢٠٢٥ ok")
	s, _ := segment.New(segment.Config{})
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		prev := 0
		for _, sent := range s.Split(text) {
			if sent.Start < prev || sent.End > len(text) || sent.Start >= sent.End {
				t.Fatalf("bad sentence span %v (prev end %d, len %d)", sent.Span, prev, len(text))
			}
			prev = sent.End
			for _, tok := range sent.Tokens {
				if tok.Start < sent.Start || tok.End > sent.End || tok.Start >= tok.End {
					t.Fatalf("token %v outside sentence %v", tok.Span, sent.Span)
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[tok.Start]) || (tok.End < len(text) && !utf8.RuneStart(text[tok.End]))) {
					t.Fatalf("token %v not on a rune boundary", tok.Span)
				}
			}
		}
	})
}
