// Package when is the times stage of the dyad pipeline: it finds time
// expressions in an article and normalizes them to TimeML TIMEX3 values,
// resolving relative ones ("on Sunday", "last month", "earlier this
// year") against the publication date in the article's time zone.
//
// Recognition is a hand-written grammar over the package's own tokens,
// driven by an embedded lexicon (months, weekdays, number words, units,
// zones, tense cues). Direction ("on Sunday" in a report of what happened
// is the Sunday before publication; in "will meet on Tuesday" it is the
// next one) comes from cue words in the clause, read by TenseAt, which the
// events stage also uses. A day of the month with no year is the nearest
// one within three months, except that a past verb it completes ("the
// quarter ended Sept. 30", "died on Aug. 2") puts it before publication:
// statements about a period that has not ended yet say "ending". The end
// of a weekday range ("from Monday until Thursday") follows its start.
// A holiday is this year's, or the one before or after by tense; its
// week or weekend ("as Easter week began") is this year's while it
// holds the publication day. A weekday that "declared", "designated" or
// "proclaimed" takes as its object ("declared Tuesday as a day of
// mourning") is ahead. "today" inside a quotation is the day the words
// were spoken ("yesterday", "tomorrow", a weekday and "last week" count
// from it) when the sentence (outside the quotation) or the story's
// lead names that day in the week before publication. Time words in a
// quoted title after an outlet's possessive or before "show" (ABC's
// "This Week") and a month naming a revolution ("the December
// revolution") are names, not times. DateOf gives the date an event
// happened from the expressions this stage found.
//
// Values follow TIMEX3: dates "2025-08-17", "2025-02", "2025", weeks
// "2025-W33" (a weekend "2025-W33-WE"), quarters "2025-Q1", halves
// "2025-H1", seasons "2024-SU", decades "199" (the 1990s), centuries
// "19" (the 1900s), times "2025-08-17T15:00" or with a part of day
// "2025-08-17TMO", durations
// "P3.5Y", "P2W", "PT48H", "PT2H30M" (an unknown count is X: "PXY"), sets
// "XXXX-WXX-2", "P1W", and the vague "PRESENT_REF", "PAST_REF",
// "FUTURE_REF". A named zone ("Tuesday AEST") is kept in Zone and the day
// is read in that zone. A weekday's part of day stays in its text, not
// its value ("Wednesday night" is "2025-03-12", as news annotators give
// it; "this morning" keeps "TMO"). "That day", "later that year", "the
// next day", "the following month" and a clock time with no day of its
// own ("The rally started at 18:00") resolve against the last date the
// story named; "the quarter" and "a year ago" beside a quarter's results
// against the quarter the report is about (the latest one it names as
// over), and "a year earlier" after "for the nine months" against the
// year before.
//
// Usage:
//
//	tg, _ := when.New(when.Config{})
//	_ = tg.Process(ctx, doc) // fills doc.Times
//	d, ok := when.DateOf(doc, sentence, trigger)
package when

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "times"

// Config configures the stage. The zero value is ready to use.
type Config struct{}

// Tagger is the times stage. It is safe for concurrent use.
type Tagger struct{}

var _ dyad.Stage = (*Tagger)(nil)

// New returns a Tagger. It never fails; the error is for the registry's
// constructor signature.
func New(cfg Config) (*Tagger, error) { return &Tagger{}, nil }

// Name returns the stage name.
func (s *Tagger) Name() string { return Name }

// Process sets doc.Times to the time expressions of doc's article, in text
// order, sentence by sentence (the whole text as one unit when doc has no
// sentences). Relative expressions resolve against the article's
// publication date in its time zone, or against a full date in its
// dateline when it has no publication date; with neither, they are found
// with an empty value. It returns ctx's error if ctx is done, and a
// dyad.CodeInvalid error when doc has no article.
func (s *Tagger) Process(ctx context.Context, doc *dyad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if doc == nil || doc.Article == nil {
		return dyad.Errorf(dyad.CodeInvalid, "times: document has no article")
	}
	a := anchorOf(doc.Article)
	text := doc.Article.Text
	out := make([]dyad.TimeExpr, 0, 8)
	bp := tokPool.Get().(*[]tok)
	buf := (*bp)[:0]
	defer func() {
		if cap(buf) <= 1<<12 { // keep no outsized buffer alive
			*bp = buf[:0]
			tokPool.Put(bp)
		}
	}()
	if len(doc.Sentences) == 0 {
		out = extractLines(text, &a, buf, out)
	} else {
		var st docState
		for _, se := range doc.Sentences {
			if se.CheckIn(text) != nil {
				continue
			}
			buf = tokenize(text, se.Start, se.End, buf[:0])
			p := parser{text: text, toks: buf, a: &a, st: &st}
			out = p.run(out)
			st.sent++
		}
	}
	doc.Times = out
	return nil
}

