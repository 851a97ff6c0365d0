package actor

import (
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
)

// describedNationality gives a person the named-entity layer found, and
// no dictionary or title coded, the country a description right beside
// the name states, and so every later mention of the same person:
//
//   - an apposition after it: "Oskar Lindqvist, a Swedish engineer,",
//     "Bruno Yapande, Chad's territorial administration minister,", or
//     a country closing the clause: "Maria Ressa from the Philippines";
//   - a predicate: "Hatice Cengiz is a Turkish national";
//   - lower-case words between a demonym and the name, ending in a
//     title or a word for a person: "Haitian gang leader Arnel Joseph",
//     "the Libyan refugee Khaled Omar".
//
// The description must be a demonym (or a country and "'s") with only
// lower-case words after it up to the end of the clause, so a country in
// a list ("Ann Ek, Sweden and Norway") or a phrase going on to other
// names gives nothing. It runs after every sentence is read, before the
// document's country fills the persons still waiting for one.
func (st *state) describedNationality() {
	for i := range st.drafts {
		p := &st.drafts[i]
		if p.kind != dyad.MentionPerson || !p.person || p.actor.Country != "" || p.source != "ner" && p.source != "coref" || p.span.Start < 0 {
			continue
		}
		c := ""
		if i+1 < len(st.drafts) {
			c = st.appositionCountry(p, &st.drafts[i+1])
		}
		if c == "" && i > 0 {
			c = st.premodifierCountry(p, &st.drafts[i-1])
		}
		if c == "" {
			continue
		}
		st.giveCountry(p.actor.Name, c)
	}
}

// appositionCountry returns the country of d when d opens an apposition
// to person p: ", a Swedish engineer,", ", Chad's … minister,".
func (st *state) appositionCountry(p, d *draft) string {
	if d.sent != p.sent || d.span.Start < p.span.End || d.actor.Country == "" || d.defaulted || d.needCountry || d.person || d.actor.Anonymous {
		return ""
	}
	gap := strings.Join(strings.Fields(st.text[p.span.End:d.span.Start]), " ")
	rest := st.text[d.span.End:]
	switch gap {
	case ",", ", a", ", an", ", the":
	case "from", "of", "from the", "of the":
		// "Maria Ressa from the Philippines;", "Ann Ek of Sweden,": a
		// country closing the clause.
		if d.kind == dyad.MentionCountry && lowerClause(rest, 0, 0) {
			return d.actor.Country
		}
		return ""
	case "is a", "is an", "was a", "was an":
		// "Hatice Cengiz is a Turkish national": a demonym before a
		// word for a person.
		if d.kind == dyad.MentionDemonym && predicateNoun(rest) {
			return d.actor.Country
		}
		return ""
	default:
		return ""
	}
	switch d.kind {
	case dyad.MentionDemonym:
	case dyad.MentionGroup, dyad.MentionRole:
		// "a Nigerian women" of "a Nigerian women's rights activist":
		// a group the demonym opened, read on to the clause's end.
		if !startsDemonymPhrase(st.text[d.span.Start:d.span.End]) {
			return ""
		}
	case dyad.MentionCountry:
		r, ok := cutPossessive(rest)
		if !ok {
			return ""
		}
		rest = r
	default:
		return ""
	}
	if !lowerClause(rest, 1, 5) {
		return ""
	}
	return d.actor.Country
}

// premodifierCountry returns the country of demonym d when only
// lower-case words stand between it and person p, the last a title or a
// word for a person ("Haitian gang leader Arnel Joseph", "Libyan refugee
// Khaled Omar").
func (st *state) premodifierCountry(p, d *draft) string {
	if d.sent != p.sent || d.kind != dyad.MentionDemonym || d.actor.Country == "" || d.span.End > p.span.Start {
		return ""
	}
	gap := st.text[d.span.End:p.span.Start]
	ws := strings.Fields(gap)
	if len(ws) > 3 || len(ws) > 0 && p.actor.Sector == "" && !personNoun(ws[len(ws)-1]) {
		// (A title or a word for a person before the name: "Indian
		// reluctance Richard Weitz", a heading run into the sentence,
		// names no country.)
		return ""
	}
	for _, w := range ws {
		if !lowerWord(w) || descEnders[w] {
			return ""
		}
	}
	if len(ws) > 0 && p.actor.Sector != "" {
		// "Haitian gang leader Arnel Joseph": the words between say
		// more than the title's sector ("leader"); the country only.
		p.actor.Sector = ""
	}
	return d.actor.Country
}

