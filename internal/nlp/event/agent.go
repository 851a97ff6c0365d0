package event

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
)

// Arguments found outside the trigger's clause. News names an act of
// violence once with its agent and then refers back to it by a definite
// noun that names none: "Israel launched strikes on Gaza. The strikes
// killed 20 Palestinians", "al-Muhandis, who was also killed in the
// airstrike". The agent of such a referring attack is the one party the
// sentences before named as the agent of an act of violence; with two
// parties, or an act of violence with no named agent there, it has none.

// definiteAttack reports whether the attack noun at token k is definite
// and names no agent of its own: a determiner that points back ("the",
// "this", "these") with at most three lower-case modifiers between ("the
// single biggest attack", "the deadly strikes"); not an indefinite one
// ("an attack"), a possessed one ("Israel's strikes") or one with an
// actor modifier ("the U.S. airstrike").
func (w *worker) definiteAttack(k int) bool {
	if k < 1 || w.ment[k] >= 0 || !attackHeads[w.low[k]] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch s := w.low[j]; {
		case w.ment[j] >= 0:
			return false
		case ownerDeterminers[s]:
			return true
		case !w.lowerWord(j) || isPunct(s) || prepositions[s] || w.isVerbWord(j):
			return false
		}
	}
	return false
}

// attackOwner returns the agent of the definite attack noun at token k:
// the one party (codes that extend one another count as one) that was
// the source of an act of violence (roots 18–20) that happened, coded in
// the maxOwnerGap sentences before, among those whose trigger has the noun's word when
// any has ("the airstrike" is the one "carried out the airstrike", not
// "the December 31 attack"); none when two parties compete or one such
// act had no named agent. The returned actor stands at the noun.
func (w *worker) attackOwner(k int) (actorRef, bool) {
	if !w.definiteAttack(k) {
		return actorRef{}, false
	}
	r, _, ok := w.violentOwner(k, strings.TrimSuffix(w.low[k], "s"))
	return r, ok
}

// violentOwner returns the one party that was the source of the acts of
// violence (roots 18–20) that happened, coded in the maxOwnerGap
// sentences before, among those whose trigger has stem when any has; any
// reports whether there was such an act at all. The returned actor
// stands at token k.
func (w *worker) violentOwner(k int, stem string) (r actorRef, any, ok bool) {
	first := max(w.si-maxOwnerGap, 0)
	lo := w.doc.Sentences[first].Start
	var all, same []*dyad.Event
	for i := len(w.doc.Events) - 1; i >= 0; i-- {
		e := &w.doc.Events[i]
		if e.Sentence.Start < lo {
			break
		}
		if e.Sentence.Start >= w.sent.Start || !placeConflict(e.CAMEO) || !happened(e) {
			continue
		}
		all = append(all, e)
		if stem != "" && strings.Contains(strings.ToLower(e.Trigger.Text), stem) {
			same = append(same, e)
		}
	}
	if len(same) > 0 {
		all = same
	}
	var src *dyad.EventActor
	for _, e := range all {
		if e.Source == nil {
			return actorRef{}, true, false // an act with no named agent may be the one meant
		}
		if src != nil && !sameParty(src.Code, e.Source.Code) {
			return actorRef{}, true, false
		}
		if src == nil {
			src = e.Source
		}
	}
	if src == nil {
		return actorRef{}, false, false
	}
	r = actorRef{mention: -1, place: -1, span: w.toks[k].Span, code: src.Code, name: src.Name, country: src.Country,
		tok: k, tokEnd: k + 1}
	if src.Mention != nil {
		r.mention = *src.Mention
	}
	return r, true, true
}

// skipCommaAdjunct returns, for a comma at token k that closes a time
// adjunct opened by a comma ("The single biggest attack, in 2009, killed
// …"), the token before the opening comma; else k.
func (w *worker) skipCommaAdjunct(k int) int {
	if k < 3 || w.low[k] != "," {
		return k
	}
	for c := k - 2; c >= 1 && c >= k-6; c-- {
		if w.low[c] != "," {
			continue
		}
		if w.timeAdjunct(c+1, k) == k {
			return c - 1
		}
		return k
	}
	return k
}

