package when

import (
	"strconv"
	"strings"
	"time"
)

// match is one recognized expression over tokens [i, j) before it becomes
// a dyad.TimeExpr.
type match struct {
	i, j  int
	typ   string
	value string
	prec  string
	mod   int
	zone  string
	rel   bool // the value was resolved against the anchor
	date  bool // a calendar date with day precision (may take a time)
	// derived marks a value computed from an earlier expression ("a
	// year ago" beside a quarter): it is not itself a reference point.
	derived bool
}

// parser recognizes and normalizes the time expressions of one stretch
// of text (a sentence) given as tokens.
type parser struct {
	text string
	toks []tok
	a    *anchor
	st   *docState // nil when reading a lone clause (TenseAt)
	// force, when not 0, is the direction a caller has read for the
	// expression being parsed ("until 9 a.m. Tuesday").
	force int
	// md is the last month-day date found in this stretch, so that a
	// bare day after it ("April 24 and 25", "Sept. 1-2") takes its month.
	md struct{ end, y, mo int }
	// clock is the last clock time's end and date, so that a time in
	// parentheses right after it ("6 a.m. Sunday (0400 GMT)") takes
	// its day.
	clock struct {
		end  int
		date string
	}
}

// docState is what the parser remembers across the sentences of one
// document: the last quarter named, which "the quarter" and "a year ago"
// in a quarterly report refer to.
type docState struct {
	sent        int    // index of the current sentence
	quarter     string // the last quarter value found ("1989-Q3")
	quarterSent int    // the sentence it was found in
	// The last calendar date named, which "that day", "later that
	// year" and "the next day" refer to: its year, month (0 when only
	// a year was named) and day (0 when no day was named).
	refY, refM, refD int
	// daySent is the sentence that named the last day (refD > 0).
	daySent int
	// days holds the last days named, so that a day named again
	// without its year ("17 September" … "the September 17
	// agreement") keeps the year it was given.
	days  [8]struct{ y, m, d int }
	nDays int
	// lead is the first day the story's lead (its first two
	// sentences) named, the day its news happened; leadOK says there
	// is one.
	lead   time.Time
	leadOK bool
}

// yearOf returns the year of the last day named with month m and day d,
// or 0.
func (st *docState) yearOf(m, d int) int {
	if st == nil {
		return 0
	}
	for i := 0; i < st.nDays && i < len(st.days); i++ {
		if x := st.days[(st.nDays-1-i)%len(st.days)]; x.m == m && x.d == d {
			return x.y
		}
	}
	return 0
}

// recentDay returns the day the story named in this sentence or the six
// before it ("On Thursday, … The rally started at 18:00"), which a time
// of day with no date of its own falls on.
func (st *docState) recentDay() (time.Time, bool) {
	if st == nil || st.refD == 0 || st.sent-st.daySent > 6 {
		return time.Time{}, false
	}
	if st.refD > daysIn(st.refY, st.refM) {
		return time.Time{}, false
	}
	return time.Date(st.refY, time.Month(st.refM), st.refD, 0, 0, 0, 0, time.UTC), true
}

// recentNamedDay returns the last day the story named, when it was named
// in this sentence or the six before it, whatever coarser dates came
// after it.
func (st *docState) recentNamedDay() (time.Time, bool) {
	if st == nil || st.nDays == 0 || st.sent-st.daySent > 6 {
		return time.Time{}, false
	}
	x := st.days[(st.nDays-1)%len(st.days)]
	return time.Date(x.y, time.Month(x.m), x.d, 0, 0, 0, 0, time.UTC), true
}

// lastDayBy returns the latest of the last days the story named that is
// not after limit, or false when there is none.
func (st *docState) lastDayBy(limit time.Time) (time.Time, bool) {
	if st == nil || st.sent-st.daySent > 6 {
		return time.Time{}, false
	}
	for i := 0; i < st.nDays && i < len(st.days); i++ {
		x := st.days[(st.nDays-1-i)%len(st.days)]
		if d := time.Date(x.y, time.Month(x.m), x.d, 0, 0, 0, 0, time.UTC); !d.After(limit) {
			return d, true
		}
	}
	return time.Time{}, false
}

