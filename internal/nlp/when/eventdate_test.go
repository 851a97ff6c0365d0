package when_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// Event dating on TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned).
//
// TimeML relates EVENTs to TIMEX3s with TLINKs. An event dated by a
// time expression of its own sentence is one with a dating link to it:
// the event IS_INCLUDED in the time or DURING it (the time INCLUDES the
// event, read from the time's side), or SIMULTANEOUS with or IDENTITY
// to it. DURING is kept because TimeBank uses it for an event that
// fills a period it is reported for ("profit rose 5% in the quarter"),
// which is the period DateOf should give; BEFORE, AFTER, BEGINS, ENDS
// and the rest place an event against a time without dating it
// ("until Monday", "since 1990"). Only DATE and TIME expressions with a
// calendar value count, as in DateOf.
//
// Three groups of events are scored:
//   - dated: a dating link to such an expression in the same sentence
//     (dyad's sentence). DateOf is right when the expression it
//     returns overlaps one of the linked ones, wrong when it returns
//     another, none when it returns nothing. "found" counts the events
//     whose gold expression the stage recognised as a date at all:
//     attachment is scored on those.
//   - undated: the sentence has such an expression but none dates the
//     event, and the event's links say so: a dating link to another
//     time (often the creation time), or a link that does not date it
//     to one of the sentence's expressions ("arrested since 1990").
//     DateOf is wrong when it returns an expression the event is linked
//     to by a relation that does not date it, or, when the event has a
//     dating link, an expression with another value than the times it
//     is linked to.
//   - unlinked: the sentence has such an expression and the event no
//     link to any time that says whether it dates the event. TimeBank links sparsely, so these are counted
//     (how many DateOf dates) but not scored.
//
// Only events of the classes that name an act are scored (OCCURRENCE,
// I_ACTION, ASPECTUAL, REPORTING; states and perceptions are not what
// the events stage dates). Files are split by sorted name, alternately,
// into a tune half and a check half; rules are tuned on the first only.

// datingClasses are the TimeML event classes scored.
var datingClasses = map[string]bool{"OCCURRENCE": true, "I_ACTION": true, "ASPECTUAL": true, "REPORTING": true}

// eventLinks is what the TLINKs of one event say about times.
type eventLinks struct {
	dating map[string]bool // tids of times that date the event
	other  map[string]bool // tids of times linked otherwise
}

// datingLinks returns the links of each event (by eid) to times.
func datingLinks(d timemlDoc) map[string]*eventLinks {
	eid := map[string]string{} // eiid -> eid
	for _, in := range d.instances {
		eid[in["eiid"]] = in["eventID"]
	}
	out := map[string]*eventLinks{}
	add := func(ei, tid string, dates bool) {
		e, ok := eid[ei]
		if !ok || tid == "" {
			return
		}
		l := out[e]
		if l == nil {
			l = &eventLinks{dating: map[string]bool{}, other: map[string]bool{}}
			out[e] = l
		}
		if dates {
			l.dating[tid] = true
		} else {
			l.other[tid] = true
		}
	}
	for _, tl := range d.tlinks {
		rel := tl["relType"]
		switch {
		case tl["eventInstanceID"] != "" && tl["relatedToTime"] != "":
			add(tl["eventInstanceID"], tl["relatedToTime"], rel == "IS_INCLUDED" || rel == "DURING" || rel == "SIMULTANEOUS" || rel == "IDENTITY")
		case tl["timeID"] != "" && tl["relatedToEventInstance"] != "":
			add(tl["relatedToEventInstance"], tl["timeID"], rel == "INCLUDES" || rel == "SIMULTANEOUS" || rel == "IDENTITY")
		}
	}
	return out
}

// linksOther reports whether l links the event to one of the
// expressions in by a relation that does not date it.
func linksOther(l *eventLinks, in []timemlTimex) bool {
	for _, g := range in {
		if l.other[g.tid] {
			return true
		}
	}
	return false
}

