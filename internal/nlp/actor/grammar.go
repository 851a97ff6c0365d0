package actor

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// groupSectors are the sectors of groups worth a mention even with no
// country ("protesters", "rebels", "police").
var groupSectors = map[string]bool{"OPP": true, "REB": true, "MIL": true, "COP": true, "REF": true, "CRM": true}

// grammar turns the sentence's chunks into mentions.
func (r *Resolver) grammar(st *state) {
	st.affil = affil{draft: -1, role: -1, lead: -1}
	for k := 0; k < len(st.chunks); {
		n := len(st.drafts)
		k = r.phrase(st, k)
		r.affiliate(st, n, k)
	}
}

// span returns the byte span of chunks [a, b].
func (st *state) span(a, b int) dyad.Span {
	return dyad.Span{Start: st.toks[st.chunks[a].i].start, End: st.toks[st.chunks[b].j-1].end}
}

// flagsAt returns the word flags of chunk k when it is a single unmatched
// token, else 0.
func (st *state) flagsAt(k int) uint32 {
	if k < 0 || k >= len(st.chunks) || st.chunks[k].kind != cNone {
		return 0
	}
	return st.toks[st.chunks[k].i].flags
}

// skipMods skips modifier words (senior, top, former) from chunk k.
func (r *Resolver) skipMods(st *state, k int, former bool) (int, bool) {
	for k < len(st.chunks) {
		f := st.flagsAt(k)
		if f&(wMod|wFormer) == 0 || f&(wDet|wPoss) != 0 {
			break
		}
		if f&wFormer != 0 {
			former = true
		}
		k++
	}
	return k, former
}

// verbAfterName reports whether chunk pos is a modifier ending in -ed
// ("jailed", "detained") right after chunk m, a name that is not a
// demonym: after "Russia" it is a verb, after "Russian" an adjective.
func (r *Resolver) verbAfterName(st *state, m, pos int) bool {
	if pos >= len(st.chunks) || st.flagsAt(pos)&wMod == 0 {
		return false
	}
	w := st.tokText(st.chunks[pos].i)
	if len(w) < 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	c := &st.chunks[m]
	if c.kind != cEnt {
		return c.kind == cSur
	}
	switch r.d.entities[c.idx].mkind {
	case dyad.MentionDemonym:
		return false
	}
	return true
}

// verbAfterSubject reports whether chunk k, a lower-case modifier in -ed
// opening a phrase, is the verb of the subject right before it: a name
// that is not a demonym ("Russia detained"), a surname, a role noun
// ("police detained") or a subject pronoun ("they detained"). After a
// demonym, a determiner, a possessive or a preposition it stays an
// adjective ("Russian detained activists", "the detained activists").
func (r *Resolver) verbAfterSubject(st *state, k int) bool {
	ch := st.chunks
	if k == 0 || k+1 >= len(ch) || ch[k].kind != cNone || ch[k-1].j != ch[k].i || st.toks[ch[k].i].cap {
		return false
	}
	if st.flagsAt(k)&wMod == 0 || st.flagsAt(k)&(wDet|wPoss) != 0 {
		return false
	}
	w := st.tokText(ch[k].i)
	if len(w) < 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	p := &ch[k-1]
	switch p.kind {
	case cEnt, cSur:
		return r.verbAfterName(st, k-1, k)
	case cRole:
		return st.flagsAt(k-1)&wPossS == 0
	case cNone:
		switch strings.ToLower(st.tokText(p.j - 1)) {
		case "he", "she", "they", "we":
			return true
		}
	}
	return false
}

// prevWord returns the folded text of the token before token i, or "".
func (st *state) prevWord(i int) string {
	if i <= 0 {
		return ""
	}
	st.buf = appendFold(st.buf[:0], st.tokText(i-1))
	return string(st.buf)
}

// locative reports whether token i follows a locative preposition.
func (r *Resolver) locative(st *state, i int) bool {
	if i <= 0 {
		return false
	}
	id := st.toks[i-1].id
	return id >= 0 && r.d.flags[id]&wLocative != 0
}

// entityActor resolves entity idx on the article's date.
func (r *Resolver) entityActor(st *state, idx int32) dyad.Actor {
	e := &r.d.entities[idx]
	c := e.resolve(st.day)
	return dyad.Actor{Code: c.Code, Country: c.Country, Sector: c.Sector, Kind: e.akind, Name: e.name, Role: c.Role, ID: e.id}
}

// chunkEntity returns the entity a cEnt or cSur chunk stands for, or -1
// when a surname is ambiguous.
func (r *Resolver) chunkEntity(st *state, k int) int32 {
	c := &st.chunks[k]
	if c.kind == cEnt {
		return c.idx
	}
	if c.kind != cSur {
		return -1
	}
	// Several people may share the surname: one named earlier in the
	// article wins, then the one in office on the day.
	cands := r.d.payloads[c.node]
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if !d.person || d.actor.ID == "" && d.actor.Name == "" {
			continue
		}
		for _, p := range cands {
			if p.kind == pSurname && r.d.entities[p.idx].name == d.actor.Name {
				return p.idx
			}
		}
	}
	// "Jack McConnell … McConnell": an earlier, different person with
	// this surname is who the short form means, not the dictionary's.
	if r.findKey(st, st.toks[c.j-1].id, st.tokText(c.j-1)) >= 0 {
		return -1
	}
	var only int32 = -1
	n, active := 0, 0
	var act int32 = -1
	for _, p := range cands {
		if p.kind != pSurname {
			continue
		}
		n++
		only = p.idx
		if st.day != 0 {
			if c := r.d.entities[p.idx].resolve(st.day); c.Sector != "" && c.Sector != "ELI" {
				active++
				act = p.idx
			}
		}
	}
	switch {
	case n == 1:
		return only
	case active == 1:
		return act
	case active > 1:
		// Several in office ("Johnson" in 2020: Boris Johnson, Senator
		// Ron Johnson): the one of the document's country, else the
		// only one in government.
		return r.pickActive(st, cands)
	}
	return -1
}

// pickActive chooses among people in office sharing a surname: the only
// one of the document's country, else the only one with a government
// code, else none.
func (r *Resolver) pickActive(st *state, cands []payload) int32 {
	dc := st.docCountry()
	byC, byGov := int32(-1), int32(-1)
	nC, nGov := 0, 0
	for _, p := range cands {
		if p.kind != pSurname {
			continue
		}
		c := r.d.entities[p.idx].resolve(st.day)
		if c.Sector == "" || c.Sector == "ELI" {
			continue
		}
		if dc != "" && c.Country == dc {
			byC, nC = p.idx, nC+1
		}
		if c.Sector == "GOV" {
			byGov, nGov = p.idx, nGov+1
		}
	}
	switch {
	case nC == 1:
		return byC
	case nGov == 1:
		return byGov
	}
	return -1
}

// phrase parses the mention starting at chunk k and returns the next
// chunk to look at.
func (r *Resolver) phrase(st *state, k int) int {
	ch := st.chunks
	n := len(ch)
	if ch[k].kind == cNone && st.toks[ch[k].i].flags&(wPronoun|wDet|wPoss|wIndef|wMod|wFormer) == 0 {
		// A word that is no pronoun, determiner or modifier, or a
		// punctuation mark, opens no phrase (below it is no
		// determiner, modifier, name or role, and fallback steps over
		// it); most chunks are one.
		st.refCountry = ""
		return k + 1
	}
	if ch[k].kind == cNone && st.flagsAt(k)&wPronoun != 0 {
		r.pronoun(st, k)
		return k + 1
	}
	if r.verbAfterSubject(st, k) {
		// "Russia detained Ukrainian activists", "police jailed
		// journalist X": the participle is the subject's verb, not the
		// patient's adjective; the phrase starts after it.
		return k + 1
	}
	pos := k
	var det uint32
	if f := st.flagsAt(pos); f&(wDet|wPoss|wIndef) != 0 && st.toks[ch[pos].i].word {
		det = f
		pos++
	}
	// "the country's foreign minister", "the nation's army": the country
	// the article is about (the latest its sentence names, else the
	// document's).
	st.refCountry = ""
	if det&wDet != 0 && pos+2 < n && ch[pos].kind == cNone && st.flagsAt(pos+1)&wPossS != 0 {
		switch w := st.tokText(ch[pos].i); w {
		case "country", "nation", "country’s":
			if c := st.sentCountry(); c != "" {
				st.refCountry = c
			} else {
				st.refCountry = st.docCountry()
			}
			// (Only before the state's own people and bodies: "the
			// country's leading business publication" is none.)
			p2, _ := r.skipMods(st, pos+2, false)
			if st.refCountry != "" && p2 < n && ch[p2].kind == cRole && stateSectors[r.d.roles[ch[p2].idx].sector] {
				pos += 2
			} else {
				st.refCountry = ""
			}
		}
	}
	former := false
	pos, former = r.skipMods(st, pos, former)
	var mods [4]int
	nm := 0
	conj := 0
	for pos < n && nm < len(mods) {
		cc := &ch[pos]
		if cc.kind != cEnt && cc.kind != cSur {
			break
		}
		if cc.kind == cEnt && r.d.entities[cc.idx].substate && pos+1 < n && ch[pos+1].kind != cNone {
			// "Ohio lawmakers", "Ohio Department of …": the state's,
			// not its federation's; the state stands alone.
			if nm == 0 {
				mods[0] = pos
				nm = 1
			}
			break
		}
		mods[nm] = pos
		nm++
		pos++
		if st.flagsAt(pos)&wPossS != 0 {
			pos++
		} else if r.verbAfterName(st, mods[nm-1], pos) {
			// "Russia detained journalist …": the participle is the
			// country's verb, not the journalist's adjective.
			return r.fallback(st, k, det, mods[:nm])
		}
		pos, former = r.skipMods(st, pos, former)
		if pos+1 < n && st.flagsAt(pos)&wAnd != 0 && ch[pos+1].kind == cEnt && !r.d.entities[ch[pos+1].idx].person {
			conj = nm
			pos++
		}
	}
	var roles [6]int
	nr := 0
	for pos < n && ch[pos].kind == cRole && nr < len(roles) {
		roles[nr] = pos
		nr++
		pos++
		// The period of "Gen." or "Sen." before a name.
		if pos+1 < n && ch[pos].kind == cNone && st.tokText(ch[pos].i) == "." && st.toks[ch[pos].i].start == st.toks[ch[pos-1].j-1].end && (ch[pos+1].kind == cName || ch[pos+1].kind == cSur || ch[pos+1].kind == cEnt) {
			pos++
		}
	}
	if nr == 0 || nr == 1 && r.idiomForces(st, roles[0]) {
		return r.fallback(st, k, det, mods[:nm])
	}
	last := &r.d.roles[ch[roles[nr-1]].idx]
	if nn, ok := r.groupName(st, roles[:nr], nm, pos); ok {
		return nn
	}
	if j := ch[roles[nr-1]].j; j < len(st.toks) && !st.toks[j-1].cap && electionWords[st.tokText(j)] {
		// "the 1992 United Kingdom general election": an adjective
		// that is also a role word ("general") before an election
		// names no one.
		return r.fallback(st, k, det, mods[:nm])
	}
	if nr == 1 && det == 0 && r.participleVerb(st, k, roles[0], nm > 0) {
		// "civilians were displaced", "the war displaced millions",
		// "Chad displaced thousands": a verb, not "the displaced".
		return r.fallback(st, k, det, mods[:nm])
	}
	if last.flags&roleOther != 0 && nm > 0 {
		// "NATO allies": the allies are not NATO.
		return r.fallback(st, k, det, mods[:nm])
	}
	// "NATO's Military Committee", "the Iraqi Joint Operations Command":
	// role words opening an organisation's name.
	if pos < n && ch[pos].kind == cName && st.toks[ch[roles[0]].i].cap && r.orgName(st, pos) {
		return r.orgPhrase(st, k, pos, det, mods[:nm])
	}
	if pos < n && last.flags&roleInst != 0 && strings.EqualFold(st.tokText(ch[roles[nr-1]].j-1), "of") {
		if c := r.ofPlaceCountry(st, pos); c != "" {
			return r.institutionOfPlace(st, k, pos, last, c)
		}
	}
	// The name a role phrase introduces: "envoy Steve Witkoff".
	headK := -1
	if pos < n && last.flags&roleGroup == 0 {
		switch c := &ch[pos]; c.kind {
		case cName, cSur:
			if c.kind == cName && (r.orgName(st, pos) || r.partyNameAfter(st, c.i)) {
				// "the opposition Democratic Action Party": an
				// organisation's name is no person's (it is read next);
				// nor is a name after "party" ("the party Democratic
				// Choice of Russia").
				break
			}
			headK = pos
		case cEnt:
			if r.d.entities[c.idx].person {
				headK = pos
			}
		}
		if headK >= 0 {
			pos++
		}
	}
	startK := k
	if conj > 0 {
		// "the US and Russian leaders": each earlier conjunct is its own
		// mention with the role's sector.
		sector := r.sectorOf(st, roles[:nr], former)
		for _, m := range mods[:conj] {
			a := r.modActor(st, []int{m}, sector, last)
			if a.Code != "" {
				sp := st.span(m, m)
				a.Name, a.Kind = st.text[sp.Start:sp.End], dyad.ActorGroup
				st.add(draft{span: sp, kind: dyad.MentionGroup, actor: a, coded: true, ante: -1, source: "dict", keyID: -1})
			}
		}
		startK = mods[conj]
		mods2 := mods[conj:nm]
		return r.rolePhrase(st, startK, pos, 0, former, mods2, roles[:nr], headK)
	}
	return r.rolePhrase(st, startK, pos, det, former, mods[:nm], roles[:nr], headK)
}

