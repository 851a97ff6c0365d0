package event

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/cameo"
)

// What a speaker does by speaking: acts read from the content of a quote
// or reported clause rather than from a verb of saying. See docs/verbs.md
// "Speech acts read from a quote's content".

// threatAux are the auxiliaries that make a speaker's own act of force a
// commitment: "will", "shall", "'ll" ("we will retaliate against X").
// "would" commits only in reported speech, where it is a backshifted
// "will" ("said it would retaliate"); in a direct quote it is hypothetical.
var threatAux = set("will", "shall", "'ll")

// selfPronouns stand for the speaker in a reported clause whose act the
// coder gave the speaker's side: "Iran said it would retaliate", "Putin
// said he would strike". ("they" may be others: "said they would attack".)
var selfPronouns = set("it", "he", "she")

// speechThreat adds the threat a speaker makes by saying its own side
// will use force or coercion (roots 17–20) on another actor, beside ev, the
// act itself (planned or conditional): "“If Turkey crosses the line, I will
// destroy the economy of Turkey,” Trump wrote" (USA → TUR 130);
// "the Israeli minister said Israel will strike Iran" (138). The act must
// be inside a quote or reported clause of a coded speaker, its subject
// (right before its verb group) the speaker ("I", "we") or the speaker's
// side, its target another party, and committed by "will"/"shall"
// ("would" only in reported speech, where it is a backshifted "will"),
// neither negated, passive nor asked. Another party's future act ("Iran
// will attack Israel," the Israeli minister said) is a prediction, and a
// past one a report: neither is a threat. The threat is 138 for force
// (18–20), 130 for other coercion (17), asserted and dated by the saying.
func (w *worker) speechThreat(m *match, s actorRef, t *actorRef, ev dyad.Event, rule string) {
	code := ev.CAMEO
	if len(code) < 2 || t == nil || t.code == "" || s.code == "" || sameSide(s.code, t.code) || m.p.Noun ||
		strings.Contains(rule, "[passive]") || ev.Attribution.Quote == nil {
		return
	}
	root := code[:2]
	if root != "17" && root != "18" && root != "19" && root != "20" {
		return
	}
	if ev.Mode != dyad.ModePlanned && ev.Mode != dyad.ModeConditional {
		return
	}
	qi := w.quote[m.anchor]
	if qi < 0 || qi != *ev.Attribution.Quote {
		return
	}
	sp, ok := w.quoteSpeaker(qi)
	if !ok || !sameSide(sp.code, s.code) {
		return
	}
	q := &w.doc.Quotes[qi]
	a := w.auxStart(m.start)
	if a < 1 || !w.speakerSubject(a-1, s) && !(!q.Direct && selfPronouns[w.low[a-1]]) {
		// the subject is not the speaker's side ("the thing that will
		// hit them"), nor, in reported speech, the speaker's "it", "he"
		// or "she" ("Iran said it would retaliate against Israel")
		return
	}
	committed := -1
	for k := a; k < m.start; k++ {
		switch v := w.low[k]; {
		case threatAux[v]:
			committed = k
		case (v == "would" || v == "'d") && !q.Direct:
			committed = k
		case negations[v] || v == "could" || v == "might" || v == "may" || v == "can" || v == "should" || v == "must":
			return
		}
	}
	if committed < 0 || w.questionAfter(m.end, qi) {
		return
	}
	// The threat's trigger is the word that commits ("will"), the act's
	// own trigger staying the planned or conditional act's.
	th := ev
	for _, a := range []**dyad.EventActor{&th.Source, &th.Target} {
		if *a != nil {
			c := **a // the threat's own copy: later passes may edit the act's
			*a = &c
		}
	}
	if th.Place != nil {
		p := *th.Place
		th.Place = &p
	}
	th.Trigger.Span = w.toks[committed].Span
	th.Trigger.Text = th.Trigger.Span.In(w.doc.Article.Text)
	th.CAMEO, th.Root, th.Mode, th.Rule = "138", "13", dyad.ModeAsserted, rule+" [threat]"
	if root == "17" {
		th.CAMEO = "130"
	}
	if c, ok := cameo.Nearest(th.CAMEO); ok {
		th.PLOVER, th.Quad, th.Goldstein = c.PLOVER, c.Quad, c.Goldstein
	}
	w.dateBySaying(&th, q) // taken by saying it, when the saying is dated
	w.doc.Events = append(w.doc.Events, th)
}

// demandModals lay an obligation on a clause's subject: "X must …", "X
// should …", "X ought to …", "X needs to …", "X has to …".
var demandModals = set("must", "should", "ought", "needs", "need", "shouldn't", "mustn't")

