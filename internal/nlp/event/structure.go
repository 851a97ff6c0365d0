package event

import (
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// This file holds the shallow-structure rules: subjects, objects,
// compounds, passive voice, possessors and the clause relations between
// events of one sentence.

// auxStart returns the first token of the auxiliary chain before token i
// (modals, be/have/do, "to", negation, adverbs, "set to"...).
func (w *worker) auxStart(i int) int {
	lo, _ := w.bounds(i)
	k := i - 1
	for k >= lo {
		s := w.low[k]
		if w.ment[k] >= 0 {
			break
		}
		if isOpenQuote(s) && k > lo && w.low[k-1] != "," && (auxWords[w.low[k-1]] || negations[w.low[k-1]]) && w.ment[k-1] < 0 {
			// a quotation opening inside the verb group: he will "shortly
			// be declaring", "will be crushed"
			k--
			continue
		}
		if (s == "week" || s == "month" || s == "year") && k-1 > lo && (w.low[k-1] == "next" || w.low[k-1] == "this") && auxWords[w.low[k-2]] && w.low[k-2] != "to" {
			// a time adverbial inside the verb group: "will next week
			// visit Africa"
			k -= 2
			continue
		}
		if auxWords[s] || negations[s] || plannedCues[s] || conditionalCues[s] || strings.HasSuffix(s, "ly") && len(s) > 4 ||
			s == "yet" && k > lo && (negations[w.low[k-1]] || haveForms[w.low[k-1]] || beForms[w.low[k-1]]) ||
			s == "since" && k > lo && (w.low[k-1] == "has" || w.low[k-1] == "have" || w.low[k-1] == "had") {
			// ("have since banned": an adverb)
			k--
			continue
		}
		break
	}
	return k + 1
}

// isPassive reports whether the verb trigger of m is a passive participle:
// a form of be or get just before it, and the verb not in -ing form.
func (w *worker) isPassive(m *match) bool {
	if (m.start == m.anchor || m.source == nil && !m.p.Noun) && m.anchor > 0 && strings.HasSuffix(w.low[m.anchor], "ed") &&
		m.anchor+1 < len(w.toks) && w.low[m.anchor+1] == "by" {
		b := m.anchor - 1
		if b > 0 && w.low[b] == "," {
			b-- // "Somali soldiers, supported by clan militias, …"
		}
		if w.ment[b] >= 0 || b >= m.start && b < m.anchor {
			// a reduced relative: "Somali forces backed by Djiboutian
			// soldiers", "a terrorist cell dismantled by police" (the
			// pattern's words before its anchor are the patient)
			return true
		}
	}
	if w.reducedAdverbialPassive(m) {
		return true // "rebels retreat when attacked by the army"
	}
	// (words a pattern requires before its anchor are the patient: "a
	// terrorist cell was dismantled")
	return (m.start == m.anchor || m.source == nil && !m.p.Noun && m.p.Flags&FlagSolo != 0) && w.passiveAt(m.anchor)
}

// reducedAdverbialPassive reports whether m's verb is a bare participle
// after a subordinating word and before its "by" agent: "rebels retreat
// when attacked by the army", "if threatened by X", "once captured by Y".
// Such a clause has no subject of its own: its patient is the main
// clause's subject. Only conflictual acts (roots 11–20): "when asked by
// reporters" is no request.
func (w *worker) reducedAdverbialPassive(m *match) bool {
	i := m.anchor
	if root := m.p.Code[:min(2, len(m.p.Code))]; root < "11" || root > "20" {
		return false
	}
	if m.start != i || i < 1 || i+1 >= len(w.toks) || !strings.HasSuffix(w.low[i], "ed") || w.low[i+1] != "by" {
		return false
	}
	return adverbialSubordinators[w.low[i-1]]
}

// adverbialPatient returns the subject of the clause that the reduced
// adverbial clause opened by the subordinator at token sub modifies
// ("Chadian rebels retreat into Sudan when attacked by X": the rebels):
// the nearest actor before sub that is followed by its verb group and is
// no prepositional object or possessor. The search stops at a comma, a
// relative word or another clause word: "fighters who escape when
// attacked" and "areas where rebels hide when attacked" name no coded
// patient of the main clause. An aside after the subject ("Kenyan
// troops, if attacked by X, will fight back") has the subject right
// before its comma.
func (w *worker) adverbialPatient(sub int) (actorRef, bool) {
	lo, _ := w.bounds(sub)
	if k := sub - 2; k >= lo && w.low[sub-1] == "," && w.ment[k] >= 0 && w.closedAside(sub) {
		a := w.mstart[k]
		if !w.isPrepObject(a) {
			return w.mentionRef(w.ment[k], k), true
		}
		return actorRef{}, false
	}
	for k := sub - 1; k >= lo; k-- {
		s := w.low[k]
		if w.region[k] != 0 && w.region[k] != w.region[sub] {
			continue
		}
		if w.ment[k] < 0 {
			if isPunct(s) || relativeWords[s] || clauseStops[s] || reportingVerbs[s] {
				return actorRef{}, false
			}
			continue
		}
		a := w.mstart[k]
		r := w.mentionRef(w.ment[k], k)
		k = a
		if w.isPrepObject(a) || r.tokEnd < len(w.low) && (w.low[r.tokEnd] == "'s" || w.low[r.tokEnd] == "-") {
			continue
		}
		e := r.tokEnd
		for e < sub && w.ment[e] < 0 && (strings.HasSuffix(w.low[e], "ly") || negations[w.low[e]] || groupAdverbs[w.low[e]]) {
			e++
		}
		if e < sub && w.ment[e] < 0 && (w.isVerbWord(e) || auxWords[w.low[e]] && w.low[e] != "to" || beForms[w.low[e]]) {
			return r, true
		}
	}
	return actorRef{}, false
}

// passiveAt reports whether the verb at token i is a passive participle.
func (w *worker) passiveAt(i int) bool {
	if strings.HasSuffix(w.low[i], "ing") {
		return false
	}
	lo, _ := w.bounds(i)
	j := i - 1
	for j > lo && (strings.HasSuffix(w.low[j], "ly") && len(w.low[j]) > 4 || groupAdverbs[w.low[j]]) {
		j-- // "were beaten and later arrested", "harassed and briefly detained"
	}
	if j > lo && (w.low[j] == "and" || w.low[j] == "or") && strings.HasSuffix(w.low[i], "ed") &&
		(strings.HasSuffix(w.low[j-1], "ed") || strings.HasSuffix(w.low[j-1], "en")) && w.passiveAt(j-1) {
		return true // a coordinated participle: "can be attacked or kidnapped"
	}
	if i > lo+1 && w.low[i-1] == "," && strings.HasSuffix(w.low[i], "ed") && w.ment[i-2] >= 0 && w.asideParticiple(i) {
		// "The journalist, arrested last week, was freed": a participle
		// set off by commas after a noun phrase, its main verb after it
		return true
	}
	if i > lo+1 && w.low[i-1] == "," && strings.HasSuffix(w.low[i], "ed") && w.region[i-2] == 0 {
		// A participle clause after a complete one: "X is dead, killed in
		// …" (not "Macron, who …, criticized" or "Trump, the president,
		// criticized"). A possessive "'s" is no verb: "Kenya's president,
		// William Ruto, rejected …" is one subject in apposition.
		for k := lo; k < i-1; k++ {
			if w.region[k] == 0 && w.ment[k] < 0 && (beForms[w.low[k]] && !w.possessiveS(k) || w.low[k] == "has" || w.low[k] == "have" || w.low[k] == "had") {
				return true
			}
		}
	}
	for k := i - 1; k >= lo && k >= i-3; k-- {
		s := w.low[k]
		if beForms[s] && s != "'s" {
			return true
		}
		if !(strings.HasSuffix(s, "ly") || negations[s] || groupAdverbs[s] || s == "either") {
			return false // ("were either killed or captured")
		}
	}
	return false
}

// possessiveS reports whether token k is a possessive "'s" ("Kenya's
// president"), not the clitic "is" or "has" of a pronoun ("it's over").
func (w *worker) possessiveS(k int) bool {
	if w.low[k] != "'s" || k == 0 {
		return false
	}
	p := w.low[k-1]
	return !subjectPronouns[p] && p != "that" && p != "there" && p != "what" && p != "here" && p != "who" && p != "this"
}

// byAgent finds "by X" after token from: the agent of a passive or a
// nominal ("the invasion of Ukraine by Russia").
func (w *worker) byAgent(from int, fromOK bool) (actorRef, bool) {
	_, hi := w.bounds(max(from-1, 0))
	for k := from; k < hi && k < from+10; k++ {
		if w.low[k] == ";" || w.low[k] == "," {
			break
		}
		if w.low[k] == "by" && k+1 < hi && strings.HasSuffix(w.low[k+1], "ing") {
			continue // "by destroying X": a means, not an agent
		}
		if w.low[k] != "by" && !(fromOK && w.low[k] == "from") && !(fromOK && k > 0 && attributionVerbs[w.low[k-1]] && (w.low[k] == "to" || w.low[k] == "on")) {
			continue
		}
		for j := k + 1; j < hi && j <= k+1+slotGap; j++ {
			if w.ment[j] >= 0 {
				return w.mentionRef(w.ment[j], j), true
			}
			if w.low[j] == "," && j+2 < hi && (w.low[j+1] == "including" || w.low[j+1] == "like") && w.ment[j+2] >= 0 {
				// "by several countries, including Germany and Poland"
				return w.mentionRef(w.ment[j+2], j+2), true
			}
			if isPunct(w.low[j]) {
				break
			}
		}
	}
	return actorRef{}, false
}

// isPrepObject reports whether the mention starting at token a follows a
// preposition (a prepositional object is not a subject).
func (w *worker) isPrepObject(a int) bool { return w.prepBefore(a) != "" }

// prepBefore returns the preposition governing the mention starting at
// token a (skipping determiners), "" when there is none.
func (w *worker) prepBefore(a int) string {
	k := a - 1
	for k >= 0 && determiners[w.low[k]] {
		k--
	}
	if k >= 1 && w.low[k] == "of" && quantityNouns[w.low[k-1]] && w.ment[k-1] < 0 && w.countOpensClause(k-1) {
		return "" // a count's head: "thousands of protesters marched"
	}
	if k >= 0 && prepositions[w.low[k]] {
		return w.low[k]
	}
	return ""
}

// countOpensClause reports whether the count at token q ("tens of
// thousands of", "hundreds of") opens a clause: the sentence's start,
// punctuation, "as" or a clause word stands before it. A count after a
// verb or "and" is an object ("admitted having two wives and dozens of
// children").
func (w *worker) countOpensClause(q int) bool {
	if q >= 2 && w.low[q-1] == "of" && quantityNouns[w.low[q-2]] {
		q -= 2 // "tens of thousands"
	}
	for q >= 1 && (w.low[q-1] == "the" || w.low[q-1] == "some" || w.low[q-1] == "many") {
		q--
	}
	if q == 0 {
		return true
	}
	p := w.low[q-1]
	return isPunct(p) || p == "as" || clauseStops[p]
}

// quantityNouns count the noun after "of" ("tens of thousands of
// protesters", "dozens of soldiers"): that noun heads the phrase.
var quantityNouns = set("dozens", "scores", "hundreds", "thousands", "millions", "tens")

// subject finds the source to the left of token i: the nearest actor
// mention in the same clause that is not a prepositional object or a
// possessor, skipping relative clauses and parentheticals that do not
// contain i. A prepositional object is used only when nothing else is.
func (w *worker) subject(i int) (actorRef, bool) {
	lo, _ := w.bounds(i)
	own := 0
	if i < len(w.region) {
		own = w.region[i]
	}
	var fallback *actorRef
	aux := w.auxStart(i)
	participle := -1
	addressee := w.pronounAntecedent(i, lo)
	for k := i - 1; k >= lo; k-- {
		s := w.low[k]
		if s == ";" || s == ":" {
			break
		}
		if addressee >= 0 && w.ment[k] >= 0 && w.mstart[k] == addressee {
			// "sent a letter to X urging them to …": X is the one urged
			k = addressee
			continue
		}
		if s == "," && k+1 < i && participle < 0 && strings.HasSuffix(w.low[k+1], "ing") && w.ment[k+1] < 0 && k+1 != aux {
			participle = k
		}
		if w.region[k] != 0 && w.region[k] != own {
			continue
		}
		if w.ment[k] < 0 {
			if (s == "which" || s == "who") && w.region[k] == own {
				// "…, which was occupied by Israel": the subject is the
				// relative pronoun's antecedent, an actor or nothing.
				j := k - 1
				if j >= lo && w.low[j] == "," {
					j--
				}
				if j >= lo && w.ment[j] >= 0 {
					return w.mentionRef(w.ment[j], j), true
				}
				if r, ok := w.participleAgent(lo, j); ok {
					// "an operation conducted by NISA hours earlier,
					// which resulted in …": the agent of the antecedent
					return r, true
				}
				break
			}
			if subjectPronouns[s] && !(firstPerson[s] && w.quote[k] >= 0) {
				// "Mogadishu said it would cut ties": the pronoun subject of
				// a reported clause is the reporting verb's subject.
				if !firstPerson[s] {
					if r := w.reportingVerbBefore(k); r >= 0 {
						// (the reporting verb's own subject first: "Security
						// forces in Somalia say they killed …")
						if s, ok := w.subject(r); ok {
							return s, true
						}
					}
					if qi := w.quote[k]; qi >= 0 && !w.doc.Quotes[qi].Direct && k <= lo+1 {
						// the quotes stage made the clause reported speech
						if r, ok := w.speaker(qi); ok {
							return r, true
						}
					}

				}
				if fallback != nil && k+1 < len(w.low) && w.low[k+1] != "," && !prepositions[w.low[k+1]] &&
					fallback.tokEnd != aux && fallback.tokEnd != i {
					// "It picked out the case of X, who …, and urged Y":
					// the pronoun is the subject, not the object of "of"
					// after its verb ("He, a member of X's parliament,"
					// keeps the apposition's, "we in Ireland" the place's,
					// "they are added to the lists of prisoners pardoned
					// by X" the reduced relative's)
					return actorRef{}, false
				}
				break // "as he opened a visit": an unresolved pronoun is the subject
			}
			if firstPerson[s] && s != "our" && s != "my" && w.quote[k] >= 0 {
				// "we will meet": the speaker
				if r, ok := w.speaker(w.quote[k]); ok {
					return r, true
				}
			}
			if clauseStops[s] && k < aux {
				break
			}
			continue
		}
		a := w.mstart[k]
		r := w.mentionRef(w.ment[k], k)
		k = a
		if ms, ok := w.memberSubject(a, lo); ok {
			// "The foreign ministers of India and China met": the
			// members stand for the actors named after the role.
			return ms, true
		}
		possessor := r.tokEnd < len(w.toks) && (w.low[r.tokEnd] == "'s" || w.low[r.tokEnd] == "-")
		// "for Russia to relinquish", "in exchange for Kyiv ceding": the
		// mention right before the verb group is its subject.
		if w.conjunctOfPrepObject(a) {
			continue // "criticized by A, B and C at a meeting": C is an agent of "by", no subject
		}
		if r.tokEnd < aux && w.prepListModifier(a) {
			continue // "speaking to NATO and EU brass gathered in Paris": modifiers of a prepositional object
		}
		if prep := w.prepBefore(a); (prep != "" || possessor) && !(subjectPreps[prep] && (r.tokEnd == aux || r.tokEnd == i) && w.forSubject(prep, r.tokEnd, i)) {
			if fallback == nil && (possessor || fallbackPreps[prep] || prep == "for" && w.spokesmanFor(a)) && !w.relationOf(a) {
				f := r
				fallback = &f
			}
			continue
		}
		if participle >= 0 && k < participle {
			// The trigger is in a participial clause (", signaling its
			// reluctance to endorse"): its subject is the main clause's.
			if s, ok := w.mainSubject(lo, participle); ok {
				return s, true
			}
		}
		return r, true
	}
	if fallback != nil {
		return *fallback, true
	}
	if qs := w.quoteBefore(lo, i); qs >= 0 {
		// "He added that “…,” and welcomed the proposal": a verb joined
		// to the reporting clause a quote ended has that clause's
		// subject.
		if r := w.reportingVerbBefore(qs); r >= 0 {
			return w.subject(r)
		}
	}
	return actorRef{}, false
}

// pronounAntecedent returns, for an -ing trigger at i with an object
// pronoun right after it and an actor object right before it ("sent a
// letter to the ministry urging them to act", "wrote to the board of
// directors asking them to …"), the first token of that actor: the
// pronoun stands for it, so it is the one urged, never the subject. It
// is an object when a preposition, a conjunction or a verb stands before
// it (skipping determiners). Else -1.
func (w *worker) pronounAntecedent(i, lo int) int {
	if i+1 >= len(w.low) || i-1 < lo || !strings.HasSuffix(w.low[i], "ing") || !objectPronouns[w.low[i+1]] || w.ment[i-1] < 0 {
		return -1
	}
	a := w.mstart[i-1]
	k := a - 1
	// (over a few modifiers of the actor's head: "to the Interior and
	// Commerce departments")
	for n := 0; k >= lo && n < 4 && w.ment[k] < 0 && (w.adjectiveLike(k) || w.capitalised(k) && !w.isVerbWord(k) || w.low[k] == "and" && n > 0); n++ {
		k--
	}
	for k >= lo && determiners[w.low[k]] {
		k--
	}
	if k < lo || w.ment[k] >= 0 {
		return -1
	}
	if prepositions[w.low[k]] || w.low[k] == "and" || w.isVerbWord(k) {
		return a
	}
	return -1
}

// relationOf reports whether the mention starting at token a is the
// object of "of" after a noun of personal relation ("a close ally of
// Putin", "the son of X", "a critic of Y"): the ally is not Putin, so
// Putin stands in for no subject.
func (w *worker) relationOf(a int) bool {
	k := a - 1
	for k >= 0 && determiners[w.low[k]] {
		k--
	}
	if k < 1 || w.low[k] != "of" {
		return false
	}
	return relationNouns[w.low[k-1]]
}

// spokesmanFor reports whether the mention starting at token a follows
// "a spokesman for" (or spokeswoman, spokesperson): the speaker speaks
// for it ("X, a spokesman for the ministry, said").
func (w *worker) spokesmanFor(a int) bool {
	k := a - 1
	for k >= 0 && determiners[w.low[k]] {
		k--
	}
	return k >= 1 && w.low[k] == "for" && spokesNouns[w.low[k-1]]
}

// reportedBy returns the subject of the reporting verb whose clause
// opens a few words before token k, the subject of that clause ("The army
// said ten militants were killed": the army), when nothing but
// determiners, numbers, modifiers and "that" stand between.
func (w *worker) reportedBy(k int) (actorRef, bool) {
	for j, n := k-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		s := w.low[j]
		if reportingVerbs[s] && w.ment[j] < 0 {
			return w.subject(j)
		}
		if w.ment[j] >= 0 || isPunct(s) || clauseStops[s] && s != "that" || relativeWords[s] || auxWords[s] || beForms[s] ||
			s == "and" || s == "or" || w.quote[j] != w.quote[k] {
			return actorRef{}, false
		}
	}
	return actorRef{}, false
}