// groupName reads a capitalised plural of a civilian group's role word
// in mid-sentence with an "of" or "for" tail of capitalised words as an
// organisation's name ("Veterans of Foreign Wars", "Sons of Confederate
// Veterans", "the People of Freedom"), and returns the chunk after it. A
// state's people are no such name ("Members of Parliament", "Ministers
// of Finance"), nor a role word opening the sentence.
func (r *Resolver) groupName(st *state, roles []int, nm, pos int) (int, bool) {
	ch, toks := st.chunks, st.toks
	if len(roles) != 1 || nm != 0 || pos >= len(ch) {
		return 0, false
	}
	c := &ch[roles[0]]
	role := &r.d.roles[c.idx]
	if c.i == 0 || !toks[c.i].cap || toks[c.i].caps || role.flags&roleGroup == 0 || stateSectors[role.sector] || role.sector == "" {
		return 0, false
	}
	if w := st.tokText(c.j - 1); !strings.HasSuffix(w, "s") && w != "People" && w != "Women" && w != "Men" && w != "Children" && toks[c.j-1].flags&wOrgSuffix == 0 {
		// (A role word that is also an organisation's word names
		// one too: "the University for the Creative Arts".)
		return 0, false
	}
	nn, end, country := r.orgTail(st, pos)
	if nn <= pos {
		return 0, false
	}
	sp := dyad.Span{Start: toks[c.i].start, End: toks[end-1].end}
	// Unknown capitalised words right before it are the name's
	// ("Concerned Women for America", "Amalgamated Clothing Workers of
	// America"), and so is what was read from them.
	for pk := roles[0] - 1; pk >= 0 && pk >= roles[0]-2 && ch[pk].kind == cName && toks[ch[pk].j-1].end+1 == sp.Start && st.text[sp.Start-1] == ' '; pk-- {
		sp.Start = toks[ch[pk].i].start
		for i := len(st.drafts) - 1; i >= 0 && st.drafts[i].sent == st.sent && st.drafts[i].span.End > sp.Start; i-- {
			if d := &st.drafts[i]; d.span.Start >= sp.Start && d.source == "ner" {
				d.span.Start = -1
			}
		}
	}
	a := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}
	if country != "" {
		a.Country, a.Code = country, country
	}
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
	r.learnAcronym(st, end, a)
	return nn, true
}

// seatAfter returns the country whose seat of government "in" at chunk k
// names ("officials in Kabul"), "" when none or when another place is
// listed with it.
func (r *Resolver) seatAfter(st *state, k int) string {
	ch := st.chunks
	if k+1 >= len(ch) || ch[k].j-ch[k].i != 1 || st.lowAt(ch[k].i) != "in" || ch[k+1].kind != cEnt || ch[k+1].i != ch[k].j {
		return ""
	}
	if e := &r.d.entities[ch[k+1].idx]; e.person || e.mkind != dyad.MentionCapital {
		return ""
	}
	if w := st.lowAt(ch[k+1].j); w == "and" || w == "or" || w == "," {
		return ""
	}
	return r.entityActor(st, ch[k+1].idx).Country
}

// sectorOf returns the sector of a chain of roles: the first that has
// one, ELI for former officials. A government institution before armed,
// police or judicial people ("government troops", "regime forces") gives
// way to them.
func (r *Resolver) sectorOf(st *state, roles []int, former bool) string {
	if former {
		return "ELI"
	}
	if len(roles) >= 2 {
		first := &r.d.roles[st.chunks[roles[0]].idx]
		last := &r.d.roles[st.chunks[roles[len(roles)-1]].idx]
		if first.sector == "GOV" && first.flags&roleInst != 0 {
			switch last.sector {
			case "MIL", "COP", "SPY", "JUD":
				return last.sector
			}
		}
		// "clan militias", "tribal fighters": armed men of a group.
		if first.sector == "ETH" || first.sector == "CVL" {
			switch last.sector {
			case "MIL", "REB", "COP":
				return last.sector
			}
		}
	}
	for _, k := range roles {
		if s := r.d.roles[st.chunks[k].idx].sector; s != "" {
			return s
		}
	}
	return ""
}

// modActor computes the actor a role phrase's modifiers and sector give:
// "US" + GOV → USAGOV; "European Commission" → IGOEUREEC; "Trump" (a
// person) → his country + the sector.
func (r *Resolver) modActor(st *state, mods []int, sector string, last *role) dyad.Actor {
	var a dyad.Actor
	if last.flags&roleOther != 0 {
		return a
	}
	base, org := "", false
	for _, m := range mods {
		e := r.chunkEntity(st, m)
		if e < 0 {
			continue
		}
		ma := r.entityActor(st, e)
		if ma.Code == "" {
			continue
		}
		switch ent := &r.d.entities[e]; {
		case ent.mkind == dyad.MentionOrg && ma.Sector == "PTY" && ma.Country != "" && sector == "GOV" && last.flags&roleInst != 0:
			// "the Labour government": the country's government.
			base, org = ma.Country, false
			a.Country = ma.Country
		case ent.mkind == dyad.MentionOrg && base != "" && !org && strings.HasPrefix(ma.Code, "IGO") && diplomaticTitles[strings.ToLower(last.title)]:
			// "Iran's U.N. ambassador": the body an envoy is posted to
			// is not the one it speaks for; the country named first is.
		case ent.mkind == dyad.MentionOrg:
			base, org = ma.Code, true
			a.Country = ma.Country
		case ma.Country != "":
			base, org = ma.Country, false
			a.Country = ma.Country
		case len(ma.Code) >= 3:
			base, org = ma.Code[:3], strings.HasPrefix(ma.Code, "IGO")
			if org {
				base = ma.Code
			}
			a.Country = ""
		}
	}
	a.Sector = sector
	switch {
	case base == "":
	case org:
		a.Code = base
		if _, s := splitCode(base); s != "" && sector == "" {
			a.Sector = s
		}
	default:
		a.Code = st.code(base, sector)
	}
	return a
}

// diplomaticTitles are the titles of envoys, who are posted to a body
// (an IGO) on behalf of a country.
var diplomaticTitles = map[string]bool{"ambassador": true, "envoy": true, "representative": true,
	"mission": true, "permanent mission": true, "diplomatic mission": true,
	"permanent representative": true, "delegate": true, "delegation": true, "diplomat": true, "top diplomat": true}

// rolePhrase emits the mention for chunks [k, end) made of an optional
// determiner, modifiers, roles and an optional name head, with the
// countries and organisations among the modifiers as its parts.
func (r *Resolver) rolePhrase(st *state, k, end int, det uint32, former bool, mods, roles []int, headK int) int {
	n := len(st.drafts)
	next := r.rolePhraseBody(st, k, end, det, former, mods, roles, headK)
	if len(mods) == 0 {
		return next
	}
	// The countries and organisations named on the way to the role are
	// parts of the mention that holds them ("NDP" in "NDP leader Jack
	// Layton", "Fiji" in "Fiji's governments"); not of an organisation's
	// own name ("Liberal Party of Australia", "the United States
	// Senate": a capitalised head).
	for i := n; i < len(st.drafts); i++ {
		d := &st.drafts[i]
		if d.kind == dyad.MentionOrg && (!d.hasHead || d.head.End > d.head.Start && isCap(st.text[d.head.Start:d.head.End])) {
			continue
		}
		for _, m := range mods {
			if d.nparts == len(d.parts) {
				break
			}
			e := r.chunkEntity(st, m)
			if e < 0 || st.chunks[m].kind != cEnt {
				continue
			}
			kind := r.d.entities[e].mkind
			if kind != dyad.MentionCountry && kind != dyad.MentionOrg {
				continue
			}
			sp := st.span(m, m)
			if d.span.Contains(sp) && d.span != sp && (!d.hasHead || !d.head.Overlaps(sp)) {
				d.parts[d.nparts] = dyad.Part{Span: sp, Kind: kind}
				d.nparts++
			}
		}
	}
	return next
}

