package event

import "strings"

// A definite event noun a response verb takes as its object ("Kenya
// declined the request", "Britain welcomed the decision") points back to
// an act the text reported before: its owner, the party that requested,
// decided or attacked, is the response's target. The owner is found in
// the few sentences before, where the same act was named by its noun or
// its verb ("Somalia requested a delay", "Somalia's request"); two parties
// named so there compete, and the response keeps no owner.

// maxOwnerGap is how many sentences back a definite event noun may find
// its owner.
const maxOwnerGap = 3

// ownerFamily maps the nouns (and the verbs' past forms) that name an act
// to the act: "the request" refers to what someone requested.
var ownerFamily = map[string]string{
	"request": "request", "requests": "request", "requested": "request",
	"proposal": "propose", "proposals": "propose", "proposed": "propose",
	// (an offer or a plan put forward is a proposal: "Egypt has put
	// forward a truce plan … the US backed the proposal")
	"offer": "propose", "offers": "propose", "offered": "propose", "plan": "propose",
	"invitation": "invite", "invited": "invite",
	// a decision, a move or a step is any act decided on ("Kenya recalled
	// its envoy. Uganda criticised the move"; see actRoot)
	"decision": "act", "decided": "act", "move": "act", "step": "act",
	"attack": "attack", "attacks": "attack", "attacked": "attack",
	"delay": "delay", "delayed": "delay",
	"plans": "plan", "planned": "plan",
	"ban": "ban", "banned": "ban",
	"sanctions": "sanction", "sanctioned": "sanction",
	"demand": "demand", "demands": "demand", "demanded": "demand",
	"call": "call", "calls": "call", "called": "call", // ("called" only as a coded appeal or demand: "called for talks")
	"threat": "threaten", "threats": "threaten", "threatened": "threaten",
}

// ownerVerbForms are the family words that are verbs: their subject owns
// the act ("Somalia requested …"), unless they are participles after a
// determiner ("the proposed law") or passives.
var ownerVerbForms = set("requested", "proposed", "offered", "invited", "decided", "attacked",
	"delayed", "planned", "banned", "sanctioned", "demanded", "threatened")

// eventOnlyForms name an act only as a coded event's trigger ("called for
// talks"), not as a word alone ("so-called", "called it a sham").
var eventOnlyForms = set("called")

// creationVerbs make the indefinite act noun after them their subject's
// own: "Somalia made a request", "Iran put forward a proposal", "the
// government imposed a ban".
var creationVerbs = set("made", "makes", "submitted", "filed", "issued", "announced", "presented",
	"unveiled", "extended", "sent", "tabled", "imposed", "launched", "carried", "put", "renewed")

// ownerNote is a party named as the owner of an act in a sentence.
type ownerNote struct {
	sent   int
	family string
	ref    actorRef
	// plural marks an owner named by a plural noun ("a string of deadly
	// attacks"): "the attack" is one act, not one of those.
	plural bool
	// near marks an owner a decision or move is known by only from the
	// kind of its event ("Kenya recalled its envoy"): "the move" in the
	// next sentence only.
	near bool
}

// noteOwner records r as the owner of the act the family names.
func (w *worker) noteOwner(family string, r actorRef, plural bool) {
	if r.unknown {
		// an act by an unknown agent ("suicide bombings took place")
		// may be the one meant: it competes with every named owner
		r.code = unknownOwner
	}
	if family == "" || r.code == "" {
		return
	}
	r.tok, r.tokEnd = -1, -1
	w.owners = append(w.owners, ownerNote{sent: w.si, family: family, ref: r, plural: plural})
}

// unknownOwner is the owner code of an act whose agent the text does not
// name.
const unknownOwner = "?"

// pluralNoun reports whether the act noun s is plural.
func pluralNoun(s string) bool {
	return strings.HasSuffix(s, "s") && s != "sanctions"
}

// noteEventOwner records the sources of an event whose trigger names an
// act of a family ("Somalia requested a delay", coded or not: a request
// with no addressee is still Somalia's).
func (w *worker) noteEventOwner(m *match, sources []actorRef) {
	if w.quote[m.anchor] >= 0 || !m.p.Noun && strings.HasSuffix(w.low[m.anchor], "ing") {
		// a quote's claim is its speaker's, not the narrator's act; an
		// ongoing activity ("have been fighting the army since June") is
		// no one act
		return
	}
	fam := ownerFamily[w.low[m.anchor]]
	near := false
	if fam == "" {
		fam = rootFamily(m.p.Code)
		near = fam == "act"
	}
	if fam == "" {
		return
	}
	// (a plural noun, not a verb after its subject: "deadly attacks
	// targeting X", not "X attacks Y")
	a := m.anchor
	plural := pluralNoun(w.low[a]) && (m.p.Noun || a == 0 || w.ment[a-1] < 0 && !subjectPronouns[w.low[a-1]])
	for k := m.start; k < m.end && k < len(w.low); k++ {
		if k != a && ownerFamily[w.low[k]] != "" && !ownerVerbForms[w.low[k]] {
			plural = pluralNoun(w.low[k]) // "carried out a string of attacks"
		}
	}
	n := len(w.owners)
	for _, s := range sources {
		w.noteOwner(fam, s, plural)
	}
	for i := n; i < len(w.owners); i++ {
		w.owners[i].near = near
	}
}

