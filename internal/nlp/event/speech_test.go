package event_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// speechEvents codes text and returns its events whose rule contains tag.
func speechEvents(t *testing.T, p *pipeline.Pipeline, text, tag string) []dyad.Event {
	t.Helper()
	doc := processAt(t, p, text, "test")
	var got []dyad.Event
	for _, e := range doc.Events {
		if strings.Contains(e.Rule, tag) {
			got = append(got, e)
		}
	}
	return got
}

// TestCoder_SpeechThreat checks that an act of force or coercion the
// speaker's own side will do to another actor, said in a quote or reported
// clause, is coded as the speaker's threat (13, asserted), and that another
// party's future act, a past one, a negated, hypothetical, passive or
// asked one, or one whose subject is not the speaker's side is not.
func TestCoder_SpeechThreat(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []speechCase{ // src "": no threat wanted
		// fires
		{"\"We will strike Iran,\" the Israeli defence minister said on Tuesday.", "138", "ISR", "IRN"},
		{"\"If Turkey crosses the line, I will destroy the economy of Turkey,\" Trump wrote.", "130", "USA", "TUR"},
		{"The Israeli defence minister said Israel will attack Iran.", "138", "ISR", "IRN"},
		{"The Israeli defence minister said Israel would retaliate against Iran.", "138", "ISR", "IRN"},
		{"Iran said it would retaliate against Israel.", "138", "IRN", "ISR"},
		{"Iran said on Monday that it will strike Israel if attacked.", "138", "IRN", "ISR"},
		{"\"They will attack Israel,\" Iran's foreign minister said.", "", "", ""},
		// near misses
		{"\"Iran will attack Israel,\" the Israeli defence minister said on Tuesday.", "", "", ""},
		{"\"Israel attacked Iran last year,\" the Israeli defence minister said.", "", "", ""},
		{"\"We will not attack Iran,\" the Israeli defence minister said.", "", "", ""},
		{"\"We would strike Iran,\" the Israeli defence minister said.", "", "", ""},
		{"\"We could strike Iran,\" the Israeli defence minister said.", "", "", ""},
		{"\"Will we strike Iran?\" the Israeli defence minister asked.", "", "", ""},
		{"Israel will strike Iran, analysts said.", "", "", ""},
	}
	checkSpeech(t, p, "[threat]", "threat", cases)
}

// TestCoder_QuotedDemand checks that an obligation a quote lays on another
// actor with any verb is the speaker's demand on it (100, asserted), and
// that a past obligation, a passive, a verb of knowing, the speaker's own
// side, an indefinite subject, a question and an uncoded subject give none.
func TestCoder_QuotedDemand(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []speechCase{ // src "": no demand wanted
		// fires
		{"\"Russia must stop these cruel attacks,\" the Ukrainian foreign minister said.", "100", "UKR", "RUS"},
		{"\"Russia must, with Europe and others, watch over the captured fighters,\" the Ukrainian foreign minister said.", "100", "UKR", "RUS"},
		{"The Ukrainian foreign minister said Russia needs to pay the workers.", "100", "UKR", "RUS"},
		{"The Ukrainian foreign minister said Russia should keep its offers open.", "100", "UKR", "RUS"},
		// a speaker known only by country speaks of its government as
		// another party; the government itself does not
		{"\"The Nigerian government must act now,\" said Ada Obi, a Nigerian women's rights activist.", "100", "NGA", "NGAGOV"},
		{"\"The Nigerian government must act now,\" said the Nigerian president.", "100", "", ""},
		// near misses
		{"\"Russia should have paid the workers,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"Russia must be behind this attack,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"Russia should be punished,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"Russia must know that we are strong,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"We must defend Ukraine,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"Ukraine must keep its offers open,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"Should Russia pay the workers?\" the Ukrainian foreign minister asked.", "100", "", ""},
		{"\"Russia should pay the workers?\" the Ukrainian foreign minister asked.", "100", "", ""},
		{"\"A judge should look into the affair,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"The workers should receive their pay,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"Judges should avoid commenting on candidates,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"\"Russia has to pay the workers,\" the Ukrainian foreign minister said.", "100", "", ""},
		{"The Ukrainian foreign minister said that judges should avoid commenting on candidates.", "100", "", ""},
		{"\"People should provide evidence for their accusations,\" the Chinese foreign ministry spokesman said.", "100", "", ""},
	}
	checkSpeech(t, p, "quoted demand", "demand", cases)
}

// TestCoder_QuotedThreat checks that a commitment the speaker's own side
// will act against another actor in words the dictionary does not code
// ("take measures against", "hold X accountable", "pursue the prosecution
// of") is the speaker's threat (130, asserted), and that another side's
// commitment, a negated or asked one, and one aimed at no one (a
// beneficiary) give none.
func TestCoder_QuotedThreat(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []speechCase{ // src "": no threat wanted
		// fires
		{"The British envoy said Britain will take any diplomatic measures necessary to prevent Iran from acquiring a nuclear weapon.", "13", "GBR", "IRN"},
		{"\"We will hold Russia accountable,\" the Ukrainian foreign minister said.", "13", "UKR", "RUS"},
		{"The Iranian prosecutor said Iran will pursue the prosecution of Trump.", "13", "IRN", "USA"},
		{"\"We will take firm measures against Russia,\" the Ukrainian foreign minister said.", "13", "UKR", "RUS"},
		// near misses
		{"\"We will not hold Russia accountable,\" the Ukrainian foreign minister said.", "13", "", ""},
		{"\"Russia will hold Ukraine accountable,\" the Ukrainian foreign minister said.", "13", "", ""},
		{"\"Will we take measures against Russia?\" the Ukrainian foreign minister asked.", "13", "", ""},
		{"\"We will take all necessary measures to help Poland,\" the Ukrainian foreign minister said.", "13", "", ""},
		{"\"We took firm measures against Russia,\" the Ukrainian foreign minister said.", "13", "", ""},
	}
	checkSpeech(t, p, "quoted threat", "threat", cases)
}

// speechCase is an invented sentence and the speech act wanted from it:
// a CAMEO code (or its prefix) from src to tgt, or, with src "", none.
type speechCase struct{ text, code, src, tgt string }

// checkSpeech codes each case and checks the events whose rule contains
// tag: none where none is wanted, else exactly one, asserted, with the
// wanted code and actors.
func checkSpeech(t *testing.T, p *pipeline.Pipeline, tag, what string, cases []speechCase) {
	t.Helper()
	for _, c := range cases {
		got := speechEvents(t, p, c.text, tag)
		if c.src == "" {
			if len(got) != 0 {
				t.Errorf("%q: want no %s, got %s %s → %v", c.text, what, got[0].CAMEO, codeOf(got[0].Source), got[0].Target)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: want one %s, got %d", c.text, what, len(got))
			continue
		}
		e := got[0]
		if !strings.HasPrefix(e.CAMEO, c.code) || !strings.HasPrefix(codeOf(e.Source), c.src) || e.Target == nil || !strings.HasPrefix(e.Target.Code, c.tgt) || e.Mode != dyad.ModeAsserted {
			t.Errorf("%q: got %s %s → %v (%s), want %s %s → %s asserted", c.text, e.CAMEO, codeOf(e.Source), e.Target, e.Mode, c.code, c.src, c.tgt)
		}
	}
}
