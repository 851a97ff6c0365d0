package when

import (
	"strconv"
	"strings"
)

// qty is a parsed quantity: a value, or unknown ("several", "a few").
type qty struct {
	val     float64
	unknown bool
	article bool // the quantity was the article "a"/"an"
}

// quantity parses a quantity at k: digits ("48", "3.5", "2 1/2"), number
// words ("twenty-five", "three-and-a-half", "two and a half"), "a",
// "a couple of", "a few", "several", "half a". It returns the index after
// it.
func (p *parser) quantity(k int) (qty, int, bool) {
	if k >= len(p.toks) {
		return qty{}, k, false
	}
	t := &p.toks[k]
	var q qty
	n := k + 1
	switch {
	case t.kind == tkNum:
		s := strings.ReplaceAll(p.word(k), ",", "")
		if strings.Count(s, ".") > 1 || strings.Contains(s, ":") {
			return qty{}, k, false
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v > 100000 {
			return qty{}, k, false
		}
		q.val = v
		// "2 1/2"
		if n+2 < len(p.toks) && p.toks[n].kind == tkNum && !p.toks[n].glued && p.punct(n+1, '/') && p.toks[n+1].glued &&
			p.toks[n+2].kind == tkNum && p.toks[n+2].glued && p.toks[n+2].num > 0 && p.toks[n].num >= 0 {
			q.val += float64(p.toks[n].num) / float64(p.toks[n+2].num)
			n += 3
		}
	case p.is(k, "a") || p.is(k, "an"):
		switch {
		case p.is(n, "couple"):
			q.val, n = 2, n+1
			if p.is(n, "of") {
				n++
			}
		case p.is(n, "few"):
			q.unknown, n = true, n+1
		case p.is(n, "dozen"):
			q.val, n = 12, n+1
		case p.is(n, "hundred"):
			q.val, n = 100, n+1
		case p.is(n, "half"):
			if p.punct(n+1, '-') {
				q.val, n = 0.5, n+2
			} else {
				return qty{}, k, false
			}
		default:
			q.val, q.article = 1, true
		}
	case p.is(k, "half"):
		if p.is(n, "a") || p.is(n, "an") {
			q.val, n = 0.5, n+1
		} else if p.punct(n, '-') && p.toks[n].glued {
			q.val, n = 0.5, n+1
		} else {
			return qty{}, k, false
		}
	case p.is(k, "several") || p.is(k, "few") || p.is(k, "many"):
		q.unknown = true
	case p.is(k, "couple"):
		q.val = 2
		if p.is(n, "of") {
			n++
		}
	case p.is(k, "dozens") || p.is(k, "hundreds") || p.is(k, "thousands"):
		if !p.is(n, "of") {
			return qty{}, k, false
		}
		q.unknown, n = true, n+1
	case p.cls(k) == clsNumber:
		q.val = float64(t.e.val)
		if t.e.flags&flagTens != 0 {
			// "twenty-five", "twenty five"
			c := n
			if p.punct(c, '-') && p.toks[c].glued {
				c++
			}
			if p.cls(c) == clsNumber && p.toks[c].e.flags&flagTeen != 0 {
				q.val += float64(p.toks[c].e.val)
				n = c + 1
			}
		}
		if p.is(n, "hundred") {
			q.val *= 100
			n++
		}
		if p.is(n, "thousand") && p.cls(n+1) == clsUnit {
			q.val *= 1000 // "two thousand years"
			n++
		}
	default:
		return qty{}, k, false
	}
	// "-and-a-half", "and a half", "and one-half"
	if !q.unknown && !q.article {
		if c, ok := p.andAHalf(n); ok {
			q.val += 0.5
			n = c
		}
	}
	return q, n, true
}

// andAHalf matches "and a half" (with or without hyphens) at k.
func (p *parser) andAHalf(k int) (int, bool) {
	c := k
	if p.punct(c, '-') {
		c++
	}
	if !p.is(c, "and") {
		return k, false
	}
	c++
	if p.punct(c, '-') {
		c++
	}
	if !p.is(c, "a") && !p.is(c, "one") {
		return k, false
	}
	c++
	if p.punct(c, '-') {
		c++
	}
	if !p.is(c, "half") {
		return k, false
	}
	return c + 1, true
}

// countAdjectives may stand between a number and its unit.
var countAdjectives = map[string]bool{"more": true, "additional": true, "further": true, "extra": true,
	"consecutive": true, "straight": true, "successive": true, "full": true, "whole": true,
	"trading": true, "business": true, "working": true, "calendar": true}

// calendarAdjectives are the countAdjectives that name a kind of day
// and count only before a plural unit: "eight trading days", not "a
// calendar year".
var calendarAdjectives = map[string]bool{"trading": true, "business": true, "working": true, "calendar": true}

// setPrev lists words before "a day", "a year" that make it a rate:
// "twice a year", "$5 billion a year".
var setPrev = map[string]bool{"twice": true, "once": true, "thrice": true, "times": true, "percent": true,
	"million": true, "billion": true, "trillion": true, "dollars": true, "barrels": true, "tons": true,
	"tonnes": true, "cents": true, "euros": true, "pounds": true}

// number recognizes a quantity of units at k: a duration ("two weeks",
// "48 hours", "three-and-a-half years", "a two-year"), a date counted
// back ("two days ago", "a year earlier"), or a rate ("twice a year").
func (p *parser) number(k int) (match, bool) {
	q, n, ok := p.quantity(k)
	if !ok {
		return match{}, false
	}
	hyph := false
	if p.punct(n, '-') && p.toks[n].glued {
		n++
		hyph = true
	}
	if !hyph && p.cls(n+1) == clsUnit && countAdjectives[strings.ToLower(p.wordAt(n))] &&
		(!calendarAdjectives[strings.ToLower(p.wordAt(n))] || p.toks[n+1].e.flags&flagPlural != 0) {
		n++ // "two more weeks", "an additional year", "three straight days"
	}
	if p.cls(n) != clsUnit {
		return match{}, false
	}
	ut := &p.toks[n]
	u := int(ut.e.val)
	if ut.cap && k > 0 && !p.punct(k-1, '.') && !p.punct(k-1, '!') && !p.punct(k-1, '?') {
		return match{}, false // "60 Minutes", ``60 Minutes'' is a programme
	}
	plural := ut.e.flags&flagPlural != 0
	if u == unitWeekend {
		return match{}, false
	}
	if u == unitSecond && !plural && (q.article || (k+1 == n && p.cls(k) == clsNumber && q.val == 1)) {
		return match{}, false // "a second term", "one second round"
	}
	if q.article && u == unitQuarter {
		return match{}, false // "a quarter of the vote"
	}
	if q.article && plural {
		return match{}, false
	}
	if q.unknown && !plural && !hyph {
		return match{}, false
	}
	if !plural && !hyph && q.val >= 1000 {
		return match{}, false // "the 1988 second quarter"
	}
	j := n + 1
	// "a year and a half"
	if c, ok := p.andAHalf(j); ok && !q.unknown {
		q.val += 0.5
		j = c
	}
	// "decades-long"; an age ("6-year-old", "55 years old") is not a
	// time expression.
	if p.punct(j, '-') && p.toks[j].glued && p.is(j+1, "long") {
		j += 2
	}
	if (p.punct(j, '-') && p.is(j+1, "old")) || p.is(j, "old") {
		return match{}, false
	}
	// "on a day-to-day basis", "a year-to-year rise" compare.
	if p.punct(j, '-') && p.is(j+1, "to") {
		return match{}, false
	}
	// "three-quarters of its food" is a fraction.
	if u == unitQuarter && p.is(j, "of") && !q.unknown { // "several quarters of losses" counts
		return match{}, false
	}
	if q.article && !plural && k > 0 && !p.is(j, "ago") && !p.is(j, "earlier") &&
		(setPrev[strings.ToLower(p.word(k-1))] || p.toks[k-1].kind == tkNum || p.punct(k-1, '%') || p.countedPlural(k-1)) {
		return match{i: k, j: j, typ: tSet, value: durationValue(1, u, false)}, true
	}
	val := q.val
	if q.unknown {
		val = -1
	}
	if p.punct(j, '-') && p.toks[j].glued && (p.is(j+1, "ago") || p.is(j+1, "earlier")) {
		return p.countBack(k, j+2, val, u, -1) // "a year-earlier"
	}
	switch {
	case p.is(j, "ago") || (p.is(j, "earlier") && !p.is(j+1, "than")):
		return p.countBack(k, j+1, val, u, -1)
	case p.is(j, "from") && p.is(j+1, "now"):
		return p.countBack(k, j+2, val, u, 1)
	case p.is(j, "hence"):
		return p.countBack(k, j+1, val, u, 1)
	}
	if val == 0 {
		return match{}, false
	}
	return match{i: k, j: j, typ: tDur, value: durationValue(val, u, false)}, true
}

// countBack resolves "n units ago" (dir -1) or "n units from now" (dir 1).
func (p *parser) countBack(i, j int, val float64, u, dir int) (match, bool) {
	m := match{i: i, j: j, typ: tDate, rel: true}
	if val < 0 || val != float64(int(val)) {
		if dir < 0 {
			m.value = fuzzyValues[fuzzyPast]
		} else {
			m.value = fuzzyValues[fuzzyFuture]
		}
		m.rel = false
		return m, true
	}
	if !p.a.ok {
		return m, true
	}
	n := int(val) * dir
	day := p.a.day(0)
	years := 0
	switch u {
	case unitYear:
		years = n
	case unitDecade:
		years = 10 * n
	case unitCentury:
		years = 100 * n
	}
	if day.Year()+years < 1 {
		// "three thousand years ago" falls before year 1, which
		// TIMEX3 values do not count to: only its side is told.
		m.value, m.rel = fuzzyValues[fuzzyPast], false
		return m, true
	}
	if u == unitYear && dir < 0 {
		// "a year ago" beside a quarter's results compares quarters.
		if q := p.quarterBefore(i); q != "" {
			m.value, m.prec, m.derived = shiftQuarter(q, 4*n), pQuarter, true
			return m, true
		}
	}
	switch u {
	case unitSecond, unitMinute, unitHour, unitDay:
		h := 0
		switch u {
		case unitDay:
			h = n * 24
		case unitHour:
			h = n
		}
		m.value, m.prec, m.date = fmtDate(day.AddDate(0, 0, h/24)), pDay, true
	case unitWeek, unitFortnight:
		if u == unitFortnight {
			n *= 2
		}
		m.value, m.prec = fmtWeek(day.AddDate(0, 0, 7*n)), pWeek
	case unitMonth:
		m.value, m.prec = fmtYM(addMonths(day.Year(), int(day.Month()), n)), pMonth
	case unitQuarter:
		y, q := addQuarters(day.Year(), (int(day.Month())+2)/3, n)
		m.value, m.prec = fmtQuarter(y, q), pQuarter
	case unitYear:
		m.value, m.prec = strconv.Itoa(day.Year()+n), pYear
	case unitDecade:
		// "a decade ago" is the year ten years back, as "ten years
		// ago" is, not the decade before this one.
		m.value, m.prec = strconv.Itoa(day.Year()+10*n), pYear
	case unitCentury:
		m.value, m.prec = fmtCentury(day.Year()+100*n), pCentury
	default:
		m.value = ""
	}
	return m, true
}

// numberStart recognizes an expression that starts with digits.
func (p *parser) numberStart(k int) (match, bool) {
	t := &p.toks[k]
	w := p.word(k)
	// ISO 8601 dates: 2025-08-17, 2025-08.
	if t.ndig == 4 && t.num >= 1000 && k+2 < len(p.toks) && (p.punct(k+1, '-') || p.punct(k+1, '/')) && p.toks[k+1].glued &&
		p.toks[k+2].glued && p.toks[k+2].kind == tkNum && p.toks[k+2].ndig == 2 {
		sep := p.toks[k+1].ch
		mo := p.toks[k+2].num
		if mo >= 1 && mo <= 12 {
			if k+4 < len(p.toks) && p.punct(k+3, sep) && p.toks[k+3].glued && p.toks[k+4].glued && p.toks[k+4].kind == tkNum && p.toks[k+4].ndig == 2 {
				if m, ok := p.absDate(k, k+5, t.num, mo, p.toks[k+4].num); ok {
					return m, true
				}
				return match{}, false
			}
			if sep == '-' && !(k+3 < len(p.toks) && p.toks[k+3].glued) {
				return match{i: k, j: k + 3, typ: tDate, value: fmtYM(t.num, mo), prec: pMonth}, true
			}
		}
		return match{}, false
	}
	// Military time before a zone: "1500 UTC", "0730 GMT".
	if t.ndig == 4 && t.num >= 0 && t.num%100 < 60 && t.num/100 <= 24 && p.zoneAt(k+1) > 0 {
		return p.timeOfDay(k, k+1, t.num/100, t.num%100)
	}
	// Decades: 1990s, 1990's; "the 1800s" is a century.
	if t.ndig == 4 && t.num%10 == 0 && t.num >= 1000 && t.num < 2200 {
		m := match{i: k, typ: tDate, value: fmtDecade(t.num), prec: pDecade}
		if t.num%100 == 0 && t.num < 2000 {
			m.value, m.prec = fmtCentury(t.num), pCentury
		}
		if p.is(k+1, "s") && p.toks[k+1].glued {
			m.j = k + 2
			return m, true
		}
		if p.punct(k+1, '\'') && p.toks[k+1].glued && p.is(k+2, "s") && p.toks[k+2].glued {
			m.j = k + 3
			return m, true
		}
	}
	// "11.30pm", "7.45 a.m.": a clock time written with a point, as
	// British papers write it, only before a meridiem.
	if strings.IndexByte(w, '.') > 0 && strings.IndexByte(w, ':') < 0 {
		if pm, c, ok := p.meridiem(k + 1); ok {
			if h, mi, ok := parseClock(strings.Replace(w, ".", ":", 1)); ok {
				if h = adjustMeridiem(h, pm); h >= 0 {
					return p.timeOfDay(k, c, h, mi)
				}
			}
		}
	}
	// Clock times: 15:00, 3:30 p.m., 3 p.m.
	if strings.IndexByte(w, ':') >= 0 {
		h, mi, ok := parseClock(w)
		if !ok {
			return match{}, false
		}
		n := k + 1
		if pm, c, ok := p.meridiem(n); ok {
			h, n = adjustMeridiem(h, pm), c
			if h < 0 {
				return match{}, false
			}
			return p.timeOfDay(k, n, h, mi)
		}
		if h > 24 || mi > 59 {
			return match{}, false
		}
		if p.zoneAt(n) > 0 || p.is(n, "hours") || p.is(n, "hrs") || p.is(n, "local") || p.is(n, "h") || clockPrev[strings.ToLower(p.wordAt(k-1))] {
			if p.is(n, "hours") || p.is(n, "hrs") || p.is(n, "h") {
				n++
			}
			return p.timeOfDay(k, n, h, mi)
		}
		return match{}, false
	}
	if t.num < 0 {
		// "3.5 years", "1,000 years"
		return p.number(k)
	}
	// The second day of "April 24 and 25", "Sept. 1-2".
	if t.ndig <= 2 && p.md.mo > 0 && k == p.md.end+1 && (p.is(k-1, "and") || p.is(k-1, "or") || p.is(k-1, "to") || p.punct(k-1, '-')) {
		if d, n := p.dayAt(k); d > 0 && !(n < len(p.toks) && (p.cls(n) == clsUnit || p.cls(n) == clsMonth || p.is(n, "of"))) {
			y, end := p.md.y, n
			c := n
			if p.punct(c, ',') {
				c++
			}
			if yy := p.yearAt(c); yy > 0 {
				y, end = yy, c+1
			}
			if m, ok := p.absDate(k, end, y, p.md.mo, d); ok {
				m.rel = end == n
				return m, true
			}
		}
	}
	if t.ndig <= 2 {
		if pm, c, ok := p.meridiem(k + 1); ok {
			h := adjustMeridiem(t.num, pm)
			if h < 0 {
				return match{}, false
			}
			return p.timeOfDay(k, c, h, 0)
		}
		if p.is(k+1, "o") && p.punct(k+2, '\'') && p.is(k+3, "clock") && t.num >= 1 && t.num <= 12 {
			return p.timeOfDay(k, k+4, t.num, 0)
		}
		if h, ok := p.hourInPart(k); ok {
			// "at 4 in the morning", "at 9 in the evening".
			return p.timeOfDay(k, k+4, h, 0)
		}
		// Century: "20th century", "the 19th-century".
		if p.isOrdSuffix(k + 1) {
			c := k + 2
			if p.punct(c, '-') && p.toks[c].glued {
				c++
			}
			if p.is(c, "century") && t.num >= 1 && t.num <= 22 {
				return match{i: k, j: c + 1, typ: tDate, value: fmtCentury((t.num - 1) * 100), prec: pCentury}, true
			}
			if p.is(c, "quarter") && t.num >= 1 && t.num <= 4 {
				return p.quarterAfter(k, c+1, t.num)
			}
		}
		// Day Month [Year]: "17 August 2025", "17th of August".
		if d, n := p.dayAt(k); d > 0 {
			c := n
			if p.is(c, "of") && n > k+1 {
				c++
			}
			if p.cls(c) == clsMonth && p.toks[c].cap && !(p.toks[c].e.val == 5 && !p.toks[c].cap) {
				if m, ok := p.dayMonth(k, c, d); ok {
					return m, true
				}
			}
		}
		// Numeric dates: 8/17/2025 (US order), or 17/08/2025 when the
		// first number cannot be a month.
		if k+4 < len(p.toks) && p.punct(k+1, '/') && p.toks[k+1].glued && p.toks[k+2].glued && p.toks[k+2].kind == tkNum &&
			p.punct(k+3, '/') && p.toks[k+3].glued && p.toks[k+4].glued && p.yearAt(k+4) > 0 {
			mo, d := t.num, p.toks[k+2].num
			if mo > 12 {
				mo, d = d, mo
			}
			if m, ok := p.absDate(k, k+5, p.toks[k+4].num, mo, d); ok {
				return m, true
			}
			return match{}, false
		}
	}
	if m, ok := p.number(k); ok {
		return m, true
	}
	// "the 1988 quarter", "the 1989 period" beside a quarter's results:
	// that quarter of the year named.
	if y := p.yearAt(k); y > 0 && (p.is(k+1, "quarter") || p.is(k+1, "period")) {
		q := p.quarterBefore(k)
		if q == "" && p.is(k+1, "quarter") {
			q = p.recentQuarter() // "the 1988 quarter" names its unit
		}
		if q != "" {
			return match{i: k, j: k + 2, typ: tDate, value: fmtQuarter(y, int(q[6]-'0')), prec: pQuarter, derived: true}, true
		}
	}
	// "the 1988 third quarter", "1990 first-half".
	if y := p.yearAt(k); y > 0 && k+1 < len(p.toks) && p.toks[k+1].known && p.toks[k+1].e.flags&flagOrd != 0 {
		o := int(p.toks[k+1].e.ord)
		c := k + 2
		if p.punct(c, '-') {
			c++
		}
		if p.is(c, "quarter") && o >= 1 && o <= 4 {
			return match{i: k, j: c + 1, typ: tDate, value: fmtQuarter(y, o), prec: pQuarter}, true
		}
		if p.is(c, "half") && o >= 1 && o <= 2 {
			return match{i: k, j: c + 1, typ: tDate, value: strconv.Itoa(y) + "-H" + strconv.Itoa(o), prec: pYear}, true
		}
	}
	if t.ndig == 4 && p.yearContext(k) {
		return match{i: k, j: k + 1, typ: tDate, value: strconv.Itoa(t.num), prec: pYear}, true
	}
	return match{}, false
}

// clockPrev lists words after which "15:00" is a time of day, not a
// score or a ratio.
var clockPrev = map[string]bool{"at": true, "by": true, "until": true, "till": true, "around": true,
	"about": true, "approximately": true, "after": true, "before": true, "from": true, "since": true}

// yearPrev lists words after which a 4-digit number is a year.
var yearPrev = map[string]bool{"in": true, "since": true, "by": true, "until": true, "till": true,
	"from": true, "to": true, "through": true, "during": true, "before": true, "after": true, "of": true,
	"between": true, "and": true, "or": true, "early": true, "late": true, "mid": true, "fiscal": true,
	"year": true, "the": true, "circa": true, "for": true, "as": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "throughout": true, "into": true, "around": true,
	"than": false, "about": false, "nearly": false, "some": false, "over": false}

// yearDeterminers may stand before a year that modifies a noun: "that
// 1978 resolution", "its 1988 recapitalization" (a counted noun, "its
// 2000 employees", is ruled out first).
var yearDeterminers = map[string]bool{"that": true, "this": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "a": true}

// yearNext lists nouns a year may modify: "the 2014 elections".
var yearNext = map[string]bool{"election": true, "elections": true, "budget": true, "season": true,
	"census": true, "olympics": true, "summit": true, "campaign": true, "war": true, "law": true,
	"agreement": true, "accord": true, "accords": true, "treaty": true, "constitution": true, "crisis": true,
	"level": true, "levels": true, "report": true, "survey": true, "deal": true, "invasion": true,
	"revolution": true, "uprising": true, "coup": true, "vote": true, "referendum": true, "games": true,
	"annexation": true, "attack": true, "attacks": true, "protests": true, "talks": true, "ceasefire": true,
	"truce": true, "earthquake": true, "tsunami": true, "floods": true, "world": true, "presidential": true,
	"parliamentary": true, "general": true, "midterm": true, "midterms": true, "figures": true, "and": true,
	"or": true, "to": true, "through": true, "until": true, "when": true, "after": true, "before": true,
	"as": true, "with": true, "because": true, "but": true, "in": true, "on": true, "at": true, "for": true,
	"while": true, "amid": true, "following": true, "that": true, "which": true, "where": true}

// countNouns are nouns a number before them counts: "1500 people".
var countNouns = map[string]bool{"people": true, "troops": true, "soldiers": true, "men": true,
	"women": true, "children": true, "civilians": true, "refugees": true, "migrants": true,
	"workers": true, "jobs": true, "members": true, "delegates": true, "votes": true, "seats": true,
	"deaths": true, "dead": true, "cases": true, "residents": true, "prisoners": true, "police": true,
	"officers": true, "fighters": true, "militants": true, "rebels": true, "protesters": true,
	"homes": true, "houses": true, "buildings": true, "vehicles": true, "tanks": true, "missiles": true,
	"rockets": true, "drones": true, "shells": true, "bombs": true, "tons": true, "tonnes": true,
	"barrels": true, "dollars": true, "euros": true, "pounds": true, "shares": true, "points": true,
	"kilometers": true, "kilometres": true, "miles": true, "meters": true, "metres": true, "feet": true,
	"acres": true, "hectares": true, "percent": true, "students": true, "patients": true,
	"villages": true, "times": true, "units": true, "employees": true, "staff": true, "pages": true,
	"words": true, "others": true, "more": true, "of": true}

// yearContext reports whether the 4-digit number at k is a year by its
// neighbours: "in 2014", "since 1994,", "the 2014 elections"; not
// "2000 troops", "$1500", "about 1500 people".
func (p *parser) yearContext(k int) bool {
	y := p.yearAt(k)
	if y < 0 {
		return false
	}
	if p.a.ok && y > p.a.year+30 {
		return false
	}
	if y < 1500 {
		return false
	}
	if k > 0 {
		pt := &p.toks[k-1]
		if pt.kind == tkPunct && pt.ch != ',' && pt.ch != '(' && pt.ch != '-' && pt.ch != '"' && pt.ch != '\'' {
			return false // "$1999", "#2014"
		}
		if pt.kind == tkNum {
			return false
		}
		if pt.ch == '-' && pt.glued && p.toks[k].glued && (p.is(k-2, "pre") || p.is(k-2, "post")) {
			return true // "the post-1959 politics", "pre-1990 loans"
		}
	}
	next := k + 1
	nextOK := next >= len(p.toks) || p.toks[next].kind == tkPunct && p.toks[next].ch != '%' && p.toks[next].ch != '-'
	counted := false // "1500 people"
	if next < len(p.toks) && p.toks[next].kind == tkWord {
		w := strings.ToLower(p.word(next))
		switch {
		case yearNext[w] || p.toks[next].cap:
			nextOK = true
		case countNouns[w] || (p.toks[next].known && p.toks[next].e.cls == clsUnit):
			counted = true
		}
	}
	if counted {
		return false
	}
	if k > 0 && p.toks[k-1].kind == tkWord {
		w := strings.ToLower(p.word(k - 1))
		if yearDeterminers[w] && y >= 1900 && next < len(p.toks) && p.toks[next].kind == tkWord && !p.toks[next].cap {
			return true // "that 1978 resolution", "its 1988 recapitalization"
		}
		if v, ok := yearPrev[w]; ok {
			return v
		}
		if w == "s" && p.punct(k-2, '\'') {
			// "the company's 1989 results"; "Kopp's 1987 Chevrolet"
			// names a model.
			return !(next < len(p.toks) && p.toks[next].kind == tkWord && p.toks[next].cap && p.cls(next) != clsMonth && p.cls(next) != clsSeason)
		}
		if p.toks[k-1].cap && !p.sentenceStart(k-1) && p.cls(k-1) != clsMonth && p.cls(k-1) != clsSeason {
			return false // "Resolution 1441", "Flight 1549"
		}
	}
	// With no preposition to mark it, only a recent year reads as one:
	// "is 1501 and" is a count.
	if y < 1900 || (p.a.ok && y > p.a.year+10) {
		return false
	}
	return nextOK
}

// meridiem matches "a.m.", "p.m.", "am", "pm", "A.M." at k; pm reports
// which, and the index after it is returned.
func (p *parser) meridiem(k int) (pm bool, end int, ok bool) {
	if k >= len(p.toks) || p.toks[k].kind != tkWord {
		return false, k, false
	}
	switch {
	case p.is(k, "am") || p.is(k, "pm"):
		if p.word(k) == "Am" || p.word(k) == "Pm" {
			return false, k, false
		}
		c := k + 1
		if p.punct(c, '.') && p.toks[c].glued && c+1 < len(p.toks) && !p.toks[c+1].cap {
			c++
		}
		return p.is(k, "pm"), c, true
	case (p.is(k, "a") || p.is(k, "p")) && p.punct(k+1, '.') && p.toks[k+1].glued && p.is(k+2, "m") && p.toks[k+2].glued:
		c := k + 3
		if p.punct(c, '.') && p.toks[c].glued {
			c++
		}
		return p.is(k, "p"), c, true
	}
	return false, k, false
}

func adjustMeridiem(h int, pm bool) int {
	if h < 1 || h > 12 {
		return -1
	}
	if pm && h != 12 {
		return h + 12
	}
	if !pm && h == 12 {
		return 0
	}
	return h
}

// parseClock parses "15:00" or "3:30" into hours and minutes.
func parseClock(w string) (h, m int, ok bool) {
	i := strings.IndexByte(w, ':')
	if i < 1 || i > 2 || len(w)-i-1 != 2 {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(w[:i])
	m, err2 := strconv.Atoi(w[i+1:])
	if err1 != nil || err2 != nil || h > 24 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// spelledYear reads a year written in words at k, as speech transcripts
// write them: "nineteen ninety-six", "nineteen eighty", "nineteen
// hundred", "two thousand", "two thousand and one". It returns the year
// and the index after it, or -1.
func (p *parser) spelledYear(k int) (int, int) {
	if p.cls(k) != clsNumber {
		return -1, k
	}
	first := int(p.toks[k].e.val)
	switch {
	case first >= 11 && first <= 19:
		c := k + 1
		if p.is(c, "hundred") {
			return first * 100, c + 1
		}
		if p.cls(c) != clsNumber || p.toks[c].e.flags&flagTens == 0 {
			return -1, k
		}
		y := first*100 + int(p.toks[c].e.val)
		c++
		d := c
		if p.punct(d, '-') && p.toks[d].glued {
			d++
		}
		if p.cls(d) == clsNumber && p.toks[d].e.flags&flagTeen != 0 {
			y += int(p.toks[d].e.val)
			c = d + 1
		}
		return y, c
	case first == 2 && p.is(k+1, "thousand"):
		c := k + 2
		d := c
		if p.is(d, "and") {
			d++
		}
		if p.cls(d) == clsNumber && p.toks[d].e.val < 100 {
			if q, e, ok := p.quantity(d); ok && !q.unknown && q.val < 100 && q.val == float64(int(q.val)) {
				return 2000 + int(q.val), e
			}
		}
		return 2000, c
	}
	return -1, k
}

// countedPlural reports whether token k is a plural noun counted by a
// number before it ("four flights a week", "700 seats a week",
// "hundreds of interviews a day"): a rate follows it.
func (p *parser) countedPlural(k int) bool {
	if k < 1 || p.toks[k].kind != tkWord || p.toks[k].cap || p.toks[k].known {
		return false
	}
	w := p.word(k)
	if len(w) < 3 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	c := k - 1
	if p.punct(c, '-') {
		return false
	}
	return p.toks[c].kind == tkNum || p.cls(c) == clsNumber || p.is(c, "of") || p.is(c, "hundred") || p.is(c, "thousand") || p.is(c, "million")
}

// hourInPart reads "at 4 in the morning", "at 7 in the evening" at k (the
// number, after "at"): an hour of the clock and the part of day that
// says which half of the day it is in. It returns the hour on the
// 24-hour clock.
func (p *parser) hourInPart(k int) (int, bool) {
	n := p.toks[k].num
	if !p.is(k-1, "at") || n < 1 || n > 12 || !p.is(k+1, "in") || !p.is(k+2, "the") {
		return 0, false
	}
	switch {
	case p.is(k+3, "morning"):
		return n % 12, true
	case p.is(k+3, "afternoon") || p.is(k+3, "evening"):
		return n%12 + 12, true
	}
	return 0, false
}
