package actor

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
)

// Affiliation: a person the dictionaries do not know takes the code of the
// organisation the text places them in, right after their name or their
// role: "Oaitse Nawa of the Elephant Protection Society", "Alex Lagakos,
// deputy director of the Greek Energy Forum", "a spokesman for the
// interior ministry", "the director of Amnesty International, Mariela
// Belski". Only an organisation or a state body counts: a place ("Maria
// of Nazareth"), a country ("the runner from Kenya") or a person ("a
// friend of the minister") says where someone is from or whom they know,
// not whom they work for.

// affil is a mention waiting for the organisation a preposition after it
// introduces.
type affil struct {
	draft int32 // the waiting mention, -1 when none
	at    int   // the token the organisation's mention may start at
	alt   int   // a second such token (after "the"), -1 when none
	last  int   // the last token it may start at
	// free lets the organisation start anywhere in [at, last] after
	// words of a noun phrase ("who heads the local branch of Amnesty
	// International").
	free bool
	// role and end record the latest role coded so, and the byte end of
	// its organisation, for a name set off after them ("the director of
	// Amnesty International, Mariela Belski").
	role int32
	end  int
	// lead is an organisation a word for its head follows ("OIC head
	// Yousef Al-Othaimeen"), leadAt the token its head's name starts
	// at; lead is -1 when none.
	lead   int32
	leadAt int
}

// affilPreps are the prepositions that tie a role to its organisation;
// after a bare name only "of" and "from" do ("Smith of PBS").
var affilPreps = map[string]bool{"of": true, "for": true, "at": true, "with": true, "from": true}

// affilTail reports whether token i opens "<preposition> (the) <word>"
// for a mention of kind role (any of affilPreps) or name ("of", "from"),
// and returns the tokens the organisation may start at.
func (st *state) affilTail(i int, role bool) (at, alt int, ok bool) {
	if i+1 >= len(st.toks) {
		return 0, 0, false
	}
	w := strings.ToLower(st.tokText(i))
	if !affilPreps[w] || !role && w != "of" && w != "from" {
		return 0, 0, false
	}
	at, alt = i+1, -1
	j := at
	if st.toks[j].flags&wDet != 0 && strings.EqualFold(st.tokText(j), "the") {
		alt = j + 1
		j++
	}
	if j >= len(st.toks) || !st.toks[j].word {
		return 0, 0, false
	}
	return at, alt, true
}

// openToAffil reports whether draft i may take an organisation's code: a
// name no dictionary knows, or a role phrase not resolved to a known
// person (alone or in apposition to such a name).
func (st *state) openToAffil(i int32) bool {
	d := &st.drafts[i]
	if !d.person || d.actor.ID != "" || d.actor.Anonymous && d.kind != dyad.MentionAnonymous {
		return false
	}
	switch d.kind {
	case dyad.MentionPerson:
		return st.openName(i) && (d.ante < 0 || st.drafts[d.ante].sent == d.sent && st.openName(d.ante))
	case dyad.MentionRole:
		return d.ante < 0 || st.drafts[d.ante].sent == d.sent && st.openName(d.ante)
	case dyad.MentionAnonymous:
		return d.ante < 0
	}
	return false
}

// openName reports whether draft i is a name no dictionary knows and
// the text has not coded: no sector, or one whose country is only the
// document's ("spokesman John Kamau" in a Kenyan story).
func (st *state) openName(i int32) bool {
	d := &st.drafts[i]
	return d.kind == dyad.MentionPerson && d.ent == 0 && d.actor.ID == "" && d.source != "dict" &&
		(d.actor.Sector == "" || d.defaulted || d.needCountry)
}

// affilOrg reports whether draft d is an organisation or a state body with
// a code.
func affilOrg(d *draft) bool {
	if d.actor.Code == "" || d.person {
		return false
	}
	switch d.kind {
	case dyad.MentionOrg:
		return true
	case dyad.MentionRole:
		return d.actor.Kind == dyad.ActorOrg || d.actor.Kind == dyad.ActorState
	}
	return false
}

