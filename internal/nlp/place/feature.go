package place

import (
	"slices"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/gazetteer"
)

// Local features: creeks, lakes, parks, valleys and airports that the
// gazetteer lacks but news names as places ("Lake Lanier", "Hopkins
// Park", "Big Creek", "Pearson International Airport"). A run of
// capitalised words ending in a feature's noun (or starting with "Lake"
// or "Mount") is a place, put at the town the story places it by: the
// town or county named right after it ("Shawnee Park in Louisville"),
// else the nearest one named before it in the same or the previous
// sentence, else the nearest after it in the same or the next one; and
// only a town in the country most of the article's places lie in (a
// misread namesake abroad is no anchor). A feature with no such town, one
// that holds a place the stage kept ("Vancouver Art Gallery" is
// Vancouver), or one that modifies an organisation's name ("the Licking
// Valley school board", "Riverside Park Conservancy") adds nothing.
// Rivers are left out: they run far from the towns beside them.

// featureNouns end a feature's name, with the GeoNames feature class of
// the feature: H water, L park or area, S spot (a building), T height.
var featureNouns = map[string]string{
	"creek": "H", "lake": "H", "lakes": "H", "reservoir": "H",
	"park": "L", "valley": "L",
	"airport": "S",
}

// featureOrgWords after a feature's name make it a modifier of an
// organisation's.
var featureOrgWords = set(`board district association council authority committee commission company corporation
	foundation conservancy department police`)

// featureHeads start a feature's name: "Lake Lanier", "Mount Hood".
var featureHeads = map[string]string{"lake": "H", "mount": "T", "mt.": "T"}

// maxFeatureWords bounds the words of a feature's name before its noun.
const maxFeatureWords = 4

// feature is a local feature found in a sentence: tokens [i, j).
type feature struct {
	sent, i, j int
	class      string
}

// features returns the places of the local features of the article.
func (a *article) features() []dyad.Place {
	var out []dyad.Place
	home := a.homeCountry()
	for si := range a.sents {
		toks := a.sents[si].Tokens
		for i := 0; i < len(toks); i++ {
			f, ok := a.featureAt(si, i)
			if !ok {
				continue
			}
			i = f.j - 1
			if a.keptInside(si, f.i, f.j) {
				continue
			}
			e := a.featureAnchor(f)
			if e == nil || e.CC2 != home {
				continue // none, or a town abroad the story may have misread
			}
			span := dyad.Span{Start: toks[f.i].Start, End: toks[f.j-1].End}
			p := dyad.Place{Span: span, Text: a.text[span.Start:span.End], Name: a.text[span.Start:span.End], Country: e.CC3,
				Lat: e.Lat, Lon: e.Lon, FeatureClass: f.class, Precision: dyad.PrecisionCity}
			if e.Admin1 != "" && e.Kind != gazetteer.Country {
				if r, ok := a.s.g.Admin1(e.CC2, e.Admin1); ok {
					p.Admin1 = r.Name
				}
			}
			out = append(out, p)
		}
	}
	return out
}

// featureAt reports the local feature whose name starts at token i of
// sentence si.
func (a *article) featureAt(si, i int) (feature, bool) {
	toks := a.sents[si].Tokens
	if !a.nameToken(si, i) || i > 0 && a.nameToken(si, i-1) {
		return feature{}, false // not the start of a name
	}
	if w := a.lowerTok(si, i); w == "the" {
		i++ // "The Licking Valley"
		if i >= len(toks) || !a.nameToken(si, i) {
			return feature{}, false
		}
	}
	// The name: capitalised words, with "St." and possessives inside.
	j := i
	for j < len(toks) && (a.nameToken(si, j) || a.possessiveInName(si, j)) {
		j++
	}
	if j-i > maxFeatureWords+1 || j < len(toks) && toks[j].Kind == dyad.TokenWord && isCapitalized(a.tok(si, j)) {
		return feature{}, false // a longer name: "Riverside Park Conservancy"
	}
	if j-i < 2 || j < len(toks) && (a.tok(si, j) == "-" || schoolWords[a.lowerTok(si, j)] || featureOrgWords[a.lowerTok(si, j)]) {
		return feature{}, false // "Licking Valley school board", "Lake Forest-based"
	}
	last, first := a.lowerTok(si, j-1), a.lowerTok(si, i)
	class, ok := featureNouns[last]
	if !ok {
		if class, ok = featureHeads[first]; !ok {
			return feature{}, false
		}
	}
	// Not a name whose words are all common ("Main Street Park" is
	// fine, "The Park" is not): a word before the noun must be a name.
	named := false
	for k := i; k < j; k++ {
		w := a.lowerTok(si, k)
		if _, isNoun := featureNouns[w]; isNoun && k == j-1 {
			continue
		}
		if _, isHead := featureHeads[w]; isHead && k == i {
			continue
		}
		if !functionWordSet[w] && w != "the" && w != "a" && w != "new" && w != "national" && w != "state" && w != "city" {
			named = true
		}
	}
	if !named {
		return feature{}, false
	}
	return feature{sent: si, i: i, j: j, class: class}, true
}

// possessiveInName reports whether token j of sentence si is a
// possessive inside a name ("St. Michael's Hospital").
func (a *article) possessiveInName(si, j int) bool {
	w := a.tok(si, j)
	return (w == "'s" || w == "’s") && j+1 < len(a.sents[si].Tokens) && a.nameToken(si, j+1)
}

// keptInside reports whether a place the stage kept lies within tokens
// [i, j) of sentence si.
func (a *article) keptInside(si, i, j int) bool {
	return slices.ContainsFunc(a.cands, func(c cand) bool {
		return c.sent == si && c.i < j && c.j > i && !c.drop
	})
}

// featureAnchor returns the reading of the town the feature f lies at,
// nil when the article names none.
func (a *article) featureAnchor(f feature) *gazetteer.Entry {
	// "… Hospital in Toronto", "… Park, Greer".
	if f.j+1 < len(a.sents[f.sent].Tokens) {
		if w := a.lowerTok(f.sent, f.j); w == "in" || w == "," || w == "near" {
			if c := a.candAt(f.sent, f.j+1); c != nil && !c.drop {
				if e := a.reading(c); e != nil && localAnchor(e) {
					return e
				}
			}
		}
	}
	var before, after *gazetteer.Entry
	for k := range a.cands {
		c := &a.cands[k]
		if c.drop {
			continue
		}
		e := a.reading(c)
		if e == nil || !localAnchor(e) {
			continue
		}
		if c.sent < f.sent-1 || c.sent > f.sent+1 {
			continue // only a town named close by
		}
		if c.sent < f.sent || c.sent == f.sent && c.j <= f.i {
			before = e
		} else if after == nil {
			after = e
		}
	}
	if before != nil {
		return before
	}
	return after
}

// localAnchor reports whether e is a town or county, a place a local
// feature can be put at.
func localAnchor(e *gazetteer.Entry) bool {
	return e.Kind.IsCity() || e.Kind == gazetteer.Admin2
}

// homeCountry returns the alpha-2 code of the country most of the
// article's kept places lie in, "" when there are none.
func (a *article) homeCountry() string {
	n := map[string]int{}
	best := ""
	for k := range a.cands {
		c := &a.cands[k]
		if c.drop {
			continue
		}
		if e := a.reading(c); e != nil && e.CC2 != "" {
			n[e.CC2]++
			if n[e.CC2] > n[best] {
				best = e.CC2
			}
		}
	}
	return best
}
