package event

import (
	"slices"
	"strings"
)

// elemKind says what a pattern element matches.
type elemKind uint8

const (
	ekWord    elemKind = iota // one of a set of words or word sequences
	ekTarget                  // an actor mention (or, with FlagPlace, a place): the target
	ekSource                  // an actor mention: the source
	ekSkip                    // any one to three tokens (PETRARCH's ^)
	ekCoAgent                 // an actor that joins the sources ("accompany X to P")
)

// elem is one element of a pattern, matched outward from the anchor.
type elem struct {
	kind elemKind
	// alts are the accepted forms, lower case; a form with spaces matches
	// that many consecutive tokens.
	alts []string
	// gap is how many tokens may come between this element and the
	// previous one (the anchor for the first element).
	gap int
	opt bool
}

// Flags change how a pattern's event is built.
type Flags uint16

// Pattern flags, as written after "|" in a dyad verb dictionary.
const (
	// FlagRecip marks a reciprocal event (meet, negotiate, discuss): "X
	// and Y met" gives X→Y and Y→X.
	FlagRecip Flags = 1 << iota
	// FlagPlace lets the target slot take a place, coded as its country
	// (visits, occupation, attacks on a city).
	FlagPlace
	// FlagControl marks a verb whose complement is part of its own event
	// (agree to, urge, refuse to): triggers in the complement are not
	// coded separately.
	FlagControl
	// FlagImplicit lets the target be found anywhere in the sentence (the
	// nearest actor of another country) when no slot or object gives it.
	FlagImplicit
	// FlagNoDefault turns off the default object search.
	FlagNoDefault
	// FlagBothWays makes a reciprocal compound give both directions
	// (PETRARCH's %: "X and Y met" → X→Y and Y→X).
	FlagBothWays
	// FlagSolo keeps the event with no target when neither slot nor
	// object gives one: acts CAMEO codes without a recipient ("al-Shabab
	// claimed responsibility", "Gachagua denied the charges").
	FlagSolo
	// FlagSubjTarget makes the clause's subject the target when the
	// pattern places the source itself ("X came under attack from <S>").
	FlagSubjTarget
	// FlagAccuser makes the target the author of the charge the pattern's
	// source answers: the source of the sentence's previous event, else
	// its main subject ("X accused Y of Z, a charge Y denied").
	FlagAccuser
	// FlagArmed keeps only sources that are armed actors (armies, police,
	// intelligence, rebels, insurgents, militant groups): "militants took
	// over a train" is an attack, "a firm took over a rival" is not.
	FlagArmed
	// FlagState marks a state's act on a person (release from prison, a
	// possessed arrest): with no agent named, the patient's state acts
	// ("X was freed from prison", "X's arrest").
	FlagState
	// FlagAnswers makes the target of a rejected or denied charge that
	// names no author ("Kabul rejected the allegation") the author of the
	// latest earlier charge against the source's party in the article.
	FlagAnswers
	// FlagOwnGov makes the source's own government the target when no
	// slot or object gives one: a coup ("the army seized power").
	FlagOwnGov
	// FlagOwner makes the target of a response to a definite act noun
	// that names no owner ("declined the request", "welcomed the
	// decision") the one party that owned that act a sentence or two
	// before (see discourseOwner).
	FlagOwner
)

var flagNames = map[string]Flags{
	"recip": FlagRecip, "place": FlagPlace, "control": FlagControl,
	"implicit": FlagImplicit, "noobj": FlagNoDefault, "solo": FlagSolo, "subjtarget": FlagSubjTarget,
	"accuser": FlagAccuser, "armed": FlagArmed, "state": FlagState, "answers": FlagAnswers,
	"owngov": FlagOwnGov, "owner": FlagOwner,
}

// Pattern is one dictionary pattern: an anchor word (the trigger's head)
// with elements required before and after it, and the event code it gives.
type Pattern struct {
	// ID identifies the pattern: "verbs.txt:42".
	ID string
	// Text is the pattern as written in its dictionary.
	Text string
	// Code is the CAMEO code of the event, "" for a null pattern that
	// matches but codes nothing (PETRARCH's [---]).
	Code string
	// RevCode is the code of the reversed event (target→source), from
	// TABARI's [code:revcode]; "" when none.
	RevCode string
	// Noun marks a nominal trigger (an invasion, talks).
	Noun bool
	// light marks a nominal trigger written after its verb ("resume:v
	// ... !&TALKS"): the verb's subject acts, so an actor right before
	// the verb is no adjective agent ("X and Y resumed talks").
	light bool
	// strict slots may not reach across a locative preposition ("attacks
	// in the US"): dyad's dictionaries; PETRARCH's patterns skip freely.
	strict bool
	Flags  Flags
	pre    []elem // nearest the anchor first
	post   []elem
	score  int
}

// postWord reports whether word is one of the words the pattern asks for
// after its anchor.
func (p *Pattern) postWord(word string) bool {
	for _, e := range p.post {
		if e.kind == ekWord && slices.Contains(e.alts, word) {
			return true
		}
	}
	return false
}