// demandSkip are the verbs after a modal that lay no act on the subject:
// perfect "have" (a judgement of what was done: "should have freed him"),
// "be" (a passive, or an epistemic "must be behind it"), and verbs of
// knowing or feeling ("China should know that …", "must feel betrayed").
var demandSkip = set("have", "be", "know", "knows", "realize", "realise", "understand", "expect",
	"feel", "think", "hope", "seem", "appear", "get", "go", "see", "wonder", "receive", "face", "blame")

// quotedDemands codes the demand a speaker makes by laying an obligation
// on another actor in a quote or reported clause, whatever the act
// demanded: "“The Trump administration must stop these transfers,” the
// group said" (speaker → subject 100, asserted, dated by the saying);
// "Sayim said those countries should keep their offers open". The clause
// must open the quote (or one of its sentences, or follow "that"), its
// subject a coded actor of another side (a pronoun the actors stage
// resolved counts: "They must, with Europe and others, watch over …"),
// then the modal, an optional adverb or a comma-fenced adjunct, and a
// plain verb that is no perfect, passive or verb of knowing. Not a
// question, not the speaker's own side ("we must defend"), and not a dyad
// the sentence already has as a demand (the dictionary's own obligation
// rule codes clauses whose verb it knows).
func (w *worker) quotedDemands(si int) {
	for _, qi := range w.byQuote[si] {
		q := &w.doc.Quotes[qi]
		sp, ok := w.quoteSpeaker(qi)
		if !ok || sp.code == "" {
			continue
		}
		for _, k := range w.stanceOpenings(qi) {
			if w.ment[k] < 0 || w.mstart[k] != k || indefinite(w.low, k) || w.genericSubject(k) {
				continue // no actor, or an indefinite or generic one: "A judge should …", "Judges should …"
			}
			subj := w.mentionRef(w.ment[k], k)
			if subj.code == "" || ownSide(sp.code, subj.code) {
				continue
			}
			start, end := w.demandAt(w.mend[k], qi)
			if start < 0 || w.questionAfter(end, qi) || w.dyadCoded(sp.code, subj.code, "10") {
				continue
			}
			m := match{p: &Pattern{Code: "100"}, anchor: end - 1, start: start, end: end, hiEnd: end, loStart: k, source: &sp, target: &subj}
			w.emitSaying(&m, sp, &subj, "quoted demand", "100", q)
		}
	}
}

// demandAt returns the span from the modal at token j to the verb it
// governs, inside quote qi, when j opens an obligation ("must stop",
// "should, with Europe, watch", "ought to leave", "needs to withdraw"),
// or -1, -1.
func (w *worker) demandAt(j, qi int) (int, int) {
	n := len(w.toks)
	in := func(k int) bool { return k < n && w.quote[k] == qi }
	if !in(j) || !demandModals[w.low[j]] {
		return -1, -1
	}
	start := j
	switch w.low[j] {
	case "ought", "needs", "need":
		if !in(j+1) || w.low[j+1] != "to" {
			return -1, -1
		}
		j += 2
	default:
		j++
	}
	if in(j) && w.low[j] == "," { // "must, with Europe and others, watch"
		c := j + 1
		for ; in(c) && c-j <= 8 && w.low[c] != ","; c++ {
		}
		if !in(c) || w.low[c] != "," {
			return -1, -1
		}
		j = c + 1
	}
	for c := 0; c < 2 && in(j) && (strings.HasSuffix(w.low[j], "ly") || w.low[j] == "now" || w.low[j] == "also" || w.low[j] == "not" || w.low[j] == "n't" || w.low[j] == "never"); c++ {
		j++ // "must immediately stop", "should also keep", "must not attack"
	}
	if !in(j) || !w.plainWord(j) || demandSkip[w.low[j]] || stanceModifierStop[w.low[j]] && w.low[j] != "stop" {
		return -1, -1
	}
	if x := w.low[j]; strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "ing") || irregularPast[x] {
		return -1, -1 // no base form: "should given", a participle
	}
	return start, j + 1
}

// speakerSubject reports whether token k, right before a verb group, is
// its subject standing for source s: "I" or "we", or the last token of a
// mention coded on s's side ("Israel will strike …").
func (w *worker) speakerSubject(k int, s actorRef) bool {
	if x := w.low[k]; x == "i" || x == "we" {
		return true
	}
	mi := w.ment[k]
	return mi >= 0 && w.mend[w.mstart[k]] == k+1 && sameSide(w.mentionRef(mi, w.mstart[k]).code, s.code)
}

