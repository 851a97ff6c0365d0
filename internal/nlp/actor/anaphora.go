package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Anaphora beyond "he"/"she" (pronoun in grammar.go): the subject pronouns
// "they" and "it", and definite descriptions that stand for actors named
// just before ("the two countries", "the ministry", "the bloc", "the
// militants"). Each resolves only to one clear antecedent of the right
// kind in the same sentence, the previous sentence or (for descriptions)
// the paragraph, and otherwise stays unresolved. A plural anaphor whose
// antecedent is coordinated ("Russia and Ukraine … They") points at the
// first conjunct and copies its actor.

// pairNouns follow "the two" or "both" to name a pair of actors, by the
// kind of actor they take.
var pairNouns = map[string]uint8{
	"countries": pairCountry, "nations": pairCountry, "governments": pairCountry, "states": pairCountry,
	"neighbours": pairCountry, "neighbors": pairCountry,
	"leaders": pairLeader, "presidents": pairLeader, "men": pairLeader,
	"sides": pairSide,
}

const (
	pairCountry uint8 = 1 + iota
	pairLeader
	pairSide
)

// bodyNouns after "the" stand for the one body named just before with
// the noun in its name: "the coalition", "the council", "the agency".
var bodyNouns = map[string]bool{"coalition": true, "alliance": true, "council": true, "agency": true,
	"commission": true, "committee": true}

// armedNouns after "the" stand for a named armed group: "the militants".
var armedNouns = map[string]bool{"militants": true, "rebels": true, "insurgents": true, "jihadists": true}

// armedAdjs before a group noun describe an armed group: "the militant
// group", "the terror organization", "the rebel movement".
var (
	armedAdjs = map[string]bool{"militant": true, "armed": true, "rebel": true, "insurgent": true, "terror": true,
		"terrorist": true, "jihadist": true, "extremist": true, "islamist": true, "separatist": true, "militia": true}
	groupNouns = map[string]bool{"group": true, "organization": true, "organisation": true, "movement": true,
		"outfit": true, "network": true, "faction": true}
)

// itNotActor are words after a sentence-opening "it" that make it an
// expletive or an event rather than an actor: "It is unclear", "It comes
// as …", "It marked the first …".
var itNotActor = map[string]bool{
	"is": true, "was": true, "'s": true, "isn't": true, "wasn't": true, "seems": true, "seemed": true,
	"appears": true, "appeared": true, "remains": true, "remained": true, "became": true, "becomes": true,
	"comes": true, "came": true, "happened": true, "happens": true, "occurred": true, "follows": true,
	"followed": true, "marks": true, "marked": true, "means": true, "meant": true, "takes": true,
	"took": true, "was not": true, "includes": true, "included": true, "costs": true, "cost": true,
	"makes": true, "made": true, "looks": true, "looked": true, "sounds": true, "depends": true,
	"matters": true, "helps": true, "helped": true, "gives": true, "gave": true,
	"take": true, "be": true, "been": true, "read": true, "reads": true, "fell": true, "falls": true,
}

// itAux are auxiliaries that an "it" subject may take, unless "be" or
// "been" follows ("it will be difficult").
var itAux = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "can": true,
	"should": true, "must": true, "has": true, "had": true, "also": true, "not": true, "then": true}

// subjectOpeners may precede a sentence's subject: "But they", "However, it".
var subjectOpeners = map[string]bool{"but": true, "and": true, "however": true, "meanwhile": true, "yet": true,
	"instead": true, "still": true, "later": true, "earlier": true, "so": true, "now": true, "then": true}

// anaphora resolves the anaphors of the current sentence.
func (r *Resolver) anaphora(st *state) {
	n := len(st.toks)
	for k := 0; k < n; k++ {
		t := &st.toks[k]
		if !t.word {
			continue
		}
		w := r.anaphorWordAt(st, k)
		switch w {
		case "they":
			r.they(st, k)
		case "it":
			r.it(st, k)
		case "the", "both":
			if e := r.description(st, k, w == "both"); e > k {
				k = e - 1
			}
		}
	}
}

// anaphorWords are the words anaphora looks at, lower case.
var anaphorWords = [...]string{"they", "it", "the", "both"}

// anaphorWord returns s lower-cased when that is one of anaphorWords,
// else "". It lower-cases no other word: only a token of two to four
// bytes can be one ("İt" is three), and an ASCII one is compared in
// place.
func anaphorWord(s string) string {
	if len(s) < 2 || len(s) > 4 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if l := strings.ToLower(s); slices.Contains(anaphorWords[:], l) {
				return l
			}
			return ""
		}
	}
	for _, a := range anaphorWords {
		if len(a) == len(s) && equalLowerASCII(a, s) {
			return a
		}
	}
	return ""
}

// anaphorWordAt is anaphorWord of token k. A token whose word id is none
// of theirs is none of them (an ASCII token has the id of its lower
// case, and anaphorWord takes no non-ASCII token), so only those tokens
// are compared.
func (r *Resolver) anaphorWordAt(st *state, k int) string {
	if id := st.toks[k].id; r.anaphorIDsOK && id != r.anaphorIDs[0] && id != r.anaphorIDs[1] && id != r.anaphorIDs[2] && id != r.anaphorIDs[3] {
		return ""
	}
	return anaphorWord(st.tokText(k))
}

