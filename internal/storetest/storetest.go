// Package storetest is the conformance suite every dyad.Store must pass.
// A backend's test calls Run with a function that returns a new, empty
// store for each subtest:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) dyad.Store { return openTemp(t) })
//	}
package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dyad-events/dyad"
)

// Run runs the conformance suite. newStore returns an empty store; Run
// closes it.
func Run(t *testing.T, newStore func(t *testing.T) dyad.Store) {
	open := func(t *testing.T) dyad.Store {
		t.Helper()
		s := newStore(t)
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return s
	}
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("Duplicate", func(t *testing.T) { testDuplicate(t, open(t)) })
	t.Run("NotFound", func(t *testing.T) { testNotFound(t, open(t)) })
	t.Run("Invalid", func(t *testing.T) { testInvalid(t, open(t)) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, open(t)) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open(t)) })
	t.Run("Events", func(t *testing.T) { testEvents(t, open(t)) })
	t.Run("EventDateSpans", func(t *testing.T) { testEventDateSpans(t, open(t)) })
	t.Run("Quotes", func(t *testing.T) { testQuotes(t, open(t)) })
	t.Run("Actors", func(t *testing.T) { testActors(t, open(t)) })
	t.Run("Counts", func(t *testing.T) { testCounts(t, open(t)) })
	t.Run("Stats", func(t *testing.T) { testStats(t, open(t)) })
	t.Run("Pagination", func(t *testing.T) { testPagination(t, open(t)) })
	t.Run("NearDuplicate", func(t *testing.T) { testNearDuplicate(t, open(t)) })
	t.Run("ConcurrentSame", func(t *testing.T) { testConcurrentSame(t, open(t)) })
	t.Run("ConcurrentDifferent", func(t *testing.T) { testConcurrentDifferent(t, open(t)) })
	t.Run("Atomic", func(t *testing.T) { testAtomic(t, open(t)) })
	t.Run("ResolveID", func(t *testing.T) { testResolveID(t, open(t)) })
	t.Run("Originals", func(t *testing.T) { testOriginals(t, open(t)) })
	t.Run("PutValidates", func(t *testing.T) { testPutValidates(t, open(t)) })
	t.Run("OneSided", func(t *testing.T) { testOneSided(t, open(t)) })
}

// IDResolver is implemented by stores that accept article ID prefixes.
type IDResolver interface {
	ResolveID(ctx context.Context, prefix string) (string, error)
}

func testResolveID(t *testing.T, s dyad.Store) {
	r, ok := s.(IDResolver)
	if !ok {
		t.Skip("store does not resolve ID prefixes")
	}
	var docs []*dyad.Document
	for i := range 40 {
		d := PlainDocument(fmt.Sprintf("Article %d for prefixes.", i), "", "", "")
		put(t, s, d)
		docs = append(docs, d)
	}
	// Two IDs with a common first character, to make an ambiguous prefix.
	byFirst := map[byte][]string{}
	for _, d := range docs {
		byFirst[d.Article.ID[0]] = append(byFirst[d.Article.ID[0]], d.Article.ID)
	}
	var amb string
	for c, ids := range byFirst {
		if len(ids) > 1 {
			amb = string(c)
			break
		}
	}
	id := docs[3].Article.ID
	cases := []struct {
		name, in, want, code string
	}{
		{"Full", id, id, ""},
		{"Prefix", id[:12], id, ""},
		{"UpperCase", strings.ToUpper(id[:12]), id, ""},
		{"ErrNotFound", "zzzz", "", dyad.CodeNotFound},
		{"ErrAmbiguous", amb, "", dyad.CodeInvalid},
		{"ErrEmpty", " ", "", dyad.CodeInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := r.ResolveID(t.Context(), c.in)
			if dyad.ErrorCode(err) != c.code || got != c.want {
				t.Errorf("ResolveID(%q) = %q, %v; want %q, code %q", c.in, got, err, c.want, c.code)
			}
		})
	}
}

func put(t *testing.T, s dyad.Store, doc *dyad.Document) dyad.PutResult {
	t.Helper()
	r, err := s.Put(t.Context(), doc)
	if err != nil {
		t.Fatalf("Put(%s): %v", doc.Article.ID, err)
	}
	return r
}

// want returns what Document should give back for doc: events and quotes
// with their store IDs.
func want(doc *dyad.Document) *dyad.Document {
	w := *doc
	a := *doc.Article
	w.Article = &a
	w.Events = slices.Clone(doc.Events)
	w.Quotes = slices.Clone(doc.Quotes)
	for i := range w.Events {
		w.Events[i].ID, w.Events[i].ArticleID = fmt.Sprintf("%s/e%d", a.ID, i), a.ID
	}
	for i := range w.Quotes {
		w.Quotes[i].ID, w.Quotes[i].ArticleID = fmt.Sprintf("%s/q%d", a.ID, i), a.ID
	}
	return &w
}

