package eval_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/clean"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/floors"
)

// nth returns the span of the n-th (0-based) occurrence of s in text.
func nth(t *testing.T, text, s string, n int) dyad.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(text[off:], s)
		if k < 0 {
			t.Fatalf("%q occurrence %d not in %q", s, n, text)
		}
		if i == n {
			return dyad.Span{Start: off + k, End: off + k + len(s)}
		}
		off += k + len(s)
	}
}

// TestMapSpan maps raw spans to the clean text for the changes ingest
// cleaning makes. Each case names a raw occurrence and the clean
// occurrence it must land on ("" when cleaning removed it).
func TestMapSpan(t *testing.T) {
	tests := []struct {
		name       string
		raw, clean string
		word       string
		rawN       int
		want       string // the clean text the span must map to; "" = removed
		cleanN     int
	}{
		{"identical", "Talks on Monday.", "Talks on Monday.", "Monday", 0, "Monday", 0},
		{"outer space trimmed", "\n\n  Talks on Monday.\n", "Talks on Monday.", "Monday", 0, "Monday", 0},
		{"headline line removed", "Obama visits China\n\nObama visits China today, officials said.",
			"Obama visits China today, officials said.", "China", 0, "", 0},
		{"body after removed headline", "Obama visits China\n\nObama visits China today, officials said.",
			"Obama visits China today, officials said.", "China", 1, "China", 0},
		{"blank lines and runs of spaces", "A  big\n\n\n\nday   here on Friday",
			"A big\nday here on Friday", "Friday", 0, "Friday", 0},
		{"span across collapsed space", "a big   day", "a big day", "big   day", 0, "big day", 0},
		{"NBSP", "talks on\u00a0Monday\u00a0night", "talks on Monday night", "Monday\u00a0night", 0, "Monday night", 0},
		{"typographic quotes kept", "\u201cWe will win,\u201d he said on Sunday.", "\u201cWe will win,\u201d he said on Sunday.",
			"Sunday", 0, "Sunday", 0},
		{"typographic quotes folded", "\u201cWe will win,\u201d he said on Sunday.", "\"We will win,\" he said on Sunday.",
			"win,\u201d he", 0, "win,\" he", 0},
		{"character reference", "Smith &amp; Jones met on Tuesday", "Smith & Jones met on Tuesday", "Tuesday", 0, "Tuesday", 0},
		{"span over a character reference", "Smith &amp; Jones", "Smith & Jones", "&amp; Jones", 0, "& Jones", 0},
		{"wire dateline removed", "WASHINGTON (AP) \u2014 The president spoke Monday in Washington.",
			"The president spoke Monday in Washington.", "WASHINGTON", 0, "", 0},
		{"text after a wire dateline", "WASHINGTON (AP) \u2014 The president spoke Monday in Washington.",
			"The president spoke Monday in Washington.", "Washington", 0, "Washington", 0},
		{"dateline glued by a dash", "BERLIN\u2014Berlin said on Monday", "Berlin said on Monday", "Berlin", 0, "Berlin", 0},
		{"hard-wrapped lines joined", "the talks went on\ninto the night", "the talks went on into the night", "on\ninto", 0, "on into", 0},
		{"zero-width characters dropped", "on Mon\u200bday", "on Monday", "Mon\u200bday", 0, "Monday", 0},
		{"debris line in the middle", "First para on May 1.\nShare this article\nSecond para on May 2.",
			"First para on May 1.\nSecond para on May 2.", "May 2", 0, "May 2", 0},
		{"debris line removed", "First para on May 1.\nShare this article\nSecond para on May 2.",
			"First para on May 1.\nSecond para on May 2.", "Share", 0, "", 0},
		{"line changed: placed word by word", "foo bar baz on Monday", "foo QUX baz on Monday", "Monday", 0, "Monday", 0},
		{"C1 control read as Windows-1252", "not about him \u0097 it was on Monday", "not about him \u2014 it was on Monday",
			"Monday", 0, "Monday", 0},
		{"a lone dash does not jump ahead", "alpha beta gamma on Monday. Later a well-known x-y pair.",
			"alpha \u2014 beta gamma on Monday. Later a well-known x-y pair.", "Monday", 0, "Monday", 0},
		{"white space only", "a\n\n\nb", "a\nb", "\n\n\n", 0, "", 0},
		{"partly removed span keeps the rest", "Headline\n\nBody text", "Body text", "Headline\n\nBody", 0, "Body", 0},
		{"repeated line: the later copy", "Yes.\nNo.\nYes.", "No.\nYes.", "Yes.", 1, "Yes.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := nth(t, tt.raw, tt.word, tt.rawN)
			got, ok := eval.MapSpan(tt.raw, tt.clean, in.Start, in.End)
			if tt.want == "" {
				if ok {
					t.Fatalf("span %v (%q) maps to %v (%q), want removed", in, tt.word, got, tt.clean[got.Start:got.End])
				}
				return
			}
			if !ok {
				t.Fatalf("span %v (%q) reported removed, want %q", in, tt.word, tt.want)
			}
			if want := nth(t, tt.clean, tt.want, tt.cleanN); got != want {
				t.Fatalf("span %v (%q) maps to %v (%q), want %v (%q)", in, tt.word, got, tt.clean[got.Start:got.End], want, tt.want)
			}
		})
	}
}