// lowAt returns token k lower-cased, "" past the sentence. It allocates
// only for a capitalised word in no dictionary or with non-ASCII letters:
// an ASCII word without capitals is its own lower case, and an ASCII word
// the dictionary knows has its lower case (its folded form) in the word
// table already.
func (st *state) lowAt(k int) string {
	if k < 0 || k >= len(st.toks) {
		return ""
	}
	t := &st.toks[k]
	s := st.text[t.start:t.end]
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s
	}
	if t.id >= 0 {
		return st.words[t.id]
	}
	return strings.ToLower(s)
}

// sentDrafts returns the drafts of sentence s that will be emitted (the
// earlier, longer of overlapping ones), in text order, ending before byte
// end when end >= 0.
func (st *state) sentDrafts(s int32, end int) []int32 {
	lo, hi := st.sentRange(s)
	n := 0
	for i := lo; i < hi; i++ {
		if d := &st.drafts[i]; d.span.Start >= 0 && (end < 0 || d.span.End <= end) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]int32, 0, n)
	for i := lo; i < hi; i++ {
		if d := &st.drafts[i]; d.span.Start >= 0 && (end < 0 || d.span.End <= end) {
			out = append(out, int32(i))
		}
	}
	slices.SortStableFunc(out, st.byPosition)
	last := -1
	keep := out[:0]
	for _, i := range out {
		if st.drafts[i].span.Start < last {
			continue
		}
		last = st.drafts[i].span.End
		keep = append(keep, i)
	}
	return keep
}

// inQuote reports whether byte off of sentence s is inside quotation
// marks opened in that sentence or the one before.
func (st *state) inQuote(s int32, off int) bool {
	p := st.text[st.sents[max(s-1, 0)].Start:off]
	return strings.Count(p, "\"")%2 == 1 || strings.Count(p, "“") > strings.Count(p, "”")
}

// openerOnly reports whether text p (before a subject) holds only
// sentence openers: nothing, "But", "However,", "On Monday,".
func openerOnly(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return true
	}
	if strings.ContainsAny(p, "\"“”") {
		return false
	}
	if strings.HasSuffix(p, ",") {
		// "On Monday," but not an apposition ("A first outbreak, it …")
		l := strings.ToLower(p)
		return !strings.HasPrefix(l, "a ") && !strings.HasPrefix(l, "an ") && !strings.HasPrefix(l, "the ")
	}
	if l := strings.ToLower(p); l == "the" || strings.HasSuffix(l, ", the") || strings.HasSuffix(l, " the") && subjectOpeners[strings.TrimSuffix(l, " the")] {
		return true // "The World Health Organization"
	}
	return !strings.Contains(p, " ") && subjectOpeners[strings.ToLower(p)]
}

// countNouns and quantifiers may come before a plural subject and count
// it: "Thousands of protesters", "Tens of thousands of Sudanese", "Many
// farmers", "More than 200 workers".
var (
	countNouns  = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true, "millions": true}
	quantifiers = map[string]bool{"many": true, "some": true, "several": true}
	approx      = map[string]bool{"about": true, "around": true, "nearly": true, "over": true, "some": true, "almost": true}
)

// trimQuantity returns p, the words before a subject, without a
// quantity that ends it, so that the counted phrase is the subject.
func trimQuantity(p string) string {
	ws := strings.Fields(p)
	n := len(ws)
	low := func(i int) string { return strings.ToLower(ws[i]) }
	switch {
	case n >= 2 && low(n-1) == "of" && countNouns[low(n-2)]:
		n -= 2
		if n >= 2 && low(n-1) == "of" && (low(n-2) == "tens" || low(n-2) == "hundreds") {
			n -= 2 // "tens of thousands of"
		}
	case n >= 1 && (quantifiers[low(n-1)] || strings.Trim(ws[n-1], "0123456789,") == "" && !strings.HasSuffix(ws[n-1], ",")):
		n--
		switch {
		case n >= 2 && (low(n-2) == "more" || low(n-2) == "at") && (low(n-1) == "than" || low(n-1) == "least"):
			n -= 2
		case n >= 1 && approx[low(n-1)]:
			n--
		}
	default:
		return p
	}
	return strings.Join(ws[:n], " ")
}

