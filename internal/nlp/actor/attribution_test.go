package actor_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// Country attribution of names that are both a country and a state, of
// "forces" in its non-military senses, and of organisations whose names
// begin with another organisation's generic alias. Each rule has a case
// where it must fire and a near miss where it must not. The sentences are
// invented.
func TestResolver_CountryAttribution(t *testing.T) {
	r := newResolver(t, actor.Config{})
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, mention string
		// code is the actor's code: "" when the mention must have no
		// actor or be absent, "*" when it must only be present.
		code string
	}{
		{"StateAfterCity", "A clerk in Macon, Georgia was hurt on Monday.", "Georgia", "USAGOV"},
		{"CountryAfterCapital", "Crowds gathered in Batumi, Georgia on Monday.", "Georgia", "GEO"},
		{"StateGovernor", "Georgia's governor signed the bill on Monday.", "Georgia's governor", "USAGOV"},
		{"CountryPrimeMinister", "Georgia's prime minister signed the bill on Monday.", "Georgia's prime minister", "GEOGOV"},
		{"StateInAmericanStory", "The U.S. Senate and the White House argued over funding. Georgia sued the administration on Monday.", "Georgia", "USAGOV"},
		{"CountryBesideForeignCountry", "The U.S. Senate and the White House argued over funding. Georgia will hold talks with Armenia.", "Georgia", "GEO"},
		{"CountryAlone", "Georgia will hold talks on Monday.", "Georgia", "GEO"},
		{"CountryAfterCapitalInAmericanStory", "The U.S. Senate and the White House argued over funding. Protesters gathered in Tbilisi, Georgia on Monday.", "Georgia", "GEO"},
		{"CountryDemonymInAmericanStory", "The U.S. Senate and the White House argued over funding. The Georgian government condemned the violence.", "The Georgian government", "GEOGOV"},
		{"StateOf", "Lawyers for the state of Georgia appealed.", "Georgia", "USAGOV"},
		{"MilitaryForces", "Ukrainian forces shelled the town.", "Ukrainian forces", "UKRMIL"},
		{"MarketForces", "Ukrainian officials said market forces would set prices.", "forces", ""},
		{"JoinForces", "Ukrainian officials said the two groups would join forces.", "forces", ""},
		{"ForcesOfRegime", "Ukrainian officials said forces of the regime attacked.", "forces", "*"},
		{"ForcesOfChange", "Ukrainian officials said the forces of change would win.", "forces", ""},
		{"ForcesOfMemberStates", "Ukrainian officials said forces of member states arrived.", "forces", "*"},
		{"BodyOfCountry", "The Congress of the Philippines passed the bill.", "Congress of the Philippines", "PHLLEG"},
		{"RelativeNationality", "Palestinian officials said police arrested a man. A policeman, who is Lebanese, was hurt.", "A policeman", "LBNCOP"},
		{"AppositiveNationality", "Palestinian officials said a soldier was hurt. The soldier, an Israeli reservist, was taken to hospital.", "The soldier", "ISRMIL"},
		{"AppositiveNotNationality", "Palestinian officials said a soldier was hurt. The soldier, an Israeli-trained medic from Gaza City, was taken to hospital.", "The soldier", "PSEMIL"},
		{"NoStatedNationality", "Palestinian officials in Ramallah said the raid killed three people. A policeman, who was armed, was arrested.", "A policeman", "PSECOP"},
		{"InternationalTeam", "Palestinian officials in Ramallah said the raid killed three people. An international team of scientists said the virus spread.", "scientists", ""},
		{"LocalJournalists", "Palestinian officials in Ramallah said the raid killed three people. Journalists were barred from Gaza.", "Journalists", "PSEMED"},
		{"InternationalRightsGroups", "Palestinian officials in Ramallah said the raid killed three people. International rights groups condemned the raid.", "rights groups", "NGO"},
		{"AliasForCountry", "Lawmakers said Trump asked Congress for Ukraine aid on Monday.", "Congress", "USALEG"},
		{"AllianceAlias", "The Alliance said it would defend Poland.", "The Alliance", "IGOWSTNAT"},
		{"LongerAllianceName", "The Alliance of Liberals and Democrats for Europe criticised the plan.", "The Alliance of Liberals and Democrats for Europe", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, r, tc.text, day)
			got, found := "", false
			for _, m := range doc.Mentions {
				switch {
				case m.Text == tc.mention:
					found = true
					if m.Actor != nil {
						got = m.Actor.Code
					}
				case tc.code == "" && m.Actor != nil && m.Actor.Code != "" && (strings.Contains(tc.mention, m.Text) || strings.Contains(m.Text, tc.mention)):
					// (No part of a name that must stay uncoded
					// may be coded either: "The Alliance" inside
					// a longer name.)
					got = m.Actor.Code
				}
			}
			if tc.code != "" && !found {
				t.Fatalf("no mention %q in %q", tc.mention, tc.text)
			}
			if tc.code == "*" {
				return
			}
			if got != tc.code {
				t.Errorf("%q in %q = %q, want %q", tc.mention, tc.text, got, tc.code)
			}
		})
	}
}
