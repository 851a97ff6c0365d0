package actor

import (
	"strings"
	"unicode/utf8"

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

// officeOf reports whether name chunk k ends with "Office" and a country
// follows it after "of" ("the Federal Aviation Office of Germany"): a
// state's office. ("Office" alone ends places: "the Oval Office".)
func (r *Resolver) officeOf(st *state, k int) bool {
	c := &st.chunks[k]
	if c.j-c.i < 2 || !strings.EqualFold(st.tokText(c.j-1), "office") {
		return false
	}
	nn, _, country := r.orgTail(st, k+1)
	return nn > k+1 && country != ""
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
	if ntok == 1 && c.kind == cName && !toks[c.i].caps {
		if ante := st.givenNameOf(st.tokText(c.i)); ante >= 0 {
			// "Mahathir's government", "Anwar said" after "Mahathir
			// Mohamad", "Anwar Ibrahim": a given name standing alone
			// is the one person named before with that first name.
			st.addAnaphor(c.i, c.j, ante, -1, dyad.MentionPerson)
			return next
		}
	}
	if nn, ok := r.nameWithCountry(st, k); ok {
		return nn
	}
	if nn, ok := r.polityName(st, k); ok {
		return nn
	}
	if nn, ok := r.nameBeforeRole(st, k); ok {
		return nn
	}
	if w := st.tokText(c.j - 1); strings.HasSuffix(w, "tō") && utf8.RuneCountInString(w) >= 6 && !r.titleBefore(st, max(c.i, 1)) {
		// "Rikken Kaishintō", "Shimpotō": a romanised Japanese name
		// ending in -tō (党, party) is a party's (not the shorter
		// surnames: Satō, Katō, Saitō).
		a := dyad.Actor{Kind: dyad.ActorOrg, Country: "JPN", Sector: "PTY", Code: "JPNPTY", Name: st.text[sp.Start:sp.End]}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
		return next
	}
	if e, ok := r.definedAcronym(st, k); ok {
		// "Campaign for Nuclear Disarmament (CND)": a name its
		// abbreviation spells is an organisation's.
		sp.End = toks[e-1].end
		a := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
		r.learnAcronym(st, e, a)
		for next < len(ch) && ch[next].i < e {
			next++
		}
		return next
	}
	// Organisations.
	office := r.officeOf(st, k)
	if office || r.orgName(st, k) {
		// "Ministry of Foreign Affairs", "Bank of England", "Union for
		// French Democracy".
		var country string
		forTail := false
		if nn, end, c := r.orgTail(st, next); nn > next {
			forTail = st.tokText(ch[next].i) == "for"
			sp.End = toks[end-1].end
			next, country = nn, c
		}
		sector := r.orgSector(st, k)
		if office {
			sector = "GOV"
		}
		if _, biz := businessNouns[st.tokText(max(c.i-1, 0))]; biz && country == "" && c.i > 0 && toks[c.i-1].word && !toks[c.i-1].cap {
			// "the Iranian company Bahman Group".
			country = st.descriptorCountry(toks[c.i-1].start)
		}
		if country == "" && !office && !stateSectors[sector] && !r.intlName(st, sp) {
			// "the Asia-Pacific Center for Security Studies in
			// Hawaii": a civil organisation named with its place
			// after "in" is of that place's country. (Not state
			// bodies, "the Supreme Court in Ohio", nor international
			// ones.)
			country = r.siteAfter(st, ch[next-1].j)
		}
		a := dyad.Actor{Kind: dyad.ActorOrg, Sector: sector, Name: st.text[sp.Start:sp.End]}
		if country != "" {
			a.Country, a.Code = country, st.code(country, sector)
		}
		// "Frontier Corps", "High Court of Justice": a state body
		// that names no country is the article's.
		// (Not a cause's committee: "Committee for Freedom in Hong
		// Kong".)
		need := country == "" && stateSectors[sector] && !forTail && !r.intlName(st, sp) && r.commonWords(st, sp)
		local := false
		if need && localBody(sector, roleInst) {
			// (Its paragraph's country is no vote of the text's.)
			if c := r.bodyCountry(st, sp, sector); c != "" {
				a.Country, a.Code, need, local = c, st.code(c, sector), false, true
			}
		}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1, needCountry: need, defaulted: local})
		r.learnAcronym(st, ch[next-1].j, a)
		return next
	}
	// "the Kadima party", "the Tzomet movement": a name right before a
	// lower-case word for a party or a movement is the party's.
	if next < len(ch) && ch[next].i == c.j && ch[next].j == c.j+1 && toks[c.j].word && !toks[c.j].cap && partyNouns[st.tokText(c.j)] && ntok <= 4 && (c.i > 0 || !toks[c.i].caps) && !r.titleBefore(st, max(c.i, 1)) && toks[c.i].flags&wFirstName == 0 {
		sp.End = toks[c.j].end
		a := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}
		if id := toks[c.j].id; id >= 0 {
			a.Sector = r.d.orgSect[id]
		}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
		r.learnAcronym(st, c.j+1, a)
		return next + 1
	}
	// "the pro-capitalist party Democratic Choice of Russia", "the
	// coalition Auzolan": a name right after a lower-case word for a
	// party or a movement is its name.
	if r.partyNameAfter(st, c.i) {
		var country string
		if nn, end, cc := r.orgTail(st, next); nn > next {
			sp.End = toks[end-1].end
			next, country = nn, cc
		}
		a := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}
		if id := toks[c.i-1].id; id >= 0 {
			a.Sector = r.d.orgSect[id]
		}
		if country != "" {
			a.Country, a.Code = country, st.code(country, a.Sector)
		}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
		r.learnAcronym(st, ch[next-1].j, a)
		return next
	}
	// "Iranian airline Mahan Air", "the Kenyan daily Nation": a name
	// right after a lower-case word for a business or an outlet.
	if sector, ok := businessNouns[st.tokText(max(c.i-1, 0))]; ok && c.i > 0 && toks[c.i-1].word && !toks[c.i-1].cap && ntok <= 4 && !toks[c.i].caps && !r.nameGoesOn(st, c.j) {
		a := dyad.Actor{Kind: dyad.ActorOrg, Sector: sector, Name: st.text[sp.Start:sp.End]}
		country := st.descriptorCountry(toks[c.i-1].start)
		if country != "" {
			a.Country, a.Code = country, st.code(country, sector)
		}
		// ("the building firm Attics": a firm no word places is the
		// article's country's, not a place.)
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1, needCountry: country == ""})
		return next
	}
	if c.i > 0 && toks[c.i-1].word && !toks[c.i-1].cap && vesselNouns[st.tokText(c.i-1)] {
		// "the tanker Kalev Maru", "aboard the ship Stella": a name
		// after a word for a vessel is the vessel's, no actor.
		return next
	}
	// An abbreviation the article defined.
	if ntok == 1 {
		if a, src, ok := st.aliasActor(st.tokText(c.i)); ok {
			st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: src, source: "ner", keyID: -1, alias: src >= 0})
			return next
		}
	}
	if r.placeName(st, k) || ntok >= 2 && placePrefixes[st.tokText(c.i)] || st.placeApposition(c.i, c.j) {
		// "Clarke County"; "San Bernardino", "Kota Kinabalu"; "the
		// regional capital, Banja Luka,".
		return next
	}
	// An acronym in running text ("the SDI", "(UUP)") names an
	// organisation: countries and known bodies are in the dictionaries,
	// and common abbreviations (GDP, CEO) are listed as not actors.
	if ntok == 1 && (toks[c.i].caps || mixedAcronym(st.tokText(c.i))) && toks[c.i].flags&(wNonPerson|wCommon) == 0 {
		// (Opening the sentence, only before a lower-case word: "RL was
		// founded in 2005".)
		if w := st.tokText(c.i); len(w) >= 2 && len(w) <= 6 && !r.capsContext(st, c.i) && (c.i > 0 || c.j < len(toks) && toks[c.j].word && !toks[c.j].cap) {
			st.add(draft{span: sp, kind: dyad.MentionOrg, actor: dyad.Actor{Kind: dyad.ActorOrg, Name: w}, coded: true, ante: -1, source: "ner", keyID: -1})
			return next
		}
	}
	// A short form of a company already named ("Mahan" after "Mahan
	// Air").
	if ntok == 1 {
		if ante := st.companyShortForm(st.tokText(c.i)); ante >= 0 {
			st.add(draft{span: sp, kind: dyad.MentionOrg, actor: st.drafts[ante].actor, coded: true, ante: ante, source: "coref", keyID: -1})
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
	// "Christian Democracy": a first name that is also an organisation
	// word, and an organisation word at the end.
	orgFirst := first && toks[c.i].flags&wOrgWord != 0 && toks[c.j-1].flags&wOrgWord != 0
	if any&wOrgWord != 0 && (!first || orgFirst) && ntok >= 2 {
		var country string
		if nn, end, cc := r.orgTail(st, next); nn > next {
			sp.End = toks[end-1].end
			next, country = nn, cc
		}
		a := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End], Country: country, Code: country}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
		r.learnAcronym(st, ch[next-1].j, a)
		return next
	}
	// "the Maidan Wardak provincial council", "the Alberta government":
	// a name right before a lower-case institution word qualifies it; it
	// names a place, not a person.
	if c.j < len(toks) && toks[c.j].word && !toks[c.j].cap && (c.i == 0 || !r.titleBefore(st, c.i)) {
		if _, p, ok := r.longest(st, c.j); ok && p.kind == pRole && r.d.roles[p.idx].flags&roleInst != 0 {
			return next
		}
	}
	if !first && (c.i == 0 || !r.titleBefore(st, c.i)) && !r.locative(st, c.i) && r.coordinatedWithOrg(st, k) {
		// "Shas, Meretz, Yisrael BaAliyah and the Centre Party": a
		// name listed with organisations is one.
		a := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}
		st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1, listed: true})
		r.learnAcronym(st, c.j, a)
		return next
	}
	// sure marks a person by a title or a known first name: only those
	// take the document's country (a name merely capitalised may be a
	// place or a team, which the places stage judges by the code).
	person, sure := false, false
	switch {
	case c.i > 0 && r.titleBefore(st, c.i):
		person, sure = true, true
	case first && ntok >= 2:
		person, sure = true, true
	case ntok >= 2 && ntok <= 4 && !toks[c.i].caps && any&wCommon == 0 && r.plainName(st, c):
		person = true
	case ntok == 1 && !toks[c.i].caps && (toks[c.i].id < 0 || first) && possessedRole(r, st, c.i):
		// "his widow, Denise,", "Erdogan's spokesman, Altun,": a
		// single name in apposition to someone's role.
		person, sure = true, true
	case ntok == 1 && !toks[c.i].caps && r.loneSurname(st, c) && r.plainName(st, c) && !capsEnd(st.tokText(c.i)) && r.personVerbAfter(st, c.j) && !r.locative(st, c.i) && (c.i == 0 || toks[c.i-1].flags&(wDet|wIndef) == 0):
		// "Timbrell campaigned", "Farry was elected": a surname as a
		// subject of what only people do (not after an article: "the
		// Jairan remained", a ship).
		person = true
	case ntok == 1 && !toks[c.i].caps && r.plainName(st, c) && !capsEnd(st.tokText(c.i)) && !r.locative(st, c.i) && (c.i == 0 || toks[c.i-1].flags&(wDet|wIndef) == 0) &&
		(r.loneSurname(st, c) && personalPossession(st, c.j) || toks[c.i].flags&(wCommon|wOrgWord|wPlaceSuffix|wNonPerson) == 0 && st.lowAt(c.i-1) != "of" && r.coordinatedWithPerson(st, c)):
		// "Following Genscher's resignation", "Kennedy's Secretary of
		// State"; "Bush and Quayle", "(Tito, Nehru, Sukarno)": a
		// surname owning what only people have, or listed with people.
		person = true
	}
	if !person && ntok >= 3 && ntok <= 5 && toks[c.i].caps && !r.capsContext(st, c.i) && any&wCommon == 0 {
		// "former DP Rigathi Gachagua", "PTI lawmaker …": an unknown
		// abbreviation before a plain name of two words or more.
		rest := chunk{i: c.i + 1, j: c.j}
		if !toks[rest.i].caps && r.plainName(st, &rest) {
			person = true
			sp.Start = toks[rest.i].start
			// The abbreviation is a title ("former DP"), so the name is
			// as sure as after "Mr".
			sure = c.i > 0 && toks[c.i-1].flags&wFormer != 0
		}
	}
	if !person {
		// "Vyasna, an independent Belarusian human rights center": an
		// apposition whose head is an organisation word types the name.
		if country, sector, ok := r.appositiveOrg(st, next); ok {
			a := dyad.Actor{Kind: dyad.ActorOrg, Sector: sector, Name: st.text[sp.Start:sp.End]}
			if country != "" {
				a.Country, a.Code = country, st.code(country, sector)
			}
			st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1, needCountry: country == "" && stateSectors[sector]})
		}
		return next
	}
	d := draft{span: sp, kind: dyad.MentionPerson, actor: dyad.Actor{Kind: dyad.ActorPerson, Name: st.text[sp.Start:sp.End]}, coded: true, ante: -1, source: "ner", person: true, needCountry: (sure || ntok >= 2) && r.personContext(st, c, sure)}
	if d.needCountry || sure {
		// "Erdogan's communication chief, Fahrettin Altun": the
		// possessor's country.
		if c, sector := r.possessorCountry(st, c.i); c != "" {
			d.actor.Country, d.actor.Code = c, st.code(c, sector)
			d.actor.Sector = sector
			d.needCountry = false
		}
	}
	if n := len(st.drafts); n > 0 {
		// "Moldova's president, Ion Munteanu,": a description right
		// before the name, after a comma, is the name's role.
		p := &st.drafts[n-1]
		end := p.span.End
		if ar := st.affil.role; ar >= 0 && st.affil.end <= sp.Start && st.drafts[ar].sent == st.sent {
			// "the director of Amnesty International, Mariela
			// Belski": the role its organisation coded (affil.go).
			p, end = &st.drafts[ar], st.affil.end
		}
		if p.sent == st.sent && p.person && p.actor.Code != "" && (p.kind == dyad.MentionRole || p.kind == dyad.MentionAnonymous) &&
			strings.TrimSpace(st.text[end:sp.Start]) == "," {
			a := p.actor
			a.Kind, a.Name, a.ID, a.Anonymous, a.Affiliation = dyad.ActorPerson, d.actor.Name, "", false, ""
			d.actor, d.needCountry = a, false
			p.actor = a
			if p.kind == dyad.MentionAnonymous {
				p.kind = dyad.MentionRole
			}
			p.ante = -1
		}
	}
	if ante := st.samePerson(d.actor.Name); ante >= 0 && d.actor.Code == "" {
		// The full name again: the same person as before.
		d.actor, d.ante, d.source, d.needCountry = st.drafts[ante].actor, ante, "coref", st.drafts[ante].needCountry && d.needCountry
		if d.actor.Code == "" && (sure || ntok >= 2) && r.personContext(st, c, sure) {
			st.drafts[ante].needCountry = true
		}
	}
	r.setKey(st, &d, c.j-1)
	st.add(d)
	return next
}

