package actor

import (
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/gazetteer"
)

// tok is a token of the current sentence with its dictionary word id.
type tok struct {
	start, end int
	id         int32 // vocabulary id, -1 when the word is in no dictionary
	flags      uint32
	cap        bool // starts with an upper-case letter
	caps       bool // all capitals ("NATO")
	word       bool
}

// Chunk kinds.
const (
	cNone uint8 = iota // one token matched by nothing
	cEnt               // a dictionary entity
	cSur               // a person's surname alone
	cRole              // a role word or phrase
	cName              // a capitalised name in no dictionary
)

// chunk is a run of tokens [i, j) of the current sentence.
type chunk struct {
	i, j int
	kind uint8
	idx  int32
	node int32 // trie node of a dictionary match
}

// draft is a mention under construction.
type draft struct {
	span    dyad.Span
	head    dyad.Span
	hasHead bool
	kind    string
	actor   dyad.Actor
	coded   bool
	ante    int32
	source  string
	sent    int32
	para    int32 // the paragraph of the sentence
	person  bool  // a single person (named, described or a pronoun)
	// key is the folded last word of a person's name, for later short
	// forms ("Stubb" after "Alexander Stubb").
	keyID   int32
	keyText string
	// needCountry marks a bare title or institution waiting for the
	// document's country; dropNoCountry drops it when none is found.
	// defaulted marks an actor whose country is the document's.
	needCountry, dropNoCountry, defaulted bool
	// pair is 1 + the second of the two actors a plural anaphor stands
	// for ("the two countries"; ante is the first), 0 when none.
	pair int32
	// anaphor marks a "they", "it" or description resolved in anaphora.go.
	anaphor bool
	// ent is 1 + the dictionary entity a named person resolved to, 0
	// when none.
	ent int32
	// alias marks a short form or name the article introduced for the
	// actor of draft ante ("(NCP)", "known as …"; alias.go).
	alias bool
	// listed marks an organisation typed by the list it stands in
	// (coordinatedWithOrg).
	listed bool
	// parts are the first nparts names inside a role phrase
	// (dyad.Mention.Parts).
	parts  [2]dyad.Part
	nparts int
}

// state is the per-document scratch space, pooled.
type state struct {
	text   string
	words  []string // the dictionary's folded words, by id (lowAt)
	day    int32
	toks   []tok
	chunks []chunk
	drafts []draft
	order  []int32
	newIdx []int32
	buf    []byte
	sent   int32
	para   int32 // the current sentence's paragraph
	// sents and sentPara are the spans and paragraphs of the sentences
	// so far.
	sents    []dyad.Span
	sentPara []int32
	// sentFirst is the index of each sentence's first draft: drafts are
	// appended sentence by sentence, so sentence s owns the drafts from
	// sentFirst[s] to the next sentence's first (sentRange).
	sentFirst []int32
	votes     []countryVote
	// notes are the countries each sentence so far names (localCountry).
	notes []placeNote
	// acr are the acronyms the article defined ("Movement for the Left
	// (MpS)") with the organisations they stand for.
	acr []acronym
	// refCountry is the country "the country's" stands for in the
	// phrase being parsed, "" when none.
	refCountry string
	// codes caches country+sector codes across documents (see code).
	codes map[uint64]string
	// courtCountry is the country of the latest court site the article
	// names ("a trial in New York"; courtsite.go).
	courtCountry string
	// affil is the mention of the sentence waiting for its
	// organisation (affil.go).
	affil affil
	// gazKey and gazEnt are scratch space for gazetteer look-ups.
	gazKey []byte
	gazEnt []gazetteer.Entry
}

// acronym is an abbreviation defined in the article.
type acronym struct {
	text  string
	actor dyad.Actor
	// src is the draft the abbreviation was introduced after, -1 when
	// it was learned with its organisation's name.
	src int32
}

func (st *state) reset(text string, day int32) {
	st.text = text
	st.day = day
	st.drafts = st.drafts[:0]
	st.votes = st.votes[:0]
	st.acr = st.acr[:0]
	st.notes = st.notes[:0]
	st.courtCountry = ""
	st.sents = st.sents[:0]
	st.sentPara = st.sentPara[:0]
	st.sentFirst = st.sentFirst[:0]
}

// sentRange returns the indexes [lo, hi) of the drafts of sentence s.
func (st *state) sentRange(s int32) (lo, hi int) {
	if s < 0 || int(s) >= len(st.sentFirst) {
		return 0, 0
	}
	lo, hi = int(st.sentFirst[s]), len(st.drafts)
	if int(s)+1 < len(st.sentFirst) {
		hi = int(st.sentFirst[s+1])
	}
	return lo, hi
}