// quoteBefore returns the first token of the quote that ends right
// before token lo, when only "and", commas and quotation marks stand
// between it and the verb group at i; else -1.
func (w *worker) quoteBefore(lo, i int) int {
	if lo < 1 || lo >= len(w.toks) || w.quote[lo-1] < 0 || w.quote[i] >= 0 {
		return -1
	}
	and := false
	for k := lo; k < w.auxStart(i); k++ {
		s := w.low[k]
		r, _ := utf8.DecodeRuneInString(s)
		switch {
		case s == "and":
			and = true
		case s == "," || isQuoteMark(r) || isCloseQuote(s):
		default:
			return -1
		}
	}
	if !and {
		return -1
	}
	q, k := w.quote[lo-1], lo-1
	for k > 0 && w.quote[k-1] == q {
		k--
	}
	for k > 0 && w.quote[k-1] < 0 && isPunct(w.low[k-1]) {
		k-- // the opening mark
	}
	return k
}

// conjunctOfPrepObject reports whether the mention starting at token a is
// a later conjunct of a list of "by" agents ("by A, B and C": C).
func (w *worker) conjunctOfPrepObject(a int) bool {
	k := a - 1
	for k >= 0 && determiners[w.low[k]] {
		k--
	}
	if k < 0 || !(w.low[k] == "and" || w.low[k] == ",") {
		return false
	}
	for n := 0; k >= 0 && n < 8; n++ {
		for k >= 0 && (w.low[k] == "and" || w.low[k] == "," || determiners[w.low[k]]) {
			k--
		}
		if k < 0 || w.ment[k] < 0 {
			return false
		}
		first := w.mstart[k]
		if w.isPrepObject(first) {
			return w.prepBefore(first) == "by"
		}
		k = first - 1
		if k < 0 || !(w.low[k] == "and" || w.low[k] == "," || determiners[w.low[k]]) {
			return false
		}
	}
	return false
}

// forSubject reports whether a mention after "for" and ending at token
// e is the subject of the verb group from e to the trigger at i: "for
// Russia to relinquish", "in exchange for Kyiv ceding", not "the envoy for
// Syria is calling"; a mention after an opening "with" is the subject of
// an -ing verb right after it. Other subject prepositions always qualify.
func (w *worker) forSubject(prep string, e, i int) bool {
	if prep == "with" {
		// "With the US encouraging firms to leave, …": an absolute
		// clause opening the sentence or a clause
		if e != i || !strings.HasSuffix(w.low[i], "ing") {
			return false
		}
		k := w.mstart[e-1] - 1
		for k >= 0 && determiners[w.low[k]] {
			k--
		}
		return k == 0 || k > 0 && (w.low[k-1] == "," || w.low[k-1] == "and")
	}
	if prep != "for" {
		return true
	}
	return e < len(w.low) && w.low[e] == "to" || e == i && strings.HasSuffix(w.low[i], "ing")
}

// possessor finds the owner of a nominal trigger starting at token i:
// "Russia's invasion", "his meeting" (a pronoun mention, or else the
// sentence's first subject).
func (w *worker) possessor(i int) (actorRef, bool) {
	lo, _ := w.bounds(i)
	for k := i - 1; k >= lo && k >= i-5; k-- {
		s := w.low[k]
		if s == "'s" && k > lo && w.ment[k-1] >= 0 {
			return w.mentionRef(w.ment[k-1], k-1), true
		}
		if w.ment[k] >= 0 {
			if possessivePronouns[s] {
				return w.mentionRef(w.ment[k], k), true
			}
			return actorRef{}, false
		}
		if possessivePronouns[s] {
			if s == "its" {
				// "measures against Turkey over its procuring of …": an
				// unresolved "its" is the nearest country or body before
				// it (relations.go).
				if r, ok := w.nearestBody(lo, k); ok {
					return r, true
				}
			}
			// An unresolved pronoun: the sentence's subject.
			for j := lo; j < k; j++ {
				if w.ment[j] >= 0 && !w.isPrepObject(w.mstart[j]) {
					return w.mentionRef(w.ment[j], j), true
				}
			}
			if q := w.quote[k]; q >= 0 && lo > 0 && w.quote[lo-1] != q {
				// "RSF reiterated “its call to the authorities …”": a
				// quote that goes on from its reporting clause; the
				// pronoun is that clause's subject.
				if s, ok := w.subject(lo - 1); ok {
					s.quoteLead = true
					return s, true
				}
			}
			if k == lo {
				// "Macron flew to Moscow. His meeting with Putin …": a
				// possessive opening the sentence is the previous
				// sentence's subject's.
				if r, ok := w.prevSubject(k); ok {
					return r, true
				}
			}
			if k > lo && (prepositions[w.low[lo]] || eventPPs[w.low[lo]]) {
				// "During his visit to Kenya, Erdogan signed deals": a
				// fronted phrase's pronoun points ahead, to the main
				// clause's subject.
				_, hi := w.bounds(i)
				for j := i + 1; j < hi && j <= i+12; j++ {
					if w.low[j] == "," {
						return w.clauseSubject(j+1, hi)
					}
					if clauseStops[w.low[j]] || w.isVerbWord(j) {
						break
					}
				}
			}
			return actorRef{}, false
		}
		if isPunct(s) && s != "-" {
			return actorRef{}, false
		}
	}
	return actorRef{}, false
}

// speaker returns a quote's speaker as an actor.
func (w *worker) speaker(qi int) (actorRef, bool) {
	q := &w.doc.Quotes[qi]
	if q.Speaker == nil {
		return actorRef{}, false
	}
	sp := q.Speaker
	if sp.Mention != nil && *sp.Mention >= 0 && *sp.Mention < len(w.doc.Mentions) {
		if a := w.resolve(*sp.Mention); a != nil {
			return actorRef{mention: *sp.Mention, place: -1, span: sp.Span, code: a.Code, name: a.Name,
				country: a.Country, tok: -1, tokEnd: -1, speaker: true}, true
		}
	}
	if sp.Code == "" {
		return actorRef{}, false
	}
	country := ""
	if len(sp.Code) >= 3 {
		country = sp.Code[:3]
	}
	return actorRef{mention: -1, place: -1, span: sp.Span, code: sp.Code, name: sp.Name, country: country,
		tok: -1, tokEnd: -1, speaker: true}, true
}

// expandLeft returns r with the actors compounded before it: "X, Y and
// r", skipping relative clauses between them. Actors with r's code are
// merged.
func (w *worker) expandLeft(r actorRef) []actorRef {
	out := []actorRef{r}
	if r.tok < 0 {
		return out
	}
	if r.members {
		return w.memberList(r)
	}
	if b := r.tok - 4; b >= 0 && w.low[b+1] == "as" && w.low[b+2] == "well" && w.low[b+3] == "as" && w.ment[b] >= 0 {
		// "Germany as well as Poland condemned"
		if c, ok := w.comitative(w.mend[b]); ok && c.tok == r.tok {
			return []actorRef{w.mentionRef(w.ment[b], b), r}
		}
	}
	k := w.skipModifiers(r.tok - 1)
	for k > 0 {
		j := k
		sep, and := false, false
		for j >= 0 && (w.low[j] == "," || w.low[j] == "and" || w.low[j] == "&" || w.region[j] != 0 && w.region[j] != w.region[r.tok]) {
			if w.low[j] == "," || w.low[j] == "and" || w.low[j] == "&" {
				sep = true
				and = and || w.low[j] != ","
			}
			j--
		}
		if !sep || j < 0 || w.ment[j] < 0 || w.mend[j] != j+1 {
			break
		}
		// A list is "A, B and C": the step next to the head is "and";
		// a bare comma there is a fronted phrase or an apposition
		// ("Beyond Ukraine, G7 ministers …").
		if len(out) == 1 && !and && !w.listContinues(r.tokEnd) {
			break
		}
		if w.low[k] == "," && !(w.low[j+1] == "," || w.low[j+1] == "and") {
			break
		}
		// "Russia attacked Ukraine and Poland condemned": Ukraine is an
		// object, not part of the subject.
		// ("Several countries, including Germany and Poland, criticized":
		// the examples of an uncoded subject are its conjuncts)
		if b := w.mstart[j] - 1; b >= 0 && w.isVerbWord(b) || w.isPrepObject(w.mstart[j]) && !w.isPrepObject(r.tok) &&
			!(exemplarPreps[w.prepBefore(w.mstart[j])] && r.tokEnd < len(w.low) && w.low[r.tokEnd] == ",") {
			break
		}
		o := w.mentionRef(w.ment[j], j)
		out = appendActor(out, o)
		k = w.skipModifiers(o.tok - 1)
	}
	// keep text order
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	// "India and China held talks. They agreed …": a plural anaphor
	// stands for every conjunct of its antecedent.
	for _, x := range w.antecedentConjuncts(r) {
		out = appendActor(out, x)
	}
	// "Germany, along with Poland, condemned": a comitative phrase after
	// the subject joins it
	if c, ok := w.comitative(r.tokEnd); ok {
		for _, x := range w.expandRight(c) {
			out = appendActor(out, x)
		}
	}
	return out
}

