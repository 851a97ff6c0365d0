package actor

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// foldTable maps the Latin-1 and Latin Extended-A letters to their
// lower-case ASCII base letter ("É" → 'e', "ğ" → 'g'); 0 means no mapping.
var foldTable = func() [0x180]byte {
	var t [0x180]byte
	groups := []struct {
		base  byte
		runes string
	}{
		{'a', "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"},
		{'c', "ÇçĆćĈĉĊċČč"},
		{'d', "ĎďĐđÐð"},
		{'e', "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"},
		{'g', "ĜĝĞğĠġĢģ"},
		{'h', "ĤĥĦħ"},
		{'i', "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"},
		{'j', "Ĵĵ"},
		{'k', "Ķķĸ"},
		{'l', "ĹĺĻļĽľĿŀŁł"},
		{'n', "ÑñŃńŅņŇňŉŊŋ"},
		{'o', "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"},
		{'r', "ŔŕŖŗŘř"},
		{'s', "ŚśŜŝŞşŠš"},
		{'t', "ŢţŤťŦŧ"},
		{'u', "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"},
		{'w', "Ŵŵ"},
		{'y', "ÝýÿŶŷŸ"},
		{'z', "ŹźŻżŽž"},
	}
	for _, g := range groups {
		for _, r := range g.runes {
			t[r] = g.base
		}
	}
	return t
}()

// appendFold appends the folded form of s to dst: lower case, typographic
// quotes and dashes mapped to ASCII (dyad.FoldRune), Latin diacritics
// removed. Dictionary phrases and text tokens are folded the same way, so
// "Zelenskyy’s" and "zelenskyy's", "Erdoğan" and "Erdogan" meet.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < rune(len(foldTable)) && foldTable[r] != 0 {
			dst = append(dst, foldTable[r])
			continue
		}
		r = dyad.FoldRune(unicode.ToLower(r))
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// fold returns the folded form of s (see appendFold).
func fold(s string) string { return string(appendFold(nil, s)) }

// isCap reports whether s begins with an upper-case letter.
func isCap(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether s has at least two letters and no lower-case
// letter ("NATO", "U.S.").
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
