package when

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds of the recognizer's own tokenizer. It differs from the
// segmenter's: hyphens and apostrophes are tokens of their own, so that
// "three-and-a-half", "16-hour", "2025-08-17" and "'90s" can be read
// piece by piece; adjacency is kept in tok.glued.
const (
	tkWord uint8 = iota + 1
	tkNum
	tkPunct
)

// tok is one token: a byte span into the text, its kind, its lexicon
// entry and, for numbers, its value.
type tok struct {
	start, end int
	kind       uint8
	cap        bool  // starts with an upper-case letter
	glued      bool  // no space between this token and the previous one
	e          entry // lexicon entry of the lower-cased word
	known      bool  // the word is in the lexicon
	num        int   // integer value of a plain number, -1 otherwise
	ndig       int   // digit count of a plain number
	ch         byte  // the punctuation character (ASCII) or 0
}

// tokenize appends the tokens of text[start:end] to buf and returns it.
func tokenize(text string, start, end int, buf []tok) []tok {
	var low [24]byte
	i := start
	prevEnd := -1
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case isDigit(c):
				j, val, nd := scanNum(text, i, end)
				buf = append(buf, tok{start: i, end: j, kind: tkNum, glued: prevEnd == i, num: val, ndig: nd})
				prevEnd = j
				i = j
				continue
			case isLetter(c):
				j := i
				n := 0
				for j < end {
					cj := text[j]
					if cj < utf8.RuneSelf {
						if !isLetter(cj) {
							break
						}
						if n < len(low) {
							low[n] = cj | 0x20
						}
						n++
						j++
						continue
					}
					r, sz := utf8.DecodeRuneInString(text[j:end])
					if !unicode.IsLetter(r) {
						break
					}
					n = len(low) + 1 // not ASCII: never in the lexicon
					j += sz
				}
				t := tok{start: i, end: j, kind: tkWord, glued: prevEnd == i, cap: c <= 'Z', num: -1}
				if n <= len(low) {
					t.e, t.known = lexicon[string(low[:n])]
				}
				buf = append(buf, t)
				prevEnd = j
				i = j
				continue
			default:
				buf = append(buf, tok{start: i, end: i + 1, kind: tkPunct, glued: prevEnd == i, ch: c, num: -1})
				prevEnd = i + 1
				i++
				continue
			}
		}
		r, sz := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			i += sz
			continue
		case unicode.IsLetter(r):
			j := i + sz
			for j < end {
				r2, sz2 := utf8.DecodeRuneInString(text[j:end])
				if !unicode.IsLetter(r2) {
					break
				}
				j += sz2
			}
			buf = append(buf, tok{start: i, end: j, kind: tkWord, glued: prevEnd == i, cap: unicode.IsUpper(r), num: -1})
			prevEnd = j
			i = j
		default:
			var ch byte
			switch r {
			case '\u2018', '\u2019', '\u2032':
				ch = '\''
			case '\u2010', '\u2011', '\u2012', '\u2013':
				ch = '-'
			case '\u2014', '\u2015':
				ch = '~' // a dash that separates clauses
			case '\u201c', '\u201d':
				ch = '"'
			case '\u2026':
				ch = '.'
			}
			buf = append(buf, tok{start: i, end: i + sz, kind: tkPunct, glued: prevEnd == i, ch: ch, num: -1})
			prevEnd = i + sz
			i += sz
		}
	}
	return buf
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// scanNum scans a number at i: digits with inner ",", "." or ":" groups
// ("2,000", "3.5", "15:00"). It returns the end, the integer value for a
// plain run of digits (else -1) and its digit count.
func scanNum(text string, i, end int) (j, val, nd int) {
	j = i
	val = 0
	for j < end && isDigit(text[j]) {
		if nd < 9 {
			val = val*10 + int(text[j]-'0')
		}
		nd++
		j++
	}
	if nd > 9 {
		val = -1
	}
	for j+1 < end && (text[j] == ',' || text[j] == '.' || text[j] == ':') && isDigit(text[j+1]) {
		j++
		for j < end && isDigit(text[j]) {
			j++
		}
		val = -1
	}
	return j, val, nd
}