// indefinite reports whether the mention opening at token k is
// indefinite, its article inside it or right before it ("A judge", "an
// official"): no particular actor is addressed.
func indefinite(low []string, k int) bool {
	article := func(x string) bool { return strings.EqualFold(x, "a") || strings.EqualFold(x, "an") }
	return article(low[k]) || k > 0 && article(low[k-1]) // words of a mention keep their case
}

// ownSide reports whether a speaker coded sp speaks of its own side when
// it speaks of an actor coded subj (one code a prefix of the other), except
// that a speaker known only by country (a citizen, an activist: "NGA")
// speaking of a sector of that country ("NGAGOV", "ZWEELI") speaks of
// another party: the domestic critic's demand or judgement ("authorities
// should declare a state of emergency", "He was a dictator").
func ownSide(sp, subj string) bool {
	if len(sp) == 3 && len(subj) > 3 {
		return false
	}
	return sameSide(sp, subj)
}

// threatPhrases are the commitments that threaten whoever they name after
// them, said of the speaker's own side with "will": "we will take all
// necessary measures against X", "Iran will pursue the prosecution of
// Trump", "we will hold X accountable". Each is a sequence of word sets;
// a set holding "" is optional. The code is the threat's.
var threatPhrases = []struct {
	code  string
	words [][]string
}{
	{"130", [][]string{{"take"}, {"all", "any", "every", ""}, {"necessary", "appropriate", "diplomatic", "legal", "further", "firm", "decisive", "strong", "tough", ""}, {"necessary", "appropriate", "diplomatic", "legal", "further", ""}, {"action", "actions", "measures", "steps", "countermeasures"}}},
	{"130", [][]string{{"pursue"}, {"the", ""}, {"prosecution", "punishment"}, {"of"}}},
	{"130", [][]string{{"hold"}} /* "hold X accountable|responsible": checked below */},
	{"130", [][]string{{"bring"}} /* "bring X to justice": checked below */},
	{"138", [][]string{{"use"}, {"the", ""}, {"full", ""}, {"force", "might"}}},
}

// quotedThreats codes the threats a speaker makes with a commitment its
// own side will act against another actor, in words the dictionary does
// not code as an act: "Kariuki said Britain will take any diplomatic
// measures necessary to prevent Iran from acquiring a nuclear weapon"
// (GBR → IRN 130), "“We will hold Russia accountable,” X said". The
// subject right before "will"/"shall"/"'ll" is the speaker ("I", "we") or a
// mention of its side; the target is the first coded actor of another
// side after the phrase in the quote's sentence ("hold X accountable",
// "bring X to justice": the actor between). Not negated, not asked, and
// not a dyad the sentence already has in root 13.
func (w *worker) quotedThreats(si int) {
	n := len(w.toks)
	for _, qi := range w.byQuote[si] {
		q := &w.doc.Quotes[qi]
		sp, ok := w.quoteSpeaker(qi)
		if !ok || sp.code == "" {
			continue
		}
		for k := 1; k < n; k++ {
			if w.quote[k] != qi || !threatAux[w.low[k]] || !w.speakerSubject(k-1, sp) {
				continue
			}
			j := k + 1
			for c := 0; c < 2 && j < n && (w.low[j] == "also" || w.low[j] == "continue" || w.low[j] == "to" || strings.HasSuffix(w.low[j], "ly")); c++ {
				j++ // "will also take", "will continue to take", "will firmly take"
			}
			if j < n && w.low[j] == "continue" && j+1 < n && w.low[j+1] == "to" {
				j += 2
			}
			code, end := w.threatPhraseAt(j, qi)
			if end < 0 || w.questionAfter(end, qi) {
				continue
			}
			tgt, ok := w.threatTarget(j, end, qi, sp)
			if !ok || w.dyadCoded(sp.code, tgt.code, "13") {
				continue
			}
			m := match{p: &Pattern{Code: code}, anchor: j, start: k, end: end, hiEnd: end, loStart: k - 1, source: &sp, target: &tgt}
			w.emitSaying(&m, sp, &tgt, "quoted threat", code, q)
		}
	}
}

