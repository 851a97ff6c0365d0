package quote

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// This file handles speech acts whose content is not a that-clause:
// "urged Congress to act", "called on Trump to apologise", "called for a
// repeal", "vowed to fight", "accused Clinton of lying", "questioned
// whether …", "called the charges “fabricated”".

// actInf are lemmas taking a to-infinitive of their own ("vowed to
// fight").
var actInf = set("vow", "pledge", "promise", "threaten", "demand")

// actObjInf are lemmas taking an addressee and a to-infinitive ("urged
// Congress to act", "asked voters to", "warned Iran not to").
var actObjInf = set("urge", "ask", "implore", "press", "warn", "tell", "plead")

// actFor are lemmas taking a "for" phrase ("called for a repeal",
// "pleaded for calm").
var actFor = set("call", "ask", "press", "plead")

// actWh are lemmas taking an indirect question ("questioned whether",
// "asked why", "wondered how").
var actWh = set("question", "ask", "wonder", "describe")

// whWords open an indirect question.
var whWords = set("whether", "if", "why", "how", "what", "who", "when", "where", "which")

// actComplement returns the first content token of the speech act at k
// (with hi the end of its sentence), or -1 when the words after it are
// none of the act's frames.
func (w *work) actComplement(k, hi int, c cue) int {
	j := k + 1
	if j >= hi || w.toks[j].reg >= 0 {
		return -1
	}
	t := &w.toks[j]
	if t.kind != dyad.TokenWord {
		return -1
	}
	if c.lemma == "call" && (t.low == "out" || t.low == "off" || t.low == "up" || t.low == "back" || t.low == "in" || t.low == "into") {
		return -1 // "calling out Trump for his “lies”": a phrasal verb
	}
	if timeWords[t.low] && j+2 < hi && w.toks[j+1].low == "for" && actFor[c.lemma] && w.toks[j+1].reg < 0 {
		j, t = j+1, &w.toks[j+1] // "called Friday for …"
	}
	switch {
	case t.low == "for" && actFor[c.lemma]:
		if w.phraseAfter(j+1, hi) {
			return j + 1
		}
		return -1
	case (t.low == "on" || t.low == "upon") && c.lemma == "call":
		if w.infinitiveWithin(j+1, hi, 8) {
			return j + 1
		}
		return -1
	case t.low == "to" && actInf[c.lemma]:
		if n := j + 1; n < hi && w.toks[n].kind == dyad.TokenWord && !w.toks[n].upper && !determiners[w.toks[n].low] {
			return j
		}
		return -1
	case t.low == "by" && (c.lemma == "respond" || c.lemma == "reply"):
		// "responded by using the example of Chicago".
		if n := j + 1; n < hi && w.toks[n].kind == dyad.TokenWord && strings.HasSuffix(w.toks[n].low, "ing") {
			return j
		}
		return -1
	case whWords[t.low] && actWh[c.lemma]:
		if w.phraseAfter(j+1, hi) {
			return j
		}
		return -1
	}
	if t.upper && (t.low == "i" || !pronouns[t.low]) || objectPronouns[t.low] || determiners[t.low] ||
		!boundaries[t.low] && !clauseVerbs[t.low] && !cueFormsLower(t) && !pronouns[t.low] && !preps[t.low] {
		switch {
		case actObjInf[c.lemma] && w.infinitiveWithin(j, hi, 8):
			return j
		case c.lemma == "ask" && (w.wordWithin(j, hi, 8, "whether") || w.wordWithin(j, hi, 8, "if")):
			// "asked the former secretary if she would …".
			return j
		case c.lemma == "ask" && w.whWithin(j, hi, 5):
			// "asked Richards what impact the law had", "asked
			// reporters why …": the addressee, then the question.
			return j
		case (c.lemma == "describe" || c.lemma == "characterize") && w.wordOrQuoteWithin(j, hi, 8, "as"):
			// "described the talks as constructive".
			return j
		case c.lemma == "cite" && w.phraseAfter(j, hi) && !w.wordWithin(j, hi, 8, "as"):
			// "cited problems in the Middle East", "cited his own
			// endorsements": what the speaker gave as a reason. "cited
			// the audit as the reason …" characterises, like "described
			// … as", and is left out.
			return j
		case c.lemma == "accuse" && (w.wordOrQuoteWithin(j, hi, 8, "of") || w.appositionOf(j, hi)):
			// "accused the minister, Karl Berg, of …": a name in
			// commas after the object.
			return j
		case c.lemma == "call" && w.namingWithin(j, hi, 10):
			// "called climate change a hoax", "called Oz a quack".
			return j
		case c.lemma == "call" && w.quotationWithin(j, hi, 8):
			// "called the charges “fabricated”", "called Oz a
			// “quack”": naming with the speaker's own word.
			return j
		}
	}
	return -1
}