// openAddressee reports whether the pattern ends in an optional target, a
// gap and the "to" of an infinitive complement ("urge:v <T>? ... to"):
// words in the gap may name an addressee the actors stage left uncoded.
func (p *Pattern) openAddressee() bool {
	n := len(p.post)
	if n < 2 {
		return false
	}
	last, slot := p.post[n-1], p.post[n-2]
	return last.kind == ekWord && last.gap > 0 && slices.Equal(last.alts, []string{"to"}) && slot.kind == ekTarget && slot.opt
}

// Dict is a compiled verb-pattern dictionary: patterns indexed by the
// forms of their anchor word. It is read-only once built and safe for
// concurrent use.
type Dict struct {
	index map[string][]*Pattern
	n     int
	// light holds the forms of the light verbs (`@light`): a verb that
	// governs an event noun without coding an event of its own ("issued a
	// warning to X", "extended an invitation to X") leaves the event to
	// the noun's pattern.
	light map[string]bool
	// Skipped counts dictionary lines that were read but not used, by
	// reason (for PETRARCH dictionaries).
	Skipped map[string]int
}

func newDict() *Dict {
	return &Dict{index: map[string][]*Pattern{}, Skipped: map[string]int{}, light: map[string]bool{}}
}

// Len returns the number of patterns (one per anchor form counts once).
func (d *Dict) Len() int { return d.n }

func (d *Dict) add(p *Pattern, anchors []string) {
	p.score = elemScore(p.pre) + elemScore(p.post)
	if p.Flags&FlagBothWays != 0 {
		p.score++ // PETRARCH's % asks for a compound: more specific than the bare verb
	}
	if p.Code == "" && p.RevCode == "" && len(p.pre)+len(p.post) > 0 {
		p.score += 10 // an exception ("trade war") beats the general pattern
	}
	for _, a := range uniqueLower(anchors) {
		d.index[a] = append(d.index[a], p)
	}
	d.n++
}

// elemScore scores the elements es for specificity: two for each
// required word, one for each slot.
func elemScore(es []elem) int {
	score := 0
	for _, e := range es {
		switch e.kind {
		case ekWord:
			if !e.opt {
				score += 2
			}
		case ekTarget, ekSource, ekCoAgent:
			score++
		}
	}
	return score
}

// uniqueLower returns the distinct non-empty lower-cased words of ws.
func uniqueLower(ws []string) []string {
	out := make([]string, 0, len(ws))
	seen := make(map[string]bool, len(ws))
	for _, w := range ws {
		w = strings.ToLower(w)
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// merge adds every pattern of o to d.
func (d *Dict) merge(o *Dict) {
	for k, ps := range o.index {
		d.index[k] = append(d.index[k], ps...)
	}
	d.n += o.n
	for k := range o.light {
		d.light[k] = true
	}
	for k, v := range o.Skipped {
		d.Skipped[k] += v
	}
}

// finish orders each anchor's patterns most specific first.
func (d *Dict) finish() {
	for _, ps := range d.index {
		slices.SortStableFunc(ps, func(a, b *Pattern) int { return b.score - a.score })
	}
}

// verbForms returns the inflections of a verb lemma: base, third person,
// past, participle and -ing forms. Regular forms are generated (with and
// without a doubled final consonant); irr adds irregular ones.
func verbForms(lemma string, irr []string) []string {
	l := strings.ToLower(lemma)
	out := []string{l}
	n := len(l)
	if n == 0 {
		return nil
	}
	last := l[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	// third person
	switch {
	case strings.HasSuffix(l, "y") && n > 1 && !vowel(l[n-2]):
		out = append(out, l[:n-1]+"ies")
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z") ||
		strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "o"):
		out = append(out, l+"es")
	default:
		out = append(out, l+"s")
	}
	// past and -ing
	switch {
	case last == 'e':
		out = append(out, l+"d")
		if strings.HasSuffix(l, "ie") {
			out = append(out, l[:n-2]+"ying")
		} else if strings.HasSuffix(l, "ee") {
			out = append(out, l+"ing")
		} else {
			out = append(out, l[:n-1]+"ing")
		}
	case last == 'y' && n > 1 && !vowel(l[n-2]):
		out = append(out, l[:n-1]+"ied", l+"ing")
	default:
		out = append(out, l+"ed", l+"ing")
		if n >= 3 && !vowel(last) && vowel(l[n-2]) && !vowel(l[n-3]) && strings.IndexByte("wxy", last) < 0 {
			out = append(out, l+string(last)+"ed", l+string(last)+"ing")
		}
	}
	for _, f := range irr {
		out = append(out, strings.ToLower(f))
	}
	return out
}

// nounForms returns a noun's singular and plural.
func nounForms(lemma string) []string {
	l := strings.ToLower(lemma)
	n := len(l)
	switch {
	case n == 0:
		return nil
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "sh"):
		return []string{l, l + "es"}
	case strings.HasSuffix(l, "y") && n > 1 && strings.IndexByte("aeiou", l[n-2]) < 0:
		return []string{l, l[:n-1] + "ies"}
	}
	return []string{l, l + "s"}
}
