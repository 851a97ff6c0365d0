package actor

import "github.com/dyad-events/dyad"

// sharedSurname emits a person for chunk k when it is a surname several
// dictionary people share and the text does not say which one ("Bush and
// Quayle were challenged", "Carter was speculated to endorse", "gave
// Kennedy ratings"): the word is a person's name all the same, coded
// with the country every candidate shares (all the Roosevelts are
// American), else left uncoded. A surname the article used for another
// person before ("Jack McConnell … McConnell"), one after a determiner or
// a locative, and one opening a sentence before a word that may be a
// noun ("Young people …") give nothing. It runs after the named-entity
// layer found no mention there, and reports whether it emitted one.
func (r *Resolver) sharedSurname(st *state, k int, n0 int) bool {
	c := &st.chunks[k]
	if len(st.drafts) == n0+1 {
		// The named-entity layer made it a person: the candidates'
		// country, when they share one and the text gave none.
		d := &st.drafts[n0]
		if d.person && d.kind == dyad.MentionPerson && d.actor.Country == "" && d.ante < 0 && d.span.Start == st.toks[c.i].start {
			if cc, ok := r.sharedCountry(c); ok && cc != "" {
				st.applyCountry(&d.actor, cc)
				d.needCountry = false
			}
		}
		return false
	}
	if len(st.drafts) != n0 {
		return false
	}
	toks := st.toks
	country, ok := r.sharedCountry(c)
	if !ok || r.findKey(st, toks[c.i].id, st.tokText(c.i)) >= 0 {
		return false
	}
	if c.i > 0 && (toks[c.i-1].flags&(wDet|wIndef|wPoss) != 0 || r.locative(st, c.i)) {
		return false
	}
	if c.i == 0 || !toks[c.i-1].word && !commaOnly(st.tokText(c.i-1)) {
		// Opening the sentence (or a quote), a capital says nothing:
		// only a verb of a person after it shows one.
		if !r.personVerbAfter(st, c.j) && !sharedSurnameVerbs[st.lowAt(c.j)] {
			return false
		}
	}
	sp := dyad.Span{Start: toks[c.i].start, End: toks[c.i].end}
	a := dyad.Actor{Kind: dyad.ActorPerson, Name: st.text[sp.Start:sp.End], Country: country, Code: country}
	d := draft{span: sp, kind: dyad.MentionPerson, actor: a, coded: true, ante: -1, source: "ner", person: true}
	r.setKey(st, &d, c.i)
	st.add(d)
	return true
}

// sharedSurnameVerbs are words after a sentence's first word that make
// it the subject of a clause ("Carter was speculated", "Bush and Quayle
// were"); "and" only with a capitalised name after it.
var sharedSurnameVerbs = map[string]bool{
	"was": true, "is": true, "had": true, "has": true, "would": true, "will": true,
	"could": true, "did": true, "and": true,
}

// sharedCountry returns the country all the dictionary people whose
// surname chunk c is share ("" when they differ), and false when c is
// not a surname only people share.
func (r *Resolver) sharedCountry(c *chunk) (string, bool) {
	if c.kind != cSur || c.j-c.i != 1 {
		return "", false
	}
	country, n := "", 0
	for _, p := range r.d.payloads[c.node] {
		if p.kind != pSurname {
			return "", false
		}
		cc := r.d.entities[p.idx].resolve(0).Country
		if n == 0 {
			country = cc
		} else if cc != country {
			country = ""
		}
		n++
	}
	return country, n >= 2
}