// nameWithCountry emits an organisation whose name ends with a country's
// name: capitalised words in mid-sentence run straight into the country
// and the name stops there ("Reclaim Australia", "Air Ruritania", "Bank
// Indonesia", "NARAL Pro-Choice America": an abbreviation opens such a
// name only with a word after it). A country so qualified is the organisation's, and no
// mention of its own. Words that make a region or an era of the country
// ("Eastern Ukraine", "Upper Egypt", "Tsarist Russia") and a first name
// or a title before them (a person's name) do not. It returns the chunk
// after the country, or false when chunk k starts no such name.
func (r *Resolver) nameWithCountry(st *state, k int) (int, bool) {
	ch := st.chunks
	c := &ch[k]
	toks := st.toks
	next := k + 1
	// (Not after a quotation mark: the capital may open a quoted
	// sentence or a title.)
	if c.i == 0 || !toks[c.i-1].word && !openers[st.tokText(c.i-1)] || next >= len(ch) || ch[next].kind != cEnt || ch[next].i != c.j || toks[c.i].caps && (c.j-c.i < 2 || toks[c.j-1].caps) || toks[c.i].flags&wFirstName != 0 || r.titleBefore(st, c.i) {
		return 0, false
	}
	if w := st.tokText(c.j - 1); len(w) < 3 || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && toks[c.j-1].flags&(wOrgWord|wOrgSuffix) == 0 || strings.HasSuffix(w, "ly") {
		// ("O Canada"; "Uyghurs Thailand", "Increasingly China": a
		// plural or an adverb is no name's word, unless it is an
		// organisation's: "Partai Komunis Indonesia", "Greens
		// Australia".)
		return 0, false
	}
	for i := ch[next].i; i < ch[next].j; i++ {
		if toks[i].flags&wPlaceSuffix != 0 {
			return 0, false // "Liuheng Island"
		}
	}
	if e := &r.d.entities[ch[next].idx]; e.person || e.mkind != dyad.MentionCountry {
		return 0, false
	}
	if j := ch[next].j; j < len(toks) && toks[j].word && toks[j].cap {
		return 0, false // "… Russia Party": the name goes on
	}
	for i := c.i; i < c.j; i++ {
		if regionWords[strings.ToLower(st.tokText(i))] || toks[i].flags&(wPlaceSuffix|wLocative) != 0 {
			return 0, false
		}
	}
	country := r.entityActor(st, ch[next].idx).Country
	sp := dyad.Span{Start: toks[c.i].start, End: toks[ch[next].j-1].end}
	sector := r.orgSector(st, k)
	a := dyad.Actor{Kind: dyad.ActorOrg, Country: country, Sector: sector, Name: st.text[sp.Start:sp.End]}
	if sector != "" || r.orgWords(st, c.i, c.j) {
		// (With an organisation word but none for a sector the code
		// is the bare country: "Youth Forum Zimbabwe" → ZWE; with
		// neither the name may be a place's or a thing's.)
		a.Code = st.code(country, sector)
	}
	// (The country still tells what the article is about: it votes.)
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
	r.learnAcronym(st, ch[next].j, a)
	return next + 1, true
}

