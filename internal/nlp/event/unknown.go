package event

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// Violence with an unknown agent. News reports many acts of force without
// saying who did them: an agentless passive ("Khashoggi was murdered last
// October", "the journalist, who was killed in Malta") or an indefinite
// attack noun ("an attack on an Iraqi air base", "suicide bombings took
// place in the capital"). Such an act is an event with an unknown source
// (no actor: Event.Source is nil) when it has a victim; CAMEO codes
// violence no state is named for as unconventional (18), not as a
// military operation (19). The acts a state alone performs (arrests,
// charges, bans) take the patient's state as agent instead (stateAgent),
// and a hypothetical or denied act with no agent is too thin to code.

// unknownAttackNouns are the nouns of a single act of violence that may be
// reported with no agent ("a bombing in the capital"); "strike" is left
// out (a labour strike as often as an armed one), and so are airstrikes,
// which only states' air forces carry out (their agent is known, if not in
// the sentence), and raids, mostly police raids ("a raid on the group's
// ranch").
var unknownAttackNouns = set("attack", "attacks", "assault", "assaults", "ambush", "ambushes",
	"bombing", "bombings", "blast", "blasts", "bomb", "bombs")

// occurrenceCounts open an indefinite noun phrase that counts single acts
// ("twin bombings", "two attacks"); "many", "dozens", "hundreds" count a
// period's attacks, not one event.
var occurrenceCounts = set("a", "an", "one", "two", "three", "four", "five", "twin", "multiple")

// occurrenceGroups before "of" count single acts ("a couple of suicide
// bombings", "a series of blasts").
var occurrenceGroups = set("couple", "pair", "series", "spate", "wave", "string")

// accidentWords name a cause of death that is no one's act ("killed in a
// crash", "killed when a storm hit"): a passive "killed" near them has no
// agent at all.
var accidentWords = set("crash", "crashes", "crashed", "collision", "accident", "accidents", "fire", "fires",
	"blaze", "flood", "floods", "flooding", "earthquake", "quake", "storm", "storms", "cyclone", "hurricane",
	"typhoon", "tornado", "landslide", "landslides", "mudslide", "avalanche", "stampede", "lightning",
	"derailment", "drowned", "heatwave", "wildfire", "wildfires", "tsunami", "eruption", "traffic")

// agentNouns are uncoded words for people that may stand as a passive's
// "by" agent: "threatened by unnamed individuals", "attacked by gunmen".
var agentNouns = set("individuals", "men", "gunmen", "assailants", "attackers", "people", "persons", "strangers",
	"unknown", "unidentified", "militants", "thugs", "mob", "assailant", "attacker", "gunman", "man", "intruders")

// unknownAttack reports whether m is an indefinite nominal act of
// violence ("an attack on the base", "twin bombings", "a couple of suicide
// bombings") that names no agent and that no verb governs: one act that
// happened, someone's.
func (w *worker) unknownAttack(m *match) bool {
	if !m.p.Noun || m.p.light || !placeConflict(m.p.Code) || !unknownAttackNouns[w.low[m.anchor]] {
		return false
	}
	if w.definiteNominal(m.anchor) && !w.datedDefinite(m.start) || w.nounPrep(m.start) == "about" || w.objectOfVerb(m.start) || w.mentionedEvent(m.start) {
		return false
	}
	if m.start > 0 && w.ment[m.start-1] >= 0 {
		return false // "the Russian attack": an agent named
	}
	return w.indefiniteOccurrence(m.start) || w.datedDefinite(m.start)
}

// datedDefinite reports whether the noun at token i is a definite one
// that its own date modifier identifies ("the December 31 attack", "the
// 2019 bombing"): a particular act, not one referred back to.
func (w *worker) datedDefinite(i int) bool {
	lo, _ := w.bounds(i)
	dated := false
	for k := i - 1; k >= lo && k >= i-5; k-- {
		switch {
		case w.low[k] == "the":
			return dated // (the times stage may take "the" into the date)
		case w.inDate(k):
			dated = true
		default:
			return false
		}
	}
	return false
}

// inDate reports whether token k lies in a date the times stage found.
func (w *worker) inDate(k int) bool {
	sp := w.toks[k]
	for ti := range w.doc.Times {
		if t := &w.doc.Times[ti]; t.Type == dyad.TimeDate && t.Span.Start <= sp.Start && sp.End <= t.Span.End {
			return true
		}
	}
	return false
}