// comitative returns the actor of an "along with / together with / as
// well as X" phrase starting at token k (after a comma or not) that
// closes before a verb group: "Germany, along with Poland, condemned",
// "Germany as well as Poland condemned".
func (w *worker) comitative(k int) (actorRef, bool) {
	n := len(w.toks)
	comma := k < n && w.low[k] == ","
	if comma {
		k++
	}
	switch {
	case k+1 < n && (w.low[k] == "along" || w.low[k] == "together") && w.low[k+1] == "with":
		k += 2
	case k+2 < n && w.low[k] == "as" && w.low[k+1] == "well" && w.low[k+2] == "as":
		k += 3
	default:
		return actorRef{}, false
	}
	for k < n && determiners[w.low[k]] && w.ment[k] < 0 {
		k++
	}
	if k >= n || w.ment[k] < 0 || w.mstart[k] != k {
		return actorRef{}, false
	}
	c := w.mentionRef(w.ment[k], k)
	e := c.tokEnd
	if list := w.expandRight(c); len(list) > 1 {
		e = list[len(list)-1].tokEnd // "along with Poland and Iran,"
	}
	if comma {
		if e >= n || w.low[e] != "," {
			return actorRef{}, false
		}
		e++
	}
	for e < n && (strings.HasSuffix(w.low[e], "ly") || negations[w.low[e]]) && w.ment[e] < 0 {
		e++
	}
	if e >= n || w.ment[e] >= 0 || !(w.isVerbWord(e) || auxWords[w.low[e]] && w.low[e] != "to" || beForms[w.low[e]] || reportingVerbs[w.low[e]]) {
		return actorRef{}, false
	}
	return c, true
}

// skipModifiers returns the first token at or before k that is not one of
// up to three determiners or adjectives before a conjunct ("Ukraine and
// neighbouring Poland", "and the evil awful Gondor").
func (w *worker) skipModifiers(k int) int {
	for n := 0; n < 3 && k > 0 && w.ment[k] < 0; n++ {
		s := w.low[k]
		if !(determiners[s] || w.adjectiveLike(k)) {
			break
		}
		k--
	}
	return k
}

// adjectiveLike reports whether token k may be an adjective: a lower-case
// word that is no grammar word, adverb, verb of the dictionary or -ed/-ing
// form.
func (w *worker) adjectiveLike(k int) bool {
	s := w.low[k]
	if isPunct(s) || w.capitalised(k) || len(w.c.dict.index[s]) > 0 || auxWords[s] || beForms[s] || negations[s] ||
		prepositions[s] || clauseStops[s] || relativeWords[s] || reportingVerbs[s] || subjectPronouns[s] ||
		s == "and" || s == "or" || s == "but" || s == "nor" || strings.HasSuffix(s, "ly") || strings.HasSuffix(s, "ed") ||
		strings.HasSuffix(s, "ing") && s != "neighbouring" && s != "neighboring" {
		return false
	}
	return true
}

// expandRight returns r with the actors compounded after it: "r, Y and Z".
func (w *worker) expandRight(r actorRef) []actorRef {
	out := []actorRef{r}
	if r.tok < 0 || r.mention < 0 {
		return out
	}
	r = w.head(r)
	out[0] = r
	if ms, ok := w.memberObject(r); ok {
		// "criticized the leaders of France and Germany"
		return w.memberList(ms)
	}
	_, hi := w.bounds(r.tok)
	k := r.tokEnd
	for k < hi {
		j := k
		sep := false
		for j < hi && (w.low[j] == "," || w.low[j] == "and" || w.low[j] == "&" || w.region[j] != 0 && w.region[j] != w.region[r.tok]) {
			if w.low[j] == "," || w.low[j] == "and" || w.low[j] == "&" {
				sep = true
			}
			j++
		}
		if !sep && j+3 < hi && w.low[j] == "as" && w.low[j+1] == "well" && w.low[j+2] == "as" {
			sep, j = true, j+3 // "Poland as well as Iran"
		}
		if sep && j+1 < hi && w.low[j] == "the" && w.ment[j] < 0 && w.ment[j+1] >= 0 && w.mstart[j+1] == j+1 {
			j++ // "local militias and the U.S. military"
		}
		if sep && j < hi && w.ment[j] < 0 {
			// "the government and Tigrayan rebels", "and the brave
			// Poland": up to two modifiers before the conjunct
			for e := j; e < hi && e < j+3; e++ {
				if w.ment[e] >= 0 {
					if w.mstart[e] == e {
						j = e
					}
					break
				}
				if !(determiners[w.low[e]] || w.adjectiveLike(e) || w.capitalised(e) && !w.isVerbWord(e)) {
					break
				}
			}
		}
		if !sep || j >= hi || w.ment[j] < 0 || w.mstart[j] != j {
			break
		}
		// "…Ukraine and Poland condemned", "…Ukraine, NATO will": a new
		// clause's subject, not part of the compound; an infinitive's
		// "to" opens no clause ("urged Kenya, Uganda and Rwanda to act",
		// "tariffs on A, B and C to pressure them").
		if e := w.mend[j]; e < hi && (w.isVerbWord(e) || auxWords[w.low[e]] && w.low[e] != "to" || negations[w.low[e]] || reportingVerbs[w.low[e]]) {
			break
		}
		// ", and X" after a single actor usually opens a new clause; in a
		// list ("A, B, and C") it closes it.
		if len(out) < 2 && k+1 < hi && w.low[k] == "," && w.low[k+1] == "and" {
			break
		}
		o := w.mentionRef(w.ment[j], j)
		out = appendActor(out, w.head(o))
		k = w.head(o).tokEnd
	}
	return out
}

// head returns the possessed mention for "X's Y" (Finland's President
// Stubb → Stubb), else r.
// An adjective or two may stand between ("Syria's transitional
// authorities").
func (w *worker) head(r actorRef) actorRef {
	if r.tok >= 0 && r.mention >= 0 && r.tokEnd+1 < len(w.toks) && bodyTitles[w.low[r.tokEnd]] {
		// "Senate head Hun Sen", "party chairman X": the body names
		// the person's post; the person is the actor.
		if k := r.tokEnd + 1; w.ment[k] >= 0 && w.mstart[k] == k && w.doc.Mentions[w.ment[k]].Kind == dyad.MentionPerson {
			return w.mentionRef(w.ment[k], k)
		}
	}
	if r.tok < 0 || r.tokEnd+1 >= len(w.toks) || w.low[r.tokEnd] != "'s" {
		return r
	}
	for k := r.tokEnd + 1; k < len(w.toks) && k <= r.tokEnd+3; k++ {
		if w.ment[k] >= 0 {
			if w.mstart[k] != k {
				return r
			}
			return w.mentionRef(w.ment[k], k)
		}
		if s := w.low[k]; isPunct(s) || prepositions[s] || determiners[s] || auxWords[s] || len(w.c.dict.index[s]) > 0 {
			return r
		}
	}
	return r
}

func appendActor(out []actorRef, o actorRef) []actorRef {
	for _, x := range out {
		if x.code == o.code {
			return out
		}
	}
	return append(out, o)
}

// Default object search windows, in tokens after the trigger.
const (
	objectWindow     = 8
	nounObjectWindow = 5
)

// object finds the default target of m to its right: a verb's direct or
// prepositional object, a noun's prepositional complement.
func (w *worker) object(m *match) (actorRef, bool) {
	_, hi := w.bounds(m.anchor)
	places := m.p.Flags&FlagPlace != 0
	k := m.hiEnd
	if k > m.anchor+1 && k-1 < len(w.toks) && w.ment[k-1] >= 0 && w.mstart[k-1] > m.anchor && (m.source == nil || m.source.tokEnd != k) {
		// "expelled the Kenyan ambassador": the pattern's last word heads
		// the object mention.
		return w.mentionRef(w.ment[k-1], k-1), true
	}
	if !m.p.Noun && !strings.HasPrefix(m.p.Code, "02") && !strings.HasPrefix(m.p.Code, "10") {
		// "expelled Russia's ambassador": the possessor of the noun the
		// pattern asks for is the object (not of an appeal's or a demand's
		// content: "called for X's release" is addressed to X's jailers)
		for j := m.anchor + 1; j+1 < k && j < len(w.toks); j++ {
			if w.ment[j] >= 0 && w.mstart[j] == j && w.mend[j] < k && w.low[w.mend[j]] == "'s" {
				return w.mentionRef(w.ment[j], j), true
			}
			if isPunct(w.low[j]) && w.low[j] != "'s" {
				break
			}
		}
	}
	sawPrep := false
	limit := objectWindow
	if m.p.Noun {
		limit = nounObjectWindow
	}
	// "attacked a military base", "killed five civilians": a facility or
	// a group of people that is no actor mention stands for its country's
	// military, police, government or civilians, when the event is
	// material conflict.
	var noun actorRef
	haveNoun := false
	conflict := materialConflict(m.p.Code)
	for n := 0; k < hi && n < limit; k, n = k+1, n+1 {
		s := w.low[k]
		if w.eachOtherAt(k) {
			return actorRef{}, false // "attacked each other's positions": the sources' own
		}
		if r := w.slotAt(k, places && (n <= 2 || w.placeOf(k))); r != nil {
			if haveNoun && r.place >= 0 {
				break // "a base in Kandahar": the place locates the base
			}
			if m.p.Noun && !sawPrep {
				break
			}
			if n > 0 && locativePreps[w.low[k-1]] && w.place[k] >= 0 && !w.doc.Places[w.place[k]].Metonymic {
				// "received treatment in New Zealand", "the attacks in
				// the US": a location, not a party
				break
			}
			if n > 0 && countryLocPreps[w.prepBefore(k)] && r.mention >= 0 && len(r.code) == 3 && w.ment[k] >= 0 &&
				((w.doc.Mentions[w.ment[k]].Kind == dyad.MentionCountry || r.code == w.regionCode(k)) && places || !places && m.p.strict) && !m.p.Noun {
				// "the attacks in the US": a country after "in" locates
				break
			}
			if n > 1 && !m.p.Noun && strings.HasPrefix(m.p.Code, "11") && (w.low[k-1] == "against" || w.low[k-1] == "on") && w.ment[k-2] < 0 {
				// "condemns any violence against Afghan civilians",
				// "criticised the sanctions on Russia": the object's
				// victim, not the one criticised
				break
			}
			if r.mention >= 0 && personPatient(m.p.Code) {
				if j, ok := w.possessedThing(r.tokEnd, hi, m.p.Code); ok && j < 0 {
					// "meet firms' concerns", "recognised people's
					// concerns": the possessor's thing is met, not the
					// possessor
					return actorRef{}, false
				} else if ok && j > r.tokEnd {
					k = j - 1 // "met Kenya's Ugandan counterpart": the mention after
					continue
				}
			}
			if r.mention >= 0 && w.backerBefore(r.tokEnd) {
				// "arrested members of a U.S.-designated terrorist
				// group", "attacked Iran-backed militias": the group,
				// not its backer
				k = r.tokEnd - 1
				continue
			}
			if n > 0 && (w.low[k-1] == "on" || w.low[k-1] == "in" || w.low[k-1] == "via") && strings.HasSuffix(r.code, "MED") {
				// "hailed the report on Twitter": a venue
				k = r.tokEnd - 1
				continue
			}
			return *r, true
		}
		if conflict && !haveNoun && (!m.p.Noun || sawPrep) {
			ag := objectNouns[s]
			if ag == "" && settlementNouns[s] && places {
				ag = "-" // "attacked a town in Israel": the country
			}
			if ag != "" && !w.foreignModifier(k) {
				if ag == "-" {
					ag = ""
				}
				if ag == "MIL" && k > 0 && w.low[k-1] == "police" {
					ag = "COP"
				}
				c := w.countryFor(k)
				if c == "" && (m.p.Code[:2] == "17" || m.p.Code[:2] == "18") {
					// "the Turkish government detained 20 journalists":
					// coercion is mostly at home
					c = w.srcCountry
				}
				if c != "" {
					noun = actorRef{mention: -1, place: -1, span: w.toks[k].Span, code: c + ag, name: w.doc.Article.Text[w.toks[k].Start:w.toks[k].End],
						country: c, tok: k, tokEnd: k + 1, noun: ag != ""}
					haveNoun = true
				}
			}
		}
		if s == "," && n > 0 && !haveNoun {
			// "killed Qasem Soleimani, head of Iran's Quds Force": an
			// uncoded name takes the actor its apposition names.
			if r, ok := w.appositionActor(k); ok {
				return r, true
			}
			if r, ok := w.namedApposition(k); ok {
				return r, true
			}
		}
		switch {
		case attributionVerbs[s] || s == "claimed":
			n = limit // "an attack ascribed to X": X is the agent
		case m.p.Noun && nounPreps[s]:
			sawPrep = true
		case !m.p.Noun && objectPreps[s]:
			sawPrep = true
		case s == "'s" || s == "-" || determiners[s]:
		case isPunct(s) || clauseStops[s] || relativeWords[s] || s == "and" || s == "or" || w.comparedAt(k):
			n = limit
		case s == "to" || beForms[s] || auxWords[s]:
			n = limit
		}
		if haveNoun && (locativePreps[s] || s == "of") {
			break
		}
	}
	if haveNoun {
		return noun, true
	}
	return actorRef{}, false
}

