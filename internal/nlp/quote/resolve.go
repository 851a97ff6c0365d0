package quote

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
)

// anonSourceHeads are the nouns that, with no name attached, make an
// unnamed source ("a top official", "sources briefed on…", "a
// spokesperson for the Kremlin"). Role nouns that usually refer back to a
// named person ("the minister", "the leader") are not in it.
var anonSourceHeads = set("official", "officials", "source", "sources", "spokesperson",
	"spokespersons", "spokespeople", "spokesman", "spokesmen", "spokeswoman", "spokeswomen",
	"aide", "aides", "diplomat", "diplomats", "adviser", "advisers", "advisor", "advisors",
	"person", "people", "insider", "insiders", "analyst", "analysts", "expert", "experts",
	"observer", "observers", "staffer", "staffers", "negotiator", "negotiators", "lawmaker",
	"lawmakers", "operative", "operatives", "strategist", "strategists", "ally", "allies",
	"associate", "associates", "confidant", "confidants", "investigator", "investigators",
	"employee", "employees", "resident", "residents", "witness", "witnesses", "critics",
	"supporters", "officer", "officers", "someone", "insiders", "figure", "figures",
	"authorities", "reporter", "reporters", "correspondent", "correspondents", "eyewitness",
	"eyewitnesses", "others", "members", "activists", "protesters", "locals", "villagers",
	"forces", "troops", "police", "military", "survivors", "victims", "relatives", "families", "media",
	"scientists", "researchers", "doctors", "economists", "lawyers", "attorneys", "prosecutors",
	"voters", "experts", "campaigners", "demonstrators", "organizers", "organisers", "rescuers",
	"reports", "advocates", "groups", "documents", "suits", "lawsuits", "filings",
	"monitors", "watchdogs", "unions")

// orgNouns extend an anonymous source's affiliation ("Trump
// administration", "Defence ministry").
var orgNouns = set("administration", "government", "ministry", "campaign", "department",
	"office", "army", "military", "forces", "party", "cabinet", "team", "embassy",
	"delegation", "leadership", "camp", "circles", "authorities")

// outletWords end the names of news outlets ("Fox News", "The Times").
var outletWords = set("news", "times", "post", "journal", "radio", "tv", "television",
	"channel", "herald", "telegraph", "guardian", "independent", "mail", "observer",
	"express", "tribune", "gazette", "magazine", "network", "sun", "today", "press", "wire",
	"agency", "broadcasting", "daily", "chronicle", "standard", "economist", "politico",
	"axios", "bloomberg", "reuters", "newsweek", "monitor", "report", "globe", "star",
	"insider", "review", "mirror", "inquirer", "record", "bulletin")

// knownOutlets are outlet names that carry no outlet word.
var knownOutlets = set("reuters", "bloomberg", "politico", "axios", "al jazeera", "interfax",
	"tass", "ria novosti", "xinhua", "euronews", "newsweek", "time", "der spiegel", "spiegel",
	"le monde", "le figaro", "haaretz", "kyodo", "yonhap", "anadolu", "fox", "breitbart",
	"the atlantic", "atlantic", "vox", "slate", "buzzfeed", "vice", "semafor", "punchbowl",
	"the hill", "hill", "bild", "die zeit", "corriere della sera", "el país", "el pais",
	"ukrainska pravda", "kommersant", "izvestia", "meduza", "cnbc", "c-span", "npr", "pbs",
	"gmtv", "itv", "sky", "rtl", "zdf", "ard", "france 24", "dw", "deutsche welle", "rt",
	"nhk", "kyiv independent", "sputnik", "ifax", "ukrinform", "the new yorker", "newsmax",
	"msnbc", "cnn", "cbs", "nbc", "abc", "bbc", "ap", "afp", "dpa", "efe", "ansa", "pap")

// notOutlets are capitalised addressees that are never outlets.
var notOutlets = set("nato", "eu", "un", "us", "u.s.", "uk", "imf", "who", "osce", "g7", "g20",
	"opec", "asean", "mps", "congress", "parliament", "i", "the house", "senate")

// resolve turns candidates into quotes, in text order: it resolves
// speakers (mentions, pronouns, continuations), and finds each quote's
// venue and date.
func (w *work) resolve() {
	w.quotes = make([]dyad.Quote, 0, len(w.cands))
	lastPara, lastSent := -1, -1
	var last *dyad.Speaker // the previous quote's speaker
	var lastQ dyad.Quote   // the quote that speaker was resolved for
	var lastD dyad.Quote   // the previous direct quote with a speaker
	lastDSent := -1        // and the sentence it ended in
	for i := range w.cands {
		c := &w.cands[i]
		if c.content.End <= c.content.Start {
			continue
		}
		q := dyad.Quote{Span: c.content, Text: w.text[c.content.Start:c.content.End], Direct: c.direct, Unclosed: c.unclosed}
		if c.cueTok >= 0 {
			t := &w.toks[c.cueTok]
			end := t.End
			if c.cue.lemma == "according to" && c.cueTok+1 < len(w.toks) {
				end = w.toks[c.cueTok+1].End
			}
			if c.cueEnd <= c.cueTok {
				if e := w.phrasalCue(c.cueTok, c.cue); e > c.cueTok {
					c.cueEnd = e // "pointed out", "expressed concern"
					if c.cue.lemma == "express" {
						c.cue.lemma = "express " + w.toks[e].low
					}
				}
			}
			if c.cueEnd > c.cueTok {
				end = w.toks[c.cueEnd].End // "called for"
			}
			if c.cue.lemma == "agree" && c.cueTok+1 < len(w.toks) && w.toks[c.cueTok+1].low == "with" && w.toks[c.cueTok+1].sent == t.sent {
				end = w.toks[c.cueTok+1].End // "agreed with X that …"
			}
			if c.cueEnd <= c.cueTok {
				// "said repeatedly", "complained bitterly", "he said
				// then": an adverb right after the verb is part of the
				// reporting phrase as written.
				for a := c.cueTok + 1; a < len(w.toks) && a <= c.cueTok+2 && w.toks[a].sent == t.sent && w.toks[a].kind == dyad.TokenWord && !w.toks[a].upper && verbAdverbs[w.toks[a].low] && !w.toks[a].Overlaps(c.content); a++ {
					end = w.toks[a].End
				}
			}
			q.CueSpan = &dyad.Span{Start: t.Start, End: end}
			q.Cue = w.text[t.Start:end]
			q.CueLemma = c.cue.lemma
		}
		switch {
		case c.spkE > c.spkS:
			// Persons named from the start of the quote's first sentence
			// on are what is talked about, not who talks.
			w.content = c.content
			w.contentStart = c.content.Start
			if si := w.sentenceOf(min(c.content.Start, w.toks[c.spkS].Start)); si >= 0 {
				w.content.Start = w.sents[si].Start
			}
			q.Speaker = w.speaker(c.spkS, c.spkE, last)
			if sp := w.relativePronounSpeaker(c, last); sp != nil {
				q.Speaker = sp
			}
		case c.continuation:
			if sp, v, venue := w.leadSpeaker(c, last); sp != nil {
				// "McGurk also criticized the decision via Twitter.
				// “…”": the sentence before names who reacts, and how.
				q.Speaker = sp
				t := &w.toks[v]
				q.Cue, q.CueLemma, q.Venue = t.w, t.low, venue
				q.CueSpan = &dyad.Span{Start: t.Start, End: t.End}
				break
			}
			if last == nil || c.para-lastPara > 1 || c.para < lastPara || c.sent-lastSent > 4 {
				continue // an unattributed quotation: a title or a slogan
			}
			from := lastQ
			if !lastQ.Direct && lastD.Speaker != nil && lastDSent == lastSent && lastD.Speaker.Name != lastQ.Speaker.Name {
				// "“…,” Trump assured Jones, after Jones assured Trump
				// that … “…”": the quotation goes on from the
				// sentence's own quotation, not from the clause reported
				// inside it.
				from = lastD
			}
			s := *from.Speaker
			q.Speaker = &s
			// The words go on from the same attribution: its verb,
			// venue and date are theirs too.
			q.Cue, q.CueLemma, q.Venue, q.Date = from.Cue, from.CueLemma, from.Venue, from.Date
			if from.CueSpan != nil {
				cs := *from.CueSpan
				q.CueSpan = &cs
			}
		}
		if c.cueTok >= 0 {
			q.Venue = w.venue(c)
			q.Date = w.date(c)
			if q.Venue == "" && last != nil && q.Speaker != nil && q.Speaker.Name == last.Name && lastQ.Venue != "" && c.cue.lemma != "according to" &&
				(c.para == lastPara || c.cue.lemma == "continue" && c.para == lastPara+1) && w.sentenceOf(c.content.Start)-lastSent <= 1 {
				// "In an interview with VOA, Jesow said … “…,” Jesow
				// said.": the same speaker goes on in the same
				// interview ("according to Jesow" cites anew), also
				// into the next paragraph when the verb says so
				// ("“…,” Jesow continued.").
				q.Venue = lastQ.Venue
			}
			if q.Venue == "" {
				q.Venue = w.leadVenue(c, &q)
			}
			if q.Venue == "" && c.cue.lemma == "tweet" {
				// "“…,” he tweeted.": a tweet is said on Twitter.
				q.Venue = "Twitter"
			}
		}
		if q.Speaker != nil {
			if full, ok := spelledOut[q.Speaker.Name]; ok {
				q.Speaker.Name = full // "The U.N. says" → United Nations
			}
		}
		if !w.valid(&q) {
			// Only text that is not valid UTF-8 gets here: skip the
			// quote rather than return spans inside a character.
			continue
		}
		if q.Speaker != nil {
			last = q.Speaker
			lastQ = q
			lastPara = c.para
			lastSent = w.lastSentence(c)
			if q.Direct {
				lastD, lastDSent = q, lastSent
			}
		}
		w.quotes = append(w.quotes, q)
	}
}

