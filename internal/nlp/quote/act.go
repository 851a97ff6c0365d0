package quote

import "github.com/dyad-events/dyad"

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
var actWh = set("question", "ask", "wonder")

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
	case whWords[t.low] && actWh[c.lemma]:
		if w.phraseAfter(j+1, hi) {
			return j
		}
		return -1
	}
	if t.upper && (t.low == "i" || !pronouns[t.low]) || objectPronouns[t.low] || determiners[t.low] {
		switch {
		case actObjInf[c.lemma] && w.infinitiveWithin(j, hi, 8):
			return j
		case c.lemma == "accuse" && w.wordWithin(j, hi, 8, "of"):
			return j
		case c.lemma == "call" && w.quotationWithin(j, hi, 8):
			// "called the charges “fabricated”", "called Oz a
			// “quack”": naming with the speaker's own word.
			return j
		}
	}
	return -1
}

// phraseAfter reports whether at least two words follow from j.
func (w *work) phraseAfter(j, hi int) bool {
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
		if t.kind == dyad.TokenWord && i > j && (cueFormsLower(t) || clauseVerbs[t.low] || t.low == "that") {
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
		case anonHeads[t.low] || orgHeads[t.low]:
			return true
		}
	}
	return false
}