// remember records a DATE value as the narrative reference.
func (st *docState) remember(v string) {
	if len(v) < 4 || v[0] < '0' || v[0] > '9' {
		return
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return
	}
	switch {
	case len(v) == 4:
		st.refY, st.refM, st.refD = y, 0, 0
	case len(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1':
		m, _ := strconv.Atoi(v[5:7])
		st.refY, st.refM, st.refD = y, m, 0
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		m, _ := strconv.Atoi(v[5:7])
		d, _ := strconv.Atoi(v[8:10])
		st.refY, st.refM, st.refD = y, m, d
		st.daySent = st.sent
		st.days[st.nDays%len(st.days)] = struct{ y, m, d int }{y, m, d}
		st.nDays++
		if !st.leadOK && st.sent < 2 && d >= 1 && d <= daysIn(y, m) {
			st.lead, st.leadOK = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
		}
	}
}

// narrative resolves "that day", "the next day", "later that year",
// "the following year" over tokens [i, j): the unit u shifted by n from
// the last date named in the document. It fails when no date with that
// precision was named.
func (p *parser) narrative(i, j, u, n, part int) (match, bool) {
	if p.st == nil || p.st.refY == 0 {
		return match{}, false
	}
	st := p.st
	m := match{i: i, j: j, typ: tDate}
	switch u {
	case unitDay:
		y, mo, dd := st.refY, st.refM, st.refD
		if dd == 0 {
			// "On Thursday, … Khan was arrested last October. The
			// previous day, …": a month or a year named in passing
			// leaves the day of the story's narrative in force for
			// a day counted from it. "That same day" after "last
			// October" is a day of that month, which is unknown.
			r, ok := st.recentNamedDay()
			if !ok || n == 0 {
				return match{}, false
			}
			y, mo, dd = r.Year(), int(r.Month()), r.Day()
		}
		d := time.Date(y, time.Month(mo), dd+n, 0, 0, 0, 0, time.UTC)
		if p.a.ok && d.After(p.a.day(0)) && p.direction(i, j) < 0 {
			// "On Friday the ministry announced rules that take
			// effect on December 10. … were released later the same
			// day": what the story reports as done happened on a
			// day named before now, not on the plan's.
			r, ok := st.lastDayBy(p.a.day(0))
			if !ok {
				return match{}, false
			}
			d = r.AddDate(0, 0, n)
		}
		m.value, m.prec, m.date = fmtDate(d), pDay, true
		if part > 0 {
			m.typ, m.prec, m.date = tTime, pTime, false
			m.value += "T" + partCodes[part]
		}
	case unitWeek:
		if st.refD == 0 {
			return match{}, false
		}
		d := time.Date(st.refY, time.Month(st.refM), st.refD+7*n, 0, 0, 0, 0, time.UTC)
		m.value, m.prec = fmtWeek(d), pWeek
	case unitMonth:
		if st.refM == 0 {
			return match{}, false
		}
		m.value, m.prec = fmtYM(addMonths(st.refY, st.refM, n)), pMonth
	case unitYear:
		m.value, m.prec = strconv.Itoa(st.refY+n), pYear
	default:
		return match{}, false
	}
	return m, true
}

// narrativeUnit returns the unit and part of day of "day", "year",
// "month", "morning", "night" at k, or unitNone.
func (p *parser) narrativeUnit(k int) (u, part int) {
	switch {
	case p.is(k, "day"):
		return unitDay, 0
	case p.is(k, "month"):
		return unitMonth, 0
	case p.is(k, "year"):
		return unitYear, 0
	case p.cls(k) == clsPartOfDay && !p.is(k, "overnight"):
		return unitDay, int(p.toks[k].e.val)
	}
	return unitNone, 0
}

// that recognizes "that day", "that same year", "that morning" at k
// (the word "that").
func (p *parser) that(k int) (match, bool) {
	c := k + 1
	if p.is(c, "same") {
		c++
	}
	u, part := p.narrativeUnit(c)
	if u == unitNone {
		return match{}, false
	}
	return p.narrative(k, c+1, u, 0, part)
}

// recentQuarter returns the quarter named within the last few sentences,
// or "".
func (p *parser) recentQuarter() string {
	if p.st == nil || p.st.quarter == "" || p.st.sent-p.st.quarterSent > 10 {
		return ""
	}
	return p.st.quarter
}

// quarterBefore returns the quarter a comparison at token k ("a year
// earlier", "year-ago", "the 1988 period") is made for: the recent
// quarter, unless the clause before k is about a longer stretch of the
// report ("For the nine months, net fell from $3 million a year
// earlier", "In the first half, …"), which compares whole years. It
// returns "" when there is no such quarter.
func (p *parser) quarterBefore(k int) string {
	q := p.recentQuarter()
	if q == "" {
		return ""
	}
	for c := k - 1; c >= 0; c-- {
		switch {
		case p.is(c, "quarter") || p.is(c, "quarterly"):
			return q
		case p.is(c, "months") && c > 0 && (p.cls(c-1) == clsNumber && p.toks[c-1].e.val >= 6 || p.toks[c-1].kind == tkNum && p.toks[c-1].num >= 6):
			return "" // "the nine months", "the first six months"
		case p.is(c, "half") && c > 0 && p.toks[c-1].known && p.toks[c-1].e.flags&flagOrd != 0:
			return "" // "the first half"
		case p.is(c, "year") && (p.is(c-1, "full") || p.is(c-1, "fiscal")) && !p.punct(c+1, '-'):
			return "" // "for the full year"
		}
	}
	return q
}

// shiftQuarter moves a "YYYY-Qn" value by n quarters.
func shiftQuarter(v string, n int) string {
	if len(v) != 7 || v[5] != 'Q' {
		return ""
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return ""
	}
	yy, q := addQuarters(y, int(v[6]-'0'), n)
	return fmtQuarter(yy, q)
}

// word returns the text of token k.
func (p *parser) word(k int) string { return p.text[p.toks[k].start:p.toks[k].end] }

// is reports whether token k exists and is the word w (case-insensitive,
// ASCII).
func (p *parser) is(k int, w string) bool {
	if k < 0 || k >= len(p.toks) || p.toks[k].kind != tkWord {
		return false
	}
	s := p.word(k)
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// punct reports whether token k is the punctuation c.
func (p *parser) punct(k int, c byte) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tkPunct && p.toks[k].ch == c
}

// cls returns token k's class, clsNone when out of range or unknown.
func (p *parser) cls(k int) class {
	if k < 0 || k >= len(p.toks) || !p.toks[k].known {
		return clsNone
	}
	return p.toks[k].e.cls
}

// skipDot returns k+1 when token k is a period glued to the previous
// token (the period of "Aug."), else k.
func (p *parser) skipDot(k int) int {
	if p.punct(k, '.') && p.toks[k].glued {
		return k + 1
	}
	return k
}

// at tries to recognize an expression starting at token k.
func (p *parser) at(k int) (match, bool) {
	t := &p.toks[k]
	if t.kind == tkPunct {
		if t.ch == '\'' && k+1 < len(p.toks) && p.toks[k+1].kind == tkNum && p.toks[k+1].ndig == 2 && p.toks[k+1].glued {
			return p.decadeShort(k)
		}
		return match{}, false
	}
	// Most words start nothing: only lexicon words with a time class, an
	// ordinal or a key word can.
	if t.kind == tkWord && (!t.known || (t.e.cls == clsNone && t.e.flags&(flagOrd|flagKey) == 0)) {
		return match{}, false
	}
	// Prefixes that modify the expression after them.
	if t.kind == tkWord {
		switch {
		case p.is(k, "the"):
			if m, ok := p.afterThe(k + 1); ok {
				// "the 2020 election": "the" belongs to the noun, not
				// to the year.
				// "the current system", "the recently passed law":
				// "the" belongs to the noun, not to the adverb.
				fuzzy := m.j == m.i+1 && m.i == k+1 && p.cls(m.i) == clsFuzzy
				if !fuzzy && !(m.prec == pYear && m.j == m.i+1 && m.i == k+1 && m.j < len(p.toks) && p.toks[m.j].kind == tkWord) {
					m.i = k
				}
				return m, true
			}
			return match{}, false
		case p.is(k, "fiscal") && k+1 < len(p.toks) && p.toks[k+1].kind == tkNum:
			if m, ok := p.core(k + 1); ok && m.prec == pYear {
				m.i = k
				return m, true
			}
		case p.is(k, "more") || p.is(k, "less") || p.is(k, "fewer"):
			if p.is(k+1, "than") {
				if m, ok := p.number(k + 2); ok && (m.typ == tDur || m.rel) {
					m.i = k
					if p.is(k, "more") {
						m.mod = modMoreThan
					} else {
						m.mod = modLessThan
					}
					return m, true
				}
			}
		case p.is(k, "at") && p.is(k+1, "least"):
			if m, ok := p.number(k + 2); ok && m.typ == tDur {
				m.i, m.mod = k, modEqualOrMore
				return m, true
			}
		case p.is(k, "up") && p.is(k+1, "to"):
			if m, ok := p.number(k + 2); ok && m.typ == tDur {
				m.i, m.mod = k, modEqualOrLess
				return m, true
			}
		case p.is(k, "end") || p.is(k, "beginning") || p.is(k, "start") || p.is(k, "middle"):
			// "the end of" is reached through afterThe; bare "end of
			// 2024" here.
			return p.edgeOf(k)
		case p.is(k, "that"):
			return p.that(k)
		}
		if t.known {
			switch t.e.cls {
			case clsApprox:
				if m, ok := p.number(k + 1); ok && (m.typ == tDur || m.rel) {
					m.i, m.mod = k, int(t.e.val)
					return m, true
				}
				if t.e.val == modApprox {
					// "at about 20:00", "around 6 p.m.".
					if m, ok := p.core(k + 1); ok && m.typ == tTime && m.prec == pTime {
						m.i, m.mod = k, modApprox
						return m, true
					}
				}
				if t.e.val == modApprox || p.is(k, "almost") || p.is(k, "nearly") {
					return match{}, false
				}
			case clsEdge:
				n := k + 1
				if p.punct(n, '-') && p.toks[n].glued {
					n++
				}
				if p.is(k, "mid") && p.cls(n) == clsPartOfDay && p.toks[n].e.flags&flagPlural == 0 && !p.is(n, "overnight") {
					return p.midPart(k, n)
				}
				if m, ok := p.core(n); ok && (m.typ == tDate || m.typ == tTime) && m.value != "" && !strings.HasSuffix(m.value, "_REF") {
					m.i, m.mod = k, int(t.e.val)
					return m, true
				}
			case clsAgo:
				// "earlier that day", "later that year".
				if (t.e.val == -2 || t.e.val == 2) && p.is(k+1, "that") {
					if m, ok := p.that(k + 1); ok {
						m.i = k
						return m, true
					}
				}
				// "later the same day", "earlier the same year".
				if (t.e.val == -2 || t.e.val == 2) && p.is(k+1, "the") && p.is(k+2, "same") {
					if u, part := p.narrativeUnit(k + 3); u != unitNone {
						if m, ok := p.narrative(k, k+4, u, 0, part); ok {
							return m, true
						}
					}
				}
				// "earlier in the month", "later in the year": the unit
				// of the last date the story named, else the anchor's
				// (not "later in the day", which TimeBank leaves
				// untagged).
				if (t.e.val == -2 || t.e.val == 2) && p.is(k+1, "in") && p.is(k+2, "the") && k+3 < len(p.toks) &&
					(p.is(k+3, "week") || p.is(k+3, "month") || p.is(k+3, "year")) {
					u := int(p.toks[k+3].e.val)
					if m, ok := p.narrative(k, k+4, u, 0, 0); ok {
						return m, true
					}
					return p.thisUnit(k, k+4, 0)
				}
				// "earlier this year", "later this month".
				if t.e.val == -2 || t.e.val == 2 {
					if p.cls(k+1) == clsShift {
						if m, ok := p.core(k + 1); ok && m.typ == tDate {
							m.i = k
							return m, true
						}
					}
				}
				return match{}, false
			}
		}
	}
	return p.core(k)
}

// afterThe recognizes what may follow "the": "the 1990s", "the past two
// weeks", "the first quarter", "the weekend", "the past", "the future",
// "the 17th of August", "the end of the year", "the day before
// yesterday".
func (p *parser) afterThe(k int) (match, bool) {
	if k >= len(p.toks) || (p.toks[k].kind == tkWord && !p.toks[k].known) {
		// Every reading below starts with a lexicon word or a number;
		// "the" is frequent, so leave early.
		return match{}, false
	}
	switch {
	case (p.is(k, "last") || p.is(k, "latter")) && (p.is(k+1, "half") || p.is(k+1, "quarter")) && p.is(k+2, "of") && p.yearAt(k+3) > 0:
		// "the last half of 1989", "the last quarter of 2024".
		if p.is(k+1, "half") {
			return match{i: k, j: k + 4, typ: tDate, value: strconv.Itoa(p.yearAt(k+3)) + "-H2", prec: pYear}, true
		}
		return match{i: k, j: k + 4, typ: tDate, value: fmtQuarter(p.yearAt(k+3), 4), prec: pQuarter}, true
	case (p.is(k, "first") || p.is(k, "last")) && p.is(k+1, "two") && p.is(k+2, "quarters") && p.is(k+3, "of") && p.yearAt(k+4) > 0:
		// "the first two quarters of 1990": its first half.
		h := "-H1"
		if p.is(k, "last") {
			h = "-H2"
		}
		return match{i: k, j: k + 5, typ: tDate, value: strconv.Itoa(p.yearAt(k+4)) + h, prec: pYear}, true
	case p.is(k, "past") || p.is(k, "future"):
		if m, ok := p.core(k); ok {
			return m, true
		}
		if p.cls(k+1) == clsUnit || p.toks[k].kind != tkWord || p.is(k+1, "of") {
			return match{}, false // "the future of the base" is a noun
		}
		if p.is(k, "past") {
			return match{i: k, j: k + 1, typ: tDate, value: fuzzyValues[fuzzyPast]}, true
		}
		return match{i: k, j: k + 1, typ: tDate, value: fuzzyValues[fuzzyFuture]}, true
	case p.is(k, "end") || p.is(k, "beginning") || p.is(k, "start") || p.is(k, "middle"):
		return p.edgeOf(k)
	case p.is(k, "same"):
		if u, part := p.narrativeUnit(k + 1); u != unitNone {
			return p.narrative(k, k+2, u, 0, part)
		}
		return match{}, false
	case p.is(k, "day") && (p.is(k+1, "before") || p.is(k+1, "after")) && p.cls(k+2) != clsRelDay:
		if m, ok := p.dayBeside(k); ok {
			return m, true
		}
		if k+2 < len(p.toks) && p.toks[k+2].kind != tkPunct {
			return match{}, false // "the day after his death": dated by an event
		}
		n := 1
		if p.is(k+1, "before") {
			n = -1
		}
		return p.narrative(k, k+2, unitDay, n, 0)
	case p.is(k, "day") && (p.is(k+1, "before") || p.is(k+1, "after")):
		if k+2 < len(p.toks) && p.cls(k+2) == clsRelDay {
			n := int(p.toks[k+2].e.val)
			if n == 2 {
				return match{}, false
			}
			if p.is(k+1, "before") {
				n--
			} else {
				n++
			}
			return p.relDay(k, k+3, n)
		}
		return match{}, false
	case p.cls(k) == clsUnit && p.toks[k].e.val == unitWeekend && p.toks[k].e.flags&flagPlural == 0:
		return p.weekend(k, k+1, 0)
	case p.toks[k].kind == tkNum && p.toks[k].ndig <= 2 && p.isOrdSuffix(k+1) && p.is(k+2, "of"):
		// "the 17th of August [2025]".
		if p.cls(k+3) == clsMonth {
			return p.dayMonth(k, k+3, p.toks[k].num)
		}
		return match{}, false
	case (p.is(k, "first") || p.is(k, "final") || p.is(k, "early") || p.is(k, "opening") || p.is(k, "closing")) &&
		p.cls(k+1) == clsUnit && p.toks[k+1].e.flags&flagPlural != 0 && p.toks[k+1].e.val != unitWeekend:
		// "the first hours of the war", "the early years": a vague
		// stretch; "the early hours of Thursday" is a part of that day.
		if c := p.cls(k + 3); p.is(k+2, "of") && (c == clsWeekday || c == clsRelDay || c == clsMonth || c == clsPartOfDay) {
			return match{}, false
		}
		return match{i: k, j: k + 2, typ: tDur, value: durationValue(-1, int(p.toks[k+1].e.val), false)}, true
	case p.cls(k) == clsUnit && p.toks[k].e.flags&flagPlural != 0 && p.is(k+1, "ahead"):
		// "the weeks ahead", "the months ahead": a vague stretch to come.
		if u := int(p.toks[k].e.val); u != unitWeekend && u != unitSecond {
			return match{i: k, j: k + 2, typ: tDur, value: durationValue(-1, u, false)}, true
		}
		return match{}, false
	case p.cls(k) == clsDecade:
		// "the nineties": the latest such decade.
		m := match{i: k, j: k + 1, typ: tDate, prec: pDecade, rel: true}
		if p.a.ok {
			y := p.a.year/100*100 + 10*int(p.toks[k].e.val)
			if y > p.a.year {
				y -= 100
			}
			m.value = fmtDecade(y)
		}
		return m, true
	case p.cls(k) == clsSeason:
		if p.toks[k].cap && k+1 < len(p.toks) && p.toks[k+1].kind == tkWord && p.toks[k+1].cap && !p.toks[k+1].known {
			return match{}, false // "the Summer Olympics", "the Winter Palace"
		}
		if y, _ := p.spelledYear(k + 2); p.is(k+1, "of") && p.yearAt(k+2) < 0 && y < 0 {
			return match{}, false // "the fall of the government"
		}
		return p.season(k, k, 0, false)
	case p.is(k, "current") && p.cls(k+1) == clsUnit && p.toks[k+1].e.flags&flagPlural == 0 && p.toks[k+1].e.val >= unitWeek && !p.is(k+1, "quarter"):
		return p.thisUnit(k, k+2, shiftThis)
	case p.is(k, "year") || p.is(k+1, "year") || (p.is(k+2, "year") && p.is(k+1, "fiscal")):
		return p.theYear(k)
	case p.is(k, "week") && p.is(k+1, "of") && (p.cls(k+2) == clsMonth || p.cls(k+2) == clsWeekday):
		// "the week of March 6": the week that day falls in.
		if dm, ok := p.core(k + 2); ok && dm.date && dm.typ == tDate {
			m := match{i: k, j: dm.j, typ: tDate, prec: pWeek, rel: dm.rel}
			if t, err := time.Parse(time.DateOnly, dm.value); err == nil {
				m.value = fmtWeek(t)
			}
			return m, true
		}
		return match{}, false
	case p.is(k, "week") && p.a.ok && (p.is(k-2, "for") && p.punct(k+1, ',') || p.punct(k+1, '\'') && p.is(k+2, "s") && p.toks[k+2].glued):
		// A market report's "For the week, the index fell", "the
		// week's most active session": a week the story is about,
		// which it does not name ("during the week" is any weekday).
		return match{i: k, j: k + 1, typ: tDate, value: pad4(p.a.year) + "-WXX", prec: pWeek, rel: true, derived: true}, true
	case p.is(k, "month") || p.is(k, "week"):
		return match{}, false
	case (p.is(k, "latest") || p.is(k, "last") || p.is(k, "previous")) && p.is(k+1, "period"),
		p.is(k, "most") && p.is(k+1, "recent") && p.is(k+2, "period"):
		return p.theQuarter(k)
	case p.is(k, "quarter") || p.is(k+1, "quarter") || (p.is(k+2, "quarter") && p.is(k, "most")) || (p.is(k+3, "quarter") && p.punct(k+1, '-')):
		return p.theQuarter(k)
	}
	return p.afterTheCore(k)
}

// afterTheCore finishes afterThe at k when no special reading applies.
func (p *parser) afterTheCore(k int) (match, bool) {
	if p.cls(k) == clsEdge {
		// "the mid-1500s", "the late 1970s".
		if m, ok := p.at(k); ok {
			return m, true
		}
		return match{}, false
	}
	if m, ok := p.core(k); ok {
		// "the" before a bare weekday or relative day adds nothing
		// the span needs, but it is harmless; keep it.
		return m, true
	}
	return match{}, false
}

// namedDayWords are the words that make a weekday after them a named
// day, not a weekday near the anchor: "Black Friday", "Bloody Sunday".
// ("Super Tuesday" is read as the Tuesday it mostly is in the news that
// names it.)
var namedDayWords = map[string]bool{"Black": true, "Bloody": true, "Cyber": true, "Giving": true}

// officeNouns are offices and bodies that "current" picks a holder of
// ("the current president", "the current government"): a description,
// not a time.
var officeNouns = map[string]bool{"president": true, "leader": true, "leaders": true, "chairman": true,
	"chair": true, "head": true, "minister": true, "ministers": true, "prime": true, "government": true,
	"administration": true, "regime": true, "chief": true, "ceo": true, "director": true, "mayor": true,
	"governor": true, "king": true, "speaker": true, "secretary": true, "coach": true, "owner": true,
	"champion": true, "members": true, "member": true, "holder": true, "occupant": true, "cabinet": true}

// functionWords are words after which an -ly frequency word is an
// adverb, not an adjective: "report weekly and vote".
var functionWords = map[string]bool{"and": true, "or": true, "but": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "from": true, "by": true, "with": true, "since": true,
	"until": true, "as": true, "than": true, "the": true, "a": true, "an": true, "if": true,
	"because": true, "while": true, "when": true, "after": true, "before": true, "during": true}

// theQuarter recognizes "the quarter", "the latest quarter", "the most
// recent quarter", "the current quarter", "the year-earlier quarter" at k
// (after "the"): anaphora to the quarter the report is about.
func (p *parser) theQuarter(k int) (match, bool) {
	recent := p.recentQuarter()
	var cur string
	if p.a.ok {
		day := p.a.day(0)
		cur = fmtQuarter(day.Year(), (int(day.Month())+2)/3)
	}
	switch {
	case p.is(k, "quarter"):
		if recent == "" || p.punct(k+1, '-') && p.toks[k+1].glued {
			return match{}, false // "the quarter-to-quarter comparison"
		}
		return match{i: k, j: k + 1, typ: tDate, value: recent, prec: pQuarter, rel: true}, true
	case p.is(k, "latest") || p.is(k, "last") || p.is(k, "previous"):
		if !p.is(k+1, "quarter") && !p.is(k+1, "period") {
			return p.core(k)
		}
		v := recent
		if v == "" && cur != "" {
			v = shiftQuarter(cur, -1)
		}
		if v == "" {
			return match{}, false
		}
		return match{i: k, j: k + 2, typ: tDate, value: v, prec: pQuarter, rel: true}, true
	case p.is(k, "most") && p.is(k+1, "recent"):
		if !p.is(k+2, "quarter") && !p.is(k+2, "period") {
			return p.core(k)
		}
		v := recent
		if v == "" && cur != "" {
			v = shiftQuarter(cur, -1)
		}
		if v == "" {
			return match{}, false
		}
		return match{i: k, j: k + 3, typ: tDate, value: v, prec: pQuarter, rel: true}, true
	case p.is(k, "current"):
		if cur == "" {
			return match{}, false
		}
		return match{i: k, j: k + 2, typ: tDate, value: cur, prec: pQuarter, rel: true}, true
	}
	return p.core(k)
}

// theYear recognizes "the year", "the full year", "the fiscal year",
// "the current fiscal year", "the latest fiscal year" and "the year
// 2000" at k (after "the"). TimeML reads "the year" in a report as the
// year of the report ("a high for the year"), and "the year ended
// Sept. 30" as a twelve-month stretch (P1Y).
func (p *parser) theYear(k int) (match, bool) {
	c, off := k, 0
	pointed := false // "current", "latest", "previous" point to the year
	switch {
	case p.is(c, "year"):
	case p.is(c, "full") || p.is(c, "fiscal"):
		c++
	case p.is(c, "current") || p.is(c, "latest") || p.is(c, "previous") && p.is(c+1, "fiscal"):
		pointed = true
		if !p.is(c, "current") {
			off = -1
		}
		c++
		if p.is(c, "fiscal") {
			c++
		}
	default:
		// "the following year", "the past year", "the same year".
		return p.afterTheCore(k)
	}
	if p.is(c, "fiscal") {
		c++
	}
	if !p.is(c, "year") {
		return p.afterTheCore(k)
	}
	if p.toks[c].cap && !p.sentenceStart(k) {
		return match{}, false // "Person of the Year" is a title
	}
	j := c + 1
	if y, e := p.spelledYear(j); y > 0 {
		return match{i: k, j: e, typ: tDate, value: strconv.Itoa(y), prec: pYear}, true
	}
	if y := p.yearAt(j); y > 0 && c == k {
		return match{i: k, j: j + 1, typ: tDate, value: strconv.Itoa(y), prec: pYear}, true
	}
	if p.is(j, "ended") || p.is(j, "ending") || p.is(j, "ends") || p.is(j, "to") {
		return match{i: k, j: j, typ: tDur, value: "P1Y"}, true
	}
	if c == k && (p.is(j, "before") || p.is(j, "after")) && (j+1 >= len(p.toks) || p.toks[j+1].kind == tkPunct) {
		// "rose 45% in 2024 from the year before": the year beside
		// the last one the story named.
		n := 1
		if p.is(j, "before") {
			n = -1
		}
		return p.narrative(k, j+1, unitYear, n, 0)
	}
	if j < len(p.toks) {
		if p.toks[j].kind == tkNum || p.punct(j, '-') || p.punct(j, '\'') {
			return match{}, false
		}
		// "the year that changed everything", "the year of the
		// flood" name a year by what follows; "the current fiscal
		// year that" is the anchor's year whatever follows.
		for _, w := range [...]string{"of", "before", "after", "when", "in", "that", "which", "earlier", "later", "ago", "since", "from", "he", "she", "they", "we", "it"} {
			if p.is(j, w) && !pointed {
				return match{}, false
			}
		}
	}
	m := match{i: k, j: j, typ: tDate, prec: pYear, rel: true}
	if p.a.ok {
		m.value = strconv.Itoa(p.a.day(0).Year() + off)
	}
	return m, true
}

// edgeOf recognizes "end of 2024", "beginning of next year", "middle of
// the month" at k (the edge word).
func (p *parser) edgeOf(k int) (match, bool) {
	if !p.is(k+1, "of") {
		return match{}, false
	}
	n := k + 2
	if p.is(n, "the") {
		n++
		if p.is(n, "year") || p.is(n, "month") || p.is(n, "week") {
			m, ok := p.thisUnit(n, n+1, shiftThis)
			if ok {
				m.mod = edgeMod(p.word(k))
			}
			return m, ok
		}
	}
	m, ok := p.core(n)
	if !ok || m.typ != tDate || m.value == "" || strings.HasSuffix(m.value, "_REF") {
		return match{}, false
	}
	m.i = k
	m.mod = edgeMod(p.word(k))
	return m, true
}

func edgeMod(w string) int {
	switch strings.ToLower(w) {
	case "end":
		return modEnd
	case "middle":
		return modMid
	}
	return modStart
}

// core recognizes an expression starting at k with no prefix.
func (p *parser) core(k int) (match, bool) {
	if k >= len(p.toks) {
		return match{}, false
	}
	t := &p.toks[k]
	if t.kind == tkNum {
		return p.numberStart(k)
	}
	if t.kind != tkWord {
		return match{}, false
	}
	if p.is(k, "a") || p.is(k, "an") || p.is(k, "half") || p.is(k, "several") || p.is(k, "few") || p.is(k, "many") || p.is(k, "couple") || p.is(k, "dozens") {
		return p.number(k)
	}
	if p.is(k, "q") && t.cap && k+1 < len(p.toks) && p.toks[k+1].glued && p.toks[k+1].kind == tkNum && p.toks[k+1].num >= 1 && p.toks[k+1].num <= 4 {
		return p.quarter(k, k+2, p.toks[k+1].num)
	}
	if p.is(k, "h") && t.cap && k+1 < len(p.toks) && p.toks[k+1].glued && p.toks[k+1].kind == tkNum && (p.toks[k+1].num == 1 || p.toks[k+1].num == 2) {
		// "H1 2025": a half year.
		if y := p.yearAt(k + 2); y > 0 {
			return match{i: k, j: k + 3, typ: tDate, value: strconv.Itoa(y) + "-H" + strconv.Itoa(p.toks[k+1].num), prec: pYear}, true
		}
		return match{}, false
	}
	if p.is(k, "fy") && t.cap && k+1 < len(p.toks) && p.toks[k+1].kind == tkNum {
		// "FY2024", "FY 2024", "FY24": a fiscal year, named by the
		// calendar year it ends in.
		n := &p.toks[k+1]
		switch {
		case n.ndig == 4 && p.yearAt(k+1) > 0:
			return match{i: k, j: k + 2, typ: tDate, value: strconv.Itoa(n.num), prec: pYear}, true
		case n.ndig == 2 && n.glued:
			return match{i: k, j: k + 2, typ: tDate, value: strconv.Itoa(2000 + n.num), prec: pYear}, true
		}
		return match{}, false
	}
	if !t.known {
		return match{}, false
	}
	if p.is(k, "year") && p.punct(k+1, '-') && p.toks[k+1].glued && (p.is(k+2, "earlier") || p.is(k+2, "ago")) {
		// "the year-earlier quarter", "year-ago results": the same
		// period a year before the one the report is about.
		j := k + 3
		if m, ok := p.number(j); ok && m.typ == tDur {
			return match{}, false // "the year-earlier nine months": the stretch is the expression
		}
		if c := j; c <= len(p.toks) {
			if c < len(p.toks) && p.toks[c].known && p.toks[c].e.flags&flagOrd != 0 {
				c++
			}
			if p.is(c, "quarter") || p.is(c, "period") {
				j = c + 1
			}
		}
		m := match{i: k, j: j, typ: tDate, rel: true}
		if q := p.quarterBefore(k); q != "" || (p.is(j-1, "quarter") && p.recentQuarter() != "") {
			if q == "" {
				q = p.recentQuarter() // "the year-earlier quarter" names its unit
			}
			m.value, m.prec, m.derived = shiftQuarter(q, -4), pQuarter, true
		} else if p.a.ok {
			m.value, m.prec = strconv.Itoa(p.a.day(0).Year()-1), pYear
		}
		return m, true
	}
	if p.is(k, "near") && (p.is(k+1, "future") || p.is(k+1, "term")) {
		return match{i: k, j: k + 2, typ: tDate, value: fuzzyValues[fuzzyFuture]}, true
	}
	if p.is(k, "year") && (p.is(k+1, "end") || (p.punct(k+1, '-') && p.toks[k+1].glued && p.is(k+2, "end")) ||
		(p.punct(k+1, '\'') && p.is(k+2, "s") && p.is(k+3, "end"))) {
		// "by year end", "year-end results", "by year's end": the end
		// of the anchor's year.
		j := k + 2
		if p.is(k+3, "end") {
			j = k + 4
		} else if !p.is(k+1, "end") {
			j = k + 3
		}
		m := match{i: k, j: j, typ: tDate, prec: pYear, rel: true, mod: modEnd}
		if p.a.ok {
			m.value = strconv.Itoa(p.a.day(0).Year())
		}
		return m, true
	}
	if t.e.flags&flagOrd != 0 && t.e.ord > 0 {
		if m, ok := p.ordinal(k, int(t.e.ord), k+1); ok {
			return m, true
		}
	}
	switch t.e.cls {
	case clsMonth:
		return p.month(k)
	case clsWeekday:
		return p.weekday(k, 0)
	case clsRelDay:
		if p.is(k, "today") && p.punct(k+1, '\'') && p.is(k+2, "s") && genericNouns[strings.ToLower(p.wordAt(k+3))] {
			return match{}, false // "today's youth" is a generation, not a day
		}
		if t.cap && !p.sentenceStart(k) && p.toks[k-1].kind == tkWord && (p.toks[k-1].cap && !p.toks[k-1].known || !p.toks[k-1].cap) {
			// "USA Today", "VOA Today", "told Today", "Radio 4's
			// Today programme" are names: a day is written in lower
			// case inside a sentence
			return match{}, false
		}
		if p.is(k-1, "of") && !p.is(k+1, "morning") && !p.is(k+1, "night") && !p.is(k+1, "evening") && !p.is(k+1, "afternoon") &&
			k >= 2 && p.toks[k-2].kind == tkWord && !p.toks[k-2].known && (k+1 >= len(p.toks) || p.toks[k+1].kind == tkPunct) &&
			!(p.punct(k+1, '\'') && p.toks[k+1].glued && p.is(k+2, "s")) {
			return match{}, false // "the people of tomorrow", "the world of today"
		}
		return p.relDayWord(k)
	case clsShift:
		return p.shift(k)
	case clsNumber:
		if p.is(k, "one") && p.is(k+1, "day") && !p.toks[k].cap {
			if m, ok := p.oneDay(k); ok {
				return m, true
			}
		}
		if m, ok := p.number(k); ok {
			return m, true
		}
		return p.spelledYearAt(k)
	case clsFuzzy:
		return p.fuzzy(k)
	case clsSetAdv:
		// "a quarterly dividend", "the party daily Granma" use the word
		// as an adjective or a noun, not as a frequency.
		// But a routine a person or body keeps ("in his weekly radio
		// address", "the daily tally of inspections") recurs.
		routine := !t.cap && (p.is(k, "daily") || p.is(k, "weekly")) && possessives[strings.ToLower(p.wordAt(k-1))] && p.nounAfter(k)
		if n := k + 1; !routine && n < len(p.toks) && p.toks[n].kind == tkWord && !p.toks[n].cap && (!p.toks[n].known || p.toks[n].e.cls == clsNone) && !functionWords[strings.ToLower(p.word(n))] &&
			(p.is(k, "quarterly") || p.is(k, "monthly") || p.is(k, "weekly") || p.is(k, "yearly") || p.is(k, "biweekly")) {
			return match{}, false
		}
		// "the Daily Mail", "the nightly news": a name or a noun.
		if !routine && (p.is(k-1, "the") || (t.cap && !p.sentenceStart(k)) || p.setAdvNoun(k)) {
			return match{}, false
		}
		return match{i: k, j: k + 1, typ: tSet, value: durationValue(1, int(t.e.val), false)}, true
	case clsLong:
		// "a weeklong hearing", "the yearlong probe": one unit.
		return match{i: k, j: k + 1, typ: tDur, value: durationValue(1, int(t.e.val), false)}, true
	case clsEvery:
		return p.every(k)
	case clsSeason:
		return p.season(k, k, 0, true)
	case clsClock:
		if p.is(k-1, "high") {
			return match{}, false // "high noon" is an idiom
		}
		return p.clockWord(k)
	case clsHoliday:
		return p.holiday(k)
	case clsPartOfDay:
		if p.is(k, "overnight") {
			return p.partOfDay(k, k+1, 0, int(t.e.val))
		}
	case clsUnit:
		if u := int(t.e.val); t.e.flags&flagPlural == 0 && u != unitWeekend && p.punct(k+1, '-') && p.toks[k+1].glued && p.is(k+2, "long") {
			// "a week-long visit", "the year-long probe".
			return match{i: k, j: k + 3, typ: tDur, value: durationValue(1, u, false)}, true
		}
		return p.bareUnits(k)
	}
	if p.is(k, "new") && p.is(k+1, "year") && p.punct(k+2, '\'') && p.is(k+3, "s") && (p.is(k+4, "day") || p.is(k+4, "eve")) && t.cap {
		h := holNewYearsDay
		if p.is(k+4, "eve") {
			h = holNewYearsEve
		}
		return p.holidayAt(k, k+5, h)
	}
	if (p.is(k, "these") && p.is(k+1, "days")) || (p.is(k, "at") && p.is(k+1, "present")) {
		return match{i: k, j: k + 2, typ: tDate, value: fuzzyValues[fuzzyPresent]}, true
	}
	if p.is(k, "right") && p.is(k+1, "now") {
		return match{i: k, j: k + 2, typ: tDate, value: fuzzyValues[fuzzyPresent]}, true
	}
	return match{}, false
}

// isOrdSuffix reports whether token k is an ordinal suffix glued to the
// number before it ("17th").
func (p *parser) isOrdSuffix(k int) bool {
	if k >= len(p.toks) || !p.toks[k].glued || p.toks[k].kind != tkWord {
		return false
	}
	return p.is(k, "st") || p.is(k, "nd") || p.is(k, "rd") || p.is(k, "th")
}

// yearAt returns the year of token k when it is a 4-digit number that can
// be a year, else -1.
func (p *parser) yearAt(k int) int {
	if k >= len(p.toks) || p.toks[k].kind != tkNum || p.toks[k].ndig != 4 {
		return -1
	}
	y := p.toks[k].num
	if y < 1000 || y > 2199 {
		return -1
	}
	// "2025-26" or "2025." followed by digits belong to something else.
	if k+1 < len(p.toks) && p.toks[k+1].glued && p.toks[k+1].kind == tkWord && !p.is(k+1, "s") {
		return -1
	}
	return y
}

// dayAt returns the day of month of token k (1..31) and the index after
// an optional ordinal suffix, or -1.
func (p *parser) dayAt(k int) (int, int) {
	if k >= len(p.toks) || p.toks[k].kind != tkNum || p.toks[k].ndig > 2 || p.toks[k].num < 1 || p.toks[k].num > 31 {
		return -1, k
	}
	d := p.toks[k].num
	n := k + 1
	if p.isOrdSuffix(n) {
		n++
	}
	// "17:00", "5%", "3.5" are not days.
	if n < len(p.toks) && p.toks[n].glued && p.toks[n].kind == tkPunct && (p.toks[n].ch == '%' || p.toks[n].ch == '/') {
		return -1, k
	}
	return d, n
}

// month recognizes a month name at k and what follows it.
func (p *parser) month(k int) (match, bool) {
	t := &p.toks[k]
	if !t.cap {
		return match{}, false
	}
	mo := int(t.e.val)
	n := k + 1
	abbr := t.e.flags&flagAbbr != 0
	if !abbr && (p.is(n, "revolution") || p.is(n, "uprising")) {
		// "the December revolution", "the October Revolution": a
		// name of a past upheaval, not a month to resolve.
		return match{}, false
	}
	if abbr {
		if p.punct(n, '.') && p.toks[n].glued {
			n++
		} else if !(n < len(p.toks) && p.toks[n].kind == tkNum) {
			return match{}, false
		}
	}
	// Month Day [,] [Year]
	if d, n2 := p.dayAt(n); d > 0 {
		end := n2
		y := -1
		c := n2
		if p.punct(c, ',') {
			c++
		}
		if yy := p.yearAt(c); yy > 0 {
			y, end = yy, c+1
		} else if p.is(n2, "and") || p.is(n2, "to") || p.punct(n2, '-') {
			// "April 24 and 25, 2026": the year after the second day
			// is the first's too.
			if d2, n3 := p.dayAt(n2 + 1); d2 > 0 {
				if p.punct(n3, ',') {
					n3++
				}
				if yy := p.yearAt(n3); yy > 0 {
					y = yy
				}
			}
		}
		// "May 5 people" is a count after the modal or the name; a
		// May or March date needs a year, a suffix, a preposition
		// before it or punctuation after it.
		// "began March 6 in Syria": a function word after the day
		// makes it a date.
		ambiguous := (mo == 5 || mo == 3) && y < 0 && !p.goodMonthContext(k) && !p.isOrdSuffix(n2-1) &&
			n2 < len(p.toks) && p.toks[n2].kind == tkWord && !functionWords[strings.ToLower(p.word(n2))]
		if !ambiguous {
			if y > 0 {
				return p.absDate(k, end, y, mo, d)
			}
			return p.monthDay(k, end, mo, d)
		}
	}
	// Month [,] Year / Month of Year
	c := n
	if p.punct(c, ',') {
		c++
	} else if p.is(c, "of") {
		c++
	}
	if y := p.yearAt(c); y > 0 {
		return match{i: k, j: c + 1, typ: tDate, value: fmtYM(y, mo), prec: pMonth}, true
	}
	if y, e := p.spelledYear(c); y > 0 && e > c+1 && !p.is(c+1, "thousand") {
		return match{i: k, j: e, typ: tDate, value: fmtYM(y, mo), prec: pMonth}, true // "January nineteen ninety-seven"
	}
	// "June last year", "January this year".
	if p.cls(c) == clsShift && p.is(c+1, "year") {
		if s := int(p.toks[c].e.val); s == shiftLast || s == shiftThis || s == shiftNext {
			m := match{i: k, j: c + 2, typ: tDate, prec: pMonth, rel: true}
			if s == shiftThis {
				s = 0
			}
			if p.a.ok {
				m.value = fmtYM(p.a.day(0).Year()+s, mo)
			}
			return m, true
		}
	}
	if mo == 5 && p.is(n, "day") && p.toks[n].cap {
		return p.holidayAt(k, n+1, holMayDay) // "May Day" is May 1
	}
	// Month alone.
	if (mo == 5 || mo == 3) && !p.goodMonthContext(k) {
		return match{}, false
	}
	if k > 0 && p.toks[k-1].kind == tkWord && p.toks[k-1].cap && !p.toks[k-1].known && !p.sentenceStart(k-1) {
		return match{}, false // "Theresa May", "Ides March"
	}
	if n < len(p.toks) && p.toks[n].kind == tkWord && p.toks[n].cap && !p.toks[n].known && !p.toks[n].glued && !p.goodMonthContext(k) {
		return match{}, false // "August Landmesser", "June Carter" are names
	}
	return p.monthAlone(k, n, mo, 0)
}

// goodMonthContext reports whether the word before a "May" or "March" at
// k makes it a month: a preposition or a time modifier.
func (p *parser) goodMonthContext(k int) bool {
	if k == 0 {
		return false
	}
	for _, w := range [...]string{"the", "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "to", "through", "during", "before", "after", "between", "and", "on", "end", "beginning", "each", "every", "in", "this", "ended", "ending", "ends", "effective", "began", "begins", "started", "starts"} {
		if p.is(k-1, w) {
			return true
		}
	}
	return p.punct(k-1, '-') && p.is(k-2, "mid")
}

// sentenceStart reports whether token k starts the tokens or follows a
// sentence or clause opener (quote, bracket).
func (p *parser) sentenceStart(k int) bool {
	return k == 0 || (p.toks[k-1].kind == tkPunct && p.toks[k-1].ch != ',')
}

// weekday recognizes a weekday at k, with an optional explicit date
// ("Sunday, Aug. 17"), a part of day and a zone. shift is the "last",
// "next" or "this" before it (0 when none; handled by the caller's span).
func (p *parser) weekday(k, shift int) (match, bool) {
	t := &p.toks[k]
	wd := int(t.e.val)
	if t.e.flags&flagPlural != 0 {
		if !t.cap || p.is(k-1, "the") {
			return match{}, false // "the Fridays for Future movement"
		}
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		j := k + 1
		if p.cls(j) == clsPartOfDay {
			v += "T" + partCodes[p.toks[j].e.val]
			j++
		}
		return match{i: k, j: j, typ: tSet, value: v}, true
	}
	n := k + 1
	if t.e.flags&flagAbbr != 0 {
		if !t.cap || !p.punct(n, '.') || !p.toks[n].glued {
			return match{}, false
		}
		n++
	}
	// An explicit date after the weekday wins: "Sunday, Aug. 17, 2025".
	c := n
	if p.punct(c, ',') {
		c++
	}
	if c < len(p.toks) && (p.cls(c) == clsMonth || p.toks[c].kind == tkNum) {
		if m, ok := p.core(c); ok && m.date {
			m.i = k
			return m, true
		}
	}
	if t.e.flags&flagAbbr != 0 {
		return match{}, false // "the Sun.", "Wed." alone: only before a date
	}
	if p.is(k-1, "the") && n < len(p.toks) && p.toks[n].kind == tkWord && p.toks[n].cap && !p.toks[n].known {
		return match{}, false // "the Sunday Times" is a newspaper
	}
	if wd == 5 && p.wordAt(k-1) == "Good" {
		return p.holidayAt(k, k+1, holGoodFriday) // two days before Easter
	}
	if k > 0 && p.toks[k-1].cap && namedDayWords[p.wordAt(k-1)] {
		return match{}, false // "Black Friday", "Bloody Sunday"
	}
	// "Tuesday nights" recur.
	if p.cls(n) == clsPartOfDay && p.toks[n].e.flags&flagPlural != 0 {
		return match{i: k, j: n + 1, typ: tSet, value: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + partCodes[p.toks[n].e.val]}, true
	}
	// Part of day ("Wednesday night" keeps it in its text, not in its
	// value), zone.
	if p.cls(n) == clsPartOfDay && p.toks[n].e.flags&flagPlural == 0 {
		n++
	}
	zi := p.zoneAt(n)
	if zi > 0 {
		n++
	}
	m := match{i: k, j: n, typ: tDate, prec: pDay, date: true}
	if zi > 0 {
		m.zone = zones[zi].name
	}
	if !p.a.ok {
		m.rel = true
		return m, true
	}
	day := p.a.day(zi)
	if shift == 0 {
		if from, ok := p.rangeStart(k); ok {
			// "from Monday until Thursday": the end is the first
			// such day after the start.
			m.value = fmtDate(weekdayDate(from, wd, shiftNext, 0))
			m.rel = true
			return m, true
		}
	}
	dir := 0
	if shift == 0 && p.declaredDay(k, n) {
		dir = 1
	} else if shift == 0 {
		dir = p.direction(k, n)
		if dir == 0 && !(p.punct(n, '\'') && p.is(n+1, "s")) && !p.afterEvent() &&
			(p.progressiveBefore(k) || !p.eventNoun(k, n) && (p.presentBefore(k) || p.noPastCue())) {
			dir = 1
		}
	}
	// "Wednesday night" is dated by its day: news annotators (and
	// TimeBank's, more often than not) give the day, which is also what
	// an event needs.
	m.value = fmtDate(weekdayDate(day, wd, shift, dir))
	m.rel = true
	return m, true
}

// declaredDay reports whether the weekday at k (ending before n) is the
// object of a verb that names a day ("declared Tuesday as a national
// day of mourning", "designated Friday a public holiday"): the day so
// named is still to come. "declared Tuesday that ..." dates the
// declaring instead.
func (p *parser) declaredDay(k, n int) bool {
	switch strings.ToLower(p.wordAt(k - 1)) {
	case "declare", "declares", "declared", "declaring", "designate", "designates", "designated",
		"designating", "proclaim", "proclaims", "proclaimed", "proclaiming":
	default:
		return false
	}
	if p.is(n, "as") {
		return true
	}
	for c := n; c < len(p.toks) && c < n+6 && p.toks[c].kind == tkWord; c++ {
		if p.is(c, "day") || p.is(c, "holiday") || p.is(c, "mourning") {
			return true
		}
	}
	return false
}

// presentBefore reports whether the clause before token k has a verb in
// the present tense ("is", "are", "there's"): with a weekday and no other
// cue it states a schedule ("There's another meeting in Paris Wednesday",
// "the ministers are in Brussels Friday"), which news writes for the
// coming days.
func (p *parser) presentBefore(k int) bool {
	return p.wordsBack(k, 0, func(c int) (bool, bool) {
		switch {
		case p.is(c, "is") || p.is(c, "are") || p.is(c, "am"):
			return true, true
		case p.is(c, "s") && p.punct(c-1, '\'') && p.toks[c].glued:
			// "there's", "it's", "he's": a contracted "is" (or
			// "has", which a past participle after it shows).
			return true, p.is(c-2, "there") || p.is(c-2, "it") || p.is(c-2, "here") || p.is(c-2, "he") || p.is(c-2, "she") || p.is(c-2, "that")
		}
		return false, false
	})
}

// wordsBack calls decide on the word tokens before token k in its clause,
// nearest first and at most ten, down to token lo, until decide reports
// that it has decided (done) and what (v); false when it never does.
func (p *parser) wordsBack(k, lo int, decide func(c int) (done, v bool)) bool {
	words := 0
	for c := k - 1; c >= lo && words < 10; c-- {
		if p.stops(c) {
			return false
		}
		if p.toks[c].kind != tkWord {
			continue
		}
		words++
		if done, v := decide(c); done {
			return v
		}
	}
	return false
}

// progressiveBefore reports whether the clause before token k has a
// verb in the present progressive ("is meeting", "are flying"): with a
// weekday it states an arrangement, which is ahead ("The envoy is
// meeting the rebels on Friday"), even where the weekday could date the
// noun before it.
func (p *parser) progressiveBefore(k int) bool {
	return p.wordsBack(k, 1, func(c int) (bool, bool) {
		w := p.word(c)
		ing := len(w) > 4 && strings.HasSuffix(w, "ing") && !p.toks[c].cap && (p.is(c-1, "is") || p.is(c-1, "are") || p.is(c-1, "am"))
		return ing, ing
	})
}

// eventNoun reports whether the weekday over tokens [k, n) dates a noun
// ("the strike on Monday brings the toll to 40", "the attack on Tuesday
// is the deadliest"), not a verb: the present tense of the clause then
// says nothing of its side.
func (p *parser) eventNoun(k, n int) bool {
	if p.is(n, "is") || p.is(n, "was") || p.is(n, "has") {
		return true
	}
	return p.is(k-1, "on") && k >= 3 && (p.is(k-3, "the") || p.is(k-3, "a") || p.is(k-3, "an")) &&
		p.toks[k-2].kind == tkWord && !p.toks[k-2].cap
}

// notVerbED lists words in -ed that are no verb forms.
var notVerbED = map[string]bool{"need": true, "speed": true, "feed": true, "seed": true, "embed": true,
	"shed": true, "hundred": true, "indeed": true, "breed": true, "creed": true, "deed": true, "greed": true,
	"steed": true, "weed": true, "sacred": true, "naked": true, "wicked": true, "kindred": true,
	"rugged": true, "ragged": true, "jagged": true, "beloved": true, "heed": true, "reed": true,
	"sled": true, "coed": true, "shred": true, "bleed": true, "proceed": true, "succeed": true,
	"exceed": true, "needed": false}

// afterEvent reports whether the stretch tells of something that
// follows an event ("Rescuers are searching after the quake on
// Tuesday"): its present tense is no schedule.
func (p *parser) afterEvent() bool {
	for c := range p.toks {
		if p.is(c, "after") || p.is(c, "following") || p.is(c, "since") || p.is(c, "amid") {
			return true
		}
	}
	return false
}

// noPastCue reports whether no word of the stretch points back (no past
// tense, no "ago"): "The minister arrives in Kyiv on Friday",
// "Polls close at 8 p.m. Sunday" state a schedule.
func (p *parser) noPastCue() bool {
	for c := range p.toks {
		if p.toks[c].kind != tkWord {
			continue
		}
		if p.cueAt(c, true) == cuePast {
			return false
		}
		// "have been killed": a present perfect reports the past;
		// "Russia hit Kyiv", "they cut ties": a past that looks like a
		// present.
		if p.is(c, "been") || ((p.is(c, "has") || p.is(c, "have")) && p.participle(c+1)) {
			return false
		}
		if p.toks[c].known && p.toks[c].e.flags&flagBarePast != 0 {
			return false
		}
		// "worth $130 million in October, are worth half that now":
		// a time set against the present is past.
		if p.is(c, "now") || p.is(c, "today") {
			return false
		}
		// "a bombing killed a guard", "Woolworths limited sales": the
		// -ed forms the tense reader leaves alone as adjectives still
		// tell of the past here.
		if w := p.word(c); len(w) >= 4 && !p.toks[c].cap && strings.HasSuffix(w, "ed") && !notVerbED[w] &&
			!(p.is(c-1, "be") || p.is(c-1, "is") || p.is(c-1, "are") || p.is(c-1, "being") || p.is(c-1, "the") || p.is(c-1, "a") || p.is(c-1, "an")) {
			return false
		}
	}
	return true
}

// participle reports whether token k, or the word after an adverb at k
// ("have already left"), looks like a past participle: a past cue or an
// -en, -wn, -ne form ("have risen", "has grown", "have gone").
func (p *parser) participle(k int) bool {
	if p.is(k, "already") || p.is(k, "just") || p.is(k, "also") || p.is(k, "now") || p.is(k, "never") || p.is(k, "not") || p.is(k, "recently") {
		k++
	}
	if k >= len(p.toks) || p.toks[k].kind != tkWord || p.toks[k].cap {
		return false
	}
	if p.cueAt(k, true) == cuePast || (p.toks[k].known && p.toks[k].e.flags&flagBarePast != 0) || p.is(k, "come") || p.is(k, "become") || p.is(k, "run") {
		return true
	}
	w := p.word(k)
	n := len(w)
	return n >= 4 && (w[n-2:] == "en" || w[n-2:] == "wn" || w[n-2:] == "ne" || w[n-3:] == "ung" || w[n-3:] == "ght")
}

// zoneAt returns the index in zones of a zone abbreviation at k, 0 when
// there is none. A zone is written in capitals.
func (p *parser) zoneAt(k int) int {
	if p.cls(k) != clsZone {
		return 0
	}
	w := p.word(k)
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return 0
		}
	}
	return int(p.toks[k].e.val)
}

