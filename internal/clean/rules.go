package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on the size of lines the debris rules may remove. Real paragraphs
// are longer; a rule never removes a line longer than its limit.
const (
	maxWidgetWords   = 12
	maxCaptionWords  = 40
	maxBylineWords   = 10
	maxCreditWords   = 40
	maxHeadlineWords = 16
	maxHeadlineRunes = 120
)

var (
	// reWidget matches share/follow/subscribe widget lines.
	reWidget = lazyCompile(`(?i)^(?:share(?: this| on| via| article| story| page|$)|follow (?:us|@)|subscribe(?: to| now|$|\b.*\b(?:newsletter|channel|podcast))|sign up (?:for|to)|click here\b|tap here\b|download (?:our|the) app|like us on|join us on|get (?:our|the) (?:newsletter|app)|copy link|email this|print this|tweet this|comments? \(\d+\)|\d+ comments?$|listen to (?:this|the) (?:article|story)|leave a comment|add a comment|join the conversation|show comments|view comments)`)
	// reFollowOn matches "Follow <outlet> on <network>".
	reFollowOn = lazyCompile(`(?i)^follow\b.{0,60}\bon (?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|threads|bluesky|mastodon|google news)\b`)
	// reAd matches advertising markers.
	reAd = lazyCompile(`(?i)^(?:advertisement|advertising|ad|sponsored(?: content)?|paid content|story continues (?:below|after)(?: this)? (?:advertisement|ad)|article continues (?:below|after)(?: this)?(?: advertisement| ad)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|skip advertisement|remove ads?)[.:]?$`)
	// rePhotoLead matches caption or credit lines led by a label.
	rePhotoLead = lazyCompile(`(?i)^[\[(]?(?:(?:photo|photos|photograph|image|images|picture|pictured|video|graphic|illustration|credit|photo credit|image credit|file photo|caption)\s*(?::|-|–|—|\|)|(?:image|media|photo|video) (?:source|caption|credit)\s*,)`)
	// rePhotoBy matches "Photo by …" credits.
	rePhotoBy = lazyCompile(`(?i)^[\[(]?(?:photo|photograph|image|picture|video)s? (?:by|courtesy of)\b`)
	// rePhotoTail matches captions that end in a credit.
	rePhotoTail = lazyCompile(`(?i)(?:\b(?:image|photo|picture|credit|photograph)s?:\s*[^.!?]{1,80}\.?|\((?:ap|afp|reuters|epa|upi|xinhua|ani|pti|getty)[^)]*\bphoto\b[^)]*\)\.?|\b(?:ap|afp|reuters|epa)\s+photo/[^)]*\)?\.?|\bgetty images\)?\.?|\b(?:reuters|ap|afp|epa|epa-efe|xinhua|anadolu|upi)\s*/\s*\p{L}[\p{L} .'’\-]{0,60}\)?\.?|\bvia getty\)?\.?|\bshutterstock\)?\.?)$`)
	// reReadMore matches "Read more" and related-link lines.
	reReadMore = lazyCompile(`(?i)^[\[(]?(?:tags|topics|filed under|categories|read more|read also|also read|more reading|read next|read the full story|related|related coverage|related content|related stories|related articles|related topics|related links|see also|recommended(?: stories| reading)?|more on this story|more from [\p{L}.' ]{1,30}|more|most read|top stories|watch|watch live|listen|explore more|trending)\s*(?::|\.{3}|…|»|>|›|\||$)`)
	// reCredit matches reporting, editing and copyright credit lines.
	reCredit = lazyCompile(`(?i)^[\[(]?(?:(?:additional |compiled |)reporting by|writing by|written by|editing by|edited by|compiled by|research by|graphics? by|production by|produced by|translated by|translation by)\b|^(?:©|copyright\b|\(c\) \d{4})|^all rights reserved\.?$|^disclaimer\b|^this (?:article|story|report) (?:was )?(?:originally |first )?(?:appeared|published|ran)\b|^this (?:material|article|story) may not be (?:published|reproduced)|^[^.]{1,120}\bcontributed (?:reporting|to this (?:report|story|article))\b[^.]{0,80}\.?\)?\]?$`)
	// reByline matches "By Jane Doe" bylines with up to three names.
	reByline = lazyCompile(`^(?i:by)\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|da|van|von|der|bin|al|el|la|le|di|du|and|&|,))*)(?:\s*(?:,|\||-|–|—|/)\s*(?:\p{Lu}[\p{L}.'’&\-]*(?:\s+\p{Lu}[\p{L}.'’&\-]*)*|staff|staff writer|correspondent))?$`)
	// reTimestamp matches time stamps and reading times left by page
	// templates: "Updated 3 hours ago", "Published: 12:30 GMT", "5 min read".
	reTimestamp = lazyCompile(`(?i)^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?(?:\s|$)|\d+\s+min(?:ute)?s?\s+read$|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$)`)
	// reLegend matches legend lines of maps and charts drawn with block
	// characters.
	reLegend = lazyCompile(`^[█▇▆▉■◼]`)
	// reSocial is one word of a share bar.
	reSocial = map[string]bool{
		"facebook": true, "twitter": true, "x": true, "whatsapp": true, "email": true, "e-mail": true,
		"linkedin": true, "reddit": true, "telegram": true, "pinterest": true, "print": true,
		"share": true, "copy": true, "link": true, "messenger": true, "flipboard": true,
		"tumblr": true, "comments": true, "comment": true, "sms": true, "bluesky": true,
		"threads": true, "mastodon": true, "copied": true, "save": true, "|": true, "·": true,
	}
)

