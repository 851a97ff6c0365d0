package event

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// actorRef is a candidate source or target: a mention, a place standing
// for its country, or a quote's speaker.
type actorRef struct {
	mention int // index in doc.Mentions, -1 when not a mention
	place   int // index in doc.Places, -1 when not a place
	span    dyad.Span
	code    string
	name    string
	country string
	tok     int // first token in the sentence, -1 for a speaker
	tokEnd  int // one past the last token
	speaker bool
	noun    bool // a facility or group of people standing for its country's agent
	person  bool // a person the actors stage left uncoded (see personRef)
	// members marks the first of the actors named after a plural role
	// ("the foreign ministers of India and China"): the sources are the
	// whole list, each with the role's sector (memberSector).
	members      bool
	memberSector string
	// memberSector2 is the sector of a second coordinated role
	// ("lawmakers and officials of India"), "" for none.
	memberSector2 string
	memberEnd     int // one past the list's last token
	// quoteLead marks the subject of the clause a quote goes on from,
	// standing for a pronoun in the quote ("RSF reiterated “its call
	// …”"): the quoted act is that subject's own, asserted.
	quoteLead bool
	// unknown marks the unknown agent of an act of violence the text
	// reports without naming who did it ("Khashoggi was murdered", "an
	// attack on a base"): the event's source is absent (see unknownAgent).
	unknown bool
}

// match is one pattern matched at one anchor.
type match struct {
	p          *Pattern
	anchor     int
	start, end int // token range of the trigger words
	target     *actorRef
	source     *actorRef
	coAgent    *actorRef
	hiEnd      int // one past the last token the pattern used (words or slots)
	loStart    int
	eachOther  bool // the target is "each other"/"one another": the sources act on one another
	// quietSolo drops an appeal to an uncoded addressee whose complement
	// names only the appealer's own side ("urge anyone with information to
	// contact police"): no one else is a party.
	quietSolo bool
	// within marks an event between the members of a joint or group
	// subject ("Ruto and Gachagua met", "EU leaders met"): its source and
	// target may share a code.
	within bool
}

// worker codes one document. It is not shared between goroutines.
type worker struct {
	theAttack bool // the event being coded is "the attack" killing (see attackDate)
	c         *Coder
	doc       *dyad.Document
	// per sentence
	si     int
	sent   *dyad.Sentence
	toks   []dyad.Token
	low    []string
	ment   []int // mention covering each token, -1
	pers   []int // uncoded person mention covering each token, -1
	mstart []int // for each token covered by a mention, the mention's first token
	mend   []int // ... and one past its last token
	place  []int
	quote  []int
	// qlo and qhi are bounds' answer for each token, filled once the
	// quotes are marked (qready), so that bounds is O(1) and a search
	// per token stays linear in a long sentence.
	qlo, qhi []int
	qready   bool
	region   []int // relative-clause or parenthetical region id, 0 none
	byMent   [][]int
	byPlace  [][]int
	byQuote  [][]int
	pub      string
	// the article's most named country, computed on first use
	docCountryVal string
	docCountrySet bool
	// the country of the event being built's source, for objects
	srcCountry string
	// whether the pattern being matched or coded is a legal act on a
	// person (see legalAct) or an act of violence or a threat
	// (personTarget), whose slot takes an uncoded person
	legal bool
	// alleged marks the event being coded as the act an accusation
	// names ("accused X of killing civilians"): reported, not asserted.
	alleged bool
	// modifiedNoun's last answer, per sentence and token
	modSent, modTok int
	modVal          bool
	// events coded in this sentence, for coordination rules
	prev    []sentEvent
	matches []match
	// the accuser answered or named last in the document ("Pakistan
	// accused Kabul …": Pakistan), and its sentence, -1 when none
	accuser     actorRef
	accuserSent int
	// the owners of acts named in the sentences coded so far ("Somalia
	// requested …"), for a later "the request" (see discourseOwner)
	owners []ownerNote
}

// sentEvent remembers an event's parts for later rules in the sentence.
type sentEvent struct {
	m       *match
	sources []actorRef
	targets []actorRef
	mode    string
	// subjects are the clause's subjects when the pattern kept only
	// some of them as sources (armed ones): a coordinated verb shares
	// them all ("troops and aid workers were deployed to push back the
	// rebels and protect civilians").
	subjects []actorRef
}

func newWorker(c *Coder, doc *dyad.Document) *worker {
	w := &worker{c: c, doc: doc, pub: doc.Article.PublishedDate(), accuserSent: -1}
	n := len(doc.Sentences)
	var pairs []sentItem
	for i := range doc.Mentions {
		if si := doc.SentenceAt(doc.Mentions[i].Start); si >= 0 {
			pairs = append(pairs, sentItem{si, i})
		}
	}
	w.byMent = groupBySentence(n, pairs)
	pairs = pairs[:0]
	for i := range doc.Places {
		if si := doc.SentenceAt(doc.Places[i].Start); si >= 0 {
			pairs = append(pairs, sentItem{si, i})
		}
	}
	w.byPlace = groupBySentence(n, pairs)
	pairs = pairs[:0]
	for qi, q := range doc.Quotes {
		for si := max(doc.SentenceAt(q.Start), 0); si < n && doc.Sentences[si].Start < q.End; si++ {
			if q.End > doc.Sentences[si].Start && q.Start < doc.Sentences[si].End {
				pairs = append(pairs, sentItem{si, qi})
			}
		}
	}
	w.byQuote = groupBySentence(n, pairs)
	return w
}

// hasField reports whether w is one of the white-space separated words
// of s.
func hasField(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}

// sentItem is an item (mention, place or quote) of sentence sent.
type sentItem struct{ sent, item int }

// groupBySentence returns, for each of n sentences, the items that pairs
// give it, in the order of pairs; a sentence with none has nil. The lists
// share one backing array, each capped at its length, so that an append
// to one never writes into the next.
func groupBySentence(n int, pairs []sentItem) [][]int {
	out := make([][]int, n)
	if len(pairs) == 0 {
		return out
	}
	start := make([]int, n+1)
	for _, p := range pairs {
		start[p.sent+1]++
	}
	for si := range n {
		start[si+1] += start[si]
	}
	flat := make([]int, len(pairs))
	for _, p := range pairs {
		flat[start[p.sent]] = p.item
		start[p.sent]++
	}
	// start[si] is now the end of sentence si's list.
	lo := 0
	for si := range n {
		if hi := start[si]; hi > lo {
			out[si] = flat[lo:hi:hi]
			lo = hi
		}
	}
	return out
}

// resolve returns the actor a mention stands for, following a pronoun's
// antecedent; nil when it has no code.
func (w *worker) resolve(mi int) *dyad.Actor {
	for range 4 {
		m := &w.doc.Mentions[mi]
		if m.Actor != nil && m.Actor.Code != "" {
			return m.Actor
		}
		if m.Antecedent == nil || *m.Antecedent < 0 || *m.Antecedent >= len(w.doc.Mentions) || *m.Antecedent == mi {
			return nil
		}
		mi = *m.Antecedent
	}
	return nil
}