// personPatient reports whether the act of code takes a party itself as
// its patient, not the party's words or concerns: meetings (040),
// hosting and receiving (043), recognition (054) and accepting (030).
func personPatient(code string) bool {
	return code == "040" || code == "043" || code == "054" || code == "030"
}

// acceptedThings are what an actor offers another to accept: accepting
// them is accepting the offer ("accepted Kenya's invitation").
var acceptedThings = set("offer", "offers", "proposal", "proposals", "invitation", "invitations",
	"plan", "plans", "terms", "deal", "demand", "demands", "conditions", "ceasefire", "mediation",
	"promise", "promises", "apology", "help", "aid", "assistance", "support")

// possessedThing looks at what the actor ending at token e possesses
// ("firms' concerns", "Kenya's foreign minister"): ok is false when e is
// no possessive; else j is the mention that heads the possessed phrase,
// or -1 when the possessed head is no person or role (a thing, for an
// act on persons), and e itself when it is one (the possessor stands for
// it: "met Russia's envoys").
func (w *worker) possessedThing(e, hi int, code string) (int, bool) {
	if e >= hi || e >= len(w.low) || w.low[e] != "'s" && w.low[e] != "'" {
		return 0, false
	}
	for j := e + 1; j < hi && j <= e+4; j++ {
		s := strings.ToLower(w.low[j])
		if w.ment[j] >= 0 && w.mstart[j] == j {
			return j, true
		}
		if appositionTitles[s] || appositionTitles[strings.TrimSuffix(s, "s")] || groupHeads[s] || relationNouns[s] ||
			memberSectors[s] != "" || personHeads[s] || code == "030" && acceptedThings[s] {
			return e, true
		}
		if isPunct(s) || prepositions[s] || s == "and" || s == "or" {
			break
		}
	}
	return -1, true
}

// personHeads are further nouns for people a possessor stands for.
var personHeads = set("delegation", "delegations", "counterpart", "counterparts", "team", "teams",
	"representative", "representatives", "negotiator", "negotiators", "staff", "family", "government",
	"leadership", "cabinet", "army", "forces", "troops", "people", "citizens", "nationals",
	"visit", "visits", "arrival", "trip", "tour") // (hosting X's visit hosts X)

// backerTails are the participles that, after "X-", make X the backer
// or designator of the group named next ("a U.S.-designated terrorist
// group", "Iran-backed militias"), not a party itself.
var backerTails = map[string]bool{
	"backed": true, "sponsored": true, "funded": true, "financed": true, "supported": true,
	"allied": true, "aligned": true, "trained": true, "armed": true, "designated": true,
	"listed": true, "blacklisted": true, "sanctioned": true, "recognized": true, "recognised": true,
}

// backerBefore reports whether the mention ending at token e is the X of
// an "X-backed" compound with another mention (the group) within the
// next few tokens.
func (w *worker) backerBefore(e int) bool {
	if e+1 >= len(w.low) || w.low[e] != "-" || !backerTails[w.low[e+1]] {
		return false
	}
	for k := e + 2; k < len(w.low) && k < e+6; k++ {
		if w.ment[k] >= 0 {
			return true
		}
		if isPunct(w.low[k]) {
			return false
		}
	}
	return false
}

// regionCode returns the code of the region mention at token k ("North
// African" → NAF), "" when it is none.
func (w *worker) regionCode(k int) string {
	if a := w.doc.Mentions[w.ment[k]].Actor; a != nil && a.Kind == dyad.ActorRegion {
		return a.Code
	}
	return ""
}

// placeOf reports whether the place at token k is the named head of an
// "of" phrase after a settlement noun: "shelled the city of Kharkiv".
func (w *worker) placeOf(k int) bool {
	return k >= 2 && w.low[k-1] == "of" && settlementNouns[w.low[k-2]]
}

// materialConflict reports whether a CAMEO code is material conflict
// (roots 17 to 20), the events whose object may be a facility or people.
func materialConflict(code string) bool {
	return len(code) >= 2 && (code[:2] == "17" || code[:2] == "18" || code[:2] == "19" || code[:2] == "20")
}

// countryFor returns the country an object noun at token k belongs to:
// the place of its sentence (after k first), else the article's most
// mentioned country.
func (w *worker) countryFor(k int) string {
	for j := k + 1; j < len(w.toks); j++ {
		if pi := w.place[j]; pi >= 0 && w.doc.Places[pi].Country != "" && !w.doc.Places[pi].Metonymic {
			return w.doc.Places[pi].Country
		}
	}
	if c := w.openingPlace(k); c != "" {
		return c
	}
	for j := k - 1; j >= 0; j-- {
		if pi := w.place[j]; pi >= 0 && w.doc.Places[pi].Country != "" && !w.doc.Places[pi].Metonymic {
			return w.doc.Places[pi].Country
		}
	}
	return w.docCountry()
}

// docCountry returns the country the article's places name most often
// (ties: the first), else the one its actors belong to most often, "" when
// there is none. Computed once per document.
func (w *worker) docCountry() string {
	if w.docCountrySet {
		return w.docCountryVal
	}
	w.docCountrySet = true
	counts := map[string]int{}
	best := ""
	for i := range w.doc.Places {
		c := w.doc.Places[i].Country
		if c == "" {
			continue
		}
		counts[c]++
		if best == "" || counts[c] > counts[best] {
			best = c
		}
	}
	if best == "" {
		// No place named ("A Kenyan court has lifted …"): the country its
		// actors belong to most often.
		for i := range w.doc.Mentions {
			a := w.doc.Mentions[i].Actor
			if a == nil || len(a.Country) != 3 {
				continue
			}
			counts[a.Country]++
			if best == "" || counts[a.Country] > counts[best] {
				best = a.Country
			}
		}
	}
	w.docCountryVal = best
	return best
}

// hasObject reports whether an actor follows m's trigger as its object.
func (w *worker) hasObject(m *match) bool {
	_, ok := w.object(m)
	return ok
}

// coordinatedWith reports whether the trigger starting at token i opens a
// conjunct that shares the subject of an earlier event of the sentence:
// "X absorbed A and then launched B", "X gave Y a dressing-down, accusing
// him".
func (w *worker) coordinatedWith(i int) (sentEvent, bool) {
	if len(w.prev) == 0 {
		return sentEvent{}, false
	}
	p := w.prev[len(w.prev)-1]
	if p.m.end > i || w.quote[p.m.anchor] != w.quote[i] {
		return sentEvent{}, false
	}
	if w.nominalConjunct(i) {
		return sentEvent{}, false
	}
	k := w.auxStart(i) - 1
	for k >= 0 && (w.low[k] == "then" || w.low[k] == "later" || w.low[k] == "also" || w.low[k] == "subsequently") {
		k--
	}
	if k < 0 {
		return sentEvent{}, false
	}
	switch {
	case (w.low[k] == "and" || w.low[k] == "or" || w.low[k] == "but") && p.m.p.Noun && p.m.p != visitingPattern:
		// A verb is coordinated with a verb, not a noun: "X has
		// determined that Zamora's detention is arbitrary and called
		// for his release" — X called, not Zamora's jailers. After a
		// that-clause holding the nominal, the main clause's subject;
		// else the last verb's event before it ("Kenya condemned the
		// Ugandan attack on Lamu and demanded …"), else the subject
		// search.
		lo, _ := w.bounds(i)
		for j := len(w.prev) - 2; j >= 0; j-- {
			if q := w.prev[j]; !q.m.p.Noun && w.quote[q.m.anchor] == w.quote[i] {
				return q, true
			}
		}
		for t := p.m.start - 1; t > lo; t-- {
			if w.low[t] == "that" && w.ment[t] < 0 {
				if s, ok := w.mainSubject(lo, t); ok {
					return sentEvent{m: p.m, sources: []actorRef{s}}, true
				}
				break
			}
		}
		return sentEvent{}, false
	case w.low[k] == "and" || w.low[k] == "or" || w.low[k] == "but":
		// "and" right before the verb phrase, and no subject of its own
		// between the previous trigger and here other than objects.
		return p, true
	case w.low[k] == "," && k+1 == i && strings.HasSuffix(w.low[i], "ing") && !w.c.dict.isNoun(w.low[i]):
		// (a bare participle, not "…, are conducting")
		if r := w.region[p.m.anchor]; r != 0 && r != w.region[i] {
			// "The Taliban, who seized power in 2021, have imposed
			// curbs on women, barring them from …": the participle is
			// the main clause's, not the closed relative clause's.
			return sentEvent{}, false
		}
		return p, true
	}
	return sentEvent{}, false
}

// nominalConjunct reports whether the verb trigger at token i follows
// "and/or/but" after the sentence's last event, a nominal one: "has
// determined that Zamora's detention is arbitrary and called for his
// release" joins "called" to the main clause's verb, not to the noun.
func (w *worker) nominalConjunct(i int) bool {
	if len(w.prev) == 0 || w.c.dict.isNoun(w.low[i]) {
		return false
	}
	p := w.prev[len(w.prev)-1]
	if !p.m.p.Noun || p.m.p.light || p.m.end > i {
		return false
	}
	k := w.auxStart(i) - 1
	for k >= 0 && (w.low[k] == "then" || w.low[k] == "later" || w.low[k] == "also") {
		k--
	}
	return k >= 0 && (w.low[k] == "and" || w.low[k] == "or" || w.low[k] == "but")
}

// isNoun reports whether every pattern anchored on word is nominal.
func (d *Dict) isNoun(word string) bool {
	ps := d.index[word]
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if !p.Noun {
			return false
		}
	}
	return true
}

// exchange reports whether "in exchange for" or "in return for" comes just
// before token i (with the trigger's subject between).
func (w *worker) exchange(i int) bool {
	for k := i - 1; k >= 2 && k >= i-6; k-- {
		if w.low[k] == "for" && exchangeWords[w.low[k-1]] && w.low[k-2] == "in" {
			return true
		}
	}
	return false
}

// implicitTarget returns the nearest actor of another country than src
// after the trigger, anywhere in the rest of the sentence (quotes
// included: "…could offer protection,” Witkoff said, … Ukraine …").
func (w *worker) implicitTarget(m *match, src actorRef) (actorRef, bool) {
	n := len(w.toks)
	try := func(k int) (actorRef, bool) {
		if r := w.slotAt(k, false); r != nil && r.country != "" && r.country != src.country && !locativePreps[w.prepBefore(r.tok)] {
			return *r, true
		}
		return actorRef{}, false
	}
	if m.p.Noun && m.source != nil {
		// "to support Ukraine in the face of Russia's aggression", "Taiwan
		// wants to deter China's aggression": the victim of a named
		// agent's act is mostly the clause's actor before it; else one
		// after it in the same quote or sentence.
		lo, hi := w.bounds(m.anchor)
		for k := m.source.tok - 1; k >= lo && !clauseStops[w.low[k]]; k-- {
			if r, ok := try(k); ok {
				return r, true
			}
		}
		n = hi
	}
	for k := m.end; k < n; k++ {
		if coordinators[w.low[k]] && w.quote[k] == w.quote[m.anchor] && w.newClauseAt(k+1) {
			// "China pledged funds and Syria is taxing goods": a
			// coordinated clause's subject is no party to this act
			break
		}
		if r, ok := try(k); ok {
			return r, true
		}
	}
	return actorRef{}, false
}

// ellipsis finds "…, as will Y and Z" after m: more sources of the same
// event.
func (w *worker) ellipsis(m *match) []actorRef {
	_, hi := w.bounds(m.anchor)
	for k := m.hiEnd; k+2 < hi; k++ {
		if w.low[k] == ";" || w.low[k] == "." {
			return nil
		}
		if w.low[k] == "," && w.low[k+1] == "as" && ellipsisAux[w.low[k+2]] {
			j := k + 3
			for j < hi && w.ment[j] < 0 && j < k+6 && !isPunct(w.low[j]) {
				j++
			}
			if j < hi && w.ment[j] >= 0 {
				return w.expandRight(w.mentionRef(w.ment[j], j))
			}
			return nil
		}
	}
	return nil
}

// reportedCue reports whether the sentence marks the event as hearsay:
// "reportedly", "allegedly", "according to" (but not the lede's sourcing
// of what it states as fact, see ledeSourcing).
func (w *worker) reportedCue(m *match) bool {
	for k := range w.toks {
		if reportedCues[w.low[k]] && w.cueGoverns(k, m) || (w.low[k] == "according" && k+1 < len(w.toks) && w.low[k+1] == "to" && !w.ledeSourcing(k+2) && w.accordingGoverns(k, m)) {
			return true
		}
	}
	return false
}

// cueGoverns reports whether the hearsay adverb at token k ("allegedly")
// bears on the trigger of m: in its clause (the same region, no comma
// between them) or opening the sentence. "X arrested Y, who allegedly
// were preparing attacks" reports the preparation, not the arrest.
func (w *worker) cueGoverns(k int, m *match) bool {
	if k == 0 || k == 1 && w.low[0] == "\"" {
		return true
	}
	if w.region[k] != w.region[m.anchor] {
		return false
	}
	lo, hi := k, m.start
	if k > m.anchor {
		lo, hi = m.end, k
		if w.chargeAdjunct(k) {
			return false
		}
	}
	for j := lo; j < hi; j++ {
		if w.low[j] == "," || w.low[j] == ";" || relativeWords[w.low[j]] {
			return false
		}
	}
	return true
}