// rolePhraseBody adds the mention of a role phrase (see rolePhrase).
func (r *Resolver) rolePhraseBody(st *state, k, end int, det uint32, former bool, mods, roles []int, headK int) int {
	ch := st.chunks
	lastK := roles[len(roles)-1]
	last := &r.d.roles[ch[lastK].idx]
	sector := r.sectorOf(st, roles, former)
	if sector == "GOV" && headK >= 0 && ch[lastK].j-ch[lastK].i == 1 && st.tokText(ch[lastK].i) == "Representative" && (len(mods) == 0 || st.flagsAt(mods[len(mods)-1]+1)&wPossS == 0) {
		// "Democratic Representative Jason Crow": the capitalised
		// title before a name is a member of a House of
		// Representatives (not "Pakistan's representative").
		sector = "LEG"
	}
	a := r.modActor(st, mods, sector, last)
	if len(mods) > 0 && det&wIndef != 0 && last.flags&roleGroup == 0 && (a.Sector == "EDU" || a.Sector == "MED") && r.topicMods(st, mods) {
		// "a senior Iran analyst", "a Russia correspondent": a country
		// named before one expert's role is the topic, not the
		// expert's country ("an Iranian analyst" is; PETRARCH's
		// "Iraq journalists" are Iraq's).
		a = dyad.Actor{Sector: a.Sector}
	}
	if len(mods) == 0 && st.refCountry != "" && last.flags&roleOther == 0 && stateSectors[a.Sector] {
		// (Only the state's own: "the country's leading business
		// publication" is no business actor.)
		st.applyCountry(&a, st.refCountry)
	}
	if len(mods) == 0 && a.Country == "" && det&wPoss != 0 && last.flags&(roleOther|roleLocal) == 0 {
		// "Dodik and his aides", "her spokesman": the country of the
		// person "his" or "her" points at.
		switch st.tokText(st.chunks[k].i) {
		case "his", "her", "His", "Her":
			if c := st.personCountry(); c != "" {
				st.applyCountry(&a, c)
			}
		}
	}
	a.Role = last.title
	if former {
		a.Role = "Former " + strings.ToLower(last.title)
	}
	// A bare title or institution ("Prime Minister Tony Blair", "the
	// government", "police") takes the document's country.
	bare := len(mods) == 0 && a.Code == "" && a.Country == "" && (a.Sector != "" || last.flags&roleLocal != 0 && headK >= 0) && last.flags&roleOther == 0
	if bare && k > 0 && ch[k-1].kind == cName && st.toks[ch[k-1].j-1].end < st.toks[ch[k].i].start+1 && r.orgName(st, k-1) && !stateSectors[r.orgSector(st, k-1)] {
		// "Society President Ash Soni": the title is the
		// organisation's, not the state's (a state body's title stays
		// the state's: "Municipal Court Judge Haywood Turner").
		bare = false
	}
	var docC string
	if bare {
		docC = st.docCountry()
		if last.flags&(roleInst|roleGroup) != 0 {
			// "Turkish President Erdogan said his army …", "Kenyan
			// officials said police …": an institution or group takes
			// the country its own sentence names first.
			if c := st.sentCountry(); c != "" {
				docC = c
			}
		}
		if localBody(a.Sector, last.flags) {
			// "The court", "police", "a state judge": a local body is
			// where its paragraph is.
			if c := r.bodyCountry(st, st.span(k, end-1), a.Sector); c != "" {
				docC = c
			}
		} else if last.flags&roleGroup != 0 {
			// "protesters in Baghdad", "students in Tehran": a group
			// is of the country it is placed in.
			// (Not "lawmakers in Kenya and Uganda": members of a list,
			// which the event stage splits.)
			if _, j := st.tokRange(st.span(k, end-1)); j >= 0 && !st.listAfterIn(j) {
				if c := r.siteAfter(st, j); c != "" {
					docC = c
				}
			}
		}
		if c := st.possessorPerson(ch[k].i); c != "" {
			// "Mahathir's government", "Kagame's spokesman": a
			// person's institution or aide is of the person's
			// country, not the story's or the sentence's.
			docC = c
		}
		if c, backer := r.compoundCountry(st, ch[k].i); c != "" {
			// "Beijing-appointed judges", "the Saudi-led coalition".
			docC = c
		} else if backer != "" && docC == backer {
			// "Iran-backed militias", "a U.S.-designated terrorist
			// group": not the backer's (but "Iran-backed militias in
			// Iraq" are Iraq's).
			docC = st.docCountry()
		}
		if c := r.antiCountry(st, ch[k].i); c != "" {
			// "anti-Pakistan militants" fight Pakistan's state: its
			// rebels. Others ("anti-Israel protesters") are not the
			// named country's, nor the sentence's other country's.
			if a.Sector == "REB" {
				docC = c
			} else {
				docC = st.docCountry()
			}
		}
	}
	sp := st.span(k, end-1)
	if len(mods) == 0 && last.flags&roleModified != 0 && st.possessorPerson(ch[k].i) == "" {
		// "the mission", "a rescue mission": only a country's or an
		// organisation's mission ("China's U.N. mission") is an actor.
		return end
	}
	if headK < 0 && len(roles) > 0 && len(mods) == 0 {
		// "a military laboratory", "the police station", "government
		// spending": a role word qualifying a thing names no one. (Not
		// "Israeli military aircraft": the demonym names an actor.)
		if j := ch[end-1].j; j < len(st.toks) && st.toks[j].word && !st.toks[j].cap && st.toks[j].flags&wThing != 0 {
			return end
		}
	}
	if det != 0 && st.toks[ch[k].i].flags&(wDet|wPoss|wIndef) == 0 {
		det = 0
	}
	if headK >= 0 {
		hs := st.span(headK, headK)
		d := draft{span: sp, head: hs, hasHead: true, kind: dyad.MentionPerson, ante: -1, person: true, keyID: -1}
		if e := r.chunkEntity(st, headK); e >= 0 && !r.otherCountrySurname(st, headK, e, a) {
			da := r.entityActor(st, e)
			if !former && a.Sector != "" && da.Sector != a.Sector {
				// "army chief Abdel Fattah al-Burhan", also head of
				// state: the office the title names, when he holds it.
				if c, ok := r.d.entities[e].tenureIn(st.day, a.Sector); ok {
					da.Code, da.Country, da.Sector, da.Role = c.Code, c.Country, c.Sector, c.Role
				} else if c, ok := r.d.entities[e].recentTenure(st.day, a.Sector); ok && da.Sector == "ELI" {
					// "President Pierre Nkurunziza" days after his death.
					da.Code, da.Country, da.Sector, da.Role = c.Code, c.Country, c.Sector, c.Role
				}
			}
			switch {
			case former && da.Country != "":
				da.Code, da.Sector = da.Country+"ELI", "ELI"
				da.Role = a.Role
			case da.Sector == "" && a.Code != "":
				da.Code, da.Country, da.Sector, da.Role = a.Code, a.Country, a.Sector, a.Role
			case da.Sector == "" && a.Sector != "" && da.Country != "" && len(da.Code) == 3:
				// "spokesman Ibrahim Kalin" outside his dictionary
				// tenures: his country, the text's role.
				da.Code, da.Sector, da.Role = da.Country+a.Sector, a.Sector, a.Role
			}
			d.actor, d.source = da, "dict"
		} else if e := r.titledSurname(st, headK, a, last); e >= 0 {
			// "Prime Minister Johnson", "President Kim": a common
			// surname after the title of the one person who holds it.
			d.actor, d.source = r.entityActor(st, e), "dict"
		} else {
			a.Kind = dyad.ActorPerson
			a.Name = st.text[hs.Start:hs.End]
			if bare {
				// "Prime Minister Tony Blair", "lawmaker Dahir Jesow":
				// the title's code in the document's country.
				if docC != "" {
					st.applyCountry(&a, docC)
					d.defaulted = true
				} else {
					d.needCountry = true
				}
			}
			d.actor, d.source = a, "ner"
			if last.sector == "NGO" {
				// "rights group Liberty", "aid agency Oxfam": the
				// name is the organisation's.
				d.kind, d.person, d.actor.Kind = dyad.MentionOrg, false, dyad.ActorOrg
			}
		}
		d.coded = true
		r.setKey(st, &d, ch[headK].j-1)
		st.add(d)
		return end
	}
	hs := st.span(lastK, lastK)
	// "Reuters news agency": an organisation and a role of its own sector.
	if len(mods) == 1 && len(roles) == 1 && det == 0 && last.flags&(roleAnon|roleGroup) == 0 && last.sector != "GOV" {
		if e := r.chunkEntity(st, mods[0]); e >= 0 && r.d.entities[e].mkind == dyad.MentionOrg {
			if oa := r.entityActor(st, e); oa.Sector != "" && oa.Sector == last.sector {
				st.add(draft{span: sp, head: st.span(mods[0], mods[0]), hasHead: true, kind: dyad.MentionOrg, actor: oa, coded: true, ante: -1, source: "dict", keyID: -1})
				return end
			}
		}
	}
	if next, ok := r.partyName(st, k, end, lastK, a); ok {
		return next
	}
	lt := st.tokText(ch[lastK].j - 1)
	plural := last.flags&roleGroup != 0 || (last.flags&roleAnon != 0 && len(lt) > 3 && (lt[len(lt)-1] == 's' || lt[len(lt)-1] == 'S') && lt[len(lt)-2] != 's')
	text := st.text[sp.Start:sp.End]
	switch {
	case last.flags&roleOther != 0:
		st.add(draft{span: sp, head: hs, hasHead: true, kind: dyad.MentionGroup, actor: dyad.Actor{Kind: dyad.ActorGroup, Name: text}, coded: true, ante: -1, source: "dict", keyID: -1})
	case last.flags&roleAnon != 0 && (plural || det&wIndef != 0 || det == 0):
		// An unnamed source: "a top official", "Senior Trump
		// administration officials", "sources briefed on Moscow's
		// thinking".
		if len(mods) > 0 {
			ms := st.span(mods[0], roles[len(roles)-1])
			if len(roles) > 1 {
				ms.End = st.toks[ch[roles[len(roles)-2]].j-1].end
			} else {
				ms.End = st.toks[ch[mods[len(mods)-1]].j-1].end
			}
			a.Affiliation = st.text[ms.Start:ms.End]
		}
		if ext, aff, ok := r.sourceExtension(st, ch[end-1].j); ok {
			sp.End = st.toks[ext-1].end
			text = st.text[sp.Start:sp.End]
			if a.Affiliation == "" {
				a.Affiliation = st.text[aff.Start:aff.End]
				if e := r.chunkEntityAt(st, aff); e >= 0 {
					ea := r.entityActor(st, e)
					a.Code, a.Country = ea.Code, ea.Country
					if _, s := splitCode(ea.Code); s != "" {
						a.Sector = s
					}
				}
			}
			for end < len(ch) && ch[end].i < ext {
				end++
			}
		}
		a.Kind = dyad.ActorPerson
		if plural {
			a.Kind = dyad.ActorGroup
		}
		a.Name, a.Anonymous = text, true
		a.Role = ""
		var need, deflt bool
		if a.Code == "" && bare && len(roles) == 1 && a.Sector != "" {
			// "officials in Kabul": the government whose seat they are
			// in (not a list of places, "officials in Kenya and
			// Uganda", which coordination reads).
			if c := r.seatAfter(st, end); c != "" {
				st.applyCountry(&a, c)
			}
		}
		if a.Code == "" && bare && len(roles) > 1 && r.d.roles[ch[roles[0]].idx].flags&roleInst != 0 && a.Sector != "" {
			// "government officials", "ministry officials": the
			// institution is the article's country's, as "the
			// government" alone is.
			if docC != "" {
				st.applyCountry(&a, docC)
				deflt = true
			} else {
				need = true
			}
		}
		st.add(draft{span: sp, head: hs, hasHead: true, kind: dyad.MentionAnonymous, actor: a, coded: true, ante: -1, source: "dict", person: !plural, keyID: -1, needCountry: need, defaulted: deflt})
	case last.flags&roleInst != 0:
		kind := dyad.MentionOrg
		var need, deflt bool
		if a.Code == "" {
			if !bare {
				return end
			}
			// "the government", "Parliament", "police", "his Cabinet":
			// a description of the body. A capitalised name of several
			// words names it ("the National Assembly", "Parliament of
			// Norway"): an organisation (decided below).
			kind = dyad.MentionRole
			if docC != "" {
				st.applyCountry(&a, docC)
				deflt = true
			} else {
				need = true
			}
		}
		a.Kind = dyad.ActorOrg
		if a.Sector == "GOV" {
			a.Kind = dyad.ActorState
		}
		a.Name, a.Role = strings.TrimSpace(st.text[st.toks[ch[k].i].start:sp.End]), ""
		if det != 0 {
			a.Name = st.text[st.toks[ch[k+1].i].start:sp.End]
		}
		// "Ukraine's Ministry of Foreign Affairs".
		of := false
		// (Not "the regime of Saddam Hussein": after a lower-case word,
		// only an organisation's name.)
		if end+1 < len(ch) && st.flagsAt(end)&wOf != 0 && (ch[end+1].kind == cName && (st.toks[ch[lastK].i].cap || r.orgName(st, end+1)) || bare && ch[end+1].kind == cEnt && st.toks[ch[end+1].i].cap && !r.d.entities[ch[end+1].idx].person) {
			sp.End = st.toks[ch[end+1].j-1].end
			end += 2
			of = true
			if ch[end-1].kind == cEnt && (need || deflt) {
				// "Parliament of Norway": the country named.
				if c := r.entityActor(st, ch[end-1].idx).Country; c != "" {
					st.applyCountry(&a, c)
					need = false
				}
			}
		}
		if kind == dyad.MentionRole && st.toks[ch[lastK].i].cap && det&wPoss == 0 && (of || ch[lastK].j-ch[lastK].i > 1) {
			kind = dyad.MentionOrg
		}
		if kind == dyad.MentionRole && !of && det&wDet != 0 && len(roles) == 1 && localBody(a.Sector, last.flags) {
			// "the Parliament", "The court": the body of that kind the
			// article has named ("the Parliament of Iraq", "the ICJ"),
			// not whichever country the sentence names.
			if i := st.namedBody(a.Sector); i >= 0 {
				st.add(draft{span: sp, head: hs, hasHead: true, kind: kind, actor: st.drafts[i].actor, coded: true, ante: i, source: "coref", keyID: -1})
				return end
			}
		}
		st.add(draft{span: sp, head: hs, hasHead: true, kind: kind, actor: a, coded: true, ante: -1, source: "dict", keyID: -1, needCountry: need, dropNoCountry: need, defaulted: deflt})
	case plural:
		var need, deflt bool
		if a.Code == "" && bare && a.Sector == "NGO" {
			// "rights groups", "aid agencies": with no country named,
			// non-governmental organisations are international, not
			// the article's country's.
			a.Code = "NGO"
		}
		if a.Code == "" && bare {
			if docC != "" {
				st.applyCountry(&a, docC)
				deflt = true
			} else {
				need = true
			}
		}
		if a.Code == "" && !need && !groupSectors[a.Sector] {
			return end
		}
		a.Kind, a.Name, a.Role = dyad.ActorGroup, text, ""
		st.add(draft{span: sp, head: hs, hasHead: true, kind: dyad.MentionGroup, actor: a, coded: true, ante: -1, source: "dict", keyID: -1, needCountry: need, dropNoCountry: need && !groupSectors[a.Sector], defaulted: deflt})
	default:
		// "director of Amnesty International": the organisation a
		// preposition names will code the role (affil.go).
		orgTail := r.orgAhead(st, end)
		if det == 0 && len(mods) == 0 && !orgTail {
			// A bare role word ("opposition", "spokesperson") names
			// no one.
			return end
		}
		// "the foreign minister of India": the country named after
		// "of" is the role's, not the article's. The country stays a
		// mention of its own.
		if bare && end+1 < len(ch) && st.flagsAt(end)&wOf != 0 && st.toks[ch[end+1].i].cap && ch[end+1].kind == cEnt &&
			r.d.entities[ch[end+1].idx].mkind == dyad.MentionCountry {
			if c := r.entityActor(st, ch[end+1].idx).Country; c != "" {
				st.applyCountry(&a, c)
				bare = false
			}
		}
		// (A title with no article before an organisation's name is
		// the organisation's, not the document's country's: "president
		// of Wan Guo Jin Liang Company".)
		r.describe(st, sp, hs, a, last, bare && (det != 0 || !orgTail), det&wIndef != 0, orgTail)
	}
	return end
}