// TestMapSpan_Clean aligns real cleaning output: every word of the clean
// text maps back and forth to itself.
func TestMapSpan_Clean(t *testing.T) {
	raw := "Talks Resume in Geneva\n\nGENEVA (Reuters) - Talks resumed on Monday&nbsp;in Geneva,\n" +
		"officials said.\n\nShare this article\n\n\u201cWe are hopeful,\u201d the envoy said on Tuesday.\n\n" +
		"Advertisement\n\nTalks resumed in Geneva after a break.\n"
	a := clean.Clean(raw, clean.Options{})
	for _, w := range []string{"Monday", "Geneva,", "officials", "hopeful", "Tuesday", "break."} {
		for n := 0; n < strings.Count(a.Text, w); n++ {
			// The n-th clean occurrence comes from the raw occurrence
			// with the same number of copies after it.
			back := strings.Count(a.Text, w) - n
			rn := strings.Count(raw, w) - back
			in := nth(t, raw, w, rn)
			got, ok := eval.MapSpan(raw, a.Text, in.Start, in.End)
			if want := nth(t, a.Text, w, n); !ok || got != want {
				t.Errorf("%q #%d: raw %v maps to %v (ok %v), want %v", w, n, in, got, ok, want)
			}
		}
	}
}

// FuzzMapSpan aligns a text with its cleaned form: mapped spans are in
// the clean text's bounds, ordered, on rune boundaries, and monotone.
func FuzzMapSpan(f *testing.F) {
	f.Add("Headline\n\nWASHINGTON (AP) \u2014 Talks on Monday&amp;Tuesday.\n\nShare this\n\nMore\u00a0text.", 3, 9)
	f.Add("a  b\r\nc", 0, 4)
	f.Add("\xff\xfe odd bytes", 1, 5)
	f.Fuzz(func(t *testing.T, raw string, i, j int) {
		if len(raw) > 1<<12 {
			return
		}
		c := clean.Clean(raw, clean.Options{}).Text
		i, j = clampSpan(i, len(raw)), clampSpan(j, len(raw))
		if i > j {
			i, j = j, i
		}
		// Gold offsets lie on rune boundaries.
		for i > 0 && i < len(raw) && !utf8.RuneStart(raw[i]) {
			i--
		}
		for j > 0 && j < len(raw) && !utf8.RuneStart(raw[j]) {
			j--
		}
		spans := []dyad.Span{{Start: 0, End: i}, {Start: i, End: j}, {Start: j, End: len(raw)}}
		got, ok := eval.MapSpans(raw, c, spans)
		last := 0
		for k, sp := range got {
			if !ok[k] {
				continue
			}
			if sp.Start < 0 || sp.End > len(c) || sp.Start > sp.End {
				t.Fatalf("span %v maps to %v, outside [0,%d]", spans[k], sp, len(c))
			}
			if !utf8.RuneStart(byteAt(c, sp.Start)) || !utf8.RuneStart(byteAt(c, sp.End)) {
				t.Fatalf("span %v maps to %v, not on rune boundaries of %q", spans[k], sp, c)
			}
			if sp.Start < last {
				t.Fatalf("span %v maps to %v, before the previous span's end %d", spans[k], sp, last)
			}
			last = sp.End
		}
	})
}