// relDayWord recognizes today, yesterday, tomorrow, tonight and a part of
// day after them ("yesterday morning").
func (p *parser) relDayWord(k int) (match, bool) {
	v := int(p.toks[k].e.val)
	if v == 2 { // tonight
		return p.partOfDay(k, k+1, 0, 5)
	}
	if p.cls(k+1) == clsPartOfDay && p.toks[k+1].e.flags&flagPlural == 0 && !p.is(k+1, "overnight") {
		return p.partOfDay(k, k+2, v, int(p.toks[k+1].e.val))
	}
	return p.relDay(k, k+1, v)
}

// midPart recognizes "mid-afternoon" (the edge at i, the part of day at
// n) with an optional day after it ("mid-afternoon yesterday",
// "mid-morning Tuesday"): a time of that day, else of the story's last
// day, as a clock time with no day of its own is.
func (p *parser) midPart(i, n int) (match, bool) {
	part := int(p.toks[n].e.val)
	m := match{i: i, j: n + 1, typ: tTime, prec: pTime, rel: true}
	date := ""
	if c := n + 1; p.cls(c) == clsWeekday || (p.cls(c) == clsRelDay && p.toks[c].e.val != 2) {
		if dm, ok := p.core(c); ok && dm.date && dm.typ == tDate {
			date, m.j = dm.value, dm.j
		}
	}
	if date == "" {
		m.derived = true // dated from elsewhere: no reference of its own
		if d, ok := p.st.recentDay(); ok && (!p.a.ok || !d.After(p.a.day(0))) {
			date = fmtDate(d)
		} else if p.a.ok {
			date = fmtDate(p.a.day(0))
		}
	}
	if date != "" {
		m.value = date + "T" + partCodes[part]
	}
	return m, true
}