// chargeAdjunct reports whether the hearsay adverb at token k opens a
// prepositional -ing adjunct that names a charge ("arrested X for
// allegedly trying to …", "convicted of allegedly taking bribes"): the
// charge is alleged, the act before it is not.
func (w *worker) chargeAdjunct(k int) bool {
	if k < 1 || k+1 >= len(w.low) || !strings.HasSuffix(w.low[k+1], "ing") {
		return false
	}
	switch w.low[k-1] {
	case "for", "of", "over":
		return true
	}
	return false
}

// ledeAccordingTo reports whether the sentence cites its source with a
// lede's "according to witnesses/police" (see ledeSourcing).
func (w *worker) ledeAccordingTo() bool {
	for k := 0; k+1 < len(w.toks); k++ {
		if w.low[k] == "according" && w.low[k+1] == "to" && w.ledeSourcing(k+2) {
			return true
		}
	}
	return false
}

// ledeSourcing reports whether the "according to" phrase starting at
// token k is a lede's sourcing of a fact the outlet states in its own
// voice ("Gunmen stormed a hotel on Tuesday, according to witnesses"):
// the article's first sentence, citing witnesses, police or other
// officials rather than a party's claim.
func (w *worker) ledeSourcing(k int) bool {
	if w.si != 0 {
		return false
	}
	for j := k; j < len(w.toks) && j < k+4; j++ {
		if witnessSources[w.low[j]] {
			return true
		}
		if isPunct(w.low[j]) {
			break
		}
	}
	return false
}

// mode decides the event's mode from its auxiliary chain and governing
// clause. Precedence: negated, conditional, proposed, planned, asserted
// (the caller turns asserted into reported inside quotes).
func (w *worker) mode(m *match, coordinated bool) string {
	a := w.auxStart(m.start)
	if a == m.start && a >= 2 && (w.low[a-1] == "and" || w.low[a-1] == "or") && w.passiveAt(m.start) && w.passiveAt(a-2) {
		a = w.auxStart(a - 2) // "could be attacked or kidnapped": the first participle's chain
	}
	neg, cond, plan := false, false, false
	onlyWould := true
	for k := a; k < m.start; k++ {
		s := w.low[k]
		switch {
		case negations[s] && m.p.Noun && k+1 < m.start && notJust[w.low[k+1]]:
			// "policies, not just withdrawal from the EU": an addition,
			// not a denial
		case negations[s]:
			neg = true
		case conditionalCues[s]:
			cond = true
			if s != "would" {
				onlyWould = false
			}
		case plannedCues[s]:
			// "set", "expected", "due" plan only with "to": "are set to".
			if s == "will" || s == "shall" || s == "'ll" || s == "won't" || (k+1 < m.start && w.low[k+1] == "to") {
				plan = true
			}
			// "is expected visit India": the "to" dropped by a typo, the
			// bare verb right after a be-form and "expected" still plans
			if s == "expected" && k+1 == m.start && k > a && beForms[w.low[k-1]] && !m.p.Noun && bareVerb(w.low[m.start]) {
				plan = true
			}
			if k == a && k+1 < m.start && w.low[k+1] == "to" {
				if lo, _ := w.bounds(k); w.negatedPlan(k, lo) {
					neg = true // "has no plans to withdraw"
				}
			}
		}
	}
	// "Somalia said it would cut ties": "would" in reported speech is
	// the future seen from the past, a plan, unless an if-clause follows.
	if cond && !neg && onlyWould && w.reportedClause(a) && !w.ifAfter(m.end) {
		cond, plan = false, true
	}
	// "is to meet", "are to sign"; "the Senate was to meet Monday" (an
	// actor's arrangement seen from the past, not "the aim was to meet")
	if a+1 < m.start && (w.low[a] == "is" || w.low[a] == "are" || (w.low[a] == "was" || w.low[a] == "were") && a > 0 && w.ment[a-1] >= 0) && w.low[a+1] == "to" {
		plan = true
	}
	for k := a; k+1 < m.start; k++ {
		if w.low[k] == "yet" && w.low[k+1] == "to" {
			neg = true // "has yet to attack", "is yet to sign": not (yet) done
		}
	}
	// "is likely to attack": possible, not done; "is unable to meet":
	// not done. (Readiness, "is ready to accept", is the subject's own
	// stance, coded by its intent rules.)
	for k := max(a-1, 0); k+1 < m.start; k++ {
		if w.low[k+1] != "to" || k < 1 {
			continue
		}
		b := k - 1
		if b >= 1 && b >= a && len(w.low[b]) > 4 && strings.HasSuffix(w.low[b], "ly") {
			b-- // "were increasingly likely to be targeted"
		}
		if !(beForms[w.low[b]] || w.ment[b] >= 0 || w.low[b] == "seem" || w.low[b] == "seems") {
			continue
		}
		switch w.low[k] {
		case "likely", "unlikely":
			cond = true
		case "able":
			// "would still be able to reject proposals": a capacity,
			// not a plan (not "was able to", which tells it was done)
			if b >= 1 && w.low[b] == "be" {
				cond = true
			}
		case "unable":
			neg = true
		}
	}
	// "nodded rather than lay a wreath", "instead of meeting Trump": an
	// alternative not taken
	if a >= 2 && (w.low[a-1] == "than" && w.low[a-2] == "rather" || w.low[a-1] == "of" && w.low[a-2] == "instead") {
		neg = true
	}
	// "no longer supplies arms", "left without meeting Trump"
	if a >= 2 && w.low[a-1] == "longer" && w.low[a-2] == "no" || a >= 1 && a == m.start && w.low[a-1] == "without" {
		neg = true
	}
	// "Putin to visit India": a headline's or caption's subject and
	// infinitive with no finite verb announce a plan.
	if a < m.start && w.low[a] == "to" && w.headlineSubject(a) {
		plan = true
	}
	if plan && !neg && (w.frontedCondition(m) || w.conditionAfter(m.end)) {
		cond = true // "Unless Iran halts enrichment, Israel will strike"
	}
	if !neg && !cond && !plan && a == m.start && !m.p.Noun && bareVerb(w.low[m.anchor]) {
		switch w.coordinatedModal(a) {
		case "will", "shall":
			plan = true
		case "would":
			if w.reportedClause(a) && !w.ifAfter(m.end) {
				plan = true
			} else {
				cond = true
			}
		case "":
		default:
			cond = true
		}
	}
	if !neg && !cond && !plan && a == m.start && w.futureTemporalClause(m) {
		plan = true // "Zelenskyy will meet Trump after Putin visits China"
	}
	if !neg && !cond && !plan {
		switch w.questionMode(m) {
		case dyad.ModeConditional:
			cond = true
		case dyad.ModePlanned:
			plan = true
		}
	}
	switch {
	case neg:
		return dyad.ModeNegated
	case cond:
		return dyad.ModeConditional
	case plan:
		return dyad.ModePlanned
	}
	// The governing clause.
	// (a passive infinitive too: "can opt to be deported")
	nonFinite := m.p.Noun || strings.HasSuffix(w.low[m.anchor], "ing") && !w.progressive(m.start) || (a < m.start && w.low[m.start-1] == "to") ||
		a+1 < m.start && w.low[m.start-2] == "to" && w.low[m.start-1] == "be"
	lo, _ := w.bounds(m.anchor)
	if nonFinite && !m.p.Noun && m.start == m.anchor && strings.HasSuffix(w.low[m.anchor], "ing") && len(m.p.Code) >= 2 && (m.p.Code[:2] == "02" || m.p.Code[:2] == "10") {
		// "joined the calls by UK officials asking the US to waive X",
		// "a proposal asking Russia to withdraw": an appeal or demand as
		// the participle of a proposal noun (past its "by/from" agent)
		// is the proposal itself, made; its own content is what is
		// proposed ("a proposal ending the war" is not made)
		k := m.start - 1
		if k > lo && w.ment[k] >= 0 {
			if ms := w.mstart[k]; ms-1 > lo && (w.low[ms-1] == "by" || w.low[ms-1] == "from") {
				k = ms - 2
			}
		}
		if k >= lo && proposalNouns[w.low[k]] {
			nonFinite = false
		}
	}
	possessed := m.p.Noun && m.start > lo && (w.low[m.start-1] == "'s" || possessivePronouns[w.low[m.start-1]] ||
		m.start > lo+1 && (w.low[m.start-2] == "'s" || possessivePronouns[w.low[m.start-2]]))
	ongoing := false // "can continue to support": the act goes on already
	for k := m.start - 1; k >= lo; k-- {
		s := w.low[k]
		if s == ";" {
			break
		}
		if (s == "and" || s == "but") && k > lo && k+1 < m.start && w.low[k-1] == "," && !determiners[w.low[k+1]] && !articles[w.low[k+1]] && !possessivePronouns[w.low[k+1]] {
			// "Kenya has not responded, and Ethiopia continues to support
			// Somalia", "…, and continues to support": a clause after a
			// comma and a conjunction is out of the first one's reach (not
			// a listed noun phrase: "…, and the abduction of X")
			break
		}
		if continueVerbs[s] && k+2 == m.start && w.low[k+1] == "to" {
			ongoing = true
		}
		if ongoing && conditionalCues[s] && s != "would" && !negations[s] && !w.ifAfter(m.end) {
			// the modal bears on going on, not on whether the act happens
			break
		}
		if ifWords[s] {
			// the trigger is inside the if-clause unless a comma closed it
			closed := false
			for j := k + 1; j < m.start; j++ {
				if w.low[j] == "," {
					closed = true
					break
				}
			}
			if !closed {
				return dyad.ModeConditional
			}
			// "Unless Iran halts enrichment, Israel will strike": the
			// main clause after a fronted condition holds only if it does
			// (not "even if", a concession, nor "whether", an alternative)
			if w.frontedCondition(m) {
				return dyad.ModeConditional
			}
		}
		// "proposed that Russia and Ukraine hold talks": a proposal's
		// that-clause (mandative, so not in the past tense)
		if mandativeCues[s] && k+1 < m.start && w.low[k+1] == "that" && !strings.HasSuffix(w.low[m.anchor], "ed") && w.plainThatClause(k+2, m.start) {
			return dyad.ModeProposed
		}
		// "has requested President Trump declare a state of emergency":
		// the same clause without "that", its subject an actor right
		// before a bare verb
		if mandativeCues[s] && !m.p.Noun && m.start == m.anchor && k+1 < m.start && w.ment[k+1] >= 0 && w.mstart[k+1] == k+1 && w.mend[k+1] == m.start && bareVerb(w.low[m.anchor]) {
			return dyad.ModeProposed
		}
		if m.p.Noun && (presupposingVerbs[s] || presentModifiers[s]) {
			// "would violate a U.N. arms embargo", "must maintain
			// sanctions", "would undermine the ongoing talks": the act is
			// there already; the modal bears on the governing verb
			break
		}
		if m.p.Noun && k < m.start-1 && relativeWords[s] {
			// "no repeat of the trouble which marred the demonstration":
			// a relative clause is its own clause
			break
		}
		if m.p.Noun && k < m.start-1 && (s == "is" || s == "are" || s == "was" || s == "were" || s == "what") {
			// "the issues Muslims should consider were what he called the
			// war on Iraq": a nominal after another clause's verb of being
			// is out of the first clause's modal's reach
			break
		}
		if !nonFinite {
			continue
		}
		if claimNouns[s] && k+1 < m.start {
			// "has not denied allegations his campaign is meant to assist
			// Trump": the claim's content is reported, whatever governs
			// the claim
			break
		}
		if s == "that" && k > lo && factNouns[w.low[k-1]] {
			// "cannot change the fact that X chose to suppress protests":
			// a fact's clause is presupposed, whatever governs the fact
			break
		}
		if materialConflict(m.p.Code) && w.namedPossessed(m) {
			// "will support Ukraine in the face of Russia's aggression":
			// a state's named act of force is presupposed, not planned.
			break
		}
		switch {
		case negations[s] && w.rulesOut(k):
			// "did not rule out a strike": possible, not denied
			return dyad.ModeConditional
		case failWords[s] && k+1 < m.start && w.low[k+1] == "to" && !coordinated && !possessed:
			// (not "failed to mention Trump's ban on travel": presupposed)
			return dyad.ModeNegated // "failed to capture Kyiv"
		case negations[s] && !coordinated && !possessed && !(k+1 < m.start && notJust[w.low[k+1]]) && !w.notFirstTime(k):
			// "can't afford to attack", "is not expected to sign" (but
			// "has never condemned Russia's invasion": a possessed
			// nominal is presupposed)
			return dyad.ModeNegated
		case planVerbs[s] && s != "planned" && k > lo && (w.ment[k-1] >= 0 || auxWords[w.low[k-1]] || beForms[w.low[k-1]]):
			// "the EU plans sanctions": the verb, a plan of the subject's
			// own (the noun, "a plan for X to", proposes; a past "planned
			// the attack" mostly tells of one carried out)
			return dyad.ModePlanned
		case proposalCues[s], considerCues[s], (s == "call" || s == "called" || s == "calling") && k+1 < len(w.toks) && w.low[k+1] == "for":
			return dyad.ModeProposed
		case s == "would" && !coordinated && w.reportedClause(k) && !w.ifAfter(m.end):
			return dyad.ModePlanned // "said it would resume cooperation"
		case conditionalCues[s] && !coordinated:
			return dyad.ModeConditional
		case (s == "will" || s == "shall") && !coordinated:
			return dyad.ModePlanned
		case plannedCues[s] && k+1 < len(w.toks) && w.low[k+1] == "to" && !coordinated:
			if w.negatedPlan(k, lo) {
				return dyad.ModeNegated
			}
			return dyad.ModePlanned
		}
		if possessed && k < m.start-2 && w.isVerbWord(k) && w.ment[k] < 0 && !auxWords[s] && !beForms[s] {
			// "plans to end the EU's arms embargo", "will not tolerate
			// attacks such as Friday's bombing": a possessed nominal
			// another verb governs is presupposed by it
			break
		}
		if clauseStops[s] && s != "that" {
			break
		}
	}
	if coordinated && len(w.prev) > 0 {
		// a conjunct shares its head's mode: "will meet and sign"
		if pm := w.prev[len(w.prev)-1].mode; pm != "" && pm != dyad.ModeAsserted {
			return pm
		}
	}
	return dyad.ModeAsserted
}

