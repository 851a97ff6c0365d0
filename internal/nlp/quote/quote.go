package quote

import (
	"context"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// Name is the stage's registry name.
const Name = "quotes"

// Config configures the stage. The zero value is ready to use.
type Config struct {
	// Logger receives debug messages about unbalanced quotation marks;
	// nil means slog.Default().
	Logger *slog.Logger
	// Beliefs also reports beliefs and attitudes ("X believes that …",
	// "X hopes …", "X fears …") as quotes with their cue. PolNeAR
	// annotates them as attributions; news quote gold does not, so they
	// are off by default (see doc.go for the measurement).
	Beliefs bool
	// Evidentials also reports findings ("a poll shows that …"), off by
	// default for the same reason; a document's or an inquiry's ("the
	// study found that …") are reported either way.
	Evidentials bool
}

// Extractor is the quotes stage. It is safe for concurrent use.
type Extractor struct {
	seg    *segment.Segmenter
	logger *slog.Logger
	cfg    Config
	pool   sync.Pool
}

var _ dyad.Stage = (*Extractor)(nil)

// New returns an Extractor.
func New(cfg Config) (*Extractor, error) {
	seg, err := segment.New(segment.Config{})
	if err != nil {
		return nil, err
	}
	e := &Extractor{seg: seg, logger: cfg.Logger, cfg: cfg}
	if e.logger == nil {
		e.logger = slog.Default()
	}
	e.pool.New = func() any { return new(work) }
	return e, nil
}

// Name returns the stage name.
func (e *Extractor) Name() string { return Name }

// Process sets doc.Quotes to the direct and reported speech found in the
// article, in text order. It reads doc.Sentences (segmenting the text
// itself when they are missing), doc.Mentions to resolve speakers and
// doc.Times to date what was said. It returns ctx's error if ctx is done;
// malformed text (an unclosed quotation) is not an error: the quotation
// runs to the end of its paragraph and is marked Unclosed.
func (e *Extractor) Process(ctx context.Context, doc *dyad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if doc == nil || doc.Article == nil {
		return dyad.Errorf(dyad.CodeInvalid, "quotes: document has no article")
	}
	sents := doc.Sentences
	if len(sents) == 0 && doc.Article.Text != "" {
		sents = e.seg.Split(doc.Article.Text)
	}
	w := e.pool.Get().(*work)
	w.reset(doc, sents)
	w.beliefs, w.evidentials = e.cfg.Beliefs, e.cfg.Evidentials
	w.run()
	doc.Quotes = append(doc.Quotes[:0:0], w.quotes...)
	for i := range doc.Quotes {
		if q := &doc.Quotes[i]; q.Direct {
			q.Parts = paragraphParts(w.text, q.Span)
		}
	}
	if doc.Quotes == nil {
		doc.Quotes = []dyad.Quote{}
	}
	for i := range doc.Quotes {
		if doc.Quotes[i].Unclosed {
			e.logger.LogAttrs(ctx, slog.LevelDebug, "unclosed quotation", slog.String("article_id", doc.Article.ID), slog.Int("start", doc.Quotes[i].Start))
		}
	}
	w.release()
	e.pool.Put(w)
	return nil
}

// cand is a quote found but not yet resolved.
type cand struct {
	content  dyad.Span
	direct   bool
	unclosed bool
	spkS     int // speaker token range [spkS, spkE); spkE == 0 when none
	spkE     int
	cueTok   int // -1 when none
	cue      cue
	sent     int // sentence of the reporting clause
	para     int
	// continuation: no attribution of its own; takes the previous
	// quote's speaker.
	continuation bool
	// inherit: the speaker is that of the attribution earlier in the
	// same sentence (", adding that …").
	inherit int // index into cands, -1 when none
	// cueEnd is the last token of a cue of two words ("called for"),
	// 0 when the cue is one token.
	cueEnd int
	// label: a speaker label before a colon ("WALLACE: …"); quotations
	// inside its content are part of it.
	label bool
	// relative: the reporting clause stands inside a relative clause
	// ("which critics said was unfair"); a participle later in the
	// sentence (", saying …") continues the main clause, not it.
	relative bool
}

// work holds one document's state; it is pooled between documents.
type work struct {
	doc    *dyad.Document
	text   string
	sents  []dyad.Sentence
	toks   []tok
	sstart []int // token index where each sentence starts; len(sents)+1
	regs   []region
	// regTok gives each region's first and last token.
	regFirst, regLast []int
	used              []bool // cue tokens already used for an attribution
	cands             []cand
	quotes            []dyad.Quote
	lowBuf            []byte
	low               string    // the text with ASCII letters lower-cased
	content           dyad.Span // the content of the quote being resolved
	contentStart      int       // where that content starts as written (content starts at its sentence)
	// pord is each sentence's paragraph ordinal: paragraphs counted
	// one by one however many blank lines separate them.
	pord []int
	// beliefs and evidentials enable those cue classes (Config).
	beliefs, evidentials bool
}

func (w *work) reset(doc *dyad.Document, sents []dyad.Sentence) {
	w.doc, w.text, w.sents = doc, doc.Article.Text, sents
	w.toks = w.toks[:0]
	w.sstart = w.sstart[:0]
	w.regs = scanRegions(w.text, w.regs[:0])
	w.cands = w.cands[:0]
	w.quotes = nil
	// One lower-cased copy of the text (ASCII letters only, so offsets
	// are kept): token keys are substrings of it, with no allocation per
	// token.
	w.lowBuf = append(w.lowBuf[:0], w.text...)
	for i, c := range w.lowBuf {
		if 'A' <= c && c <= 'Z' {
			w.lowBuf[i] = c + 'a' - 'A'
		}
	}
	low := string(w.lowBuf)
	w.low = low
	for si, s := range sents {
		w.sstart = append(w.sstart, len(w.toks))
		for _, t := range s.Tokens {
			if t.Start < 0 || t.End > len(w.text) || t.Start >= t.End {
				continue
			}
			s := w.text[t.Start:t.End]
			r, _ := utf8.DecodeRuneInString(s)
			w.toks = append(w.toks, tok{Span: t.Span, kind: t.Kind, w: s, low: low[t.Start:t.End], upper: unicode.IsUpper(r), reg: -1, sent: int32(si)})
		}
	}
	w.sstart = append(w.sstart, len(w.toks))
	w.pord = w.pord[:0]
	for si := range sents {
		o := 0
		if si > 0 {
			o = w.pord[si-1]
			if sents[si].Paragraph != sents[si-1].Paragraph {
				o++
			}
		}
		w.pord = append(w.pord, o)
	}
	// Mark the tokens inside each region.
	w.regFirst = w.regFirst[:0]
	w.regLast = w.regLast[:0]
	ti := 0
	for ri, r := range w.regs {
		for ti < len(w.toks) && w.toks[ti].End <= r.open {
			ti++
		}
		first := ti
		for ti < len(w.toks) && w.toks[ti].Start < r.close {
			w.toks[ti].reg = int32(ri)
			ti++
		}
		w.regFirst = append(w.regFirst, first)
		w.regLast = append(w.regLast, ti-1)
	}
	if cap(w.used) < len(w.toks) {
		w.used = make([]bool, len(w.toks))
	}
	w.used = w.used[:len(w.toks)]
	clear(w.used)
}

func (w *work) release() {
	w.doc, w.text, w.low, w.sents, w.quotes = nil, "", "", nil, nil
}

// sentBounds returns the token range of sentence si.
func (w *work) sentBounds(si int) (int, int) { return w.sstart[si], w.sstart[si+1] }

func (w *work) run() {
	w.directQuotes()
	w.reportedSpeech()
	w.resolve()
}

// directQuotes turns each region into a candidate, attributed by the
// reporting clause after it (“…,” X said), before it (X said: “…”), or
// left to take the previous quote's speaker.
func (w *work) directQuotes() {
	for ri := range w.regs {
		r := &w.regs[ri]
		first, last := w.regFirst[ri], w.regLast[ri]
		if first > last || first >= len(w.toks) {
			continue
		}
		if w.isTitle(ri) || w.nickname(ri) {
			continue // "his book “Make Your Kid a Millionaire”", "Marcia “Cia” Price"
		}
		words := wordCount(w.text[r.start:r.end])
		c := cand{content: dyad.Span{Start: r.start, End: r.end}, direct: true, unclosed: r.unclosed, cueTok: -1, inherit: -1}
		c.para = w.paraOf(int(w.toks[first].sent))
		ok := w.tailAttribution(ri, last, &c)
		if !ok && r.unclosed {
			ok = w.unclosedTail(ri, &c)
		}
		if ok {
			w.leadIn(first, &c)
			w.cands = append(w.cands, c)
			continue
		}
		if w.saidFirst(first, &c) {
			w.cands = append(w.cands, c)
			continue
		}
		if w.sharedTail(ri, &c) {
			// "“…” and “…,” tweeted X.": both quotations are X's.
			w.cands = append(w.cands, c)
			continue
		}
		if k, ok := w.headAttribution(ri, first, words, &c); ok {
			w.parentheticalClause(ri, &c)
			w.used[k] = true
			w.cands = append(w.cands, c)
			continue
		} else if k >= 0 {
			// A short quotation inside a reported clause: the clause is
			// the quote.
			continue
		}
		if k, ok := w.colonLead(first, &c); ok {
			// "He said:" closing the sentence or paragraph before.
			w.used[k] = true
			w.cands = append(w.cands, c)
			continue
		}
		if k, ok := w.occasionColon(first, &c); ok {
			// "In his message, he praised the troops: “…”".
			w.used[k] = true
			w.cands = append(w.cands, c)
			continue
		}
		if k, ok := w.reactionComma(first, words, &c); ok {
			// "Trump, also on Twitter, defended his decision, “…”".
			w.used[k] = true
			w.cands = append(w.cands, c)
			continue
		}
		// No attribution of its own: a quotation that stands as its own
		// sentence, or that resumes after “…,” X said, “…” in the same
		// sentence, continues the previous speaker.
		resumes := false
		if n := len(w.cands); n > 0 {
			p := &w.cands[n-1]
			resumes = p.direct && p.cueTok >= 0 && p.cueTok < first && p.sent == int(w.toks[first].sent) && w.isComma(first-1)
		}
		if !resumes && w.laterTail(last) {
			// "“You squeezed employees” to drive up the price, she
			// said": the reporting clause later in the sentence is the
			// quotation's own (see reported).
			continue
		}
		if (w.sentStart(first) || resumes) && words >= 3 && !w.titleRegion(ri) || resumes && words >= 1 {
			c.continuation = true
			c.sent = int(w.toks[first].sent)
			w.cands = append(w.cands, c)
		}
	}
}

// sharedTail attributes quotation ri when "and" joins it to the next
// quotation, whose reporting clause follows it (“…” and “…,” tweeted
// X.): the clause reports both. It reports whether it found one.
func (w *work) sharedTail(ri int, c *cand) bool {
	last := w.regLast[ri]
	a := last + 1
	if ri+1 >= len(w.regs) || a+1 >= len(w.toks) || w.toks[a].low != "and" || w.toks[a].reg >= 0 || w.regFirst[ri+1] != a+1 ||
		w.toks[a].sent != w.toks[last].sent && !w.isTerminal(last-1) {
		return false
	}
	if w.isTitle(ri+1) || w.nickname(ri+1) || w.isTitle(ri) || !w.sentStart(w.regFirst[ri]) {
		return false // (not "He sang “Hey Jude” and “Let It Be,” Berg said")
	}
	var c2 cand
	c2.cueTok, c2.inherit = -1, -1
	if !w.tailAttribution(ri+1, w.regLast[ri+1], &c2) || c2.spkE <= c2.spkS {
		return false
	}
	c.spkS, c.spkE, c.cueTok, c.cue, c.sent = c2.spkS, c2.spkE, c2.cueTok, c2.cue, c2.sent
	return true
}

// unclosedTail finds the reporting clause inside an unclosed quotation
// whose closing mark was left out before it ("“This is unbalanced, Putin
// said on Monday."): when the words after a comma in the quotation's
// first sentence attribute it as “…,” X said would, the quotation ends
// at that comma and the clause is its attribution. It reports whether
// it found one; the region and c are cut back to the comma then.
func (w *work) unclosedTail(ri int, c *cand) bool {
	r := &w.regs[ri]
	first, last := w.regFirst[ri], w.regLast[ri]
	if first >= len(w.toks) || last >= len(w.toks) {
		return false
	}
	si := w.toks[first].sent
	for k := first + 2; k < last; k++ {
		if w.toks[k].sent != si {
			break
		}
		if !w.isComma(k) || w.toks[k].Start <= r.start {
			continue
		}
		for i := k + 1; i <= last; i++ {
			w.toks[i].reg = -1
		}
		if w.tailAttribution(ri, k, c) {
			r.end = trimSpaceRight(w.text, r.start, w.toks[k].Start)
			r.close = w.toks[k].End
			w.regLast[ri] = k
			c.content.End = r.end
			return true
		}
		for i := k + 1; i <= last; i++ {
			w.toks[i].reg = int32(ri)
		}
	}
	return false
}

// colonLead attributes the quotation opening at token first to a
// reporting clause that ends in a colon right before it, in the sentence
// or paragraph before ("He said:\n\n“…”", "Trump told reporters:",
// "…, adding:"). It returns the verb's token.
func (w *work) colonLead(first int, c *cand) (int, bool) {
	p := first - 1
	if p < 0 || !w.isPunct(p, ":") || w.toks[p].reg >= 0 || w.toks[p].sent == w.toks[first].sent {
		return -1, false
	}
	si := int(w.toks[p].sent)
	if w.paraOf(si)+1 < c.para {
		return -1, false
	}
	lo, _ := w.sentBounds(si)
	for k := p - 1; k >= lo && p-k <= 10; k-- {
		if w.toks[k].reg >= 0 || w.isStop(k) {
			break
		}
		cu, ok := w.cueAt(k)
		if !ok || w.used[k] {
			continue
		}
		if cs, kind := w.complement(k, first+1, cu); cs != first || kind != compQuote {
			continue
		}
		var s, e int
		if cu.flags&cueParticiple != 0 {
			if !w.isComma(k - 1) {
				continue
			}
			s, e, ok = w.mainSubject(w.sstart[si], k) // "…, adding:"
		} else {
			s, e, ok = w.subjectBefore(lo, k)
		}
		if !ok {
			continue
		}
		c.spkS, c.spkE, c.cueTok, c.cue, c.sent, c.inherit = s, e, k, cu, si, -1
		return k, true
	}
	return -1, false
}

// occasionColon attributes the quotation opening at token first, after
// a colon in its own sentence, to the subject of a sentence that opens
// with the occasion the words were given in ("In his message, he
// praised the troops: “…”", "In a statement, the ministry defended the
// strike: “…”"). The verb before the colon need not be one of saying:
// the occasion says the words are the subject's. It returns the verb's
// token.
func (w *work) occasionColon(first int, c *cand) (int, bool) {
	p := first - 1
	if p < 1 || !w.isPunct(p, ":") || w.toks[p].reg >= 0 || w.toks[p].sent != w.toks[first].sent {
		return -1, false
	}
	si := int(w.toks[p].sent)
	lo := w.sstart[si]
	for lo < p && w.toks[lo].kind == dyad.TokenPunct {
		lo++
	}
	if w.toks[lo].low != "in" || lo+2 >= p {
		return -1, false
	}
	j := lo + 1
	for j < p && j-lo <= 4 && (determiners[w.toks[j].low] || possessives[w.toks[j].low] || settingAdjectives[w.toks[j].low]) {
		j++
	}
	if j == lo+1 || !pieceOwners[w.settingAt(j, p)] {
		return -1, false
	}
	s, e, ok := w.sentenceSubject(lo, p)
	if !ok || e >= p || s <= j {
		return -1, false
	}
	k := e
	for k < p && w.toks[k].kind == dyad.TokenWord && auxAdverbs[w.toks[k].low] {
		k++ // "he also praised"
	}
	if k >= p || w.toks[k].kind != dyad.TokenWord || w.toks[k].upper || w.toks[k].reg >= 0 || !strings.HasSuffix(w.toks[k].low, "ed") {
		return -1, false
	}
	for i := k + 1; i < p; i++ {
		if r := w.toks[i].reg; r >= 0 && w.regLast[r]-w.regFirst[r] > 4 || w.isStop(i) {
			return -1, false // (a scare-quoted word or two may stand before the colon)
		}
	}
	c.spkS, c.spkE, c.cueTok, c.cue, c.sent, c.inherit = s, e, k, cue{lemma: w.toks[k].low}, si, -1
	return k, true
}

// reactionComma attributes the quotation opening at token first, after
// a comma or a colon in its own sentence, to the subject of a verb of
// reaction and its object before it ("Trump, also on Twitter, defended
// his decision, “…”", "Berg criticized the plan: “…”"). A parenthetical
// between commas may follow the subject. It returns the verb's token.
func (w *work) reactionComma(first, words int, c *cand) (int, bool) {
	p := first - 1
	if words < 3 || p < 1 || !w.isComma(p) && !w.isPunct(p, ":") || w.toks[p].reg >= 0 || w.toks[p].sent != w.toks[first].sent {
		return -1, false
	}
	si := int(w.toks[p].sent)
	lo := w.sstart[si]
	s, e, ok := w.sentenceSubject(lo, p)
	if !ok || e >= p {
		return -1, false
	}
	k := e
	if w.isComma(k) {
		// "Trump, also on Twitter, defended …": past a short
		// parenthetical.
		n := k + 1
		for n < p && n-k <= 6 && !w.isComma(n) && w.toks[n].reg < 0 && !w.isStop(n) {
			n++
		}
		if n >= p || !w.isComma(n) {
			return -1, false
		}
		k = n + 1
	}
	for k < p && w.toks[k].kind == dyad.TokenWord && auxAdverbs[w.toks[k].low] {
		k++ // "also defended"
	}
	if k >= p || w.toks[k].kind != dyad.TokenWord || w.toks[k].upper || w.toks[k].reg >= 0 || !reactionVerbs[w.toks[k].low] {
		return -1, false
	}
	if k+1 >= p || k+8 < p {
		return -1, false // an object of a few words, then the quotation
	}
	for i := k + 1; i < p; i++ {
		if w.toks[i].reg >= 0 || w.isStop(i) || w.isComma(i) {
			return -1, false
		}
	}
	c.spkS, c.spkE, c.cueTok, c.cue, c.sent, c.inherit = s, e, k, cue{lemma: w.toks[k].low}, si, -1
	return k, true
}

// nickname reports whether region ri is a nickname inside a name: a
// word or two in capitals between a capitalised first name and a
// capitalised last name, with no punctuation ("Marcia “Cia” Price",
// "Dwayne “The Rock” Johnson").
func (w *work) nickname(ri int) bool {
	first, last := w.regFirst[ri], w.regLast[ri]
	if first-1 < 0 || last+1 >= len(w.toks) || !w.isMark(first) || !w.isMark(last) {
		return false
	}
	p, n := &w.toks[first-1], &w.toks[last+1]
	if p.kind != dyad.TokenWord || n.kind != dyad.TokenWord || !p.upper || !n.upper || p.reg >= 0 || n.reg >= 0 || p.sent != n.sent {
		return false
	}
	words := 0
	for i := first + 1; i < last; i++ {
		t := &w.toks[i]
		if t.kind != dyad.TokenWord || !t.upper && !titleSmall[t.low] {
			return false
		}
		words++
	}
	return words >= 1 && words <= 3 && w.toks[first+1].upper
}

// laterTail reports whether the sentence of token last goes on, after
// words of its own, to a parenthetical reporting clause with a pronoun
// or a name for subject (", she said", ", Warren said"): the clause
// attributes the sentence, quotation included.
func (w *work) laterTail(last int) bool {
	si := int(w.toks[last].sent)
	_, hi := w.sentBounds(si)
	n := last + 1
	if n >= hi || w.toks[n].kind != dyad.TokenWord || w.toks[n].reg >= 0 {
		return false // "“…,” she said" is the tail attribution's own case
	}
	for i := n + 1; i+2 < hi; i++ {
		if w.toks[i].reg >= 0 || w.isStop(i) {
			return false
		}
		if !w.isComma(i) {
			continue
		}
		j := i + 1
		if t := &w.toks[j]; t.kind != dyad.TokenWord || !(pronouns[t.low] && t.low != "it" || t.upper && !determiners[t.low]) {
			continue
		}
		for j+1 < hi && w.toks[j+1].kind == dyad.TokenWord && w.toks[j+1].upper && j-i < 4 {
			j++ // "Elizabeth Warren said"
		}
		if j+1 < hi {
			if c, ok := w.cueAt(j + 1); ok && c.flags&cueParticiple == 0 {
				e := j + 2
				return e >= hi || w.isComma(e) || w.isTerminal(e)
			}
		}
	}
	return false
}

func (w *work) paraOf(si int) int {
	if si < 0 || si >= len(w.sents) {
		return 0
	}
	return w.pord[si]
}

// tailAttribution looks for "…,” X said" or "…,” said X" right after the
// region whose last token is last.
func (w *work) tailAttribution(ri, last int, c *cand) bool {
	j := last + 1
	// b is the token before the closing mark, which is two tokens when
	// typed as two apostrophes ("…,'' he said").
	b := last - 1
	if b > 0 && w.isPunct(last, "'") && w.isPunct(b, "'") && w.toks[b].End == w.toks[last].Start {
		b--
	}
	if j >= len(w.toks) || w.toks[j].reg >= 0 {
		return false
	}
	si := int(w.toks[j].sent)
	if si != int(w.toks[last].sent) && !(si == int(w.toks[last].sent)+1 && w.isMark(last) && b >= 0 && w.isTerminal(b) && w.paraOf(si) == w.paraOf(si-1) && w.opensSentence(ri)) {
		// "“… votes?” Trump said": the attribution after a quotation
		// ending in its own final mark may be split off as a sentence;
		// a quotation ending a sentence it does not open ("A
		// spokesperson said … but “remains focused …”") belongs to
		// that sentence's verb, not to the next sentence's.
		return false
	}
	_, hi := w.sentBounds(si)
	for j < hi && w.toks[j].kind == dyad.TokenPunct && !w.isMark(j) && !w.isTerminal(j) {
		j++
	}
	if j >= hi || w.toks[j].reg >= 0 {
		return false
	}
	// Inverted: “…,” said X.
	if cu, ok := w.cueAt(j); ok && cu.flags&cueParticiple == 0 {
		if s, e, ok := w.subjectAfter(j, hi); ok {
			c.spkS, c.spkE, c.cueTok, c.cue, c.sent = s, e, j, cu, si
			w.used[j] = true
			return true
		}
	}
	// “…,” X said.
	for k := j + 1; k < hi && k-j <= 3*maxSpeakerTokens; k++ {
		if w.toks[k].reg >= 0 || w.isStop(k) {
			break
		}
		cu, ok := w.cueAt(k)
		if !ok {
			continue
		}
		if w.relativeBefore(j, k) {
			continue // “…,” an officer, who asked not to be named, said.
		}
		if cu.flags&cueParticiple != 0 {
			break
		}
		own := w.opensSentence(ri) && w.isComma(b) && k-j <= maxSpeakerTokens
		split := si != int(w.toks[last].sent)
		if cs, kind := w.complement(k, hi, cu); !own && (kind == compThat || kind == compColon || kind == compBare && (split || w.clausal(cs, hi))) ||
			kind == compQuote && b >= 0 && w.isTerminal(b) ||
			kind == compQuote && !w.opensSentence(ri) && w.clauseBeforeRegion(ri) {
			// “… change.” She adds, “…”: after a finished sentence the
			// verb introduces the next quotation.
			// "To a question on “…,” Sanders said private contractors
			// …": the verb reports its own clause (but "“…,” the
			// tycoon told Reuters when asked if …" is the quotation's).
			break
		}
		if !own && cu.flags&cueAct != 0 && w.regionWords(ri) <= 3 && w.actComplement(k, hi, cu) >= 0 {
			// "Bemoaning the “phony system,” Trump accused Holt of
			// …": after a scare quote the act reports its own
			// complement.
			break
		}
		s, e, ok := w.subjectBefore(j, k)
		if !ok || s != j {
			// “…,” Michael McFaul, a senior fellow at …, said.
			b := k - 1
			for b > j && auxAdverbs[w.toks[b].low] {
				b--
			}
			if !w.isComma(b) || !w.toks[j].upper || determiners[w.toks[j].low] {
				break
			}
			n := j
			for n < b && (w.toks[n].upper || w.isPunct(n, ".") || w.toks[n].kind == dyad.TokenNumber) {
				n++
			}
			if !w.isComma(n) || n == j {
				break
			}
			s, e = j, b
		}
		c.spkS, c.spkE, c.cueTok, c.cue, c.sent = s, e, k, cu, si
		w.used[k] = true
		return true
	}
	// “…,” Toomey fumed. / “…,” he concluded. — a verb in the past
	// tense that is not in the lexicon, ending the sentence right after
	// its subject: the manner of saying.
	if w.isComma(b) || w.isComma(last+1) || b >= 0 && w.isTerminal(b) && (w.isPunct(b, "?") || w.isPunct(b, "!")) {
		for k := j + 1; k < hi && k-j <= 6; k++ {
			t := &w.toks[k]
			if t.reg >= 0 || t.kind != dyad.TokenWord {
				if t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(k)) {
					break
				}
				continue
			}
			if t.upper || len(t.low) < 5 || !strings.HasSuffix(t.low, "ed") || auxAdverbs[t.low] || notMannerVerbs[t.low] {
				continue
			}
			if n := k + 1; !(n >= hi || w.isStop(n) || w.isComma(n)) {
				break
			}
			if beForms[w.toks[k-1].low] || w.toks[k-1].low == "been" {
				break // "Her suggestions are redacted": a passive, no saying
			}
			if s, e, ok := w.subjectBefore(j, k); ok && s == j {
				c.spkS, c.spkE, c.cueTok, c.cue, c.sent = s, e, k, cue{lemma: t.low}, si
				w.used[k] = true
				return true
			}
			break
		}
	}
	// “…” ― Jorge Falcon: a name after a dash, with no verb.
	if d := last + 1; d < hi && (w.isPunct(d, "―") || w.isPunct(d, "—") || w.isPunct(d, "–")) && w.toks[j].upper && !determiners[w.toks[j].low] {
		e := j
		for e < hi && e-j < 8 && (w.toks[e].kind == dyad.TokenWord && w.toks[e].upper || w.isPunct(e, ".") && w.abbrevPeriod(e) && e+1 < hi && w.toks[e+1].upper) {
			e++ // "― Edwin G. Monroy"
		}
		if e > j && (e >= hi || w.isComma(e) || w.isStop(e)) {
			c.spkS, c.spkE, c.sent = j, e, si
			return true
		}
	}
	return false
}