// speaker resolves the speaker phrase in tokens [s, e).
func (w *work) speaker(s, e int, last *dyad.Speaker) *dyad.Speaker {
	span := dyad.Span{Start: w.toks[s].Start, End: w.toks[e-1].End}
	words := w.text[span.Start:span.End] // an unnamed source's name: its words without a relative clause
	for i := s + 1; i+1 < e; i++ {
		if w.isComma(i) && (w.toks[i+1].low == "whom" || w.toks[i+1].low == "whose") {
			// "a German government source, whom they did not name,":
			// the relative clause describes the source; it is not its
			// name (the span keeps it).
			e = i
			words = w.text[w.toks[s].Start:w.toks[e-1].End]
			break
		}
		if w.toks[i].low == "and" && w.toks[i+1].low == "other" && w.toks[i-1].upper {
			// "Trump and other U.S. officials": the one named speaks
			// for them; the span keeps the whole phrase.
			e = i
			words = w.text[w.toks[s].Start:w.toks[e-1].End]
			break
		}
		if w.isComma(i) && i+2 < e && occasionParticiples[w.toks[i+1].low] && preps[w.toks[i+2].low] {
			// "Lund, writing in the Financial Times,", "Lund, speaking
			// on CNN,": the phrase says where the words were said (the
			// venue), not who said them; the span keeps it.
			e = i
			words = w.text[w.toks[s].Start:w.toks[e-1].End]
			break
		}
		if w.isComma(i) && (w.toks[i+1].low == "including" || w.toks[i+1].low == "such" || w.toks[i+1].low == "like") {
			// "Several candidates, including Trump": the group
			// speaks; the span keeps the whole phrase.
			e = i
			break
		}
		if w.toks[i].low == "such" && w.toks[i+1].low == "as" && i > s && pluralName(w.toks[i-1].w) && !w.toks[i-1].upper {
			// "opposition lawmakers such as Kannavee": the group the
			// example belongs to speaks.
			e = i
			break
		}
	}
	if p := e - 2; p > s && (w.toks[p].low == "’s" || w.toks[p].low == "'s") && w.toks[p-1].kind == dyad.TokenWord && w.toks[p-1].upper && w.occasionBefore(e) != "" && pieceOwners[w.occasionBefore(e)] {
		// "Trump's statement read", "the ministry's letter said": the
		// document's author speaks; the span keeps the document.
		a := w.speaker(s, p, last)
		a.Span, a.Text = span, w.text[span.Start:span.End]
		return a
	}
	sp := &dyad.Speaker{Span: span, Text: w.text[span.Start:span.End]}
	pronoun := e-s == 1 && pronouns[w.toks[s].low]
	// The actors stage's mention at the phrase's head (the name in "Trump
	// envoy Steve Witkoff", the noun in "a top official"), not any name
	// inside it ("a spokesman for the Kremlin").
	h := w.headToken(s, e)
	if mi := w.mentionFor(w.toks[h].Span); mi >= 0 {
		idx := mi
		sp.Mention = &idx
		// A pronoun is resolved through the quotes' own discourse first
		// (the previous speaker), which knows who was just talking; the
		// mention's antecedent is the fallback.
		if a := w.actorOf(mi); a != nil && a.Name != "" && !(pronoun && (last != nil || w.antecedentInContent(mi))) {
			if !pronoun && a.Kind == dyad.ActorPerson && !strings.Contains(a.Name, " ") {
				// A lone surname misspelt against the full name given
				// before ("Pederson" after "Geir Pedersen").
				if full := w.nearFullName(a.Name, span.Start); full != nil {
					a = full
				}
			}
			sp.Name, sp.Code, sp.Anonymous, sp.Affiliation = a.Name, a.Code, a.Anonymous, a.Affiliation
			if !a.Anonymous && !pronoun && a.Kind != dyad.ActorPerson {
				// "Authorities said", "analysts say", "Pakistani
				// officials acknowledged": a body or group resolved to
				// a code but named by no one is still an unnamed
				// source; it keeps the code.
				if anon, affil, _ := w.anonymous(s, e); anon {
					sp.Anonymous, sp.Affiliation = true, affil
				} else if w.barePluralSource(s) {
					// "leaders of both countries say": unnamed people
					// of a group, not the group; they keep its code.
					sp.Anonymous = true
				}
			}
			if sp.Anonymous && !pronoun {
				// An unnamed source is named by the words used.
				sp.Name = words
				if sp.Affiliation == "" {
					_, sp.Affiliation, _ = w.anonymous(s, e)
				}
			}
			return sp
		}
	}
	if pronoun {
		if low := w.toks[s].low; low == "he" || low == "she" || low == "i" {
			// A singular person: the last speaker who is one.
			last = nil
			for i := len(w.quotes) - 1; i >= 0; i-- {
				if p := w.quotes[i].Speaker; p != nil && !p.Anonymous && !pronouns[strings.ToLower(p.Name)] && !orgName(p.Name) && !pluralName(p.Name) {
					last = p
					break
				}
			}
		}
		if low := w.toks[s].low; low == "he" || low == "she" {
			if a := w.clauseSubject(s); a != nil {
				// "Fu Cong blamed …, but he said …": the subject of
				// the sentence, not the last speaker.
				sp.Name, sp.Code = a.Name, a.Code
				return sp
			}
		}
		if low := w.toks[s].low; last != nil && (low == "he" || low == "she") {
			// "The most recent speaker or person": a person named after
			// the last speaker spoke is a better antecedent.
			if a, at := w.lastPersonAt(span.Start); a != nil && at >= last.End && a.Name != last.Name && w.sentenceOf(at) > w.sentenceOf(last.Start) {
				if subj := w.subjectOverComplement(at); subj != nil && subj.Name != last.Name {
					a = subj // "Stevandic, an ally of Dodik, denounced …. “…,” he said."
				}
				sp.Name, sp.Code = a.Name, a.Code
				return sp
			}
		}
		if last != nil {
			sp.Name, sp.Code, sp.Anonymous, sp.Affiliation = last.Name, last.Code, last.Anonymous, last.Affiliation
			if sp.Mention == nil && last.Mention != nil {
				m := *last.Mention
				sp.Mention = &m
			}
			return sp
		}
		if sp.Mention != nil && !w.antecedentInContent(*sp.Mention) {
			if a := w.actorOf(*sp.Mention); a != nil && a.Name != "" {
				sp.Name, sp.Code, sp.Anonymous, sp.Affiliation = a.Name, a.Code, a.Anonymous, a.Affiliation
				return sp
			}
		}
		if a := w.lastPerson(span.Start); a != nil {
			sp.Name, sp.Code = a.Name, a.Code
			return sp
		}
		sp.Name = sp.Text
		return sp
	}
	if anon, affil, head := w.anonymous(s, e); anon {
		sp.Anonymous, sp.Affiliation, sp.Name = true, affil, words
		// "the official added": the official named before.
		if w.toks[s].low == "the" && e-s <= 3 {
			for i := len(w.quotes) - 1; i >= 0; i-- {
				p := w.quotes[i].Speaker
				if p != nil && p.Anonymous && strings.Contains(strings.ToLower(p.Text), head) {
					sp.Name, sp.Affiliation, sp.Code = p.Name, p.Affiliation, p.Code
					break
				}
			}
		}
		return sp
	}
	if e-s == 1 && (w.toks[s].low == "who" || w.toks[s].low == "which") {
		// The relative pronoun names the phrase before it.
		lo, _ := w.sentBounds(int(w.toks[s].sent))
		if a, ok := w.antecedent(lo, s); ok {
			e2 := s
			if w.isComma(e2 - 1) {
				e2--
			}
			if cop := w.copulaBefore(lo, a); cop > lo {
				// "Trump is a serial liar, … and birther who has
				// pledged …": the noun is said of the copula's
				// subject, who speaks.
				if cs, ce, ok := w.subjectBefore(lo, cop); ok {
					a, e2 = cs, ce
				}
			}
			ant := w.speaker(a, e2, last)
			sp.Name, sp.Code, sp.Anonymous, sp.Affiliation = ant.Name, ant.Code, ant.Anonymous, ant.Affiliation
			if sp.Mention == nil {
				sp.Mention = ant.Mention
			}
			return sp
		}
	}
	if sp.Mention != nil && !pronoun {
		// "The U.N. special envoy for Syria is calling for … Geir
		// Pedersen issued his appeal Friday": a role named in the next
		// sentences by the person holding it.
		if a := w.roleHolderAfter(*sp.Mention); a != nil {
			sp.Name, sp.Code = a.Name, a.Code
			return sp
		}
	}
	if e-s == 2 && w.toks[s].low == "the" && groupNouns[w.toks[s+1].low] {
		// "In a statement, the group said": the organisation named last
		// before the phrase.
		if a, name := w.lastBodyAt(span.Start); a != nil {
			sp.Name, sp.Code = name, a.Code
			return sp
		}
	}
	if k := s; e-s >= 3 && w.toks[s].low == "the" && mediaNouns[w.toks[e-1].low] {
		// "The Reuters news agency reported": the outlet by its name.
		if v := w.outletAt(k+1, e, func(int) bool { return true }); v != "" {
			sp.Name = v
			return sp
		}
	}
	sp.Name = w.properName(s, e)
	return sp
}

// roleHolderAfter returns, for a role mention mi in the article's first
// two sentences, the person named within the next two sentences whose
// role contains the mention's role ("The U.N. special envoy" → "Geir Pedersen", UN Special Envoy for
// Syria), or nil.
func (w *work) roleHolderAfter(mi int) *dyad.Actor {
	m := &w.doc.Mentions[mi]
	a := m.Actor
	if m.Kind != dyad.MentionRole || a == nil || a.Role == "" || a.Name != "" || m.Antecedent != nil {
		return nil
	}
	si := w.sentenceOf(m.Start)
	if si < 0 || si > 1 {
		// Only a lead describes before it names; later, "the first
		// minister" refers back, which the actors stage resolves.
		return nil
	}
	role := strings.ToLower(a.Role)
	for i := mi + 1; i < len(w.doc.Mentions); i++ {
		n := &w.doc.Mentions[i]
		if sj := w.sentenceOf(n.Start); sj < 0 || sj > si+2 {
			break
		}
		b := w.actorOf(i)
		if n.Kind != dyad.MentionPerson || b == nil || b.Name == "" || b.Role == "" {
			continue
		}
		if strings.Contains(strings.ToLower(b.Role), role) {
			return b
		}
	}
	return nil
}

// spelledOut gives the full names of bodies a speaker is often called
// by initials.
var spelledOut = map[string]string{
	"U.N.": "United Nations", "UN": "United Nations", "EU": "European Union",
	"E.U.": "European Union",
}

// hasUpper reports whether s has an upper-case ASCII letter ("al-Shabab").
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// armedGroup reports whether a CAMEO code names a rebel, insurgent,
// opposition or separatist group, a party, a business or a
// non-governmental organisation: the bodies "the group" refers back to.
func armedGroup(code string) bool {
	for _, r := range []string{"REB", "INS", "UAF", "OPP", "SEP", "NGO", "HRI", "PTY", "BUS", "LAB"} {
		if strings.Contains(code, r) {
			return true
		}
	}
	return false
}

// groupNouns name an organisation already introduced ("the group", "the
// militants").
var groupNouns = set("group", "organization", "organisation", "militants", "rebels",
	"insurgents", "militia", "movement", "outfit", "faction")

// lastBodyAt returns the actor of the last mention before off of a named
// organisation or armed group, and its name as written without trailing
// lower-case words ("Al-Shabab militants" → "Al-Shabab").
func (w *work) lastBodyAt(off int) (*dyad.Actor, string) {
	var best *dyad.Actor
	name := ""
	for i := range w.doc.Mentions {
		m := &w.doc.Mentions[i]
		if m.End > off {
			break
		}
		a := w.actorOf(i)
		if a == nil || a.Code == "" || a.Anonymous || a.Kind != dyad.ActorOrg && a.Kind != dyad.ActorGroup || !armedGroup(a.Code) {
			continue // "Ethiopian soldiers", "the Appeal Court" are no group
		}
		words := strings.Fields(w.text[m.Start:m.End])
		if len(words) == 0 || !hasUpper(words[len(words)-1]) && len(a.Code) < 9 {
			// "Somali security forces": a description, not a name
			// (but "five al-Shabab militants" names SOMREBSHB).
			continue
		}
		for len(words) > 0 && !hasUpper(words[len(words)-1]) {
			words = words[:len(words)-1]
		}
		for len(words) > 0 && (strings.EqualFold(words[0], "the") || !hasUpper(words[0])) {
			words = words[1:]
		}
		if len(words) == 0 {
			continue
		}
		best, name = a, strings.Join(words, " ")
	}
	return best, name
}

// mentionFor returns the index of the mention that best overlaps span:
// the one sharing the most bytes, preferring mentions with an actor; -1
// when none overlaps.
func (w *work) mentionFor(span dyad.Span) int {
	best, bestScore := -1, 0
	for i := range w.doc.Mentions {
		m := &w.doc.Mentions[i]
		if !m.Overlaps(span) {
			continue
		}
		ov := min(m.End, span.End) - max(m.Start, span.Start)
		score := ov * 2
		if m.Actor != nil {
			score++
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// actorOf returns the actor of mention mi, following antecedents.
func (w *work) actorOf(mi int) *dyad.Actor {
	for hops := 0; hops < 8 && mi >= 0 && mi < len(w.doc.Mentions); hops++ {
		m := &w.doc.Mentions[mi]
		if m.Actor != nil && m.Actor.Name != "" {
			return m.Actor
		}
		if m.Antecedent == nil || *m.Antecedent == mi {
			return nil
		}
		mi = *m.Antecedent
	}
	return nil
}

// clauseSubject returns the person whose name opens the sentence of the
// pronoun at s, when the pronoun reports words that follow it ("Berg
// blamed the council, but he said …": Berg), or nil. A sentence whose
// quotation comes before the pronoun ("Roe “erred,” he said") has none.
func (w *work) clauseSubject(s int) *dyad.Actor {
	lo, _ := w.sentBounds(int(w.toks[s].sent))
	if lo >= s || w.toks[s].End > w.contentStart {
		return nil
	}
	for k := lo; k < s; k++ {
		if w.toks[k].reg >= 0 {
			return nil
		}
	}
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start != w.toks[lo].Start {
			continue
		}
		if m.Kind != dyad.MentionPerson || m.End > w.toks[s].Start {
			return nil
		}
		if a := w.actorOf(mi); a != nil && !a.Anonymous && a.Kind == dyad.ActorPerson && a.Name != "" {
			return a
		}
		return nil
	}
	return nil
}

// antecedentInContent reports whether the pronoun mention mi takes its
// actor from a mention inside the quote being resolved (from the start of
// its sentence on): "She says it underscores that Trump is …" is not
// Trump speaking.
func (w *work) antecedentInContent(mi int) bool {
	for hops := 0; hops < 8 && mi >= 0 && mi < len(w.doc.Mentions); hops++ {
		m := &w.doc.Mentions[mi]
		if m.Actor != nil && m.Actor.Name != "" {
			return hops > 0 && m.Overlaps(w.content)
		}
		if m.Antecedent == nil || *m.Antecedent == mi {
			return false
		}
		mi = *m.Antecedent
	}
	return false
}

// lastPerson returns the actor of the last person mention before off.
func (w *work) lastPerson(off int) *dyad.Actor {
	a, _ := w.lastPersonAt(off)
	return a
}

// lastPersonAt returns the actor of the last person mention before off
// and where it starts (-1 when none).
func (w *work) lastPersonAt(off int) (*dyad.Actor, int) {
	var best *dyad.Actor
	bestStart := -1
	for i := range w.doc.Mentions {
		m := &w.doc.Mentions[i]
		if m.End > off || m.Start < bestStart || m.Kind != dyad.MentionPerson || m.Overlaps(w.content) {
			// A person named inside the quote itself is not who says
			// it: Clinton “caused havoc,” he said.
			continue
		}
		if a := w.actorOf(i); a != nil && !a.Anonymous {
			best, bestStart = a, m.Start
		}
	}
	return best, bestStart
}

// subjectOverComplement returns the person opening the sentence of the
// person mention starting at off when that mention follows "of", "to",
// "for" or "with" ("Nenad Stevandic, a close ally of Dodik, denounced
// …"): the subject, not a person named in a phrase of its, is who a
// later "he" or "she" most likely is. It returns nil otherwise.
func (w *work) subjectOverComplement(off int) *dyad.Actor {
	k := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= off })
	if k <= 0 || k >= len(w.toks) || w.toks[k].Start != off {
		return nil
	}
	switch w.toks[k-1].low {
	case "of", "to", "for", "with":
	default:
		return nil
	}
	lo, _ := w.sentBounds(int(w.toks[k].sent))
	if lo >= k {
		return nil
	}
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start == w.toks[lo].Start && m.Kind == dyad.MentionPerson && m.End < off {
			if a := w.actorOf(mi); a != nil && !a.Anonymous && a.Kind == dyad.ActorPerson {
				return a
			}
		}
	}
	return nil
}

