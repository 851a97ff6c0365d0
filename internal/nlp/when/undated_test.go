package when_test

import (
	"testing"
)

// TestDateOf_SentenceWithoutDate measures what should date an event in a
// sentence with no calendar date, on the tune half of TBAQ-cleaned (see
// TestDateOf_TimeBank): among the events a dating link dates, how often
// the publication day is a linked value, against the last date of the
// sentence before (where it has one) and the last date of any sentence
// before. DateOf leaves such events undated, so the events stage falls
// back to the publication day; this test fails if that stops being the
// better guess.
func TestDateOf_SentenceWithoutDate(t *testing.T) {
	var n, pubRight, prevN, prevRight, prevPubRight, lastN, lastRight, lastPubRight int
	// the check half (odd positions) is not looked at
	for _, ld := range linkedDocs(t, func(i int) bool { return i%2 == 0 }) {
		d, doc, links, val := ld.timemlDoc, ld.doc, ld.links, ld.val
		for _, ev := range d.events {
			si := doc.SentenceAt(ev.Start)
			if !datingClasses[ev.class] || si < 0 {
				continue
			}
			sent := doc.Sentences[si].Span
			dated := false
			for _, g := range d.gold {
				if sent.Contains(g.Span) && calendarDate(g) {
					dated = true
				}
			}
			l := links[ev.eid]
			if dated || l == nil {
				continue
			}
			linked := map[string]bool{}
			for tid := range l.dating {
				v, ok := val[tid]
				if !ok {
					v = d.dct // the creation time
				}
				if len(v) >= 4 && v[0] >= '0' && v[0] <= '9' {
					linked[dayOf(v)] = true
				}
			}
			if len(linked) == 0 {
				continue
			}
			n++
			if linked[dayOf(d.dct)] {
				pubRight++
			}
			prev, last := "", ""
			for _, g := range d.gold {
				if !calendarDate(g) || g.End > sent.Start {
					continue
				}
				if gs := doc.SentenceAt(g.Start); gs == si-1 {
					prev = dayOf(g.value)
				} else if gs < 0 || gs >= si {
					continue
				}
				last = dayOf(g.value)
			}
			if prev != "" {
				prevN++
				if linked[prev] {
					prevRight++
				}
				if linked[dayOf(d.dct)] {
					prevPubRight++
				}
			}
			if last != "" {
				lastN++
				if linked[last] {
					lastRight++
				}
				if linked[dayOf(d.dct)] {
					lastPubRight++
				}
			}
		}
	}
	t.Logf("events in a sentence without a date, dated by a link: %d; publication day right %d", n, pubRight)
	t.Logf("  with a date in the sentence before: %d; that date right %d, publication day right %d", prevN, prevRight, prevPubRight)
	t.Logf("  with a date in any sentence before: %d; the last one right %d, publication day right %d", lastN, lastRight, lastPubRight)
	if n == 0 || prevRight >= prevPubRight || lastRight >= lastPubRight {
		t.Errorf("the publication day is no longer the better date for an event in a sentence without one")
	}
}