// tokPool holds token buffers between documents: a buffer is only used
// while one document is processed and nothing it holds outlives that.
var tokPool = sync.Pool{New: func() any {
	b := make([]tok, 0, 64)
	return &b
}}

// Extract returns the time expressions of text, each line read as one
// clause unit, resolved against published (in loc; nil means UTC). A zero
// published leaves relative values empty. Spans are byte offsets into
// text. It is the recognizer and normalizer without a Document.
func (s *Tagger) Extract(text string, published time.Time, loc *time.Location) []dyad.TimeExpr {
	a := newAnchor(published, loc)
	return extractLines(text, &a, nil, nil)
}

func extractLines(text string, a *anchor, buf []tok, out []dyad.TimeExpr) []dyad.TimeExpr {
	var st docState
	start := 0
	for start <= len(text) {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		if end > start {
			buf = tokenize(text, start, end, buf[:0])
			p := parser{text: text, toks: buf, a: a, st: &st}
			out = p.run(out)
			st.sent++
		}
		start = end + 1
	}
	if out == nil {
		out = []dyad.TimeExpr{}
	}
	return out
}

// anchorOf returns the anchor of an article: its publication time in its
// zone, else a full date in its dateline, else none.
func anchorOf(art *dyad.Article) anchor {
	if art == nil {
		return anchor{}
	}
	loc := art.Location()
	if !art.Published.IsZero() {
		return newAnchor(art.Published, loc)
	}
	if art.Dateline != "" {
		var none anchor
		for _, te := range extractLines(art.Dateline, &none, nil, nil) {
			if te.Precision == pDay && te.Value != "" {
				if t, err := time.ParseInLocation(time.DateOnly, te.Value, loc); err == nil {
					return newAnchor(t, loc)
				}
			}
		}
	}
	return anchor{}
}

// zoneIndex returns the index in zones of the zone named name, 0 for
// none.
func zoneIndex(name string) int {
	if name == "" {
		return 0
	}
	for i := 1; i < len(zones); i++ {
		if zones[i].name == name {
			return i
		}
	}
	return 0
}

// run appends the expressions of the parser's tokens to out.
func (p *parser) run(out []dyad.TimeExpr) []dyad.TimeExpr {
	first := len(out)
	var quoted []quotedDay // "today", "yesterday", "tomorrow" inside a quotation
	for i := 0; i < len(p.toks); {
		m, ok := p.at(i)
		if !ok || m.j <= m.i || m.j <= i || m.i < i || m.j > len(p.toks) {
			i++
			continue
		}
		if p.inTitle(m.i, m.j) {
			i = m.j
			continue
		}
		start, end := p.toks[m.i].start, p.toks[m.j-1].end
		te := dyad.TimeExpr{
			Span:  dyad.Span{Start: start, End: end},
			Text:  p.text[start:end],
			Type:  m.typ,
			Value: m.value,
			Zone:  m.zone,
			Mod:   modNames[m.mod],
		}
		if m.typ == tDate || m.typ == tTime {
			te.Precision = m.prec
		}
		if m.date && m.typ == tDate && len(m.value) == 10 {
			y, _ := strconv.Atoi(m.value[:4])
			mo, _ := strconv.Atoi(m.value[5:7])
			p.md.end, p.md.y, p.md.mo = m.j, y, mo
		}
		if p.st != nil && m.rel && m.j == m.i+1 && (p.is(m.i, "today") || p.is(m.i, "yesterday") || p.is(m.i, "tomorrow")) && inQuotation(p.text, start) {
			quoted = append(quoted, quotedDay{k: len(out), n: int(p.toks[m.i].e.val)})
			m.derived = true // from the speaker's day, settled below
		}
		if p.st != nil && p.a.ok && m.rel && m.typ == tDate && m.zone == "" && p.cls(m.i) == clsWeekday && p.toks[m.i].e.flags&(flagPlural|flagAbbr) == 0 &&
			(m.j == m.i+1 || m.j == m.i+2 && p.cls(m.i+1) == clsPartOfDay) && inQuotation(p.text, start) {
			// "“Troops arrived on Tuesday,” he said Monday": the
			// Tuesday before the Monday. The weekday keeps the side
			// of publication it was read on (the publication day's
			// own weekday, the side its clause points to).
			q := quotedDay{k: len(out), wd: int(p.toks[m.i].e.val), dir: -1}
			if pub := fmtDate(p.a.day(0)); m.value > pub || m.value == pub && p.direction(m.i, m.j) > 0 {
				q.dir = 1
			}
			quoted = append(quoted, q)
		}
		if p.st != nil && p.a.ok && m.rel && m.prec == pWeek && !m.derived && weekWords[strings.ToLower(p.word(m.i))] && inQuotation(p.text, start) {
			// "“They attacked us last week,” he said on Friday"
			// (published on Monday): the week before Friday's.
			quoted = append(quoted, quotedDay{k: len(out), week: true})
		}
		if p.st != nil && !m.derived && m.value != "" && (m.typ == tDate || (m.typ == tTime && !p.onAnchorDay(m.value))) {
			// A time of day names the story's day when it is not the
			// publication day ("yesterday morning"); "this morning"
			// in a quote says nothing of the story's day.
			p.st.remember(m.value)
		}
		if m.prec == pQuarter && m.value != "" && !m.derived && p.st != nil && p.reportable(m.value, p.direction(m.i, m.j) < 0) {
			// A report names its own quarter first and the ones
			// before it as background ("after a flat second
			// quarter"): an earlier quarter does not take over.
			if r := p.recentQuarter(); r == "" || m.value >= r {
				p.st.quarter = m.value
			}
			p.st.quarterSent = p.st.sent
		}
		if m.rel && m.value != "" && p.a.ok {
			te.Anchor = fmtDate(p.a.day(zoneIndex(m.zone)))
		}
		out = append(out, te)
		i = m.j
	}
	if len(quoted) > 0 {
		p.sayingDay(out, first, quoted)
	}
	return out
}

