package actor_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// TestResolver_DescribedNationality checks that an unknown name takes the
// country a description beside it states, and that look-alikes do not.
func TestResolver_DescribedNationality(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text, mention, code string
	}{
		{"AppositionDemonym", "Oskar Lindqvist, a Swedish engineer, was detained. Lindqvist denied the charges.", "Oskar Lindqvist", "SWE"},
		{"LaterSurname", "Oskar Lindqvist, a Swedish engineer, was detained. Lindqvist denied the charges.", "Lindqvist", "SWE"},
		{"AppositionPossessive", "Tarik Mbeko, Chad's territorial administration minister, says the plan works.", "Tarik Mbeko", "TCD"},
		{"AppositionGroupWord", "Adaeze Okonjo, a Nigerian women's rights activist and president of a charity, spoke.", "Adaeze Okonjo", "NGA"},
		{"FromCountry", "Nobel laureate Corazon Dimalanta from the Philippines; and others were named.", "Corazon Dimalanta", "PHL"},
		{"OfCountry", "Halvard Ek of Norway, the winner, thanked the jury.", "Halvard Ek", "NOR"},
		{"PremodifierPersonNoun", "The court heard that Libyan refugee Khaled Omar was arrested.", "Khaled Omar", "LBY"},
		{"Predicate", "Ayse Korkmaz is a Turkish national now living in London.", "Ayse Korkmaz", "TUR"},
		{"Premodifier", "Haitian gang leader Ronel Pierrot was killed on Monday.", "Haitian gang leader Ronel Pierrot", "HTI"},
		// Look-alikes: a country in a list, a clause going on to a
		// capitalised name, a country before more words.
		{"NotList", "Halvard Ek, Norway and Sweden signed the pact.", "Halvard Ek", ""},
		{"NotLongClause", "Oskar Lindqvist, a Swedish engineer at the Volvo plant in Gothenburg, was detained.", "Oskar Lindqvist", ""},
		{"NotCountryThenNoun", "Halvard Ek of Norway's largest bank thanked the jury.", "Halvard Ek", ""},
		{"NotPremodifierAbstract", "France said on Monday. Libyan reluctance Khaled Omar, a lawyer, noted in Paris that French courts agreed.", "Khaled Omar", "FRA"},
		{"NotPredicateVessel", "France and Paris spoke. The Kalev Maru is an Estonian tanker, French officials said.", "Kalev Maru", ""},
		{"NotPredicateThing", "Ayse Korkmaz is a Turkish company, French officials said in Paris.", "Ayse Korkmaz", ""},
		{"NotPremodifierClause", "Haitian officials said Ronel Pierrot was killed.", "Ronel Pierrot", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2025-03-01"))
			m := find(doc, tt.mention)
			got := ""
			if m != nil && m.Actor != nil {
				got = m.Actor.Country
			}
			if m == nil && tt.code != "" {
				t.Fatalf("no mention %q in %q", tt.mention, tt.text)
			}
			if got != tt.code {
				t.Errorf("%q in %q: country %q, want %q", tt.mention, tt.text, got, tt.code)
			}
		})
	}
}

// TestResolver_VesselName checks that a name after a word for a ship is
// no person, while the same name after a person's word is one.
func TestResolver_VesselName(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "The Estonian tanker Kalev Maru sank near the coast.", date("2025-03-01"))
	if m := find(doc, "Kalev Maru"); m != nil {
		t.Errorf("vessel name is a mention: %+v", m)
	}
	doc = run(t, r, "The Estonian engineer Kalev Maru said the coast was clear.", date("2025-03-01"))
	if m := find(doc, "Kalev Maru"); m == nil || m.Kind != "person" {
		t.Errorf("person after a lower-case noun: got %+v, want a person", m)
	}
}

