package event

import "github.com/dyad-events/dyad"

// Agents of acts a noun's infinitive complement names: "a Turkish court
// ruling on Wednesday to continue to imprison X" is the court's act, though
// the court is a "by" object of the clause ("lawmakers were angered by …").

// intentAspects may stand between an intent noun's "to" and the act:
// "a ruling to continue to imprison X", "the decision to begin to withdraw".
var intentAspects = set("continue", "keep", "begin", "start", "resume")

// intentAgent returns the agent of the intent noun whose infinitive holds
// the verb group that starts at k ("to" at k), and the mode the noun gives
// the act. Beyond the plain "Germany's decision to send tanks" it passes
// over an aspect verb ("to continue to imprison") and a short time adjunct
// after the noun ("ruling on Wednesday to …", "decision last week to …"),
// and takes an actor modifier as the agent ("a Turkish court ruling to …",
// "the Ugandan decision to …").
func (w *worker) intentAgent(k int) (actorRef, string, bool) {
	lo, _ := w.bounds(k)
	if k < lo+1 || w.low[k] != "to" {
		return actorRef{}, "", false
	}
	j := k - 1
	if j-1 >= lo && intentAspects[w.low[j]] && w.low[j-1] == "to" && w.ment[j] < 0 {
		j -= 2
	}
	if j-1 >= lo && timeAdjuncts[w.low[j]] && (w.low[j-1] == "on" || w.low[j-1] == "last" || w.low[j-1] == "this") {
		j -= 2 // "on Wednesday", "last Friday"
	} else if j-1 >= lo && (w.low[j] == "week" || w.low[j] == "month" || w.low[j] == "year") && (w.low[j-1] == "last" || w.low[j-1] == "this") {
		j -= 2 // "last week"
	}
	if j < lo || w.ment[j] >= 0 {
		return actorRef{}, "", false
	}
	mode := intentNouns[w.low[j]]
	if w.low[j] == "ruling" || w.low[j] == "rulings" {
		mode = dyad.ModeAsserted // a court's ruling to keep X in prison is the act itself
	}
	if mode == "" {
		return actorRef{}, "", false
	}
	if s, ok := w.possessor(j); ok {
		return s, mode, true
	}
	if s, ok := w.modifierAgent(j); ok {
		return s, mode, true
	}
	return actorRef{}, "", false
}

// nearestBody returns the nearest coded country, capital or organisation
// mention before token k in [lo, k): the referent of an unresolved "its".
func (w *worker) nearestBody(lo, k int) (actorRef, bool) {
	for j := k - 1; j >= lo; j-- {
		if w.ment[j] < 0 || w.mstart[j] != j {
			continue
		}
		switch w.doc.Mentions[w.ment[j]].Kind {
		case dyad.MentionCountry, dyad.MentionCapital, dyad.MentionOrg:
			if a := w.resolve(w.ment[j]); a != nil {
				return w.mentionRef(w.ment[j], j), true
			}
		}
	}
	return actorRef{}, false
}
