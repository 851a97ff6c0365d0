package clean

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

const (
	reMonth   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`
	reWeekday = `(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\.?,?\s+)?`
	reStamp   = `(?i:(?:first\s+)?(?:published|posted|updated|last\s+updated)(?:\s+on)?:?\s+)?`
	reClock   = `(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?`
	reCap     = `\p{Lu}[\p{Lu}\p{M}.'’\-]+`
	reMixed   = `\p{Lu}[\p{L}\p{M}.'’\-]*`
)

var (
	// reDateMDY matches "Friday, January 4, 2019" on a line of its own.
	reDateMDY = lazyCompile(`^` + reStamp + reWeekday + reMonth + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + reClock + `$`)
	// reDateDMY matches "Friday 4 January 2019".
	reDateDMY = lazyCompile(`^` + reStamp + reWeekday + `(\d{1,2})(?:st|nd|rd|th)?\s+` + reMonth + `\.?,?\s+(\d{4})` + reClock + `$`)
	// reDateISO matches "2019-01-04".
	reDateISO = lazyCompile(`^` + reStamp + `(\d{4})-(\d{2})-(\d{2})` + reClock + `$`)

	// reWire matches a wire dateline opening a paragraph with the place in
	// capitals: "KYIV, Aug 17 (Reuters) - ", "WASHINGTON (AP) — ",
	// "NEW YORK — ".
	reWire = lazyCompile(`^(` + reCap + `(?:\s+` + reCap + `){0,3}` +
		`(?:,\s+` + reMixed + `(?:\s+` + reMixed + `){0,2})?` +
		`(?:,?\s+` + reMonth + `\.?\s+(\d{1,2})(?:,\s+(\d{4}))?)?` +
		`(\s*\([\p{L}][\p{L}\p{M}&.\-/ ]{0,30}\))?)` +
		`\s*(?:--?|–|—)\s+`)
	// reWireMixed matches a dateline with the place in mixed case, which
	// needs a known agency: "Washington, DC (CNN) — ".
	reWireMixed = lazyCompile(`^(` + reMixed + `(?:\s+` + reMixed + `){0,3}` +
		`(?:,\s+` + reMixed + `(?:\s+` + reMixed + `){0,2})?` +
		`(?:,?\s+` + reMonth + `\.?\s+(\d{1,2})(?:,\s+(\d{4}))?)?` +
		`\s*\((?:Reuters|AP|AFP|CNN|dpa|DPA|Xinhua|UPI|Bloomberg|ANI|PTI|IANS|TASS|Interfax|Yonhap|Kyodo|EFE|ANSA|VOA|BBC|CNBC|Sputnik|Anadolu|AA|IRNA|WAM|SPA|Bernama|KUNA|RFE/RL)\))` +
		`\s*(?:--?|–|—)\s+`)

	// reAgencyOnly matches a dateline that is only an agency in
	// parentheses: "(CNN) — ".
	reAgencyOnly = lazyCompile(`^(\((?:Reuters|AP|AFP|CNN|dpa|DPA|Xinhua|UPI|Bloomberg|ANI|PTI|IANS|TASS|Interfax|Yonhap|Kyodo|EFE|ANSA|VOA|BBC|CNBC|Sputnik|Anadolu|AA|IRNA|WAM|SPA|Bernama|KUNA|RFE/RL)\))\s*(?:--?|–|—)\s+`)

	// notPlaces are capitalised kickers that open a paragraph like a
	// dateline but are not places.
	notPlaces = map[string]bool{
		"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "WATCH": true,
		"LIVE": true, "ANALYSIS": true, "OPINION": true, "EDITORIAL": true, "FACTBOX": true,
		"EXPLAINER": true, "NOTE": true, "EDITOR'S NOTE": true, "CORRECTION": true, "FLASH": true,
		"URGENT": true, "ALERT": true, "NEWS": true, "VIDEO": true, "PHOTOS": true,
	}
)

var monthNumber = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// month returns the month named by a full or abbreviated English name.
func month(name string) time.Month {
	if len(name) < 3 {
		return 0
	}
	return monthNumber[strings.ToLower(name[:3])]
}

// isoDate returns y-m-d as YYYY-MM-DD when it is a real calendar date.
func isoDate(y int, m time.Month, d int) (string, bool) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// dateLine reports whether p is a date standing on its own line, and
// returns it as YYYY-MM-DD.
func dateLine(p string) (string, bool) {
	if len(p) > 80 {
		return "", false
	}
	if m := reDateMDY.FindStringSubmatch(p); m != nil {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return isoDate(y, month(m[1]), d)
	}
	if m := reDateDMY.FindStringSubmatch(p); m != nil {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return isoDate(y, month(m[2]), d)
	}
	if m := reDateISO.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return isoDate(y, time.Month(mo), d)
	}
	return "", false
}

var (
	// reDateMDYIn, reDateDMYIn and reDateISOIn find a full date inside a
	// line.
	reDateMDYIn = lazyCompile(`\b` + reMonth + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDateDMYIn = lazyCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + reMonth + `\.?,?\s+(\d{4})\b`)
	reDateISOIn = lazyCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

// rePublishedStamp matches a time stamp that gives the publication (not
// an update) time.
var rePublishedStamp = lazyCompile(`(?i)^(?:first )?(?:published|posted)\b`)

// maxMetaWords bounds a metadata line (author and date) above a story.
const maxMetaWords = 12

// metaDateLine reports whether p is a short line holding a full date and
// no sentence: the author-and-date or time-stamp line of a page template.
// It returns the date as YYYY-MM-DD.
func metaDateLine(p string) (string, bool) {
	if wordCount(p) > maxMetaWords || endsSentence(p) {
		return "", false
	}
	if m := reDateMDYIn.FindStringSubmatch(p); m != nil {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return isoDate(y, month(m[1]), d)
	}
	if m := reDateDMYIn.FindStringSubmatch(p); m != nil {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return isoDate(y, month(m[2]), d)
	}
	if m := reDateISOIn.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return isoDate(y, time.Month(mo), d)
	}
	return "", false
}

// wireDateline finds a wire dateline opening paragraph p. It returns the
// dateline (trimmed, with its dash), the rest of the paragraph, and the
// dateline's date as YYYY-MM-DD when it gives a year.
func wireDateline(p string) (prefix, rest, iso string, ok bool) {
	m := reWire.FindStringSubmatchIndex(p)
	agencyGroup := 5
	if m == nil {
		m = reWireMixed.FindStringSubmatchIndex(p)
		agencyGroup = -1
	}
	if m == nil {
		if a := reAgencyOnly.FindStringSubmatchIndex(p); a != nil && wordCount(p[a[1]:]) >= 3 {
			return strings.TrimSpace(p[:a[1]]), p[a[1]:], "", true
		}
		return "", "", "", false
	}
	place := p[m[2]:m[3]]
	if i := strings.IndexAny(place, ",("); i >= 0 {
		place = place[:i]
	}
	place = strings.TrimSpace(place)
	hasDate := m[4] >= 0
	hasAgency := agencyGroup < 0 || m[2*agencyGroup] >= 0
	rest = p[m[1]:]
	if rest == "" || wordCount(rest) < 3 {
		return "", "", "", false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if !hasDate && !hasAgency {
		// A bare "PLACE — " needs a place-like capitalised word and a new
		// sentence after the dash.
		if notPlaces[place] || utf8.RuneCountInString(place) < 3 || !(unicode.IsUpper(first) || strings.ContainsRune("\"“‘'", first)) {
			return "", "", "", false
		}
	}
	prefix = strings.TrimSpace(p[:m[1]])
	if hasDate && m[8] >= 0 {
		d, _ := strconv.Atoi(p[m[6]:m[7]])
		y, _ := strconv.Atoi(p[m[8]:m[9]])
		iso, _ = isoDate(y, month(p[m[4]:m[5]]), d)
	}
	return prefix, rest, iso, true
}

// String returns the removal as `rule: "text"`, for tests and debugging.
func (r Removal) String() string { return fmt.Sprintf("%s: %q", r.Rule, r.Text) }
