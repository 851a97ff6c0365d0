package actor_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// TestResolver_HyphenCompounds reads "<actor>-<participle> <noun>"
// compounds: the named actor of "X-backed", "X-led", "X-related" is a
// mention of its own, and the group after it keeps its own country; two
// countries joined by a hyphen are two mentions. Each case has a
// near-miss that must not fire.
func TestResolver_HyphenCompounds(t *testing.T) {
	r := newResolver(t, actor.Config{})
	day := date("2024-03-01")
	tests := []struct {
		name, text, mention, code string // code "" = no mention at all; "-X" = code must not start with X
	}{
		{"BackerIsMention", "Moldova said no. Iran-backed Houthi rebels fired missiles.", "Iran", "IRN"},
		{"BackedGroupKeepsCode", "Moldova said no. Iran-backed Houthi rebels fired missiles.", "Houthi rebels", "YEMREBHTH"},
		{"BackedGroupPlaced", "Moldova said no. Iran-backed militias in Iraq attacked a convoy.", "militias", "IRQREB"},
		{"BackedGroupNotBackers", "Moldova said no. Iran-backed militias attacked a convoy.", "militias", "-IRN"},
		{"DesignatedNotDesignators", "Kenyan police arrested members of a U.S.-designated terrorist group.", "terrorist group", "-USA"},
		{"DesignatorIsMention", "Kenyan police arrested members of a U.S.-designated terrorist group.", "U.S.", "USA"},
		{"BackerSetsNoScene", "Police arrested members of an Iran-backed militia on Tuesday in Nairobi.", "Police", "-IRN"},
		{"LedCoalitionLeader", "The Saudi-led coalition bombed the port.", "Saudi", "SAU"},
		{"RelatedGroup", "Al-Shabab-related violence killed dozens.", "Al-Shabab", "SOMREB"},
		{"CountryPair", "Soldiers attacked a Kenya-U.S. military base.", "Kenya", "KEN"},
		{"CountryPairSecond", "The Russia-Ukraine war has displaced millions.", "Ukraine", "UKR"},
		{"CountryPairFirst", "The Russia-Ukraine war has displaced millions.", "Russia", "RUS"},
		// Near misses.
		{"CountryWithHyphen", "Guinea-Bissau rejected the plan.", "Guinea-Bissau", "GNB"},
		{"BasedIsNoGovernment", "A London-based group condemned the attack.", "London", ""},
		{"MadeIsNoActor", "China-made drones were used in the strike.", "China", ""},
		{"LowercaseCompound", "Moldova said no. A state-backed militia attacked.", "state", ""},
		{"PlainDemonymGroup", "Moldova said no. Iranian militias attacked a convoy.", "Iranian militias", "IRN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, day)
			m := find(doc, tt.mention)
			if tt.code == "" {
				if m != nil {
					t.Fatalf("mention %q, want none: %s", tt.mention, dump(doc))
				}
				return
			}
			if m == nil || m.Actor == nil {
				t.Fatalf("no coded mention %q: %s", tt.mention, dump(doc))
			}
			if not, ok := strings.CutPrefix(tt.code, "-"); ok {
				if strings.HasPrefix(m.Actor.Code, not) {
					t.Errorf("%q code = %q, want not %s…: %s", tt.mention, m.Actor.Code, not, dump(doc))
				}
				return
			}
			if !strings.HasPrefix(m.Actor.Code, tt.code) {
				t.Errorf("%q code = %q, want %s…: %s", tt.mention, m.Actor.Code, tt.code, dump(doc))
			}
		})
	}
}