// tokenIndex returns the index of the token containing byte off, or of
// the first token after it.
func (w *worker) tokenIndex(off int) int {
	lo, hi := 0, len(w.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if w.toks[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func grow(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// prepare fills the per-token tables for sentence si.
func (w *worker) prepare(si int) {
	w.si = si
	w.sent = &w.doc.Sentences[si]
	w.toks = w.sent.Tokens
	n := len(w.toks)
	text := w.doc.Article.Text
	if cap(w.low) < n {
		w.low = make([]string, n)
	}
	w.low = w.low[:n]
	w.ment, w.mstart, w.mend, w.pers = grow(w.ment, n), grow(w.mstart, n), grow(w.mend, n), grow(w.pers, n)
	w.place, w.quote, w.region = grow(w.place, n), grow(w.quote, n), grow(w.region, n)
	for i := range n {
		w.ment[i], w.mstart[i], w.mend[i], w.place[i], w.quote[i], w.region[i], w.pers[i] = -1, -1, -1, -1, -1, 0, -1
	}
	w.qready = false
	for _, mi := range w.byMent[si] {
		if w.resolve(mi) == nil {
			if m := &w.doc.Mentions[mi]; m.Kind == dyad.MentionPerson && m.Actor != nil && m.Actor.Name != "" && !m.Actor.Anonymous {
				for k := w.tokenIndex(m.Start); k < n && w.toks[k].Start < m.End; k++ {
					w.pers[k] = mi
				}
			}
			continue
		}
		m := w.doc.Mentions[mi]
		a := w.tokenIndex(m.Start)
		b := a
		for b < n && w.toks[b].Start < m.End {
			b++
		}
		for k := a; k < b; k++ {
			if w.ment[k] < 0 || w.doc.Mentions[w.ment[k]].Len() < m.Len() {
				w.ment[k], w.mstart[k], w.mend[k] = mi, a, b
			}
		}
	}
	// Lower-case every token but the words of names (never triggers or
	// grammar words; kept as written to save the copy), pronouns excepted.
	for i, t := range w.toks {
		raw := t.In(text)
		if mi := w.ment[i]; mi >= 0 && w.doc.Mentions[mi].Kind != dyad.MentionPronoun && w.doc.Mentions[mi].Kind != dyad.MentionAnonymous {
			w.low[i] = raw
			continue
		}
		w.low[i] = lowerFold(raw)
	}
	w.groupAnaphora(si)
	for _, pi := range w.byPlace[si] {
		p := w.doc.Places[pi]
		if k := w.tokenIndex(p.Start); k < n && w.ment[k] >= 0 {
			if m := &w.doc.Mentions[w.ment[k]]; m.Start <= p.Start && m.End >= p.End && m.Len() > p.Len() {
				continue // a word of an actor's name ("Al-Shabab", "the Pakistan military"): no location
			}
		}
		for k := w.tokenIndex(p.Start); k < n && w.toks[k].Start < p.End; k++ {
			w.place[k] = pi
		}
	}
	w.countryAnaphora(si)
	w.institutionAnaphora()
	for _, qi := range w.byQuote[si] {
		q := &w.doc.Quotes[qi]
		if k := w.tokenIndex(q.Start); !q.Direct && k < n && w.low[k] == "to" {
			// "Poland pledged to send tanks to Ukraine": an infinitive
			// complement is the intent verb's own event, not a report.
			continue
		}
		if namingCues[q.CueLemma] {
			// "Tehran called the allegations “baseless”", "called X a
			// “dictator”": naming its object is the narrator's report of a
			// stance, not reported speech.
			continue
		}
		if k := w.tokenIndex(q.Start); q.Direct && k+1 < n && w.toks[k+1].Start >= q.End && w.scareQuoted(k) {
			// "Ukraine “welcomed” the proposal": one quoted word of the
			// narrator's clause is no speech.
			continue
		}
		for k := w.tokenIndex(q.Start); k < n && w.toks[k].Start < q.End; k++ {
			w.quote[k] = qi
		}
	}
	w.fillBounds()
	// Relative clauses after a comma and parentheticals are regions that
	// a subject search skips.
	id := 0
	for i := 0; i < n; i++ {
		switch {
		case w.low[i] == "," && i+1 < n && relativeWords[w.low[i+1]]:
			id++
			j := i + 1
			for j < n && w.low[j] != "," && w.low[j] != ";" && !isDash(w.low[j]) {
				w.region[j] = id
				j++
			}
			i = j - 1
		case w.low[i] == "," && i+2 < n && strings.HasSuffix(w.low[i+1], "ed") && w.low[i+2] == "by" && w.closedAside(i+1):
			// ", supported by clan militias and the U.S. military, are
			// conducting": a participial aside, skipped like a relative
			// clause.
			id++
			i = w.markAside(i+1, id) - 1
		case w.low[i] == "," && i > 0 && i+1 < n && w.ment[i-1] >= 0 && (w.participleAside(i+1) || w.comitativeAt(i+1)) && w.closedAside(i+1):
			// "Macron, visiting Kyiv, criticized Putin": an -ing aside
			// after the subject, skipped like a relative clause (its own
			// verb still finds the subject before it).
			id++
			i = w.markAside(i+1, id) - 1
		case w.low[i] == "(":
			id++
			j := i
			for j < n && w.low[j] != ")" {
				w.region[j] = id
				j++
			}
			if j < n {
				w.region[j] = id
			}
			i = j
		}
	}
	if id > 0 {
		w.fillBounds() // quotes inside asides no longer bound the clause
	}
	w.prev = w.prev[:0]
}

// markAside puts the tokens from i to the next comma in region id and
// returns the comma's index (or the sentence's end).
func (w *worker) markAside(i, id int) int {
	for i < len(w.low) && w.low[i] != "," {
		w.region[i] = id
		i++
	}
	return i
}

// closedAside reports whether a comma closes the phrase starting at token
// i before the sentence or clause ends, with a verb group after it.
func (w *worker) closedAside(i int) bool {
	for j := i; j+1 < len(w.low); j++ {
		switch s := w.low[j]; {
		case s == ",":
			n := w.low[j+1]
			return auxWords[n] || beForms[n] || w.isVerbWord(j+1) || strings.HasSuffix(n, "ed")
		case s == ";" || s == ":" || s == "." || isDash(s) || s == "(":
			return false
		}
	}
	return false
}

// eachOtherAt reports whether "each other" or "one another" starts at
// token k.
func (w *worker) eachOtherAt(k int) bool {
	return k+1 < len(w.low) && (w.low[k] == "each" && w.low[k+1] == "other" || w.low[k] == "one" && w.low[k+1] == "another")
}

// comitativeAt reports whether token i opens "along with" or "together
// with".
func (w *worker) comitativeAt(i int) bool {
	return i+1 < len(w.low) && (w.low[i] == "along" || w.low[i] == "together") && w.low[i+1] == "with"
}

// participleAside reports whether token i opens an -ing participle
// phrase, maybe after an adverb ("visiting Kyiv", "speaking in Paris",
// "while visiting Kyiv", "after meeting Putin"), or a reduced adverbial
// passive ("when asked by reporters", "if attacked").
func (w *worker) participleAside(i int) bool {
	if i+1 < len(w.low) && adverbialSubordinators[w.low[i]] && w.ment[i+1] < 0 && strings.HasSuffix(w.low[i+1], "ed") {
		return true // "Putin, when asked by reporters, criticized X"
	}
	if i < len(w.low) && (participleClauseWords[w.low[i]] || strings.HasSuffix(w.low[i], "ly")) && w.ment[i] < 0 {
		i++
	}
	if i >= len(w.low) || w.ment[i] >= 0 {
		return false
	}
	s := w.low[i]
	return len(s) > 4 && strings.HasSuffix(s, "ing") && s != "being" && s != "having" && s != "including" && s != "according"
}

func isDash(s string) bool { return s == "-" || s == "--" || s == "\u2014" || s == "\u2013" }

// lowerFold lower-cases s and folds typographic apostrophes and quotes.
func lowerFold(s string) string {
	ascii := true
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return s
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(dyad.FoldRune(unicode.ToLower(r)))
	}
	return b.String()
}

func isPunct(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && s != "'s"
}

// sentence codes sentence si.
func (w *worker) sentence(si int) {
	if len(w.doc.Sentences[si].Tokens) == 0 {
		return
	}
	w.prepare(si)
	n := len(w.toks)
	// The best pattern at each anchor; of overlapping triggers the more
	// specific wins ("have delayed" over a bare "have").
	acc := w.matches[:0]
	for i := 0; i < n; i++ {
		if m, ok := w.visitingGuest(i); ok {
			acc = append(acc, m)
			continue
		}
		if w.ment[i] >= 0 || len(w.low[i]) < 2 || w.inName(i) {
			continue // a word of a name ("Sudanese Armed Forces", "Community Support Officers"), or punctuation
		}
		ps := w.c.dict.index[w.low[i]]
		if len(ps) == 0 {
			continue // no pattern
		}
		var best match
		found := false
		for _, p := range ps {
			if m, ok := w.match(p, i); ok {
				if w.agentiveReducedRelative(m) {
					continue // the plain verb's passive reading, with its agent
				}
				best, found = m, true
				break
			}
		}
		if !found {
			continue
		}
		if k := len(acc) - 1; k >= 0 && best.start < acc[k].end {
			if best.p.score > acc[k].p.score && best.start <= acc[k].start {
				acc[k] = best
			}
			continue
		}
		acc = append(acc, best)
	}
	w.matches = acc
	scopeEnd, scopeCode := -1, ""
	wish := -1 // the last desire or attempt cue seen ("aiming to", "hoping … to")
	wishEnd := -1
	for k := range acc {
		m := &acc[k]
		inScope := m.anchor < scopeEnd && m.p != visitingPattern && m.p.Flags&FlagAccuser == 0 && !(w.namedPossessed(m) && !strings.HasSuffix(scopeCode, "56"))
		accusedOf := w.accusedOf(m.start)
		var accused *actorRef
		if inScope || accusedOf {
			if a, ok := w.accusedActor(m.start); ok {
				accused = &a
			}
		}
		if inScope && accused == nil {
			// inside a control verb's complement: part of that event (but
			// ", a charge X denied" answers the whole accusation, and
			// "to cease support for Russia's war" presupposes the war,
			// unless the appeal is to end it: 0256, 1056)
			continue
		}
		for ; wish < m.anchor; wish++ {
			if wish >= 0 && (wishCues[w.low[wish]] && w.toInfinitiveAfter(wish) || w.lookingTo(wish)) {
				wishEnd = w.scopeEnd(wish + 1)
			}
		}
		if m.anchor < wishEnd {
			// A desire or attempt is not an event: "aiming to bolster X's
			// standing", "hoping to lock down guarantees".
			continue
		}
		if accusedOf {
			// "accusing it of providing support to militants": the
			// content of an accusation is no asserted event, nor are
			// the acts listed with it ("charged with robbing, raping and
			// attacking motorists").
			if e := w.scopeEnd(m.end); e > scopeEnd {
				scopeEnd, scopeCode = e, ""
			}
			if accused == nil {
				continue
			}
		}
		if accused != nil {
			// the accused act itself, as the accuser reports it:
			// "accused the army of killing civilians" → army → civilians
			w.codeAlleged(m, *accused)
			continue
		}
		if w.ownForceOrder(m) {
			// "the government ordered its military to seal the border":
			// a command to one's own forces is no demand; the ordered act
			// is coded as the forces' own
			continue
		}
		if m.p.Flags&FlagControl != 0 {
			scopeEnd, scopeCode = w.scopeEnd(m.end), m.p.Code
			if strings.HasPrefix(m.p.Code, "016") {
				scopeEnd = max(scopeEnd, w.deniedQuoteEnd(m.end))
			}
			if r := w.region[m.anchor]; r != 0 {
				// a complement ends with its aside or relative clause:
				// "Putin, when asked by reporters, criticized Kyiv"
				for e := m.end; e < scopeEnd; e++ {
					if w.region[e] != r {
						scopeEnd = e
						break
					}
				}
			}
		}
		if m.p.Code == "" {
			continue
		}
		w.code(m)
	}
	w.quotedAccusations(si)
	w.quotedStances(si)
	w.quotedDemands(si)
	w.quotedThreats(si)
	w.noteAccusers()
	w.noteOwners()
}

// agentiveReducedRelative reports whether m reads a reduced relative on a
// people noun ("prisoners arrested during the campaign", "students kidnapped
// in Zamfara") whose participle has a "by" agent: "students kidnapped by
// gunmen", "protesters arrested by Ugandan police". The agentless reading
// (a state act, or nothing) gives way to the verb's own pattern, whose
// passive takes the agent as source and the noun phrase as target.
func (w *worker) agentiveReducedRelative(m match) bool {
	a := m.anchor
	if m.p.Noun || m.start >= a || a+1 >= len(w.low) || w.low[a+1] != "by" || !strings.HasSuffix(w.low[a], "ed") || w.ment[a-1] < 0 {
		return false
	}
	_, ok := w.byAgent(a+1, false)
	return ok
}

// ownForceOrder reports whether m is an order ("ordered X to …", a
// demand, 10) given to the orderer's own army, police or intelligence:
// "the government ordered its military to seal the border", "he ordered
// British troops to march into Belfast".
func (w *worker) ownForceOrder(m *match) bool {
	if !strings.HasPrefix(m.p.Code, "10") || !strings.HasPrefix(w.low[m.anchor], "order") || m.target == nil || len(m.target.code) < 6 {
		return false
	}
	if sec := m.target.code[3:6]; sec != "MIL" && sec != "COP" && sec != "SPY" {
		return false
	}
	s, ok := w.subject(m.start)
	return ok && s.country != "" && s.country == m.target.country
}

// deniedQuoteEnd returns the end of the indirect quote that opens at
// token k, the content of a denial ("Iran denied that it had supplied
// drones to Russia": the supply is denied, not reported), else k.
func (w *worker) deniedQuoteEnd(k int) int {
	if k >= len(w.toks) || w.quote[k] < 0 || w.doc.Quotes[w.quote[k]].Direct || k > 0 && w.quote[k-1] == w.quote[k] {
		return k
	}
	e := k
	for e < len(w.toks) && w.quote[e] == w.quote[k] {
		e++
	}
	return e
}

// visitingPattern codes a guest named "visiting X" as the object of a
// host's verb: X visits the clause's subject (042), who hosts X (043).
var visitingPattern = &Pattern{ID: "coder:visiting", Text: "visiting <S>", Code: "042", RevCode: "043",
	Flags: FlagSubjTarget | FlagNoDefault, strict: true}

// visitingGuest reports a match when token i opens an actor mention with
// the adjective "visiting" ("Blinken met visiting Australian Foreign
// Minister Payne", "talks with the visiting Chinese premier"): the guest
// is the source, the subject hosting it the target. A verb's "visiting"
// is no guest ("is visiting China", "before visiting Israel").
func (w *worker) visitingGuest(i int) (match, bool) {
	if w.low[i] != "visiting" || i+1 >= len(w.toks) || w.ment[i+1] < 0 || !w.capitalised(i+1) {
		return match{}, false
	}
	// the guest's mention: "visiting" is its first word, or right before it
	lo := w.mstart[i+1]
	if w.ment[i] >= 0 && w.ment[i] != w.ment[i+1] || lo < i-1 {
		return match{}, false
	}
	lo = min(lo, i)
	if j := lo - 1; j >= 0 && w.low[j] == "the" {
		lo = j
	}
	if lo == 0 {
		return match{}, false
	}
	// the adjective follows the host's verb or a preposition ("met",
	// "talks with"), not a subject, aside or auxiliary ("Scholz, visiting
	// Xi, said")
	if prev := w.low[lo-1]; !(prev == "with" || prev == "and" || prev == "to" || prev == "for" ||
		w.isVerbWord(lo-1) && !beForms[prev] && !auxWords[prev]) {
		return match{}, false
	}
	src := w.mentionRef(w.ment[i+1], i+1)
	if w.place[i+1] >= 0 || w.doc.Mentions[src.mention].Kind == dyad.MentionCountry {
		return match{}, false // "visiting Israel": the place visited
	}
	return match{p: visitingPattern, anchor: i, start: lo, end: i + 1, source: &src, hiEnd: w.mend[i+1], loStart: lo}, true
}

// scopeEnd returns the token where a control verb's complement ends.
func (w *worker) scopeEnd(from int) int {
	q := w.quote[from-1]
	fronted := w.inFrontedClause(from - 1)
	passive := false // a passive in the complement: "asked X to be detained and deported"
	for k := from; k < len(w.toks); k++ {
		if w.quote[k] != q || scopeEnds[w.low[k]] || (w.low[k] == "," && (fronted || k+1 < len(w.toks) && (w.low[k+1] == "and" || w.low[k+1] == "but" || w.newClauseAt(k+1)))) {
			return k
		}
		if k > from && coordinators[w.low[k]] && w.newClauseAt(k+1) {
			// "pledged funds and Syria is taxing goods": a coordinated
			// clause with its own subject
			return k
		}
		if beForms[w.low[k]] {
			passive = true
		}
		if !passive && w.coordinatedVerbAt(k) {
			// "blamed the Taliban and urged Pakistan to help": the
			// coordinated verb is no part of the complement
			return k
		}
	}
	return len(w.toks)
}

// inFrontedClause reports whether token i is in an adverbial clause that
// opens the sentence and that no comma has closed yet: "With the US
// urging firms to leave, …", "After agreeing to talks, …".
func (w *worker) inFrontedClause(i int) bool {
	lo, _ := w.bounds(i)
	if i < lo || w.quote[i] >= 0 {
		return false
	}
	s := w.low[lo]
	if !(participleClauseWords[s] || s == "with" || s == "if" || s == "although" || s == "though" || s == "as" || s == "because") || w.ment[lo] >= 0 {
		return false
	}
	for k := lo; k < i; k++ {
		if w.low[k] == "," {
			return false
		}
	}
	return true
}

// newClauseAt reports whether an actor mention at token k (after
// determiners) is followed by a verb group: the subject of a new clause
// ("With X urging Y to leave, Russia struck Kyiv").
func (w *worker) newClauseAt(k int) bool {
	for k < len(w.toks) && determiners[w.low[k]] && w.ment[k] < 0 {
		k++
	}
	if k >= len(w.toks) || w.ment[k] < 0 || w.mstart[k] != k {
		return false
	}
	e := w.mend[k]
	for e < len(w.toks) && (strings.HasSuffix(w.low[e], "ly") || negations[w.low[e]]) && w.ment[e] < 0 {
		e++
	}
	return e < len(w.toks) && w.ment[e] < 0 && (w.isVerbWord(e) || auxWords[w.low[e]] && w.low[e] != "to" || beForms[w.low[e]] || reportingVerbs[w.low[e]])
}

// bounds returns the token range a search from token i may cover: the
// quote i is in, or the sentence. i may be len(w.toks), the end of a match
// that closes an unpunctuated sentence ("FBI said it would cooperate"):
// the range is then the last token's, which a search from i finds empty.
func (w *worker) bounds(i int) (int, int) {
	if n := len(w.toks); i >= n {
		if n == 0 {
			return 0, 0
		}
		return w.bounds(n - 1)
	}
	if w.qready {
		return w.qlo[i], w.qhi[i]
	}
	return w.scanBounds(i)
}

// fillBounds computes bounds for every token of the sentence (the same
// answers as scanBounds, in one pass), once w.quote is final.
func (w *worker) fillBounds() {
	n := len(w.toks)
	w.qlo, w.qhi = grow(w.qlo, n), grow(w.qhi, n)
	last := -1 // the last quoted token so far
	for i := 0; i < n; {
		j := i + 1
		for j < n && w.quote[j] == w.quote[i] {
			j++
		}
		for k := i; k < j; k++ {
			if w.quote[k] < 0 {
				w.qlo[k], w.qhi[k] = last+1, n
			} else {
				w.qlo[k], w.qhi[k] = i, j
			}
		}
		if w.quote[i] >= 0 && !w.asideQuote(i, j) {
			last = j - 1
		}
		i = j
	}
	w.qready = true
}

// asideQuote reports whether the quoted tokens [i, j) lie inside one
// relative clause or parenthetical ("Ruto, who says he is “standing by”
// his remarks, had accused …"): a search after the aside may cross it to
// the clause it interrupts. (Regions are marked after the first
// fillBounds, which so sees none; prepare computes bounds again.)
func (w *worker) asideQuote(i, j int) bool {
	r := w.region[i]
	if r == 0 {
		return false
	}
	for k := i; k < j; k++ {
		if w.region[k] != r {
			return false
		}
	}
	return true
}

// scanBounds is bounds computed by scanning from token i (< len(w.toks)).
func (w *worker) scanBounds(i int) (int, int) {
	q := w.quote[i]
	lo, hi := i, i+1
	for lo > 0 && w.quote[lo-1] == q {
		lo--
	}
	for hi < len(w.toks) && w.quote[hi] == q {
		hi++
	}
	if q < 0 {
		// Outside quotes a search may cross nothing but the sentence.
		lo, hi = 0, len(w.toks)
		for k := i; k >= 0; k-- {
			if w.quote[k] >= 0 {
				// stop at the end of a quote to the left
				lo = k + 1
				break
			}
		}
	}
	return lo, hi
}

// wordAt reports how many tokens of e's alternatives match at k, 0 for none.
func (w *worker) wordAt(e *elem, k, hi int) int {
	low := w.low[k]
	// "tariff-trade" ends in "trade"
	suf, hyph := "", false
	if i := strings.LastIndexByte(low, '-'); i > 0 {
		suf, hyph = low[i+1:], true
	}
	for _, a := range e.alts {
		if strings.IndexByte(a, ' ') < 0 {
			if low == a || hyph && suf == a {
				return 1
			}
			continue
		}
		if l := phraseAt(a, w.low, k, hi); l >= 0 {
			return l
		}
	}
	return 0
}

// phraseAt returns the number of words of the phrase a (words separated
// by white space) when they are the tokens of low from k on, before hi;
// else -1. It allocates nothing (wordAt runs for every pattern word).
func phraseAt(a string, low []string, k, hi int) int {
	n := 0
	for range strings.FieldsSeq(a) {
		n++
	}
	if k+n > hi {
		return -1
	}
	j := k
	for p := range strings.FieldsSeq(a) {
		if low[j] != p {
			return -1
		}
		j++
	}
	return n
}

// reportingLo returns the first token of the clause that reports the
// indirect quote next to or around token i ("Pakistan said the attack was
// planned in India, a charge New Delhi rejected": the charge answers
// Pakistan, whose clause the quote cuts off), else bounds' start.
func (w *worker) reportingLo(i int) int {
	lo, _ := w.bounds(i)
	for lo > 0 {
		qi, k := w.quote[lo], lo // i inside the quote: lo is its first token
		if qi < 0 {
			qi, k = w.quote[lo-1], lo-1 // a quote ends right before the clause
		}
		if qi < 0 || w.doc.Quotes[qi].Direct {
			break
		}
		for k > 0 && w.quote[k-1] == qi {
			k--
		}
		if k == 0 {
			break
		}
		nlo, _ := w.bounds(k - 1)
		if nlo >= lo {
			break
		}
		lo = nlo
	}
	return lo
}

// gapOK reports whether token k may be skipped in a gap.
func (w *worker) gapOK(k int) bool {
	s := w.low[k]
	if s == ";" || s == ":" || s == "." || s == "?" || s == "!" {
		return false
	}
	// "blamed the Taliban and called on Pakistan to help": a coordinated
	// verb opens a predicate of its own ("blame … on" does not reach it)
	return !w.coordinatedVerbAt(k)
}

// coordinatedVerbAt reports whether token k is "and" or "but" followed
// (over "then", "also", "later") by a dictionary verb in a past form: a
// predicate of its own ("blamed the Taliban and called on Pakistan",
// "and then urged"; not "sanctions and strikes", nor a complement's
// infinitive "to stop and withdraw").
func (w *worker) coordinatedVerbAt(k int) bool {
	if s := w.low[k]; s != "and" && s != "but" {
		return false
	}
	j := k + 1
	for j < len(w.low) && (w.low[j] == "then" || w.low[j] == "also" || w.low[j] == "later") {
		j++
	}
	return j < len(w.low) && w.ment[j] < 0 && (strings.HasSuffix(w.low[j], "ed") || pastOnly[w.low[j]]) && w.isVerbWord(j)
}

// pastOnly are irregular simple-past forms that are neither a bare verb
// nor (mostly) a participle: after "and" they coordinate with a finite
// verb, never with an infinitive ("urged X to reconsider and spoke with Y":
// the talks are no part of the urging).
var pastOnly = set("spoke", "met", "told", "sent", "gave", "took", "held", "sought", "made", "came", "flew",
	"led", "fought", "sold", "brought", "began", "broke", "drove", "threw", "froze", "withdrew", "struck",
	"stood", "wrote", "went", "forgave", "overthrew", "stole", "forbade", "lent", "withheld", "slew")

// quantityOf returns the index after the "of" of a quantity phrase opening
// at token k ("$20.7 billion worth of", "16 of", "dozens of", "50% of"),
// or k when none opens there. What the quantity counts heads the phrase:
// "tariffs on $20 billion of Canadian goods" fall on Canadian goods.
func (w *worker) quantityOf(k, hi int) int {
	j := k
	money := j < hi && currencySigns[w.low[j]]
	if money {
		j++
	}
	n := 0
	for j < hi && j-k < 6 && (w.ment[j] < 0 && (w.countWord(j) || magnitudes[w.low[j]])) {
		j++
		n++
	}
	if n == 0 {
		return k
	}
	if j < hi && w.low[j] == "worth" {
		j++
	}
	if j+1 < hi && (w.low[j] == "of" || money && w.low[j] == "in") {
		return j + 1 // ("$5 billion in Canadian goods", but not "16 in Kabul")
	}
	return k
}

// currencySigns and magnitudes make up amounts: "$20.7 billion", "50%".
var (
	currencySigns = set("$", "€", "£", "us$", "¥")
	magnitudes    = set("million", "billion", "trillion", "millions", "billions", "%", "percent", "per cent")
)

// slotAt returns the actor at token k for a slot, or nil.
func (w *worker) slotAt(k int, places bool) *actorRef {
	if mi := w.ment[k]; mi >= 0 {
		r := w.mentionRef(mi, k)
		return &r
	}
	if places && w.place[k] >= 0 {
		if r, ok := w.placeRef(w.place[k], k); ok {
			return &r
		}
	}
	if w.legal && w.pers[k] >= 0 && (k == 0 || w.pers[k-1] != w.pers[k]) {
		if r, ok := w.personRef(k); ok {
			return &r
		}
	}
	return nil
}

// groupWords head a definite description of an armed group: "the group",
// "the militant group", "the terror group".
var groupWords = set("group", "militant group", "terror group", "terrorist group", "jihadist group",
	"armed group", "extremist group", "insurgent group", "rebel group", "militia")

// groupAnaphora makes "the group" (and "the militant group" …), where no
// mention covers it, stand for the armed non-state actor the article
// named last before sentence si: "Al-Shabab … The group frequently
// conducts bombings".
func (w *worker) groupAnaphora(si int) {
	n := len(w.toks)
	for i := 0; i+1 < n; i++ {
		if w.low[i] != "the" || w.ment[i] >= 0 || w.ment[i+1] >= 0 {
			continue
		}
		e := 0
		switch {
		case i+2 < n && w.low[i+2] == "group" && groupWords[w.low[i+1]+" group"] && w.ment[i+2] < 0:
			e = i + 3
		case groupWords[w.low[i+1]]:
			e = i + 2
		default:
			continue
		}
		if e < n && w.low[e] == "of" {
			continue // "the group of seven"
		}
		ante := w.armedGroupBefore(si, w.toks[i].Start)
		if ante < 0 {
			ante = w.lastArmedGroup(si)
		}
		if ante < 0 {
			return
		}
		for k := i; k < e; k++ {
			w.ment[k], w.mstart[k], w.mend[k] = ante, i, e
			w.low[k] = lowerFold(w.doc.Text(w.toks[k].Span))
		}
		i = e - 1
	}
}

// armedGroupBefore returns the last mention of an armed non-state actor
// in sentence si before byte off ("to fight ISIS after the group took
// over"), or -1.
func (w *worker) armedGroupBefore(si, off int) int {
	ms := w.byMent[si]
	for j := len(ms) - 1; j >= 0; j-- {
		if w.doc.Mentions[ms[j]].End > off {
			continue
		}
		if a := w.resolve(ms[j]); a != nil && armedNonState(a.Code) {
			return ms[j]
		}
	}
	return -1
}

// institutionHeads head a definite description that names an institution
// by the head noun of its name: "the council" for the U.N. Security
// Council, "the court" for the International Court of Justice.
var institutionHeads = set("council", "alliance", "agency", "organization", "organisation",
	"commission", "court", "tribunal", "committee")

// institutionAnaphora makes "the council" (and the other institutionHeads),
// where no mention covers it and no "of" follows, stand for the coded actor
// whose name, mentioned last before it in the article, has that head noun
// as a capitalised word ("the U.N. Security Council … urged the council to
// …"); with none, it stays uncoded.
func (w *worker) institutionAnaphora() {
	n := len(w.toks)
	for i := 0; i+1 < n; i++ {
		if w.low[i] != "the" || w.ment[i] >= 0 || w.ment[i+1] >= 0 || !institutionHeads[w.low[i+1]] {
			continue
		}
		if raw := w.doc.Text(w.toks[i+1].Span); raw != w.low[i+1] {
			continue // "the Council": a name's word the actors stage left, not a description
		}
		if e := i + 2; e < n && w.low[e] == "of" {
			continue // "the council of elders"
		}
		head := strings.ToUpper(w.low[i+1][:1]) + w.low[i+1][1:]
		off := w.toks[i].Start
		ante := -1
		for mi := range w.doc.Mentions {
			m := &w.doc.Mentions[mi]
			if m.End > off {
				break
			}
			if !hasField(m.Text, head) {
				continue
			}
			if a := w.resolve(mi); a != nil && a.Code != "" {
				ante = mi
			}
		}
		if ante < 0 {
			continue
		}
		w.ment[i], w.mstart[i], w.mend[i] = ante, i, i+2
		w.ment[i+1], w.mstart[i+1], w.mend[i+1] = ante, i, i+2
		i++
	}
}

// countryAnaphora makes "the country" and "the nation", where no mention
// covers them, stand for a country named before: the only one named
// earlier in the sentence ("Mauritius conferred the country's highest
// honour"), else the article's country ("Iraq's parliament voted to expel
// U.S. troops from the country"); its last mention before stands in.
func (w *worker) countryAnaphora(si int) {
	n := len(w.toks)
	for i := 0; i+1 < n; i++ {
		if w.low[i] != "the" || w.ment[i] >= 0 || w.ment[i+1] >= 0 || w.low[i+1] != "country" && w.low[i+1] != "nation" {
			continue
		}
		if e := i + 2; e < n && w.low[e] == "of" {
			continue // "the country of Georgia"
		}
		c := w.countryBefore(i, i+2 < n && w.low[i+2] == "'s")
		if c == "" {
			c = w.docCountry()
		}
		ante := w.lastCountryMention(c, w.toks[i].Start)
		if ante < 0 {
			continue
		}
		for k := i; k < i+2; k++ {
			w.ment[k], w.mstart[k], w.mend[k] = ante, i, i+2
		}
		i++
	}
}

// countryBefore returns the code of the only country named in the
// sentence before token i (by a place or an actor of that country: "the
// Syrian government … the country's borders"), "" when none or several
// are. Unless "the country" is a possessor, a country
// that is a verb's subject is not its antecedent ("Russia attacked the
// country" is another country).
func (w *worker) countryBefore(i int, possessor bool) string {
	c := ""
	for k := 0; k < i; k++ {
		x := ""
		if mi := w.ment[k]; mi >= 0 {
			if a := w.resolve(mi); a != nil && len(a.Country) == 3 {
				x = a.Country
			}
			if e := w.mend[k]; x != "" && !possessor && e < i && (w.isVerbWord(e) || auxWords[w.low[e]] || beForms[w.low[e]]) {
				return ""
			}
		} else if pi := w.place[k]; pi >= 0 {
			x = w.doc.Places[pi].Country
		}
		if x == "" || x == c {
			continue
		}
		if c != "" {
			return ""
		}
		c = x
	}
	return c
}

// lastCountryMention returns the last country mention of code c that
// ends before byte off, or -1.
func (w *worker) lastCountryMention(c string, off int) int {
	if len(c) != 3 {
		return -1
	}
	best := -1
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.End > off {
			break
		}
		if m.Kind != dyad.MentionCountry {
			continue
		}
		if a := w.resolve(mi); a != nil && a.Code == c {
			best = mi
		}
	}
	return best
}

// lastArmedGroup returns the last mention before sentence si, within the
// eight sentences before it, of an armed non-state actor (a militant
// group, rebels, insurgents), or -1.
func (w *worker) lastArmedGroup(si int) int {
	for s := si - 1; s >= 0 && s >= si-8; s-- {
		ms := w.byMent[s]
		for j := len(ms) - 1; j >= 0; j-- {
			a := w.resolve(ms[j])
			if a == nil {
				continue
			}
			if strings.HasPrefix(a.Code, "IMG") || len(a.Code) >= 6 && (a.Code[3:6] == "REB" || a.Code[3:6] == "INS" || a.Code[3:6] == "SEP") {
				return ms[j]
			}
		}
	}
	return -1
}

// personPatient reports whether the subject of the passive verb group
// ending before token i is a person: an uncoded person, a people noun
// ("two suspects were arrested") or a "who" relative ("Gachagua who was
// impeached"); not a thing ("books that are banned", "masks should be
// banned").
func (w *worker) personPatient(i int) bool {
	k := w.auxStart(i) - 1
	lo, _ := w.bounds(i)
	for n := 0; k >= lo && n < 4; k, n = k-1, n+1 {
		s := w.low[k]
		switch {
		case s == "who" || w.pers[k] >= 0:
			return true
		case objectNouns[s] != "" && objectNouns[s] != "GOV" && objectNouns[s] != "MIL" || personNouns[s]:
			return true
		case isPunct(s) && s != ",", s == "that", s == "which", w.ment[k] >= 0:
			return false
		}
	}
	return false
}

// patientBefore reports whether the words a verb pattern requires before
// its anchor name the patient ("political prisoners arrested", "a cell
// dismantled"), not a negation the pattern takes into its trigger ("not
// allowed to leave": the subject is the patient).
func (w *worker) patientBefore(m *match) bool {
	return m.start < m.anchor && !negations[w.low[m.start]]
}

// personNouns are people words that are no object nouns of violence.
var personNouns = set("candidates", "candidate", "users", "members", "prisoners", "detainees", "activists", "lawyers", "parents", "father", "mother", "son",
	"daughter", "husband", "wife", "brother", "sister", "leaders", "officials", "politician", "official",
	"he", "she", "they", "him", "her", "them")

// uncodedSubject reports whether the verb group before token i has for
// subject a common noun no actor covers, opened by an article or a
// demonstrative within three words ("the judge ordered the accused
// remain in custody"): the subject search must not reach past it to an
// actor named before.
func (w *worker) uncodedSubject(i int) bool {
	k := w.auxStart(i) - 1
	lo, _ := w.bounds(i)
	if k <= lo || w.ment[k] >= 0 || w.pers[k] >= 0 || w.place[k] >= 0 || w.capitalised(k) || !letterWord(w.low[k]) ||
		relativeWords[w.low[k]] || subjectPronouns[w.low[k]] || determiners[w.low[k]] || prepositions[w.low[k]] {
		return false
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		switch t := w.low[j]; {
		case articles[t] && t != "as" || t == "this" || t == "these" || t == "those":
			return true
		case w.ment[j] >= 0 || w.pers[j] >= 0 || w.place[j] >= 0 || !letterWord(t) || prepositions[t]:
			return false
		}
	}
	return false
}

// nounPPs open a noun's complement inside a slot's gap: the actor after
// them is the noun's, not the slot's ("demonstrated against plans for the
// Iraq war": not against Iraq).
var nounPPs = set("for", "about", "over", "on", "with", "against", "into", "toward", "towards", "under",
	"after", "before", "during", "since", "until", "amid")

// nounHeadAt reports whether token k may head a noun phrase: a lower-case
// word that is no pronoun, determiner or other function word.
func (w *worker) nounHeadAt(k int) bool {
	s := w.low[k]
	return letterWord(s) && w.ment[k] < 0 && !objectPronouns[s] && !subjectPronouns[s] && !determiners[s] &&
		!prepositions[s] && !auxWords[s] && !negations[s] && !particles[s] && !strings.HasSuffix(s, "ly")
}

// comparedAt reports whether token k is a "than" that opens what is
// compared ("received more aid than Uganda"), not a quantity ("killed
// more than 10 people").
func (w *worker) comparedAt(k int) bool {
	if w.low[k] != "than" {
		return false
	}
	if n := k + 1; n < len(w.toks) && (w.toks[n].Kind == dyad.TokenNumber || numberWords[w.low[n]] || w.low[n] == "a" || w.low[n] == "half") {
		return false
	}
	return true
}

// legalAct reports whether a CAMEO code is an act of a state's police or
// courts on a person (arrest, detention, charges, trial, sentence, ban,
// expulsion): its uncoded object is one of the state's own people.
func legalAct(code string) bool {
	return stateActs[code] || strings.HasPrefix(code, "17") || code == "115" || code == "116"
}

// personRef returns the uncoded person starting at token k as an
// individual (CVL) of the article's country; code() gives it the source's
// country when the source has one ("a Bosnian court sentenced Dodik").
func (w *worker) personRef(k int) (actorRef, bool) {
	mi := w.pers[k]
	c := w.docCountry()
	if mi < 0 || c == "" {
		return actorRef{}, false
	}
	m := &w.doc.Mentions[mi]
	e := k
	for e < len(w.toks) && w.pers[e] == mi {
		e++
	}
	return actorRef{mention: mi, place: -1, span: m.Span, code: c + "CVL", name: m.Actor.Name, country: c,
		tok: k, tokEnd: e, noun: true, person: true}, true
}

func (w *worker) mentionRef(mi, k int) actorRef {
	a := w.resolve(mi)
	m := &w.doc.Mentions[mi]
	code, country := a.Code, a.Country
	if m.Kind == dyad.MentionGroup && len(code) > 3 && code[:3] == country && w.genericGroup(m.Text, w.mstart[k]) {
		// "Gunmen stormed a hotel in the Somali city of Beledweyne": a
		// bare group noun belongs to the country its sentence is set in,
		// whatever the article's country.
		if pc := w.sentencePlaceCountry(w.mstart[k]); pc != "" && pc != country {
			code, country = pc+code[3:], pc
		}
	}
	if t, ok := w.titleOf(mi, k, code); ok {
		// "Bree Prime Minister Romendacil": the name is the title's
		// holder, the title's sector is the person's.
		code = t
	}
	span := m.Span
	if !w.sent.Span.Contains(span) && w.mstart[k] >= 0 && w.mend[k] > w.mstart[k] {
		// "the group" standing for an earlier sentence's actor: the words
		// here, the actor (and mention index) there
		span = dyad.Span{Start: w.toks[w.mstart[k]].Start, End: w.toks[w.mend[k]-1].End}
	}
	return actorRef{mention: mi, place: -1, span: span, code: code, name: a.Name, country: country,
		tok: w.mstart[k], tokEnd: w.mend[k]}
}

// titleOf returns the code of a capitalised title mention right before
// mention mi (at token k) when mi names its holder: the title is a role
// of the country code (mi's bare country code) stands for, with no word
// or punctuation between ("Kenyan Prime Minister Odinga", "Bree
// President Romendacil" → the title's BREGOV, not the name's BRE). A
// lower-case role ("told the government Kenya would …") is no title.
func (w *worker) titleOf(mi, k int, code string) (string, bool) {
	if len(code) != 3 || k < 0 || k >= len(w.mstart) || w.mstart[k] < 1 {
		return "", false
	}
	p := w.mstart[k] - 1
	pm := w.ment[p]
	if pm < 0 || pm == mi || w.doc.Mentions[pm].Kind != dyad.MentionRole || p == 0 || !w.capitalised(p) {
		return "", false
	}
	t := w.resolve(pm).Code
	if len(t) <= 3 || t[:3] != code {
		return "", false
	}
	return t, true
}

// genericGroup reports whether a group mention starting at token k is a
// bare common noun phrase ("some militants", sentence-initial "Gunmen"),
// with no nationality or name in it ("Russian leaders" is not).
func (w *worker) genericGroup(s string, k int) bool {
	if s == "" {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return false
		}
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return true
	}
	// A capital only from the sentence start, on a single word.
	return k == 0 && !strings.Contains(s, " ")
}

func (w *worker) placeRef(pi, k int) (actorRef, bool) {
	p := &w.doc.Places[pi]
	if p.Country == "" {
		return actorRef{}, false
	}
	a := k
	for a > 0 && w.place[a-1] == pi {
		a--
	}
	b := k
	for b < len(w.toks) && w.place[b] == pi {
		b++
	}
	return actorRef{mention: -1, place: pi, span: p.Span, code: p.Country, name: p.Name, country: p.Country, tok: a, tokEnd: b}, true
}

// speakerOpens reports whether the clause of token i opens (after any
// quotation mark) with "we" or "I", or with an operation the speaker
// reports ("“The operation dealt a blow to X, eliminating …”"): then a
// trailing participle's agent is the quote's speaker.
func (w *worker) speakerOpens(i int) bool {
	lo, _ := w.bounds(i)
	for k := lo; k < i; k++ {
		s := w.low[k]
		if isPunct(s) || isQuoteMark([]rune(s)[0]) || determiners[s] {
			continue
		}
		return s == "we" || s == "i" || attackHeads[s] || operationNouns[s]
	}
	return false
}

// coordinatedSubject returns the subject of the clause before "and" when
// the actor s found for a verb right after "and" is the object of the
// verb before it ("the military removed Bashir and jailed him": the
// military jails, not Bashir).
func (w *worker) coordinatedSubject(m *match, s actorRef) (actorRef, bool) {
	a := w.auxStart(m.start)
	lo, _ := w.bounds(m.anchor)
	if m.p.Noun || a < 2 || w.low[a-1] != "and" || s.tok < 0 || s.tokEnd != a-1 || s.tok-1 <= lo {
		return actorRef{}, false
	}
	v := s.tok - 1
	// Over a complement that ends in the object ("labeled Soleimani as a
	// terrorist and levied …", "met leaders of Hamas and condemned …"):
	// its words, and mentions, up to the verb.
	for t := v; t > lo && t >= s.tok-6; t-- {
		if w.ment[t] >= 0 || complementWords[w.low[t]] {
			continue
		}
		v = t
		break
	}
	if w.ment[v] >= 0 || w.low[v] != w.doc.Text(w.toks[v].Span) ||
		!(strings.HasSuffix(w.low[v], "ed") || irregularPast[w.low[v]] || w.isVerbWord(v)) || prepositions[w.low[v]] {
		return actorRef{}, false
	}
	return w.clauseSubject(lo, v)
}

// complementWords may stand between a verb and the object that ends its
// phrase before a coordinated verb: "as", articles and the prepositions
// of a complement ("labeled X as a terrorist", "met leaders of Hamas").
var complementWords = set("as", "a", "an", "the", "of", "with", "to")

// infinitiveConjunctSubject returns the subject of a finite verb
// coordinated after a control verb's infinitive: in "X urged Y to
// reconsider and spoke with Z" the past form "spoke" cannot join the
// infinitive, so it shares the subject of "urged", not Y.
func (w *worker) infinitiveConjunctSubject(m *match) (actorRef, bool) {
	a := w.auxStart(m.start)
	if m.p.Noun || a < 2 || !w.coordinatedVerbAt(a-1) {
		return actorRef{}, false
	}
	// (the sentence, not the quote: "urged X to …" may open an indirect
	// quote that the coordinated verb is no part of)
	for t := a - 2; t > 0; t-- {
		s := w.low[t]
		if s == "," || s == ";" || s == ":" || s == "and" || s == "but" {
			return actorRef{}, false
		}
		if s != "to" || w.ment[t] >= 0 || t+1 >= a-1 || w.ment[t+1] >= 0 {
			continue
		}
		// the verb that governs the infinitive
		for v := t - 1; v >= 0; v-- {
			if w.ment[v] >= 0 || prepositions[w.low[v]] {
				continue
			}
			if w.isVerbWord(v) || strings.HasSuffix(w.low[v], "ed") || irregularPast[w.low[v]] {
				if !w.controlVerb(v) {
					return actorRef{}, false // "laid siege to a hotel and killed": no infinitive
				}
				return w.subject(v)
			}
			if w.low[v] == "," {
				break
			}
		}
		return actorRef{}, false
	}
	return actorRef{}, false
}

// controlVerb reports whether token k is a verb some control pattern of
// the dictionary is anchored on ("urge", "ask", "agree").
func (w *worker) controlVerb(k int) bool {
	for _, p := range w.c.dict.index[w.low[k]] {
		if !p.Noun && p.Flags&FlagControl != 0 {
			return true
		}
	}
	return false
}

// conjunctAfterIndirect reports whether m is a finite verb coordinated
// after the infinitive an indirect quote holds: "X urged Y to reconsider
// and spoke with Z" reports the urging, but the talks are the narrator's.
func (w *worker) conjunctAfterIndirect(m *match, qi int) bool {
	if w.doc.Quotes[qi].Direct {
		return false
	}
	_, ok := w.infinitiveConjunctSubject(m)
	return ok
}

// productMention reports whether actor r is a company named after an
// indefinite article, a few modifiers apart ("a Volvo", "a grey Toyota
// Camry"): the company's product, no party to an act.
func (w *worker) productMention(r actorRef) bool {
	if r.mention < 0 || r.tok <= 0 || !strings.HasSuffix(r.code, "BUS") {
		return false
	}
	k := r.tok - 1
	for n := 0; k > 0 && n < 2 && w.ment[k] < 0 && !articles[w.low[k]] && w.adjectiveLike(k); n++ {
		k--
	}
	return w.ment[k] < 0 && (w.low[k] == "a" || w.low[k] == "an")
}

// mannerPP reports whether nominal m stands bare after "in" inside a
// clause as a manner adverbial ("eliminate militants in cooperation with
// Iraqi forces"; not "a role in talks with X", a noun's complement): its
// agent is the clause's subject, not the nearest actor.
func (w *worker) mannerPP(m *match) bool {
	k := m.start - 1
	// (also set off by a comma: "X was killed, with two aides, in
	// coordination with Y")
	return m.start == m.anchor && k > 0 && w.low[k] == "in" && (!isPunct(w.low[k-1]) || w.low[k-1] == ",") && mannerNouns[w.low[m.anchor]]
}

// staffHeads are people or units named by their field, which an event
// word before them only modifies ("bomb squad", "sentencing experts").
var staffHeads = set("squad", "squads", "technician", "technicians", "expert", "experts", "specialist", "specialists", "disposal")

// objectModifier reports whether the -ed form at i is a participle
// modifying the object of the verb right before it, not a verb of its own:
// the word before is an infinitive ("to hold captured fighters"), a verb
// whose object is a person or group ("include jailed publisher X"), or a
// past form ("freed detained journalists"). A finite verb has its subject,
// an auxiliary, an adverb or a conjunction there instead.
func (w *worker) objectModifier(i, lo int) bool {
	k := i - 1
	if k < lo || w.ment[k] >= 0 || w.place[k] >= 0 || isPunct(w.low[k]) || w.low[k] != w.doc.Text(w.toks[k].Span) {
		return false
	}
	prev := w.low[k]
	if auxWords[prev] || beForms[prev] || negations[prev] || slotStops[prev] || relativeWords[prev] ||
		prepositions[prev] || determiners[prev] || subjectPronouns[prev] || strings.HasSuffix(prev, "ly") {
		return false
	}
	if k > lo && w.low[k-1] == "to" && w.ment[k-1] < 0 {
		return true
	}
	return objectTakingVerbs[prev] || strings.HasSuffix(prev, "ed") && len(prev) > 4
}

// match tries pattern p at anchor i.
func (w *worker) match(p *Pattern, i int) (match, bool) {
	w.legal = legalAct(p.Code) || personTarget(p.Code)
	lo, hi := w.bounds(i)
	m := match{p: p, anchor: i, start: i, end: i + 1, hiEnd: i + 1, loStart: i}
	places := p.Flags&FlagPlace != 0
	if i+1 < hi && staffHeads[w.low[i+1]] && !(i > lo && (auxWords[w.low[i-1]] || w.low[i-1] == "to")) {
		return m, false // a modifier of staff: "a bomb squad technician", "sanctions experts"
	}
	if !p.Noun && i > lo {
		prev := w.low[i-1]
		// (a floating "both"/"all" after a form of "be" or "have" is no
		// determiner: "were both criticized by X", "have both designated")
		floating := (prev == "both" || prev == "all") && i >= lo+2 && (beForms[w.low[i-2]] && w.low[i-2] != "'s" || haveForms[w.low[i-2]])
		if strings.HasSuffix(w.low[i], "ed") && (determiners[prev] && !floating || prepositions[prev] || w.toks[i-1].Kind == dyad.TokenNumber ||
			strings.HasSuffix(prev, "ing") && prev != "having" && prev != "being" && !attackHeads[prev] && w.ment[i-1] < 0) {
			return m, false // an adjectival participle: "of occupied Ukraine", "guarding captured fighters", "41 pledged delegates"
		}
		if strings.HasSuffix(w.low[i], "ed") && i >= lo+2 && w.low[i-2] == "to" && w.ment[i-1] < 0 && !auxWords[prev] && !beForms[prev] &&
			prev != "have" && prev != "get" && !negations[prev] && !strings.HasSuffix(prev, "ly") && !isPunct(prev) {
			return m, false // after an infinitive, an adjectival participle: "to hold captured terrorists"
		}
		if strings.HasSuffix(w.low[i], "ed") && w.objectModifier(i, lo) {
			return m, false // "clients include jailed publisher X", "freed detained journalists"
		}
		if strings.HasSuffix(w.low[i], "ing") && (determiners[prev] || prev == "'s") {
			return m, false // a nominal gerund: "his meeting", "the bombing"
		}
		if articles[prev] || possessivePronouns[prev] || prev == "this" || prev == "these" {
			return m, false // a noun: "an attack", "their meeting", "this battle"
		}
		if nx := i + 1; p.strict && nx < hi && (w.low[nx] == "from" || w.low[nx] == "of") && strings.HasSuffix(w.low[i], "s") && !strings.HasSuffix(w.low[i], "ss") && !p.postWord(w.low[nx]) {
			return m, false // a plural noun: "questions and petitions from Gachagua's lawyers"
		}
		if determiners[prev] && prev != "all" && prev != "both" && strings.HasSuffix(w.low[i], "s") && !strings.HasSuffix(w.low[i], "ss") {
			return m, false // a plural noun: "more protests", "several attacks"
		}
		if strings.HasSuffix(prev, "ing") && prev != "being" && prev != "having" && w.ment[i-1] < 0 &&
			!strings.HasSuffix(w.low[i], "ing") && !strings.HasSuffix(w.low[i], "ed") && !strings.HasSuffix(w.low[i], "s") {
			return m, false // the object of a participle: "allegations linking attack on a train"
		}
		if prev == "'s" && !strings.HasSuffix(w.low[i], "ing") && !strings.HasSuffix(w.low[i], "ed") {
			return m, false // a possessed noun: "Tuesday's train hijacking"
		}
		if !strings.HasSuffix(w.low[i], "ed") && w.modifiedNounCached(i, lo) {
			return m, false // a compound noun: "the Bouake attack", "the 11 September attacks"
		}
		if strings.HasSuffix(w.low[i], "s") && !strings.HasSuffix(w.low[i], "ss") && w.quantifiedPlural(i, lo) {
			return m, false // a plural noun: "more extravagant promises", "several deadly attacks"
		}
		if w.nounCompoundHead(i, lo) {
			return m, false // a noun after a noun: "the asylum and immigration veto", "community support officers"
		}
		if (prepositions[prev] || prev == "following" || prev == "during") && prev != "to" && !strings.HasSuffix(w.low[i], "ing") {
			return m, false // a noun: "under attack", "after talks", "following talks"
		}
		if isCloseQuote(prev) && !w.scareQuoted(i) || prev == "," && i >= lo+2 && isCloseQuote(w.low[i-2]) {
			return m, false // a speech cue after a quote: "…,” agreed Polat Sayim"
		}
		if prev == "," && invertedCues[w.low[i]] && i+1 < len(w.toks) && w.ment[i+1] >= 0 {
			if e := w.mend[i+1]; e >= len(w.toks) || isPunct(w.low[e]) && w.low[e] != "-" {
				return m, false // an inverted speech cue: "…, warn union leaders."
			}
		}
		if strings.HasSuffix(w.low[i], "ing") && !w.verbalBefore(i-1) {
			return m, false // a noun or modifier: "the 43rd security meeting"
		}
	}
	if p.Noun && i > lo && (w.low[i-1] == "it" || w.low[i-1] == "he" || w.low[i-1] == "she") {
		return m, false // a verb: "it talks about"
	}
	if p.Noun && strings.HasSuffix(w.low[i], "ing") && w.progressive(i) && !(i >= lo+2 && w.low[i-1] == "'s" && w.ment[i-2] >= 0) {
		// (but "Israel's killing of": a possessor, not "is")
		return m, false // a verb: "militants are still resisting and fighting with"
	}
	passive := !p.Noun && w.passiveAt(i)
	pos := i + 1
	if w.scareQuoted(i) {
		pos++ // "and “welcomed” the U.S. proposal": the closing mark
	}
	if p.Noun && len(p.post) > 0 && p.post[0].kind == ekWord && !p.postWord("by") {
		// "the visit by Macron to Kyiv", "an attack by Hamas on Israel":
		// the agent's "by" phrase may stand before the complement; so may
		// a "from" phrase when the pattern has no "from" of its own ("a
		// warning from China to Japan", "threats from Russia against X").
		if r, e, ok := w.byPhrase(pos, hi, !p.postWord("from")); ok {
			m.source, pos = &r, e
		}
		// "the attack on Tuesday on the embassy", "an attack that day on
		// an air base", "talks last week with Kenya": a time adjunct may
		// stand between the noun and its complement.
		if pos < hi && w.wordAt(&p.post[0], pos, hi) == 0 {
			if e := w.timeAdjunct(pos, hi); e > pos && e < hi && w.wordAt(&p.post[0], e, hi) > 0 {
				pos = e
			}
		}
	}
	carry := 0 // the gap of an optional element that was absent passes to the next
	for ei := range p.post {
		e := &p.post[ei]
		found := false
		if e.kind != ekWord && e.kind != ekSkip {
			if j := w.quantityOf(pos, hi); j > pos {
				pos = j // "tariffs on $20 billion worth of U.S. goods": the slot is what is counted
			}
		}
		gap := e.gap + carry
		for k := pos; k <= pos+gap && k < hi; k++ {
			if k > pos && !w.gapOK(k-1) {
				break
			}
			switch e.kind {
			case ekWord:
				if l := w.wordAt(e, k, hi); l > 0 {
					m.end = k + l
					pos = k + l
					found = true
				}
			case ekSkip:
				pos = k + 1
				found = true
			default:
				// A place fills a target slot only right there ("absorbed
				// Crimea", "to the Donbas"), not as a modifier further on;
				// a medium after "on/via/in" is a venue ("praised X on
				// Twitter").
				if k > pos && w.ment[k] >= 0 && (w.low[k-1] == "on" || w.low[k-1] == "via" || w.low[k-1] == "in") {
					if a := w.resolve(w.ment[k]); a != nil && strings.HasSuffix(a.Code, "MED") {
						k = hi
						continue
					}
				}
				if e.kind == ekTarget && !p.Noun && k > pos && strings.HasPrefix(p.Code, "11") && (w.low[k-1] == "against" || w.low[k-1] == "on") && w.ment[k-1] < 0 {
					// "condemns any violence against civilians",
					// "criticised the sanctions on Russia": the victim of
					// the object, not the one criticised
					k = hi
					continue
				}
				if e.kind == ekTarget && w.ment[k] >= 0 && w.mstart[k] == k && w.backerBefore(w.mend[k]) {
					// "arrested members of a U.S.-designated terrorist
					// group": the group, not its designator
					k = w.mend[k] + 1
					continue
				}
				if e.kind == ekTarget && personPatient(p.Code) && w.ment[k] >= 0 && w.mstart[k] == k && !strings.HasPrefix(w.low[i], "welcom") {
					if j, ok := w.possessedThing(w.mend[k], hi, p.Code); ok && j < 0 {
						k = hi // "recognised people's concerns": the concerns are recognised
						continue
					} else if ok && j > w.mend[k] {
						k = j - 1 // "met Kenya's Ugandan counterpart"
						continue
					}
				}
				if e.kind == ekTarget && w.eachOtherAt(k) {
					// "accused each other of": the sources, both ways
					m.eachOther = true
					pos = k + 2
					found = true
				} else if r := w.slotAt(k, places && e.kind == ekTarget && k-pos <= 1); r != nil && r.code != "" || e.kind == ekTarget && k == pos && w.themAt(k) != nil ||
					e.kind == ekTarget && k == pos && w.otherPossessorAt(p, i, k) != nil {
					if r == nil || r.code == "" {
						r = w.themAt(k)
					}
					if r == nil {
						r = w.otherPossessorAt(p, i, k)
					}
					if rr, ok := w.pastSlotWord(p, ei, r, hi); ok {
						r = rr // "held Israeli civilians hostage": the mention took the pattern's next word
					}
					switch e.kind {
					case ekTarget:
						m.target = r
					case ekSource:
						m.source = r
					case ekCoAgent:
						m.coAgent = r
					}
					pos = r.tokEnd
					found = true
				} else if w.ment[k] >= 0 || isPunct(w.low[k]) && w.low[k] != "-" && !w.hashMark(k) || slotStops[w.low[k]] || w.comparedAt(k) || e.kind == ekTarget && k > pos && nounPPs[w.low[k]] && w.nounHeadAt(k-1) || p.strict && (locativePreps[w.low[k]] || w.low[k] == "of" && (k > 0 && len(w.c.dict.index[w.low[k-1]]) > 0 || ei+1 < len(p.post))) || w.place[k] >= 0 {
					k = hi // a mention or place that cannot fill the slot, punctuation, a new clause: stop
				}
			}
			if found {
				break
			}
		}
		if !found && !e.opt && !(passive && e.kind == ekTarget) {
			return m, false
		}
		carry = 0
		if !found && e.opt && e.kind == ekWord {
			carry = gap
		}
	}
	m.hiEnd = pos
	pos = i - 1
	carry = 0
	for ei := range p.pre {
		e := &p.pre[ei]
		found := false
		gap := e.gap + carry
		for k := pos; k >= pos-gap && k >= lo; k-- {
			if k < pos && !w.gapOK(k+1) {
				break
			}
			switch e.kind {
			case ekWord:
				for l := 1; l <= 4 && k-l+1 >= lo; l++ {
					if w.wordAt(e, k-l+1, k+1) == l {
						m.start = k - l + 1
						pos = k - l
						found = true
						break
					}
				}
			case ekSkip:
				pos = k - 1
				found = true
			default:
				if r := w.slotAt(k, places && e.kind == ekTarget); r != nil {
					switch e.kind {
					case ekTarget:
						m.target = r
					case ekSource:
						m.source = r
					case ekCoAgent:
						m.coAgent = r
					}
					pos = r.tok - 1
					found = true
				}
			}
			if found {
				break
			}
		}
		if !found && !e.opt {
			return m, false
		}
		carry = 0
		if !found && e.opt && e.kind == ekWord {
			carry = gap // "extend:v out? ... !olive_branch": "extended an olive branch"
		}
	}
	if p.light && m.start < i && w.nounBefore(m.start, lo) {
		return m, false // the light verb is a noun: "an early start to talks"
	}
	if strings.HasPrefix(p.Code, "11") && m.start < i && w.prepInPredicate(i, m.start) {
		return m, false // "called China a partner against interference": the name is "partner"
	}
	m.loStart = pos + 1
	return m, true
}

// pastSlotWord returns slot r without its last token when that token is
// the required word the pattern's next element wants and the word is not
// found after r: the actors stage read a predicate noun as part of the
// name ("held Israeli civilians hostage", "took two Kenyans captive": the
// mention is "Israeli civilians hostage").
func (w *worker) pastSlotWord(p *Pattern, ei int, r *actorRef, hi int) (*actorRef, bool) {
	if r == nil || ei+1 >= len(p.post) || r.tok < 0 || r.tokEnd-1 <= r.tok || r.tokEnd > len(w.toks) {
		return r, false
	}
	nx := &p.post[ei+1]
	if nx.kind != ekWord || nx.opt {
		return r, false
	}
	if r.tokEnd < hi && w.wordAt(nx, r.tokEnd, hi) > 0 {
		return r, false
	}
	last := r.tokEnd - 1
	if w.wordAt(nx, last, r.tokEnd) != 1 {
		return r, false
	}
	if rest := w.toks[last-1].In(w.doc.Article.Text); !strings.HasSuffix(rest, "s") && rest != strings.ToLower(rest) || determiners[w.low[last-1]] || w.toks[last-1].Kind == dyad.TokenNumber {
		// "freed British detainees", "took many hostages": the word
		// is the head of the phrase, not a word after its noun
		return r, false
	}
	c := *r
	c.tokEnd = last
	c.span.End = w.toks[last-1].End
	c.name = strings.TrimSpace(w.doc.Article.Text[c.span.Start:c.span.End])
	return &c, true
}

// prepInPredicate reports whether a preposition stands between the noun
// anchor at i and the article or "as" that opens its noun phrase (at most
// five tokens back, not before start): the anchor is then the object of
// that preposition, not the name given ("a partner against interference",
// "as a partner in the fight against crime").
func (w *worker) prepInPredicate(i, start int) bool {
	for k := i - 1; k > start && k >= i-5; k-- {
		switch x := w.low[k]; {
		case x == "a" || x == "an" || x == "as" || x == "the":
			return false
		case prepositions[x] && x != "of":
			return true
		}
	}
	return false
}

// code builds the events of match m and appends them to the document.
func (w *worker) code(m *match) {
	w.legal = legalAct(m.p.Code) || personTarget(m.p.Code)
	if !w.caughtArrest(m, false) {
		return // "caught operating a vote-rigging factory"
	}
	ev := sentEvent{m: m}
	passive, placeTarget, govTarget, ownerTarget := false, false, false, false
	subjTarget := false // the target is a passive's subject: it expands over the compound before it
	srcFromSpeaker := false
	coordinated := false
	attackSubject := false
	contextAgent := false // a bare nominal attack's agent from the text before
	agentless := false    // a passive with no agent named, or a bare nominal attack with none found
	intentMode := ""      // the mode an intent noun gives its infinitive ("X's refusal to V")
	// Source.
	switch {
	case m.source != nil && m.source.tok > m.anchor:
		// a placed source after the anchor heads a compound like an
		// object ("condemnation came from Germany and France")
		ev.sources = w.expandRight(*m.source)
	case m.source != nil:
		ev.sources = w.expandLeft(*m.source)
	case !m.p.Noun && m.start >= 2 && w.low[m.start-1] == "-" && w.ment[m.start-2] >= 0:
		// "U.S.-backed forces": the actor before the hyphen is the agent,
		// the one right after the participle the target.
		ev.sources = []actorRef{w.mentionRef(w.ment[m.start-2], m.start-2)}
		if m.target == nil {
			if k := m.end; k < len(w.toks) && w.ment[k] >= 0 {
				t := w.mentionRef(w.ment[k], k)
				m.target = &t
			} else {
				return
			}
		}
	case !m.p.Noun && w.isPassive(m):
		passive = true
		// "X was attacked by Y": Y is the source, X the target.
		var agent *actorRef
		if m.target != nil && (w.prepBefore(m.target.tok) == "by" || w.byBetween(m.anchor+1, m.target.tok)) {
			agent, m.target = m.target, nil
		} else if s, ok := w.byAgent(m.hiEnd, false); ok {
			agent = &s
		} else if s, ok := w.byAgent(m.anchor+1, false); ok && m.hiEnd > m.anchor+1 && s.tok < m.hiEnd && !w.foreignModifier(s.tok) {
			// "backed by British troops": the pattern took the agent's
			// words ("by ... troops").
			agent = &s
		}
		if agent != nil {
			ev.sources = w.expandRight(*agent)
		}
		if m.target != nil && m.target.tok > m.anchor && len(m.p.post) > 0 && m.p.post[0].kind == ekTarget {
			// "he was jailed for contempt of parliament": a passive has
			// no direct object; the slot took a word further on.
			m.target = nil
		}
		if m.target == nil {
			if s, ok := w.subject(m.start); ok {
				t := s
				m.target = &t
				subjTarget = true
			} else if w.reducedAdverbialPassive(m) {
				// "rebels retreat when attacked by the army": the main
				// clause's subject suffers it.
				if s, ok := w.adverbialPatient(m.anchor - 1); ok {
					m.target = &s
					subjTarget = true
				}
			} else if a := w.auxStart(m.start); a > 0 && w.low[a] == "being" && participleClauseWords[w.low[a-1]] {
				// "X thanked supporters after being freed from prison":
				// the adverbial participle's subject is the main clause's.
				lo, _ := w.bounds(m.anchor)
				if s, ok := w.clauseSubject(lo, a-1); ok {
					m.target = &s
				}
			}
		}
		if agent == nil && m.target != nil && materialConflict(m.p.Code) {
			// "three civilians were killed in an Israeli airstrike": the
			// attack's agent
			if a, ok := w.inAttackAgent(m.hiEnd); ok {
				agent = &a
				ev.sources = []actorRef{a}
			} else if a, ok := w.battleAgent(m.hiEnd, m.target); ok {
				// "killed in a gun battle with police": the other side
				agent = &a
				ev.sources = []actorRef{a}
			}
		}
		if agent == nil && m.target != nil {
			if sp, ok := w.reportingForce(m); ok {
				agent = &sp
				ev.sources = []actorRef{sp}
			}
		}
		if agent == nil && m.target == nil && w.noOneBefore(m.start) {
			return // "No one should be detained": no one is
		}
		if agent == nil && m.target == nil {
			// "the car … was then attacked with gunfire": the country
			// where it happened, by someone unnamed
			if t, ok := w.thingPatient(m); ok {
				if r, any, ok := w.violentOwner(m.anchor, ""); ok {
					m.target, ev.sources = &t, []actorRef{r}
				} else if !any {
					m.target = &t
					ev.sources = []actorRef{{mention: -1, place: -1, span: w.toks[m.anchor].Span, tok: -1, tokEnd: -1, unknown: true}}
				}
			}
		}
		if agent == nil && !w.caughtArrest(m, true) {
			return // "five soldiers were caught": captured in war, not arrested
		}
		if agent == nil && !w.homePardon(m) {
			return // "an American was pardoned" in a story about Russia
		}
		if agent == nil && m.target == nil && stateActs[m.p.Code] && (w.patientBefore(m) || !strings.HasPrefix(m.p.Code, "172") || w.personPatient(m.start)) {
			// (a ban needs a person banned: "books that are banned" is no
			// act on anyone)
			// "her husband, who was arrested in May": the arrested is no
			// coded actor; the state of the sentence's place (else the
			// article's) arrests one of its people (coded CVL).
			if c := w.countryFor(m.anchor); c != "" {
				t := actorRef{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: c + "CVL", name: c,
					country: c, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}
				m.target = &t
			}
		}
		if agent == nil && m.target != nil && m.target.tok >= 0 && materialConflict(m.p.Code) && armedNonState(m.target.code) {
			// "The army said ten militants were killed": a state's force
			// reporting force used on armed groups reports its own act.
			if r, ok := w.reportedBy(m.target.tok); ok && stateForce(r.code) {
				ev.sources = []actorRef{r}
			}
		}
		if len(ev.sources) == 0 && agent == nil && m.target != nil && m.target.country != "" && (stateActs[m.p.Code] || m.p.Flags&FlagState != 0) && !w.foreignPatient(m) &&
			!w.privateSanction(m) {
			// "Gachagua was arrested/convicted": only the state arrests,
			// charges, convicts and jails; the target's state is the agent.
			ev.sources = []actorRef{w.stateAgent(m)}
		}
		if len(ev.sources) == 0 && agent == nil {
			// "He was released in May 2017": by whoever held him
			if h, ok := w.releaseHolder(m); ok {
				ev.sources = []actorRef{h}
			} else if x, ok := w.extraditingState(m); ok {
				ev.sources = []actorRef{x} // "X was extradited to the US"
			}
		}
		agentless = agent == nil && len(ev.sources) == 0
	case !m.p.Noun && m.p.Flags&FlagState != 0 && w.patientBefore(m) && m.target == nil:
		// "political prisoners arrested during the campaign": a reduced
		// relative on a people noun is an agentless passive; the state of
		// the place (else of the article) holds its people.
		if k := m.end; k < len(w.toks) && (w.ment[k] >= 0 || determiners[w.low[k]] || w.pers[k] >= 0) {
			return // "two men arrested the suspect": active
		}
		c := w.actPlaceCountry(m.anchor)
		if c == "" {
			c = w.docCountry()
		}
		if c == "" {
			return
		}
		t := actorRef{mention: -1, place: -1, span: w.toks[m.start].Span, code: c + "CVL", name: c,
			country: c, tok: m.start, tokEnd: m.anchor, noun: true}
		m.target = &t
		passive = true
		ev.sources = []actorRef{w.stateAgent(m)}
	case m.p.Noun && strings.HasPrefix(m.p.Code, "084") && m.target != nil && m.target.tok < m.anchor:
		// "Mwangi's release", "after his release": by whoever held him,
		// when the text named who did; else no one's ("the film's release")
		h, ok := w.releaseHolder(m)
		if !ok {
			return
		}
		ev.sources = []actorRef{h}
	case m.p.Noun && m.p.Flags&FlagState != 0 && (m.target == nil || m.target.tok < m.anchor):
		// "Mech Dara's arrest": the possessor is the one arrested, by
		// the state; "X has been in detention since May": the subject.
		if m.target == nil {
			if w.uncodedSubject(m.start) {
				// "the judge ordered the accused remain in custody": the
				// one held is uncoded, not the judge
				return
			} else if s, ok := w.subject(m.start); ok {
				m.target = &s
			}
		}
		if m.target == nil || m.target.country == "" {
			return
		}
		ev.sources = []actorRef{w.stateAgent(m)}
	case m.p.Noun && len(m.p.pre) == 0 && len(m.p.post) == 0 && strings.HasPrefix(m.p.Code, "14"):
		// "protests continue in Baghdad": a bare plural protest noun is
		// coded only as the place's people's, below; a possessor or an
		// adjective is often someone else's ("Israel's crackdown on
		// protests", "caused Tory protests"), and protests that only
		// frame another act ("arrested during the protests in Paris")
		// are not reported here.
		if eventPPs[w.nounPrep(m.start)] {
			return
		}
	case m.p.Noun && len(m.p.pre) == 0 && len(m.p.post) == 0 && placeConflict(m.p.Code):
		// "the attack on the hotel", "since an assault in Ghazni": a bare
		// nominal attack is the armed group's the text has just named,
		// else no one's; one a verb governs ("condemned the attacks on
		// X") is left to the verb's event, and a definite one ("the
		// attack", "Tuesday's attack") or a topic ("about an attack")
		// refers back to an attack already coded.
		if w.objectOfVerb(m.start) || m.start > 0 && w.ment[m.start-1] >= 0 ||
			m.end < len(w.toks) && determiners[w.low[m.end]] {
			return // a verb ("Israel attacks the city", "X, the state, raids homes") or an agent before
		}
		s, ok := w.contextArmedGroup(m)
		if !ok {
			if !w.unknownAttack(m) {
				return
			}
			agentless = true // "a bombing in the capital": someone's, unnamed
			break
		}
		ev.sources = []actorRef{s}
		contextAgent = true
	default:
		if p, ok := w.coordinatedWith(m.start); ok {
			if p.subjects != nil {
				ev.sources = append(ev.sources, p.subjects...)
			} else {
				ev.sources = append(ev.sources, p.sources...)
			}
			coordinated = true
			if m.target == nil && len(p.targets) > 0 && !w.hasObject(m) {
				ev.targets = append(ev.targets, p.targets...)
			}
		} else if !m.p.Noun && w.nominalConjunct(m.start) {
			// "The working group determined that X's detention is
			// arbitrary and called for his release": the verb after the
			// nominal joins the last verb's predicate ("reported Iran
			// issued warrants over the assassination of X and demanded
			// …"), else the main clause, whose subject it shares.
			found := false
			for j := len(w.prev) - 1; j >= 0 && !found; j-- {
				if p := w.prev[j]; (!p.m.p.Noun || p.m.p.light) && w.quote[p.m.anchor] == w.quote[m.anchor] {
					ev.sources = append(ev.sources, p.sources...)
					found = true
				}
			}
			lo, _ := w.bounds(m.anchor)
			if s, ok := w.mainSubject(lo, m.start); ok && !found {
				ev.sources = w.expandLeft(s)
			}
		} else if m.p.Noun {
			if s, ok := w.possessor(m.start); ok {
				ev.sources = []actorRef{s}
			} else if s, ok := w.byAgent(m.hiEnd, true); ok {
				ev.sources = []actorRef{s}
			} else if s, ok := w.modifierAgent(m.start); ok && !m.p.light && !(m.start < m.anchor && auxWords[w.low[m.start]]) {
				// "the Russian attack on Kyiv", "U.S. investment in Ukraine":
				// the actor adjective is the agent
				ev.sources = []actorRef{s}
			} else if m.target != nil && m.target.tok >= 0 && w.prepBefore(m.target.tok) == "between" {
				// "a meeting between X and Y": the parties, below
			} else if s, ok := w.frontedJointActSubject(m); ok {
				// "After talks with Ruto, Hassan reopened the border": the
				// main clause's subject took part in the joint act a
				// sentence-opening "after/following/before/during" names.
				ev.sources = []actorRef{s}
			} else if pp := w.nounPrep(m.start); eventPPs[pp] && (materialConflict(m.p.Code) || !participantPPs[pp]) {
				// (a visit, talks or a meeting "during/in/at/for" which the
				// subject speaks is usually the subject's own)
				// "France responded to the Bouake attack": an attack named
				// in a prepositional phrase is not the subject's; it may
				// be the armed group's the text has just named.
				s, ok := w.contextArmedGroup(m)
				if !ok {
					if !w.unknownAttack(m) {
						return
					}
					agentless = true // "after an attack in the capital in 2015"
					break
				}
				ev.sources = []actorRef{s}
			} else if w.objectOfVerb(m.start) && !w.lightVerbObject(m.start) {
				// "blamed several recent attacks on militants": the
				// verb's event covers its object (a light verb's does
				// not: "delivered a warning to X").
				return
			}
		}
		if len(ev.sources) == 0 && m.p.Noun && w.mentionedEvent(m.start) {
			// "the president had heard the demands of women": a nominal
			// event the clause only speaks of is not its subject's.
			return
		}
		if len(ev.sources) == 0 && !m.p.Noun && strings.HasSuffix(w.low[m.anchor], "ing") {
			// "Speaking to NATO chiefs, Dutch Defense Minister X said":
			// a fronted participle's subject is the main clause's.
			if s, ok := w.frontedParticipleSubject(m); ok {
				ev.sources = []actorRef{s}
			}
		}
		if len(ev.sources) == 0 && !m.p.Noun {
			// "welcomed Germany's decision to send tanks": the one who
			// decided acts.
			if k := w.auxStart(m.start); k >= 1 && k < m.start && w.low[k] == "to" && intentNouns[w.low[k-1]] != "" {
				if s, ok := w.possessor(k - 1); ok {
					ev.sources = []actorRef{s}
					intentMode = intentNouns[w.low[k-1]]
				}
			} else if k >= 1 && k < m.start {
				// "a Turkish court ruling on Wednesday to continue to
				// imprison X" (relations.go)
				if s, mode, ok := w.intentAgent(k); ok {
					ev.sources = []actorRef{s}
					intentMode = mode
				}
			}
		}
		if len(ev.sources) == 0 && !m.p.Noun && materialConflict(m.p.Code) {
			// "a car bombing killed five", "the attack, which killed
			// twelve": the attack's agent kills.
			if s, ok := w.attackAgent(m); ok {
				ev.sources = []actorRef{s}
				attackSubject = true
				// "the attack had killed twelve": the attack the article
				// reported, on its date.
				k := w.attackHead(m)
				w.theAttack = k >= 1 && w.low[k-1] == "the"
			}
		}
		trailing := len(ev.sources) == 0 && !m.p.Noun && strings.HasSuffix(w.low[m.anchor], "ing") &&
			m.start > 0 && w.low[m.start-1] == "," && w.auxStart(m.start) == m.start
		adverbial := len(ev.sources) == 0 && m.p.Noun && (w.prepOpened(m) || w.mannerPP(m))
		if adverbial {
			// "Iran flies fighters to Syria in support of Assad": a
			// pattern opened by a preposition is the clause's adverbial;
			// its agent is the clause's subject, not the verb's object.
			if s, ok := w.adverbialSubject(m); ok {
				ev.sources = w.expandLeft(s)
			}
		} else if trailing {
			// "Gangs attacked a police station, killing three officers":
			// a trailing participle's subject is the main clause's, not the
			// nearest actor (the main verb's object); none when the main
			// clause's subject is no actor.
			lo, _ := w.bounds(m.anchor)
			if s, ok := w.clauseSubject(lo, m.start-1); ok {
				ev.sources = w.expandLeft(s)
			}
		} else if len(ev.sources) == 0 && !(m.p.Noun && !m.p.light && strings.HasPrefix(m.p.Code, "14")) {
			// (a nominal protest is not the clause subject's: "as long as
			// the government doesn't respond, there will be more protests";
			// one after its light verb is: "students staged a protest")
			if s, ok := w.infinitiveConjunctSubject(m); ok {
				ev.sources = w.expandLeft(s)
			} else if s, ok := w.subject(m.start); ok {
				if c, ok := w.coordinatedSubject(m, s); ok {
					if k := m.hiEnd; k < len(w.low) && objectPronouns[w.low[k]] {
						// "removed Bashir and jailed him": him is Bashir
						ev.targets = []actorRef{s}
					}
					s = c
				}
				ev.sources = w.expandLeft(s)
			}
		}
		// (not a trailing participle whose main clause names its own
		// subject: "“The airline flies arms, supporting the regime,”
		// Pompeo said"; but a quoted operation's is the speaker's: "“The
		// operation dealt a blow to X, eliminating …”")
		if qi := w.quote[m.anchor]; len(ev.sources) == 0 && qi >= 0 && w.doc.Quotes[qi].Direct && !w.thirdPersonVerb(m) &&
			!(trailing && w.nounSubjectBefore(m.start) && !w.speakerOpens(m.anchor)) {
			if s, ok := w.speaker(qi); ok {
				ev.sources = []actorRef{s}
				srcFromSpeaker = true
			}
		}
	}
	if len(ev.sources) == 0 && m.p.Noun {
		// "the arrest of Blessed Mhlanga": the patient's state
		if s, ok := w.nominalStateAgent(m); ok {
			ev.sources = []actorRef{s}
		} else if h, ok := w.releaseHolder(m); ok {
			ev.sources = []actorRef{h} // "after his release": by whoever held him
		}
	}
	if len(ev.sources) == 0 && !passive {
		// "the attack on the hotel", "rocket attacks on the base" after
		// naming al-Shabab: the armed group the text has just named.
		if s, ok := w.contextArmedGroup(m); ok {
			ev.sources = []actorRef{s}
		}
	}
	if len(ev.sources) == 0 && !passive && m.p.Flags&FlagSolo != 0 {
		// "Gachagua denied all the charges": a person the actors stage
		// left uncoded, right before the verb, answers for himself.
		if k := w.auxStart(m.start) - 1; k >= 0 && w.pers[k] >= 0 {
			a := k
			for a > 0 && w.pers[a-1] == w.pers[k] {
				a--
			}
			if r, ok := w.personRef(a); ok {
				ev.sources = []actorRef{r}
			}
		}
	}
	if m.coAgent != nil {
		ev.sources = append(ev.sources, *m.coAgent)
	}
	// Target.
	if m.target != nil && subjTarget {
		// "Russia and Ukraine were criticized by X": both are
		ev.targets = append(ev.targets[:0], w.expandLeft(*m.target)...)
	} else if m.target != nil {
		ev.targets = append(ev.targets[:0], w.expandRight(*m.target)...)
	} else if len(ev.targets) == 0 && m.p.Flags&FlagNoDefault == 0 && !passive && !m.eachOther {
		w.srcCountry = ""
		if len(ev.sources) > 0 {
			w.srcCountry = ev.sources[0].country
		}
		// (The addressee named by example in the pattern's gap comes
		// before an actor further on: "encouraging allies such as
		// Germany to restrict Mahan's flights".)
		if t, ok := w.exemplar(m.anchor+1, m.hiEnd); ok {
			ev.targets = w.expandRight(t)
		} else if w.namedAddressee(m) {
			// "called on the council to press Uganda to …": the appeal's
			// uncoded addressee, not an actor in its complement
		} else if t, ok := w.object(m); ok {
			ev.targets = w.expandRight(t)
		} else if t, ok := w.sharedObject(m); ok {
			ev.targets = w.expandRight(t)
		}
	}
	if len(ev.targets) == 0 && m.source != nil && m.p.Flags&FlagSubjTarget != 0 {
		// "Syrian forces came under attack from Assad loyalists": the
		// subject suffers the act of the placed source; "X visited Kenya
		// at the invitation of <S>": an adverbial's is the clause's
		// subject, not the verb's object.
		if w.prepOpened(m) {
			if t, ok := w.adverbialSubject(m); ok {
				ev.targets = w.expandLeft(t)
			}
		} else if t, ok := w.subject(m.start); ok {
			ev.targets = w.expandLeft(t)
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 && m.p.Flags&FlagAccuser != 0 {
		// "Pakistan blamed India, accusing it of …, a charge New Delhi
		// rejected": the charge's author, the previous event's source.
		if len(w.prev) > 0 {
			ev.targets = append(ev.targets, w.prev[len(w.prev)-1].sources...)
		} else {
			// Outside a quote ("Pakistan repeated the claim that “…”, a
			// charge Kabul rejected") the author is the sentence's
			// subject, before the reported claim; inside one, the
			// subject of the clause that reports it.
			lo := 0
			if w.quote[m.anchor] >= 0 {
				lo = w.reportingLo(m.anchor)
			}
			if t, ok := w.mainSubject(lo, m.start); ok {
				ev.targets = w.expandRight(t)
			}
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 && m.p.Flags&FlagAnswers != 0 && !w.newCharge(m) {
		// "Pakistan accused Kabul of harbouring militants. Kabul rejected
		// the allegation": the charge answered is the latest one made
		// against the source's party.
		if t, ok := w.chargeAuthor(ev.sources[0]); ok {
			ev.targets = []actorRef{t}
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 && !m.eachOther {
		// "Balkhi rejected the allegation that …": with no coded charge
		// against the source's party, the accuser named last.
		if t, ok := w.answeredAccuser(m, ev.sources[0]); ok {
			ev.targets = []actorRef{t}
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 && !m.eachOther && m.p.Flags&FlagOwner != 0 {
		// "Somalia requested a delay. … Kenya declined the request": the
		// act the definite noun points back to is its owner's.
		if t, ok := w.discourseOwner(m, ev.sources[0]); ok {
			ev.targets = []actorRef{t}
			ownerTarget = true
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 && w.exchange(m.loStart) {
		// "X yields A in exchange for Y ceding B": Y gives to X.
		if len(w.prev) > 0 {
			ev.targets = append(ev.targets, w.prev[len(w.prev)-1].sources...)
		}
	}
	if len(ev.targets) == 0 && !m.eachOther && len(ev.sources) > 0 && m.p.Flags&FlagControl != 0 {
		// "refused to meet Zelenskyy": the complement's object.
		if t, ok := w.complementObject(m, ev.sources[0]); ok {
			ev.targets = []actorRef{t}
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 && w.namedAddressee(m) {
		// the actor the complement names, no party here, may be the
		// appealer's own side: then no one else is a party
		t, ok := w.object(m)
		if !ok {
			t, ok = w.complementActor(m, ev.sources[0])
		}
		if ok && (strings.HasPrefix(t.code, ev.sources[0].code) || strings.HasPrefix(ev.sources[0].code, t.code)) {
			m.quietSolo = true
		}
	}
	if len(ev.targets) == 0 && !m.eachOther && len(ev.sources) > 0 && m.p.Flags&FlagImplicit != 0 {
		if t, ok := w.implicitTarget(m, ev.sources[0]); ok {
			ev.targets = []actorRef{t}
		}
	}
	// (a slot's "Syria's authorities" heads on "authorities"; "between"
	// governs "Syria")
	between := m.p.Noun && len(ev.targets) > 0 && ev.targets[0].tok >= 0 &&
		(w.prepBefore(ev.targets[0].tok) == "between" || m.target != nil && m.target.tok >= 0 && w.prepBefore(m.target.tok) == "between")
	if len(ev.targets) == 0 && !m.eachOther && len(ev.sources) > 0 && !passive && !coordinated && placeConflict(m.p.Code) &&
		!(m.p.Flags&FlagRecip != 0 && len(ev.sources) > 1) { // (a joint subject fights itself: "X and Y clashed")
		// "militants took over a train near Sibi", "Russia launched
		// strikes overnight in Kharkiv": violence with no named victim
		// strikes the country where it happens.
		if t, ok := w.placeVictim(m, ev.sources[0]); ok {
			ev.targets = []actorRef{t}
			placeTarget = true
		}
	}
	if len(ev.targets) == 0 && attackSubject && m.end < len(w.toks) && (w.toks[m.end].Kind == dyad.TokenNumber || numberWords[w.low[m.end]] ||
		m.end+2 < len(w.toks) && w.low[m.end] == "at" && w.low[m.end+1] == "least") {
		// "the attack killed twelve": people of the country where it
		// happened.
		c := w.sentencePlaceCountry(m.anchor)
		if c == "" {
			c = w.docCountry()
		}
		if c != "" {
			ev.targets = []actorRef{{mention: -1, place: -1, span: w.toks[m.end].Span, code: c + "CVL", name: c,
				country: c, tok: m.end, tokEnd: m.end + 1, noun: true}}
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 && (strings.HasPrefix(m.p.Code, "0253") || strings.HasPrefix(m.p.Code, "1053")) {
		if t, ok := w.jailers(m, ev.sources[0]); ok {
			ev.targets = []actorRef{t}
		}
	}
	if len(ev.targets) == 0 && len(ev.sources) > 0 {
		if t, ok := w.protestTarget(m, ev.sources[0]); ok {
			ev.targets = []actorRef{t}
			govTarget = true
		} else if s := ev.sources[0]; m.p.Flags&FlagOwnGov != 0 && len(s.country) == 3 && strings.HasPrefix(s.code, s.country) && s.code != s.country+"GOV" {
			// "the army seized power", "the Taliban, who seized power in
			// 2021": a coup is against the plotters' own government.
			ev.targets = []actorRef{{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: s.country + "GOV", name: s.country,
				country: s.country, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}}
			govTarget = true
		}
	}
	if len(ev.targets) == 1 && between {
		// "a ceasefire between Russia and Ukraine could …": "between"
		// takes both conjuncts even before a verb.
		if k := ev.targets[0].tokEnd; k+1 < len(w.toks) && w.low[k] == "and" && w.ment[k+1] >= 0 {
			ev.targets = append(ev.targets, w.mentionRef(w.ment[k+1], k+1))
		} else {
			// "the agreement between the two countries": the pair
			ev.targets = append(ev.targets, w.antecedentConjuncts(ev.targets[0])...)
		}
	}
	if len(ev.targets) == 1 && between && m.p.Flags&FlagRecip != 0 {
		// "a call between Trump and newly elected President X", "a
		// summit between the leaders": the parties are the ones the noun
		// names, not the clause's subject; with one of them uncoded
		// there is no dyad.
		return
	}
	if len(ev.targets) > 1 && between {
		// "the deal between Mauritius and Britain": the parties, whoever
		// the clause's subject is.
		ev.sources, ev.targets = ev.targets[:1], ev.targets[1:]
	} else if len(ev.sources) == 0 && m.p.Flags&FlagRecip != 0 && len(ev.targets) > 1 && !passive && (m.p.Noun || ev.targets[0].tok < m.anchor || strings.HasSuffix(w.low[m.anchor], "ing")) {
		// (not a passive's compound subject: "X and Y would be consulted"
		// are consulted by someone unnamed, not each other; nor a verb's
		// compound object: in "they will talk to X and Y" the unnamed
		// subject talks to both; a gerund is a noun's: "the first
		// meeting … both X and Y")
		// "Talks between Russia and Ukraine resumed": the parties.
		ev.sources, ev.targets = ev.targets[:1], ev.targets[1:]
	}
	if len(ev.sources) == 0 && m.p.Noun && strings.HasPrefix(m.p.Code, "14") {
		// "Protests against the government erupted in Nairobi": with no
		// named protesters, the people of the place (else of the
		// target's country) protest; with no target either ("protests
		// continue in Baghdad"), against their own government.
		c := ""
		if len(ev.targets) > 0 {
			c = ev.targets[0].country
		}
		if p := w.eventPlace(m); p != nil && p.Country != "" {
			c = p.Country
		} else if pc := w.protestPlace(m); pc != "" {
			c = pc
		}
		if c != "" {
			ev.sources = []actorRef{{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: c + "OPP", name: c,
				country: c, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}}
		}
		if c != "" && len(ev.targets) == 0 {
			if t, ok := w.protestTarget(m, ev.sources[0]); ok {
				ev.targets = []actorRef{t}
				govTarget = true
			}
		}
	}
	if m.p.Flags&FlagArmed != 0 {
		var armed []actorRef
		for _, s := range ev.sources {
			if armedActor(s.code) {
				armed = append(armed, s)
			}
		}
		if len(armed) < len(ev.sources) {
			ev.subjects = ev.sources
		}
		ev.sources = armed
	}
	if len(ev.sources) == 0 && (agentless || m.p.Noun && w.unknownAttack(m)) {
		// "Khashoggi was murdered", "suicide bombings took place in the
		// capital": violence the text reports with no agent named has an
		// unknown source, when it has a victim.
		if len(ev.targets) == 0 && m.p.Noun {
			if t, ok := w.placeVictim(m, actorRef{unknown: true}); ok {
				ev.targets = []actorRef{t}
				placeTarget = true
			}
		}
		if u, ok := w.unknownAgent(m, passive, ev.targets); ok {
			ev.sources = []actorRef{u}
		}
	}
	if len(ev.sources) == 0 {
		return
	}
	w.noteEventOwner(m, ev.sources)
	if m.p.Flags&(FlagOwner|FlagNoDefault|FlagSolo) == FlagOwner|FlagNoDefault && !ownerTarget {
		// a bare response verb written for an owned act only ("declined
		// the request"): no other reading ("has praise for X")
		return
	}
	ev.targets = w.forcePersonTargets(m, ev.sources[0], ev.targets)
	for i := range ev.targets {
		if t := &ev.targets[i]; t.person && len(ev.sources[0].country) == 3 && legalAct(m.p.Code) {
			// the state that acts on a person is the person's (not
			// whoever attacks one: personTarget)
			t.country, t.code = ev.sources[0].country, ev.sources[0].country+"CVL"
		}
	}
	ev.mode = w.mode(m, coordinated)
	if nm := w.nominalSubjectMode(m); nm != "" && ev.mode == dyad.ModeAsserted {
		ev.mode = nm // "a ceasefire could take place"
	}
	if nm := w.nounMode(m); nm != "" && ev.mode == dyad.ModeAsserted {
		ev.mode = nm // "Putin's planned visit", "called off the talks"
	}
	if intentMode != "" && ev.mode == dyad.ModeAsserted {
		ev.mode = intentMode
	}
	defer func() { w.theAttack = false }()
	w.prev = append(w.prev, ev)
	rule := m.p.ID + " " + m.p.Text
	if passive {
		rule += " [passive]"
	}
	if placeTarget {
		rule += " [place victim]"
	}
	if govTarget {
		rule += " [own government]"
	}
	if contextAgent {
		rule += " [context agent]"
	}
	// "X will travel to P, as will Y and Z": more sources, same event.
	var extra []actorRef
	if !ev.sources[0].unknown {
		extra = w.ellipsis(m) // (not "90 civilians were wounded, as were seventeen soldiers": patients)
	}
	sources := splitCodes(append(append([]actorRef{}, ev.sources...), extra...))
	ev.targets = splitCodes(ev.targets)
	if len(ev.targets) == 0 && !m.eachOther && !m.p.Noun {
		m.eachOther = w.eachOtherAt(m.hiEnd)
	}
	switch {
	case m.eachOther && len(ev.targets) == 0 && len(sources) > 1:
		// "Russia and Ukraine accused each other": every party of the
		// compound acts on every other.
		for i, s := range sources {
			for j, t := range sources {
				if i != j {
					w.emit(m, s, &t, ev.mode, rule+" [each other]", srcFromSpeaker, m.p.Code)
				}
			}
		}
	case len(ev.targets) > 0:
		for _, s := range sources {
			for _, t := range ev.targets {
				code := m.p.Code
				if w.verbalAttack(m, &t) {
					code = "111"
				}
				if ev.mode == dyad.ModeProposed && !(s.tok >= 0 && w.prepBefore(s.tok) == "for") {
					// (not "called for Russia to withdraw": Russia
					// intends nothing)
					code = intentCode(code)
				}
				if s.unknown {
					code = w.unknownAgentCode(m, code, &t)
				}
				if w.killsNoncombatants(m, code, s.code, t.code) {
					// "militants killed ten villagers": an armed group's
					// killing of civilians is unconventional violence (18),
					// not a battle (19).
					code = "180"
				}
				if code == "174" && len(t.code) >= 6 && (t.code[3:6] == "MIL" || strings.HasSuffix(t.code, "PKO")) {
					// "expelled U.S. troops from the country": an army
					// is withdrawn (166), not deported as people are.
					code = "166"
				}
				if code == "166" && (peopleSector(t.code) || t.tok >= 0 && t.tokEnd < len(w.toks) && peopleNouns[w.low[t.tokEnd]]) {
					// "Kenya expelled Ugandan refugees": people are deported
					// (174); troops, missions and envoys are withdrawn (166).
					code = "174"
				}
				if code == "174" && t.tok >= 0 && t.tokEnd > t.tok && t.tokEnd <= len(w.toks) && envoyHeads[strings.ToLower(w.low[t.tokEnd-1])] {
					// "Ugandan diplomats were expelled from South Africa":
					// envoys expelled are ties cut (161), not deportees.
					code = "161"
				}
				if code == "030" && len(t.code) >= 6 && t.code[3:6] == "REF" && strings.HasPrefix(w.low[m.anchor], "accept") {
					// "Kenya accepted Ugandan refugees": taking refugees in
					// is granting asylum (075), not an intent to cooperate.
					code = "075"
				}
				if code == "0874" && civilianBody(s.code) {
					// "German firms announced plans to pull out of Iran": a
					// firm or an aid group leaving a country reduces ties
					// with it (16); only forces retreat (0874).
					code = "160"
				}
				if strings.HasPrefix(code, "163") && len(s.country) == 3 && s.country == t.country {
					// "authorities froze the newspaper's assets": sanctions
					// and embargoes are between states; a state's on its
					// own people or firms is an administrative sanction.
					code = "172"
				}
				if code == "050" && strings.HasSuffix(s.code, "MIL") {
					// "forces backed by U.S. troops": an army's support
					// is military cooperation, not a statement.
					code = "062"
				}
				w.emit(m, s, &t, ev.mode, rule, srcFromSpeaker, code)
				if m.p.RevCode != "" && !w.chargeKnown(m, s, t) {
					w.emit(m, t, &s, ev.mode, rule, false, m.p.RevCode)
				}
			}
		}
	case (m.p.Flags&FlagRecip != 0 || m.p.RevCode != "") && len(sources) > 1:
		// "X and Y met": between the members of the compound, whose
		// codes may be the same ("Ruto and Gachagua met": KENGOV and
		// KENGOV), unless they are one actor.
		both := m.p.Flags&FlagBothWays != 0 || m.p.RevCode != ""
		for i, s := range sources {
			for j, t := range sources {
				if i < j || (i != j && both) {
					m.within = w.distinctActors(s, t)
					w.emit(m, s, &t, ev.mode, rule+" [reciprocal]", srcFromSpeaker, m.p.Code)
					m.within = false
				}
			}
		}
	case m.p.Flags&FlagRecip != 0 && len(sources) == 1 && w.samePartner(sources[0]) >= 0:
		// "Chilean President X and Chilean Foreign Minister Y met": the
		// compound's second party has the first's code.
		k := w.samePartner(sources[0])
		t := w.mentionRef(w.ment[k], k)
		m.within = w.distinctActors(sources[0], t)
		w.emit(m, sources[0], &t, ev.mode, rule+" [reciprocal]", srcFromSpeaker, m.p.Code)
		m.within = false
	case m.p.Flags&FlagRecip != 0 && len(sources) == 1 && w.groupMention(sources[0]) && !(m.end < len(w.low) && w.low[m.end] == "with"):
		// (not "Cuban diplomats to meet with his son": the partner is named)
		// "G7 foreign ministers discussed China's role", "EU leaders
		// met": the members of the group consult one another.
		m.within = true
		w.emit(m, sources[0], &sources[0], ev.mode, rule+" [within group]", srcFromSpeaker, m.p.Code)
		m.within = false
	case w.c.keep || m.p.Flags&FlagSolo != 0:
		if m.quietSolo {
			return
		}
		for _, s := range sources {
			if t, ok := w.protestTarget(m, s); ok {
				w.emit(m, s, &t, ev.mode, rule+" [own government]", srcFromSpeaker, m.p.Code)
				continue
			}
			w.emit(m, s, nil, ev.mode, rule, srcFromSpeaker, m.p.Code)
		}
	}
}

// envoyHeads end the name of a state's envoys (as &ENVOY in verbs.txt).
var envoyHeads = set("ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat", "consul", "consuls", "commissioner", "commissioners")

// peopleNouns after a demonym name people of that nationality ("Ugandan
// nationals").
var peopleNouns = set("nationals", "citizens", "migrants", "immigrants", "residents", "workers", "people", "refugees", "asylum-seekers")

// peopleSector reports whether an actor code names people rather than a
// state body or a force: refugees, civilians, journalists, the opposition,
// students, clergy, workers ("UGAREF", "KENCVL").
func peopleSector(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "REF", "CVL", "MED", "OPP", "EDU", "REL", "LAB":
		return true
	}
	return false
}

// civilianBody reports whether code is a business or a non-governmental
// organisation's ("DEUBUS", "NGOHLHMSF"): a body that leaves a country
// without arms.
func civilianBody(code string) bool {
	return strings.HasPrefix(code, "NGO") || len(code) >= 6 && (code[3:6] == "BUS" || code[3:6] == "NGO")
}

// protestPlace returns the country of the place a nominal protest is
// held in, named within a few words after it behind a locative preposition
// ("protests continue in Baghdad", "protests in the capital, Nairobi"),
// "" when there is none.
func (w *worker) protestPlace(m *match) string {
	_, hi := w.bounds(m.anchor)
	located := false
	for k := m.end; k < hi && k < m.end+7; k++ {
		s := w.low[k]
		if s == ";" || clauseStops[s] || scopeEnds[s] || relativeWords[s] {
			break
		}
		if placePreps[s] || s == "through" {
			located = true
		}
		if pi := w.place[k]; located && pi >= 0 {
			if p := w.doc.Places[pi]; !p.Metonymic && p.Country != "" {
				return p.Country
			}
			return ""
		}
		if w.ment[k] >= 0 {
			return "" // "protests in the embassy of X": an actor's, not a place
		}
	}
	return ""
}

// protesterSectors are the sectors of a country's people that protest
// against their state (lawmakers and parties boycotting a vote too).
var protesterSectors = set("CVL", "OPP", "BUS", "NGO", "LAB", "EDU", "REL", "MED", "AGR", "HLH", "REF", "LEG", "PTY")

// protestTarget returns the target of a protest that names none: the
// government of the protesters' own country ("Sudanese began protesting",
// "farmers held a sit-in"), as CAMEO codes domestic dissent. Protests by a
// state's own agents, and events of other roots, have none.
func (w *worker) protestTarget(m *match, s actorRef) (actorRef, bool) {
	if !strings.HasPrefix(m.p.Code, "14") || len(s.country) != 3 || !strings.HasPrefix(s.code, s.country) {
		return actorRef{}, false
	}
	if sector := s.code[3:]; sector != "" && (len(sector) < 3 || !protesterSectors[sector[:3]]) {
		return actorRef{}, false
	}
	if s.code == s.country && s.mention >= 0 && w.doc.Mentions[s.mention].Kind != dyad.MentionDemonym && !w.countryModifier(s) {
		return actorRef{}, false // "Kenya protested": a state's protest, addressed to another
	}
	return actorRef{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: s.country + "GOV", name: s.country,
		country: s.country, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}, true
}

// distinctActors reports whether two parties of a compound are different
// mentions of different actors: "Ruto and Gachagua" (both KENGOV) are two,
// "Trump and the U.S. president" (one actor named twice) are one.
func (w *worker) distinctActors(s, t actorRef) bool {
	if s.mention < 0 || t.mention < 0 || s.mention == t.mention {
		return false
	}
	a, b := w.resolve(s.mention), w.resolve(t.mention)
	return a != nil && b != nil && a != b && (a.ID == "" || a.ID != b.ID) && (a.Name == "" || a.Name != b.Name)
}

// samePartner returns the first token of the actor joined to r by "and"
// right before or after it with r's own code (a compound the source
// search keeps as one party), else -1.
func (w *worker) samePartner(r actorRef) int {
	if r.tok < 0 || r.mention < 0 {
		return -1
	}
	same := func(k int) bool {
		a := w.resolve(w.ment[k])
		return a != nil && a.Code == r.code
	}
	if k := r.tok - 1; k >= 1 && w.low[k] == "and" && w.ment[k-1] >= 0 && same(k-1) {
		return w.mstart[k-1]
	}
	if k := r.tokEnd; k+1 < len(w.toks) && w.low[k] == "and" && w.ment[k+1] >= 0 && same(k+1) {
		return k + 1
	}
	return -1
}

// groupMention reports whether r is a mention of several members of one
// named actor ("G7 foreign ministers", "Arab League foreign ministers",
// "EU leaders"), not of people named before ("the prime ministers", "the
// two leaders", "both ministers": different actors, maybe of different
// countries).
func (w *worker) groupMention(r actorRef) bool {
	if r.mention < 0 {
		return false
	}
	if r.members {
		// "Top diplomats from the G7": the members of one bloc
		return strings.HasPrefix(r.code, "IGO")
	}
	words := strings.Fields(r.span.In(w.doc.Article.Text)) // (the words here, not an antecedent's)
	if len(words) < 2 || !groupHeads[strings.ToLower(words[len(words)-1])] {
		return false
	}
	named := false
	for _, x := range words {
		switch strings.ToLower(x) {
		case "the":
			continue
		case "these", "those", "two", "both", "three":
			return false
		}
		named = named || unicode.IsUpper([]rune(x)[0])
	}
	return named
}

// sharedObject returns the object a verb shares with the verb it is
// coordinated with: "has been attacking and fighting Kenyan troops",
// "condemned and denounced the strike on X".
func (w *worker) sharedObject(m *match) (actorRef, bool) {
	k := m.hiEnd
	if m.p.Noun || k+1 >= len(w.toks) || w.low[k] != "and" && w.low[k] != "or" {
		return actorRef{}, false
	}
	for i := range w.matches {
		n := &w.matches[i]
		if n.p.Noun || n.p.Code == "" || n.start <= k || w.auxStart(n.start) != k+1 {
			continue
		}
		if n.target != nil {
			return *n.target, true
		}
		return w.object(n)
	}
	return actorRef{}, false
}

// exemplar finds, in the pattern's skipped words from k to hi, an
// addressee named by example: "encouraging allies such as Germany to",
// "urged governments, including France, to".
func (w *worker) exemplar(k, hi int) (actorRef, bool) {
	for ; k+1 < hi; k++ {
		if w.ment[k] >= 0 {
			break // an actor the search did not take
		}
		j := k + 1
		switch {
		case w.low[k] == "such" && w.low[k+1] == "as":
			j = k + 2
		case w.low[k] == "including" || w.low[k] == "like":
		default:
			continue
		}
		if j < hi && w.ment[j] >= 0 {
			return w.mentionRef(w.ment[j], j), true
		}
		break
	}
	return actorRef{}, false
}

// privateSanction reports whether sanction m keeps its target from a
// job, a school, a team or a game ("was suspended from her job", "banned
// from the team"): an employer's, school's or league's act, which no
// state does when the text names no agent.
func (w *worker) privateSanction(m *match) bool {
	if !strings.HasPrefix(m.p.Code, "172") {
		return false
	}
	_, hi := w.bounds(m.anchor)
	for k := m.anchor + 1; k < hi && k <= m.end+1; k++ {
		if w.low[k] != "from" {
			continue
		}
		j := k + 1
		for j < hi && !privateBodies[w.low[j]] && (determiners[w.low[j]] || possessivePronouns[w.low[j]] || w.capitalised(j) && w.ment[j] < 0) && j < k+4 {
			j++
		}
		return j < hi && privateBodies[w.low[j]]
	}
	return false
}

// privateBodies are what an employer, a school or a league keeps people
// from.
var privateBodies = set("job", "jobs", "work", "school", "schools", "class", "classes", "team", "club", "league",
	"game", "games", "match", "matches", "bowl", "season", "practice", "tournament", "competition", "company", "firm")

// stateAgent returns the state acting on m's target with no agent named:
// the state of the sentence's place, else the target's; its police or
// courts when the target is its government.
func (w *worker) stateAgent(m *match) actorRef {
	c := m.target.country
	if strings.HasPrefix(m.p.Code, "174") {
		// "migrants were deported to Honduras, Venezuela or other
		// countries": a state expels foreigners, the article's state
		// rather than the migrants' own or a destination's.
		if pc := w.actPlaceCountry(m.anchor); pc != "" && w.placeAfter(m.anchor, "from") {
			c = pc // "deported from Germany"
		} else if dc := w.docCountry(); dc != "" {
			c = dc
		}
		if c == m.target.country {
			if d, ok := w.foreignDeporter(c); ok {
				c = d // no state deports its own people
			}
		}
	} else if pc := w.actPlaceCountry(m.anchor); pc != "" {
		// "a Russian journalist was arrested in Paris": the state of the
		// place acts.
		c = pc
	}
	agentCode := c + "GOV"
	if strings.HasPrefix(m.target.code, agentCode) {
		// "the minister was arrested": the state's police or courts act
		// on its own government.
		agentCode = c + "COP"
		if strings.HasPrefix(m.p.Code, "11") {
			agentCode = c + "JUD"
		}
	}
	return actorRef{mention: -1, place: -1, span: w.toks[m.anchor].Span, code: agentCode, name: c,
		country: c, tok: m.anchor, tokEnd: m.anchor + 1, noun: true}
}

// attackDate returns, for "the attack killed …", the date of the attack
// the article reported: its first text-dated event of material conflict,
// else the first date of its lede.
func (w *worker) attackDate() (value, precision, text string, ok bool) {
	if !w.theAttack {
		return "", "", "", false
	}
	for i := range w.doc.Events {
		e := &w.doc.Events[i]
		// (not an earlier attack mentioned by comparison: "the deadliest
		// since an assault in Ghazni in 2018")
		if e.DateSource == dyad.DateFromText && (e.Root == "18" || e.Root == "19" || e.Root == "20") && !strings.Contains(e.Rule, "[context agent]") {
			return e.Date, e.DatePrecision, e.DateText, true
		}
	}
	if len(w.doc.Sentences) > 0 && w.si > 0 {
		lede := w.doc.Sentences[0].Span
		for i := range w.doc.Times {
			if t := &w.doc.Times[i]; lede.Contains(t.Span) && t.Type == dyad.TimeDate && t.Value != "" {
				return t.Value, t.Precision, t.Text, true
			}
		}
	}
	return "", "", "", false
}

// attackHead returns the token of the attack noun heading the subject of
// m's verb ("a car bombing in Kabul killed", "the attack, which killed"),
// -1 when the subject is no attack.
func (w *worker) attackHead(m *match) int {
	k := w.auxStart(m.start) - 1
	if k >= 2 && (w.low[k] == "which" || w.low[k] == "that") && w.low[k-1] == "," {
		k -= 2
	}
	k = w.skipCommaAdjunct(k) // "the attack, in 2009, killed"
	if k >= 2 && w.place[k] >= 0 {
		// "a bombing in Kabul killed": over the locating phrase
		for k >= 1 && w.place[k] >= 0 {
			k--
		}
		if !locativePreps[w.low[k]] {
			return -1
		}
		k--
	}
	if k >= 2 && (w.ment[k] >= 0 || !attackHeads[w.low[k]]) {
		// "airstrikes by the Somali army (and its partners in the
		// region) have killed": over the attack noun's agent
		lo, _ := w.bounds(k)
		for b := k; b > lo && b >= k-12; b-- {
			if w.low[b] == "by" {
				if b < k && !strings.HasSuffix(w.low[b+1], "ing") && w.ment[b-1] < 0 && attackHeads[w.low[b-1]] {
					return b - 1
				}
				break
			}
			if isPunct(w.low[b]) && w.low[b] != "-" || w.ment[b] < 0 && w.isVerbWord(b) {
				break
			}
		}
	}
	if k < 0 || w.ment[k] >= 0 || !attackHeads[w.low[k]] {
		return -1
	}
	return k
}

// attackAgent returns, for a violent verb whose subject is an attack
// ("a car bombing killed five", "the attack, which killed twelve"), the
// attack's agent: an actor it is ascribed to or claimed by in the
// sentence, else an armed non-state actor the sentence names, else the
// last one the article named.
func (w *worker) attackAgent(m *match) (actorRef, bool) {
	k := w.attackHead(m)
	if k < 0 {
		return actorRef{}, false
	}
	lo, hi := w.bounds(m.anchor)
	if k+2 < hi && w.low[k+1] == "by" && !strings.HasSuffix(w.low[k+2], "ing") {
		// "airstrikes by the Somali army have killed 50 militants": the
		// attack noun's own agent
		for e := k + 2; e < hi && e <= k+4; e++ {
			if w.ment[e] >= 0 {
				return w.mentionRef(w.ment[e], e), true
			}
			if isPunct(w.low[e]) {
				break
			}
		}
	}
	for j := lo; j+2 < hi; j++ {
		if (attributionVerbs[w.low[j]] || w.low[j] == "claimed") && (w.low[j+1] == "to" || w.low[j+1] == "on" || w.low[j+1] == "by") {
			for e := j + 2; e < hi && e <= j+4; e++ {
				if w.ment[e] >= 0 {
					return w.mentionRef(w.ment[e], e), true
				}
			}
		}
	}
	if r, ok := w.attackOwner(k); ok {
		// "Israel launched strikes on Gaza. The strikes killed 20
		// Palestinians": the referring attack's agent, named before
		return r, true
	}
	for j := lo; j < hi; j++ {
		if w.ment[j] >= 0 && armedNonState(w.mentionRef(w.ment[j], j).code) {
			return w.mentionRef(w.ment[j], j), true
		}
	}
	if mi := w.lastArmedGroup(w.si); mi >= 0 {
		a := w.resolve(mi)
		return actorRef{mention: mi, place: -1, span: w.toks[k].Span, code: a.Code, name: a.Name, country: a.Country,
			tok: k, tokEnd: k + 1}, true
	}
	return actorRef{}, false
}

// groupAttackNouns are the nominal acts of force an armed group commits
// (not airstrikes or shelling, a state's).
var groupAttackNouns = set("attack", "attacks", "assault", "assaults", "ambush", "ambushes", "raid", "raids",
	"bombing", "bombings")

// genericQuantifiers make a nominal attack a generic one ("more attacks
// than any other city", "no attacks").
var genericQuantifiers = set("more", "most", "fewer", "any", "no", "such")

// definiteNominal reports whether the noun at token i is definite or
// possessed ("the attack", "this attack", "Tuesday's attack", "their
// raids"), or generic ("more attacks"), looking back over its modifiers;
// such a noun refers back or reports no one act.
func (w *worker) definiteNominal(i int) bool {
	lo, _ := w.bounds(i)
	for k := i - 1; k >= lo && k >= i-4; k-- {
		s := w.low[k]
		switch {
		case s == "the" || s == "this" || s == "that" || s == "these" || s == "those" || s == "'s" || possessivePronouns[s] || genericQuantifiers[s]:
			return true
		case isPunct(s) && s != "-" || prepositions[s] || eventPPs[s] || articles[s] || w.isVerbWord(k) || w.ment[k] >= 0:
			return false
		case strings.HasSuffix(s, "ing") && k == i-1:
			return true // the object of a participle: "allegations linking attack on a train"
		}
	}
	return false
}

// contextArmedGroup returns the agent of a nominal act of force that
// names none ("the attack on the hotel", "since an assault in Ghazni"):
// the armed non-state group named last before it in its sentence, else in
// the earlier sentences of its paragraph, else in the sentence before.
// Light-verb nominals ("staged attacks"), definite or possessed ones that
// refer back to an attack already coded ("the attack", "its recent
// attack"), topics ("a threat about an attack") get none.
func (w *worker) contextArmedGroup(m *match) (actorRef, bool) {
	if !m.p.Noun || m.p.light || !placeConflict(m.p.Code) || !groupAttackNouns[w.low[m.anchor]] {
		return actorRef{}, false
	}
	if w.definiteNominal(m.anchor) || w.nounPrep(m.start) == "about" {
		return actorRef{}, false
	}
	mi := w.armedGroupBefore(w.si, w.toks[m.anchor].Start)
	para := w.doc.Sentences[w.si].Paragraph
	for s := w.si - 1; mi < 0 && s >= 0 && (s == w.si-1 || w.doc.Sentences[s].Paragraph == para); s-- {
		mi = w.armedGroupBefore(s, w.doc.Sentences[s].End)
	}
	if mi < 0 {
		return actorRef{}, false
	}
	a := w.resolve(mi)
	return actorRef{mention: mi, place: -1, span: w.toks[m.anchor].Span, code: a.Code, name: a.Name, country: a.Country,
		tok: m.anchor, tokEnd: m.anchor + 1}, true
}

// armedNonState reports whether an actor code is a militant group, rebels,
// insurgents or separatists.
// stateForce reports whether code is a state's armed force, police,
// intelligence service or government.
func stateForce(code string) bool {
	if len(code) < 6 || code[:3] == "IGO" {
		return false
	}
	switch code[3:6] {
	case "MIL", "COP", "SPY", "GOV":
		return true
	}
	return false
}

func armedNonState(code string) bool {
	return strings.HasPrefix(code, "IMG") || len(code) >= 6 && (code[3:6] == "REB" || code[3:6] == "INS" || code[3:6] == "SEP")
}

// noncombatantRoles are the roles of actors that do not fight: civilians,
// journalists, teachers and students, clergy, health and aid workers,
// refugees.
var noncombatantRoles = map[string]bool{"CVL": true, "MED": true, "EDU": true, "REL": true, "HLH": true, "REF": true, "NGO": true}

// killsNoncombatants reports whether an event coded code by a killing
// word ("kill", "killed", "killing") is an armed non-state group's killing
// of non-combatants, which CAMEO codes as unconventional violence (18).
func (w *worker) killsNoncombatants(m *match, code, src, tgt string) bool {
	if !strings.HasPrefix(code, "19") || !strings.HasPrefix(w.low[m.anchor], "kill") || !armedNonState(src) {
		return false
	}
	return len(tgt) >= 6 && noncombatantRoles[tgt[3:6]]
}

// namedPossessed reports whether m is a nominal event with a named
// possessor ("Russia's war", "the United States' killing of X").
func (w *worker) namedPossessed(m *match) bool {
	if !m.p.Noun {
		return false
	}
	for k := m.start; k >= 0 && k >= m.start-2; k-- {
		if s := w.low[k]; (s == "'s" || s == "'") && k > 0 && w.ment[k-1] >= 0 {
			return true
		}
	}
	return false
}

// isPersonRef reports whether r is a mention of an actor that is a person.
func (w *worker) isPersonRef(r *actorRef) bool {
	if r.mention < 0 || r.mention >= len(w.doc.Mentions) {
		return false
	}
	a := w.doc.Mentions[r.mention].Actor
	return a != nil && a.Kind == dyad.ActorPerson
}

// armedActor reports whether an actor code names an armed actor: an
// army, police or intelligence service, rebels, insurgents, separatists or
// a militant group (IMG…).
func armedActor(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true
	}
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "MIL", "COP", "SPY", "REB", "INS", "SEP":
		return true
	}
	return false
}

// civilianPolitics reports whether r is an unarmed political, legal,
// press or business actor of a country (a government, party,
// legislature, court, outlet, firm or elite, or a person known only by
// country): one that fights with words.
func (w *worker) civilianPolitics(r actorRef) bool {
	if strings.HasPrefix(r.code, "IGO") || len(r.code) < 3 {
		return false
	}
	if len(r.code) == 3 {
		return r.person || r.mention >= 0 && w.doc.Mentions[r.mention].Kind == dyad.MentionPerson
	}
	if len(r.code) < 6 {
		return false
	}
	switch r.code[3:6] {
	case "GOV", "PTY", "LEG", "JUD", "MED", "ELI", "BUS":
		return true
	}
	return false
}

// territory reports whether target t is a place or a settlement coded as
// its country ("Goma", "the town of Bunia"), not an actor.
func (w *worker) territory(t *actorRef) bool {
	if t.place >= 0 {
		return true
	}
	return t.mention < 0 && !t.noun && t.tok >= 0 && t.tok < len(w.low) && settlementNouns[w.low[t.tok]]
}

// nonState reports whether target code t is an armed non-state group of
// source country s ("Somalia killed militants": SOM → SOMREB is an event;
// "Russia backs Putin", RUS → RUSGOV, is not, nor are a country's
// civilians, experts or media, whose country-level "source" is mostly a
// misread subject).
func nonState(s, t string) bool {
	return len(s) == 3 && len(t) >= 6 && (t[3:6] == "REB" || t[3:6] == "INS" || t[3:6] == "SEP")
}

// perfectBefore reports whether a perfect auxiliary ("had attacked", "has
// been deployed to attack") comes before the trigger of m in its quote:
// an act told in the perfect precedes the saying by an unknown span.
func (w *worker) perfectBefore(m *match) bool {
	lo, _ := w.bounds(m.anchor)
	for k := m.start - 1; k >= lo && w.quote[k] == w.quote[m.anchor]; k-- {
		if s := w.low[k]; s == "had" || s == "has" || s == "have" || s == "'d" || s == "'ve" {
			return true
		}
	}
	return false
}

// ownPeople reports whether a state s coerces or attacks its own people t:
// a material-conflict act (17–20) of a bare country on its civilians,
// opposition, media, religious, labour, business or aid groups, criminals,
// parties and former officials ("Iran arrested a protester", "Russia
// jailed a Russian journalist", "Turkey sentenced two smugglers"). (Only for
// verbs: a nominal's agent is too often misread — "an example of the
// attacks on U.S. citizens", said by the United States.)
func ownPeople(code, s, t string) bool {
	if len(s) != 3 || len(t) < 6 || !materialConflict(code) {
		return false
	}
	switch t[3:6] {
	case "CVL", "OPP", "MED", "REL", "LAB", "BUS", "NGO", "HLH", "EDU", "REF", "ETH", "CRM", "PTY", "ELI":
		return true
	}
	return false
}

// emit appends one event.
func (w *worker) emit(m *match, s actorRef, t *actorRef, mode, rule string, srcFromSpeaker bool, code string) {
	if w.frontedInfinitive(m) {
		return // "To collaborate with X is …", "To defeat Y, Z needs …": no act
	}
	if w.nobodySubject(m) {
		return // "No one was arrested": there is no patient, nor an act
	}
	if w.productMention(s) {
		return // "she was struck by a grey Toyota": a car, not the company
	}
	if mode == dyad.ModeNegated && strings.HasPrefix(code, "05") && w.withheldApproval(m) {
		// "Dodik does not recognize the court": withholding approval is
		// rejecting
		code, mode = "120", dyad.ModeAsserted
	}
	if s.tok > 0 && s.tok < m.start && (w.low[s.tok-1] == "nor" || w.low[s.tok-1] == "neither") && mode != dyad.ModeNegated {
		mode = dyad.ModeNegated // "Neither Russia nor Ukraine attacked Poland"
	}
	sayingAt, ownIntent := dyad.Span{}, false
	if mode == dyad.ModePlanned {
		if sayingAt, ownIntent = w.ownIntent(m, s, code); ownIntent {
			mode = dyad.ModeAsserted
		}
	}
	if th, at, ok := w.warnedThreat(m, s, code, mode); ok {
		// "Beijing hinted that it could retaliate with tariffs on X": the
		// threat is made by saying it
		code, mode, sayingAt, ownIntent = th, dyad.ModeAsserted, at, true
		rule += " [threat]"
	}
	obliged := false
	if sp, ok := w.obligation(m, s, rule); ok {
		// "X said authorities should declare a state of emergency": no
		// act yet, but the speaker's demand on the act's subject.
		subj := s
		s, t, code, srcFromSpeaker, obliged = sp, &subj, "100", true, true
		rule += " [obligation]"
	}
	if t != nil {
		if strings.HasPrefix(code, "04") && (strings.HasSuffix(s.code, "MED") || strings.HasSuffix(t.code, "MED")) {
			return // speaking to the press is no consultation ("Speaking to AFP, …")
		}
		if code == "042" && s.mention >= 0 && w.doc.Mentions[s.mention].Kind == dyad.MentionDemonym &&
			strings.HasSuffix(w.doc.Mentions[s.mention].Text, "s") {
			return // "Somalis arrived in Kenya": people moving, not a visit
		}
		if strings.HasPrefix(code, "171") && w.territory(t) {
			// "M23 rebels seized Goma", "seized the town of X": a town
			// seized is territory occupied (192), not property (171).
			code = "192"
		}
		if w.territory(t) && t.country == s.country && strings.HasPrefix(code, "192") && len(s.code) >= 6 && nonState(s.code[:3], s.code) {
			// "Syrian rebels took over Aleppo": territory taken at home is
			// taken from the state.
			x := *t
			x.place, x.code, x.noun = -1, t.country+"GOV", true
			t = &x
		}
		insurgent := false
		if x, ok := w.insurgentTarget(m, s, *t, code); ok {
			// "Houthi rebels attacked Sanaa", "the Taliban seized
			// control of Afghanistan": an armed group's force against
			// its own country is against the state
			t, insurgent = &x, true
		}
		// An actor is not its own target, nor its country's or its
		// government's ("India backs Indian officials"). (A person the
		// actors stage knows only by country, "Maria Kalesnikava" BLR,
		// is no country.)
		if m.within || s.unknown || insurgent {
			// the members of a joint or group subject act on one another;
			// an unknown agent is no one's own
		} else if s.code == t.code || (t.place >= 0 && t.country == s.country) ||
			strings.HasPrefix(s.code, t.code) && !w.isPersonRef(t) || strings.HasPrefix(t.code, s.code) && !t.noun && !w.isPersonRef(&s) && !nonState(s.code, t.code) && !(!m.p.Noun && ownPeople(code, s.code, t.code)) {
			return
		}
	}
	if t != nil && strings.HasPrefix(code, "19") && w.civilianPolitics(s) && w.civilianPolitics(*t) && s.code[:3] == t.code[:3] {
		// "Cable attacked Labour's taxes", "Democrats continued to
		// attack Trump", "the judge clashed with ministers": force
		// between a country's own politicians, courts, press or firms is
		// a figure for criticism.
		code = "111"
		rule += " [figurative]"
	}
	if code == "043" && t != nil && t.mention >= 0 && strings.HasPrefix(w.low[m.anchor], "welcom") {
		if j, ok := w.possessedThing(t.tokEnd, len(w.low), code); ok && j < 0 {
			code = "051" // "welcomed X's courage": praise, not a welcome to X
		}
	}
	if w.alleged && t == nil {
		return // an alleged act on no one named is too thin to code
	}
	if s.unknown && (t == nil || mode != dyad.ModeAsserted && mode != dyad.ModeReported || w.claimContent(m) || w.agentInSentence()) {
		// an act with neither agent nor patient is no event; one no one
		// is said to have done is too thin when it is only planned,
		// proposed, conditional, denied or the content of a claim
		// ("journalists could be attacked", "denied claims that the
		// journalist was killed"); and a sentence that names the agent of
		// its violence reports one act ("a car bombing killed five, an
		// attack ascribed to Hamas")
		return
	}
	text := w.doc.Article.Text
	trig := dyad.Span{Start: w.toks[m.start].Start, End: w.toks[m.end-1].End}
	ev := dyad.Event{
		Sentence: w.sent.Span,
		Source:   w.eventActor(s),
		Trigger:  dyad.Trigger{Span: trig, Text: trig.In(text)},
		CAMEO:    code,
		Rule:     rule,
		Mode:     mode,
	}
	if len(code) >= 2 {
		ev.Root = code[:2]
	}
	if t != nil {
		ev.Target = w.eventActor(*t)
	}
	// An implied actor (a passive's state agent, an unnamed detainee, a
	// protest's own government) has no words of its own: its span is left
	// empty at the trigger, not the trigger's words ("ZAFGOV(kicked)").
	for _, a := range []struct {
		r  *actorRef
		ea *dyad.EventActor
	}{{&s, ev.Source}, {t, ev.Target}} {
		if a.r != nil && a.ea != nil && a.r.mention < 0 && a.r.place < 0 && !a.r.speaker && a.ea.Start >= trig.Start && a.ea.End <= trig.End {
			a.ea.End = a.ea.Start
		}
	}
	if c, ok := cameo.Nearest(code); ok {
		ev.PLOVER, ev.Quad, ev.Goldstein = c.PLOVER, c.Quad, c.Goldstein
	}
	// Attribution.
	ev.Attribution.Outlet = w.doc.Article.Outlet
	if qi := w.quote[m.anchor]; qi >= 0 && !(m.p.Flags&FlagAccuser != 0 && !w.doc.Quotes[qi].Direct) && !w.conjunctAfterIndirect(m, qi) {
		// (", a charge X rejected" is the narrator's apposition to the
		// reported charge, not part of it)
		q := &w.doc.Quotes[qi]
		ev.Attribution.Quote = &qi
		if q.Speaker != nil {
			ev.Attribution.Speaker = q.Speaker.Name
			ev.Attribution.Anonymous = q.Speaker.Anonymous
		}
		// (a nominal event heading the subject of an indirect quote is
		// presupposed, not claimed: "X said recent agreements between Y
		// and Z are …"; one in its predicate is reported: "X said people
		// died in the hijacking by Y", and so is an indefinite one the
		// quote introduces: "a statement saying an attack on X caused no
		// casualties")
		if ev.Mode == dyad.ModeAsserted && w.requestedAct(m, q) {
			ev.Mode = dyad.ModeProposed // "called for the Taliban to lift the ban"
		}
		if ev.Mode == dyad.ModeAsserted && !(srcFromSpeaker && ev.Root == "01") && !(q.Direct && (w.performative(m, s) || w.institutionPerformative(m, s, q))) && !(m.p.Noun && w.unmarked(q, trig.Start) && w.clauseSubjectNP(q, m.start) && !w.indefiniteOccurrence(m.start)) &&
			!(!q.Direct && strings.EqualFold(q.Cue, "according to") && w.ledeAccordingTo()) && !w.ownStance(m, s, q) &&
			!w.accordingElsewhere(q, m) && !s.quoteLead && !w.asClauseAfterReport(q, m) && !(w.ownWords(q, m) && w.backgroundClause(m)) && !w.ownSideRecord(m, s, q, code) {
			ev.Mode = dyad.ModeReported
		}
	} else if (ev.Mode == dyad.ModeAsserted || ev.Mode == dyad.ModePlanned) && w.alleged {
		ev.Mode = dyad.ModeReported // the act an accusation names
	} else if ev.Mode == dyad.ModeAsserted && w.reportedCue(m) && !w.backgroundClause(m) {
		ev.Mode = dyad.ModeReported
		ev.Attribution.Anonymous = true
	} else if ev.Mode == dyad.ModeAsserted && w.relativeReport(m) {
		ev.Mode = dyad.ModeReported // "X, which claims Y threatens Z"
	} else if ev.Mode == dyad.ModeAsserted && (w.unquotedReport(m, s) || w.conjunctReport(m, s)) && !w.backgroundClause(m) {
		ev.Mode = dyad.ModeReported // "NPR reported X urged Y to leave"
	} else if (ev.Mode == dyad.ModeAsserted || ev.Mode == dyad.ModePlanned) && w.claimContent(m) {
		// "denied reports that Russia attacked Kyiv", "denied a report
		// that he planned to appeal to X": the claim's, not the narrator's
		ev.Mode = dyad.ModeReported
	} else if ev.Mode == dyad.ModeAsserted && w.hearsayRaised(m) {
		ev.Mode = dyad.ModeReported // "Iran claimed to have attacked Israel"
	} else if ev.Mode == dyad.ModeAsserted && m.p.Noun && m.start < m.anchor && claimForms[w.low[m.start]] {
		ev.Mode = dyad.ModeReported // "the military claimed the killing of 33 militants": its claim
	}
	if obliged || ownIntent {
		ev.Mode = dyad.ModeAsserted // the speaker's own demand or intent, taken by saying it
	}
	// Date. A speech act coded from its own quote is dated by its cue
	// ("On Sunday, Trump declared “…”").
	dateAt := trig
	if ownIntent {
		dateAt = sayingAt // "told reporters on Monday that he would ask …"
	}
	if qi := w.quote[m.anchor]; qi >= 0 && srcFromSpeaker && ev.Root == "01" {
		if q := &w.doc.Quotes[qi]; q.CueSpan != nil && w.sent.Span.Contains(*q.CueSpan) {
			dateAt = *q.CueSpan
		}
	}
	if d, ok := w.c.dateOf(w.doc, w.dateScope(m), dateAt); ok && d.Value != "" {
		ev.Date, ev.DatePrecision, ev.DateSource = d.Value, d.Precision, dyad.DateFromText
		if d.Expr != nil {
			ev.DateText = d.Expr.Text
		}
	} else if v, prec, text, ok := w.attackDate(); ok {
		ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = v, prec, dyad.DateFromText, text
	} else if t := w.anaphoricDate(); t != nil {
		ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = t.Value, t.Precision, dyad.DateFromText, t.Text
	} else if t := w.definiteEventDate(m); t != nil {
		ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = t.Value, t.Precision, dyad.DateFromText, t.Text
	} else if v, text, ok := w.beforeLedeEvent(); ok {
		ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = v, dyad.DateDay, dyad.DateFromText, text
	} else if d, ok := w.ledeStatementDate(ev.Root, s.code, dateAt); ok && !w.presentSimple(m) {
		ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = d.Value, dyad.DateDay, dyad.DateFromText, d.Expr.Text
	} else {
		ev.Date, ev.DatePrecision, ev.DateSource = w.pub, dyad.DateDay, dyad.DateFromPublication
		if w.pub == "" {
			ev.DatePrecision = ""
		}
	}
	if ev.DateSource == dyad.DateFromPublication && ev.Attribution.Quote != nil && (ev.Mode == dyad.ModeAsserted || ev.Mode == dyad.ModeReported && materialConflict(code)) {
		// "Putin said Thursday that Russia supports the proposal": the
		// stance taken by saying so dates from the saying; so does an
		// act of force reported as done with no date of its own ("On
		// Thursday, officials said troops were deployed to push back
		// the rebels").
		if q := &w.doc.Quotes[*ev.Attribution.Quote]; q.Date != nil && (ev.Mode == dyad.ModeReported && !w.perfectBefore(m) || w.ownStance(m, s, q)) {
			if v, prec := quoteDate(*q.Date); prec != "" {
				ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = v, prec, dyad.DateFromText, ""
				for i := range w.doc.Times {
					if t := &w.doc.Times[i]; t.Value == *q.Date && w.sent.Span.Contains(t.Span) {
						ev.DateText = t.Text
						break
					}
				}
			}
		}
	}
	if ev.DateSource == dyad.DateFromPublication && (ev.Mode == dyad.ModeAsserted || ev.Mode == dyad.ModeReported || ev.Mode == dyad.ModeNegated) {
		// "On Wednesday, Lam announced …" (published Friday) … "Lam
		// also agreed to …": the day the lede sets.
		if d, ok := when.SceneDate(w.doc, w.dateScope(m), dateAt); ok && !w.presentSimple(m) {
			ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = d.Value, d.Precision, dyad.DateFromText, d.Expr.Text
		}
	}
	if ev.DateSource == dyad.DateFromPublication && (ev.Mode == dyad.ModeAsserted || ev.Mode == dyad.ModeReported) {
		// "Germany on Monday banned Mahan Air" … "Germany's aviation
		// office has suspended Mahan's permit": the lede's act retold in
		// the perfect happened on the lede's day.
		if le := w.ledeActRetold(&ev, m, trig); le != nil {
			ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = le.Date, le.DatePrecision, dyad.DateFromText, le.DateText
		}
	}
	if (ev.Mode == dyad.ModeAsserted || ev.Mode == dyad.ModeReported) && !obliged && !ownIntent &&
		ev.DateSource == dyad.DateFromText && w.futureDated(m, ev.Date, ev.DateText, w.pub) {
		ev.Mode = dyad.ModePlanned // "Putin is meeting Zelenskyy tomorrow"
	}
	ev.Place = w.eventPlace(m)
	// The same dyad, code and trigger once only.
	for i := len(w.doc.Events) - 1; i >= 0; i-- {
		o := &w.doc.Events[i]
		if o.Sentence != ev.Sentence {
			break
		}
		if o.Trigger.Span == ev.Trigger.Span && o.CAMEO == ev.CAMEO && (o.Source == nil) == (ev.Source == nil) && (o.Source == nil || o.Source.Code == ev.Source.Code) &&
			((o.Target == nil) == (ev.Target == nil)) && (o.Target == nil || o.Target.Code == ev.Target.Code) {
			return
		}
	}
	if ev.Source != nil && placeConflict(code) {
		w.dropUnknownAgents() // the sentence names who did its violence
	}
	w.doc.Events = append(w.doc.Events, ev)
	w.speechThreat(m, s, t, ev, rule) // "“We will strike Iran,” X said": also X's threat
	var accuser *actorRef
	switch {
	case strings.HasPrefix(code, "112") && s.code != "":
		accuser = &s
	case t != nil && t.code != "" && strings.HasPrefix(code, "12") && answersCharge(m.p):
		accuser = t
	}
	if accuser != nil {
		w.accuser, w.accuserSent = *accuser, w.si
	}
}

// ledeActRetold returns the lede's event that ev, a perfect after the
// lede with no time of its own, retells: an event of the first sentence
// dated by the lede's day, with the same CAMEO root and the same source
// and target countries ("Germany on Monday banned Iranian airline Mahan
// Air" … "The Federal Aviation Office of Germany has suspended Mahan's
// permit"). A perfect that tells of something else — another root or
// dyad, a time of its own in the sentence, a repeated, earlier or other
// act ("has repeatedly banned", "has banned airlines before", "has only
// impeached two other presidents"), a progressive ("has been
// encouraging"), a noun under another verb's perfect ("have condemned
// his arrest") — retells nothing, and it returns nil.
func (w *worker) ledeActRetold(ev *dyad.Event, m *match, trig dyad.Span) *dyad.Event {
	if w.si == 0 || len(w.doc.Sentences) == 0 || ev.Source == nil || ev.Target == nil ||
		ev.Source.Country == "" || ev.Target.Country == "" {
		return nil
	}
	text := w.doc.Article.Text
	if !when.Perfect(text, w.sent.Span, trig) {
		return nil
	}
	// the trigger's own verb is the perfect's participle ("has
	// suspended Mahan's permit"), not a noun under another verb's perfect
	// ("have condemned Mhlanga's arrest")
	k := m.start - 1
	if k > 0 && (strings.HasSuffix(w.low[k], "ly") || w.low[k] == "also" || w.low[k] == "now" || w.low[k] == "just") {
		k--
	}
	if k < 0 || !(w.low[k] == "has" || w.low[k] == "have" || w.low[k] == "'ve") {
		return nil // (also "has been encouraging", "had banned")
	}
	for i := range w.doc.Times {
		if w.sent.Span.Contains(w.doc.Times[i].Span) {
			return nil
		}
	}
	lo, hi := w.bounds(m.anchor)
	for k := lo; k < hi && k < len(w.low); k++ {
		if repeatedWords[w.low[k]] {
			return nil
		}
	}
	day, ok := when.LedeDay(w.doc)
	if !ok {
		return nil
	}
	lede := w.doc.Sentences[0].Span
	for i := range w.doc.Events {
		e := &w.doc.Events[i]
		if e.Sentence != lede || e.DateSource != dyad.DateFromText || e.Date != day.Value || e.Root != ev.Root ||
			e.Source == nil || e.Target == nil || e.Source.Country != ev.Source.Country || e.Target.Country != ev.Target.Country {
			continue
		}
		return e
	}
	return nil
}

// repeatedWords mark a perfect that tells of a repeated, earlier or
// lasting state of affairs, not of one act.
var repeatedWords = set("other", "only", "repeatedly", "previously", "before", "ever", "never", "often", "long", "since", "yet", "again", "frequently", "already", "twice", "times", "years", "months", "decades", "so", "far", "until", "recently")

// answersCharge reports whether p rejects or denies an accusation,
// allegation or charge.
func answersCharge(p *Pattern) bool {
	return strings.Contains(p.Text, "accusation") || strings.Contains(p.Text, "allegation")
}

// newCharge reports whether the charge a rejection names is a new one, an
// indefinite charge noun with its own content ("denied allegations of
// corruption"), which answers no earlier charge.
func (w *worker) newCharge(m *match) bool {
	for k := m.anchor + 1; k < m.hiEnd && k+1 < len(w.low); k++ {
		if chargeNouns[w.low[k]] {
			return w.low[k+1] == "of" && !definiteWords[w.low[k-1]]
		}
	}
	return false
}

// definiteWords before a charge noun point back to a charge already made.
var definiteWords = set("the", "these", "those", "this", "that", "such", "its", "his", "her", "their", "our")

// maxAccuserGap is how many sentences back "the allegation" may find the
// accuser it answers.
const maxAccuserGap = 6

// chargeNouns name an accusation; their possessor is the accuser
// ("repeated Islamabad's assertion", "Pakistan's allegation").
var chargeNouns = set("allegation", "allegations", "accusation", "accusations", "claim", "claims",
	"assertion", "assertions", "charge", "charges")

// noteAccusers records the possessor of a charge noun in the current
// sentence as the accuser named last ("Ali repeated Islamabad's
// assertion that …").
func (w *worker) noteAccusers() {
	for k := 1; k+1 < len(w.low); k++ {
		if w.low[k] != "'s" || w.ment[k-1] < 0 || w.ment[k+1] >= 0 || !chargeNouns[w.low[k+1]] {
			continue
		}
		r := w.mentionRef(w.ment[k-1], k-1)
		if r.code == "" {
			continue
		}
		w.accuser, w.accuserSent = r, w.si
	}
}

// answeredAccuser returns, for a rejection or denial of "the
// allegation(s)/accusation(s)/charge(s)" that names no accuser, the
// accuser the text answered or named last, a few sentences back: the
// definite article refers to a charge already reported ("Pakistan
// accused Kabul of harbouring militants. … Balkhi rejected the allegation
// that …"). Not an indefinite charge ("denied allegations of fraud"), nor
// one from the rejecter itself.
func (w *worker) answeredAccuser(m *match, src actorRef) (actorRef, bool) {
	if w.accuserSent < 0 || w.si-w.accuserSent > maxAccuserGap || !strings.HasPrefix(m.p.Code, "12") || !answersCharge(m.p) {
		return actorRef{}, false
	}
	definite := false
	for k := m.anchor + 1; k < m.hiEnd && k < len(w.low); k++ {
		switch w.low[k] {
		case "the", "these", "those", "this", "that", "such":
			definite = true
		case "accusations", "accusation", "allegations", "allegation", "charges", "charge":
			if !definite {
				return actorRef{}, false
			}
			a := w.accuser
			if a.code == src.code || a.country != "" && a.country == src.country {
				return actorRef{}, false
			}
			a.tok, a.tokEnd = -1, -1
			return a, true
		}
	}
	return actorRef{}, false
}

func (w *worker) eventActor(r actorRef) *dyad.EventActor {
	if r.unknown {
		return nil // an unknown agent: no actor, not a made-up one
	}
	a := &dyad.EventActor{Span: r.span, Code: r.code, Name: r.name, Country: r.country}
	if r.mention >= 0 {
		mi := r.mention
		a.Mention = &mi
	}
	return a
}

// inAttackAgent returns the agent of an attack named in an "in/during"
// phrase at token i after a passive ("were killed in an Israeli airstrike",
// "wounded in a Russian missile attack", "killed in an attack by
// al-Shabab"): the actor modifying the attack noun, else its "by" agent.
func (w *worker) inAttackAgent(i int) (actorRef, bool) {
	_, hi := w.bounds(max(i-1, 0))
	for i < hi && (strings.HasSuffix(w.low[i], "ly") || timeAdjuncts[w.low[i]] || groupAdverbs[w.low[i]]) {
		i++
	}
	if i >= hi || w.low[i] != "in" && w.low[i] != "during" {
		return actorRef{}, false
	}
	var mod *actorRef
	for k := i + 1; k < hi && k <= i+6; k++ {
		if w.ment[k] >= 0 {
			if mod == nil {
				r := w.mentionRef(w.ment[k], k)
				mod = &r
			}
			k = w.mend[k] - 1
			continue
		}
		s := w.low[k]
		if operationHeads[s] && !attackHeads[s] && mod != nil && k-mod.tokEnd <= 3 {
			return *mod, true // "killed in a US counter-terrorism operation"
		}
		if attackHeads[s] {
			if k+1 < hi && w.low[k+1] == "by" {
				if a, ok := w.byAgent(k+1, false); ok {
					return a, true
				}
			}
			if mod != nil && k-mod.tokEnd <= 2 {
				return *mod, true
			}
			if mod == nil {
				// "who was also killed in the airstrike": the agent of
				// the attack the text named before
				return w.attackOwner(k)
			}
			return actorRef{}, false
		}
		if isPunct(s) || prepositions[s] || w.isVerbWord(k) && !attackHeads[s] {
			return actorRef{}, false
		}
	}
	return actorRef{}, false
}

// reportingForce returns the speaker of the report that holds agentless
// passive m when the speaker is a state's armed force and the patient an
// armed non-state group: an army or police force reporting militants
// "killed", "neutralized", "captured" or "arrested" reports its own act
// ("the army said 20 militants were killed" → army → militants; "police
// said two civilians were killed" names no agent).
func (w *worker) reportingForce(m *match) (actorRef, bool) {
	if !materialConflict(m.p.Code) || w.quote[m.anchor] < 0 || !enemyGroup(m.target.code) {
		return actorRef{}, false
	}
	sp, ok := w.speaker(w.quote[m.anchor])
	if !ok || len(sp.code) < 6 || len(sp.country) != 3 || !strings.HasPrefix(sp.code, sp.country) {
		return actorRef{}, false
	}
	switch sp.code[3:6] {
	case "MIL", "COP", "SPY":
		return sp, true
	}
	return actorRef{}, false
}

// enemyGroup reports whether code is an armed non-state group's: rebels,
// insurgents, separatists, militant groups.
func enemyGroup(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true
	}
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "REB", "INS", "SEP":
		return true
	}
	return false
}

// placeConflict reports whether an event code is violence (roots 18 to
// 20) whose victim, when none is named, is the country where it happens.
func placeConflict(code string) bool {
	return len(code) >= 2 && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20")
}

// stateSectors are the sectors of a state's own agents: acting at home,
// their violence has no victim the place can name (a police raid in its
// own country targets someone unnamed, not the public).
var stateSectors = set("GOV", "MIL", "COP", "SPY", "JUD", "LEG")

// placeVictim returns the target of violence by src with no named victim:
// the country of the event's place; in src's own country, its civilians
// (an insurgents' attack at home), or none for the state's own agents.
func (w *worker) placeVictim(m *match, src actorRef) (actorRef, bool) {
	// The place of the event (after the trigger first, in its clause); a
	// country named after a locative preposition counts ("attacked in
	// Somalia").
	lo, hi := w.bounds(m.anchor)
	pi, at := -1, -1
	ok := func(k int) bool {
		q := w.place[k]
		if q < 0 || w.ment[k] >= 0 && w.doc.Mentions[w.ment[k]].Actor != nil && w.doc.Mentions[w.ment[k]].Actor.Kind == dyad.ActorRegion {
			return false // "in the North African country": a region is no victim
		}
		return !w.doc.Places[q].Metonymic && w.doc.Places[q].Country != "" &&
			(w.ment[k] < 0 || k > 0 && locativePreps[w.low[k-1]])
	}
	for k := m.end; k < hi && pi < 0; k++ {
		s := w.low[k]
		if s == ";" || s == "," || (k > m.end && (clauseStops[s] || scopeEnds[s] || relativeWords[s] || w.isVerbWord(k) && strings.HasSuffix(s, "ed"))) {
			break
		}
		if ok(k) {
			pi, at = w.place[k], k
		}
	}
	for k := m.start - 1; k >= lo && pi < 0; k-- {
		s := w.low[k]
		if s == ";" || s == "," || clauseStops[s] || scopeEnds[s] || len(w.c.dict.index[s]) > 0 && w.place[k] < 0 {
			break
		}
		if ok(k) {
			pi, at = w.place[k], k
		}
	}
	if pi < 0 {
		return actorRef{}, false
	}
	r, found := w.placeRef(pi, at)
	if !found {
		return actorRef{}, false
	}
	if w.verbalAttack(m, &r) {
		return actorRef{}, false // "attacked the proclamation of Crimea"
	}
	if src.country != r.country {
		return r, true
	}
	if len(src.code) >= 6 && stateSectors[src.code[3:6]] || len(src.code) == 3 {
		return actorRef{}, false
	}
	r.place, r.code, r.noun = -1, r.country+"CVL", true
	return r, true
}

// eventPlace returns the place of the event: the nearest place in the
// trigger's clause that is not used for an actor, after the trigger first
// (up to the next trigger or clause boundary), else before it back to the
// clause's start.
func (w *worker) eventPlace(m *match) *dyad.Place {
	lo, hi := w.bounds(m.anchor)
	at := func(k int) *dyad.Place {
		if pi := w.place[k]; pi >= 0 && !w.doc.Places[pi].Metonymic && (w.ment[k] < 0 || w.locatedAt(k)) {
			p := w.doc.Places[pi]
			return &p
		}
		return nil
	}
	for k := m.end; k < hi; k++ {
		s := w.low[k]
		if s == ";" || (k > m.end && (clauseStops[s] || scopeEnds[s] || len(w.c.dict.index[s]) > 0 && w.place[k] < 0)) {
			break
		}
		if s == "\"" || s == "“" || s == "”" || s == "," && k+1 < hi && strings.HasSuffix(w.low[k+1], "ing") && w.place[k+1] < 0 {
			break // a quotation or a participle clause: "rejected it, saying … in Pakistan"
		}
		if p := at(k); p != nil {
			return p
		}
	}
	for k := m.start - 1; k >= lo; k-- {
		s := w.low[k]
		if s == ";" || s == "," || clauseStops[s] || scopeEnds[s] || len(w.c.dict.index[s]) > 0 && w.place[k] < 0 {
			break
		}
		if p := at(k); p != nil {
			return p
		}
	}
	return nil
}

// anaphoricDate dates a sentence that opens by pointing back at the event
// before it ("That went disastrously, with …", "The vote was boycotted"
// after a sentence on voting): the last date expression of the previous
// sentence, nil when there is none.
func (w *worker) anaphoricDate() *dyad.TimeExpr {
	if len(w.toks) < 2 || w.si == 0 || w.ment[1] >= 0 {
		return nil
	}
	for i := range w.doc.Times {
		if w.doc.Times[i].Span.Overlaps(w.toks[1].Span) {
			return nil // "This month, …" is a time of its own, not a pointer back
		}
	}
	prev := w.doc.Sentences[w.si-1].Span
	switch {
	case w.low[0] == "the" && ledeEvents[w.low[1]]:
		// "… the Parliament voted on a resolution. … The vote was
		// boycotted by …": the event a sentence shortly before reported
		// with the noun's verb
		found := false
		for j := w.si - 1; j >= 0 && j >= w.si-3 && !found; j-- {
			if strings.Contains(lowerFold(w.doc.Text(w.doc.Sentences[j].Span)), w.low[1]) {
				prev, found = w.doc.Sentences[j].Span, true
			}
		}
		if !found {
			return nil
		}
	case w.low[0] != "that" && w.low[0] != "this":
		return nil
	}
	if s := w.low[1]; isPunct(s) || s != w.doc.Text(w.toks[1].Span) {
		return nil // "That pledge" is fine, "That Russia …" is not
	}
	for i := len(w.doc.Times) - 1; i >= 0; i-- {
		t := &w.doc.Times[i]
		if prev.Contains(t.Span) && t.Type == dyad.TimeDate && t.Value != "" {
			return t
		}
	}
	return nil
}

// verbalRoots are the CAMEO roots of statements and stances: what an actor
// says, asks, offers, approves, demands, disapproves, rejects, threatens
// or protests.
var verbalRoots = set("01", "02", "03", "04", "05", "10", "11", "12", "13", "14")

// ledeStatementDate dates a verbal act with no date of its own by the day
// the article's lede gives when the lede's subject is the same actor, in
// the story's opening sentences: a news story names its occasion's day
// once ("The United States warned Wednesday that …", "On Wednesday, Carrie
// Lam announced …"), and what that actor goes on to say or do in the
// opening belongs to that occasion ("The United States said Iran is
// defying …", "Lam also agreed to …"). A perfect or a present passive or
// progressive tells no act on that day (when.Perfect, when.Present). It
// returns the lede's time.
func (w *worker) ledeStatementDate(root, src string, trigger dyad.Span) (when.EventDate, bool) {
	if !verbalRoots[root] || src == "" || w.si == 0 || w.si > ledeReach || len(w.doc.Sentences) == 0 {
		return when.EventDate{}, false
	}
	if text := w.doc.Article.Text; when.Perfect(text, w.sent.Span, trigger) || when.Present(text, w.sent.Span, trigger) {
		return when.EventDate{}, false // "Islamabad has blamed …", "X is urging …": no day of its own
	}
	lede := w.doc.Sentences[0].Span
	day, ok := when.LedeDay(w.doc)
	if !ok {
		return when.EventDate{}, false
	}
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if !lede.Contains(m.Span) {
			continue
		}
		// the lede's first actor is its subject
		a := w.resolve(mi)
		if a == nil || a.Code != src {
			return when.EventDate{}, false
		}
		return day, true
	}
	return when.EventDate{}, false
}

// presentSimple reports whether m's verb is a third-person simple present
// ("The group also opposes Chinese investment", "the House of
// Representatives impeaches the official", "the United States calls for
// his release"): a standing position or a rule, told as of the story's
// time, not an act on the day the lede sets, so it takes no lede day. A
// verb inside a direct quote is left alone: there the present may be the
// speaker's own act, done by saying it ("“The party complies with the
// royal command,” it said").
func (w *worker) presentSimple(m *match) bool {
	if m.p.Noun || m.anchor >= len(w.low) {
		return false
	}
	if qi := w.quote[m.anchor]; qi >= 0 && w.doc.Quotes[qi].Direct {
		return false
	}
	marks := 0 // (a quotation the quotes stage did not take)
	for _, r := range w.doc.Article.Text[w.sent.Start:w.toks[m.anchor].Start] {
		if isQuoteMark(r) {
			marks++
		}
	}
	if marks%2 == 1 {
		return false
	}
	if w.pluralPresent(m) {
		return true
	}
	v := w.low[m.anchor]
	if len(v) <= 3 || !strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "us") || strings.HasSuffix(v, "is") {
		return false
	}
	// the word before a verb is its subject's head, a name, a pronoun or
	// an adverb; a lower-case common word before it makes it a plural
	// noun ("peace talks with", "air strikes on")
	if m.anchor == 0 {
		return false
	}
	prev := w.doc.Article.Text[w.toks[m.anchor-1].Start:w.toks[m.anchor-1].End]
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) || presentSubjects[w.low[m.anchor-1]] || strings.HasSuffix(w.low[m.anchor-1], "ly")
}

// pluralPresent reports whether m's verb is a bare form after a plural
// subject, a simple present in the plural ("Both Pakistan and China
// reject the claims", "officials deny any role", "they oppose the plan"):
// the subject right before it is "they" or "we", a lower-case plural noun,
// or the last of names joined by "and". A bare form that is also a past
// ("hit", "cut", "put") or any inflected form is none.
func (w *worker) pluralPresent(m *match) bool {
	v := w.low[m.anchor]
	if len(v) < 3 || strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") ||
		strings.HasSuffix(v, "en") || pastForms[v] || v != w.doc.Article.Text[w.toks[m.anchor].Start:w.toks[m.anchor].End] {
		return false
	}
	lo, _ := w.bounds(m.anchor)
	k := m.anchor - 1
	for k > lo && (strings.HasSuffix(w.low[k], "ly") || presentAdverbs[w.low[k]]) {
		k--
	}
	if k < lo || k < 0 {
		return false
	}
	prev := strings.ToLower(w.low[k])
	upper := func(j int) bool {
		r, _ := utf8.DecodeRuneInString(w.doc.Article.Text[w.toks[j].Start:w.toks[j].End])
		return unicode.IsUpper(r)
	}
	switch {
	case prev == "they" || prev == "we":
		return true
	case !upper(k): // a lower-case plural noun ("officials deny")
		return len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") &&
			!strings.HasSuffix(prev, "us") && !strings.HasSuffix(prev, "is") && !notPluralNouns[prev]
	}
	// the last of names joined by "and" ("Pakistan and China",
	// "Pakistan and the United States")
	for j := k; j > lo && j >= k-3; j-- {
		if !upper(j) && w.low[j] != "the" {
			return false
		}
		if strings.ToLower(w.low[j-1]) == "and" {
			return true
		}
	}
	return false
}

// presentAdverbs may stand between a plural subject and its present verb.
var presentAdverbs = set("also", "still", "now", "both", "all", "again", "often", "always", "never", "too", "further")

// notPluralNouns are words in -s that are no plural subject.
var notPluralNouns = set("this", "thus", "does", "was", "has", "its", "hers", "ours", "yours", "theirs", "whereas", "news", "perhaps")

// presentSubjects are words that may stand right before a present verb:
// pronouns and adverbs ("it also opposes", "who wants").
var presentSubjects = set("he", "she", "it", "who", "which", "that", "also", "still", "now", "again",
	"already", "often", "always", "never", "reportedly", "allegedly", "too", "further")

// ledeReach is how many sentences after the lede still tell its occasion.
const ledeReach = 6

// definiteEventDate dates a trigger whose own words name "the meeting",
// "the summit" (a definite event noun, "participated in the meeting") by
// the date given to that noun in the latest of the eight sentences before
// it that names it with a date ("called a private meeting Wednesday"); nil
// when none does.
func (w *worker) definiteEventDate(m *match) *dyad.TimeExpr {
	noun := ""
	for k := max(m.start, 1); k < m.end; k++ {
		if w.low[k-1] == "the" && ledeEvents[w.low[k]] {
			noun = w.low[k]
		}
	}
	if noun == "" {
		return nil
	}
	for j := w.si - 1; j >= 0 && j >= w.si-8; j-- {
		sp := w.doc.Sentences[j].Span
		at := strings.Index(strings.ToLower(w.doc.Text(sp)), " "+noun)
		if at < 0 {
			continue
		}
		at += sp.Start
		var best *dyad.TimeExpr
		for i := range w.doc.Times {
			t := &w.doc.Times[i]
			if !sp.Contains(t.Span) || t.Type != dyad.TimeDate || t.Value == "" || t.Precision != dyad.DateDay {
				continue
			}
			if best == nil || distance(t.Span.Start, at) < distance(best.Span.Start, at) {
				best = t
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// distance returns |a-b|.
func distance(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// ledeEvents are nouns by which a later sentence points back at the
// event the article's first sentence reports ("a day before the rally").
var ledeEvents = map[string]bool{"event": true, "rally": true, "meeting": true, "summit": true,
	"ceremony": true, "protest": true, "march": true, "vote": true, "talks": true, "attack": true}

// beforeLedeEvent dates a sentence that places itself a span of days or
// hours before or after "the event" ("Within roughly a day before the
// event, …"): the lede's day (the first day date of the first sentence)
// moved by the span. It returns the date and the words used.
func (w *worker) beforeLedeEvent() (string, string, bool) {
	if w.si == 0 || len(w.doc.Sentences) == 0 {
		return "", "", false
	}
	sent := w.sent.Span
	ref, ok := when.LedeDay(w.doc)
	if !ok {
		return "", "", false
	}
	for i := range w.doc.Times {
		t := &w.doc.Times[i]
		if !sent.Contains(t.Span) || t.Type != dyad.TimeDuration {
			continue
		}
		days, ok := durationDays(t.Value)
		if !ok {
			continue
		}
		k := 0
		for k < len(w.toks) && w.toks[k].Start < t.End {
			k++
		}
		if k+2 >= len(w.toks) || w.low[k+1] != "the" || !ledeEvents[w.low[k+2]] {
			continue
		}
		switch w.low[k] {
		case "before":
			days = -days
		case "after":
		default:
			continue
		}
		day, err := time.Parse(time.DateOnly, ref.Value)
		if err != nil {
			return "", "", false
		}
		end := w.toks[k+2].End
		return day.AddDate(0, 0, days).Format(time.DateOnly), w.doc.Article.Text[t.Start:end], true
	}
	return "", "", false
}

// durationDays reads a TIMEX3 duration of whole days or weeks ("P1D",
// "P2W") or of hours ("PT5H", counted as no day).
func durationDays(v string) (int, bool) {
	if strings.HasPrefix(v, "PT") {
		return 0, len(v) > 2
	}
	if len(v) < 3 || v[0] != 'P' {
		return 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n < 0 || n > 60 {
		return 0, false
	}
	switch v[len(v)-1] {
	case 'D':
		return n, true
	case 'W':
		return 7 * n, true
	}
	return 0, false
}

// unmarked reports whether byte off of quote q lies outside quotation
// marks: an indirect quote, or the paraphrased part of a mixed one before
// its first mark ("X said recent agreements “are a reminder …”").
func (w *worker) unmarked(q *dyad.Quote, off int) bool {
	if !q.Direct {
		return true
	}
	text := w.doc.Article.Text
	b := strings.TrimRight(text[:q.Start], " ")
	if b == "" || off > len(text) || off < q.Start {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(b); isQuoteMark(r) {
		return false
	}
	for _, r := range text[q.Start:off] {
		if isQuoteMark(r) {
			return false
		}
	}
	if r, _ := utf8.DecodeRuneInString(text[q.Start:]); isQuoteMark(r) {
		return false
	}
	return true
}

// clauseSubjectNP reports whether the nominal trigger at token i opens the
// reported clause of quote q: at most three modifiers after the quote's
// start (or its "that"), no verb among them ("recent agreements").
func (w *worker) clauseSubjectNP(q *dyad.Quote, i int) bool {
	k := w.tokenIndex(q.Start)
	if k < len(w.low) && w.low[k] == "that" {
		k++
	}
	if i < k || i-k > 3 {
		return false
	}
	for ; k < i; k++ {
		s := w.low[k]
		if s == "'s" && k > 0 && w.ment[k-1] >= 0 {
			continue // a possessor: "said Ukraine's attack on Russia was illegal"
		}
		if auxWords[s] || beForms[s] || isPunct(s) || strings.HasSuffix(s, "ed") || w.isVerbWord(k) || prepositions[s] {
			return false
		}
	}
	return true
}

// themAt returns, for an object "them" at token k, the group that is
// the direct object of the clause before it ("arrested 33 Somali men,
// accusing them of …"): the nearest group mention before k that is
// neither a prepositional object nor the sentence's first actor; else
// nil. ("it" is left alone: "attacked Ukraine, and Poland condemned it"
// condemns the attack.)
func (w *worker) themAt(k int) *actorRef {
	if w.low[k] != "them" || w.ment[k] >= 0 && w.resolve(w.ment[k]) != nil {
		return nil
	}
	lo := 0 // (the quotes stage may open a report at "them": "accusing them of")
	for j := k - 1; j >= lo; j-- {
		if w.ment[j] < 0 || w.mstart[j] != j {
			continue
		}
		switch w.doc.Mentions[w.ment[j]].Kind {
		case dyad.MentionGroup, dyad.MentionAnonymous:
		default:
			return nil // the nearest actor is no group
		}
		if w.isPrepObject(j) {
			return nil
		}
		for f := lo; f < j; f++ {
			if w.ment[f] >= 0 {
				r := w.mentionRef(w.ment[j], j)
				r.tok, r.tokEnd, r.span = k, k+1, w.toks[k].Span
				return &r
			}
		}
		return nil // the sentence's first actor: its subject
	}
	return nil
}

// asClauseAfterReport reports whether trigger m sits in a clause opened by
// ", as" plus a subject of its own that ends an indirect quote ("X warned
// that it will keep up pressure on Iran, as Tehran rejected its offer"):
// the narrator's circumstance, not the reported content.
func (w *worker) asClauseAfterReport(q *dyad.Quote, m *match) bool {
	if q.Direct {
		return false
	}
	qi := w.quote[m.anchor]
	for k := m.start - 1; k >= 2 && w.quote[k] == qi; k-- {
		if w.low[k] == "as" && w.low[k-1] == "," && w.quote[k-1] == qi {
			// a subject of its own right after "as" ("as Tehran rejected")
			return w.ment[k+1] >= 0 && w.mstart[k+1] == k+1 && w.mend[k+1] <= m.start
		}
	}
	return false
}

// otherPossessorAt returns, for "its"/"their" at token k right after the
// verb at i and before a noun pattern p asks for ("Tehran rejected its
// offer"), the party the pronoun stands for: not the verb's subject (that
// would be "its own"), but the nearest actor before it in the sentence of
// another party ("The United States warned …, as Tehran rejected its
// offer for new talks" → the United States). Nil when there is none.
func (w *worker) otherPossessorAt(p *Pattern, i, k int) *actorRef {
	if w.low[k] != "its" && w.low[k] != "their" || k+1 >= len(w.toks) || !p.postWord(w.low[k+1]) {
		return nil
	}
	subj := ""
	for j := i - 1; j >= 0; j-- { // (over a report's own clause: "X warned that …, as Y rejected its offer")
		if w.ment[j] < 0 || w.mstart[j] != j {
			continue
		}
		r := w.mentionRef(w.ment[j], j)
		if r.code == "" {
			continue
		}
		if subj == "" {
			subj = r.code // the verb's subject
			continue
		}
		if strings.HasPrefix(r.code, subj[:min(3, len(subj))]) || strings.HasPrefix(subj, r.code[:min(3, len(r.code))]) {
			continue // the subject's own party ("Iran … Tehran")
		}
		r.tok, r.tokEnd, r.span = k, k+1, w.toks[k].Span
		return &r
	}
	return nil
}

// hashMark reports whether token k is the "#" or "@" of a hashtag or
// handle: "reject new #US blockade measure".
func (w *worker) hashMark(k int) bool {
	return (w.low[k] == "#" || w.low[k] == "@") && k+1 < len(w.toks) && w.toks[k+1].Start == w.toks[k].End
}

// noOneBefore reports whether the verb group at token i has a negative
// pronoun subject: "no one", "nobody", "none".
func (w *worker) noOneBefore(i int) bool {
	a := w.auxStart(i)
	if a >= 1 && (w.low[a-1] == "nobody" || w.low[a-1] == "none") {
		return true
	}
	return a >= 2 && w.low[a-2] == "no" && w.low[a-1] == "one"
}

// nounSubjectBefore reports whether the clause before token i opens with
// a noun phrase ("The airline transports …"), not a first-person pronoun
// that stands for the speaker.
func (w *worker) nounSubjectBefore(i int) bool {
	lo, _ := w.bounds(i)
	for k := lo; k < i; k++ {
		s := w.low[k]
		if isPunct(s) {
			continue
		}
		return determiners[s] || w.capitalised(k) && !firstPerson[s] && s != "i"
	}
	return false
}

// scareQuoted reports whether the word at token i stands alone between
// quotation marks: "and “welcomed” the proposal".
func (w *worker) scareQuoted(i int) bool {
	if i < 1 || i+1 >= len(w.low) || w.low[i-1] == "" || w.low[i+1] == "" {
		return false
	}
	open, _ := utf8.DecodeRuneInString(w.low[i-1])
	return isQuoteMark(open) && len(w.low[i-1]) == utf8.RuneLen(open) && isCloseQuote(w.low[i+1])
}

func isQuoteMark(r rune) bool { return r == '"' || r == '\u201c' || r == '\u201d' }

// isOpenQuote reports whether token s can open a quotation.
func isOpenQuote(s string) bool { return s == "\u201c" || s == "\"" }

func isCloseQuote(s string) bool { return s == "\u201d" || s == "\"" || s == "'" || s == "\u2019" }

// splitCodes expands actors with several codes ("FRO/BIL/SAM", PETRARCH's
// way of naming a group by its members) into one actor per code.
func splitCodes(rs []actorRef) []actorRef {
	for i := range rs {
		if strings.Contains(rs[i].code, "/") {
			var out []actorRef
			for _, r := range rs {
				for _, c := range strings.Split(r.code, "/") {
					if c != "" {
						x := r
						x.code = c
						out = append(out, x)
					}
				}
			}
			return out
		}
	}
	return rs
}

// toInfinitiveAfter reports whether a "to" follows token k within three
// tokens ("hoping in particular to").
func (w *worker) toInfinitiveAfter(k int) bool {
	for j := k + 1; j < len(w.toks) && j <= k+3; j++ {
		if w.low[j] == "to" {
			return true
		}
		if isPunct(w.low[j]) || w.ment[j] >= 0 {
			return false
		}
	}
	return false
}

// lookingTo reports whether token k is "look" right before "to" and a
// bare verb: a desire, as "seeking to" ("is looking to reset relations
// with X"; not "looks set to", "look to Washington for support"). ("Look
// forward to" is left alone: "look forward to discussing how we can
// continue to support X" states the support.)
func (w *worker) lookingTo(k int) bool {
	if !lookForms[w.low[k]] || k+2 >= len(w.low) || w.low[k+1] != "to" {
		return false
	}
	v := k + 2
	return w.ment[v] < 0 && w.place[v] < 0 && !determiners[w.low[v]] && !articles[w.low[v]] && !possessivePronouns[w.low[v]] &&
		!isPunct(w.low[v]) && w.low[v] == strings.ToLower(w.toks[v].In(w.doc.Article.Text)) && !strings.HasSuffix(w.low[v], "ing")
}

// dateScope returns the part of the sentence whose time expressions may
// date the event of m: the sentence, cut before a subordinate phrase that
// follows the trigger after a comma ("On Wednesday, X attacked Y,
// following the election today": today dates the election).
func (w *worker) dateScope(m *match) dyad.Span {
	sp := w.sent.Span
	_, hi := w.bounds(m.anchor)
	for k := m.hiEnd; k+1 < hi; k++ {
		if w.afterClause(k, hi) {
			// "has been arrested after X was stabbed last night": the
			// time dates the subordinate clause's own verb
			if w.toks[k].Start > sp.Start {
				sp.End = w.toks[k].Start
			}
			break
		}
		if w.low[k] != "," {
			continue
		}
		j := k + 1
		if focusAdverbs[w.low[j]] && j+1 < hi {
			j++ // ", particularly after …", ", shortly before …"
		}
		if subordinateOpeners[w.low[j]] && !(w.low[j] == "as" && j+1 < hi && w.low[j+1] == "well") {
			// (", as well as Y, in 2006" coordinates objects: the time
			// still dates the event)
			if w.toks[k].Start > sp.Start {
				sp.End = w.toks[k].Start
			}
			break
		}
	}
	return sp
}

// verbalAttack reports whether a material-attack trigger is verbal
// ("Trump attacked the Wall Street Journal over its reporting"): its target
// is the media, or the sentence speaks of words.
func (w *worker) verbalAttack(m *match, t *actorRef) bool {
	if w.alleged || !strings.HasPrefix(w.low[m.anchor], "attack") || !strings.HasPrefix(m.p.Code, "19") {
		// (the words of an accusation are the accuser's, not the act's)
		return false
	}
	if t != nil && strings.HasSuffix(t.code, "MED") && !strings.HasSuffix(w.low[t.tokEnd-1], "journalists") &&
		!strings.HasSuffix(w.low[t.tokEnd-1], "reporters") && !strings.HasSuffix(w.low[t.tokEnd-1], "journalist") {
		return true
	}
	for k := range w.low {
		if verbalWords[w.low[k]] && !(w.low[k] == "saying" && k < m.anchor) {
			// (a "saying" before the attack reports it: "a statement
			// saying an attack on an air base caused no casualties")
			return true
		}
	}
	// "attacked the proclamation of …", "attacked Mr Blair's words", "attacked
	// Tory plans": the object is a statement or policy
	if t != nil && t.tok >= 0 {
		for k := m.end; k < t.tok && k < len(w.low); k++ {
			if statementNouns[w.low[k]] {
				return true
			}
		}
		for k := t.tokEnd; k < t.tokEnd+3 && k < len(w.low); k++ {
			if statementNouns[w.low[k]] {
				return true
			}
			if isPunct(w.low[k]) {
				break
			}
		}
	}
	return false
}

// nounPrep returns the preposition that governs the noun phrase ending in
// the nominal trigger at token i ("to the Bouake attack"), "" for none.
func (w *worker) nounPrep(i int) string {
	lo, _ := w.bounds(i)
	for k := i - 1; k >= lo && k >= i-5; k-- {
		s := w.low[k]
		switch {
		case (prepositions[s] || eventPPs[s]) && !(s == "to" && k+1 < i && !determiners[w.low[k+1]]):
			return s
		case isPunct(s) && s != "-", beForms[s], auxWords[s] && !determiners[s], w.isVerbWord(k), s == "to":
			return ""
		}
	}
	return ""
}

// modifierAgent returns the actor named by an adjective right before a
// nominal trigger ("the Russian attack", "an Israeli missile strike"), not
// a place ("a Kabul car bombing" locates the bombing).
func (w *worker) modifierAgent(i int) (actorRef, bool) {
	lo, _ := w.bounds(i)
	k := i - 1
	if k > lo && w.ment[k] < 0 && nounModifiers[w.low[k]] {
		k-- // "an Israeli missile strike"
	}
	if k < lo || w.ment[k] < 0 || w.place[k] >= 0 || w.mend[k] != k+1 {
		return actorRef{}, false
	}
	if e := w.mend[k]; e < len(w.low) && w.low[e] == "'s" {
		return actorRef{}, false // a possessor is handled as such
	}
	return w.mentionRef(w.ment[k], k), true
}

// quantifiers open a plural noun phrase: "more extravagant promises".
var quantifiers = set("more", "many", "several", "some", "these", "those", "few", "numerous", "various",
	"such", "other", "multiple", "countless", "fewer", "most")

// quantifiedPlural reports whether the "-s" form at token i ends a noun
// phrase opened by a quantifier and a modifier or two: "more extravagant
// promises on the police", "several deadly attacks".
func (w *worker) quantifiedPlural(i, lo int) bool {
	for k := i - 2; k >= lo && k >= i-3; k-- {
		s := w.low[k+1]
		if w.ment[k+1] >= 0 || auxWords[s] || negations[s] || isPunct(s) || prepositions[s] || clauseStops[s] ||
			relativeWords[s] || subjectPronouns[s] || s == "and" || s == "or" || strings.HasSuffix(s, "ly") || !letterWord(s) {
			return false
		}
		if quantifiers[w.low[k]] {
			return true
		}
	}
	return false
}

// nounCompoundHead reports whether the base form at token i follows a
// lower-case singular noun, which cannot be its subject (that would take
// "-s"): "the immigration veto", "community support officers". Not after
// a function word, an adverb, a verb of the dictionary ("help support"),
// a mass plural ("people support") or a name.
func (w *worker) nounCompoundHead(i, lo int) bool {
	s := w.low[i]
	if i <= lo || strings.HasSuffix(s, "s") || strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ing") ||
		strings.HasSuffix(s, "en") || strings.HasSuffix(s, "wn") || strings.HasSuffix(s, "ne") || pastForms[s] {
		return false // a past form: "the Pakistani president met X", "the foreign secretary hit back", "the president overthrown in 2019"
	}
	k := i - 1
	prev := w.low[k]
	if mi := w.ment[k]; mi >= 0 && w.doc.Mentions[mi].Kind == dyad.MentionPronoun {
		return false
	}
	// (a mention's last word may be the noun: "Kenyan community support
	// officers")
	prev = strings.ToLower(prev)
	if w.pers[k] >= 0 || w.place[k] >= 0 || w.capitalised(k) || !letterWord(prev) || len(prev) < 3 ||
		strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "ly") || strings.HasSuffix(prev, "ed") || strings.HasSuffix(prev, "ing") {
		return false
	}
	if auxWords[prev] || negations[prev] || subjectPronouns[prev] || determiners[prev] || prepositions[prev] || clauseStops[prev] ||
		relativeWords[prev] || coordinators[prev] || conditionalCues[prev] || plannedCues[prev] || whWords[prev] ||
		verbAdverbs[prev] || massPlurals[prev] || timeNouns[prev] || len(w.c.dict.index[prev]) > 0 {
		return false // (a time adjunct: "will next week visit Kenya")
	}
	// a conjunct that names a party makes a plural subject: "Uganda and
	// the Kenyan community support X" (not a noun's: "the asylum and
	// immigration veto")
	j := k
	if mi := w.ment[k]; mi >= 0 {
		j = w.mstart[k]
	}
	for n := 0; j > lo && n < 4; n++ {
		j--
		if t := w.low[j]; t == "and" || t == "or" || t == "nor" || t == "&" {
			if j == lo {
				return false
			}
			c := strings.ToLower(w.low[j-1])
			return w.ment[j-1] < 0 && w.pers[j-1] < 0 && letterWord(c) && !strings.HasSuffix(c, "s") &&
				!massPlurals[c] && !subjectPronouns[c] && !objectPronouns[c]
		} else if isPunct(t) || w.ment[j] >= 0 {
			break
		}
	}
	return true
}

// letterWord reports whether s is a lower-case word of letters (and
// hyphens).
func letterWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// pastForms are past forms without "-ed" (some the same as the base
// form: "hit", "put"), which a singular subject may take.
var pastForms = set("met", "hit", "broke", "struck", "fought", "took", "shot", "led", "sent", "held", "gave",
	"made", "said", "told", "spoke", "beat", "bought", "brought", "built", "caught", "chose", "came", "cut",
	"did", "drew", "drove", "fell", "felt", "fled", "flew", "forbade", "forgave", "froze", "got", "grew", "hung",
	"had", "heard", "hid", "hurt", "kept", "knew", "laid", "left", "lent", "let", "lost", "meant", "paid", "put",
	"quit", "ran", "rose", "saw", "sought", "sold", "set", "shook", "shut", "sank", "sat", "slew", "spent",
	"split", "spread", "stood", "stole", "stuck", "swore", "swept", "swung", "taught", "tore", "thought",
	"threw", "thrust", "understood", "wore", "won", "wrote", "withdrew", "overthrew", "upheld", "withheld",
	"undertook", "overtook", "oversaw", "arose", "bore", "bound", "dealt", "fed", "found", "lit", "overcame",
	"read", "rode", "slept", "sped", "spun", "strove", "wept", "bid", "cast", "forecast", "shed", "upset",
	"beset", "rebuilt", "retook", "reelected", "rebid", "mislead", "misled", "bled", "bred", "clung", "dug",
	"flung", "ground", "slid", "stung", "strung", "swam", "woke", "wound")

// verbAdverbs stand before a verb: "would rather support", "may yet
// host".
var verbAdverbs = set("you", "not", "never", "also", "still", "always", "often", "even", "only", "just", "again",
	"now", "then", "together", "already", "rather", "instead", "later", "soon", "first", "once", "further",
	"yet", "ever", "too", "so", "seldom", "almost", "nearly", "thus", "hence", "therefore", "please", "let",
	"help", "make", "go", "come", "must", "cannot", "nor", "who", "which", "that", "this", "what", "how", "why",
	"where", "when", "whether", "than", "both", "either", "neither", "all", "each", "own", "out", "off", "up",
	"down", "back", "away", "over", "well", "far", "much", "more", "most", "less", "least", "very", "quite")

// timeNouns end a time adjunct that may stand before a verb: "will next
// week visit".
var timeNouns = set("week", "month", "year", "day", "weekend", "morning", "afternoon", "evening", "night",
	"today", "tomorrow", "tonight", "yesterday", "time", "decade", "summer", "winter", "spring", "autumn", "fall")

// massPlurals are plural nouns without "-s" that may be a base verb's
// subject: "people support the plan".
var massPlurals = set("people", "police", "children", "men", "women", "media", "staff", "public", "youth",
	"clergy", "military", "personnel", "government", "army", "navy", "leadership", "opposition", "majority",
	"minority", "team", "cabinet", "parliament", "congress", "senate", "council", "committee", "jury", "board",
	"union", "party", "family", "crew", "electorate", "administration", "regime", "junta", "group")

// nounBefore reports whether the word at token i is a noun after an
// article or possessive, right before it or before one modifier ("a
// start", "an early start"), not a verb after its subject.
func (w *worker) nounBefore(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-2; k-- {
		s := w.low[k]
		if articles[s] && s != "as" || possessivePronouns[s] {
			return true
		}
		if w.ment[k] >= 0 || auxWords[s] || negations[s] || isPunct(s) || prepositions[s] || subjectPronouns[s] || s == "and" || s == "or" {
			return false
		}
	}
	return false
}

// modifiedNoun reports whether the word at token i ends a noun phrase
// opened by an article or possessive within three words, none of them an
// actor, auxiliary, adverb or punctuation: "the Bouake attack", "a drone
// strike", "the 11 September attacks".
func (w *worker) modifiedNoun(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		s := w.low[k]
		if articles[s] && s != "as" || possessivePronouns[s] {
			return k < i-1
		}
		if w.ment[k] >= 0 && w.place[k] >= 0 {
			continue // a place modifier: "the Madrid bomb"
		}
		if w.ment[k] >= 0 || auxWords[s] || negations[s] || isPunct(s) || prepositions[s] || clauseStops[s] ||
			relativeWords[s] || subjectPronouns[s] || s == "and" || s == "or" || strings.HasSuffix(s, "ly") {
			return false
		}
	}
	return false
}

// modifiedNounCached is modifiedNoun, remembered for the token last asked
// about (every verb pattern of an anchor asks).
func (w *worker) modifiedNounCached(i, lo int) bool {
	if w.modSent == w.si+1 && w.modTok == i {
		return w.modVal
	}
	w.modSent, w.modTok, w.modVal = w.si+1, i, w.modifiedNoun(i, lo)
	return w.modVal
}

// mentionedEvent reports whether the nominal trigger at token i is the
// object of a verb that only speaks of it ("heard the demands", "cited
// the talks").
func (w *worker) mentionedEvent(i int) bool {
	lo, _ := w.bounds(i)
	for k := i - 1; k >= lo && k >= i-4; k-- {
		s := w.low[k]
		if mentionVerbs[s] {
			return true
		}
		if w.ment[k] >= 0 || isPunct(s) || prepositions[s] || auxWords[s] {
			return false
		}
	}
	return false
}

// capitalised reports whether token k is written with a capital letter.
func (w *worker) capitalised(k int) bool {
	t := w.doc.Article.Text[w.toks[k].Start:w.toks[k].End]
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

// inName reports whether token i is a capitalised word inside a run of
// capitalised words that is not at the start of its sentence: a name the
// actors stage did not code ("Community Support Officers"), not a trigger.
func (w *worker) inName(i int) bool {
	if i == 0 || !w.capitalised(i) {
		return false
	}
	if t := w.doc.Article.Text[w.toks[i].Start:w.toks[i].End]; len(t) > 1 && t[1] >= 'A' && t[1] <= 'Z' {
		return false // all capitals: shouting ("BIG PROGRESS ON RUSSIA"), not a name
	}
	prev := w.low[i-1]
	if isPunct(prev) && prev != "-" {
		return false // after a quote mark or colon a word may be capitalised
	}
	return w.capitalised(i-1) || i+1 < len(w.toks) && w.capitalised(i+1)
}

// frontedParticipleSubject returns the subject of the main clause after a
// sentence-opening participial clause holding the trigger of m: the first
// actor within four words after the clause's comma. A participle after
// "after/before/while/…" opening the sentence is fronted too ("After
// meeting Putin, Trump said"); one later in the sentence ("Russia struck
// Kyiv after meeting Iran", "Macron, while visiting Kyiv, said") takes
// the subject of the clause before it.
func (w *worker) frontedParticipleSubject(m *match) (actorRef, bool) {
	lo, hi := w.bounds(m.anchor)
	if k := m.start - 1; k > lo && participleClauseWords[w.low[k]] && w.ment[k] < 0 && w.auxStart(m.start) == m.start {
		for j := k - 1; j > lo; j-- {
			if reportingVerbs[w.low[j]] || w.low[j] == "that" || w.low[j] == ";" || w.low[j] == ":" {
				lo = j + 1
				break
			}
		}
		return w.clauseSubject(lo, k)
	}
	if m.start == lo+1 && participleClauseWords[w.low[lo]] {
		lo++
	}
	if m.start != lo {
		return actorRef{}, false
	}
	return w.subjectAfterComma(m, hi)
}

// frontedJointActSubject returns the main clause's subject for a
// reciprocal nominal act (talks, a meeting) in a sentence-opening
// "after/following/before/during" phrase: "Following talks with X, Y said".
func (w *worker) frontedJointActSubject(m *match) (actorRef, bool) {
	lo, hi := w.bounds(m.anchor)
	if !m.p.Noun || m.p.Flags&FlagRecip == 0 || m.start != lo+1 || !frontedTimeWords[w.low[lo]] || w.quote[m.anchor] >= 0 {
		return actorRef{}, false
	}
	return w.subjectAfterComma(m, hi)
}

// subjectAfterComma returns the first actor within four words after the
// comma that closes the phrase holding m.
func (w *worker) subjectAfterComma(m *match, hi int) (actorRef, bool) {
	for k := m.hiEnd; k < hi; k++ {
		if w.low[k] != "," {
			continue
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			if w.ment[j] >= 0 {
				return w.mentionRef(w.ment[j], j), true
			}
			if isPunct(w.low[j]) {
				break
			}
		}
		break
	}
	return actorRef{}, false
}

// byPhrase returns the actor of a "by X" phrase (with from, also of a
// "from X" phrase) starting at token k (determiners allowed before X) and
// the token after it.
func (w *worker) byPhrase(k, hi int, from bool) (actorRef, int, bool) {
	if k >= hi || w.low[k] != "by" && !(from && w.low[k] == "from") {
		return actorRef{}, 0, false
	}
	j := k + 1
	for j < hi && determiners[w.low[j]] && w.ment[j] < 0 {
		j++
	}
	if j >= hi || w.ment[j] < 0 || w.mstart[j] != j {
		return actorRef{}, 0, false
	}
	r := w.mentionRef(w.ment[j], j)
	return r, r.tokEnd, true
}

// timeAdjunct returns the token after a time adjunct that opens at token
// k ("Tuesday", "on Tuesday", "last week", "in 2019", "that day"), or k
// when none does.
func (w *worker) timeAdjunct(k, hi int) int {
	if k >= hi {
		return k
	}
	j := k
	if (w.low[j] == "on" || w.low[j] == "in" || w.low[j] == "at") && j+1 < hi {
		j++
	}
	if j+1 < hi && w.low[j] == "that" && dayWords[w.low[j+1]] {
		return j + 2
	}
	start := w.toks[j].Start
	for ti := range w.doc.Times {
		t := &w.doc.Times[ti]
		if t.Span.Start != start {
			continue
		}
		e := j
		for e < hi && w.toks[e].Start < t.Span.End {
			e++
		}
		return e
	}
	return k
}

// dayWords name a time of day after "that": "that day", "that night".
var dayWords = set("day", "night", "morning", "afternoon", "evening", "week")

// byBetween reports whether "by" stands among tokens [from, to): "arrested
// by Thames Valley Police".
func (w *worker) byBetween(from, to int) bool {
	for k := from; k < to && k < len(w.low); k++ {
		if w.low[k] == "by" {
			return true
		}
	}
	return false
}

// intentCode returns the CAMEO 03x code for a proposed cooperative act:
// "proposed a plan for supporting Ukraine" expresses intent to cooperate
// (032 diplomatic, 031 material, 033 aid, 035 yield); other codes are
// returned unchanged.
func intentCode(code string) string {
	if len(code) < 2 {
		return code
	}
	switch code[:2] {
	case "05":
		return "032"
	case "06":
		return "031"
	case "07":
		return "033"
	case "08":
		return "035"
	}
	return code
}

// performativeRoots are the verbal CAMEO roots a speaker performs by
// saying so: statements, appeals, intents, demands, disapproval,
// rejection, threats.
var performativeRoots = map[string]bool{"01": true, "02": true, "03": true, "10": true, "11": true, "12": true, "13": true}

// performative reports whether a quoted event is the speaker's own speech
// act: a first-person subject with a present-tense verbal trigger ("We
// strongly reject the allegations", "I condemn this attack"). Saying it
// is doing it, so the event is asserted, not reported.
func (w *worker) performative(m *match, s actorRef) bool {
	if len(m.p.Code) < 2 || !performativeRoots[m.p.Code[:2]] && !performativeCodes[m.p.Code[:3]] {
		return false
	}
	if m.p.Noun {
		return w.performativeNoun(m, s)
	}
	v := w.low[m.anchor]
	if strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") {
		return false
	}
	// The subject right before the verb, past adverbs ("we strongly
	// reject"); an auxiliary or negation ("we will reject", "we do not
	// reject") is no performative.
	k := m.anchor - 1
	for k >= 0 && strings.HasSuffix(w.low[k], "ly") && w.ment[k] < 0 {
		k--
	}
	if k >= 1 && w.low[k] == "and" {
		// a second present verb of the same subject: "We condemn the
		// attack and urge calm"
		for j := k - 1; j >= 0 && j >= k-10; j-- {
			if isPunct(w.low[j]) || w.quote[j] != w.quote[m.anchor] {
				return false
			}
			if (w.low[j] == "we" || w.low[j] == "i") && j+1 < k {
				n := w.low[j+1]
				if strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing") || auxWords[n] || negations[n] {
					return false
				}
				k = j
				break
			}
		}
	}
	return k >= 0 && (w.low[k] == "we" || w.low[k] == "i") && (s.tok == k || s.tok < 0 || s.speaker)
}

// performativeCodes are verbal acts of diplomatic cooperation that a
// first person performs by saying them: "I applaud the efforts of both
// India and Pakistan", "we apologise to the families", "I forgive them".
var performativeCodes = set("051", "052", "054", "055", "056")

// performativeNoun reports whether a quoted nominal speech act is the
// speaker's own, through a present light verb: "We extend our deepest
// condolences to his family", "I express my support for X".
func (w *worker) performativeNoun(m *match, s actorRef) bool {
	k := m.start - 1
	for k >= 1 && w.ment[k] < 0 && !lightSpeechVerbs[w.low[k]] && !isPunct(w.low[k]) && m.start-k <= 4 {
		k-- // over "our deepest", "my sincere"
	}
	if k < 1 || !lightSpeechVerbs[w.low[k]] || k+1 >= m.start || w.low[k+1] != "our" && w.low[k+1] != "my" {
		return false
	}
	j := k - 1
	for j >= 0 && strings.HasSuffix(w.low[j], "ly") && w.ment[j] < 0 {
		j--
	}
	return j >= 0 && (w.low[j] == "we" || w.low[j] == "i") && (s.tok == j || s.tok < 0 || s.speaker)
}

// lightSpeechVerbs, in the present, perform the speech act their
// nominal object names.
var lightSpeechVerbs = set("extend", "express", "offer", "convey", "send", "reiterate", "reaffirm", "renew", "voice", "repeat")

// institutionPerformative reports whether a quoted event is an
// institution's speech act voiced by its own speaker: the institution
// named right before a present-tense verb, with the speaker's code ("The
// court regrets the decision of Kenya," said the court's president).
func (w *worker) institutionPerformative(m *match, s actorRef, q *dyad.Quote) bool {
	if m.p.Noun || len(m.p.Code) < 2 || !performativeRoots[m.p.Code[:2]] || !w.thirdPersonVerb(m) {
		return false
	}
	if q.Speaker == nil || q.Speaker.Code == "" || s.code != q.Speaker.Code || s.tok < 0 {
		return false
	}
	k := m.anchor - 1
	for k >= 0 && strings.HasSuffix(w.low[k], "ly") && w.ment[k] < 0 {
		k--
	}
	return k >= 0 && s.tokEnd == k+1
}

// thirdPersonVerb reports whether a verbal trigger is in the third person
// singular present ("public interest demands that …"): its subject is
// neither the speaker ("I demand") nor the speaker's side ("we demand").
func (w *worker) thirdPersonVerb(m *match) bool {
	if m.p.Noun {
		return false
	}
	v := w.low[m.anchor]
	return len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !strings.HasSuffix(v, "us") && !strings.HasSuffix(v, "is")
}

// sentencePlaceCountry returns the country of the sentence's place nearest
// after token k (else before it), "" when the sentence names none.
func (w *worker) sentencePlaceCountry(k int) string {
	for j := k + 1; j < len(w.toks); j++ {
		if pi := w.place[j]; pi >= 0 && w.doc.Places[pi].Country != "" && !w.doc.Places[pi].Metonymic && !w.neighbourPlace(j) {
			return w.doc.Places[pi].Country
		}
	}
	for j := k - 1; j >= 0; j-- {
		if pi := w.place[j]; pi >= 0 && w.doc.Places[pi].Country != "" && !w.doc.Places[pi].Metonymic && !w.neighbourPlace(j) {
			return w.doc.Places[pi].Country
		}
	}
	return ""
}

// neighbourPlace reports whether the place at token j names the country
// across a border from where things happen: "near the border with
// Burkina Faso", "along the frontier of Niger", "close to Uganda's
// border". Militants killed there are not Burkina Faso's.
func (w *worker) neighbourPlace(j int) bool {
	pi := w.place[j]
	a, b := j, j
	for a > 0 && w.place[a-1] == pi {
		a--
	}
	for b+1 < len(w.toks) && w.place[b+1] == pi {
		b++
	}
	if a >= 2 && (w.low[a-1] == "with" || w.low[a-1] == "of") && borderNouns[w.low[a-2]] {
		return true
	}
	return b+2 < len(w.toks) && w.low[b+1] == "'s" && borderNouns[w.low[b+2]]
}

// borderNouns name a frontier between two countries.
var borderNouns = set("border", "borders", "frontier", "frontiers", "boundary")

// actPlaceCountry is sentencePlaceCountry without destinations: "were
// deported to Honduras" is not Honduras's act.
func (w *worker) actPlaceCountry(k int) string {
	try := func(j int) string {
		pi := w.place[j]
		if pi < 0 || w.doc.Places[pi].Country == "" || w.doc.Places[pi].Metonymic || (j > 0 && w.place[j-1] == pi) {
			return ""
		}
		if j > 0 && destinationPreps[w.low[j-1]] {
			return ""
		}
		return w.doc.Places[pi].Country
	}
	for j := k + 1; j < len(w.toks); j++ {
		if c := try(j); c != "" {
			return c
		}
	}
	if c := w.openingPlace(k); c != "" {
		return c
	}
	for j := k - 1; j >= 0; j-- {
		if c := try(j); c != "" {
			return c
		}
	}
	return ""
}

// placeAfter reports whether a place follows token k after the
// preposition prep within the clause ("deported from Germany").
func (w *worker) placeAfter(k int, prep string) bool {
	for j := k + 1; j+1 < len(w.toks) && j <= k+4; j++ {
		if w.low[j] == prep && w.place[j+1] >= 0 {
			return true
		}
	}
	return false
}

var destinationPreps = set("to", "into", "toward", "towards")

// accusationWords head an "accuse X of V-ing" frame.
var accusationWords = map[string]bool{
	"accuse": true, "accuses": true, "accused": true, "accusing": true,
	"suspect": true, "suspects": true, "suspected": true, "suspecting": true,
	"charge": true, "charges": true, "charged": true, "charging": true,
	"convict": true, "convicts": true, "convicted": true, "convicting": true,
}

// accusedOf reports whether the -ing trigger at token i is the "of V-ing"
// of an accusation within a few words ("accusing it of providing",
// "charged with robbing").
func (w *worker) accusedOf(i int) bool {
	if i < 2 || !strings.HasSuffix(w.low[i], "ing") {
		return false
	}
	// the "of/with V-ing" that opens the charge: right before the trigger,
	// or before a list the trigger ends ("with robbing trucks, raping and
	// attacking motorists")
	for j := i - 1; j >= 1 && j >= i-15; j-- {
		s := w.low[j]
		if (s == "of" || s == "with") && strings.HasSuffix(w.low[j+1], "ing") {
			for k := j - 1; k >= 0 && k >= j-5; k-- {
				if accusationWords[w.low[k]] {
					return true
				}
				if isPunct(w.low[k]) {
					return false
				}
			}
			return false
		}
		if j < i-1 && !(s == "," || s == "and" || s == "or" || w.ment[j] >= 0 || !isPunct(s) && !clauseStops[s] && !relativeWords[s]) {
			return false
		}
		if clauseStops[s] || relativeWords[s] || s == ";" {
			return false
		}
	}
	return false
}

// accusedActor returns the accused of the "accuse X of V-ing" frame
// whose complement holds the trigger at token i: the actor right before
// "of" or "with" ("accused the army of killing", "charged them with
// attacking"), or the subject of a passive accusation ("operatives were
// accused of planning to kidnap X"). An accusation without an accused in
// the sentence, or a trigger outside its "of V-ing" complement, has none.
func (w *worker) accusedActor(i int) (actorRef, bool) {
	lo := 0 // (the accusation verb opens a clause of its own)
	for j := i - 1; j > lo && j >= i-8; j-- {
		s := w.low[j]
		if clauseStops[s] || relativeWords[s] || s == ";" || s == ":" || s == "that" {
			return actorRef{}, false
		}
		if !(s == "of" || s == "with") || !strings.HasSuffix(w.low[j+1], "ing") {
			continue
		}
		for k := j - 1; k >= lo && k >= j-5; k-- {
			if isPunct(w.low[k]) {
				return actorRef{}, false
			}
			if !accusationWords[w.low[k]] {
				continue
			}
			if b := j - 1; b > k && w.ment[b] >= 0 {
				return w.mentionRef(w.ment[b], b), true
			}
			if j == k+1 && w.passiveAt(k) {
				// the subject right before the auxiliary ("X were
				// accused"), not an actor named further back ("a
				// resident of Illinois, Smith is accused")
				if b := w.auxStart(k) - 1; b >= lo && w.ment[b] >= 0 {
					return w.mentionRef(w.ment[b], b), true
				}
			}
			return actorRef{}, false
		}
		return actorRef{}, false
	}
	return actorRef{}, false
}

// codeAlleged codes the act an accusation names, with the accused as its
// source and the reported mode.
func (w *worker) codeAlleged(m *match, accused actorRef) {
	if r := m.p.Code; len(r) < 2 || r[:2] < "17" || r[:2] > "20" {
		// only coercion and violence: the acts an accusation names as a
		// violation ("accused of killing civilians"); alleged help or
		// talks stay the accusation's content
		return
	}
	a := *m
	a.source = &accused
	w.alleged = true
	w.code(&a)
	w.alleged = false
}

// countryModifier reports whether the country mention r only places or
// owns the phrase it is in ("sellers in Cameroon's capital", "students
// from Kenya"): the people of the country, not its state.
func (w *worker) countryModifier(r actorRef) bool {
	if r.tok < 0 || r.tokEnd > len(w.low) {
		return false
	}
	if r.tok > 0 {
		if p := w.low[r.tok-1]; p == "in" || p == "from" || p == "of" {
			return true
		}
	}
	return r.tokEnd < len(w.low) && (w.low[r.tokEnd] == "'s" || w.low[r.tokEnd] == "'")
}

// chargeAuthor returns the author of the latest charge coded before the
// current event against src's party: the source of an accusation or legal
// act (chargeCode) whose target is that party, or the answered accuser
// (target) of that party's earlier rejection of a charge (an article's
// charge is often answered many paragraphs on). The party is src's code or
// one it extends or is extended by (PAK and PAKMIL, not AFGGOV and
// AFGREBTAL: a government answers no charge made against its insurgents).
func (w *worker) chargeAuthor(src actorRef) (actorRef, bool) {
	if src.code == "" {
		return actorRef{}, false
	}
	of := func(a *dyad.EventActor) bool {
		return a != nil && a.Code != "" && (strings.HasPrefix(a.Code, src.code) || strings.HasPrefix(src.code, a.Code))
	}
	for i := len(w.doc.Events) - 1; i >= 0; i-- {
		e := &w.doc.Events[i]
		var author *dyad.EventActor
		switch {
		case chargeCode(e.CAMEO) && of(e.Target) && !of(e.Source):
			author = e.Source
		case e.Root == "12" && of(e.Source) && e.Target != nil && !of(e.Target) && chargeWords(e.Trigger.Text):
			author = e.Target
		}
		if author == nil {
			continue
		}
		r := actorRef{mention: -1, place: -1, span: author.Span, code: author.Code, name: author.Name,
			country: author.Country, tok: -1, tokEnd: -1}
		if author.Mention != nil {
			r.mention = *author.Mention
		}
		return r, true
	}
	return actorRef{}, false
}

// chargeCode reports whether a CAMEO code is a charge a rejection may
// answer: an accusation (112), a lawsuit (115), a verdict (116) or an
// arrest, detention or charge (173: "a court sentenced X …; X rejected all
// the accusations"); not mere criticism ("Sanders criticized Biden" is not
// the allegation Biden denied).
func chargeCode(c string) bool {
	return strings.HasPrefix(c, "112") || strings.HasPrefix(c, "115") || strings.HasPrefix(c, "116") || c == "173"
}

// chargeWords reports whether a rejection's trigger names a charge
// ("rejected Pakistan's allegation", "denied the accusations").
func chargeWords(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"accus", "alleg", "charge", "claim"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// chargeKnown reports whether the reversed charge of a rejection (12 with a
// reversed 11) is not to be coded: inside a quote ("“We reject the
// allegations by X,” Y said" is Y's rejection; the charge is the
// narrator's fact only where the narrator names it: "Y rejected X's
// allegation"), or when the sentence has coded the accuser's charge
// against the rejecter already ("Poland blamed Russia, a charge Moscow
// denied").
func (w *worker) chargeKnown(m *match, s, t actorRef) bool {
	if !strings.HasPrefix(m.p.Code, "12") || !strings.HasPrefix(m.p.RevCode, "11") {
		return false
	}
	if w.quote[m.anchor] >= 0 {
		return true
	}
	for i := len(w.doc.Events) - 1; i >= 0; i-- {
		e := &w.doc.Events[i]
		if e.Sentence.Start != w.sent.Start {
			break
		}
		if e.Root == "11" && e.Source != nil && e.Source.Code == t.code && e.Target != nil &&
			(strings.HasPrefix(e.Target.Code, s.code) || strings.HasPrefix(s.code, e.Target.Code)) {
			return true
		}
	}
	return false
}

// prepOpened reports whether a nominal match is opened by a preposition
// inside its clause ("in support of X", "at the request of X"): the
// clause's adverbial.
func (w *worker) prepOpened(m *match) bool {
	return m.start < m.anchor && prepositions[w.low[m.start]] && (m.start > 0 && !isPunct(w.low[m.start-1]) || w.fronted(m))
}

// fronted reports whether match m opens its sentence (outside quotes) and
// is closed by a comma before the main clause: "In a rebuke to Moscow,
// Berlin expelled …", "At the invitation of Ruto, Modi visited Kenya".
func (w *worker) fronted(m *match) bool {
	lo, hi := w.bounds(m.anchor)
	if m.start != lo || w.quote[m.anchor] >= 0 {
		return false
	}
	_, ok := w.frontedComma(m, hi)
	return ok
}

// frontedComma returns the comma that closes a fronted adverbial match
// (within eight tokens of its end), if any.
func (w *worker) frontedComma(m *match, hi int) (int, bool) {
	for k := m.hiEnd; k < hi && k < m.hiEnd+8; k++ {
		if w.low[k] == "," {
			return k, true
		}
		if isPunct(w.low[k]) || relativeWords[w.low[k]] {
			return 0, false
		}
	}
	return 0, false
}

// adverbialSubject returns the subject of the clause an adverbial match
// sits in: its clause subject before the match, after any reporting verb
// (the clause reported, not the reporter's: "the U.S. claims Iran flies
// fighters to Syria in support of Assad").
func (w *worker) adverbialSubject(m *match) (actorRef, bool) {
	lo, hi := w.bounds(m.anchor)
	if w.fronted(m) {
		// the main clause after the fronted adverbial's comma
		c, _ := w.frontedComma(m, hi)
		return w.clauseSubject(c+1, hi)
	}
	for k := m.start - 1; k > lo; k-- {
		if reportingVerbs[w.low[k]] || w.low[k] == "that" {
			lo = k + 1
			break
		}
	}
	return w.clauseSubject(lo, m.start)
}