// notFirstTime reports whether the negation at k denies only that the act
// is new ("not the first time that X used human shields", "not for the
// first time"): the act itself is asserted.
func (w *worker) notFirstTime(k int) bool {
	j := k + 1
	if j < len(w.low) && w.low[j] == "for" {
		j++
	}
	if j+2 >= len(w.low) || w.low[j] != "the" {
		return false
	}
	switch w.low[j+1] {
	case "first", "second", "third", "last", "only":
		return w.low[j+2] == "time" || w.low[j+2] == "times"
	}
	return false
}

// proposalNouns name a proposal or appeal as a thing ("the calls by X
// asking Y to …", "a proposal urging Y to …").
var proposalNouns = set("call", "calls", "proposal", "proposals", "demand", "demands", "appeal", "appeals",
	"request", "requests", "petition", "petitions", "initiative", "suggestion", "suggestions", "motion", "resolution")

// coordinatedModal returns the modal of the verb group that a bare verb
// at token a is coordinated with ("may try and deport them", "may have to
// consider sanctions or ask the US", "would abolish fees and instead
// offer loans"), or "": the conjunct shares the first verb's modal. A
// negation is not shared ("did not attack and fled"), nor is a modal in
// another clause.
func (w *worker) coordinatedModal(a int) string {
	lo, _ := w.bounds(a)
	k := a - 1
	if k > lo && w.low[k] == "instead" {
		k--
	}
	if k <= lo || w.low[k] != "and" && w.low[k] != "or" {
		return ""
	}
	for j := k - 1; j >= lo && j >= k-12; j-- {
		s := w.low[j]
		if isPunct(s) || clauseStops[s] || relativeWords[s] || negations[s] || reportingVerbs[s] || s == "and" || s == "or" {
			return ""
		}
		if conditionalCues[s] || s == "will" || s == "shall" || s == "'ll" {
			if j+1 < k && bareVerb(w.low[j+1]) && w.ment[j+1] < 0 {
				return s
			}
			return ""
		}
	}
	return ""
}

// presupposingVerbs take a nominal event that exists already as their
// object: violating, maintaining or undermining sanctions or talks
// presupposes them, whatever modal governs the verb.
var presupposingVerbs = set("violate", "violates", "violating", "breach", "breaches", "breaching", "maintain",
	"maintains", "maintaining", "undermine", "undermines", "undermining", "following", "jeopardize",
	"jeopardise", "jeopardizes", "jeopardises", "derail", "derails")

// presentModifiers mark a nominal event as going on: "the ongoing talks",
// "the current sanctions", "existing sanctions".
var presentModifiers = set("ongoing", "current", "existing")

// notJust after "not" adds to what was said ("not just", "not only").
var notJust = set("just", "only", "merely")

// bareVerb reports whether the verb form v may be a bare infinitive or
// a present subjunctive ("declare", not "declares", "declared",
// "declaring").
func bareVerb(v string) bool {
	return !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "ing") && !(strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss"))
}

// factNouns take a that-clause whose content the speaker presupposes.
var factNouns = set("fact", "reality", "truth")

// asideParticiple reports whether the participle at token i (after a
// comma) closes with a comma that the clause's verb group follows: "X,
// arrested last week, was freed", "X, detained by police in May, has
// been released" (not "Trump, the president, criticized Putin").
func (w *worker) asideParticiple(i int) bool {
	_, hi := w.bounds(i)
	for k := i + 1; k+1 < hi && k <= i+8; k++ {
		if w.low[k] == "," {
			n := w.low[k+1]
			return auxWords[n] && n != "to" || beForms[n]
		}
		if isPunct(w.low[k]) || w.isVerbWord(k) && w.ment[k] < 0 {
			return false
		}
	}
	return false
}

// futureTemporalClause reports whether the present-tense trigger of m is
// in a temporal clause (after, before, when, once, until) of a main clause
// with "will": English puts the future of such a clause in the present
// ("will meet Trump after Putin visits China", "Once Russia signs the
// deal, sanctions will be lifted").
func (w *worker) futureTemporalClause(m *match) bool {
	v := w.low[m.anchor]
	if m.p.Noun || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") {
		return false
	}
	lo, hi := w.bounds(m.anchor)
	for k := m.start - 1; k >= lo && k >= m.start-8; k-- {
		s := w.low[k]
		if isPunct(s) || reportingVerbs[s] {
			return false
		}
		if !futureClauseWords[s] {
			continue
		}
		from, to := lo, k // the main clause before it ...
		if k == lo {
			from, to = m.end, hi // ... or after the fronted clause's comma
			for from < hi && w.low[from] != "," {
				from++
			}
		}
		for j := from; j < to; j++ {
			if w.low[j] == "will" || w.low[j] == "'ll" || w.low[j] == "shall" {
				return true
			}
		}
		return false
	}
	return false
}

// negatedPlan reports whether the plan word at token k is denied: "has no
// plans to", "had not, as of yesterday, announced any plans to", "is not
// expected to" (a plan that is not there is no planned act).
func (w *worker) negatedPlan(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-10; j-- {
		s := w.low[j]
		if negations[s] {
			return true
		}
		if clauseStops[s] || s == ";" || w.quote[j] != w.quote[k] {
			return false
		}
	}
	return false
}

var futureClauseWords = set("after", "before", "when", "once", "until")

// conditionAfter reports whether an if- or unless-clause follows token i
// in its clause and conditions it: "Israel will strike Iran if it attacks
// again". Not "even if" (a concession), nor an "if" that means whether
// after a verb of finding out ("will meet Putin to see if a deal is
// possible").
func (w *worker) conditionAfter(i int) bool {
	_, hi := w.bounds(i)
	for k := i; k < hi && k < i+15; k++ {
		s := w.low[k]
		if s == ";" || s == "." || s == ":" || reportingVerbs[s] {
			return false
		}
		if s != "if" && s != "unless" {
			continue
		}
		return !(k > 0 && (w.low[k-1] == "even" || w.low[k-1] == "as" || whetherVerbs[w.low[k-1]]))
	}
	return false
}

// whetherVerbs take an "if" clause meaning "whether".
var whetherVerbs = set("see", "decide", "decides", "ask", "asked", "know", "determine", "check", "wonder",
	"assess", "unclear", "clear", "sure", "test")

// frontedCondition reports whether the clause of m's trigger follows a
// condition opening its sentence or quote: "If Russia attacks, NATO will
// respond", "Unless Iran halts enrichment, Israel will strike" (not "even
// if", a concession, nor "whether", an alternative).
func (w *worker) frontedCondition(m *match) bool {
	lo, _ := w.bounds(m.anchor)
	if lo < len(w.low) && (w.low[lo] == "\"" || w.low[lo] == "“") {
		lo++
	}
	if lo+1 >= m.start || w.low[lo] != "if" && w.low[lo] != "unless" || w.low[lo+1] == "you" {
		// ("If you look at what I do, I attack X": a generic "you"
		// conditions the saying, not the act)
		return false
	}
	for k := lo + 1; k < m.start; k++ {
		if w.low[k] == "," {
			return true
		}
	}
	return false
}

// headlineSubject reports whether the tokens before the "to" at token a
// are only the subject of a verbless sentence: actors from the sentence
// start, joined by "and" ("Russia and China to hold talks"), and no verb
// of being or having or comma after it.
func (w *worker) headlineSubject(a int) bool {
	k := a - 1
	if k < 0 || w.ment[k] < 0 {
		return false
	}
	for k >= 0 {
		switch {
		case w.ment[k] >= 0:
			k = w.mstart[k] - 1
		case w.low[k] == "and":
			k--
		default:
			return false
		}
	}
	for k := a + 1; k < len(w.low); k++ {
		if beForms[w.low[k]] || haveForms[w.low[k]] || w.low[k] == "," {
			return false // "Trump, the third president to be impeached, is to face trial"
		}
	}
	return w.quote[a] < 0
}

// questionMode returns the mode a question gives the event of its main
// clause: a yes/no question ("Did Russia attack Poland?") leaves it open,
// conditional; a wh-question presupposes it, planned after "will"
// ("When will Putin meet Zelenskyy?"), conditional after another modal,
// else "" (asserted: "Why did Russia attack Ukraine?").
func (w *worker) questionMode(m *match) string {
	n := len(w.low)
	if n < 3 || w.low[n-1] != "?" || w.quote[m.anchor] >= 0 {
		return ""
	}
	aux := 0
	if whWords[w.low[0]] {
		aux = 1
	}
	s := w.low[aux]
	if !ellipsisAux[s] || aux >= m.start {
		return ""
	}
	switch {
	case aux == 0:
		return dyad.ModeConditional // "Will Russia attack Poland?": open
	case s == "will" || s == "shall":
		return dyad.ModePlanned
	case conditionalCues[s]:
		return dyad.ModeConditional
	}
	return ""
}

// plainThatClause reports whether [lo, hi) holds no verb of its own: the
// subject of a that-clause whose verb is at hi.
func (w *worker) plainThatClause(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if reportingVerbs[w.low[k]] || clauseStops[w.low[k]] || w.isVerbWord(k) && w.ment[k] < 0 {
			return false
		}
	}
	return true
}

// progressive reports whether the -ing verb at token i is a finite
// progressive: a form of "be" before it, over adverbs and a coordinated
// -ing verb ("militants are still resisting and fighting").
func (w *worker) progressive(i int) bool {
	k := i - 1
	skip := func() {
		for k >= 0 && (strings.HasSuffix(w.low[k], "ly") || w.low[k] == "still" || w.low[k] == "also") {
			k--
		}
	}
	skip()
	if k >= 1 && (w.low[k] == "and" || w.low[k] == "or") && strings.HasSuffix(w.low[k-1], "ing") {
		k -= 2
		skip()
	}
	return k >= 0 && beForms[w.low[k]] && w.low[k] != "being"
}

// isVerbWord reports whether token k is a verb anchor of the dictionary
// (some pattern on it is not nominal).
func (w *worker) isVerbWord(k int) bool {
	for _, p := range w.c.dict.index[w.low[k]] {
		if !p.Noun {
			return true
		}
	}
	return false
}

// complementObject returns the first actor in a control verb's complement
// that is not the source: "refused to meet Zelenskyy".
func (w *worker) complementObject(m *match, src actorRef) (actorRef, bool) {
	if w.namedAddressee(m) {
		return actorRef{}, false
	}
	return w.complementActor(m, src)
}

// complementActor returns the first actor in a control verb's complement
// that is not the source (see complementObject), whoever the addressee.
func (w *worker) complementActor(m *match, src actorRef) (actorRef, bool) {
	end := w.scopeEnd(m.end)
	for k := m.hiEnd; k < end; k++ {
		if w.low[k] == "," && k > m.hiEnd && w.ment[k-1] < 0 {
			// "pledged converting Hagia Sophia, formerly a Greek Orthodox
			// church": an apposition to a non-actor is no party
			break
		}
		if k > m.hiEnd && w.nestedInfinitive(k) {
			break // "offered to pay X's relatives to invite her to Turkey": a purpose clause's actors are no party
		}
		if r := w.slotAt(k, false); r != nil {
			if r.code != src.code && !locativePreps[w.prepBefore(r.tok)] {
				return *r, true
			}
			k = r.tokEnd - 1
		} else if w.pers[k] >= 0 && (k == 0 || w.pers[k-1] != w.pers[k]) && !locativePreps[w.prepBefore(k)] {
			// "offered to pay Alinejad's relatives": the kin or staff of
			// a person the actors stage left uncoded are the first party
			// (the acting state's people, see code)
			if r, ok := w.personRef(k); ok && r.tokEnd < end && w.low[r.tokEnd] == "'s" {
				return r, true
			}
		}
	}
	return actorRef{}, false
}

// namedAddressee reports whether an appeal or demand (roots 02, 10) names
// its addressee between the verb and the "to" of its complement with words
// the actors stage left uncoded ("urged the council to press the warring
// parties to …", "called on world leaders to isolate Russia"): the appeal
// is made to them, not to an actor in the complement.
func (w *worker) namedAddressee(m *match) bool {
	if !strings.HasPrefix(m.p.Code, "02") && !strings.HasPrefix(m.p.Code, "10") || !m.p.openAddressee() {
		return false
	}
	if m.hiEnd < 2 || m.hiEnd > len(w.toks) || w.low[m.hiEnd-1] != "to" {
		return false
	}
	for k := m.anchor + 1; k < m.hiEnd-1; k++ {
		x := w.low[k]
		if w.ment[k] >= 0 || isPunct(x) || prepositions[x] || determiners[x] || articles[x] || possessivePronouns[x] ||
			strings.HasSuffix(x, "ly") || w.toks[k].Kind != dyad.TokenWord {
			continue
		}
		return true
	}
	return false
}

// clauseSubject returns the subject of the clause in [lo, end): the last
// mention before its first verb that can be a subject (not a
// prepositional object, possessor or aside), or none.
func (w *worker) clauseSubject(lo, end int) (actorRef, bool) {
	var best *actorRef
	for k := lo; k < end; k++ {
		if w.ment[k] < 0 {
			if w.isVerbWord(k) || auxWords[w.low[k]] && w.low[k] != "to" || beForms[w.low[k]] || reportingVerbs[w.low[k]] {
				break
			}
			continue
		}
		if w.mstart[k] != k {
			continue
		}
		r := w.mentionRef(w.ment[k], k)
		if !w.isPrepObject(k) && !(r.tokEnd < len(w.toks) && w.low[r.tokEnd] == "'s") && w.region[k] == 0 {
			best = &r
		}
		k = r.tokEnd - 1
	}
	if best == nil {
		return actorRef{}, false
	}
	return *best, true
}

