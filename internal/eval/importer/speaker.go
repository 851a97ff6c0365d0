package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleWords are the words of a title or party label that may open a
// named source ("Democratic Sen. Claire McCaskill", "House Speaker Paul
// Ryan"); they are not part of the person's name.
var titleWords = map[string]bool{
	"rep": true, "reps": true, "sen": true, "sens": true, "gov": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "gen": true, "lt": true, "col": true, "adm": true, "sgt": true, "capt": true, "prof": true,
	"rev": true, "president": true, "senator": true, "representative": true, "governor": true,
	"congressman": true, "congresswoman": true, "secretary": true, "speaker": true, "house": true,
	"senate": true, "majority": true, "minority": true, "leader": true, "vice": true, "former": true,
	"democratic": true, "republican": true, "gop": true, "democrat": true, "mayor": true, "judge": true,
	"attorney": true, "general": true, "state": true, "first": true, "lady": true, "chief": true,
	"justice": true, "candidate": true, "nominee": true, "u.s.": true, "us": true, "the": true,
}

// sourceName returns the name of a named source from the words of a
// PolNeAR Source span: the span cut at its first comma (an apposition
// follows: "Rep. G.K. Butterfield (D-N.C.), head of the Congressional
// Black Caucus"), without parenthetical remarks ("(D-N.C.)") and leading
// titles ("Rep."), when what is left is a name: capitalised words only.
// Otherwise (a pronoun, a description such as "a spokesman for Hillary
// Clinton", an organisation's statement) it returns the words unchanged,
// as the gold README asks of an unnamed source.
func sourceName(words string) string {
	s := words
	if i := strings.Index(s, ", "); i > 0 {
		s = s[:i]
	}
	s = dropParens(s)
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 8 {
		return words
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return words
		}
	}
	for len(f) > 1 && titleWords[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f = f[1:]
	}
	last := &f[len(f)-1]
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(*last, suf) && len(*last) > len(suf) {
			*last = strings.TrimSuffix(*last, suf)
			break
		}
	}
	if len(f) == 1 && titleWords[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		return words
	}
	return strings.Join(f, " ")
}

// dropParens removes parenthesised parts.
func dropParens(s string) string {
	if !strings.ContainsRune(s, '(') {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
