package event

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// stanceRoots are the CAMEO roots of a stance a speaker can take by
// saying so: a statement, appeal, intent, demand, disapproval, rejection
// or threat.
var stanceRoots = set("01", "02", "03", "10", "11", "12", "13")

// declarativeRoots are the CAMEO roots of acts a side performs by
// announcing them: reducing relations ("announced it was cutting ties
// with Kenya", "said it is suspending aid").
var declarativeRoots = set("16")

// supportWords are the cooperation verbs (root 05) that state a stance
// rather than report an act ("supports the proposal", not "cooperated").
var supportWords = set("support", "supports", "back", "backs", "endorse", "endorses", "welcome", "welcomes")

// ownStance reports whether the event of m, inside the indirect quote q,
// is the speaker's own present stance: "Putin said Russia supports the
// proposal", "Ukraine said it is ready to accept the plan". Saying so is
// taking the stance, so the event is asserted, not reported; what the
// speaker says happened ("said it had rejected", "said Russia attacked")
// stays reported.
func (w *worker) ownStance(m *match, s actorRef, q *dyad.Quote) bool {
	if q.Direct && !w.unquotedLead(q, w.toks[m.start].Start) && !w.ownNounQuote(m, q) || q.Speaker == nil || q.Speaker.Anonymous || q.Speaker.Code == "" || len(s.code) < 3 || len(m.p.Code) < 2 {
		return false
	}
	sc := q.Speaker.Code
	if !strings.HasPrefix(sc, s.code) && !strings.HasPrefix(s.code, sc) {
		return false // the speaker reports another's stance
	}
	if root := m.p.Code[:2]; !stanceRoots[root] && !declarativeRoots[root] && !(root == "05" && supportWords[w.low[m.anchor]]) {
		return false
	}
	v := w.low[m.anchor]
	// "said the US was disappointed by …": a state of mind told in the
	// past of the saying holds at the saying (not "had been"); so does
	// an act in progress ("announced it was cutting ties").
	stative := stanceStates[v]
	progressive := strings.HasSuffix(v, "ing") && m.start == m.anchor
	for k := w.auxStart(m.start); k < m.start; k++ {
		if pastAux[w.low[k]] && !((stative || progressive && k == m.start-1) && (w.low[k] == "was" || w.low[k] == "were")) {
			return false
		}
	}
	return stative || !strings.HasSuffix(v, "ed") && !irregularPast[v]
}

// stanceStates are participles of a state of mind a speaker's side is
// in ("was disappointed", "were concerned"): told after a past reporting
// verb, the state is the speaker's at the time of speaking.
var stanceStates = set("disappointed", "concerned", "worried", "alarmed", "dismayed", "troubled", "outraged", "appalled", "pleased", "satisfied", "opposed")

// ownNounQuote reports whether the trigger of m is a noun that opens the
// quotation q after a possessive, naming the speaker's own act: X
// "reiterated “its call for the charges to be dropped”" states X's
// demand as the narrator's fact.
func (w *worker) ownNounQuote(m *match, q *dyad.Quote) bool {
	if !m.p.Noun || m.start < 1 {
		return false
	}
	p := m.start - 1
	switch w.low[p] {
	case "its", "their", "his", "her", "our":
	default:
		return false
	}
	return w.toks[p].Start == q.Start
}

// irregularPast are past forms of stance verbs that do not end in -ed.
var irregularPast = set("sought", "made", "gave", "took", "threw", "struck", "held", "told", "said", "vowed", "swore", "withdrew")

// unquotedLead reports whether the text of quote q up to off is the
// speaker's words reported indirectly, with no quotation mark: a mixed
// quote ("said it is ready to accept a proposal for “a ceasefire”").
func (w *worker) unquotedLead(q *dyad.Quote, off int) bool {
	text := w.doc.Article.Text
	if off < q.Start || off > q.End {
		return false
	}
	pre := strings.TrimRight(text[:q.Start], " ")
	if strings.HasSuffix(pre, "\"") || strings.HasSuffix(pre, "“") || strings.HasSuffix(pre, "”") {
		return false
	}
	return !strings.ContainsAny(text[q.Start:off], "\"“”")
}

// pastAux are auxiliaries of a past or perfect verb group.
var pastAux = set("had", "has", "have", "was", "were", "did", "'d")