// phraseAfter reports whether at least two words follow from j, the
// first not a conjunction ("asked for or just were confused").
func (w *work) phraseAfter(j, hi int) bool {
	if j < hi && w.toks[j].kind == dyad.TokenWord && (w.toks[j].low == "or" || w.toks[j].low == "and" || w.toks[j].low == "but") {
		return false
	}
	n := 0
	for i := j; i < hi && n < 2; i++ {
		if w.isStop(i) {
			break
		}
		if w.toks[i].kind == dyad.TokenWord || w.toks[i].kind == dyad.TokenNumber {
			n++
		}
	}
	return n >= 2
}

// infinitiveWithin reports whether a "to" and a lower-case verb follow
// within n tokens from j over a noun phrase only ("Congress to act",
// "the president not to").
func (w *work) infinitiveWithin(j, hi, n int) bool {
	for i := j; i < hi && i-j < n; i++ {
		t := &w.toks[i]
		if t.reg >= 0 || t.kind == dyad.TokenPunct && t.w != "-" && t.w != "’" && t.w != "'" && !(t.w == "." && w.abbrevPeriod(i)) {
			return false
		}
		if t.kind != dyad.TokenWord {
			continue
		}
		if t.low == "to" && i > j && i+1 < hi {
			nx := &w.toks[i+1]
			if w.isMark(i+1) && i+2 < hi {
				nx = &w.toks[i+2] // "to “vote your conscience”"
			}
			return nx.kind == dyad.TokenWord && !nx.upper && !determiners[nx.low] && !objectPronouns[nx.low]
		}
		if i > j && (cueFormsLower(t) || clauseVerbs[t.low] || boundaries[t.low] && t.low != "not" && !npInner[t.low]) {
			return false
		}
	}
	return false
}

// wordWithin reports whether the word want follows within n tokens of j
// in the same clause.
func (w *work) wordWithin(j, hi, n int, want string) bool {
	for i := j; i < hi && i-j < n; i++ {
		t := &w.toks[i]
		if t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(i)) && t.w != "’" && t.w != "'" {
			return false
		}
		if t.kind == dyad.TokenWord && t.low == want && i > j {
			return i+1 < hi && w.toks[i+1].kind == dyad.TokenWord
		}
	}
	return false
}

// whWithin reports whether a question word other than "whether" and
// "if" (what, why, how, …) follows within n tokens of j in the same
// clause, after at least one word.
func (w *work) whWithin(j, hi, n int) bool {
	for _, wh := range []string{"what", "why", "how", "who", "when", "where", "which"} {
		if w.wordWithin(j, hi, n, wh) {
			return true
		}
	}
	return false
}

// wordOrQuoteWithin is wordWithin, also when a quotation opens the
// phrase after the word ("described the attack as “a violation”",
// "accused the minister of “hiding”").
func (w *work) wordOrQuoteWithin(j, hi, n int, want string) bool {
	if w.wordWithin(j, hi, n, want) {
		return true
	}
	for i := j + 1; i+2 < hi && i-j < n; i++ {
		t := &w.toks[i]
		if t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(i)) && t.w != "’" && t.w != "'" {
			return false
		}
		if t.kind == dyad.TokenWord && t.low == want {
			return w.isMark(i+1) && w.toks[i+2].kind == dyad.TokenWord
		}
	}
	return false
}