// operationHeads name a military or police operation: the one an actor
// modifier names ("killed in a US counter-terrorism operation", "killed in
// a Pakistani military offensive") is that actor's act.
var operationHeads = set("operation", "operations", "offensive", "crackdown")

// happened reports whether e is an act the text says took place
// (asserted or reported), not one planned, proposed, conditional or
// denied: only such an act is the one a later mention refers back to.
func happened(e *dyad.Event) bool {
	return e.Mode == dyad.ModeAsserted || e.Mode == dyad.ModeReported
}

// nominalStateAgent returns, for a nominal act only a state performs on a
// party named after it ("the arrest of Blessed Mhlanga", "the detention of
// X") that names no agent, the patient's state, as for the agentless
// passive ("X was arrested": stateAgent), when it is the article's
// country (else unsure: a foreigner's). None when the article already
// coded an act of the same root on the same party: the noun then refers
// back to it ("X was arrested on Monday. … the arrest of X").
func (w *worker) nominalStateAgent(m *match) (actorRef, bool) {
	if !m.p.Noun || !stateActs[m.p.Code] || m.target == nil || m.target.tok <= m.anchor || m.target.country == "" {
		return actorRef{}, false
	}
	if c := w.docCountry(); c != "" && m.target.country != c {
		// (a foreigner's arrest is often another state's: "the arrest of
		// Palestinian activist X" in a story about the United States)
		return actorRef{}, false
	}
	root := m.p.Code[:2]
	for i := range w.doc.Events {
		if e := &w.doc.Events[i]; e.Root == root && e.Target != nil && strings.EqualFold(e.Target.Name, m.target.name) {
			return actorRef{}, false
		}
	}
	return w.stateAgent(m), true
}

// insurgentTarget returns, for an act of force (threats, shows of force,
// coercion, violence: roots 13, 15, 17–20) by a named armed non-state
// group of a country (AFGREBTAL, YEMREBHTH; not a bare group noun) on
// that country itself or a place in it, in the pattern's target slot,
// the target as the country: "Houthi rebels attacked
// Sanaa" → YEM, "the Taliban seized control of Afghanistan" → AFG, "an
// insurgency against the Pakistani state". An actor is otherwise not its
// own country's target ("India backs Indian officials"); for an armed
// group fighting its state that is the event.
func (w *worker) insurgentTarget(m *match, s, t actorRef, code string) (actorRef, bool) {
	if len(s.code) < 6 || !nonState(s.code[:3], s.code) || len(code) < 2 || m.target == nil || m.target.tok != t.tok {
		return actorRef{}, false
	}
	if s.mention < 0 || len(s.code) == 6 && w.doc.Mentions[s.mention].Actor != nil && w.doc.Mentions[s.mention].Actor.Kind == dyad.ActorGroup {
		// (a group noun, "terrorists", "militants", is given the
		// article's country whoever they are: "the terrorists who
		// threaten Britain")
		return actorRef{}, false
	}
	switch code[:2] {
	case "13", "15", "17", "18", "19", "20":
	default:
		return actorRef{}, false
	}
	c := s.code[:3]
	switch {
	case t.place >= 0 && t.country == c:
		t.place, t.code, t.noun = -1, c, true
		return t, true
	case t.code == c:
		return t, true
	}
	return actorRef{}, false
}