// clauseBeforeRegion reports whether the words before region ri in its
// sentence open with a participle or a preposition ("Calling it a
// “dark day” the bishop said “…”", "After the “vote,” Berg said “…”"):
// a phrase that frames the speaker, not a clause whose words are
// reported.
func (w *work) clauseBeforeRegion(ri int) bool {
	f := w.regFirst[ri]
	lo, _ := w.sentBounds(int(w.toks[f].sent))
	if lo >= f || w.toks[lo].kind != dyad.TokenWord {
		return false
	}
	l := w.toks[lo].low
	return len(l) > 4 && strings.HasSuffix(l, "ing") || preps[l] || subordinators[l]
}

// headAttribution looks for a reporting verb before the region whose
// first token is first, in the same sentence: "X said: “…”", "Trump
// declared “…”", "He said it was “…”". It returns the verb's token. When
// the region is a short quotation inside a longer reported clause, it
// returns the verb's token and false: the reported clause is the quote.
func (w *work) headAttribution(ri, first, words int, c *cand) (int, bool) {
	si := int(w.toks[first].sent)
	lo, _ := w.sentBounds(si)
	for k := first - 1; k >= lo; k-- {
		if r := w.toks[k].reg; r >= 0 {
			if w.isTitle(int(r)) {
				k = w.regFirst[r] // "tells MSNBC’s “Morning Joe” that “…”": a title is no quote
				continue
			}
			lo = k + 1
			break
		}
	}
	for k := first - 1; k >= lo; k-- {
		if w.isStop(k) {
			break
		}
		if w.toks[k].reg >= 0 {
			continue
		}
		cu, ok := w.cueAt(k)
		if !ok || w.used[k] {
			continue
		}
		if cu.flags&cueAct != 0 {
			// "urged delegates to “vote your conscience”": the act's
			// clause is the quote.
			if _, shi := w.sentBounds(si); w.actComplement(k, shi, cu) >= 0 {
				if s, e, ok := w.subjectBefore(lo, k); ok && w.actSpeaker(s, e) || w.andAfter(lo, k) && w.lastCandInSentence(si, k) >= 0 {
					return k, false
				}
			}
			if cu.flags&(cueThat|cueBare) == 0 {
				continue
			}
		}
		if cu.lemma == "speak" && !(w.isComma(first-1) || w.isPunct(first-1, ":")) {
			continue // "spoke on CNN, “…”" but not "spoke instead about “…”"
		}
		hi := w.regLast[ri] + 1
		cs, kind := w.complement(k, hi, cu)
		if _, shi := w.sentBounds(si); (kind == compNone || kind == compQuote) && words < 3 && hi < shi && w.toks[hi].kind == dyad.TokenWord && !w.toks[hi].upper && w.toks[hi].reg < 0 &&
			(clauseVerbs[w.toks[hi].low] || w.nounClause(hi, shi) || w.clausal(hi, shi)) {
			// "says “illegal” police are seizing …", "said the “deal”
			// was dead": a scare-quoted word inside the clause, whose
			// verb comes after it (in "said Kenya “welcomed” the
			// proposal" the quoted word is the verb, in the narrator's
			// scare quotes). The verb path must take the clause too:
			// "noted several “intangibles” left him …" keeps its
			// quotation.
			if cs2, kind2 := w.complement(k, shi, cu); kind2 == compThat || kind2 == compBare && (cu.flags&cueBare != 0 || w.pronounClause(cs2, shi) || w.nounClause(cs2, shi)) {
				cs, kind = cs2, kind2
			}
		}
		if kind == compNone && cs != first && !(cu.flags&cueParticiple == 0 && cs < first && w.directAfterClause(cs, first) && !w.participleIn(cs, first)) {
			continue
		}
		var s, e int
		var ok2 bool
		inherit := -1
		if cu.flags&cueParticiple != 0 {
			// "…, while adding “…”": a preposition after the comma.
			afterPrep := k-2 >= lo && w.isComma(k-2) && participlePreps[w.toks[k-1].low] && !w.toks[k-1].upper && cs == first
			if !w.isComma(k-1) && !afterPrep {
				if k-1 >= lo && participlePreps[w.toks[k-1].low] && cs < first && (kind == compThat || kind == compBare || kind == compColon) {
					// "responded by saying his refusal to use the words
					// “Islamic terrorism” was …": the clause is the quote.
					return k, false
				}
				if cs == first && w.issuedOccasion(lo, k) {
					// "issued a statement Tuesday saying, “…”": the
					// subject of the sentence speaks.
					if s2, e2, ok3 := w.sentenceSubject(w.sstart[si], k); ok3 {
						c.spkS, c.spkE, c.cueTok, c.cue, c.sent, c.inherit = s2, e2, k, cu, si, -1
						return k, true
					}
				}
				if k-1 > w.sstart[si] && participlePreps[w.toks[k-1].low] && !w.toks[k-1].upper && cs == first {
					// "She ended by saying, “…”", "… while saying
					// “…”": the quotation follows the participle; the
					// sentence's subject speaks.
					if s2, e2, ok3 := w.sentenceSubject(w.sstart[si], k-1); ok3 {
						c.spkS, c.spkE, c.cueTok, c.cue, c.sent, c.inherit = s2, e2, k, cu, si, -1
						return k, true
					}
				}
				if s2, e2, ok3 := w.nameBeforeParticiple(lo, k); ok3 {
					// "footage of Trump saying, “…”".
					c.spkS, c.spkE, c.cueTok, c.cue, c.sent, c.inherit = s2, e2, k, cu, si, -1
					return k, true
				}
				continue
			}
			inherit = w.lastCandInSentence(si, k)
			if inherit >= 0 {
				s, e = w.cands[inherit].spkS, w.cands[inherit].spkE
			} else if s2, e2, ok3 := w.mainSubject(w.sstart[si], k); ok3 {
				// "…, Nefzi said, adding, “…”": the subject of the main
				// reporting verb; that verb keeps its own clause.
				s, e = s2, e2
			} else {
				continue
			}
		} else {
			s, e, ok2 = w.subjectBefore(lo, k)
			if r := w.issuedRelative(lo, s, e, k); ok2 && r >= 0 {
				// "They released a statement which said, “…”".
				if s2, e2, ok3 := w.subjectBefore(lo, w.issuingVerb(lo, r)); ok3 {
					s, e = s2, e2
				}
			}
			if !ok2 {
				if s2, e2, ok3 := w.subjectAfter(k, first); ok3 && (w.isComma(k-1) || k == lo) {
					s, e = s2, e2
				} else {
					continue
				}
			}
		}
		if _, shi := w.sentBounds(si); cu.flags&cueParticiple == 0 && w.objectRelative(lo, s, k, shi) {
			// "which he said has risen because of “easy money”": the
			// relative clause is the quote.
			return k, false
		}
		if cu.flags&cueParticiple == 0 && words < 3 && w.insideReport(lo, s) {
			// "A court alleged the journalist had posted “provocative”
			// messages": the verb and its scare-quoted word are part of
			// the clause another verb reports (but "Police said the man
			// shouted “God is great”" quotes the man too).
			return k, false
		}
		if (cs < first || cs == first && kind == compBare) && (kind == compThat || kind == compColon || kind == compBare) {
			// "He said it was “the first time …”": the reported clause
			// is the quote (direct when the quotation is more than a
			// scare-quoted word or two).
			return k, false
		}
		c.spkS, c.spkE, c.cueTok, c.cue, c.sent, c.inherit = s, e, k, cu, si, inherit
		return k, true
	}
	return -1, false
}