// unquotedReport reports whether the trigger of m is in the complement of
// a reporting verb the quotes stage left without a quote: the verb's
// subject, an actor, right before it ("NPR reported X urged Y to leave"),
// or a participle of saying ("…, adding “many have been threatened by
// China”"). An act of the reporter's own side ("X said it would …") is
// left to the quotes stage's reading of stances.
func (w *worker) unquotedReport(m *match, s actorRef) bool {
	if w.region[m.anchor] != 0 {
		return false // a relative clause or parenthetical is the narrator's aside
	}
	for k := m.start - 1; k >= 1 && k >= m.start-16; k-- {
		v := w.low[k]
		if v == ";" || v == ":" || v == "." || v == "," && (w.low[k+1] == "and" || w.low[k+1] == "but") {
			return false
		}
		if (v == "and" || v == "but") && isCloseQuote(w.low[k-1]) {
			// "He added that “…,” and Tanzania welcomed …": the quotation
			// closed the complement; a new clause follows.
			return false
		}
		if w.ment[k] >= 0 || w.quote[k] >= 0 {
			continue
		}
		// the complement opens right after the verb: "that", its subject
		// or a quotation mark ("reported the news after …" has an object)
		if nx := k + 1; nx >= len(w.toks) || !(w.low[nx] == "that" || w.ment[nx] >= 0 || subjectPronouns[w.low[nx]] || isOpenQuote(w.low[nx]) ||
			beliefVerbs[v] && possessivePronouns[w.low[nx]]) {
			// ("believes her book was banned")
			continue
		}
		if beliefVerbs[v] && (w.ment[k-1] >= 0 || subjectPronouns[w.low[k-1]]) && w.ment[m.anchor] < 0 {
			// a belief is no telling of one's own act: "an MP believes
			// British agents were involved in the attacks"
			return true
		}
		var reporter int
		switch {
		case (reportingVerbs[v] || beliefVerbs[v] || disclosureVerbs[v]) && w.ment[k-1] >= 0:
			reporter = w.ment[k-1]
		case (reportingVerbs[v] || beliefVerbs[v]) && hearsaySubjects[w.low[k-1]]:
			// "Witnesses reported troops fired tear gas": an unnamed
			// reporter, never the actor's own side
			return true
		case (v == "adding" || v == "saying") && (w.low[k-1] == "," || w.low[k-1] == "while"):
			lo, _ := w.bounds(k)
			r, ok := w.mainSubject(lo, k)
			if !ok {
				return false
			}
			reporter = r.mention
		default:
			continue
		}
		if reporter < 0 || s.mention == reporter {
			return false
		}
		if a := w.resolve(reporter); a == nil || s.country != "" && strings.HasPrefix(a.Code, s.country) && a.Sector != "MED" {
			// (a side telling of its own act asserts it; a news agency,
			// even the state's, reports it: "Fars reported Iran issued
			// arrest warrants")
			return false
		}
		return true
	}
	return false
}

// beliefVerbs report what their subject holds true, like verbs of saying:
// "an MP believes security services were involved in the attacks" does
// not assert the attacks.
var beliefVerbs = set("believe", "believes", "think", "thinks", "suspect", "suspects", "suspected",
	"allege", "alleges", "alleged", "assume", "assumes", "assumed")

// disclosureVerbs tell a fact as their subject's finding or disclosure:
// "Abbas confirmed Israel shared information with the PA" is Abbas's word
// (an act of the teller's own side is its own, see unquotedReport).
var disclosureVerbs = set("confirm", "confirms", "confirmed", "reveal", "reveals", "revealed", "disclose",
	"discloses", "disclosed", "conclude", "concludes", "concluded")

// hearsaySubjects are unnamed reporters a reporting verb's subject may be:
// "Witnesses said troops fired tear gas".
var hearsaySubjects = set("witnesses", "eyewitnesses", "residents", "sources", "officials", "critics",
	"analysts", "experts", "observers", "activists", "reports", "media", "diplomats", "locals", "survivors")

// relativeReport reports whether the trigger of m is in the complement of
// a reporting verb in a relative clause: "Washington, which claims the
// system poses a threat to NATO" reports the threat; the narrator does not
// assert it.
func (w *worker) relativeReport(m *match) bool {
	for k := m.start - 1; k >= 1 && k >= m.start-12; k-- {
		s := w.low[k]
		if s == ";" || s == ":" || s == "." {
			return false
		}
		if !reportingVerbs[s] || w.ment[k] >= 0 {
			continue
		}
		j := k - 1
		if j >= 1 && strings.HasSuffix(w.low[j], "ly") {
			j-- // "which repeatedly claims"
		}
		if w.low[j] != "which" && w.low[j] != "who" {
			return false
		}
		// no clause boundary between the verb and the trigger
		for i := k + 1; i < m.start; i++ {
			if w.low[i] == "," || relativeWords[w.low[i]] {
				return false
			}
		}
		return true
	}
	return false
}

// scheduleWords after "is/are" put a nominal event on the calendar.
var scheduleWords = set("scheduled", "planned", "set", "slated", "due", "expected")

// hearsayRaising are the verbs that report an act in an infinitive
// ("Iran claimed to have attacked Israel", "Russia is believed to have
// sent troops"): passives of saying and believing, and claiming.
var hearsayRaising = set("said", "believed", "reported", "thought", "alleged", "rumoured", "rumored",
	"understood", "suspected", "purported", "claimed", "claims", "claim", "claiming", "purports")

// quantifierWords are auxWords that also open a noun phrase ("all out
// war", "both sides").
var quantifierWords = set("all", "both", "each")

// claimForms are the forms of "claim" that open a pattern claiming an act
// as one's own: the claimant acts, but only by its word.
var claimForms = set("claimed", "claims", "claim", "claiming")

// hearsayRaised reports whether the trigger of m is the infinitive of a
// hearsay verb: "claimed to have attacked", "is said to have met", "are
// believed to be sending". The claim is asserted, the act only reported.
func (w *worker) hearsayRaised(m *match) bool {
	start := m.start
	if m.p.Noun {
		// the light verb of a nominal: "are said to have declared war on
		// each other"
		lo, _ := w.bounds(m.anchor)
		k := m.start - 1
		for k > lo && k >= m.start-3 && !w.isVerbWord(k) && !isPunct(w.low[k]) && w.ment[k] < 0 && (!auxWords[w.low[k]] || quantifierWords[w.low[k]]) {
			// (a quantifier may stand in the object: "declared all out war")
			k--
		}
		if k <= lo || auxWords[w.low[k]] || isPunct(w.low[k]) || w.ment[k] >= 0 {
			return false
		}
		start = k
	}
	a := w.auxStart(start)
	if a < 1 || a >= start || w.low[a] != "to" || !hearsayRaising[w.low[a-1]] {
		return false
	}
	switch w.low[a-1] {
	case "claimed", "claims", "claim", "claiming", "purports":
		return true
	}
	b := a - 2
	for b >= 1 && w.ment[b] < 0 && (w.low[b] == "also" || w.low[b] == "still" || w.low[b] == "now" || len(w.low[b]) > 4 && strings.HasSuffix(w.low[b], "ly")) {
		b-- // "are also believed to have agreed", "is widely thought to"
	}
	return b >= 0 && beForms[w.low[b]] // "is said to", not "said to reporters"
}

