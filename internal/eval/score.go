package eval

import (
	"math"
	"strings"

	"github.com/dyad-events/dyad"
)

// Counts are one task's hits and errors.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
	// ExhaustiveTP counts the hits in files that list the task as
	// exhaustive: precision is computed over those files only.
	ExhaustiveTP int `json:"-"`
	// Exhaustive reports whether any file counted lists the task as
	// exhaustive.
	Exhaustive bool `json:"-"`
}

func (c *Counts) add(o *Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.ExhaustiveTP += o.ExhaustiveTP
	c.Exhaustive = c.Exhaustive || o.Exhaustive
}

// Accuracy counts how many of the judged items were right.
type Accuracy struct {
	Right int `json:"right"`
	Total int `json:"total"`
}

func (a *Accuracy) judge(ok bool) {
	a.Total++
	if ok {
		a.Right++
	}
}

func (a *Accuracy) add(o Accuracy) { a.Right += o.Right; a.Total += o.Total }

// Detail is one miss (a gold item no system item matched) or false
// positive (a system item matching no gold item), for --verbose.
type Detail struct {
	Task string `json:"task"`
	// What is "miss", "fp", or "wrong" (a matched item whose mode, date,
	// cue or venue is wrong; Note says which).
	What     string `json:"what"`
	Text     string `json:"text"`
	Sentence string `json:"sentence,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Note     string `json:"note,omitempty"`
}

// FileResult is the score of one gold file.
type FileResult struct {
	Name   string             `json:"id"`
	File   string             `json:"file,omitempty"`
	Counts map[string]*Counts `json:"-"`
	Mode   Accuracy           `json:"-"`
	Date   Accuracy           `json:"-"`
	Venue  Accuracy           `json:"-"`
	Cue    Accuracy           `json:"-"`
	// ByKind breaks the actors task down by gold kind (an extension; only
	// for gold actors that give a kind).
	ByKind map[string]*Counts `json:"-"`
	// QuoteParts scores the two halves of a quote apart (an extension):
	// "content" matches on the quoted words alone, whoever the speaker;
	// "source" counts only gold quotes that name a speaker and system
	// quotes that give one, matched on words and speaker both.
	QuoteParts map[string]*Counts `json:"-"`
	Details    []Detail           `json:"-"`
	// Notes are problems with the gold file met while scoring (a text not
	// found in the article).
	Notes []string `json:"-"`
	// RemovedByCleaning counts, per task, the required gold items whose
	// start/end span lies wholly in text that ingest cleaning removed
	// (a headline, a dateline, a debris line). They are misses.
	RemovedByCleaning map[string]int `json:"-"`
}

// scorer holds what scoring one file needs.
type scorer struct {
	g     *Gold
	doc   *dyad.Document
	text  string
	ftext folded
	// al maps gold offsets (into the raw article) to the clean text.
	al  *alignment
	res *FileResult
}

// Score scores one document against its gold file. Gold offsets are read
// as offsets into g.Text; for a gold file that names its article with
// `file`, use ScoreText with the file's text.
func Score(g *Gold, doc *dyad.Document) *FileResult {
	return ScoreText(g, g.Text, doc)
}

// ScoreText scores one document against its gold file, reading the gold
// start/end offsets as offsets into raw, the article as the gold file gives
// it. When ingest cleaning changed the text, the offsets are carried over
// to the clean text by an alignment of the two (see align); an item whose
// span cleaning removed is a miss, counted in RemovedByCleaning. An empty
// raw means the offsets are into the clean text already.
func ScoreText(g *Gold, raw string, doc *dyad.Document) *FileResult {
	res := &FileResult{Name: g.Name(), File: g.File, Counts: map[string]*Counts{}}
	for _, t := range Tasks {
		res.Counts[t] = &Counts{Exhaustive: g.IsExhaustive(t)}
	}
	s := &scorer{g: g, doc: doc, text: doc.Article.Text, res: res}
	s.ftext = fold(s.text)
	if raw == "" {
		raw = s.text
	}
	s.al = align(raw, s.text)
	s.clean()
	s.actors()
	s.places()
	s.times()
	s.quotes()
	s.events()
	return res
}

// span returns the gold item's span constraint in the document's text.
// has reports whether the item gives one; ok is false when it does but
// cleaning removed the whole span.
func (s *scorer) span(start, end *int) (sp dyad.Span, has, ok bool) {
	if start == nil || end == nil {
		return dyad.Span{}, false, false
	}
	sp, ok = s.al.mapSpan(*start, *end)
	return sp, true, ok
}

// occurrences finds where a gold text occurs, narrowed to the occurrences
// overlapping its span constraint when it has one. When the text is not
// found there, the constraint span itself stands for the text. removed
// reports a span that cleaning removed: the item has no occurrence.
func (s *scorer) occurrences(task, text string, c Common) (occs []dyad.Span, removed bool) {
	sp, has, ok := s.span(c.Start, c.End)
	if has && !ok {
		return nil, true
	}
	occ := s.ftext.findAll(text)
	if has {
		var in []dyad.Span
		for _, o := range occ {
			if o.Overlaps(sp) || (sp.Len() == 0 && o.Start <= sp.Start && sp.Start <= o.End) {
				in = append(in, o)
			}
		}
		if len(in) == 0 {
			s.res.Notes = append(s.res.Notes, task+": "+quoteText(text)+" not found at its span "+sp.String()+"; using the span")
			in = []dyad.Span{sp}
		}
		return in, false
	}
	if len(occ) == 0 {
		s.res.Notes = append(s.res.Notes, task+": "+quoteText(text)+" not found in the article")
	}
	return occ, false
}

// findOcc runs occurrences for n gold items, returning their occurrences
// and which ones cleaning removed.
func (s *scorer) findOcc(task string, n int, item func(g int) (string, Common)) (occ [][]dyad.Span, removed []bool) {
	occ = make([][]dyad.Span, n)
	removed = make([]bool, n)
	for g := range n {
		text, c := item(g)
		occ[g], removed[g] = s.occurrences(task, text, c)
	}
	return occ, removed
}

func quoteText(t string) string {
	if len(t) > 60 {
		t = t[:57] + "..."
	}
	return `"` + t + `"`
}

func overlapsAny(x dyad.Span, occ []dyad.Span) bool {
	for _, o := range occ {
		if x.Overlaps(o) {
			return true
		}
	}
	return false
}

// sentence returns the sentence around x, or a window of the text when
// the document has no sentences.
func (s *scorer) sentence(x dyad.Span) string {
	if i := s.doc.SentenceAt(x.Start); i >= 0 {
		return strings.TrimSpace(s.doc.Text(s.doc.Sentences[i].Span))
	}
	if x.Start < 0 || x.End > len(s.text) || x.Start > x.End {
		return ""
	}
	lo := strings.LastIndexAny(s.text[:x.Start], ".!?\n") + 1
	hi := strings.IndexAny(s.text[x.End:], ".!?\n")
	if hi < 0 {
		hi = len(s.text)
	} else {
		hi += x.End + 1
	}
	return strings.TrimSpace(s.text[lo:hi])
}

// record turns an assignment into counts and details.
func (s *scorer) record(task string, a assignment, removed []bool, goldText func(g int) string, goldSpan func(g int) dyad.Span, sysSpan func(i int) (dyad.Span, string), fpCounts func(i int) bool) *Counts {
	c := s.res.Counts[task]
	c.TP += len(a.pairs)
	if c.Exhaustive {
		c.ExhaustiveTP += len(a.pairs)
	}
	c.FN += len(a.miss)
	for _, g := range a.miss {
		sp := goldSpan(g)
		d := Detail{Task: task, What: "miss", Text: goldText(g), Start: sp.Start, End: sp.End}
		if removed[g] {
			d.Note = "removed by cleaning"
			if s.res.RemovedByCleaning == nil {
				s.res.RemovedByCleaning = map[string]int{}
			}
			s.res.RemovedByCleaning[task]++
		} else if sp.End > 0 {
			d.Sentence = s.sentence(sp)
		} else {
			d.Note = "not found in the article"
		}
		s.res.Details = append(s.res.Details, d)
	}
	if !c.Exhaustive {
		return c
	}
	for _, i := range a.fp {
		if fpCounts != nil && !fpCounts(i) {
			continue
		}
		c.FP++
		sp, text := sysSpan(i)
		s.res.Details = append(s.res.Details, Detail{Task: task, What: "fp", Text: text, Start: sp.Start, End: sp.End, Sentence: s.sentence(sp)})
	}
	return c
}

// firstOcc returns the first occurrence, or the zero span.
func firstOcc(occ []dyad.Span) dyad.Span {
	if len(occ) == 0 {
		return dyad.Span{}
	}
	return occ[0]
}

func (s *scorer) clean() {
	c := s.res.Counts[TaskClean]
	low := s.ftext.s
	for _, b := range s.g.Boilerplate {
		if k := foldKey(b); k != "" && strings.Contains(low, k) {
			c.FN++
			sp := firstOcc(s.ftext.findAll(b))
			s.res.Details = append(s.res.Details, Detail{Task: TaskClean, What: "miss", Text: b, Start: sp.Start, End: sp.End, Note: "boilerplate kept in the clean text"})
			continue
		}
		c.TP++
	}
	for _, m := range s.g.MustKeep {
		if k := foldKey(m); k == "" || strings.Contains(low, k) {
			c.TP++
			continue
		}
		c.FN++
		s.res.Details = append(s.res.Details, Detail{Task: TaskClean, What: "miss", Text: m, Note: "must_keep text missing from the clean text"})
	}
	if c.Exhaustive {
		c.ExhaustiveTP = c.TP
	}
}

// prefixAny reports whether code starts with one of the alternatives (an
// empty list or "" accepts any code, even none).
func prefixAny(code string, alts Alts) bool {
	if alts.Any() {
		return true
	}
	for _, a := range alts {
		if strings.HasPrefix(strings.ToUpper(code), strings.ToUpper(a)) {
			return true
		}
	}
	return false
}

// MentionKind maps a system mention to the gold kinds person, country and
// org (an extension of the gold format for NER-style gold); other mentions
// keep their own kind (role, pronoun, group, anonymous, …). A region's
// name or demonym ("the West", "Europe", "Latin America"), resolved to a
// multi-country region, names no country: its kind is "region".
func MentionKind(m *dyad.Mention) string {
	switch m.Kind {
	case dyad.MentionPerson:
		return "person"
	case dyad.MentionCountry, dyad.MentionCapital, dyad.MentionDemonym:
		if m.Actor != nil && m.Actor.Kind == dyad.ActorRegion {
			return "region"
		}
		return "country"
	case dyad.MentionOrg:
		return "org"
	}
	if m.Actor != nil && m.Kind == "" {
		switch m.Actor.Kind {
		case dyad.ActorPerson:
			return "person"
		case dyad.ActorState:
			return "country"
		case dyad.ActorOrg, dyad.ActorIGO:
			return "org"
		}
	}
	return m.Kind
}

func (s *scorer) actors() {
	gold, sys := s.g.Actors, s.doc.Mentions
	if s.g.ExhaustiveKinds != nil {
		sys = withParts(s.doc.Article.Text, sys)
	}
	occ, removed := s.findOcc(TaskActors, len(gold), func(g int) (string, Common) { return gold[g].Text, gold[g].Common })
	match := func(g, i int) bool {
		it, m := &gold[g], &sys[i]
		if !overlapsAny(m.Span, occ[g]) {
			return false
		}
		if len(it.Code) > 0 && !it.Code.Any() {
			if m.Actor == nil || !prefixAny(m.Actor.Code, it.Code) {
				return false
			}
		}
		return it.Kind == "" || MentionKind(m) == it.Kind
	}
	a := assign(len(gold), len(sys), func(g int) bool { return gold[g].Optional }, match, nil)
	var kinds map[string][]string
	if s.g.ExhaustiveKinds != nil {
		kinds = s.g.ExhaustiveKinds
	}
	fpCounts := func(i int) bool {
		ks, ok := kinds[TaskActors]
		if !ok {
			return true
		}
		k := MentionKind(&sys[i])
		for _, x := range ks {
			if x == k {
				return true
			}
		}
		return false
	}
	c := s.record(TaskActors, a, removed,
		func(g int) string { return gold[g].Text + codeNote(gold[g].Code) },
		func(g int) dyad.Span { return firstOcc(occ[g]) },
		func(i int) (dyad.Span, string) { return sys[i].Span, sys[i].Text + actorNote(&sys[i]) },
		fpCounts)
	// Breakdown by gold kind.
	if s.res.ByKind == nil {
		s.res.ByKind = map[string]*Counts{}
	}
	kc := func(k string) *Counts {
		x := s.res.ByKind[k]
		if x == nil {
			x = &Counts{Exhaustive: c.Exhaustive}
			s.res.ByKind[k] = x
		}
		return x
	}
	for g := range a.pairs {
		if k := gold[g].Kind; k != "" {
			kc(k).TP++
			if c.Exhaustive {
				kc(k).ExhaustiveTP++
			}
		}
	}
	for _, g := range a.miss {
		if k := gold[g].Kind; k != "" {
			kc(k).FN++
		}
	}
	if c.Exhaustive {
		for _, i := range a.fp {
			if fpCounts(i) {
				k := MentionKind(&sys[i])
				kc(k).FP++
			}
		}
	}
	if len(s.res.ByKind) == 0 {
		s.res.ByKind = nil
	}
}

// withParts returns the mentions followed by one uncoded mention for each
// part of a role phrase (dyad.Mention.Parts): NER-style gold (a gold file
// with exhaustive kinds) tags "NDP" and "Jack Layton" in "NDP leader Jack
// Layton" as two names, which the pipeline reports as one mention with a
// part. Without parts it returns the mentions unchanged.
func withParts(text string, ms []dyad.Mention) []dyad.Mention {
	n := 0
	for i := range ms {
		n += len(ms[i].Parts)
	}
	if n == 0 {
		return ms
	}
	out := make([]dyad.Mention, len(ms), len(ms)+n)
	copy(out, ms)
	for i := range ms {
		for _, p := range ms[i].Parts {
			out = append(out, dyad.Mention{Span: p.Span, Text: p.In(text), Kind: p.Kind})
		}
	}
	return out
}

func codeNote(c Alts) string {
	if c.Any() {
		return ""
	}
	return " [" + strings.Join(c, "|") + "]"
}

func actorNote(m *dyad.Mention) string {
	if m.Actor == nil {
		return " [" + m.Kind + ", unresolved]"
	}
	return " [" + m.Actor.Code + "]"
}

// haversine returns the great-circle distance in km.
func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

func (s *scorer) places() {
	gold, sys := s.g.Places, s.doc.Places
	occ, removed := s.findOcc(TaskPlaces, len(gold), func(g int) (string, Common) { return gold[g].Text, gold[g].Common })
	match := func(g, i int) bool {
		it, p := &gold[g], &sys[i]
		if !overlapsAny(p.Span, occ[g]) {
			return false
		}
		if it.Country != "" && !strings.EqualFold(it.Country, p.Country) {
			return false
		}
		if it.Lat != nil && it.Lon != nil {
			km := float64(DefaultKM)
			if it.KM != nil {
				km = *it.KM
			}
			if haversine(*it.Lat, *it.Lon, p.Lat, p.Lon) > km {
				return false
			}
		}
		return true
	}
	a := assign(len(gold), len(sys), func(g int) bool { return gold[g].Optional }, match, nil)
	s.record(TaskPlaces, a, removed,
		func(g int) string { return gold[g].Text },
		func(g int) dyad.Span { return firstOcc(occ[g]) },
		func(i int) (dyad.Span, string) { return sys[i].Span, sys[i].Text + " [" + sys[i].Country + "]" },
		nil)
}

func (s *scorer) times() {
	gold, sys := s.g.Times, s.doc.Times
	occ, removed := s.findOcc(TaskTimes, len(gold), func(g int) (string, Common) { return gold[g].Text, gold[g].Common })
	match := func(g, i int) bool {
		it, t := &gold[g], &sys[i]
		if !overlapsAny(t.Span, occ[g]) {
			return false
		}
		if it.Value == "" && len(it.Alt) == 0 {
			return true
		}
		if sameValue(t.Value, it.Value) {
			return true
		}
		for _, v := range it.Alt {
			if sameValue(t.Value, v) {
				return true
			}
		}
		return false
	}
	a := assign(len(gold), len(sys), func(g int) bool { return gold[g].Optional }, match, nil)
	s.record(TaskTimes, a, removed,
		func(g int) string { return gold[g].Text + " = " + gold[g].Value },
		func(g int) dyad.Span { return firstOcc(occ[g]) },
		func(i int) (dyad.Span, string) { return sys[i].Span, sys[i].Text + " = " + sys[i].Value },
		nil)
}

func (s *scorer) quotes() {
	gold, sys := s.g.Quotes, s.doc.Quotes
	occ, removed := s.findOcc(TaskQuotes, len(gold), func(g int) (string, Common) { return gold[g].Starts, gold[g].Common })
	spk := make([][]dyad.Span, len(gold)) // where an anonymous speaker's words occur
	spkSpan := make([]*dyad.Span, len(gold))
	for i, it := range gold {
		if sp, _, ok := s.span(it.SpeakerStart, it.SpeakerEnd); ok {
			spkSpan[i] = &sp
		}
		if it.Anonymous && it.Speaker != "" {
			spk[i] = s.ftext.findAll(it.Speaker)
		}
	}
	speakerOK := func(g int, q *dyad.Quote) bool {
		it := &gold[g]
		sp := q.Speaker
		if spkSpan[g] != nil && sp != nil && sp.Span.Overlaps(*spkSpan[g]) {
			return true
		}
		switch {
		case it.Anonymous:
			return sp != nil && sp.Anonymous && overlapsAny(sp.Span, spk[g])
		case it.Speaker != "":
			return sp != nil && nameMatch(sp.Name, it.Speaker)
		case spkSpan[g] != nil:
			return false
		}
		return true
	}
	match := func(g, i int) bool {
		q := &sys[i]
		return overlapsAny(q.Span, occ[g]) && speakerOK(g, q)
	}
	pref := func(g, i int) int {
		it, q := &gold[g], &sys[i]
		p := 0
		if it.Venue != "" && nameMatch(q.Venue, it.Venue) {
			p += 2
		}
		if it.Cue != "" && nameMatch(q.Cue, it.Cue) {
			p++
		}
		return p
	}
	a := assign(len(gold), len(sys), func(g int) bool { return gold[g].Optional }, match, pref)
	s.record(TaskQuotes, a, removed,
		func(g int) string { return gold[g].Starts + " — " + gold[g].Speaker },
		func(g int) dyad.Span { return firstOcc(occ[g]) },
		func(i int) (dyad.Span, string) {
			q := &sys[i]
			name := "(no speaker)"
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			return q.Span, clip(q.Text, 80) + " — " + name
		},
		nil)
	s.quoteParts(occ, match)
	for g, i := range a.pairs {
		it, q := &gold[g], &sys[i]
		if it.Venue != "" {
			ok := nameMatch(q.Venue, it.Venue)
			s.res.Venue.judge(ok)
			if !ok {
				s.wrong(TaskQuotes, q.Span, it.Starts, "venue "+q.Venue+", want "+it.Venue)
			}
		}
		if it.Cue != "" {
			ok := nameMatch(q.Cue, it.Cue)
			s.res.Cue.judge(ok)
			if !ok {
				s.wrong(TaskQuotes, q.Span, it.Starts, "cue "+q.Cue+", want "+it.Cue)
			}
		}
	}
}

// quoteParts fills res.QuoteParts (see FileResult) from the quote
// occurrences occ and the full match (words and speaker). Neither part
// adds details: the misses and false positives are the quotes task's.
func (s *scorer) quoteParts(occ [][]dyad.Span, match func(g, i int) bool) {
	gold, sys := s.g.Quotes, s.doc.Quotes
	if len(gold) == 0 && len(sys) == 0 {
		return
	}
	ex := s.res.Counts[TaskQuotes].Exhaustive
	count := func(a assignment, fpCounts func(i int) bool) *Counts {
		c := &Counts{TP: len(a.pairs), FN: len(a.miss), Exhaustive: ex}
		if ex {
			c.ExhaustiveTP = c.TP
			for _, i := range a.fp {
				if fpCounts(i) {
					c.FP++
				}
			}
		}
		return c
	}
	optional := func(g int) bool { return gold[g].Optional }
	content := assign(len(gold), len(sys), optional,
		func(g, i int) bool { return overlapsAny(sys[i].Span, occ[g]) }, nil)
	named := func(g int) bool {
		it := &gold[g]
		return it.Speaker != "" || it.SpeakerStart != nil
	}
	source := assign(len(gold), len(sys),
		func(g int) bool { return optional(g) || !named(g) },
		func(g, i int) bool { return sys[i].Speaker != nil && match(g, i) }, nil)
	s.res.QuoteParts = map[string]*Counts{
		"content": count(content, func(int) bool { return true }),
		"source":  count(source, func(i int) bool { return sys[i].Speaker != nil }),
	}
}

func (s *scorer) wrong(task string, sp dyad.Span, text, note string) {
	s.res.Details = append(s.res.Details, Detail{Task: task, What: "wrong", Text: text, Start: sp.Start, End: sp.End, Sentence: s.sentence(sp), Note: note})
}

func clip(t string, n int) string {
	if len(t) <= n {
		return t
	}
	for n > 0 && !utf8RuneStart(t[n]) {
		n--
	}
	return t[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// eventSpan is where an event was coded from: its sentence, else its
// trigger.
func eventSpan(e *dyad.Event) dyad.Span {
	if e.Sentence.Len() > 0 {
		return e.Sentence
	}
	return e.Trigger.Span
}

func actorCode(a *dyad.EventActor) (string, bool) {
	if a == nil {
		return "", false
	}
	return a.Code, true
}

// dyadOK reports whether source and target codes satisfy the gold
// alternatives; an absent or "" target accepts any target, none included.
func dyadOK(src, tgt Alts, s, t *dyad.EventActor) bool {
	sc, sok := actorCode(s)
	if !src.Any() && (!sok || !prefixAny(sc, src)) {
		return false
	}
	if tgt.Any() {
		return true
	}
	tc, tok := actorCode(t)
	return tok && prefixAny(tc, tgt)
}

func (s *scorer) events() {
	gold, sys := s.g.Events, s.doc.Events
	occ, removed := s.findOcc(TaskEvents, len(gold), func(g int) (string, Common) { return gold[g].Anchor, gold[g].Common })
	match := func(g, i int) bool {
		it, e := &gold[g], &sys[i]
		if !overlapsAny(eventSpan(e), occ[g]) {
			return false
		}
		if !dyadOK(it.Source, it.Target, e.Source, e.Target) &&
			!(it.Symmetric && dyadOK(it.Source, it.Target, e.Target, e.Source)) {
			return false
		}
		if len(it.PLOVER) > 0 {
			return it.PLOVER.Any() || matchFold(e.PLOVER, it.PLOVER)
		}
		if it.Root.Any() {
			return true
		}
		root := e.Root
		if root == "" && len(e.CAMEO) >= 2 {
			root = e.CAMEO[:2]
		}
		for _, r := range it.Root {
			if root == r {
				return true
			}
		}
		return false
	}
	pref := func(g, i int) int {
		it, e := &gold[g], &sys[i]
		p := 0
		if e.Trigger.Len() > 0 && overlapsAny(e.Trigger.Span, occ[g]) {
			p += 4
		}
		if it.Date != "" && e.Date == it.Date {
			p += 2
		}
		if it.Mode != "" && strings.EqualFold(e.Mode, it.Mode) {
			p++
		}
		return p
	}
	a := assign(len(gold), len(sys), func(g int) bool { return gold[g].Optional }, match, pref)
	s.record(TaskEvents, a, removed,
		func(g int) string { return gold[g].Anchor + " " + eventNote(&gold[g]) },
		func(g int) dyad.Span { return firstOcc(occ[g]) },
		func(i int) (dyad.Span, string) { e := &sys[i]; return eventSpan(e), sysEventNote(e) },
		nil)
	for g, i := range a.pairs {
		it, e := &gold[g], &sys[i]
		if it.Mode != "" {
			ok := strings.EqualFold(e.Mode, it.Mode)
			s.res.Mode.judge(ok)
			if !ok {
				s.wrong(TaskEvents, eventSpan(e), it.Anchor, "mode "+e.Mode+", want "+it.Mode)
			}
		}
		if it.Date != "" {
			ok := e.Date == it.Date
			s.res.Date.judge(ok)
			if !ok {
				s.wrong(TaskEvents, eventSpan(e), it.Anchor, "date "+e.Date+", want "+it.Date)
			}
		}
	}
}

func matchFold(v string, alts Alts) bool {
	for _, a := range alts {
		if strings.EqualFold(v, a) {
			return true
		}
	}
	return false
}

func eventNote(e *EventItem) string {
	what := "root " + strings.Join(e.Root, "|")
	if len(e.PLOVER) > 0 {
		what = strings.Join(e.PLOVER, "|")
	}
	return "[" + strings.Join(e.Source, "|") + " → " + strings.Join(e.Target, "|") + " " + what + "]"
}

func sysEventNote(e *dyad.Event) string {
	sc, _ := actorCode(e.Source)
	tc, _ := actorCode(e.Target)
	return e.Trigger.Text + " [" + sc + " → " + tc + " " + e.CAMEO + " " + e.PLOVER + " " + e.Mode + "]"
}