func clampSpan(i, n int) int {
	if i < 0 {
		i = -i
	}
	if n == 0 {
		return 0
	}
	return i % (n + 1)
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// goldSpans lists every start/end (and speaker span) of a gold file, with
// the text each must hold.
func goldSpans(g *eval.Gold) (spans []dyad.Span, texts []string) {
	add := func(c eval.Common) {
		if c.Start != nil && c.End != nil {
			spans = append(spans, dyad.Span{Start: *c.Start, End: *c.End})
			texts = append(texts, g.Text[*c.Start:*c.End])
		}
	}
	for _, it := range g.Times {
		add(it.Common)
	}
	for _, it := range g.Places {
		add(it.Common)
	}
	for _, it := range g.Actors {
		add(it.Common)
	}
	for _, it := range g.Quotes {
		add(it.Common)
		if it.SpeakerStart != nil && it.SpeakerEnd != nil {
			add(eval.Common{Start: it.SpeakerStart, End: it.SpeakerEnd})
		}
	}
	return spans, texts
}

// squash collapses white space and folds typographic forms, as the
// alignment compares texts.
func squash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			// As cleaning does: C1 controls are Windows-1252 punctuation.
			if m := charmap.Windows1252.DecodeByte(byte(r)); m > 0x9f && m != utf8.RuneError {
				r = m
			}
		}
		r = dyad.FoldRune(r)
		if r == '\u200b' || r == '\ufeff' || r == '\u00ad' || r == '\u2060' || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// neighbours returns up to n words before and after sp on its line.
func neighbours(text string, sp dyad.Span, n int) (before, after []string) {
	lo := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	hi := strings.IndexByte(text[sp.End:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += sp.End
	}
	before = strings.Fields(squash(text[lo:sp.Start]))
	after = strings.Fields(squash(text[sp.End:hi]))
	if len(before) > n {
		before = before[len(before)-n:]
	}
	if len(after) > n {
		after = after[:n]
	}
	return before, after
}

// agree reports whether two word lists agree where both have words, read
// from the item outwards (reverse for words before it).
func agree(a, b []string, reverse bool) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if reverse {
			x, y = a[len(a)-1-i], b[len(b)-1-i]
		}
		if x != y {
			return false
		}
	}
	return true
}

// TestAlign_Corpora aligns the imported gold sets with the text ingest
// makes of their articles (cleaning changes most of them). Every gold
// span must land on the same words in the clean text, between the same
// neighbours (where the clean line still has them), or be reported
// removed by cleaning.
func TestAlign_Corpora(t *testing.T) {
	shared := filepath.Dir(corpus.Path(t, "gold"))
	tmp := t.TempDir()
	for _, s := range floors.Sets {
		if s.Format == "" || s.Format == "conll" || s.Name == "polnear-train" {
			continue
		}
		t.Run(s.Name, func(t *testing.T) {
			corpus.Path(t, s.Path)
			golds, err := s.Load(shared)
			if err != nil {
				t.Fatal(err)
			}
			changed, items, removed := 0, 0, 0
			for _, g := range golds {
				a, err := eval.Article(g.Input(), shared, tmp)
				if err != nil {
					t.Fatalf("%s: %v", g.Name(), err)
				}
				if a.Text != g.Text {
					changed++
				}
				spans, texts := goldSpans(g)
				got, ok := eval.MapSpans(g.Text, a.Text, spans)
				for k, sp := range got {
					items++
					if !ok[k] {
						removed++
						continue
					}
					if squash(a.Text[sp.Start:sp.End]) != squash(texts[k]) {
						// Only a span that cleaning cut in part may differ.
						if !strings.Contains(squash(texts[k]), squash(a.Text[sp.Start:sp.End])) {
							t.Errorf("%s: %q at %v maps to %q at %v", g.Name(), texts[k], spans[k], a.Text[sp.Start:sp.End], sp)
						}
						continue
					}
					rb, ra := neighbours(g.Text, spans[k], 2)
					cb, ca := neighbours(a.Text, sp, 2)
					if !agree(rb, cb, true) || !agree(ra, ca, false) {
						t.Errorf("%s: %q at %v maps to %v between %q and %q, want between %q and %q",
							g.Name(), texts[k], spans[k], sp, cb, ca, rb, ra)
					}
				}
			}
			t.Logf("%d of %d articles changed by cleaning; %d gold spans, %d removed by cleaning", changed, len(golds), items, removed)
			if removed*20 > items {
				t.Errorf("%d of %d gold spans reported removed by cleaning: the alignment is losing text", removed, items)
			}
		})
	}
}

