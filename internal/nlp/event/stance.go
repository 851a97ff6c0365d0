package event

import (
	_ "embed"
	"strings"

	"github.com/dyad-events/dyad"
)

//go:embed data/stance.txt
var stanceData string

// stanceEntry is one evaluative predicate of data/stance.txt: the event
// code the saying gets, the frame it must follow ("be", "act", "will") and
// its words.
type stanceEntry struct {
	code, frame string
	words       []string
}

// stanceLexicon is data/stance.txt parsed: the evaluative predicates and
// the nouns of acts whose possessor is their agent.
type stanceLexicon struct {
	entries  []stanceEntry
	actNouns map[string]bool
}

var stances = parseStances(stanceData)

func parseStances(s string) stanceLexicon {
	lx := stanceLexicon{actNouns: map[string]bool{}}
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if f[0] == "noun" && len(f) == 2 {
			lx.actNouns[f[1]] = true
			continue
		}
		if len(f) < 3 {
			continue
		}
		lx.entries = append(lx.entries, stanceEntry{code: f[0], frame: f[1], words: f[2:]})
	}
	return lx
}

// stanceChain are the words, besides forms of "be" and "will", that may
// stand between a stance's subject and its predicate: perfect auxiliaries
// and adverbs that leave the assertion whole.
var stanceChain = set("has", "have", "had", "remains", "remain", "remained", "clearly", "also",
	"still", "now", "always", "certainly", "obviously", "undoubtedly", "indeed", "absolutely",
	"simply", "truly", "really", "surely", "definitely", "plainly")

// stanceModifierStop are the words that may not be skipped as a
// modifier before a stance's words: negation, comparison and function
// words ("is no longer a reliable partner", "is less a threat").
var stanceModifierStop = set("not", "no", "never", "less", "least", "longer", "hardly", "barely",
	"of", "to", "for", "in", "on", "with", "by", "and", "or", "but", "than", "from", "the", "a", "an",
	"if", "whether", "only", "potential", "possible", "alleged", "former", "victim", "victims")

// stanceTail may follow a stance's words inside its phrase ("the
// aggressor who started this war").
var stanceTail = set("who", "which", "that", "whose", "here", "there", "again", "too",
	"itself", "themselves", "himself", "herself", "today", "now", "then")

// knowingThat are the words after which a "that" inside a quote opens a
// clause the speaker asserts ("we have to understand that X is …", "it is
// clear that …", "the truth is that …").
var knowingThat = set("understand", "know", "knew", "clear", "believe", "show", "shows",
	"showed", "shown", "prove", "proves", "proved", "proven", "confirm", "confirmed", "evident",
	"obvious", "is", "recognize", "recognise", "remember")

// speakerOpeners open a quote whose later "that" clause the speaker
// asserts in its own voice ("We know that …", "I believe that …", "It is
// clear that …"), not one reporting a third party's view ("Moscow says
// that …", "Many believe that …").
var speakerOpeners = set("we", "i", "it")

// doubtWords make a clause opened by a later "that" doubtful or
// conditional ("I don't think that …", "if it turns out that …").
var doubtWords = set("not", "n't", "never", "no", "if", "whether", "unless", "doubt", "deny",
	"denies", "denied", "untrue", "false", "wrong", "nobody", "none", "?")