// leadWords are the lower-case first words of lines the anchored rules
// can match; other lines skip those regular expressions.
var leadWords = map[string]bool{
	"share": true, "follow": true, "subscribe": true, "sign": true, "click": true, "tap": true,
	"download": true, "like": true, "join": true, "get": true, "copy": true, "email": true,
	"print": true, "tweet": true, "comment": true, "comments": true, "listen": true,
	"advertisement": true, "advertising": true, "ad": true, "sponsored": true, "paid": true,
	"story": true, "article": true, "continue": true, "scroll": true, "skip": true, "remove": true,
	"photo": true, "photos": true, "photograph": true, "image": true, "images": true,
	"picture": true, "pictured": true, "video": true, "graphic": true, "illustration": true,
	"credit": true, "file": true, "caption": true, "read": true, "also": true, "more": true,
	"related": true, "see": true, "recommended": true, "most": true, "top": true, "watch": true,
	"explore": true, "trending": true, "additional": true, "compiled": true, "reporting": true,
	"writing": true, "written": true, "editing": true, "edited": true, "research": true,
	"graphics": true, "production": true, "produced": true, "translated": true,
	"translation": true, "©": true, "copyright": true, "(c)": true, "by": true,
	"disclaimer": true, "tags": true, "topics": true, "filed": true, "categories": true, "all": true, "this": true,
	"published": true, "updated": true, "posted": true, "modified": true, "first": true,
	"last": true, "leave": true, "add": true, "show": true, "view": true, "media": true,
}

// tailMarkers are lower-case words that the unanchored caption and credit
// rules need somewhere in the line.
var tailMarkers = []string{"image", "photo", "picture", "credit", "getty", "shutterstock", "contributed", "/"}

// firstWord returns the lower-case first word of p without opening
// brackets and trailing punctuation.
func firstWord(p string) string {
	p = strings.TrimLeft(p, "[(")
	if i := strings.IndexByte(p, ' '); i >= 0 {
		p = p[:i]
	}
	if strings.HasPrefix(p, "(c)") {
		return "(c)"
	}
	return strings.ToLower(strings.TrimRight(p, ":.,;|-–—»>›…"))
}

// lineRule returns the rule that marks paragraph p as debris on its own,
// or "".
func lineRule(p string) string {
	if reLegend.MatchString(p) {
		return RuleLegend
	}
	n := wordCount(p)
	if n > maxCaptionWords {
		return ""
	}
	fw := firstWord(p)
	lead := leadWords[fw] || (fw != "" && fw[0] >= '0' && fw[0] <= '9')
	if lead {
		switch {
		case n <= maxWidgetWords && (reWidget.MatchString(p) || reFollowOn.MatchString(p)):
			return RuleWidget
		case n <= 8 && reAd.MatchString(p):
			return RuleAd
		case rePhotoLead.MatchString(p) || rePhotoBy.MatchString(p):
			return RulePhoto
		case reReadMore.MatchString(p) && (n <= 4 || !endsSentence(strings.TrimSuffix(p, ":"))):
			return RuleReadMore
		case reCredit.MatchString(p):
			return RuleCredit
		case n <= maxBylineWords && reByline.MatchString(p) && !strings.HasSuffix(p, "."):
			return RuleByline
		case n <= maxWidgetWords && reTimestamp.MatchString(p) && !isReal(p):
			return RuleStamp
		}
	}
	if n <= maxWidgetWords && socialBar(p) {
		return RuleWidget
	}
	lower := strings.ToLower(p)
	for _, m := range tailMarkers {
		if strings.Contains(lower, m) {
			if rePhotoTail.MatchString(p) {
				return RulePhoto
			}
			if reCredit.MatchString(p) {
				return RuleCredit
			}
			break
		}
	}
	return ""
}