// affiliate runs after each phrase: drafts [n, …) are its mentions and
// chunk k the next to parse. It gives a waiting mention the code of the
// organisation just read, and sets the phrase's own mention waiting when
// a preposition and a capital follow it.
func (r *Resolver) affiliate(st *state, n, k int) {
	if a := &st.affil; a.draft >= 0 {
		for i := n; i < len(st.drafts); i++ {
			d := &st.drafts[i]
			s := d.span.Start
			if a.free {
				if s < st.toks[a.at].start {
					continue
				}
				if s > st.toks[a.last].start || !st.nounPhraseTo(a.at, s) {
					a.draft = -1
					break
				}
			} else if s != st.toks[a.at].start && (a.alt < 0 || s != st.toks[a.alt].start) {
				continue
			}
			if d.kind == dyad.MentionCountry || d.kind == dyad.MentionDemonym {
				// "of Australia's Griffith University": the
				// organisation comes after the possessive.
				if j := st.tokFrom(d.span.End); j >= 0 && j < len(st.toks) && st.toks[j].flags&wPossS != 0 && j+1 < len(st.toks) {
					a.at, a.alt, a.last = j+1, -1, j+1
					continue
				}
				break
			}
			if j := st.tokFrom(d.span.End); j >= 0 && st.toks[j].start == d.span.End+1 && st.toks[j].word && st.toks[j].cap {
				// "Republika Srpska's national assembly": a known
				// name running into a capitalised word is part of a
				// longer, unknown one.
				a.draft = -1
				break
			}
			if affilOrg(d) {
				st.applyAffil(a.draft, d)
				a.role, a.end = a.draft, d.span.End
			}
			a.draft = -1
			break
		}
		if a.draft >= 0 && (k >= len(st.chunks) || st.chunks[k].i > a.last) {
			a.draft = -1
		}
	}
	if a := &st.affil; a.lead >= 0 {
		for i := n; i < len(st.drafts); i++ {
			d := &st.drafts[i]
			if d.span.Start == st.toks[a.leadAt].start && st.openName(int32(i)) && d.ante < 0 {
				o := &st.drafts[a.lead]
				d.actor.Code, d.actor.Country, d.actor.Sector = o.actor.Code, o.actor.Country, o.actor.Sector
				if _, s := splitCode(o.actor.Code); s != "" {
					d.actor.Sector = s
				}
				d.needCountry, d.dropNoCountry, d.defaulted = false, false, false
			}
		}
		if k >= len(st.chunks) || st.chunks[k].i > a.leadAt || len(st.drafts) > n {
			a.lead = -1
		}
	}
	if len(st.drafts) == n {
		return
	}
	i := int32(len(st.drafts) - 1)
	d := &st.drafts[i]
	if d.kind == dyad.MentionOrg && affilOrg(d) {
		// "Organisation of Islamic Cooperation (OIC) head Yousef
		// Al-Othaimeen".
		j := st.tokFrom(d.span.End)
		if j >= 0 && st.tokText(j) == ")" {
			j++
		}
		if j >= 0 && j+1 < len(st.toks) && !st.toks[j].cap && leadNouns[st.tokText(j)] && st.toks[j+1].cap {
			st.affil.lead, st.affil.leadAt = i, j+1
		}
	}
	if d.kind == dyad.MentionAnonymous && d.person && d.actor.Code != "" && i > 0 {
		// "Ricardo Llerandi, Rosselló's chief of staff,": a title
		// that may stand for an unnamed source, set off after a name,
		// is the name's.
		p := &st.drafts[i-1]
		// (Not a former one: "a former State Department official"
		// is no longer the department's.)
		if p.sent == d.sent && st.openName(i-1) && strings.TrimSpace(st.text[p.span.End:d.span.Start]) == "," && !st.formerIn(d.span) {
			p.actor.Code, p.actor.Country, p.actor.Sector = d.actor.Code, d.actor.Country, d.actor.Sector
			p.needCountry, p.dropNoCountry, p.defaulted = false, false, d.defaulted
			st.recode(i - 1)
		}
	}
	if d.sent != st.sent || !st.openToAffil(i) {
		return
	}
	j := st.tokFrom(d.span.End)
	if j < 0 {
		return
	}
	if at, last, ok := st.relativeHead(j); ok && d.kind == dyad.MentionPerson {
		st.affil.draft, st.affil.at, st.affil.alt, st.affil.last, st.affil.free = i, at, -1, last, true
		return
	}
	if d.kind == dyad.MentionPerson {
		if k, ok := st.memberOf(j); ok {
			// "Vijay Kumar, a member of the Rajya Sabha,".
			j = k
		}
	}
	if at, alt, ok := st.affilTail(j, d.kind != dyad.MentionPerson || d.hasHead); ok {
		last := at
		if alt >= 0 {
			last = alt
		}
		st.affil.draft, st.affil.at, st.affil.alt, st.affil.last, st.affil.free = i, at, alt, last, false
	}
}

// tokFrom returns the index of the first token that starts at or after
// byte b, -1 when none (a binary search: it runs once a phrase).
func (st *state) tokFrom(b int) int {
	j := sort.Search(len(st.toks), func(j int) bool { return st.toks[j].start >= b })
	if j == len(st.toks) {
		return -1
	}
	return j
}

// applyAffil gives draft i (and the name it stands in apposition to) the
// code of organisation o, keeping its role.
func (st *state) applyAffil(i int32, o *draft) {
	set := func(d *draft) {
		d.actor.Code, d.actor.Country = o.actor.Code, o.actor.Country
		if _, s := splitCode(o.actor.Code); s != "" {
			d.actor.Sector = s
		} else {
			d.actor.Sector = o.actor.Sector
		}
		d.needCountry, d.dropNoCountry, d.defaulted = false, false, false
		d.coded = true
	}
	d := &st.drafts[i]
	set(d)
	if d.ante >= 0 && st.drafts[d.ante].sent == d.sent && st.openName(d.ante) {
		set(&st.drafts[d.ante])
		st.recode(d.ante)
	} else if d.kind == dyad.MentionPerson {
		st.recode(i)
	}
}