func testRoundTrip(t *testing.T, s dyad.Store) {
	doc := RichDocument("roundtrip")
	r := put(t, s, doc)
	if r.ID != doc.Article.ID || r.Duplicate {
		t.Fatalf("Put = %+v, want ID %s, not duplicate", r, doc.Article.ID)
	}
	got, err := s.Document(t.Context(), doc.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want(doc), got); diff != "" {
		t.Errorf("Document mismatch (-want +got):\n%s", diff)
	}
	// The distinct actors come back with the document: "Volodymyr
	// Zelenskyy" and "Zelenskyy" are one actor.
	var zel *dyad.Entity
	for i := range got.Actors {
		if got.Actors[i].Name == "Volodymyr Zelenskyy" {
			zel = &got.Actors[i]
		}
	}
	if zel == nil || !slices.Equal(zel.Mentions, []int{1, 2}) {
		t.Errorf("Actors = %+v, want Volodymyr Zelenskyy with mentions [1 2]", got.Actors)
	}
	if loc := got.Article.Published.Location().String(); loc != "Australia/Sydney" {
		t.Errorf("Published location = %s, want Australia/Sydney", loc)
	}
	a, err := s.Article(t.Context(), doc.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc.Article, a); diff != "" {
		t.Errorf("Article mismatch (-want +got):\n%s", diff)
	}
	for _, sent := range got.Sentences {
		for _, tok := range sent.Tokens {
			if !sent.Contains(tok.Span) {
				t.Errorf("token %s outside sentence %s", tok.Span, sent.Span)
			}
		}
	}

	// An article stored without an ingestion time gets one.
	plain := PlainDocument("A plain article with no ingestion time.", "", "", "")
	before := time.Now().Add(-time.Minute)
	put(t, s, plain)
	pa, err := s.Article(t.Context(), plain.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if pa.Provenance.Ingested.Before(before) {
		t.Errorf("Ingested = %v, want the time of Put", pa.Provenance.Ingested)
	}
	if !pa.Published.IsZero() {
		t.Errorf("Published = %v, want zero", pa.Published)
	}
	pd, err := s.Document(t.Context(), plain.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if pd.Events == nil || pd.Mentions == nil || pd.Actors == nil || pd.Quotes == nil || pd.Places == nil || pd.Times == nil {
		t.Errorf("Document lists are nil, want empty: %+v", pd)
	}
}

func testDuplicate(t *testing.T, s dyad.Store) {
	doc := RichDocument("dup")
	put(t, s, doc)
	st1, _ := s.Stats(t.Context())
	// Same text with different metadata and spacing is the same article.
	again := RichDocument("dup")
	again.Article.Title = "another title"
	again.Events = nil
	r := put(t, s, again)
	if !r.Duplicate || r.ID != doc.Article.ID {
		t.Errorf("second Put = %+v, want duplicate of %s", r, doc.Article.ID)
	}
	st2, _ := s.Stats(t.Context())
	if st1 != st2 {
		t.Errorf("Stats changed by a duplicate Put: %+v -> %+v", st1, st2)
	}
	a, err := s.Article(t.Context(), doc.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != doc.Article.Title {
		t.Errorf("Title = %q after duplicate Put, want the first %q", a.Title, doc.Article.Title)
	}
	for _, id := range []string{doc.Article.ID, "0000"} {
		ok, err := s.Has(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if ok != (id == doc.Article.ID) {
			t.Errorf("Has(%s) = %v", id, ok)
		}
	}
}

func testNotFound(t *testing.T, s dyad.Store) {
	put(t, s, RichDocument("nf"))
	ctx := t.Context()
	if _, err := s.Article(ctx, "missing"); dyad.ErrorCode(err) != dyad.CodeNotFound {
		t.Errorf("Article(missing) error = %v, want code %s", err, dyad.CodeNotFound)
	}
	if _, err := s.Document(ctx, "missing"); dyad.ErrorCode(err) != dyad.CodeNotFound {
		t.Errorf("Document(missing) error = %v, want code %s", err, dyad.CodeNotFound)
	}
	ev, err := s.Events(ctx, dyad.EventFilter{ArticleID: "missing"})
	if err != nil || ev == nil || len(ev) != 0 {
		t.Errorf("Events(missing article) = %v, %v; want empty non-nil list", ev, err)
	}
}

func testInvalid(t *testing.T, s dyad.Store) {
	ctx := t.Context()
	cases := []struct {
		name string
		run  func() error
	}{
		{"PutNil", func() error { _, err := s.Put(ctx, nil); return err }},
		{"PutNoArticle", func() error { _, err := s.Put(ctx, &dyad.Document{}); return err }},
		{"PutNoText", func() error {
			_, err := s.Put(ctx, dyad.NewDocument(&dyad.Article{ID: "x", Text: "  "}))
			return err
		}},
		{"PutNoID", func() error { _, err := s.Put(ctx, dyad.NewDocument(&dyad.Article{Text: "text"})); return err }},
		{"NegativeLimit", func() error { _, err := s.Articles(ctx, dyad.ArticleFilter{Page: dyad.Page{Limit: -1}}); return err }},
		{"LimitTooLarge", func() error { _, err := s.Events(ctx, dyad.EventFilter{Page: dyad.Page{Limit: 10001}}); return err }},
		{"NegativeOffset", func() error { _, err := s.Quotes(ctx, dyad.QuoteFilter{Page: dyad.Page{Offset: -1}}); return err }},
		{"BadMode", func() error { _, err := s.Events(ctx, dyad.EventFilter{Mode: "maybe"}); return err }},
		{"BadQuad", func() error { _, err := s.Events(ctx, dyad.EventFilter{Quad: 5}); return err }},
		{"BadCode", func() error { _, err := s.Events(ctx, dyad.EventFilter{Code: "4a"}); return err }},
		{"BadFrom", func() error { _, err := s.Events(ctx, dyad.EventFilter{From: "August"}); return err }},
		{"BadTo", func() error { _, err := s.Events(ctx, dyad.EventFilter{To: "2025-8-1"}); return err }},
		{"ImpossibleFrom", func() error { _, err := s.Events(ctx, dyad.EventFilter{From: "2025-02-30"}); return err }},
		{"BadPLOVER", func() error { _, err := s.Events(ctx, dyad.EventFilter{PLOVER: "FOO"}); return err }},
		{"CountryName", func() error { _, err := s.Events(ctx, dyad.EventFilter{Country: "ukraine"}); return err }},
		{"BadCountBy", func() error { _, err := s.Counts(ctx, dyad.CountQuery{By: "week"}); return err }},
		{"EmptySearch", func() error { _, err := s.Search(ctx, dyad.SearchQuery{Query: "  "}); return err }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := c.run(); dyad.ErrorCode(err) != dyad.CodeInvalid {
				t.Errorf("error = %v, want code %s", err, dyad.CodeInvalid)
			}
		})
	}
}

// ids returns the IDs of articles, in order.
func ids(as []*dyad.Article) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func testArticles(t *testing.T, s dyad.Store) {
	d1 := PlainDocument("First article about trade talks in Geneva.", "Trade talks", "reuters.com", "2025-01-10")
	d2 := PlainDocument("Second article about a summit in Alaska.", "Summit", "apnews.com", "2025-03-05")
	d3 := PlainDocument("Third article with no date at all.", "Undated", "reuters.com", "")
	d4 := PlainDocument("Fourth article, a copy of the first.", "Copy", "Reuters.com", "2025-02-01")
	d4.Article.DuplicateOf = d1.Article.ID
	for _, d := range []*dyad.Document{d1, d2, d3, d4} {
		put(t, s, d)
	}
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	cases := []struct {
		name string
		f    dyad.ArticleFilter
		want []*dyad.Document
	}{
		{"All", dyad.ArticleFilter{}, []*dyad.Document{d2, d4, d1, d3}},
		{"Outlet", dyad.ArticleFilter{Outlet: "REUTERS.COM"}, []*dyad.Document{d4, d1, d3}},
		{"From", dyad.ArticleFilter{From: day("2025-02-01")}, []*dyad.Document{d2, d4}},
		{"To", dyad.ArticleFilter{To: day("2025-02-01")}, []*dyad.Document{d4, d1}},
		{"FromTo", dyad.ArticleFilter{From: day("2025-01-10"), To: day("2025-01-10")}, []*dyad.Document{d1}},
		{"Originals", dyad.ArticleFilter{Originals: true}, []*dyad.Document{d2, d1, d3}},
		{"Page", dyad.ArticleFilter{Page: dyad.Page{Limit: 2, Offset: 1}}, []*dyad.Document{d4, d1}},
		{"PastEnd", dyad.ArticleFilter{Page: dyad.Page{Offset: 10}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Articles(t.Context(), c.f)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{}
			for _, d := range c.want {
				want = append(want, d.Article.ID)
			}
			if diff := cmp.Diff(want, ids(got)); diff != "" {
				t.Errorf("Articles(%+v) mismatch (-want +got):\n%s", c.f, diff)
			}
		})
	}
}

func testSearch(t *testing.T, s dyad.Store) {
	d1 := PlainDocument("Ministers discussed sanctions. The sanctions on oil were extended; sanctions stay.", "Sanctions extended", "a.org", "2025-01-01")
	d2 := PlainDocument("The summit ended without a deal, though sanctions were mentioned once.", "Summit ends", "b.org", "2025-01-02")
	d3 := PlainDocument("Floods hit the coast after days of rain; café owners in São Paulo counted losses.", "Floods", "c.org", "2025-01-03")
	for _, d := range []*dyad.Document{d1, d2, d3} {
		put(t, s, d)
	}
	cases := []struct {
		name  string
		query string
		want  []*dyad.Document
	}{
		{"RankedByRelevance", "sanctions", []*dyad.Document{d1, d2}},
		{"AllWordsRequired", "sanctions summit", []*dyad.Document{d2}},
		{"Stemmed", "flood", []*dyad.Document{d3}},
		{"Diacritics", "cafe sao paulo", []*dyad.Document{d3}},
		{"TitleOnly", "extended sanctions", []*dyad.Document{d1}},
		{"NoMatch", "earthquake", nil},
		{"SyntaxCharacters", `sanctions" (oil* - ^`, []*dyad.Document{d1}},
		{"OperatorsAreWords", `sanctions OR earthquake`, nil},
		{"OnlyPunctuation", `"*"(-)`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hits, err := s.Search(t.Context(), dyad.SearchQuery{Query: c.query})
			if err != nil {
				t.Fatalf("Search(%q): %v", c.query, err)
			}
			got := []string{}
			for i, h := range hits {
				got = append(got, h.Article.ID)
				if h.Article.Text == "" {
					t.Errorf("hit %d has no article text", i)
				}
				if !strings.Contains(h.Snippet, "«") || !strings.Contains(h.Snippet, "»") {
					t.Errorf("Search(%q) hit %d snippet %q has no « » markers", c.query, i, h.Snippet)
				}
				if i > 0 && h.Rank < hits[i-1].Rank {
					t.Errorf("Search(%q) ranks out of order: %v then %v", c.query, hits[i-1].Rank, h.Rank)
				}
			}
			want := []string{}
			for _, d := range c.want {
				want = append(want, d.Article.ID)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Search(%q) mismatch (-want +got):\n%s", c.query, diff)
			}
		})
	}
	hits, err := s.Search(t.Context(), dyad.SearchQuery{Query: "sanctions", Page: dyad.Page{Limit: 1, Offset: 1}})
	if err != nil || len(hits) != 1 || hits[0].Article.ID != d2.Article.ID {
		t.Errorf("Search page 2 = %v, %v; want [%s]", hits, err, d2.Article.ID)
	}
}

// eventIDs returns the IDs of events, in order.
func eventIDs(es []dyad.Event) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func testEvents(t *testing.T, s dyad.Store) {
	a := RichDocument("events-a")
	b := RichDocument("events-b")
	b.Events[0].Date = "2025-08-20"
	b.Events[0].Source.Code, b.Events[0].Source.Name, b.Events[0].Source.Country = "FRAGOV", "Emmanuel Macron", "FRA"
	put(t, s, a)
	put(t, s, b)
	A, B := a.Article.ID, b.Article.ID
	e := func(id string, n int) string { return fmt.Sprintf("%s/e%d", id, n) }
	// All events by date, then article, then position.
	first, second := A, B
	if B < A {
		first, second = B, A
	}
	all := []string{e(first, 2), e(second, 2), e(first, 1), e(second, 1), e(A, 0), e(B, 0)}
	cases := []eventCase{
		{"All", dyad.EventFilter{}, all},
		{"Article", dyad.EventFilter{ArticleID: B}, []string{e(B, 2), e(B, 1), e(B, 0)}},
		{"ActorCodePrefix", dyad.EventFilter{Actor: "fra"}, []string{e(B, 0)}},
		{"ActorName", dyad.EventFilter{Actor: "zelenskyy"}, []string{e(A, 0), e(B, 0)}},
		{"Source", dyad.EventFilter{Source: "USA"}, []string{e(first, 2), e(second, 2), e(A, 0)}},
		{"Target", dyad.EventFilter{Target: "UKR"}, []string{e(first, 1), e(second, 1), e(A, 0), e(B, 0)}},
		{"TargetFull", dyad.EventFilter{Target: "UKRGOV"}, []string{e(A, 0), e(B, 0)}},
		{"Country", dyad.EventFilter{Country: "rus"}, []string{e(first, 1), e(second, 1)}},
		{"CodeRoot", dyad.EventFilter{Code: "04"}, []string{e(first, 2), e(second, 2), e(A, 0), e(B, 0)}},
		{"CodeFull", dyad.EventFilter{Code: "043"}, []string{e(first, 2), e(second, 2)}},
		{"PLOVER", dyad.EventFilter{PLOVER: "assault"}, []string{e(first, 1), e(second, 1)}},
		{"Mode", dyad.EventFilter{Mode: dyad.ModeNegated}, []string{e(first, 1), e(second, 1)}},
		{"Quad", dyad.EventFilter{Quad: 1}, []string{e(first, 2), e(second, 2), e(A, 0), e(B, 0)}},
		// The month-dated events (e2, 2025-08) overlap the 18th.
		{"FromDay", dyad.EventFilter{From: "2025-08-18"}, []string{e(first, 2), e(second, 2), e(A, 0), e(B, 0)}},
		{"ToDay", dyad.EventFilter{To: "2025-08-17"}, []string{e(first, 2), e(second, 2), e(first, 1), e(second, 1)}},
		{"FromMonth", dyad.EventFilter{From: "2025-08", To: "2025-08"}, all},
		{"FromYearExcludes", dyad.EventFilter{From: "2026"}, []string{}},
		{"Place", dyad.EventFilter{Place: "washing"}, []string{e(A, 0), e(B, 0)}},
		{"PlaceCountry", dyad.EventFilter{Place: "UKR"}, []string{e(first, 1), e(second, 1)}},
		{"Combined", dyad.EventFilter{Source: "USA", Mode: dyad.ModeAsserted, Quad: 1}, []string{e(A, 0)}},
		{"Page", dyad.EventFilter{Page: dyad.Page{Limit: 2, Offset: 3}}, all[3:5]},
	}
	checkEvents(t, s, cases)
	got, err := s.Events(t.Context(), dyad.EventFilter{ArticleID: A})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want(a).Events, got, cmpopts.SortSlices(func(x, y dyad.Event) bool { return x.ID < y.ID })); diff != "" {
		t.Errorf("Events of %s mismatch (-want +got):\n%s", A, diff)
	}
}

// testEventDateSpans checks that date filters and ordering use the
// interval an event's date denotes: an event matches when its interval
// overlaps the filter's.
func testEventDateSpans(t *testing.T, s dyad.Store) {
	doc := RichDocument("date-spans")
	doc.Events[0].Date, doc.Events[0].DatePrecision = "2025-W33", "week"  // 11–17 Aug
	doc.Events[1].Date, doc.Events[1].DatePrecision = "2025-SU", "season" // June–August
	doc.Events[2].Date, doc.Events[2].DatePrecision = "2025-09", "month"
	put(t, s, doc)
	id := doc.Article.ID
	e := func(n int) string { return fmt.Sprintf("%s/e%d", id, n) }
	cases := []eventCase{
		{"Order", dyad.EventFilter{}, []string{e(1), e(0), e(2)}},
		{"ToMonthKeepsWeek", dyad.EventFilter{To: "2025-08"}, []string{e(1), e(0)}},
		{"FromLaterMonthDropsWeek", dyad.EventFilter{From: "2025-09"}, []string{e(2)}},
		{"DayInsideWeek", dyad.EventFilter{From: "2025-08-14", To: "2025-08-14"}, []string{e(1), e(0)}},
		{"DayAfterWeek", dyad.EventFilter{From: "2025-08-18", To: "2025-08-31"}, []string{e(1)}},
		{"WeekFilter", dyad.EventFilter{From: "2025-W36", To: "2025-W36"}, []string{e(2)}},
		{"SeasonFilter", dyad.EventFilter{From: "2025-SU", To: "2025-SU"}, []string{e(1), e(0)}},
		{"SpringMissesSummer", dyad.EventFilter{From: "2025-SP", To: "2025-SP"}, []string{}},
	}
	checkEvents(t, s, cases)
	for _, f := range []dyad.EventFilter{{From: "2025-02-30"}, {To: "2025-13"}, {From: "2025-W54"}, {To: "last week"}} {
		if _, err := s.Events(t.Context(), f); dyad.ErrorCode(err) != dyad.CodeInvalid {
			t.Errorf("Events(From %q, To %q) error = %v, want code %s", f.From, f.To, err, dyad.CodeInvalid)
		}
	}
}

func testQuotes(t *testing.T, s dyad.Store) {
	a := RichDocument("quotes-a")
	b := RichDocument("quotes-b")
	b.Article.Published = b.Article.Published.AddDate(0, 0, 1)
	b.Quotes[0].Venue = "BBC Radio"
	put(t, s, a)
	put(t, s, b)
	A, B := a.Article.ID, b.Article.ID
	q := func(id string, n int) string { return fmt.Sprintf("%s/q%d", id, n) }
	yes, no := true, false
	cases := []struct {
		name string
		f    dyad.QuoteFilter
		want []string
	}{
		{"All", dyad.QuoteFilter{}, []string{q(A, 0), q(A, 1), q(B, 0), q(B, 1)}},
		{"Article", dyad.QuoteFilter{ArticleID: B}, []string{q(B, 0), q(B, 1)}},
		{"Speaker", dyad.QuoteFilter{Speaker: "ZELENSK"}, []string{q(A, 0), q(B, 0)}},
		{"Venue", dyad.QuoteFilter{Venue: "bbc"}, []string{q(B, 0)}},
		{"SpeakerVenue", dyad.QuoteFilter{Speaker: "zelenskyy", Venue: "cnn"}, []string{q(A, 0)}},
		{"Anonymous", dyad.QuoteFilter{Anonymous: &yes}, []string{q(A, 1), q(B, 1)}},
		{"Named", dyad.QuoteFilter{Anonymous: &no}, []string{q(A, 0), q(B, 0)}},
		{"LikeIsLiteral", dyad.QuoteFilter{Speaker: "%"}, []string{}},
		{"Page", dyad.QuoteFilter{Page: dyad.Page{Limit: 1, Offset: 2}}, []string{q(B, 0)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Quotes(t.Context(), c.f)
			if err != nil {
				t.Fatal(err)
			}
			ids := []string{}
			for _, x := range got {
				ids = append(ids, x.ID)
				if x.ArticleID == "" || x.Text == "" {
					t.Errorf("quote %s lacks article ID or text: %+v", x.ID, x)
				}
			}
			if diff := cmp.Diff(c.want, ids); diff != "" {
				t.Errorf("Quotes(%+v) mismatch (-want +got):\n%s", c.f, diff)
			}
		})
	}
}

func testActors(t *testing.T, s dyad.Store) {
	put(t, s, RichDocument("actors-a"))
	put(t, s, RichDocument("actors-b"))
	d := RichDocument("actors-a") // duplicate: must not count again
	put(t, s, d)
	got, err := s.Actors(t.Context(), dyad.ActorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Code, Name         string
		Mentions, Articles int
	}
	var rows []row
	for _, a := range got {
		rows = append(rows, row{a.Actor.Code, a.Actor.Name, a.Mentions, a.Articles})
	}
	want := []row{
		{"UKRGOV", "Volodymyr Zelenskyy", 4, 2},
		{"", "a top official", 2, 2},
		{"RUSMIL", "Russian Armed Forces", 2, 2},
		{"USAGOV", "Donald Trump", 2, 2},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("Actors mismatch (-want +got):\n%s", diff)
	}
	if len(got) > 0 && got[0].Actor.Role != "President" {
		t.Errorf("Actors[0].Actor = %+v, want the stored actor with its role", got[0].Actor)
	}
	for _, c := range []struct {
		f    dyad.ActorFilter
		want []string
	}{
		{dyad.ActorFilter{Code: "usa"}, []string{"Donald Trump"}},
		{dyad.ActorFilter{Code: "U"}, []string{"Volodymyr Zelenskyy", "Donald Trump"}},
		{dyad.ActorFilter{Name: "ARMED"}, []string{"Russian Armed Forces"}},
		{dyad.ActorFilter{Page: dyad.Page{Limit: 1, Offset: 1}}, []string{"a top official"}},
	} {
		got, err := s.Actors(t.Context(), c.f)
		if err != nil {
			t.Fatal(err)
		}
		names := []string{}
		for _, a := range got {
			names = append(names, a.Actor.Name)
		}
		if diff := cmp.Diff(c.want, names); diff != "" {
			t.Errorf("Actors(%+v) mismatch (-want +got):\n%s", c.f, diff)
		}
	}
}

func testCounts(t *testing.T, s dyad.Store) {
	a := RichDocument("counts-a")
	b := RichDocument("counts-b")
	b.Events[1].Date = "2025-08-18"
	put(t, s, a)
	put(t, s, b)
	cases := []struct {
		by   string
		f    dyad.EventFilter
		want []dyad.Count
	}{
		{dyad.ByDay, dyad.EventFilter{}, []dyad.Count{{Key: "2025-08-17", Quad: 4, Count: 1}, {Key: "2025-08-18", Quad: 1, Count: 2}, {Key: "2025-08-18", Quad: 4, Count: 1}}},
		{dyad.ByRoot, dyad.EventFilter{}, []dyad.Count{{Key: "04", Quad: 0, Count: 4}, {Key: "19", Quad: 0, Count: 2}}},
		{dyad.ByPLOVER, dyad.EventFilter{}, []dyad.Count{{Key: "CONSULT", Quad: 0, Count: 4}, {Key: "ASSAULT", Quad: 0, Count: 2}}},
		{dyad.ByQuad, dyad.EventFilter{}, []dyad.Count{{Key: "1", Quad: 0, Count: 4}, {Key: "4", Quad: 0, Count: 2}}},
		{dyad.ByMode, dyad.EventFilter{}, []dyad.Count{{Key: "asserted", Quad: 0, Count: 2}, {Key: "negated", Quad: 0, Count: 2}, {Key: "planned", Quad: 0, Count: 2}}},
		{dyad.ByDyad, dyad.EventFilter{}, []dyad.Count{{Key: "RUS-UKR", Quad: 0, Count: 2}, {Key: "USA-UKR", Quad: 0, Count: 2}}},
		{dyad.ByRoot, dyad.EventFilter{Mode: dyad.ModeAsserted}, []dyad.Count{{Key: "04", Quad: 0, Count: 2}}},
		{dyad.ByDay, dyad.EventFilter{ArticleID: a.Article.ID}, []dyad.Count{{Key: "2025-08-17", Quad: 4, Count: 1}, {Key: "2025-08-18", Quad: 1, Count: 1}}},
	}
	for _, c := range cases {
		t.Run(c.by, func(t *testing.T) {
			got, err := s.Counts(t.Context(), dyad.CountQuery{By: c.by, Filter: c.f})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("Counts(%s, %+v) mismatch (-want +got):\n%s", c.by, c.f, diff)
			}
		})
	}
}