// subject returns the drafts of sentence s's subject, read before byte
// end (-1: the whole sentence): its first mention when only openers come
// before it, with the mentions coordinated with it ("Russia and
// Ukraine"). None when the first mention is a possessor or inside quotes.
func (st *state) subject(s int32, end int) []int32 {
	ds := st.sentDrafts(s, end)
	if len(ds) == 0 {
		return nil
	}
	d := &st.drafts[ds[0]]
	if !openerOnly(trimQuantity(st.text[st.sents[s].Start:d.span.Start])) {
		return nil
	}
	if len(ds) > 1 && possessorOf(st.text[d.span.End:st.drafts[ds[1]].span.Start]) {
		// "Jeffs' attorneys", "Iran's foreign ministry": the possessed
		// actor is the subject
		ds = ds[1:]
		d = &st.drafts[ds[0]]
	}
	if !d.coded {
		return nil
	}
	out := []int32{ds[0]}
	for j := 1; j < len(ds); j++ {
		gap := strings.TrimSpace(st.text[st.drafts[ds[j-1]].span.End:st.drafts[ds[j]].span.Start])
		if gap != "and" && gap != "," && gap != ", and" || !st.drafts[ds[j]].coded {
			break
		}
		out = append(out, ds[j])
	}
	if last := out[len(out)-1]; len(out) > 1 && strings.HasSuffix(strings.TrimSpace(st.text[st.drafts[out[len(out)-2]].span.End:st.drafts[last].span.Start]), ",") {
		out = out[:len(out)-1] // "Russia, Ukraine" is an apposition, not a list
	}
	e := st.drafts[out[len(out)-1]].span.End
	if rest := st.text[e:min(e+4, len(st.text))]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return nil
	}
	return out
}

// possessorOf reports whether gap, the text between two mentions, makes
// the first the possessor of the second: "'s ", "’s ", "' ".
func possessorOf(gap string) bool {
	switch gap {
	case "'s ", "’s ", "' ", "’ ":
		return true
	}
	return false
}

// root returns the draft an anaphor chain ends at: draft i itself, or
// for an anaphor ("it", "they", a description) the named mention it was
// resolved to ("Iran … it stopped … In 2021, it expelled").
func (st *state) root(i int32) int32 {
	for n := 0; n < 4; n++ {
		d := &st.drafts[i]
		if !d.anaphor || d.ante < 0 || int(d.ante) >= len(st.drafts) {
			break
		}
		i = d.ante
	}
	return i
}

// plural reports whether draft i stands for several people or actors
// (an anaphor: its antecedent, or a pair).
func (st *state) plural(i int32) bool {
	if st.drafts[i].pair > 0 {
		return true
	}
	i = st.root(i)
	d := &st.drafts[i]
	return d.kind == dyad.MentionGroup || d.kind == dyad.MentionAnonymous && !d.person
}