// pairPartner returns, for a pair anaphor r ("the two leaders", "both
// countries") whose antecedent a is not coordinated with its partner
// ("Modi met Ramgoolam on Tuesday. The two leaders signed eight pacts"),
// the other member of the pair, as the actors stage finds it: the two
// distinct coded actors of the anaphor's kind named in its sentence before
// it, else in the sentence before; none when that sentence names one or
// more than two, or when a is not one of them.
func (w *worker) pairPartner(r actorRef, a int) (actorRef, bool) {
	m := &w.doc.Mentions[r.mention]
	words := strings.Fields(strings.ToLower(m.Text))
	if len(words) < 2 {
		return actorRef{}, false
	}
	kind, ok := pairKinds[words[len(words)-1]]
	if !ok || words[len(words)-2] != "two" && words[len(words)-2] != "both" {
		return actorRef{}, false
	}
	member := func(x *dyad.Mention) bool {
		person := x.Actor != nil && x.Actor.Kind == dyad.ActorPerson
		switch kind {
		case "country":
			return !person && (x.Kind == dyad.MentionCountry || x.Kind == dyad.MentionCapital || x.Kind == dyad.MentionDemonym)
		case "person":
			return person && (x.Kind == dyad.MentionPerson || x.Kind == dyad.MentionRole)
		}
		return x.Kind == dyad.MentionCountry || x.Kind == dyad.MentionCapital || x.Kind == dyad.MentionOrg || x.Kind == dyad.MentionPerson
	}
	for si := w.si; si >= 0 && si >= w.si-1; si-- {
		var keys []string
		var firsts []int
		for _, j := range w.byMent[si] {
			x := &w.doc.Mentions[j]
			if si == w.si && x.Start >= m.Start || x.Source == "coref" {
				continue
			}
			c := w.resolve(j)
			if c == nil || c.Anonymous || !member(x) {
				continue
			}
			key := c.Code + "|" + c.Name
			if !slices.Contains(keys, key) {
				keys = append(keys, key)
				firsts = append(firsts, j)
			}
		}
		if len(keys) == 0 {
			continue
		}
		if len(keys) != 2 {
			return actorRef{}, false
		}
		ca := w.resolve(a)
		if ca == nil {
			return actorRef{}, false
		}
		for i, j := range firsts {
			if keys[i] != ca.Code+"|"+ca.Name {
				if keys[1-i] != ca.Code+"|"+ca.Name {
					return actorRef{}, false
				}
				c := w.resolve(j)
				return actorRef{mention: j, place: -1, span: r.span, code: c.Code, name: c.Name,
					country: c.Country, tok: r.tok, tokEnd: r.tokEnd}, true
			}
		}
		return actorRef{}, false
	}
	return actorRef{}, false
}

// pairKinds are the heads of a pair anaphor and the kind of actor they
// take ("" any: "both sides").
var pairKinds = map[string]string{
	"countries": "country", "nations": "country", "governments": "country", "states": "country",
	"neighbours": "country", "neighbors": "country",
	"leaders": "person", "presidents": "person", "men": "person", "sides": "",
}

// personTarget reports whether an act of the code takes a person the
// actors stage left uncoded as its target, as a legal act does: violence
// and threats ("hired Mehdiyev to kill Alinejad", "gunmen shot journalist
// X", "threatened Y"), a person of the article's country (personRef).
func personTarget(code string) bool {
	return placeConflict(code) || strings.HasPrefix(code, "13")
}

// forcePersonTargets drops from targets the uncoded persons that only
// personTarget admitted (acts of violence and threats, not legal acts)
// when the source is no armed force of a state (army, police,
// intelligence): "the police shooting of Jacob Blake" is an event, but a
// person's violence on another ("hired X to kill Alinejad"), a politician's
// "court battle with Mrs Quinn" or a force's act read off a name that is a
// ship's are too often misread.
func (w *worker) forcePersonTargets(m *match, src actorRef, targets []actorRef) []actorRef {
	if legalAct(m.p.Code) || !personTarget(m.p.Code) {
		return targets
	}
	c := src.code
	if len(c) >= 6 && (c[3:6] == "MIL" || c[3:6] == "COP" || c[3:6] == "SPY") {
		return targets
	}
	out := targets[:0]
	for _, t := range targets {
		if !t.person {
			out = append(out, t)
		}
	}
	return out
}

// targetThings are things and sites an act of violence may strike with
// no one named as its victim: a vehicle, a building, a camp ("the car …
// was then attacked with gunfire", "a hotel was stormed").
var targetThings = set("car", "cars", "bus", "buses", "vehicle", "vehicles", "convoy", "truck", "trucks", "train",
	"hotel", "hotels", "base", "bases", "school", "schools", "market", "mosque", "church", "cathedral", "temple",
	"building", "buildings", "checkpoint", "camp", "compound", "restaurant", "hospital", "station", "post",
	"village", "villages", "town", "house", "houses", "home", "homes", "office", "offices", "embassy", "consulate",
	"patrol", "plane", "aircraft", "ship", "vessel", "tanker", "airport", "pipeline")