func testStats(t *testing.T, s dyad.Store) {
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st != (dyad.Stats{}) {
		t.Errorf("Stats of an empty store = %+v", st)
	}
	d := RichDocument("stats")
	put(t, s, d)
	c := PlainDocument("A copy that says it is one.", "", "", "")
	c.Article.DuplicateOf = d.Article.ID
	put(t, s, c)
	st, err = s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := dyad.Stats{Articles: 2, Duplicates: 1, Sentences: 4, Mentions: 6, Places: 2, Times: 2, Quotes: 2, Events: 3}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("Stats mismatch (-want +got):\n%s", diff)
	}
}

func testPagination(t *testing.T, s dyad.Store) {
	const n = 130
	for i := range n {
		put(t, s, PlainDocument(fmt.Sprintf("Article number %d about pagination.", i), "", "", fmt.Sprintf("2024-01-%02d", i%28+1)))
	}
	got, err := s.Articles(t.Context(), dyad.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 100 {
		t.Errorf("Articles with zero Limit = %d, want the default 100", len(got))
	}
	seen := map[string]bool{}
	for off := 0; off < n; off += 40 {
		page, err := s.Articles(t.Context(), dyad.ArticleFilter{Page: dyad.Page{Limit: 40, Offset: off}})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range page {
			if seen[a.ID] {
				t.Errorf("article %s on two pages", a.ID)
			}
			seen[a.ID] = true
		}
	}
	if len(seen) != n {
		t.Errorf("pages hold %d articles, want %d", len(seen), n)
	}
}

// rewrite changes one word of text and re-spaces it, as a copy editor
// might (true Jaccard similarity of 3-word shingles about 0.9).
func rewrite(text string, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	words := strings.Fields(text)
	words[r.IntN(len(words))] = "changed"
	return strings.Join(words, " ")
}

const longText = `The foreign ministers of the two countries met in Geneva on Tuesday to discuss a ceasefire along the
border, officials said. The talks, which lasted more than six hours, ended without an agreement but both sides
agreed to meet again next month. The ministers also discussed the exchange of prisoners, humanitarian corridors
for civilians, and the reopening of the main crossing for trade. Diplomats from the United Nations, who
mediated the meeting, described the atmosphere as constructive and said a draft text had been circulated.
Opposition leaders in both capitals criticised the talks, saying the government had given too much ground.`

func testNearDuplicate(t *testing.T, s dyad.Store) {
	orig := PlainDocument(longText, "Talks in Geneva", "a.org", "2025-05-01")
	copy1 := PlainDocument(rewrite(longText, 7)+" Reporting by staff.", "Geneva talks", "b.org", "2025-05-02")
	other := PlainDocument(strings.ReplaceAll(longText, "the", "a")+" "+strings.Repeat("Completely different closing words here. ", 30), "x", "c.org", "2025-05-03")
	unrelated := PlainDocument(`Heavy rain flooded the lower town overnight and the river rose above its banks for the first
time in a decade; firefighters evacuated two schools and the hospital moved patients to upper floors while
volunteers filled sandbags along the main road until dawn.`, "Floods", "d.org", "2025-05-03")
	if r := put(t, s, orig); r.DuplicateOf != "" {
		t.Errorf("original Put = %+v, want no DuplicateOf", r)
	}
	r := put(t, s, copy1)
	if r.DuplicateOf != orig.Article.ID {
		t.Errorf("rewritten copy Put = %+v, want DuplicateOf %s", r, orig.Article.ID)
	}
	// A copy of the copy points at the original.
	r = put(t, s, PlainDocument(rewrite(copy1.Article.Text, 9), "", "", ""))
	if r.DuplicateOf != orig.Article.ID {
		t.Errorf("copy of the copy Put = %+v, want DuplicateOf %s", r, orig.Article.ID)
	}
	for _, d := range []*dyad.Document{other, unrelated} {
		if r := put(t, s, d); r.DuplicateOf != "" {
			t.Errorf("Put(%q) = %+v, want no DuplicateOf", d.Article.Title, r)
		}
	}
	a, err := s.Article(t.Context(), copy1.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.DuplicateOf != orig.Article.ID {
		t.Errorf("stored DuplicateOf = %q, want %s", a.DuplicateOf, orig.Article.ID)
	}
	st, _ := s.Stats(t.Context())
	if st.Articles != 5 || st.Duplicates != 2 {
		t.Errorf("Stats = %+v, want 5 articles, 2 duplicates", st)
	}
}

func testConcurrentSame(t *testing.T, s dyad.Store) {
	const n = 8
	doc := RichDocument("concurrent")
	var wg sync.WaitGroup
	res := make([]dyad.PutResult, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() { res[i], errs[i] = s.Put(t.Context(), RichDocument("concurrent")) })
	}
	wg.Wait()
	fresh := 0
	for i := range n {
		if errs[i] != nil {
			t.Errorf("Put %d: %v", i, errs[i])
		}
		if !res[i].Duplicate {
			fresh++
		}
	}
	if fresh != 1 {
		t.Errorf("%d concurrent Puts of one article stored it %d times, want 1", n, fresh)
	}
	got, err := s.Document(t.Context(), doc.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want(doc), got); diff != "" {
		t.Errorf("Document mismatch (-want +got):\n%s", diff)
	}
}

func testConcurrentDifferent(t *testing.T, s dyad.Store) {
	const n = 24
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = s.Put(t.Context(), RichDocument(fmt.Sprintf("parallel-%d", i)))
			if errs[i] == nil {
				_, errs[i] = s.Events(t.Context(), dyad.EventFilter{}) // reads alongside writes
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("worker %d: %v", i, err)
		}
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != n || st.Events != 3*n || st.Mentions != 6*n {
		t.Errorf("Stats = %+v, want %d articles, %d events, %d mentions", st, n, 3*n, 6*n)
	}
	ac, err := s.Actors(t.Context(), dyad.ActorFilter{Code: "UKRGOV"})
	if err != nil || len(ac) != 1 || ac[0].Mentions != 2*n || ac[0].Articles != n {
		t.Errorf("Actors(UKRGOV) = %+v, %v; want %d mentions in %d articles", ac, err, 2*n, n)
	}
}

// testAtomic cancels Puts at varying moments: afterwards each article is
// either absent or complete.
func testAtomic(t *testing.T, s dyad.Store) {
	for i := range 30 {
		doc := RichDocument(fmt.Sprintf("atomic-%d", i))
		ctx, cancel := context.WithTimeout(t.Context(), time.Duration(i*50)*time.Microsecond)
		_, err := s.Put(ctx, doc)
		cancel()
		ok, herr := s.Has(t.Context(), doc.Article.ID)
		if herr != nil {
			t.Fatal(herr)
		}
		if err == nil && !ok {
			t.Errorf("Put %d succeeded but Has = false", i)
		}
		if !ok {
			st, _ := s.Events(t.Context(), dyad.EventFilter{ArticleID: doc.Article.ID})
			if len(st) != 0 {
				t.Errorf("Put %d failed (%v) but left %d events", i, err, len(st))
			}
			continue
		}
		got, derr := s.Document(t.Context(), doc.Article.ID)
		if derr != nil {
			t.Fatal(derr)
		}
		if diff := cmp.Diff(want(doc), got); diff != "" {
			t.Errorf("Put %d (err %v) stored a partial document (-want +got):\n%s", i, err, diff)
		}
	}
}

// withEvent adds to a plain document one asserted 010 event (make a
// statement) whose trigger is the text's first word.
func withEvent(doc *dyad.Document) *dyad.Document {
	text := doc.Article.Text
	w := strings.Fields(text)[0]
	start := strings.Index(text, w)
	doc.Events = append(doc.Events, dyad.Event{
		Sentence: dyad.Span{Start: 0, End: len(text)},
		Source:   &dyad.EventActor{Code: "IGOUNO", Name: "United Nations"},
		Trigger:  dyad.Trigger{Span: dyad.Span{Start: start, End: start + len(w)}, Text: w},
		CAMEO:    "010", Root: "01", PLOVER: "", Quad: 1, Mode: dyad.ModeAsserted,
		Date: "2025-05-01", DatePrecision: dyad.DateDay, DateSource: dyad.DateFromPublication, Rule: "test",
	})
	return doc
}

// testOriginals checks Event.Copies and EventFilter.Originals: copies
// named by the caller and near-copies found by the store count, exact
// re-ingests do not; Originals drops the copies' events from Events and
// Counts.
func testOriginals(t *testing.T, s dyad.Store) {
	ctx := t.Context()
	a := RichDocument("originals-a")
	b := RichDocument("originals-b")
	c := RichDocument("originals-c") // a copy of a, as its caller says
	c.Article.DuplicateOf = a.Article.ID
	orig := withEvent(PlainDocument(longText, "Talks in Geneva", "a.org", "2025-05-01"))
	copy1 := withEvent(PlainDocument(rewrite(longText, 7)+" Reporting by staff.", "Geneva talks", "b.org", "2025-05-02"))
	copy2 := withEvent(PlainDocument(rewrite(copy1.Article.Text, 9), "", "", ""))
	for _, d := range []*dyad.Document{a, b, c, orig, copy1, copy2} {
		put(t, s, d)
	}
	if r := put(t, s, RichDocument("originals-a")); !r.Duplicate { // an exact re-ingest: not a copy
		t.Fatalf("re-Put of a = %+v, want Duplicate", r)
	}
	for _, d := range []*dyad.Document{copy1, copy2} {
		if got, err := s.Article(ctx, d.Article.ID); err != nil || got.DuplicateOf != orig.Article.ID {
			t.Fatalf("near-copy %s: DuplicateOf = %v, %v; want %s", d.Article.ID, got, err, orig.Article.ID)
		}
	}
	wantCopies := map[string]int{a.Article.ID: 1, b.Article.ID: 0, c.Article.ID: 0,
		orig.Article.ID: 2, copy1.Article.ID: 0, copy2.Article.ID: 0}
	copies := func(es []dyad.Event) map[string]int {
		m := map[string]int{}
		for _, e := range es {
			if n, ok := m[e.ArticleID]; ok && n != e.Copies {
				t.Errorf("events of %s disagree on Copies: %d and %d", e.ArticleID, n, e.Copies)
			}
			m[e.ArticleID] = e.Copies
		}
		return m
	}
	all, err := s.Events(ctx, dyad.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 12 {
		t.Errorf("Events = %d, want 12", len(all))
	}
	if diff := cmp.Diff(wantCopies, copies(all)); diff != "" {
		t.Errorf("Events Copies by article mismatch (-want +got):\n%s", diff)
	}
	origs, err := s.Events(ctx, dyad.EventFilter{Originals: true})
	if err != nil {
		t.Fatal(err)
	}
	wantOrig := map[string]int{a.Article.ID: 1, b.Article.ID: 0, orig.Article.ID: 2}
	if diff := cmp.Diff(wantOrig, copies(origs)); diff != "" {
		t.Errorf("Events(Originals) articles and Copies mismatch (-want +got):\n%s", diff)
	}
	if len(origs) != 7 {
		t.Errorf("Events(Originals) = %d events, want 7", len(origs))
	}
	// Originals combines with the other conditions.
	got, err := s.Events(ctx, dyad.EventFilter{Originals: true, Code: "01"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{orig.Article.ID + "/e0"}, eventIDs(got)); diff != "" {
		t.Errorf("Events(Originals, 01) mismatch (-want +got):\n%s", diff)
	}
	doc, err := s.Document(ctx, a.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Copies != 1 {
			t.Errorf("Document(a) event %s: Copies = %d, want 1", e.ID, e.Copies)
		}
	}
	counts := []struct {
		f    dyad.EventFilter
		want []dyad.Count
	}{
		{dyad.EventFilter{}, []dyad.Count{{Key: "04", Count: 6}, {Key: "01", Count: 3}, {Key: "19", Count: 3}}},
		{dyad.EventFilter{Originals: true}, []dyad.Count{{Key: "04", Count: 4}, {Key: "19", Count: 2}, {Key: "01", Count: 1}}},
	}
	for _, c := range counts {
		got, err := s.Counts(ctx, dyad.CountQuery{By: dyad.ByRoot, Filter: c.f})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("Counts(root, %+v) mismatch (-want +got):\n%s", c.f, diff)
		}
	}
}

// testPutValidates checks that Put rejects a document that breaks its
// invariants with a CodeInvalid error naming the article, and writes
// nothing of it.
func testPutValidates(t *testing.T, s dyad.Store) {
	cases := []struct {
		name   string
		break_ func(d *dyad.Document)
		says   string
	}{
		{"MentionText", func(d *dyad.Document) { d.Mentions[1].Text = "Zelensky" }, "mention 1"},
		{"SpanOutOfText", func(d *dyad.Document) { d.Places[0].End = len(d.Article.Text) + 5 }, "place 0"},
		{"TokenOutsideSentence", func(d *dyad.Document) {
			d.Sentences[0].Tokens[0].Span = dyad.Span{Start: d.Sentences[1].Start, End: d.Sentences[1].Start + 1}
		}, "sentence 0 token 0"},
		{"EventMode", func(d *dyad.Document) { d.Events[2].Mode = "rumoured" }, "event 2"},
		{"EventQuote", func(d *dyad.Document) { d.Events[1].Attribution.Quote = intp(7) }, "event 1 quote 7"},
		{"Antecedent", func(d *dyad.Document) { d.Mentions[2].Antecedent = intp(-1) }, "mention 2 antecedent"},
		{"ActorMention", func(d *dyad.Document) { d.Actors[0].Mentions = append(d.Actors[0].Mentions, len(d.Mentions)) }, "actor 0"},
		{"SentenceOrder", func(d *dyad.Document) { d.Sentences[0], d.Sentences[1] = d.Sentences[1], d.Sentences[0] }, "sentence 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := RichDocument("validate-" + c.name)
			c.break_(d)
			before, err := s.Stats(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			_, err = s.Put(t.Context(), d)
			if dyad.ErrorCode(err) != dyad.CodeInvalid {
				t.Fatalf("Put of a broken document: error %v, want code %s", err, dyad.CodeInvalid)
			}
			msg := dyad.ErrorMessage(err)
			if !strings.Contains(msg, d.Article.ID) || !strings.Contains(msg, c.says) {
				t.Errorf("Put error message %q does not name article %s and %q", msg, d.Article.ID, c.says)
			}
			if ok, err := s.Has(t.Context(), d.Article.ID); err != nil || ok {
				t.Errorf("Has after a rejected Put = %v, %v; want false", ok, err)
			}
			after, err := s.Stats(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if before != after {
				t.Errorf("Stats changed by a rejected Put: %+v -> %+v", before, after)
			}
		})
	}
	// The same document, unbroken, is stored.
	put(t, s, RichDocument("validate-MentionText"))
}

// testOneSided checks events with one side only: an unknown agent (nil
// Source) and no target (nil Target) are stored and read back as absent
// (never an actor with an empty code), match no actor filter on the
// missing side, and EventFilter.Dyadic leaves them out.
func testOneSided(t *testing.T, s dyad.Store) {
	ctx := t.Context()
	doc := RichDocument("one-sided")
	text := doc.Article.Text
	k := strings.Index(text, "Kyiv")
	doc.Events = append(doc.Events, dyad.Event{Sentence: doc.Sentences[2].Span,
		Target:  &dyad.EventActor{Span: dyad.Span{Start: k, End: k + len("Kyiv")}, Code: "UKR", Country: "UKR"},
		Trigger: doc.Events[1].Trigger, CAMEO: "180", Root: "18", PLOVER: "ASSAULT", Quad: 4, Goldstein: -9,
		Mode: dyad.ModeAsserted, Date: "2025-08-17", DatePrecision: dyad.DateDay, DateSource: dyad.DateFromText,
		Attribution: dyad.Attribution{Outlet: "example.org"}, Rule: "unknown agent"})
	put(t, s, doc)
	A := doc.Article.ID
	got, err := s.Events(ctx, dyad.EventFilter{ArticleID: A})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want(doc).Events, got, cmpopts.SortSlices(func(x, y dyad.Event) bool { return x.ID < y.ID })); diff != "" {
		t.Errorf("one-sided events round trip (-want +got):\n%s", diff)
	}
	for _, e := range got {
		if e.Source != nil && e.Source.Code == "" || e.Target != nil && e.Target.Code == "" {
			t.Errorf("event %s: an absent side read back as an actor with no code: %+v → %+v", e.ID, e.Source, e.Target)
		}
	}
	e := func(n int) string { return fmt.Sprintf("%s/e%d", A, n) }
	cases := []struct {
		name string
		f    dyad.EventFilter
		want []string
	}{
		{"Dyadic", dyad.EventFilter{Dyadic: true}, []string{e(1), e(0)}},
		{"DyadicWithCode", dyad.EventFilter{Dyadic: true, Code: "18"}, []string{}},
		{"UnknownAgentByTarget", dyad.EventFilter{Target: "UKR", Code: "18"}, []string{e(3)}},
		{"SourceSkipsUnknown", dyad.EventFilter{Source: "U"}, []string{e(2), e(0)}},
		{"CountryOfTarget", dyad.EventFilter{Country: "UKR"}, []string{e(1), e(3), e(0)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Events(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, eventIDs(got)); diff != "" {
				t.Errorf("Events(%+v) mismatch (-want +got):\n%s", c.f, diff)
			}
		})
	}
	counts, err := s.Counts(ctx, dyad.CountQuery{By: dyad.ByDyad})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]dyad.Count{{Key: "RUS-UKR", Count: 1}, {Key: "USA-UKR", Count: 1}}, counts); diff != "" {
		t.Errorf("Counts(dyad) with one-sided events (-want +got):\n%s", diff)
	}
}

// eventCase is an event filter and the IDs of the events it must give, in
// order.
type eventCase struct {
	name string
	f    dyad.EventFilter
	want []string
}

// checkEvents runs each case's filter on s as a subtest.
func checkEvents(t *testing.T, s dyad.Store, cases []eventCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Events(t.Context(), c.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, eventIDs(got)); diff != "" {
				t.Errorf("Events(%+v) mismatch (-want +got):\n%s", c.f, diff)
			}
		})
	}
}