func (p *parser) relDay(i, j, n int) (match, bool) {
	m := match{i: i, j: j, typ: tDate, prec: pDay, rel: true, date: true}
	if p.a.ok {
		m.value = fmtDate(p.a.day(0).AddDate(0, 0, n))
	}
	return m, true
}

func (p *parser) partOfDay(i, j, n, part int) (match, bool) {
	m := match{i: i, j: j, typ: tTime, prec: pTime, rel: true}
	if p.a.ok {
		m.value = fmtDate(p.a.day(0).AddDate(0, 0, n)) + "T" + partCodes[part]
	}
	return m, true
}

// fuzzy recognizes now, currently, recently, soon and their kin.
func (p *parser) fuzzy(k int) (match, bool) {
	t := &p.toks[k]
	switch {
	case p.is(k, "recent"):
		// "recent years", "recent days": a vague past.
		if p.cls(k+1) == clsUnit && p.toks[k+1].e.flags&flagPlural != 0 {
			if p.is(k+1, "years") || p.is(k+1, "decades") {
				return match{i: k, j: k + 2, typ: tDate, value: fuzzyValues[fuzzyPast]}, true
			}
			return match{i: k, j: k + 2, typ: tDur, value: durationValue(-1, int(p.toks[k+1].e.val), false)}, true
		}
		return match{}, false
	case p.is(k, "current"):
		// "current market conditions": TimeML marks the adjective as
		// the present; "current account" and "current affairs" are
		// terms, not times.
		n := k + 1
		if n >= len(p.toks) || p.toks[n].kind != tkWord || p.toks[n].cap || p.is(n, "account") || p.is(n, "accounts") || p.is(n, "affairs") || p.is(n, "events") {
			return match{}, false
		}
		if officeNouns[strings.ToLower(p.word(n))] {
			return match{}, false // "the current president" names an office holder
		}
		if p.is(k-1, "then") || (p.punct(k-1, '-') && p.toks[k].glued && p.is(k-2, "then")) {
			// "the then current price", "the then-current rate": the
			// present of a past time ("then" is not a time word the
			// scan starts at, so the span is the adjective).
			return match{i: k, j: k + 1, typ: tDate, value: fuzzyValues[fuzzyPast]}, true
		}
	case p.is(k, "future"):
		return match{}, false
	case p.is(k, "now"):
		if p.is(k-1, "has") || p.is(k-1, "have") || p.is(k-1, "had") {
			return match{}, false // "has now dragged on": an aspect marker
		}
		if p.is(k-1, "from") || p.is(k-1, "by") || p.is(k+1, "on") {
			return match{}, false
		}
		// "is now an analyst", "is now associate dean", "is now in
		// the candy business": a change of role or state, which news
		// annotators leave untagged; "is now patrolling", "is now at
		// its highest" keep their "now".
		if (p.is(k-1, "is") || p.is(k-1, "are") || p.is(k-1, "was") || p.is(k-1, "were")) && k+1 < len(p.toks) && p.toks[k+1].kind == tkWord && !p.toks[k+1].cap {
			if p.is(k+1, "a") || p.is(k+1, "an") || p.is(k+1, "the") {
				return match{}, false
			}
			if w := p.word(k + 1); !p.toks[k+1].known && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") {
				return match{}, false
			}
		}
	case p.is(k, "soon"):
		if p.is(k-1, "as") || p.is(k-1, "so") || p.is(k-1, "too") || p.is(k+1, "after") || p.is(k+1, "afterward") || p.is(k+1, "afterwards") || p.is(k+1, "as") {
			return match{}, false
		}
		// "was soon released", "soon became a flood": a narrative
		// "soon" is a short while after a past event, not the future.
		if p.direction(k, k+1) < 0 {
			return match{}, false
		}
	}
	return match{i: k, j: k + 1, typ: tDate, value: fuzzyValues[t.e.val]}, true
}

