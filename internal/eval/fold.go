package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dyad-events/dyad"
)

// folded is a text with case, typographic quotes and runs of white space
// folded, and the byte offset in the original text of every folded byte.
type folded struct {
	s   string
	off []int // off[i] is the original offset of folded byte i; off[len(s)] = len(original)
}

// fold lower-cases text, maps typographic quotes, apostrophes and dashes to
// ASCII (dyad.FoldRune) and collapses each run of white space to one space,
// keeping a map back to the original offsets.
func fold(text string) folded {
	var b strings.Builder
	b.Grow(len(text))
	off := make([]int, 0, len(text)+1)
	space := false
	for i, r := range text {
		r = dyad.FoldRune(unicode.ToLower(r))
		if unicode.IsSpace(r) {
			if space {
				continue
			}
			space = true
			r = ' '
		} else {
			space = false
		}
		n := utf8.RuneLen(r)
		if n < 0 {
			r, n = utf8.RuneError, 3
		}
		b.WriteRune(r)
		for range n {
			off = append(off, i)
		}
	}
	off = append(off, len(text))
	return folded{s: b.String(), off: off}
}

// foldKey folds a needle the same way as fold, trimming outer space.
func foldKey(s string) string { return strings.TrimSpace(fold(s).s) }

// findAll returns every occurrence of needle in the folded text as spans
// of the original text. Occurrences may overlap.
func (f folded) findAll(needle string) []dyad.Span {
	k := foldKey(needle)
	if k == "" {
		return nil
	}
	var out []dyad.Span
	for from := 0; from <= len(f.s)-len(k); {
		i := strings.Index(f.s[from:], k)
		if i < 0 {
			break
		}
		i += from
		j := i + len(k)
		out = append(out, dyad.Span{Start: f.off[i], End: endOff(f, j)})
		_, n := utf8.DecodeRuneInString(f.s[i:])
		from = i + n
	}
	return out
}

// endOff maps a folded end offset back: the original offset just past the
// rune that folded byte j-1 came from.
func endOff(f folded, j int) int {
	if j >= len(f.s) {
		return f.off[len(f.s)]
	}
	// f.off[j] is the start of the next original rune, unless the folded
	// rune at j came from the same original rune as j-1 (cannot happen:
	// each original rune folds to exactly one rune).
	return f.off[j]
}

// nameKey folds a name for comparison: case and diacritics folded,
// typographic quotes to ASCII, words separated by single spaces, with
// punctuation dropped.
func nameKey(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = dyad.FoldRune(unicode.ToLower(r))
		if x, ok := stroked[r]; ok {
			b.WriteString(x)
			space = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if r == '\'' {
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// stroked maps the Latin letters that Unicode does not decompose into a
// base letter and a mark to their usual ASCII spelling.
var stroked = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'ħ': "h", 'ı': "i", 'ŀ': "l",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ŧ': "t",
}

// nameMatch reports whether the system name sys matches the gold name
// gold: with case and diacritics folded, they are equal or end with the
// same word ("Bruno Rodríguez Parrilla" matches "Bruno Parrilla").
func nameMatch(sys, gold string) bool {
	s, g := nameKey(sys), nameKey(gold)
	if s == "" || g == "" {
		return s == g
	}
	if s == g {
		return true
	}
	return lastWord(s) == lastWord(g)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
