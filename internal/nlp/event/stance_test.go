package event_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_QuotedStance checks that a reported clause evaluating another
// actor (or its act) is the speaker's stance toward it, asserted, and that
// nothing is coded for the speaker's own side, a negated evaluation, an
// evaluation of a thing, a possessor that is no agent, or a question.
func TestCoder_QuotedStance(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, code, src, tgt string // code "": no stance wanted
	}{
		// fires
		{"\"Russia is the aggressor,\" Ukraine said on Tuesday.", "112", "UKR", "RUS"},
		{"\"We have to understand that Russia is the aggressor,\" the Ukrainian president said.", "112", "UKR", "RUS"},
		{"Ukraine said Russia was fully responsible for the attack.", "112", "UKR", "RUS"},
		{"Kenya said Uganda's actions were illegal.", "111", "KEN", "UGA"},
		{"\"The Russian strikes are a clear violation of international law,\" Poland said.", "111", "POL", "RUS"},
		{"Germany said Poland was a reliable partner.", "051", "DEU", "POL"},
		{"\"Hamas will be crushed,\" Israel said on Monday.", "138", "ISR", "PSE"},
		{"Iran said Israel will pay a heavy price.", "130", "IRN", "ISR"},
		{"Ukraine said Russia was \u201cthe main aggressor\u201d in this war.", "112", "UKR", "RUS"},
		{"The Afghan president said the Taliban \u201cwill be crushed\u201d by the army.", "138", "AFG", "AFGREB"},
		{"\"Russia is a terrorist state,\" Ukraine said.", "111", "UKR", "RUS"},
		{"Germany said the American withdrawal was a stab in the back.", "111", "DEU", "USA"},
		{"\"China is a bully,\" the Philippine foreign minister said.", "111", "PHL", "CHN"},
		{"\"Russia's decision is a good step,\" Germany said.", "051", "DEU", "RUS"},
		{"Germany said the withdrawal was a stab in the back.", "", "", ""},
		{"\"The actions of Russia are illegal,\" Ukraine said.", "111", "UKR", "RUS"},
		{"Germany said the recent decision by Washington was a mistake.", "111", "DEU", "USA"},
		{"\"The actions of Russia are not illegal,\" Ukraine said.", "", "", ""},
		{"\"The arrest of Navalny is illegal,\" Germany said.", "", "", ""},
		{"\"The actions of Ukraine are legitimate,\" Ukraine said.", "", "", ""},
		{"\"Russia's invasion is not a blow to peace,\" Germany said.", "", "", ""},
		// near misses
		{"Ukraine accused Russia of shelling Kharkiv, saying Russia was the aggressor.", "", "", ""},
		{"Kenya said Uganda was a terrorist financing hub.", "", "", ""},
		{"\"Many people believe that Russia is the aggressor,\" the Chinese envoy said.", "", "", ""},
		{"\"Beijing says that Taiwan is a threat to peace,\" the United States said.", "", "", ""},
		{"\"Poland is a reliable partner,\" Polish President Andrzej Duda said.", "", "", ""},
		{"\"Ukraine is the victim of aggression,\" Ukraine said.", "", "", ""},
		{"\"Russia is not the aggressor,\" China said on Tuesday.", "", "", ""},
		{"Germany said Poland was no longer a reliable partner.", "", "", ""},
		{"Kenya said the decision was illegal.", "", "", ""},
		{"Kenya said Uganda's detention was illegal.", "", "", ""},
		{"\"Is Russia the aggressor?\" Ukraine asked.", "", "", ""},
		{"\"Russia is the aggressor?\" Ukraine said.", "", "", ""},
		{"\"I do not think that Russia is the aggressor,\" the Chinese envoy said.", "", "", ""},
		{"\"If Russia is the aggressor, it must pay,\" China said.", "", "", ""},
		{"\"Russia would be punished,\" Ukraine said.", "", "", ""},
	}
	for _, c := range cases {
		doc := processAt(t, p, c.text, "test")
		var got []dyad.Event
		for _, e := range doc.Events {
			if e.Rule == "quoted stance" {
				got = append(got, e)
			}
		}
		if c.code == "" {
			if len(got) != 0 {
				t.Errorf("%q: want no quoted stance, got %s %s → %v", c.text, got[0].CAMEO, codeOf(got[0].Source), got[0].Target)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: want one quoted stance, got %d", c.text, len(got))
			continue
		}
		e := got[0]
		if e.CAMEO != c.code || !strings.HasPrefix(codeOf(e.Source), c.src) || e.Target == nil || !strings.HasPrefix(e.Target.Code, c.tgt) || e.Mode != dyad.ModeAsserted {
			t.Errorf("%q: got %s %s → %v (%s), want %s %s → %s asserted", c.text, e.CAMEO, codeOf(e.Source), e.Target, e.Mode, c.code, c.src, c.tgt)
		}
	}
}