// every recognizes sets: "every Tuesday", "each year", "every two weeks".
func (p *parser) every(k int) (match, bool) {
	n := k + 1
	if p.is(n, "other") {
		return match{}, false
	}
	switch p.cls(n) {
	case clsWeekday:
		if p.toks[n].e.flags&(flagPlural|flagAbbr) != 0 {
			return match{}, false
		}
		v := "XXXX-WXX-" + strconv.Itoa(int(p.toks[n].e.val))
		j := n + 1
		if p.cls(j) == clsPartOfDay {
			v += "T" + partCodes[p.toks[j].e.val]
			j++
		}
		return match{i: k, j: j, typ: tSet, value: v}, true
	case clsMonth:
		if !p.toks[n].cap || p.toks[n].e.flags&flagAbbr != 0 {
			return match{}, false
		}
		return match{i: k, j: n + 1, typ: tSet, value: "XXXX-" + pad2(int(p.toks[n].e.val))}, true
	case clsSeason:
		return match{i: k, j: n + 1, typ: tSet, value: "XXXX-" + seasonCodes[p.toks[n].e.val]}, true
	case clsPartOfDay:
		return match{i: k, j: n + 1, typ: tSet, value: "XXXX-XX-XXT" + partCodes[p.toks[n].e.val]}, true
	case clsUnit:
		if p.toks[n].e.flags&flagPlural != 0 {
			return match{}, false
		}
		if p.toks[n].e.val == unitWeekend {
			return match{i: k, j: n + 1, typ: tSet, value: "XXXX-WXX-WE"}, true
		}
		return match{i: k, j: n + 1, typ: tSet, value: durationValue(1, int(p.toks[n].e.val), false)}, true
	}
	if m, ok := p.number(n); ok && m.typ == tDur && m.value != "" && !strings.Contains(m.value, "X") {
		m.i, m.typ = k, tSet
		return m, true
	}
	return match{}, false
}

