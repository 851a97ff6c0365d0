package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	isoDate   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	usDate    = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	clockTime = regexp.MustCompile(`\d{1,2}:\d{2}(:\d+)?`)
	yearRe    = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	dayRe     = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)?\b`)
	monthRe   = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`)
)

var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// looseDate reads the date out of a crawl timestamp as newspapers print
// them ("2009-03-20 12:24:52-05", "Dec 19, 2016 9:41 AM ET", "19 December
// 2016 GMT", "12/19/2016") and returns it as YYYY-MM-DD, or "" when it
// finds no complete date.
func looseDate(s string) string {
	s = strings.TrimSpace(s)
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return m[0]
	}
	if m := usDate.FindStringSubmatch(s); m != nil {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			return fmt.Sprintf("%s-%02d-%02d", m[3], mo, d)
		}
		return ""
	}
	s = clockTime.ReplaceAllString(s, " ")
	y := yearRe.FindStringIndex(s)
	mo := monthRe.FindStringSubmatch(s)
	if y == nil || mo == nil {
		return ""
	}
	year := s[y[0]:y[1]]
	rest := s[:y[0]] + " " + s[y[1]:]
	dm := dayRe.FindStringSubmatch(rest)
	if dm == nil {
		return ""
	}
	d, _ := strconv.Atoi(dm[1])
	if d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%s-%02d-%02d", year, months[strings.ToLower(mo[1])], d)
}
