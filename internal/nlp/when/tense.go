package when

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// Tense is the direction in time a clause points to, read from cue words
// near a position: modals and plan words ("will", "'ll", "is set to",
// "scheduled", "plans to", "expected to", "next") point ahead; past-tense
// verbs (regular -ed forms and irregular ones), "ago", "last", "earlier"
// point back.
type Tense int8

// Tenses.
const (
	TensePast    Tense = -1 // the clause reports what happened
	TenseUnknown Tense = 0  // no cue near the position
	TenseFuture  Tense = 1  // the clause reports a plan, an expectation or a possibility
)

// String returns "past", "future" or "unknown".
func (t Tense) String() string {
	switch t {
	case TensePast:
		return "past"
	case TenseFuture:
		return "future"
	}
	return "unknown"
}

// TenseAt returns the tense of the clause around span inside the sentence
// text[sentence.Start:sentence.End], from the nearest cue before span
// (up to ten tokens, not across ";", ":", a dash or "but") or after it (up
// to eight tokens), the nearer winning and the one before winning a tie.
// An infinitive "to" before span ("agreed to meet on Tuesday") points
// ahead. It reads no part of text outside sentence, allocates one token
// slice, and is safe for concurrent use. The events stage uses it to tell
// a planned event from an asserted one; spans out of range give
// TenseUnknown.
func TenseAt(text string, sentence, span dyad.Span) Tense {
	toks, i, ok := spanTokens(text, sentence, span)
	if !ok || span.Start > span.End {
		return TenseUnknown
	}
	j := i
	for j < len(toks) && toks[j].start < span.End {
		j++
	}
	p := parser{text: text, toks: toks}
	return Tense(p.direction(i, j))
}

// reportVerbs are the verbs of an attribution ("…, officials said"),
// which carry the tense of the report, not of what is reported.
var reportVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true,
	"reported": true, "announced": true, "stated": true, "noted": true, "insisted": true,
	"warned": true, "claimed": true, "explained": true, "declared": true, "confirmed": true}

// needsTo lists plan verbs that point ahead only before an infinitive:
// "plans to meet", not "vacation plans".
var needsTo = map[string]bool{"plan": true, "plans": true, "hope": true, "hopes": true, "aim": true,
	"aims": true, "intend": true, "intends": true, "want": true, "wants": true, "seeks": true,
	"expects": true, "expect": true, "prepares": true, "going": true}

// commitVerbs commit their subject to the act of the infinitive after
// them ("decided to", "agreed to", "vowed to"), which comes later than
// the committing.
var commitVerbs = map[string]bool{"decided": true, "decide": true, "decides": true, "agreed": true, "agree": true,
	"agrees": true, "voted": true, "vote": true, "votes": true, "promised": true, "promise": true, "promises": true,
	"pledged": true, "pledge": true, "pledges": true, "vowed": true, "vow": true, "vows": true, "resolved": true,
	"undertook": true, "undertakes": true, "committed": true, "threatened": true, "threatens": true}

// prepBeforeTo lists words that make the "to" after them a preposition:
// "according to officials", "thanks to donors", "prior to talks".
var prepBeforeTo = map[string]bool{"according": true, "thanks": true, "prior": true, "close": true,
	"compared": true, "owing": true, "addition": true, "contrary": true, "similar": true,
	"relative": true, "next": true, "opposed": true, "subject": true, "related": true, "respect": true}

// notVerbAfterTo lists words after "to" that show it is a preposition,
// not an infinitive marker.
var notVerbAfterTo = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "your": true, "this": true, "that": true,
	"these": true, "those": true, "him": true, "them": true, "us": true, "me": true, "it": true,
	"some": true, "all": true, "each": true, "every": true, "both": true, "what": true, "which": true,
	"whom": true, "date": true, "power": true, "office": true, "war": true, "peace": true, "talks": true,
	"another": true, "other": true, "such": true, "more": true, "most": true, "no": true, "any": true,
	"one": true, "two": true, "three": true, "court": true, "prison": true, "jail": true, "death": true,
	"safety": true, "victory": true, "work": true, "school": true, "hospital": true, "lunch": true,
	"dinner": true, "breakfast": true, "home": true, "bed": true, "sea": true, "market": true}