// mainSubject returns the first mention in [lo, end) that can be a
// subject: not a prepositional object or a possessor.
func (w *worker) mainSubject(lo, end int) (actorRef, bool) {
	for k := lo; k < end; k++ {
		if w.ment[k] < 0 || w.mstart[k] != k {
			continue
		}
		r := w.mentionRef(w.ment[k], k)
		if w.isPrepObject(k) || (r.tokEnd < len(w.toks) && w.low[r.tokEnd] == "'s") || w.region[k] != 0 {
			continue
		}
		return r, true
	}
	return actorRef{}, false
}

// verbalBefore reports whether token k can precede a verb's -ing form:
// an auxiliary, adverb, negation, preposition, conjunction, punctuation or
// an actor (its subject).
func (w *worker) verbalBefore(k int) bool {
	if k < 0 {
		return true
	}
	s := w.low[k]
	return w.ment[k] >= 0 || auxWords[s] || beForms[s] || negations[s] || prepositions[s] || aspectVerbs[s] ||
		isPunct(s) || s == "and" || s == "or" || s == "but" || s == "of" ||
		strings.HasSuffix(s, "ly") || s == "not" || s == "who" || s == "which" || s == "that" || participleClauseWords[s]
}

// aspectVerbs take an -ing verb as their complement: "began protesting",
// "continued shelling" (the -ing form is a verb, not a noun).
var aspectVerbs = set("begin", "begins", "began", "begun", "start", "starts", "started", "continue", "continues",
	"continued", "keep", "keeps", "kept", "resume", "resumes", "resumed")

// triggerAt reports whether a verb trigger of the sentence is anchored at
// token k.
func (w *worker) triggerAt(k int) bool {
	for i := range w.matches {
		if m := &w.matches[i]; m.anchor == k && !m.p.Noun && m.p.Code != "" {
			return true
		}
	}
	return false
}

// objectOfVerb reports whether the nominal trigger starting at token i is
// the object of a verb trigger just before it (skipping up to three
// determiners and modifiers).
// clauseConjunctions open a subordinate clause whose subject follows them.
var clauseConjunctions = set("as", "while", "when", "whereas", "because", "although", "though")

func (w *worker) objectOfVerb(i int) bool {
	lo, _ := w.bounds(i)
	for k, n := i-1, 0; k >= lo && n < 4; k, n = k-1, n+1 {
		s := w.low[k]
		if w.ment[k] >= 0 || isPunct(s) && s != "-" || prepositions[s] && s != "of" || particles[s] {
			return false // "called off aid to Ukraine": a phrasal verb
		}
		if clauseConjunctions[s] || eventPPs[s] {
			return false // "the vote came as protests continued": a new clause's subject; "since an assault"
		}
		if w.triggerAt(k) || w.isVerbWord(k) {
			return true
		}
	}
	return false
}

// lightVerbObject reports whether the nominal trigger starting at token i
// is the object of a light verb (`@light`) that codes no event of its own
// there: "delivered a warning to X", "extended an invitation to X" are the
// noun's events, the verb only carries them.
func (w *worker) lightVerbObject(i int) bool {
	lo, _ := w.bounds(i)
	for k, n := i-1, 0; k >= lo && n < 4; k, n = k-1, n+1 {
		s := w.low[k]
		if w.ment[k] >= 0 || isPunct(s) || prepositions[s] || particles[s] || clauseConjunctions[s] || eventPPs[s] {
			return false
		}
		if w.triggerAt(k) || w.isVerbWord(k) || w.c.dict.light[s] {
			return w.c.dict.light[s] && !w.triggerAt(k)
		}
	}
	return false
}

// listContinues reports whether a list goes on after token k with "and"
// or ", and" ("A, B and other groups condemned").
func (w *worker) listContinues(k int) bool {
	if k < len(w.toks) && w.low[k] == "and" {
		return true
	}
	return k+1 < len(w.toks) && w.low[k] == "," && w.low[k+1] == "and"
}

// reportingVerbBefore returns the reporting verb that governs a clause
// starting at token k ("said (that) it would …", "announced they had …"),
// or -1.
func (w *worker) reportingVerbBefore(k int) int {
	lo := 0
	j := k - 1
	if j >= lo && w.low[j] == "that" {
		j--
	}
	if j >= lo && reportingVerbs[w.low[j]] && w.ment[j] < 0 {
		return j
	}
	return w.reportingVerbOver(j)
}

// reportingVerbOver returns the reporting verb before a short adjunct or
// addressee that ends at token j ("said on Monday it would", "told
// reporters on Tuesday that he had"), or -1.
func (w *worker) reportingVerbOver(j int) int {
	for n := 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		s := w.low[j]
		if reportingVerbs[s] && w.ment[j] < 0 {
			// the words between are an adjunct or the addressee of "tell",
			// not an object noun ("said the decision he made")
			if nx := w.low[j+1]; n > 0 && (prepositions[nx] || timeAdjuncts[nx] || strings.HasPrefix(s, "t") && s != "state" && s != "states" && s != "stated") {
				return j
			}
			return -1
		}
		if isPunct(s) || clauseStops[s] || relativeWords[s] || subjectPronouns[s] || auxWords[s] || beForms[s] ||
			s == "and" || s == "or" || w.isVerbWord(j) {
			return -1
		}
	}
	return -1
}

// reportedClause reports whether the verb group starting at token a is in
// a clause governed by a reporting verb: "X said (that) [Y] would …".
func (w *worker) reportedClause(a int) bool {
	if qi := w.quote[a]; qi >= 0 && !w.doc.Quotes[qi].Direct {
		return true
	}
	return w.reportingVerbOf(a) >= 0
}

// reportingVerbOf returns the reporting verb that governs the clause
// whose verb group starts at token a, or -1: "X said (that) [Y] would …",
// "X told reporters on Monday that A and that [Y] would …".
func (w *worker) reportingVerbOf(a int) int {
	lo := 0
	k := a - 1
	if k > lo && w.low[k] == "," && w.region[k-1] != 0 {
		// "said that Putin, who met X, would": over the aside
		for k--; k >= lo && w.region[k] != 0; k-- {
		}
		if k >= lo && w.low[k] == "," {
			k--
		}
	}
	// the clause's subject: a mention or a pronoun
	switch {
	case k >= lo && w.ment[k] >= 0:
		k = w.mstart[k] - 1
	case k >= lo && subjectPronouns[w.low[k]]:
		k--
	default:
		return -1
	}
	if k >= lo && w.low[k] == "that" {
		return w.thatGovernor(k)
	}
	if k >= lo && reportingVerbs[w.low[k]] && w.ment[k] < 0 {
		return k
	}
	if k >= lo {
		return w.reportingVerbOver(k)
	}
	return -1
}

// thatMaxGap bounds the words between a reporting verb and the "that" of
// its complement: an addressee, places and times ("told reporters in the
// port city, Split, on Monday that").
const thatMaxGap = 14

// thatGovernor returns the reporting verb whose complement the "that" at
// token k opens, or -1. Between them may stand the addressee of "tell"
// and adjuncts of place and time ("said Tuesday that", "telling
// reporters in the capital on Monday that"), but no verb or clause
// boundary. A coordinated "and that" shares the verb of an earlier
// "that" ("said that A and that B").
func (w *worker) thatGovernor(k int) int {
	j := k - 1
	if j >= 0 && w.ment[j] < 0 && (w.low[j] == "and" || w.low[j] == "but") {
		for i := j - 1; i >= 0; i-- {
			s := w.low[i]
			if s == ";" || s == "." || s == ":" {
				return -1
			}
			if s != "that" || w.ment[i] >= 0 {
				continue
			}
			if g := w.thatGovernor(i); g >= 0 {
				return g
			}
		}
		return -1
	}
	for n := 0; j >= 0 && n < thatMaxGap; j, n = j-1, n+1 {
		s := w.low[j]
		if (reportingVerbs[s] || reportingParticiples[s]) && w.ment[j] < 0 {
			return j
		}
		if w.ment[j] >= 0 || w.place[j] >= 0 || s == "," {
			continue
		}
		if isPunct(s) || clauseStops[s] || relativeWords[s] || subjectPronouns[s] || auxWords[s] || beForms[s] ||
			s == "and" || s == "or" || w.isVerbWord(j) {
			return -1
		}
	}
	return -1
}

// ifAfter reports whether an if/unless clause follows token i in its
// clause: "would retaliate if attacked".
func (w *worker) ifAfter(i int) bool {
	_, hi := w.bounds(i)
	for k := i + 1; k < hi && k < i+15; k++ {
		s := w.low[k]
		if ifWords[s] || s == "unless" {
			return true
		}
		if s == ";" || s == "." {
			break
		}
	}
	return false
}

// foreignModifier reports whether the object noun at token k has a
// capitalised modifier that is no actor mention ("2,300 Artsakh soldiers"):
// its affiliation is unknown, so the noun stands for no country.
func (w *worker) foreignModifier(k int) bool {
	j := k - 1
	if j >= 0 && (w.low[j] == "police" || w.low[j] == "military" || w.low[j] == "army") {
		j--
	}
	if j < 0 || w.ment[j] >= 0 {
		return false
	}
	t := w.doc.Article.Text[w.toks[j].Start:w.toks[j].End]
	return t != "" && t[0] >= 'A' && t[0] <= 'Z' && j > 0
}

// appositionActor returns the actor of an apposition after the comma at
// token k that follows an uncoded capitalised name: ", head of Iran's Quds
// Force", ", a commander of Hamas".
func (w *worker) appositionActor(k int) (actorRef, bool) {
	if k == 0 || w.ment[k-1] >= 0 {
		return actorRef{}, false
	}
	prev := w.doc.Article.Text[w.toks[k-1].Start:w.toks[k-1].End]
	if prev == "" || prev[0] < 'A' || prev[0] > 'Z' {
		return actorRef{}, false
	}
	_, hi := w.bounds(k)
	j := k + 1
	for j < hi && j <= k+3 && (determiners[w.low[j]] || w.low[j] == "former" || w.low[j] == "senior" || w.low[j] == "top" || w.low[j] == "deputy") {
		j++
	}
	if j+1 >= hi || !appositionTitles[w.low[j]] || w.low[j+1] != "of" {
		return actorRef{}, false
	}
	for i := j + 2; i < hi && i <= j+4; i++ {
		if w.ment[i] >= 0 {
			return w.mentionRef(w.ment[i], i), true
		}
		if !determiners[w.low[i]] {
			break
		}
	}
	return actorRef{}, false
}

// pluralAnaphors are the words of an anaphor that stands for every
// member of a coordinated antecedent: "they", "the two countries",
// "both sides".
var pluralAnaphors = set("they", "two", "both")

// antecedentConjuncts returns the actors coordinated with the antecedent
// of a plural anaphor r ("India and China held talks. They agreed …":
// China), standing at r's own words; none when r is no plural anaphor
// or its antecedent stands alone.
func (w *worker) antecedentConjuncts(r actorRef) []actorRef {
	if r.mention < 0 || r.tok < 0 {
		return nil
	}
	m := &w.doc.Mentions[r.mention]
	if m.Antecedent == nil || m.Source != "coref" {
		return nil
	}
	plural := false
	for _, x := range strings.Fields(strings.ToLower(m.Text)) {
		plural = plural || pluralAnaphors[x]
	}
	a := *m.Antecedent
	if !plural || a < 0 || a >= r.mention {
		return nil
	}
	text := w.doc.Article.Text
	var out []actorRef
	for j := a + 1; j < len(w.doc.Mentions) && j < r.mention; j++ {
		prev, next := &w.doc.Mentions[j-1], &w.doc.Mentions[j]
		if prev.End > next.Start {
			break
		}
		gap := strings.TrimSpace(text[prev.End:next.Start])
		if gap != "and" && gap != "," && gap != ", and" {
			break
		}
		c := w.resolve(j)
		if c == nil {
			break
		}
		out = append(out, actorRef{mention: j, place: -1, span: r.span, code: c.Code, name: c.Name,
			country: c.Country, tok: r.tok, tokEnd: r.tokEnd})
		if gap != "," {
			break // "A, B and C": the list ends at "and"
		}
	}
	if len(out) > 0 && strings.TrimSpace(text[w.doc.Mentions[out[len(out)-1].mention-1].End:w.doc.Mentions[out[len(out)-1].mention].Start]) == "," {
		return nil // "Russia, Ukraine": an apposition, not a list
	}
	if len(out) == 0 {
		// "Modi met Ramgoolam. The two leaders signed …": the pair's
		// other member, named apart
		if p, ok := w.pairPartner(r, a); ok {
			out = append(out, p)
		}
	}
	return out
}

// memberSectors gives the sector that a plural role head gives the
// countries named after it ("the foreign ministers of India and China":
// INDGOV, CHNGOV); heads not listed keep the actors' own codes.
var memberSectors = map[string]string{
	"ministers": "GOV", "leaders": "GOV", "officials": "GOV", "heads": "GOV", "delegates": "GOV",
	"delegations": "GOV", "negotiators": "GOV", "diplomats": "GOV", "envoys": "GOV", "ambassadors": "GOV",
	"representatives": "GOV", "presidents": "GOV", "premiers": "GOV",
	"commanders": "MIL", "generals": "MIL", "lawmakers": "LEG", "legislators": "LEG",
	"soldiers": "MIL", "troops": "MIL", "forces": "MIL",
}

