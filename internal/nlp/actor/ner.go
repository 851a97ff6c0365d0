package actor

import (
	"github.com/dyad-events/dyad"
)

// orgName reports whether name chunk k looks like an organisation's name:
// it ends with an organisation word ("Party", "Ministry", "Front").
func (r *Resolver) orgName(st *state, k int) bool {
	c := &st.chunks[k]
	for i := c.j - 1; i >= c.i; i-- {
		if st.toks[i].id >= 0 && r.d.flags[st.toks[i].id]&wOrgSuffix != 0 {
			return i == c.j-1 || i > c.i
		}
	}
	return false
}

// orgSector returns the sector implied by the last organisation word of
// name chunk k ("Ministry" → GOV), "" when none.
func (r *Resolver) orgSector(st *state, k int) string {
	c := &st.chunks[k]
	for i := c.j - 1; i >= c.i; i-- {
		if id := st.toks[i].id; id >= 0 && r.d.flags[id]&wOrgSuffix != 0 {
			return r.d.orgSect[id]
		}
	}
	return ""
}

// placeName reports whether name chunk k ends with a place word ("River",
// "Province", "Office").
func (r *Resolver) placeName(st *state, k int) bool {
	c := &st.chunks[k]
	id := st.toks[c.j-1].id
	return id >= 0 && r.d.flags[id]&wPlaceSuffix != 0
}

// name types the unknown capitalised name at chunk k (the named-entity
// layer) and returns the next chunk. A name becomes a person after a
// title ("Mr", "Dr"), when it starts with a known first name, when it
// repeats the surname of a person already named, or when it is two to
// four capitalised words in mid-sentence; an organisation when it ends
// with an organisation word (with "of …" after it: "Ministry of Foreign
// Affairs"). Anything else is left alone.
func (r *Resolver) name(st *state, k int) int {
	ch := st.chunks
	c := &ch[k]
	toks := st.toks
	next := k + 1
	if r.noNER {
		return next
	}
	sp := dyad.Span{Start: toks[c.i].start, End: toks[c.j-1].end}
	ntok := c.j - c.i
	// Organisations.
	if r.orgName(st, k) {
		// "Ministry of Foreign Affairs", "Bank of England".
		if next+1 < len(ch) && st.flagsAt(next)&wOf != 0 && (ch[next+1].kind == cName || ch[next+1].kind == cEnt) {
			sp.End = toks[ch[next+1].j-1].end
			next += 2
		}
		sector := r.orgSector(st, k)
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: dyad.Actor{Kind: dyad.ActorOrg, Sector: sector, Name: st.text[sp.Start:sp.End]}, coded: true, ante: -1, source: "ner", keyID: -1})
		return next
	}
	if r.placeName(st, k) {
		return next
	}
	// An acronym in running text ("the SDI", "(UUP)") names an
	// organisation: countries and known bodies are in the dictionaries,
	// and common abbreviations (GDP, CEO) are listed as not actors.
	if ntok == 1 && toks[c.i].caps && toks[c.i].flags&(wNonPerson|wCommon) == 0 {
		if w := st.tokText(c.i); len(w) >= 2 && len(w) <= 6 && !r.capsContext(st, c.i) && c.i > 0 {
			st.add(draft{span: sp, kind: dyad.MentionOrg, actor: dyad.Actor{Kind: dyad.ActorOrg, Name: w}, coded: true, ante: -1, source: "ner", keyID: -1})
			return next
		}
	}
	// A short form of a person already named.
	if ntok == 1 {
		if ante := r.findKey(st, toks[c.i].id, st.tokText(c.i)); ante >= 0 {
			a := st.drafts[ante].actor
			d := draft{span: sp, kind: dyad.MentionPerson, actor: a, coded: true, ante: ante, source: "coref", person: true}
			r.setKey(st, &d, c.i)
			st.add(d)
			return next
		}
	}
	// What the words say: a thing (war, treaty), an organisation
	// (democratic, institute), a person (a first name).
	var any uint32
	for i := c.i; i < c.j; i++ {
		if id := toks[i].id; id >= 0 {
			any |= r.d.flags[id]
		}
	}
	first := toks[c.i].flags&wFirstName != 0
	if any&wNonPerson != 0 && !first {
		return next
	}
	if any&wOrgWord != 0 && !first && ntok >= 2 {
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}, coded: true, ante: -1, source: "ner", keyID: -1})
		return next
	}
	person := false
	switch {
	case c.i > 0 && r.titleBefore(st, c.i):
		person = true
	case first && ntok >= 2:
		person = true
	case ntok >= 2 && ntok <= 4 && !toks[c.i].caps && any&wCommon == 0 && r.plainName(st, c):
		person = true
	}
	if !person {
		return next
	}
	d := draft{span: sp, kind: dyad.MentionPerson, actor: dyad.Actor{Kind: dyad.ActorPerson, Name: st.text[sp.Start:sp.End]}, coded: true, ante: -1, source: "ner", person: true}
	r.setKey(st, &d, c.j-1)
	st.add(d)
	return next
}

// titleBefore reports whether a courtesy title ("Mr", "Dr.") stands right
// before token i.
func (r *Resolver) titleBefore(st *state, i int) bool {
	j := i - 1
	if j > 0 && st.tokText(j) == "." {
		j--
	}
	return st.toks[j].flags&wTitle != 0 && st.toks[j].cap
}

// plainName reports whether every word of the name is a plain
// capitalised word (no digits, no all-capitals acronyms, no hyphenated
// compounds with lower-case parts like "Soviet-era").
func (r *Resolver) plainName(st *state, c *chunk) bool {
	for i := c.i; i < c.j; i++ {
		t := &st.toks[i]
		if !t.word {
			continue
		}
		w := st.tokText(i)
		if t.caps && len(w) > 2 {
			return false
		}
		for k := 0; k < len(w); k++ {
			if w[k] == '-' && k+1 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z' {
				return false
			}
			if w[k] >= '0' && w[k] <= '9' {
				return false
			}
		}
	}
	return true
}
