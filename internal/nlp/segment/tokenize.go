package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Tokenize splits text into tokens with byte spans. Words keep inner
// apostrophes, hyphens and periods of dotted abbreviations ("U.S.",
// "full-scale", "don't"); a possessive "'s" or "’s" is its own token so the
// name before it stands alone; numbers keep their separators ("1,000",
// "3.5", "5-like" is a number then a word); each punctuation mark is a
// token, except "..." which is one.
func Tokenize(text string) []dyad.Token {
	return AppendTokens(make([]dyad.Token, 0, len(text)/5+1), text)
}

// AppendTokens appends the tokens of text, as Tokenize splits it, to toks
// and returns the extended slice: callers that tokenize many short texts
// reuse one buffer.
func AppendTokens(toks []dyad.Token, text string) []dyad.Token {
	i := 0
	for i < len(text) {
		r, n := decode(text, i)
		switch {
		case isSpace(r):
			i += n
		case r >= '0' && r <= '9':
			end := scanNumber(text, i)
			toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: end}, Kind: dyad.TokenNumber})
			i = end
			if e := numberPossessive(text, i); e > i {
				// "BBC Radio 4's": the possessive after a number is one
				// word, as after a name.
				toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: e}, Kind: dyad.TokenWord})
				i = e
			}
		case isWordRune(r):
			// Non-ASCII digits (१८, ٢٠٢٥) are read as word characters.
			end := scanWord(text, i)
			// Split a possessive 's / ’s off the end.
			if ps := possessiveStart(text, i, end); ps > i {
				toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: ps}, Kind: dyad.TokenWord})
				toks = append(toks, dyad.Token{Span: dyad.Span{Start: ps, End: end}, Kind: dyad.TokenWord})
			} else {
				toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: end}, Kind: dyad.TokenWord})
			}
			i = end
		case r == '.' && i+2 < len(text) && text[i+1] == '.' && text[i+2] == '.':
			toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: i + 3}, Kind: dyad.TokenPunct})
			i += 3
		case isPunct(r):
			toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: i + n}, Kind: dyad.TokenPunct})
			i += n
		default:
			toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: i + n}, Kind: dyad.TokenSymbol})
			i += n
		}
	}
	return toks
}

func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// asciiWord and asciiPunct cache, for the ASCII runes, what isWordRune
// and isPunct compute with the unicode tables; most news text is ASCII
// and unicode.IsMark has no fast path for it.
var asciiWord, asciiPunct = func() (w, p [utf8.RuneSelf]bool) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		w[r] = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		p[r] = unicode.IsPunct(r)
	}
	return w, p
}()

func isWordRune(r rune) bool {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isPunct(r rune) bool {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiPunct[r]
	}
	return unicode.IsPunct(r)
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++
			continue
		}
		r, n := decode(text, j)
		if isWordRune(r) {
			j += n
			continue
		}
		// Inner joiners: apostrophes, hyphens, and the period of dotted
		// abbreviations (U.S., a.m.).
		if j+n < len(text) {
			nr, _ := decode(text, j+n)
			switch r {
			case '\'', '\u2019', '-', '\u2010', '\u2011':
				if r != '\'' && r != '\u2019' && dottedAhead(text, j+n) {
					// "Kenya-U.S. base": a dotted abbreviation after a
					// hyphen is its own word, as "U.N." before one is.
					break
				}
				if isWordRune(nr) && !actorCompound(text, i, j, j+n) {
					j += n
					continue
				}
			case '.':
				// "U.S" continues when a single letter precedes and a
				// letter follows.
				if isSingleLetterBefore(text, i, j) && unicode.IsLetter(nr) && nextIsSingleLetter(text, j+n) {
					j += n
					continue
				}
			}
		}
		// Final period of a dotted abbreviation: "U.S." — the word so
		// far is letter(.letter)+.
		if r == '.' && dotted(text[i:j]) {
			j += n
		}
		break
	}
	return j
}