// chunkEntityAt returns the entity of the chunk that covers span s.
func (r *Resolver) chunkEntityAt(st *state, s dyad.Span) int32 {
	for k := range st.chunks {
		c := &st.chunks[k]
		if st.toks[c.i].start == s.Start && (c.kind == cEnt || c.kind == cSur) {
			return r.chunkEntity(st, k)
		}
	}
	return -1
}

// sourceExtension recognises "briefed on Moscow's thinking", "familiar
// with the matter", "close to the Kremlin" after an unnamed source that
// ends before token i. It returns the token end of the extension and the
// span of the entity named in it (empty when none).
func (r *Resolver) sourceExtension(st *state, i int) (end int, aff dyad.Span, ok bool) {
	toks := st.toks
	if i >= len(toks) || toks[i].flags&wSourcePrep == 0 {
		return 0, aff, false
	}
	j := i + 1
	for n := 0; j < len(toks) && n < 3; n++ {
		w := fold(st.tokText(j))
		if w != "on" && w != "with" && w != "to" && w != "of" && w != "the" && w != "in" {
			break
		}
		j++
	}
	if j == i+1 {
		return 0, aff, false
	}
	// The entity: a chunk starting at j.
	for k := range st.chunks {
		c := &st.chunks[k]
		if c.i != j {
			continue
		}
		if c.kind == cEnt || c.kind == cSur || c.kind == cName {
			aff = dyad.Span{Start: toks[c.i].start, End: toks[c.j-1].end}
			j = c.j
			if j < len(toks) && toks[j].flags&wPossS != 0 {
				j++
				if j < len(toks) && toks[j].word && !toks[j].cap {
					j++
				}
			}
			return j, aff, true
		}
		if c.kind == cNone && toks[c.i].word && !toks[c.i].cap {
			// "familiar with the matter"
			return c.j, aff, true
		}
	}
	return 0, aff, false
}

// describe resolves a role description without a name ("the Ukrainian
// leader", "the US president"): to the latest person named in the
// article with that country and role, else to whoever held the role on
// the day, else to the country and sector alone.
//
// With orgTail (an organisation named after the role: "the leader of the
// Kenya Human Rights Commission") it is no one named before and no
// office holder: the organisation codes it once read.
func (r *Resolver) describe(st *state, sp, hs dyad.Span, a dyad.Actor, last *role, bare, indef, orgTail bool) {
	d := draft{span: sp, head: hs, hasHead: true, kind: dyad.MentionRole, ante: -1, person: true, keyID: -1}
	head := last.flags&roleHead != 0
	// The words used ("home secretary" for the role titled "Interior
	// Minister"): people's dictionary roles are matched on both.
	said := st.text[hs.Start:hs.End] // roleMatches folds case
	// Earlier people are matched on the description's own country, if
	// any; the document's country only narrows the dictionary look-up.
	searchA := a
	if bare {
		// "The Home Secretary": the document's country ("the judge":
		// a local body's, its paragraph's).
		c := st.docCountry()
		if localBody(a.Sector, last.flags) {
			if lc := r.bodyCountry(st, sp, a.Sector); lc != "" {
				c = lc
			}
		}
		if c != "" {
			st.applyCountry(&a, c)
			d.defaulted = true
		} else {
			d.needCountry, d.dropNoCountry = true, true
		}
	}
	// An apposition: "Jussi Virtanen, Finland's foreign minister," — the
	// description codes the name just before it.
	if n := len(st.drafts); n > 0 && (a.Code != "" || orgTail) {
		p := &st.drafts[n-1]
		if gap := st.text[p.span.End:sp.Start]; p.kind == dyad.MentionPerson && p.sent == st.sent && strings.TrimSpace(gap) == "," {
			if a.Code == "" && orgTail && p.actor.Role == "" && p.actor.Sector == "" {
				// The organisation will code the name; the role is
				// the text's.
				p.actor.Role = a.Role
			}
			if a.Code != "" && (p.actor.Code == "" || p.actor.Sector == "") {
				p.actor.Code, p.actor.Country, p.actor.Sector, p.actor.Role = a.Code, a.Country, a.Sector, a.Role
				// (A country the document gave the description is
				// the name's default too: an organisation named next
				// may still code it, affil.go.)
				p.defaulted = p.defaulted || d.defaulted
				st.recode(int32(n - 1))
			} else if p.actor.Sector == "ELI" && p.ent > 0 && a.Sector != "" && a.Sector != "ELI" {
				// "Pierre Nkurunziza, the President of Burundi," days
				// after his death: the office the text names.
				if c, ok := r.d.entities[p.ent-1].recentTenure(st.day, a.Sector); ok && (a.Country == "" || a.Country == c.Country) {
					p.actor.Code, p.actor.Country, p.actor.Sector, p.actor.Role = c.Code, c.Country, c.Sector, c.Role
					st.recode(int32(n - 1))
				}
			}
			d.actor, d.coded, d.ante, d.source = p.actor, true, int32(n-1), "coref"
			st.add(d)
			return
		}
	}
	// "a journalist", "an official" is someone new: not the person named
	// before, nor the holder of an office.
	for i := len(st.drafts) - 1; i >= 0 && !indef && !orgTail; i-- {
		p := &st.drafts[i]
		if !p.person || !p.coded || p.actor.Anonymous || p.kind == dyad.MentionPronoun {
			continue
		}
		if searchA.Country != "" && p.actor.Country != searchA.Country {
			continue
		}
		if searchA.Sector != "" && searchA.Sector != last.sector && p.actor.Sector != "" && p.actor.Sector != searchA.Sector && p.actor.Sector != "ELI" {
			// "The military spokesperson" is not the foreign
			// ministry's spokesperson named before. (Only when a
			// word other than the head gives the sector: "the Tory
			// leader" is a party's leader.)
			continue
		}
		if searchA.Country == "" && (searchA.Code != "" && !strings.HasPrefix(p.actor.Code, searchA.Code) || searchA.Code == "" && p.kind != dyad.MentionPerson) {
			continue
		}
		if !r.roleMatches(p.actor.Role, last.title, head) && !r.roleMatches(p.actor.Role, said, head) {
			continue
		}
		d.actor, d.coded, d.ante, d.source = p.actor, true, int32(i), "coref"
		st.add(d)
		return
	}
	if a.Country != "" && st.day != 0 && !indef && !orgTail {
		keys := [3]string{a.Country + "|" + fold(last.title), "", ""}
		if head {
			keys[1] = a.Country + "|head"
		}
		if !strings.EqualFold(said, last.title) {
			keys[2] = a.Country + "|" + fold(said)
		}
		var found int32 = -1
		n, bestRank := 0, 99
		for _, key := range keys {
			for _, e := range r.d.byRole[key] {
				c := r.d.entities[e].resolve(st.day)
				if c.Sector == "" || c.Sector == "ELI" || c.Country != a.Country || !r.roleMatches(c.Role, last.title, head) && !r.roleMatches(c.Role, said, head) {
					continue
				}
				if e == found {
					continue
				}
				// Several heads: "the German leader" is the chancellor,
				// "the Ukrainian leader" the president.
				rk := leaderRank(a.Country, c.Role)
				switch {
				case rk < bestRank:
					found, n, bestRank = e, 1, rk
				case rk == bestRank:
					n++
				}
			}
			if n > 0 {
				break
			}
		}
		if n == 1 {
			d.actor, d.coded, d.source = r.entityActor(st, found), true, "dict"
			st.add(d)
			return
		}
	}
	if a.Code == "" && !d.needCountry && !orgTail {
		return
	}
	a.Kind = dyad.ActorPerson
	d.actor, d.coded, d.source = a, true, "dict"
	st.add(d)
}

// topicMods reports whether every modifier of a role phrase is a
// country's name (not a demonym or a seat of government).
func (r *Resolver) topicMods(st *state, mods []int) bool {
	for _, m := range mods {
		c := &st.chunks[m]
		if c.kind != cEnt || r.d.entities[c.idx].mkind != dyad.MentionCountry {
			return false
		}
	}
	return true
}

// possessorPerson returns the country of the person named right before
// token i with a possessive ending ("Mahathir's government"), "" when
// the possessor is no person or has no country of its own.
func (st *state) possessorPerson(i int) string {
	if i < 2 || st.toks[i-1].flags&wPossS == 0 {
		return ""
	}
	at := st.toks[i-1].start
	for k := len(st.drafts) - 1; k >= 0; k-- {
		d := &st.drafts[k]
		if d.span.End < at {
			break
		}
		if d.span.End == at {
			if d.person && !d.actor.Anonymous && !d.defaulted && d.actor.Country != "" {
				return d.actor.Country
			}
			return ""
		}
	}
	return ""
}

