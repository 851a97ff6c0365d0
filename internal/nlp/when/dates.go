package when

import (
	"strconv"
	"strings"
	"time"
)

// ordinal recognizes what may follow an ordinal word at k: "first
// quarter", "second half", "twentieth century", "first nine months".
func (p *parser) ordinal(k, ord, n int) (match, bool) {
	c := n
	if p.punct(c, '-') && p.toks[c].glued {
		c++
	}
	switch {
	case p.is(c, "quarter") && ord >= 1 && ord <= 4:
		return p.quarterAfter(k, c+1, ord)
	case p.is(c, "half") && ord >= 1 && ord <= 2 && p.is(c+1, "of"):
		return p.halfAfter(k, c+1, ord)
	case p.is(c, "century") && ord >= 1 && ord <= 22:
		return match{i: k, j: c + 1, typ: tDate, value: fmtCentury((ord - 1) * 100), prec: pCentury}, true
	}
	if ord >= 1 && ord <= 31 && p.is(n, "of") && p.cls(n+1) == clsMonth {
		// "the Fourth of July", "the third of March".
		return p.dayMonth(k, n+1, ord)
	}
	if ord == 1 && p.is(k-1, "the") {
		if m, ok := p.number(n); ok && m.typ == tDur {
			m.i = k
			return m, true
		}
	}
	return match{}, false
}

// quarterAfter finishes "third quarter [of 2024 | 2024]" whose "quarter"
// ends before j.
func (p *parser) quarterAfter(i, j, q int) (match, bool) {
	c := j
	if p.is(c, "of") {
		c++
	}
	if y := p.yearAt(c); y > 0 {
		return match{i: i, j: c + 1, typ: tDate, value: fmtQuarter(y, q), prec: pQuarter}, true
	}
	return p.quarter(i, j, q)
}

// quarter resolves quarter q with no year against the anchor: the latest
// quarter q not after the anchor's, or the next one in a future context.
func (p *parser) quarter(i, j, q int) (match, bool) {
	if y := p.yearAt(j); y > 0 {
		return match{i: i, j: j + 1, typ: tDate, value: fmtQuarter(y, q), prec: pQuarter}, true
	}
	m := match{i: i, j: j, typ: tDate, prec: pQuarter, rel: true}
	if !p.a.ok {
		return m, true
	}
	day := p.a.day(0)
	y, aq := day.Year(), (int(day.Month())+2)/3
	if q > aq {
		y-- // the latest such quarter: reports look back
	}
	m.value = fmtQuarter(y, q)
	return m, true
}

// halfAfter finishes "the first half [of 2024]".
func (p *parser) halfAfter(i, j, h int) (match, bool) {
	c := j
	if p.is(c, "of") {
		c++
	}
	if y := p.yearAt(c); y > 0 {
		return match{i: i, j: c + 1, typ: tDate, value: strconv.Itoa(y) + "-H" + strconv.Itoa(h), prec: pYear}, true
	}
	if p.is(c, "the") && p.is(c+1, "year") {
		c += 2
	} else if p.is(c, "this") && p.is(c+1, "year") {
		c += 2
	} else {
		return match{}, false // "the first half" of a match
	}
	m := match{i: i, j: c, typ: tDate, prec: pYear, rel: true}
	if p.a.ok {
		y := p.a.day(0).Year()
		if int(p.a.day(0).Month()) <= 6 && h == 2 && p.direction(i, c) <= 0 {
			y--
		}
		m.value = strconv.Itoa(y) + "-H" + strconv.Itoa(h)
	}
	return m, true
}