// pluralWord reports whether draft i, a body or role not among the
// plurals, ends in a plural noun: "police", "the security forces".
func (st *state) pluralWord(i int32) bool {
	d := &st.drafts[i]
	if d.person || d.kind != dyad.MentionRole && d.kind != dyad.MentionOrg {
		return false
	}
	w := strings.ToLower(st.text[d.span.Start:d.span.End])
	w = w[strings.LastIndexByte(w, ' ')+1:]
	return w == "police" || w == "military" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// maxTheyGap is the most words between a subject and a "they" of its
// own sentence that refers back to it ("Analysts told VOA they …",
// "The researchers found when fish were plentiful, they …").
const maxTheyGap = 6

// they resolves "they" at token k: to the plural subject of its own
// sentence before it ("Protesters gathered where they …"), or, when it
// opens its sentence, to the previous sentence's plural subject, when no
// other plural actor is named in between.
func (r *Resolver) they(st *state, k int) {
	off := st.toks[k].start
	if st.inQuote(st.sent, off) {
		return
	}
	subj := st.subject(st.sent, off)
	s := st.sent
	if subj != nil && len(strings.Fields(st.text[st.drafts[subj[len(subj)-1]].span.End:off])) > maxTheyGap && !st.coordinatedClause(k) {
		return // "Rights groups say the five could face … if they are added"
	}
	if subj == nil {
		if len(st.sentDrafts(s, off)) > 0 || !openerOnly(st.text[st.sents[s].Start:off]) || s == 0 {
			return
		}
		s--
		subj = st.subject(s, -1)
	}
	if subj == nil || len(subj) == 1 && !st.plural(subj[0]) && !st.peopleSubject(subj[0]) && !st.pluralBody(subj[0]) {
		return
	}
	end := off
	if s != st.sent {
		end = -1
	}
	for _, i := range st.sentDrafts(s, end) {
		if !slices.Contains(subj, i) && (st.plural(i) || st.pluralWord(i)) && st.drafts[i].coded {
			return // "Police clashed with protesters. They …"
		}
	}
	second := int32(-1)
	if len(subj) == 2 {
		second = subj[1]
	} else if p := st.drafts[subj[0]].pair; p > 0 {
		second = p - 1 // "The two countries agreed … They will meet again"
	}
	st.addAnaphor(k, k+1, subj[0], second, dyad.MentionPronoun)
}

// pluralBody reports whether draft i, a body the subject of its sentence,
// is plural: by its head noun ("Houthi rebels", "the security forces",
// "police": pluralWord) or by the verb it takes ("The Taliban have
// ruled", "the Houthis say"), so that a "they" after it stands for it
// ("Houthi rebels said they attacked a ship").
func (st *state) pluralBody(i int32) bool {
	d := &st.drafts[st.root(i)]
	if d.person || d.kind != dyad.MentionRole && d.kind != dyad.MentionOrg {
		return false
	}
	if st.pluralWord(st.root(i)) {
		return true
	}
	rest := strings.TrimLeft(st.text[d.span.End:], " ")
	w, _, _ := strings.Cut(rest, " ")
	return pluralVerbs[w]
}

// pluralVerbs agree with a plural subject only.
var pluralVerbs = map[string]bool{"have": true, "are": true, "were": true, "say": true, "do": true, "claim": true, "deny": true}

// peopleSubject reports whether draft i, the subject of its sentence,
// is a demonym standing for people ("Sudanese began protesting", "Tens
// of thousands of Sudanese marched"): one followed by a verb, not a noun.
func (st *state) peopleSubject(i int32) bool {
	d := &st.drafts[st.root(i)]
	if d.kind != dyad.MentionDemonym {
		return false
	}
	rest := strings.TrimLeft(st.text[d.span.End:], " ")
	w, _, _ := strings.Cut(rest, " ")
	if w == "" || !unicode.IsLower(rune(w[0])) {
		return false
	}
	return strings.HasSuffix(w, "ed") || itAux[w] || w == "are" || w == "were" || w == "have" || w == "began" || w == "took" || w == "say" || w == "said"
}

// coordinatedClause reports whether token k opens a main clause joined
// to the one before by ", but", ", and", ", yet" or ", so" ("Officials
// did not respond to requests for comment, but they have denied …"): its
// subject is the first clause's, however long that clause is.
func (st *state) coordinatedClause(k int) bool {
	switch st.lowAt(k - 1) {
	case "but", "and", "yet", "so":
		return st.lowAt(k-2) == ","
	}
	return false
}

// it resolves an "it" that opens its sentence, as the subject of an
// action ("It also warned …"), to the previous sentence's subject when
// that is one country or organisation.
func (r *Resolver) it(st *state, k int) {
	off := st.toks[k].start
	s := st.sent
	if s == 0 || st.inQuote(s, off) || len(st.sentDrafts(s, off)) > 0 || !openerOnly(st.text[st.sents[s].Start:off]) {
		return
	}
	nx := st.lowAt(k + 1)
	if k+1 >= len(st.toks) || !st.toks[k+1].word || itNotActor[nx] || st.lowAt(k+2) == "be" || st.lowAt(k+2) == "been" || st.lowAt(k+2) == "not" && itAux[nx] {
		return
	}
	if itAux[nx] && itNotActor[st.lowAt(k+2)] {
		return
	}
	subj := st.subject(s-1, -1)
	if len(subj) != 1 || st.drafts[subj[0]].pair > 0 {
		return
	}
	d := &st.drafts[st.root(subj[0])]
	if d.person || d.actor.Anonymous || d.kind != dyad.MentionCountry && d.kind != dyad.MentionCapital && d.kind != dyad.MentionOrg || st.pluralWord(st.root(subj[0])) {
		return
	}
	st.addAnaphor(k, k+1, subj[0], -1, dyad.MentionPronoun)
}

// description resolves a definite description starting at token k ("the"
// or, with both, "both") and returns the token after it, or k when there
// is none.
func (r *Resolver) description(st *state, k int, both bool) int {
	w1 := st.lowAt(k + 1)
	switch {
	case both || w1 == "two":
		e := k + 2
		if !both {
			e = k + 3
		}
		kind := pairNouns[st.lowAt(e-1)]
		if kind == 0 {
			return k
		}
		if st.inQuote(st.sent, st.toks[k].start) {
			return e // "fine people on both sides"
		}
		if a, b := st.pairBefore(st.toks[k].start, kind); a >= 0 {
			st.addAnaphor(k, e, a, b, "")
		}
		return e
	case (w1 == "ministry" || w1 == "embassy" || w1 == "consulate") && st.lowAt(k+2) != "of" && st.lowAt(k+2) != "'s":
		// "the US Embassy in London … The embassy declined": the one
		// ministry, embassy or consulate named before (an embassy or a
		// consulate is named once and referred back to across
		// paragraphs: the whole text before it)
		named := func(d *draft) bool {
			return !d.person && d.ante < 0 && strings.Contains(strings.ToLower(st.text[d.span.Start:d.span.End]), w1) &&
				!strings.EqualFold(st.text[d.span.Start:d.span.End], "the "+w1)
		}
		a := st.uniqueBefore(st.toks[k].start, named)
		if a < 0 && w1 != "ministry" {
			a = st.uniqueInText(st.toks[k].start, named)
		}
		if a >= 0 {
			st.addAnaphor(k, k+2, a, -1, "")
		}
		return k + 2
	case bodyNouns[w1] && st.lowAt(k+2) != "of" && st.lowAt(k+2) != "'s":
		// "the Global Coalition to Defeat ISIS … The coalition came to
		// Iraq", "the U.N. Security Council … the council": the one body
		// named with the noun ("the alliance": also NATO).
		if a := st.uniqueBefore(st.toks[k].start, func(d *draft) bool {
			t := strings.ToLower(st.text[d.span.Start:d.span.End])
			return !d.person && d.ante < 0 && (strings.Contains(t, w1) && t != "the "+w1 || w1 == "alliance" && d.actor.Code == "IGOWSTNAT")
		}); a >= 0 {
			kind := dyad.MentionRole // a description, no name
			if w1 == "coalition" || w1 == "alliance" {
				kind = ""
			}
			st.addAnaphor(k, k+2, a, -1, kind)
		}
		return k + 2
	case w1 == "groups" && st.lowAt(k+2) != "of":
		// "rights groups … the groups bringing the lawsuits": the one
		// kind of groups named before.
		if a := st.uniqueBefore(st.toks[k].start, func(d *draft) bool {
			t := strings.ToLower(st.text[d.span.Start:d.span.End])
			return !d.person && d.ante < 0 && strings.HasSuffix(t, " groups") && t != "the groups"
		}); a >= 0 {
			st.addAnaphor(k, k+2, a, -1, "")
		}
		return k + 2
	case w1 == "bloc" || st.blocAfter(k+1) > 0:
		// "the bloc", "the 27-nation bloc", "the regional bloc": the
		// one international organisation named before.
		e := k + 2
		if w1 != "bloc" {
			e = st.blocAfter(k+1) + 1
		}
		if a := st.uniqueBefore(st.toks[k].start, func(d *draft) bool {
			return !d.person && strings.HasPrefix(d.actor.Code, "IGO")
		}); a >= 0 {
			st.addAnaphor(k, e, a, -1, "")
		}
		return e
	case w1 == "world" && st.lowAt(k+2) == "body":
		// "the world body": the United Nations (or its body) named
		// before.
		if a := st.uniqueBefore(st.toks[k].start, func(d *draft) bool {
			return !d.person && strings.HasPrefix(d.actor.Code, "IGOUNO")
		}); a >= 0 {
			st.addAnaphor(k, k+3, a, -1, "")
		}
		return k + 3
	case armedNouns[w1]:
		// (a leader of the group names it too, and one of another group
		// competes: "Hamas leader X … the militants")
		named := func(d *draft) bool {
			return st.named(d) && armedNonState(d.actor.Code)
		}
		a := st.uniqueGroup(st.toks[k].start, named)
		if a < 0 {
			// "the Taliban … the pact the United States negotiated with
			// the insurgents in Qatar's capital": the one armed group the
			// text has named, wherever they are now (not Qatar's rebels)
			a = st.uniqueInText(st.toks[k].start, named)
		}
		if a >= 0 {
			st.addAnaphor(k, k+2, a, -1, "")
		}
		return k + 2
	case armedAdjs[w1] && groupNouns[st.lowAt(k+2)] && st.lowAt(k+3) != "of":
		// "Islamic State claimed the bombing. The terror group said …":
		// the one armed group named just before.
		if a := st.uniqueGroup(st.toks[k].start, func(d *draft) bool {
			return st.named(d) && armedNonState(d.actor.Code)
		}); a >= 0 {
			st.addAnaphor(k, k+3, a, -1, dyad.MentionRole)
		}
		return k + 3
	case w1 == "group" && st.lowAt(k+2) != "of":
		// "Islamic State claimed the attack. The group said …": the one
		// non-state organisation named just before.
		if a := st.uniqueGroup(st.toks[k].start, func(d *draft) bool {
			return st.named(d) && d.kind != dyad.MentionCountry && d.kind != dyad.MentionCapital && nonState(d.actor)
		}); a >= 0 {
			st.addAnaphor(k, k+2, a, -1, dyad.MentionRole)
		}
		return k + 2
	}
	if e, ok := st.countryNoun(k); ok {
		return e
	}
	if e, ok := st.ageEpithet(k); ok {
		return e
	}
	if e, ok := st.sameHead(k); ok {
		return e
	}
	return k
}

// blocModifiers may stand before "bloc" in a description of an
// international organisation; a number before "-nation", "-member" or
// "-country" may too ("the 27-nation bloc").
var blocModifiers = map[string]bool{"regional": true, "trade": true, "trading": true, "economic": true, "political": true}

// blocAfter returns the token of "bloc" after the modifiers of a bloc
// from token j on ("27-nation bloc", "regional bloc"), -1 when none.
func (st *state) blocAfter(j int) int {
	if blocModifiers[st.lowAt(j)] {
		j++
	} else if j+2 < len(st.toks) && isNumber(st.lowAt(j)) && st.lowAt(j+1) == "-" {
		switch st.lowAt(j + 2) {
		case "nation", "member", "country", "state":
			j += 3
		default:
			return -1
		}
	} else {
		return -1
	}
	if st.lowAt(j) == "bloc" {
		return j
	}
	return -1
}

// isNumber reports whether w is written in digits or is a number word up
// to thirty.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	digits := true
	for _, r := range w {
		if r < '0' || r > '9' {
			digits = false
			break
		}
	}
	return digits || numberWords[w]
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true, "thirty": true}