// personCountry returns the country of the latest person named in this
// or the previous sentence, "" when none has one.
func (st *state) personCountry() string {
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if d.sent < st.sent-1 {
			break
		}
		if d.person && !d.actor.Anonymous && d.actor.Country != "" {
			return d.actor.Country
		}
	}
	return ""
}

// recode copies the actor of draft i, just coded by an apposition, to
// the earlier mentions of its chain that had no code ("Milorad Dodik …
// Dodik … Milorad Dodik, the leader of Republika Srpska").
func (st *state) recode(i int32) {
	root := i
	if r := st.drafts[i].ante; r >= 0 {
		root = r
	}
	a := st.drafts[i].actor
	for k := int32(0); k < i; k++ {
		d := &st.drafts[k]
		if (k == root || d.ante == root) && d.person && d.actor.Code == "" && d.actor.Name == a.Name {
			d.actor.Code, d.actor.Country, d.actor.Sector, d.actor.Role = a.Code, a.Country, a.Sector, a.Role
		}
	}
}

// roleMatches reports whether a person's role title fits a description's
// title: equal, or ending in it without a "vice" or "deputy" before it; a
// head-of-government description fits any head role. It does not
// allocate.
// titledSurname returns the person a title and a one-word name stand for
// when the word is a surname too common to stand alone ("Prime Minister
// Johnson", "President Kim", "Prime Minister Sharif"): the one person
// with that surname who holds the title on the day (of the modifiers'
// country, if they name one); a head of state or government for a head's
// title when no one holds that very title. It returns -1 when there is
// no such person or more than one.
func (r *Resolver) titledSurname(st *state, k int, a dyad.Actor, last *role) int32 {
	c := &st.chunks[k]
	if c.j-c.i != 1 || st.day == 0 || last.title == "" {
		return -1
	}
	w := fold(st.tokText(c.i))
	if !surnameStop[w] {
		return -1
	}
	head := last.flags&roleHead != 0
	var exact, heads []int32
	seen := map[int32]bool{}
	keys := []string{fold(last.title)}
	if head {
		for t := range r.d.headTitle {
			keys = append(keys, fold(t))
		}
	}
	for _, key := range keys {
		for _, e := range r.d.byTitle[key] {
			if seen[e] {
				continue
			}
			seen[e] = true
			ent := &r.d.entities[e]
			on := ent.resolve(st.day)
			if !nameHasSurname(fold(ent.name), w, surnameFirst[on.Country]) {
				continue
			}
			if on.Sector == "" || on.Sector == "ELI" || a.Country != "" && on.Country != a.Country {
				continue
			}
			switch {
			case strings.EqualFold(on.Role, last.title):
				exact = append(exact, e)
			case r.roleMatches(on.Role, last.title, head):
				heads = append(heads, e)
			}
		}
	}
	switch {
	case len(exact) == 1:
		return exact[0]
	case len(exact) == 0 && len(heads) == 1:
		return heads[0]
	}
	return -1
}

// surnameFirst lists countries whose people's names put the surname
// first ("Kim Jong Un", "Lee Jae-myung", "Xi Jinping").
var surnameFirst = map[string]bool{"KOR": true, "PRK": true, "CHN": true, "TWN": true, "HKG": true, "MAC": true}

// nameHasSurname reports whether the folded name of several words has
// the surname w: its last word, or its first when first is set.
func nameHasSurname(name, w string, first bool) bool {
	i := strings.IndexByte(name, ' ')
	if i < 0 {
		return false
	}
	if first {
		return name[:i] == w
	}
	return name[strings.LastIndexByte(name, ' ')+1:] == w
}

func (r *Resolver) roleMatches(have, want string, head bool) bool {
	if have == "" {
		return false
	}
	if strings.EqualFold(have, want) {
		return true
	}
	if head && r.d.headTitle[have] {
		return true
	}
	n := len(have) - len(want)
	if n < 2 || have[n-1] != ' ' || !strings.EqualFold(have[n:], want) {
		return false
	}
	pre := have[:n-1]
	for pre != "" {
		w := pre
		if i := strings.IndexByte(pre, ' '); i >= 0 {
			w, pre = pre[:i], pre[i+1:]
		} else {
			pre = ""
		}
		for _, bad := range [...]string{"vice", "deputy", "former", "assistant", "under", "acting", "ex"} {
			if strings.EqualFold(w, bad) {
				return false
			}
		}
	}
	return true
}

// setKey records the last word of a person's name for later short forms.
func (r *Resolver) setKey(st *state, d *draft, ti int) {
	d.keyID = st.toks[ti].id
	d.keyText = st.tokText(ti)
}

// fallback handles a phrase with no role: a lone entity (with a "the" for
// demonym groups: "the Russians"), or an unknown name.
func (r *Resolver) fallback(st *state, k int, det uint32, mods []int) int {
	ch := st.chunks
	if len(mods) == 0 {
		j := k
		if det != 0 {
			j = k + 1
		}
		if j < len(ch) && ch[j].kind == cName {
			return r.name(st, j)
		}
		if j == k {
			return k + 1
		}
		return j
	}
	first := mods[0]
	c := &ch[first]
	e := r.chunkEntity(st, first)
	if e < 0 {
		// An ambiguous surname: a name of unknown identity.
		n0 := len(st.drafts)
		next := r.name(st, first)
		if len(mods) == 1 && next == first+1 {
			// (What the words around do not make a person, a surname
			// the dictionaries know may.)
			r.sharedSurname(st, first, n0)
		}
		return next
	}
	ent := &r.d.entities[e]
	a := r.entityActor(st, e)
	sp := st.span(first, first)
	d := draft{span: sp, kind: ent.mkind, actor: a, coded: a.Code != "" || ent.person, ante: -1, source: ent.source, keyID: -1}
	switch {
	case ent.person:
		d.person, d.ent = true, e+1
		r.setKey(st, &d, c.j-1)
		if c.kind == cSur {
			if ante := r.findKey(st, st.toks[c.j-1].id, st.tokText(c.j-1)); ante >= 0 && st.drafts[ante].actor.Name == a.Name {
				d.ante, d.source = ante, "coref"
				// The office the text gave the full name holds for
				// the short form ("army chief al-Burhan … Burhan").
				if pa := st.drafts[ante].actor; pa.Code != "" {
					d.actor = pa
				}
			}
		}
	case ent.mkind == dyad.MentionOrg && a.Code != "" && r.subBody(st, first) > 0:
		// "VOA's Bosnian Service", "NATO's Military Committee": a body
		// of the organisation is coded as the organisation.
		nk := r.subBody(st, first)
		sp.End = st.toks[ch[nk].j-1].end
		oa := a
		oa.Name = st.text[sp.Start:sp.End]
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: oa, coded: true, ante: -1, source: "ner", keyID: -1})
		return nk + 1
	case ent.mkind == dyad.MentionCapital && (r.locative(st, c.i) || st.flagsAt(first+1)&wNonPerson != 0):
		// "talks in Washington"; "the Paris agreement", "the Minsk
		// talks": the city places or names a thing, it does not act.
		return first + 1
	case (ent.mkind == dyad.MentionCountry || ent.mkind == dyad.MentionDemonym) && r.electionAfter(st, c.j):
		// "the 2020 United States presidential election": the country
		// names the election, it does not act.
		return first + 1
	case ent.mkind == dyad.MentionDemonym && det&wDet != 0 && first == k+1 && r.demonymGroup(st, first):
		// "the Russians", "The Europeans".
		d.span.Start = st.toks[ch[k].i].start
		if a.Kind != dyad.ActorRegion {
			a.Kind = dyad.ActorGroup
		}
		a.Name = st.text[d.span.Start:d.span.End]
		d.actor = a
	case ent.mkind == dyad.MentionDemonym && a.Kind != dyad.ActorRegion && r.peopleFor(st, first) > 0:
		// "Americans for Peace Now", "Americans for Tax Reform": a
		// people's name with a "for" tail of capitalised words is an
		// organisation of that country.
		nn := r.peopleFor(st, first)
		end := ch[nn-1].j
		sp.End = st.toks[end-1].end
		oa := dyad.Actor{Kind: dyad.ActorOrg, Country: a.Country, Name: st.text[sp.Start:sp.End]}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: oa, coded: true, ante: -1, source: "ner", keyID: -1})
		r.learnAcronym(st, end, oa)
		return nn
	case (ent.mkind == dyad.MentionCountry || ent.mkind == dyad.MentionDemonym || ent.mkind == dyad.MentionCapital) && r.countryOrg(st, first, ent.mkind):
		// "Italian Communist Party", "Somalia's National Intelligence
		// and Security Agency": a country word before an organisation's
		// name.
		nk := first + 1
		if st.flagsAt(nk)&wPossS != 0 {
			nk++
		} else if ent.mkind == dyad.MentionDemonym && r.innerDemonym(st, first) {
			nk++ // "Malaysian Indian Congress"
		}
		if ent.mkind == dyad.MentionDemonym && !r.orgName(st, nk) && !r.acronymName(st, nk) {
			// "Australian Ballet" or "British Columbia": a name of
			// something else; the demonym in it is no mention.
			return nk + 1
		}
		sp.End = st.toks[ch[nk].j-1].end
		sector := r.orgSector(st, nk)
		if nn, tend, _ := r.orgTail(st, nk+1); nn > nk+1 {
			// "… Party of Labour Rights".
			nk = nn - 1
			sp.End = st.toks[tend-1].end
		}
		oa := dyad.Actor{Country: a.Country, Sector: sector, Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}
		if a.Country != "" && ent.mkind != dyad.MentionCapital && (r.orgName(st, first+1) || nk > first+1 || r.acronymName(st, nk)) {
			// (After a state or city the name stays uncoded: "Ohio
			// Department of Development" is not the federal government,
			// and the place inside it stays a place; so does a name
			// without an organisation word, which may be a place:
			// "Australian Ballet" but "British Columbia".)
			oa.Code = st.code(a.Country, sector)
		}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: oa, coded: true, ante: -1, source: "ner", keyID: -1})
		r.learnAcronym(st, ch[nk].j, oa)
		return nk + 1
	}
	if c := r.institutionCountry(st, first, e, a); c != "" {
		// "Senate head Hun Sen": a legislature or court known by its
		// bare name is the country's the text gives it.
		st.applyCountry(&d.actor, c)
	}
	// "Communist Party of Germany": an organisation "of" a country.
	next := first + 1
	if ent.mkind == dyad.MentionOrg && next+1 < len(ch) && r.genericAlias(st, first) && (st.flagsAt(next)&wOf != 0 || ch[next+1].kind != cEnt) {
		// (After "for", not a name the dictionaries know: "asked
		// Congress for Ukraine aid" is Congress's.)
		if end := r.longNameEnd(st, ch[next].i); end > ch[next].i {
			// "the Alliance of Liberals and Democrats for Europe": a
			// generic word that is one organisation's alias ("the
			// Alliance", NATO) heads another's longer name, whatever
			// the words in it are in the dictionaries.
			d.span.End = st.toks[end-1].end
			oa := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[d.span.Start:d.span.End]}
			k := next + 1
			if k < len(ch) && st.flagsAt(k)&wDet != 0 {
				k++
			}
			if st.flagsAt(next)&wOf != 0 && k < len(ch) && ch[k].j == end && ch[k].kind == cEnt && r.d.entities[ch[k].idx].mkind == dyad.MentionCountry && a.Sector != "" && !strings.HasPrefix(a.Code, "IGO") {
				// "Congress of the Philippines": a state body
				// of the country named.
				if c := r.entityActor(st, ch[k].idx).Country; c != "" {
					oa.Country, oa.Sector, oa.Code = c, a.Sector, st.code(c, a.Sector)
				}
			}
			d.actor, d.source = oa, "ner"
			st.add(d)
			for next < len(ch) && ch[next].i < end {
				next++
			}
			return next
		}
	}
	if ent.mkind == dyad.MentionOrg && c.j-c.i >= 2 && next+2 < len(ch) && st.flagsAt(next)&wOf != 0 && st.toks[ch[next+1].i].id == r.theID && !st.toks[ch[next+1].i].cap &&
		ch[next+2].kind == cEnt && r.d.entities[ch[next+2].idx].mkind == dyad.MentionCountry && !possessiveAt(st.text, st.toks[ch[next+2].j-1].end) {
		// "the House of Commons of the United Kingdom": a body's name
		// goes on with its country after "of the"; the body is that
		// country's.
		d.span.End = st.toks[ch[next+2].j-1].end
		d.actor.Name = st.text[d.span.Start:d.span.End]
		if ca := r.entityActor(st, ch[next+2].idx); ca.Country != "" && d.actor.Country != ca.Country && d.actor.Sector != "" && !strings.HasPrefix(d.actor.Code, "IGO") {
			d.actor.Country, d.actor.Code = ca.Country, ca.Country+d.actor.Sector
		}
		st.add(d)
		return next + 3
	}
	if ent.mkind == dyad.MentionOrg && next+1 < len(ch) && st.flagsAt(next)&wOf != 0 && (ch[next+1].kind == cEnt || ch[next+1].kind == cName) && st.toks[ch[next+1].i].cap {
		d.span.End = st.toks[ch[next+1].j-1].end
		if ch[next+1].kind == cName && r.genericAlias(st, first) {
			// "the Alliance of Democracies": a generic word that is
			// one organisation's alias ("the Alliance", NATO) heads
			// the name of another, unknown one.
			d.actor = dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[d.span.Start:d.span.End]}
			d.source = "ner"
			st.add(d)
			return next + 2
		}
		d.actor.Name = st.text[d.span.Start:d.span.End]
		if ch[next+1].kind == cEnt {
			if ca := r.entityActor(st, ch[next+1].idx); ca.Country != "" && d.actor.Country != ca.Country && d.actor.Sector != "" && !strings.HasPrefix(d.actor.Code, "IGO") {
				d.actor.Country, d.actor.Code = ca.Country, ca.Country+d.actor.Sector
			}
		}
		next += 2
		st.add(d)
		return next
	}
	// "Reuters news agency": an organisation and a role word of its sector.
	if ent.mkind == dyad.MentionOrg && next < len(ch) && ch[next].kind == cRole && r.d.roles[ch[next].idx].sector == a.Sector && a.Sector != "" {
		d.span.End = st.toks[ch[next].j-1].end
		next++
	}
	st.add(d)
	if ent.mkind == dyad.MentionOrg && d.actor.Code != "" {
		// "the Child Support Agency (CSA)": the abbreviation stands for
		// the organisation in the rest of the article.
		r.learnAcronym(st, ch[next-1].j, d.actor)
	}
	return next
}