// insideReport reports whether the subject starting at s opens the
// complement of a reporting verb before it ("alleged the journalist …",
// "said that the minister …").
func (w *work) insideReport(lo, s int) bool {
	p := s - 1
	if p >= lo && w.toks[p].low == "that" {
		p--
	}
	if p < lo {
		return false
	}
	cu, ok := w.cueAt(p)
	return ok && (cu.flags&cueBare != 0 || p < s-1)
}

// thatOfReport reports whether the subject at s follows a "that" which
// opens the complement of a reporting verb a few adjunct words before
// it ("said during a rally in Michigan that Clinton …").
func (w *work) thatOfReport(lo, s int) bool {
	if s-1 < lo || w.toks[s-1].low != "that" {
		return false
	}
	for i := s - 2; i >= lo && s-2-i < 10; i-- {
		t := &w.toks[i]
		if t.reg >= 0 || t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(i)) {
			return false
		}
		if cu, ok := w.cueAt(i); ok {
			return cu.flags&(cueBare|cueThat) != 0
		}
	}
	return false
}

// directAfterClause reports whether the words from cs up to the region
// at first form a short reported clause leading into it ("it was “…”").
func (w *work) directAfterClause(cs, first int) bool {
	if first-cs > 10 {
		return false
	}
	for i := cs; i < first; i++ {
		if w.isStop(i) || w.isPunct(i, ";") {
			return false
		}
		if w.isComma(i) && i+1 < first && w.ingWord(i+1) && !w.verbIn(i+2, first) {
			// "she said, referencing its drive to “cross-sell”": a
			// participle phrase (but "she added, revoking clearances
			// would be “…”" is a clause with a gerund subject).
			return false
		}
	}
	return true
}

// verbIn reports whether a finite auxiliary or modal stands in [a, b).
func (w *work) verbIn(a, b int) bool {
	for i := a; i < b; i++ {
		if w.toks[i].kind == dyad.TokenWord && clauseVerbs[w.toks[i].low] {
			return true
		}
	}
	return false
}

// lastCandInSentence returns the index of the last candidate attributed
// in sentence si by a verb before token k, or -1.
func (w *work) lastCandInSentence(si, k int) int {
	for i := len(w.cands) - 1; i >= 0; i-- {
		c := &w.cands[i]
		if c.sent == si && c.cueTok >= 0 && c.cueTok < k && (c.spkE > 0 || c.inherit >= 0) && !c.relative {
			return i
		}
	}
	return -1
}

// reportedSpeech finds indirect quotes: "X said (that) …", "X told CNN
// …", "according to X, …", "…, X said", "…, adding that …".
func (w *work) reportedSpeech() {
	for si := range w.sents {
		lo, hi := w.sentBounds(si)
		if lo >= hi {
			continue
		}
		if c := w.labelSpeaker(si); c >= 0 {
			w.labelled(si, c)
			continue
		}
		if w.headline(si) {
			continue
		}
		for k := lo; k < hi; k++ {
			t := &w.toks[k]
			if t.reg >= 0 || t.kind != dyad.TokenWord || w.used[k] {
				continue
			}
			if t.low == "according" && k+1 < hi && w.toks[k+1].low == "to" {
				w.accordingTo(si, lo, hi, k)
				continue
			}
			if lem, ok := reportNouns[t.low]; ok && (w.nounReport(si, lo, hi, k, lem) || w.repeatedReport(si, lo, hi, k, lem)) {
				continue
			}
			cu, ok := w.cueAt(k)
			if !ok {
				if !w.evidentials && w.documentFinding(lo, k) && !w.inContentOf(si, k) {
					// "the report found that …", "records show …": a
					// document says what it finds, as "the report said"
					// does (a poll's findings stay with Evidentials).
					w.evidentials = true
					if cu, ok := w.cueAt(k); ok {
						w.reported(si, lo, hi, k, cu)
					}
					w.evidentials = false
				}
				continue
			}
			w.reported(si, lo, hi, k, cu)
		}
	}
	sort.SliceStable(w.cands, func(i, j int) bool { return w.cands[i].content.Start < w.cands[j].content.Start })
	w.dropInsideLabels()
}

// documentFinding reports whether the token at k is an evidential verb
// ("found", "shows", "revealed") whose subject, ending right before it
// (over auxiliaries: "has also found"), is headed by a noun for a
// document or an inquiry ("the report", "an internal review", "court
// records").
func (w *work) documentFinding(lo, k int) bool {
	t := &w.toks[k]
	if t.kind != dyad.TokenWord || t.upper || t.reg >= 0 {
		return false
	}
	if c, ok := cueForms[t.low]; !ok || c.flags&cueEvidence == 0 || c.flags&cueParticiple != 0 {
		return false
	}
	h := k - 1
	for h >= lo && w.toks[h].kind == dyad.TokenWord && auxAdverbs[w.toks[h].low] && !w.toks[h].upper {
		h--
	}
	return h >= lo && h < k && w.toks[h].kind == dyad.TokenWord && !w.toks[h].upper && findingNouns[w.toks[h].low]
}

// inContentOf reports whether token k lies in the content of a quote
// already found in sentence si ("the commissioner says an internal
// review shows …": the finding is part of what the commissioner said).
func (w *work) inContentOf(si, k int) bool {
	for i := len(w.cands) - 1; i >= 0; i-- {
		c := &w.cands[i]
		if c.sent != si {
			break
		}
		if c.content.Start <= w.toks[k].Start && w.toks[k].End <= c.content.End {
			return true
		}
	}
	return false
}

// findingNouns head the subject of an evidential verb that reports by
// default: documents and inquiries, not polls.
var findingNouns = set("report", "reports", "study", "studies", "review", "audit", "investigation",
	"inquiry", "probe", "analysis", "records", "documents", "document", "emails", "memo", "filing",
	"filings", "findings", "assessment", "indictment", "complaint", "lawsuit", "ruling", "transcript",
	"data", "research", "paper", "letter")