// anonymous reports whether the phrase [s, e) names an unnamed source,
// with the affiliation it states and its head noun.
func (w *work) anonymous(s, e int) (bool, string, string) {
	if e-s == 1 && quantSources[w.toks[s].low] {
		return true, "", w.toks[s].low // "some", "others"
	}
	head := -1
	for i := s; i < e; i++ {
		t := &w.toks[i]
		if t.kind == dyad.TokenPunct && t.w == "," {
			// "John Smith, a senior official": named.
			break
		}
		if t.kind == dyad.TokenWord && anonSourceHeads[t.low] && (!t.upper || i == s || w.toks[i-1].upper) {
			if t.low == "media" && i+1 < e && w.toks[i+1].kind == dyad.TokenWord && !preps[w.toks[i+1].low] {
				continue // "media association CamboJA": a modifier, not the head
			}
			head = i
			break
		}
	}
	if head < 0 {
		return false, "", ""
	}
	// A name after the head makes it a named person ("spokesman Josh
	// Earnest"), as does a name before it ending the phrase.
	if head+1 < e && w.toks[head+1].kind == dyad.TokenWord && w.toks[head+1].upper {
		return false, "", ""
	}
	for i := head + 1; i+1 < e; i++ {
		if w.isComma(i) && w.toks[i+1].upper {
			return false, "", "" // "… health spokeswoman, Eleanor Scott"
		}
	}
	if n := e - 1; n-1 > head+1 && w.toks[n].upper && w.toks[n-1].upper && w.toks[n].kind == dyad.TokenWord && !orgHeads[w.toks[n].low] {
		// "spokeswoman for women Sandra Gidley": a name after a
		// lower-case noun ends the phrase (but "a spokesman for
		// Foreign Minister Sergei Lavrov" speaks for him).
		b := n - 1
		for b > head && (w.toks[b].upper && w.toks[b].kind == dyad.TokenWord || w.isPunct(b, ".") && w.abbrevPeriod(b)) {
			b-- // "… spokesman Col. Ahmed Khan"
		}
		if p := &w.toks[b]; b > head && p.kind == dyad.TokenWord && !p.upper && !preps[p.low] && !npInner[p.low] && !determiners[p.low] && p.low != "for" && p.low != "of" && p.low != "to" {
			return false, "", ""
		}
	}
	for i := s; i < head; i++ {
		if w.toks[i].kind == dyad.TokenPunct && w.toks[i].w == "," {
			return false, "", ""
		}
	}
	return true, w.affiliation(s, e, head), strings.TrimSuffix(w.toks[head].low, "s")
}

// affiliation returns the first run of capitalised words in [s, e) other
// than the head and phrase-initial adjectives, with any organisation
// noun that follows ("Trump administration", "Moscow", "Kremlin").
func (w *work) affiliation(s, e, head int) string {
	i := s
	for i < e {
		t := &w.toks[i]
		if t.kind == dyad.TokenWord && t.upper && i != head && !(i == s && (determiners[t.low] || titles[t.low] || anonSourceHeads[t.low])) {
			break
		}
		i++
	}
	if i >= e {
		return ""
	}
	j := i
	for j < e && j != head && (w.toks[j].kind == dyad.TokenWord && (w.toks[j].upper || orgNouns[w.toks[j].low]) || w.isPunct(j, ".") && w.abbrevPeriod(j) && j+1 < e && w.toks[j+1].upper) {
		j++
	}
	if j == i {
		return ""
	}
	return w.text[w.toks[i].Start:w.toks[j-1].End]
}

// properName picks a person's or organisation's name out of a speaker
// phrase: the run of capitalised words that ends the phrase or an
// appositive ("Trump envoy Steve Witkoff" → "Steve Witkoff"; "David
// Frost, director general of …" → "David Frost"), without titles; a
// lone surname is completed from an earlier full name in the article.
func (w *work) properName(s, e int) string {
	if a := w.namesAnd(s, e); a > s {
		// "Bugti and Chaudhry said": the first named.
		return w.properName(s, a)
	}
	if h := w.personBeforePrep(s, e); h >= s {
		// "Arnel dela Vega of the army's Western Command": the person,
		// not the body after "of".
		return w.properName(s, h+1)
	}
	if a := w.appositiveName(s, e); a > s {
		// "Norway's ambassador to the EU, Karl Berg": the name after
		// the description.
		return w.properName(a, e)
	}
	if w.roleBeforePrep(s, e) >= 0 {
		// "The U.N. special envoy for Syria": a description.
		return strings.TrimSpace(w.text[w.toks[s].Start:w.toks[e-1].End])
	}
	// An organisation is named by the whole phrase: "The Qualifications
	// and Curriculum Authority (QCA)" → "Qualifications and Curriculum
	// Authority".
	le := e
	if w.isPunct(le-1, ")") {
		for le > s && !w.isPunct(le-1, "(") {
			le--
		}
		le--
	}
	if le > s && orgHeads[w.toks[le-1].low] && w.toks[le-1].upper {
		a := s
		for a < le && determiners[w.toks[a].low] {
			a++
		}
		if a < le && w.toks[a].upper && w.allUpperWordsOrAnd(a, le) {
			return w.text[w.toks[a].Start:w.toks[le-1].End]
		}
	}
	// "railway controller Muhammad Sharifullah in Quetta": a place
	// after the name is where the person is, not who.
	for i := e - 2; i > s+1; i-- {
		if t := &w.toks[i]; t.kind == dyad.TokenWord && !t.upper && (t.low == "in" || t.low == "from") {
			if p := &w.toks[i-1]; p.kind == dyad.TokenWord && p.upper && w.toks[i+1].upper {
				e = i
			}
			break
		}
	}
	type run struct{ a, b int }
	var best, lastRun run
	haveBest := false
	for i := s; i < e; {
		if w.isPunct(i, "(") {
			// "(D-Wis.)", "(R-IN)": a party and state, not the name.
			for i < e && !w.isPunct(i, ")") {
				i++
			}
			continue
		}
		if !(w.toks[i].kind == dyad.TokenWord && w.toks[i].upper) {
			i++
			continue
		}
		j := i
		for j < e && (w.toks[j].kind == dyad.TokenWord && (w.toks[j].upper || nameParticle(w.toks[j].low)) ||
			w.isPunct(j, ".") && j > i && w.abbrevPeriod(j) || w.isPunct(j, "-") && j > i) {
			j++
		}
		// Strip leading titles and determiners, and everything up to a
		// title inside the run ("Ukrainian President Volodymyr
		// Zelenskyy"); an organisation keeps its whole name ("State
		// Department", "Chinese Foreign Ministry").
		a := i
		if orgHeads[w.toks[j-1].low] {
			for a < j && determiners[w.toks[a].low] {
				a++
			}
			if a < j {
				lastRun = run{a, j}
				if !haveBest && (j >= e || w.isComma(j)) {
					best, haveBest = lastRun, true
				}
			}
			i = j
			continue
		}
		for a < j && (titles[w.toks[a].low] || determiners[w.toks[a].low] || w.isPunct(a, ".")) {
			a++
		}
		for b := j - 2; b > a; b-- {
			if titles[w.toks[b].low] && w.toks[b].low != "state" && w.toks[b].low != "us" {
				a = b + 1
				for a < j && w.isPunct(a, ".") {
					a++
				}
				break
			}
		}
		for j > a && nameParticle(w.toks[j-1].low) {
			j--
		}
		if a < j {
			r := run{a, j}
			lastRun = r
			ends := j >= e || w.isComma(j) || w.isPunct(j, "(")
			if ends && (!haveBest || best.b-best.a < 2 && j-a >= 2) {
				best, haveBest = r, true
			}
		}
		i = max(j, i+1)
	}
	if !haveBest {
		// No name ends the phrase: a description ("the Indiana
		// governor", "The state’s campaign chairman") names itself.
		if w.toks[e-1].kind == dyad.TokenWord && !w.toks[e-1].upper {
			return strings.TrimSpace(w.text[w.toks[s].Start:w.toks[e-1].End])
		}
		best = lastRun
	}
	if best.b <= best.a {
		return strings.TrimSpace(w.text[w.toks[s].Start:w.toks[e-1].End])
	}
	name := w.text[w.toks[best.a].Start:w.toks[best.b-1].End]
	if best.b-best.a == 1 && !orgHeads[w.toks[best.a].low] {
		if full := w.fullName(name, w.toks[s].Start); full != "" {
			return full
		}
	}
	return name
}

// appositiveName returns the first token of a person's name of two
// words or more that ends the phrase [s, e) after a comma, when the
// words before the comma are a description holding a lower-case word
// ("the head of the Nordic Farmers Union, Karl Berg"), or -1.
func (w *work) appositiveName(s, e int) int {
	c := e - 1
	for c > s && !w.isComma(c) {
		c--
	}
	if c <= s || e-(c+1) < 2 || orgHeads[w.toks[e-1].low] {
		return -1
	}
	for i := c + 1; i < e; i++ {
		t := &w.toks[i]
		if !(t.kind == dyad.TokenWord && (t.upper || i > c+1 && nameParticle(t.low)) || w.isPunct(i, ".") && w.abbrevPeriod(i)) {
			return -1
		}
	}
	for i := s; i < c; i++ {
		if t := &w.toks[i]; t.kind == dyad.TokenWord && !t.upper && roleNouns[t.low] {
			return c + 1
		}
	}
	return -1
}

func nameParticle(low string) bool {
	switch low {
	case "de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "dos", "di", "ibn", "del", "dela", "della":
		return true
	}
	return false
}

// fullName finds an earlier full name ending in surname: a previous
// speaker's name, or a capitalised word before the surname in the text
// ("Donald Trump" for a later "Trump").
func (w *work) fullName(surname string, before int) string {
	for i := len(w.quotes) - 1; i >= 0; i-- {
		if sp := w.quotes[i].Speaker; sp != nil && !sp.Anonymous && strings.HasSuffix(sp.Name, " "+surname) {
			return sp.Name
		}
	}
	for i := 1; i < len(w.toks) && w.toks[i].Start < before; i++ {
		t := &w.toks[i]
		if t.w != surname {
			continue
		}
		p := &w.toks[i-1]
		if geoModifiers[p.low] {
			continue // "South China" is not China's full name
		}
		if p.kind == dyad.TokenWord && p.upper && p.End+1 == t.Start && !titles[p.low] && !determiners[p.low] && !boundaries[p.low] && p.low != "’s" && !w.sentStart(i-1) || p.kind == dyad.TokenWord && p.upper && w.sentStart(i-1) && !titles[p.low] && !determiners[p.low] && !boundaries[p.low] && p.End+1 == t.Start && !auxAdverbs[p.low] && !preps[p.low] {
			return p.w + " " + t.w
		}
	}
	// A family name written first ("Fu Cong", later "Fu"; "Moon Jae-in",
	// later "Moon"): the earlier person of two words whose name opens
	// with it, when none ends with it.
	for mi := len(w.doc.Mentions) - 1; mi >= 0; mi-- {
		m := &w.doc.Mentions[mi]
		if m.End > before || m.Kind != dyad.MentionPerson {
			continue
		}
		if a := w.actorOf(mi); a != nil && a.Kind == dyad.ActorPerson && strings.Count(a.Name, " ") == 1 && strings.HasPrefix(a.Name, surname+" ") {
			return a.Name
		}
	}
	return ""
}