// countryNoun resolves "the country", "the nation" or such a noun after
// up to two adjectives ("the central African nation", "the Middle
// Eastern nation") at token k to the one country named in the window
// before it; it returns the token after the description. A possessive
// ("the country's") is left to the phrase it opens.
func (st *state) countryNoun(k int) (int, bool) {
	e := -1
	for j := k + 1; j < len(st.toks) && j <= k+3; j++ {
		if !st.toks[j].word {
			break
		}
		if w := st.lowAt(j); w == "country" || w == "nation" {
			e = j + 1
			break
		}
	}
	if e < 0 || st.lowAt(k+1) == "two" || st.lowAt(e) == "'s" || st.lowAt(e) == "’s" || st.lowAt(e) == "of" || st.lowAt(e) == "'" {
		return k, false
	}
	for j := k + 1; j < e-1; j++ {
		if w := st.lowAt(j); w == "other" || w == "whole" || w == "same" || w == "first" || w == "only" || w == "next" || w == "host" || w == "home" {
			return k, false // "the other country", "the host nation"
		}
	}
	best, country := int32(-1), ""
	for _, i := range st.window(st.toks[k].start) {
		d := &st.drafts[i]
		if !d.coded || d.actor.Country == "" || d.kind == dyad.MentionDemonym || d.defaulted || d.actor.Sector == "MED" || d.actor.Sector == "BUS" {
			continue
		}
		if country != "" && d.actor.Country != country {
			// (a body or a person of another country competes: "the
			// Somali government … the country")
			st.dropRegionIn(k, e)
			return e, true
		}
		country = d.actor.Country
		if best < 0 && d.kind == dyad.MentionCountry {
			best = i
		}
	}
	switch {
	case best >= 0:
		st.addAnaphor(k, e, best, -1, dyad.MentionRole)
	case country != "":
		// "Indonesia's president … the Southeast Asian nation": the
		// one country named, inside another mention.
		st.dropRegionIn(k, e)
		sp := dyad.Span{Start: st.toks[k].start, End: st.toks[e-1].end}
		if !st.coveredSpan(sp) {
			d := draft{span: sp, kind: dyad.MentionRole, actor: dyad.Actor{Code: country, Country: country, Kind: dyad.ActorState, Name: st.text[sp.Start:sp.End]}, coded: true, ante: -1, source: "coref", keyID: -1, anaphor: true}
			d.sent, d.para = st.sent, st.para
			st.drafts = append(st.drafts, d)
		}
	default:
		st.dropRegionIn(k, e)
	}
	return e, true
}