// quotedStances codes the stance a speaker takes toward another actor by
// what a quote or reported clause says of it with no verb of saying that
// carries it: "Putin is the aggressor," X said (112); X said Russia's
// actions were illegal (111); X said Poland was a reliable partner (051);
// "Hamas will be crushed," X said (138). The clause must open the quote
// (or one of its sentences, or follow "that" after a verb of knowing),
// have the coded actor (or its act) as subject and the evaluation as
// predicate, unnegated and not a question; the speaker and the actor must
// be different parties. The saying is the stance: asserted, dated by the
// saying.
func (w *worker) quotedStances(si int) {
	for _, qi := range w.byQuote[si] {
		q := &w.doc.Quotes[qi]
		sp, ok := w.quoteSpeaker(qi)
		if !ok {
			continue
		}
		if sp.code == "" {
			continue
		}
		for _, k := range w.stanceOpenings(qi) {
			var e *stanceEntry
			start, end := 0, 0
			switch {
			case w.ment[k] >= 0 && w.mstart[k] == k:
				e, start, end = w.stanceAt(k, qi)
			default:
				// "the actions of Russia are illegal": the act's agent
				// after "of"/"by" (speech.go)
				mk, j, ok := w.actOfSubject(k, qi)
				if !ok {
					continue
				}
				k = mk
				e, start, end = w.stancePredicate(j, true, qi)
			}
			subj := w.mentionRef(w.ment[k], k)
			if subj.code == "" || ownSide(sp.code, subj.code) {
				continue // no coded subject, or the speaker speaks of its own side
			}
			if e == nil || w.questionAfter(end, qi) || w.dyadCoded(sp.code, subj.code, e.code[:2]) {
				continue
			}
			m := match{p: &Pattern{Code: e.code}, anchor: start, start: start, end: end, hiEnd: end, loStart: k, source: &sp, target: &subj}
			w.emitSaying(&m, sp, &subj, "quoted stance", e.code, q)
		}
	}
}

// stanceOpenings returns the tokens of the current sentence that may open
// a clause of quote qi: the quote's (or the sentence's) first token, past
// a complementizer "that", an opening adverb and comma, or an article
// before an actor; and the token after a "that" following a verb of
// knowing in a quote opened by the speaker's own "we", "I" or "it", with
// no negation or condition before it in the quote.
func (w *worker) stanceOpenings(qi int) []int {
	q := &w.doc.Quotes[qi]
	k := w.tokenIndex(max(q.Start, w.sent.Start))
	for k < len(w.toks) && w.quote[k] != qi {
		k++
	}
	first := k
	var out []int
	open := func(k int) {
		if k+1 < len(w.toks) && w.low[k] == "the" && w.ment[k] < 0 && w.ment[k+1] >= 0 && w.mstart[k+1] == k+1 {
			k++ // "the Trump administration", its mention begun after the article
		}
		if k < len(w.toks) && w.quote[k] == qi {
			out = append(out, k)
		}
	}
	if k < len(w.toks) && w.low[k] == "that" {
		k++
	}
	if k+1 < len(w.toks) && w.ment[k] < 0 && w.low[k+1] == "," {
		k += 2 // an opening adverb: "Unfortunately, …", "However, …"
	}
	open(k)
	doubt := false
	for t := first; t+1 < len(w.toks) && w.quote[t] == qi; t++ {
		if doubtWords[w.low[t]] {
			doubt = true
		}
		if t > first+1 && w.low[t] == "that" && !doubt && knowingThat[w.low[t-1]] && speakerOpeners[w.low[first]] {
			open(t + 1)
		}
	}
	return out
}

// stanceAt returns the stance entry whose predicate follows the actor
// mention opening at token k in quote qi, with the span of its words, or
// nil.
func (w *worker) stanceAt(k, qi int) (*stanceEntry, int, int) {
	n := len(w.toks)
	j := w.mend[k]
	act := false
	if j < n && (w.low[j] == "'s" || w.low[j] == "\u2019s") {
		j++
	}
	switch {
	case j < n && stances.actNouns[w.low[j]]:
		act, j = true, j+1
	case j+1 < n && stances.actNouns[w.low[j+1]] && w.plainWord(j):
		act, j = true, j+2 // "Russia's latest actions"
	case j > w.mend[k]:
		return nil, 0, 0 // a possessive before no act: "Russia's envoy"
	}
	return w.stancePredicate(j, act, qi)
}

