package event_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
)

// placedMention is a mention a construction test places by hand: its
// text (first occurrence), code and kind.
type placedMention struct{ text, code, kind string }

// TestCoder_ConstructionArgs codes invented sentences, with hand-placed
// mentions and dyad's own dictionary, for argument constructions found
// among the PETRARCH-2 validation suite's misses: each rule one way that
// must fire and a near miss that must not.
func TestCoder_ConstructionArgs(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []placedMention
		want     []string
	}{
		// "Kenyan Prime Minister Odinga": a name right after a title of
		// its country is the title's holder, with the title's sector.
		{"title before a country-coded name", "Kenyan Prime Minister Odinga criticized Uganda on Monday.",
			[]placedMention{{"Kenyan Prime Minister", "KENGOV", dyad.MentionRole}, {"Odinga", "KEN", dyad.MentionPerson}, {"Uganda", "UGA", dyad.MentionCountry}},
			[]string{"KENGOV→UGA 111 asserted"}},
		{"title as target", "Uganda criticized Kenyan President Odinga on Monday.",
			[]placedMention{{"Uganda", "UGA", dyad.MentionCountry}, {"Kenyan President", "KENGOV", dyad.MentionRole}, {"Odinga", "KEN", dyad.MentionPerson}},
			[]string{"UGA→KENGOV 111 asserted"}},
		// near misses: a lower-case role before a new clause's subject,
		// a title of another country, a comma between.
		{"lower-case role", "Uganda told the government Kenya criticized Tanzania.",
			[]placedMention{{"Uganda", "UGA", dyad.MentionCountry}, {"the government", "UGAGOV", dyad.MentionRole}, {"Kenya", "KEN", dyad.MentionCountry}, {"Tanzania", "TZA", dyad.MentionCountry}},
			[]string{"KEN→TZA 111 reported"}},
		{"title of another country", "Kenyan President Odinga criticized Uganda on Monday.",
			[]placedMention{{"Kenyan President", "TZAGOV", dyad.MentionRole}, {"Odinga", "KEN", dyad.MentionPerson}, {"Uganda", "UGA", dyad.MentionCountry}},
			[]string{"KEN→UGA 111 asserted"}},
		// "The ambassadors of A, B and C": a bare plural role the actors
		// stage coded with the article's country gives way to the
		// countries listed after it.
		{"bare role head of a list", "The ambassadors of Kenya, Uganda and Rwanda criticized Tanzania.",
			[]placedMention{{"The ambassadors", "TZAGOV", dyad.MentionGroup}, {"Kenya", "KEN", dyad.MentionCountry}, {"Uganda", "UGA", dyad.MentionCountry}, {"Rwanda", "RWA", dyad.MentionCountry}, {"Tanzania", "TZA", dyad.MentionCountry}},
			[]string{"KENGOV→TZA 111 asserted", "RWAGOV→TZA 111 asserted", "UGAGOV→TZA 111 asserted"}},
		{"comma between", "After meeting the Prime Minister, Kenya criticized Uganda on Monday.",
			[]placedMention{{"the Prime Minister", "KENGOV", dyad.MentionRole}, {"Kenya", "KEN", dyad.MentionCountry}, {"Uganda", "UGA", dyad.MentionCountry}},
			[]string{"KEN→UGA 111 asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBuilder(t, tt.text, "2025-08-18")
			for _, m := range tt.mentions {
				b.mention(m.text, "", m.code, m.kind)
			}
			got := code(t, b.doc)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestCoder_CoordinatedRoles codes, with the whole pipeline, coordinated
// plural roles before a list of countries: each role names the
// countries' agents of its own sector.
func TestCoder_CoordinatedRoles(t *testing.T) {
	runArgCases(t, []argCase{
		{"two roles of two countries", "Ministers and lawmakers from Kenya and Uganda criticized Tanzania.",
			[]string{"KENGOV→TZA 11 asserted", "KENLEG→TZA 11 asserted", "UGAGOV→TZA 11 asserted", "UGALEG→TZA 11 asserted"}},
		{"two roles in countries", "Lawmakers and officials in Kenya and Uganda criticized Tanzania.",
			[]string{"KENGOV→TZA 11 asserted", "KENLEG→TZA 11 asserted", "UGAGOV→TZA 11 asserted", "UGALEG→TZA 11 asserted"}},
		// "soldiers from X and Y" are the countries' armies; troops
		// "in" a country are not its own, and a force that names its
		// country keeps it ("from" there is no member list)
		{"soldiers from two countries", "Soldiers from Kenya and Uganda attacked al-Shabab in Somalia.",
			[]string{"KENMIL→SOMREBSHB 19 asserted", "UGAMIL→SOMREBSHB 19 asserted"}},
		{"soldiers from a country as object", "Somalia criticized soldiers from Kenya and Uganda.",
			[]string{"SOM→KENMIL 11 asserted", "SOM→UGAMIL 11 asserted"}},
		{"forces protected from a country", "The EU will help protect U.S. ground forces from Chinese helicopters.",
			[]string{"IGOEUR→USAMIL 07 planned"}},
		// a non-state modifier leaves both roles without a sector
		{"opposition roles", "Opposition lawmakers and officials of Kenya and Uganda criticized Tanzania.",
			[]string{"KEN→TZA 11 asserted", "UGA→TZA 11 asserted"}},
	})
}