// shift recognizes last/next/this/past/coming/previous/following and what
// they modify.
func (p *parser) shift(k int) (match, bool) {
	s := int(p.toks[k].e.val)
	n := k + 1
	if p.is(k, "this") && (p.is(n, "past") || p.is(n, "coming")) && n+1 < len(p.toks) {
		// "this past weekend", "this past spring": the last one;
		// "this coming Friday": the next one.
		if c := p.cls(n + 1); (c == clsUnit && p.toks[n+1].e.flags&flagPlural == 0) || c == clsSeason || c == clsWeekday || c == clsMonth {
			if p.is(n, "past") {
				s = shiftLast
			} else {
				s = shiftNext
			}
			n++
		}
	}
	dirShift := s // -1 last, 0 this, +1 next
	switch s {
	case shiftPast:
		dirShift = shiftLast
	case shiftNear:
		dirShift = shiftNext
	}
	if p.is(k, "this") && !p.is(n, "year") && p.cls(n) != clsWeekday && p.cls(n) != clsMonth && p.cls(n) != clsSeason && p.cls(n) != clsUnit && p.cls(n) != clsPartOfDay {
		return match{}, false
	}
	// Durations: "the past two weeks", "the next 14 months", "last five
	// years", "the past few weeks".
	if s != shiftThis && !p.is(k, "following") {
		if m, ok := p.number(n); ok && m.typ == tDur {
			m.i = k
			return m, true
		}
	}
	switch p.cls(n) {
	case clsWeekday:
		if p.toks[n].e.flags&flagPlural != 0 || s == shiftPast || s == shiftNear {
			return match{}, false
		}
		m, ok := p.weekday(n, dirShift)
		if !ok {
			return match{}, false
		}
		if p.is(k-1, "the") && (p.is(k, "previous") || p.is(k, "following")) && m.j == n+1 {
			// "the previous Friday", "the following Monday": beside
			// the last day the story named.
			if d, ok := p.st.recentDay(); ok {
				m.value = fmtDate(weekdayDate(d, int(p.toks[n].e.val), dirShift, 0))
			}
		}
		if s == shiftThis && p.a.ok && m.value != "" {
			// "this Tuesday" reads like a bare weekday: by tense.
			m2, _ := p.weekday(n, 0)
			m.value = m2.value
		}
		m.i = k
		return m, true
	case clsMonth:
		t := &p.toks[n]
		if !t.cap || s == shiftPast || s == shiftNear {
			return match{}, false
		}
		j := n + 1
		if t.e.flags&flagAbbr != 0 {
			if !p.punct(j, '.') {
				return match{}, false
			}
			j++
		}
		if d, e := p.dayAt(j); d > 0 && (s == shiftLast || s == shiftNext) {
			// "last Oct. 23": the latest such day before the anchor;
			// "next March 3": the first after it.
			return p.shiftedDay(k, e, int(t.e.val), d, s)
		}
		return p.monthAlone(k, j, int(t.e.val), dirShift)
	case clsSeason:
		if s == shiftPast || s == shiftNear {
			return match{}, false
		}
		return p.season(k, n, dirShift, false)
	case clsPartOfDay:
		part := int(p.toks[n].e.val)
		if p.is(k-1, "the") && (p.is(k, "next") || p.is(k, "following")) {
			return p.narrative(k, n+1, unitDay, 1, part) // "the next morning"
		}
		switch {
		case p.is(k, "last") && part == 5:
			return p.partOfDay(k, n+1, -1, part)
		case p.is(k, "this") && part != 5:
			return p.partOfDay(k, n+1, 0, part)
		}
		return match{}, false
	case clsUnit:
		t := &p.toks[n]
		u := int(t.e.val)
		if t.cap && p.toks[k].cap && k > 0 && !p.punct(k-1, '.') && !p.punct(k-1, '!') && !p.punct(k-1, '?') && !p.punct(k-1, ';') {
			return match{}, false // ABC's "This Week" is a programme
		}
		if t.e.flags&flagPlural != 0 {
			// "the coming weeks", "the past months": a vague duration.
			if s == shiftPast || s == shiftNear || p.is(k, "next") {
				if u == unitWeekend || u == unitSecond {
					return match{}, false
				}
				return match{i: k, j: n + 1, typ: tDur, value: durationValue(-1, u, false)}, true
			}
			return match{}, false
		}
		if p.is(k-1, "the") && (u == unitDay || ((p.is(k, "following") || p.is(k, "previous")) && u == unitYear)) {
			// "the next day", "the following year": after the last
			// date the story named.
			off := 1
			if p.is(k, "previous") {
				off = -1
			}
			if p.is(k, "next") || p.is(k, "following") || p.is(k, "previous") {
				return p.narrative(k, n+1, u, off, 0)
			}
			return match{}, false
		}
		if p.is(k-1, "the") && (p.is(k, "following") || p.is(k, "previous")) && (u == unitWeek || u == unitMonth) {
			// "the following month", "the previous week": beside the
			// last date the story named, else beside the anchor.
			off := 1
			if p.is(k, "previous") {
				off = -1
			}
			if m, ok := p.narrative(k, n+1, u, off, 0); ok {
				return m, true
			}
		}
		if s == shiftPast || s == shiftNear || ((p.is(k, "last") || p.is(k, "next")) && p.is(k-1, "the") && u != unitWeekend) {
			// "the past year", "the coming week", "the last decade":
			// a stretch of time reaching back or ahead.
			if u == unitWeekend || u == unitDay {
				return match{}, false
			}
			return match{i: k, j: n + 1, typ: tDur, value: durationValue(1, u, false)}, true
		}
		m, ok := p.thisUnit(k, n+1, dirShift)
		if ok && u == unitYear && m.value != "" && p.punct(n+1, '\'') && p.is(n+2, "s") {
			// "this year's third quarter", "next year's first half".
			c := n + 3
			if p.toks[c-1].glued && c < len(p.toks) && p.toks[c].known && p.toks[c].e.flags&flagOrd != 0 {
				o := int(p.toks[c].e.ord)
				d := c + 1
				if p.punct(d, '-') {
					d++
				}
				y, _ := strconv.Atoi(m.value)
				if p.is(d, "quarter") && o >= 1 && o <= 4 {
					m.j, m.value, m.prec = d+1, fmtQuarter(y, o), pQuarter
				}
			} else if p.toks[c-1].glued && p.is(k, "last") && (p.is(c, "quarter") || p.is(c, "period")) {
				// "last year's quarter" beside a quarter's results:
				// the same quarter a year before.
				if q := p.quarterBefore(k); q != "" {
					m.j, m.value, m.prec, m.derived = c+1, shiftQuarter(q, -4), pQuarter, true
				}
			}
		}
		if ok && u == unitYear && m.value != "" && p.is(k, "last") && (p.is(k-1, "period") || p.is(k-1, "quarter")) {
			// "the corresponding period last year": that quarter a
			// year before.
			if q := p.quarterBefore(k); q != "" {
				m.value, m.prec, m.derived = shiftQuarter(q, -4), pQuarter, true
			}
		}
		return m, ok
	}
	return match{}, false
}

