package event_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_QuotedAccusation checks that a reported clause with an actor
// subject and a verb of wrongdoing is the speaker's accusation (112) of
// that subject, asserted, and that nothing is coded when the verb names no
// wrong or the speaker speaks of its own side.
func TestCoder_QuotedAccusation(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, src, tgt string // tgt "" : no accusation wanted
		date           string
	}{
		{"Russia has violated the ceasefire agreement again, Ukraine said on Tuesday.", "UKR", "RUS", "2025-03-11"},
		{"Ukraine said on Tuesday that Russia had failed to honour the ceasefire.", "UKR", "RUS", ""},
		{"\"Unfortunately, India has repeatedly tried to sabotage the talks,\" Pakistan said.", "PAK", "IND", ""},
		{"Poland's envoy to the alliance, Jan Nowakowski, said Russia was failing to respect the treaty.", "POL", "RUS", ""},
		{"The envoy to the alliance, Jan Nowakowski, said Russia was failing to respect the treaty.", "", "", ""},
		{"Ukraine said on Tuesday that Russia had agreed to the ceasefire.", "", "", ""},
		{"\"Russia has violated no agreement,\" the Kremlin said on Tuesday.", "", "", ""},
		{"\"India has not violated the treaty,\" Pakistan said on Tuesday.", "", "", ""},
	}
	for _, c := range cases {
		doc := processAt(t, p, c.text, "test")
		var got []dyad.Event
		for _, e := range doc.Events {
			if e.CAMEO == "112" && e.Rule == "quoted accusation" {
				got = append(got, e)
			}
		}
		if c.tgt == "" {
			if len(got) != 0 {
				t.Errorf("%q: want no quoted accusation, got %s → %v", c.text, codeOf(got[0].Source), got[0].Target)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: want one quoted accusation, got %d", c.text, len(got))
			continue
		}
		e := got[0]
		if c.date != "" && e.Date != c.date {
			t.Errorf("%q: date %s, want %s (the saying's)", c.text, e.Date, c.date)
		}
		if !strings.HasPrefix(codeOf(e.Source), c.src) || e.Target == nil || !strings.HasPrefix(e.Target.Code, c.tgt) || e.Mode != dyad.ModeAsserted {
			t.Errorf("%q: got %s → %v (%s), want %s → %s asserted", c.text, codeOf(e.Source), e.Target, e.Mode, c.src, c.tgt)
		}
	}
}
