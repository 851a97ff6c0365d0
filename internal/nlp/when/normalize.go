package when

import (
	"strconv"
	"time"

	"github.com/dyad-events/dyad"
)

// Short names for the TIMEX3 types and precisions used throughout.
const (
	tDate = dyad.TimeDate
	tTime = dyad.TimeTime
	tDur  = dyad.TimeDuration
	tSet  = dyad.TimeSet

	pDay     = dyad.DateDay
	pMonth   = dyad.DateMonth
	pYear    = dyad.DateYear
	pDecade  = dyad.DateDecade
	pCentury = dyad.DateCentury
	pTime    = dyad.DateTime
	pWeek    = PrecisionWeek
	pQuarter = PrecisionQuarter
	pSeason  = PrecisionSeason
)

// Precisions this package adds to the dyad.Date* ones, for values finer
// than a year and coarser than a month or a day.
const (
	PrecisionWeek    = "week"    // "2025-W33", "2025-W33-WE"
	PrecisionQuarter = "quarter" // "2025-Q1"
	PrecisionSeason  = "season"  // "2024-SU"
)

// anchor is the reference time relative expressions resolve against.
type anchor struct {
	ok    bool
	inst  time.Time      // the publication instant
	loc   *time.Location // the article's zone
	local time.Time      // the publication date in loc, as midnight UTC
	year  int
	// dateOnly is set when the publication time is a date alone
	// (midnight in loc); noon then stands for the day when it is read
	// in another zone.
	dateOnly bool
}

func newAnchor(t time.Time, loc *time.Location) anchor {
	if t.IsZero() {
		return anchor{}
	}
	if loc == nil {
		loc = time.UTC
	}
	lt := t.In(loc)
	a := anchor{ok: true, inst: t, loc: loc, year: lt.Year()}
	a.local = time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, time.UTC)
	a.dateOnly = lt.Hour() == 0 && lt.Minute() == 0 && lt.Second() == 0
	return a
}

// day returns the anchor's date (as midnight UTC) in the article's zone,
// or in zones[zi] when zi > 0.
func (a *anchor) day(zi int) time.Time {
	if zi <= 0 || zi >= len(zones) {
		return a.local
	}
	inst := a.inst
	if a.dateOnly {
		inst = time.Date(a.local.Year(), a.local.Month(), a.local.Day(), 12, 0, 0, 0, a.loc)
	}
	t := inst.In(time.FixedZone(zones[zi].name, zones[zi].offset*60))
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// isoWeekday returns 1 (Monday) .. 7 (Sunday).
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekdayDate returns the date of weekday wd (1..7) relative to day:
// with shift -1 ("last") the latest one strictly before day, with +1
// ("next") the first one strictly after; otherwise day itself when it is
// that weekday, else the next one when dir > 0 (a future context) and
// the latest one before day otherwise.
func weekdayDate(day time.Time, wd, shift, dir int) time.Time {
	awd := isoWeekday(day)
	back := (awd - wd + 7) % 7
	fwd := (wd - awd + 7) % 7
	switch shift {
	case shiftLast:
		if back == 0 {
			back = 7
		}
		return day.AddDate(0, 0, -back)
	case shiftNext:
		if fwd == 0 {
			fwd = 7
		}
		return day.AddDate(0, 0, fwd)
	}
	switch {
	case back == 0:
		return day
	case dir > 0:
		return day.AddDate(0, 0, fwd)
	}
	return day.AddDate(0, 0, -back)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func addMonths(y, m, n int) (int, int) {
	t := (y*12 + m - 1) + n
	return t / 12, t%12 + 1
}

func addQuarters(y, q, n int) (int, int) {
	t := (y*4 + q - 1) + n
	return t / 4, t%4 + 1
}

func pad2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func fmtDate(t time.Time) string { return t.Format(time.DateOnly) }

func fmtYM(y, m int) string { return pad4(y) + "-" + pad2(m) }

func fmtQuarter(y, q int) string { return pad4(y) + "-Q" + strconv.Itoa(q) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad4(y) + "-W" + pad2(w)
}

// fmtDecade returns the decade of year y in TIMEX3 form: the 1990s are
// "199".
func fmtDecade(y int) string { return strconv.Itoa(y / 10) }

// fmtCentury returns the century of year y in TIMEX3 form: the 1900s
// (the twentieth century) are "19".
func fmtCentury(y int) string { return strconv.Itoa(y / 100) }

func pad4(y int) string {
	s := strconv.Itoa(y)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// durationValue formats a TIMEX3 duration of val units (val < 0: an
// unknown number, "X"). Halves of hours and minutes become the smaller
// unit (PT5H30M); other fractions stay decimal (P3.5Y).
func durationValue(val float64, unit int, _ bool) string {
	num := func(v float64) string {
		if v < 0 {
			return "X"
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	whole := val >= 0 && val == float64(int(val))
	switch unit {
	case unitSecond:
		return "PT" + num(val) + "S"
	case unitMinute:
		if val > 0 && !whole && val*2 == float64(int(val*2)) {
			return "PT" + strconv.Itoa(int(val)) + "M30S"
		}
		return "PT" + num(val) + "M"
	case unitHour:
		if val > 0 && !whole && val*2 == float64(int(val*2)) {
			if int(val) == 0 {
				return "PT30M"
			}
			return "PT" + strconv.Itoa(int(val)) + "H30M"
		}
		return "PT" + num(val) + "H"
	case unitDay:
		return "P" + num(val) + "D"
	case unitWeek:
		return "P" + num(val) + "W"
	case unitFortnight:
		if val < 0 {
			return "PXW"
		}
		return "P" + num(2*val) + "W"
	case unitMonth:
		return "P" + num(val) + "M"
	case unitQuarter:
		if val < 0 {
			return "PXQ"
		}
		return "P" + num(3*val) + "M"
	case unitYear:
		return "P" + num(val) + "Y"
	case unitDecade:
		if val < 0 {
			return "PXE"
		}
		return "P" + num(10*val) + "Y"
	case unitCentury:
		if val < 0 {
			return "PXC"
		}
		return "P" + num(100*val) + "Y"
	case unitMillennium:
		if val < 0 {
			return "PXL"
		}
		return "P" + num(1000*val) + "Y"
	}
	return ""
}

// fixedHolidays are the holidays on the same month and day every year.
var fixedHolidays = map[int][2]int{
	holChristmas: {12, 25}, holChristmasEve: {12, 24}, holNewYearsDay: {1, 1},
	holNewYearsEve: {12, 31}, holHalloween: {10, 31}, holIndependence: {7, 4},
	holValentine: {2, 14}, holBoxing: {12, 26}, holMayDay: {5, 1},
}

// holidayDate returns the date of holiday h in year y.
func holidayDate(y, h int) time.Time {
	d := func(m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	if md, ok := fixedHolidays[h]; ok {
		return d(md[0], md[1])
	}
	switch h {
	case holThanksgiving:
		// The fourth Thursday of November.
		first := d(11, 1)
		off := (4 - isoWeekday(first) + 7) % 7
		return first.AddDate(0, 0, off+21)
	case holGoodFriday:
		return holidayDate(y, holEaster).AddDate(0, 0, -2)
	case holEaster:
		// Anonymous Gregorian computus.
		a := y % 19
		b, c := y/100, y%100
		dd, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		hh := (19*a + b - dd - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - hh - k) % 7
		m := (a + 11*hh + 22*l) / 451
		month := (hh + l - 7*m + 114) / 31
		day := (hh+l-7*m+114)%31 + 1
		return d(month, day)
	}
	return d(1, 1)
}