// add appends a draft and returns its index.
func (st *state) add(d draft) int32 {
	d.sent, d.para = st.sent, st.para
	st.countVote(&d)
	st.drafts = append(st.drafts, d)
	return int32(len(st.drafts) - 1)
}

func (st *state) tokText(i int) string { return st.text[st.toks[i].start:st.toks[i].end] }

// sentence finds the mentions of one sentence.
func (r *Resolver) sentence(st *state, si int32, s *dyad.Sentence) {
	st.sent, st.para = si, int32(s.Paragraph)
	st.sents = append(st.sents, s.Span)
	st.sentPara = append(st.sentPara, st.para)
	st.sentFirst = append(st.sentFirst, int32(len(st.drafts)))
	d := r.d
	st.toks = st.toks[:0]
	for _, t := range s.Tokens {
		if t.Start < 0 || t.End > len(st.text) || t.Start >= t.End {
			continue
		}
		w := st.text[t.Start:t.End]
		// (The first byte decides most of the tests below without a
		// call: only "then-"/"ex-" words have a time prefix, only a
		// capitalised word joins two countries.)
		c0 := w[0]
		if c := c0 | 0x20; (c == 't' || c == 'e') && t.Kind == dyad.TokenWord {
			if n := timePrefix(w); n > 0 && d.startsRole(st.text[t.Start+n:t.End], &st.buf) {
				// "then-President Bozize", "ex-Prime Minister": the
				// prefix is a word of its own, so the title after it
				// is read.
				st.addTok(d, t.Start, t.Start+n-1)
				st.addTok(d, t.Start+n, t.End)
				continue
			}
		}
		if 'A' <= c0 && c0 <= 'Z' && t.Kind == dyad.TokenWord {
			if h := r.countryPair(st, w); h > 0 {
				// "the Russia-Ukraine war", "U.S.-Ukraine talks": two
				// countries, each a word of its own.
				st.addTok(d, t.Start, t.Start+h)
				st.toks = append(st.toks, tok{start: t.Start + h, end: t.Start + h + 1, id: -1})
				st.addTok(d, t.Start+h+1, t.End)
				continue
			}
		}
		id := int32(-1)
		if t.Kind == dyad.TokenWord || t.Kind == dyad.TokenPunct && len(w) == 1 && (w[0] == '&' || w[0] == '\'' || w[0] == '.' && st.afterInitial(t.Start)) {
			id, st.buf = d.table.lookupFold(st.buf, w)
		}
		tk := tok{start: t.Start, end: t.End, id: id, word: t.Kind == dyad.TokenWord}
		if id >= 0 {
			tk.flags = d.flags[id]
		}
		if tk.word {
			if c0 < 0x80 {
				tk.cap = 'A' <= c0 && c0 <= 'Z' || (c0 == 'a' || c0 == 'e' || c0 == 'b' || c0 == 'i') && arabicArticle(w)
			} else {
				tk.cap = isCap(w) || arabicArticle(w) // "al-Shabab", "al-Qaida": a name
			}
			tk.caps = tk.cap && isAllCaps(w)
		}
		st.toks = append(st.toks, tk)
	}
	r.chunk(st)
	r.noteCourts(st)
	r.grammar(st)
	r.aliases(st)
	r.anaphora(st)
	r.notePlaces(st)
}

// countryPair returns the offset of the hyphen in a word w that joins
// two different countries ("Russia-Ukraine", "Kenya-Somalia"), 0 when w
// is none, or is a name of its own ("Guinea-Bissau").
func (r *Resolver) countryPair(st *state, w string) int {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	h := strings.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || w[h+1] < 'A' || w[h+1] > 'Z' || strings.IndexByte(w[h+1:], '-') >= 0 {
		return 0
	}
	id, buf := r.d.table.lookupFold(st.buf, w)
	st.buf = buf
	if id >= 0 && r.d.child(0, id) >= 0 {
		return 0
	}
	x, y := r.wordCountry(st, w[:h]), r.wordCountry(st, w[h+1:])
	if x == "" || y == "" || x == y {
		return 0
	}
	return h
}

// timePrefix returns the length of a "then-" or "ex-" prefix (hyphen
// included) before a capitalised word in w, 0 when there is none.
func timePrefix(w string) int {
	if len(w) < 4 || w[0]|0x20 != 't' && w[0]|0x20 != 'e' {
		return 0
	}
	for _, p := range []string{"then-", "ex-"} {
		if len(w) > len(p)+1 && strings.EqualFold(w[:len(p)], p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return len(p)
		}
	}
	return 0
}