// stancePredicate returns the stance entry whose predicate follows token j
// (past the subject; act when the subject is an actor's act) in quote qi,
// with the span of its words, or nil.
func (w *worker) stancePredicate(j int, act bool, qi int) (*stanceEntry, int, int) {
	n := len(w.toks)
	sawBe, sawWill := false, false
	for c := 0; c < 5 && j < n && w.quote[j] == qi; c++ {
		x := w.low[j]
		switch {
		case beForms[x] && x != "get" && x != "gets" && x != "got":
			sawBe = true
		case x == "will" || x == "'ll":
			sawWill = true
		case isOpenQuote(x) || isCloseQuote(x):
			// a quoted fragment inside the reported clause: the Taliban
			// “will be crushed”
		case stanceChain[x]:
			if x == "remains" || x == "remain" || x == "remained" {
				sawBe = true
			}
		default:
			c = 5
			continue
		}
		j++
	}
	if !sawBe && !sawWill {
		return nil, 0, 0
	}
	for c := 0; c < 2 && j < n && (w.low[j] == "a" || w.low[j] == "an" || w.low[j] == "the" || isOpenQuote(w.low[j])); c++ {
		j++ // an article, an opening quotation mark: is “a reliable partner”
	}
	for skip := 0; skip <= 2 && j < n; skip++ {
		var best *stanceEntry
		bestEnd := -1
		for i := range stances.entries {
			e := &stances.entries[i]
			switch e.frame {
			case "be":
				if act || sawWill {
					continue
				}
			case "act":
				if !act || sawWill {
					continue
				}
			case "will":
				if !sawWill {
					continue
				}
				if skip > 0 {
					continue
				}
			}
			if end := w.wordsAt(j, qi, e.words); end > bestEnd {
				best, bestEnd = e, end
			}
		}
		if best != nil {
			last := best.words[len(best.words)-1]
			if !stanceModifierStop[last] && w.plainWord(bestEnd) && !stanceModifierStop[w.low[bestEnd]] && !stanceTail[w.low[bestEnd]] {
				return nil, 0, 0 // the words modify a longer phrase: "a criminal investigation"
			}
			return best, j, bestEnd
		}
		if !w.plainWord(j) || stanceModifierStop[w.low[j]] || w.quote[j] != qi {
			break
		}
		j++ // a modifier: "the main aggressor", "a very reliable partner"
	}
	return nil, 0, 0
}

// wordsAt returns one past the end of words matched at token j inside
// quote qi, or -1. A "will" frame's words start with "be" past the chain,
// which has already taken it, so a leading "be" may be absent.
func (w *worker) wordsAt(j, qi int, words []string) int {
	if len(words) > 1 && words[0] == "be" && j > 0 && w.low[j-1] == "be" {
		words = words[1:]
	}
	if j+len(words) > len(w.toks) {
		return -1
	}
	for i, s := range words {
		if w.low[j+i] != s || w.quote[j+i] != qi {
			return -1
		}
	}
	return j + len(words)
}

// plainWord reports whether token j is a lowercase word that is no actor
// or place: a modifier or noun of the clause.
func (w *worker) plainWord(j int) bool {
	return j < len(w.toks) && w.ment[j] < 0 && w.place[j] < 0 && w.toks[j].Kind == dyad.TokenWord &&
		w.low[j] == w.doc.Text(w.toks[j].Span)
}

// questionAfter reports whether the clause of quote qi ending at token j
// is a question: a "?" before the quote or sentence ends.
func (w *worker) questionAfter(j, qi int) bool {
	for ; j < len(w.toks) && w.quote[j] == qi; j++ {
		if w.low[j] == "?" {
			return true
		}
		if w.low[j] == "." || w.low[j] == "!" {
			return false
		}
	}
	return false
}

// dyadCoded reports whether the current sentence already has an event from
// src to tgt in root ("Ukraine accused Russia, saying Russia is the
// aggressor" is one disapproval).
func (w *worker) dyadCoded(src, tgt, root string) bool {
	for i := len(w.doc.Events) - 1; i >= 0; i-- {
		o := &w.doc.Events[i]
		if o.Sentence != w.sent.Span {
			break
		}
		if o.Source != nil && o.Target != nil && o.Source.Code == src && o.Target.Code == tgt && strings.HasPrefix(o.CAMEO, root) {
			return true
		}
	}
	return false
}