// indefiniteOccurrence reports whether the noun phrase ending before token
// i+1 with its head at or after i opens with an article or a small count
// ("an attack", "two car bombings", "a couple of bombings").
func (w *worker) indefiniteOccurrence(i int) bool {
	lo, _ := w.bounds(i)
	for k := i - 1; k >= lo && k >= i-5; k-- {
		s := w.low[k]
		switch {
		case occurrenceCounts[s]:
			return true
		case s == "of" && k > lo && occurrenceGroups[w.low[k-1]]:
			return true
		case isPunct(s) && s != "-" || prepositions[s] || articles[s] || w.isVerbWord(k) || w.ment[k] >= 0 || w.place[k] >= 0:
			return false
		}
	}
	return false
}

// unknownAgent returns the unknown source of a violent act m whose
// sentence names no agent: an agentless passive of violence with its
// patient ("X was killed") or an indefinite attack noun with a victim;
// also a passive threat whose "by" agent is uncoded people ("had been
// threatened by unnamed individuals"). Not for a death by accident ("were
// killed in a crash").
func (w *worker) unknownAgent(m *match, passive bool, targets []actorRef) (actorRef, bool) {
	if len(targets) == 0 {
		return actorRef{}, false
	}
	switch {
	case placeConflict(m.p.Code):
	case passive && strings.HasPrefix(m.p.Code, "13") && w.byPeople(m.hiEnd):
	default:
		return actorRef{}, false
	}
	if passive && (!violentPassive(w.low[m.anchor]) || w.accidentNear(m) || w.inKnownAct(m.hiEnd) || w.thingAgent(m.hiEnd) ||
		!w.pastPatient(m, targets[0])) {
		return actorRef{}, false
	}
	return actorRef{mention: -1, place: -1, span: w.toks[m.anchor].Span, tok: -1, tokEnd: -1, unknown: true}, true
}

// byPeople reports whether a "by" phrase within a few words after token i
// names uncoded people ("by unnamed individuals", "by gunmen").
func (w *worker) byPeople(i int) bool {
	_, hi := w.bounds(max(i-1, 0))
	for k := i; k < hi && k < i+4; k++ {
		if w.low[k] != "by" {
			continue
		}
		for j := k + 1; j < hi && j <= k+3; j++ {
			if w.ment[j] >= 0 {
				return false
			}
			if agentNouns[w.low[j]] {
				return true
			}
		}
		return false
	}
	return false
}

// accidentNear reports whether m's sentence names an accident or a
// natural disaster: the passive's "killed" is then no one's act.
func (w *worker) accidentNear(m *match) bool {
	for _, s := range w.low {
		if accidentWords[s] {
			return true
		}
	}
	return false
}

// armedPatient reports whether code is a fighting force (an army, police,
// intelligence, rebels or a militant group): killing it is a battle's
// act (190) whoever did it.
func armedPatient(code string) bool {
	if armedNonState(code) {
		return true
	}
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "MIL", "COP", "SPY":
		return true
	}
	return false
}

// unknownAgentCode is the code of an act of violence by an unknown agent:
// CAMEO's unconventional violence, as no state's force is named (a
// killing or attack 190 → 180, a bombing 195 → 183); an airstrike stays
// an air force's (195), other military means keep their codes.
func (w *worker) unknownAgentCode(m *match, code string, t *actorRef) string {
	switch {
	case code == "190" && !armedPatient(t.code):
		return "180"
	case code == "195" && !strings.HasPrefix(w.low[m.anchor], "air"):
		return "183"
	}
	return code
}

// framingActs are nouns of an act or a state of violence that a passive's
// "in/during" phrase may name: with an article of reference ("killed in
// the attack", "wounded during the operation") it is an act the article
// reports elsewhere, with its agent; a war, conflict or fighting has many
// agents at once ("killed in the conflict", "killed in clashes").
var framingActs = set("attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "raid", "raids",
	"strike", "strikes", "airstrike", "airstrikes", "operation", "operations", "assault", "ambush", "shooting",
	"incident", "hijacking", "siege", "offensive")

// aggregateViolence are nouns of violence by many hands over time.
var aggregateViolence = set("war", "wars", "conflict", "conflicts", "fighting", "clashes", "clash", "violence",
	"battle", "battles", "unrest", "insurgency", "crackdown", "genocide", "hostilities", "combat", "action")

