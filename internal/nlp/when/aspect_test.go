package when

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

func TestPerfect(t *testing.T) {
	for _, c := range []struct {
		sent, trig string
		want       bool
	}{
		{"The senate has only censured three governors in its history.", "censured", true},
		{"The senate censured three governors on Monday.", "censured", false},
		{"Rangers have arrested the smuggler and questioned him.", "arrested", true},
		{"Rangers arrested the smuggler and questioned him.", "arrested", false},
		{"The tribunal had been asked by nine towns for a ruling.", "asked", true},
		{"The tribunal was asked by nine towns for a ruling.", "asked", false},
		{"The league, which has dropped its aim of expelling the club, met again.", "expelling", true},
		{"The league, which dropped its aim of expelling the club, met again.", "expelling", false},
		{"They haven't paid the fine.", "paid", true},
		{"After the rebels had fled, troops seized the town.", "seized", false},
		{"The ministers had talks with the rebels.", "talks", false},
		{"The envoy said the militia had shelled the port.", "shelled", false},
		{"The envoy has said the militia shelled the port.", "said", true},
	} {
		text := c.sent
		at := strings.Index(text, c.trig)
		got := Perfect(text, dyad.Span{Start: 0, End: len(text)}, dyad.Span{Start: at, End: at + len(c.trig)})
		if got != c.want {
			t.Errorf("Perfect(%q, %q) = %v, want %v", c.sent, c.trig, got, c.want)
		}
	}
}

func TestPresent(t *testing.T) {
	for _, c := range []struct {
		sent, trig string
		want       bool
	}{
		{"The militia is funded by a neighbour.", "funded", true},
		{"The militia was funded by a neighbour.", "funded", false},
		{"Doctors are now urging villagers to boil water.", "urging", true},
		{"Doctors were urging villagers to boil water.", "urging", false},
		{"The party is banned in the north.", "is banned", true},
		{"The party has been banned in the north.", "banned", false},
		{"The envoy is Swiss and urged calm.", "urged", false},
		{"The talks are expected to resume.", "talks", false},
	} {
		text := c.sent
		at := strings.Index(text, c.trig)
		got := Present(text, dyad.Span{Start: 0, End: len(text)}, dyad.Span{Start: at, End: at + len(c.trig)})
		if got != c.want {
			t.Errorf("Present(%q, %q) = %v, want %v", c.sent, c.trig, got, c.want)
		}
	}
}
