package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// tok is a token of the document with what the extractor needs to know.
type tok struct {
	dyad.Span
	kind  dyad.TokenKind
	w     string // the token's text
	low   string // w lower-cased (w itself when already lower case)
	upper bool   // the first rune is upper case
	reg   int32  // index of the region the token is in (marks included), -1 outside
	sent  int32  // index of the sentence
}

// maxSpeakerTokens bounds a speaker noun phrase.
const maxSpeakerTokens = 14

func (w *work) isPunct(i int, s string) bool {
	return i >= 0 && i < len(w.toks) && w.toks[i].kind == dyad.TokenPunct && w.toks[i].w == s
}

func (w *work) isComma(i int) bool { return w.isPunct(i, ",") }

// isMark reports whether token i is a double quotation mark.
func (w *work) isMark(i int) bool {
	if i < 0 || i >= len(w.toks) || w.toks[i].kind != dyad.TokenPunct {
		return false
	}
	switch w.toks[i].w {
	case "\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb":
		return true
	case "'":
		// '' as a double quotation mark.
		return i+1 < len(w.toks) && w.toks[i+1].w == "'" && w.toks[i+1].Start == w.toks[i].End ||
			i > 0 && w.toks[i-1].w == "'" && w.toks[i-1].End == w.toks[i].Start
	}
	return false
}