// quotedDay is a day word or a weekday inside a quotation: its index k
// in the output and its offset n from the day the words were spoken
// ("yesterday" -1), or its weekday wd (1 Monday … 7 Sunday; 0 for a day
// word) and the side of the saying it lies on, dir (-1 before, 1 after).
type quotedDay struct {
	k, n, wd, dir int
	week          bool // a week counted from the publication day ("last week")
}

// weekWords open a week counted from the day of speaking.
var weekWords = map[string]bool{"last": true, "this": true, "next": true, "earlier": true, "later": true,
	"early": true, "late": true, "past": true}

// sayingDay sets the value of each "today" in a quotation (the entries
// of quoted) to the day the words were spoken, "yesterday" and
// "tomorrow" to the days before and after it, and a weekday to the one
// on the same side of it, when the story dates
// them before publication: a day this sentence names outside the
// quotation ("said on Monday: "we raise it today""), else the day the
// story's lead names ("On Monday, the prime minister ... He said, "...
// today""). A quotation the story does not date keeps the publication
// day.
func (p *parser) sayingDay(out []dyad.TimeExpr, first int, quoted []quotedDay) {
	if !p.a.ok {
		return
	}
	pub := fmtDate(p.a.day(0))
	day := ""
	for k := first; k < len(out); k++ {
		te := &out[k]
		if te.Precision == pDay && len(te.Value) == 10 && te.Value < pub && !inQuotation(p.text, te.Start) {
			day = te.Value
			break
		}
	}
	if day == "" && p.st.leadOK {
		if d := fmtDate(p.st.lead); d < pub && p.st.lead.After(p.a.day(0).AddDate(0, 0, -8)) {
			day = d
		}
	}
	if day == "" {
		return
	}
	said, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return
	}
	pd := p.a.day(0)
	pubMonday := time.Date(pd.Year(), pd.Month(), pd.Day(), 0, 0, 0, 0, time.UTC)
	pubMonday = pubMonday.AddDate(0, 0, 1-isoWeekday(pubMonday))
	shift := int(said.AddDate(0, 0, 1-isoWeekday(said)).Sub(pubMonday).Hours() / 24)
	for _, q := range quoted {
		if q.week {
			// (moved by as many weeks as the saying's lies before
			// publication's)
			if start, suffix, ok := weekStart(out[q.k].Value); ok && shift != 0 {
				out[q.k].Value = fmtWeek(start.AddDate(0, 0, shift)) + suffix
			}
			continue
		}
		if q.wd == 0 {
			out[q.k].Value = fmtDate(said.AddDate(0, 0, q.n))
			continue
		}
		// (a past weekday is the latest such day up to the saying, a
		// coming one the first after it)
		out[q.k].Value = fmtDate(weekdayDate(said, q.wd, 0, q.dir))
	}
}