// appositionOf reports whether the words from j are an object phrase
// of at most five words, a name in commas (capitalised words only, at
// most four) and "of" with a word after it: "the minister, Karl Berg,
// of lying". A relative clause or a coordination in the commas ("the
// minister, who denied it, of", "the minister, and Berg, of") is none.
func (w *work) appositionOf(j, hi int) bool {
	i := j
	for i < hi && i-j < 5 && w.toks[i].kind == dyad.TokenWord {
		i++
	}
	if i == j || i >= hi || w.toks[i].w != "," {
		return false
	}
	n := 0
	for i++; i < hi && n < 4 && (w.toks[i].kind == dyad.TokenWord && w.toks[i].upper && !determiners[w.toks[i].low] && !pronouns[w.toks[i].low] ||
		w.toks[i].w == "." && w.abbrevPeriod(i)); i++ {
		if w.toks[i].kind == dyad.TokenWord {
			n++
		}
	}
	return n > 0 && i+2 < hi && w.toks[i].w == "," && w.toks[i+1].low == "of" && w.toks[i+2].kind == dyad.TokenWord
}

// quotationWithin reports whether a quotation opens within n tokens of
// j, after at least one word, with no clause boundary before it.
func (w *work) quotationWithin(j, hi, n int) bool {
	for i := j; i < hi && i-j < n; i++ {
		t := &w.toks[i]
		if t.reg >= 0 {
			return i > j && w.isMark(i)
		}
		if t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(i)) && t.w != "’" && t.w != "'" {
			return false
		}
		if t.kind == dyad.TokenWord && i > j && (cueFormsLower(t) || clauseVerbs[t.low] || t.low == "that") && !w.afterDeterminer(i) {
			return false
		}
	}
	return false
}

// actSpeaker reports whether the subject phrase [s, e) can perform a
// speech act: a name or an organisation (a capitalised word other than
// the first of the sentence), a personal pronoun, a relative pronoun, or
// a noun for people or bodies ("officials", "the campaign").
func (w *work) actSpeaker(s, e int) bool {
	for i := s; i < e; i++ {
		t := &w.toks[i]
		if t.kind != dyad.TokenWord {
			continue
		}
		switch {
		case t.upper && !determiners[t.low] && !(w.sentStart(i) && boundaries[t.low]):
			return true
		case pronouns[t.low] && t.low != "it" && t.low != "you":
			return true
		case t.low == "who":
			return true
		case anonHeads[t.low] || orgHeads[t.low] || orgHeads[singular(t.low)]:
			return true // "rights groups", "the agencies"
		case peopleNouns[t.low] || peopleNouns[singular(t.low)] || roleNouns[t.low] || roleNouns[singular(t.low)]:
			return true // "One of the doctors", "His surrogates"
		}
	}
	return false
}

// peopleNouns are nouns for people by what they do or stand for, who
// can perform a speech act ("the doctors called Oz a quack"). Crowds
// (protesters, demonstrators) are left out: what they "demand" is
// chanted or carried, not reported speech in news gold.
var peopleNouns = set("doctor", "physician", "surgeon", "nurse", "scientist", "economist",
	"researcher", "lawyer", "attorney", "judge", "senator", "candidate", "nominee",
	"governor", "mayor", "parent", "teacher",
	"student", "family", "families", "relative", "journalist", "reporter", "editor",
	"columnist", "commentator", "pundit", "pollster", "historian", "scholar", "professor",
	"author", "writer", "opponent", "rival", "backer", "donor", "colleague", "surrogate",
	"democrat", "republican", "conservative", "liberal", "progressive", "veteran",
	"congressman", "congresswoman", "lawmaker", "politician", "chief", "executive",
	"president", "campaigner", "advocate", "union", "unions", "board", "panel")