// rootFamily returns the act noun family an event of the code is named by
// whatever its verb: a shelling, a bombing or a raid is "the attack"
// (roots 18–20), an appeal "the request" (02), sanctions "the sanctions"
// (163), a warning "the threat" (13).
func rootFamily(code string) string {
	switch {
	case strings.HasPrefix(code, "18"), strings.HasPrefix(code, "19"), strings.HasPrefix(code, "20"):
		return "attack"
	case strings.HasPrefix(code, "02"):
		return "request"
	case strings.HasPrefix(code, "163"):
		return "sanction"
	case strings.HasPrefix(code, "13"):
		return "threaten"
	}
	if actRoot(code) {
		return "act"
	}
	return ""
}

// actRoot reports whether an event of the code is an act a party decides
// on, "the move" or "the decision" a reaction may name: pledges and
// agreements (03), cooperation and aid (06–07), concessions (08), a
// rejection (12), a show of force (15), cutting ties or sanctions (16),
// coercion (17); not statements, appeals, talks, praise or criticism.
func actRoot(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "03", "06", "07", "08", "12", "15", "16", "17":
		return true
	}
	return false
}

// noteOwners records the owners the current sentence names outside coded
// events: a possessor ("Somalia's request"), a "by/from" agent ("a request
// from Somalia"), the subject of a family verb ("Kenya decided to …") or of
// a verb creating the indefinite act ("Somalia made a request").
func (w *worker) noteOwners() {
	n := len(w.low)
	for k := 1; k < n; k++ {
		fam := ownerFamily[w.low[k]]
		if fam == "" || w.ment[k] >= 0 || eventOnlyForms[w.low[k]] || w.quote[k] >= 0 {
			continue
		}
		prev := w.low[k-1]
		if ownerVerbForms[w.low[k]] {
			if determiners[prev] || prev == "'s" || possessivePronouns[prev] || beForms[prev] || prev == "been" || prev == "being" {
				continue // "the proposed law", "was requested" (its subject is no owner)
			}
			if s, ok := w.subject(k); ok {
				w.noteOwner(fam, s, false)
			}
			continue
		}
		// a noun
		j := k - 1
		if j >= 1 && w.ment[j] < 0 && !determiners[w.low[j]] && w.low[j] != "'s" && w.lowerWord(j) {
			j-- // one modifier: "Somalia's latest request", "a formal request"
		}
		switch {
		case w.low[j] == "'s" && j >= 1 && w.ment[j-1] >= 0:
			w.noteOwner(fam, w.mentionRef(w.ment[j-1], j-1), pluralNoun(w.low[k]))
			continue
		case k+2 < n && (w.low[k+1] == "by" || w.low[k+1] == "from") && w.ment[k+2] >= 0 && w.mstart[k+2] == k+2:
			w.noteOwner(fam, w.mentionRef(w.ment[k+2], k+2), pluralNoun(w.low[k]))
			continue
		}
		if (w.low[j] == "a" || w.low[j] == "an") && j >= 1 {
			v := j - 1
			if v >= 1 && (w.low[v] == "forward" || w.low[v] == "out") {
				v-- // "put forward a proposal", "carried out an attack"
			}
			if creationVerbs[w.low[v]] && w.ment[v] < 0 {
				if s, ok := w.subject(v); ok {
					w.noteOwner(fam, s, false)
				}
			}
		}
	}
}