// referringDeterminers point back to something the text has named.
var referringDeterminers = set("the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "same")

// inKnownAct reports whether an "in/during/amid" phrase within a few words
// after token i names an act reported elsewhere or a war: "killed in the
// attack and the ensuing battle", "killed in what officials describe as a
// joint operation", "killed in the conflict", "killed in clashes".
func (w *worker) inKnownAct(i int) bool {
	_, hi := w.bounds(max(i-1, 0))
	for k := i; k < hi && k < i+5; k++ {
		s := w.low[k]
		if s != "in" && s != "during" && s != "amid" {
			if isPunct(s) || w.ment[k] >= 0 {
				return false
			}
			continue
		}
		if k+1 < hi && w.low[k+1] == "what" {
			return true
		}
		def := false
		for j := k + 1; j < hi && j <= k+5; j++ {
			t := w.low[j]
			switch {
			case referringDeterminers[t]:
				def = true
			case aggregateViolence[t]:
				return true
			case framingActs[t]:
				return def
			case isPunct(t) || w.place[j] >= 0:
				return false // "killed in Malta"
			case w.ment[j] >= 0:
				// "killed in a US counter-terrorism operation": an agent
				// named; "in the Saudi consulate" is a location
				for n := w.mend[j]; n < hi && n <= w.mend[j]+3; n++ {
					if framingActs[w.low[n]] {
						return true
					}
				}
				return false
			}
		}
		return false
	}
	return false
}

// violentStems open the participles of violence done to a person that
// are no figure of speech: "hit", "targeted", "struck", "captured" and
// "beaten" are as often said of votes, needs or delays, and "injured" of
// players and of people in accidents ("was injured in the first quarter").
var violentStems = []string{"kill", "murder", "assassinat", "shot", "shoot", "stab", "wound", "abduct",
	"kidnap", "attack", "bomb", "tortur", "raped", "behead", "lynch", "execut", "massacr", "hijack", "gunned", "threaten"}

// violentPassive reports whether the participle s is one of violence.
func violentPassive(s string) bool {
	for _, p := range violentStems {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// thingAgent reports whether a "by" phrase right after token i names no
// people: a thing, an animal or a circumstance ("killed by his lions",
// "hit by delays"), not someone unnamed ("by gunmen"), nor a weapon ("by
// gunfire", "by a car bomb").
func (w *worker) thingAgent(i int) bool {
	_, hi := w.bounds(max(i-1, 0))
	for k := i; k < hi && k < i+3; k++ {
		if w.low[k] != "by" {
			continue
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			t := w.low[j]
			if w.ment[j] >= 0 || agentNouns[t] || attackHeads[t] || weaponNouns[t] {
				return false
			}
			if isPunct(t) {
				break
			}
		}
		return true
	}
	return false
}

// weaponNouns name the means of an attack after "by".
var weaponNouns = set("gunfire", "gunshot", "gunshots", "bullet", "bullets", "knife", "shrapnel", "rocket", "rockets",
	"missile", "missiles", "drone", "drones", "grenade", "grenades", "mortar", "mortars", "sniper", "snipers", "mob")

// pastPatient reports whether the patient t is the subject of m's
// passive in the past or perfect ("Khashoggi was murdered", "X, who was
// killed in Malta", "the police chief and two others were also injured"),
// right before its verb group: not a generic present ("women are
// attacked", "events where people are killed"), a hypothetical, or an
// actor inside another noun phrase ("a Trump supporter was shot", "the
// leader of opposition in Tanzania", "whose husband was killed").
func (w *worker) pastPatient(m *match, t actorRef) bool {
	if t.tok < 0 || t.tokEnd <= 0 || w.isPrepObject(t.tok) || t.tok > 0 && (w.low[t.tok-1] == "any" || w.low[t.tok-1] == "no") {
		return false // (nor "no evidence that any detainee was tortured")
	}
	if w.countedPatient(t) || w.prepPhraseObject(t.tok) {
		return false
	}
	if t.mention >= 0 && !placeVerb(w.low[m.anchor]) {
		// "Paris had been shot": a country or capital is no person shot,
		// stabbed or killed (only attacked or bombed)
		if k := w.doc.Mentions[t.mention].Kind; k == dyad.MentionCapital || k == dyad.MentionCountry {
			return false
		}
	}
	lo, _ := w.bounds(m.start)
	past := false
	for k := m.start - 1; k >= lo && k >= m.start-9; k-- {
		s := w.low[k]
		switch {
		case k == t.tokEnd-1:
			return past
		case s == "was" || s == "were" || s == "been" || s == "got" || s == "gotten":
			past = true
		case w.ment[k] >= 0:
			return false
		case auxWords[s] || s == "also" || s == "all" || s == "both" || s == "either" || s == "and" || s == "or" ||
			s == "," || s == "who" || s == "others" || s == "other" || s == "more" || numberWords[s] ||
			w.toks[k].Kind == dyad.TokenNumber || strings.HasSuffix(s, "ly") || violentPassive(s):
		default:
			// "he and his staff had been threatened": a short conjunct
			// after the patient
			for j := k; j >= k-3 && j > lo; j-- {
				if w.low[j] == "and" && j-1 == t.tokEnd-1 {
					return past
				}
			}
			return false
		}
	}
	return false
}

// agentInSentence reports whether the sentence already has an act of
// violence (roots 18–20) with a named source.
func (w *worker) agentInSentence() bool {
	for i := len(w.doc.Events) - 1; i >= 0 && w.doc.Events[i].Sentence == w.sent.Span; i-- {
		if e := &w.doc.Events[i]; e.Source != nil && placeConflict(e.CAMEO) {
			return true
		}
	}
	return false
}

// dropUnknownAgents removes the sentence's events of violence with an
// unknown source coded so far: the sentence names the agent of its act.
func (w *worker) dropUnknownAgents() {
	i := len(w.doc.Events)
	for i > 0 && w.doc.Events[i-1].Sentence == w.sent.Span {
		i--
	}
	kept := w.doc.Events[:i]
	for _, e := range w.doc.Events[i:] {
		if e.Source != nil || !placeConflict(e.CAMEO) {
			kept = append(kept, e)
		}
	}
	w.doc.Events = kept
}

// tollWords open a counted group of victims ("at least five people", "more
// than 1,000 people", "dozens of civilians").
var tollWords = set("least", "than", "dozens", "scores", "hundreds", "thousands", "millions", "dozen", "several",
	"many", "some", "nearly", "around", "about", "over", "almost", "up")

// countedPatient reports whether the patient t is a counted group of
// victims ("at least five people including two elders were killed", "90
// civilians were wounded", "three Americans were killed"): a toll, which
// news gives of an act it reports with its agent in another sentence, not
// an act of its own. A named or described victim is one ("the journalist
// was murdered", "the local police chief and two others were injured").
func (w *worker) countedPatient(t actorRef) bool {
	lo, _ := w.bounds(t.tok)
	for k := t.tok; k >= lo && k >= t.tok-3; k-- {
		if k < t.tokEnd && k > t.tok {
			continue
		}
		s := strings.ToLower(w.low[k]) // (a mention's words keep their case)
		if w.countWord(k) || tollWords[s] {
			return true
		}
		if k < t.tok && (isPunct(s) || w.isVerbWord(k) || articles[s] || prepositions[s] && s != "of" && s != "than") {
			return false
		}
	}
	// a count inside the mention ("two prominent traditional elders")
	for k := t.tok; k < t.tokEnd; k++ {
		if w.countWord(k) {
			return true
		}
	}
	return false
}

// tens are the first parts of hyphenated numbers ("sixty-six").
var tens = set("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

// countWord reports whether token k is a number: digits, a number word or
// a hyphenated one ("Sixty-six").
func (w *worker) countWord(k int) bool {
	s := strings.ToLower(w.low[k])
	if i := strings.IndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	return w.toks[k].Kind == dyad.TokenNumber || numberWords[s] || tens[s]
}

// placeVerb reports whether the participle s is of violence that a place
// or a state may suffer ("Kyiv was attacked", "the city was bombed").
func placeVerb(s string) bool {
	return strings.HasPrefix(s, "attack") || strings.HasPrefix(s, "bomb") || strings.HasPrefix(s, "hijack") || strings.HasPrefix(s, "threaten")
}

// prepPhraseObject reports whether the noun phrase opening at token i is
// the object of a preposition over its determiner and modifiers ("the
// driver of a silver Pontiac, who was shot": the car is no patient).
func (w *worker) prepPhraseObject(i int) bool {
	lo, _ := w.bounds(i)
	for k := i - 1; k >= lo && k >= i-3; k-- {
		s := w.low[k]
		switch {
		case prepositions[s]:
			return true
		case isPunct(s) || w.ment[k] >= 0 || w.isVerbWord(k) || beForms[s]:
			return false
		}
	}
	return false
}