// venue returns the outlet or medium of the quote's reporting clause.
func (w *work) venue(c *cand) string {
	lo, hi := w.sentBounds(c.sent)
	// A parenthetical reporting clause inside the content ("Trump,
	// Sexton said on CNN, has …") is still the reporting clause.
	ps, pe := -1, -1
	if c.spkE > c.spkS && c.cueTok >= c.spkE && c.content.Start <= w.toks[c.spkS].Start && w.toks[c.cueTok].End <= c.content.End {
		ps, pe = c.spkS, c.cueTok
		for pe < hi && !w.isComma(pe) && w.toks[pe].reg < 0 {
			pe++
		}
	}
	in := func(i int) bool {
		t := &w.toks[i]
		return t.reg < 0 && (!t.Overlaps(c.content) || ps <= i && i < pe)
	}
	if v := w.subjectSetting(c); v != "" {
		return v // "a statement from the ministry said"
	}
	if t := c.cueTok - 1; t-2 > lo && w.toks[t].low == "to" {
		if g := w.tookTo(t-1, t); g >= 0 {
			if v := w.platformAt(g+2, t); v != "" {
				return v // "took to Twitter to say"
			}
		}
	}
	if v := w.authorSetting(c, lo); v != "" {
		return v // "A 2020 report on human rights by the State Department said"
	}
	if r := c.cueTok - 1; r > lo && (w.toks[r].low == "which" || w.toks[r].low == "that") && c.spkE <= r && w.issuedOccasion(lo, r) && publishVerbs[w.toks[w.issuingVerb(lo, r)].low] {
		// "released a statement which said": the statement.
		return w.occasionBefore(r)
	}
	if v, _, _ := w.citedAs(lo, c.cueTok); v > lo && c.cue.flags&cueParticiple != 0 {
		// "The Financial Times cited security officials as saying …":
		// the outlet that cites them.
		j := v
		for j > lo && w.toks[j-1].kind == dyad.TokenWord && w.toks[j-1].upper {
			j--
		}
		if j < v-1 && w.toks[j].low == "the" {
			j++ // "The Financial Times" → Financial Times, as "told The New York Times"
		}
		if j < v {
			if o := w.outletAt(j, v, in); o != "" {
				return o
			}
		}
	}
	if c.cue.flags&cueParticiple != 0 && w.issuedOccasion(lo, c.cueTok) {
		// "released a statement saying", "issued a statement Tuesday
		// saying".
		if _, n := w.issuing(lo, c.cueTok); n >= 0 {
			return w.occasionEnding(n)
		}
	}
	// "told CNN", "told Reuters news agency", "told reporters".
	if c.cue.flags&cueObject != 0 && c.cueTok+1 < hi {
		if v := w.addresseeVenue(c, hi, in); v != "" {
			if pressAudiences[strings.ToLower(v)] {
				// "told media at the weekly briefing": the occasion
				// says more than the press it was said to.
				if o := w.venueIn(lo, hi, in); o != "" {
					return o
				}
			}
			return v
		}
	}
	// "NPR reported Adil Abdul-Mahdi … recommended …", "Reuters
	// reported on Monday a source … said …": the outlet that reports
	// the speaker's words is the venue.
	if c.spkE > c.spkS && c.spkS-lo >= 2 && c.spkS-lo <= 6 && in(lo) {
		for r := lo + 1; r < c.spkS; r++ {
			if l := w.toks[r].low; l == "reported" || l == "reports" {
				if v := w.outletAt(lo, r, in); v != "" {
					return v
				}
				break
			}
		}
	}
	if c.cue.lemma == "according to" && c.spkS > c.cueTok+3 {
		// "according to a tweet by X": the tweet is the venue when its
		// author speaks (but in "according to the report" the report
		// speaks).
		j := c.cueTok + 2
		for j < hi && determiners[w.toks[j].low] {
			j++
		}
		if j > c.cueTok+2 && j < hi {
			if v := w.settingAt(j, hi); v != "" {
				return v
			}
		}
	}
	if c.cue.lemma != "according to" {
		// "According to news agency ISNA, the prosecutor said …",
		// "“…,” Berg said, according to Reuters": the outlet that
		// carries the speaker's words.
		if v := w.accordingOutlet(lo, hi, in); v != "" {
			return v
		}
	}
	v := w.venueIn(lo, hi, in)
	if v == "" && c.cue.flags&cueParticiple != 0 && c.cueTok-1 > lo && w.isComma(c.cueTok-1) {
		// "Eight senators sent a letter to the secretary about the
		// scheme dated Feb. 4, urging him to …": the subject's words
		// are in what it sent, past a longer addressee and topic than
		// issuedOccasion reaches.
		v = w.sentOccasion(lo, c.cueTok-1, in)
	}
	return v
}

// sentOccasion returns the occasion an issuing verb in the tokens [lo, k)
// puts out with its determiner ("sent a letter", "released a brief
// statement"), or "".
func (w *work) sentOccasion(lo, k int, in func(int) bool) string {
	for i := lo; i+2 < k; i++ {
		if !in(i) || w.toks[i].upper || !issueVerbs[w.toks[i].low] {
			continue
		}
		d := i + 1
		if !determiners[w.toks[d].low] && !possessives[w.toks[d].low] {
			continue
		}
		for n := d + 1; n < k && n <= d+3 && in(n) && w.toks[n].kind == dyad.TokenWord; n++ {
			if v := w.occasionEnding(n); v != "" && (n+1 >= k || w.occasionEnding(n+1) == "") {
				return v
			}
		}
	}
	return ""
}

// accordingOutlet returns the outlet named after "according to" in the
// tokens [lo, hi) ("according to Reuters", "according to semi-official
// news agency ISNA"), or "" when none is named there ("according to the
// mayor").
func (w *work) accordingOutlet(lo, hi int, in func(int) bool) string {
	for i := lo; i+2 < hi; i++ {
		if w.toks[i].low != "according" || w.toks[i+1].low != "to" || !in(i) {
			continue
		}
		// "semi-official news agency ISNA", "the official IRNA news
		// agency": words describing the outlet before its media noun
		// or its name.
		k := i + 2
		for ; k < hi && k <= i+6 && in(k) && (w.toks[k].kind == dyad.TokenWord && !w.toks[k].upper || w.isPunct(k, "-")); k++ {
			if v := w.describedOutletAt(k, hi, in); v != "" {
				return v
			}
		}
		if k < hi && in(k) {
			if v := w.outletAt(k, hi, in); v != "" {
				return v
			}
		}
		if j := i + 2; j < hi && in(j) {
			if v := w.platformAt(j, hi); v != "" && !w.toks[j].upper {
				return v // "according to state media"
			}
		}
		return ""
	}
	return ""
}

// subjectSetting returns the occasion that is the reporting clause's
// subject with its author after "from" or "by" ("a statement from the
// ministry said", "a letter by the envoys read"), or "".
func (w *work) subjectSetting(c *cand) string {
	k := c.spkS
	for k < c.spkE && determiners[w.toks[k].low] {
		k++
	}
	for m := k + 1; m < c.spkE-1 && m <= k+3; m++ {
		if l := w.toks[m].low; l == "from" || l == "by" {
			return w.settingAt(k, m)
		}
	}
	// "the U.S. statement said", "The U.N. report also said", "the
	// ministry's letter read": the subject is the document the words
	// are in, its author before it ("A CNN report said": the outlet).
	// ("According to court documents": the documents are the source.)
	for m := max(k, c.spkE-3); m < c.spkE && c.cue.lemma != "according to"; m++ {
		if w.toks[m].upper || w.toks[c.spkE-1].kind != dyad.TokenWord {
			continue // "The Washington Post said" names an outlet, no post
		}
		v := mediaSettings[w.low[w.toks[m].Start:w.toks[c.spkE-1].End]]
		if v == "" {
			continue
		}
		if m > k {
			if o := w.outletAt(k, m, func(i int) bool { return w.toks[i].reg < 0 }); o != "" && (!pieceOwners[v] || knownOutlets[strings.ToLower(o)]) {
				// (but "the NISA statement said": an agency's
				// statement, not an outlet's)
				return o
			}
		}
		return v
	}
	return ""
}

// topicPreps open the topic of an occasion ("a report on human rights").
var topicPreps = set("on", "about", "into", "of", "concerning")

// authorSetting returns the occasion that opens the sentence when the
// speaker is its author, named after "by" or "from" just before the
// verb ("A 2020 report on human rights by the State Department said …"
// → report), or "" ("A man by the river said …" names no occasion).
func (w *work) authorSetting(c *cand, lo int) string {
	b := c.spkS - 1
	if c.spkE <= c.spkS || b <= lo || w.toks[b].low != "by" && w.toks[b].low != "from" || c.cueTok < c.spkE || c.cueTok > c.spkE+1 || b-lo > 10 {
		return ""
	}
	k := lo
	for k < b && (determiners[w.toks[k].low] || isYear(w.toks[k].w)) {
		k++
	}
	v := w.settingAt(k, b)
	if v == "" {
		return ""
	}
	// The occasion's own words, then its topic up to "by".
	m := k + 1
	for m < b && m-k < 3 && !topicPreps[w.toks[m].low] {
		m++
	}
	if m < b && !topicPreps[w.toks[m].low] {
		return ""
	}
	for i := k; i < b; i++ {
		if w.toks[i].kind != dyad.TokenWord && !w.isPunct(i, "-") && !w.isPunct(i, ".") || w.toks[i].reg >= 0 {
			return ""
		}
		if _, ok := w.cueAt(i); ok {
			return "" // "A report that critics said …"
		}
	}
	return v
}

// addresseeVenue returns the venue named by the addressee of a verb of
// telling ("told CNN", "told a news conference", "told reporters", "told
// state broadcaster RTS", "told a local radio station"), or "".
func (w *work) addresseeVenue(c *cand, hi int, in func(int) bool) string {
	j := c.cueTok + 1
	if w.toks[j].low == "the" {
		j++
	}
	if j < hi && in(j) {
		if v := w.outletAt(j, hi, in); v != "" {
			return v
		}
		if v := w.platformAt(j, hi); v != "" {
			return v // "told state media"
		}
		// "told the official Xinhua news agency", "told the
		// state-run Tasnim news agency": adjectives before the name.
		k := j
		for k < hi && k-j < 4 && in(k) && (w.toks[k].kind == dyad.TokenWord && !w.toks[k].upper && !preps[w.toks[k].low] && !determiners[w.toks[k].low] && !pronouns[w.toks[k].low] || w.isPunct(k, "-")) {
			k++
		}
		if k > j && k < hi && in(k) && w.toks[k].upper {
			if v := w.outletAt(k, hi, in); v != "" {
				return v
			}
		}
	}
	// "told a news conference", "told a rally", "told a joint news
	// conference", "told a Pentagon briefing".
	for j = c.cueTok + 1; j < hi && determiners[w.toks[j].low]; j++ {
	}
	if j < hi && in(j) {
		if v := w.settingAt(j, hi); v != "" {
			return v
		}
		n := j
		for n < hi && n-j < 4 && in(n) && w.toks[n].kind == dyad.TokenWord && (settingAdjectives[w.toks[n].low] || w.toks[n].low == "joint" || w.toks[n].upper && n > c.cueTok+1 && determiners[w.toks[c.cueTok+1].low]) {
			n++
		}
		if n > j && n < hi && in(n) && !w.toks[n].upper {
			if v := w.settingAt(n, hi); v != "" {
				return v
			}
		}
	}
	// "told reporters", "told a court", "told jurors", "told the
	// U.N. Security Council".
	if v := w.audienceAt(c.cueTok+1, hi, in); v != "" {
		return v
	}
	// "told state broadcaster RTS", "told the German daily Bild".
	if v := w.describedOutletAt(c.cueTok+1, hi, in); v != "" {
		return v
	}
	// "told a private news channel", "told a local radio station".
	if v := w.unnamedOutletAt(c.cueTok+1, hi, in); v != "" {
		return v
	}
	return ""
}

// audienceAdjectives may stand between an article and the audience it
// describes ("told a congressional hearing", "told a joint session").
var audienceAdjectives = set("congressional", "parliamentary", "joint", "special", "closed",
	"emergency", "packed", "full", "federal", "state", "local", "public", "plenary", "cheering",
	"virtual", "legislative", "senate", "house", "international", "national", "regional", "general")

// pressAudiences are the press addressed without a name, which an
// occasion named in the same clause outranks as the venue.
var pressAudiences = set("reporters", "journalists", "media", "the media", "the press", "press")