// bareUnits recognizes a plural unit with no number: "for years",
// "decades-long". "the most lethal conflict in decades" compares, it does
// not measure: "in" + bare plural is not an expression.
func (p *parser) bareUnits(k int) (match, bool) {
	t := &p.toks[k]
	if t.e.flags&flagPlural == 0 {
		return match{}, false
	}
	u := int(t.e.val)
	if u == unitWeekend || u == unitQuarter || u == unitSecond {
		return match{}, false
	}
	if p.is(k-1, "in") && p.is(k-2, "time") && u >= unitDay && (k+1 == len(p.toks) || p.toks[k+1].kind == tkPunct) {
		// "for the first time in years": a vague stretch back to now
		// ("the deadliest conflict in decades" compares, and is not
		// marked).
		return match{i: k, j: k + 1, typ: tDur, value: durationValue(-1, u, false)}, true
	}
	if p.is(k-1, "the") && p.is(k-2, "over") && u >= unitMonth && !overTheAfter[strings.ToLower(p.wordAt(k+1))] &&
		(k+1 >= len(p.toks) || p.toks[k+1].kind != tkNum) {
		// "over the years, many more patients": a vague stretch.
		return match{i: k - 1, j: k + 1, typ: tDur, value: durationValue(-1, u, false)}, true
	}
	if p.is(k-1, "in") || p.is(k-1, "the") || p.is(k-1, "of") {
		return match{}, false
	}
	// "decades-long"; "years-old" is an age.
	j := k + 1
	if p.punct(j, '-') && p.toks[j].glued && p.is(j+1, "old") {
		return match{}, false
	}
	if p.punct(j, '-') && p.toks[j].glued && p.is(j+1, "long") {
		j += 2
	}
	if p.is(k+1, "later") || p.is(k+1, "earlier") {
		// "Hours later", "days earlier": a vague stretch after or
		// before what the story tells.
		return match{i: k, j: k + 1, typ: tDur, value: durationValue(-1, u, false)}, true
	}
	if p.is(k-1, "for") || p.is(k-1, "over") || p.is(k-1, "within") || j > k+1 || p.is(k+1, "ago") {
		if p.is(k+1, "ago") {
			return match{i: k, j: k + 2, typ: tDate, value: fuzzyValues[fuzzyPast]}, true
		}
		return match{i: k, j: j, typ: tDur, value: durationValue(-1, u, false)}, true
	}
	return match{}, false
}