// cueAt returns the tense cue of token k; back is set when scanning
// backwards from the expression, where an infinitive "to" counts.
func (p *parser) cueAt(k int, back bool) cue {
	t := &p.toks[k]
	if t.kind != tkWord {
		return cueNone
	}
	if p.is(k, "to") {
		if !back {
			return cueNone
		}
		if p.is(k-2, "been") && p.is(k-3, "had") {
			return cuePast // "had been due to expire"
		}
		if k > 0 && prepBeforeTo[strings.ToLower(p.word(k-1))] {
			return cueNone // "according to officials": a preposition
		}
		n := k + 1
		if n < len(p.toks) && p.toks[n].kind == tkWord && !p.toks[n].cap && !notVerbAfterTo[strings.ToLower(p.word(n))] {
			e := p.toks[n].e
			if !p.toks[n].known || (e.cls == clsNone || e.cue != cueNone) {
				return cueFuture
			}
		}
		return cueNone
	}
	if t.known {
		switch {
		case p.is(k, "set"):
			if p.is(k+1, "to") {
				return cueFuture
			}
			if p.is(k+1, "for") && (p.is(k-1, "is") || p.is(k-1, "are") || p.is(k-1, "now")) {
				return cueFuture // "the hearing is set for a court in Washington on Friday"
			}
			return cueNone
		case p.is(k, "may"):
			if t.cap {
				return cueNone
			}
			if p.is(k+1, "have") {
				return cuePast // "may have killed"
			}
			return cueFuture
		case p.is(k, "could"):
			c := k + 1
			if p.is(c, "not") {
				c++
			}
			if p.is(c, "be") && (p.is(c+1, "reached") || p.is(c+1, "located") || p.is(c+1, "contacted")) {
				return cuePast // "could not be reached for comment Tuesday": a past attempt
			}
		case p.is(k, "ll"):
			if p.punct(k-1, '\'') {
				return cueFuture
			}
			return cueNone
		case p.is(k, "next"):
			if p.is(k+1, "to") {
				return cueNone // "next to the embassy"
			}
		case needsTo[strings.ToLower(p.word(k))]:
			if !p.is(k+1, "to") {
				return cueNone // "vacation plans", "her hopes"
			}
		}
		c := t.e.cue
		switch {
		case c == cueFuture && t.e.flags&flagAux != 0 && p.is(k+1, "have") && !p.is(k, "will") && !p.is(k, "shall"):
			// "could have been", "would have killed": a modal
			// perfect looks back ("will have left" does not).
			return cuePast
		case c == cuePast && t.e.flags&flagAux == 0 && (p.is(k-1, "be") || p.is(k-1, "being") || p.is(k-1, "is") || p.is(k-1, "are") || p.is(k-1, "am")):
			// "will be held", "is paid": a participle takes the
			// tense of its auxiliary, as a regular one does.
			return cueNone
		case c == cuePast && t.e.flags&flagAux != 0 && k+1 < len(p.toks) && p.toks[k+1].known && p.toks[k+1].e.cue == cueFuture && p.toks[k+1].e.flags&flagAux == 0 &&
			!p.is(k+1, "soon") && !p.is(k+1, "later") && !p.agentPassive(k+2):
			// "were planning to", "was expected to": a plan ("was
			// soon released" is not, nor is "was planned and
			// directed from abroad", a passive of the deed).
			return cueFuture
		case c == cueFuture && t.e.flags&flagAux == 0 && p.is(k-1, "been") && p.is(k-2, "had"):
			// "had been due to expire Friday": a plan of the past.
			return cuePast
		case c == cueFuture && t.e.flags&flagAux == 0 && (p.is(k-1, "previously") || p.is(k-1, "originally")):
			// "began as previously planned Saturday night".
			return cuePast
		case c == cueFuture && p.is(k, "later") && p.cls(k-1) == clsUnit:
			// "three days later" narrates.
			return cueNone
		}
		return c
	}
	if !t.cap && t.end-t.start >= 4 { // "died", "used" are past too
		w := p.text[t.start:t.end]
		if w[len(w)-2] == 'e' && w[len(w)-1] == 'd' {
			// "will be named", "is expected": a passive takes the
			// tense of its auxiliary; "a still unspecified date",
			// "the embattled": an adjective.
			for _, a := range [...]string{"be", "being", "is", "are", "am", "a", "an", "the", "still", "its", "their", "his", "her"} {
				if p.is(k-1, a) {
					return cueNone
				}
			}
			return cuePast
		}
	}
	return cueNone
}