// venueIn returns the outlet or medium named in the tokens [lo, hi) that
// in admits: an interview with or a question from an outlet, a platform,
// else the occasion or the body addressed.
func (w *work) venueIn(lo, hi int, in func(int) bool) string {
	setting, body := "", ""
	for i := lo; i < hi; i++ {
		if !in(i) || w.toks[i].kind != dyad.TokenWord {
			continue
		}
		switch w.toks[i].low {
		case "for":
			// "in an op-ed for The Washington Post", "in a column for
			// Politico": the outlet a piece was written for.
			if i-1 < lo || !pieceNouns[w.toks[i-1].low] {
				continue
			}
			j, v := w.outletAfter(i, hi, in)
			if v != "" {
				return v
			}
			if j < hi && in(j) {
				if v := w.nameAt(j, hi, in); v != "" {
					return v
				}
			}
		case "with", "to", "by", "from":
			// "in an interview with CBS", "speaking to the BBC", "in an
			// interview Thursday with VOA" (a time between).
			h := i - 1
			for h > lo && (timeWords[w.toks[h].low] || w.toks[h].low == "on" && h+1 < i && timeWords[w.toks[h+1].low]) {
				h-- // "in an interview published on Sunday by …"
			}
			prev := ""
			if h >= lo {
				prev = w.toks[h].low
			}
			if w.toks[i].low == "to" && i > lo && postedWords[w.toks[i-1].low] {
				// "a video posted to Telegram"
				if v := w.platformAt(i+1, hi); v != "" && i+1 < hi && in(i+1) {
					return v
				}
			}
			if w.toks[i].low == "to" && sentTo[prev] || w.toks[i].low == "by" && broadcastWords[prev] || (w.toks[i].low == "to" || w.toks[i].low == "with") && handedWords[prev] {
				// "in a statement to CNN", "in an email to The
				// Associated Press", "in comments to Reuters": the
				// outlet the words were given to, as with "told CNN";
				// "in an interview published Sunday by Le Monde": the
				// outlet that ran them. An audience ("in remarks to
				// reporters") leaves the occasion the venue.
				j, v := w.outletAfter(i, hi, in)
				if v != "" {
					return v
				}
				if (prev == "response" || prev == "reply") && j < hi && (w.toks[j].low == "a" || w.toks[j].low == "an") && j+2 < hi && in(j+1) && w.toks[j+1].upper {
					// "in response to a VOA query": the outlet that asked.
					if v := w.outletAt(j+1, hi, in); v != "" && queryNouns[w.toks[w.upperEnd(j+1, hi)].low] {
						return v
					}
				}
				if v := w.platformAt(j, hi); v != "" && w.toks[i].low == "by" && j < hi && in(j) {
					return v // "in remarks broadcast by state television"
				}
				if w.toks[i].low == "by" && j < hi && in(j) {
					if v := w.nameAt(j, hi, in); v != "" {
						return v // "published by Le Monde": what runs an interview is an outlet
					}
				}
				continue
			}
			switch w.toks[i].low {
			case "by":
				// "asked by Reuters", "questioned by reporters", "quoted
				// by Interfax as saying".
				if prev != "asked" && prev != "questioned" && prev != "quoted" && prev != "cited" {
					continue
				}
			case "from":
				// "in response to a question from AFP".
				if prev != "question" && prev != "questions" {
					continue
				}
			}
			if prev == "interview" || prev == "interviews" || prev == "speaking" || prev == "spoke" || prev == "talking" || prev == "told" || prev == "conversation" ||
				w.toks[i].low == "to" && (prev == "said" || prev == "says" || prev == "say") ||
				w.toks[i].low == "by" || w.toks[i].low == "from" {
				j, v := w.outletAfter(i, hi, in)
				if v != "" {
					return v // "told CNN", "in an interview with the newspaper Le Monde"
				}
				if v := w.personsOutletAt(i+1, hi, in); v != "" {
					return v // "speaking to Anna Holm of CNN": the outlet the person works for
				}
				if (prev == "interview" || prev == "interviews") && w.toks[i].low == "with" && j < hi && in(j) {
					if v := w.nameAt(j, hi, in); v != "" {
						return v // "in an interview with Dawn": an interview is given to an outlet
					}
					if v := w.unnamedOutletAt(i+1, hi, in); v != "" {
						return v // "in an interview with the newspaper"
					}
				}
				if w.toks[i].low != "with" && prev != "interview" && prev != "interviews" {
					// "speaking to reporters", "spoke to a news
					// conference", "asked by reporters".
					if v := w.audienceAt(i+1, hi, in); v != "" {
						return v
					}
				}
			}
		case "before", "addressing":
			// "speaking before the U.N. Security Council",
			// "addressing the European Parliament": the body addressed.
			if body == "" {
				body = w.namedBodyAt(i+1, hi, in)
			}
		case "on", "in", "at", "during", "via", "through":
			j := i + 1
			for j < hi && j-i <= 4 && (determiners[w.toks[j].low] || timeWords[w.toks[j].low] && j > i+1 || isYear(w.toks[j].w) && j > i+1 || w.toks[j].low == "different" || w.toks[j].low == "written" || w.toks[j].low == "televised" && !w.knownPhrase(j) || w.toks[j].low == "brief" || w.toks[j].low == "lengthy" || w.toks[j].low == "separate" || w.toks[j].low == "recent" || w.toks[j].low == "new" && !w.toks[j].upper || w.toks[j].low == "exclusive" || w.toks[j].low == "joint" || settingAdjectives[w.toks[j].low] || w.coordinatedAdjective(j, i) || w.toks[j].low == "live" && w.toks[i].low == "on") {
				if j > i+1 && w.toks[j].upper && (months[w.toks[j].low] || monthAbbrevs[w.toks[j].low]) {
					j = w.dateAfter(j, hi) // "in a Jan. 23 press briefing": the day goes with its month
					continue
				}
				j++
			}
			if j >= hi || !in(j) {
				continue
			}
			if low := w.toks[i].low; low == "on" || low == "via" || low == "through" {
				if v := w.platformAt(j, hi); v != "" {
					return v
				}
				if j+1 < hi && w.toks[j].upper && w.toks[j].kind == dyad.TokenWord && in(j+1) && !w.toks[j+1].upper {
					// "on Russian state TV", "on Iranian television":
					// the country's broadcaster.
					if v := w.platformAt(j+1, hi); broadcastPlatforms[v] {
						return v
					}
				}
				if w.toks[j].upper {
					if v := w.outletAt(j, hi, in); v != "" {
						return v
					}
				}
			} else if (low == "at" || low == "during") && w.toks[j].upper && j > i+1 && w.settingAfter(j, hi) && !w.bodyAt(j) {
				// "during a CNN town hall", "at a Fox News debate": an
				// outlet's occasion (not "at a White House news
				// conference").
				if v := w.outletAt(j, hi, in); v != "" {
					return v
				}
			} else if low == "in" && w.toks[j].upper && j > i+1 && !w.bodyAt(j) {
				// "wrote in the Indian Express newspaper", "in The
				// Washington Post": a named outlet, not a place; "in a
				// CNN interview": an outlet's occasion.
				if v := w.outletAt(j, hi, in); v != "" && (!acronym(v) || w.settingAfter(j, hi)) {
					return v
				}
			}
			if v := w.platformAt(j, hi); v != "" && w.toks[j].upper && w.toks[i].low == "in" {
				// "in a Facebook post", "in a Telegram message": the
				// platform the post was made on.
				n := j + 1
				if strings.Contains(v, " ") {
					n++
				}
				if n < hi && in(n) && (w.settingAt(n, hi) != "" || postNouns[w.toks[n].low]) {
					return v
				}
			}
			if setting == "" {
				setting = w.settingAt(j, hi)
				if setting == "" && j+1 < hi && in(j+1) && w.toks[j].kind == dyad.TokenWord && !w.toks[j].upper && !preps[w.toks[j].low] && !determiners[w.toks[j].low] && w.toks[i].low != "on" {
					// "in his resignation speech", "at the weekly
					// briefing": a modifier before the occasion.
					setting = w.settingAt(j+1, hi)
				}
				if setting == "" && j > i+1 && w.toks[j].upper && w.toks[j].kind == dyad.TokenWord {
					// "at a White House briefing", "at a State
					// Department briefing": the occasion after the name
					// of the body that held it.
					n := j
					for n < hi && n-j < 4 && in(n) && w.toks[n].kind == dyad.TokenWord && w.toks[n].upper {
						n++
					}
					if n < hi && in(n) && !w.toks[n].upper {
						setting = w.settingAt(n, hi)
					}
				}
				if setting == "" && w.toks[i].low == "in" && j == i+1 && w.toks[j].low == "court" && !w.toks[j].upper {
					setting = "court" // "said in court"
				}
			}
			if body == "" && w.toks[i].low == "at" && i > lo && (speakingWords[w.toks[i-1].low] || w.personEndsAt(i-1)) {
				body = w.namedBodyAt(i+1, hi, in) // "said at the European Parliament"
			}
		}
	}
	if setting != "" {
		return setting
	}
	return body
}

// queryNouns are what an outlet sends a source to answer ("in response
// to a VOA query").
var queryNouns = set("query", "question", "request", "inquiry")

// upperEnd returns the index of the first token from j that is not a
// capitalised word (hi - 1 at the most).
func (w *work) upperEnd(j, hi int) int {
	for j < hi-1 && w.toks[j].kind == dyad.TokenWord && w.toks[j].upper {
		j++
	}
	return j
}

// pieceOwners are the occasions whose owner before "'s" wrote them
// ("Trump's statement", "the council's letter"); an outlet's report
// ("CNN's report") is no one's words but the outlet's either way.
var pieceOwners = set("statement", "letter", "message", "note", "tweet", "post", "email", "memo", "video message")

// coordinatedAdjective reports whether the token at j joins two
// adjectives before an occasion ("in a brief but official statement",
// "in a short and formal statement"): a "but" or "and" after a word the
// venue scan at i skipped and before an occasion adjective.
func (w *work) coordinatedAdjective(j, i int) bool {
	if l := w.toks[j].low; l != "but" && l != "and" || j <= i+1 || j+1 >= len(w.toks) {
		return false
	}
	p, n := w.toks[j-1].low, w.toks[j+1].low
	return (settingAdjectives[p] || p == "brief" || p == "lengthy" || p == "separate") && (settingAdjectives[n] || n == "brief" || n == "lengthy" || n == "joint")
}

// leadVenue returns the venue of the sentence before the quote's
// reporting clause when that sentence names the speaker where the words
// were said and quotes no one itself: "The same warning came from von der
// Leyen at the European Parliament. “…,” she said." It returns "" when
// the sentence is in another paragraph or has a quotation.
func (w *work) leadVenue(c *cand, q *dyad.Quote) string {
	ps := c.sent - 1
	if si := w.sentenceOf(c.content.Start); si >= 0 && si <= ps {
		// "“… killed. He was …,” Trump wrote.": the sentence before
		// the quotation's first.
		ps = si - 1
	}
	if q.Speaker == nil || q.Speaker.Anonymous || ps < 0 || c.sent >= len(w.sents) || w.pord[ps] != w.pord[c.sent] {
		return ""
	}
	span := w.sents[ps].Span
	if c.content.Start < span.End {
		return "" // the quotation starts there
	}
	// The speaker is the sentence's first actor other than an outlet:
	// "Trump hailed the report on Twitter and warned that Biden …" is
	// no venue for Biden.
	lo, hi := w.sentBounds(ps)
	from := span.Start
	if lo < hi && (w.toks[lo].low == "like" || w.toks[lo].low == "unlike") {
		// "Like Lutnick, Hassett said in an interview …": the one
		// compared with is not the subject.
		for k := lo + 1; k < hi && k <= lo+8; k++ {
			if w.isComma(k) {
				from = w.toks[k].End
				break
			}
		}
	}
	var first *dyad.Mention
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if span.Contains(m.Span) && m.Start >= from && m.Actor != nil && m.Actor.Sector != "MED" && (first == nil || m.Start < first.Start) {
			first = m
		}
	}
	if first == nil || first.Actor.Name != q.Speaker.Name || first.Kind == dyad.MentionPronoun {
		return ""
	}
	for i := lo; i < hi; i++ {
		if w.toks[i].reg >= 0 && !w.titleRegion(int(w.toks[i].reg)) {
			return "" // it quotes words of its own (a title, “This Week”, is none)
		}
	}
	return w.venueIn(lo, hi, func(int) bool { return true })
}

// reactionVerbs say that someone answered an act or words without
// reporting words of their own; a quotation after such a sentence is
// the reaction ("X criticized the decision via Twitter. “…”").
var reactionVerbs = set("criticized", "criticised", "defended", "reacted", "responded", "slammed", "blasted",
	"praised", "welcomed", "condemned", "denounced", "lashed", "dismissed", "mocked", "applauded", "disputed", "chimed")

// leadSpeaker returns the speaker of an unattributed quotation that
// opens a sentence when the sentence before it, in the same paragraph
// and quoting no one, has a person other than the last speaker as its
// subject and a verb of reaction ("Brett McGurk also criticized the
// decision via Twitter. “…”"), with that verb's token and the venue the
// sentence names; nil when there is none.
func (w *work) leadSpeaker(c *cand, last *dyad.Speaker) (*dyad.Speaker, int, string) {
	qs := w.sentenceOf(c.content.Start)
	ps := qs - 1
	if ps < 0 || qs >= len(w.sents) || w.pord[ps] != w.pord[qs] {
		return nil, -1, ""
	}
	lo, hi := w.sentBounds(ps)
	if lo >= hi || w.toks[hi-1].End > c.content.Start {
		return nil, -1, ""
	}
	for i := lo; i < hi; i++ {
		if w.toks[i].reg >= 0 {
			return nil, -1, "" // it quotes words of its own
		}
	}
	// The subject: a person's mention opening the sentence.
	s := lo
	for s < hi && w.toks[s].kind != dyad.TokenWord {
		s++
	}
	if s >= hi {
		return nil, -1, ""
	}
	mi := -1
	for k := s; k < hi && k <= s+3; k++ {
		if m := w.mentionFor(w.toks[k].Span); m >= 0 {
			mi = m
			break
		}
	}
	if mi < 0 {
		return nil, -1, ""
	}
	m := &w.doc.Mentions[mi]
	if m.Actor == nil || m.Actor.Kind != dyad.ActorPerson || m.Kind == dyad.MentionPronoun || last != nil && last.Name == m.Actor.Name {
		return nil, -1, ""
	}
	e := s
	for e < hi && w.toks[e].Start < m.End {
		e++
	}
	// Its verb: a reaction, past an appositive or a relative clause.
	v := -1
	for k := e; k < hi; k++ {
		t := &w.toks[k]
		if t.kind == dyad.TokenWord && !t.upper && reactionVerbs[t.low] {
			v = k
			break
		}
	}
	if v < 0 {
		return nil, -1, ""
	}
	for k := e; k < v; k++ {
		if _, ok := w.cueAt(k); ok && !w.inRelative(e, k) {
			return nil, -1, "" // the subject's own verb is another one
		}
	}
	sp := w.speaker(s, e, last)
	if sp == nil || sp.Name != m.Actor.Name {
		return nil, -1, ""
	}
	return sp, v, w.venueIn(lo, hi, func(int) bool { return true })
}