// overTheAfter lists words after "over the years" that make the years
// a particular stretch ("over the years that followed", "over the
// years of the war"), not a vague one.
var overTheAfter = map[string]bool{"that": true, "of": true, "since": true, "before": true, "after": true,
	"when": true, "which": true, "to": true, "ahead": true, "following": true, "between": true, "in": true}

// clockWord recognizes noon, midday and midnight with an optional day.
func (p *parser) clockWord(k int) (match, bool) {
	h := int(p.toks[k].e.val)
	return p.timeOfDay(k, k+1, h, 0)
}

// holiday recognizes Christmas, Thanksgiving, Easter, Halloween.
func (p *parser) holiday(k int) (match, bool) {
	if !p.toks[k].cap || p.is(k+1, "island") || p.is(k+1, "islands") {
		return match{}, false // "Christmas Island"
	}
	h := int(p.toks[k].e.val)
	j := k + 1
	switch {
	case h == holChristmas && p.is(j, "eve"):
		h, j = holChristmasEve, j+1
	case h == holValentine || h == holBoxing:
		// "Valentine's Day", "Boxing Day": only with their "Day".
		if p.punct(j, '\'') && p.is(j+1, "s") {
			j += 2
		}
		if !p.is(j, "day") || !p.toks[j].cap {
			return match{}, false
		}
		j++
	case p.is(j, "day") || (h == holChristmas && p.is(j, "day")):
		j++
	case h == holEaster && p.is(j, "sunday"):
		j++
	case h == holEaster && p.is(j, "monday") && p.toks[j].cap:
		// "Easter Monday" is the day after Easter.
		return p.holidayShifted(k, j+1, h, func(d time.Time) (string, string) { return fmtDate(d.AddDate(0, 0, 1)), pDay })
	case p.is(j, "weekend"):
		// "the Easter weekend", "over the Christmas weekend": the
		// weekend of the holiday's week.
		return p.holidayWeek(k, j+1, h, "-WE")
	case p.is(j, "week"):
		// "as Easter week began", "Christmas week": the holiday's
		// week.
		return p.holidayWeek(k, j+1, h, "")
	}
	return p.holidayAt(k, j, h)
}