// polityWords name a kind of state, mostly of the past, in names such
// as "Principality of Guria", "Duchy of Saxony", "Cape Colony".
var polityWords = map[string]bool{
	"principality": true, "duchy": true, "colony": true, "khanate": true, "emirate": true,
	"sultanate": true, "kingdom": true, "margraviate": true, "caliphate": true, "tsardom": true,
	"protectorate": true, "dominion": true, "viceroyalty": true, "grand duchy": true,
}

// nameBeforeRole reads a name that runs into a role opening with a
// capitalised organisation word ("Black Panther Party leader Eldridge
// Cleaver", where the dictionary's role is "party leader"): the name and
// that word are the organisation's name, and the role goes on from the
// next word. It returns the role's chunk, or false.
func (r *Resolver) nameBeforeRole(st *state, k int) (int, bool) {
	ch, toks := st.chunks, st.toks
	c := &ch[k]
	next := k + 1
	if next >= len(ch) || ch[next].kind != cRole || ch[next].i != c.j || ch[next].j-ch[next].i < 2 || c.j-c.i > 4 {
		return 0, false
	}
	w := &toks[ch[next].i]
	if !w.word || !w.cap || w.caps || w.flags&wOrgSuffix == 0 || toks[c.i].flags&wFirstName != 0 || r.titleBefore(st, max(c.i, 1)) && c.i > 0 {
		return 0, false
	}
	if t := &toks[ch[next].i+1]; !t.word || t.cap {
		return 0, false // the role goes on in lower case: "Party leader"
	}
	sp := dyad.Span{Start: toks[c.i].start, End: w.end}
	a := dyad.Actor{Kind: dyad.ActorOrg, Name: st.text[sp.Start:sp.End]}
	if w.id >= 0 {
		a.Sector = r.d.orgSect[w.id]
	}
	st.add(draft{span: sp, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
	ch[next].i++
	return next, true
}

// notPolity are the tails of kingdoms that are no states ("the Kingdom
// of God").
var notPolity = map[string]bool{"God": true, "Heaven": true, "Christ": true}

// polityName emits a state the dictionaries do not know, named by a word
// for a kind of state: "Principality of Mingrelia", "Crown Colony of
// North Borneo", "Duchy of Saxony" (the word and a capitalised "of"
// tail), "Cape Colony" (a name ending with "Colony"). It is a country
// mention without a code. It returns the chunk after the name, or false
// when chunk k starts no such name.
func (r *Resolver) polityName(st *state, k int) (int, bool) {
	ch := st.chunks
	c := &ch[k]
	toks := st.toks
	last := strings.ToLower(st.tokText(c.j - 1))
	if !polityWords[last] || !toks[c.j-1].cap {
		return 0, false
	}
	sp := dyad.Span{Start: toks[c.i].start, End: toks[c.j-1].end}
	next := k + 1
	if next+1 < len(ch) && ch[next].kind == cNone && st.flagsAt(next)&wOf != 0 {
		// The tail: capitalised words, no person's name.
		m := next + 1
		for m < len(ch) && m < next+4 && st.toks[ch[m].i].word && st.toks[ch[m].i].cap && (ch[m].kind == cName || ch[m].kind == cEnt && !r.d.entities[ch[m].idx].person ||
			ch[m].kind == cNone && regionWords[strings.ToLower(st.tokText(ch[m].i))] && m+1 < len(ch) && st.toks[ch[m+1].i].cap) {
			m++ // ("Crown Colony of North Borneo")
		}
		if m == next+1 || ch[m-1].kind == cNone || m == next+2 && notPolity[st.tokText(ch[next+1].i)] {
			return 0, false
		}
		sp.End = toks[ch[m-1].j-1].end
		next = m
	} else if last != "colony" || c.j-c.i < 2 {
		return 0, false
	}
	a := dyad.Actor{Kind: dyad.ActorState, Name: st.text[sp.Start:sp.End]}
	if m := next - 1; m > k+1 && ch[m].kind == cEnt && r.d.entities[ch[m].idx].mkind == dyad.MentionCountry {
		// "Dominion of Canada": the country that continues it.
		if ca := r.entityActor(st, ch[m].idx); ca.Code != "" {
			a.Country, a.Code = ca.Country, ca.Code
		}
	}
	st.add(draft{span: sp, kind: dyad.MentionCountry, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
	return next, true
}

// openers are punctuation after which a capital still shows a name.
var openers = map[string]bool{"(": true, ",": true, ";": true, ":": true, "-": true}

// regionWords make a region, a people or an era of the country they
// qualify, not an organisation's name.
var regionWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "upper": true, "lower": true, "greater": true,
	"inner": true, "outer": true, "mainland": true, "continental": true, "metropolitan": true,
	"rural": true, "coastal": true, "occupied": true, "ancient": true, "modern": true,
	"medieval": true, "colonial": true, "imperial": true, "tsarist": true, "soviet": true,
	"nazi": true, "fascist": true, "communist": true, "postwar": true, "prewar": true,
	"independent": true, "free": true, "global": true, "little": true, "old": true, "young": true,
	"red": true, "white": true, "black": true, "all": true, "whole": true, "entire": true,
}

// appositiveOrg reads an apposition after a name, starting at chunk k:
// ", a/an/the …" up to the next punctuation or function word, and
// reports whether its head (the last word) is an organisation word. It
// returns the country a country word in it names and the head's sector.
func (r *Resolver) appositiveOrg(st *state, k int) (country, sector string, ok bool) {
	ch := st.chunks
	if k+2 >= len(ch) || ch[k].kind != cNone || st.tokText(ch[k].i) != "," || st.flagsAt(k+1)&(wDet|wIndef) == 0 {
		return "", "", false
	}
	head := -1
	for m := k + 2; m < len(ch) && m < k+10; m++ {
		c := &ch[m]
		t := &st.toks[c.i]
		if !t.word || c.kind == cNone && t.flags&wStop != 0 && t.flags&wMod == 0 {
			break
		}
		switch c.kind {
		case cEnt:
			switch e := &r.d.entities[c.idx]; e.mkind {
			case dyad.MentionCountry, dyad.MentionDemonym:
				country = r.entityActor(st, c.idx).Country
			default:
				return "", "", false
			}
			head = -1
		case cNone:
			head = -1
			if t.flags&wOrgSuffix != 0 && !t.cap {
				head = m
			}
		case cRole:
			// "a Greek company", "an opposition party"; a person's role
			// ("a Kenyan lawyer") is not an organisation's apposition.
			if lt := &st.toks[c.j-1]; lt.flags&wOrgSuffix == 0 || lt.cap {
				return "", "", false
			}
			head = m
		default:
			return "", "", false
		}
	}
	if head < 0 {
		return "", "", false
	}
	hc := &ch[head]
	if hc.kind == cRole && r.d.roles[hc.idx].sector != "" {
		return country, r.d.roles[hc.idx].sector, true
	}
	return country, r.d.orgSect[st.toks[hc.j-1].id], true
}

// commonWords reports whether every word in span sp is a dictionary
// word and none a place word: a name with an unknown word or a place word
// may be a place's body ("Gainesville Police", "Mount Pleasant Fire
// Department"), which the places stage keeps as a place when it is not
// coded.
func (r *Resolver) commonWords(st *state, sp dyad.Span) bool {
	for i := range st.toks {
		t := &st.toks[i]
		if t.end <= sp.Start && i+1 < len(st.toks) && st.toks[i+1].start >= sp.Start && t.cap && t.flags&wPlaceSuffix != 0 {
			return false // "Mount Pleasant Fire Department"
		}
		if t.start >= sp.Start && t.end <= sp.End && t.word && (t.id < 0 || t.flags&wPlaceSuffix != 0) {
			return false
		}
	}
	return true
}

// placePrefixes are words that open place names, not people's ("San
// Diego", "Port Moresby", "Kota Kinabalu").
var placePrefixes = map[string]bool{
	"San": true, "Santa": true, "Santo": true, "Sao": true, "São": true, "Los": true, "Las": true,
	"Port": true, "Fort": true, "Puerto": true, "Porto": true, "Kota": true, "Bandar": true,
	"Ciudad": true, "Villa": true, "Costa": true, "Sierra": true, "Rio": true, "Río": true,
}

// stateSectors are the sectors of a state's own bodies: an organisation
// of one of these sectors that names no country is the article's
// country's.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// intlName reports whether the words of span sp name an international or
// foreign body rather than a state's own ("International Tribunal",
// "World Trade Organization", "Arab League Council", "UN Security
// Council"): an international word or any country, region or
// organisation in the dictionaries.
func (r *Resolver) intlName(st *state, sp dyad.Span) bool {
	for i := range st.toks {
		t := &st.toks[i]
		if t.start < sp.Start || t.end > sp.End || !t.word {
			continue
		}
		switch st.tokText(i) {
		case "International", "World", "Global", "Joint", "Allied", "Coalition", "Multinational", "United", "Nations", "Interpol":
			return true
		}
	}
	for k := range st.chunks {
		c := &st.chunks[k]
		if c.kind == cEnt && st.toks[c.i].start >= sp.Start && st.toks[c.j-1].end <= sp.End {
			return true
		}
	}
	return false
}

// givenNameOf returns the draft of the one coded person named earlier in
// the article whose name of two words or more starts with w ("Mahathir"
// after "Mahathir Mohamad"), -1 when there is none, or several people
// with that first name, or w is another such person's later name word.
func (st *state) givenNameOf(w string) int32 {
	found := int32(-1)
	for i := range st.drafts {
		d := &st.drafts[i]
		if !d.person || d.anaphor || d.kind != dyad.MentionPerson || d.actor.Code == "" || d.actor.Anonymous || d.span.Start < 0 {
			continue
		}
		fs := strings.Fields(d.actor.Name)
		if len(fs) < 2 {
			continue
		}
		for n, f := range fs {
			if !strings.EqualFold(f, w) {
				continue
			}
			if n > 0 {
				return -1
			}
			if found >= 0 && st.drafts[found].actor.Name != d.actor.Name {
				return -1
			}
			if found < 0 {
				found = int32(i)
			}
		}
	}
	return found
}

// samePerson returns the first draft of the person named name earlier
// in the article by the named-entity layer, -1 when none.
func (st *state) samePerson(name string) int32 {
	for i := range st.drafts {
		d := &st.drafts[i]
		if d.person && d.ante < 0 && d.kind == dyad.MentionPerson && d.source == "ner" && d.actor.Name == name {
			return int32(i)
		}
	}
	return -1
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
		if t.caps && (len(w) > 2 || len(w) == 2 && i == c.j-1 && i > c.i) {
			// (Also a two-letter abbreviation ending the name: "Zanu
			// PF", a party.)
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

// orgTail extends an organisation's name over "of …" or "for …" and the
// capitalised words after it ("Party of Northern Ireland", "Union for
// French Democracy", "Democratic Choice of Russia"). It returns the chunk
// after the tail (next itself when there is none), the token end, and
// the country the tail names, if any.
func (r *Resolver) orgTail(st *state, next int) (int, int, string) {
	k, end, country := r.orgTail1(st, next)
	// "Popular Front for the Liberation of Palestine": a second tail.
	if k > next {
		if k2, end2, c2 := r.orgTail1(st, k); k2 > k {
			k, end = k2, end2
			if c2 != "" {
				country = c2
			}
		}
	}
	return k, end, country
}

// orgTail1 is one "of …" or "for …" tail of orgTail.
func (r *Resolver) orgTail1(st *state, next int) (int, int, string) {
	ch := st.chunks
	if next+1 >= len(ch) || ch[next].kind != cNone {
		return next, 0, ""
	}
	w := st.tokText(ch[next].i)
	if st.flagsAt(next)&wOf == 0 && w != "for" && !foreignOf[w] {
		return next, 0, ""
	}
	k := next + 1
	if k < len(ch) && ch[k].kind == cNone && (st.toks[ch[k].i].id == r.theID || foreignOf[w] && foreignThe[st.tokText(ch[k].i)]) && !st.toks[ch[k].i].cap {
		k++ // "Party of the Left", "Partido de la Revolución"
	}
	country := ""
	start, ntok := k, 0
	for k < len(ch) && ntok < 5 {
		c := &ch[k]
		t := &st.toks[c.i]
		if k == start && c.kind == cEnt && t.id == r.theID && !t.cap && c.j-c.i >= 2 && r.d.entities[c.idx].mkind == dyad.MentionCountry {
			// "Education Commission of the States": a country
			// whose name holds its article.
			country = r.entityActor(st, c.idx).Country
			ntok += c.j - c.i
			k++
			break
		}
		if !t.word || !t.cap || t.flags&(wStop|wDet|wPoss|wPronoun|wReport|wAnd) != 0 && c.kind == cNone {
			break
		}
		if c.kind == cEnt {
			e := &r.d.entities[c.idx]
			if e.person || e.mkind == dyad.MentionOrg && k == start && c.j-c.i >= 2 && st.tokText(ch[next].i) == "for" {
				// ("left the Quebec Liberal Party for the Parti
				// Québécois": an organisation's name starts no tail.)
				break
			}
			if e.mkind == dyad.MentionCountry || e.mkind == dyad.MentionDemonym || e.mkind == dyad.MentionCapital {
				country = r.entityActor(st, c.idx).Country
			}
		}
		if c.kind == cSur {
			break
		}
		ntok += c.j - c.i
		k++
		// "Party of Socialists and Democrats": "and" and another
		// capitalised word of the name.
		// (Not another organisation: "the Reform Party of Canada and
		// Canadian Alliance", "Union of Right Forces and the Democratic
		// Party".)
		if k+1 < len(ch) && ch[k].kind == cNone && st.toks[ch[k].i].flags&wAnd != 0 && st.toks[ch[k+1].i].word && st.toks[ch[k+1].i].cap &&
			(ch[k+1].kind == cName || ch[k+1].kind == cEnt && !r.d.entities[ch[k+1].idx].person || ch[k+1].kind == cRole && r.d.roles[ch[k+1].idx].flags&roleGroup != 0) && !r.orgConjunct(st, k+1) {
			k++
		}
	}
	if k == start {
		return next, 0, ""
	}
	return k, ch[k-1].j, country
}

// foreignOf are the words for "of" that link an organisation's name in
// another language to its tail ("Partido Liberal de Honduras", "Front
// du Peuple"), and foreignThe the articles that may follow them.
var (
	foreignOf  = map[string]bool{"de": true, "del": true, "du": true, "des": true, "di": true, "della": true, "do": true, "da": true, "dos": true, "das": true}
	foreignThe = map[string]bool{"la": true, "le": true, "el": true, "los": true, "las": true, "les": true}
)

// orgConjunct reports whether the capitalised words from chunk k on
// name an organisation of their own: two words or more that hold a
// dictionary's organisation or end with an organisation word ("Canadian
// Alliance", "Hong Kong Bar Association"; not "Democrats" in "Party of
// Socialists and Democrats").
func (r *Resolver) orgConjunct(st *state, k int) bool {
	ch, toks := st.chunks, st.toks
	if k+2 < len(ch) && ch[k].kind == cRole && r.d.roles[ch[k].idx].flags&roleGroup != 0 && ch[k+1].kind == cNone &&
		(st.flagsAt(k+1)&wOf != 0 || st.tokText(ch[k+1].i) == "for") && toks[ch[k+2].i].cap {
		// "… and Veterans for Peace": a group's name (groupName).
		return true
	}
	ntok, org := 0, false
	for ; k < len(ch) && ntok < 6; k++ {
		t := &toks[ch[k].i]
		if !t.word || !t.cap || ch[k].kind == cNone && t.flags&(wStop|wDet|wAnd) != 0 {
			break
		}
		if ch[k].kind == cEnt && r.d.entities[ch[k].idx].mkind == dyad.MentionOrg && ch[k].j-ch[k].i >= 2 {
			org = true
		}
		ntok += ch[k].j - ch[k].i
		org = org || toks[ch[k].j-1].flags&wOrgSuffix != 0 && ntok >= 2
	}
	return org && ntok >= 2
}

// acronymLinks are lower-case words that may stand inside a name its
// abbreviation leaves out ("Campaign for Nuclear Disarmament").
var acronymLinks = map[string]bool{
	"and": true, "of": true, "for": true, "the": true, "to": true, "in": true, "on": true,
	"against": true, "de": true, "du": true, "des": true, "la": true, "le": true, "el": true,
	"del": true, "di": true, "y": true, "et": true, "und": true, "für": true, "per": true,
}

// definedAcronym reports whether the capitalised words from name chunk
// k, with linking words between them, run into an abbreviation in
// brackets whose capitals are their initials ("Act Now to Stop War and
// End Racism (A.N.S.W.E.R.)", "Civics and Innovators (CI)"), and returns
// the token where the bracket opens. A plural abbreviation ("IDPs") names
// a kind of thing, and one the dictionaries mark as no actor (GDP) is
// none.
func (r *Resolver) definedAcronym(st *state, k int) (int, bool) {
	toks := st.toks
	var initials [12]byte
	n := 0
	t := st.chunks[k].i
	for ; t < len(toks) && t < st.chunks[k].i+12; t++ {
		tk := &toks[t]
		w := st.tokText(t)
		if w == "(" {
			break
		}
		switch {
		case !tk.word:
			return 0, false
		case tk.cap:
			if n == len(initials) {
				return 0, false
			}
			initials[n] = w[0]
			n++
		case !acronymLinks[w]:
			return 0, false
		}
	}
	if n < 2 || t+2 >= len(toks) || st.tokText(t) != "(" || st.tokText(t+2) != ")" || !toks[t-1].cap {
		return 0, false
	}
	acr := st.tokText(t + 1)
	if !acronymLike(acr) || toks[t+1].flags&(wNonPerson|wCommon) != 0 || len(acr) > 2 && acr[len(acr)-1] == 's' && acr[len(acr)-2] >= 'A' && acr[len(acr)-2] <= 'Z' {
		return 0, false
	}
	m := 0
	for i := 0; i < len(acr); i++ {
		if c := acr[i]; c >= 'A' && c <= 'Z' {
			if m >= n || initials[m] != c {
				return 0, false
			}
			m++
		}
	}
	return t, m == n
}

// learnAcronym records "(ACR)" right after an organisation's name ending
// before token e and adds it as a mention of the same organisation.
func (r *Resolver) learnAcronym(st *state, e int, a dyad.Actor) {
	toks := st.toks
	if e+2 >= len(toks) || st.tokText(e) != "(" || st.tokText(e+2) != ")" || !toks[e+1].word {
		return
	}
	w := st.tokText(e + 1)
	if !acronymLike(w) {
		return
	}
	if end, p, ok := r.longest(st, e+1); ok && end == e+2 && p.kind == pEntity {
		// "(UK)", "(NATO)" after another name: a word the dictionaries
		// know as something else keeps its meaning.
		if e := &r.d.entities[p.idx]; e.mkind != dyad.MentionOrg || a.Code != "" && r.entityActor(st, p.idx).Code != a.Code {
			return
		}
	}
	if a.Code == "" {
		// "United Nations Educational, Scientific and Cultural
		// Organization (UNESCO)": a long form no dictionary knows takes
		// the code of the abbreviation the dictionaries know.
		if end, p, ok := r.longest(st, e+1); ok && end == e+2 && p.kind == pEntity && r.d.entities[p.idx].mkind == dyad.MentionOrg {
			if da := r.entityActor(st, p.idx); da.Code != "" {
				long := a.Name
				a = da
				a.Name = long
				if n := len(st.drafts); n > 0 && st.drafts[n-1].span.End <= toks[e].start && st.drafts[n-1].actor.Name == long {
					st.drafts[n-1].actor = a
					st.drafts[n-1].needCountry = false
				}
			}
		}
	}
	a.Name = w
	st.acr = append(st.acr, acronym{text: w, actor: a, src: -1})
	st.add(draft{span: dyad.Span{Start: toks[e+1].start, End: toks[e+1].end}, kind: dyad.MentionOrg, actor: a, coded: true, ante: -1, source: "ner", keyID: -1})
}

// acronymLike reports whether w looks like an abbreviation: 2 to 8
// letters, starting with a capital, at least two of them capitals ("SDI",
// "MpS", "PvdA").
func acronymLike(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			caps++
		case 'a' <= c && c <= 'z', c == '.', c == '-', c == '&':
		default:
			return false
		}
	}
	return caps >= 2
}

// mixedAcronym reports whether w is an abbreviation written in mixed
// case: letters only, capitals first and last and at least two of them
// ("IdV", "PvdA", "MpS"), not a name ("McCain") nor a word.
func mixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 6 || !capsEnd(w) || !acronymLike(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// capsEnd reports whether w ends with a capital letter, as abbreviations
// written in mixed case do ("IdV", "PvdA") and surnames do not.
func capsEnd(w string) bool {
	return len(w) > 1 && w[len(w)-1] >= 'A' && w[len(w)-1] <= 'Z'
}

// loneSurname reports whether the one-word chunk c may be a surname
// standing alone: a word no dictionary knows, a surname several
// dictionary people share, or a word known only inside names that no
// person named before in the article has ("Kim said" after "Kim Jong Un"
// is no new person).
func (r *Resolver) loneSurname(st *state, c *chunk) bool {
	t := &st.toks[c.i]
	if t.id < 0 || c.kind == cSur {
		return true
	}
	// A word the dictionaries know only inside people's names ("Johnson
	// ran for governor", "Samuel became a judge"), unless it is a word of
	// a person the article has named.
	if t.flags&^(wFirstName|wFemale|wMale) != 0 {
		return false
	}
	w := st.tokText(c.i)
	for i := range st.drafts {
		if d := &st.drafts[i]; d.person {
			for f := range strings.FieldsSeq(d.actor.Name) {
				if strings.EqualFold(f, w) {
					return false
				}
			}
		}
	}
	return true
}

// personVerbs are verbs (after a bare name) whose subject is a person.
var personVerbs = map[string]bool{
	"became": true, "becomes": true, "served": true, "serves": true, "campaigned": true,
	"resigned": true, "married": true, "died": true, "retired": true, "stood": true,
	"studied": true, "graduated": true, "testified": true, "tweeted": true,
	"spoke": true, "speaks": true, "ran": true, "runs": true, "joined": true,
	"remained": true, "regained": true, "contested": true, "volunteered": true,
	"founded": true, "co-founded": true, "wrote": true, "chaired": true,
	"campaigns": true, "resigns": true, "hoped": true, "praised": true, "survived": true,
	"led": true, "sought": true,
}

// reelection are the words for being elected again.
var reelection = map[string]bool{"re-election": true, "reelection": true}

// nameAdverbs are adverbs that may stand between a subject's name and
// its verb ("Hundal later ran", "Shaw himself ran").
var nameAdverbs = map[string]bool{
	"later": true, "also": true, "then": true, "himself": true, "herself": true,
	"subsequently": true, "previously": true, "eventually": true, "again": true,
	"first": true, "never": true, "once": true, "briefly": true, "unsuccessfully": true,
	"successfully": true, "initially": true, "twice": true,
}

// clauseWords are lower-case words after a name that are no verb of
// it: conjunctions, relatives and prepositions a locative flag misses.
var clauseWords = map[string]bool{
	"and": true, "or": true, "but": true, "of": true, "for": true, "with": true, "by": true,
	"because": true, "since": true, "while": true, "when": true, "where": true, "whereas": true,
	"if": true, "unless": true, "although": true, "though": true, "so": true, "until": true,
	"whether": true, "despite": true, "once": true, "via": true, "per": true,
	"as": true, "than": true, "that": true, "which": true, "who": true, "whom": true, "on": true,
	"about": true, "against": true, "under": true, "over": true, "after": true, "before": true,
	"during": true, "like": true, "unlike": true, "without": true, "within": true, "upon": true,
}

// personNouns are nouns that, after "was a"/"is the", say the subject is
// a person, besides the people's roles in the dictionaries ("Vantongeren
// was a member of the Senate").
var personNouns = map[string]bool{
	"member": true, "founder": true, "co-founder": true, "graduate": true, "native": true,
	"veteran": true, "supporter": true, "proponent": true, "critic": true, "lawyer": true,
	"fellow": true, "figure": true,
}

// personPassives are participles after "was"/"has been" whose subject is
// a person ("was elected", "has been re-elected").
var personPassives = map[string]bool{
	"elected": true, "re-elected": true, "reelected": true, "born": true, "appointed": true,
	"sworn": true, "nominated": true, "knighted": true, "arrested": true, "educated": true,
}

// personVerbAfter reports whether a verb that takes a person as its
// subject follows token i: a reporting verb, one of personVerbs, or
// "was"/"has been" with one of personPassives.
func (r *Resolver) personVerbAfter(st *state, i int) bool {
	toks := st.toks
	if i >= len(toks) || !toks[i].word || toks[i].cap {
		return false
	}
	if toks[i].flags&wReport != 0 {
		return true
	}
	w := st.tokText(i)
	if nameAdverbs[w] && i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap {
		// "Hundal later ran", "Shaw himself ran".
		i++
		w = st.tokText(i)
	}
	if personVerbs[w] {
		return true
	}
	if (w == "won" || w == "lost" || w == "wins") && i+1 < len(toks) && reelection[st.lowAt(i+1)] {
		// "Park won re-election": a party wins seats, a person
		// re-election.
		return true
	}
	if i+1 < len(toks) && !clauseWords[w] && toks[i].flags&(wDet|wIndef|wPoss|wPronoun|wLocative) == 0 {
		switch st.tokText(i + 1) {
		case "his", "her", "himself", "herself":
			// "Hodge kept his seat", "Bagrat allied himself": the
			// subject is the one "his" stands for.
			return true
		}
	}
	if w == "was" || w == "is" || w == "has" || w == "had" {
		j := i + 1
		for j < len(toks) && (st.tokText(j) == "been" || nameAdverbs[st.tokText(j)]) {
			j++
		}
		if j < len(toks) && personPassives[st.tokText(j)] {
			return true
		}
		if (w == "has" || w == "had") && j == i+1 && j < len(toks) && (personVerbs[st.tokText(j)] || toks[j].flags&wReport != 0) {
			// "Ostrander had hoped", "Lindqvist has served", "Ambrose
			// has stated".
			return true
		}
		return (w == "was" || w == "is") && r.personPredicate(st, j)
	}
	return false
}

// personPredicate reports whether a predicate noun phrase from token i
// names a person: "a member", "the party's candidate", "a Liberal
// lawmaker" — an article, up to two modifiers, and a person's noun or
// role (not a group's, an institution's or an organisation's: "was the
// largest party").
func (r *Resolver) personPredicate(st *state, i int) bool {
	toks := st.toks
	if i >= len(toks) || toks[i].flags&(wDet|wIndef) == 0 || toks[i].cap {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := &toks[j]
		if !t.word {
			return false
		}
		if !t.cap && personNouns[st.tokText(j)] {
			return true
		}
		if end, p, ok := r.longest(st, j); ok && p.kind == pRole && !toks[j].cap {
			if toks[end-1].flags&wOrgSuffix != 0 {
				continue // "the party candidate": the party qualifies
			}
			return r.d.roles[p.idx].flags&(roleGroup|roleOther|roleInst) == 0
		}
	}
	return false
}

// possessorCountry returns the country of the possessor in "X's ROLE,"
// right before token i (a name), "" when there is none or it has no
// country; and the role's sector when the possessor is of that sector
// (a president's spokesman speaks for the government).
func (r *Resolver) possessorCountry(st *state, i int) (country, sector string) {
	toks := st.toks
	if i < 3 || st.tokText(i-1) != "," || !toks[i-2].word || toks[i-2].cap {
		return "", ""
	}
	s := -1
	var rp payload
	for _, b := range [2]int{i - 2, i - 3} {
		if end, p, ok := r.longest(st, b); ok && p.kind == pRole && end == i-1 {
			s, rp = b, p
			break
		}
	}
	// ("Erdogan's communication chief": a lower-case word or two may
	// qualify the role.)
	for n := 0; n < 2 && s > 1 && toks[s-1].word && !toks[s-1].cap && toks[s-1].flags&wPossS == 0 && !possessivePronoun(st.tokText(s-1)); n++ {
		s--
	}
	if s < 1 {
		return "", ""
	}
	if toks[s-1].flags&wPossS == 0 {
		if possessivePronoun(st.tokText(s - 1)) {
			// "His widow, Denise Bucumi": the person last named, in
			// this sentence or the three before.
			return st.lastPersonCountry()
		}
		return "", ""
	}
	at := toks[s-1].start
	for k := len(st.drafts) - 1; k >= 0; k-- {
		d := &st.drafts[k]
		if d.sent != st.sent || d.span.End < at-1 {
			break
		}
		if d.span.End <= at && d.actor.Country != "" && !d.defaulted {
			if rs := r.d.roles[rp.idx].sector; rs != "" && rs == d.actor.Sector {
				return d.actor.Country, rs
			}
			return d.actor.Country, ""
		}
	}
	return "", ""
}

// possessivePronoun reports whether w is a single person's possessive
// pronoun.
func possessivePronoun(w string) bool {
	switch w {
	case "his", "her", "His", "Her":
		return true
	}
	return false
}

// possessedRole reports whether name token i stands in apposition to a
// role of a person the text names: "his widow, Denise".
func possessedRole(r *Resolver, st *state, i int) bool {
	c, _ := r.possessorCountry(st, i)
	return c != ""
}

// lastPersonCountry returns the country of the latest single person
// named in the current sentence or the three before whose country the text
// or the dictionaries give (not the document's by default), "" when none.
func (st *state) lastPersonCountry() (country, sector string) {
	for k := len(st.drafts) - 1; k >= 0; k-- {
		d := &st.drafts[k]
		if d.sent < st.sent-3 {
			break
		}
		if !d.person || d.actor.Anonymous {
			continue
		}
		if d.actor.Country == "" || d.defaulted {
			return "", ""
		}
		return d.actor.Country, ""
	}
	return "", ""
}

// roleInApposition reports whether a person's role word (not a group's
// or an institution's) stands among the lower-case words from token i
// on, before the next punctuation: "the association's executive
// director".
func (r *Resolver) roleInApposition(st *state, i int) bool {
	toks := st.toks
	for k := i; k < len(toks) && k < i+5; k++ {
		t := &toks[k]
		if t.flags&wPossS != 0 {
			continue
		}
		if !t.word {
			return false
		}
		if t.cap {
			continue
		}
		if _, p, ok := r.longest(st, k); ok && p.kind == pRole {
			return r.d.roles[p.idx].flags&(roleGroup|roleOther|roleInst) == 0
		}
	}
	return false
}

// roleEndingAt returns the role of a single role word at token i, or of
// a two-word role phrase ending there ("executive director").
func (r *Resolver) roleEndingAt(st *state, i int) (payload, bool) {
	for _, s := range [2]int{i, i - 1} {
		if s < 0 {
			continue
		}
		if end, p, ok := r.longest(st, s); ok && p.kind == pRole && end == i+1 {
			return p, true
		}
	}
	return payload{}, false
}

// personContext reports whether the words around a name show a person:
// a reporting verb before or after it ("said James Chege", "Edwin Mugalo
// said"), a verb only people do, or an apposition after a comma
// ("Viktar Babaryka, who …").
func (r *Resolver) personContext(st *state, c *chunk, sure bool) bool {
	toks := st.toks
	if c.i > 0 && toks[c.i-1].flags&wReport != 0 {
		return true
	}
	if c.i >= 2 && st.tokText(c.i-1) == "," && toks[c.i-2].word && !toks[c.i-2].cap {
		// "Mahan's director, Hamid Khanooki,": a role word, a comma,
		// the name.
		if p, ok := r.roleEndingAt(st, c.i-2); ok && r.d.roles[p.idx].flags&(roleGroup|roleOther|roleInst) == 0 {
			return true
		}
	}
	if c.j+1 < len(toks) && st.tokText(c.j) == "and" && toks[c.j+1].cap {
		// "Rafat Amirov and Polad Omarov, who …": a name coordinated
		// with a person's name shares its context.
		k := c.j + 1
		for k < len(toks) && toks[k].cap && toks[k].word && k-c.j <= 4 {
			k++
		}
		if k-c.j >= 3 && k < len(toks) && (toks[k].flags&wReport != 0 || st.tokText(k) == "," && k+1 < len(toks) && st.tokText(k+1) == "who") {
			return true
		}
	}
	if c.j < len(toks) {
		if toks[c.j].flags&wReport != 0 || r.personVerbAfter(st, c.j) {
			return true
		}
		if st.tokText(c.j) == "," && c.j+2 < len(toks) && st.tokText(c.j+1) == "of" && st.tokText(c.j+2) == "the" {
			// "Sharif Hotak, of the provincial council,": a person's
			// affiliation.
			return true
		}
		if st.tokText(c.j) == "who" {
			// "… Rigathi Gachagua who was impeached".
			return true
		}
		if st.tokText(c.j) == "," && c.j+1 < len(toks) {
			switch st.tokText(c.j + 1) {
			case "who", "wife", "husband", "whose":
				return true
			case "a", "an", "the":
				// (Places have appositions too: "Los Angeles, the
				// nation's busiest port".) A person's role word in
				// it shows a person: "Nop Vy, the association's
				// executive director".
				return sure || r.roleInApposition(st, c.j+2)
			}
			// "Mark Clifford, president of …", "Tendai Biti, spokesman
			// for …": a lower-case role word.
			if t := &toks[c.j+1]; t.word && !t.cap {
				if _, p, ok := r.longest(st, c.j+1); ok && p.kind == pRole && r.d.roles[p.idx].flags&(roleGroup|roleOther|roleInst) == 0 {
					return true
				}
			}
		}
	}
	return false
}

// personalPossessions are nouns and posts that, after a name and "'s",
// only a person has ("Genscher's resignation", "Kennedy's Secretary of
// State"), written as lower-case word sequences.
var personalPossessions = [][]string{
	{"resignation"}, {"presidency"}, {"premiership"}, {"chancellorship"}, {"administration"},
	{"wife"}, {"husband"}, {"widow"}, {"son"}, {"daughter"}, {"father"}, {"mother"},
	{"brother"}, {"sister"}, {"assassination"}, {"funeral"}, {"inauguration"},
	{"impeachment"}, {"re-election"}, {"reelection"}, {"memoirs"}, {"biography"},
	{"successor"}, {"predecessor"}, {"heir"}, {"running", "mate"}, {"vice", "president"},
	{"secretary", "of", "state"}, {"chief", "of", "staff"}, {"press", "secretary"},
}

// personalPossession reports whether token j is "'s" followed by one of
// personalPossessions.
func personalPossession(st *state, j int) bool {
	switch {
	case j < len(st.toks) && st.toks[j].flags&wPossS != 0:
	case st.lowAt(j) == "'" && st.lowAt(j+1) == "s":
		// Text tokenized beforehand: "Genscher 's resignation".
		j++
	default:
		return false
	}
	for _, ws := range personalPossessions {
		ok := true
		for k, w := range ws {
			if st.lowAt(j+1+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// coordinatedWithPerson reports whether the one-word name c is listed
// with a person's name: right after a person mention of the sentence and
// a comma, "and", "or" or "/" ("Gamal Abdel Nasser, Sukarno"), or right
// before such a link and a known first name ("Adams, Andrew Jackson").
// The person must be one for sure (a dictionary's, or a name with a known
// first name): a place misread as a name must not pull the next place
// along ("Hornsey, Stoke Newington and Walthamstow").
func (r *Resolver) coordinatedWithPerson(st *state, c *chunk) bool {
	toks := st.toks
	link := func(w string) bool { return w == "," || w == "and" || w == "or" || w == "/" }
	if !r.listItemEnd(st, c.j) {
		return false
	}
	if n := len(st.drafts); n > 0 && c.i > 0 {
		p := &st.drafts[n-1]
		between := strings.TrimSpace(st.text[p.span.End:toks[c.i].start])
		if b := strings.TrimSpace(strings.TrimPrefix(between, ",")); b != "" {
			between = b
		}
		if p.sent == st.sent && p.kind == dyad.MentionPerson && p.person && link(between) && r.surePerson(st, p) {
			return true
		}
	}
	j := c.j
	if j < len(toks) && link(st.lowAt(j)) {
		j++
		if st.lowAt(j) == "and" || st.lowAt(j) == "or" {
			j++
		}
		if j+1 < len(toks) && toks[j].cap && toks[j].flags&wFirstName != 0 && toks[j+1].cap && toks[j+1].word {
			return true
		}
	}
	return false
}

// coordinatedWithOrg reports whether name chunk k is an item of a list
// with an organisation's name next to it ("Shas, Meretz, Yisrael
// BaAliyah and the Centre Party", "the Sierra Club, Planned Parenthood
// and NARAL"): the mention just before it (an organisation) or the name
// just after it (a dictionary's organisation or a name ending with an
// organisation word), joined by a comma, "and" or "or", and "the"; or
// the first of a list a plural noun for organisations opens (see
// orgListOpens).
func (r *Resolver) coordinatedWithOrg(st *state, k int) bool {
	toks, ch := st.toks, st.chunks
	c := &ch[k]
	// A comma alone may set off an apposition ("the Tunisian
	// Parliament, Samir Dilou said", "the Royal Military Academy,
	// Sandhurst"): with a comma alone on one side, the list must go on
	// on the other.
	linkAfter := c.j < len(toks) && listLink(st.tokText(c.j))
	// (A comma after it goes on with a list only before a capitalised
	// word: "FIFA, the Zurich, Switzerland-based body" is none.)
	goesOn := linkAfter && (st.tokText(c.j) != "," || c.j+1 < len(toks) && (listLink(st.tokText(c.j+1)) ||
		toks[c.j+1].cap && !strings.Contains(st.tokText(c.j+1), "-")))
	if n := len(st.drafts); n > 0 && c.i > 0 {
		p := &st.drafts[n-1]
		if p.sent == st.sent && p.kind == dyad.MentionOrg && p.span.End <= toks[c.i].start && r.sureOrg(st, p, c.i) {
			if between := st.text[p.span.End:toks[c.i].start]; listLink(between) && (goesOn || !commaOnly(between)) {
				return r.listItemEnd(st, c.j)
			}
		}
	}
	if orgListOpens(st, c.i) {
		return r.listItemEnd(st, c.j)
	}
	m := k + 1
	if m >= len(ch) || !linkAfter {
		return false
	}
	linkBefore := c.i > 0 && listLink(st.tokText(c.i-1))
	m++
	for range 2 {
		if m < len(ch) {
			switch st.tokText(ch[m].i) {
			case "and", "or", "the":
				m++
			}
		}
	}
	if m >= len(ch) {
		return false
	}
	if between := st.text[toks[c.j].start:toks[ch[m].i].start]; !listLink(between) || commaOnly(between) && !linkBefore {
		return false
	}
	switch ch[m].kind {
	case cEnt:
		return r.d.entities[ch[m].idx].mkind == dyad.MentionOrg
	case cName:
		return r.orgName(st, m)
	}
	return false
}

// sureOrg reports whether draft p is surely an organisation's name, one
// that may type the names listed with it: a dictionary's, one typed so
// by a list itself, or a name whose last word is an organisation's
// ("American Guard"; not "S.D." or "Chamber of Commerce Serving
// Middletown", whose last word may be a place's).
// Token i is the first after p (p ends a few tokens before it).
func (r *Resolver) sureOrg(st *state, p *draft, i int) bool {
	if p.source == "dict" || p.listed {
		return true
	}
	j := i - 1
	for j >= 0 && st.toks[j].end > p.span.End {
		j--
	}
	return j >= 0 && st.toks[j].end == p.span.End && st.toks[j].flags&(wOrgSuffix|wOrgWord) != 0
}

// orgPlurals are plural nouns for organisations that may open a list of
// their names ("parties such as …").
var orgPlurals = map[string]bool{
	"parties": true, "groups": true, "organizations": true, "organisations": true, "movements": true,
	"unions": true, "charities": true, "companies": true, "associations": true, "societies": true,
	"ngos": true, "coalitions": true, "factions": true, "firms": true, "agencies": true,
	"institutions": true, "outlets": true, "newspapers": true, "broadcasters": true, "clubs": true,
	"militias": true, "alliances": true, "banks": true, "corporations": true,
}

// orgListOpens reports whether token i opens a list of organisations'
// names: it follows a plural noun for organisations and "such as",
// "like", "including", "include" or a colon, and perhaps "the"
// ("parties such as Ecolo and Groen", "organizations include the League
// of Women Voters").
func orgListOpens(st *state, i int) bool {
	if i > 0 && st.tokText(i-1) == "the" {
		i--
	}
	j := i - 1
	if j < 1 {
		return false
	}
	switch st.tokText(j) {
	case "as":
		if st.tokText(j-1) != "such" {
			return false
		}
		j--
	case "like", "including", "include", "includes", "included", ":":
	default:
		return false
	}
	return j > 0 && orgPlurals[st.tokText(j-1)]
}

// commaOnly reports whether a list link is a comma with no "and" or
// "or".
func commaOnly(between string) bool {
	return !strings.Contains(between, "and") && !strings.Contains(between, "or")
}

// listLink reports whether the text between two list items joins them: a
// comma, "and" or "or", with "the" after it.
func listLink(between string) bool {
	link := false
	for i := 0; i < len(between); {
		switch c := between[i]; {
		case c == ' ':
			i++
			continue
		case c == ',':
			link = true
			i++
			continue
		}
		j := i
		for j < len(between) && between[j] != ' ' && between[j] != ',' {
			j++
		}
		switch between[i:j] {
		case "and", "or":
			link = true
		case "the":
		default:
			return false
		}
		i = j
	}
	return link
}

// surePerson reports whether draft p (or the mention it refers back to)
// is a dictionary's person or a name that starts with a known first name.
func (r *Resolver) surePerson(st *state, p *draft) bool {
	for range 4 {
		if p.source == "dict" && p.actor.Kind == dyad.ActorPerson {
			return true
		}
		if p.ante < 0 || int(p.ante) >= len(st.drafts) {
			break
		}
		p = &st.drafts[p.ante]
	}
	first, _, _ := strings.Cut(st.text[p.span.Start:p.span.End], " ")
	// (The word map is build scratch; lookups go through the table.)
	id := r.d.table.id(fold(first))
	// (Not a title that opens a dictionary alias: "Crown Prince …".)
	return id >= 0 && p.span.End-p.span.Start > len(first) && r.d.flags[id]&(wFirstName|wTitle) == wFirstName
}

// listItemEnd reports whether a one-word list item may end before token
// j: at a comma, a conjunction, a preposition, a bracket or the
// sentence's end, or before a verb ("Bush and Quayle were challenged"), not before a noun
// it qualifies ("Manx language revivalist").
func (r *Resolver) listItemEnd(st *state, j int) bool {
	if j >= len(st.toks) || !st.toks[j].word {
		return true
	}
	switch st.lowAt(j) {
	case "and", "or", "were", "are", "was", "is", "have", "has", "had", "who", "whose",
		"in", "at", "on", "to", "with", "for", "from", "during", "after", "before", "of":
		return true
	}
	return st.toks[j].flags&wReport != 0 || r.personVerbAfter(st, j)
}

// partyNouns are lower-case words that, right after a name, make it a
// party's or a movement's ("the Kadima party").
// vesselNouns are lower-case words for ships and boats: a name right
// after one is a vessel's ("the tanker Kalev Maru").
var vesselNouns = map[string]bool{
	"ship": true, "vessel": true, "tanker": true, "freighter": true, "ferry": true, "yacht": true,
	"trawler": true, "boat": true, "frigate": true, "destroyer": true, "warship": true, "submarine": true,
	"cruiser": true, "corvette": true, "liner": true, "barge": true, "tugboat": true, "schooner": true,
}

var partyNouns = map[string]bool{"party": true, "movement": true, "alliance": true, "coalition": true, "bloc": true, "faction": true}

// partyNameAfter reports whether the capitalised name starting at token
// i stands right after a lower-case word for a party or a movement
// ("the party Democratic Choice", "the coalition Auzolan") as that
// party's name: not a first name ("the party John hosted") and not a
// subject of what people do ("the party Smith founded").
func (r *Resolver) partyNameAfter(st *state, i int) bool {
	toks := st.toks
	if i == 0 || !toks[i-1].word || toks[i-1].cap || !partyNouns[st.tokText(i-1)] || toks[i].flags&wFirstName != 0 {
		return false
	}
	j := i
	for j < len(toks) && toks[j].word && toks[j].cap {
		j++
	}
	return !r.personVerbAfter(st, j)
}

// businessNouns are lower-case words for a company or an outlet that,
// right before a name, say what the name is ("airline Mahan Air",
// "broadcaster NHK"), with the sector they give it.
var businessNouns = map[string]string{
	"airline": "BUS", "company": "BUS", "firm": "BUS", "corporation": "BUS",
	"conglomerate": "BUS", "giant": "BUS", "carmaker": "BUS", "automaker": "BUS", "lender": "BUS",
	"insurer": "BUS", "retailer": "BUS", "manufacturer": "BUS", "shipper": "BUS", "miner": "BUS",
	"broadcaster": "MED", "newspaper": "MED", "tabloid": "MED",
}

// nameGoesOn reports whether a name ending before token j goes on with a
// lower-case linking word and a capitalised word ("La Voix du Nord",
// "Bank of America"), which the rule for names after business words
// leaves to the other rules.
func (r *Resolver) nameGoesOn(st *state, j int) bool {
	toks := st.toks
	return j+1 < len(toks) && toks[j].word && !toks[j].cap && len(st.tokText(j)) <= 3 && toks[j+1].cap
}

// descriptorCountry returns the country of a mention of the current
// sentence that ends at most two words before offset at ("Iranian
// airline", "the Chinese telecoms firm"), "" when none.
func (st *state) descriptorCountry(at int) string {
	for k := len(st.drafts) - 1; k >= 0; k-- {
		d := &st.drafts[k]
		if d.sent != st.sent {
			break
		}
		if d.span.End > at {
			if d.span.Start < at && d.actor.Country != "" && !d.defaulted {
				// "The Iranian company" already a role.
				return d.actor.Country
			}
			continue
		}
		gap := st.text[d.span.End:at]
		if strings.Count(strings.TrimSpace(gap), " ") > 1 || strings.ContainsAny(gap, ",.;:()") {
			return ""
		}
		if d.actor.Country == "" || d.defaulted {
			return ""
		}
		return d.actor.Country
	}
	return ""
}

// companyShortForm returns the earlier business or outlet whose name is
// w followed by one word for a kind of company ("Mahan Air", "Acme
// Group", "Kolva Airlines"): later the first word alone names it. It
// returns -1 when no such organisation was named.
func (st *state) companyShortForm(w string) int32 {
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if d.kind != dyad.MentionOrg || d.ante >= 0 || d.actor.Code == "" || d.actor.Sector != "BUS" && d.actor.Sector != "MED" {
			continue
		}
		first, rest, ok := strings.Cut(d.actor.Name, " ")
		if ok && first == w && !strings.Contains(rest, " ") && companyWords[strings.ToLower(rest)] {
			return int32(i)
		}
	}
	return -1
}

// companyWords are the last words of company names that the name's
// first word can stand without.
var companyWords = map[string]bool{
	"air": true, "airline": true, "airlines": true, "airways": true, "group": true, "inc": true,
	"corp": true, "corporation": true, "company": true, "ltd": true, "plc": true, "holdings": true,
	"ag": true, "sa": true, "gmbh": true, "llc": true, "motors": true, "industries": true,
}

// placeApposition reports whether the name in tokens [i, j) stands in
// apposition to a common noun for a place: "<det> (adjectives) capital|
// city|town|…, NAME" closed by a comma or the sentence's end ("the
// regional capital, Banja Luka,", "its largest town, Kidal."). Such a
// name is a place, not a person ("the group's leader, Ali Dara," is not
// one: "leader" is no place noun).
func (st *state) placeApposition(i, j int) bool {
	toks := st.toks
	if i < 3 || st.tokText(i-1) != "," {
		return false
	}
	if j < len(toks) {
		switch st.tokText(j) {
		case ",", ".", ";", ")", "—", "–":
		default:
			return false
		}
	}
	n := i - 2
	if t := &toks[n]; !t.word || t.cap || t.flags&wPlaceNoun == 0 {
		return false
	}
	// Back over up to three lower-case modifiers ("largest", "port",
	// "second-biggest") to the determiner or possessive that opens the
	// noun phrase ("the", "its", "Mali's").
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		t := &toks[k]
		if t.flags&(wDet|wPoss|wPossS) != 0 {
			return true
		}
		if !t.word || t.cap {
			return false
		}
	}
	return false
}