// inRelative reports whether token k stands inside a relative clause or
// an appositive opened by a comma after token e ("McGurk, who was …,").
func (w *work) inRelative(e, k int) bool {
	open := false
	for i := e; i < k; i++ {
		if w.isComma(i) {
			open = !open
		}
	}
	return open
}

// occasionParticiples open a phrase after a speaker's name that says
// where the words were said ("Lund, writing in the Financial Times,").
var occasionParticiples = set("writing", "speaking", "appearing", "posting", "talking", "testifying", "addressing", "interviewed", "quoted", "tweeting")

// speakingWords may govern the place a speaker addresses ("speaking at
// the European Parliament").
var speakingWords = set("speaking", "spoke", "speaks", "speak", "said", "says", "speech", "remarks", "address", "addressed", "testified", "testifying", "appeared", "appearing")

// personEndsAt reports whether a person's mention ends at token k.
func (w *work) personEndsAt(k int) bool { return w.personEdge(k, false) }

// personStartsAt reports whether a person's mention starts at token k.
func (w *work) personStartsAt(k int) bool { return w.personEdge(k, true) }

// personEdge reports whether a person's mention starts (start) or ends at
// token k.
func (w *work) personEdge(k int, start bool) bool {
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		at := m.End == w.toks[k].End
		if start {
			at = m.Start == w.toks[k].Start
		}
		if at && (m.Kind == dyad.MentionPerson || m.Actor != nil && m.Actor.Kind == dyad.ActorPerson) {
			return true
		}
	}
	return false
}

// broadcastPlatforms are platforms that a country's name may qualify
// ("on Russian state TV").
var broadcastPlatforms = set("television", "radio", "state television", "national television", "state media", "TV", "state radio", "national radio")

// sentTo are occasions whose words are sent to an outlet named after
// "to" ("a statement to CNN", "an email to Reuters").
var sentTo = set("statement", "statements", "email", "emails", "e-mail", "comments", "comment",
	"remarks", "message", "letter", "note", "reply", "response", "responses")

// pieceNouns are written pieces that "for" links to the outlet that ran
// them ("an op-ed for The Washington Post").
var pieceNouns = set("op-ed", "oped", "column", "essay", "article", "piece", "editorial", "commentary", "blog")

// handedWords are participles after which "to" or "with" names the
// outlet an occasion's words were given to ("a statement provided to
// Reuters", "a statement shared with CNN").
var handedWords = set("shared", "provided", "sent", "emailed", "given", "mailed", "released", "issued")

// broadcastWords are participles after which "by" names the outlet that
// ran an interview or a piece ("an interview published Sunday by Le
// Monde", "aired by CBS").
var broadcastWords = set("published", "broadcast", "aired", "televised", "released", "posted", "run", "carried")

// postedWords are verbs of putting a message on a platform ("a video
// posted to Telegram").
var postedWords = set("posted", "uploaded", "published", "shared")

// settingAdjectives may come between a preposition and an occasion ("in
// his nightly video address").
var settingAdjectives = set("nightly", "weekly", "daily", "annual", "regular", "online", "public", "emailed", "prepared", "formal", "short", "rare", "latest", "own", "evening", "morning", "official", "personal", "verified")

// nameAt returns the capitalised name at j when it names no person,
// state or other actor that is not a medium (an outlet the lexicon does
// not know: "Dawn", "Kathimerini"), else "".
func (w *work) nameAt(j, hi int, in func(int) bool) string {
	if v := w.outletAt(j, hi, in); v != "" {
		return v
	}
	e := j
	for e < hi && in(e) && w.toks[e].kind == dyad.TokenWord && w.toks[e].upper && !timeWords[w.toks[e].low] {
		e++
	}
	if e == j || notOutlets[w.low[w.toks[j].Start:w.toks[e-1].End]] {
		return ""
	}
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start < w.toks[e-1].End && w.toks[j].Start < m.End && !(m.Actor != nil && m.Actor.Sector == "MED") {
			return ""
		}
	}
	for _, p := range w.doc.Places {
		if p.Start < w.toks[e-1].End && w.toks[j].Start < p.End {
			return ""
		}
	}
	return w.text[w.toks[j].Start:w.toks[e-1].End]
}

// personsOutletAt returns the outlet after a person's name and "of" at j
// ("Anna Holm of CNN", "the BBC's Jon Berg" is not read here), or "".
func (w *work) personsOutletAt(j, hi int, in func(int) bool) string {
	if j >= hi || !w.personStartsAt(j) {
		return ""
	}
	k := j
	for k < hi && in(k) && w.toks[k].kind == dyad.TokenWord && (w.toks[k].upper || nameParticle(w.toks[k].low)) {
		k++
	}
	if k == j || k+1 >= hi || w.toks[k].low != "of" {
		return ""
	}
	k++
	if w.toks[k].low == "the" {
		k++
	}
	if k >= hi || !in(k) {
		return ""
	}
	return w.outletAt(k, hi, in)
}

// unnamedOutletAt returns an outlet addressed without its name at j
// ("a private news channel", "a local radio station", "media"), with its
// determiner, else "".
func (w *work) unnamedOutletAt(j, hi int, in func(int) bool) string {
	s := j
	if j < hi && (w.toks[j].low == "media" || w.toks[j].low == "the" && j+1 < hi && w.toks[j+1].low == "media") {
		if w.toks[j].low == "the" {
			j++
		}
		return w.text[w.toks[s].Start:w.toks[j].End] // "told media", "told the media"
	}
	if j >= hi || !determiners[w.toks[j].low] {
		return ""
	}
	for k := j + 1; k < hi && k <= j+4 && in(k) && w.toks[k].kind == dyad.TokenWord && !w.toks[k].upper; k++ {
		if unnamedOutlets[w.toks[k].low] {
			if k+1 < hi && w.toks[k+1].kind == dyad.TokenWord && w.toks[k+1].upper {
				return "" // a name follows: describedOutletAt reads it
			}
			return w.text[w.toks[s].Start:w.toks[k].End]
		}
	}
	return ""
}

// unnamedOutlets head an outlet addressed by description.
var unnamedOutlets = set("channel", "station", "newspaper", "broadcaster", "daily", "outlet", "outlets", "tabloid", "weekly", "website",
	"paper", "network", "magazine", "publication")

// postNouns are what is posted on a platform ("a Facebook post").
var postNouns = set("post", "posts", "posting", "message", "messages", "video", "update", "thread", "livestream", "broadcast", "statement")

// describedOutletAt returns the name of an outlet that a media noun
// introduces at j ("state broadcaster RTS", "the German daily Bild", "news
// agency Interfax"): any capitalised name after it, or "".
func (w *work) describedOutletAt(j, hi int, in func(int) bool) string {
	k := j
	if k < hi && (w.toks[k].low == "the" || w.toks[k].low == "a") {
		k++
	}
	for n := 0; n < 3 && k < hi && in(k) && w.toks[k].kind == dyad.TokenWord; n, k = n+1, k+1 {
		if !(mediaNouns[w.toks[k].low] || w.toks[k].low == "broadcaster" || w.toks[k].low == "weekly" || w.toks[k].low == "tabloid") {
			continue
		}
		if k+1 < hi && mediaNouns[w.toks[k+1].low] {
			continue // "news agency Interfax": the last media noun
		}
		e := k + 1
		for e < hi && in(e) && w.toks[e].kind == dyad.TokenWord && (w.toks[e].upper && !timeWords[w.toks[e].low] || w.toks[e].low == "of" && e > k+1 && e+1 < hi && w.toks[e+1].upper) {
			e++ // "Star of Mysore"
		}
		if e == k+1 {
			return ""
		}
		for mi := range w.doc.Mentions {
			m := &w.doc.Mentions[mi]
			if m.Start == w.toks[k+1].Start && m.Actor != nil && m.Actor.Kind == dyad.ActorPerson {
				return "" // "told the paper Anna Berg …": a person is no outlet
			}
		}
		return w.text[w.toks[k+1].Start:w.toks[e-1].End]
	}
	return ""
}

// namedBodyAt returns a named body addressed at j ("the European
// Parliament", "the U.N. Security Council"): a capitalised name ending in
// an audience noun, with its determiner; "" for anything else ("the
// meeting" is an occasion, not a body).
func (w *work) namedBodyAt(j, hi int, in func(int) bool) string {
	k := j
	if k < hi && w.toks[k].low == "the" {
		k++
	}
	if k+1 < hi && (w.toks[k].low == "a" || w.toks[k].low == "an") && w.toks[k+1].upper {
		// "speaking at a U.N. Security Council meeting": the body
		// whose meeting it was, without the article; its name ends in
		// a body's noun ("a Tromso meeting" names none).
		m := k + 1
		for m < hi && in(m) && (w.toks[m].kind == dyad.TokenWord && w.toks[m].upper || w.isPunct(m, ".") && w.abbrevPeriod(m)) {
			m++
		}
		if m < hi && audiences[w.toks[m-1].low] && audiences[w.toks[m].low] && !w.toks[m].upper {
			return w.text[w.toks[k+1].Start:w.toks[m-1].End]
		}
		return ""
	}
	if k >= hi || !w.toks[k].upper {
		return ""
	}
	return w.audienceAt(j, hi, in)
}

// outletAt reads a capitalised name at j and returns it when it names a
// news outlet, without media nouns and possessives ("Reuters news
// agency" → "Reuters", "GMTV's Sunday programme" → "GMTV").
func (w *work) outletAt(j, hi int, in func(int) bool) string {
	if j >= hi || !w.toks[j].upper || w.toks[j].kind != dyad.TokenWord {
		return ""
	}
	k := j
	for k < hi && in(k) && (w.toks[k].kind == dyad.TokenWord && (w.toks[k].upper || w.toks[k].low == "of" || w.toks[k].low == "and" && k+1 < hi && w.toks[k+1].upper) && !timeWords[w.toks[k].low] && w.toks[k].low != "’s" && w.toks[k].low != "'s" ||
		w.toks[k].kind == dyad.TokenNumber && k > j && w.toks[k-1].upper) {
		if k > j && w.personStartsAt(k) {
			break // "told MSNBC Cummings was …": the outlet ends before a person
		}
		k++ // "BBC Radio 4"
	}
	for k > j && w.toks[k-1].low == "of" {
		k--
	}
	if k == j {
		return ""
	}
	k = w.outletMentionEnd(j, k, hi, in) // "Face the Nation", "Meet the Press"
	if outer := w.low[w.toks[j].Start:w.toks[k-1].End]; k+1 < hi && (w.toks[k].low == "’s" || w.toks[k].low == "'s") && w.toks[k+1].upper &&
		!knownOutlets[outer] && !acronym(w.text[w.toks[j].Start:w.toks[k-1].End]) {
		// (not "VOA's Korean Service", "CBS's Face the Nation": the
		// possessor is the outlet)
		if v := w.outletAt(k+1, hi, in); v != "" {
			return v // "Russia's RIA Novosti news agency", "Britain's Sky News"
		}
	}
	// (a media noun opening an occasion, "White House news conference",
	// says nothing of the name before it)
	media := k < hi && mediaNouns[w.toks[k].low] && w.settingAt(k, hi) == ""
	if media && k-j == 1 && !knownOutlets[w.toks[j].low] && !acronym(w.toks[j].w) {
		// "German newspaper Bild", "Russian news agency Interfax": a
		// word describing the outlet whose name follows the media
		// noun (describedOutletAt reads it), not the outlet.
		m := k
		for m < hi && in(m) && mediaNouns[w.toks[m].low] {
			m++
		}
		if m < hi && in(m) && w.toks[m].kind == dyad.TokenWord && w.toks[m].upper && !timeWords[w.toks[m].low] && !w.personStartsAt(m) {
			return ""
		}
	}
	name := w.text[w.toks[j].Start:w.toks[k-1].End]
	low := strings.ToLower(name)
	if notOutlets[low] {
		return ""
	}
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start <= w.toks[j].Start && w.toks[j].Start < m.End && m.Actor != nil {
			if m.Actor.Sector == "MED" {
				return w.withShow(name, k, hi)
			}
			if m.Actor.Kind == dyad.ActorPerson || m.Actor.Kind == dyad.ActorState {
				return ""
			}
		}
	}
	last := w.toks[k-1].low
	if w.toks[k-1].kind == dyad.TokenNumber && k-2 >= j {
		last = w.toks[k-2].low // "BBC Radio 4"
	}
	if media || knownOutlets[low] || outletWords[last] || acronym(name) {
		return w.withShow(name, k, hi)
	}
	if first := w.toks[j].low; k-j >= 2 && (mediaNouns[first] || outletWords[first]) && first != "today" {
		return w.withShow(name, k, hi) // "Radio Nord", "Radio Free Europe", "Channel 4"
	}
	// "CBS's Face the Nation": the outlet before the possessive.
	return ""
}

