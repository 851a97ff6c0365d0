package dyad_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
)

func TestEntities(t *testing.T) {
	zel := &dyad.Actor{Code: "UKRGOV", Country: "UKR", Sector: "GOV", Kind: dyad.ActorPerson, Name: "Volodymyr Zelenskyy", Role: "President"}
	ukrDemonym := &dyad.Actor{Code: "UKR", Country: "UKR", Kind: dyad.ActorState, Name: "Ukrainian"}
	ukr := &dyad.Actor{Code: "UKR", Country: "UKR", Kind: dyad.ActorState, Name: "Ukraine"}
	kyiv := &dyad.Actor{Code: "UKRGOV", Country: "UKR", Sector: "GOV", Kind: dyad.ActorOrg, Name: "Kyiv"}
	anon := &dyad.Actor{Code: "USAGOV", Kind: dyad.ActorPerson, Name: "a senior official", Anonymous: true}
	officials := &dyad.Actor{Code: "USAGOV", Kind: dyad.ActorGroup, Name: "officials"}
	ante := func(i int) *int { return &i }
	m := func(kind string, a *dyad.Actor) dyad.Mention { return dyad.Mention{Kind: kind, Actor: a} }
	mentions := []dyad.Mention{
		0:  m(dyad.MentionDemonym, ukrDemonym),
		1:  m(dyad.MentionPerson, zel),
		2:  m(dyad.MentionCountry, ukr),
		3:  m(dyad.MentionAnonymous, anon),
		4:  m(dyad.MentionCapital, kyiv),
		5:  m(dyad.MentionPerson, zel),
		6:  m(dyad.MentionAnonymous, anon),
		7:  m(dyad.MentionGroup, officials),
		8:  m(dyad.MentionPronoun, nil),
		9:  m(dyad.MentionGroup, officials),
		10: {Kind: dyad.MentionPronoun, Actor: officials, Antecedent: ante(9)},
		11: {Kind: dyad.MentionRole, Actor: zel, Antecedent: ante(5)},
	}
	want := []dyad.Entity{
		{Actor: *ukr, Mentions: []int{0, 2}}, // named by "Ukraine", not "Ukrainian"
		{Actor: *zel, Mentions: []int{1, 5, 11}},
		{Actor: *anon, Mentions: []int{3}}, // two "a senior official" need not be one person
		{Actor: *kyiv, Mentions: []int{4}}, // the government, not the country nor its president
		{Actor: *anon, Mentions: []int{6}},
		{Actor: *officials, Mentions: []int{7}},
		{Actor: *officials, Mentions: []int{9, 10}}, // joined by the antecedent only
	}
	if diff := cmp.Diff(want, dyad.Entities(mentions)); diff != "" {
		t.Errorf("Entities mismatch (-want +got):\n%s", diff)
	}
	t.Run("HashCollisions", func(t *testing.T) {
		// Keys that hash alike are still told apart by comparing them.
		defer dyad.CollideEntityKeys()()
		if diff := cmp.Diff(want, dyad.Entities(mentions)); diff != "" {
			t.Errorf("Entities with colliding key hashes mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("SameID", func(t *testing.T) {
		a, b := *zel, *zel
		a.ID, b.ID, b.Code = "zelenskyy", "zelenskyy", "UKR"
		got := dyad.Entities([]dyad.Mention{m(dyad.MentionPerson, &a), m(dyad.MentionPerson, &b)})
		if len(got) != 1 || len(got[0].Mentions) != 2 {
			t.Errorf("Entities of one dictionary entry = %+v, want one actor with both mentions", got)
		}
	})
	t.Run("BadAntecedent", func(t *testing.T) {
		a, b := *zel, *ukr
		got := dyad.Entities([]dyad.Mention{{Kind: dyad.MentionPerson, Actor: &a, Antecedent: ante(99)},
			{Kind: dyad.MentionCountry, Actor: &b, Antecedent: ante(-1)}})
		if len(got) != 2 {
			t.Errorf("Entities with out-of-range antecedents = %+v, want two actors", got)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		if got := dyad.Entities(nil); got == nil || len(got) != 0 {
			t.Errorf("Entities(nil) = %#v, want empty, not nil", got)
		}
	})
}

func TestDocument_ActorsJSON(t *testing.T) {
	text := "Zelenskyy spoke. The Ukrainian leader left."
	doc := dyad.NewDocument(&dyad.Article{ID: dyad.ArticleID(text), Text: text})
	zel := &dyad.Actor{Code: "UKRGOV", Country: "UKR", Sector: "GOV", Kind: dyad.ActorPerson, Name: "Volodymyr Zelenskyy", Role: "President"}
	first := 0
	doc.Mentions = []dyad.Mention{
		{Span: dyad.Span{Start: 0, End: 9}, Text: "Zelenskyy", Kind: dyad.MentionPerson, Actor: zel},
		{Span: dyad.Span{Start: 17, End: 37}, Text: "The Ukrainian leader", Kind: dyad.MentionRole, Actor: zel, Antecedent: &first},
	}
	doc.Actors = dyad.Entities(doc.Mentions)
	if err := doc.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Actors []map[string]any `json:"actors"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{{"code": "UKRGOV", "country": "UKR", "sector": "GOV", "kind": "person",
		"name": "Volodymyr Zelenskyy", "role": "President", "mentions": []any{0.0, 1.0}}}
	if diff := cmp.Diff(want, raw.Actors); diff != "" {
		t.Errorf("actors JSON mismatch (-want +got):\n%s", diff)
	}
	var back dyad.Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc.Actors, back.Actors); diff != "" {
		t.Errorf("actors after a JSON round trip (-want +got):\n%s", diff)
	}
}

func TestDocument_ValidateActors(t *testing.T) {
	text := "Trump met Putin."
	good := func() *dyad.Document {
		doc := dyad.NewDocument(&dyad.Article{ID: "x", Text: text})
		doc.Mentions = []dyad.Mention{
			{Span: dyad.Span{Start: 0, End: 5}, Text: "Trump", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Code: "USAGOV", Name: "Donald Trump"}},
			{Span: dyad.Span{Start: 10, End: 15}, Text: "Putin", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Code: "RUSGOV", Name: "Vladimir Putin"}},
		}
		doc.Actors = dyad.Entities(doc.Mentions)
		return doc
	}
	if err := good().Validate(); err != nil {
		t.Fatalf("Validate on a good document: %v", err)
	}
	tests := []struct {
		name, says string
		mentions   []int
	}{
		{"ErrOutOfRange", "actor 1 \"Vladimir Putin\" mention 2 out of range", []int{1, 2}},
		{"ErrNegative", "mention -1 out of range", []int{-1}},
		{"ErrNotAscending", "mention 0 not after 1", []int{1, 0}},
		{"ErrNoMentions", "has no mentions", []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := good()
			doc.Actors[1].Mentions = tt.mentions
			err := doc.Validate()
			if dyad.ErrorCode(err) != dyad.CodeInvalid || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("Validate with actor mentions %v = %v, want an invalid error saying %q", tt.mentions, err, tt.says)
			}
		})
	}
}