// findKey returns the latest person draft whose name ends with the word
// (id or text), or -1.
func (r *Resolver) findKey(st *state, id int32, text string) int32 {
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if !d.person || d.keyText == "" || d.kind == dyad.MentionPronoun || d.kind == dyad.MentionRole {
			continue
		}
		if (id >= 0 && d.keyID == id) || strings.EqualFold(d.keyText, text) {
			// Point at the first mention of the chain.
			if d.ante >= 0 {
				return d.ante
			}
			return int32(i)
		}
	}
	return -1
}

// pronoun resolves "he"/"she" to the subject of the latest sentence that
// names a person (the first person named in it), or to an earlier person
// in the same sentence: the speaker of "he said", and the agent of "he
// met", "she was arrested" for the events stage.
func (r *Resolver) pronoun(st *state, k int) {
	sp := st.span(k, k)
	best := int32(-1)
	// "She said" skips men, "he said" women, when the first word of the
	// name says which (a small list of unambiguous first names).
	var other uint32
	switch st.tokText(st.chunks[k].i) {
	case "she", "She":
		other = wMale
	case "he", "He":
		other = wFemale
	}
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if !d.person || !d.coded || d.span.Start < 0 {
			continue // (replaced by an anaphor)
		}
		if other != 0 && r.gender(st, d)&other != 0 {
			continue
		}
		if best >= 0 && d.sent != st.drafts[best].sent {
			break
		}
		if d.sent < st.sent-4 {
			break
		}
		best = int32(i)
		if d.sent == st.sent {
			break
		}
	}
	if best < 0 {
		return
	}
	if b := &st.drafts[best]; b.sent < st.sent && (r.unnamedPerson(st, st.sents[b.sent+1].Start, sp.Start, other) ||
		r.unnamedPerson(st, st.sents[b.sent].Start, b.span.Start, other)) {
		return // a person named since (or before it, its sentence's subject), whom the stage could not code, competes
	}
	ante := best
	b := &st.drafts[best]
	st.add(draft{span: sp, kind: dyad.MentionPronoun, actor: b.actor, coded: true, ante: ante, source: "coref", person: true, keyID: -1})
}

// unnamedPerson reports whether text[from:to] holds a person's name that
// no mention covers: a known first name and a capitalised word after it
// ("Northamptonshire's chief constable Nick Adderley wrote …").
// A first name of the other sex (other) is no competitor.
func (r *Resolver) unnamedPerson(st *state, from, to int, other uint32) bool {
	if from >= to {
		return false
	}
	var buf [32]byte
	text := st.text[from:to]
	prev, prevEnd, first := "", 0, false
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			j++
		}
		if i == j {
			break
		}
		w := trimClosers(text[i:j])
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if first && isCap(w) && !isAllCaps(w) && !st.covered(from+prevEnd-len(prev), from+i+len(w)) {
			return true
		}
		first = false
		if isCap(w) && !isAllCaps(w) { // (not a shouted "DES BOUQUETS")
			if id, _ := r.d.table.lookupFold(buf[:0], w); id >= 0 && r.d.flags[id]&wFirstName != 0 && w == text[i:j] {
				g := r.d.flags[id] & (wFemale | wMale)
				first = other == 0 || g&other == 0 || g == wFemale|wMale
			}
		}
		prev, prevEnd = w, i+len(w)
		i = j
	}
	return false
}

// trimClosers is strings.TrimRight(w, ".,;:!?\"”’)") without the
// rune-by-rune path that a cutset with non-ASCII characters takes.
func trimClosers(w string) string {
	for len(w) > 0 {
		switch c := w[len(w)-1]; {
		case c < 0x80 && strings.IndexByte(".,;:!?\")", c) >= 0:
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "”") || strings.HasSuffix(w, "’"):
			w = w[:len(w)-len("”")]
		default:
			return w
		}
	}
	return w
}

// covered reports whether a mention so far covers bytes [a, b).
func (st *state) covered(a, b int) bool {
	for i := range st.drafts {
		if d := &st.drafts[i]; d.span.Start >= 0 && d.span.Start <= a && d.span.End >= b {
			return true
		}
	}
	return false
}

// electionAfter reports whether an election word follows token i within
// a few lower-case or capitalised words ("presidential election",
// "Senate elections", "general election").
func (r *Resolver) electionAfter(st *state, i int) bool {
	for k := i; k < len(st.toks) && k < i+4; k++ {
		t := &st.toks[k]
		if !t.word {
			return false
		}
		switch w := st.tokText(k); w {
		case "election", "elections", "Election", "Elections", "referendum", "primary", "primaries", "caucuses", "by-election", "midterms", "midterm":
			return true
		}
	}
	return false
}

// electionWords are the lower-case nouns for a vote (see electionAfter).
var electionWords = map[string]bool{"election": true, "elections": true, "referendum": true, "primary": true, "primaries": true, "by-election": true, "caucuses": true}

// parliamentary lists countries whose leader is the head of government
// (prime minister, chancellor), not a ceremonial head of state.
var parliamentary = map[string]bool{
	"DEU": true, "ITA": true, "GBR": true, "ISR": true, "IND": true, "JPN": true, "CAN": true,
	"AUS": true, "NZL": true, "ESP": true, "NLD": true, "BEL": true, "SWE": true, "NOR": true,
	"DNK": true, "POL": true, "HUN": true, "CZE": true, "SVK": true, "GRC": true, "PRT": true,
	"IRL": true, "AUT": true, "PAK": true, "BGD": true, "THA": true, "MYS": true, "SGP": true,
	"IRQ": true, "ARM": true, "GEO": true, "ETH": true, "EST": true, "LVA": true, "KHM": true,
	"NPL": true, "LKA": false, "MLT": true, "HRV": true, "SVN": true, "BGR": true, "ALB": true,
}

// leaderRank orders head-of-state and head-of-government titles for a
// country's "leader": lower is preferred.
func leaderRank(country, role string) int {
	gov := strings.EqualFold(role, "Prime Minister") || strings.EqualFold(role, "Chancellor") || strings.EqualFold(role, "Taoiseach") || strings.EqualFold(role, "Premier")
	switch {
	case parliamentary[country] && gov:
		return 0
	case !parliamentary[country] && (strings.EqualFold(role, "President") || strings.EqualFold(role, "Supreme Leader") || strings.EqualFold(role, "Leader")):
		return 0
	case gov:
		return 1
	}
	return 2
}

// demonymGroup reports whether the demonym at chunk k, after "the", names
// the people ("the Russians agreed", "the French") rather than modifying
// a noun ("the Russian proposal", "the Italian Party").
func (r *Resolver) demonymGroup(st *state, k int) bool {
	ch := st.chunks
	next := k + 1
	if next < len(ch) && ch[next].kind == cName {
		return false
	}
	if lt := st.tokText(ch[k].j - 1); strings.HasSuffix(lt, "s") {
		return true
	}
	return next >= len(ch) || ch[next].kind == cNone && (!st.toks[ch[next].i].word || st.toks[ch[next].i].flags&(wReport|wAnd) != 0)
}

// possessiveAt reports whether a possessive ending ("'s", "'", "’s")
// starts at byte i of text.
func possessiveAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "'") || strings.HasPrefix(text[i:], "’")
}

// orgPhrase emits an organisation's name that runs from chunk k (after
// a determiner) to name chunk nk, with the modifiers' country or
// organisation: "NATO's Military Committee" (NATO's code), "the Iraqi
// Joint Operations Command" (IRQ and the name's sector).
func (r *Resolver) orgPhrase(st *state, k, nk int, det uint32, mods []int) int {
	ch := st.chunks
	if det != 0 {
		k++
	}
	sp := st.span(k, nk)
	sector := r.orgSector(st, nk)
	var a dyad.Actor
	for _, m := range mods {
		e := r.chunkEntity(st, m)
		if e < 0 {
			continue
		}
		ma := r.entityActor(st, e)
		switch {
		case r.d.entities[e].mkind == dyad.MentionOrg && ma.Code != "":
			a = ma
		case ma.Country != "" && (r.d.entities[e].mkind == dyad.MentionCountry || r.d.entities[e].mkind == dyad.MentionDemonym):
			// (After a city or state the name stays uncoded, and the
			// place in it a place: "the Dublin Community Recreation
			// Center".)
			a = dyad.Actor{Country: ma.Country, Sector: sector, Code: st.code(ma.Country, sector)}
		}
	}
	next := nk + 1
	if nn, end, c := r.orgTail(st, next); nn > next {
		sp.End = st.toks[end-1].end
		next = nn
		if a.Code == "" && c != "" {
			a = dyad.Actor{Country: c, Sector: sector, Code: st.code(c, sector)}
		}
	}
	a.Kind, a.Name, a.Role, a.ID = dyad.ActorOrg, st.text[sp.Start:sp.End], "", ""
	if a.Sector == "" {
		a.Sector = sector
	}
	need := a.Code == "" && stateSectors[sector] && !r.intlName(st, sp) && r.commonWords(st, sp)
	local := false
	if need && localBody(sector, roleInst) {
		if c := r.bodyCountry(st, sp, sector); c != "" {
			a.Country, a.Code, need, local = c, st.code(c, sector), false, true
		}
	}
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1, needCountry: need, defaulted: local})
	r.learnAcronym(st, ch[next-1].j, a)
	return next
}