// dropRegionIn drops the region mentions inside tokens [k, e) of the
// sentence: "the Southeast Asian nation" is a country, never the
// region its adjective names.
func (st *state) dropRegionIn(k, e int) {
	a, b := st.toks[k].start, st.toks[e-1].end
	lo, hi := st.sentRange(st.sent)
	for j := lo; j < hi; j++ {
		p := &st.drafts[j]
		if p.span.Start >= a && p.span.End <= b && p.actor.Kind == dyad.ActorRegion {
			p.span.Start = -1
		}
	}
}

// coveredSpan reports whether a live draft of the sentence overlaps sp.
func (st *state) coveredSpan(sp dyad.Span) bool {
	lo, hi := st.sentRange(st.sent)
	for j := lo; j < hi; j++ {
		p := &st.drafts[j]
		if p.span.Start >= 0 && p.span.End > sp.Start && p.span.Start < sp.End {
			return true
		}
	}
	return false
}

// ageVerbs may follow an age standing alone for a person: "the
// 79-year-old said", "the 27-year-old has".
var ageVerbs = map[string]bool{"said": true, "says": true, "told": true, "was": true, "is": true, "has": true,
	"had": true, "will": true, "would": true, "who": true, "also": true, "denied": true}

// ageEpithet resolves "the 79-year-old" at token k, standing alone as a
// subject (before a verb or a comma), to the one person named in the
// window before it; it returns the token after the epithet.
func (st *state) ageEpithet(k int) (int, bool) {
	n := st.lowAt(k + 1)
	if n == "" || strings.Trim(n, "0123456789") != "" || st.lowAt(k+2) != "-" || st.lowAt(k+3) != "year-old" {
		return k, false
	}
	e := k + 4
	if nx := st.lowAt(e); !(nx == "," || ageVerbs[nx] || strings.HasSuffix(nx, "ed") && e < len(st.toks) && !st.toks[e].cap) {
		return k, false // "the 27-year-old man", "the 79-year-old's"
	}
	a := st.uniqueBefore(st.toks[k].start, func(d *draft) bool {
		return d.person && (d.kind == dyad.MentionPerson || d.ante >= 0 && int(d.ante) < len(st.drafts) && st.drafts[d.ante].kind == dyad.MentionPerson)
	})
	if a < 0 {
		return e, true
	}
	st.addAnaphor(k, e, a, -1, dyad.MentionRole)
	return e, true
}

