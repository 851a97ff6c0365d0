package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// span returns the span of the n-th (0-based) occurrence of sub in text;
// it panics when there is none (test data is built by hand).
func span(text, sub string, n int) dyad.Span {
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic(fmt.Sprintf("storetest: %q not in text", sub))
		}
		if n == 0 {
			return dyad.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

func intp(i int) *int       { return &i }
func strp(s string) *string { return &s }

// tokens splits a sentence span into word, number and punctuation tokens.
func tokens(text string, s dyad.Span) []dyad.Token {
	var out []dyad.Token
	i := s.Start
	for i < s.End {
		c := text[i]
		switch {
		case c == ' ' || c == '\n':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < s.End && (text[j] >= '0' && text[j] <= '9' || text[j] == ',') {
				j++
			}
			out = append(out, dyad.Token{Span: dyad.Span{Start: i, End: j}, Kind: dyad.TokenNumber})
			i = j
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80:
			j := i
			for j < s.End && text[j] != ' ' && text[j] != '\n' && text[j] != ',' && text[j] != '.' && text[j] != '"' {
				j++
			}
			out = append(out, dyad.Token{Span: dyad.Span{Start: i, End: j}, Kind: dyad.TokenWord})
			i = j
		default:
			out = append(out, dyad.Token{Span: dyad.Span{Start: i, End: i + 1}, Kind: dyad.TokenPunct})
			i++
		}
	}
	return out
}

// RichDocument returns a hand-built document that uses every field the
// store must keep: sentences with tokens, mentions with actors, heads and
// antecedents, places, times, a direct and an indirect quote, and events
// with source, target, place, attribution and rule. Its article ID is the
// content hash of its text, which includes tag so that callers can make
// distinct documents.
func RichDocument(tag string) *dyad.Document {
	text := "Donald Trump met Volodymyr Zelenskyy in Washington on Monday, " + tag + " " + filler(tag) + ".\n" +
		"\"We want peace,\" Zelenskyy told CNN.\n" +
		"Russia's army did not attack Kyiv on 17 August, a top official said."
	loc, _ := time.LoadLocation("Australia/Sydney")
	a := &dyad.Article{
		URL:       "https://example.org/" + tag,
		Title:     "Trump meets Zelenskyy " + tag,
		Outlet:    "example.org",
		Published: time.Date(2025, 8, 18, 0, 0, 0, 0, loc),
		Timezone:  "Australia/Sydney",
		Dateline:  "WASHINGTON, Aug 18 -",
		Author:    "A. Reporter",
		Text:      text,
		Provenance: dyad.Provenance{Source: "testdata/" + tag + ".txt", Line: 3, Format: "jsonl",
			Ingested: time.Date(2025, 8, 19, 1, 2, 3, 456789000, time.UTC)},
		Warnings: []string{"decoded from windows-1252"},
	}
	a.ID = dyad.ArticleID(text)
	doc := dyad.NewDocument(a)
	para := 0
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			s := dyad.Span{Start: start, End: i}
			doc.Sentences = append(doc.Sentences, dyad.Sentence{Span: s, Paragraph: para, Tokens: tokens(text, s)})
			para++
			start = i + 1
		}
	}
	usa := &dyad.Actor{Code: "USAGOV", Country: "USA", Sector: "GOV", Kind: dyad.ActorPerson, Name: "Donald Trump", Role: "President", ID: "trump"}
	ukr := &dyad.Actor{Code: "UKRGOV", Country: "UKR", Sector: "GOV", Kind: dyad.ActorPerson, Name: "Volodymyr Zelenskyy", Role: "President"}
	rus := &dyad.Actor{Code: "RUSMIL", Country: "RUS", Sector: "MIL", Kind: dyad.ActorOrg, Name: "Russian Armed Forces"}
	anon := &dyad.Actor{Code: "", Name: "a top official", Anonymous: true, Affiliation: "Kyiv"}
	m := func(sub string, n int, kind string, act *dyad.Actor) dyad.Mention {
		s := span(text, sub, n)
		return dyad.Mention{Span: s, Text: sub, Kind: kind, Actor: act, Source: "dict"}
	}
	doc.Mentions = []dyad.Mention{
		m("Donald Trump", 0, dyad.MentionPerson, usa),
		m("Volodymyr Zelenskyy", 0, dyad.MentionPerson, ukr),
		m("Zelenskyy", 1, dyad.MentionPerson, ukr),
		m("Russia's army", 0, dyad.MentionOrg, rus),
		m("a top official", 0, dyad.MentionAnonymous, anon),
		m("CNN", 0, dyad.MentionOrg, nil),
	}
	doc.Mentions[2].Antecedent = intp(1)
	h := span(text, "Russia", 0)
	doc.Mentions[3].Head = &h
	doc.Actors = dyad.Entities(doc.Mentions)
	washington := dyad.Place{Span: span(text, "Washington", 0), Text: "Washington", Name: "Washington", Country: "USA",
		Admin1: "DC", Lat: 38.89511, Lon: -77.03637, GeonamesID: 4140963, FeatureClass: "P", Precision: dyad.PrecisionCity}
	kyiv := dyad.Place{Span: span(text, "Kyiv", 0), Text: "Kyiv", Name: "Kyiv", Country: "UKR", Lat: 50.45466, Lon: 30.5238,
		GeonamesID: 703448, FeatureClass: "P", Precision: dyad.PrecisionCity}
	doc.Places = []dyad.Place{washington, kyiv}
	doc.Times = []dyad.TimeExpr{
		{Span: span(text, "on Monday", 0), Text: "on Monday", Type: dyad.TimeDate, Value: "2025-08-18", Precision: dyad.DateDay, Anchor: "2025-08-18"},
		{Span: span(text, "on 17 August", 0), Text: "on 17 August", Type: dyad.TimeDate, Value: "2025-08-17", Precision: dyad.DateDay, Zone: "AEST", Mod: "APPROX"},
	}
	cue := span(text, "told", 0)
	doc.Quotes = []dyad.Quote{
		{Span: span(text, "We want peace,", 0), Text: "We want peace,", Direct: true,
			Speaker: &dyad.Speaker{Span: span(text, "Zelenskyy", 1), Text: "Zelenskyy", Name: "Volodymyr Zelenskyy", Code: "UKRGOV", Mention: intp(2)},
			Cue:     "told", CueLemma: "tell", CueSpan: &cue, Venue: "CNN", Date: strp("2025-08-18")},
		{Span: span(text, "Russia's army did not attack Kyiv on 17 August", 0), Text: "Russia's army did not attack Kyiv on 17 August",
			Speaker: &dyad.Speaker{Span: span(text, "a top official", 0), Text: "a top official", Name: "a top official", Anonymous: true, Affiliation: "Kyiv", Mention: intp(4)},
			Cue:     "said", CueLemma: "say"},
	}
	ea := func(sub string, n int, act *dyad.Actor, mention int) *dyad.EventActor {
		return &dyad.EventActor{Span: span(text, sub, n), Code: act.Code, Name: act.Name, Country: act.Country, Mention: intp(mention)}
	}
	s0, s2 := doc.Sentences[0].Span, doc.Sentences[2].Span
	doc.Events = []dyad.Event{
		{Sentence: s0, Source: ea("Donald Trump", 0, usa, 0), Target: ea("Volodymyr Zelenskyy", 0, ukr, 1),
			Trigger: dyad.Trigger{Span: span(text, "met", 0), Text: "met"}, CAMEO: "040", Root: "04", PLOVER: "CONSULT",
			Quad: 1, Goldstein: 1, Mode: dyad.ModeAsserted, Date: "2025-08-18", DatePrecision: dyad.DateDay,
			DateSource: dyad.DateFromText, DateText: "on Monday", Place: &washington,
			Attribution: dyad.Attribution{Outlet: "example.org"}, Rule: "verb:meet"},
		{Sentence: s2, Source: ea("Russia's army", 0, rus, 3), Target: &dyad.EventActor{Span: span(text, "Kyiv", 0), Code: "UKR", Country: "UKR"},
			Trigger: dyad.Trigger{Span: span(text, "attack", 0), Text: "attack"}, CAMEO: "190", Root: "19", PLOVER: "ASSAULT",
			Quad: 4, Goldstein: -10, Mode: dyad.ModeNegated, Date: "2025-08-17", DatePrecision: dyad.DateDay,
			DateSource: dyad.DateFromText, DateText: "on 17 August", Place: &kyiv,
			Attribution: dyad.Attribution{Outlet: "example.org", Quote: intp(1), Speaker: "a top official", Anonymous: true},
			Rule:        "verb:attack+neg"},
		{Sentence: s0, Source: ea("Donald Trump", 0, usa, 0),
			Trigger: dyad.Trigger{Span: span(text, "met", 0), Text: "met"}, CAMEO: "043", Root: "04", PLOVER: "CONSULT",
			Quad: 1, Goldstein: 2.8, Mode: dyad.ModePlanned, Date: "2025-08", DatePrecision: dyad.DateMonth,
			DateSource: dyad.DateFromPublication, Rule: "verb:meet"},
	}
	return doc
}