// compoundTails are the participles and adjectives that, after a
// capitalised name and a hyphen, make a compound about the named actor:
// "Iran-backed militias", "Saudi-led coalition", "al-Shabab-related
// websites". (Not "China-made drones", "London-based group": a
// product's origin and a group's seat name no actor doing anything.) The name is then a word of its own, as
// in "U.S.-backed", where the abbreviation's period splits the word.
var compoundTails = map[string]bool{
	"backed": true, "led": true, "sponsored": true, "allied": true, "supported": true,
	"funded": true, "financed": true, "designated": true, "organized": true, "organised": true,
	"brokered": true, "mediated": true, "appointed": true,
	"installed": true, "controlled": true, "dominated": true, "aligned": true, "friendly": true,
	"related": true, "linked": true, "inspired": true, "imposed": true,
}

// actorCompound reports whether the hyphen at h, in the word text[i:h]
// that follows, joins a capitalised name to a compound tail ending the
// word at t: "Iran-backed", "Al-Shabab-related", not "full-scale" or
// "state-backed".
func actorCompound(text string, i, h, t int) bool {
	if c := text[i]; c < 'A' || c > 'Z' {
		if !strings.HasPrefix(text[i:h], "al-") {
			return false
		}
	}
	e := t
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e < len(text) {
		if r, _ := decode(text, e); isWordRune(r) || r == '-' {
			return false
		}
	}
	return compoundTails[text[t:e]]
}

// dottedAhead reports whether a dotted abbreviation with its final
// period ("U.S.", "U.N.") starts at i.
func dottedAhead(text string, i int) bool {
	if i+3 >= len(text) || text[i+1] != '.' || text[i+3] != '.' {
		return false
	}
	c, d := text[i], text[i+2]
	return 'A' <= c && c <= 'Z' && 'A' <= d && d <= 'Z'
}

// isSingleLetterBefore reports whether the segment of the word before j
// (since the last '.' or the word start) is one letter.
func isSingleLetterBefore(text string, start, j int) bool {
	k := j
	for k > start && text[k-1] != '.' {
		k--
	}
	r, n := utf8.DecodeRuneInString(text[k:j])
	return n == j-k && unicode.IsLetter(r)
}

func nextIsSingleLetter(text string, i int) bool {
	r, n := decode(text, i)
	if !unicode.IsLetter(r) {
		return false
	}
	if i+n >= len(text) {
		return true
	}
	nr, _ := decode(text, i+n)
	return !isWordRune(nr)
}

// dotted reports whether w has the form letter(.letter)+, like "U.S".
func dotted(w string) bool {
	if len(w) < 3 {
		return false
	}
	dots := 0
	for i, r := range w {
		if i%2 == 1 {
			if r != '.' {
				return false
			}
			dots++
		} else if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			return false
		}
	}
	return dots > 0 && len(w)%2 == 1
}

// possessiveStart returns the offset of a trailing "'s" or "’s" in
// text[i:end], or i when there is none.
func possessiveStart(text string, i, end int) int {
	w := text[i:end]
	switch {
	case len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-2:] == "'S"):
		return end - 2
	case len(w) > 4 && (w[len(w)-4:] == "\u2019s" || w[len(w)-4:] == "\u2019S"):
		return end - 4
	}
	return i
}

// numberPossessive returns the end of an "'s" or "’s" at i that ends a
// word (a possessive or plural after a number: "Radio 4's", "the
// 1990's"), or i when there is none.
func numberPossessive(text string, i int) int {
	e := i
	switch {
	case strings.HasPrefix(text[i:], "'s"), strings.HasPrefix(text[i:], "'S"):
		e = i + 2
	case strings.HasPrefix(text[i:], "\u2019s"), strings.HasPrefix(text[i:], "\u2019S"):
		e = i + 4
	default:
		return i
	}
	if e < len(text) {
		if r, _ := decode(text, e); isWordRune(r) {
			return i // "4'sx" is no possessive
		}
	}
	return e
}

// scanNumber returns the end of the number starting at i: digits with
// inner ',' or '.' followed by a digit, and ordinal or unit suffixes
// written together ("1st", "5bn", "10km").
func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	// Letters glued to the digits: 1st, 2nd, 5bn, 10am.
	k := j
	for k < len(text) {
		r, n := decode(text, k)
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	return k
}