// direction returns -1 (past), 1 (future) or 0 (no cue) for an
// expression over tokens [i, j). See TenseAt.
func (p *parser) direction(i, j int) int {
	if p.force != 0 {
		return p.force
	}
	if d := p.deadline(i); d != 0 {
		return d
	}
	backCue, backDist, backAt := p.backCueAt(i)
	fwdCue, fwdDist := cueNone, 1<<30
	words := 0
	crossed := false // a comma or a quotation mark lies between
	for k := j; k < len(p.toks) && words < 10; k++ {
		if p.stops(k) || (p.toks[k].known && p.toks[k].e.flags&flagStopAhead != 0) {
			break
		}
		if p.toks[k].kind != tkWord {
			if c := p.toks[k].ch; c == ',' || c == '"' || c == '\'' || c == '`' {
				crossed = true
			}
			continue
		}
		words++
		if c := p.cueAt(k, false); c != cueNone {
			// "will leave Thursday, Castro said": the attribution
			// after the comma is the report's tense, not the
			// clause's; the clause's own cue before the expression
			// wins.
			if crossed && (backCue != cueNone || backAt >= 0) && reportVerbs[strings.ToLower(p.word(k))] {
				break
			}
			fwdCue, fwdDist = c, words
			break
		}
	}
	c := backCue
	if fwdDist < backDist && !(backCue == cuePast && reportVerbs[strings.ToLower(p.word(backAt))]) {
		// (a verb of saying in the past before the expression takes
		// it, however far the clause it reports starts with a cue of
		// its own: "told reporters in Geneva on Monday the council
		// must act")
		c = fwdCue
	}
	switch c {
	case cuePast:
		return -1
	case cueFuture:
		return 1
	}
	return 0
}

// deadline reads an expression at i after "until", "till" or "by": a
// deadline, which points ahead ("postponed until Tuesday", "will double
// its flights by August") unless the clause before it is in the past
// ("had left by August"). It returns 0 when there is no such word.
func (p *parser) deadline(i int) int {
	// "until mid-November", "by early March": the edge word belongs
	// to the expression.
	if p.punct(i-1, '-') && p.cls(i-2) == clsEdge {
		i -= 2
	} else if p.cls(i-1) == clsEdge {
		i--
	}
	if p.is(i-1, "since") {
		return -1 // "since January" is the last one
	}
	if !(p.is(i-1, "until") || p.is(i-1, "till") || p.is(i-1, "by")) {
		return 0
	}
	// "postponed until Tuesday", "gave them until Friday" point ahead;
	// "had left by August" and "until Thursday, they had not called"
	// look back, and so does a past negation: "it was not until
	// Tuesday that", "did not reveal it until Tuesday".
	if c, _ := p.backCue(i - 1); c == cuePast && p.is(i-1, "by") {
		return -1
	}
	if !p.is(i-1, "by") && p.pastNegation(i-1) {
		return -1
	}
	words := 0
	for k := i; k < len(p.toks) && words < 8; k++ {
		if p.toks[k].kind != tkWord {
			continue
		}
		words++
		if p.is(k, "had") || p.is(k, "was") || p.is(k, "were") {
			return -1
		}
	}
	return 1
}