// outletMentionEnd returns the token after the name of a news outlet or
// programme that the actors stage found starting at j when it runs past
// k, the end read from capitals, over lower-case words inside it ("Face
// the Nation", "Meet the Press"), to a capitalised last word; k
// otherwise.
func (w *work) outletMentionEnd(j, k, hi int, in func(int) bool) int {
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start != w.toks[j].Start || m.Actor == nil || m.Actor.Sector != "MED" || m.End <= w.toks[k-1].End {
			continue
		}
		e := k
		for e < hi && in(e) && w.toks[e].End <= m.End {
			e++
		}
		if w.toks[e-1].End == m.End && w.toks[e-1].upper {
			return e // (not "Reuters news agency": the media noun is dropped)
		}
	}
	return k
}

// withShow returns the outlet name with the programme or service its
// possessive at k names ("NBC's “Meet the Press”" → "NBC's Meet the
// Press", "VOA's Bosnian Service"), or the name alone when none follows.
// The programme is where the words were said; the outlet stays in front
// so that a search for the outlet still finds them.
func (w *work) withShow(name string, k, hi int) string {
	if e := w.domainEnd(k, hi); e > k {
		// "in remarks to UOL.com.br": the site by its whole address.
		return name + w.text[w.toks[k-1].End:w.toks[e-1].End]
	}
	if k >= hi {
		return name
	}
	poss := ""
	switch t := &w.toks[k]; {
	case t.low == "’s" || t.low == "'s":
		poss = t.w
	case (t.w == "’" || t.w == "'") && k > 0 && t.Start == w.toks[k-1].End && strings.HasSuffix(w.toks[k-1].low, "s"):
		poss = t.w // "Fox News’ “Sunday Morning Futures”"
	default:
		return name
	}
	n := k + 1
	if show := w.showAt(n, hi); show != "" {
		return name + poss + " " + show
	}
	return name
}

// domainEnd returns the index after the labels of a web address that go
// on from the name ending before k (".com.br" after "UOL", ".eu" after
// "Politico"): each a period and a lower-case word of at most six
// letters, written together; k when there are none.
func (w *work) domainEnd(k, hi int) int {
	e := k
	for e+1 < hi && w.isPunct(e, ".") && w.toks[e].Start == w.toks[e-1].End && w.toks[e+1].Start == w.toks[e].End &&
		w.toks[e+1].kind == dyad.TokenWord && !w.toks[e+1].upper && len(w.toks[e+1].w) <= 6 && isLower(w.toks[e+1].w) {
		e += 2
	}
	return e
}

// isLower reports whether s is all ASCII lower-case letters.
func isLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// programmeNouns end the unquoted name of an outlet's programme or
// service ("VOA's Bosnian Service", "the BBC's World Service").
var programmeNouns = set("service", "program", "programme", "show", "hour", "edition")

// showAt returns the programme named at n after an outlet's possessive:
// a quoted title ("“Meet the Press”") or capitalised words ending in a
// programme noun ("Bosnian Service"); "" for anything else ("NBC's Jane
// Roe" is a person, "CNN's reporting" no name).
func (w *work) showAt(n, hi int) string {
	if n >= hi {
		return ""
	}
	if r := w.regAt(n, hi); r >= 0 && w.titleRegion(r) {
		reg := &w.regs[r]
		return strings.TrimRight(w.text[reg.start:reg.end], ".,")
	}
	if w.toks[n].kind != dyad.TokenWord || !w.toks[n].upper || w.personStartsAt(n) {
		return ""
	}
	e := n
	for e < hi && e-n < 6 && w.toks[e].kind == dyad.TokenWord && w.toks[e].reg < 0 && !timeWords[w.toks[e].low] &&
		(w.toks[e].upper || titleSmall[w.toks[e].low] && (e+1 < hi && w.toks[e+1].upper || e+2 < hi && titleSmall[w.toks[e+1].low] && w.toks[e+2].upper && w.toks[e+2].reg < 0)) {
		e++
	}
	for e > n && titleSmall[w.toks[e-1].low] {
		e-- // "VOA's Korean Service on Monday"
	}
	inner := false // a function word inside the name: "State of the Union"
	for i := n + 1; i < e-1; i++ {
		inner = inner || titleSmall[w.toks[i].low] && !w.toks[i].upper
	}
	switch {
	case e == n:
		return "" // (and "GMTV's Sunday programme" is the day's, no name)
	case w.medMentionAt(n, e):
		return w.text[w.toks[n].Start:w.toks[e-1].End] // "CBS's Face the Nation": the actors stage knows it
	case inner && e-n >= 3 && (e >= hi || w.toks[e].kind == dyad.TokenPunct || w.toks[e].low == "that" || preps[w.toks[e].low] || timeWords[w.toks[e].low]):
		// "CNN's State of the Union that …", "NBC's Meet the Press on
		// Sunday": capitalised words with a function word inside and
		// a boundary after are a title, not a person's name.
		return w.text[w.toks[n].Start:w.toks[e-1].End]
	case programmeNouns[w.toks[e-1].low]:
		return w.text[w.toks[n].Start:w.toks[e-1].End] // "Bosnian Service"
	case e < hi && w.toks[e].kind == dyad.TokenWord && programmeNouns[w.toks[e].low]:
		// "the BBC's Newsnight programme", "BBC Radio 4's Today
		// programme": the name before a lower-case programme noun.
		return w.text[w.toks[n].Start:w.toks[e-1].End]
	}
	return ""
}

// medMentionAt reports whether the actors stage found a news outlet or
// programme spanning exactly tokens [n, e).
func (w *work) medMentionAt(n, e int) bool {
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start == w.toks[n].Start && m.End == w.toks[e-1].End && m.Actor != nil && m.Actor.Sector == "MED" {
			return true
		}
	}
	return false
}

// bodyAt reports whether token j starts a mention of an actor that is
// not a news outlet ("a White House news conference", "a Pentagon
// briefing"): its name before an occasion names no venue.
func (w *work) bodyAt(j int) bool {
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start <= w.toks[j].Start && w.toks[j].Start < m.End {
			return m.Actor != nil && m.Actor.Sector != "MED"
		}
	}
	return false
}

// acronym reports whether s is an all-capitals word of 2 to 5 letters.
func acronym(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// audienceAt returns the audience addressed at j, after a verb of
// telling, with its determiner ("reporters", "a court", "the jury", "the
// U.N. Security Council"), or "". The phrase is at most a determiner, a
// few capitalised words and the audience noun.
func (w *work) audienceAt(j, hi int, in func(int) bool) string {
	s := j
	for j < hi && j-s < 2 && (w.toks[j].low == "the" || w.toks[j].low == "a" || w.toks[j].low == "an") {
		j++
	}
	if j > s && j < hi && in(j) {
		j = w.sizeAdjective(j, hi) // "told the 15-nation Security Council"
	}
	for k := j; k < hi && k-j < 5 && in(k); k++ {
		t := &w.toks[k]
		if t.kind != dyad.TokenWord && !(w.isPunct(k, ".") && w.abbrevPeriod(k)) {
			return ""
		}
		if audiences[t.low] {
			if k+1 < hi && (w.toks[k+1].low == "’s" || w.toks[k+1].low == "'s") {
				return "" // "told the court's clerk"
			}
			for k+1 < hi && k-j < 5 && in(k+1) && audiences[w.toks[k+1].low] && !w.toks[k+1].upper {
				k++ // "told a Senate hearing", "told a council meeting"
				t = &w.toks[k]
			}
			end := t.End
			if t.upper {
				// "told the Senate Foreign Relations Committee": a body
				// named after the chamber it belongs to.
				n := k + 1
				for n < hi && n-k <= 4 && in(n) && w.toks[n].kind == dyad.TokenWord && w.toks[n].upper {
					n++
				}
				if n-1 > k && audiences[w.toks[n-1].low] {
					end = w.toks[n-1].End
				}
			}
			if k+1 < hi && in(k+1) && (w.toks[k+1].low == "members" || w.toks[k+1].low == "delegates") {
				end = w.toks[k+1].End // "told council members"
			}
			if occasionAudiences[t.low] && k+2 < hi && w.toks[k+1].low == "of" && in(k+1) {
				if b := w.namedBodyAt(k+2, hi, in); b != "" {
					return b // "told a meeting of the U.N. Security Council": the body met
				}
			}
			return w.text[w.toks[s].Start:end]
		}
		if t.kind == dyad.TokenWord && !t.upper && !(j > s && k-j < 2 && audienceAdjectives[t.low]) {
			return "" // "told the court" but not "told his lawyer the court …"
		}
	}
	return ""
}

// occasionAudiences are gatherings that a body holds ("a meeting of the
// Security Council"): the body named after "of" is the one addressed.
var occasionAudiences = set("meeting", "session", "summit", "gathering", "hearing", "conference")

// sizeAdjective returns the index after a number compound at j that
// gives a body's size ("15-nation", "193-member": a number, a hyphen and
// a lower-case word, written together), or j when there is none.
func (w *work) sizeAdjective(j, hi int) int {
	if j+2 >= hi || w.toks[j].kind != dyad.TokenNumber || w.toks[j].reg >= 0 || !w.isPunct(j+1, "-") {
		return j
	}
	if t := &w.toks[j+2]; t.kind != dyad.TokenWord || t.upper || w.toks[j+1].Start != w.toks[j].End || t.Start != w.toks[j+1].End {
		return j
	}
	return j + 3
}

// platformAt returns the platform named at j ("Truth Social", "X",
// "social media"), or "", "" too when j is not before hi (a cue ending
// the sentence: "said in a statement to").
func (w *work) platformAt(j, hi int) string {
	if j < 0 || j >= hi {
		return ""
	}
	if j+1 < hi {
		if v, ok := platforms[w.low[w.toks[j].Start:w.toks[j+1].End]]; ok {
			if v == "social media" && j+3 < hi && (w.toks[j+2].low == "platform" || w.toks[j+2].low == "site") && w.toks[j+3].upper {
				if _, ok := platforms[w.toks[j+3].low]; ok {
					return w.text[w.toks[j].Start:w.toks[j+3].End] // "social media platform X"
				}
			}
			return v
		}
	}
	t := &w.toks[j]
	if (t.low == "platform" || t.low == "app") && j+1 < hi && w.toks[j+1].upper {
		if v, ok := platforms[w.toks[j+1].low]; ok && w.toks[j+1].w != "x" {
			return v // "on the platform X"
		}
	}
	if v, ok := platforms[t.low]; ok {
		if t.low == "x" && t.w != "X" {
			return ""
		}
		if t.low == "x" && j+1 < hi && w.toks[j+1].kind == dyad.TokenWord && w.toks[j+1].upper {
			return ""
		}
		return v
	}
	return ""
}

// settingAt returns the occasion named at j ("statement", "news
// conference", "social media" for "social media update"), or "".
func (w *work) settingAt(j, hi int) string {
	for n := 3; n >= 1; n-- {
		if j+n > hi {
			continue
		}
		// Keys are single-spaced words: look the phrase up as it
		// stands in the lower-cased text.
		if v, ok := mediaSettings[w.low[w.toks[j].Start:w.toks[j+n-1].End]]; ok && v != "" {
			if v == "call" && j+n < hi && (w.toks[j+n].low == "for" || w.toks[j+n].low == "to") {
				return "" // "in a call for calm" is an appeal, not a phone call
			}
			return v
		}
	}
	return ""
}

// knownPhrase reports whether the words at j and j+1 are an occasion of
// their own ("televised announcement", "televised address").
func (w *work) knownPhrase(j int) bool {
	if j+1 >= len(w.toks) {
		return false
	}
	_, ok := mediaSettings[w.low[w.toks[j].Start:w.toks[j+1].End]]
	return ok
}

// settingAfter reports whether an occasion noun follows the capitalised
// words from j ("CNN interview", "Fox News town hall").
func (w *work) settingAfter(j, hi int) bool {
	for j < hi && w.toks[j].kind == dyad.TokenWord && w.toks[j].upper {
		j++
	}
	return j < hi && w.settingAt(j, hi) != ""
}

// date returns the value of the first dated time expression in the
// quote's reporting clause (its sentence, outside the content).
func (w *work) date(c *cand) *string {
	if c.sent < 0 || c.sent >= len(w.sents) {
		return nil
	}
	s := w.sents[c.sent].Span
	for i := range w.doc.Times {
		t := &w.doc.Times[i]
		if t.Value == "" || !s.Contains(t.Span) || t.Overlaps(c.content) {
			continue
		}
		if t.Type != dyad.TimeDate && t.Type != dyad.TimeTime && t.Type != "" {
			continue
		}
		if w.inRegion(t.Span) {
			continue
		}
		v := t.Value
		return &v
	}
	return nil
}

// inRegion reports whether span lies inside a quotation.
func (w *work) inRegion(span dyad.Span) bool {
	for i := range w.regs {
		r := &w.regs[i]
		if r.open <= span.Start && span.End <= r.close {
			return true
		}
	}
	return false
}

// valid reports whether every span of q lies on character boundaries of
// the text.
func (w *work) valid(q *dyad.Quote) bool {
	if q.Span.CheckIn(w.text) != nil {
		return false
	}
	if q.CueSpan != nil && q.CueSpan.CheckIn(w.text) != nil {
		return false
	}
	return q.Speaker == nil || q.Speaker.Span.CheckIn(w.text) == nil
}

// orgHeads end the names of organisations, which keep every word.
var orgHeads = set("department", "ministry", "office", "council", "committee", "party",
	"agency", "commission", "service", "services", "group", "court", "bank", "house",
	"institute", "university", "foundation", "association", "union", "administration",
	"government", "parliament", "senate", "congress", "assembly", "army", "force", "forces",
	"police", "command", "organization", "organisation", "federation", "fund", "center",
	"centre", "board", "authority", "bureau", "corporation", "company", "network", "coalition",
	"alliance", "front", "movement", "campaign", "kremlin", "pentagon", "secretariat", "cabinet",
	"guard", "navy", "ministries", "team", "club", "school", "church", "embassy", "mission")

// orgName reports whether name ends with an organisation word.
func orgName(name string) bool {
	if k := strings.Index(name, " of "); k > 0 {
		name = name[:k] // "the chairman of the committee"
	}
	i := strings.LastIndexByte(name, ' ')
	return orgHeads[strings.ToLower(name[i+1:])]
}

// allUpperWordsOrAnd reports whether [s, e) is capitalised words joined
// by "and", "of", "for" or "the".
func (w *work) allUpperWordsOrAnd(s, e int) bool {
	for i := s; i < e; i++ {
		t := &w.toks[i]
		if t.kind != dyad.TokenWord || !t.upper && t.low != "and" && t.low != "of" && t.low != "for" && t.low != "the" {
			return false
		}
	}
	return true
}

// sentenceOf returns the index of the sentence holding byte off, or -1.
func (w *work) sentenceOf(off int) int { return dyad.SentenceIndex(w.sents, off) }

// lastSentence returns the index of the sentence where the quote of c
// ends (or its reporting clause, if later).
func (w *work) lastSentence(c *cand) int {
	if m := w.sentenceOf(c.content.End - 1); m >= 0 {
		return max(c.sent, m)
	}
	return c.sent
}

// headToken returns the token that heads the speaker phrase [s, e): the
// word itself for one word, the source noun of an unnamed source, the
// last word of the name picked by properName, else the last word before
// a comma or a preposition ("the Indiana governor", "the chairman of …").
func (w *work) headToken(s, e int) int {
	if e-s == 1 {
		return s
	}
	if h := w.personBeforePrep(s, e); h >= 0 {
		return h
	}
	if r := w.roleBeforePrep(s, e); r >= 0 {
		return r
	}
	if anon, _, _ := w.anonymous(s, e); anon {
		for i := s; i < e; i++ {
			if anonSourceHeads[w.toks[i].low] {
				return i
			}
		}
	}
	name := w.properName(s, e)
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for i := e - 1; i >= s; i-- {
		if w.toks[i].w == last {
			return i
		}
	}
	h := s
	for i := s; i < e; i++ {
		t := &w.toks[i]
		if t.kind == dyad.TokenPunct && t.w == "," || i > s && t.kind == dyad.TokenWord && npInner[t.low] && !t.upper {
			break
		}
		if t.kind == dyad.TokenWord {
			h = i
		}
	}
	return h
}

// pluralName reports whether a speaker name is a plural description
// ("Researchers", "the Tories", "opposition parties"), which "he" or
// "she" cannot refer to.
func pluralName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "us") || strings.HasSuffix(last, "is") {
		return false
	}
	// A person's name has two capitalised words or more.
	caps := 0
	for _, w := range f {
		if upperStart(w) {
			caps++
		}
	}
	return caps < 2
}