// bylineName returns the name in a byline line.
func bylineName(p string) string {
	m := reByline.FindStringSubmatch(p)
	if m == nil {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(m[1]), ",&")
}

// socialBar reports whether p is only names of social networks and share
// verbs ("Facebook Twitter WhatsApp Email").
func socialBar(p string) bool {
	fs := strings.Fields(strings.ToLower(p))
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if !reSocial[strings.Trim(f, ",;:")] {
			return false
		}
	}
	return true
}

// wordCount counts space-separated words.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// trimClosers strips closing quotes, brackets and spaces from the end of s.
func trimClosers(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		switch r {
		case '"', '\'', '’', '”', '»', '›', ')', ']', '}', ' ', '*':
			return true
		}
		return false
	})
}

// endsSentence reports whether s ends in sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = trimClosers(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '।':
		return true
	}
	return false
}

// isReal reports whether p is a real body paragraph: it ends in sentence
// punctuation and has a few words.
func isReal(p string) bool {
	return endsSentence(p) && wordCount(p) >= 4
}

// isHeadlineShaped reports whether p looks like a headline or caption: short,
// starting with a capital (or a digit, or an opening quote and a capital),
// ending in a word rather than punctuation, and holding a single phrase
// rather than sentences.
func isHeadlineShaped(p string) bool {
	n := wordCount(p)
	if n == 0 || n > maxHeadlineWords || utf8.RuneCountInString(p) > maxHeadlineRunes {
		return false
	}
	first, size := utf8.DecodeRuneInString(p)
	if strings.ContainsRune("\"'‘“«", first) {
		first, _ = utf8.DecodeRuneInString(p[size:])
	}
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != '\'' && last != '’' && last != '%' {
		return false
	}
	if strings.Count(p, ",") >= 2 || endsInFunctionWord(p) {
		return false
	}
	return !hasSentenceBreak(p)
}

// functionWords never end a headline; a line ending in one is a sentence
// cut short, not a headline.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true,
	"from": true, "as": true, "that": true, "which": true, "who": true, "whom": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "if": true,
	"than": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "these": true, "those": true, "into": true,
	"about": true, "because": true, "when": true, "where": true, "while": true, "not": true,
}

// endsInFunctionWord reports whether the last word of p is a function word.
func endsInFunctionWord(p string) bool {
	i := strings.LastIndexByte(p, ' ')
	return functionWords[strings.ToLower(p[i+1:])]
}

// hasSentenceBreak reports whether p holds a sentence boundary inside it:
// a word of four or more letters, a period (or "!" or "?"), a space and a
// capital. A colon is no boundary: "Ukraine war: Russia strikes grid" is a
// headline.
func hasSentenceBreak(p string) bool {
	for i := 0; i+2 < len(p); i++ {
		c := p[i]
		if (c != '.' && c != '!' && c != '?') || p[i+1] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[i+2:])
		if !unicode.IsUpper(next) && next != '"' && next != '“' {
			continue
		}
		if c != '.' {
			return true
		}
		// The word before the period: an abbreviation ("U.S.", "Gen.")
		// does not end a sentence.
		j := i
		for j > 0 && p[j-1] != ' ' {
			j--
		}
		w := p[j:i]
		if utf8.RuneCountInString(w) >= 4 && !strings.ContainsRune(w, '.') {
			return true
		}
	}
	return false
}

// isPullQuoteAttribution reports whether p is the "—Jane Doe" line under a
// pull quote: a dash joined to a capitalised name or description, short,
// without sentence punctuation.
func isPullQuoteAttribution(p string) bool {
	r, size := utf8.DecodeRuneInString(p)
	if r != '—' && r != '–' && r != '―' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(p[size:])
	return unicode.IsUpper(next) && wordCount(p) <= maxHeadlineWords && !endsSentence(p)
}

// LineRule returns the rule under which the line p, standing alone, would
// be removed: one of the debris rules, or RuleDateline for a date on its
// own; "" for a line Clean keeps. It does not apply the rules that depend
// on context (headlines between paragraphs, the title, wire datelines).
func LineRule(p string) string {
	p = normalizeLine(p)
	if _, ok := dateLine(p); ok {
		return RuleDateline
	}
	return lineRule(p)
}

// IsHeadline reports whether the line p is shaped like a headline: short,
// capitalised, ending in a word rather than sentence punctuation, a single
// phrase. Clean removes such lines when they stand after body paragraphs.
func IsHeadline(p string) bool {
	p = normalizeLine(p)
	return isHeadlineShaped(p) && lineRule(p) == ""
}
