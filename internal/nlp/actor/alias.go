package actor

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// In-document aliases: a short form the article introduces for an actor
// ("the National Congress Party (NCP)", "a rebel group known as the
// Return, Reclamation, Rehabilitation, or 3R", "the aid group, known by
// its French acronym MSF") stands for that actor wherever it recurs, and
// an abbreviation made of the initials of an organisation named earlier
// ("the National Congress Party … the NCP") is that organisation.

// shortForm reports whether w can be an abbreviation introduced for a
// name: 2 to 8 letters, digits, dots, hyphens or ampersands, with at
// least two capitals, or a capital and a digit ("NCP", "MpS", "3R",
// "M23").
func shortForm(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	caps, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			caps++
		case '0' <= c && c <= '9':
			digits++
		case 'a' <= c && c <= 'z', c == '.', c == '-', c == '&':
		default:
			return false
		}
	}
	return caps >= 2 || caps >= 1 && digits >= 1
}

// introAt returns the token after words starting at token j that
// introduce another name for what comes before them ("known as", "also
// known as", "known by its acronym", and after an indefinite description
// "called", "named", "dubbed"), -1 when there are none.
func (st *state) introAt(j int, indef bool) int {
	w := st.lowAt(j)
	switch w {
	case "called", "named", "dubbed":
		// Only after an indefinite description ("a rebel group
		// called …"): "the ministry called Khan a traitor" is a verb.
		if indef {
			return j + 1
		}
	case "also":
		if st.lowAt(j+1) == "known" && st.lowAt(j+2) == "as" {
			return j + 3
		}
	case "known":
		if st.lowAt(j+1) == "as" {
			return j + 2
		}
		if st.lowAt(j+1) == "by" {
			// "known by its French acronym MSF", "known by the
			// initials FDLR".
			for k := j + 2; k < j+6 && k < len(st.toks); k++ {
				switch st.lowAt(k) {
				case "acronym", "abbreviation", "initials", "name":
					return k + 1
				}
			}
		}
	}
	return -1
}

// aliases reads the short forms the current sentence introduces after
// its mentions and codes them, and codes abbreviations that are the
// initials of an organisation named before.
func (r *Resolver) aliases(st *state) {
	first := len(st.drafts)
	for first > 0 && st.drafts[first-1].sent == st.sent {
		first--
	}
	last := len(st.drafts)
	for i := first; i < last; i++ {
		d := &st.drafts[i]
		switch d.kind {
		case dyad.MentionOrg, dyad.MentionGroup, dyad.MentionRole, dyad.MentionAnonymous:
		default:
			// (People, pronouns, countries and places: "Sudan (SDN)"
			// spells a place.)
			continue
		}
		if d.span.Start < 0 {
			continue
		}
		r.introduced(st, int32(i))
	}
	for i := first; i < len(st.drafts); i++ {
		d := &st.drafts[i]
		if d.span.Start < 0 || d.kind != dyad.MentionOrg || d.actor.Code != "" || d.actor.Country != "" || d.needCountry || d.source != "ner" {
			continue
		}
		w := st.text[d.span.Start:d.span.End]
		if !shortForm(w) {
			continue
		}
		if a, src, ok := st.aliasActor(w); ok && src != int32(i) {
			d.actor, d.ante, d.alias = a, src, src >= 0
			continue
		}
		if p := st.initialsOf(w, i); p >= 0 {
			a := st.drafts[p].actor
			a.Name = w
			d.actor, d.ante, d.alias = a, p, true
			st.acr = append(st.acr, acronym{text: w, actor: a, src: p})
		}
	}
}