// startsRole reports whether the word w opens a role phrase: a role by
// itself ("President") or with the next word ("Prime Minister").
func (d *dict) startsRole(w string, buf *[]byte) bool {
	var id int32
	id, *buf = d.table.lookupFold(*buf, w)
	if id < 0 {
		return false
	}
	node := d.child(0, id)
	if node < 0 {
		return false
	}
	isRole := func(n int32) bool {
		for _, p := range d.payloads[n] {
			if p.kind == pRole {
				return true
			}
		}
		return false
	}
	if isRole(node) {
		return true
	}
	if d.kids != nil {
		for _, e := range d.kids[node] {
			if isRole(e.node) {
				return true
			}
		}
	}
	return false
}

// afterInitial reports whether the period at byte start is glued to a
// single capital letter just read: the "R." of "Joseph R. Biden", which a
// dictionary name spells with its period.
func (st *state) afterInitial(start int) bool {
	if len(st.toks) == 0 {
		return false
	}
	t := &st.toks[len(st.toks)-1]
	return t.word && t.end == start && t.end-t.start == 1 && t.cap
}

// addTok appends the word token text[start:end] to the sentence.
func (st *state) addTok(d *dict, start, end int) {
	w := st.text[start:end]
	tk := tok{start: start, end: end, id: -1, word: true}
	tk.id, st.buf = d.table.lookupFold(st.buf, w)
	if tk.id >= 0 {
		tk.flags = d.flags[tk.id]
	}
	tk.cap = isCap(w) || arabicArticle(w)
	tk.caps = tk.cap && isAllCaps(w)
	st.toks = append(st.toks, tk)
}

// longest returns the longest dictionary match starting at token i.
func (r *Resolver) longest(st *state, i int) (end int, best payload, ok bool) {
	end, best, _, ok = r.longestNode(st, i)
	return
}

// longestNode is longest with the trie node of the match.
func (r *Resolver) longestNode(st *state, i int) (end int, best payload, bnode int32, ok bool) {
	d := r.d
	node := int32(0)
	for j := i; j < len(st.toks); j++ {
		id := st.toks[j].id
		if id < 0 {
			break
		}
		if node = d.child(node, id); node < 0 {
			break
		}
		var pick payload
		found := false
		for _, q := range d.payloads[node] {
			if !r.accept(st, i, j+1, q) {
				continue
			}
			if !found || rank(q) < rank(pick) {
				pick, found = q, true
			} else if q.kind == pEntity && pick.kind == pEntity && (r.stateOverCountry(st, i, j+1, pick, q) || r.countryOverState(st, i, j+1, q, pick) || r.ownCountryOrg(st, pick, q)) {
				pick = q
			}
		}
		if found {
			end, best, bnode, ok = j+1, pick, node, true
		}
	}
	return
}

// ownCountryOrg reports whether q, an organisation, is of the article's
// country and p, another organisation with the same name, is not: "the
// BNP" in a British story is the British National Party, in a
// Bangladeshi one the Bangladesh Nationalist Party.
func (r *Resolver) ownCountryOrg(st *state, p, q payload) bool {
	pe, qe := &r.d.entities[p.idx], &r.d.entities[q.idx]
	if pe.mkind != dyad.MentionOrg || qe.mkind != dyad.MentionOrg {
		return false
	}
	dc := st.docCountry()
	if dc == "" {
		return false
	}
	return r.entityActor(st, q.idx).Country == dc && r.entityActor(st, p.idx).Country != dc
}

func rank(p payload) int {
	switch p.kind {
	case pEntity:
		return 0
	case pRole:
		return 1
	}
	return 2
}

// accept reports whether payload q may match tokens [i, j): names need a
// capital on their first word (after "the"), acronyms capitals throughout.
func (r *Resolver) accept(st *state, i, j int, q payload) bool {
	if q.lower {
		return true
	}
	k := i
	if st.toks[k].id == r.theID && j-i > 1 {
		k++
	}
	t := &st.toks[k]
	if !t.cap {
		return false
	}
	if q.acronym && !t.caps {
		return false
	}
	if q.kind == pSurname && t.caps && j-i == 1 && r.capsContext(st, i) {
		return false
	}
	if q.kind == pSurname {
		// A surname next to an unknown capitalised word is part of
		// another name: "Hunter Biden", "Kelly Craft"; before a place
		// word, of a place: "Clarke County", "Vance Street".
		if j < len(st.toks) && (r.unknownCap(st, j) || st.toks[j].cap && st.toks[j].flags&wPlaceSuffix != 0) || i > 0 && r.unknownCap(st, i-1) {
			return false
		}
		// "Kerry Lee": a first-name-like surname before another
		// capitalised name word is that person's first name.
		if j == i+1 && j < len(st.toks) && (st.toks[i].flags&wFirstName != 0 || r.surnameWord(st, j) || st.toks[j].flags&wFirstName != 0) && r.nameWord(st, j) {
			return false
		}
	}
	return true
}