// shiftedDay resolves month mo, day d over tokens [i, j) to the latest
// such day before the anchor (s < 0) or the first after it.
func (p *parser) shiftedDay(i, j, mo, d, s int) (match, bool) {
	if d > daysIn(2024, mo) {
		return match{}, false
	}
	m := match{i: i, j: j, typ: tDate, prec: pDay, rel: true, date: true}
	if !p.a.ok {
		return m, true
	}
	day := p.a.day(0)
	for y, n := day.Year(), 0; n < 9; y, n = y+s, n+1 {
		if d > daysIn(y, mo) {
			continue // February 29
		}
		if c := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); (s < 0 && c.Before(day)) || (s > 0 && c.After(day)) {
			m.value = fmtDate(c)
			break
		}
	}
	return m, true
}

// resultNouns are what a company reports for a quarter.
var resultNouns = map[string]bool{"loss": true, "losses": true, "profit": true, "profits": true,
	"earnings": true, "results": true, "net": true, "sales": true, "revenue": true, "income": true}

// thisUnit resolves "last week", "this month", "next year" whose unit is
// token j-1.
func (p *parser) thisUnit(i, j, s int) (match, bool) {
	u := int(p.toks[j-1].e.val)
	if u == unitWeekend {
		return p.weekend(i, j, s)
	}
	if s == shiftThis {
		s = 0
	}
	m := match{i: i, j: j, typ: tDate, rel: true}
	var day time.Time
	if p.a.ok {
		day = p.a.day(0)
	}
	switch u {
	case unitWeek:
		m.prec = pWeek
		if p.a.ok {
			m.value = fmtWeek(day.AddDate(0, 0, 7*s))
		}
	case unitMonth:
		m.prec = pMonth
		if p.a.ok {
			m.value = fmtYM(addMonths(day.Year(), int(day.Month()), s))
		}
	case unitQuarter:
		m.prec = pQuarter
		if p.a.ok {
			y, q := addQuarters(day.Year(), (int(day.Month())+2)/3, s)
			m.value = fmtQuarter(y, q)
		}
		if r := p.recentQuarter(); s == 0 && r != "" && p.punct(j, '\'') && p.is(j+1, "s") && resultNouns[strings.ToLower(p.wordAt(j+2))] &&
			!(j+3 < len(p.toks) && p.toks[j+3].known && p.toks[j+3].e.flags&flagAux != 0 && p.toks[j+3].e.cue == cueFuture) {
			// "This quarter's loss includes charges" in a report: the
			// quarter reported on, over by now ("this quarter's
			// results will be weak" is an outlook).
			m.value, m.derived = r, true
		}
	case unitYear:
		m.prec = pYear
		if p.a.ok {
			m.value = strconv.Itoa(day.Year() + s)
		}
	case unitDecade:
		m.prec = pDecade
		if p.a.ok {
			m.value = fmtDecade(day.Year() + 10*s)
		}
	case unitCentury:
		m.prec = pCentury
		if p.a.ok {
			m.value = fmtCentury(day.Year() + 100*s)
		}
	default:
		return match{}, false
	}
	return m, true
}