// futureDated reports whether the event dated date (from the time
// expression text) lies after the publication day pub, or the expression
// points ahead within its period ("later this month"), and its trigger is
// in the present tense:
// "Putin is meeting Zelenskyy tomorrow", "Putin visits China next week",
// "talks on Monday" announce an arrangement, a plan.
func (w *worker) futureDated(m *match, date, text, pub string) bool {
	if !futureDate(date, pub) && !futureWords(text) {
		return false
	}
	if m.p.Noun {
		return true
	}
	a := w.auxStart(m.start)
	v := w.low[m.anchor]
	if a == m.start {
		// a simple present: "visits", not a past "visited" or "met"
		return strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && m.start > 0 && w.ment[m.start-1] >= 0
	}
	return m.start-a == 1 && strings.HasSuffix(v, "ing") && presentBe[w.low[a]]
}

// futureWords reports whether a time expression points ahead of now:
// "later this month", "next week", "in the coming days", "tomorrow".
func futureWords(text string) bool {
	t := strings.ToLower(text)
	return strings.HasPrefix(t, "later ") || strings.Contains(t, "next ") || strings.Contains(t, "coming ") ||
		strings.Contains(t, "tomorrow") || strings.Contains(t, "upcoming")
}

var presentBe = set("is", "are", "am", "'s", "'re")