// nameWord reports whether token k is a capitalised word that can be
// part of a person's name: no acronym, no function, place, organisation
// or reporting word.
func (r *Resolver) nameWord(st *state, k int) bool {
	t := &st.toks[k]
	return t.word && t.cap && !t.caps && t.flags&(notName|wPlaceSuffix|wOrgSuffix|wOrgWord|wNonPerson|wTitle) == 0
}

// surnameWord reports whether token k is, alone, the surname of a
// person in the dictionaries.
func (r *Resolver) surnameWord(st *state, k int) bool {
	id := st.toks[k].id
	if id < 0 {
		return false
	}
	node := r.d.child(0, id)
	if node < 0 {
		return false
	}
	for _, p := range r.d.payloads[node] {
		if p.kind == pSurname {
			return true
		}
	}
	return false
}

// unknownCap reports whether token k is a capitalised word in no
// dictionary that could be part of a name.
func (r *Resolver) unknownCap(st *state, k int) bool {
	t := &st.toks[k]
	return t.word && t.cap && !t.caps && t.id < 0
}

// capsContext reports whether the token at i stands among other all-caps
// words (a shouted headline or quote), where capitals say nothing. A
// word in lower or mixed case among the neighbours shows running text,
// where abbreviations may stand side by side ("the ICANN (ICANN)",
// "ASEAN, EAS, the Organisation of …").
func (r *Resolver) capsContext(st *state, i int) bool {
	n := 0
	for _, k := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		if k < 0 || k >= len(st.toks) || !st.toks[k].word {
			continue
		}
		t := &st.toks[k]
		switch {
		case t.caps && t.end-t.start > 1:
			n++
		case hasLower(st.text[t.start:t.end]):
			return false
		}
	}
	return n >= 1
}