// forceHeads are plural heads of armed forces whose countries a list
// after "of/from" names ("soldiers from Kenya and Uganda" → KENMIL,
// UGAMIL); not after "in" ("troops in Somalia" are foreign troops).
var forceHeads = set("soldiers", "troops", "forces")

// clauseOpeners may stand before a clause's subject: "But the leaders
// of …".
var clauseOpeners = set("but", "and", "however", "meanwhile", "then", "later", "so", "yet")

// nonStateMods are modifiers of a plural role that make its members no
// state agents ("opposition leaders of Kenya and Uganda").
var nonStateMods = set("opposition", "rebel", "business", "religious", "tribal", "student", "union", "party", "former")

// memberSubject reports whether the mention starting at token a is one of
// the actors listed after a plural role that opens its clause ("The
// foreign ministers of India and China met", "Top diplomats from the
// G7 gathered"), and returns the list's first actor, marked as members.
// lo is the clause's first token.
func (w *worker) memberSubject(a, lo int) (actorRef, bool) {
	f := a
	for n := 0; n < 8; n++ { // back to the list's first conjunct
		j := f - 1
		if j < lo || w.low[j] != "and" && w.low[j] != "," {
			break
		}
		if j-1 < lo || w.ment[j-1] < 0 {
			break
		}
		f = w.mstart[j-1]
	}
	p := f - 1
	for p >= lo && determiners[w.low[p]] && w.ment[p] < 0 {
		p--
	}
	in := p-1 >= lo && w.low[p] == "in"
	if p-1 < lo || w.low[p] != "of" && w.low[p] != "from" && !in {
		return actorRef{}, false
	}
	if in && !w.countryList(f, a) {
		return actorRef{}, false // "officials in the region": only countries' own
	}
	h := p - 1
	if !w.memberHead(h) {
		return actorRef{}, false
	}
	sector, sector2 := memberSectors[strings.ToLower(w.low[h])], ""
	if in && forceHeads[strings.ToLower(w.low[h])] {
		return actorRef{}, false // "troops in Somalia" are not Somalia's
	}
	b := h - 1
	for n := 0; n < 4 && b >= lo && (w.ment[b] < 0 || w.ment[b] == w.ment[h] || w.ment[b] == w.ment[b+1]); n++ {
		s := w.low[b]
		if s == "and" && sector2 == "" && b-1 >= lo && w.memberHead(b-1) && memberSectors[strings.ToLower(w.low[b-1])] != "" {
			// "Lawmakers and officials in France and Germany": each
			// coordinated role names the countries' agents of its sector.
			sector2 = memberSectors[strings.ToLower(w.low[b-1])]
			b -= 2
			continue
		}
		if !(determiners[s] || w.adjectiveLike(b) || w.capitalised(b) && !w.isVerbWord(b) && !prepositions[s] || w.anchorModifier(b, lo)) {
			break
		}
		if nonStateMods[s] {
			sector, sector2 = "", ""
		}
		b--
	}
	if sector2 == sector || sector == "" {
		sector2 = ""
	}
	// The role phrase opens its clause: nothing, a comma, "that" or a
	// reporting verb before it (not "met with the leaders of …").
	if b >= lo && !(w.low[b] == "," || w.low[b] == "that" || reportingVerbs[w.low[b]] || clauseOpeners[w.low[b]]) {
		return actorRef{}, false
	}
	r := w.mentionRef(w.ment[f], f)
	if r.code == "" {
		return actorRef{}, false
	}
	r.members, r.memberSector, r.memberSector2, r.memberEnd = true, sector, sector2, w.mend[a]
	return memberCode(r), true
}

// anchorModifier reports whether token b, a dictionary word, is a noun
// modifying the role after it rather than a verb: it opens the noun
// phrase, after a determiner, a comma, a clause opener or the clause's
// start, and has no -ed or -ing form ("The defence ministers of …",
// "the host countries of …"; but "Russia hosts ministers of …").
func (w *worker) anchorModifier(b, lo int) bool {
	s := w.low[b]
	if len(w.c.dict.index[s]) == 0 || w.capitalised(b) || strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ing") ||
		auxWords[s] || beForms[s] || negations[s] || prepositions[s] || reportingVerbs[s] {
		return false
	}
	if b-1 < lo {
		return true
	}
	p := w.low[b-1]
	return determiners[p] && w.ment[b-1] < 0 || p == "," || clauseOpeners[p]
}

// memberHead reports whether token h is a plural role head whose members
// a list after it may name: an uncoded word ("Top diplomats") or one the
// actors stage coded as a bare role or group noun ("The ambassadors",
// its country only a guess from the article), not one naming its own
// country ("Kenyan ministers").
func (w *worker) memberHead(h int) bool {
	if l := strings.ToLower(w.low[h]); !groupHeads[l] && !forceHeads[l] {
		return false
	}
	mi := w.ment[h]
	if mi < 0 || w.resolve(mi) == nil {
		return true
	}
	if k := w.doc.Mentions[mi].Kind; k != dyad.MentionRole && k != dyad.MentionGroup || w.mend[h] != h+1 {
		return false
	}
	for j := w.mstart[h]; j <= h; j++ {
		if w.capitalised(j) && !determiners[strings.ToLower(w.low[j])] && j != h {
			return false
		}
	}
	return true
}

// memberCode gives a country r its member sector: "ministers of India"
// are INDGOV.
func memberCode(r actorRef) actorRef {
	if r.memberSector != "" && len(r.code) == 3 && r.code == r.country {
		r.code += r.memberSector
	}
	return r
}

// memberList returns the actors listed after a plural role, from its
// first one r: "of India and China".
func (w *worker) memberList(r actorRef) []actorRef {
	list := []actorRef{r}
	if r.memberSector2 != "" {
		list = appendActor(list, w.secondSector(r))
	}
	for k := r.tokEnd; k < r.memberEnd && k < len(w.toks); k++ {
		if w.ment[k] < 0 || w.mstart[k] != k {
			continue
		}
		o := w.mentionRef(w.ment[k], k)
		o.members, o.memberSector, o.memberSector2 = true, r.memberSector, r.memberSector2
		list = appendActor(list, memberCode(o))
		if r.memberSector2 != "" {
			list = appendActor(list, w.secondSector(o))
		}
		k = o.tokEnd - 1
	}
	return list
}

// secondSector returns member r with the sector of the second of two
// coordinated roles ("lawmakers and officials of X": XLEG besides XGOV).
func (w *worker) secondSector(r actorRef) actorRef {
	o := w.mentionRef(r.mention, r.tok)
	o.members, o.memberSector, o.memberSector2 = true, r.memberSector2, ""
	return memberCode(o)
}

// prepListModifier reports whether the mention starting at token a is a
// later conjunct of a list that follows a preposition and goes on with
// a plain noun ("to NATO and EU military brass"): the list modifies the
// noun, a prepositional object, not a subject.
func (w *worker) prepListModifier(a int) bool {
	j := a - 1
	if j < 1 || w.low[j] != "and" && w.low[j] != "," || w.ment[j-1] < 0 {
		return false
	}
	f := w.mstart[j-1]
	for n := 0; n < 2 && f > 0 && w.ment[f-1] < 0 && w.adjectiveLike(f-1) && !determiners[w.low[f-1]]; n++ {
		f-- // "to top NATO and EU brass"
	}
	if w.prepBefore(f) == "" {
		return false
	}
	e := w.mend[a]
	return e < len(w.toks) && w.ment[e] < 0 && !isPunct(w.low[e]) && !w.isVerbWord(e) && !auxWords[w.low[e]] &&
		!beForms[w.low[e]] && !reportingVerbs[w.low[e]] && (w.adjectiveLike(e) || w.capitalised(e))
}

// memberObject reports whether r is a plural role mention followed by
// "of"/"from" and a list of actors ("the leaders of France and
// Germany"), and returns the list's first actor, marked as members: the
// role's own code is only the stage's guess of whose leaders they are.
func (w *worker) memberObject(r actorRef) (actorRef, bool) {
	if r.members || r.mention < 0 || r.tokEnd >= len(w.toks) || r.tokEnd-1 < r.tok {
		return actorRef{}, false
	}
	h, k := r.tokEnd-1, r.tokEnd
	if l := strings.ToLower(w.low[h]); !groupHeads[l] && !forceHeads[l] || w.low[k] != "of" && w.low[k] != "from" {
		return actorRef{}, false
	} else if forceHeads[l] && !w.memberHead(h) {
		return actorRef{}, false // "protect U.S. ground forces from Soviet helicopters"
	}
	k++
	for k < len(w.toks) && determiners[w.low[k]] && w.ment[k] < 0 {
		k++
	}
	if k >= len(w.toks) || w.ment[k] < 0 || w.mstart[k] != k {
		return actorRef{}, false
	}
	sector := memberSectors[strings.ToLower(w.low[h])]
	for j := r.tok; j < h; j++ {
		if nonStateMods[w.low[j]] {
			sector = ""
		}
	}
	f := w.mentionRef(w.ment[k], k)
	if f.code == "" {
		return actorRef{}, false
	}
	// the list: "A, B and C"
	e := f.tokEnd
	for e+1 < len(w.toks) && (w.low[e] == "and" || w.low[e] == ",") && w.ment[e+1] >= 0 && w.mstart[e+1] == e+1 {
		e = w.mend[e+1]
	}
	f.members, f.memberSector, f.memberEnd = true, sector, e
	return memberCode(f), true
}

// bodyTitles are lower-case titles that stand between an organisation
// and the name of the person who holds them: "Senate head Hun Sen".
var bodyTitles = set("head", "chief", "chairman", "chairwoman", "chair", "leader", "spokesman", "spokeswoman",
	"spokesperson", "president", "director", "secretary", "commander", "speaker")

// namedApposition returns the person named after the comma at token k
// that closes a common noun phrase ("overthrowing his father, Sultan Said
// bin Taimur,"): a possessed or definite noun, then the name, then
// punctuation.
func (w *worker) namedApposition(k int) (actorRef, bool) {
	if k < 2 || w.ment[k-1] >= 0 || w.capitalised(k-1) || isPunct(w.low[k-1]) || k+1 >= len(w.toks) {
		return actorRef{}, false
	}
	det := false
	for j := k - 2; j >= 0 && j >= k-4 && w.ment[j] < 0; j-- {
		if possessivePronouns[w.low[j]] || w.low[j] == "the" || w.low[j] == "'s" {
			det = true
			break
		}
		if isPunct(w.low[j]) || w.isVerbWord(j) {
			break
		}
	}
	mi := w.ment[k+1]
	if !det || mi < 0 || w.mstart[k+1] != k+1 || w.doc.Mentions[mi].Kind != dyad.MentionPerson {
		return actorRef{}, false
	}
	if e := w.mend[k+1]; e < len(w.toks) && !isPunct(w.low[e]) {
		return actorRef{}, false // "the town, Putin said": a new clause
	}
	return w.mentionRef(mi, k+1), true
}

// participleAgent returns the agent of a reduced passive relative that
// ends a noun phrase at token j ("an operation conducted by NISA just
// hours earlier"): the mention after "by" right after an -ed participle,
// within eight words (besides mentions and asides) before j and no
// punctuation between.
func (w *worker) participleAgent(lo, j int) (actorRef, bool) {
	for k, n := j, 0; k > lo && n < 8; k-- {
		if w.low[k] == ")" {
			// "by the agency (NISA) hours earlier": an aside
			for k > lo && w.low[k] != "(" {
				k--
			}
			continue
		}
		if w.ment[k] < 0 {
			n++ // (words of mentions count as none)
		}
		if w.ment[k] < 0 && isPunct(w.low[k]) && w.low[k] != "'s" {
			return actorRef{}, false
		}
		if w.low[k] == "by" && strings.HasSuffix(w.low[k-1], "ed") && k+1 <= j {
			for a := k + 1; a <= j && a <= k+3; a++ {
				if w.ment[a] >= 0 {
					return w.mentionRef(w.ment[a], a), true
				}
				if !determiners[w.low[a]] {
					break
				}
			}
			return actorRef{}, false
		}
	}
	return actorRef{}, false
}

// countryList reports whether the mentions from token f to the one
// starting at a are all countries or capitals ("in Kenya and Uganda").
func (w *worker) countryList(f, a int) bool {
	for k := f; k <= a && k < len(w.toks); k++ {
		if w.ment[k] < 0 || w.mstart[k] != k {
			continue
		}
		switch w.doc.Mentions[w.ment[k]].Kind {
		case dyad.MentionCountry, dyad.MentionCapital:
		default:
			return false
		}
	}
	return true
}

// prevSubject returns the actor that opens the previous sentence, as
// the referent of a possessive pronoun at token k opening this one: a
// person for "his"/"her", no person for "its"; none when the previous
// sentence opens with anything but its subject.
func (w *worker) prevSubject(k int) (actorRef, bool) {
	if w.si == 0 || len(w.byMent[w.si-1]) == 0 {
		return actorRef{}, false
	}
	mi := w.byMent[w.si-1][0]
	m := &w.doc.Mentions[mi]
	if lead := strings.TrimSpace(w.doc.Article.Text[w.doc.Sentences[w.si-1].Start:m.Start]); lead != "" && lead != "The" {
		return actorRef{}, false
	}
	a := w.resolve(mi)
	if a == nil {
		return actorRef{}, false
	}
	person := m.Kind == dyad.MentionPerson || m.Kind == dyad.MentionRole
	switch w.low[k] {
	case "his", "her":
		if !person {
			return actorRef{}, false
		}
	case "its":
		if person {
			return actorRef{}, false
		}
	default:
		return actorRef{}, false
	}
	return actorRef{mention: mi, place: -1, span: w.toks[k].Span, code: a.Code, name: a.Name, country: a.Country,
		tok: k, tokEnd: k + 1}, true
}
