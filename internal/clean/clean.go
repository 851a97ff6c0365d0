package clean

import (
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/dyad-events/dyad"
)

// Rule names reported in Removal.Rule.
const (
	RuleWidget      = "widget"        // share/follow/subscribe widgets
	RuleAd          = "advertisement" // advertising markers
	RulePhoto       = "photo"         // photo credits and captions
	RuleReadMore    = "read-more"     // "Read more", "Related:" link lines
	RuleByline      = "byline"        // "By Jane Doe"
	RuleCredit      = "credit"        // "Reporting by …", "… contributed to this report."
	RuleHeadline    = "headline"      // a stray headline-shaped line after body paragraphs
	RuleAttribution = "attribution"   // "—Jane Doe" under a pull quote
	RuleLegend      = "legend"        // "██ Party - 5 seats" map or chart legends
	RuleTitle       = "title"         // the title repeated as the first paragraph
	RuleDateline    = "dateline"      // a date line at the top (kept in Result.Dateline)
	RuleStamp       = "timestamp"     // "Updated 3 hours ago", "5 min read"
)

// maxDatelineParas is how many paragraphs from the top may hold a date
// line.
const maxDatelineParas = 5

// Options tunes Clean. The zero value is ready to use.
type Options struct {
	// Title is the article's headline when known; a first paragraph that
	// repeats it is removed.
	Title string
}

// Removal is one piece of text Clean took out, and the rule that did it.
type Removal struct {
	// Text is the removed paragraph (or dateline prefix), whitespace
	// collapsed.
	Text string `json:"text"`
	// Rule is one of the Rule* constants.
	Rule string `json:"rule"`
}

// Result is the outcome of Clean.
type Result struct {
	// Text is the clean text: paragraphs separated by a single "\n", no
	// empty paragraphs, whitespace inside lines collapsed to one space,
	// valid UTF-8, trimmed.
	Text string `json:"text"`
	// Dateline is the dateline found at the top, "" when there is none.
	Dateline string `json:"dateline,omitempty"`
	// Date is the full calendar date of the dateline as YYYY-MM-DD, "" when
	// the dateline has none (or gives no year).
	Date string `json:"date,omitempty"`
	// Author is the name in a removed byline ("Jane Doe"), "" when none.
	Author string `json:"author,omitempty"`
	// Removed lists what was taken out, in text order (the dateline
	// included). Callers own the slice.
	Removed []Removal `json:"removed,omitempty"`
}

// Clean returns the clean form of raw article body text (see the package
// documentation for the rules). raw may use any line endings and need not
// be valid UTF-8 (invalid bytes become U+FFFD).
func Clean(raw string, opts Options) Result {
	var res Result
	paras := Paragraphs(raw)
	if len(paras) == 0 {
		return res
	}
	type para struct {
		text    string
		removed bool
	}
	ps := make([]para, len(paras))
	for i, p := range paras {
		ps[i].text = p
	}
	// at holds the paragraph index of each removal, to report them in
	// text order.
	var at []int
	remove := func(i int, rule string) {
		ps[i].removed = true
		res.Removed = append(res.Removed, Removal{Text: ps[i].text, Rule: rule})
		at = append(at, i)
	}

	// Pass 1: debris recognised by the line alone.
	title := ""
	if opts.Title != "" {
		title = dyad.NormalizeText(opts.Title)
	}
	firstKept := true
	for i := range ps {
		p := ps[i].text
		if firstKept && title != "" && len(p) <= 2*len(opts.Title)+16 && dyad.NormalizeText(p) == title {
			remove(i, RuleTitle)
			continue
		}
		if rule := lineRule(p); rule != "" {
			if rule == RuleByline && res.Author == "" {
				res.Author = bylineName(p)
			}
			if rule == RuleStamp && res.Date == "" && rePublishedStamp.MatchString(p) {
				res.Date, _ = metaDateLine(p)
			}
			remove(i, rule)
			continue
		}
		firstKept = false
	}

	// Pass 2: datelines. A date on a line of its own counts among the first
	// few paragraphs; a wire dateline opens the first real paragraph.
	seen, storyStarted := 0, false
	for i := range ps {
		if ps[i].removed {
			continue
		}
		if seen++; seen > maxDatelineParas {
			break
		}
		if iso, ok := dateLine(ps[i].text); ok {
			if res.Dateline == "" {
				res.Dateline, res.Date = ps[i].text, iso
			}
			remove(i, RuleDateline)
			continue
		}
		if isReal(ps[i].text) {
			storyStarted = true
		}
		if storyStarted {
			continue
		}
		// A short line above the story holding a date ("Jane Doe 17
		// August 2025", "Updated: 2025-08-17 09:20") is page metadata.
		if iso, ok := metaDateLine(ps[i].text); ok {
			if res.Date == "" {
				res.Date = iso
			}
			remove(i, RuleStamp)
		}
	}
	for i := range ps {
		if ps[i].removed {
			continue
		}
		p := ps[i].text
		if prefix, rest, iso, ok := wireDateline(p); ok {
			if res.Dateline != "" {
				res.Dateline += " " + prefix
			} else {
				res.Dateline = prefix
			}
			if res.Date == "" {
				res.Date = iso
			}
			res.Removed = append(res.Removed, Removal{Text: prefix, Rule: RuleDateline})
			at = append(at, i)
			ps[i].text = rest
			break
		}
		if isReal(p) {
			break
		}
	}

	// Pass 3: headline-shaped lines after a real paragraph; not the
	// first line of a hard-wrapped sentence, whose next line goes on in
	// lower case ("Officials said the blast in" / "the city was …").
	continued := func(i int) bool {
		for _, q := range ps[i+1:] {
			if !q.removed && q.text != "" {
				r, _ := utf8.DecodeRuneInString(q.text)
				return unicode.IsLower(r)
			}
		}
		return false
	}
	seenReal := false
	for i := range ps {
		if ps[i].removed {
			continue
		}
		p := ps[i].text
		if seenReal && (isHeadlineShaped(p) && !continued(i) || isPullQuoteAttribution(p)) {
			rule := RuleHeadline
			if isPullQuoteAttribution(p) {
				rule = RuleAttribution
			}
			remove(i, rule)
			continue
		}
		if isReal(p) {
			seenReal = true
		}
	}

	// Removals were appended in pass order; report them in text order.
	res.Removed = inTextOrder(res.Removed, at)

	var b strings.Builder
	b.Grow(len(raw))
	for _, p := range ps {
		if p.removed || p.text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.text)
	}
	res.Text = b.String()
	return res
}