// calendarDate reports whether a gold TIMEX3 can date an event: a DATE
// or TIME whose value starts with a year.
func calendarDate(g timemlTimex) bool {
	return (g.typ == "DATE" || g.typ == "TIME") && len(g.value) >= 4 && g.value[0] >= '0' && g.value[0] <= '9' &&
		g.value[1] >= '0' && g.value[1] <= '9' && g.value[3] != 'X'
}

// dayOf drops a time of day from a TIMEX3 value.
func dayOf(v string) string {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		return v[:i]
	}
	return v
}

// dateTally counts outcomes of one group of events.
type dateTally struct {
	dated, datedFound, right, rightValue, wrong, none int // dated group
	undated, undatedRight                             int // undated group
	unlinked, unlinkedDated                           int // unlinked group
}

func (c *dateTally) add(o dateTally) {
	c.dated += o.dated
	c.datedFound += o.datedFound
	c.right += o.right
	c.rightValue += o.rightValue
	c.wrong += o.wrong
	c.none += o.none
	c.undated += o.undated
	c.undatedRight += o.undatedRight
	c.unlinked += o.unlinked
	c.unlinkedDated += o.unlinkedDated
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// attach is the share of dated events with a recognised expression that
// DateOf dates by that expression.
func (c dateTally) attach() float64 { return ratio(c.right, c.datedFound) }

// abstain is the share of undated events DateOf leaves undated (or dates
// by the value they are linked to).
func (c dateTally) abstain() float64 { return ratio(c.undatedRight, c.undated) }

func (c dateTally) String() string {
	return fmt.Sprintf("dated %d (found %d): right %d (%.3f) wrong %d none %d, value right %d | undated %d: right %d (%.3f) | unlinked %d: dated %d",
		c.dated, c.datedFound, c.right, c.attach(), c.wrong, c.none, c.rightValue,
		c.undated, c.undatedRight, c.abstain(), c.unlinked, c.unlinkedDated)
}

// scoreEventDates runs DateOf on every event of d that a sentence with a
// calendar date holds, adding outcomes to by (per class); errs gets a
// line per error when non-nil.
func scoreEventDates(t testing.TB, d timemlDoc, by map[string]*dateTally, errs *[]string) {
	doc := d.process(t)
	links := datingLinks(d)
	gold := map[string]timemlTimex{}
	for _, g := range d.gold {
		gold[g.tid] = g
	}
	for _, ev := range d.events {
		si := doc.SentenceAt(ev.Start)
		if si < 0 {
			continue
		}
		sent := doc.Sentences[si].Span
		var inSent []timemlTimex
		for _, g := range d.gold {
			if sent.Contains(g.Span) && calendarDate(g) {
				inSent = append(inSent, g)
			}
		}
		if len(inSent) == 0 {
			continue
		}
		var o dateTally
		got, ok := when.DateOf(doc, sent, ev.Span)
		l := links[ev.eid]
		var dating []timemlTimex
		if l != nil {
			for _, g := range inSent {
				if l.dating[g.tid] {
					dating = append(dating, g)
				}
			}
		}
		line := func(kind, want string) {
			if errs == nil {
				return
			}
			gotS := "none"
			if ok {
				gotS = fmt.Sprintf("%q %s", got.Expr.Text, got.Value)
			}
			*errs = append(*errs, fmt.Sprintf("%s %s %s %s: want %s got %s | %s", kind, d.name, ev.class, d.text[ev.Start:ev.End], want, gotS,
				strings.Join(strings.Fields(d.text[sent.Start:sent.End]), " ")))
		}
		switch {
		case len(dating) > 0:
			o.dated = 1
			found := false
			for _, g := range dating {
				for _, te := range doc.Times {
					if te.Overlaps(g.Span) && te.Value != "" && te.Value[0] >= '0' && te.Value[0] <= '9' && (te.Type == dyad.TimeDate || te.Type == dyad.TimeTime) {
						found = true
					}
				}
			}
			want := fmt.Sprintf("%q %s", dating[0].text, dating[0].value)
			switch {
			case !ok:
				o.none = 1
				if found {
					o.datedFound = 1
					line("NONE", want)
				}
			default:
				hit := false
				for _, g := range dating {
					if got.Expr.Overlaps(g.Span) {
						hit = true
					}
					if got.Value == dayOf(g.value) {
						o.rightValue = 1
					}
				}
				if found {
					o.datedFound = 1
				}
				if hit {
					o.right = 1
				} else {
					o.wrong = 1
					if found {
						line("WRONG", want)
					}
				}
			}
		case l != nil && (len(l.dating) > 0 || linksOther(l, inSent)):
			o.undated = 1
			right := true
			var want []string
			if ok {
				for _, g := range inSent {
					if l.other[g.tid] && got.Expr.Overlaps(g.Span) {
						right = false // "arrested since 1990" is not in 1990
					}
				}
				if len(l.dating) > 0 {
					match := false
					for tid := range l.dating {
						v := d.dct
						if g, in := gold[tid]; in {
							v = g.value
						}
						want = append(want, v)
						match = match || got.Value == dayOf(v)
					}
					right = right && match
				}
			}
			if right {
				o.undatedRight = 1
			} else {
				sort.Strings(want)
				line("UNDATED", "none or "+strings.Join(want, ","))
			}
		default:
			o.unlinked = 1
			if ok {
				o.unlinkedDated = 1
			}
		}
		c := by[ev.class]
		if c == nil {
			c = &dateTally{}
			by[ev.class] = c
		}
		c.add(o)
	}
}

// TestDateOf_TimeBank scores DateOf on the events of TBAQ-cleaned that
// a time expression of their sentence dates (see the comment above):
// per half and per class. Set DYAD_EVDATE_ERRORS=1 to print the errors
// of the tune half (the check half is not printed: it is for checking
// that a rule tuned on the first half carries over).
func TestDateOf_TimeBank(t *testing.T) {
	files := tbaqFiles(t)
	sort.Slice(files, func(i, j int) bool { return filepath.Base(files[i]) < filepath.Base(files[j]) })
	halves := [2]map[string]*dateTally{{}, {}}
	var errs []string
	for i, f := range files {
		d, err := readTimeML(f)
		if err != nil {
			t.Fatal(err)
		}
		var e *[]string
		if i%2 == 0 && os.Getenv("DYAD_EVDATE_ERRORS") != "" {
			e = &errs
		}
		scoreEventDates(t, d, halves[i%2], e)
	}
	var totals [2]dateTally
	for h, name := range []string{"tune", "check"} {
		classes := make([]string, 0, len(halves[h]))
		for c := range halves[h] {
			classes = append(classes, c)
		}
		sort.Strings(classes)
		for _, c := range classes {
			mark := " "
			if datingClasses[c] {
				totals[h].add(*halves[h][c])
				mark = "*"
			}
			t.Logf("%s %s%-10s %v", name, mark, c, *halves[h][c])
		}
		t.Logf("%s  ALL*       %v", name, totals[h])
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		t.Log("\n" + strings.Join(errs, "\n"))
	}
	// Floors: raise them when the scores rise; never lower them.
	floors := [2]struct{ attach, abstain float64 }{{0.939, 0.574}, {0.919, 0.520}}
	for h, name := range []string{"tune", "check"} {
		if a := totals[h].attach(); a < floors[h].attach {
			t.Errorf("%s half: attachment %.3f below floor %.3f", name, a, floors[h].attach)
		}
		if a := totals[h].abstain(); a < floors[h].abstain {
			t.Errorf("%s half: abstention %.3f below floor %.3f", name, a, floors[h].abstain)
		}
	}
}