// introduced codes the short form or name that follows draft i ("(NCP)",
// ", or NCP,", "known as the …, or 3R", "known by its acronym MSF").
func (r *Resolver) introduced(st *state, i int32) {
	j := st.tokAt(st.drafts[i].span.End)
	if j < 0 {
		return
	}
	k := j
	if st.lowAt(k) == "," {
		k++
	}
	d := &st.drafts[i]
	w := st.text[d.span.Start:d.span.End]
	indef := hasPrefixFold(w, "a ") || hasPrefixFold(w, "an ")
	if m := st.introAt(k, indef); m >= 0 {
		j = m
		if st.lowAt(j) == "the" {
			j++
		}
		// The name: capitalised words, with "of", "for", "and", "the"
		// and commas inside it, up to ", or" or the end of the name.
		s := j
		for j < len(st.toks) && j-s < 12 {
			t := &st.toks[j]
			w := st.lowAt(j)
			if w == "," && st.lowAt(j+1) == "or" {
				break
			}
			if t.word && t.cap || w == "," || w == "of" || w == "for" || w == "and" || w == "the" || w == "&" {
				j++
				continue
			}
			break
		}
		for j > s && !(st.toks[j-1].word && st.toks[j-1].cap) {
			j--
		}
		switch {
		case j == s:
			// "known as 3R": the short form itself.
			r.alias(st, i, s)
			return
		case j == s+1 && shortForm(st.tokText(s)):
			// "known by its acronym MSF".
			r.alias(st, i, s)
			return
		}
		r.aliasName(st, i, dyad.Span{Start: st.toks[s].start, End: st.toks[j-1].end})
	}
	// Right after the mention or the name: "(NCP)" or ", or NCP,".
	switch {
	case st.lowAt(j) == "(" && st.lowAt(j+2) == ")":
		r.alias(st, i, j+1)
	case st.lowAt(j) == "," && st.lowAt(j+1) == "or":
		k := j + 2
		if st.lowAt(k) == "the" {
			k++
		}
		if e := st.lowAt(k + 1); e == "," || e == "." || e == ")" || e == ";" || k+1 >= len(st.toks) {
			r.alias(st, i, k)
		}
	}
}

// tokAt returns the index of the first token of the current sentence
// starting at or after offset off, -1 when none.
func (st *state) tokAt(off int) int {
	for k := range st.toks {
		if st.toks[k].start >= off {
			return k
		}
	}
	return -1
}

// alias makes token k, a short form introduced for draft i, a mention of
// the same actor, and records it for the rest of the article. A
// description before the short form of a known organisation ("the aid
// group, known by its acronym MSF") is that organisation instead.
func (r *Resolver) alias(st *state, i int32, k int) {
	if k < 0 || k >= len(st.toks) {
		return
	}
	w := st.tokText(k)
	if !shortForm(w) {
		return
	}
	sp := dyad.Span{Start: st.toks[k].start, End: st.toks[k].end}
	if o := st.draftAt(sp); o >= 0 {
		od := &st.drafts[o]
		if od.actor.Code != "" && od.source == "dict" {
			// The short form is a known organisation's.
			// A description whose own words give it a country and a
			// code the organisation's does not refine ("Kenyan troops
			// (KDF)" stays KENMIL whatever KDF is listed as) keeps it.
			if d := &st.drafts[i]; d.source == "dict" && !st.named(d) && (d.kind == dyad.MentionGroup || d.kind == dyad.MentionRole || d.kind == dyad.MentionAnonymous) &&
				(d.actor.Code == "" || d.actor.Country == "" || d.defaulted || d.needCountry || strings.HasPrefix(od.actor.Code, d.actor.Code)) {
				name := d.actor.Name
				d.actor = od.actor
				d.actor.Name = name
				d.needCountry, d.defaulted = false, false
			}
			return
		}
		if od.actor.Code != "" || od.actor.Country != "" || st.drafts[i].actor.Code == "" && !st.drafts[i].needCountry {
			return
		}
		a := st.drafts[i].actor
		a.Name = w
		a.Kind = dyad.ActorOrg
		od.actor, od.ante, od.alias, od.kind = a, i, true, dyad.MentionOrg
		st.acr = append(st.acr, acronym{text: w, actor: a, src: i})
		return
	}
	d := &st.drafts[i]
	if d.actor.Code == "" && !d.needCountry {
		return
	}
	a := d.actor
	a.Name, a.Kind, a.Anonymous = w, dyad.ActorOrg, false
	st.acr = append(st.acr, acronym{text: w, actor: a, src: i})
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: i, source: "ner", keyID: -1, alias: true})
}