// isTerminal reports whether token i ends a sentence.
func (w *work) isTerminal(i int) bool {
	if w.toks[i].kind != dyad.TokenPunct {
		return false
	}
	switch w.toks[i].w {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

// isStop reports whether token i ends a sentence: a terminal that is not
// the period of a title ("Mr.", "Sen.").
func (w *work) isStop(i int) bool {
	if !w.isTerminal(i) || w.toks[i].w == "." && w.abbrevPeriod(i) {
		return false
	}
	// "R-Ky., said", "(D-Wis.) said": a period before a comma, a
	// bracket or a lower-case word in the same sentence ends nothing.
	if n := i + 1; n < len(w.toks) && w.toks[n].sent == w.toks[i].sent {
		t := &w.toks[n]
		if t.w == "," || t.w == ")" || t.kind == dyad.TokenWord && !t.upper {
			return false
		}
	}
	return true
}

// cueAt returns the reporting verb at token i, if it is one used as a
// verb: lower case, outside quotations, not an infinitive ("to say") and
// not a noun after a determiner ("the report").
func (w *work) cueAt(i int) (cue, bool) {
	t := &w.toks[i]
	if t.kind != dyad.TokenWord || t.reg >= 0 {
		return cue{}, false
	}
	c, ok := cueForms[t.low]
	pastRead := false
	if !ok && t.low == "read" && !t.upper && i > 0 && w.toks[i-1].sent == t.sent {
		// "Trump's statement read: …", "a letter which read …": the
		// past of "reads" after a document (not "Berg read the book").
		n := i
		if w.toks[i-1].low == "which" || w.toks[i-1].low == "that" {
			n = i - 1
		}
		if pieceOwners[w.occasionBefore(n)] || w.toks[i-1].low == "it" && i > 1 && (w.isMark(i-2) || w.isComma(i-2)) {
			// "“…,” it read.": "it" after a quotation is the document.
			c, ok = cueForms["reads"]
			pastRead = true
		}
	}
	if ok && t.upper && !w.titleCaseLine(i) {
		return cue{}, false // a capitalised form is a name ("Qaboos bin Said") or opens a sentence
	}
	if !ok || c.flags&cueBelief != 0 && !w.beliefs || c.flags&cueEvidence != 0 && !w.evidentials {
		return cue{}, false
	}
	if (c.lemma == "point out" || c.lemma == "express" || c.lemma == "put it") && w.phrasalCue(i, c) < 0 {
		return cue{}, false // "pointed to the map", "expressed interest in"
	}
	if i > 0 && w.toks[i-1].sent == t.sent {
		if c.lemma == "continue" && i+1 < len(w.toks) && w.toks[i+1].low == "to" {
			return cue{}, false // "continued to say": the verb after "to" reports
		}
		if w.toks[i-1].low == "to" && w.catenative(i) < i {
			return c, true // "went on to say that …", "continues to insist that …"
		}
		if c.flags&cueParticiple != 0 && w.contractedBe(0, i-1) {
			return c, true // "He’s claiming that …"
		}
		switch w.toks[i-1].low {
		case "to", "the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my", "’s", "'s",
			"those", "these", "such", "your", "every", "each", "no":
			// "to say" is an infinitive, "the report" a noun (but "who
			// hit her said": "her" is an object, and "said" no noun).
			if !(w.toks[i-1].low == "that" && c.flags&cueBare != 0) && !(w.toks[i-1].low == "her" && (t.low == "said" || t.low == "says" || t.low == "told" || t.low == "tells")) {
				return cue{}, false
			}
		}
	}
	if n := i + 1; n < len(w.toks) && w.toks[n].sent == t.sent && w.toks[n].kind == dyad.TokenWord && clauseVerbs[w.toks[n].low] && !w.toks[n].upper && !w.relativeSubject(i) {
		return cue{}, false // "the media reports were": a noun
	}
	if c.flags&cueParticiple == 0 && w.passive(i) {
		return cue{}, false // "was told to", "it was reported that"
	}
	if baseForm(t.low, c) && !pastRead && !w.baseSubject(i) {
		return cue{}, false // "the final say", "a claim"
	}
	if t.low == "states" && i > 0 && w.toks[i-1].sent == t.sent && stateNouns[w.toks[i-1].low] {
		return cue{}, false // "member states", "other states": a noun
	}
	if c.lemma == "allege" && i+1 < len(w.toks) && w.toks[i+1].sent == t.sent {
		// "alleged fraudulent schemes", "investigate alleged
		// pay-to-play policies": an adjective, unless a clause, "that"
		// or an adjunct follows.
		if n := &w.toks[i+1]; n.kind == dyad.TokenWord && !n.upper && n.low != "that" && !determiners[n.low] && !pronouns[n.low] && !preps[n.low] && !strings.HasSuffix(n.low, "ly") {
			return cue{}, false
		}
	}
	if w.reducedRelative(i) {
		return cue{}, false // "said in a video posted to Telegram": the video's participle
	}
	if i > 0 && w.toks[i-1].sent == t.sent && pluralDet[w.toks[i-1].low] && !w.toks[i-1].upper && thirdSingular(t.low, c) {
		return cue{}, false // "denied all claims that …": a plural noun, not a verb agreeing with "all"
	}
	if (t.low == "reports" || t.low == "claims") && i > 0 && w.toks[i-1].sent == t.sent && reportModifiers[w.toks[i-1].low] {
		return cue{}, false // "newspaper reports that …": a noun
	}
	if n := i + 1; (t.low == "reports" || t.low == "claims") && n < len(w.toks) && w.toks[n].sent == t.sent && (w.toks[n].low == "as" || w.toks[n].low == "of" || w.toks[n].low == "against" || w.toks[n].low == "by") {
		return cue{}, false // "rated 32% of Republican claims as “false”"
	}
	return c, true
}

// titleCaseLine reports whether the capitalised word at i stands in a
// headline written in title case ("Trump Says He Never Pledged To Kill
// …", "…, Former White House Doctor Says."): a paragraph of one
// sentence whose words are all capitalised but for short function
// words, with the word neither first nor in a quotation. Its verb
// reports as a lower-case one would.
func (w *work) titleCaseLine(i int) bool {
	si := int(w.toks[i].sent)
	lo, hi := w.sentBounds(si)
	if i == lo || si > 0 && w.sents[si-1].Paragraph == w.sents[si].Paragraph || si+1 < len(w.sents) && w.sents[si+1].Paragraph == w.sents[si].Paragraph {
		return false
	}
	words := 0
	for j := lo; j < hi; j++ {
		t := &w.toks[j]
		if t.kind != dyad.TokenWord || t.reg >= 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !t.upper && !titleSmall[t.low] && !titleLowerWords[t.low] {
			return false
		}
		words++
	}
	return words >= 4
}

// titleLowerWords may stay in lower case in a title-case headline
// besides titleSmall ("… vs. …", "… as …").
var titleLowerWords = set("vs", "v", "as", "is", "are", "from", "up", "into", "over", "but", "nor", "so", "yet", "via", "per", "’s", "'s", "s", "t", "re", "ve", "ll", "d", "m")

// reducedRelative reports whether the -ed form at i follows an occasion
// noun that is the object of a preposition ("in a video posted to
// Telegram", "in a statement released by the ministry"): a participle
// describing the noun, not a verb whose subject it is.
func (w *work) reducedRelative(i int) bool {
	if i < 3 || !strings.HasSuffix(w.toks[i].low, "ed") || w.toks[i-3].sent != w.toks[i].sent {
		return false
	}
	n := &w.toks[i-1]
	if n.kind != dyad.TokenWord || n.upper || !postNouns[n.low] && w.settingAt(i-1, i) == "" {
		return false
	}
	return (determiners[w.toks[i-2].low] || possessives[w.toks[i-2].low]) && preps[w.toks[i-3].low] && !w.toks[i-3].upper
}

// thirdSingular reports whether form is the verb's present tense for a
// singular subject ("claims", "says"), which a plural quantifier before
// it cannot govern.
func thirdSingular(form string, c cue) bool {
	return c.flags&cueParticiple == 0 && len(c.lemma) > 1 && form != c.lemma && strings.HasSuffix(form, "s") && strings.HasPrefix(form, c.lemma[:len(c.lemma)-1])
}

// baseForm reports whether form is the verb's bare form (say, claim,
// note), which is also a noun.
func baseForm(form string, c cue) bool { return form == c.lemma && c.flags&cueParticiple == 0 }

// baseSubject reports whether the word before a bare verb form at i can
// be its subject or auxiliary: a pronoun, a modal or auxiliary, an
// adverb, or a plural noun ("officials say", "they say", "will say").
func (w *work) baseSubject(i int) bool {
	if i == 0 || w.toks[i-1].sent != w.toks[i].sent {
		return false
	}
	p := &w.toks[i-1]
	if p.kind == dyad.TokenPunct && p.w == "," {
		return true // "Executives for Mondelez, which …, say"
	}
	if p.kind == dyad.TokenNumber || p.low == "percent" || p.low == "%" {
		return true // "4 in 10 say", "9 percent say"
	}
	if p.kind == dyad.TokenWord && (fractions[p.low] || numberWords[p.low] && i-3 >= 0 && w.toks[i-2].low == "in") {
		return true // "a third say", "one in five say"
	}
	if p.kind != dyad.TokenWord {
		return false
	}
	switch p.low {
	case "i", "we", "you", "they", "do", "did", "does", "will", "would", "could", "can", "may",
		"might", "should", "must", "also", "still", "often", "now", "people", "police", "who", "whom",
		"some", "many", "others", "both", "all", "and", "not", "never", "always", "just", "only",
		"him", "them", "me", "us", "women", "men", "children":
		return true // (irregular plurals: "the women say")
	}
	if p.upper {
		// "Clinton and Trump say".
		for k := i - 2; k >= 0 && k >= i-5 && w.toks[k].sent == p.sent; k-- {
			if w.toks[k].low == "and" {
				return true
			}
		}
	}
	if strings.HasSuffix(p.low, "s") && len(p.low) > 2 || auxAdverbs[p.low] || anonSourceHeads[p.low] {
		return true
	}
	// "sources close to her campaign say": a plural head earlier in the
	// subject phrase.
	lo := i - 1
	for lo > 0 && w.toks[lo-1].sent == p.sent {
		lo--
	}
	if k := w.npBack(lo, i); k < i && (pluralDet[w.toks[k].low] || surveyVerbs[p.low]) {
		return true // "those surveyed say", "most say"
	}
	if _, e, ok := w.longSubject(int(p.sent), i); ok && e < i {
		s, _, _ := w.longSubject(int(p.sent), i)
		if h := &w.toks[e-1]; h.kind == dyad.TokenWord && strings.HasSuffix(h.low, "s") && !strings.HasSuffix(h.low, "ss") || e-1 >= s && anonSourceHeads[w.toks[e-1].low] {
			return true // "The state officials whose laws … say"
		}
	}
	for k := w.npBack(lo, i); k < i-1; k++ {
		if t := &w.toks[k]; t.kind == dyad.TokenWord && !t.upper && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "us") || anonSourceHeads[t.low] {
			return true
		}
	}
	return false
}

// subjectBefore finds the subject noun phrase of the verb at token k,
// looking no further back than token lo. It skips auxiliaries and
// adverbs ("has also said"), takes a lone pronoun ("He said"), and
// otherwise collects words back to a clause boundary: punctuation, a
// conjunction or subordinator, a verb-like word. A relative clause
// ("X, who …, said") is stepped over to its head.
func (w *work) subjectBefore(lo, k int) (int, int, bool) {
	s, e, ok := w.subjectBeforeVerb(lo, k)
	if ok && s-3 >= lo && w.toks[s-1].low == "as" && w.toks[s-2].low == "such" && !w.toks[s-3].upper && pluralName(w.toks[s-3].w) {
		// "opposition lawmakers such as Kannavee, though, say": the
		// group with its example is the subject.
		if s2, _, ok2 := w.subjectBeforeVerb(lo, s-2); ok2 {
			return s2, e, true
		}
	}
	return s, e, ok
}

// subjectBeforeVerb is subjectBefore without the group before "such as".
func (w *work) subjectBeforeVerb(lo, k int) (int, int, bool) {
	if c := w.catenative(k); c < k && c > lo {
		k = c // "Ham went on to say": the subject of "went"
	}
	j := k - 1
	if w.mannerAdverb(lo, j) {
		j-- // "Rubio defiantly told", "she jokingly tells"
	}
	for j >= lo && w.toks[j].kind == dyad.TokenWord && (auxAdverbs[w.toks[j].low] || w.lyAfterAux(lo, j) || w.contractedBe(lo, j)) && !(j-1 >= lo && w.toks[j-1].low == "the") {
		if timeWords[w.toks[j].low] && j-1 > lo && (w.toks[j-1].low == "on" || w.toks[j-1].low == "last") && !w.toks[j-1].upper {
			j-- // "Sanders on Tuesday said"
		}
		j--
	}
	if a := w.inTimeBack(lo, j); a < j {
		// "who in 2010 said", "Trump in March 2015 said".
		j = a
		for j >= lo && w.toks[j].kind == dyad.TokenWord && auxAdverbs[w.toks[j].low] && !(j-1 >= lo && w.toks[j-1].low == "the") {
			j--
		}
	}
	if j-3 >= lo && w.isComma(j) && w.toks[j-1].kind == dyad.TokenWord && discourseAdverbs[w.toks[j-1].low] && w.isComma(j-2) {
		// "U.S. officials, however, said": step over the adverb.
		j -= 3
	}
	if j-1 >= lo && w.isComma(j) && w.isPunct(j-1, ")") {
		j-- // "Gov. John Kasich (R-OH), said"
	}
	for j >= lo && w.toks[j].kind == dyad.TokenWord && (w.toks[j].low == "overall" || w.toks[j].low == "alike" || w.toks[j].low == "themselves" || w.toks[j].low == "himself" || w.toks[j].low == "herself" ||
		(w.toks[j].low == "here" || w.toks[j].low == "there") && !w.toks[j].upper && j-1 >= lo && w.toks[j-1].kind == dyad.TokenWord && !boundaries[w.toks[j-1].low] && !w.toks[j-1].upper) {
		j-- // "Democratic voters overall said"
	}
	if j < lo {
		return 0, 0, false
	}
	end := j + 1
	t := &w.toks[j]
	if t.kind == dyad.TokenWord && (t.low == "and" || t.low == "but") && !t.upper {
		// "Mr. Schultz supported Democrats …, and said …": the subject
		// of the sentence.
		// A quotation earlier in the sentence does not hide its
		// subject ("Cruz exhorted Republicans to “…” and said").
		return w.sentenceSubject(min(lo, w.sstart[t.sent]), j)
	}
	if t.low == "whom" && j-2 >= lo && w.toks[j-1].low == "of" && pluralDet[w.toks[j-2].low] {
		return j - 2, j + 1, true // "…, many of whom say"
	}
	if t.kind == dyad.TokenWord && pronouns[t.low] {
		if t.low == "it" && j-1 >= lo && w.toks[j-1].kind == dyad.TokenWord && !boundaries[w.toks[j-1].low] {
			return 0, 0, false
		}
		return j, end, true
	}
	if w.isComma(j) && j > lo {
		// "David Frost, director general of …, warned", "A lawyer for
		// the outlets, David Schulz, said".
		return w.apposSubject(lo, j)
	}
	if d := w.dashBack(lo, j); d >= 0 {
		// "Kall -- co-editor of a book on debates -- said": the name
		// before the appositive between dashes speaks.
		return w.dashSubject(lo, d)
	}
	appos := false
	start := w.npBack(lo, end)
	if start < end && start-2 >= lo && w.toks[start-1].low == "and" && !w.toks[start-1].upper {
		// "…, teachers and union officials said": the whole group.
		if s2 := w.npBack(lo, start-1); s2 < start-1 && w.barePlurals(s2, end) && (w.isComma(s2-1) || s2 == w.sstart[w.toks[s2].sent]) {
			start = s2
		}
	}
	if p := start - 1; start < end && p-1 > lo && w.groupBeforePrep(p) {
		// "Security forces in Somalia say", "Political observers in
		// Virginia say": the group before the place speaks.
		if s2 := w.npBack(lo, p); s2 < p && end-s2 <= maxSpeakerTokens {
			start = s2
		}
	}
	if p := start - 1; start < end && p-1 > lo && w.toks[p].kind == dyad.TokenWord && preps[w.toks[p].low] && !w.toks[p].upper &&
		w.toks[p-1].kind == dyad.TokenWord && !w.toks[p-1].upper && len(w.toks[p-1].low) > 5 && (strings.HasSuffix(w.toks[p-1].low, "ing") || w.edParticiple(p-1)) && !cueFormsLower(&w.toks[p-1]) {
		// "Protesters marching through the streets chanted", "Voters
		// interviewed at rallies said": the phrase before the
		// participle speaks, not its object.
		if s2 := w.npBack(lo, p-1); s2 < p-1 && end-s2 <= maxSpeakerTokens {
			start = s2
		}
	}
	if start < end && start-2 >= lo && w.toks[start-1].kind == dyad.TokenWord && preps[w.toks[start-1].low] && auxAdverbs[w.toks[start-2].low] {
		// "Trump has at various times said": an adjunct between the
		// auxiliary and the verb.
		e := start - 2
		for e >= lo && w.toks[e].kind == dyad.TokenWord && auxAdverbs[w.toks[e].low] {
			e--
		}
		if s2 := w.npBack(lo, e+1); s2 <= e {
			start, end = s2, e+1
		}
	}
	if p := start - 1; start < end && p >= lo && possessives[w.toks[p].low] && (p == lo || w.sentStart(p) || w.isComma(p-1) || w.isPunct(p-1, "—") || w.isPunct(p-1, "–")) {
		// "…, her friend said", "…, their lawyer told reporters": a
		// possessive pronoun opens the subject.
		start = p
	}
	if a, r, ok := w.restrictiveHead(lo, start, end); ok {
		// "Two of the nurses who signed the petition said": the phrase
		// the restrictive relative clause belongs to speaks, not the
		// clause's object.
		return a, r, true
	}
	if start >= end && j >= lo && t.kind == dyad.TokenWord && objectPronouns[t.low] && !pronouns[t.low] {
		// "organizations that have endorsed him say": the relative
		// clause ends in an object pronoun.
		if a, r, ok := w.restrictiveHead(lo, end, end); ok {
			return a, r, true
		}
	}
	if start >= end {
		// "…, who said": the speaker is "who", named by the phrase
		// before it (see antecedent).
		if j >= lo && (t.low == "who" || t.low == "which") {
			if _, ok := w.antecedent(lo, j); ok {
				return j, j + 1, true
			}
		}
		if j-1 >= lo && t.low == "that" && w.toks[j-1].kind == dyad.TokenWord && !w.toks[j-1].upper && !boundaries[w.toks[j-1].low] && !cueFormsLower(&w.toks[j-1]) && !clauseVerbs[w.toks[j-1].low] {
			// "a letter that says": the phrase "that" refers to.
			if a, ok := w.antecedent(lo, j); ok && j-a <= 6 && !timeWords[w.toks[j-1].low] {
				for i := a; i < j-1; i++ {
					if determiners[w.toks[i].low] {
						// "sent a letter that" → "a letter".
						return i, j, true
					}
				}
			}
		}
		return 0, 0, false
	}
	// Appositives and relative clauses between commas: "Scott Pruitt,
	// the attorney general of Oklahoma, one of the states suing, said";
	// "X, who …, said". Step back over them to the name they describe.
	s := start
	for hops := 0; hops < 3 && w.isComma(s-1); hops++ {
		f := &w.toks[s]
		if f.upper && f.low != "who" {
			break
		}
		if hops == 0 && s == start && (anonSourceHeads[f.low] && strings.HasSuffix(f.low, "s") ||
			!f.upper && determiners[f.low] && f.low != "a" && f.low != "an" && anonSourceHeads[w.toks[end-1].low] && w.isComma(k+1) && k+2 < len(w.toks) && w.toks[k+2].kind == dyad.TokenWord && !w.toks[k+2].upper && w.toks[k+2].reg < 0) {
			// "Mr. Obama, officials said, has …", "Lund, these people
			// said, would …": a parenthetical subject
			break
		}
		ps := w.npBack(lo, s-1)
		if ps >= s-1 || end-ps > 3*maxSpeakerTokens {
			break
		}
		if w.toks[ps].upper && !determiners[w.toks[ps].low] && w.allUpperWords(ps, s-1) && s-1-ps <= 6 {
			if q := ps - 1; q >= lo && !w.sentStart(ps) && !w.isComma(q) && !(w.toks[q].kind == dyad.TokenWord && clauseOpeners[w.toks[q].low]) {
				// "Hamdy was headed to Cairo, the official said": a
				// name that ends a clause (the object of "to") is no
				// subject with an appositive; the clause is what was
				// said.
				break
			}
			return ps, end, true
		}
		s = ps
	}
	if appos || w.toks[start].low == "who" || w.toks[start].low == "which" {
		return 0, 0, false
	}
	if end-start > maxSpeakerTokens {
		return 0, 0, false
	}
	return start, end, true
}

// clauseOpeners may stand before a subject opening a clause ("and
// Lund, the mayor, said").
var clauseOpeners = set("and", "but", "that", "while", "when", "because", "as", "after",
	"before", "since", "so", "although", "though", "if", "where", "whereas", "yet")

// restrictiveHead finds the head of a subject with a restrictive relative
// clause ending just before the phrase [start, end) that npBack found:
// "Two of the nurses who signed the petition said" → "Two of the
// nurses". The relative pronoun must be the clause's subject (a verb or
// auxiliary follows it, "who signed", "that have"), so that a verb
// reporting inside an object relative keeps its own subject ("a plan
// that Lund said would fail").
func (w *work) restrictiveHead(lo, start, end int) (int, int, bool) {
	for r := start - 1; r > lo && start-r <= 12; r-- {
		t := &w.toks[r]
		if t.kind != dyad.TokenWord || t.reg >= 0 {
			return 0, 0, false
		}
		if t.upper || t.low != "who" && t.low != "that" {
			continue
		}
		if r+1 >= end {
			return 0, 0, false // "some who suggest": "who" is the verb's own subject
		}
		v := &w.toks[r+1]
		p := &w.toks[r-1]
		if v.kind != dyad.TokenWord || v.upper || determiners[v.low] || pronouns[v.low] || objectPronouns[v.low] || boundaries[v.low] && !clauseVerbs[v.low] ||
			p.kind != dyad.TokenWord || boundaries[p.low] || cueFormsLower(p) {
			return 0, 0, false
		}
		a, ok := w.antecedent(lo, r)
		if !ok || r-a > maxSpeakerTokens || !(w.toks[a].upper || determiners[w.toks[a].low] || anonSourceHeads[p.low] || w.sentStart(a) || w.isComma(a-1) || boundaries[w.toks[a-1].low]) {
			return 0, 0, false
		}
		return a, r, true
	}
	return 0, 0, false
}

// phrasalCue returns the last token of a reporting verb of several words
// at i, -1 when the words do not follow: "pointed out" and "expressed
// (deep) concern that". Other verbs return i.
func (w *work) phrasalCue(i int, c cue) int {
	same := func(j int) bool { return j < len(w.toks) && w.toks[j].sent == w.toks[i].sent && w.toks[j].reg < 0 }
	switch c.lemma {
	case "point out":
		if same(i+1) && w.toks[i+1].low == "out" {
			return i + 1
		}
		return -1
	case "put it":
		// "as Lund put it", "…, as she puts it,": the words were hers;
		// "put it on the table" reports nothing.
		if same(i+1) && w.toks[i+1].low == "it" && (!same(i+2) || w.toks[i+2].kind == dyad.TokenPunct || preps[w.toks[i+2].low] || timeWords[w.toks[i+2].low]) {
			return i + 1
		}
		return -1
	case "express":
		for j := i + 1; j <= i+3 && same(j); j++ {
			t := &w.toks[j]
			if attitudeNouns[t.low] {
				if same(j+1) && w.toks[j+1].low == "that" {
					return j
				}
				return -1
			}
			if t.kind != dyad.TokenWord || t.upper || !(determiners[t.low] || possessives[t.low] || strings.HasSuffix(t.low, "ly") || len(t.low) > 2 && !boundaries[t.low]) {
				return -1
			}
		}
		return -1
	}
	return i
}

// contractedBe reports whether token j is "’s" standing for "is" or
// "has" after a subject pronoun ("He’s claiming", "she's said").
func (w *work) contractedBe(lo, j int) bool {
	if t := w.toks[j].low; t != "’s" && t != "'s" || j-1 < lo || w.toks[j-1].sent != w.toks[j].sent {
		return false
	}
	switch w.toks[j-1].low {
	case "he", "she", "it", "who", "that", "there":
		return true
	}
	return false
}

// prepAdjunctComma returns the comma opening a prepositional adjunct that
// runs up to token e ("…, during a town hall meeting in Columbus"), or
// -1: the word after the comma is a lower-case preposition and the
// adjunct holds no verb of saying, quotation or other punctuation.
func (w *work) prepAdjunctComma(lo, e int) int {
	for c := e - 1; c > lo && e-c <= 10; c-- {
		t := &w.toks[c]
		if t.reg >= 0 || t.kind == dyad.TokenPunct && t.w != "," && !(t.w == "." && w.abbrevPeriod(c)) || t.kind == dyad.TokenWord && (cueFormsLower(t) || clauseVerbs[t.low]) {
			return -1
		}
		if w.isComma(c) {
			if n := &w.toks[c+1]; c+1 < e && n.kind == dyad.TokenWord && !n.upper && adjunctPreps[n.low] {
				return c
			}
			return -1
		}
	}
	return -1
}

// adjunctPreps open an adjunct set off by commas between a subject and
// its verb ("Clinton, during a town hall meeting, said").
var adjunctPreps = set("during", "in", "at", "on", "after", "before", "from", "over", "via",
	"through", "following", "amid", "inside", "outside", "speaking")

// ingModifier reports whether the -ing form of a reporting verb at j
// modifies the noun after it inside a noun phrase ("a creative writing
// professor", "the reporting team"): a lower-case word before it and a
// lower-case noun after it.
func (w *work) ingModifier(j int) bool {
	if j < 1 || j+1 >= len(w.toks) || !strings.HasSuffix(w.toks[j].low, "ing") {
		return false
	}
	p, n := &w.toks[j-1], &w.toks[j+1]
	return p.sent == w.toks[j].sent && n.sent == w.toks[j].sent &&
		n.kind == dyad.TokenWord && !n.upper && !boundaries[n.low] && !npInner[n.low] && !determiners[n.low] && !pronouns[n.low] && !objectPronouns[n.low] && !possessives[n.low] &&
		p.kind == dyad.TokenWord && !p.upper && !boundaries[p.low] && !cueFormsLower(p)
}

// tookTo returns the index of "took" in "took to X to say", where the
// platform X ends at token v and the infinitive's "to" is at t, or -1
// ("took to Twitter to say", "took to social media to say").
func (w *work) tookTo(v, t int) int {
	for p := v; p >= 2 && v-p < 3; p-- {
		if w.toks[p-1].low != "to" {
			continue
		}
		switch w.toks[p-2].low {
		case "took", "take", "takes", "taking", "taken":
			if w.platformAt(p, t) != "" {
				return p - 2
			}
		}
		return -1
	}
	return -1
}

// catenative returns the verb a reporting verb at k depends on through
// "to" when it only carries the telling on or hedges it ("went on to
// say", "is going on to argue", "continues to insist", "appeared to
// suggest"); k when there is none.
func (w *work) catenative(k int) int {
	t := k - 1
	if t < 1 || w.toks[t].low != "to" || w.toks[t].sent != w.toks[k].sent {
		return k
	}
	v := t - 1
	if w.toks[v].low == "on" && v-1 >= 0 && w.toks[v-1].sent == w.toks[k].sent {
		switch w.toks[v-1].low {
		case "went", "go", "goes", "going", "gone":
			return v - 1
		}
		return k
	}
	if g := w.tookTo(v, t); g >= 0 && w.toks[g].sent == w.toks[k].sent {
		// "took to X to say …": the subject of "took" says it (an act,
		// "took to X to accuse …", stays as it was: PolNeAR's cue for
		// it holds the object).
		if cu, ok := cueForms[w.toks[k].low]; ok && cu.flags&cueAct == 0 {
			return g
		}
	}
	switch w.toks[v].low {
	case "continues", "continued", "continue", "continuing",
		"appeared", "appears", "appear", "seemed", "seems", "seem":
		// "appeared to suggest that …": the suggestion is reported
		// with the writer's hedge.
		return v
	case "way":
		// "went out of his way to say that …".
		if v-4 >= 0 && w.toks[v-4].sent == w.toks[k].sent && possessives[w.toks[v-1].low] && w.toks[v-2].low == "of" && w.toks[v-3].low == "out" {
			switch w.toks[v-4].low {
			case "went", "go", "goes", "going", "gone":
				return v - 4
			}
		}
		return k
	}
	if sayingAdjectives[w.toks[v].low] {
		// "were more likely to say …", "was quick to say that …", "was
		// the first to say": the copula's subject says it.
		b := v - 1
		for b >= 0 && w.toks[b].sent == w.toks[k].sent && degreeWords[w.toks[b].low] {
			b--
		}
		if b >= 0 && w.toks[b].sent == w.toks[k].sent && beForms[w.toks[b].low] && w.toks[b].low != "being" && w.toks[b].low != "be" {
			return b
		}
	}
	return k
}

// sayingAdjectives carry a reporting verb in an infinitive after a
// copula ("were more likely to say", "was quick to say") without
// taking back the saying (not "reluctant", "unlikely": what they would
// not say is not reported).
var sayingAdjectives = set("likely", "quick", "careful", "eager", "keen", "first", "ready", "happy", "proud", "prepared", "willing", "last")

// degreeWords may stand between a copula and an adjective ("were
// slightly more likely", "was the first").
var degreeWords = set("more", "most", "much", "far", "slightly", "somewhat", "generally", "significantly", "very", "so", "too", "also", "quite", "even", "still", "always", "often", "the", "less")

// dashBack returns the first token of a spaced dash ending at token j:
// an em or en dash, or two hyphens typed for one ("--"); -1 when there
// is none. The horizontal bar (―), which opens an attribution line, is
// no appositive dash.
func (w *work) dashBack(lo, j int) int {
	if j < lo || w.toks[j].kind != dyad.TokenPunct {
		return -1
	}
	switch w.toks[j].w {
	case "—", "–":
		return j
	case "-":
		if j-1 >= lo && w.isPunct(j-1, "-") && w.toks[j-1].End == w.toks[j].Start {
			return j - 1
		}
		if j-1 >= lo && j+1 < len(w.toks) && w.toks[j-1].End < w.toks[j].Start && w.toks[j].End < w.toks[j+1].Start {
			return j // a hyphen typed for a dash, spaced ("Lund - Berg's partner - told")
		}
	}
	return -1
}

// dashSubject finds the subject before an appositive closed by the dash
// at d: the noun phrase before the dash that opens it ("Kall -- co-editor
// of …, a book … -- said" → "Kall"), which must start with a capital or
// a determiner. The appositive holds no other punctuation than commas,
// brackets and a quotation of a title.
func (w *work) dashSubject(lo, d int) (int, int, bool) {
	for i := d - 1; i > lo && d-i <= 3*maxSpeakerTokens; i-- {
		t := &w.toks[i]
		if t.kind == dyad.TokenPunct && (w.isTerminal(i) || t.w == ":" || t.w == ";") {
			break
		}
		o := w.dashBack(lo, i)
		if o < 0 {
			continue
		}
		if o == i && i+1 == d || o < i && i+1 == d {
			break // no words between the dashes
		}
		s := w.npBack(lo, o)
		if s < o && o-s <= maxSpeakerTokens && (w.toks[s].upper || determiners[w.toks[s].low]) && !pronouns[w.toks[s].low] {
			if c := s - 1; c > lo && w.isComma(c) {
				// "John Roe, the chief executive of Acme -- the firm
				// that … -- told me": the name before the first
				// appositive.
				if ns := w.npBack(lo, c); ns < c && c-ns <= 6 && w.toks[ns].upper && !determiners[w.toks[ns].low] && w.allUpperWords(ns, c) {
					return ns, c, true
				}
			}
			return s, o, true
		}
		break
	}
	return 0, 0, false
}

// lyAfterAux reports whether the token at j is an adverb in -ly after an
// auxiliary ("have persistently alleged", "has strongly denied").
func (w *work) lyAfterAux(lo, j int) bool {
	t := &w.toks[j]
	return !t.upper && len(t.low) > 5 && strings.HasSuffix(t.low, "ly") && j-1 >= lo && clauseVerbs[w.toks[j-1].low] && auxAdverbs[w.toks[j-1].low]
}

// barePlurals reports whether tokens [s, e) are lower-case nouns with
// no determiner, the first and the last plural, joined by "and" if at
// all ("teachers and union officials", "doctors and nurses").
func (w *work) barePlurals(s, e int) bool {
	if e-s < 1 || e-s > 6 {
		return false
	}
	for i := s; i < e; i++ {
		t := &w.toks[i]
		if t.kind != dyad.TokenWord || t.upper || t.reg >= 0 || determiners[t.low] || pronouns[t.low] || boundaries[t.low] && t.low != "and" || preps[t.low] {
			return false
		}
	}
	f, l := w.toks[s].low, w.toks[e-1].low
	return len(f) > 3 && len(l) > 3 && strings.HasSuffix(f, "s") && strings.HasSuffix(l, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(l, "ss")
}

// restatedShare returns the start of a share restated as a percentage
// between commas before c1 ("about two-thirds, 67 percent, say", "Just
// over a quarter, 26 percent, say"): the share speaks. The share runs
// back to a comma or the sentence start, without words of
// approximation before it.
func (w *work) restatedShare(lo, c1 int) (int, bool) {
	p := c1 - 1
	if p-1 < lo || !(w.toks[p].low == "percent" || w.toks[p].w == "%") || w.toks[p-1].kind != dyad.TokenNumber {
		return 0, false
	}
	c0 := p - 2
	if c0 <= lo || !w.isComma(c0) {
		return 0, false
	}
	s := c0 - 1
	for s > lo && c0-s < 8 && (w.toks[s-1].kind == dyad.TokenWord && !w.toks[s-1].upper || w.isPunct(s-1, "-") && w.toks[s-1].End == w.toks[s].Start) {
		s-- // "about two-thirds"
	}
	if s > lo && !w.isComma(s-1) && !w.sentStart(s) && !(w.toks[s-1].upper && s-1 == lo) {
		return 0, false
	}
	for s < c0 && approxWords[w.toks[s].low] {
		s++ // "about", "just over", "nearly"
	}
	if s >= c0 || !w.share(s, c0) {
		return 0, false
	}
	return s, true
}

// approxWords approximate a share ("about two-thirds", "just over a
// quarter").
var approxWords = set("about", "just", "over", "under", "nearly", "almost", "roughly", "some", "around", "more", "less", "than", "only")

// statesNoun reports whether "states" at j is the plural noun after a
// number or a modifier ("two states", "member states"), not the verb.
func (w *work) statesNoun(lo, j int) bool {
	return w.toks[j].low == "states" && j-1 >= lo && (stateNouns[w.toks[j-1].low] || w.toks[j-1].kind == dyad.TokenNumber)
}

// mannerAdverb reports whether the word at j, right before a reporting
// verb, is an adverb in -ly after the end of a subject ("Rubio
// defiantly told", "she jokingly tells"): a name, a pronoun or a plural
// noun before it. Nouns in -ly ("the family said") are not adverbs.
func (w *work) mannerAdverb(lo, j int) bool {
	if j-1 < lo || j < 0 {
		return false
	}
	t, p := &w.toks[j], &w.toks[j-1]
	if t.kind != dyad.TokenWord || t.upper || t.reg >= 0 || len(t.low) < 6 || !strings.HasSuffix(t.low, "ly") || lyNouns[t.low] || auxAdverbs[t.low] {
		return false
	}
	if p.kind != dyad.TokenWord || p.reg >= 0 {
		return false
	}
	return p.upper && !determiners[p.low] || pronouns[p.low] && p.low != "it" || !p.upper && len(p.low) > 3 && strings.HasSuffix(p.low, "s") && !boundaries[p.low] && !auxAdverbs[p.low] && !clauseVerbs[p.low]
}

// lyNouns are nouns and adjectives in -ly that stand before a verb as
// the end of its subject, not as its adverb.
var lyNouns = set("family", "assembly", "supply", "monopoly", "anomaly", "weekly", "monthly", "quarterly", "daily", "butterfly", "homily", "melancholy", "italy", "july", "ally", "rally", "reply", "bully", "holly", "folly", "tally", "likely", "unlikely", "early", "only", "friendly", "elderly", "lonely", "costly", "deadly", "ugly", "silly", "holy", "orderly", "kindly")

// surnameMay reports whether the token at j is "May" ending a name
// ("Theresa May said"), not the modal or the month.
func (w *work) surnameMay(lo, j int) bool {
	t := &w.toks[j]
	if t.low != "may" || t.w != "May" || j-1 < lo {
		return false
	}
	p := &w.toks[j-1]
	return p.kind == dyad.TokenWord && p.upper && !timeWords[p.low] && !determiners[p.low] && !preps[p.low] && !boundaries[p.low]
}

// monthName reports whether the capitalised month word at j, right
// before the verb (end-1) and after no preposition, number or
// determiner, is a name ("“…,” Jun wrote", "April said"): a date before
// a verb is "in June", "on Jan. 5".
func (w *work) monthName(lo, j, end int) bool {
	t := &w.toks[j]
	if j != end-1 || !t.upper || !nameMonths[t.low] {
		return false
	}
	if j-1 >= lo {
		p := &w.toks[j-1]
		if p.kind == dyad.TokenNumber || p.kind == dyad.TokenWord && (preps[p.low] || determiners[p.low] || timeWords[p.low]) {
			return false
		}
	}
	return true
}

// nameMonths are month words that are also given names or surnames.
var nameMonths = set("jan", "jun", "june", "april", "august")

// inTimeBack steps back from j over a time adjunct of a year or a month
// opened by "in" ("in 2010", "in March", "in March 2015", "in Jan.") or
// a day opened by "on" ("on Jan. 5") standing between a subject and its
// verb, returning the index before the preposition; it returns j when
// there is none.
func (w *work) inTimeBack(lo, j int) int {
	i := j
	if i >= lo && isYear(w.toks[i].w) {
		i--
	}
	if i >= lo && i < j && w.isComma(i) {
		i-- // "in March, 2015"
	}
	day := false
	if i > lo && w.toks[i].kind == dyad.TokenNumber && len(w.toks[i].w) <= 2 {
		i-- // "on Jan. 5", "on March 3"
		day = true
	}
	if i > lo && w.isPunct(i, ".") && monthAbbrevs[w.toks[i-1].low] {
		i-- // "Jan."
	}
	if i >= lo && w.toks[i].upper && (months[w.toks[i].low] || monthAbbrevs[w.toks[i].low]) {
		i--
	} else if day {
		return j
	}
	if i == j || i < lo || w.toks[i].upper || !(w.toks[i].low == "in" || day && w.toks[i].low == "on") {
		return j
	}
	return i - 1
}

// dateAfter returns the token after the time word at j and, when it
// names a month, after the day and year that follow it ("Jan. 5",
// "March 3, 2024").
func (w *work) dateAfter(j, hi int) int {
	m := w.toks[j].upper && (months[w.toks[j].low] || monthAbbrevs[w.toks[j].low])
	j++
	if !m {
		return j
	}
	if j < hi && w.isPunct(j, ".") && monthAbbrevs[w.toks[j-1].low] {
		j++
	}
	if j < hi && w.toks[j].kind == dyad.TokenNumber && len(w.toks[j].w) <= 2 {
		j++
		if j+1 < hi && w.isComma(j) && isYear(w.toks[j+1].w) {
			j += 2
			if j+1 < hi && w.isComma(j) {
				j++ // "said March 3, 2024, the bridge …"
			}
		}
	}
	return j
}

// monthAbbrevs are the short forms of month names ("Jan.", "Sept."),
// which are times, not names, before a day or after "in".
var monthAbbrevs = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// isYear reports whether s is a year of four digits from 1900 to 2099.
func isYear(s string) bool {
	if len(s) != 4 || !(s[:2] == "19" || s[:2] == "20") {
		return false
	}
	return s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// months are the names of the months, lower-cased.
var months = set("january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december")

// apposSubject finds the subject of a verb that follows a comma at c1:
// a name or a description, then one or more appositives or relative
// clauses between commas ("Scott Pruitt, the attorney general of
// Oklahoma, one of the states suing, said"; "The state’s campaign
// chairman, Phil Lovas, said"). The speaker phrase runs from the head to
// c1.
func (w *work) apposSubject(lo, c1 int) (int, int, bool) {
	if s, e, ok := w.relativeHead(lo, c1); ok {
		return s, e, true
	}
	if s, ok := w.restatedShare(lo, c1); ok {
		return s, c1, true
	}
	segEnd := c1
	for hops := 0; hops < 3; hops++ {
		c0 := segEnd - 1
		for c0 >= lo && !w.isComma(c0) {
			t := &w.toks[c0]
			if hops > 0 && t.kind == dyad.TokenWord && (t.low == "reported" || t.low == "reports") && c0+1 < segEnd {
				// "Reuters reported on Monday a source, whom they did
				// not name, said": the phrase after the outlet's verb.
				if ps := w.npBack(c0+1, segEnd); ps < segEnd && segEnd-ps <= 6 {
					return ps, c1, true
				}
				return 0, 0, false
			}
			if w.isStop(c0) || t.reg >= 0 || segEnd-c0 > 25 || t.w == ";" || t.w == ":" || t.kind == dyad.TokenWord && (cueFormsLower(t) && !w.relativeBefore(lo, c0) && !(w.ingWord(c0) && w.isComma(c0-1)) && !(c0+1 < segEnd && w.ingModifier(c0)) || t.low == "that" && c0 == segEnd-1) {
				return 0, 0, false
			}
			c0--
		}
		if n := c0 + 1; c0 > lo && n < segEnd && (w.toks[n].low == "who" || w.toks[n].low == "whom" || w.toks[n].low == "which" || w.toks[n].low == "whose" || w.ingWord(n)) {
			// ", which organized the letter,", ", noting the size of
			// …,": a relative clause or a participle phrase before the
			// verb describes the phrase before it.
			segEnd = c0
			continue
		}
		if c0 <= lo || c0+1 >= segEnd {
			if hops > 0 && c0 < lo {
				// "But Sen. Richard J. Durbin (D-Ill.), noting …, said":
				// the name opening the clause, once the phrases after
				// it are stepped over.
				if ps := w.npBack(lo, segEnd); ps < segEnd && w.toks[ps].upper && !determiners[w.toks[ps].low] && segEnd-ps <= 10 && w.nameWords(ps, segEnd) <= w.maxNameWords(ps) {
					return ps, c1, true
				}
				if ps := w.npBack(lo, segEnd); ps < segEnd && segEnd-ps <= 5 && (ps == lo || w.sentStart(ps)) && determiners[w.toks[ps].low] && !w.toks[segEnd-1].upper && strings.HasSuffix(w.toks[segEnd-1].low, "s") {
					return ps, c1, true // "Several candidates, including Trump, said"
				}
				if ps := w.npBack(lo, segEnd); ps < segEnd && segEnd-ps <= 6 && (ps == lo || w.sentStart(ps)) && determiners[w.toks[ps].low] && w.toks[segEnd].low == "," && (w.toks[segEnd+1].low == "whom" || w.toks[segEnd+1].low == "who") {
					// "A senior official, whom they did not name, said";
					// "a police source, who was not authorized to speak,
					// said".
					return ps, c1, true
				}
			}
			return 0, 0, false
		}
		if w.toks[c0-1].kind == dyad.TokenNumber && w.isComma(c0-2) {
			// "Schiff, 56, who has served …, told": an age.
			segEnd = c0
			c0 -= 2
			if c0 <= lo {
				return 0, 0, false
			}
			ps := w.npBack(lo, c0)
			if ps < c0 && w.toks[ps].upper && c0-ps <= 6 {
				return ps, c1, true
			}
			return 0, 0, false
		}
		if hops > 0 && w.toks[c0+1].upper && !determiners[w.toks[c0+1].low] && segEnd-(c0+1) <= 6 && w.allUpperWords(c0+1, segEnd) && w.leadAdjunct(lo, c0) {
			// "Speaking later on the same show, Ann Lund, who …, said":
			// the name after an opening adjunct.
			return c0 + 1, c1, true
		}
		ps := w.npBack(lo, c0)
		if ps >= c0 {
			return 0, 0, false
		}
		if ps-1 > lo && w.toks[ps-1].kind == dyad.TokenWord && npInner[w.toks[ps-1].low] && w.isComma(ps-2) {
			// "Martin Mubanga, from Wembley, London, said": a place.
			segEnd = ps - 2
			continue
		}
		if cp := w.prepAdjunctComma(lo, ps); cp > lo {
			// "Clinton, during a town hall meeting in Columbus, Ohio,
			// said": an adjunct set off by commas.
			segEnd = cp
			continue
		}
		if hops == 0 && segEnd-(c0+1) <= 6 && w.toks[c0+1].upper && !determiners[w.toks[c0+1].low] && w.allUpperWords(c0+1, segEnd) && !(w.toks[ps].upper && w.allUpperWords(ps, c0)) {
			// "the F.B.I. director, James B. Comey, said": the name
			// between the commas, with the description before it when
			// that starts the clause.
			if ps-2 > lo && w.isComma(ps-1) && w.toks[ps-2].upper {
				// "Giovanni Maria Vian, the editor of the newspaper,
				// L'Osservatore Romano, said": a name opening the clause
				// before the description is the speaker; the name after
				// it is what the description names.
				n := ps - 2
				for n-1 >= lo && (w.toks[n-1].kind == dyad.TokenWord && w.toks[n-1].upper || w.isPunct(n-1, ".") && w.abbrevPeriod(n-1)) {
					n--
				}
				if ps-1-n >= 2 && (n == lo || w.isComma(n-1) || w.sentStart(n)) && !determiners[w.toks[n].low] {
					return n, c1, true
				}
			}
			if ps == lo || w.isComma(ps-1) || w.isMark(ps-1) || w.sentStart(ps) {
				return ps, c1, true
			}
			return c0 + 1, c1, true
		}
		h := &w.toks[ps]
		clauseStart := ps == lo || w.isComma(ps-1) || w.isMark(ps-1) || w.sentStart(ps) ||
			ps-1 == lo && boundaries[w.toks[lo].low] // "And Sen. Rob Portman (R-Ohio), …, said"
		if h.upper && !determiners[h.low] && w.allUpperWords(ps, c0) && w.nameWords(ps, c0) <= 6 {
			return ps, c1, true
		}
		if clauseStart && c0-ps <= 8 && (h.upper || determiners[h.low]) {
			return ps, c1, true
		}
		if !w.isComma(ps - 1) {
			return 0, 0, false
		}
		segEnd = ps - 1
	}
	return 0, 0, false
}

// bodyRoles describe a speaker before the name in a subject ("media
// watchdog Reporters Without Borders", "rights group Amnesty
// International").
var bodyRoles = set("watchdog", "group", "organisation", "organization", "agency", "body",
	"broadcaster", "monitor", "charity", "union", "party", "ministry", "official")

// leadAdjunct reports whether the tokens [lo, c) before a comma are an
// adjunct opening the sentence: a participle or a preposition with its
// phrase, holding no finite verb or word of saying ("Speaking later on
// the same show", "In a long interview").
func (w *work) leadAdjunct(lo, c int) bool {
	if lo >= c || !w.sentStart(lo) || w.toks[lo].kind != dyad.TokenWord {
		return false
	}
	f := w.toks[lo].low
	if !(len(f) > 4 && strings.HasSuffix(f, "ing") || preps[f] || adjunctPreps[f]) {
		return false
	}
	for i := lo + 1; i < c; i++ {
		t := &w.toks[i]
		if t.reg >= 0 || t.kind == dyad.TokenPunct || t.kind == dyad.TokenWord && (clauseVerbs[t.low] || pronouns[t.low]) {
			return false
		}
		if _, ok := w.cueAt(i); ok {
			return false
		}
	}
	return true
}

// sentStart reports whether token i is the first of its sentence.
func (w *work) sentStart(i int) bool {
	return i == 0 || w.toks[i-1].sent != w.toks[i].sent
}

func (w *work) allUpperWords(s, e int) bool {
	for i := s; i < e; i++ {
		t := &w.toks[i]
		if t.kind == dyad.TokenWord && !t.upper && t.low != "’s" && t.low != "'s" && t.low != "de" && t.low != "von" && t.low != "van" && t.low != "al" && t.low != "bin" {
			return false
		}
	}
	return true
}

// pairedModifiers are modifiers that come in pairs joined by "and"
// before the noun of a subject ("current and former officials").
var pairedModifiers = set("current", "former", "past", "present", "senior", "junior", "active",
	"retired", "elected", "appointed", "local", "state", "federal", "national", "foreign",
	"domestic", "military", "civilian", "western", "european", "american")

// npBack returns the start of the noun phrase ending at token end
// (exclusive), no earlier than lo; start == end when there is none.
func (w *work) npBack(lo, end int) int {
	j := end - 1
	for ; j >= lo && end-j <= maxSpeakerTokens+2; j-- {
		t := &w.toks[j]
		if t.reg >= 0 {
			break
		}
		switch t.kind {
		case dyad.TokenPunct:
			// "Mr. Smith", "Sen. Warren", "James B. Comey": the period of
			// a title or an initial.
			if t.w == "." && j-1 >= lo && w.abbrevPeriod(j) {
				continue
			}
			if (t.w == "-" || t.w == "&" || t.w == "–" || t.w == "%" && j-1 >= lo && w.toks[j-1].kind == dyad.TokenNumber) && j-1 >= lo && w.toks[j-1].End == t.Start {
				continue // "AT&T", "42% say"
			}
			// "Sen. David Perdue (R-Ga.) said": step over the brackets.
			if t.w == ")" && j+1 == end || t.w == ")" && j+1 < end && w.toks[j+1].kind == dyad.TokenPunct {
				k := j - 1
				for k >= lo && j-k < 10 && w.toks[k].w != "(" && w.toks[k].w != ")" {
					k--
				}
				if k >= lo && w.toks[k].w == "(" && k-1 >= lo && w.toks[k-1].kind == dyad.TokenWord {
					j = k
					continue
				}
			}
		case dyad.TokenNumber:
			continue
		case dyad.TokenSymbol:
			if t.w == "&" {
				continue
			}
		case dyad.TokenWord:
			if t.low == "in" && j+1 < end && j-1 >= lo && (w.toks[j+1].kind == dyad.TokenNumber || numberWords[w.toks[j+1].low]) && (w.toks[j-1].kind == dyad.TokenNumber || numberWords[w.toks[j-1].low]) {
				continue // "4 in 10 say", "Six in 10 say", "one in five say"
			}
			if npInner[t.low] {
				// Inner words join two parts of a phrase: the part after
				// must exist and the one before must be a word.
				if j+1 >= end || j-1 < lo || w.toks[j-1].kind != dyad.TokenWord || boundaries[w.toks[j-1].low] && !pronouns[w.toks[j-1].low] && !determiners[w.toks[j-1].low] {
					break
				}
				if t.low == "and" && !(w.toks[j-1].upper && (w.toks[j+1].upper || w.toks[j+1].low == "the" && j+2 < end && w.toks[j+2].upper || w.toks[j+1].low == "other" && w.toks[j-1].reg < 0)) &&
					!(subjectPronouns[w.toks[j-1].low] && (j-2 < lo || w.isComma(j-2) || w.toks[j-2].kind == dyad.TokenPunct)) &&
					!(pairedModifiers[w.toks[j-1].low] && pairedModifiers[w.toks[j+1].low] && j+2 < end) { // "current and former officials said"
					break // but "she and another reporter said"
				}
				continue
			}
			if objectPronouns[t.low] && !t.upper && j-1 >= lo && (w.toks[j-1].low == "to" || w.toks[j-1].low == "with" || w.toks[j-1].low == "of") && j-2 >= lo && w.toks[j-2].kind == dyad.TokenWord && !boundaries[w.toks[j-2].low] {
				continue // "those close to him", "people familiar with it"
			}
			if t.low == "think" && j+1 < end && w.toks[j+1].low == "tank" {
				continue // "the think tank Clingendael": a noun
			}
			if (t.low == "reports" || t.low == "claims") && j-1 >= lo && reportModifiers[w.toks[j-1].low] {
				continue // "Local media reports say": a noun
			}
			if subjectPronouns[t.low] && j+1 < end && w.toks[j+1].low == "and" && (j-1 < lo || w.toks[j-1].kind == dyad.TokenPunct) {
				j--
				break // "she and another reporter said": the pronoun opens it
			}
			if j+1 < end && j-1 >= lo && w.ingModifier(j) {
				continue // "a creative writing professor": a noun modifier
			}
			if !acronym(t.w) && (boundaries[t.low] || cueFormsLower(t) && !w.statesNoun(lo, j) || pronouns[t.low] || objectPronouns[t.low]) && !w.surnameMay(lo, j) {
				break
			}
			if !t.upper && len(t.low) > 4 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) {
				// A verb form ends the phrase when an object follows it
				// ("police arrested a man who said"); it belongs to the
				// phrase before a preposition ("sources briefed on") or
				// as a noun after a possessive ("Moscow’s thinking").
				if j+1 < end {
					n := &w.toks[j+1]
					if determiners[n.low] || pronouns[n.low] || objectPronouns[n.low] || n.kind == dyad.TokenNumber {
						break
					}
					if npInner[n.low] && !(j-1 >= lo && anonSourceHeads[w.toks[j-1].low]) {
						break // "Breitbart turned to …"
					}
				} else if j-1 < lo || !(w.toks[j-1].low == "’s" || w.toks[j-1].low == "'s" || determiners[w.toks[j-1].low] || surveyVerbs[t.low]) {
					break
				}
			}
			if timeWords[t.low] && (t.upper || t.low == "yesterday" || t.low == "today") && !w.nameBefore(j, lo) && !w.surnameMay(lo, j) && !w.monthName(lo, j, end) {
				break
			}
			continue
		}
		break
	}
	start := j + 1
	// Trim what cannot start a phrase.
	for start < end {
		t := &w.toks[start]
		if subjectPronouns[t.low] && start+1 < end && w.toks[start+1].low == "and" {
			break
		}
		if t.kind == dyad.TokenNumber && start+1 < end && (w.toks[start+1].low == "in" || w.toks[start+1].low == "percent" || w.toks[start+1].low == "%") {
			break // "4 in 10 say", "9 percent say"
		}
		if t.kind != dyad.TokenWord || npInner[t.low] || boundaries[t.low] && !acronym(t.w) {
			start++
			continue
		}
		break
	}
	return start
}

// nameBefore reports whether the word before j is capitalised (a month or
// day inside a name, "Theresa May").
func (w *work) nameBefore(j, lo int) bool {
	return j-1 >= lo && w.toks[j-1].kind == dyad.TokenWord && w.toks[j-1].upper && !w.sentStart(j-1)
}

func cueFormsLower(t *tok) bool {
	if t.upper {
		return false
	}
	_, ok := cueForms[t.low]
	return ok
}

// subjectAfter finds the subject of an inverted reporting clause
// ("…, said Mr Blair.") starting at token k+1, up to hi.
func (w *work) subjectAfter(k, hi int) (int, int, bool) {
	s := k + 1
	if s < hi && w.toks[s].kind == dyad.TokenNumber && w.toks[s].reg < 0 {
		// "said 9/11 widow Terry Strada", "said 23-year-old student
		// Ana Ruiz": a number glued into a modifier before a role and
		// a name.
		m := s + 1
		for m < hi && w.toks[m].Start == w.toks[m-1].End && w.toks[m].kind != dyad.TokenWord {
			m++
		}
		if m < hi && w.toks[m].kind == dyad.TokenWord && w.toks[m].Start == w.toks[m-1].End {
			m++ // "23-year-old": the word part of the modifier
		}
		if m < hi && w.toks[m].kind == dyad.TokenWord && !w.toks[m].upper && w.roleThenName(m, hi) {
			if _, e, ok := w.subjectAfter(m-1, hi); ok {
				return s, e, true
			}
		}
		return 0, 0, false
	}
	if s >= hi || w.toks[s].kind != dyad.TokenWord || w.toks[s].reg >= 0 {
		return 0, 0, false
	}
	if pronouns[w.toks[s].low] && w.toks[s].low != "it" {
		return s, s + 1, true
	}
	if !w.toks[s].upper && !determiners[w.toks[s].low] && w.toks[s].low != "former" && !w.roleThenName(s, hi) || w.toks[s].low == "that" {
		return 0, 0, false // "“…” suggests that Phoenix …": a clause
	}
	e := s
	for e < hi && e-s < maxSpeakerTokens {
		t := &w.toks[e]
		if t.reg >= 0 {
			break
		}
		if t.kind == dyad.TokenPunct {
			if t.w == "." && titleAbbrev[w.toks[e-1].low] && e+1 < hi && !w.isTerminal(e+1) && w.toks[e+1].kind == dyad.TokenWord {
				e++
				continue
			}
			break
		}
		if t.kind == dyad.TokenWord && e > s && (t.low == "from" || t.low == "by") && w.occasionPhrase(s, e) {
			// "said a statement from the ministry", "said a letter by
			// the envoys": the occasion with its author.
			e++
			continue
		}
		if t.kind == dyad.TokenWord && e > s && !t.upper && strings.HasSuffix(t.low, "ed") && (w.toks[e-1].upper || w.toks[e-1].kind == dyad.TokenNumber) && e+1 < hi &&
			(timeWords[w.toks[e+1].low] || preps[w.toks[e+1].low] || w.toks[e+1].low == "last" || w.toks[e+1].low == "this" || w.toks[e+1].low == "earlier") {
			break // "the Global Peace Index released last week": a reduced relative
		}
		if t.kind == dyad.TokenWord && e > s && !t.upper && (t.low == "the" || t.low == "a" || t.low == "an" || subjectPronouns[t.low]) {
			if p := &w.toks[e-1]; p.kind == dyad.TokenWord && !preps[p.low] && !determiners[p.low] && !npInner[p.low] && !phraseLinks[p.low] && !strings.HasSuffix(p.low, "ing") && !strings.HasSuffix(p.low, "ed") {
				// "according to the ministry the roads were …",
				// "according to the Ministry he died …": a new noun
				// phrase after the name opens the reported clause.
				break
			}
		}
		if t.kind == dyad.TokenWord && e > s {
			if t.low == "that" || (preps[t.low] && t.low != "of" && t.low != "for" && t.low != "at") || timeWords[t.low] || cueFormsLower(t) || t.low == "who" || t.low == "adding" || t.low == "according" || boundaries[t.low] && !npInner[t.low] {
				break
			}
			if t.low == "at" && !(w.toks[e-1].low == "spokesman" || w.toks[e-1].low == "spokeswoman" || w.toks[e-1].low == "official") {
				break
			}
		}
		e++
	}
	if e == s {
		return 0, 0, false
	}
	if n := e + 1; w.isComma(e) && !w.toks[e-1].upper && w.toks[e-1].kind == dyad.TokenWord && n < hi && w.toks[n].kind == dyad.TokenWord && w.toks[n].upper && w.toks[n].reg < 0 {
		// "argued the government's lawyer, Richard Keen.": the name
		// in apposition to a description ending the sentence.
		m := n
		for m < hi && m-n < 5 && (w.toks[m].kind == dyad.TokenWord && w.toks[m].upper && w.toks[m].reg < 0 || w.isPunct(m, ".") && w.abbrevPeriod(m)) {
			m++
		}
		if m >= hi || w.isTerminal(m) {
			e = m
		}
	}
	return s, e, true
}

// phraseLinks join a noun phrase to the words after it.
var phraseLinks = set("and", "or", "of", "for", "by", "from", "to", "with", "at", "in", "on", "near", "outside", "inside")

// occasionPhrase reports whether the tokens [s, e) are an article and
// an occasion in which words are said ("a statement", "the joint
// statement", "a letter").
func (w *work) occasionPhrase(s, e int) bool {
	k := s
	for k < e && (determiners[w.toks[k].low] || possessives[w.toks[k].low]) {
		k++
	}
	return k > s && e-k <= 2 && w.occasionBefore(e) != ""
}

// barePluralSource reports whether the word at s is a plural noun of
// people who speak with no article before it ("…, say analysts.", "…,
// said officials in Kabul.", "…, say leaders of both countries.").
func (w *work) barePluralSource(s int) bool {
	l := w.toks[s].low
	return anonHeads[l] && (strings.HasSuffix(l, "s") || l == "police" || l == "people")
}

// barePluralAfter finds the subject of an inverted reporting clause that
// is a plural noun of people with no article ("…, say analysts.") and
// its "of" phrase ("…, say leaders of both countries."), from k+1 up
// to hi.
func (w *work) barePluralAfter(k, hi int) (int, int, bool) {
	s := k + 1
	if s >= hi || w.toks[s].kind != dyad.TokenWord || w.toks[s].reg >= 0 || w.toks[s].upper || !w.barePluralSource(s) {
		return 0, 0, false
	}
	e := s + 1
	if e+1 < hi && w.toks[e].low == "of" && w.toks[e+1].reg < 0 {
		for e++; e < hi && e-s < maxSpeakerTokens && w.toks[e].kind == dyad.TokenWord && w.toks[e].reg < 0; e++ {
			if t := &w.toks[e]; preps[t.low] || t.low == "that" || t.low == "who" || timeWords[t.low] || cueFormsLower(t) {
				break
			}
		}
	}
	return s, e, true
}

// skipObject returns the token after the addressee of "tell" at k+1:
// a pronoun, a capitalised name with media nouns ("Reuters news agency"),
// or a short lower-case phrase ("reporters", "police officials").
func (w *work) skipObject(k, hi int) int {
	j := k + 1
	if j < hi && w.toks[j].reg >= 0 {
		if r := w.toks[j].reg; w.toks[j].Start == w.regs[r].open && w.titleRegion(int(r)) {
			return w.regLast[r] + 1 // "told “Morning Joe”"
		}
		return j
	}
	if j >= hi || w.toks[j].kind != dyad.TokenWord {
		return j
	}
	if objectPronouns[w.toks[j].low] {
		return j + 1
	}
	if w.toks[j].low == "the" || w.toks[j].low == "a" || w.toks[j].low == "an" {
		j++
		j = w.sizeAdjective(j, hi) // "told the 15-nation Security Council"
	} else if possessives[w.toks[j].low] && j+1 < hi && !w.toks[j+1].upper {
		// "assured his hometown's residents that …": a possessive
		// opens the addressee (but in "told his advisers to …" the
		// object is the content's).
		p := j
		j++
		n := 0
		for j < hi && n < 4 && w.toks[j].reg < 0 && (w.toks[j].kind == dyad.TokenWord && !boundaries[w.toks[j].low] && !preps[w.toks[j].low] && !pronouns[w.toks[j].low] && !clauseVerbs[w.toks[j].low] && !determiners[w.toks[j].low] || w.toks[j].low == "’s" || w.toks[j].low == "'s") {
			j++
			n++
		}
		if j < hi && (w.toks[j].low == "that" || pronouns[w.toks[j].low]) {
			return j
		}
		if n > 0 && (j >= hi || w.isTerminal(j) || w.isComma(j) || j+1 < hi && (w.toks[j].low == "as" || w.toks[j].low == "when" || w.toks[j].low == "while") && pronouns[w.toks[j+1].low]) {
			// "…, Berg told his advisers." and "…, Berg told his
			// advisers as he …": the phrase ends the clause, so it is
			// the addressee.
			return j
		}
		return p
	}
	if j < hi && w.toks[j].upper {
		for j < hi && w.toks[j].reg < 0 && (w.toks[j].kind == dyad.TokenWord && (w.toks[j].upper || w.toks[j].low == "’s" || w.toks[j].low == "'s" || mediaNouns[w.toks[j].low]) && (!timeWords[w.toks[j].low] || j+1 < hi && mediaNouns[w.toks[j+1].low]) ||
			w.toks[j].kind == dyad.TokenNumber && w.toks[j-1].upper ||
			(w.toks[j].low == "and" || w.toks[j].low == "of") && !w.toks[j].upper && j+1 < hi && w.toks[j+1].upper && !timeWords[w.toks[j+1].low] && (w.toks[j-1].upper || mediaNouns[w.toks[j-1].low]) ||
			w.toks[j].low == "of" && j+2 < hi && w.toks[j+1].low == "the" && w.toks[j+2].upper && w.toks[j+2].kind == dyad.TokenWord && !timeWords[w.toks[j+2].low] && w.toks[j-1].upper ||
			w.toks[j].low == "the" && j >= 2 && w.toks[j-1].low == "of" && w.toks[j-2].upper && j+1 < hi && w.toks[j+1].upper) {
			// "told The Post and Courier newspaper of Charleston",
			// "told The Star-Ledger of Newark", "told CNN's State of
			// the Union".
			// "told BBC Radio 4's Today programme: “…”".
			j++
		}
		if r := w.regAt(j, hi); r >= 0 && w.titleRegion(r) {
			return w.regLast[r] + 1 // "told MSNBC's “Morning Joe”"
		}
		return j
	}
	n := 0
	// The object ends where a clause opens: a subject pronoun or a
	// finite verb ("told the court they would present “…”").
	for j < hi && n < 4 && w.toks[j].kind == dyad.TokenWord && w.toks[j].reg < 0 && !boundaries[w.toks[j].low] && !preps[w.toks[j].low] && !determiners[w.toks[j].low] &&
		!(n > 0 && (pronouns[w.toks[j].low] || clauseVerbs[w.toks[j].low])) {
		j++
		n++
	}
	return j
}

// possessives open a noun phrase as its determiner.
var possessives = set("his", "her", "their", "its", "our", "my", "your")

// compKind says how a complement clause was introduced.
type compKind uint8

const (
	compNone  compKind = iota
	compThat           // "said that …"
	compColon          // "said: …"
	compBare           // "said the US would …"
	compQuote          // "said “…”": a quotation follows at once
)

// complement finds where the content reported by the verb at token k
// begins: after the addressee of "tell", after adjuncts ("on Sunday",
// "in an interview with CBS"), after "that" or a colon. It returns the
// first content token and how the clause was introduced.
func (w *work) complement(k, hi int, c cue) (int, compKind) {
	j := k + 1
	if e := w.phrasalCue(k, c); e > k {
		j = e + 1 // "pointed out that", "expressed concern that"
	}
	if c.flags&cueObject != 0 {
		j = w.skipObject(k, hi)
	}
	// "said on NBC's Meet the Press that …", "told CNN in a phone
	// interview on Sunday that …": a "that" after adjunct words only.
	if t := w.thatAfterAdjuncts(j, hi); t > 0 {
		return t, compThat
	}
	j0 := j // where the words after the verb and its addressee start
	if j+2 < hi && w.toks[j].kind == dyad.TokenWord && !w.toks[j].upper && w.toks[j].reg < 0 && (participleAdverbs[w.toks[j].low] || verbAdverbs[w.toks[j].low]) && w.isComma(j+1) && w.isMark(j+2) {
		return j + 2, compQuote // "adding later, “…”"
	}
	// Adjuncts, and a "that" within reach.
	for n := 0; j < hi && n < 14; n++ {
		t := &w.toks[j]
		if t.reg >= 0 {
			if w.isMark(j) && w.scareOpensClause(j, hi) {
				return j, compBare // "says “illegal” police are seizing …"
			}
			if w.isMark(j) {
				return j, compQuote
			}
			return j, compNone
		}
		switch {
		case t.kind == dyad.TokenWord && c.lemma == "explain" && whWords[t.low] && t.low != "if" && t.low != "which" && !t.upper && j+2 < hi && w.toks[j+1].kind == dyad.TokenWord:
			// "explained why she forgave him": the explanation is
			// reported as an indirect question, its word included.
			return j, compThat
		case t.kind == dyad.TokenWord && t.low == "that" && !t.upper && j > k+1 && j+1 < hi && w.occasionRelative(j):
			// "said in an interview that aired Sunday on CBS (that …)":
			// a relative clause on the occasion, part of the adjunct.
			j += 2
			continue
		case t.kind == dyad.TokenWord && t.low == "that" && !t.upper:
			for b := k + 1; b < j; b++ {
				if cueFormsLower(&w.toks[b]) && !w.reducedRelative(b) {
					// "said at a news conference announcing that …":
					// the "that" is the other verb's.
					return j, compNone
				}
			}
			if j+1 < hi {
				if n := &w.toks[j+1]; n.kind == dyad.TokenWord && clauseVerbs[n.low] {
					// "say that will not happen": "that" is the subject.
					return j, compThat
				}
				if w.isComma(j+1) && j+2 < hi {
					// "warned that, although …, other states could
					// quit": the content starts after the comma.
					return j + 2, compThat
				}
				return j + 1, compThat
			}
			return j, compNone
		case t.kind == dyad.TokenPunct && t.w == ":":
			if j+1 < hi {
				if w.isMark(j + 1) {
					return j + 1, compQuote
				}
				return j + 1, compColon
			}
			return j, compNone
		case t.kind == dyad.TokenPunct && (t.w == "," || t.w == "—" || t.w == "–"):
			// "said, “…”" and "said, adding …" and "said on Sunday, …".
			if j+1 < hi && w.isMark(j+1) {
				return j + 1, compQuote
			}
			// "says, win or lose in the primary, he is staying": an
			// adjunct set off by commas, then a clause with a pronoun.
			if t.w == "," && j+1 < hi && !w.isMark(j+1) {
				for c2 := j + 2; c2+2 < hi && c2-j <= 12; c2++ {
					if w.toks[c2].reg >= 0 || w.isStop(c2) {
						break
					}
					if _, ok := w.cueAt(c2); ok {
						break
					}
					if w.isComma(c2) {
						if w.pronounClause(c2+1, hi) && c2-j > 2 {
							return j + 1, compBare
						}
						break
					}
				}
			}
			// "said, if elected, she would ask …": a condition set off
			// by commas, then the clause.
			if d := j + 1; t.w == "," && d < hi && (w.toks[d].low == "if" || w.toks[d].low == "when" || w.toks[d].low == "once" || w.toks[d].low == "unless") {
				for c2 := d + 1; c2+2 < hi && c2-d <= 8; c2++ {
					if w.isComma(c2) {
						if w.pronounClause(c2+1, hi) || w.clausal(c2+1, hi) {
							return d, compBare
						}
						break
					}
					if w.toks[c2].reg >= 0 || w.isStop(c2) {
						break
					}
				}
			}
			// "says at a campaign stop in Toledo, Ohio, that …": a
			// place name set off by commas inside the adjunct.
			if t.w == "," {
				d := j + 1
				for d < hi && d-j <= 4 && (w.toks[d].kind == dyad.TokenWord && w.toks[d].upper && w.toks[d].reg < 0 || w.isPunct(d, ".") && w.abbrevPeriod(d)) {
					d++
				}
				if d > j+1 && d+2 < hi && w.isComma(d) && w.toks[d+1].low == "that" && !w.toks[d+1].upper {
					return d + 2, compThat
				}
				if d > j+1 && d+2 < hi && w.isComma(d) && preps[w.toks[d+1].low] && !w.toks[d+1].upper {
					// "telling journalists in the capital, Banja Luka,
					// on Wednesday that …": more adjuncts, then "that".
					if t := w.thatAfterAdjuncts(d+1, hi); t > 0 {
						return t, compThat
					}
				}
				// "insists, most recently in an interview with ABC,
				// that …": an adjunct set off by commas, then "that".
				for d := j + 1; d+2 < hi && d-j <= 14; d++ {
					if w.toks[d].reg >= 0 || w.isStop(d) || w.isPunct(d, ";") || w.isPunct(d, ":") || cueFormsLower(&w.toks[d]) || w.toks[d].low == "that" {
						break
					}
					if w.isComma(d) {
						if (d > j+2 || d == j+2 && (discourseAdverbs[w.toks[j+1].low] || verbAdverbs[w.toks[j+1].low])) && w.toks[d+1].low == "that" && !w.toks[d+1].upper && !clauseVerbs[w.toks[d+2].low] {
							// (", however, that …" too)
							return d + 2, compThat
						}
						break
					}
				}
			}
			// "said — on Twitter, as it happens — that …".
			if t.w != "," {
				for d := j + 1; d < hi && d-j < 10; d++ {
					if w.isPunct(d, t.w) {
						if d+2 < hi && w.toks[d+1].low == "that" {
							return d + 2, compThat
						}
						break
					}
				}
			}
			return j, compNone
		case t.kind == dyad.TokenWord && (t.low == "despite" || t.low == "although" || t.low == "though") && !t.upper:
			// "says despite all that, Obama was not …": a concession
			// set off by a comma, then the clause (all of it reported).
			for c2 := j + 2; c2+2 < hi && c2-j <= 14; c2++ {
				if w.toks[c2].reg >= 0 || w.isStop(c2) {
					break
				}
				if w.isComma(c2) {
					if w.pronounClause(c2+1, hi) || w.nounClause(c2+1, hi) || w.clausal(c2+1, hi) {
						return j, compBare
					}
					break
				}
			}
			return j, compNone
		case t.kind == dyad.TokenWord && subordinators[t.low] && !t.upper:
			// "said after a lunch on Tuesday that …": a phrase with no
			// verb, then "that".
			if t.low == "after" || t.low == "before" {
				for d := j + 1; d+1 < hi && d-j <= 10; d++ {
					u := &w.toks[d]
					if u.reg >= 0 || u.kind == dyad.TokenPunct || u.kind == dyad.TokenWord && (clauseVerbs[u.low] || cueFormsLower(u) || pronouns[u.low] || !u.upper && len(u.low) > 4 && strings.HasSuffix(u.low, "ed")) {
						break
					}
					if u.low == "that" && !u.upper && d > j+1 {
						return d + 1, compThat
					}
				}
			}
			// "said after the convention he would …": a time phrase,
			// then the clause.
			if p := w.clauseAfterPhrase(j+1, hi); p > 0 {
				return p, compBare
			}
			// "said if he were president, DACA would be …": a
			// condition, a comma, then the clause (all of it reported).
			if t.low == "if" || t.low == "when" || t.low == "once" || t.low == "unless" {
				for c2 := j + 2; c2+2 < hi && c2-j <= 14; c2++ {
					if w.toks[c2].reg >= 0 || w.isStop(c2) {
						break
					}
					if w.isComma(c2) {
						if w.pronounClause(c2+1, hi) || w.nounClause(c2+1, hi) {
							return j, compBare
						}
						break
					}
				}
			}
			// "said after Pagliano failed to show up": a clause of time
			// or reason, not what was said.
			return j, compNone
		case t.kind == dyad.TokenWord && t.low == "about" && j+1 < hi && (w.toks[j+1].kind == dyad.TokenNumber || numberWords[w.toks[j+1].low] || w.toks[j+1].low == "half" || w.toks[j+1].low == "a" && j+2 < hi && (w.toks[j+2].low == "third" || w.toks[j+2].low == "quarter" || w.toks[j+2].low == "dozen")):
			// "said about half of the money was lost": a quantity.
		case t.kind == dyad.TokenWord && t.low == "at" && j+1 < hi && (w.toks[j+1].low == "least" || w.toks[j+1].low == "most"):
			// "said at least six people were killed": a quantity, not
			// an adjunct.
		case t.kind == dyad.TokenWord && t.low == "this" && j+1 < hi && clauseVerbs[w.toks[j+1].low]:
			// "said this is for security reasons": "this" is the
			// subject, not "this week".
		case t.kind == dyad.TokenWord && w.demonstrativeSubject(j, hi):
			// "says this plan is doomed": the subject's determiner,
			// not "this week".
		case t.kind == dyad.TokenWord && timeAdverbs[t.low] && !t.upper && j+1 < hi && clauseVerbs[w.toks[j+1].low]:
			// "said today was a good day": the subject, not an adjunct.
		case t.kind == dyad.TokenWord && t.low == "here" && j+1 < hi && !clauseVerbs[w.toks[j+1].low]:
			// "told voters here Sunday that …": where it was said.
			j++
			continue
		case t.kind == dyad.TokenWord && timeAdverbs[t.low] && !t.upper && j+1 < hi && !timeWords[w.toks[j+1].low]:
			// "said yesterday the plan would fail", "says tonight he
			// is …": an adverb of time is a whole adjunct (but
			// "yesterday afternoon" goes on).
			j++
			continue
		case t.kind == dyad.TokenWord && (preps[t.low] || timeWords[t.low]) && !t.upper:
			j = w.skipAdjunct(j, hi)
			continue
		case t.kind == dyad.TokenWord && t.low == "for" && !t.upper && w.forDuration(j, hi):
			// "has said for weeks he is …", "said for the first time
			// that …": a span of time, not a beneficiary.
			j = w.skipAdjunct(j, hi)
			continue
		case t.kind == dyad.TokenWord && verbAdverbs[t.low] && !t.upper:
			// "have said repeatedly they …", "said publicly the plan
			// …": an adverb of the verb, not the clause's first word.
			j++
			continue
		case t.kind == dyad.TokenWord && timeWords[t.low]:
			j = w.dateAfter(j, hi)
			continue
		}
		break
	}
	if j >= hi || w.isTerminal(j) {
		return j, compNone
	}
	if c.lemma == "say" || c.lemma == "tell" {
		// After an adjunct the words must read as a clause: "said on
		// Sunday the ceasefire would hold", but not "said in posing the
		// question to Berg".
		if w.looseClause(j, hi) && (j == j0 || w.clausal(j, hi) || w.pronounClause(j, hi) || w.nounClause(j, hi)) {
			return j, compBare
		}
	} else if w.clausal(j, hi) || c.flags&cueBare != 0 && w.presentClause(j, hi) {
		return j, compBare
	}
	return j, compNone
}

// timeAdverbs are adverbs of time that stand alone as an adjunct.
var timeAdverbs = set("yesterday", "today", "tonight", "tomorrow", "earlier", "previously", "recently")

// presentClause reports whether the words from j are a name and a verb
// in the present tense with its object ("claims Mahan flies fighters to
// Syria", "insists Lund knows the rules").
func (w *work) presentClause(j, hi int) bool {
	i := j
	for i < hi && i-j < 3 && w.toks[i].kind == dyad.TokenWord && w.toks[i].upper && w.toks[i].reg < 0 && !determiners[w.toks[i].low] {
		i++
	}
	if i == j || i+1 >= hi {
		return false
	}
	v := &w.toks[i]
	if v.kind != dyad.TokenWord || v.upper || v.reg >= 0 || len(v.low) < 4 || !strings.HasSuffix(v.low, "s") ||
		strings.HasSuffix(v.low, "ss") || strings.HasSuffix(v.low, "us") || strings.HasSuffix(v.low, "is") || boundaries[v.low] {
		return false
	}
	// The word after the verb opens its object, not a phrase of the
	// noun's ("claims Oslo offices as its base").
	n := &w.toks[i+1]
	return n.kind == dyad.TokenWord && n.reg < 0 && !boundaries[n.low] && !preps[n.low] && !npInner[n.low]
}

// notClauseStart are words after "said" or "told X" that begin an object
// or an infinitive rather than a reported clause.
var notClauseStart = set("nothing", "so", "goodbye", "hello", "yes", "little", "much",
	"to", "something", "anything", "grace", "more", "less", "otherwise", "as", "of",
	"for", "and", "or", "but", "which", "whether", "if", "how", "what", "why", "when", "where")

// looseClause reports whether the words from j may be the bare clause
// reported by "say" or "tell": at least three words, not an object or an
// infinitive ("said nothing", "told them to leave").
func (w *work) looseClause(j, hi int) bool {
	if j+2 < hi && (w.toks[j].low == "more" || w.toks[j].low == "less" || w.toks[j].low == "much") && (w.toks[j+1].low == "than" || w.toks[j+1].low == "of") {
		// "said more than 100 people died", "said much of the money
		// was lost": a quantity opens the clause (but not "said more").
		return w.clausal(j, hi)
	}
	if j >= hi || w.toks[j].kind != dyad.TokenWord && w.toks[j].kind != dyad.TokenNumber || notClauseStart[w.toks[j].low] || clauseVerbs[w.toks[j].low] && !acronym(w.toks[j].w) {
		// An acronym is a name, not a verb: "said IS Sahel’s …".
		return false
	}
	if f := w.toks[j].low; f == "at" && j+2 < hi && (w.toks[j+1].low == "least" || w.toks[j+1].low == "most") {
		// "said at least six people …": a quantity opens the clause.
		return true
	}
	if w.toks[j].low == "no" && j+1 < hi && (w.toks[j+1].low == "to" || w.toks[j+1].kind == dyad.TokenPunct) {
		return false // "said no to …"
	}
	if w.demonstrativeSubject(j, hi) {
		return true // "says this law is aimed at …", not "says this week"
	}
	if f := w.toks[j].low; !w.toks[j].upper && (preps[f] || adjunctStart[f] || timeWords[f] || len(f) > 4 && strings.HasSuffix(f, "ly")) {
		// "said outside the building", "said recently in New York";
		// but "said about 20 people", "said nearly half the …".
		if n := j + 1; !(n < hi && (w.toks[n].kind == dyad.TokenNumber || (determiners[w.toks[n].low] || w.toks[n].low == "every" || w.toks[n].low == "each") && strings.HasSuffix(f, "ly") || clauseVerbs[w.toks[n].low] ||
			f == "too" && (w.toks[n].low == "much" || w.toks[n].low == "many") ||
			f == "about" && (w.toks[n].low == "half" || numberWords[w.toks[n].low]))) {
			// but "says too much is made of …".
			return false
		}
	}
	if j+1 < hi && contractedSubject(w.toks[j].low) && w.toks[j+1].kind == dyad.TokenWord {
		return true // "said they'll win": a clause of two words
	}
	if j+2 < hi && w.toks[j].low != "it" && w.pronounClause(j, hi) && w.isStop(j+2) {
		return true // "Flake said he would.": a clause of a pronoun and its auxiliary
	}
	n := 0
	for i := j; i < hi && n < 3; i++ {
		if w.toks[i].kind == dyad.TokenWord || w.toks[i].kind == dyad.TokenNumber {
			n++
		} else if w.isTerminal(i) && !(w.toks[i].w == "." && w.abbrevPeriod(i)) {
			break // but "said Mrs. Clinton's …" goes on
		}
	}
	return n >= 3
}

// scareOpensClause reports whether the quotation opening at j is a
// scare-quoted word or two that the sentence goes on after with the
// rest of a clause ("“illegal” police are seizing …"), not a quotation
// of its own.
func (w *work) scareOpensClause(j, hi int) bool {
	r := int(w.toks[j].reg)
	if w.toks[j].Start != w.regs[r].open || w.regionWords(r) > 2 {
		return false
	}
	n := w.regLast[r] + 1
	if n >= hi || w.toks[n].kind != dyad.TokenWord || w.toks[n].upper || w.toks[n].reg >= 0 {
		return false
	}
	return w.nounClause(n, hi) || w.clausal(n, hi) && !clauseVerbs[w.toks[n].low]
}

// demonstrativeSubject reports whether "this" or "these" at j opens a
// clause's subject, a noun and an auxiliary ("this law is aimed at",
// "these talks would fail"), rather than a time ("this week").
func (w *work) demonstrativeSubject(j, hi int) bool {
	if j+2 >= hi || w.toks[j].upper || w.toks[j].low != "this" && w.toks[j].low != "these" {
		return false
	}
	return !timeWords[w.toks[j+1].low] && w.nounClause(j+1, hi)
}

// skipAdjunct steps over a prepositional or time adjunct starting at j:
// the preposition and its phrase, up to "that", punctuation, a second
// determiner or pronoun (the start of a clause), or six words.
func (w *work) skipAdjunct(j, hi int) int {
	j++
	seenNoun := false
	for n := 0; j < hi && n < 7; n++ {
		t := &w.toks[j]
		if t.reg >= 0 && !seenNoun && w.titleRegion(int(t.reg)) {
			// "said on “Fox News Sunday”": a title, not a quotation.
			return w.regLast[t.reg] + 1
		}
		if t.reg >= 0 && seenNoun && w.regFirst[t.reg] == j && w.isTitle(int(t.reg)) {
			// "said on MSNBC's “Morning Joe”".
			return w.regLast[t.reg] + 1
		}
		if w.isComma(j) && j+1 < hi && seenNoun && w.toks[j+1].reg >= 0 && w.regFirst[w.toks[j+1].reg] == j+1 && w.isTitle(int(w.toks[j+1].reg)) {
			// "said in his 2012 book, “An American Son”": the title
			// in apposition.
			return w.regLast[w.toks[j+1].reg] + 1
		}
		if t.reg >= 0 || t.kind == dyad.TokenPunct || t.low == "that" && !t.upper {
			return j
		}
		// The object of a preposition inside the adjunct ("in an
		// interview with the Financial Times") goes on with it.
		prev := w.toks[j-1].low
		object := npInner[prev] && prev != "and" || determiners[prev] && j-2 >= 0 && npInner[w.toks[j-2].low] && w.toks[j-2].low != "and"
		if seenNoun && !object && (determiners[t.low] || pronouns[t.low] || t.upper && !w.toks[j-1].upper && prev != "’s" && prev != "'s") && t.low != "one" {
			return j
		}
		if preps[t.low] && n > 0 && t.low != "with" && t.low != "on" && t.low != "to" {
			return j
		}
		if !determiners[t.low] {
			seenNoun = true
		}
		j++
	}
	return j
}

// clausal reports whether the words from j look like a finite clause:
// a subject followed, within a few words, by an auxiliary, a modal, a
// copula or a past-tense verb.
func (w *work) clausal(j, hi int) bool {
	if j < hi && w.toks[j].kind == dyad.TokenWord && clauseVerbs[w.toks[j].low] {
		return false // "said was" is not a clause start
	}
	for n, i := 0, j; i < hi && n < 10; i, n = i+1, n+1 {
		t := &w.toks[i]
		if t.kind == dyad.TokenPunct && t.w != "-" && t.w != "’" && t.w != "'" {
			if w.isMark(i) {
				continue
			}
			return false
		}
		if t.kind != dyad.TokenWord || i == j {
			continue
		}
		if clauseVerbs[t.low] || (strings.HasSuffix(t.low, "’s") || t.low == "'s") && n <= 2 {
			return true
		}
		if !t.upper && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && i > j {
			return true
		}
	}
	return false
}

// sentenceEnd returns the token index one past the last content token of
// the sentence containing token i, dropping final punctuation.
func (w *work) contentEnd(lo, hi int) int {
	for hi > lo {
		t := &w.toks[hi-1]
		if t.kind == dyad.TokenPunct && (w.isTerminal(hi-1) || t.w == "," || t.w == ";" || t.w == ":" || t.w == ")" || t.w == "—") && !w.isMark(hi-1) {
			hi--
			continue
		}
		break
	}
	return hi
}

// wordCount counts the words in text.
func wordCount(text string) int {
	n := 0
	in := false
	for _, r := range text {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// upperStart reports whether s begins with an upper-case letter.
func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// titleRegion reports whether region ri reads as a title ("Fox News
// Sunday", "Morning Joe", "The Art of the Deal"): at most six words, all
// capitalised but short function words, no final punctuation.
func (w *work) titleRegion(ri int) bool {
	r := &w.regs[ri]
	c := w.text[r.start:r.end]
	if strings.HasSuffix(c, ".") && !r.unclosed && w.closesSentence(r) {
		// "on MSNBC's “Morning Joe.”": the period inside the marks
		// ends the sentence the title stands in, not the title.
		c = c[:len(c)-1]
	}
	if c == "" || wordCount(c) > 6 || endsSentence(w.text, r.start, r.start+len(c)) {
		return false
	}
	if strings.ToUpper(c) == c {
		return false // "BIG PROGRESS ON RUSSIA" is shouted, not a title
	}
	words := 0
	for _, f := range strings.Fields(c) {
		switch {
		case upperStart(f):
			words++
		case titleSmall[f] || f[0] >= '0' && f[0] <= '9':
			// "60 Minutes": a number may stand in a title.
		default:
			return false
		}
	}
	return words > 0
}

// titleBefore are words before a quoted title ("his book “…”", "on
// “Fox News Sunday”", "the anthem “…”").
var titleBefore = set("of", "on", "in", "at", "to", "his", "her", "their", "its", "the", "a",
	"an", "’s", "'s", "book", "books", "song", "film", "movie", "show", "program",
	"programme", "anthem", "titled", "entitled", "called", "dubbed", "named", "series",
	"album", "novel", "column", "op-ed", "article", "essay", "slogan", "hashtag", "memoir",
	"documentary", "play", "poem", "report", "headline", "segment", "podcast")

// isTitle reports whether region ri is a title in its sentence: it reads
// as one and follows a word that introduces titles.
// closesSentence reports whether nothing but white space follows the
// region's closing mark before the end of its paragraph or a capital
// opening the next sentence.
func (w *work) closesSentence(r *region) bool {
	i := r.close
	for i < len(w.text) && (w.text[i] == ' ' || w.text[i] == '\t') {
		i++
	}
	if i >= len(w.text) || w.text[i] == '\n' {
		return true
	}
	return i > r.close && upperStart(w.text[i:])
}

func (w *work) isTitle(ri int) bool {
	if !w.titleRegion(ri) {
		return false
	}
	p := w.regFirst[ri] - 1
	if p >= 0 && w.isComma(p) {
		p--
	}
	if p >= 0 && (w.toks[p].w == "’" || w.toks[p].w == "'") {
		return true // "ABC News’ “This Week”"
	}
	if r := &w.regs[ri]; strings.HasSuffix(w.text[r.start:r.end], ".") && p >= 0 && (preps[w.toks[p].low] || determiners[w.toks[p].low] || w.toks[p].low == "of") {
		// A sentence in capitals closing the sentence after a
		// preposition may be a slogan quoted ("proclaimed a goal of
		// “Peace Through Strength.”"); only a name or a title noun
		// before it makes it a title.
		return false
	}
	return p >= 0 && w.toks[p].kind == dyad.TokenWord && titleBefore[w.toks[p].low]
}

// titleSmall are words left in lower case inside titles.
var titleSmall = set("of", "the", "a", "an", "and", "on", "in", "to", "for", "with", "at", "by", "or")

// sentenceSubject returns a name at the start of the sentence (tokens
// from lo before j) as the subject of a later verb: "Mr. Schultz
// supported Democrats …, and said …".
func (w *work) sentenceSubject(lo, j int) (int, int, bool) {
	s := lo
	for s < j && w.toks[s].kind == dyad.TokenPunct {
		s++
	}
	s = w.skipDateline(s, j)
	if s+2 < j && w.isComma(s+1) && w.toks[s].kind == dyad.TokenWord && (boundaries[w.toks[s].low] || len(w.toks[s].low) > 4 && strings.HasSuffix(w.toks[s].low, "ly")) {
		s += 2 // "Meanwhile, the campaign …"
	} else {
		// "In three separate interviews, the justice …", "Speaking at
		// a town hall in Salem, Trump …", "At a rally in Portsmouth,
		// N.H., on Tuesday, Sanders …": the subject follows the
		// opening phrases.
		for hop := 0; hop < 3 && s < j && w.opensAdjunct(s, hop > 0); hop++ {
			c := w.adjunctComma(s, j)
			if c < 0 || c+1 >= j {
				break
			}
			s = c + 1
		}
	}
	e := s
	for e < j && (w.toks[e].kind == dyad.TokenWord && w.toks[e].upper || w.isPunct(e, ".") && e > s && w.abbrevPeriod(e)) {
		e++
	}
	if e > s && e+1 < j && w.toks[e].kind == dyad.TokenWord && !w.toks[e].upper && (bodyRoles[w.toks[e].low] || roleNouns[w.toks[e].low]) && w.toks[e+1].kind == dyad.TokenWord && w.toks[e+1].upper {
		// "Media watchdog Reporters Without Borders …": a role noun
		// between a modifier and the name.
		e++
		for e < j && w.toks[e].kind == dyad.TokenWord && (w.toks[e].upper || w.toks[e].low == "of" && e+1 < j && w.toks[e+1].upper) {
			e++
		}
	}
	pe := e
	if e > s && e+2 < j && w.toks[e].low == "and" && w.toks[e+1].upper {
		// "Roe and Berg’s mother, Anwar, wept …": two names joined
		// before the possessive own the description.
		n := e + 1
		for n < j && n-e <= 4 && w.toks[n].kind == dyad.TokenWord && w.toks[n].upper {
			n++
		}
		if n < j && (w.toks[n].low == "’s" || w.toks[n].low == "'s") {
			pe = n
		}
	}
	if pe > s && pe < j && (w.toks[pe].low == "’s" || w.toks[pe].low == "'s") {
		// "France’s far-right party leader, Marine Le Pen, voiced …":
		// the name in apposition to the possessed description.
		e := pe
		for c := e + 1; c < j && c-e <= 10; c++ {
			if w.toks[c].reg >= 0 || w.isStop(c) {
				break
			}
			if w.isComma(c) {
				n := c + 1
				for n < j && n-c <= 5 && (w.toks[n].kind == dyad.TokenWord && w.toks[n].upper || w.isPunct(n, ".") && w.abbrevPeriod(n)) {
					n++
				}
				if n < j && w.isComma(n) && (n > c+2 || n == c+2 && (roleNouns[w.toks[c-1].low] || kinNouns[w.toks[c-1].low])) {
					// (one word after a person's kin or role: "Berg’s
					// mother, Anwar,")
					return c + 1, n, true
				}
				break
			}
		}
	}
	if e > s && !boundaries[w.toks[s].low] && e-s <= 5 && (e-s > 1 || !determiners[w.toks[s].low]) {
		return s, e, true
	}
	// "A spokesman for Mayor Frank G. Jackson of Cleveland defended …
	// and said": the words up to the first verb-like word.
	if s < j && (determiners[w.toks[s].low] || w.toks[s].upper) && !preps[w.toks[s].low] && !subordinators[w.toks[s].low] && !boundaries[w.toks[s].low] {
		e = s
		for e < j && e-s < 12 {
			t := &w.toks[e]
			if t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(e)) {
				break
			}
			if t.kind == dyad.TokenWord && !t.upper && e > s && (clauseVerbs[t.low] || cueFormsLower(t) || boundaries[t.low] && !npInner[t.low] || len(t.low) > 3 && strings.HasSuffix(t.low, "ed") || issueVerbs[t.low] && !w.afterDeterminer(e)) {
				break // ("sent", "put" and "gave" end in no -ed)
			}
			e++
		}
		if e-s >= 2 && e < j && !w.isPunct(e, ",") {
			return s, e, true
		}
	}
	if s < j && pronouns[w.toks[s].low] && w.toks[s].low != "it" {
		return s, s + 1, true
	}
	return 0, 0, false
}

// kinNouns name a person by kinship to another ("Berg's mother,
// Anwar,").
var kinNouns = set("mother", "father", "sister", "brother", "son", "daughter", "wife", "husband",
	"widow", "widower", "uncle", "aunt", "cousin", "grandmother", "grandfather", "niece", "nephew")

// regAt returns the region opening at token j (before hi), or -1.
func (w *work) regAt(j, hi int) int {
	if j >= hi || w.toks[j].reg < 0 || w.toks[j].Start != w.regs[w.toks[j].reg].open {
		return -1
	}
	return int(w.toks[j].reg)
}

// antecedent returns the start of the noun phrase a relative pronoun at
// j refers to ("an architect who said" → "an architect").
func (w *work) antecedent(lo, j int) (int, bool) {
	e := j
	if w.isComma(e - 1) {
		e--
	}
	s := w.npBack(lo, e)
	if s >= e {
		return 0, false
	}
	// "asked Mrs. Clinton about several women who said": the phrase
	// after the last preposition other than "of" and "for".
	for k := e - 1; k > s; k-- {
		if t := &w.toks[k]; t.kind == dyad.TokenWord && npInner[t.low] && t.low != "of" && t.low != "for" && t.low != "and" && k+1 < e {
			return k + 1, true
		}
		// "John Doe met a lawyer who said": an article after a
		// lower-case word that does not join phrases opens the object
		// of a verb no list knows.
		if t, p := &w.toks[k], &w.toks[k-1]; (t.low == "a" || t.low == "an" || t.low == "the") && !t.upper &&
			p.kind == dyad.TokenWord && !p.upper && !npInner[p.low] && !determiners[p.low] && !possessives[p.low] && p.low != "’s" && p.low != "'s" {
			return k, true
		}
	}
	return s, true
}

// adjunctWords may stand in an adjunct between a reporting verb and
// "that" ("in a phone interview", "at a news conference").
var adjunctWords = set("interview", "conference", "news", "press", "briefing", "statement",
	"appearance", "visit", "speech", "call", "phone", "telephone", "televised", "address",
	"video", "post", "message", "letter", "meeting", "rally", "hearing", "program", "programme",
	"show", "broadcast", "radio", "television", "tv", "media", "social", "separate", "written",
	"exclusive", "joint", "recent", "later", "earlier", "also", "again", "repeatedly", "publicly",
	"privately", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
	"last", "next", "this", "late", "early", "session", "summit", "event", "forum", "podcast",
	"episode", "edition", "book", "report", "update", "tweet", "email", "e-mail", "emailed")

// thatAfterAdjuncts returns the token after a "that" reached from j over
// adjunct words only (prepositions, determiners, names, dates, media and
// occasion nouns), or 0.
func (w *work) thatAfterAdjuncts(j, hi int) int {
	// In an adjunct opened by a preposition, a noun of its phrase may
	// be any lower-case word that is no verb or pronoun ("in a letter to
	// the governor that …").
	pp := j < hi && w.toks[j].kind == dyad.TokenWord && preps[w.toks[j].low] && !w.toks[j].upper
	for n := 0; j < hi && n < 14; j, n = j+1, n+1 {
		t := &w.toks[j]
		switch {
		case t.reg >= 0 && n > 0 && t.Start == w.regs[t.reg].open && w.titleRegion(int(t.reg)):
			j = w.regLast[t.reg] // "said on NBC's “Meet the Press” that …": a title
		case t.reg >= 0:
			return 0
		case t.kind == dyad.TokenWord && t.low == "that" && !t.upper:
			if n == 0 || j+1 >= hi {
				return 0
			}
			if nx := &w.toks[j+1]; nx.kind == dyad.TokenWord && (clauseVerbs[nx.low] || pp && !nx.upper && len(nx.low) > 4 && strings.HasSuffix(nx.low, "ed")) {
				return 0 // "that is", "in a town that voted for him": a relative
			}
			return j + 1
		case t.kind == dyad.TokenWord && (t.upper || preps[t.low] || determiners[t.low] || timeWords[t.low] || adjunctWords[t.low] || t.low == "’s" || t.low == "'s"):
		case t.kind == dyad.TokenNumber:
		case w.isPunct(j, ".") && j > 0 && monthAbbrevs[w.toks[j-1].low] && w.toks[j-1].upper:
			// "said Jan. 5 that …"
		case t.kind == dyad.TokenPunct && (t.w == "’" || t.w == "'" || t.w == "-") && (!pp || j > 0 && w.toks[j-1].End == t.Start):
			// (a spaced dash ends the adjunct: "reported on Tuesday --
			// a development that …")
		case pp && t.kind == dyad.TokenWord && w.adjunctNoun(j):
		case pp && t.kind == dyad.TokenWord && t.low == "by" && n > 1 && j+1 < hi && w.toks[j+1].kind == dyad.TokenWord && (w.toks[j+1].upper || determiners[w.toks[j+1].low]):
			// "in an interview broadcast on Sunday by CBS that …": the
			// agent of the occasion's participle.
		case pp && w.reducedRelative(j):
			// "in a video posted to Telegram that …"
		default:
			return 0
		}
	}
	return 0
}

// adjunctNoun reports whether the lower-case word at j may be a noun
// inside a prepositional adjunct: not a verb form, a pronoun, a
// conjunction or subordinator, nor a word of saying.
func (w *work) adjunctNoun(j int) bool {
	t := &w.toks[j]
	l := t.low
	if clauseVerbs[l] || pronouns[l] || objectPronouns[l] || boundaries[l] && !npInner[l] || subordinators[l] || cueFormsLower(t) {
		return false
	}
	return !(len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")))
}

// beForms make a following past participle passive.
var beForms = set("was", "were", "been", "being", "is", "are", "be", "am", "get", "gets", "got", "getting")

// passive reports whether the verb at i is a passive participle: a form
// of "be" before it, adverbs aside ("was also told").
func (w *work) passive(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && w.toks[k].sent == w.toks[i].sent; k-- {
		t := &w.toks[k]
		if t.kind != dyad.TokenWord {
			return false
		}
		if beForms[t.low] {
			return true
		}
		if !auxAdverbs[t.low] || t.low == "had" || t.low == "has" || t.low == "have" {
			return false
		}
	}
	return false
}

// abbrevPeriod reports whether the period at token i ends a title
// abbreviation ("Mr.", "Sen.") or an initial ("B.") rather than a
// sentence.
func (w *work) abbrevPeriod(i int) bool {
	if i == 0 || w.toks[i-1].End != w.toks[i].Start || w.toks[i-1].kind != dyad.TokenWord {
		return false
	}
	p := w.toks[i-1].w
	return titleAbbrev[w.toks[i-1].low] || len(p) == 1 && w.toks[i-1].upper
}

// maxNameWords bounds the words of a name opening a clause at s: six,
// or eight after a title with its portfolio ("Minister of Justice Naser
// Eldin Abdel Bari").
func (w *work) maxNameWords(s int) int {
	if s+2 < len(w.toks) && titles[w.toks[s].low] && w.toks[s+1].low == "of" && w.toks[s+2].upper {
		return 8
	}
	return 6
}

// nameWords counts the words in [s, e) outside brackets.
func (w *work) nameWords(s, e int) int {
	n, depth := 0, 0
	for i := s; i < e; i++ {
		switch t := &w.toks[i]; {
		case t.w == "(":
			depth++
		case t.w == ")":
			depth--
		case t.kind == dyad.TokenWord && depth == 0:
			n++
		}
	}
	return n
}

// subordinators open adverbial clauses after a reporting verb.
var subordinators = set("after", "before", "while", "when", "because", "as", "since", "if",
	"until", "although", "though", "once", "whenever", "unless")

// adjunctStart are words that open an adjunct, not a clause, after a
// reporting verb.
var adjunctStart = set("outside", "inside", "aboard", "by", "near", "onstage", "backstage",
	"ahead", "amid", "per", "via", "during", "from", "about", "of", "for", "into", "at",
	"upon", "under", "over", "across", "behind", "beside", "between", "without", "within",
	"toward", "towards", "against", "among", "around", "off", "out", "up", "down", "here",
	"there", "again", "too", "then", "later", "earlier", "afterward", "afterwards", "yesterday",
	"today", "tonight", "in", "on", "with", "after", "before", "beyond", "despite", "besides",
	"unlike", "throughout", "alongside")

// surveyVerbs are participles that end a phrase of respondents ("voters
// polled", "those surveyed", "people interviewed").
var surveyVerbs = set("polled", "surveyed", "interviewed", "questioned", "contacted",
	"reached", "quoted", "asked", "sampled")

// pluralDet start plural subjects.
var pluralDet = set("those", "these", "many", "some", "most", "both", "all", "few", "several", "other")

// clauseAfterPhrase returns where a pronoun clause begins after a short
// noun phrase from j ("after the convention he would …"), or 0.
func (w *work) clauseAfterPhrase(j, hi int) int {
	for p := j + 1; p < hi && p-j <= 5; p++ {
		t := &w.toks[p-1]
		if t.reg >= 0 || t.kind == dyad.TokenPunct || t.kind == dyad.TokenWord && (cueFormsLower(t) || clauseVerbs[t.low] || pronouns[t.low] || t.low == "that") {
			return 0
		}
		if w.pronounClause(p, hi) {
			return p
		}
	}
	return 0
}

// groupBeforePrep reports whether token p is "in", "from" or "across"
// after a plural noun or a noun for an unnamed source ("forces in
// Somalia", "officials from Kyiv", "a reporter in the town").
func (w *work) groupBeforePrep(p int) bool {
	t, h := &w.toks[p], &w.toks[p-1]
	if t.kind != dyad.TokenWord || t.upper || t.low != "in" && t.low != "from" && t.low != "across" {
		return false
	}
	if h.kind != dyad.TokenWord || h.reg >= 0 || boundaries[h.low] || cueFormsLower(h) || clauseVerbs[h.low] || timeWords[h.low] {
		return false
	}
	if anonSourceHeads[h.low] || orgNouns[h.low] {
		return true
	}
	return !h.upper && len(h.low) > 3 && strings.HasSuffix(h.low, "s") && !strings.HasSuffix(h.low, "ss") && !strings.HasSuffix(h.low, "ing")
}

// stateNouns are words before "states" that make it a noun ("member
// states", "other states", "Gulf states").
var stateNouns = set("member", "other", "many", "several", "some", "all", "both", "two", "three",
	"gulf", "baltic", "arab", "island", "nation", "city", "small", "frontline", "neighbouring",
	"neighboring", "partner", "western", "eastern", "african", "european", "swing", "battleground",
	"red", "blue", "southern", "northern", "border", "coastal", "sovereign", "nuclear", "rogue",
	"eu", "nato", "un", "those", "these", "most", "few", "the", "allied", "united")

// verbAdverbs are adverbs of manner or frequency that may stand between
// a reporting verb and its complement ("said repeatedly they …", "said,
// twice, that …"). Words that also open a clause or a noun phrase
// ("once", "only", "likely", "early") are left out.
var verbAdverbs = set("again", "repeatedly", "twice", "often", "publicly", "privately",
	"flatly", "firmly", "bluntly", "frankly", "openly", "falsely", "wrongly", "explicitly",
	"emphatically", "confidently", "angrily", "proudly", "candidly", "quietly", "plainly",
	"categorically", "unequivocally", "defiantly", "bitterly", "tersely", "curtly",
	"jokingly", "ruefully", "pointedly", "forcefully", "boldly", "subsequently", "famously",
	"correctly", "incorrectly", "erroneously", "accurately", "privately", "sarcastically",
	"optimistically", "cautiously", "matter-of-factly", "calmly", "loudly", "softly")

// discourseAdverbs stand between commas after a subject ("officials,
// however, said").
var discourseAdverbs = set("however", "though", "meanwhile", "too", "also", "moreover",
	"instead", "nonetheless", "nevertheless", "separately", "likewise", "therefore", "indeed",
	"meantime", "furthermore", "similarly", "still", "again")

// skipDateline steps over a dateline opening a sentence ("WASHINGTON
// —", "Washington (AFP) –") and returns the first token after it.
func (w *work) skipDateline(s, j int) int {
	if s >= j || w.toks[s].kind != dyad.TokenWord || !w.toks[s].upper {
		return s
	}
	i := s + 1
	for i < j && i-s < 3 && w.toks[i].kind == dyad.TokenWord && w.toks[i].upper {
		i++
	}
	if i+2 < j && w.isPunct(i, "(") && w.isPunct(i+2, ")") {
		i += 3
	} else if w.toks[s].w == strings.ToUpper(w.toks[s].w) && len(w.toks[s].w) > 2 {
		// "PARIS, Aug 31 (Reuters) -": a date and an agency.
		for n := i; n+3 < j && n-i < 8; n++ {
			if w.isPunct(n, "—") || w.isPunct(n, "–") || w.isPunct(n, "--") || w.isPunct(n, "-") && w.toks[n-1].End < w.toks[n].Start {
				break // "WASHINGTON — Sen. Ann Lund (R-Iowa) …": the dash ends the dateline
			}
			if w.isPunct(n, "(") && w.isPunct(n+2, ")") {
				i = n + 3
				break
			}
		}
	}
	if i+1 < j && (w.isPunct(i, "—") || w.isPunct(i, "–") || w.isPunct(i, "--") || w.isPunct(i, "-")) {
		caps := w.toks[s].w == strings.ToUpper(w.toks[s].w) && len(w.toks[s].w) > 2
		if caps || w.isPunct(i-1, ")") {
			return i + 1
		}
	}
	return s
}

// opensAdjunct reports whether token s opens an adjunct phrase before a
// sentence's subject: a preposition or subordinator, a participle
// ("Speaking at …", "Asked about …", "Having announced …"), or, after an
// adjunct already skipped, a short place or time ("N.H.,", "on
// Tuesday,").
func (w *work) opensAdjunct(s int, after bool) bool {
	t := &w.toks[s]
	if t.kind != dyad.TokenWord {
		return false
	}
	if preps[t.low] || adjunctStart[t.low] || subordinators[t.low] || t.low == "back" {
		return true
	}
	// "Hours later,", "Two weeks ago,": a time phrase.
	for i := s + 1; i < len(w.toks) && i-s < 4; i++ {
		if w.isComma(i) {
			if p := w.toks[i-1].low; p == "later" || p == "earlier" || p == "ago" {
				return true
			}
			break
		}
		if w.toks[i].kind == dyad.TokenPunct {
			break
		}
	}
	if t.upper && len(t.low) > 4 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) && w.sentStart(s) {
		return true
	}
	if after && t.upper {
		// A place after a place: "Portsmouth, N.H., on Tuesday,".
		for i := s; i < len(w.toks) && i-s < 4; i++ {
			if w.isComma(i) {
				return i > s
			}
			if !(w.toks[i].kind == dyad.TokenWord && w.toks[i].upper || w.isPunct(i, ".") && w.abbrevPeriod(i)) {
				return false
			}
		}
	}
	return false
}

// adjunctComma returns the comma that closes an opening adjunct starting
// at s (within 14 tokens, stepping over a quoted title: "Speaking on
// ABC’s “This Week,” Carson …"), or -1.
func (w *work) adjunctComma(s, j int) int {
	for c := s + 1; c < j && c-s <= 14; c++ {
		if w.isStop(c) {
			return -1
		}
		if w.toks[c].reg >= 0 {
			r := w.toks[c].reg
			l := w.regLast[r]
			if l+1 < j && w.isComma(l-1) && w.isMark(l) && w.toks[l+1].kind == dyad.TokenWord {
				return l // “This Week,” — the comma inside the marks
			}
			if l-c > 6 {
				return -1
			}
			c = l
			continue
		}
		if w.isComma(c) {
			return c
		}
	}
	return -1
}

// reportModifiers are words before "reports" or "claims" that make it
// a noun ("newspaper reports that …", "unconfirmed claims").
var reportModifiers = set("newspaper", "news", "media", "press", "weekend", "recent", "earlier",
	"initial", "local", "unconfirmed", "conflicting", "previous", "some", "many", "several",
	"these", "those", "other", "such", "intelligence", "police", "official", "early", "latest",
	"further", "false", "similar", "separate", "multiple", "widespread", "persistent", "tv",
	"television", "radio", "wire", "online", "internet", "social", "their", "his", "her", "its")

// relativeHead returns the name a relative clause set off by commas
// describes, when that clause runs up to the verb and holds commas of
// its own: "Marco Rubio, whose hometown, Miami, is projected to …,
// argues", "Mr. Slinker, whose start-up, Paradata, uses big data …,
// said". The name must open the clause.
func (w *work) relativeHead(lo, c1 int) (int, int, bool) {
	for r := lo + 1; r < c1 && r-lo <= 8; r++ {
		t := &w.toks[r]
		if t.kind != dyad.TokenWord || t.low != "who" && t.low != "whose" && t.low != "which" || !w.isComma(r-1) {
			continue
		}
		for i := r + 1; i < c1; i++ {
			if w.toks[i].reg >= 0 || w.isStop(i) || w.isPunct(i, ";") || w.isPunct(i, ":") {
				return 0, 0, false
			}
			if _, ok := w.cueAt(i); ok {
				return 0, 0, false
			}
		}
		ps := w.npBack(lo, r-1)
		if ps < r-1 && (ps == lo || w.sentStart(ps) || w.isComma(ps-1)) && w.toks[ps].upper && !determiners[w.toks[ps].low] && w.allUpperWords(ps, r-1) && r-1-ps <= 6 {
			return ps, c1, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// roleThenName reports whether lower-case role words from s lead to a
// capitalised name within five words ("said pollster Frank Luntz",
// "said master of ceremonies Asab Al-Tabchi", "said retired
// neurosurgeon Ben Carson"), and not to a clause.
func (w *work) roleThenName(s, hi int) bool {
	for i := s; i < hi && i-s < 6; i++ {
		t := &w.toks[i]
		if t.reg >= 0 || t.kind != dyad.TokenWord {
			return false
		}
		if t.upper {
			return i > s
		}
		if boundaries[t.low] && t.low != "of" && t.low != "and" || cueFormsLower(t) || clauseVerbs[t.low] || pronouns[t.low] || objectPronouns[t.low] || preps[t.low] || t.low == "that" {
			return false
		}
	}
	return false
}

// relativeBefore reports whether a relative pronoun opens the stretch
// of the segment before token i (back to a comma): "a Republican who
// described himself as …": a verb inside a relative clause.
func (w *work) relativeBefore(lo, i int) bool {
	for b := i - 1; b >= lo && i-b < 12; b-- {
		if w.isComma(b) || w.isStop(b) {
			return false
		}
		if t := &w.toks[b]; t.kind == dyad.TokenWord && (t.low == "who" || t.low == "which" || t.low == "whose") {
			return true
		}
	}
	return false
}

// subjectPronouns can open a coordinated subject ("she and another
// reporter said").
var subjectPronouns = set("he", "she", "they", "we", "i")

// numberWords are numbers written out ("Six in 10").
// fractions are the shares of a polled group that may say something ("a
// third say", "the majority say").
var fractions = set("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "plurality")

var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// relativeSubject reports whether the verb at i follows a short subject
// after a relative pronoun ("which critics said was", "what the probe
// says is"), so that a finite verb after it is the relative's predicate
// and the verb no noun.
func (w *work) relativeSubject(i int) bool {
	for r := i - 2; r >= 0 && i-r <= 5; r-- {
		t := &w.toks[r]
		if t.sent != w.toks[i].sent || t.kind != dyad.TokenWord || t.reg >= 0 {
			return false
		}
		switch t.low {
		case "which", "who", "what", "that":
			return true
		}
		if boundaries[t.low] && !determiners[t.low] {
			return false
		}
	}
	return false
}

// edParticiple reports whether the -ed word at i is a past participle
// after a plural noun, opening a reduced relative clause ("voters
// interviewed at rallies", "officials briefed on the talks"), not a
// verb with its own subject.
func (w *work) edParticiple(i int) bool {
	t := &w.toks[i]
	if !strings.HasSuffix(t.low, "ed") || i == 0 || w.toks[i-1].sent != t.sent {
		return false
	}
	p := &w.toks[i-1]
	return p.kind == dyad.TokenWord && !boundaries[p.low] && !pronouns[p.low] && !determiners[p.low] && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss") && !auxAdverbs[p.low]
}

// occasionRelative reports whether the "that" at j opens a relative
// clause on an occasion noun before it, with a past participle or verb
// in -ed after it ("an interview that aired on CBS", "a statement that
// appeared online").
func (w *work) occasionRelative(j int) bool {
	p, n := &w.toks[j-1], &w.toks[j+1]
	if p.kind != dyad.TokenWord || n.kind != dyad.TokenWord || n.upper || n.reg >= 0 {
		return false
	}
	if _, ok := mediaSettings[p.low]; !ok {
		return false
	}
	return len(n.low) > 4 && strings.HasSuffix(n.low, "ed") || n.low == "ran" || n.low == "appears"
}

// forDuration reports whether the "for" at j opens a span of time ("for
// weeks", "for years", "for the first time", "for some time").
func (w *work) forDuration(j, hi int) bool {
	if j+1 >= hi {
		return false
	}
	n := w.toks[j+1].low
	if durationWords[n] || timeWords[n] {
		return true
	}
	if j+2 < hi && (n == "the" || n == "a" || n == "some" || n == "several" || n == "many") {
		m := w.toks[j+2].low
		return durationWords[m] || timeWords[m] || m == "first" || m == "second" || m == "last" || m == "while"
	}
	return false
}

// durationWords name spans of time after "for".
var durationWords = set("weeks", "months", "years", "days", "decades", "hours", "minutes", "ages", "centuries", "generations", "now")