// hasLower reports whether w has a lower-case ASCII letter or any
// non-ASCII letter that is not upper case.
func hasLower(w string) bool {
	for _, c := range w {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// notName are the word classes that never start or continue a name.
const notName = wStop | wDet | wPoss | wIndef | wMod | wFormer | wPronoun | wReport | wAnd | wOf

// nameTok reports whether token i can be part of a capitalised name.
func (r *Resolver) nameTok(st *state, i int) bool {
	t := &st.toks[i]
	if !t.word || !t.cap {
		return false
	}
	if t.flags&notName != 0 && !r.saidName(st, i) {
		return false
	}
	if t.caps && r.capsContext(st, i) {
		return false
	}
	return true
}

// saidName reports whether token i is the given name "Said" ("Sultan
// Said bin Taimur", "Said Abdullah"), not the verb: capitalised in
// mid-sentence after a word, before another capitalised word or a name
// particle.
func (r *Resolver) saidName(st *state, i int) bool {
	if i == 0 || i+1 >= len(st.toks) || st.tokText(i) != "Said" || !st.toks[i-1].word {
		return false
	}
	n := &st.toks[i+1]
	if !n.word {
		return false
	}
	return n.cap && n.flags&notName == 0 || n.id >= 0 && n.flags&wParticle != 0
}

// chunk splits the sentence's tokens into dictionary matches, unknown
// capitalised names and single other tokens.
func (r *Resolver) chunk(st *state) {
	st.chunks = st.chunks[:0]
	toks := st.toks
	n := len(toks)
	for i := 0; i < n; {
		if len(st.acr) > 0 && (toks[i].word && toks[i].cap || st.text[toks[i].start] >= '0' && st.text[toks[i].start] <= '9') {
			// An abbreviation the article defined ("MpS") is a name,
			// whatever the dictionaries say of the folded word.
			if _, _, ok := st.aliasActor(st.tokText(i)); ok {
				st.chunks = append(st.chunks, chunk{i: i, j: i + 1, kind: cName, idx: -1})
				i++
				continue
			}
		}
		end, p, node, ok := r.longestNode(st, i)
		if ok && toks[i].id == r.theID && i+1 < n {
			// "the House of Lords": a longer name after "the" beats a
			// phrase with "the" ("the House").
			if end2, _, _, ok2 := r.longestNode(st, i+1); ok2 && end2 > end {
				ok = false
			}
		}
		if ok && p.kind == pRole && r.d.roles[p.idx].flags&roleModified != 0 && toks[i].cap && end < n && toks[end].cap {
			// "Mission America": a capitalised role word that needs a
			// modifier, before a name, starts the name.
			ok = false
		}
		if ok {
			c := chunk{i: i, j: end, idx: p.idx, node: node}
			switch p.kind {
			case pEntity:
				c.kind = cEnt
			case pSurname:
				c.kind = cSur
			default:
				c.kind = cRole
			}
			// "Italian Republican Party", "Australian Senate": a
			// demonym before another country's organisation names its
			// own (the grammar joins them).
			if c.kind == cEnt && r.d.entities[p.idx].mkind == dyad.MentionOrg && len(st.chunks) > 0 && !toks[end-1].caps {
				if lc := st.chunks[len(st.chunks)-1]; lc.j == i && lc.kind == cEnt && (r.d.entities[lc.idx].mkind == dyad.MentionDemonym || r.d.entities[lc.idx].mkind == dyad.MentionCapital) {
					// (After a state or city, always: "California
					// Democratic Party".)
					dc := r.entityActor(st, lc.idx).Country
					capital := r.d.entities[lc.idx].mkind == dyad.MentionCapital
					if oc := r.entityActor(st, p.idx).Country; dc != "" && oc != "" && (oc != dc || capital) {
						st.chunks = append(st.chunks, chunk{i: i, j: end, kind: cName, idx: -1})
						i = end
						continue
					}
				}
			}
			// A dictionary organisation right after capitalised words
			// that belong to its name ("New Democratic Party", "New
			// Komeito"; not "Islamist Hayat Tahrir al-Sham": the words
			// before or the name must have an organisation word).
			if c.kind == cEnt && r.d.entities[p.idx].mkind == dyad.MentionOrg && (r.orgWords(st, i, end) || i > 0 && toks[i-1].flags&wOrgWord != 0) {
				k := i
				for len(st.chunks) > 0 {
					lc := st.chunks[len(st.chunks)-1]
					if lc.j != k || !(lc.kind == cName || lc.kind == cNone && r.nameWordBefore(st, lc.i)) || compoundModifier(st.tokText(lc.j-1)) {
						break
					}
					k = lc.i
					st.chunks = st.chunks[:len(st.chunks)-1]
				}
				if k < i {
					st.chunks = append(st.chunks, chunk{i: k, j: end, kind: cName, idx: -1})
					i = end
					continue
				}
			}
			// A capitalised role word right after an unknown name is the
			// end of an organisation's name ("Communist Party").
			if c.kind == cRole && toks[i].cap && len(st.chunks) > 0 {
				last := &st.chunks[len(st.chunks)-1]
				org := r.d.roles[p.idx].flags&roleInst != 0 || toks[end-1].flags&wOrgSuffix != 0
				if last.j == i && org && (last.kind == cName || last.kind == cRole && toks[last.i].cap && last.i > 0) {
					last.j, last.kind, last.idx = end, cName, -1
					// "Ontario Liberal Party": capitalised names before it.
					for len(st.chunks) >= 2 {
						pc := &st.chunks[len(st.chunks)-2]
						if pc.kind != cName || pc.j != st.chunks[len(st.chunks)-1].i {
							break
						}
						pc.j = end
						st.chunks = st.chunks[:len(st.chunks)-1]
					}
					i = end
					continue
				}
				// "the Alliance Party": a dictionary organisation's name
				// with an organisation word after it is another one.
				if last.j == i && org && last.kind == cEnt && toks[end-1].flags&wOrgSuffix != 0 && r.d.entities[last.idx].mkind == dyad.MentionOrg && !toks[last.j-1].caps {
					s := last.i
					if toks[s].id == r.theID && s+1 < last.j {
						st.chunks[len(st.chunks)-1] = chunk{i: s, j: s + 1, kind: cNone, idx: -1}
						s++
					} else {
						st.chunks = st.chunks[:len(st.chunks)-1]
					}
					st.chunks = append(st.chunks, chunk{i: s, j: end, kind: cName, idx: -1})
					i = end
					continue
				}
				// "Australian Union": a capitalised organisation word after
				// a country word names an organisation (the fallback joins
				// them).
				if last.j == i && org && last.kind == cEnt && i > 0 && r.d.entities[last.idx].mkind == dyad.MentionDemonym && end < len(toks) && (toks[end].cap || toks[end].flags&wOf != 0) {
					st.chunks = append(st.chunks, chunk{i: i, j: end, kind: cName, idx: -1})
					i = end
					continue
				}
			}
			// "Union for French Democracy", "Party of Regions": a
			// capitalised organisation word with "for" or "of" and a
			// capitalised name after it, no modifier before it.
			if c.kind == cRole && toks[i].cap && toks[end-1].flags&wOrgSuffix != 0 && end+1 < n && toks[end+1].cap && toks[end+1].word &&
				(toks[end].flags&wOf != 0 || st.tokText(end) == "for") && (len(st.chunks) == 0 || st.chunks[len(st.chunks)-1].kind == cNone) {
				c.kind, c.idx = cName, -1
			}
			st.chunks = append(st.chunks, c)
			i = end
			continue
		}
		if i+1 < n && toks[i+1].flags&wFirstName != 0 && compoundModifier(st.tokText(i)) && r.nameTok(st, i+1) && toks[i+1].start > toks[i].end {
			// "the Tammany-backed James W. Gerard": a compound
			// adjective qualifies the person's name after it.
			st.chunks = append(st.chunks, chunk{i: i, j: i + 1, kind: cNone, idx: -1})
			i++
			continue
		}
		if r.nameTok(st, i) || r.orgModStart(st, i) || r.compassOrg(st, i) {
			j := r.nameEnd(st, i)
			// "Apple Daily": a one-word dictionary organisation before
			// organisation words is part of another's name.
			if nc := len(st.chunks); nc > 0 && r.allOrgSuffix(st, i, j) {
				if lc := &st.chunks[nc-1]; lc.kind == cEnt && lc.j == i && lc.j-lc.i == 1 && !toks[lc.i].caps && r.d.entities[lc.idx].mkind == dyad.MentionOrg {
					lc.j, lc.kind, lc.idx = j, cName, -1
					i = j
					continue
				}
			}
			st.chunks = append(st.chunks, chunk{i: i, j: j, kind: cName, idx: -1})
			i = j
			continue
		}
		st.chunks = append(st.chunks, chunk{i: i, j: i + 1, kind: cNone, idx: -1})
		i++
	}
	r.joinAnd(st)
}

// joinAnd joins "National Intelligence" "and" "Security Agency" into one
// name: two capitalised names around "and" whose second ends with an
// organisation word and whose first does not ("Ministry of Trade and
// Industry" is left to the organisation's "of" tail).
func (r *Resolver) joinAnd(st *state) {
	ch := st.chunks
	out := ch[:0]
	for k := 0; k < len(ch); k++ {
		c := ch[k]
		if c.kind == cName && k+2 < len(ch) && ch[k+1].kind == cNone && st.toks[ch[k+1].i].flags&wAnd != 0 && r.orgAfterAnd(st, &ch[k+2]) &&
			st.toks[c.i].cap && !st.toks[c.i].caps && st.toks[c.j-1].flags&wOrgSuffix == 0 {
			c.j = ch[k+2].j
			k += 2
		}
		out = append(out, c)
	}
	st.chunks = out
}

// orgWords reports whether a token in [i, j) is an organisation word.
func (r *Resolver) orgWords(st *state, i, j int) bool {
	for k := i; k < j; k++ {
		if st.toks[k].flags&(wOrgSuffix|wOrgWord) != 0 {
			return true
		}
	}
	return false
}

// orgAfterAnd reports whether chunk c, after "and", ends an
// organisation's name: a capitalised name or dictionary organisation
// ending with an organisation word ("Security Agency", "Labour Party").
func (r *Resolver) orgAfterAnd(st *state, c *chunk) bool {
	if st.toks[c.i].caps || !st.toks[c.i].cap || st.toks[c.j-1].flags&wOrgSuffix == 0 {
		return false
	}
	return c.kind == cName || c.kind == cEnt && r.d.entities[c.idx].mkind == dyad.MentionOrg && c.j-c.i >= 2
}

// allOrgSuffix reports whether every token in [i, j) is an
// organisation word ending names ("Daily", "News").
func (r *Resolver) allOrgSuffix(st *state, i, j int) bool {
	for k := i; k < j; k++ {
		if st.toks[k].flags&wOrgSuffix == 0 {
			return false
		}
	}
	return j > i
}

// compassOrg reports whether token i is a capitalised compass word
// opening an organisation's name ("Central Command", "Northern
// Command"): compass words are stop words elsewhere ("North of Kyiv").
func (r *Resolver) compassOrg(st *state, i int) bool {
	t := &st.toks[i]
	if !t.word || !t.cap || t.caps || i+1 >= len(st.toks) {
		return false
	}
	switch st.tokText(i) {
	case "Central", "Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West":
	default:
		return false
	}
	n := &st.toks[i+1]
	return n.word && n.cap && !n.caps && n.flags&wOrgSuffix != 0
}

// orgModStart reports whether token i is a capitalised modifier that
// begins an organisation's name ("Liberal Party", "Liberal
// International"): a word both a modifier and an organisation word, before
// an unknown capitalised word or an organisation word.
func (r *Resolver) orgModStart(st *state, i int) bool {
	t := &st.toks[i]
	if !t.word || !t.cap || t.caps || t.flags&wMod == 0 || t.flags&wOrgWord == 0 || t.flags&(wDet|wPoss|wPronoun|wReport|wAnd|wOf|wStop|wIndef) != 0 {
		return false
	}
	if i+1 >= len(st.toks) {
		return false
	}
	n := &st.toks[i+1]
	if !n.word || !n.cap || n.caps {
		return false
	}
	return n.id < 0 || n.flags&(wOrgSuffix|wOrgWord) != 0
}

// nameWordBefore reports whether token k is a capitalised word that can
// begin an organisation's name before a dictionary organisation ("New"
// in "New Democratic Party").
func (r *Resolver) nameWordBefore(st *state, k int) bool {
	t := &st.toks[k]
	if !t.word || !t.cap || t.caps {
		return false
	}
	if t.flags&(wDet|wPoss|wReport|wPronoun|wAnd|wOf|wIndef) != 0 {
		return false
	}
	return t.flags&(wStop|wMod) == 0 || t.flags&wOrgWord != 0
}

// nameEnd returns the end of the capitalised name starting at token i:
// capitalised words, initials ("W."), lower-case particles between
// capitalised words ("von der"), and a following surname or person name.
func (r *Resolver) nameEnd(st *state, i int) int {
	toks := st.toks
	n := len(toks)
	j := i + 1
	for j < n {
		t := &toks[j]
		// An initial's period: "W." in "George W. Bush".
		if !t.word && st.text[t.start:t.end] == "." && t.start == toks[j-1].end && toks[j-1].end-toks[j-1].start == 1 && toks[j-1].cap && j+1 < n && r.nameTok(st, j+1) {
			j++
			continue
		}
		// An initial that is also a word ("A." in "Robert A. Taft",
		// "I." in "Gustav I. Nordin"): a capital letter, its period
		// and a name after them.
		if r.initialAt(st, j) {
			j += 2
			continue
		}
		if t.word && !t.cap && t.id >= 0 && r.d.flags[t.id]&wParticle != 0 {
			k := j + 1
			for k < n && toks[k].word && !toks[k].cap && toks[k].id >= 0 && r.d.flags[toks[k].id]&wParticle != 0 {
				k++
			}
			if k < n && r.nameTok(st, k) {
				if _, p, ok := r.longest(st, k); ok && p.kind == pEntity && !r.d.entities[p.idx].person {
					// "Partido Liberal de Honduras": a country or an
					// organisation after the particle is no part of
					// a person's name; the name ends before "de".
					break
				}
				j = k
				continue
			}
			break
		}
		if !r.nameTok(st, j) {
			if t.word && arabicArticle(st.tokText(j)) {
				// "Omar al-Bashir", "Abdel Fattah el-Sisi".
				j++
				continue
			}
			break
		}
		if end, p, ok := r.longest(st, j); ok {
			if p.kind == pSurname || (p.kind == pEntity && r.d.entities[p.idx].person) {
				j = end
				continue
			}
			// "Michael Jordan": a first name then a one-word entity.
			if p.kind == pEntity && end == j+1 && j == i+1 && toks[i].flags&wFirstName != 0 {
				j = end
				continue
			}
			// "Sudesh Amman": a capital right after an unknown
			// capitalised word is that person's surname, not a seat of
			// government (not inside a longer name, "the Dublin Art
			// Stroll", nor after an adverb: "Distinctly Dublin"; the
			// first names ending in -ly, Emily, Holly, are known).
			if p.kind == pEntity && end == j+1 && j == i+1 && r.unknownCap(st, i) && r.nameWord(st, i) && r.d.entities[p.idx].mkind == dyad.MentionCapital && !toks[j].caps && (end >= n || !toks[end].cap) && (i == 0 || !toks[i-1].cap) && !strings.HasSuffix(st.tokText(i), "ly") {
				j = end
				continue
			}
			break
		}
		j++
	}
	return j
}

// initialAt reports whether token j is a single capital letter with its
// period glued to it and a name after them: a middle initial.
func (r *Resolver) initialAt(st *state, j int) bool {
	toks := st.toks
	if j+2 >= len(toks) || j == 0 {
		return false
	}
	t, p := &toks[j], &toks[j+1]
	if !t.word || t.end-t.start != 1 || !t.cap || t.start == toks[j-1].end {
		return false
	}
	return !p.word && p.start == t.end && st.text[p.start:p.end] == "." && r.nameTok(st, j+2)
}

// arabicArticle reports whether w is a name with a lower-case article or
// particle glued by a hyphen before a capital: "al-Bashir", "el-Sisi",
// "bin-Salman".
func arabicArticle(w string) bool {
	if w == "" || w[0] != 'a' && w[0] != 'e' && w[0] != 'b' && w[0] != 'i' {
		return false // (no article below starts otherwise)
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 || i > 4 || i+1 >= len(w) || w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	switch w[:i] {
	case "al", "el", "ad", "an", "as", "ash", "at", "az", "ar", "bin", "ibn", "abu", "ben":
		return true
	}
	return false
}

// compoundModifier reports whether w is a compound adjective ending in a
// lower-case word ("Hague-based", "Kremlin-linked"): it qualifies the
// name after it and is no part of it.
func compoundModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// countryOverState reports whether entity payload p, a country, is what
// tokens [i, j) name rather than payload q, a state of a federation of the
// same name: the reverse of stateOverCountry, for either order of the
// dictionaries' lines.
func (r *Resolver) countryOverState(st *state, i, j int, p, q payload) bool {
	return r.d.entities[q.idx].substate && r.d.entities[p.idx].mkind == dyad.MentionCountry && !r.stateOverCountry(st, i, j, p, q)
}

// stateOverCountry reports whether entity payload q, a state of a
// federation, is what tokens [i, j) name rather than payload p, a
// country of the same name ("Georgia"). The state wins where the text
// points to its federation: a city of the federation before it ("Atlanta,
// Georgia"), a governor after it ("Georgia's governor", "Georgia Gov."),
// "state of" before it, or an article that so far has voted for the
// federation at least twice and never for the country.
func (r *Resolver) stateOverCountry(st *state, i, j int, p, q payload) bool {
	ce, se := &r.d.entities[p.idx], &r.d.entities[q.idx]
	if !se.substate || ce.mkind != dyad.MentionCountry {
		return false
	}
	fed, own := r.entityActor(st, q.idx).Country, r.entityActor(st, p.idx).Country
	toks := st.toks
	// "Atlanta, Georgia" / "Tbilisi, Georgia".
	if i >= 2 && st.tokText(i-1) == "," && toks[i-2].cap {
		k := i - 2
		for k > 0 && i-2-k < 2 && toks[k-1].word && toks[k-1].cap {
			k--
		}
		for ; k <= i-2; k++ {
			inFed, inOwn := r.gazIn(st, st.text[toks[k].start:toks[i-2].end], fed, own)
			switch {
			case inOwn:
				return false
			case inFed:
				return true
			}
		}
	}
	n := j
	if n < len(toks) && toks[n].flags&wPossS != 0 {
		n++
	}
	if n < len(toks) {
		switch strings.ToLower(st.tokText(n)) {
		case "governor", "gov", "governor's", "statehouse", "legislature":
			return true
		}
	}
	if i >= 2 && strings.EqualFold(st.tokText(i-1), "of") && strings.EqualFold(st.tokText(i-2), "state") {
		return true
	}
	nf, no := 0, 0
	for _, v := range st.votes {
		switch v.country {
		case fed:
			nf = v.n
		case own:
			no = v.n
		}
	}
	return no == 0 && nf >= 2 && !r.foreignInSentence(st, i, j, fed)
}

// foreignInSentence reports whether the sentence's tokens outside [i, j)
// name a country other than fed (a country, demonym or seat in the
// dictionaries; "Georgia said it would hold talks with Russia"). Names
// that are both a state and a country are skipped.
func (r *Resolver) foreignInSentence(st *state, i, j int, fed string) bool {
	d := r.d
	for k := range st.toks {
		if k >= i && k < j {
			continue
		}
		node := int32(0)
		for m := k; m < len(st.toks) && st.toks[m].id >= 0; m++ {
			if node = d.child(node, st.toks[m].id); node < 0 {
				break
			}
			if !st.toks[k].cap || d.stateAndCountry(node) {
				continue
			}
			if d.nodeCountry(node, st.day, fed) != "" {
				return true
			}
		}
	}
	return false
}

// gazIn reports whether the gazetteer has a place called name in country
// a and in country b (of any size: "Macon, Georgia" names a town).
func (r *Resolver) gazIn(st *state, name, a, b string) (inA, inB bool) {
	g, err := gazetteer.Default()
	if err != nil {
		return false, false
	}
	st.gazKey = gazetteer.Key(st.gazKey[:0], name)
	st.gazEnt = g.Lookup(st.gazEnt[:0], st.gazKey)
	for _, e := range st.gazEnt {
		if e.Kind == gazetteer.Demonym {
			continue
		}
		inA = inA || e.CC3 == a
		inB = inB || e.CC3 == b
	}
	return inA, inB
}