// subBody returns the chunk of an organisation's name that a body of the
// organisation at chunk k has after "'s" ("VOA's Bosnian Service"), 0
// when there is none: capitalised words (a demonym may open them) ending
// with an organisation word.
func (r *Resolver) subBody(st *state, k int) int {
	ch := st.chunks
	nk := k + 1
	if nk < len(ch) && ch[nk].kind == cName && ch[nk].i == ch[k].j && strings.HasPrefix(r.entityActor(st, ch[k].idx).Code, "IGO") && (st.toks[ch[k].j-1].caps || ch[k].j-ch[k].i >= 2) {
		// "the United Nations Working Group on …", "UN Working
		// Group": an international body's full name or abbreviation
		// right before its organ's. (A one-word name may open
		// another's: "Commonwealth Cancer Center".)
		if st.toks[ch[nk].j-1].flags&wOrgSuffix != 0 {
			return nk
		}
		return 0
	}
	if nk+1 >= len(ch) || st.flagsAt(nk)&wPossS == 0 {
		return 0
	}
	nk++
	if ch[nk].kind == cEnt && nk+1 < len(ch) && r.d.entities[ch[nk].idx].mkind == dyad.MentionDemonym && st.toks[ch[nk+1].i].cap {
		nk++
	}
	if ch[nk].kind != cName && ch[nk].kind != cRole || !st.toks[ch[nk].i].cap || st.toks[ch[nk].j-1].flags&wOrgSuffix == 0 {
		return 0
	}
	return nk
}

// antiCountry returns the country X of an "anti-X" word right before
// token i ("anti-Pakistan", "anti-Russian"), "" when there is none.
func (r *Resolver) antiCountry(st *state, i int) string {
	if i == 0 || !st.toks[i-1].word {
		return ""
	}
	w := st.tokText(i - 1)
	if len(w) < 7 || !strings.EqualFold(w[:5], "anti-") {
		return ""
	}
	return r.wordCountry(st, w[5:])
}

// compoundCountry reads an "X-led" word right before token i: the
// country of X when the compound makes the group X's ("Saudi-led
// coalition", "Beijing-appointed judges"), or else the country of a
// backer or designator ("Iran-backed militias", "U.S.-trained forces",
// "a U.S.-designated terrorist group"), which says nothing of the
// group's own.
func (r *Resolver) compoundCountry(st *state, i int) (country, backer string) {
	if i == 0 || !st.toks[i-1].word {
		return "", ""
	}
	w := st.tokText(i - 1)
	x, suffix := "", ""
	if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) {
		x, suffix = w[:h], w[h+1:]
	} else if i >= 3 && st.tokText(i-2) == "-" && st.toks[i-3].end == st.toks[i-2].start && st.toks[i-2].end == st.toks[i-1].start {
		// "U.S.-backed": the abbreviation's period splits the word.
		x, suffix = st.tokText(i-3), w
	} else {
		return "", ""
	}
	switch strings.ToLower(suffix) {
	case "led", "appointed", "run", "owned", "installed", "controlled", "dominated":
		return r.wordCountry(st, x), ""
	}
	if backerTails[strings.ToLower(suffix)] {
		return "", r.wordCountry(st, x)
	}
	return "", ""
}

// backerTails are the participles and adjectives that, after "X-", say
// X backs, designates or inspires what follows, which stays apart from X:
// "Iran-backed militias", "a U.S.-designated terrorist group",
// "al-Shabab-related websites".
var backerTails = map[string]bool{
	"backed": true, "allied": true, "funded": true, "financed": true, "supported": true,
	"aligned": true, "sponsored": true, "trained": true, "armed": true, "brokered": true,
	"friendly": true, "designated": true, "listed": true, "blacklisted": true,
	"sanctioned": true, "recognized": true, "recognised": true, "organized": true,
	"organised": true, "mediated": true, "imposed": true, "inspired": true,
	"linked": true, "related": true,
}

// backerAt reports whether text at byte offset i is "-" and a backer
// tail: the end of the X in "X-backed".
func backerAt(text string, i int) bool {
	if i >= len(text) || text[i] != '-' {
		return false
	}
	e := i + 1
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	return backerTails[text[i+1:e]]
}

// wordCountry returns the country of the one-word country, demonym, seat
// of government or person w, "" when w is none.
func (r *Resolver) wordCountry(st *state, w string) string {
	id, buf := r.d.table.lookupFold(st.buf, w)
	st.buf = buf
	if id < 0 {
		return ""
	}
	node := r.d.child(0, id)
	if node < 0 {
		return ""
	}
	for _, p := range r.d.payloads[node] {
		if p.kind != pEntity {
			continue
		}
		switch e := &r.d.entities[p.idx]; e.mkind {
		case dyad.MentionCountry, dyad.MentionDemonym, dyad.MentionPerson, dyad.MentionCapital:
			if c := e.resolve(st.day).Country; c != "" {
				return c
			}
		}
	}
	return ""
}

// countryOrg reports whether the country word at chunk k (a country,
// demonym or seat of government) is followed by an organisation's name
// that it belongs to: "Italian Communist Party", "Belarusian KGB" (an
// abbreviation after a demonym), "Somalia's National Security Agency" (a
// possessive before a name with an organisation word).
func (r *Resolver) countryOrg(st *state, k int, mk string) bool {
	ch := st.chunks
	nk := k + 1
	if nk >= len(ch) {
		return false
	}
	if st.flagsAt(nk)&wPossS != 0 {
		nk++
		return mk != dyad.MentionDemonym && nk < len(ch) && ch[nk].kind == cName && r.orgName(st, nk)
	}
	if mk == dyad.MentionDemonym && r.innerDemonym(st, k) {
		return true
	}
	if ch[nk].kind != cName {
		return false
	}
	return r.orgName(st, nk) || mk != dyad.MentionCountry && (r.demonymOrg(st, nk) || mk == dyad.MentionDemonym && r.acronymName(st, nk))
}

// peopleFor reports whether the demonym at chunk k is a people's plural
// ("Americans") followed by "for" and capitalised words that are no
// person's name: "Americans for Peace Now", "Americans for Tax Reform",
// not "Americans for Trump", "Britons for the first time".
// It returns the chunk after the name, 0 when there is none.
func (r *Resolver) peopleFor(st *state, k int) int {
	ch := st.chunks
	nk := k + 1
	if nk+1 >= len(ch) || ch[nk].kind != cNone || st.tokText(ch[nk].i) != "for" || !strings.HasSuffix(st.tokText(ch[k].j-1), "s") || !st.toks[ch[k].i].cap {
		return 0
	}
	if c := &ch[nk+1]; c.kind == cEnt && st.toks[c.i].cap && r.d.entities[c.idx].mkind == dyad.MentionOrg && c.j-c.i >= 2 {
		return nk + 2 // "Americans for Peace Now"
	}
	nn, _, _ := r.orgTail(st, nk)
	if nn <= nk {
		return 0
	}
	for m := nk + 1; m < nn; m++ {
		if ch[m].kind == cEnt && r.d.entities[ch[m].idx].person {
			return 0
		}
	}
	return nn
}

// innerDemonym reports whether the demonym at chunk k is followed,
// word after word, by a second demonym and a name ending with an
// organisation word ("Malaysian Chinese Association", "Malaysian Indian
// Congress"): the second demonym qualifies the organisation's members,
// and the whole is the first country's organisation.
func (r *Resolver) innerDemonym(st *state, k int) bool {
	ch := st.chunks
	nk := k + 1
	if nk+1 >= len(ch) || ch[nk].kind != cEnt || ch[nk].i != ch[k].j || ch[nk+1].kind != cName || ch[nk+1].i != ch[nk].j {
		return false
	}
	e := &r.d.entities[ch[nk].idx]
	return !e.person && e.mkind == dyad.MentionDemonym && st.toks[ch[nk].i].cap && r.orgName(st, nk+1)
}

// acronymName reports whether name chunk k is one all-capitals
// abbreviation of two to six letters ("KGB", "FSB") that is not a common
// one (GDP, CEO).
func (r *Resolver) acronymName(st *state, k int) bool {
	c := &st.chunks[k]
	if c.kind != cName || c.j-c.i != 1 {
		return false
	}
	t := &st.toks[c.i]
	n := t.end - t.start
	return t.caps && n >= 2 && n <= 6 && t.flags&(wNonPerson|wCommon) == 0 && !r.capsContext(st, c.i)
}

// demonymOrg reports whether the unknown name at chunk k, after a
// demonym, is the rest of an organisation's name ("Australian Ballet",
// "British Airways"): one to three capitalised words with no first name,
// no place word and no earlier person's surname.
func (r *Resolver) demonymOrg(st *state, k int) bool {
	c := &st.chunks[k]
	if c.j-c.i > 3 || r.placeName(st, k) {
		return false
	}
	for i := c.i; i < c.j; i++ {
		t := &st.toks[i]
		if !t.word || t.flags&(wFirstName|wNonPerson) != 0 {
			return false
		}
	}
	t := &st.toks[c.j-1]
	return r.findKey(st, t.id, st.tokText(c.j-1)) < 0
}

// gender returns wFemale or wMale when the first word of a person's
// mention (after a title) or name is a first name of one sex, 0 when
// unknown.
func (r *Resolver) gender(st *state, d *draft) uint32 {
	var buf [32]byte
	for _, s := range [2]string{st.text[d.span.Start:d.span.End], d.actor.Name} {
		for w := range strings.FieldsSeq(s) {
			w = strings.TrimRight(w, ".,")
			id, _ := r.d.table.lookupFold(buf[:0], w)
			if id < 0 {
				break
			}
			f := r.d.flags[id]
			if g := f & (wFemale | wMale); g != 0 && g != wFemale|wMale {
				return g
			}
			if f&(wTitle|wDet|wPoss|wFormer|wMod) == 0 {
				break
			}
		}
	}
	return 0
}

// partyName emits the role phrase [k, end) as an organisation's name when
// its last role word is a capitalised organisation word in mid-sentence
// ("the Russian Party", "the BPF Party", "the Party for the Animals"):
// written so, the word ends a name, not a description. The name is the
// capitalised words before the role word and an "of"/"for" tail after
// it; a lone "the Party" is no name. It returns the chunk after the name,
// or false, emitting nothing, when the phrase is no such name.
func (r *Resolver) partyName(st *state, k, end, lastK int, a dyad.Actor) (int, bool) {
	ch := st.chunks
	last := &r.d.roles[ch[lastK].idx]
	ri := ch[lastK].j - 1
	t := &st.toks[ri]
	w := st.tokText(ri)
	poss := false
	if nk := end + 1; last.flags&roleGroup != 0 && t.cap && !t.caps && ch[lastK].i > 0 && nk < len(ch) && ch[end].kind == cNone && st.flagsAt(end)&wPossS != 0 &&
		(ch[nk].kind == cName || ch[nk].kind == cRole) && st.toks[ch[nk].i].cap && st.toks[ch[nk].j-1].flags&wOrgSuffix != 0 {
		// "the Serb People's Party": a collective's capitalised word,
		// "'s" and an organisation's word.
		t, end, poss = &st.toks[ch[nk].j-1], nk+1, true
		if id := t.id; id >= 0 {
			a.Sector = r.d.orgSect[id]
			if a.Country != "" {
				a.Code = st.code(a.Country, a.Sector)
			}
		}
	}
	if !poss && (!t.cap || t.caps || t.flags&wOrgSuffix == 0 || last.flags&(roleInst|roleAnon|roleGroup|roleOther) != 0 || ch[lastK].i == 0 || strings.HasSuffix(w, "s")) {
		return 0, false
	}
	// (The capitalised words may run back before the phrase: "United
	// Australia Party", where "United" was read as a name of its own
	// and named no one.)
	floor := 0
	if n := len(st.drafts); n > 0 && st.drafts[n-1].sent == st.sent {
		floor = st.drafts[n-1].span.End
	}
	first := ch[lastK].i
	for first > 0 && st.toks[first-1].start >= floor && st.toks[first-1].word && st.toks[first-1].cap && st.toks[first-1].flags&(wDet|wPoss|wIndef) == 0 {
		first--
	}
	if first == 0 {
		// ("Russian Party officials", opening the sentence: the
		// capitals may be the sentence's.)
		return 0, false
	}
	sp := dyad.Span{Start: st.toks[first].start, End: t.end}
	next := end
	country := ""
	if nn, tend, c := r.orgTail(st, end); nn > end {
		sp.End, next, country = st.toks[tend-1].end, nn, c
	}
	if first == ch[lastK].i && next == end && !poss {
		return 0, false
	}
	if a.Country == "" && country != "" {
		a.Country, a.Code = country, st.code(country, a.Sector)
	}
	a.Kind, a.Name, a.Role = dyad.ActorOrg, st.text[sp.Start:sp.End], ""
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
	r.learnAcronym(st, ch[next-1].j, a)
	return next, true
}