// weekend resolves "the weekend", "last weekend", "this weekend" to the
// ISO week's weekend: the one just past in a past context, the coming one
// in a future context.
func (p *parser) weekend(i, j, s int) (match, bool) {
	m := match{i: i, j: j, typ: tDate, prec: pWeek, rel: true}
	if !p.a.ok {
		return m, true
	}
	day := p.a.day(0)
	wd := isoWeekday(day)
	dir := s
	if s == shiftThis || s == 0 {
		dir = p.direction(i, j)
	}
	var ref time.Time
	switch {
	case wd >= 6: // on the weekend itself
		ref = day
		if s == shiftLast {
			ref = day.AddDate(0, 0, -7)
		} else if s == shiftNext {
			ref = day.AddDate(0, 0, 7)
		}
	case dir > 0:
		ref = day
	default:
		ref = day.AddDate(0, 0, -7)
	}
	m.value = fmtWeek(ref) + "-WE"
	return m, true
}

// season recognizes a season at k (i is where the expression starts):
// "summer 2024", "the summer of 2024", "last summer", "in the winter".
// bare is set when nothing before the season marks it as a time.
func (p *parser) season(i, k, s int, bare bool) (match, bool) {
	se := int(p.toks[k].e.val)
	c := k + 1
	if p.is(c, "of") {
		c++
	}
	if y := p.yearAt(c); y > 0 {
		return match{i: i, j: c + 1, typ: tDate, value: strconv.Itoa(y) + "-" + seasonCodes[se], prec: pSeason}, true
	}
	if y, e := p.spelledYear(c); y > 0 && e > c+1 {
		return match{i: i, j: e, typ: tDate, value: strconv.Itoa(y) + "-" + seasonCodes[se], prec: pSeason}, true
	}
	if bare {
		ok := false
		for _, w := range [...]string{"in", "during", "since", "until", "by", "over", "through", "this", "last", "next", "early", "late", "mid", "throughout"} {
			if p.is(i-1, w) {
				ok = true
				break
			}
		}
		if !ok || (k+1 < len(p.toks) && p.toks[k+1].kind == tkWord && !p.toks[k+1].known && !p.toks[k+1].cap) {
			return match{}, false
		}
	}
	m := match{i: i, j: k + 1, typ: tDate, prec: pSeason, rel: true}
	if !p.a.ok {
		return m, true
	}
	day := p.a.day(0)
	y := day.Year()
	mo := int(day.Month())
	cur := (mo % 12) / 3 // Mar-May spring(1), Jun-Aug summer(2), Sep-Nov fall(3)
	if cur == 0 {
		cur = 4 // Dec-Feb winter
		if mo <= 2 {
			y-- // the winter that began last December
		}
	}
	dir := s
	if s == shiftThis {
		dir = 0
	} else if s == 0 {
		dir = p.direction(i, k+1)
		if dir == 0 {
			dir = -1
		}
	}
	switch {
	case s == shiftLast:
		if se >= cur {
			y--
		}
	case s == shiftNext:
		if se <= cur {
			y++
		}
	case s == shiftThis:
		// the season of the current cycle
	case dir < 0:
		if se > cur {
			y--
		}
	case dir > 0:
		if se < cur {
			y++
		}
	}
	m.value = strconv.Itoa(y) + "-" + seasonCodes[se]
	return m, true
}