// inTextOrder sorts removals by the paragraph index each came from,
// keeping the order of removals from the same paragraph.
func inTextOrder(rs []Removal, at []int) []Removal {
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return at[idx[a]] < at[idx[b]] })
	out := make([]Removal, len(rs))
	for i, j := range idx {
		out[i] = rs[j]
	}
	return out
}

// Paragraphs splits raw text into normalized, non-empty paragraphs: line
// endings unified, HTML character references decoded, NBSP and other
// spaces made plain spaces, C1 control characters read as the
// Windows-1252 punctuation they stand for (U+0097 → "—"), zero-width and
// other control characters dropped,
// runs of spaces collapsed, each trimmed. Text hard-wrapped at a fixed
// width (blank lines between paragraphs, every line short) is unwrapped
// first.
func Paragraphs(raw string) []string {
	if !utf8.ValidString(raw) {
		raw = strings.ToValidUTF8(raw, "\uFFFD")
	}
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	raw = strings.ReplaceAll(raw, "\r", "\n")
	raw = strings.ReplaceAll(raw, "\u2028", "\n")
	raw = strings.ReplaceAll(raw, "\u2029", "\n")
	lines := strings.Split(raw, "\n")
	for i, l := range lines {
		lines[i] = normalizeLine(l)
	}
	if hardWrapped(lines) {
		lines = unwrap(lines)
	}
	out := lines[:0]
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// normalizeLine decodes character references and collapses whitespace in
// one line.
func normalizeLine(l string) string {
	if strings.IndexByte(l, '&') >= 0 && strings.IndexByte(l, ';') >= 0 {
		l = html.UnescapeString(l)
	}
	var b strings.Builder
	b.Grow(len(l))
	space := false
	for _, r := range l {
		switch {
		case r == '\u200b' || r == '\ufeff' || r == '\u2060' || r == '\u00ad':
			continue
		case r >= 0x80 && r <= 0x9f:
			// C1 controls in news text are Windows-1252 punctuation
			// (dashes, quotes, ellipsis) decoded as Latin-1: restore it.
			if m := charmap.Windows1252.DecodeByte(byte(r)); m > 0x9f && m != utf8.RuneError {
				r = m
			} else {
				space = true
				continue
			}
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// hardWrapped reports whether lines look like text wrapped at a fixed
// width: paragraphs are separated by blank lines, most paragraphs span
// several lines, and no line is longer than a terminal line.
func hardWrapped(lines []string) bool {
	const maxWidth = 100
	blocks, multi, inner, long := 0, 0, 0, 0
	n := 0
	for i := 0; i < len(lines); {
		if lines[i] == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && lines[j] != "" {
			if utf8.RuneCountInString(lines[j]) > maxWidth {
				return false
			}
			j++
		}
		blocks++
		if j-i > 1 {
			multi++
			for k := i; k < j-1; k++ {
				inner++
				if utf8.RuneCountInString(lines[k]) >= 50 {
					long++
				}
			}
		}
		n += j - i
		i = j
	}
	return blocks >= 2 && n >= 5 && multi*2 >= blocks && inner > 0 && long*10 >= inner*7
}

// unwrap joins the lines of each blank-line separated block with spaces,
// leaving list items on their own lines.
func unwrap(lines []string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, l := range lines {
		switch {
		case l == "":
			flush()
		case isListItem(l):
			flush()
			cur.WriteString(l)
		default:
			if cur.Len() > 0 {
				cur.WriteByte(' ')
			}
			cur.WriteString(l)
		}
	}
	flush()
	return out
}

// isListItem reports whether l starts with a list bullet.
func isListItem(l string) bool {
	return strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "• ")
}