// futureDate reports whether a date value (YYYY, YYYY-MM, YYYY-MM-DD or
// an ISO week YYYY-Www) lies wholly after the day pub (YYYY-MM-DD).
func futureDate(date, pub string) bool {
	if len(date) == 8 && date[4] == '-' && date[5] == 'W' {
		p, err := time.Parse("2006-01-02", pub)
		if err != nil {
			return false
		}
		y, wk := p.ISOWeek()
		return date > fmt.Sprintf("%04d-W%02d", y, wk)
	}
	switch len(date) {
	case 4, 7, 10:
	default:
		return false
	}
	if len(pub) < len(date) {
		return false
	}
	for i := 0; i < len(date); i++ {
		c := date[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return date > pub[:len(date)]
}

// claimNouns name a claim whose that-clause content the narrator does not
// assert: "denied reports that Russia attacked Kyiv".
var claimNouns = set("report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
	"accusations", "rumour", "rumours", "rumor", "rumors", "suggestion", "suggestions", "assertion",
	"assertions", "speculation", "suspicion", "suspicions")

// claimContent reports whether the trigger of m is in the that-clause of a
// claim noun ("Kyiv rejected claims that Russia had attacked Odesa",
// "reports that Russia attacked Poland were false"): no clause boundary or
// verb of saying between "that" and the trigger.
func (w *worker) claimContent(m *match) bool {
	for k := m.start - 1; k >= 1 && k >= m.start-12; k-- {
		s := w.low[k]
		if s == "that" {
			return claimNouns[w.low[k-1]]
		}
		if claimNouns[w.low[k-1]] && (w.ment[k] >= 0 && w.mstart[k] == k || possessivePronouns[s] || subjectPronouns[s] && s != "it") && k > 1 && w.ment[k-2] < 0 && !subjectPronouns[w.low[k-2]] {
			// a that-less content clause of a claim noun: "denied
			// allegations his campaign is meant to assist Trump" (not the
			// verb after its subject, "Russia claims it", left to the
			// reporting rules)
			return true
		}
		if isPunct(s) || relativeWords[s] || reportingVerbs[s] || clauseStops[s] {
			return false
		}
	}
	return false
}

// cancelVerbs undo a nominal event that was planned: "cancelled his
// visit", "called off the talks", "scrapped a meeting".
var cancelVerbs = set("cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap",
	"scraps", "scrapped", "scrapping", "abandon", "abandons", "abandoned", "abandoning")

// attributiveModes are modifiers before a nominal event that give it its
// mode: "the planned visit", "a possible attack", "the alleged attack".
var attributiveModes = map[string]string{
	"planned": dyad.ModePlanned, "upcoming": dyad.ModePlanned, "scheduled": dyad.ModePlanned,
	"forthcoming": dyad.ModePlanned, "proposed": dyad.ModeProposed, "possible": dyad.ModeConditional,
	"potential": dyad.ModeConditional, "alleged": dyad.ModeReported, "suspected": dyad.ModeReported,
	"purported": dyad.ModeReported, "cancelled": dyad.ModeNegated, "canceled": dyad.ModeNegated,
}

// nounMode returns the mode that the words right before a nominal
// trigger give it: an attributive modifier ("Putin's planned visit"), a
// verb that cancels it ("called off his meeting with Trump") or puts it
// off ("postponed the talks"), or "".
func (w *worker) nounMode(m *match) string {
	if !m.p.Noun {
		return ""
	}
	lo, _ := w.bounds(m.anchor)
	k := m.start - 1
	if k >= lo {
		if md, ok := attributiveModes[w.low[k]]; ok {
			return md
		}
	}
	// "Japan is preparing (new) sanctions against Russia"
	for j := k; j >= lo && j >= m.start-3; j-- {
		if preparingVerbs[w.low[j]] {
			return dyad.ModePlanned
		}
		if isPunct(w.low[j]) || w.ment[j] >= 0 || w.isVerbWord(j) {
			break
		}
	}
	if !strings.HasPrefix(m.p.Code, "04") {
		// only a meeting, visit or talks is called off or put off as an
		// occurrence; "called off aid" ends a flow (not this stage's call)
		return ""
	}
	// over a determiner or possessive
	for k >= lo && (determiners[w.low[k]] || possessivePronouns[w.low[k]] || w.low[k] == "'s" || w.ment[k] >= 0) {
		k--
	}
	if k >= lo && cancelVerbs[w.low[k]] || k >= lo+1 && w.low[k] == "off" && strings.HasPrefix(w.low[k-1], "call") {
		return dyad.ModeNegated
	}
	if k >= lo && postponeVerbs[w.low[k]] {
		return dyad.ModePlanned // "postponed his visit": still to come
	}
	if k >= lo && arrangeVerbs[w.low[k]] {
		return dyad.ModePlanned // "worked to arrange a meeting between X and Y"
	}
	return ""
}

// preparingVerbs, in the present, make their nominal object a plan.
var preparingVerbs = set("preparing", "prepares", "drafting", "drafts", "readying", "readies")

// arrangeVerbs, not in the past, make a meeting or visit their object a
// plan ("is arranging talks with X"; "arranged talks" may tell of talks
// held).
var arrangeVerbs = set("arrange", "arranges", "arranging", "schedule", "schedules", "scheduling")

// postponeVerbs move a nominal event to a later date.
var postponeVerbs = set("postpone", "postpones", "postponed", "postponing", "delay", "delays", "delayed",
	"delaying", "reschedule", "reschedules", "rescheduled", "defer", "defers", "deferred")

// occurrencePredicates are what a nominal event as subject is said to do
// when the sentence is about whether it happens: "a ceasefire could take
// place", "talks will be held", "the summit may go ahead".
var occurrencePredicates = set("take", "happen", "occur", "begin", "start", "resume", "go", "be", "come")

// nominalSubjectMode returns the mode that the predicate of a nominal
// event standing as its clause's subject gives it ("a ceasefire between
// Russia and Ukraine could take place" is conditional, "talks will be
// held" planned), or "".
func (w *worker) nominalSubjectMode(m *match) string {
	if !m.p.Noun {
		return ""
	}
	_, hi := w.bounds(m.anchor)
	k := m.hiEnd
	// the rest of the noun phrase: its parties and modifiers
	for n := 0; k < hi && n < 8; n, k = n+1, k+1 {
		s := w.low[k]
		if w.ment[k] >= 0 || s == "between" || s == "with" || s == "and" || s == "of" || s == "on" || determiners[s] {
			continue
		}
		break
	}
	if k+1 >= hi {
		return ""
	}
	modal := w.low[k]
	v := k + 1
	if beForms[modal] && scheduleWords[w.low[v]] && v+1 < hi && w.low[v+1] != "by" {
		return dyad.ModePlanned // "talks are scheduled for Monday" (not "was planned by X")
	}
	if negations[w.low[v]] && v+1 < hi {
		v++
	}
	if !occurrencePredicates[w.low[v]] {
		return ""
	}
	if w.low[v] == "be" && !(v+1 < hi && strings.HasSuffix(w.low[v+1], "ed") || v+1 < hi && w.low[v+1] == "held") {
		return "" // "could be a turning point": no occurrence
	}
	if w.low[v] == "take" && !(v+1 < hi && w.low[v+1] == "place") || w.low[v] == "go" && !(v+1 < hi && w.low[v+1] == "ahead") {
		return ""
	}
	switch {
	case v > k+1:
		return dyad.ModeNegated
	case modal == "will" || modal == "shall" || modal == "'ll":
		return dyad.ModePlanned
	case conditionalCues[modal]:
		return dyad.ModeConditional
	}
	return ""
}

// placePreps put an event in the place after them; "from" does not (it
// names an origin).
var placePreps = set("in", "at", "near", "inside", "outside", "across", "throughout")

// locatedAt reports whether the place name at token k, which also names
// an actor ("Turkey", "Kyiv"), stands after a locative preposition and so
// names where something happens: "meet Erdogan in Turkey", "strikes in
// the Gaza Strip".
func (w *worker) locatedAt(k int) bool {
	pi := w.place[k]
	j := k
	for j > 0 && w.place[j-1] == pi {
		j--
	}
	if j > 0 && w.low[j-1] == "the" {
		j--
	}
	return j > 0 && placePreps[w.low[j-1]]
}

// requestCues are the lemmas of quote cues that ask for an act ("called
// for X to V", "urged X to V", "demanded the release of").
var requestCues = set("call", "call for", "urge", "demand", "ask", "recommend", "propose", "suggest", "appeal", "press")

// requestedAct reports whether the event of m is the act an indirect
// quote asks for: a "to" infinitive or a nominal in the content of a
// request ("Bennett called for the Taliban to lift the travel ban").
func (w *worker) requestedAct(m *match, q *dyad.Quote) bool {
	if q.Direct || !requestCues[q.CueLemma] || q.CueSpan == nil || w.toks[m.start].Start < q.CueSpan.End {
		return false
	}
	if m.p.Noun || m.start > 0 && w.low[m.start-1] == "to" {
		return true
	}
	// "suggested that Russia and Ukraine meet": the bare verb of a
	// mandative that-clause (not a past "suggested that Russia attacked")
	return q.CueLemma != "call" && q.CueLemma != "press" && w.auxStart(m.start) == m.start &&
		!strings.HasSuffix(w.low[m.anchor], "ed") && !strings.HasSuffix(w.low[m.anchor], "s") && m.start > 0 && w.low[m.start-1] != "that" && w.ment[m.start-1] >= 0
}

// temporalSubordinators open a clause of another event that the main
// one is placed in time against.
var temporalSubordinators = set("after", "before", "since", "until", "till")

// afterClause reports whether token k opens a temporal subordinate clause
// with a finite verb of its own ("after X, mayor of Y, was stabbed",
// "before the talks collapsed"), not a bare phrase ("after the talks").
func (w *worker) afterClause(k, hi int) bool {
	if !temporalSubordinators[w.low[k]] || k+1 >= hi || w.low[k+1] == "being" || strings.HasSuffix(w.low[k+1], "ing") {
		return false
	}
	for j := k + 1; j < hi && j <= k+15; j++ {
		s := w.low[j]
		if s == ";" || relativeWords[s] || s == "that" || s == "when" && w.low[j-1] == "," {
			// the verb belongs to a relative clause ("since early
			// June, when the government proposed a bill")
			return false
		}
		if j > k+1 && (beForms[s] && s != "being" && s != "been" || strings.HasSuffix(s, "ed") && w.ment[j] < 0) {
			return true
		}
	}
	return false
}

// considerCues govern an act that is being considered, not yet decided
// ("is weighing sanctions on X", "hinting at lifting sanctions"): it is
// proposed. ("considers" is left out: "considers AI a tool against U.S.
// restrictions" considers no act.)
var considerCues = set("considering", "weighing", "weighs", "mulling", "mulls", "eyeing", "hinting", "hinted", "exploring", "contemplating", "contemplates")

// failWords make the act of their "to" complement one that did not
// happen ("failed to capture Kyiv").
var failWords = set("failed", "fails", "fail", "failing")

// rulesOut reports whether the negation at token k negates "rule out" or
// "exclude": "did not rule out a strike" leaves the strike possible.
func (w *worker) rulesOut(k int) bool {
	j := k + 1
	if j < len(w.low) && (w.low[j] == "yet" || w.low[j] == "immediately") {
		j++
	}
	if j >= len(w.low) {
		return false
	}
	switch w.low[j] {
	case "rule", "rules", "ruled", "ruling":
		return j+1 < len(w.low) && w.low[j+1] == "out"
	case "exclude", "excludes", "excluded":
		return true
	}
	return false
}

// accordingGoverns reports whether the "according to" at token k sources
// the clause of m's trigger: not when a coordinated clause (", and", ",
// but", ", while") stands between them ("Russia attacked Ukraine,
// according to Kyiv, and Ukraine retaliated": the retaliation is the
// outlet's own report).
func (w *worker) accordingGoverns(k int, m *match) bool {
	lo, hi := k+2, m.start
	if m.start < k {
		lo, hi = m.end, k
		// "apologized to X, which the president accepted, according to a
		// statement": the cue sources the open relative clause before it
		for j := k - 1; j > lo; j-- {
			if w.low[j] == "," {
				break
			}
			if (w.low[j] == "which" || w.low[j] == "who") && w.low[j-1] == "," {
				return false
			}
		}
	}
	for j := lo; j+1 < hi; j++ {
		if w.low[j] == ";" || w.low[j] == "," && (w.low[j+1] == "and" || w.low[j+1] == "but" || w.low[j+1] == "while" || w.low[j+1] == "whereas") {
			return false
		}
	}
	return true
}

// accordingElsewhere reports whether q is an "according to" quote whose
// cue sources another clause than m's: the quotes stage may take a whole
// sentence for its content ("Russia attacked Ukraine, according to Kyiv,
// and Ukraine retaliated"), but the coordinated clause is the outlet's.
func (w *worker) accordingElsewhere(q *dyad.Quote, m *match) bool {
	if q.Direct || q.CueSpan == nil || !strings.EqualFold(q.Cue, "according to") {
		return false
	}
	k := w.tokenIndex(q.CueSpan.Start)
	if k+1 >= len(w.toks) || w.toks[k].Start != q.CueSpan.Start {
		return false
	}
	return !w.accordingGoverns(k, m)
}

// quoteDate returns the date and precision of a quote's TIMEX3 date value
// ("2025-03-13", "2025-03-13TMO" → day; "2025-W11" → week), or ""
// precision for none.
func quoteDate(v string) (string, string) {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	if len(v) < 4 || v[0] < '0' || v[0] > '9' {
		return "", ""
	}
	switch {
	case len(v) == 10:
		return v, dyad.DateDay
	case len(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1':
		return v, dyad.DateMonth
	case len(v) == 4:
		return v, dyad.DateYear
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		return v, when.PrecisionWeek // "this week, officials said"
	}
	return "", ""
}

// deonticCues are the modals of obligation.
var deonticCues = set("should", "must", "ought", "shouldn't", "mustn't")

// obligation returns the speaker of the quote holding m when m's
// auxiliary chain lays a present obligation on its subject s ("Odumakin
// said authorities should declare a state of emergency", "“Russia must
// withdraw,” X said"): the act has not happened; the speaker demands it of
// s. Not a past obligation ("should have freed him" judges what was done),
// one the speaker lays on itself ("we must defend"), a passive ("no one
// should be detained") or a subject found outside the clause.
func (w *worker) obligation(m *match, s actorRef, rule string) (actorRef, bool) {
	qi := w.quote[m.anchor]
	if qi < 0 || s.speaker || s.tok < 0 || s.tok >= m.start || strings.Contains(rule, "[passive]") {
		return actorRef{}, false
	}
	deontic := false
	for k := w.auxStart(m.start); k < m.start; k++ {
		switch {
		case deonticCues[w.low[k]]:
			deontic = true
		case deontic && (w.low[k] == "have" || w.low[k] == "been"):
			return actorRef{}, false
		}
	}
	if !deontic {
		return actorRef{}, false
	}
	sp, ok := w.speaker(qi)
	if !ok || sp.code == "" || ownSide(sp.code, s.code) {
		return actorRef{}, false
	}
	return sp, true
}

// nestedInfinitive reports whether token k opens an infinitive clause of
// its own ("to" before a lowercase word that is no actor, place, article
// or number: "to invite her", not "to Turkey" or "to the border").
func (w *worker) nestedInfinitive(k int) bool {
	n := k + 1
	if w.low[k] != "to" || n >= len(w.toks) || w.ment[n] >= 0 || w.place[n] >= 0 || w.toks[n].Kind != dyad.TokenWord {
		return false
	}
	x := w.low[n]
	return x == w.doc.Text(w.toks[n].Span) && !determiners[x] && !articles[x] && !possessivePronouns[x] && !numberWords[x] && !isPunct(x)
}

// nobodySubject reports whether the subject right before m's auxiliary
// chain is "no one", "nobody" or "none": no one acted or was acted on;
// or "anybody", "everyone": anyone at all, a general statement.
func (w *worker) nobodySubject(m *match) bool {
	a := w.auxStart(m.start)
	if a >= 1 && (w.low[a-1] == "nobody" || w.low[a-1] == "none") {
		return true
	}
	if a >= 1 && anyonePronouns[w.low[a-1]] && w.ment[a-1] < 0 {
		return true // "anytime anybody's arrested": anyone at all, no one act
	}
	return a >= 2 && w.low[a-1] == "one" && w.low[a-2] == "no"
}

// anyonePronouns stand for anyone at all: a clause of which one is the
// subject states what happens in general.
var anyonePronouns = set("anybody", "anyone", "everybody", "everyone")

// approvalStems are the verbs of approval whose negation is a rejection.
var approvalStems = []string{"recogni", "accept", "support", "endors", "approv"}

// withheldApproval reports whether m is a verb of approval ("recognize",
// "accept", "support", "endorse", "approve") negated in its own chain
// ("Iran does not recognise Israel"): not one whose negation governs it
// from another verb ("cannot expect voters to support X") or only delays
// it ("did not immediately endorse X").
func (w *worker) withheldApproval(m *match) bool {
	approval := false
	for _, st := range approvalStems {
		approval = approval || strings.HasPrefix(w.low[m.anchor], st)
	}
	if !approval || m.start != m.anchor {
		return false
	}
	neg := false
	for k := w.auxStart(m.start); k < m.start; k++ {
		switch s := w.low[k]; {
		case s == "to" || s == "immediately" || s == "yet":
			return false
		case negations[s]:
			neg = true
		}
	}
	return neg
}

// discourseWords may open a sentence before a fronted clause.
var discourseWords = set("so", "but", "and", "then", "yet", "now")

// frontedInfinitive reports whether m's verb opens its sentence as a bare
// infinitive ("To collaborate with a terrorist is …", "So, to end the war,
// Russia must …"): a subject or purpose clause, which asserts no act.
func (w *worker) frontedInfinitive(m *match) bool {
	a := w.auxStart(m.start)
	if m.p.Noun || a >= m.start || w.low[a] != "to" || a+1 != m.start {
		return false
	}
	for k := 0; k < a; k++ {
		if s := w.low[k]; !isPunct(s) && !isQuoteMark([]rune(s)[0]) && !discourseWords[s] {
			return false
		}
	}
	return true
}

// jailers returns the addressee of a call for a person's release ("called
// for Zamora's immediate release", "the release of X"): the government of
// the person's country when the article is about that country, as a
// state holds its own nationals; none for a foreigner ("the release of an
// American journalist" in a story on Russia), whose jailers are unnamed,
// nor when the caller is that state itself (s). A possessive pronoun
// ("called for his release") stands for the person named last before it
// in its sentence, else in the sentence before.
func (w *worker) jailers(m *match, s actorRef) (actorRef, bool) {
	end := m.hiEnd + 3
	if end > len(w.toks) {
		end = len(w.toks)
	}
	held := func(c, code string) (actorRef, bool) {
		if len(c) != 3 || regionCodes[c] || c != w.docCountry() || len(code) >= 6 && code[3:6] == "GOV" ||
			s.code == c || strings.HasPrefix(s.code, c+"GOV") {
			return actorRef{}, false
		}
		return actorRef{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: c + "GOV", name: c,
			country: c, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}, true
	}
	for k := m.anchor + 1; k < end; k++ {
		if w.ment[k] < 0 && (w.low[k] == "his" || w.low[k] == "her") {
			if a := w.personBefore(w.toks[m.start].Start, s.code); a != nil {
				return held(a.Country, a.Code)
			}
			return actorRef{}, false
		}
		if w.ment[k] < 0 || w.mstart[k] != k {
			continue
		}
		r := w.mentionRef(w.ment[k], k)
		return held(r.country, r.code)
	}
	return actorRef{}, false
}

// personBefore returns the actor of the last coded person mention (a name
// or a role) before byte off in the current sentence, else in the sentence
// before, skipping the caller (code skip: "X called for his release" is
// not X's own); nil when there is none.
func (w *worker) personBefore(off int, skip string) *dyad.Actor {
	for si := w.si; si >= 0 && si >= w.si-1; si-- {
		ms := w.byMent[si]
		for j := len(ms) - 1; j >= 0; j-- {
			mi := ms[j]
			mt := &w.doc.Mentions[mi]
			if mt.Start >= off || mt.Kind != dyad.MentionPerson && mt.Kind != dyad.MentionRole {
				continue
			}
			if a := w.resolve(mi); a != nil && (skip == "" || a.Code != skip) {
				return a
			}
		}
	}
	return nil
}

// ownIntent returns the span of the saying when m is a stance of the
// speaker's own told as "would" under a past reporting verb ("X told
// reporters on Monday that it was unfair and that he would ask Y to …",
// "X said it would reject the plan"): announcing one's own intended
// appeal, demand or rejection is expressing it, so the event is asserted
// and dated by the saying; so is reducing relations under "announce",
// which performs it ("announced it would cease intelligence sharing with
// X": the decision is taken; "said it would cut ties" tells of a plan). A
// material act so announced stays planned, and another's stance ("X said
// Y would protest") is not the speaker's.
func (w *worker) ownIntent(m *match, s actorRef, code string) (dyad.Span, bool) {
	if len(code) < 2 || s.code == "" || m.p.Noun {
		return dyad.Span{}, false
	}
	announced := declarativeRoots[code[:2]]
	if !stanceRoots[code[:2]] && !announced {
		return dyad.Span{}, false
	}
	a := w.auxStart(m.start)
	would := false
	for k := a; k < m.start; k++ {
		switch v := w.low[k]; {
		case v == "would" || v == "'d":
			would = true
		case negations[v] || conditionalCues[v] || plannedCues[v]:
			return dyad.Span{}, false
		}
	}
	if !would || w.ifAfter(m.end) {
		return dyad.Span{}, false
	}
	if qi := w.quote[a]; qi >= 0 {
		q := &w.doc.Quotes[qi]
		if q.Direct || q.Speaker == nil || q.Speaker.Code == "" || q.CueSpan == nil || !sameSide(q.Speaker.Code, s.code) ||
			announced && !stanceRoots[code[:2]] && q.CueLemma != "announce" {
			return dyad.Span{}, false
		}
		return *q.CueSpan, true
	}
	r := w.reportingVerbOf(a)
	if r < 0 || announced && !stanceRoots[code[:2]] && !strings.HasPrefix(w.low[r], "announc") {
		return dyad.Span{}, false
	}
	rep, ok := w.reporter(r)
	if !ok || !sameSide(rep.code, s.code) {
		return dyad.Span{}, false
	}
	return w.toks[r].Span, true
}

// sameSide reports whether actor codes a and b name the same side, one
// a prefix of the other ("BIH" and "BIHGOV").
func sameSide(a, b string) bool {
	return a != "" && b != "" && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

// reporter returns the subject of the reporting verb at token r: the
// actor right before it ("Dodik said"), or for a participle the main
// subject of its sentence ("Dodik rejected X, telling reporters …").
func (w *worker) reporter(r int) (actorRef, bool) {
	if r >= 1 && w.ment[r-1] >= 0 {
		mi := w.ment[r-1]
		return w.mentionRef(mi, w.mstart[r-1]), true
	}
	if reportingParticiples[w.low[r]] {
		return w.mainSubject(0, r)
	}
	return actorRef{}, false
}

// backgroundSubordinators open a finite clause whose content the sentence
// presupposes rather than claims: the time or concession it is set
// against ("since authorities deported 40 others", "after China donated
// vaccines", "although the two leaders spoke by phone").
var backgroundSubordinators = set("since", "after", "although", "though", "whereas", "while")

// backgroundClause reports whether m's verb trigger heads a finite clause
// opened by a background subordinator (see backgroundSubordinators) with
// its own subject between them: a reporting verb or "according to"
// sources the main claim, not the background the writer gives as fact
// ("Advocates say the men held since authorities deported 40 others are
// at risk": the deportation is asserted). Not an -ing or infinitive
// clause ("after meeting X", "since to attack"), nor a nominal trigger.
func (w *worker) backgroundClause(m *match) bool {
	if m.p.Noun {
		return false
	}
	a := w.auxStart(m.start)
	if a < m.start && w.low[a] == "to" {
		return false
	}
	lo, _ := w.bounds(m.anchor)
	for j := a - 1; j >= lo && j >= a-12; j-- {
		s := w.low[j]
		if backgroundSubordinators[s] {
			if j+1 >= a || strings.HasSuffix(w.low[j+1], "ing") || w.low[j+1] == "being" {
				return false
			}
			if s == "since" && j > 0 && haveForms[w.low[j-1]] {
				return false // "has since banned": an adverb
			}
			return true
		}
		if s == "that" || relativeWords[s] || isPunct(s) {
			return false
		}
	}
	return false
}

// ownWords reports whether the quote q gives its speaker's content in the
// writer's words around m: an indirect quote, or one the quotes stage
// marked direct only for a quoted fragment inside it, the trigger itself
// not between quotation marks (the writer's clause "came after China
// donated vaccines, which X described as “a gesture”, according to Y").
func (w *worker) ownWords(q *dyad.Quote, m *match) bool {
	if !q.Direct {
		return true
	}
	text := w.doc.Article.Text
	if q.Span.Start >= len(text) {
		return false
	}
	// the content opens with a quotation mark, or right after one
	head := strings.TrimRight(text[max(q.Span.Start-4, 0):q.Span.Start], " ")
	if strings.HasPrefix(text[q.Span.Start:], "\u201c") || strings.HasPrefix(text[q.Span.Start:], "\"") ||
		strings.HasSuffix(head, "\u201c") || strings.HasSuffix(head, "\"") {
		return false
	}
	lo, _ := w.bounds(m.anchor)
	for j := lo; j < m.start; j++ {
		if isOpenQuote(w.low[j]) {
			return false
		}
	}
	return true
}

// warningCues report a warning: a hostile act the speaker says its own
// side could or would take is a threat it makes by saying so.
var warningCues = set("warn", "threaten", "hint", "signal")

// warnedThreat returns the CAMEO threat code and the saying's span when m
// is a hostile act (roots 15–20) of the speaker's own side, told as
// possible or intended ("could", "would", "will", "may") in an indirect
// quote cued by a warning ("Beijing has hinted that it could retaliate
// with tariffs on German vehicles", "Iran warned it would strike US
// bases"): the act is not done, the warning is, so the event is the
// threat, asserted and dated by the saying. Another side's act ("Putin
// warned that Ukraine could attack Russia") is a prediction and keeps its
// mode; so does a negated one.
func (w *worker) warnedThreat(m *match, s actorRef, code, mode string) (string, dyad.Span, bool) {
	if len(code) < 2 || s.code == "" || mode != dyad.ModeConditional && mode != dyad.ModePlanned {
		return "", dyad.Span{}, false
	}
	var threat string
	switch code[:2] {
	case "15", "18", "19", "20":
		threat = "138"
	case "16":
		threat = "131"
		if strings.HasPrefix(code, "163") {
			threat = "1312"
		}
	case "17":
		threat = "137"
		if strings.HasPrefix(code, "172") {
			threat = "132"
		}
	default:
		return "", dyad.Span{}, false
	}
	qi := w.quote[m.anchor]
	if qi < 0 {
		return "", dyad.Span{}, false
	}
	q := &w.doc.Quotes[qi]
	if q.Direct || q.Speaker == nil || q.CueSpan == nil || !warningCues[strings.ToLower(q.CueLemma)] || !sameSide(q.Speaker.Code, s.code) {
		return "", dyad.Span{}, false
	}
	return threat, *q.CueSpan, true
}

// ownSideRecord reports whether m is material cooperation or aid (roots
// 06, 07) that a direct quote's speaker tells of its own side in the first
// person ("“The U.S. government, through our programs, has provided
// technical assistance,” the spokesperson said"), or a stance its side
// goes on holding ("“how we can continue to support Ukraine”"): the
// speaker is the record of its own side's aid and cooperation, so the act
// is the text's fact, not hearsay. A hostile act
// so told ("“our soldiers shot dead two militants”") is a contestable
// claim and stays reported, as does another side's act.
func (w *worker) ownSideRecord(m *match, s actorRef, q *dyad.Quote, code string) bool {
	if !q.Direct || len(code) < 2 || code[:2] > "08" {
		return false
	}
	a := w.auxStart(m.start)
	lo, _ := w.bounds(m.anchor)
	if code[:2] != "06" && code[:2] != "07" {
		// a stance (01–05, 08) told in the first person is performed
		// only in the present (see performative); one the speaker says
		// its side goes on with, "we will continue to support Ukraine",
		// is held as it is said
		goesOn := false
		for j := max(lo, a-3); j < m.start; j++ {
			goesOn = goesOn || strings.HasPrefix(w.low[j], "continu")
		}
		if !goesOn {
			return false
		}
	}
	sp, ok := w.speaker(w.quote[m.anchor])
	if !ok || !sameSide(sp.code, s.code) {
		return false
	}
	for j := a - 1; j >= lo && j >= a-14; j-- {
		switch w.low[j] {
		case "we", "i", "our", "my":
			return true
		case ";", ":", "that":
			return false
		}
		if relativeWords[w.low[j]] {
			return false
		}
	}
	return false
}

// conjunctReport reports whether the verb trigger of m is coordinated with
// "and" to an earlier verb of the same subject that is the complement of
// an unquoted report (see unquotedReport), however long the first
// conjunct: "Fars reported Iran issued arrest warrants on 36 people
// believed to have been involved in … and demanded from Interpol to
// publish a red notice" reports the demand too.
func (w *worker) conjunctReport(m *match, s actorRef) bool {
	if m.p.Noun || s.code == "" {
		return false
	}
	a := w.auxStart(m.start)
	if a < 1 || w.low[a-1] != "and" {
		return false
	}
	for j := len(w.prev) - 1; j >= 0; j-- {
		p := w.prev[j]
		if p.m.anchor >= m.anchor || p.m.p.Noun && !p.m.p.light {
			continue
		}
		if len(p.sources) == 0 || p.sources[0].code != s.code || w.quote[p.m.anchor] != w.quote[m.anchor] {
			return false
		}
		return w.unquotedReport(p.m, p.sources[0])
	}
	return false
}
