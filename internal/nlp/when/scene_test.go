package when_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

func TestSceneDate(t *testing.T) {
	tests := []struct {
		name, published, text, trigger, want string
	}{
		{"LedeDaySetsScene", "2025-03-14", "On Wednesday, troops attacked a camp. The army also arrested two commanders.", "arrested", "2025-03-12"},
		{"AcrossMonthEnd", "2025-03-01", "On Thursday, troops attacked a camp. The army also arrested two commanders.", "arrested", "2025-02-27"},
		{"FutureSentence", "2025-03-14", "On Wednesday, troops attacked a camp. The army will arrest two commanders.", "arrest", ""},
		{"LedeItself", "2025-03-14", "On Wednesday, troops attacked a camp. The army also arrested two commanders.", "attacked", ""},
		{"LedeOnPublicationDay", "2025-03-14", "On Friday, troops attacked a camp. The army also arrested two commanders.", "arrested", ""},
		{"LedeTooOld", "2025-03-14", "On March 1, troops attacked a camp. The army also arrested two commanders.", "arrested", ""},
		{"PerfectSetsNoScene", "2025-03-14", "On Wednesday, troops attacked a camp. The army has arrested two commanders in past raids.", "arrested", ""},
		{"PastPerfectSetsNoScene", "2025-03-14", "On Wednesday, troops attacked a camp. The camp had been shelled by the army.", "shelled", ""},
		{"ShiftedPastKeepsScene", "2025-03-14", "On Wednesday, troops attacked a camp. The army said it had arrested two commanders.", "arrested", "2025-03-12"},
		{"PresentSetsNoScene", "2025-03-14", "On Wednesday, troops attacked a camp. The camp is funded by a neighbour.", "funded", ""},
		{"PastPassiveKeepsScene", "2025-03-14", "On Wednesday, troops attacked a camp. The camp was funded by a neighbour.", "funded", "2025-03-12"},
		{"VaguePastSetsNoScene", "2025-03-14", "On Wednesday, troops attacked a camp. The commander was jailed years ago for smuggling.", "jailed", ""},
		{"NoVaguePastKeepsScene", "2025-03-14", "On Wednesday, troops attacked a camp. The commander was jailed for smuggling.", "jailed", "2025-03-12"},
		{"LedeWithoutDay", "2025-03-14", "Last week troops attacked a camp. The army also arrested two commanders.", "arrested", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := process(t, tt.text, tt.published, "UTC")
			i := strings.Index(tt.text, tt.trigger)
			si := doc.SentenceAt(i)
			if i < 0 || si < 0 {
				t.Fatalf("trigger %q not in a sentence", tt.trigger)
			}
			d, ok := when.SceneDate(doc, doc.Sentences[si].Span, dyad.Span{Start: i, End: i + len(tt.trigger)})
			got := ""
			if ok {
				got = d.Value
			}
			if got != tt.want {
				t.Errorf("SceneDate(%q) = %q, want %q", tt.trigger, got, tt.want)
			}
		})
	}
	if _, ok := when.SceneDate(nil, dyad.Span{}, dyad.Span{}); ok {
		t.Error("SceneDate(nil): ok")
	}
}

// TestSceneDate_TimeBank measures SceneDate on TBAQ-cleaned (both
// halves): among the events in a sentence without a calendar date that a
// link dates, where SceneDate gives a day, how often that day is a linked
// value against the publication day. It fails if the lede's day stops
// being the better guess.
func TestSceneDate_TimeBank(t *testing.T) {
	var n, sceneRight, pubRight int
	for _, ld := range linkedDocs(t, func(int) bool { return true }) {
		d, doc, links, val := ld.timemlDoc, ld.doc, ld.links, ld.val
		for _, ev := range d.events {
			si := doc.SentenceAt(ev.Start)
			l := links[ev.eid]
			if !datingClasses[ev.class] || si < 0 || l == nil {
				continue
			}
			sent := doc.Sentences[si].Span
			dated := false
			for _, g := range d.gold {
				if sent.Contains(g.Span) && calendarDate(g) {
					dated = true
				}
			}
			if dated {
				continue
			}
			linked := map[string]bool{}
			for tid := range l.dating {
				v, ok := val[tid]
				if !ok {
					v = d.dct
				}
				if len(v) >= 4 && v[0] >= '0' && v[0] <= '9' {
					linked[dayOf(v)] = true
				}
			}
			if len(linked) == 0 {
				continue
			}
			sd, ok := when.SceneDate(doc, sent, ev.Span)
			if !ok {
				continue
			}
			n++
			if linked[sd.Value] {
				sceneRight++
			}
			if linked[dayOf(d.dct)] {
				pubRight++
			}
		}
	}
	t.Logf("events in a sentence without a date, dated by a link, with a scene day: %d; scene day right %d, publication day right %d", n, sceneRight, pubRight)
	if n == 0 || sceneRight <= pubRight {
		t.Errorf("the lede's day is no longer the better date for an event in a sentence without one")
	}
}