// sameHead resolves "the" + noun at token k when the actor stage read the
// two words as an actor ("the officials", "the spokesperson", "the
// minister") and one actor named just before ends in the same noun
// ("Iraqi officials", "an Interpol spokesperson", "the country's
// information minister"): the description repeats that mention's head.
// It returns the token after the description.
func (st *state) sameHead(k int) (int, bool) {
	if k+1 >= len(st.toks) || !st.toks[k+1].word || st.toks[k+1].cap {
		return k, false
	}
	sp := dyad.Span{Start: st.toks[k].start, End: st.toks[k+1].end}
	own := int32(-1)
	lo, hi := st.sentRange(st.sent)
	for i := lo; i < hi; i++ {
		if d := &st.drafts[i]; d.span == sp && !d.anaphor {
			own = int32(i)
		}
	}
	if own < 0 || k+2 < len(st.toks) && (st.lowAt(k+2) == "of" || st.toks[k+2].word && st.toks[k+2].cap) {
		return k, false
	}
	head := " " + st.lowAt(k+1)
	a := st.uniqueBefore(sp.Start, func(d *draft) bool {
		if d.actor.Code == "" || d.actor.Anonymous && d.actor.Country == "" && !strings.HasPrefix(d.actor.Code, "IGO") {
			return false
		}
		t := st.text[d.span.Start:d.span.End]
		if !isASCII(t) {
			t = strings.ToLower(t)
		} else if !hasSuffixFold(t, head) {
			return false // (most drafts: decided without a copy)
		} else {
			t = strings.ToLower(t)
		}
		return strings.HasSuffix(t, head) && !strings.HasPrefix(t, "the"+head) && !strings.HasPrefix(t, "a"+head) && !strings.HasPrefix(t, "an"+head) &&
			!st.lastConjunct(d.span.Start)
	})
	if a < 0 {
		return k, false
	}
	st.addAnaphor(k, k+2, a, -1, st.drafts[own].kind)
	return k + 2, true
}

// lastConjunct reports whether the mention at byte off is the last of
// coordinated modifiers sharing its noun ("12 Somali and 11 Yemeni
// pirates"): it names only part of what a later description stands for.
func (st *state) lastConjunct(off int) bool {
	ws := strings.Fields(strings.ToLower(st.text[max(0, off-24):off]))
	if n := len(ws); n > 0 && strings.Trim(ws[n-1], "0123456789,") == "" {
		ws = ws[:n-1]
	}
	n := len(ws)
	return n > 0 && (ws[n-1] == "and" || ws[n-1] == "or")
}

// nonState reports whether a is an organisation outside the state: an
// armed group, a party, a company, a rights, aid or media group.
func nonState(a dyad.Actor) bool {
	if armedNonState(a.Code) {
		return true
	}
	switch a.Sector {
	case "NGO", "HRI", "PTY", "BUS", "MED", "OPP", "REB", "INS", "SEP", "CRM", "REL", "EDU":
		return true
	}
	return strings.HasPrefix(a.Code, "NGO")
}

// uniqueGroup returns the latest draft that is not a person among the
// drafts in the window before byte off that ok accepts, when all of them
// (people too: a group's leader) share one code; else -1.
func (st *state) uniqueGroup(off int, ok func(*draft) bool) int32 {
	best, code := int32(-1), ""
	for _, i := range st.window(off) {
		d := &st.drafts[i]
		if !d.coded || !ok(d) {
			continue
		}
		if code == "" {
			code = d.actor.Code
		} else if d.actor.Code != code {
			return -1
		}
		if best < 0 && !d.person {
			best = i
		}
	}
	return best
}

// armedNonState reports whether code is an armed group outside a state:
// rebels, insurgents, separatists or a militant group.
func armedNonState(code string) bool {
	return strings.HasPrefix(code, "IMG") || len(code) >= 6 && (code[3:6] == "REB" || code[3:6] == "INS" || code[3:6] == "SEP")
}