// lowerWord reports whether token k is a lower-case word (a modifier, not
// a name).
func (w *worker) lowerWord(k int) bool {
	t := w.doc.Article.Text[w.toks[k].Start:w.toks[k].End]
	return t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// ownerDeterminers open a definite noun phrase that points back.
var ownerDeterminers = set("the", "this", "that", "these", "those")

// discourseOwner returns, for a response whose object is a definite act
// noun that names no owner ("declined the request", "welcomed the
// decision"), the one party that owns that act in the sentences before:
// not the responder's own side, and none when two parties compete.
func (w *worker) discourseOwner(m *match, src actorRef) (actorRef, bool) {
	if k, ok := w.passiveActSubject(m); ok {
		// "The call was quickly seconded by Merkel"
		return w.ownerBefore(k, src)
	}
	k := m.anchor + 1
	if k < len(w.low) && isCloseQuote(w.low[k]) {
		k++ // a scare-quoted verb: "“welcomed” the proposal"
	}
	if k < len(w.low) && (w.low[k] == "to" || w.low[k] == "down") {
		k++ // "responded to the proposal", "turned down the request"
	}
	if k >= len(w.low) || !ownerDeterminers[w.low[k]] || w.ment[k] >= 0 {
		return actorRef{}, false
	}
	k++
	for n := 0; n < 3 && k < len(w.low) && ownerFamily[w.low[k]] == ""; n++ {
		if w.ment[k] >= 0 {
			// "the U.S. proposal", "the Russian attack": the owner is
			// named in place
			if j := w.mend[k]; j < len(w.low) && ownerFamily[w.low[j]] != "" {
				return w.mentionRef(w.ment[k], k), true
			}
			return actorRef{}, false
		}
		if !w.lowerWord(k) {
			return actorRef{}, false
		}
		k++ // "the latest proposal"
	}
	if k >= len(w.low) || w.ment[k] >= 0 {
		return actorRef{}, false
	}
	fam := ownerFamily[w.low[k]]
	if fam == "" || w.quote[k] != w.quote[m.anchor] {
		return actorRef{}, false
	}
	if r, named := w.namedOwner(k); named {
		return r, r.code != ""
	}
	return w.ownerBefore(k, src)
}

// namedOwner reports whether the act noun at token k names its owner
// right after it, coded or not: "the request by X", "the proposal from X",
// "the decision of X", "the plan, offered by X", "the proposal made by
// X"; r is the owner when an actor mention.
func (w *worker) namedOwner(k int) (r actorRef, named bool) {
	for j := k + 1; j < len(w.low) && j <= k+3; j++ {
		switch s := w.low[j]; {
		case s == "by" || s == "from" || s == "of" && j == k+1:
			if j+1 < len(w.low) && w.ment[j+1] >= 0 && w.mstart[j+1] == j+1 {
				return w.mentionRef(w.ment[j+1], j+1), true
			}
			return actorRef{}, true
		case s == "'s" && j == k+1:
			return actorRef{}, true
		case s == "," || strings.HasSuffix(s, "ed") || s == "made" || s == "put" || s == "sent":
			continue // "the plan, offered by", "the proposal made by"
		}
		return actorRef{}, false
	}
	return actorRef{}, false
}

// passiveActSubject returns the act noun that is the subject of a passive
// response verb ("The proposal was rejected by Kenya", "the call was
// quickly seconded by X"): a definite noun right before the auxiliary,
// with at most one lower-case modifier after its determiner.
func (w *worker) passiveActSubject(m *match) (int, bool) {
	j := m.anchor - 1
	for j >= 0 && (strings.HasSuffix(w.low[j], "ly") || w.low[j] == "been" || w.low[j] == "being") && w.ment[j] < 0 {
		j--
	}
	if j < 1 || !beForms[w.low[j]] || w.low[j] == "'s" {
		return 0, false
	}
	k := j - 1
	if ownerFamily[w.low[k]] == "" || w.ment[k] >= 0 || ownerVerbForms[w.low[k]] || eventOnlyForms[w.low[k]] {
		return 0, false
	}
	d := k - 1
	if d >= 0 && !ownerDeterminers[w.low[d]] && w.ment[d] < 0 && w.lowerWord(d) {
		d-- // "the latest proposal"
	}
	if d < 0 || !ownerDeterminers[w.low[d]] || w.ment[d] >= 0 || w.quote[k] != w.quote[m.anchor] {
		return 0, false
	}
	return k, true
}

// ownerBefore returns the one owner, named in the sentences before, of
// the act the noun at token k names: not src's own side, none when two
// compete or when an act of the kind had no named agent.
func (w *worker) ownerBefore(k int, src actorRef) (actorRef, bool) {
	fam := ownerFamily[w.low[k]]
	var owner *actorRef
	for i := len(w.owners) - 1; i >= 0; i-- {
		o := &w.owners[i]
		if o.sent >= w.si {
			continue
		}
		if w.si-o.sent > maxOwnerGap {
			break
		}
		if o.family != fam || o.plural != pluralNoun(w.low[k]) || o.near && w.si-o.sent > 1 {
			// the act agrees in number: not "the attack" for one of "a
			// string of attacks", nor "the proposals" for what Germany
			// proposed
			continue
		}
		if o.ref.code == unknownOwner {
			return actorRef{}, false // an act with no named agent may be the one meant
		}
		if sameParty(o.ref.code, src.code) {
			return actorRef{}, false // the responder's own act, or one like it
		}
		if owner != nil && !sameParty(owner.code, o.ref.code) {
			return actorRef{}, false // two owners compete
		}
		if owner == nil {
			owner = &o.ref
		}
	}
	if owner == nil {
		return actorRef{}, false
	}
	return *owner, true
}

// sameParty reports whether two codes are one party or one extends the
// other (KEN and KENGOV).
func sameParty(a, b string) bool {
	return a != "" && b != "" && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}