// holidayWeek recognizes the week (suffix "") or the weekend ("-WE") of
// holiday h at [i, j). When publication falls in that week, it is this
// year's whatever the tense ("protesters prayed as Easter week began").
func (p *parser) holidayWeek(i, j, h int, suffix string) (match, bool) {
	if p.a.ok && p.yearAt(j) < 0 && !(p.punct(j, ',') && p.yearAt(j+1) > 0) {
		day := p.a.day(0)
		if d := holidayDate(day.Year(), h); fmtWeek(d) == fmtWeek(day) {
			return match{i: i, j: j, typ: tDate, prec: pWeek, value: fmtWeek(d) + suffix, rel: true}, true
		}
	}
	return p.holidayShifted(i, j, h, func(d time.Time) (string, string) { return fmtWeek(d) + suffix, pWeek })
}

// holidayShifted recognizes holiday h at [i, j) and gives it the value
// and precision f makes of the holiday's date ("Easter Monday", "the
// Easter weekend").
func (p *parser) holidayShifted(i, j, h int, f func(time.Time) (string, string)) (match, bool) {
	m, ok := p.holidayAt(i, j, h)
	if !ok || m.value == "" {
		return m, ok
	}
	d, err := time.Parse(time.DateOnly, m.value)
	if err != nil {
		return m, ok
	}
	m.value, m.prec = f(d)
	m.date = m.prec == pDay
	return m, true
}

func (p *parser) holidayAt(i, j, h int) (match, bool) {
	c := j
	if p.punct(c, ',') {
		c++
	}
	m := match{i: i, j: j, typ: tDate, prec: pDay, date: true}
	y := -1
	if yy := p.yearAt(c); yy > 0 {
		y, m.j = yy, c+1
	}
	if y < 0 {
		if !p.a.ok {
			m.rel = true
			return m, true
		}
		day := p.a.day(0)
		dir := p.direction(i, j)
		// The occurrence this year, or the one before or after it by
		// direction when this year's is on the other side.
		y = day.Year()
		d := holidayDate(y, h)
		switch {
		case dir < 0 && d.After(day):
			d = holidayDate(y-1, h)
		case dir > 0 && d.Before(day):
			d = holidayDate(y+1, h)
		}
		m.value, m.rel = fmtDate(d), true
		return m, true
	}
	m.value = fmtDate(holidayDate(y, h))
	return m, true
}

// spelledYearAt recognizes a year in words at k ("nineteen ninety-six";
// "two thousand" only after a word that marks a year: "by two
// thousand"), not a count ("nineteen ninety people").
func (p *parser) spelledYearAt(k int) (match, bool) {
	y, e := p.spelledYear(k)
	if y < 0 || e <= k+1 {
		return match{}, false
	}
	if e < len(p.toks) && p.toks[e].kind == tkWord && (p.cls(e) == clsUnit || countNouns[strings.ToLower(p.word(e))]) {
		return match{}, false
	}
	if p.is(k+1, "thousand") || p.is(k+1, "hundred") {
		if k == 0 || p.toks[k-1].kind != tkWord || !yearPrev[strings.ToLower(p.word(k-1))] || p.is(k-1, "for") || p.is(k-1, "of") || p.is(k-1, "than") {
			return match{}, false
		}
	}
	return match{i: k, j: e, typ: tDate, value: strconv.Itoa(y), prec: pYear}, true
}

// oneDay reads "one day" at k as an adverb of indefinite time ("he hopes
// one day to fly", "will one day be"): the future. After a preposition
// or before "later", "of" or "after" it is a count ("for one day", "one
// day later") and oneDay fails.
func (p *parser) oneDay(k int) (match, bool) {
	if k > 0 && p.toks[k-1].kind == tkWord {
		for _, w := range [...]string{"for", "in", "within", "about", "only", "just", "than", "over", "after", "before", "of", "least", "nearly", "almost", "the", "and", "or", "to"} {
			if p.is(k-1, w) {
				return match{}, false
			}
		}
	}
	if p.is(k+2, "later") || p.is(k+2, "of") || p.is(k+2, "after") || p.is(k+2, "before") || p.is(k+2, "earlier") || p.is(k+2, "ago") || p.punct(k+2, '-') {
		return match{}, false
	}
	// "will one day be", "hopes one day to fly": some future day. In a
	// report of the past "one day" is mostly a count ("had been in the
	// job one day"), so only the future reading is taken.
	modal := k > 0 && p.toks[k-1].known && p.toks[k-1].e.flags&flagAux != 0 && p.toks[k-1].e.cue == cueFuture
	if modal || (p.is(k+2, "to") && p.direction(k, k+2) >= 0) {
		return match{i: k, j: k + 2, typ: tDate, value: fuzzyValues[fuzzyFuture]}, true
	}
	return match{}, false
}

// wordAt returns the text of token k, "" when out of range.
func (p *parser) wordAt(k int) string {
	if k < 0 || k >= len(p.toks) {
		return ""
	}
	return p.word(k)
}

// genericNouns are nouns after "today's" that name an era, not a day:
// "today's youth", "today's world".
var genericNouns = map[string]bool{"youth": true, "world": true, "society": true, "generation": true,
	"generations": true, "children": true, "kids": true, "teenagers": true, "young": true, "standards": true,
	"technology": true, "culture": true, "politics": true, "economy": true, "students": true, "parents": true}

// setAdvNoun reports whether the frequency word at k ("daily",
// "weekly") is a noun naming a newspaper: before a name ("the party
// daily Granma", "the weekly Jeune Afrique"), after one ("Israel's
// Haaretz daily", "the Communist Party daily") or after a compound
// adjective ("the state-run daily"). An adverb follows a verb or a
// count ("meets daily", "twice daily") and precedes no name, though it
// may precede a weekday or a month ("daily Monday through Friday").
func (p *parser) setAdvNoun(k int) bool {
	if n := k + 1; n < len(p.toks) && p.toks[n].kind == tkWord && p.toks[n].cap && !p.toks[n].glued {
		if !p.toks[n].known || p.toks[n].e.cls == clsNone {
			return true
		}
	}
	if b := k - 1; b > 0 && p.toks[b].kind == tkWord && p.toks[b].cap && !p.sentenceStart(b) && p.wordAfter(k) {
		if !p.toks[b].known || p.toks[b].e.cls == clsNone {
			return true
		}
	}
	if p.punct(k-2, '-') && p.toks[k-1].glued {
		switch strings.ToLower(p.word(k - 1)) {
		case "run", "owned", "backed", "controlled", "affiliated", "language", "based", "leaning":
			return true
		}
	}
	return false
}

// possessives are determiners of a possessor.
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// nounAfter reports whether token k+1 is a lower-case word that can
// head a noun phrase: not a function word, not a past form.
func (p *parser) nounAfter(k int) bool {
	n := k + 1
	if n >= len(p.toks) || p.toks[n].kind != tkWord || p.toks[n].cap {
		return false
	}
	w := strings.ToLower(p.word(n))
	return !functionWords[w] && !strings.HasSuffix(w, "ed") && (!p.toks[n].known || p.toks[n].e.cls == clsNone)
}

// wordAfter reports whether token k+1 is a word other than a function
// word: "Haaretz daily reported", not "flies to Paris daily and".
func (p *parser) wordAfter(k int) bool {
	return k+1 < len(p.toks) && p.toks[k+1].kind == tkWord && !functionWords[strings.ToLower(p.word(k+1))]
}

// rangeStart returns the date of the weekday that opens a range ending
// at the weekday at k: "from Monday until Thursday", "from Monday to
// Thursday", "between Monday and Thursday". It fails when there is none.
func (p *parser) rangeStart(k int) (time.Time, bool) {
	b := k - 2
	if b < 1 || p.cls(b) != clsWeekday || p.toks[b].e.flags&(flagPlural|flagAbbr) != 0 {
		return time.Time{}, false
	}
	switch {
	case p.is(b-1, "from") && (p.is(k-1, "until") || p.is(k-1, "till") || p.is(k-1, "to") || p.is(k-1, "through")):
	case p.is(b-1, "between") && p.is(k-1, "and"):
	default:
		return time.Time{}, false
	}
	m, ok := p.weekday(b, 0)
	if !ok || m.j != b+1 || m.value == "" {
		return time.Time{}, false
	}
	d, err := time.Parse(time.DateOnly, m.value)
	return d, err == nil
}

// dayBeside reads "day before last Tuesday", "day after Christmas" at k
// (the word "day"): the day beside a date that names a day.
func (p *parser) dayBeside(k int) (match, bool) {
	c := k + 2
	if c >= len(p.toks) || p.toks[c].kind == tkPunct {
		return match{}, false
	}
	m, ok := p.core(c)
	if !ok || m.i != c || m.typ != tDate || len(m.value) != 10 || m.prec != pDay {
		return match{}, false
	}
	d, err := time.Parse(time.DateOnly, m.value)
	if err != nil {
		return match{}, false
	}
	n := 1
	if p.is(k+1, "before") {
		n = -1
	}
	m.i, m.value = k, fmtDate(d.AddDate(0, 0, n))
	return m, true
}