// dropInsideLabels removes the candidates whose content lies inside the
// content of a speaker label's quote ("PENCE: … “Shark Tank.” …").
func (w *work) dropInsideLabels() {
	var labs []dyad.Span
	for i := range w.cands {
		if w.cands[i].label {
			labs = append(labs, w.cands[i].content)
		}
	}
	if len(labs) == 0 {
		return
	}
	out := w.cands[:0]
	for i := range w.cands {
		c := w.cands[i]
		drop := false
		for _, l := range labs {
			if !c.label && c.content.Overlaps(l) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	w.cands = out
}

// headline reports whether sentence si is a paragraph of its own with no
// final punctuation: a headline or a caption, whose "X says" is not
// reported speech in the story.
func (w *work) headline(si int) bool {
	lo, hi := w.sentBounds(si)
	s := w.sents[si]
	if si > 0 && w.sents[si-1].Paragraph == s.Paragraph || si+1 < len(w.sents) && w.sents[si+1].Paragraph == s.Paragraph {
		return false
	}
	last := hi - 1
	for last > lo && (w.isMark(last) || w.toks[last].w == ")" || w.toks[last].w == "’") {
		last--
	}
	if t := &w.toks[last]; t.kind == dyad.TokenWord && len(t.w) > 1 && strings.HasSuffix(t.w, ".") {
		return false // "… to the U.S.": an abbreviation's period ends the sentence
	}
	return !w.isTerminal(last) && w.toks[last].w != ":"
}

// regionIn returns the first region with a token in [a, b), or -1.
func (w *work) regionIn(a, b int) int {
	for i := a; i < b; i++ {
		if w.toks[i].reg >= 0 {
			return int(w.toks[i].reg)
		}
	}
	return -1
}

// reportNouns are nouns of saying that report their "that" clause when
// a name owns them ("Trump’s claim that …"), with their lemmas.
var reportNouns = map[string]string{
	"claim": "claim", "claims": "claim", "statement": "statement", "assertion": "assertion",
	"insistence": "insistence", "contention": "contention", "allegation": "allegation",
	"allegations": "allegation", "suggestion": "suggestion", "warning": "warning",
	"promise": "promise", "pledge": "pledge", "remark": "remark", "remarks": "remark",
	"comment": "comment", "comments": "comment", "admission": "admission",
	"announcement": "announcement", "declaration": "declaration", "argument": "argument",
	"accusation": "accusation", "accusations": "accusation", "denial": "denial",
	"prediction": "prediction", "warnings": "warning", "promises": "promise", "vow": "vow",
	"complaint": "complaint", "boast": "boast", "concession": "concession",
	"acknowledgment": "acknowledgment", "acknowledgement": "acknowledgment",
	"explanation": "explanation", "assurance": "assurance", "assurances": "assurance",
	"statements": "statement", "arguments": "argument", "suggestions": "suggestion",
}

// nounReport handles a reporting noun at token k owned by a name and
// followed by "that": "Trump’s claim that there have been thousands of
// shootings", "the Kremlin’s statement that …". A possessive pronoun
// ("his claim that") names no one and is left out, as are a common
// noun ("the ministry’s claim") and a noun with no owner ("the claim
// that …").
func (w *work) nounReport(si, lo, hi, k int, lemma string) bool {
	if k+2 >= hi || w.toks[k+1].low != "that" || w.toks[k+1].reg >= 0 || k-2 < lo {
		return false
	}
	if p := w.toks[k-1].low; p != "’s" && p != "'s" {
		return false
	}
	e := k - 1
	s := e
	for s-1 >= lo && s > e-5 && w.toks[s-1].kind == dyad.TokenWord && w.toks[s-1].reg < 0 && w.toks[s-1].upper {
		s--
	}
	if s == e || !w.toks[s].upper || boundaries[w.toks[s].low] {
		return false
	}
	if s-1 >= lo && w.toks[s-1].low == "the" {
		s-- // "the Kremlin’s statement"
	} else if s-1 >= lo && w.notOwnerStart(s-1) {
		return false
	}
	cs := k + 2
	ce := w.contentEnd(cs, w.clauseHi(cs, hi))
	if ce <= cs || w.isMark(cs) && ce-cs < 2 {
		return false
	}
	c := cand{cueTok: k, cue: cue{lemma: lemma, flags: cueThat}, sent: si, para: w.paraOf(si), inherit: -1, spkS: s, spkE: e}
	w.markDirect(&c, cs, ce)
	c.content = dyad.Span{Start: w.toks[cs].Start, End: w.toks[ce-1].End}
	w.used[k] = true
	w.cands = append(w.cands, c)
	return true
}

// notOwnerStart reports whether the lower-case word at i, before the
// name owning a reporting noun, makes the name part of a longer phrase
// ("police Chief Lund’s statement"); a boundary, a preposition, a
// determiner or a verb in the past tense ("rejected Lund’s claim that
// …") does not.
func (w *work) notOwnerStart(i int) bool {
	p := &w.toks[i]
	return !p.upper && p.kind == dyad.TokenWord && !boundaries[p.low] && !preps[p.low] && !determiners[p.low] &&
		!(len(p.low) > 4 && strings.HasSuffix(p.low, "ed"))
}

// reported handles one reporting verb at token k of sentence si.
func (w *work) reported(si, lo, hi, k int, cu cue) {
	if cu.lemma == "plead" && k+1 < hi && (w.toks[k+1].low == "guilty" || w.toks[k+1].low == "not" || w.toks[k+1].low == "innocent" || w.toks[k+1].low == "no") {
		return // "pleaded guilty to …": a plea in court, not words reported
	}
	slo := lo
	for b := k - 1; b >= lo; b-- {
		if w.toks[b].reg >= 0 {
			lo = b + 1
			break
		}
	}
	c := cand{cueTok: k, cue: cu, sent: si, para: w.paraOf(si), inherit: -1}
	pk := k // the participle of a continuing attribution
	if g := w.catenative(k); g < k && g > lo && w.toks[g].low == "going" {
		// ", going on to say that …": a participle like ", adding".
		pk = g
		cu.flags |= cueParticiple
		c.cue = cu
	}
	if cu.flags&cueParticiple != 0 && k-1 >= lo && (beForms[w.toks[k-1].low] && w.toks[k-1].low != "being" || w.contractedBe(lo, k-1)) {
		// "Fowler is calling for …", "they were saying": a finite verb.
		cu.flags &^= cueParticiple
		c.cue = cu
	}
	if cu.flags&cueParticiple != 0 && pk-2 >= lo && w.isComma(pk-2) && participleAdverbs[w.toks[pk-1].low] {
		pk-- // ", even suggesting …", ", again saying …"
	}
	if cu.flags&cueParticiple != 0 {
		// ", adding that …": continues an attribution earlier in the
		// sentence; "began by saying …", "after saying …": the
		// sentence's subject speaks.
		byPrep := pk-1 > lo && participlePreps[w.toks[pk-1].low] && !w.toks[pk-1].upper ||
			w.issuedOccasion(lo, pk) || // "released a statement saying …"
			w.quotedAs(lo, pk) // "was quoted by Interfax as saying …"
		// "with some telling VOA they agree …": the quantifier after
		// "with" speaks.
		withSome := pk-2 >= lo && w.toks[pk-2].low == "with" && quantSources[w.toks[pk-1].low]
		withS := pk - 1
		if !withSome {
			// "…, with officials saying this is for security reasons",
			// "with Iranian officials telling VOA …": the noun phrase
			// after "with" speaks.
			for b := pk - 2; b >= lo && pk-b <= 8; b-- {
				t := &w.toks[b]
				if t.kind != dyad.TokenWord && t.kind != dyad.TokenNumber && t.w != "%" {
					break
				}
				if t.low == "with" && (!t.upper || b == w.sstart[si]) {
					if h := &w.toks[pk-1]; b+1 < pk && (pk-b <= 5 && h.kind == dyad.TokenWord && (anonSourceHeads[h.low] || h.upper && w.allUpperWords(b+1, pk)) || w.share(b+1, pk)) {
						withSome, withS = true, b+1
						if b == w.sstart[si] {
							// "With most voters saying …, the race
							// …": the opening phrase ends at its comma.
							for n := pk + 1; n < hi; n++ {
								if w.toks[n].reg >= 0 {
									break
								}
								if w.isComma(n) {
									hi = n
									break
								}
							}
						}
					}
					break
				}
			}
		}
		if !withSome && !byPrep && !w.isComma(pk-1) {
			// "left 62 percent of voters saying …", "the share of
			// Republicans saying “…”": a polled share speaks.
			if s2, ok := w.shareBefore(lo, pk); ok && s2 > w.sstart[si] && w.toks[s2-1].kind == dyad.TokenWord && !w.toks[s2-1].upper {
				// (not a share that opens the sentence's subject, "A
				// majority of voters saying … is …", whose clause ends
				// at a verb no rule here finds)
				withSome, withS = true, s2
			}
		}
		andPart := false
		if pk-1 > lo && (w.toks[pk-1].low == "and" || w.toks[pk-1].low == "but") && w.coordinatedParticiple(pk-1, hi) {
			// "noting that …, and suggesting that …": a second
			// participle continues the first's attribution.
			if inh := w.lastCandInSentence(si, pk); inh >= 0 && w.cands[inh].cue.flags&cueParticiple != 0 {
				andPart = true
			}
		}
		_, citedS, citedE := w.citedAs(slo, pk) // (past a quoted object: "cited “…” as saying")
		if !w.isComma(pk-1) && !(w.isMark(pk-1) && w.isComma(pk-2)) && !byPrep && !withSome && !andPart && citedS < 0 {
			return // but “… values,” saying …
		}
		inh := w.lastCandInSentence(si, pk)
		if byPrep || withSome || citedS >= 0 {
			inh = -1
		}
		if citedS >= 0 {
			// "The Financial Times cited security officials as saying
			// …": the ones cited speak.
			c.spkS, c.spkE = citedS, citedE
		} else if withSome {
			c.spkS, c.spkE = withS, pk
		} else if inh < 0 {
			// "Clinton chimed in on Twitter, saying …": the subject
			// of the sentence, even before a quotation; of the last
			// clause joined by ", but" ("X attended, but his mission
			// criticized it, saying …").
			from := min(lo, w.sstart[si])
			for b := pk - 3; b > from+1; b-- {
				if w.toks[b].reg >= 0 || w.isStop(b) {
					break
				}
				if w.toks[b].low == "but" && w.isComma(b-1) {
					if s2, e2, ok2 := w.sentenceSubject(b+1, pk); ok2 && e2 < pk-1 && w.toks[s2].kind == dyad.TokenWord && !cueFormsLower(&w.toks[s2]) {
						from = b + 1
					}
					break
				}
			}
			s, e, ok := w.sentenceSubject(from, pk)
			if !ok {
				return
			}
			c.spkS, c.spkE = s, e
		}
		cs, kind := w.complement(k, hi, cu)
		if cu.flags&cueAct != 0 {
			// ", calling for …", ", urging Congress to …".
			if a := w.actComplement(k, hi, cu); a >= 0 {
				cs, kind = a, compThat
				w.particle(&c, a)
			}
		}
		if kind != compThat && kind != compBare && kind != compColon || kind == compBare && cu.flags&cueBare == 0 && !w.pronounClause(cs, hi) && !w.nounClause(cs, hi) {
			return
		}
		ce := w.contentEnd(cs, w.clauseHi(cs, hi))
		if ce <= cs || w.isMark(cs) {
			return
		}
		w.markDirect(&c, cs, ce)
		if inh >= 0 {
			c.inherit = inh
			c.spkS, c.spkE = w.cands[inh].spkS, w.cands[inh].spkE
		}
		c.content = dyad.Span{Start: w.toks[cs].Start, End: w.toks[ce-1].End}
		w.used[k] = true
		w.cands = append(w.cands, c)
		return
	}
	if cu.lemma == "tell" && w.toldThing(k, hi) {
		return // "told a joke", "told the story of …": what was told is named, not reported
	}
	s, e, ok := w.subjectBefore(lo, k)
	if ok {
		if r := w.issuedRelative(lo, s, e, k); r >= 0 {
			// "They released a statement which said …": the subject
			// of the issuing verb speaks, the occasion is the venue.
			if s2, e2, ok2 := w.subjectBefore(lo, w.issuingVerb(lo, r)); ok2 {
				s, e = s2, e2
			}
		}
	}
	inverted := false
	if !ok && w.andAfter(lo, k) {
		// "called X “outrageous” and called for …": the subject of the
		// reporting verb before the "and".
		if inh := w.lastCandInSentence(si, k); inh >= 0 && w.cands[inh].spkE > w.cands[inh].spkS {
			s, e, ok = w.cands[inh].spkS, w.cands[inh].spkE, true
			c.inherit = inh
		}
	}
	if !ok && !w.isComma(k-1) && !w.isMark(k-1) {
		// "The judges who ruled that … said …": the head of a subject
		// with a relative clause or a participle phrase.
		s, e, ok = w.longSubject(si, k)
	}
	if !ok && w.isComma(k-1) {
		// "Donna Rawlings, 59, of Ashton, Md., who watched the
		// ceremony, said the event …": a name opening the sentence,
		// with appositives and relative clauses up to the verb, when
		// the verb reports a clause after it.
		if cs, kind := w.complement(k, hi, cu); kind == compThat || kind == compColon || kind == compBare && (cu.flags&cueBare != 0 || w.pronounClause(cs, hi)) {
			s, e, ok = w.leadName(si, k)
		}
	}
	if !ok {
		// "…, said X."
		if !w.isComma(k-1) && !w.isMark(k-1) {
			return
		}
		if s, e, ok = w.subjectAfter(k, hi); !ok {
			// "…, say analysts.": a bare plural after the verb is
			// its subject only with "say" ("…, pledged delegates"
			// is a noun phrase).
			if cu.lemma != "say" {
				return
			}
			if s, e, ok = w.barePluralAfter(k, hi); !ok {
				return
			}
		}
		inverted = true
	}
	if e-s == 1 && w.toks[s].low == "having" && !inverted {
		// "Having announced that he would …, Judge Berman …": the
		// subject of the clause after the participle phrase speaks,
		// and the content ends at the phrase's comma.
		c2 := -1
		for n := k + 1; n < hi; n++ {
			if w.isComma(n) {
				c2 = n
			}
			if c2 >= 0 || w.toks[n].reg >= 0 {
				break
			}
		}
		if c2 < 0 {
			return
		}
		s2, e2, ok2 := w.sentenceSubject(c2+1, hi)
		if !ok2 {
			return
		}
		s, e, hi = s2, e2, c2
	}
	if !inverted && cu.flags&cueAct != 0 && cu.flags&(cueThat|cueBare) == 0 && w.thatOfReport(lo, s) {
		// "Trump said at a rally that Clinton once described the deal
		// as “the gold standard”": the characterization is part of
		// what the outer verb reports.
		return
	}
	if !inverted && cu.flags&(cueThat|cueBare) != 0 && w.objectRelative(lo, s, k, hi) {
		// "a bill, which critics said was discriminatory", "what she
		// said is growing demand": the relative pronoun is the subject
		// of what was said, and the reporting clause stands inside it
		// as in "The plan, he said, will fail".
		cs := k + 1
		ce := cs
		for ce < hi && (w.toks[ce].reg >= 0 || !w.isComma(ce) && !w.isPunct(ce, ";") && !w.isPunct(ce, "—") && !w.isPunct(ce, "–") && !w.isPunct(ce, ")")) {
			if r := w.toks[ce].reg; r >= 0 && w.isMark(ce) && w.toks[ce].Start != w.regs[r].open && w.isComma(ce-1) {
				ce++ // “…,” closes the clause with its comma
				break
			}
			ce++
		}
		if ce = w.contentEnd(cs, ce); ce > cs+1 {
			c.spkS, c.spkE, c.relative = s, e, true
			w.markDirect(&c, cs, ce)
			c.content = dyad.Span{Start: w.toks[s-1].Start, End: w.toks[ce-1].End}
			w.used[k] = true
			w.cands = append(w.cands, c)
		}
		return
	}
	if !inverted && s-1 >= lo && w.toks[s-1].low == "what" && w.toks[s-1].kind == dyad.TokenWord {
		// "what Trump says his plan would do": what is said is the
		// "what", not the clause after the verb; "what she calls a
		// “war of words”" is the writer's phrase (PolNeAR annotates
		// neither).
		return
	}
	if cu.lemma == "put it" && (inverted || s-1 < slo || w.toks[s-1].low != "as") {
		return // "they put it to a vote": only "as Lund put it" reports
	}
	c.spkS, c.spkE = s, e
	if !inverted && s-1 >= slo && s-1 == w.sstart[si] && subordinators[w.toks[s-1].low] && w.toks[s-1].low != "as" {
		// "While he acknowledged funding was a reason, Ham noted …":
		// the subordinate clause ends at its comma.
		for i := k + 1; i < hi; i++ {
			if w.toks[i].reg >= 0 {
				break
			}
			if w.isComma(i) {
				hi = i
				break
			}
		}
	}
	if cu.flags&(cueAct|cueBelief) != 0 && !w.actSpeaker(s, e) {
		return // "the plan called for", "it feels"
	}
	if cu.flags&cueAct != 0 && !inverted {
		if cs := w.actComplement(k, hi, cu); cs >= 0 {
			w.particle(&c, cs)
			ce := w.contentEnd(cs, w.clauseHi(cs, hi))
			if ce > cs {
				w.markDirect(&c, cs, ce)
				c.content = dyad.Span{Start: w.toks[cs].Start, End: w.toks[ce-1].End}
				w.used[k] = true
				w.cands = append(w.cands, c)
			}
			return
		}
	}
	// After the verb: an addressee, adjuncts, then the complement.
	cs, kind := w.complement(k, hi, cu)
	if cu.flags&(cueThat|cueBare) == 0 {
		return // a speech act with none of its frames: "called a meeting", "any questions that …"
	}
	if cu.lemma == "speak" && kind != compColon && kind != compQuote {
		// "spoke that night", "As he spoke, the crowd …": "spoke"
		// reports only a quotation or words after a colon.
		return
	}
	if inverted {
		cs, kind = e, compNone
	}
	before := s - 1
	if inverted {
		before = k - 1
	}
	parenthetical := before >= lo && (w.isComma(before) || w.isPunct(before, "—") || w.isPunct(before, "–"))
	if kind == compNone && !inverted && cu.flags&(cueThat|cueBare) != 0 && s-1 >= slo && w.toks[s-1].low == "as" && (s-1 == w.sstart[si] || w.isComma(s-2)) {
		// "As Smith noted, the economy is slowing": the clause after
		// the comma is what was said.
		j := cs
		for j < hi && w.toks[j].kind == dyad.TokenWord && (preps[w.toks[j].low] || timeWords[w.toks[j].low] || tailAdverbs[w.toks[j].low]) && !w.toks[j].upper {
			j = max(j+1, w.skipAdjunct(j, hi))
		}
		// "Hawaii, as an adviser pointed out, normally does not get …":
		// inside a sentence, words after the comma that open a
		// predicate (an adverb in -ly or a verb) continue the words
		// before "as", which are its subject.
		inside := s-1 > w.sstart[si] && j+1 < hi && w.opensPredicate(j+1, hi)
		if j+1 < hi && w.isComma(j) && !inside && (w.clausal(j+1, hi) || w.pronounClause(j+1, hi) || w.nounClause(j+1, hi)) {
			ce := w.contentEnd(j+1, w.clauseHi(j+1, hi))
			if ce > j+1 {
				w.markDirect(&c, j+1, ce)
				c.content = dyad.Span{Start: w.toks[j+1].Start, End: w.toks[ce-1].End}
				w.used[k] = true
				w.cands = append(w.cands, c)
			}
			return
		}
		if s-1 == w.sstart[si] || s-2 <= lo {
			return
		}
		// "The economy is a mess, as Lund put it.", "The economy, as
		// Lund noted, is a mess": no clause after, so the words before
		// the comma are what was said, as with "…, Lund said".
		before, parenthetical = s-2, true
	}
	switch kind {
	case compThat, compColon, compBare:
		if kind == compBare && cu.flags&cueBare == 0 && !w.pronounClause(cs, hi) && !w.nounClause(cs, hi) {
			return
		}
		ce := w.contentEnd(cs, w.relativeEnd(s, e, cs, w.clauseHi(cs, hi)))
		if ce <= cs {
			return
		}
		if w.isMark(cs) && w.toks[cs].reg >= 0 && w.toks[cs].Start == w.regs[w.toks[cs].reg].open && !(kind == compBare && w.scareOpensClause(cs, hi)) {
			return // "said: “…”": the quotation is the quote
		}
		w.markDirect(&c, cs, ce)
		c.content = dyad.Span{Start: w.toks[cs].Start, End: w.toks[ce-1].End}
		if a := w.conditionBefore(slo, s); a >= 0 && !inverted {
			// "If it does not slow down, forecasters say spending will
			// …": the condition is part of what is said.
			c.content.Start = w.toks[a].Start
		}
	case compNone:
		if !parenthetical {
			return
		}
		// "…, X said." — the clause before is the content, and the verb
		// must end its clause.
		j := cs
		for j < hi && w.toks[j].kind == dyad.TokenWord && (preps[w.toks[j].low] || timeWords[w.toks[j].low]) && !w.toks[j].upper {
			j = w.skipAdjunct(j, hi)
		}
		if j < hi && w.toks[j].kind == dyad.TokenWord && tailAdverbs[w.toks[j].low] {
			j++ // "The truth, the senator said then, was …"
		}
		if !inverted && cu.flags&cueObject != 0 {
			j = max(j, w.skipObject(k, hi))
			for j < hi && w.toks[j].kind == dyad.TokenWord && (preps[w.toks[j].low] || timeWords[w.toks[j].low]) && !w.toks[j].upper {
				j = w.skipAdjunct(j, hi)
			}
		}
		tail := j >= hi || w.isTerminal(j) || w.isComma(j) || w.isPunct(j, ";") || w.isPunct(j, ")") || w.isPunct(j, "—") || w.isPunct(j, "–") ||
			inverted && j == e && (w.toks[j].low == "who" || w.toks[j].low == "whose") && !w.toks[j].upper || // "…, said a handful of Democrats who point to …"
			w.timeClause(j, hi) || // "…, Berg said as he left the hall."
			(j > cs || cs > k+1) && (cu.lemma == "say" || cu.lemma == "tell" || cu.lemma == "write") && w.adjunctTail(j, hi) // "…, Lund said in posing the question to Berg."
		if !tail {
			return
		}
		// The clause may hold quotations of its own that no verb
		// claims (“A cashier who “steals …” is held accountable,
		// Warren said”): it runs back over them to the sentence start.
		cs0 := w.clauseStart(slo, lo)
		for cs0 < before && w.toks[cs0].kind == dyad.TokenPunct && !w.isMark(cs0) {
			cs0++
		}
		if f := w.toks[cs0].low; f == "asked" || f == "when" && w.toks[cs0+1].low == "asked" {
			return // "Asked whether …, 75 percent said yes": the question is not the answer
		}
		ce := w.contentEnd(cs0, before)
		if w.isComma(j) && j+1 < hi && !w.isTerminal(j+1) && !w.participleIn(j+1, j+2) && !w.ingWord(j+1) && !(inverted && determiners[w.toks[j+1].low]) {
			// "The plan, he said, will fail": the whole sentence.
			ce = w.contentEnd(cs0, hi)
		}
		if ce <= cs0 || ce-cs0 < 3 {
			return
		}
		if w.claimedIn(cs0, ce) {
			return // a direct quotation's own attribution
		}
		if f := &w.toks[cs0]; f.kind == dyad.TokenWord && (preps[f.low] && !(f.low == "this" && !timeWords[w.toks[cs0+1].low]) || strings.HasSuffix(f.low, "ing")) {
			// "Speaking to students at Drexel, Biden responded": an
			// adjunct alone is no content.
			k := cs0
			for k < ce && !w.isComma(k) {
				k++
			}
			if k >= ce-1 && !(strings.HasSuffix(f.low, "ing") && ce-cs0 >= 6 && !occasionParticiples[f.low]) {
				// "Seeing his brother suffer led him to …, he said" is
				// a clause with a gerund for subject ("Speaking to
				// students at Drexel University this week," is not).
				return
			}
			// "On Tuesday, even as shares were tumbling, Ackman wrote":
			// a clause of time after the adjunct is no content either
			// (but "In all, though, the justices …" is).
			n := k + 1
			if n < ce && w.toks[n].low == "even" {
				n++
			}
			if n+1 < ce && subordinators[w.toks[n].low] && !w.isComma(n+1) {
				return
			}
		}
		w.markDirect(&c, cs0, ce)
		c.content = dyad.Span{Start: w.openStart(cs0), End: w.toks[ce-1].End}
		w.absorb(c.content)
	default:
		return
	}
	w.used[k] = true
	w.cands = append(w.cands, c)
}

// adjunctTail reports whether the words from j to the end of the
// sentence, after an adjunct of a parenthetical reporting clause, go on
// with that adjunct: no finite verb, subject pronoun, "that" or verb of
// saying, and few words ("…, Lund said in posing the question to Berg.").
func (w *work) adjunctTail(j, hi int) bool {
	for i := j; i < hi; i++ {
		t := &w.toks[i]
		if i-j > 10 || t.reg >= 0 {
			return false
		}
		if w.isStop(i) || i == hi-1 && w.isTerminal(i) {
			// (the sentence's last period ends it even after a capital
			// read as an initial: "… on the platform X.")
			return i > j
		}
		if t.kind == dyad.TokenPunct && t.w != "-" {
			return false
		}
		if t.kind == dyad.TokenWord && (clauseVerbs[t.low] || pronouns[t.low] || relPronouns[t.low] || cueFormsLower(t) || subordinators[t.low]) {
			return false
		}
	}
	return false
}

// toldThing reports whether the object of "tell" at k names the thing
// told rather than an addressee ("told a joke", "told the story of his
// campaign", "told lies"): such a verb reports nothing.
func (w *work) toldThing(k, hi int) bool {
	j := k + 1
	for n := 0; j < hi && n < 3 && w.toks[j].kind == dyad.TokenWord && w.toks[j].reg < 0; n++ {
		if toldThings[w.toks[j].low] {
			return true
		}
		if !determiners[w.toks[j].low] && !possessives[w.toks[j].low] && !(n > 0 && !w.toks[j].upper) {
			return false
		}
		j++
	}
	return false
}

// toldThings are the nouns of what is told, as the object of "tell".
var toldThings = set("joke", "jokes", "story", "stories", "tale", "tales", "lie", "lies",
	"anecdote", "anecdotes", "truth", "secret", "secrets", "fib", "fibs", "parable")

// timeClause reports whether the words from j are a clause of time or
// manner closing a parenthetical reporting clause: a subordinator and a
// subject pronoun or a finite clause ("…, Berg said as he left", "…,
// she told reporters before boarding the plane" is not: no subject).
func (w *work) timeClause(j, hi int) bool {
	if j+2 >= hi || w.toks[j].kind != dyad.TokenWord || w.toks[j].upper {
		return false
	}
	switch w.toks[j].low {
	case "as", "when", "while", "after", "before":
	default:
		return false
	}
	n := &w.toks[j+1]
	return n.kind == dyad.TokenWord && n.reg < 0 && (pronouns[n.low] && n.low != "it" && n.low != "you" || w.clausal(j+1, hi))
}

// share reports whether the phrase [s, e) names a share of a polled
// group: a number, a percentage or a fraction, with the group after
// "of" ("30 percent of voters", "three in 10", "a third of them").
func (w *work) share(s, e int) bool {
	for i := s; i < e; i++ {
		t := &w.toks[i]
		if t.kind == dyad.TokenNumber || t.w == "%" || t.low == "percent" || numberWords[t.low] || fractions[t.low] {
			return true
		}
		if h := strings.LastIndexByte(t.low, '-'); h > 0 && fractions[t.low[h+1:]] {
			return true // "two-thirds"
		}
		if t.low == "of" {
			return false
		}
	}
	return false
}

// participleAdverbs may stand between the comma and the participle of a
// continuing attribution.
var participleAdverbs = set("even", "also", "again", "further", "later", "then", "repeatedly", "falsely", "wrongly")

// tailAdverbs may close a parenthetical reporting clause ("the senator
// said then,", "he added later.").
var tailAdverbs = set("then", "later", "earlier", "again", "afterward", "afterwards", "recently",
	"previously", "privately", "publicly", "repeatedly", "too", "also")

// clauseHi returns where a reported clause starting at cs ends: before
// ", adding …" or ", saying …", else at hi.
func (w *work) clauseHi(cs, hi int) int {
	rel := w.inRelativeAside(cs)
	for i := cs + 1; i+1 < hi; i++ {
		if rel && w.isComma(i) && w.toks[i].reg < 0 {
			// "Ruto, who says he is “standing by” his remarks, had
			// accused …": the aside's report ends with the aside; the
			// main clause's predicate follows its closing comma (the
			// first comma only: "who says the plan, announced by X,
			// is unfair" goes on).
			if w.mainPredicate(i + 1) {
				return i
			}
			rel = false
		}
		if t := &w.toks[i]; (t.low == "and" || t.low == "but") && t.kind == dyad.TokenWord {
			// "urged delegates to … and said …": the next verb's own.
			if c, ok := w.cueAt(i + 1); ok && c.flags&cueParticiple == 0 {
				return i
			}
			if w.coordinatedParticiple(i, hi) {
				// "noting that …, and suggesting that …": the next
				// participle's own.
				if i > cs+1 && (w.isComma(i-1) || w.isPunct(i-1, "—") || w.isPunct(i-1, "–") || w.isPunct(i-1, "-")) {
					return i - 1
				}
				return i
			}
		}
		if w.isComma(i) && i+2 < hi && (w.toks[i+1].low == "a" || w.toks[i+1].low == "an") && chargeNouns[w.toks[i+2].low] {
			// "… orchestrated by militants in Afghanistan, a charge Kabul
			// rejected": the narrator's apposition on the claim, not
			// more of it.
			return i
		}
		if w.isComma(i) && i+2 < hi && (subordinators[w.toks[i+1].low] || w.toks[i+1].low == "and" || w.toks[i+1].low == "but") && !w.toks[i+1].upper {
			// "…, though she noted …", "…, and rights groups warned
			// …": the next verb's own, with its subject after the
			// conjunction.
			for j := i + 2; j < hi && j-i <= 12; j++ {
				if _, ok := w.cueAt(j); ok {
					if s, _, ok := w.subjectBefore(i+2, j); ok && s >= i+2 && (s == i+2 || w.toks[i+2].upper || determiners[w.toks[i+2].low]) {
						return i
					}
					break
				}
			}
		}
		if w.isComma(i) && i+2 < hi && w.toks[i+1].low == "according" && w.toks[i+2].low == "to" {
			return i // "… said that X, according to a poll": the source's clause, not more of it
		}
		if w.coordinatedAccording(i, hi) {
			// "… says it has the upper hand but according to aid
			// groups, …": another source's clause.
			if i > cs+1 && w.isComma(i-1) {
				return i - 1
			}
			return i
		}
		if w.isComma(i) && i+2 < hi && participleAdverbs[w.toks[i+1].low] {
			if c, ok := w.cueAt(i + 2); ok && c.flags&cueParticiple != 0 {
				return i // ", even suggesting …"
			}
		}
		if w.isComma(i) && i+4 < hi && w.toks[i+1].low == "going" && w.toks[i+2].low == "on" && w.toks[i+3].low == "to" {
			if _, ok := w.cueAt(i + 4); ok {
				return i // ", going on to say …": the next verb's own
			}
		}
		if w.isComma(i) {
			if c, ok := w.cueAt(i + 1); ok {
				// ", adding …", and "a Republican who described himself
				// as …, said he …": the next verb's own (but not "the
				// plan, announced on Monday, would fail").
				if c.flags&cueParticiple != 0 {
					return i
				}
				if _, kind := w.complement(i+1, hi, c); kind == compThat || kind == compBare || kind == compQuote || kind == compColon {
					return i
				}
			}
		}
	}
	return hi
}

// inRelativeAside reports whether the reported clause starting at cs
// stands in a relative aside after a comma (", who says …"): the nearest
// comma before it in its sentence, at most eight tokens back, opens
// "who" or "which".
func (w *work) inRelativeAside(cs int) bool {
	for j := cs - 1; j > 0 && cs-j <= 8; j-- {
		if w.isTerminal(j) {
			return false
		}
		if w.isComma(j) {
			return j+1 < cs && (w.toks[j+1].low == "who" || w.toks[j+1].low == "which") && w.toks[j+1].kind == dyad.TokenWord
		}
	}
	return false
}

// mainPredicate reports whether token i opens a finite predicate: an
// auxiliary or modal ("had accused", "will visit") or a lower-case past
// form not opening a "by" phrase ("accused Uganda"; not "announced by").
func (w *work) mainPredicate(i int) bool {
	t := &w.toks[i]
	if t.kind != dyad.TokenWord || t.upper {
		return false
	}
	if predicateAux[t.low] {
		return true
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && i+1 < len(w.toks) && w.toks[i+1].low != "by" && w.toks[i+1].low != "in" && w.toks[i+1].low != "on"
}

// predicateAux open a finite predicate.
var predicateAux = set("has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could",
	"should", "may", "might", "must", "did", "does")

// coordinatedParticiple reports whether the "and" or "but" at i is
// followed by the participle of a reporting verb that opens a clause of
// its own ("and suggesting that …", "but warning that …").
func (w *work) coordinatedParticiple(i, hi int) bool {
	if i+2 >= hi {
		return false
	}
	c, ok := w.cueAt(i + 1)
	if !ok || c.flags&cueParticiple == 0 {
		return false
	}
	_, kind := w.complement(i+1, hi, c)
	return kind == compThat || kind == compColon || kind == compQuote
}

// chargeNouns name a claim in an apposition that answers it ("…, a
// charge X denied").
var chargeNouns = map[string]bool{"charge": true, "claim": true, "allegation": true,
	"accusation": true, "assertion": true}

// accordingTo handles "according to X, …" and "…, according to X".
func (w *work) accordingTo(si, lo, hi, k int) {
	s, e, ok := w.subjectAfter(k+1, hi)
	if n := k + 2; n+1 < hi && determiners[w.toks[n].low] {
		if _, setting := mediaSettings[w.toks[n+1].low]; setting {
			// "according to a tweet on Monday by US Secretary of State
			// Mike Pompeo": the author after "by" speaks, as after
			// "from" ("according to a statement from the ministry").
			for b := n + 2; b < hi && b-n < 8; b++ {
				if w.toks[b].kind != dyad.TokenWord {
					break
				}
				if w.toks[b].low == "by" || w.toks[b].low == "from" {
					be := b + 1
					for be < hi && be-b <= maxSpeakerTokens && w.toks[be].reg < 0 && !w.isComma(be) && !w.isStop(be) && (w.toks[be].kind == dyad.TokenWord && !(be > b+1 && authorEnds[w.toks[be].low]) || w.toks[be].kind == dyad.TokenNumber && be == b+1 || w.isPunct(be, ".") && w.abbrevPeriod(be)) {
						be++
					}
					if be > b+1 && (be >= hi || w.isComma(be) || w.isStop(be) || authorEnds[w.toks[be].low]) {
						s, e, ok = b+1, be, true
					}
					break
				}
			}
		}
	}
	if ok && (e-s == 1 && determiners[w.toks[s].low] || e < hi && (w.toks[e].low == "’s" || w.toks[e].low == "'s" || w.isPunct(e, "’") || w.isPunct(e, "'"))) {
		// "According to a recently published assessment of …, …",
		// "According to the United Nations' … officer, …": the phrase
		// runs to the comma.
		ok = false
		for n := s + 1; n < hi && n-s <= 3*maxSpeakerTokens/2; n++ {
			if w.isComma(n) {
				e, ok = n, true
				break
			}
			if w.toks[n].reg >= 0 || w.isStop(n) || w.toks[n].kind == dyad.TokenPunct && w.toks[n].w != "-" && w.toks[n].w != "'" && w.toks[n].w != "’" && !(w.toks[n].w == "." && w.abbrevPeriod(n)) {
				break
			}
		}
	}
	if !ok {
		// "according to federal statistics", "According to police,":
		// a phrase in lower case up to punctuation.
		if s, e, ok = w.sourcePhrase(k+2, hi); !ok {
			if s, e, ok = w.longSource(k+2, hi); !ok {
				return
			}
		}
	}
	if h := s; h < e {
		for h < e-1 && determiners[w.toks[h].low] {
			h++
		}
		if notSources[w.toks[h].low] && (h == e-1 || pronouns[w.toks[h+1].low] || relPronouns[w.toks[h+1].low]) {
			return // "went according to the plan we made" (but "according to law enforcement officials")
		}
	}
	c := cand{cueTok: k, cue: cue{lemma: "according to"}, sent: si, para: w.paraOf(si), inherit: -1, spkS: s, spkE: e}
	var cs, ce int
	for b := k - 1; b > lo; b-- {
		if (w.isPunct(b, ":") || w.isPunct(b, ";")) && w.toks[b].End < w.toks[b+1].Start {
			// "It has not gone unnoticed: according to polls, …": the
			// phrase opens the clause after the colon.
			lo = b + 1
			break
		}
	}
	if k > lo && w.toks[k].upper && w.toks[k-1].kind == dyad.TokenWord {
		// "Troops advance According to the ministry, …": a capital
		// "According" opens a sentence the segmenter ran into the
		// heading before it.
		lo = k
	}
	bare := false // the source's words follow it with no comma
	if k-1 > lo && w.coordinatedAccording(k-1, hi) && e < hi && (w.isComma(e) || e+2 < hi && w.toks[e].kind == dyad.TokenWord && w.toks[e].reg < 0 && (subjectPronouns[w.toks[e].low] && !w.toks[e+1].upper || w.pronounClause(e, hi) || w.clausal(e, hi))) {
		// "… but according to aid groups, the situation is dire",
		// "… and according to the ministry he died …": the source's
		// words follow it, as when it opens the sentence.
		lo, bare = k, !w.isComma(e)
	}
	first := lo
	for first < k && w.toks[first].kind == dyad.TokenPunct && (!w.isMark(first) || first+1 == k) {
		first++ // (an opening mark stays: “…,” according to X)
	}
	if first == k {
		// "According to a poll from X broadcast on Y, …": the content
		// follows the comma that closes the source phrase.
		cs = e
		for n := cs; n < hi && n-e < 15 && !bare; n++ {
			if w.isComma(n) {
				cs = n
				break
			}
			if w.isStop(n) || w.toks[n].reg >= 0 {
				break
			}
		}
		if w.isComma(cs) && cs+1 < hi && (w.toks[cs+1].low == "who" || w.toks[cs+1].low == "whose") {
			// "According to an official, who spoke to VOA on the
			// condition of anonymity, …": the relative clause belongs
			// to the source; the content follows its closing comma.
			for n := cs + 2; n < hi && n-cs < 25; n++ {
				if w.isComma(n) {
					cs = n
					break
				}
				if w.isStop(n) || w.toks[n].reg >= 0 {
					break
				}
			}
		}
		for cs < hi && w.toks[cs].kind == dyad.TokenPunct && !w.isMark(cs) {
			cs++
		}
		ce = w.contentEnd(cs, hi)
	} else {
		cs, ce = first, w.contentEnd(first, k)
		if n := e + 1; w.isComma(e) && n+2 < hi && w.toks[n].kind == dyad.TokenWord && w.toks[n].reg < 0 && !relPronouns[w.toks[n].low] && !w.ingWord(n) && w.isComma(k-1) &&
			(w.clausal(n, hi) || w.pronounClause(n, hi) || w.nounClause(n, hi) || clauseVerbs[w.toks[n].low]) && !w.claimedIn(n, hi) {
			// "While most were marked confidential, according to an
			// official, two were upgraded": the sentence goes on
			// after the source; all of it is what the source says.
			ce = w.contentEnd(first, hi)
		}
	}
	if ce <= cs || w.claimedIn(cs, ce) || wordCount(w.text[w.toks[cs].Start:w.toks[ce-1].End]) < 2 {
		return // "According to MSNBC, basically."
	}
	// "According to NISA, “The operation …”": a quotation no verb
	// claims is the source's words.
	w.markDirect(&c, cs, ce)
	c.content = dyad.Span{Start: w.openStart(cs), End: w.toks[ce-1].End}
	if r := w.toks[cs].reg; r >= 0 && (w.toks[cs].Start == w.regs[r].open || w.regFirst[r] == cs) && (w.regLast[r] >= ce-1 || w.punctOnly(w.regLast[r]+1, ce)) {
		c.content.End = w.regs[r].end // the quotation without its closing mark
		c.unclosed = w.regs[r].unclosed
	}
	w.absorb(c.content)
	w.used[k] = true
	w.cands = append(w.cands, c)
}

// coordinatedAccording reports whether a coordinator at i opens an
// "according to" phrase ("but according to aid groups, …").
// authorEnds end the author of an occasion after "by" or "from" ("an
// email from Lund to his staff", "a tweet by Lund on Monday").
var authorEnds = set("to", "on", "about", "in", "at", "last", "this", "earlier", "during")

func (w *work) coordinatedAccording(i, hi int) bool {
	t := &w.toks[i]
	return t.kind == dyad.TokenWord && !t.upper && (t.low == "but" || t.low == "and" || t.low == "yet") &&
		i+3 < hi && w.toks[i+1].low == "according" && w.toks[i+2].low == "to"
}

// relPronouns open a relative clause.
var relPronouns = set("who", "whom", "whose", "which", "that")

// punctOnly reports whether tokens [a, b) are all punctuation (“…,”
// before "according to").
func (w *work) punctOnly(a, b int) bool {
	for i := a; i < b; i++ {
		if w.toks[i].kind == dyad.TokenWord || w.toks[i].kind == dyad.TokenNumber {
			return false
		}
	}
	return true
}

// markDirect marks a reported clause [cs, ce) direct when it holds a
// quotation of three words or more ("it was “the first time we had
// ever heard …”"); scare quotes leave it indirect.
func (w *work) markDirect(c *cand, cs, ce int) {
	for i := cs; i < ce; i++ {
		if r := w.toks[i].reg; r >= 0 && w.toks[i].Start == w.regs[r].open {
			if wordCount(w.text[w.regs[r].start:w.regs[r].end]) >= 3 {
				c.direct = true
				c.unclosed = c.unclosed || w.regs[r].unclosed
			}
		}
	}
}

// participleIn reports whether a participle cue (", adding, …") lies in
// [a, b): the quotation after it is that participle's.
func (w *work) participleIn(a, b int) bool {
	for i := a; i < b; i++ {
		if c, ok := w.cueAt(i); ok && c.flags&cueParticiple != 0 {
			return true
		}
	}
	return false
}

// mainSubject returns the subject of the last reporting verb before k in
// the clause from lo (the verb a participle continues), or the subject
// of the sentence.
func (w *work) mainSubject(lo, k int) (int, int, bool) {
	for i := k - 1; i >= lo; i-- {
		if c, ok := w.cueAt(i); ok && c.flags&cueParticiple == 0 {
			if s, e, ok := w.subjectBefore(lo, i); ok {
				return s, e, true
			}
			if s, e, ok := w.subjectAfter(i, k); ok && w.isComma(i-1) {
				return s, e, true
			}
		}
	}
	return w.sentenceSubject(lo, k)
}

// pronounClause reports whether a subject pronoun and a finite verb open
// the words at j ("announced it would", "noted they had"): a bare
// complement clause even after verbs that otherwise need "that".
func (w *work) pronounClause(j, hi int) bool {
	if j+1 >= hi || w.toks[j].kind != dyad.TokenWord || w.toks[j+1].kind != dyad.TokenWord {
		return false
	}
	switch w.toks[j].low {
	case "this":
		// "adds this is another success": a demonstrative subject
		// before a copula ("adds this week" is none; "suggesting this
		// would be …" weighs a possibility, it reports no words).
		switch w.toks[j+1].low {
		case "is", "was", "isn't", "wasn't", "isn’t", "wasn’t":
			return true
		}
		return false
	case "he", "she", "it", "they", "we", "i", "there":
		// "acknowledged there was a threat": "there" is a subject too;
		// "announced it added 255,000 jobs": a verb in the past tense.
		n := w.toks[j+1].low
		return clauseVerbs[n] || w.toks[j].low != "there" && len(n) > 4 && strings.HasSuffix(n, "ed") && !w.toks[j+1].upper ||
			(n == "'s" || n == "’s") && w.toks[j].End == w.toks[j+1].Start && w.toks[j].low != "it" // "he's staying"
	}
	return contractedSubject(w.toks[j].low)
}

// contractedSubject reports whether a word is a subject pronoun other
// than "it" with a contracted auxiliary ("she'll", "they’re", "we've"),
// which opens a clause.
func contractedSubject(low string) bool {
	i := strings.IndexAny(low, "'’")
	if i <= 0 {
		return false
	}
	p, aux := low[:i], strings.TrimLeft(low[i:], "'’")
	if !pronouns[p] || p == "you" || p == "it" {
		return false // ("it's" opens clauses the verb does not report too often)
	}
	switch aux {
	case "ll", "d", "re", "ve", "m", "s":
		return true
	}
	return false
}

// issuedOccasion reports whether the participle at k follows an occasion
// the sentence's subject put out ("released a statement saying …",
// "issued a video message saying …"): the subject speaks in it.
func (w *work) issuedOccasion(lo, k int) bool {
	return w.issuingVerb(lo, k) >= 0
}

// issuingVerb returns the index of the verb that put out the occasion
// ending before token k ("released" in "released a statement which
// said"), or -1 (see issuedOccasion).
func (w *work) issuingVerb(lo, k int) int {
	v, _ := w.issuing(lo, k)
	return v
}

// issuing returns the verb that put out the occasion ending before
// token k and the occasion's head noun, or -1, -1 (see issuingVerb).
func (w *work) issuing(lo, k int) (verb, noun int) {
	n := k - 1
	if n-3 >= lo && w.toks[n].kind == dyad.TokenWord && timeWords[w.toks[n].low] && !w.toks[n-1].upper {
		n-- // "issued a statement Tuesday saying"
		if n-3 >= lo && timeLeads[w.toks[n].low] && !w.toks[n].upper {
			n-- // "posted tweets early Friday saying", "on Friday"
		}
	}
	if n-2 >= lo && !w.occasionAt(n) {
		// "sent a letter to the board urging …": the addressee between
		// the occasion and the participle.
		for t := n; t > lo+1 && n-t < 6; t-- {
			tk := &w.toks[t]
			if tk.kind == dyad.TokenPunct && !(tk.w == "." && w.abbrevPeriod(t)) || tk.reg >= 0 {
				break
			}
			if tk.low == "to" && !tk.upper {
				if t < n && w.occasionAt(t-1) {
					n = t - 1
				}
				break
			}
		}
	}
	if n-2 < lo || w.toks[n].kind != dyad.TokenWord || w.toks[n].upper || !w.occasionAt(n) {
		return -1, -1
	}
	d := n - 1
	if n-3 >= lo && w.toks[n-1].low == "of" && seriesNouns[w.toks[n-2].low] {
		d = n - 3 // "a series of tweets"
	}
	if issueVerbs[w.toks[d].low] && strings.HasSuffix(w.toks[n].low, "s") && d == n-1 {
		return d, n // "posted tweets saying": a bare plural
	}
	for d > lo && !determiners[w.toks[d].low] && !possessives[w.toks[d].low] && n-d < 3 {
		d-- // "a video message", "a brief statement"
	}
	if !determiners[w.toks[d].low] && !possessives[w.toks[d].low] || d-1 < lo {
		return -1, -1
	}
	v := d - 1
	if (w.toks[v].low == "out" || w.toks[v].low == "off") && v-1 >= lo {
		v-- // "put out a statement saying", "fired off a letter"
		if w.toks[v].low == "fired" {
			return v, n
		}
	}
	if !issueVerbs[w.toks[v].low] {
		return -1, -1
	}
	return v, n
}

// occasionAt reports whether the word at n ends an occasion words are
// said in ("a statement", "a video message"), its plural too ("tweets",
// "letters").
func (w *work) occasionAt(n int) bool { return w.occasionEnding(n) != "" }

// occasionEnding returns the occasion whose head noun is the word at n,
// or its singular ("tweets" → tweet), or "".
func (w *work) occasionEnding(n int) string {
	if v := w.occasionBefore(n + 1); v != "" {
		return v
	}
	t := &w.toks[n]
	if t.kind != dyad.TokenWord || !strings.HasSuffix(t.low, "s") {
		return ""
	}
	return mediaSettings[singular(t.low)]
}

// timeLeads open a time adjunct of two words ("early Friday", "on
// Tuesday", "last week").
var timeLeads = set("early", "late", "on", "last", "this", "earlier", "later")

// seriesNouns count the occasions after "of" ("a series of tweets").
var seriesNouns = set("series", "string", "flurry", "barrage", "pair", "couple", "number")

// issuedRelative returns the index of the relative pronoun in "released
// a statement which said", "issued a letter that read" when the
// reporting verb at k follows it (with the subject found before k being
// s..e), or -1: the occasion's issuer speaks.
func (w *work) issuedRelative(lo, s, e, k int) int {
	r := k - 1
	if r < lo || r < s || (w.toks[r].low != "which" && w.toks[r].low != "that") || w.toks[r].upper {
		return -1
	}
	if e-s > 1 && r != e || e-s == 1 && r != s {
		return -1
	}
	if v := w.issuingVerb(lo, r); v < 0 || !publishVerbs[w.toks[v].low] {
		return -1 // "She sent a letter that says …": the letter speaks
	}
	return r
}

// publishVerbs put an occasion out to the public, whose issuer speaks in
// it ("released a statement which said").
var publishVerbs = set("released", "issued", "published", "releases", "issues", "publishes")

// occasionBefore returns the occasion whose head noun is the word before
// token k ("statement" in "a statement saying"), or "".
func (w *work) occasionBefore(k int) string {
	for n := 2; n >= 1; n-- {
		if k-n < 0 {
			continue
		}
		if v, ok := mediaSettings[w.low[w.toks[k-n].Start:w.toks[k-1].End]]; ok && v != "" {
			return v
		}
	}
	return ""
}

// issueVerbs put out an occasion in which words are said.
var issueVerbs = set("released", "issued", "published", "posted", "sent", "shared", "put", "delivered", "gave", "made", "releases", "issues", "publishes", "posts", "unleashed", "tweeted")

// participlePreps introduce a participle whose subject is the
// sentence's ("began by saying", "after saying").
var participlePreps = set("by", "after", "before", "while", "when")

// quotedAs reports whether "as" before the participle at pk follows a
// verb of quoting ("was quoted as saying", "was quoted by Interfax as
// saying", "was cited as saying"): the subject of that verb speaks.
func (w *work) quotedAs(lo, pk int) bool {
	if pk-2 < lo || w.toks[pk-1].low != "as" || w.toks[pk-1].upper {
		return false
	}
	for b := pk - 2; b >= lo && pk-b <= 9; b-- {
		if w.toks[b].reg >= 0 || w.isComma(b) && b < pk-2 {
			return false
		}
		if l := w.toks[b].low; (l == "quoted" || l == "cited") && b > lo && (beForms[w.toks[b-1].low] || w.toks[b-1].low == "being") {
			return true
		}
	}
	return false
}

// citedAs returns the object of an active verb of quoting before "as"
// and the participle at pk ("The Financial Times cited security
// officials as saying …", "Reuters quoted two sources as saying …"):
// the tokens [s, e) speak, the verb at v cites them. It returns -1s when
// there is none (and for the passive "was cited as saying", quotedAs).
func (w *work) citedAs(lo, pk int) (v, s, e int) {
	if pk-3 < lo || w.toks[pk-1].low != "as" || w.toks[pk-1].upper {
		return -1, -1, -1
	}
	for b := pk - 2; b > lo && pk-b <= 12; b-- {
		t := &w.toks[b]
		if t.reg < 0 && (w.isComma(b) || w.isTerminal(b)) {
			return -1, -1, -1
		}
		if t.reg >= 0 || t.upper {
			continue
		}
		if l := t.low; l == "cited" || l == "quoted" || l == "cites" || l == "quotes" {
			if beForms[w.toks[b-1].low] || w.toks[b-1].low == "being" {
				return -1, -1, -1
			}
			s, e = b+1, pk-1
			if w.isMark(s) && w.isMark(e-1) && e-s > 2 {
				s, e = s+1, e-1 // "cited “security officials …” as saying"
			}
			if e <= s || w.toks[s].kind != dyad.TokenWord && w.toks[s].kind != dyad.TokenNumber {
				return -1, -1, -1
			}
			return b, s, e
		}
	}
	return -1, -1, -1
}

// andAfter reports whether "and" (adverbs aside) stands right before the
// verb at k: a coordinated verb.
func (w *work) andAfter(lo, k int) bool {
	j := k - 1
	for j >= lo && w.toks[j].kind == dyad.TokenWord && auxAdverbs[w.toks[j].low] {
		j--
	}
	return j >= lo && w.toks[j].kind == dyad.TokenWord && w.toks[j].low == "and"
}

// particle extends the cue of c to the particle before the content at cs
// ("called for", "called on"), with the lemma to match ("call for").
func (w *work) particle(c *cand, cs int) {
	if p := cs - 1; (p == c.cueTok+1 || p == c.cueTok+2 && timeWords[w.toks[p-1].low]) && w.toks[p].kind == dyad.TokenWord {
		// ("called Friday for …": a day between)
		switch w.toks[p].low {
		case "for", "on", "upon":
			c.cueEnd = p
			c.cue.lemma += " " + w.toks[p].low
		}
	}
}

// sourcePhrase returns the noun phrase from s after "according to" in
// lower case ("federal statistics", "conservative talk radio host Rush
// Limbaugh"): words up to punctuation, at most maxSpeakerTokens.
func (w *work) sourcePhrase(s, hi int) (int, int, bool) {
	e := s
	for e < hi && e-s < maxSpeakerTokens {
		t := &w.toks[e]
		if t.reg >= 0 || t.kind == dyad.TokenPunct && !(t.w == "." && w.abbrevPeriod(e)) && t.w != "’" && t.w != "'" && t.w != "-" {
			break
		}
		if t.kind == dyad.TokenWord && (cueFormsLower(t) || clauseVerbs[t.low] && !w.nounAfterDeterminer(s, e) || t.low == "that" || subordinators[t.low] || pronouns[t.low] && e == s) {
			break
		}
		e++
	}
	if e == s || e-s > 10 || e < hi && !w.isComma(e) && !w.isStop(e) || e-s == 1 && notSources[w.toks[s].low] {
		return 0, 0, false
	}
	return s, e, true
}

// longSource returns a long source phrase after "according to": a noun
// phrase with its modifiers and participles, but no finite verb or
// clause, up to a comma, a bracket or the end of the sentence
// ("according to early results of exit polls conducted for the
// networks", "according to people familiar with the network's plans").
func (w *work) longSource(s, hi int) (int, int, bool) {
	if s >= hi || w.toks[s].kind != dyad.TokenWord || pronouns[w.toks[s].low] || notSources[w.toks[s].low] {
		return 0, 0, false
	}
	e := s
	for ; e < hi && e-s < 24; e++ {
		t := &w.toks[e]
		if t.reg >= 0 {
			return 0, 0, false
		}
		if t.kind == dyad.TokenPunct {
			if t.w == "." && w.abbrevPeriod(e) || t.w == "’" || t.w == "'" || t.w == "-" || t.w == "&" {
				continue
			}
			break
		}
		if t.kind == dyad.TokenWord && (clauseVerbs[t.low] && !w.nounAfterDeterminer(s, e) || t.low == "that" || t.low == "which" || t.low == "who" || subordinators[t.low] || pronouns[t.low] && t.low != "it" && t.low != "you") {
			return 0, 0, false
		}
	}
	if e-s < 2 || e < hi && !w.isComma(e) && !w.isStop(e) && !w.isPunct(e, "(") {
		return 0, 0, false
	}
	return s, e, true
}

// nounAfterDeterminer reports whether the word at e, after s, follows a
// determiner or a possessive and so is a noun ("the plans", "the
// network's needs"), not a verb.
func (w *work) nounAfterDeterminer(s, e int) bool {
	if e <= s {
		return false
	}
	p := w.toks[e-1].low
	return determiners[p] || possessives[p] || p == "’s" || p == "'s"
}

// notSources follow "according to" without naming a source ("went
// according to plan").
var notSources = set("plan", "plans", "schedule", "script", "tradition", "custom", "law",
	"rules", "protocol", "expectations", "form", "need", "size", "age", "taste")

// notMannerVerbs end a quotation's sentence without reporting it
// ("“…,” he was surprised", "“…” had ended").
var notMannerVerbs = set("ended", "started", "arrived", "died", "closed", "opened",
	"finished", "surprised", "shocked", "stunned", "pleased", "tired", "excited",
	"worried", "concerned", "interested", "married", "retired", "elected", "appointed",
	"killed", "injured", "wounded", "arrested", "charged", "convicted", "released",
	"followed", "continued", "happened", "passed", "failed", "succeeded", "agreed",
	"disagreed", "voted", "signed", "listed", "titled", "entitled", "named", "called",
	"labeled", "labelled", "dubbed", "tagged", "marked", "printed", "published",
	"aired", "broadcast", "played", "performed", "screened", "showed", "displayed",
	"reported", "posted", "tweeted", "included", "involved", "used", "needed", "wanted",
	"liked", "loved", "hated", "owned", "changed", "moved", "remained", "stayed")

// longSubject returns the head of a long subject of the verb at k: a
// noun phrase opening sentence si followed by a relative clause or a
// participle phrase that runs to the verb ("The state officials whose
// laws have been invalidated say", "activists clamoring to block Trump
// say").
func (w *work) longSubject(si, k int) (int, int, bool) {
	lo := w.sstart[si]
	s, e, ok := w.sentenceSubject(lo, k)
	if !ok || e >= k || e-s > 8 || pronouns[w.toks[s].low] {
		return 0, 0, false
	}
	t := &w.toks[e]
	switch {
	case t.low == "who" || t.low == "whose" || t.low == "that" && k-e > 2:
	case !t.upper && len(t.low) > 4 && strings.HasSuffix(t.low, "ing"):
	default:
		return 0, 0, false
	}
	if k-e > 18 {
		return 0, 0, false
	}
	for i := e; i < k; i++ {
		if w.toks[i].reg >= 0 || w.isStop(i) || w.isPunct(i, ";") || w.isPunct(i, ":") || w.used[i] {
			return 0, 0, false
		}
	}
	return s, e, true
}

// leadIn extends a quotation attributed after it (“…,” X said) back to
// the start of its sentence when words of the same clause lead into it:
// "The answers are “not meeting the demand,” says Rieckhoff" reports
// the whole clause. Words holding a reporting verb, another quotation or
// a colon are a clause of their own and are left out.
func (w *work) leadIn(first int, c *cand) {
	si := int(w.toks[first].sent)
	lo := w.sstart[si]
	for lo < first && w.toks[lo].kind == dyad.TokenPunct {
		lo++
	}
	words := 0
	for i := lo; i < first; i++ {
		t := &w.toks[i]
		if t.reg >= 0 && !w.claimed(int(t.reg)) && w.regionWords(int(t.reg)) <= 3 {
			// "… words like “maybe” and “perhaps,” he told reporters":
			// a scare-quoted word no one claims is part of the clause.
			continue
		}
		if t.reg >= 0 || w.isPunct(i, ":") || w.isPunct(i, ";") || w.isPunct(i, "―") || w.used[i] {
			return
		}
		if _, ok := w.cueAt(i); ok {
			return
		}
		if t.kind == dyad.TokenWord {
			words++
		}
	}
	if words < 2 {
		return
	}
	c.content.Start = w.toks[lo].Start
}

// conditionBefore returns the first token of a condition opening the
// sentence and ending in a comma right before the subject at s ("If it
// does not slow down, forecasters say …"), or -1. The condition holds no
// quotation or verb of saying.
func (w *work) conditionBefore(slo, s int) int {
	a := slo
	for a < s && w.toks[a].kind == dyad.TokenPunct {
		a++
	}
	if a+2 >= s || !w.isComma(s-1) || w.toks[a].low != "if" && w.toks[a].low != "unless" || !w.sentStart(a) {
		return -1
	}
	for i := a + 1; i < s-1; i++ {
		if w.toks[i].reg >= 0 || w.isComma(i) || w.isTerminal(i) {
			return -1
		}
		if _, ok := w.cueAt(i); ok {
			return -1
		}
	}
	return a
}

// regionWords counts the words of quotation ri.
func (w *work) regionWords(ri int) int {
	r := &w.regs[ri]
	return wordCount(w.text[r.start:r.end])
}

// clauseStart returns where a reported clause ending in a parenthetical
// attribution begins: lo, the token after the last quotation before the
// verb, unless that quotation and those before it are claimed by no
// attribution of their own, in which case they are part of the clause
// and it starts at the sentence start slo (or after a claimed one).
func (w *work) clauseStart(slo, lo int) int {
	if lo <= slo {
		return lo
	}
	for b := lo - 1; b >= slo; b-- {
		if r := w.toks[b].reg; r >= 0 && w.claimed(int(r)) {
			return b + 1
		}
	}
	return slo
}

// claimed reports whether region ri is the content (or inside the
// content) of a candidate with an attribution of its own, not a
// continuation.
func (w *work) claimed(ri int) bool {
	r := dyad.Span{Start: w.regs[ri].start, End: max(w.regs[ri].end, w.regs[ri].start+1)}
	for i := range w.cands {
		c := &w.cands[i]
		if !c.continuation && c.content.End > c.content.Start && c.content.Overlaps(r) {
			return true
		}
	}
	return false
}

// claimedIn reports whether a claimed region has a token in [a, b).
func (w *work) claimedIn(a, b int) bool {
	for i := a; i < b; i++ {
		if r := w.toks[i].reg; r >= 0 && w.claimed(int(r)) {
			return true
		}
	}
	return false
}

// openStart returns where content starting at token i begins: the
// first character inside a quotation whose opening mark is at i, else
// the token's start.
func (w *work) openStart(i int) int {
	if r := w.toks[i].reg; r >= 0 && w.toks[i].Start == w.regs[r].open {
		return w.regs[r].start
	}
	return w.toks[i].Start
}

// absorb drops the continuation candidates whose content lies inside
// span: quotations that turned out to belong to a reported clause.
func (w *work) absorb(span dyad.Span) {
	for i := range w.cands {
		c := &w.cands[i]
		if c.continuation && span.Start <= c.content.Start && c.content.End <= span.End {
			c.content.End = c.content.Start
		}
	}
}

// leadName returns the name opening sentence si when a comma follows it
// and what runs from there to the verb at k (appositives, an age, a
// place, relative clauses) holds no other reporting verb, quotation or
// clause break: the subject of the verb at k.
func (w *work) leadName(si, k int) (int, int, bool) {
	i := w.sstart[si]
	for i < k && w.toks[i].kind == dyad.TokenPunct {
		i++
	}
	j := i
	for j < k && (w.toks[j].kind == dyad.TokenWord && w.toks[j].upper && w.toks[j].reg < 0 || j > i && (w.isPunct(j, ".") && w.abbrevPeriod(j) || w.isPunct(j, "-"))) {
		j++
	}
	if j+3 < k && j > i && w.isPunct(j, "(") && w.toks[j+1].kind == dyad.TokenWord && acronym(w.toks[j+1].w) && w.isPunct(j+2, ")") {
		j += 3 // "The Revolutionary Guard Corps (IRGC), which …, declared"
	}
	// "The Daily Telegraph, citing …, reported": "The" opens a name.
	the := w.toks[i].low == "the" && j-i >= 2
	if j == i || j >= k-1 || !w.isComma(j) || k-j > 45 || boundaries[w.toks[i].low] || determiners[w.toks[i].low] && !the {
		return 0, 0, false
	}
	if j-i < 2 {
		// One word: a name the actors stage knows as a person or a
		// body, not "However" or "Later".
		mi := w.mentionFor(w.toks[i].Span)
		if mi < 0 || w.doc.Mentions[mi].Kind != dyad.MentionPerson && w.doc.Mentions[mi].Kind != dyad.MentionOrg {
			return 0, 0, false
		}
	}
	for n := j; n < k; n++ {
		t := &w.toks[n]
		if t.reg >= 0 || w.isStop(n) || w.used[n] || t.w == ";" || t.w == ":" {
			return 0, 0, false
		}
		if cu, ok := w.cueAt(n); ok && !(n == j+1 && cu.flags&cueParticiple != 0 && cu.lemma == "cite") {
			// (but "The Daily Telegraph, citing local groups,
			// reported": the participle names the speaker's sources)
			return 0, 0, false
		}
	}
	return i, j, true
}

// ingWord reports whether token i is a lower-case word in -ing: a
// participle phrase after "…, she said, referencing …", not more of
// the content.
func (w *work) ingWord(i int) bool {
	t := &w.toks[i]
	return t.kind == dyad.TokenWord && !t.upper && len(t.low) > 5 && strings.HasSuffix(t.low, "ing")
}

// nameBeforeParticiple returns a name right before the participle at k
// with no comma between ("footage of Trump saying", "a video of Jane
// Roe telling"): the one who speaks. The name must not open the
// sentence, where the participle is the sentence's verb phrase.
func (w *work) nameBeforeParticiple(lo, k int) (int, int, bool) {
	e := k
	if e-1 < lo || w.toks[e-1].kind != dyad.TokenWord || !w.toks[e-1].upper || w.toks[e-1].reg >= 0 {
		return 0, 0, false
	}
	s := e - 1
	for s-1 >= lo && w.toks[s-1].kind == dyad.TokenWord && w.toks[s-1].upper && w.toks[s-1].reg < 0 && e-s < 4 {
		s--
	}
	if w.sentStart(s) || s-1 < lo || w.toks[s-1].kind != dyad.TokenWord || w.toks[s-1].upper {
		return 0, 0, false
	}
	if mi := w.mentionFor(w.toks[e-1].Span); mi < 0 || w.doc.Mentions[mi].Kind != dyad.MentionPerson {
		return 0, 0, false
	}
	return s, e, true
}

// opensSentence reports whether region ri opens a sentence: only
// punctuation stands before its first token in its sentence.
func (w *work) opensSentence(ri int) bool {
	first := w.regFirst[ri]
	if first >= len(w.toks) {
		return false
	}
	for i := w.sstart[w.toks[first].sent]; i < first; i++ {
		if w.toks[i].kind != dyad.TokenPunct || w.toks[i].reg >= 0 && int(w.toks[i].reg) != ri {
			return false
		}
	}
	return true
}

// parentheticalClause widens the content of a quotation attributed by a
// parenthetical clause before it to the whole sentence when words of
// the same clause lie outside the quotation: "Trump, Sexton said, has
// created a “strange … zone”", "These sources, the lawyers said, “all
// command the same conclusion” that Cruz complies". A quotation that
// ends its sentence right after "X said, " keeps its own span.
func (w *work) parentheticalClause(ri int, c *cand) {
	first, last := w.regFirst[ri], w.regLast[ri]
	si := int(w.toks[first].sent)
	lo, hi := w.sentBounds(si)
	if c.spkE <= c.spkS || c.spkS-1 <= lo || !w.isComma(c.spkS-1) || c.cueTok < c.spkE || c.cueTok+1 >= first || int(w.toks[c.cueTok].sent) != si {
		return
	}
	pc := w.clauseComma(c.cueTok, first, c.cue)
	if pc < 0 {
		return
	}
	between := 0
	for i := pc; i < first; i++ {
		if w.toks[i].kind == dyad.TokenWord {
			between++
		}
	}
	ce := w.contentEnd(last+1, hi)
	after := 0
	for i := last + 1; i < ce; i++ {
		if w.toks[i].reg >= 0 {
			return
		}
		if _, ok := w.cueAt(i); ok || w.isStop(i) && i < ce {
			return
		}
		if w.toks[i].kind == dyad.TokenWord {
			after++
		}
	}
	// "That, the commission said, “would be helpful …”": a quotation
	// opening in lower case goes on from the words before the
	// parenthetical.
	f := first + 1
	if f < last && w.isPunct(f, "'") && w.isMark(f) {
		f++ // the second apostrophe of an opening ''
	}
	lower := w.toks[first].reg >= 0 && f <= last && w.toks[f].kind == dyad.TokenWord && !w.toks[f].upper
	if between == 0 && after < 2 && !lower {
		return
	}
	cs := lo
	for cs < c.spkS && w.toks[cs].kind == dyad.TokenPunct {
		cs++
	}
	for i := cs; i < c.spkS; i++ {
		if w.toks[i].reg >= 0 || w.used[i] {
			return
		}
		if _, ok := w.cueAt(i); ok {
			return
		}
	}
	if ce <= last {
		ce = last + 1
	}
	if c.spkS-1 == cs+1 && (discourseAdverbs[w.toks[cs].low] || tailAdverbs[w.toks[cs].low]) {
		// "Instead, Lund told the BBC, his policy …": an adverb alone
		// before the clause is not what was said.
		cs = pc + 1
	}
	c.content = dyad.Span{Start: w.toks[cs].Start, End: w.toks[ce-1].End}
}

// clauseComma returns the comma closing a parenthetical reporting clause
// whose verb is at k, before token first: right after the verb ("Trump,
// Sexton said, has …") or after its addressee and adjuncts ("Instead,
// Lund told the BBC, his policy …", "…, he said in a telephone
// interview, that …"); -1 when words of another kind come first.
func (w *work) clauseComma(k, first int, c cue) int {
	j := k + 1
	if c.flags&cueObject != 0 && j < first && !w.isComma(j) {
		j = w.skipObject(k, first) // "told the BBC"
	}
	for n := 0; j < first && n < 3 && w.toks[j].kind == dyad.TokenWord && !w.toks[j].upper && (preps[w.toks[j].low] || timeWords[w.toks[j].low]); n++ {
		j = w.skipAdjunct(j, first) // "in a phone interview", "on Sunday"
	}
	if j < first && j-k <= 9 && w.isComma(j) {
		return j
	}
	return -1
}

// quantSources are quantifiers that stand for unnamed people ("with
// some telling VOA …", "others say").
var quantSources = set("some", "many", "others", "most", "several", "few")

// shareBefore returns the start of a polled share of a group that ends
// right before the participle at pk: a number, a percentage, a fraction
// or "share", then "of" and the group ("62 percent of voters", "the
// share of Republicans", "a majority of GOP voters").
func (w *work) shareBefore(lo, pk int) (int, bool) {
	o := pk - 1
	for o > lo && pk-o <= 5 && w.toks[o].low != "of" {
		t := &w.toks[o]
		if t.kind != dyad.TokenWord || t.reg >= 0 || !t.upper && (boundaries[t.low] || determiners[t.low] || cueFormsLower(t) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) {
			return 0, false
		}
		o--
	}
	if o <= lo || o == pk-1 || w.toks[o].low != "of" {
		return 0, false
	}
	if h := &w.toks[pk-1]; !h.upper && !strings.HasSuffix(h.low, "s") && !anonSourceHeads[h.low] {
		return 0, false // the group is plural: "voters", "Republicans", "GOP primary voters"
	}
	s := o - 1
	switch t := &w.toks[s]; {
	case t.low == "percent" || t.w == "%":
		s--
		if s < lo || w.toks[s].kind != dyad.TokenNumber {
			return 0, false
		}
	case t.kind == dyad.TokenNumber || fractions[t.low] || t.low == "share" || t.low == "proportion" || t.low == "percentage":
	default:
		return 0, false
	}
	for s-1 >= lo && (determiners[w.toks[s-1].low] || w.toks[s-1].kind == dyad.TokenNumber && w.toks[s].kind != dyad.TokenNumber) && !w.toks[s-1].upper {
		s-- // "the share", "a majority", "two thirds"
	}
	return s, true
}

// nounClause reports whether a short subject (a name or a noun phrase of
// up to four words) and an auxiliary or modal open the words at j
// ("suggest Europe can’t afford …", "acknowledged the plan would
// fail"): a bare complement clause even after verbs that otherwise need
// "that".
func (w *work) nounClause(j, hi int) bool {
	i := j
	limit := 4
	if j+3 < hi && determiners[w.toks[j].low] && w.toks[j+2].low == "of" {
		limit = 6 // "the population of northern Norway is"
	}
	for i < hi && i-j < limit && w.toks[i].reg < 0 && (w.toks[i].kind == dyad.TokenWord && !clauseVerbs[w.toks[i].low] && (!boundaries[w.toks[i].low] || w.toks[i].w == "US") && (!cueFormsLower(&w.toks[i]) || i > j && determiners[w.toks[j].low]) || w.isPunct(i, ".") && w.abbrevPeriod(i) ||
		w.toks[i].low == "and" && i > j && w.toks[i-1].upper && i+1 < hi && w.toks[i+1].upper) {
		i++
	}
	if i == j || i >= hi {
		return false
	}
	// "noted clients are …", "acknowledged funding was …": a bare noun
	// of a word or two, lower case, right before the auxiliary.
	bare := i-j <= 2 && !w.toks[j].upper && !strings.HasSuffix(w.toks[i-1].low, "ly") && !pronouns[w.toks[j].low] && !objectPronouns[w.toks[j].low] && !possessives[w.toks[j].low] && w.toks[i-1].kind == dyad.TokenWord
	if !(w.toks[j].upper || determiners[w.toks[j].low] || bare) {
		return false
	}
	if w.isMark(i) && w.toks[i].reg >= 0 && i+1 < hi && w.toks[i].Start == w.regs[w.toks[i].reg].open {
		// "adding the European nations “are massively increasing” …":
		// the quotation opens with the auxiliary.
		i++
		if w.isPunct(i, "'") {
			i++
		}
	}
	t := &w.toks[i]
	if t.kind != dyad.TokenWord || !auxVerbs[t.low] {
		return false
	}
	return true
}

// auxVerbs are auxiliaries and modals that make a clause of the noun
// phrase before them.
var auxVerbs = set("is", "are", "was", "were", "will", "would", "could", "can", "should",
	"may", "might", "must", "had", "has", "have", "won't", "wouldn't", "can't", "couldn't",
	"isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "didn't",
	"doesn't", "don't", "shouldn't", "won’t", "wouldn’t", "can’t", "couldn’t", "isn’t",
	"wasn’t", "aren’t", "weren’t", "hasn’t", "haven’t", "hadn’t", "didn’t", "doesn’t",
	"don’t", "shouldn’t", "does", "do", "did")

// repeatVerbs make the subject the owner of the reporting noun that is
// their object ("reiterated the claim that …", "repeated his warning
// that …").
var repeatVerbs = set("reiterated", "reiterates", "repeated", "repeats", "renewed", "renews",
	"restated", "restates", "made", "makes", "echoed", "echoes", "stood", "stands")

// repeatedReport handles a reporting noun at k that is the object of a
// verb of repeating and is followed by "that": "Bugti and Chaudhry
// reiterated the claim that the attack was orchestrated …" is their
// claim. The speaker is the verb's subject.
func (w *work) repeatedReport(si, lo, hi, k int, lemma string) bool {
	if k+2 >= hi || w.toks[k+1].low != "that" || w.toks[k+1].reg >= 0 {
		return false
	}
	v := k - 1
	if v >= lo && (determiners[w.toks[v].low] || w.toks[v].low == "his" || w.toks[v].low == "her" || w.toks[v].low == "their" || w.toks[v].low == "its") {
		v--
	}
	if v >= lo && w.toks[v].low == "by" && v-1 >= lo && w.toks[v-1].low == "stood" || v >= lo && w.toks[v].low == "by" && v-1 >= lo && w.toks[v-1].low == "stands" {
		v--
	}
	if v < lo || w.toks[v].kind != dyad.TokenWord || !repeatVerbs[w.toks[v].low] || w.toks[v].upper {
		return false
	}
	s, e, ok := w.subjectBefore(lo, v)
	if !ok || !w.actSpeaker(s, e) {
		return false
	}
	cs := k + 2
	ce := w.contentEnd(cs, w.clauseHi(cs, hi))
	if ce <= cs || w.isMark(cs) && ce-cs < 2 {
		return false
	}
	// The verb is the cue: "reiterated" (the claim that …).
	c := cand{cueTok: v, cue: cue{lemma: repeatLemmas[w.toks[v].low], flags: cueThat}, sent: si, para: w.paraOf(si), inherit: -1, spkS: s, spkE: e}
	w.markDirect(&c, cs, ce)
	c.content = dyad.Span{Start: w.toks[cs].Start, End: w.toks[ce-1].End}
	w.used[k] = true
	w.used[v] = true
	w.cands = append(w.cands, c)
	return true
}

// repeatLemmas are the lemmas of repeatVerbs.
var repeatLemmas = map[string]string{
	"reiterated": "reiterate", "reiterates": "reiterate", "repeated": "repeat", "repeats": "repeat",
	"renewed": "renew", "renews": "renew", "restated": "restate", "restates": "restate",
	"made": "make", "makes": "make", "echoed": "echo", "echoes": "echo", "stood": "stand by", "stands": "stand by",
}

// saidFirst handles a sentence that opens with the reporting verb:
// "Said Comey, “…”", "Added Smith: “…”". The name between the verb and
// the quotation speaks.
func (w *work) saidFirst(first int, c *cand) bool {
	si := int(w.toks[first].sent)
	v := w.sstart[si]
	for v < first && w.toks[v].kind == dyad.TokenPunct {
		v++
	}
	t := &w.toks[v]
	if v+2 >= first || t.kind != dyad.TokenWord || !t.upper {
		return false
	}
	cu, ok := cueForms[t.low]
	if !ok || cu.flags&(cueParticiple|cueAct|cueBelief|cueEvidence) != 0 || baseForm(t.low, cu) {
		return false
	}
	e := first - 1
	if !w.isComma(e) && !w.isPunct(e, ":") {
		return false
	}
	for i := v + 1; i < e; i++ {
		if !(w.toks[i].kind == dyad.TokenWord && (w.toks[i].upper || nameParticle(w.toks[i].low)) || w.isPunct(i, ".") && w.abbrevPeriod(i)) {
			return false
		}
	}
	c.spkS, c.spkE, c.cueTok, c.cue, c.sent = v+1, e, v, cu, si
	w.used[v] = true
	return true
}

// objectRelative reports whether the reporting verb at k, with its
// subject starting at s, stands in a relative clause whose pronoun is
// the subject of what was said: "which critics said was unfair", "the
// man who Lund said was a spy", "what she said is growing demand". The
// verb must be followed at once by a finite verb with no subject of its
// own.
func (w *work) objectRelative(lo, s, k, hi int) bool {
	r := s - 1
	if r < lo || k+2 >= hi {
		return false
	}
	p := &w.toks[r]
	if p.kind != dyad.TokenWord || p.upper && !(r == w.sstart[p.sent] && p.low == "what") {
		return false
	}
	switch p.low {
	case "which", "who", "what":
	case "that":
		// "a plan that Lund said would fail": "that" after a noun,
		// not a conjunction after a verb.
		if r-1 < lo || w.toks[r-1].kind != dyad.TokenWord || boundaries[w.toks[r-1].low] || cueFormsLower(&w.toks[r-1]) || clauseVerbs[w.toks[r-1].low] {
			return false
		}
	default:
		return false
	}
	v := &w.toks[k+1]
	if v.kind == dyad.TokenWord && !v.upper && v.reg < 0 && relativeAdverbs[v.low] && k+3 < hi {
		// "which state media said now allows …": an adverb of the
		// predicate, then a verb with a tense ending.
		v = &w.toks[k+2]
		if v.kind == dyad.TokenWord && !v.upper && v.reg < 0 && len(v.low) > 3 && !strings.HasSuffix(v.low, "ss") &&
			(strings.HasSuffix(v.low, "s") || strings.HasSuffix(v.low, "ed")) {
			return true
		}
	}
	return v.kind == dyad.TokenWord && !v.upper && v.reg < 0 && relativeVerbs[v.low]
}

// opensPredicate reports whether the words from j open a predicate with
// no subject of its own: a verb of the clause ("is", "will"), or an
// adverb in -ly before one ("normally does not get …").
func (w *work) opensPredicate(j, hi int) bool {
	t := &w.toks[j]
	if t.kind != dyad.TokenWord || t.upper || t.reg >= 0 {
		return false
	}
	if clauseVerbs[t.low] {
		return true
	}
	if len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && j+1 < hi {
		n := &w.toks[j+1]
		return n.kind == dyad.TokenWord && !n.upper && n.reg < 0 && clauseVerbs[n.low]
	}
	return false
}

// relativeEnd returns where the content from cs of a verb whose subject
// [s, e) is a relative pronoun set off by a comma ends: at the comma
// before the main clause's verb ("The study, which notes that …, should
// be …"), when no other comma comes first ("who said that the roads,
// which were new, are closed" keeps its words). It returns hi otherwise.
func (w *work) relativeEnd(s, e, cs, hi int) int {
	if e-s != 1 || s < 1 || (w.toks[s].low != "which" && w.toks[s].low != "who") || w.toks[s].upper || !w.isComma(s-1) {
		return hi
	}
	for i := cs + 1; i+1 < hi; i++ {
		if w.toks[i].reg >= 0 || !w.isComma(i) {
			continue
		}
		if n := &w.toks[i+1]; n.kind == dyad.TokenWord && !n.upper && n.reg < 0 && clauseVerbs[n.low] {
			return i
		}
		return hi
	}
	return hi
}

// relativeAdverbs may open the predicate of a relative pronoun after a
// reporting verb ("which he said now allows …", "who she said also
// had …").
var relativeAdverbs = set("now", "also", "still", "already", "once", "then", "later", "never", "eventually", "soon", "effectively", "actually")

// relativeVerbs open the predicate of a relative pronoun after a
// reporting verb ("which he said was …", "who she said had …").
var relativeVerbs = set("is", "are", "was", "were", "will", "would", "could", "can", "should",
	"may", "might", "must", "had", "has", "have", "did", "does", "represented", "represents",
	"remains", "remained", "includes", "included", "posed", "poses", "cost", "costs")