// backCue returns the nearest tense cue before token i and its distance
// in words, or cueNone.
func (p *parser) backCue(i int) (cue, int) {
	c, d, _ := p.backCueAt(i)
	return c, d
}

// backCueAt is backCue that also returns the cue's token (-1 when none).
func (p *parser) backCueAt(i int) (cue, int, int) {
	backCue, backDist, at := cueNone, 1<<30, -1
	words := 0
	for k := i - 1; k >= 0 && words < 14; k-- {
		if p.stops(k) {
			break
		}
		if p.toks[k].kind != tkWord {
			continue
		}
		words++
		if words > 3 && p.is(k, "to") {
			if p.is(k-1, "is") || p.is(k-1, "are") {
				// "is to resume trading in Paris Tuesday": a plan.
				backCue, backDist, at = cueFuture, words, k
				break
			}
			if k > 0 && commitVerbs[strings.ToLower(p.word(k-1))] {
				// "has decided to admit Poland in early March": the
				// time is the committed act's, which lies after the
				// deciding, so the deciding's tense says nothing of
				// its side.
				at = k
				break
			}
			continue // an infinitive far back governs its own object, not the time
		}
		if c := p.cueAt(k, true); c != cueNone {
			backCue, backDist, at = c, words, k
			break
		}
	}
	return backCue, backDist, at
}

// stops reports whether token k ends a clause for tense reading.
func (p *parser) stops(k int) bool {
	t := &p.toks[k]
	if t.kind == tkPunct {
		switch t.ch {
		case ';', ':', '!', '?', '~':
			return true
		case '.':
			// A sentence end inside a stretch read as one unit: a
			// period after a word that is no abbreviation, before a
			// capital.
			if k == 0 || k+1 >= len(p.toks) || !p.toks[k+1].cap || p.toks[k+1].glued {
				return false
			}
			pt := &p.toks[k-1]
			n := pt.end - pt.start
			return pt.kind == tkNum || (pt.kind == tkWord && !(pt.known && pt.e.flags&flagAbbr != 0) && (n >= 3 && !pt.cap || n >= 6))
		}
		return false
	}
	return t.kind == tkWord && t.known && t.e.flags&flagStop != 0
}

// agentPassive reports whether token k, after "was planned" or "were
// prepared", shows a passive that reports a deed rather than a plan: a
// coordinated participle ("was planned and directed"), an agent ("was
// planned by the group") or a place ("was planned in Kabul", "from
// abroad").
func (p *parser) agentPassive(k int) bool {
	if p.is(k, "by") || p.is(k, "in") || p.is(k, "from") || p.is(k, "abroad") {
		return true
	}
	return (p.is(k, "and") || p.is(k, "or")) && k+1 < len(p.toks) && p.toks[k+1].kind == tkWord && strings.HasSuffix(strings.ToLower(p.word(k+1)), "ed")
}

// pastNegation reports whether the clause before token k holds a past
// auxiliary negated ("did not", "was not", "were n't", "had never"),
// which makes an "until" after it tell when something at last
// happened.
func (p *parser) pastNegation(k int) bool {
	return p.wordsBack(k, 1, func(c int) (bool, bool) {
		switch strings.ToLower(p.word(c)) {
		case "why", "that", "which", "who", "whether", "if", "when", "how", "because":
			return true, false // the negation belongs to another clause
		}
		if p.is(c, "not") || p.is(c, "never") || p.is(c, "t") && p.punct(c-1, '\'') {
			a := c - 1
			if p.is(c, "t") {
				a = c - 2 // "didn't": "didn", "'", "t"
				return true, p.is(a, "didn") || p.is(a, "wasn") || p.is(a, "weren") || p.is(a, "hadn")
			}
			return true, p.is(a, "did") || p.is(a, "was") || p.is(a, "were") || p.is(a, "had")
		}
		return false, false
	})
}
