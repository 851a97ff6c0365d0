// Package norm folds place names to the lookup keys the gazetteer is
// sorted by. The generator and the runtime lookup share it, so a key
// written at build time is the key computed from text at run time.
package norm

import (
	"unicode"
	"unicode/utf8"
)

// fold maps Latin letters with diacritics to their base ASCII letters.
var fold = buildFold()

func buildFold() map[rune]string {
	fold := map[rune]string{}
	// Each group: base letters, then the runes that fold to it.
	groups := []struct{ to, from string }{
		{"a", "àáâãäåāăąǎạảấầẩẫậắằẳẵặ"}, {"ae", "æ"}, {"c", "çćĉċč"}, {"d", "ďđð"},
		{"e", "èéêëēĕėęěẹẻẽếềểễệ"}, {"g", "ĝğġģ"}, {"h", "ĥħ"}, {"i", "ìíîïĩīĭįıǐỉị"},
		{"j", "ĵ"}, {"k", "ķ"}, {"l", "ĺļľŀł"}, {"n", "ñńņňŉ"}, {"o", "òóôõöøōŏőǒọỏốồổỗộớờởỡợơ"},
		{"oe", "œ"}, {"r", "ŕŗř"}, {"s", "śŝşšș"}, {"ss", "ß"}, {"t", "ţťŧț"}, {"th", "þ"},
		{"u", "ùúûüũūŭůűųǔưụủứừửữự"}, {"w", "ŵ"}, {"y", "ýÿŷỳỵỷỹ"}, {"z", "źżž"},
		{"'", "‘’ʼ`´ʻ"}, {"-", "‐‑‒–"},
	}
	for _, g := range groups {
		for _, r := range g.from {
			fold[r] = g.to
			if u := unicode.ToUpper(r); u != r {
				fold[u] = g.to
			}
		}
	}
	return fold
}

// Key appends the lookup key of s to dst and returns it: lower case,
// diacritics folded to ASCII, typographic apostrophes to ASCII, and runs
// of white space and hyphens to one space, trimmed, so that
// "Croix-des-Bouquets" and "Croix des Bouquets" share a key.
func Key(dst []byte, s string) []byte {
	space := false
	start := len(dst)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-':
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		f, folded := fold[r]
		if unicode.IsSpace(r) || f == "-" {
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if folded {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// KeyString returns the lookup key of s.
func KeyString(s string) string { return string(Key(nil, s)) }

// IsPlainKey reports whether the key of name is name with ASCII letters
// lowered and nothing else changed, so the gazetteer need not store it.
func IsPlainKey(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf || c == '-' || c == ' ' && (i == 0 || i == len(name)-1 || name[i+1] == ' ') || c == '\t' || c == '\n' || c == '\r' {
			return false
		}
	}
	return true
}