// aliasName makes the name introduced after draft i ("a rebel group
// known as the Return, Reclamation, Rehabilitation") a mention of the
// same actor, when the name is not coded already.
func (r *Resolver) aliasName(st *state, i int32, sp dyad.Span) {
	d := &st.drafts[i]
	if d.actor.Code == "" && !d.needCountry {
		return
	}
	a := d.actor
	a.Name, a.Kind, a.Anonymous = st.text[sp.Start:sp.End], dyad.ActorOrg, false
	lo, hi := st.sentRange(st.sent)
	for o := lo; o < hi; o++ {
		od := &st.drafts[o]
		if od.span.End <= sp.Start || od.span.Start >= sp.End {
			continue
		}
		if od.actor.Code != "" || od.actor.Country != "" || od.person || od.kind == dyad.MentionPerson {
			// (A person's name is no group's: "a man known as John
			// Doe".)
			return
		}
		od.span = dyad.Span{Start: -1, End: -1} // the name is read whole below
	}
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: i, source: "ner", keyID: -1, alias: true})
}

// draftAt returns the draft of the current sentence with span sp, -1
// when none.
func (st *state) draftAt(sp dyad.Span) int32 {
	for o := len(st.drafts) - 1; o >= 0; o-- {
		d := &st.drafts[o]
		if d.sent != st.sent {
			break
		}
		if d.span == sp {
			return int32(o)
		}
	}
	return -1
}

// aliasActor returns the actor a short form the article introduced
// stands for, with the draft it was introduced after (-1 when none).
func (st *state) aliasActor(w string) (dyad.Actor, int32, bool) {
	for i := range st.acr {
		if st.acr[i].text == w {
			return st.acr[i].actor, st.acr[i].src, true
		}
	}
	return dyad.Actor{}, -1, false
}

// initialsOf returns the latest draft before draft before that names a
// coded organisation whose initials spell w ("National Congress Party"
// for "NCP"; "Partij van de Arbeid" for "PvdA"), -1 when none.
func (st *state) initialsOf(w string, before int) int32 {
	for p := before - 1; p >= 0; p-- {
		d := &st.drafts[p]
		if d.person || d.kind != dyad.MentionOrg || d.actor.Code == "" && !d.needCountry || d.span.Start < 0 {
			continue
		}
		if initialsMatch(st.text[d.span.Start:d.span.End], w) {
			return int32(p)
		}
	}
	return -1
}

// initialsMatch reports whether abbreviation w is made of the first
// letters of name's words (all of them, or only the capitalised ones),
// case aside; a leading "the" is no word of the name.
func initialsMatch(name, w string) bool {
	// The letters go to stack buffers and the words are not collected:
	// initialsOf tries an abbreviation on each coded organisation named
	// before it.
	var allBuf, capsBuf [32]byte
	all, caps := allBuf[:0], capsBuf[:0]
	first := true
	for x := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		if first {
			first = false
			if strings.EqualFold(x, "the") {
				continue
			}
		}
		c := x[0]
		all = append(all, c)
		if 'A' <= c && c <= 'Z' {
			caps = append(caps, c)
		}
	}
	if len(all) < 2 {
		return false
	}
	letters := strings.Map(func(r rune) rune {
		if r == '.' || r == '&' {
			return -1
		}
		return r
	}, w)
	return strings.EqualFold(string(all), letters) || len(caps) >= 2 && strings.EqualFold(string(caps), letters)
}

// hasPrefixFold reports whether s begins with the lower-case ASCII
// prefix, ignoring the case of s: strings.HasPrefix(strings.ToLower(s),
// prefix) without the copy, for a prefix of letters and spaces that no
// other character lower-cases to.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && equalLowerASCII(prefix, s[:len(prefix)])
}

// hasSuffixFold reports whether the ASCII string s ends with the
// lower-case suffix, ignoring the case of s.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && equalLowerASCII(suffix, s[len(s)-len(suffix):])
}

// isASCII reports whether s is all ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
