package event_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/event"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

const maxFuzzInput = 4096

func FuzzParseDict(f *testing.F) {
	f.Add("042 visit:v <T> | place\n")
	f.Add("@irr meet met\n&S a b_c\n040 meet:v with? <T> | recip\n100 exert:v ... !pressure:n on <T>\n")
	f.Add("1x x\n")
	f.Add("@irr pay paid\n@light pay issue\n130 warning:n to <T>\n")
	f.Add("042 a|b ... <S> 's !c:n <O> to <T>? | noobj implicit")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxFuzzInput {
			return
		}
		d, err := event.ParseDict("fuzz.txt", strings.NewReader(s))
		if err == nil && d == nil {
			t.Fatal("nil dictionary without error")
		}
	})
}

func FuzzParsePetrarch(f *testing.F) {
	f.Add("&SYN\n+A\n+B_C_\n\n--- MEET [031:031] ---\nMEET {MET}\n+ASK_FOR {+ASKED_FOR} [020]\n- % HAVE * [191]\n- * (TO {&SYN BORDER}) $ + ^ [042]\n")
	f.Add("--- X [---] ---\nWIRE_+TAP\n- IN_*_OUT [075A]\n<!-- c -->\n")
	f.Add("--- [ ---\n- * [\n{")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxFuzzInput {
			return
		}
		d, err := event.ParsePetrarch("fuzz.txt", strings.NewReader(s))
		if err == nil && d == nil {
			t.Fatal("nil dictionary without error")
		}
	})
}

// capitalMentions marks every capitalised word that does not start a
// sentence as an actor mention, cycling through a few codes: a stand-in
// for the actors stage with a realistic density.
func capitalMentions(doc *dyad.Document) {
	codes := []string{"USAGOV", "RUS", "UKRGOV", "CHN", "IGOEUREEC", "ISRMIL"}
	text := doc.Article.Text
	n := 0
	for _, s := range doc.Sentences {
		for i := 1; i < len(s.Tokens); i++ {
			tk := s.Tokens[i]
			r, _ := utf8.DecodeRuneInString(text[tk.Start:])
			if tk.Kind != dyad.TokenWord || !unicode.IsUpper(r) {
				continue
			}
			j := i
			for j+1 < len(s.Tokens) && s.Tokens[j+1].Kind == dyad.TokenWord {
				r2, _ := utf8.DecodeRuneInString(text[s.Tokens[j+1].Start:])
				if !unicode.IsUpper(r2) {
					break
				}
				j++
			}
			sp := dyad.Span{Start: tk.Start, End: s.Tokens[j].End}
			c := codes[n%len(codes)]
			n++
			doc.Mentions = append(doc.Mentions, dyad.Mention{Span: sp, Text: sp.In(text), Kind: dyad.MentionPerson,
				Actor: &dyad.Actor{Code: c, Country: c[:3]}})
			i = j
		}
	}
}

func FuzzCoder(f *testing.F) {
	f.Add("Russia attacked Ukraine. Trump and Putin met in Alaska, as will Merz.")
	f.Add("“We will meet Putin,” Trump said, accusing him of lying.")
	f.Add("X, who met Y, was attacked by Z and then invaded W in exchange for V ceding U.")
	f.Add("\xff\xfe A B")
	c, err := event.New(event.Config{})
	if err != nil {
		f.Fatal(err)
	}
	seg, err := segment.New(segment.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzInput || !utf8.ValidString(text) {
			return // article text is valid UTF-8 by the time it reaches the pipeline
		}
		doc := dyad.NewDocument(&dyad.Article{ID: "x", Text: text})
		doc.Sentences = seg.Split(text)
		capitalMentions(doc)
		// Quote every second sentence, to reach the quote rules.
		for i, s := range doc.Sentences {
			if i%2 == 1 {
				doc.Quotes = append(doc.Quotes, dyad.Quote{Span: s.Span, Text: s.In(text)})
			}
		}
		if err := c.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Validate(); err != nil {
			t.Fatal(err)
		}
		prev := -1
		for _, e := range doc.Events {
			for _, sp := range []dyad.Span{e.Trigger.Span, e.Sentence} {
				if err := sp.CheckIn(text); err != nil {
					t.Fatalf("span %v: %v", sp, err)
				}
			}
			if e.Trigger.Text != e.Trigger.In(text) || !e.Sentence.Contains(e.Trigger.Span) || e.Trigger.Len() == 0 {
				t.Fatalf("trigger %v %q in sentence %v", e.Trigger.Span, e.Trigger.Text, e.Sentence)
			}
			if e.Sentence.Start < prev {
				t.Fatalf("events out of sentence order")
			}
			prev = e.Sentence.Start
			// One side may be missing (an unknown agent, no
			// recipient: docs/document.md), never both, and a side
			// present has a code.
			if e.Source == nil && e.Target == nil || !dyad.ValidMode(e.Mode) {
				t.Fatalf("event %s %q without source and target or with mode %q", e.CAMEO, e.Trigger.Text, e.Mode)
			}
			if e.Source != nil && e.Source.Code == "" || e.Target != nil && e.Target.Code == "" {
				t.Fatalf("event %s %q with an empty actor code", e.CAMEO, e.Trigger.Text)
			}
		}
	})
}

// voaDocs returns VOA stories segmented and with stand-in mentions.
func voaDocs(b *testing.B) ([]*dyad.Document, int) {
	b.Helper()
	seg, err := segment.New(segment.Config{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*dyad.Document
	sents := 0
	for _, st := range corpus.VOA(b) {
		doc := dyad.NewDocument(&dyad.Article{ID: "x", Text: st.Text})
		doc.Sentences = seg.Split(st.Text)
		capitalMentions(doc)
		sents += len(doc.Sentences)
		docs = append(docs, doc)
	}
	return docs, sents
}

// BenchmarkCoder measures the events stage alone on the VOA 2025 stories
// (mentions placed on capitalised words).
//
//	go test -run '^$' -bench BenchmarkCoder -count 6 ./internal/nlp/event | benchstat -
func BenchmarkCoder(b *testing.B) {
	docs, sents := voaDocs(b)
	c, err := event.New(event.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if err := c.Process(b.Context(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkNew measures loading the built-in dictionary (part of cold start).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := event.New(event.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