// named reports whether draft d names its actor (an organisation, or a
// phrase with a capitalised word past its first letter: "Houthi rebels",
// "al-Shabab") rather than describing it ("the militants").
func (st *state) named(d *draft) bool {
	if d.kind == dyad.MentionOrg || len(d.actor.Code) > 6 && d.actor.Code[3:6] != "GOV" && !d.actor.Anonymous {
		return true // (or one the dictionary knows by name: "Taliban fighters", AFGREBTAL)
	}
	s := st.text[d.span.Start:d.span.End]
	for i, c := range s {
		if i > 0 && unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// window returns the drafts an anaphor at byte off may refer to, latest
// first: those before it in its sentence, then those of the previous
// sentence and of up to two more before it in the same paragraph.
func (st *state) window(off int) []int32 {
	out := st.sentDrafts(st.sent, off)
	slices.Reverse(out)
	for s := st.sent - 1; s >= 0; s-- {
		if s < st.sent-1 && (st.sentPara[s] != st.sentPara[st.sent] || s < st.sent-3) {
			break
		}
		ds := st.sentDrafts(s, -1)
		slices.Reverse(ds)
		out = append(out, ds...)
	}
	return out
}

// uniqueBefore returns the latest draft in the window before byte off that
// ok accepts, when all the drafts it accepts there are one actor; else -1.
func (st *state) uniqueBefore(off int, ok func(*draft) bool) int32 {
	best := int32(-1)
	for _, i := range st.window(off) {
		d := &st.drafts[i]
		if !d.coded || !ok(d) {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		if b := &st.drafts[best]; b.actor.Code != d.actor.Code || b.actor.Name != d.actor.Name {
			return -1
		}
	}
	return best
}

// uniqueInText is uniqueBefore over every sentence before byte off.
func (st *state) uniqueInText(off int, ok func(*draft) bool) int32 {
	best := int32(-1)
	for s := st.sent; s >= 0; s-- {
		end := -1
		if s == st.sent {
			end = off
		}
		for _, i := range st.sentDrafts(s, end) {
			d := &st.drafts[i]
			if !d.coded || !ok(d) {
				continue
			}
			if best < 0 {
				best = i
			} else if b := &st.drafts[best]; b.actor.Code != d.actor.Code || b.actor.Name != d.actor.Name {
				return -1
			}
		}
	}
	return best
}

// pairBefore returns the two actors of the given kind that a
// pair description at byte off stands for: the only two named before it in
// its sentence, or when none are, in the previous sentence (a pair
// description there counts as its pair); else -1.
func (st *state) pairBefore(off int, kind uint8) (int32, int32) {
	for s, end := st.sent, off; s >= 0 && s >= st.sent-1; s, end = s-1, -1 {
		var firsts []int32
		var keys []string
		add := func(i int32) {
			d := &st.drafts[i]
			key := d.actor.Code + "|" + d.actor.Name
			if !slices.Contains(keys, key) {
				keys = append(keys, key)
				firsts = append(firsts, i)
			}
		}
		for _, i := range st.sentDrafts(s, end) {
			d := &st.drafts[i]
			if d.pair > 0 {
				add(d.ante)
				add(d.pair - 1)
				continue
			}
			if d.coded && !d.actor.Anonymous && pairMember(st, d, kind) && !(s == st.sent && st.speaksOf(d, off)) {
				add(i)
			}
		}
		switch {
		case len(keys) == 2 && st.drafts[firsts[0]].person == st.drafts[firsts[1]].person:
			return firsts[0], firsts[1]
		case len(keys) > 0:
			return -1, -1
		}
	}
	return -1, -1
}

// pairVerbs are verbs whose subject speaks about or to a pair named in
// their object or complement, and so is not one of it: "the United
// Nations says both sides committed abuses", "Egypt urged the two
// countries to talk".
var pairVerbs = map[string]bool{"says": true, "said": true, "say": true, "accused": true, "accuses": true,
	"urged": true, "urges": true, "blamed": true, "blames": true, "warned": true, "warns": true, "told": true,
	"called": true, "calls": true, "asked": true, "asks": true, "believes": true, "believe": true, "thinks": true}

// speaksOf reports whether draft d is the subject of a speech verb whose
// complement holds byte off: only the verb, a time or "that" between.
func (st *state) speaksOf(d *draft, off int) bool {
	ws := strings.Fields(strings.ToLower(st.text[d.span.End:off]))
	if len(ws) == 0 || len(ws) > 4 || !pairVerbs[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		switch w {
		case "that", "on", "in", "both", "the", "two", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		default:
			return false
		}
	}
	return true
}

// pairMember reports whether d may be one of a pair of the given kind.
func pairMember(st *state, d *draft, kind uint8) bool {
	switch kind {
	case pairCountry:
		return !d.person && (d.kind == dyad.MentionCountry || d.kind == dyad.MentionCapital || d.kind == dyad.MentionDemonym)
	case pairLeader:
		return d.person && (d.kind == dyad.MentionPerson || d.kind == dyad.MentionRole || d.kind == dyad.MentionPronoun)
	}
	switch d.kind {
	case dyad.MentionCountry, dyad.MentionCapital, dyad.MentionOrg, dyad.MentionPerson:
		return true
	case dyad.MentionGroup:
		return st.named(d)
	}
	return false
}

// addAnaphor makes tokens [i, e) of the sentence a mention of draft
// ante's actor (with second, when not -1, the other of a pair): it
// replaces the drafts already there, or adds one of kind (the
// antecedent's kind when "").
func (st *state) addAnaphor(i, e int, ante, second int32, kind string) {
	sp := dyad.Span{Start: st.toks[i].start, End: st.toks[e-1].end}
	a := &st.drafts[ante]
	for n := 0; n < 4 && a.ante >= 0 && a.source == "coref" && int(a.ante) < len(st.drafts); n++ {
		// (an anaphor of an anaphor: the named one)
		ante = a.ante
		a = &st.drafts[ante]
	}
	if kind == "" {
		kind = a.kind
	}
	d := draft{span: sp, kind: kind, actor: a.actor, coded: true, ante: ante, source: "coref", keyID: -1, anaphor: true}
	d.person = a.person && second < 0 && kind != dyad.MentionPronoun // "the spokesperson": a "he" or "she" may follow
	d.pair = second + 1
	lo, hi := st.sentRange(st.sent)
	for j := lo; j < hi; j++ {
		p := &st.drafts[j]
		if p.span.Start < 0 || p.span.End <= sp.Start || p.span.Start >= sp.End {
			continue
		}
		if p.span.Start < sp.Start || p.span.End > sp.End {
			return // inside a longer mention: "the ministry of defence"
		}
		p.span.Start = -1 // replaced
	}
	d.sent, d.para = st.sent, st.para
	st.drafts = append(st.drafts, d)
}

// dropOrphans drops the anaphors whose antecedent was dropped (a bare
// group noun that got no country).
func (st *state) dropOrphans() {
	for i := range st.drafts {
		d := &st.drafts[i]
		if d.anaphor && d.ante >= 0 && int(d.ante) < len(st.drafts) && st.drafts[d.ante].span.Start < 0 {
			d.span = dyad.Span{Start: -1, End: -1}
		}
	}
}