// thingPatient returns, for an agentless past passive of violence whose
// subject is a thing or site (targetThings right before its verb group:
// "the car … was then attacked with gunfire"), the country where it
// happened (the sentence's place, else the article's) as the target,
// standing at the noun: the place's country suffers violence that names
// no victim, as for an active verb (placeVictim). Its agent is that of
// the acts of violence coded just before (violentOwner: "Al-Shabab
// stormed a hotel … The hotel was attacked at dawn"), unknown when there
// were none; with competing agents the act is left uncoded.
func (w *worker) thingPatient(m *match) (actorRef, bool) {
	if !placeConflict(m.p.Code) || !violentPassive(w.low[m.anchor]) || w.accidentNear(m) || w.thingAgent(m.hiEnd) {
		return actorRef{}, false
	}
	past := false
	k := m.start - 1
	for ; k >= 0 && w.ment[k] < 0; k-- {
		s := w.low[k]
		if !(auxWords[s] || beForms[s] || groupAdverbs[s] || s == "then" || strings.HasSuffix(s, "ly") && len(s) > 4) {
			break
		}
		past = past || s == "was" || s == "were" || s == "been"
	}
	if k >= 2 && w.place[k] >= 0 {
		// "a hotel in Mogadishu was attacked": over the locating phrase
		for k >= 1 && w.place[k] >= 0 {
			k--
		}
		if !locativePreps[w.low[k]] {
			return actorRef{}, false
		}
		k--
	}
	if !past || k < 1 || !targetThings[w.low[k]] || w.ment[k] >= 0 || w.place[k] >= 0 || w.quote[m.anchor] >= 0 {
		return actorRef{}, false
	}
	c := w.sentencePlaceCountry(m.anchor)
	if c == "" {
		c = w.docCountry()
	}
	if c == "" {
		return actorRef{}, false
	}
	return actorRef{mention: -1, place: -1, span: w.toks[k].Span, code: c, name: c, country: c,
		tok: k, tokEnd: k + 1, noun: true}, true
}

// holdActs are the codes of acts that put a party in someone's hands:
// arrest, detention, jailing, a sentence (173) and abduction (181).
func holdAct(code string) bool {
	return strings.HasPrefix(code, "173") || strings.HasPrefix(code, "181")
}

// releaseHolder returns, for an agentless passive release of a coded
// party ("He was released in May 2017", "she was freed on Friday"), the
// one who held it: the source of the latest act coded before that
// arrested, jailed, sentenced or abducted the same party and happened
// ("Joseph had been arrested and sentenced … He was released" → the
// state; "X was abducted by gunmen … He was freed" → the gunmen). With
// no such act a bare release names no holder: hostages are freed by
// their captors, reports and films are released too.
func (w *worker) releaseHolder(m *match) (actorRef, bool) {
	if !strings.HasPrefix(m.p.Code, "084") || m.target == nil || m.target.unknown || m.target.code == "" {
		return actorRef{}, false
	}
	for i := len(w.doc.Events) - 1; i >= 0; i-- {
		e := &w.doc.Events[i]
		if e.Source == nil || e.Target == nil || !holdAct(e.CAMEO) || !happened(e) {
			continue
		}
		if !w.sameHeld(e.Target, m.target) {
			continue
		}
		r := actorRef{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: e.Source.Code, name: e.Source.Name,
			country: e.Source.Country, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}
		return r, true
	}
	return actorRef{}, false
}

// sameHeld reports whether the target of an earlier event and t are the
// same party: the same name, or, for persons, the same last name ("Arnel
// Joseph" … "Joseph" … "he"), with codes of one country.
func (w *worker) sameHeld(a *dyad.EventActor, t *actorRef) bool {
	if !sameParty(a.Code, t.code) && a.Country != t.country {
		return false
	}
	an, tn := strings.ToLower(a.Name), strings.ToLower(t.name)
	if t.mention >= 0 {
		if c := w.resolve(t.mention); c != nil && c.Name != "" {
			tn = strings.ToLower(c.Name)
		}
	}
	if an == "" || tn == "" {
		return false
	}
	if an == tn {
		return true
	}
	af, tf := strings.Fields(an), strings.Fields(tn)
	return len(af) > 0 && len(tf) > 0 && af[len(af)-1] == tf[len(tf)-1] && (len(af) == 1 || len(tf) == 1)
}