// TestResolver_FamilyFirstGivenName checks that the last word of a
// family-name-first dictionary name ("Kim Yo Jong") does not stand for
// the person alone, while a Western-order surname still does.
func TestResolver_FamilyFirstGivenName(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "Jong was arrested in March, police said.", date("2019-10-17"))
	if m := find(doc, "Jong"); m != nil && m.Actor != nil && m.Actor.Code != "" {
		t.Errorf("Jong coded %q, want no dictionary person", m.Actor.Code)
	}
	doc = run(t, r, "Kim Yo Jong spoke on Monday.", date("2019-10-17"))
	if m := find(doc, "Kim Yo Jong"); m == nil || m.Actor == nil || m.Actor.Code != "PRKGOV" {
		t.Errorf("Kim Yo Jong: got %+v, want PRKGOV", m)
	}
	doc = run(t, r, "Stubb said the talks went well.", date("2025-03-01"))
	if m := find(doc, "Stubb"); m == nil || m.Actor == nil || m.Actor.Code != "FINGOV" {
		t.Errorf("Stubb: got %+v, want FINGOV", m)
	}
}

// TestResolver_SharedSurname checks that a surname several dictionary
// people share is still a person, of their common country, where the
// text marks a name, and not after a determiner or opening a sentence
// before a noun.
func TestResolver_SharedSurname(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text, mention string
		person              bool
		country             string
	}{
		{"SentenceSubject", "Roosevelt was the running mate of a governor.", "Roosevelt", true, "USA"},
		{"MidSentence", "Though Roosevelt won the backing of the party, he lost.", "Roosevelt", true, "USA"},
		{"AfterPreposition", "Critics of Roosevelt spoke at length.", "Roosevelt", true, "USA"},
		{"NotAfterDeterminer", "The Roosevelt administration acted.", "Roosevelt", false, ""},
		{"NotOpeningBeforeNoun", "Roosevelt dime collectors met in a hall.", "Roosevelt", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2025-03-01"))
			m := find(doc, tt.mention)
			if !tt.person {
				if m != nil && m.Kind == "person" {
					t.Errorf("%q in %q is a person, want none", tt.mention, tt.text)
				}
				return
			}
			if m == nil || m.Kind != "person" {
				t.Fatalf("%q in %q: got %+v, want a person", tt.mention, tt.text, m)
			}
			if m.Actor == nil || m.Actor.Country != tt.country {
				t.Errorf("%q: actor %+v, want country %q", tt.mention, m.Actor, tt.country)
			}
		})
	}
}

// TestResolver_PastGroupLeader checks that an armed group's leader past
// his tenure keeps the group's code, while a former IGO official does not
// keep the IGO's.
func TestResolver_PastGroupLeader(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "Osama bin Laden was killed.", date("2019-09-17"))
	if m := find(doc, "Osama bin Laden"); m == nil || m.Actor == nil || m.Actor.Code != "IMGMOSALQ" {
		t.Errorf("Osama bin Laden in 2019: got %+v, want IMGMOSALQ", m)
	}
	doc = run(t, r, "Navi Pillay spoke in Geneva.", date("2019-09-17"))
	if m := find(doc, "Navi Pillay"); m != nil && m.Actor != nil && strings.HasPrefix(m.Actor.Code, "IGO") {
		t.Errorf("Navi Pillay after her UN tenure coded IGOUNOHRI")
	}
}

// TestResolver_WonReelection checks that a lone unknown name that won
// re-election is a person, and one that won seats is not made one.
func TestResolver_WonReelection(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "In the end Tarrow won re-election in 1967.", time.Time{})
	if m := find(doc, "Tarrow"); m == nil || m.Kind != "person" {
		t.Errorf("Tarrow won re-election: got %+v, want a person", m)
	}
	doc = run(t, r, "In the end Tarrow won seats in 1967.", time.Time{})
	if m := find(doc, "Tarrow"); m != nil && m.Kind == "person" {
		t.Errorf("Tarrow won seats: a person, want none")
	}
}
