package dyad_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
)

func TestArticleID(t *testing.T) {
	a := dyad.ArticleID("Zelenskyy\u2019s  trip\n\nto Washington")
	b := dyad.ArticleID("zelenskyy's trip to washington")
	c := dyad.ArticleID("Zelenskyy's trip to Kyiv")
	if a != b {
		t.Errorf("ArticleID differs for copies differing in case, quotes and spacing: %s vs %s", a, b)
	}
	if a == c || len(a) != 32 {
		t.Errorf("ArticleID(%q) = %s, want 32 hex digits distinct from other texts", "…", a)
	}
}

func TestSpan_CheckIn(t *testing.T) {
	text := "Kyiv – Київ"
	tests := []struct {
		name string
		span dyad.Span
		ok   bool
	}{
		{"OK", dyad.Span{Start: 0, End: 4}, true},
		{"OKMultibyte", dyad.Span{Start: 9, End: len(text)}, true},
		{"ErrReversed", dyad.Span{Start: 4, End: 2}, false},
		{"ErrOutOfBounds", dyad.Span{Start: 0, End: 100}, false},
		{"ErrMidRune", dyad.Span{Start: 6, End: 9}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.span.CheckIn(text)
			if (err == nil) != tt.ok {
				t.Errorf("CheckIn(%v) = %v, want ok=%v", tt.span, err, tt.ok)
			}
			if err != nil && dyad.ErrorCode(err) != dyad.CodeInvalid {
				t.Errorf("CheckIn(%v) error code %q, want invalid", tt.span, dyad.ErrorCode(err))
			}
		})
	}
}

func TestParsePublished(t *testing.T) {
	syd, _ := time.LoadLocation("Australia/Sydney")
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2025-08-18", time.Date(2025, 8, 18, 0, 0, 0, 0, syd), true},
		{"2025-03-14 20:30:26Z", time.Date(2025, 3, 14, 20, 30, 26, 0, time.UTC), true},
		{"2025-08-18T09:00:00+10:00", time.Date(2025, 8, 17, 23, 0, 0, 0, time.UTC), true},
		{"18 August 2025", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := dyad.ParsePublished(tt.in, syd)
		if (err == nil) != tt.ok || (tt.ok && !got.Equal(tt.want)) {
			t.Errorf("ParsePublished(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestDocument_JSONRoundTrip(t *testing.T) {
	syd, _ := time.LoadLocation("Australia/Sydney")
	text := "On Sunday, Trump met Putin."
	a := &dyad.Article{ID: dyad.ArticleID(text), Text: text, Outlet: "example.org", Timezone: "Australia/Sydney",
		Published: time.Date(2025, 8, 18, 0, 0, 0, 0, syd)}
	doc := dyad.NewDocument(a)
	doc.Sentences = append(doc.Sentences, dyad.Sentence{Span: dyad.Span{Start: 0, End: len(text)}})
	doc.Times = append(doc.Times, dyad.TimeExpr{Span: dyad.Span{Start: 0, End: 9}, Text: "On Sunday", Type: dyad.TimeDate, Value: "2025-08-17"})
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]map[string]any
	_ = json.Unmarshal(b, &raw)
	if raw["article"]["published"] != "2025-08-18" {
		t.Errorf("article.published = %v, want the date alone", raw["article"]["published"])
	}
	var back dyad.Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc, &back, cmp.Comparer(func(x, y time.Time) bool { return x.Equal(y) })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestDocument_SentenceAt(t *testing.T) {
	doc := &dyad.Document{Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 10}}, {Span: dyad.Span{Start: 11, End: 20}}}}
	for off, want := range map[int]int{0: 0, 9: 0, 10: -1, 11: 1, 19: 1, 20: -1} {
		if got := doc.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func ExampleSpan_In() {
	text := "Russia absorbed Crimea in 2014."
	s := dyad.Span{Start: 16, End: 22}
	fmt.Println(s.In(text), s)
	// Output: Crimea [16,22)
}

func TestDocument_Validate(t *testing.T) {
	text := "Trump met Putin."
	doc := dyad.NewDocument(&dyad.Article{ID: "x", Text: text})
	doc.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 16}, Tokens: []dyad.Token{{Span: dyad.Span{Start: 0, End: 5}}}}}
	doc.Mentions = []dyad.Mention{{Span: dyad.Span{Start: 0, End: 5}, Text: "Trump", Kind: dyad.MentionPerson}}
	if err := doc.Validate(); err != nil {
		t.Fatalf("Validate on a good document: %v", err)
	}
	bad := 7
	doc.Mentions = append(doc.Mentions, dyad.Mention{Span: dyad.Span{Start: 10, End: 15}, Text: "Putn", Antecedent: &bad})
	doc.Events = []dyad.Event{{Mode: "maybe", Trigger: dyad.Trigger{Span: dyad.Span{Start: 6, End: 40}, Text: "met"}}}
	doc.Quotes = []dyad.Quote{{Span: dyad.Span{Start: 0, End: 9}, Text: "Trump met", Parts: []dyad.Span{{Start: 6, End: 9}, {Start: 0, End: 5}}}}
	err := doc.Validate()
	if err == nil || dyad.ErrorCode(err) != dyad.CodeInvalid {
		t.Fatalf("Validate on a bad document = %v, want invalid errors", err)
	}
	for _, want := range []string{"does not match", "antecedent 7", "out of bounds", "not a valid mode", "quote 0 part 1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate error lacks %q: %v", want, err)
		}
	}
}