// caughtArrest reports whether "caught" at m's anchor reads as an
// arrest: not "caught operating a vote-rigging factory", "caught entering
// the country" (caught in the act: the act is the news) nor a generic
// present ("drivers who are caught going over the limit"); as an
// agentless passive, not on armed forces or armed groups (captured in
// war) and, for a coded party, only one of the article's country (a
// foreigner may be caught by another state). Other triggers pass.
func (w *worker) caughtArrest(m *match, passive bool) bool {
	if w.low[m.anchor] != "caught" {
		return true
	}
	if k := m.anchor + 1; k < len(w.toks) && strings.HasSuffix(w.low[k], "ing") && w.ment[k] < 0 {
		return false
	}
	if k := m.anchor - 1; k >= 0 && (w.low[k] == "is" || w.low[k] == "are" || w.low[k] == "get" || w.low[k] == "gets") {
		return false
	}
	if !passive {
		return true
	}
	t := m.target
	if t == nil {
		return true
	}
	if len(t.code) >= 6 && (t.code[3:6] == "MIL" || armedNonState(t.code)) {
		return false
	}
	c := w.docCountry()
	return c != "" && t.country == c
}

// foreignDeporter returns, for an agentless deportation whose state c is
// the deportees' own (the article's country is the one they are sent
// back to: "Thailand deported 40 Uyghurs to China … the five in prison
// face the risk of being deported"), the state that held or deported
// people of c before in the article: the source country of the latest
// arrest, detention or deportation (173, 174) coded on a party of c by
// another state. A state does not deport its own people.
func (w *worker) foreignDeporter(c string) (string, bool) {
	if c == "" {
		return "", false
	}
	for i := len(w.doc.Events) - 1; i >= 0; i-- {
		e := &w.doc.Events[i]
		if e.Source == nil || e.Target == nil || !happened(e) {
			continue
		}
		if !strings.HasPrefix(e.CAMEO, "173") && !strings.HasPrefix(e.CAMEO, "174") {
			continue
		}
		sc := e.Source.Country
		if sc == "" && len(e.Source.Code) >= 3 {
			sc = e.Source.Code[:3]
		}
		tc := e.Target.Country
		if tc == "" && len(e.Target.Code) >= 3 {
			tc = e.Target.Code[:3]
		}
		if tc == c && sc != "" && sc != c && stateSource(e.Source.Code) {
			return sc, true
		}
	}
	return "", false
}

// stateSource reports whether code is a state or one of its agencies
// (a bare country code, its government, forces, police, courts).
func stateSource(code string) bool {
	if len(code) < 3 || code[:3] == "IGO" || code[:3] == "NGO" {
		return false
	}
	if len(code) == 3 {
		return true
	}
	return stateForce(code) || len(code) >= 6 && (code[3:6] == "JUD" || code[3:6] == "LEG")
}

// extraditingState returns, for an agentless passive extradition to a
// state ("X was extradited to the United States"), the state that hands
// the person over: the place it is extradited from, else the article's
// country; none when that is the destination itself (the receiving
// state's story: "was extradited to the US" in an article about the US).
func (w *worker) extraditingState(m *match) (actorRef, bool) {
	if !strings.HasPrefix(m.p.Code, "063") || m.p.Noun || m.target == nil || m.target.tok <= m.anchor {
		return actorRef{}, false
	}
	c := w.docCountry()
	if pc := w.actPlaceCountry(m.anchor); pc != "" && w.placeAfter(m.anchor, "from") {
		c = pc
	}
	if c == "" || c == m.target.country || strings.HasPrefix(m.target.code, c) {
		return actorRef{}, false
	}
	return actorRef{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: c + "GOV", name: c,
		country: c, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}, true
}

