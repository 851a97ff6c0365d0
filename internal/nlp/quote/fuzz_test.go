package quote_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// FuzzExtract checks that the extractor never panics and that every span
// it returns lies in the text, on UTF-8 boundaries, matches its text, and
// that quotes come in order.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Smith said. “They lose.”",
		"Ms Hewitt said: \"We have doubled it. \"We are going further.\"",
		"Smith said: “unclosed\nNext paragraph.",
		"“a\n“b”\n“c",
		"\"\"\"''''“”„«»‘’",
		"According to a spokesperson for the Kremlin, the summit will go ahead.",
		"The talks failed, officials said. He said it was “the first time.”",
		"Sources briefed on Moscow’s thinking told Reuters news agency the leaders have discussed proposals.",
		"David Frost, director general, warned that firms (R-Ga.) could be \"crippled\", adding that",
		"said said said, said \" said “ said",
		"\xff\xfe“\xc3",
		"٣ officials said “٣٤ villages” were hit.",
		"Pence: Flowers Won't Be There\n\n\"WALLACE: Let's start. \"PENCE: Well, look.",
		"Trump urged supporters to “watch” and called on Congress to act, calling for a vote.",
		"”Fear.” ― Edwin G. Monroy, according to police, many of whom say it was so.",
	} {
		f.Add(s)
	}
	seg, err := segment.New(segment.Config{})
	if err != nil {
		f.Fatal(err)
	}
	x, err := quote.New(quote.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			text = text[:4096]
		}
		doc := dyad.NewDocument(&dyad.Article{Text: text})
		if err := seg.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		// Hand-placed mentions and times over arbitrary words.
		for _, s := range doc.Sentences {
			for i, tk := range s.Tokens {
				if i%3 == 0 {
					ante := len(doc.Mentions) - 1
					doc.Mentions = append(doc.Mentions, dyad.Mention{Span: tk.Span, Text: text[tk.Start:tk.End], Kind: dyad.MentionPronoun, Antecedent: &ante})
				}
				if i%5 == 1 {
					doc.Times = append(doc.Times, dyad.TimeExpr{Span: tk.Span, Text: text[tk.Start:tk.End], Type: dyad.TimeDate, Value: "2025"})
				}
			}
		}
		if err := x.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		prev := 0
		for i, q := range doc.Quotes {
			for _, sp := range []*dyad.Span{&q.Span, q.CueSpan, speakerSpan(q.Speaker)} {
				if sp == nil {
					continue
				}
				if err := sp.CheckIn(text); err != nil {
					t.Fatalf("quote %d: %v", i, err)
				}
				if sp.Start > 0 && sp.Start < len(text) && !utf8.RuneStart(text[sp.Start]) {
					t.Fatalf("quote %d span %v not on a rune boundary", i, sp)
				}
			}
			if q.Text != text[q.Start:q.End] || q.Text == "" {
				t.Fatalf("quote %d text %q does not match span %v", i, q.Text, q.Span)
			}
			if q.Speaker != nil && q.Speaker.Text != text[q.Speaker.Start:q.Speaker.End] {
				t.Fatalf("quote %d speaker text %q does not match span", i, q.Speaker.Text)
			}
			if q.CueSpan != nil && q.Cue != text[q.CueSpan.Start:q.CueSpan.End] {
				t.Fatalf("quote %d cue %q does not match span", i, q.Cue)
			}
			if q.Start < prev {
				t.Fatalf("quote %d out of order", i)
			}
			prev = q.Start
		}
	})
}

func speakerSpan(s *dyad.Speaker) *dyad.Span {
	if s == nil {
		return nil
	}
	return &s.Span
}