// geoModifiers begin place names, not first names ("South China", "New
// York", "Northern Ireland").
var geoModifiers = set("north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "central", "new", "upper", "lower", "greater", "inner", "outer", "mount", "lake",
	"saint", "st", "port", "fort", "san", "santa", "los", "las", "el", "la", "united")

// personBeforePrep returns the last token of a person's name of two
// words or more opening the phrase [s, e) and followed by "of", "from"
// or "at" ("Andrew Lebovich of the think tank Clingendael", "Jane Doe
// from the Red Cross"): the person is the head, not the body named
// after the preposition. It returns -1 when there is none.
func (w *work) personBeforePrep(s, e int) int {
	i := s
	for i < e && (titles[w.toks[i].low] || w.toks[i].low == "former" || w.isPunct(i, ".") ||
		w.toks[i].kind == dyad.TokenWord && !w.toks[i].upper && !phraseLinks[w.toks[i].low] && !preps[w.toks[i].low] && !npInner[w.toks[i].low]) {
		// "international relations lecturer Soli Ozel of …",
		// "analyst Atilla Yesilada of …": a role before the name.
		i++
	}
	j := i
	for j < e && w.toks[j].kind == dyad.TokenWord && (w.toks[j].upper || j > i && j+1 < e && nameParticle(w.toks[j].low) && (w.toks[j+1].upper || nameParticle(w.toks[j+1].low))) {
		j++ // "Arnel dela Vega"
	}
	if j-i < 2 || j >= e-1 {
		return -1
	}
	switch w.toks[j].low {
	case "of", "from", "at":
	default:
		return -1
	}
	if mi := w.mentionFor(w.toks[j-1].Span); mi >= 0 && w.doc.Mentions[mi].Kind == dyad.MentionPerson {
		return j - 1
	}
	if w.unknownName(i, j) {
		return j - 1 // a name no stage knows, with a particle: "Arnel dela Vega of …"
	}
	return -1
}

// unknownName reports whether the words [i, j) are a person's name that
// no actor or place covers, told apart from an organisation by a lower
// case name particle inside it ("Arnel dela Vega", "Karl van der Berg").
func (w *work) unknownName(i, j int) bool {
	particle := false
	for k := i + 1; k < j-1; k++ {
		particle = particle || nameParticle(w.toks[k].low)
	}
	if !particle || orgHeads[w.toks[j-1].low] {
		return false
	}
	span := dyad.Span{Start: w.toks[i].Start, End: w.toks[j-1].End}
	for mi := range w.doc.Mentions {
		if w.doc.Mentions[mi].Overlaps(span) {
			return false
		}
	}
	for _, p := range w.doc.Places {
		if p.Overlaps(span) {
			return false
		}
	}
	return true
}

// roleBeforePrep returns the role noun of a description whose name
// comes only after a preposition ("The U.N. special envoy for Syria",
// "the ambassador to the UN"): the role heads the phrase, not the place
// or body after it. It returns -1 when the phrase is not one, or when a
// person is named before the role.
func (w *work) roleBeforePrep(s, e int) int {
	for i := s; i < e; i++ {
		if w.toks[i].kind == dyad.TokenPunct && w.toks[i].w != "." {
			return -1 // "…, Geir Pedersen": an appositive name
		}
	}
	for i := s + 1; i+1 < e; i++ {
		t := &w.toks[i]
		if t.kind == dyad.TokenPunct && t.w == "," {
			return -1
		}
		if t.kind != dyad.TokenWord || t.upper {
			continue
		}
		switch t.low {
		case "for", "to", "of", "at":
		default:
			continue
		}
		r := &w.toks[i-1]
		if r.kind != dyad.TokenWord || r.upper || determiners[r.low] || !(titles[r.low] || roleNouns[r.low] || anonSourceHeads[r.low] || orgHeads[r.low]) {
			return -1
		}
		j := i + 1
		if j < e && w.toks[j].low == "the" {
			j++
		}
		if j >= e || !w.allUpperWords(j, e) {
			return -1
		}
		for k := s; k < i-1; k++ {
			if mi := w.mentionFor(w.toks[k].Span); mi >= 0 && w.doc.Mentions[mi].Kind == dyad.MentionPerson {
				return -1
			}
		}
		return i - 1
	}
	return -1
}

// roleNouns are nouns for office holders that take a "for", "to" or
// "of" complement ("envoy for Syria", "ambassador to the UN").
var roleNouns = set("envoy", "ambassador", "representative", "coordinator", "commissioner",
	"rapporteur", "director", "head", "chief", "president", "chairman", "chairwoman", "chair",
	"secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
	"negotiator", "delegate", "governor", "mayor", "commander", "leader", "founder", "ceo")

// namesAnd returns the "and" joining two names that make up the whole
// phrase [s, e) ("Bugti and Chaudhry", "Sens. John McCain and Lindsey
// Graham"), or -1.
func (w *work) namesAnd(s, e int) int {
	a := -1
	for i := s; i < e; i++ {
		t := &w.toks[i]
		switch {
		case t.kind == dyad.TokenWord && t.low == "and" && !t.upper:
			if a >= 0 || i == s || i+1 >= e || !w.toks[i-1].upper || !w.toks[i+1].upper {
				return -1
			}
			a = i
		case t.kind == dyad.TokenWord && t.upper, w.isPunct(i, ".") && w.abbrevPeriod(i):
		default:
			return -1
		}
	}
	if a < 0 || orgHeads[w.toks[e-1].low] {
		return -1
	}
	if mi := w.mentionFor(w.toks[a-1].Span); mi >= 0 && w.doc.Mentions[mi].Kind != dyad.MentionPerson && !w.twoBodies(s, a, e) {
		return -1
	}
	return a
}

// twoBodies reports whether the words before and after the "and" at a in
// [s, e) are each one actor's whole mention ("Reuters and NBC"), two
// bodies joined rather than one name holding "and".
func (w *work) twoBodies(s, a, e int) bool {
	first, second := false, false
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		first = first || m.Start == w.toks[s].Start && m.End == w.toks[a-1].End
		second = second || m.Start == w.toks[a+1].Start && m.End == w.toks[e-1].End
	}
	return first && second
}

// nearFullName returns the actor of a person named before off with a
// full name whose last word is surname with one letter changed, added
// or dropped ("Geir Pedersen" for a later "Pederson"), or nil. Surnames
// shorter than five letters are left alone.
func (w *work) nearFullName(surname string, off int) *dyad.Actor {
	if len(surname) < 5 {
		return nil
	}
	for i := range w.doc.Mentions {
		m := &w.doc.Mentions[i]
		if m.Start >= off {
			continue
		}
		a := m.Actor
		if m.Kind != dyad.MentionPerson || a == nil || a.Anonymous {
			continue
		}
		j := strings.LastIndexByte(a.Name, ' ')
		if j < 0 {
			continue
		}
		if last := a.Name[j+1:]; last != surname && last[0] == surname[0] && oneEdit(last, surname) {
			return a
		}
	}
	return nil
}

// oneEdit reports whether a and b differ by exactly one substituted,
// inserted or deleted byte.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// relativePronounSpeaker resolves the pronoun subject of a verb reporting
// inside a relative clause through the subject of its sentence ("Clinton
// proposed rules that would end what she said were …", "Democrats
// focused on what they said was …"), when that subject agrees with the
// pronoun; it returns nil otherwise.
func (w *work) relativePronounSpeaker(c *cand, last *dyad.Speaker) *dyad.Speaker {
	if !c.relative || c.spkE-c.spkS != 1 {
		return nil
	}
	low := w.toks[c.spkS].low
	if low != "he" && low != "she" && low != "they" {
		return nil
	}
	s, e, ok := w.sentenceSubject(w.sstart[c.sent], c.spkS)
	if !ok || e > c.spkS || e-s == 1 && pronouns[w.toks[s].low] {
		return nil
	}
	sp := w.speaker(s, e, last)
	if sp == nil || sp.Name == "" {
		return nil
	}
	plural := pluralName(sp.Name) || orgName(sp.Name) || sp.Anonymous
	if plural != (low == "they") {
		return nil
	}
	sp.Span = dyad.Span{Start: w.toks[c.spkS].Start, End: w.toks[c.spkS].End}
	sp.Text = w.toks[c.spkS].w
	return sp
}

// copulaBefore returns the copula ("is", "was", …) that a lower-case
// noun phrase starting at a completes as its predicate, over a list of
// such nouns ("is a serial liar, racist and birther"), or -1.
func (w *work) copulaBefore(lo, a int) int {
	if w.toks[a].upper {
		return -1
	}
	for i := a - 1; i > lo && a-i <= 25; i-- {
		t := &w.toks[i]
		switch {
		case t.reg >= 0 || t.upper || t.kind == dyad.TokenPunct && t.w != "," || t.kind == dyad.TokenNumber:
			return -1
		case t.kind != dyad.TokenWord:
		case copulas[t.low]:
			return i
		case cueFormsLower(t) || t.low == "that" || t.low == "who" || t.low == "which" || preps[t.low] && t.low != "of":
			return -1
		}
	}
	return -1
}

// copulas link a subject to a noun said of it.
var copulas = set("is", "was", "are", "were", "remains", "remained", "becomes", "became")

// outletAfter reads the outlet named after the preposition at token i
// ("to CNN", "with the newspaper Le Monde"): an outlet's name, over a
// leading "the", or a description of one. It returns the token after the
// preposition and its "the", and the venue ("" when none).
func (w *work) outletAfter(i, hi int, in func(int) bool) (int, string) {
	j := i + 1
	if j < hi && w.toks[j].low == "the" {
		j++
	}
	if j < hi && in(j) {
		if v := w.outletAt(j, hi, in); v != "" {
			return j, v
		}
	}
	return j, w.describedOutletAt(i+1, hi, in)
}
