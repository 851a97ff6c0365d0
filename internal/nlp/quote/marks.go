package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// region is one passage in double quotation marks: straight ("…") or
// typographic (“…”, „…“, «…»). Single quotation marks are only nested
// quotes inside it (and apostrophes: "that’s", "Zelenskyy’s") and never
// open or close a region.
type region struct {
	open  int // offset of the opening mark
	close int // offset just past the closing mark, or the end of the last paragraph when unclosed
	start int // content start: after the mark and any space
	end   int // content end: before the mark, any space and a trailing comma
	// unclosed marks a region whose closing mark is missing: it runs to
	// the end of its paragraph.
	unclosed bool
	// paragraphs counts the paragraphs the region spans (continuation
	// paragraphs that reopen with a quotation mark, the newspaper
	// convention).
	paragraphs int
}

type markKind uint8

const (
	markNone     markKind = iota
	markStraight          // " : open or close by context
	markOpen              // “ „ «
	markClose             // ” »
)

func markAt(text string, i int) (markKind, int) {
	c := text[i]
	if c == '"' {
		return markStraight, 1
	}
	if c == '\'' && i+1 < len(text) && text[i+1] == '\'' {
		// '' for a double quotation mark, as in some newspaper archives.
		return markStraight, 2
	}
	if c < utf8.RuneSelf {
		return markNone, 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '\u201c', '\u201e', '\u00ab':
		return markOpen, n
	case '\u201d', '\u00bb':
		return markClose, n
	}
	return markNone, n
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// runeBefore returns the rune before offset i, or ' ' at the start.
func runeBefore(text string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// runeAfter returns the rune at offset i, or ' ' at the end.
func runeAfter(text string, i int) rune {
	if i >= len(text) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// trimSpaceLeft returns the first offset at or after i (up to end) that is
// not a space.
func trimSpaceLeft(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// trimSpaceRight returns the offset after the last non-space rune in
// text[start:i].
func trimSpaceRight(text string, start, i int) int {
	for i > start {
		r, n := utf8.DecodeLastRuneInString(text[start:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// endsSentence reports whether text[:i], trimmed, ends with sentence-final
// punctuation (possibly followed by a closing single quote or bracket).
func endsSentence(text string, lo, i int) bool {
	i = trimSpaceRight(text, lo, i)
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		switch r {
		case '.', '!', '?', '…':
			return true
		case '\u2019', '\'', ')', ']':
			i -= n
			continue
		}
		return false
	}
	return false
}

// scanRegions finds the double-quoted passages of text in order. It
// never fails: a quotation left open runs to the end of its paragraph
// and is marked unclosed, unless the next paragraph opens with a
// quotation mark, in which case the quotation continues there.
func scanRegions(text string, out []region) []region {
	inside := false
	var cur region
	paraStart := 0
	emit := func(endContent, closeAt int, unclosed bool) {
		cur.close = closeAt
		cur.end = trimSpaceRight(text, cur.start, endContent)
		for cur.end > cur.start && (text[cur.end-1] == ',' || text[cur.end-1] == ':' || text[cur.end-1] == ';') {
			cur.end = trimSpaceRight(text, cur.start, cur.end-1)
		}
		cur.unclosed = unclosed
		if cur.end > cur.start {
			out = append(out, cur)
		}
		inside = false
	}
	open := func(at, n int) {
		cur = region{open: at, start: trimSpaceLeft(text, at+n, len(text)), paragraphs: 1}
		inside = true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			if inside {
				j := trimSpaceLeft(text, i, len(text))
				if j < len(text) {
					if k, n := markAt(text, j); (k == markOpen || k == markStraight) && !unicode.IsSpace(runeAfter(text, j+n)) {
						cur.paragraphs++
						i = j + n
						paraStart = j
						continue
					}
				}
				emit(i, trimSpaceRight(text, cur.start, i), true)
			}
			i++
			paraStart = i
			continue
		}
		k, n := markAt(text, i)
		switch k {
		case markNone:
			i += n
			continue
		case markStraight, markOpen:
			prev, next := runeBefore(text, i), runeAfter(text, i+n)
			if !inside {
				switch {
				case k == markStraight && (unicode.IsSpace(next) || unicode.IsDigit(prev)):
					// A stray mark or inches (5'10"): not a quotation.
				case k == markStraight && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && !unicode.IsLetter(next):
					// A closing mark without an opener.
				default:
					open(i, n)
				}
				i += n
				continue
			}
			if k == markStraight && !(unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–') {
				// A straight mark after a word or punctuation closes.
				emit(i, i+n, false)
				i += n
				continue
			}
			if k == markStraight && (unicode.IsSpace(next) || next == ',' || next == '.') {
				emit(i, i+n, false)
				i += n
				continue
			}
			// An opening mark while a quotation is open: when the text
			// before it ends a sentence, this is the next paragraph of
			// the same quotation run together (the closing mark is
			// omitted by convention); otherwise the earlier quotation
			// was never closed.
			if endsSentence(text, max(cur.start, paraStart), i) {
				cur.paragraphs++
				i += n
				continue
			}
			emit(i, trimSpaceRight(text, cur.start, i), true)
			open(i, n)
			i += n
		case markClose:
			if inside {
				emit(i, i+n, false)
			} else if prev, next := runeBefore(text, i), runeAfter(text, i+n); (i == 0 || unicode.IsSpace(prev) || unicode.Is(unicode.Cf, prev)) && (unicode.IsLetter(next) || unicode.IsDigit(next) || ellipsisThenWord(text, i+n)) {
				// ”Fear. I am …” ― a closing mark typed for an opening
				// one: before a word (or an ellipsis and a word, ”
				// … they are") and after a space or a formatting
				// character, it opens.
				open(i, n)
			}
			i += n
		}
	}
	if inside {
		emit(len(text), trimSpaceRight(text, cur.start, len(text)), true)
	}
	return out
}

// paragraphParts returns the content of each paragraph of the direct
// quotation content, without the quotation mark that reopens each
// paragraph after the first (“We will see.\n“It is not over” gives "We
// will see." and "It is not over"), or nil when content is one
// paragraph.
func paragraphParts(text string, content dyad.Span) []dyad.Span {
	var parts []dyad.Span
	start := content.Start
	for i := content.Start; i < content.End; i++ {
		if text[i] != '\n' {
			continue
		}
		j := trimSpaceLeft(text, i, content.End)
		if j >= content.End {
			break
		}
		if k, n := markAt(text, j); k == markOpen || k == markStraight {
			next := trimSpaceLeft(text, j+n, content.End)
			if end := trimSpaceRight(text, start, i); end > start && next < content.End {
				parts = append(parts, dyad.Span{Start: start, End: end})
				start = next
				i = next - 1
			}
		}
	}
	if parts == nil {
		return nil
	}
	return append(parts, dyad.Span{Start: start, End: content.End})
}

// ellipsisThenWord reports whether text from i is an ellipsis ("…" or
// "...") between optional spaces, then a letter.
func ellipsisThenWord(text string, i int) bool {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	switch {
	case strings.HasPrefix(text[j:], "…"):
		j += len("…")
	case strings.HasPrefix(text[j:], "..."):
		j += 3
	default:
		return false
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	return j < len(text) && unicode.IsLetter(runeAfter(text, j))
}