// monthAlone resolves a month with no day or year: "in February", "last
// March", "next May". The month ends before j.
func (p *parser) monthAlone(i, j, mo, s int) (match, bool) {
	m := match{i: i, j: j, typ: tDate, prec: pMonth, rel: true}
	if !p.a.ok {
		return m, true
	}
	day := p.a.day(0)
	y, am := day.Year(), int(day.Month())
	switch s {
	case shiftLast:
		if mo >= am {
			y--
		}
	case shiftNext:
		if mo <= am {
			y++
		}
	case shiftThis:
	default:
		// Reports look back: a month after the anchor's with no cue
		// is last year's. A deadline ("by February", "until June")
		// looks ahead.
		// A clause in the present says nothing of a month's side:
		// "after its debut in January, leaders are going all out".
		dir := 0
		if !p.attributive(i, j) {
			dir = p.direction(i, j)
		}
		switch dir {
		case 1:
			if mo < am {
				y++
			}
		case -1:
			if mo > am {
				y--
			}
		default:
			// No cue: the next two months are the coming ones
			// (in November, "January" is next year's), the rest
			// are behind.
			switch ahead := (mo - am + 12) % 12; {
			case ahead >= 1 && ahead <= 2:
				if mo < am {
					y++
				}
			case mo > am:
				y--
			}
		}
	}
	m.value = fmtYM(y, mo)
	return m, true
}

// attributive reports whether the month over tokens [i, j) modifies the
// noun after it ("the February elections", "Pakistan's September
// deal"): it names an event by its month, whatever the tense of the
// clause around it, which belongs to another verb ("would undermine the
// February elections' probe").
func (p *parser) attributive(i, j int) bool {
	if j >= len(p.toks) || p.toks[j].kind != tkWord || p.toks[j].cap || p.toks[j].known || functionWords[strings.ToLower(p.word(j))] {
		return false
	}
	if p.punct(i-1, '-') && p.cls(i-2) == clsEdge {
		i -= 2 // "the late-November trip"
	}
	return p.is(i-1, "the") || p.is(i-1, "a") || (p.is(i-1, "s") && p.punct(i-2, '\''))
}

// monthDay resolves a month and day with no year: the nearest such date,
// or, when that is more than three months away, the one the tense points
// to (the past by default).
func (p *parser) monthDay(i, j, mo, d int) (match, bool) {
	if d > daysIn(2024, mo) {
		return match{}, false
	}
	m := match{i: i, j: j, typ: tDate, prec: pDay, rel: true, date: true}
	if !p.a.ok {
		return m, true
	}
	if y := p.st.yearOf(mo, d); y > 0 {
		// The story named this day before: the same day.
		m.value = fmtDate(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC))
		return m, true
	}
	day := p.a.day(0)
	best := time.Time{}
	var bestDist time.Duration
	for y := day.Year() - 1; y <= day.Year()+1; y++ {
		if d > daysIn(y, mo) {
			continue
		}
		c := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		dist := c.Sub(day)
		if dist < 0 {
			dist = -dist
		}
		if best.IsZero() || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if best.After(day) && p.pastVerbBefore(i) {
		// "the quarter ended Sept. 30", "died Aug. 12": a past verb
		// that the date completes puts it before publication, though
		// this year's is near.
		if y := best.Year() - 1; d <= daysIn(y, mo) {
			best = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		}
	} else if bestDist > 92*24*time.Hour {
		dir := p.direction(i, j)
		y := day.Year()
		c := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if dir > 0 {
			if c.Before(day) {
				y++
			}
		} else if c.After(day) {
			y--
		}
		if d <= daysIn(y, mo) {
			best = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		}
	}
	m.value = fmtDate(best)
	return m, true
}

// absDate returns a full calendar date, or false when it does not exist.
func (p *parser) absDate(i, j, y, mo, d int) (match, bool) {
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return match{}, false
	}
	return match{i: i, j: j, typ: tDate, value: fmtDate(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)), prec: pDay, date: true}, true
}