// threatPhraseAt returns the code and one past the end of the threat
// phrase at token j inside quote qi, or "", -1. For "hold" and "bring" the
// end is the token after the actor they govern ("hold Russia accountable",
// "bring the killers to justice").
func (w *worker) threatPhraseAt(j, qi int) (string, int) {
	n := len(w.toks)
	for _, ph := range threatPhrases {
		k, ok := j, true
		for _, alts := range ph.words {
			hit, optional := false, false
			for _, a := range alts {
				if a == "" {
					optional = true
				} else if k < n && w.quote[k] == qi && w.low[k] == a {
					hit = true
				}
			}
			switch {
			case hit:
				k++
			case !optional:
				ok = false
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		switch w.low[j] {
		case "hold", "bring":
			// the governed phrase, then "accountable"/"responsible" or "to justice"
			for c := k; c < n && c < k+6 && w.quote[c] == qi; c++ {
				if w.low[j] == "hold" && (w.low[c] == "accountable" || w.low[c] == "responsible") ||
					w.low[j] == "bring" && w.low[c] == "to" && c+1 < n && w.low[c+1] == "justice" {
					return ph.code, k
				}
			}
			continue
		}
		return ph.code, k
	}
	return "", -1
}

// threatTarget returns the actor a threat phrase from token j to end
// aims at, in quote qi and its sentence, of another side than sp: for
// "hold"/"bring" the first actor after the verb ("hold Russia
// accountable"); for "pursue the prosecution of" the actor right after
// "of"; otherwise the first actor within eight tokens after the phrase
// that a word of aim (against, prevent, stop, deter, punish, counter)
// introduces ("take measures against X", "use force to stop X"), not a
// beneficiary ("take measures to protect our farmers").
func (w *worker) threatTarget(j, end, qi int, sp actorRef) (actorRef, bool) {
	aimed := w.low[j] == "hold" || w.low[j] == "bring" || w.low[end-1] == "of"
	from := end
	if w.low[j] == "hold" || w.low[j] == "bring" {
		from = j + 1
	}
	for k := from; k < len(w.toks) && k < end+8 && w.quote[k] == qi; k++ {
		switch w.low[k] {
		case ".", ";":
			return actorRef{}, false
		case "against", "prevent", "stop", "deter", "punish", "counter":
			aimed = true
		}
		if w.ment[k] >= 0 && w.mstart[k] == k {
			r := w.mentionRef(w.ment[k], k)
			if r.code == "" || sameSide(r.code, sp.code) {
				continue
			}
			if !aimed {
				return actorRef{}, false // the first actor is no aim: a beneficiary, a place
			}
			return r, true
		}
	}
	return actorRef{}, false
}

// genericSubject reports whether the mention opening at token k is a bare
// plural role or group ("Judges should avoid …", "People should provide
// evidence", "critics should instead …"): a norm for a class, no demand on
// a party. "authorities" used bare names the authorities in charge.
func (w *worker) genericSubject(k int) bool {
	mi := w.ment[k]
	if mi < 0 || w.mend[k] != k+1 {
		return false
	}
	kind := w.doc.Mentions[mi].Kind
	if kind != dyad.MentionRole && kind != dyad.MentionGroup {
		return false
	}
	x := strings.ToLower(w.low[k])
	if !strings.HasSuffix(x, "s") && x != "people" && x != "men" && x != "women" || x == "authorities" {
		return false
	}
	prev := ""
	if k > 0 {
		prev = w.low[k-1]
	}
	return prev == "that" || !determiners[prev] && !articles[prev] && !possessivePronouns[prev] // "said that critics should …"
}

// actOfSubject reads a stance's subject that names an act and then its
// agent: "the actions of Russia", "the recent decision by Washington",
// "this move by the Chinese government". From token k (the clause's first)
// an article or demonstrative, at most one modifier, a noun of an act
// (stance.txt's noun lines), "of" or "by", an optional "the", and the
// agent's mention. It returns the mention's first token and the token
// after it.
func (w *worker) actOfSubject(k, qi int) (int, int, bool) {
	n := len(w.toks)
	in := func(i int) bool { return i < n && w.quote[i] == qi }
	if !in(k) {
		return 0, 0, false
	}
	switch strings.ToLower(w.low[k]) {
	case "the", "this", "these", "that":
	default:
		return 0, 0, false
	}
	j := k + 1
	if in(j+1) && w.plainWord(j) && !stances.actNouns[w.low[j]] && stances.actNouns[w.low[j+1]] {
		j++ // "the recent decision"
	}
	if !in(j) || !stances.actNouns[w.low[j]] {
		return 0, 0, false
	}
	j++
	if !in(j) || w.low[j] != "of" && w.low[j] != "by" {
		return 0, 0, false
	}
	j++
	if in(j) && w.low[j] == "the" && w.ment[j] < 0 {
		j++
	}
	if !in(j) || w.ment[j] < 0 || w.mstart[j] != j {
		return 0, 0, false
	}
	return j, w.mend[j], true
}