// PlainDocument returns a document with only an article and sentences,
// published on day (YYYY-MM-DD, UTC; "" for unknown) by outlet.
func PlainDocument(text, title, outlet, day string) *dyad.Document {
	a := &dyad.Article{Title: title, Outlet: outlet, Text: text}
	if day != "" {
		t, err := time.Parse(time.DateOnly, day)
		if err != nil {
			panic(err)
		}
		a.Published = t
	}
	a.ID = dyad.ArticleID(text)
	doc := dyad.NewDocument(a)
	doc.Sentences = append(doc.Sentences, dyad.Sentence{Span: dyad.Span{Start: 0, End: len(text)}, Tokens: tokens(text, dyad.Span{Start: 0, End: len(text)})})
	return doc
}

// filler returns words chosen by tag, so that documents with different
// tags are not near-duplicates of each other.
func filler(tag string) string {
	vocab := strings.Fields(`amber basin cedar delta ember fjord granite harbor island juniper kestrel lagoon
		meadow nectar orchard prairie quarry ridge summit tundra upland valley willow yarrow zephyr`)
	h := uint64(14695981039346656037)
	for i := 0; i < len(tag); i++ {
		h = (h ^ uint64(tag[i])) * 1099511628211
	}
	r := rand.New(rand.NewPCG(h, 2))
	w := make([]string, 40)
	for i := range w {
		w[i] = vocab[r.IntN(len(vocab))]
	}
	return strings.Join(w, " ")
}