// homePardon reports whether an agentless passive pardon may take the
// state as its agent: only for a party of the article's country (a
// foreigner is pardoned by whichever state held him, often not his own).
// Other acts pass.
func (w *worker) homePardon(m *match) bool {
	if !strings.HasPrefix(m.p.Code, "056") || m.target == nil {
		return true
	}
	c := w.docCountry()
	return c != "" && m.target.country == c
}

// openingPlace returns the country of a place that opens the sentence
// before token k as its frame, "In <place>," ("In mainland China, which
// claims sovereignty over Taiwan, … a writer was sentenced"): the place
// of every act after it, over places named in between; "" when the
// sentence opens otherwise.
func (w *worker) openingPlace(k int) string {
	if len(w.toks) < 4 || w.low[0] != "in" {
		return ""
	}
	j := 1
	if j < len(w.toks) && (w.low[j] == "the" || w.lowerWord(j) && w.place[j] < 0 && j+1 < len(w.toks) && w.place[j+1] >= 0) {
		j++ // "In the Philippines", "In mainland China"
	}
	pi := w.place[j]
	if pi < 0 || w.doc.Places[pi].Country == "" || w.doc.Places[pi].Metonymic {
		return ""
	}
	for j < len(w.toks) && w.place[j] == pi {
		j++
	}
	if j >= k || j >= len(w.toks) || w.low[j] != "," {
		return ""
	}
	return w.doc.Places[pi].Country
}

// battleHeads name a fight between two sides ("a gun battle with police",
// "clashes with the army").
var battleHeads = set("battle", "gunbattle", "gun-battle", "shootout", "shoot-out", "firefight", "gunfight",
	"clash", "clashes", "skirmish", "skirmishes", "fighting")

// battleAgent returns, for a passive act of force whose victim died or
// was hurt "in a gun battle with X" ("Arnel Joseph was killed in a gun
// battle with police"), the other side X, named right after "with": the
// victim's opponent in the fight; none when X is the victim's own side.
// i is the token after the verb group.
func (w *worker) battleAgent(i int, victim *actorRef) (actorRef, bool) {
	_, hi := w.bounds(max(i-1, 0))
	for i < hi && (strings.HasSuffix(w.low[i], "ly") || timeAdjuncts[w.low[i]] || groupAdverbs[w.low[i]]) {
		i++
	}
	if i >= hi || w.low[i] != "in" && w.low[i] != "during" {
		return actorRef{}, false
	}
	for k := i + 1; k < hi && k <= i+5; k++ {
		s := w.low[k]
		if w.ment[k] >= 0 || isPunct(s) {
			return actorRef{}, false
		}
		if !battleHeads[s] {
			continue
		}
		if k+2 >= hi || w.low[k+1] != "with" {
			return actorRef{}, false
		}
		j := k + 2
		if determiners[w.low[j]] && j+1 < hi {
			j++
		}
		if w.ment[j] < 0 {
			return actorRef{}, false
		}
		a := w.mentionRef(w.ment[j], j)
		if victim != nil && (sameParty(a.code, victim.code) && len(a.code) > 3 && len(victim.code) > 3) {
			return actorRef{}, false
		}
		return a, true
	}
	return actorRef{}, false
}

// foreignPatient reports whether the patient of an agentless state act
// is a coded party of another country than the article's, with no place
// in the sentence naming where it happened ("a Russian journalist was
// arrested" in a story set in Belarus): the state that acted may be the
// article's, not the patient's own, so the act is left uncoded.
// Deportations (the article's state expels foreigners) are decided
// elsewhere.
func (w *worker) foreignPatient(m *match) bool {
	if strings.HasPrefix(m.p.Code, "174") || m.target == nil || m.target.noun {
		return false
	}
	dc := w.docCountry()
	if dc == "" || m.target.country == "" || m.target.country == dc || w.actPlaceCountry(m.anchor) != "" {
		return false
	}
	// (only an article clearly set in one country: its places name it
	// at least twice and more often than the patient's)
	n, own := 0, 0
	for i := range w.doc.Places {
		switch w.doc.Places[i].Country {
		case dc:
			n++
		case m.target.country:
			own++
		}
	}
	return n >= 2 && n > own
}