// predicateNoun reports whether s starts with a lower-case word for a
// person ("national", "citizen", "journalist", "engineer"), not one for a
// vessel ("tanker").
func predicateNoun(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRight(f[0], ",.;:")
	if !lowerWord(w) || vesselNouns[w] {
		return false
	}
	switch w {
	case "national", "citizen", "native", "resident", "journalist", "activist", "writer", "businessman", "businesswoman":
		return true
	}
	return personNoun(w)
}

// personNoun reports whether the lower-case noun w ends as words for
// people do: "singer", "refugee", "mathematician", "activist",
// "inventor", "consultant", "student", "businessman".
func personNoun(w string) bool {
	for _, suf := range [...]string{"er", "or", "ist", "ian", "ee", "ant", "ent", "man", "woman"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// giveCountry codes every still uncoded mention of the person named name
// (and the short forms that point at one) with country c.
func (st *state) giveCountry(name, c string) {
	for k := range st.drafts {
		q := &st.drafts[k]
		if !q.person || q.actor.Country != "" {
			continue
		}
		if q.actor.Name == name || q.ante >= 0 && int(q.ante) < len(st.drafts) && st.drafts[q.ante].actor.Name == name {
			st.applyCountry(&q.actor, c)
			q.needCountry = false
		}
	}
}

// descEnders are lower-case words that end a description or join it to
// something else: before them a demonym qualifies no name after.
var descEnders = map[string]bool{
	"of": true, "in": true, "at": true, "on": true, "from": true, "to": true, "and": true, "or": true,
	"with": true, "by": true, "for": true, "that": true, "who": true, "which": true, "said": true,
	"says": true, "told": true, "than": true, "as": true, "against": true, "between": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
}

// startsDemonymPhrase reports whether s is an article and a capitalised
// word ("a Nigerian women"), or starts with one.
func startsDemonymPhrase(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "a", "an", "the":
		return isCap(f[1])
	}
	return false
}

// cutPossessive returns s after a leading "'s" or "’s".
func cutPossessive(s string) (string, bool) {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(s, p) {
			return s[len(p):], true
		}
	}
	return s, false
}

// lowerClause reports whether s starts with min to max words, each
// lower-case letters (a possessive "'s" and hyphens allowed, as in
// "women's rights activist"), up to a comma, a full stop, a semicolon, a
// dash or the end of the text.
func lowerClause(s string, min, max int) bool {
	end := strings.IndexAny(s, ",.;:(—–")
	if end < 0 {
		end = len(s)
	}
	ws := strings.Fields(s[:end])
	if min > 0 {
		// "a Nigerian women's rights activist and president of …": a
		// second description after "and" leaves the first whole.
		for i, w := range ws {
			if w == "and" && i >= min {
				ws = ws[:i]
				break
			}
		}
	}
	if len(ws) < min || len(ws) > max {
		return false
	}
	if end < len(s) && s[end] == '.' && end+1 < len(s) && s[end+1] != ' ' && s[end+1] != '\n' {
		// ("U.S."): not the end of the clause.
		return false
	}
	for i, w := range ws {
		if i == 0 && (w == "'s" || w == "’s") {
			continue
		}
		if !lowerWord(w) || descEnders[w] {
			return false
		}
	}
	return true
}

// lowerWord reports whether w is a word of lower-case letters, with
// hyphens, apostrophes and a possessive ending inside it.
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		switch {
		case unicode.IsLower(r), r == '-', r == '\'', r == '’':
		default:
			return false
		}
	}
	return unicode.IsLower([]rune(w)[0])
}
