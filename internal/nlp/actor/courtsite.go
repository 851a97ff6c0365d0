package actor

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/gazetteer"
)

// Where courts sit: "a federal court in Brooklyn", "prosecutors in Milan",
// "a trial held in New York", "the Hamburg court" name the place a court,
// a prosecutor or a jury works in, and so their country, which is often
// not that of the actors they try ("an Iranian group accused at a trial in
// New York": the prosecutors are American). The actors stage runs before
// places are resolved, so the one name after "in" (or before the court
// word) is looked up in the gazetteer directly; the article's latest court
// site then holds for its later bare courts and prosecutors.

// siteWords may stand between a court word and "in": "a trial held in".
var siteWords = map[string]bool{"held": true, "based": true, "sitting": true, "convened": true, "opening": true, "underway": true}

// placeCountry returns the country of the place named by the capitalised
// words from token i on (at most four, after an optional "the": "New
// York", "The Hague"), the longest that the gazetteer knows, "" when none.
// Demonyms name no place.
func (r *Resolver) placeCountry(st *state, i int) string {
	toks := st.toks
	if i < len(toks) && strings.EqualFold(st.tokText(i), "the") && i+1 < len(toks) && toks[i+1].cap {
		i++
	}
	j := i
	for j < len(toks) && j < i+4 && toks[j].word && toks[j].cap && toks[j].flags&wTitle == 0 {
		j++
	}
	for ; j > i; j-- {
		if c := r.gazCountry(st, st.text[toks[i].start:toks[j-1].end]); c != "" {
			return c
		}
	}
	return ""
}

// gazCountry returns the country of the gazetteer's first prominent
// reading of name (countries, then regions, then places by rank and
// population), "" when it has none or the gazetteer cannot be loaded.
func (r *Resolver) gazCountry(st *state, name string) string {
	g, err := gazetteer.Default()
	if err != nil {
		return ""
	}
	st.gazKey = gazetteer.Key(st.gazKey[:0], name)
	st.gazEnt = g.Lookup(st.gazEnt[:0], st.gazKey)
	for _, e := range st.gazEnt {
		if e.CC3 != "" && prominent(e) {
			return e.CC3
		}
	}
	return ""
}

// prominent reports whether a gazetteer entry is a place a court sits in
// that a name alone would mean: a country, a region, a first-level
// division, a capital or a division's seat, or a place of 100,000 people
// or more. A capitalised word that only a village bears ("Supreme",
// "High") is no site.
func prominent(e gazetteer.Entry) bool {
	switch e.Kind {
	case gazetteer.Country, gazetteer.Region, gazetteer.Admin1, gazetteer.Capital, gazetteer.Seat1:
		return true
	case gazetteer.Demonym:
		return false
	}
	return e.Population >= 100000
}

// siteAfter returns the country of "in <place>" right after token j-1
// (over one word like "held": "a trial held in New York"), "" when none.
func (r *Resolver) siteAfter(st *state, j int) string {
	if j < len(st.toks) && siteWords[st.lowAt(j)] {
		j++
	}
	if j+1 < len(st.toks) && st.lowAt(j) == "in" {
		return r.placeCountry(st, j+1)
	}
	return ""
}

// siteBefore returns the country of a capitalised place name that
// qualifies the court word at token i, over at most two lower-case words
// and after a determiner ("the Hamburg court", "a Brooklyn federal
// jury"), "" when none.
func (r *Resolver) siteBefore(st *state, i int) string {
	toks := st.toks
	k := i - 1
	for n := 0; n < 2 && k >= 0 && toks[k].word && !toks[k].cap && toks[k].flags&(wDet|wIndef|wPoss) == 0; n++ {
		k--
	}
	e := k + 1
	for k >= 0 && e-k <= 3 && toks[k].word && toks[k].cap && toks[k].flags&(wDet|wIndef|wTitle) == 0 {
		k--
	}
	s := k + 1
	if s >= e || k < 0 || toks[k].flags&(wDet|wIndef) == 0 {
		return ""
	}
	return r.gazCountry(st, st.text[toks[s].start:toks[e-1].end])
}

// noteCourts records the site of every court word in the current
// sentence ("a trial in New York") as the article's court country.
func (r *Resolver) noteCourts(st *state) {
	for i := range st.toks {
		if st.toks[i].flags&wCourt == 0 || !st.toks[i].word {
			continue
		}
		c := r.siteAfter(st, i+1)
		if c == "" {
			c = r.siteBefore(st, i)
		}
		if c != "" {
			st.courtCountry = c
		}
	}
}

// bodyCountry returns the country of a local body (a court, the police, a
// legislature; sector sector, tokens [i, j) of the current sentence): the
// place its phrase names ("police in Lyon", "the Hamburg court"), then,
// for courts and prosecutors, the article's latest court site, then what
// localCountry finds around it; "" leaves it to the document's country.
func (r *Resolver) bodyCountry(st *state, sp dyad.Span, sector string) string {
	i, j := st.tokRange(sp)
	if i >= 0 {
		if c := r.siteAfter(st, j); c != "" {
			return c
		}
		if c := r.siteBefore(st, i); c != "" {
			return c
		}
	}
	if sector == "JUD" && st.courtCountry != "" {
		return st.courtCountry
	}
	return r.localCountry(st, sp)
}

// tokRange returns the tokens [i, j) of the current sentence that span sp
// covers, i = -1 when none.
func (st *state) tokRange(sp dyad.Span) (int, int) {
	i, j := -1, -1
	for k := range st.toks {
		t := &st.toks[k]
		if t.start >= sp.Start && t.end <= sp.End {
			if i < 0 {
				i = k
			}
			j = k + 1
		}
	}
	return i, j
}

// listAfterIn reports whether token j is "in" followed by a capitalised
// name that a list goes on from ("in Kenya and Uganda", "in Lyon, Paris").
func (st *state) listAfterIn(j int) bool {
	if st.lowAt(j) != "in" {
		return false
	}
	k := j + 1
	for k < len(st.toks) && k < j+5 && st.toks[k].word && st.toks[k].cap {
		k++
	}
	w := st.lowAt(k)
	return k > j+1 && (w == "and" || w == "," || w == "or")
}
