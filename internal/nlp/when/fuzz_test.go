package when_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// FuzzExtract checks the recognizer and normalizer on any input: no
// panic, spans in bounds, ordered, non-overlapping, on UTF-8 boundaries
// and equal to their text; the same with no anchor and through TenseAt.
//
//	go test ./internal/nlp/when -run '^$' -fuzz FuzzExtract -fuzztime 60s
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"On Sunday, Trump declared “BIG PROGRESS ON RUSSIA”.",
		"Trump and Zelenskyy are scheduled to meet on Tuesday AEST.",
		"The war has now dragged on for three-and-a-half years.",
		"It was signed Aug. 17, 2025, and 2025-08-17 and 17 August 2025 at 3 p.m. or 15:00 GMT.",
		"every Tuesday, the 1990s, the '90s, last summer, two days ago, 2 1/2 years, 8/17/2025",
		"the first quarter of 2024, the 1988 third quarter, this year's second quarter, a year ago",
		"10 p.m. Saturday, noon Thursday, midnight Friday, 4 o'clock, Christmas Eve, New Year's Day",
		"9999-99-99 0:00 99:99 1/0/2025 '00s 2199s -1 ,,, \xff\xfe",
		"May 5 people; she may; March 31st; the 31st of February",
		"Sept. 1-2, April 24 and 25, 2026, 1500 UTC, the year-earlier quarter, June last year",
	} {
		f.Add(s)
	}
	tg, err := when.New(when.Config{})
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			text = text[:4096]
		}
		// Article text is valid UTF-8 (ingest decodes it); boundaries are
		// only defined on valid text.
		text = strings.ToValidUTF8(text, "\uFFFD")
		for _, p := range []time.Time{pub, {}} {
			ts := tg.Extract(text, p, time.UTC)
			last := 0
			for _, te := range ts {
				if err := te.CheckIn(text); err != nil {
					t.Fatalf("Extract(%q): %v", text, err)
				}
				if te.Start < last || te.Start >= te.End {
					t.Fatalf("Extract(%q): span %v not ordered after %d", text, te.Span, last)
				}
				last = te.End
				if text[te.Start:te.End] != te.Text {
					t.Fatalf("Extract(%q): span %v text %q", text, te.Span, te.Text)
				}
				if !utf8.ValidString(te.Value) {
					t.Fatalf("Extract(%q): value %q", text, te.Value)
				}
			}
		}
		s := dyad.Span{Start: 0, End: len(text)}
		_ = when.TenseAt(text, s, dyad.Span{Start: len(text) / 2, End: len(text) / 2})
		// DateOf over the whole text as one sentence, at each expression
		// and between them: a date it returns comes from doc.Times.
		doc := dyad.NewDocument(&dyad.Article{Text: text, Published: pub})
		doc.Sentences = []dyad.Sentence{{Span: s}}
		doc.Times = tg.Extract(text, pub, time.UTC)
		for _, te := range doc.Times {
			for _, trig := range []dyad.Span{te.Span, {Start: te.End, End: te.End}} {
				if d, ok := when.DateOf(doc, s, trig); ok && (d.Expr == nil || d.Value == "" || !strings.HasPrefix(d.Expr.Value, d.Value)) {
					t.Fatalf("DateOf(%q, %v) = %+v", text, trig, d)
				}
			}
		}
	})
}