// notSpeakerLabels are labels before a colon that name no speaker
// ("UPDATE: …", "Editor's note: …").
var notSpeakerLabels = set("update", "updated", "clarification", "clarifications", "corrections", "programming", "warning", "note", "notes", "correction", "related",
	"watch", "read", "more", "photo", "photos", "video", "source", "sources", "advertisement",
	"breaking", "editor", "editor's", "editor’s", "exclusive", "analysis", "opinion", "live",
	"warning", "caption", "credit", "q", "a", "question", "answer", "subscribe", "follow",
	"share", "listen", "also", "see", "click", "tags", "topics", "by", "posted", "published",
	"contact", "email", "tel", "phone", "fax", "map", "chart", "graphic", "poll", "polls",
	"survey", "report", "transcript", "full", "text", "summary", "timeline", "factbox",
	"explainer", "comment", "comments", "disclaimer", "disclosure", "location", "date",
	"time", "where", "when", "what", "who", "why", "how", "here", "today", "yesterday",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// labelSpeaker returns the colon ending a speaker label at the start of
// sentence si: a transcript line ("WALLACE: Let's start …", a name in
// capitals opening a paragraph) or a headline ("Pence: Gennifer Flowers
// Won't Be at Debate", a capitalised name before a colon in a line of its
// own). It returns -1 when there is none.
func (w *work) labelSpeaker(si int) int {
	lo, hi := w.sentBounds(si)
	if si > 0 && w.sents[si-1].Paragraph == w.sents[si].Paragraph {
		return -1
	}
	if w.isMark(lo) {
		lo++ // "\"WALLACE: …": a transcript quoted whole
	}
	c := lo
	for c < hi && c-lo < 6 && !w.isPunct(c, ":") {
		t := &w.toks[c]
		if t.reg >= 0 && (lo == 0 || t.reg != w.toks[lo-1].reg) || t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(c)) || t.kind == dyad.TokenNumber {
			return -1
		}
		c++
	}
	if c >= hi || c == lo || !w.isPunct(c, ":") {
		return -1
	}
	words, caps := 0, true
	for i := lo; i < c; i++ {
		t := &w.toks[i]
		if t.kind != dyad.TokenWord {
			continue
		}
		if !t.upper || notSpeakerLabels[t.low] && words == 0 || determiners[t.low] || pronouns[t.low] && t.low != "i" ||
			words > 0 && (preps[t.low] || titleSmall[t.low] || boundaries[t.low]) {
			// "Stealth Over Health: …" is a title, not a name.
			return -1
		}
		if strings.ToUpper(t.w) != t.w || len(t.w) < 2 {
			caps = false
		}
		words++
	}
	if words == 0 || words > 4 {
		return -1
	}
	// What follows must be a clause: three words or more.
	n := 0
	for i := c + 1; i < hi && n < 3; i++ {
		if w.toks[i].kind == dyad.TokenWord || w.toks[i].kind == dyad.TokenNumber {
			n++
		}
	}
	if n < 3 || !caps && !w.headline(si) && !w.titleLine(si) && !w.personLabel(si, lo, c) {
		return -1
	}
	return c
}

// personLabel reports whether the label [lo, c) before a colon opening
// sentence si is a person's name in mixed case in a transcript
// ("Matthews: Well, speculation is bad."): the actors stage found a
// person there, the sentence ends with a stop, and another paragraph
// of the text opens with the same kind of label.
func (w *work) personLabel(si, lo, c int) bool {
	if !w.personAt(lo, c) {
		return false
	}
	_, hi := w.sentBounds(si)
	last := hi - 1
	for last > c && w.isMark(last) {
		last--
	}
	if !w.isTerminal(last) {
		return false
	}
	for sj := range w.sents {
		if sj == si || sj > 0 && w.sents[sj-1].Paragraph == w.sents[sj].Paragraph {
			continue
		}
		a, b := w.sentBounds(sj)
		if w.isMark(a) {
			a++
		}
		for k := a; k < b && k-a < 5; k++ {
			if w.isPunct(k, ":") {
				if k > a && w.personAt(a, k) {
					return true
				}
				break
			}
			if w.toks[k].kind != dyad.TokenWord || !w.toks[k].upper {
				break
			}
		}
	}
	return false
}