// TestScoreText_Aligned scores a gold file whose raw text cleaning
// changed: offsets are carried to the clean text, so a pinned occurrence
// matches only where it is, a pronoun speaker matches by its span, and an
// item in the removed headline is a miss counted as removed by cleaning.
func TestScoreText_Aligned(t *testing.T) {
	raw := "Talks on Monday\n\nKYIV (AP) \u2014 Talks resumed on\u00a0Monday.  " +
		"\u201cWe will win,\u201d he said.\n\n\nShare this article\n\nOn Monday, he left.\n"
	cleanText := "Talks resumed on Monday. \u201cWe will win,\u201d he said.\nOn Monday, he left."
	if got := clean.Clean(raw, clean.Options{Title: "Talks on Monday"}).Text; got != cleanText {
		t.Logf("note: clean.Clean gives %q; the test uses its own clean text", got)
	}
	pos := func(text, s string, n int) (*int, *int) {
		sp := nth(t, text, s, n)
		return ip(sp.Start), ip(sp.End)
	}
	g := &eval.Gold{Text: raw, Exhaustive: []string{eval.TaskTimes, eval.TaskQuotes}}
	s0, e0 := pos(raw, "Monday", 0) // in the headline
	s2, e2 := pos(raw, "Monday", 2) // "On Monday, he left."
	g.Times = []eval.TimeItem{
		{Text: "Monday", Value: "2025-08-18", Common: eval.Common{Start: s0, End: e0}},
		{Text: "Monday", Value: "2025-08-18", Common: eval.Common{Start: s2, End: e2}},
	}
	qs, qe := pos(raw, "We will win", 0)
	hs, he := pos(raw, "he", 0)
	g.Quotes = []eval.QuoteItem{{Starts: "We will win", Speaker: "he", SpeakerStart: hs, SpeakerEnd: he, Common: eval.Common{Start: qs, End: qe}}}

	d := dyad.NewDocument(&dyad.Article{Text: cleanText})
	// The system finds the first Monday of the clean text: not the gold
	// one, which is the second.
	d.Times = []dyad.TimeExpr{{Span: nth(t, cleanText, "Monday", 0), Text: "Monday", Value: "2025-08-18"}}
	d.Quotes = []dyad.Quote{{Span: nth(t, cleanText, "We will win,", 0), Speaker: &dyad.Speaker{Name: "Volodymyr Zelenskyy", Span: nth(t, cleanText, "he", 0)}}}
	r := eval.ScoreText(g, raw, d)
	if c := r.Counts[eval.TaskTimes]; c.TP != 0 || c.FP != 1 || c.FN != 2 {
		t.Errorf("times = %+v, want tp 0 fp 1 fn 2 (the system's Monday is not the gold one)", *c)
	}
	if c := r.Counts[eval.TaskQuotes]; c.TP != 1 || c.FP != 0 || c.FN != 0 {
		t.Errorf("quotes = %+v, want tp 1 (speaker matched by its span)", *c)
	}
	if got := r.RemovedByCleaning[eval.TaskTimes]; got != 1 {
		t.Errorf("removed by cleaning = %v, want times 1", r.RemovedByCleaning)
	}
	// The system time at the gold place matches.
	d.Times[0].Span = nth(t, cleanText, "Monday", 1)
	if c := eval.ScoreText(g, raw, d).Counts[eval.TaskTimes]; c.TP != 1 || c.FP != 0 {
		t.Errorf("times with the system at the gold place = %+v, want tp 1 fp 0", *c)
	}
	rep := eval.NewReport([]*eval.FileResult{r}, false)
	if rep.RemovedByCleaning[eval.TaskTimes] != 1 || rep.PerFile[0].RemovedByCleaning[eval.TaskTimes] != 1 {
		t.Errorf("report removed_by_cleaning = %v / %v, want times 1", rep.RemovedByCleaning, rep.PerFile[0].RemovedByCleaning)
	}
}

// BenchmarkAlign aligns a 100 KB article with its cleaned form.
func BenchmarkAlign(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 100<<10; i++ {
		fmt.Fprintf(&sb, "Headline number %d\n\nWASHINGTON (AP) \u2014 Officials said on\u00a0Monday that talks &amp; meetings, %d of them, went on.\n\nShare this\n\n", i, i)
	}
	raw := sb.String()
	c := clean.Clean(raw, clean.Options{}).Text
	spans := []dyad.Span{{Start: len(raw) / 2, End: len(raw)/2 + 10}}
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		eval.MapSpans(raw, c, spans)
	}
}