// orgAhead reports whether chunk k, after a role, opens a tail that names
// an organisation: a preposition of affilPreps, an optional "the" and an
// organisation's name or a state body ("of the Kenya Human Rights
// Commission", "for the interior ministry", "of Argentina's Amnesty
// International").
func (r *Resolver) orgAhead(st *state, k int) bool {
	ch := st.chunks
	if k+1 >= len(ch) || ch[k].kind != cNone || !affilPreps[strings.ToLower(st.tokText(ch[k].i))] {
		return false
	}
	k++
	if st.flagsAt(k)&wDet != 0 {
		k++
	}
	for hops := 0; k < len(ch) && hops < 2; hops++ {
		c := &ch[k]
		if k+1 < len(ch) && (c.kind == cEnt || c.kind == cName) && st.flagsAt(k+1)&wPossS != 0 {
			// "Argentina's Amnesty International".
			k += 2
			continue
		}
		switch c.kind {
		case cEnt:
			e := &r.d.entities[c.idx]
			if e.mkind == dyad.MentionDemonym {
				// "for the Kenyan interior ministry".
				k++
				continue
			}
			return !e.person && e.mkind == dyad.MentionOrg
		case cName:
			return r.orgName(st, k) || r.officeOf(st, k)
		case cRole:
			return r.d.roles[c.idx].flags&roleInst != 0
		}
		return false
	}
	return false
}

// headVerbs are the verbs of a relative clause that tie a person to the
// organisation they lead or work for; "works" and "serves" need a
// preposition after them.
var headVerbs = map[string]bool{"heads": true, "leads": true, "runs": true, "directs": true, "chairs": true,
	"founded": true, "represents": true, "manages": true, "works": true, "serves": true}

// relativeHead reads ", who heads|leads|works for …" at token i, after a
// name, and returns the tokens the organisation may start at: from the
// verb's object to the clause's end (the next comma, at most eight
// tokens on).
func (st *state) relativeHead(i int) (at, last int, ok bool) {
	if i+3 >= len(st.toks) || st.tokText(i) != "," || !strings.EqualFold(st.tokText(i+1), "who") {
		return 0, 0, false
	}
	v := strings.ToLower(st.tokText(i + 2))
	if !headVerbs[v] {
		return 0, 0, false
	}
	at = i + 3
	if v == "works" || v == "serves" {
		switch strings.ToLower(st.tokText(at)) {
		case "for", "at", "with":
			at++
		default:
			return 0, 0, false
		}
	}
	last = at
	for j := at; j < len(st.toks) && j < at+8 && st.toks[j].word; j++ {
		last = j
	}
	return at, last, at < len(st.toks)
}

// nounPhraseTo reports whether the tokens from at to byte b make one noun
// phrase's opening: words, with "of" as the only preposition ("the local
// branch of").
func (st *state) nounPhraseTo(at, b int) bool {
	for j := at; j < len(st.toks) && st.toks[j].start < b; j++ {
		w := strings.ToLower(st.tokText(j))
		if !st.toks[j].word || w != "of" && (affilPreps[w] || clausePreps[w]) {
			return false
		}
	}
	return true
}

// clausePreps are prepositions that take a verb's object elsewhere
// ("leads protests against the government").
var clausePreps = map[string]bool{"against": true, "to": true, "in": true, "on": true, "into": true, "over": true, "about": true, "by": true}

// memberOf reads ", of", ", a (board) member of" or ", (the) head of" (a
// word of leadNouns) at token i, after a name, and returns the token of
// "of".
func (st *state) memberOf(i int) (int, bool) {
	if i+2 >= len(st.toks) || st.tokText(i) != "," {
		return 0, false
	}
	j := i + 1
	if strings.EqualFold(st.tokText(j), "of") {
		return j, true
	}
	if st.toks[j].flags&(wDet|wIndef) != 0 {
		j++
	}
	if j+1 < len(st.toks) && !st.toks[j].cap && strings.ToLower(st.tokText(j+1)) == "member" {
		j++ // "a board member", "a founding member"
	}
	if j+1 < len(st.toks) && strings.ToLower(st.tokText(j)) == "member" && st.tokText(j+1) == "of" {
		return j + 1, true
	}
	if j+1 < len(st.toks) && !st.toks[j].cap && leadNouns[st.tokText(j)] && st.tokText(j+1) == "of" {
		return j + 1, true // "Chris Swonger, head of the …", "the founder of"
	}
	return 0, false
}

// formerIn reports whether a word in span sp marks a former office
// ("former", "ex-").
func (st *state) formerIn(sp dyad.Span) bool {
	for j := st.tokFrom(sp.Start); j >= 0 && j < len(st.toks) && st.toks[j].start < sp.End; j++ {
		if st.toks[j].flags&wFormer != 0 {
			return true
		}
	}
	return false
}

// leadNouns are words for an organisation's head that are no role of
// their own ("head" is also a body part and a verb).
var leadNouns = map[string]bool{"head": true, "boss": true, "founder": true, "co-founder": true, "cofounder": true, "chair": true}