// weekStart returns the Monday of an ISO week value ("2025-W11", or
// "2025-W11-WE" with suffix "-WE").
func weekStart(v string) (time.Time, string, bool) {
	if len(v) < 8 || v[4] != '-' || v[5] != 'W' {
		return time.Time{}, "", false
	}
	y, err1 := strconv.Atoi(v[:4])
	w, err2 := strconv.Atoi(v[6:8])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return time.Time{}, "", false
	}
	return dyad.WeekStart(y, w), v[8:], true
}

// inQuotation reports whether byte offset pos of text lies inside a
// quotation that opens in the same paragraph: the nearest quotation mark
// before pos opens one (“, “, or a straight quote with a space before
// it and none after).
func inQuotation(text string, pos int) bool {
	for i := pos - 1; i >= 0; i-- {
		c := text[i]
		switch {
		case c == '\n':
			return false
		case c == '"':
			before := i == 0 || text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '(' || text[i-1] == '['
			after := i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n'
			return before && after
		case c == '`' && i > 0 && text[i-1] == '`':
			return true
		case c == '\'' && i > 0 && text[i-1] == '\'':
			return false
		case c == 0x9c && i >= 2 && text[i-2] == 0xe2 && text[i-1] == 0x80: // “
			return true
		case c == 0x9d && i >= 2 && text[i-2] == 0xe2 && text[i-1] == 0x80: // ”
			return false
		}
	}
	return false
}

// onAnchorDay reports whether value v ("2025-08-17T15:00") falls on the
// anchor's day.
func (p *parser) onAnchorDay(v string) bool {
	return p.a.ok && len(v) >= 10 && v[:10] == fmtDate(p.a.day(0))
}

// reportable reports whether quarter v ("1989-Q3") can be the quarter a
// report is about: one of the four quarters before the anchor's, or the
// anchor's own when past is set (the clause reports it as over: a
// fiscal quarter, "reported a decline in fourth-quarter earnings"). The
// current quarter in any other clause, or a coming one, is an outlook
// ("fourth-quarter results will be weak") and an older one a comparison
// ("the 1988 second quarter"); neither changes what "the quarter"
// refers to.
func (p *parser) reportable(v string, past bool) bool {
	if !p.a.ok || len(v) != 7 || v[5] != 'Q' {
		return true
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return true
	}
	day := p.a.day(0)
	cur := day.Year()*4 + (int(day.Month())-1)/3
	q := y*4 + int(v[6]-'1')
	return (q < cur || q == cur && past) && q >= cur-4
}

// inTitle reports whether tokens [i, j) lie inside a quoted title: a
// capitalised phrase in quotation marks that an outlet's possessive
// comes before (Fox News' "Sunday Morning Futures", ABC's "This Week")
// or that names a show ("the "Monday Night" broadcast"). Such a phrase
// is a name, not a time.
func (p *parser) inTitle(i, j int) bool {
	o := i - 1
	for o >= 0 && !p.punct(o, '"') {
		if !p.titleWord(o) {
			return false
		}
		o--
	}
	c := j
	for c < len(p.toks) && !p.punct(c, '"') {
		if !p.titleWord(c) {
			return false
		}
		c++
	}
	if o < 0 || c >= len(p.toks) || c-o-1 > 8 {
		return false
	}
	for k := i; k < j; k++ {
		if p.toks[k].kind == tkWord && !p.toks[k].cap {
			return false
		}
	}
	// An outlet's possessive: "ABC's", "Fox News'".
	if p.punct(o-1, '\'') && o >= 2 && p.toks[o-2].kind == tkWord && p.toks[o-2].cap {
		return true
	}
	if p.is(o-1, "s") && p.punct(o-2, '\'') && o >= 3 && p.toks[o-3].cap {
		return true
	}
	switch {
	case p.is(c+1, "show"), p.is(c+1, "program"), p.is(c+1, "programme"), p.is(c+1, "broadcast"),
		p.is(c+1, "series"), p.is(c+1, "podcast"), p.is(c+1, "documentary"), p.is(c+1, "film"):
		return true
	}
	return false
}

// titleWord reports whether token k can be part of a title in
// quotation marks: a capitalised word, a number, or a short function
// word ("Meet the Press", "Face the Nation").
func (p *parser) titleWord(k int) bool {
	t := p.toks[k]
	switch t.kind {
	case tkNum:
		return true
	case tkWord:
		return t.cap || p.is(k, "the") || p.is(k, "of") || p.is(k, "and") || p.is(k, "a") ||
			p.is(k, "in") || p.is(k, "on") || p.is(k, "at") || p.is(k, "with") || p.is(k, "for")
	}
	return false
}