// namedBody returns the latest organisation of the given sector (a
// court, a legislature, a police force) the text has named and coded
// with a country or an international body of its own, -1 when the
// latest body of that sector is only a description or none was named.
func (st *state) namedBody(sector string) int32 {
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if d.person || d.actor.Code == "" || d.actor.Sector != sector && !strings.HasSuffix(d.actor.Code, sector) {
			continue
		}
		if d.ante >= 0 && d.source == "coref" {
			// "The court … the court": the body the first one named.
			i = int(d.ante)
			d = &st.drafts[i]
		}
		if d.kind != dyad.MentionOrg || d.defaulted || d.needCountry || d.anaphor {
			return -1
		}
		return int32(i)
	}
	return -1
}

// institutionCountry returns the country the text gives an institution a
// dictionary knows by a bare generic word ("Senate", "Congress": the US
// one), "" when the text gives none or the dictionary's: the country of
// the person whose title the word opens ("Senate head Hun Sen",
// "Congress Speaker …"), else the country its sentence names when that
// is not the dictionary's.
func (r *Resolver) institutionCountry(st *state, k int, e int32, a dyad.Actor) string {
	ch := st.chunks
	c := &ch[k]
	if r.d.entities[e].mkind != dyad.MentionOrg || a.Country == "" || a.Sector == "" || c.j-c.i != 1 {
		return ""
	}
	if id := st.toks[c.i].id; id < 0 || r.d.flags[id]&wOrgSuffix == 0 || r.d.orgSect[id] != a.Sector {
		return ""
	}
	// (A title of one or two words in between: a role word, or a noun
	// such as "head".)
	j := k + 1
	for j < len(ch) && j <= k+2 && (ch[j].kind == cRole || ch[j].kind == cNone && r.titleNoun(st, j)) {
		j++
	}
	if j > k+1 && j < len(ch) && ch[j].kind == cEnt && r.d.entities[ch[j].idx].person {
		if pc := r.entityActor(st, ch[j].idx).Country; pc != a.Country {
			return pc
		}
	}
	return ""
}

// titleNoun reports whether chunk k is one word that heads a body's
// title ("head" in "Senate head Hun Sen").
func (r *Resolver) titleNoun(st *state, k int) bool {
	c := &st.chunks[k]
	return c.j-c.i == 1 && st.toks[c.i].word && headNouns[strings.ToLower(st.tokText(c.i))]
}

// headNouns are words for the head of a body that the roles dictionary
// does not list as roles of their own.
var headNouns = map[string]bool{"head": true, "chief": true, "chair": true, "president": true, "speaker": true, "leader": true}

// genericAlias reports whether entity chunk k is a single organisation
// word ("Alliance", "Union"), after "the" or not: an alias that is also
// the head of other organisations' names.
func (r *Resolver) genericAlias(st *state, k int) bool {
	c := &st.chunks[k]
	i := c.i
	if st.toks[i].id == r.theID && c.j-i == 2 {
		i++
	}
	return c.j-i == 1 && st.toks[i].flags&(wOrgSuffix|wOrgWord) != 0
}

// ofPlaceCountry returns the country of the place chunk k names after an
// institution's "of": a state of a federation in the dictionaries, or a
// name the gazetteer knows as a prominent place ("Alberta", "Punjab");
// "" for anything else (a leader's name: "the government of John
// Diefenbaker").
func (r *Resolver) ofPlaceCountry(st *state, k int) string {
	c := &st.chunks[k]
	switch {
	case c.kind == cEnt && r.d.entities[c.idx].substate:
		return r.entityActor(st, c.idx).Country
	case c.kind == cName && st.toks[c.i].flags&wFirstName == 0:
		return r.gazCountry(st, st.text[st.toks[c.i].start:st.toks[c.j-1].end])
	}
	return ""
}

// institutionOfPlace reads "the Government of Alberta", an institution
// whose role ends with "of" (chunks k to the role) before the place at
// chunk pos, of country c: the place's institution, never a person, in
// the place's country (a province's or a state's government is its
// federation's, as in the dictionaries). It returns the chunk after the
// place.
func (r *Resolver) institutionOfPlace(st *state, k, pos int, last *role, c string) int {
	sp := st.span(k, pos)
	a := dyad.Actor{Kind: dyad.ActorOrg, Sector: last.sector, Name: st.text[sp.Start:sp.End]}
	st.applyCountry(&a, c)
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "dict", keyID: -1})
	return pos + 1
}

// otherCountrySurname reports whether the surname alone at chunk k
// stands after a role phrase whose modifiers name another country than
// the one of entity e it matched ("Guatemalan journalist Espot" is not
// Andorra's head of government Xavier Espot): the text's country wins
// over a namesake's. Full names, people of international bodies and
// former officials keep the dictionary's reading.
func (r *Resolver) otherCountrySurname(st *state, k int, e int32, a dyad.Actor) bool {
	if st.chunks[k].kind != cSur || a.Country == "" || len(a.Country) != 3 {
		return false
	}
	c := r.d.entities[e].resolve(st.day)
	if c.Country == "" || c.Country == a.Country || strings.HasPrefix(c.Code, "IGO") || c.Sector == "ELI" {
		return false
	}
	return true
}

// participleVerb reports whether the one-word role at chunk rk is a past
// participle ("displaced") used as a verb. A participle names people
// after a determiner, an adverb, a possessive, a preposition or at the
// start of a sentence ("the displaced", "internally displaced", "Chad's
// displaced", "aid for displaced families"); after a verb or a noun it
// is a verb ("were displaced", "the war displaced millions"), and after
// a country when a word or a number follows ("Chad displaced
// thousands").
func (r *Resolver) participleVerb(st *state, k, rk int, mod bool) bool {
	c := &st.chunks[rk]
	if c.j-c.i != 1 || st.toks[c.i].cap {
		return false
	}
	w := st.tokText(c.i)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	if c.i > 0 && strings.HasSuffix(strings.ToLower(st.tokText(c.i-1)), "ly") {
		return false // "internally displaced", "newly displaced"
	}
	if !mod {
		// "were displaced", "the war displaced": after a verb or a
		// noun; not opening the sentence or after a preposition or a
		// comma ("help for displaced families").
		if c.i == 0 || !st.toks[c.i-1].word {
			return false
		}
		switch strings.ToLower(st.tokText(c.i - 1)) {
		case "of", "for", "to", "with", "among", "from", "by", "and", "or", "in", "on", "at", "including", "as":
			return false
		}
		return true
	}
	if st.flagsAt(rk-1)&wPossS != 0 {
		return false // "Chad's displaced"
	}
	j := c.j
	return j < len(st.toks) && (st.toks[j].word && !st.toks[j].cap || st.text[st.toks[j].start] >= '0' && st.text[st.toks[j].start] <= '9')
}

// forceIdiomBefore are the words before "forces" that make it no armed
// body: the verb of "join forces", and modifiers of forces in the
// abstract ("market forces", "the driving forces of growth"). ("Political
// forces" are parties and factions: actors, if no armed ones.)
var forceIdiomBefore = map[string]bool{
	"join": true, "joins": true, "joined": true, "joining": true,
	"market": true, "driving": true, "economic": true,
	"natural": true, "cultural": true, "historical": true,
	"creative": true, "evolutionary": true, "dark": true, "darker": true,
	"magnetic": true, "gravitational": true, "competitive": true, "centrifugal": true,
	"centripetal": true,
}

// idiomForces reports whether role chunk k is a bare "forces" or
// "force" that names no armed body: after a word of forceIdiomBefore, or
// before "of" and a noun of forceAbstractOf ("the forces of evil",
// "forces of change"; not "forces of the regime").
func (r *Resolver) idiomForces(st *state, k int) bool {
	c := &st.chunks[k]
	if c.j-c.i != 1 {
		return false
	}
	switch strings.ToLower(st.tokText(c.i)) {
	case "forces", "force":
	case "party", "parties":
		// "interested parties", "a third party", "the warring parties":
		// parties to a matter, not political parties
		return c.i > 0 && partyIdiomBefore[strings.ToLower(st.tokText(c.i-1))]
	default:
		return false
	}
	if c.i > 0 && forceIdiomBefore[strings.ToLower(st.tokText(c.i-1))] {
		return true
	}
	if c.i+2 >= len(st.toks) || strings.ToLower(st.tokText(c.i+1)) != "of" {
		return false
	}
	return forceAbstractOf[strings.ToLower(st.tokText(c.i+2))]
}

// partyIdiomBefore are the words before "party/parties" that make them
// parties to a matter (a deal, a dispute, a lawsuit, a war), not
// political parties.
var partyIdiomBefore = map[string]bool{
	"interested": true, "third": true, "concerned": true, "relevant": true, "warring": true,
	"affected": true, "contracting": true, "injured": true, "guilty": true, "responsible": true,
	"aggrieved": true, "innocent": true, "opposing": true, "negotiating": true,
	"dinner": true, "birthday": true, "search": true, "working": true, "rescue": true,
}

// forceAbstractOf are the nouns of "the forces of evil", "forces of
// change": forces in the abstract. (Not any lowercase word: "forces of
// member states" may be troops.)
var forceAbstractOf = map[string]bool{
	"evil": true, "good": true, "darkness": true, "light": true, "nature": true,
	"change": true, "history": true, "progress": true, "reaction": true,
	"chaos": true, "destruction": true, "globalisation": true, "globalization": true,
	"modernity": true, "tradition": true, "supply": true, "demand": true,
}

// longNameEnd reads the tail of a proper name from token i: "of" or
// "for" and capitalised words, joined by "and", "&", "the", "of" or
// "for" ("of Liberals and Democrats for Europe"). It returns the token
// after the tail, or i when there is none.
func (r *Resolver) longNameEnd(st *state, i int) int {
	toks := st.toks
	if i+1 >= len(toks) {
		return i
	}
	switch strings.ToLower(st.tokText(i)) {
	case "of", "for":
	default:
		return i
	}
	end := i
	for j := i + 1; j < len(toks); j++ {
		t := &toks[j]
		if t.word && t.cap && t.flags&wStop == 0 {
			end = j + 1
			continue
		}
		switch strings.ToLower(st.tokText(j)) {
		case "and", "&", "the", "of", "for":
			continue
		}
		break
	}
	return end
}
