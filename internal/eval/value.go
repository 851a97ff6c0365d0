package eval

import (
	"math"
	"strconv"
	"strings"
)

// sameValue reports whether a system time value and a gold value denote
// the same thing. Besides equality (case folded), it accepts:
//
//   - durations of the same length: "P2Y6M" = "P2.5Y" = "P30M", "P1D" =
//     "PT24H", "P1W" = "P7D", "P1DE" = "P10Y". Calendar units (years,
//     quarters, months, decades, centuries, millennia) are counted in
//     months and clock units (weeks, days, hours, minutes, seconds) in
//     seconds, a day being 24 hours; the two are never mixed, so "P1M" is
//     not "P30D".
//   - vague durations ("PXY", "PXE") with the same units: "PXE" = "PXDE".
//   - dates padded with X for the parts they leave open: "1968-XX" =
//     "1968", "199X" = "199" (a decade), "19XX" = "19" (a century),
//     "1990-08-14TXX:XX" = "1990-08-14". Only trailing padding is dropped;
//     "XXXX-08-14" is not "1990-08-14".
//   - a week number written without its leading zero: "2000-W7" =
//     "2000-W07" (ISO 8601 writes two digits; some TimeML files do not).
//
// Nothing else is folded: a different date, granularity or reference
// ("1988" and "1988-Q3", "PAST_REF" and "PRESENT_REF") does not match.
func sameValue(sys, gold string) bool {
	if strings.EqualFold(sys, gold) {
		return true
	}
	s, g := strings.ToUpper(strings.TrimSpace(sys)), strings.ToUpper(strings.TrimSpace(gold))
	if s == "" || g == "" {
		return false
	}
	if ds, ok := parseDuration(s); ok {
		dg, ok := parseDuration(g)
		return ok && ds.equal(dg)
	}
	cs, cg := padWeek(trimPadding(s)), padWeek(trimPadding(g))
	return cs != "" && cs == cg
}

// padWeek writes a one-digit ISO week ("2000-W7", "2000-W7-3") with two
// digits ("2000-W07").
func padWeek(v string) string {
	if len(v) >= 7 && v[4] == '-' && v[5] == 'W' && isDigit(v[6]) && (len(v) == 7 || !isDigit(v[7])) {
		return v[:6] + "0" + v[6:]
	}
	return v
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// duration is an ISO 8601 / TIMEX3 duration reduced to months and
// seconds, or, when an amount is X, to the set of its units.
type duration struct {
	months, seconds float64
	vague           bool
	units           string // the units with an X amount, in canonical order
}

func (d duration) equal(o duration) bool {
	if d.vague || o.vague {
		return d.vague && o.vague && d.units == o.units
	}
	return near(d.months, o.months) && near(d.seconds, o.seconds)
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// calendar units in months, clock units in seconds.
var (
	dateUnits = map[string]struct {
		months, seconds float64
		key             string
	}{
		"Y": {months: 12, key: "Y"}, "M": {months: 1, key: "M"}, "Q": {months: 3, key: "Q"},
		"DE": {months: 120, key: "DE"}, "E": {months: 120, key: "DE"},
		"CE": {months: 1200, key: "CE"}, "C": {months: 1200, key: "CE"},
		"ML": {months: 12000, key: "ML"}, "L": {months: 12000, key: "ML"},
		"W": {seconds: 7 * 86400, key: "W"}, "D": {seconds: 86400, key: "D"},
		// Hours and seconds written without "T" ("P2H") have only the
		// clock reading.
		"H": {seconds: 3600, key: "TH"}, "S": {seconds: 1, key: "TS"},
	}
	timeUnits = map[string]struct {
		months, seconds float64
		key             string
	}{
		"H": {seconds: 3600, key: "TH"}, "M": {seconds: 60, key: "TM"}, "S": {seconds: 1, key: "TS"},
	}
)

// parseDuration reads "P…" durations: amounts (decimal or X) each followed
// by a unit, the clock part after "T".
func parseDuration(v string) (duration, bool) {
	var d duration
	if len(v) < 3 || v[0] != 'P' {
		return d, false
	}
	rest := v[1:]
	units, clock := dateUnits, false
	var vagueUnits []string
	n := 0
	for rest != "" {
		if rest[0] == 'T' {
			if clock {
				return d, false
			}
			units, clock = timeUnits, true
			rest = rest[1:]
			continue
		}
		// The amount.
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.' || rest[i] == 'X') {
			i++
		}
		if i == 0 {
			return d, false
		}
		amount := rest[:i]
		rest = rest[i:]
		// The unit: two letters when they name one, else one.
		j := 0
		for j < len(rest) && j < 2 && rest[j] >= 'A' && rest[j] <= 'Z' && rest[j] != 'T' {
			j++
		}
		if j == 2 {
			if _, ok := units[rest[:2]]; !ok {
				j = 1
			}
		}
		if j == 0 {
			return d, false
		}
		u, ok := units[rest[:j]]
		if !ok {
			return d, false
		}
		rest = rest[j:]
		n++
		if strings.Trim(amount, "X") == "" {
			d.vague = true
			vagueUnits = append(vagueUnits, u.key)
			continue
		}
		x, err := strconv.ParseFloat(amount, 64)
		if err != nil {
			return d, false
		}
		d.months += x * u.months
		d.seconds += x * u.seconds
	}
	if n == 0 {
		return d, false
	}
	d.units = strings.Join(vagueUnits, ",")
	return d, true
}

// trimPadding drops trailing X padding from a date or time value: the
// parts made only of X after the last specified one ("1968-XX-XX" →
// "1968", "199X" → "199", "1990-08-14TXX:XX" → "1990-08-14").
func trimPadding(v string) string {
	for {
		t := strings.TrimRight(v, "X")
		if t == v {
			break
		}
		v = t
		v = strings.TrimRight(v, "-:T")
	}
	// A value that is only a separator left over ("-") names nothing.
	if strings.Trim(v, "-:T") == "" {
		return ""
	}
	return v
}