// personAt reports whether a person mention of the actors stage covers
// the tokens [a, b).
func (w *work) personAt(a, b int) bool {
	s, e := w.toks[a].Start, w.toks[b-1].End
	for i := range w.doc.Mentions {
		m := &w.doc.Mentions[i]
		if m.Kind == dyad.MentionPerson && m.Start <= s && e <= m.End {
			return true
		}
	}
	return false
}

// labelled adds the quote of a speaker label at sentence si (see
// labelSpeaker): the words after the colon to the end of the paragraph.
func (w *work) labelled(si, colon int) {
	lo, _ := w.sentBounds(si)
	if w.isMark(lo) {
		lo++
	}
	last := si
	for last+1 < len(w.sents) && w.sents[last+1].Paragraph == w.sents[si].Paragraph {
		last++
	}
	_, hi := w.sentBounds(last)
	cs := colon + 1
	for cs < hi && w.toks[cs].kind == dyad.TokenPunct && !w.isMark(cs) {
		cs++
	}
	ce := w.contentEnd(cs, hi)
	if ce <= cs {
		return
	}
	c := cand{cueTok: colon, cue: cue{lemma: "say"}, sent: si, para: w.paraOf(si), inherit: -1, spkS: lo, spkE: colon, label: true}
	c.content = dyad.Span{Start: w.toks[cs].Start, End: w.toks[ce-1].End}
	w.markDirect(&c, cs, ce)
	w.used[colon] = true
	w.cands = append(w.cands, c)
}

// titleLine reports whether sentence si is the first paragraph of the
// text and a sentence of its own: the title, even with a final period.
func (w *work) titleLine(si int) bool {
	p := w.sents[si].Paragraph
	return p == w.sents[0].Paragraph && (si+1 >= len(w.sents) || w.sents[si+1].Paragraph != p)
}

// namingWithin reports whether the words from j are an object and then,
// within n tokens, a noun phrase with "a" or "an" naming it ("climate
// change a hoax"): the object must not itself start with "a" ("called a
// meeting"), and no punctuation or verb may come between.
func (w *work) namingWithin(j, hi, n int) bool {
	if a := w.toks[j].low; a == "a" || a == "an" {
		return false
	}
	for i := j + 1; i < hi && i-j < n; i++ {
		t := &w.toks[i]
		if t.reg >= 0 || t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(i)) && t.w != "’" && t.w != "'" && t.w != "-" {
			return false
		}
		if t.kind != dyad.TokenWord {
			continue
		}
		if t.low == "a" || t.low == "an" {
			return i+1 < hi && w.toks[i+1].kind == dyad.TokenWord && !timeWords[w.toks[i+1].low] && !nonNaming[w.toks[i+1].low]
		}
		if (cueFormsLower(t) || clauseVerbs[t.low]) && !w.afterDeterminer(i) || t.low == "to" || t.low == "that" || subordinators[t.low] {
			return false
		}
	}
	return false
}

// afterDeterminer reports whether the word at i follows a determiner or
// a possessive, so that a form that may be a verb is a noun there ("the
// plans", "his claims").
func (w *work) afterDeterminer(i int) bool {
	if i < 1 || w.toks[i-1].kind != dyad.TokenWord || w.toks[i-1].sent != w.toks[i].sent {
		return false
	}
	p := w.toks[i-1].low
	return (determiners[p] || possessives[p]) && p != "that" && p != "one"
}

// nonNaming are words after "a" that measure or time rather than name
// ("called him a few times", "called her a day later").
var nonNaming = set("few", "lot", "couple", "number", "bit", "second", "third", "day",
	"week", "month", "year", "total", "half", "dozen", "hundred", "thousand", "million", "little")

// singular returns the singular of a regular English plural ("groups" →
// "group", "agencies" → "agency"), or w when it does not end in -s.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