// dayMonth finishes a day-first date whose month is at k: "17 August
// 2025", "17th of Aug.".
func (p *parser) dayMonth(i, k, d int) (match, bool) {
	t := &p.toks[k]
	if !t.cap {
		return match{}, false
	}
	mo := int(t.e.val)
	j := k + 1
	if t.e.flags&flagAbbr != 0 && p.punct(j, '.') && p.toks[j].glued {
		j++
	}
	c := j
	if p.punct(c, ',') {
		c++
	}
	if y := p.yearAt(c); y > 0 {
		return p.absDate(i, c+1, y, mo, d)
	}
	return p.monthDay(i, j, mo, d)
}

// timeOfDay finishes a clock time h:mi whose tokens end before j, with an
// optional zone and day after it: "10 p.m. Wednesday", "5 p.m. EST Nov.
// 9", "15:00 GMT".
func (p *parser) timeOfDay(i, j, h, mi int) (match, bool) {
	zi := p.zoneAt(j)
	if zi > 0 {
		j++
	}
	if p.is(j, "local") && p.is(j+1, "time") {
		j += 2
	}
	m := match{i: i, j: j, typ: tTime, prec: pTime, rel: true}
	if zi > 0 {
		m.zone = zones[zi].name
	}
	date := ""
	c := j
	// "3:30 a.m. (0030 GMT) on Monday", "0030 GMT) on Monday": the day
	// after a parenthesis is the time's day, though not its text.
	keep := false
	if p.punct(c, '(') {
		for e := c + 1; e < len(p.toks) && e <= c+6; e++ {
			if p.punct(e, ')') {
				c, keep = e+1, true
				break
			}
		}
	} else if p.punct(c, ')') {
		c, keep = c+1, true
	}
	if p.punct(c, ',') {
		c++
	}
	if p.is(c, "on") {
		c++
	}
	if c < len(p.toks) && (p.cls(c) == clsWeekday || p.cls(c) == clsRelDay || p.cls(c) == clsMonth) {
		p.force = p.deadline(i)
		dm, ok := p.core(c)
		p.force = 0
		if ok && dm.date && dm.typ == tDate {
			date = dm.value
			if !keep {
				m.j = dm.j
			}
			if dm.value == "" {
				date = ""
			}
			if !dm.rel {
				m.rel = false
			}
		}
	}
	if date == "" {
		m.derived = true // dated from elsewhere: no reference of its own
	}
	if date == "" && p.punct(i-1, '(') && p.clock.end == i-1 && p.clock.date != "" {
		// "6 a.m. Sunday (0400 GMT)": the same moment, read as on
		// the same day (a zone's offset rarely crosses midnight).
		date = p.clock.date
	}
	if date == "" {
		if d, ok := p.st.recentDay(); ok && (!p.a.ok || !d.After(p.a.day(0)) || p.st.daySent == p.st.sent) {
			// A day to come dates a clock time only in its own
			// sentence ("on August 2 at 5 p.m."): a schedule named
			// before does not date the story's events.
			date = fmtDate(d)
		} else if p.a.ok {
			date = fmtDate(p.a.day(zi))
		}
	}
	p.clock.end, p.clock.date = m.j, date
	if date == "" {
		return m, true
	}
	m.value = date + "T" + pad2(h) + ":" + pad2(mi)
	return m, true
}

// decadeShort recognizes "'90s" at k (the apostrophe).
func (p *parser) decadeShort(k int) (match, bool) {
	t := &p.toks[k+1]
	if t.num%10 != 0 || !p.is(k+2, "s") || !p.toks[k+2].glued {
		return match{}, false
	}
	y := 1900 + t.num
	if t.num <= 30 {
		y = 2000 + t.num
	}
	return match{i: k, j: k + 3, typ: tDate, value: fmtDecade(y), prec: pDecade}, true
}

// pastVerbBefore reports whether the word before token i, or before an
// "on" there, is a verb in the past tense ("ended Sept. 30", "was
// killed on Aug. 12"), which the expression at i completes.
func (p *parser) pastVerbBefore(i int) bool {
	k := i - 1
	if p.is(k, "on") {
		k--
	}
	return k >= 0 && p.cueAt(k, true) == cuePast
}
