package place

import (
	"math"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/gazetteer"
)

// Score weights. A reading's score is log10(population) plus a bonus for
// its rank, plus bonuses for fitting the article and the words around it.
const (
	countryPop     = 1e8 // population assumed for a country
	regionPop      = 1e8 // for a hand-written region
	bonusCountry   = 1.0
	bonusRegion    = 0.5
	bonusCapital   = 4.0
	bonusSeat1     = 1.0
	bonusSeat2     = 0.5
	bonusAdmin1    = 0.5
	penaltySection = -1.0
	ctxCountry     = 3.0 // the article names the reading's country
	ctxAdmin1      = 4.0 // the article names its first-level region
	hintCountry    = 6.0 // "Iraqi city of Irbil"
	hintAdmin1     = 10.0
	hintKind       = 5.0  // "Washington state", "Kansas City"
	bonusBigCity   = 1.0  // a city of a million or more: "New York" is the city
	outletVote     = 1.0  // the outlet's country, as one name of the article
	currencyVote   = 1.0  // the country of the article's currency sign, when the outlet's is unknown
	foreignVotes   = 3.0  // the article's majority country: this many names' votes …
	penaltyForeign = -4.0 // … count against towns of countries no other name is in
	ctxShare       = 2.0  // times the share of the article's country votes
	ctxNamedA1     = 3.0  // the article names the town's first-level region itself ("Nebraska")
	minShareVotes  = 1.0  // names' votes needed for ctxShare
	ctxNear        = 1.0
	ctxOutletNear  = 4.0 // close to the outlet's town
	ctxNearCounty  = 2.0 // per other name with a reading close by ("Huntsville" and "Walker County")
	maxNear        = 2   // other names counted for ctxNear
	nearDeg        = 0.5 // "close by": within this many degrees of latitude and longitude (≈ 50 km)
	// penaltyNamesake goes to a small town named like a country or a
	// large region when no local cue names it ("Italy" in a Texas story is
	// the country, "Italy, Texas" the town).
	penaltyNamesake = -4.5
	// bonusOutletCity goes to a city of 100,000 in the country of the
	// outlet's domain.
	bonusOutletCity = 3.0
	bonusOutletTown = 2.0   // a smaller town or county in that country
	namesakePop     = 50000 // towns below this need the cue
	// penaltyDwarfed goes to a town named like a city or first-level
	// region of its own country dwarfRatio times its size (and of
	// stationPop or more) when no local cue names the town: "Boston" in
	// a story that names New York is Boston, Massachusetts, not the
	// hamlet of Boston, New York; "Atlanta" beside "Petersburg" is not
	// the two Illinois villages. Votes for the town's region and
	// neighbours alone do not lift it.
	penaltyDwarfed = -4.0
	dwarfRatio     = 30
	// abroadRatio: a town named like a city abroad this many times its
	// size needs more than its country's mention (abroadDwarfed).
	abroadRatio = 5
)

func baseScore(e *gazetteer.Entry) float64 {
	pop := float64(e.Population)
	var bonus float64
	switch e.Kind {
	case gazetteer.Country:
		pop, bonus = countryPop, bonusCountry
	case gazetteer.Region:
		pop, bonus = regionPop, bonusRegion
	case gazetteer.Admin1:
		bonus = bonusAdmin1
	case gazetteer.Admin2:
		pop = max(pop, 1e4)
	case gazetteer.Capital:
		bonus = bonusCapital
	case gazetteer.Seat1:
		bonus = bonusSeat1
	case gazetteer.Seat2:
		bonus = bonusSeat2
	case gazetteer.Section:
		bonus = penaltySection
	}
	if e.Kind.IsCity() && pop >= 1e6 {
		bonus += bonusBigCity
	}
	return math.Log10(pop+1) + bonus
}

// artContext weighs the countries and first-level regions an article
// names. Each distinct name votes once: a name with several readings
// splits its vote among their countries and regions, so "Lamar County"
// (in four states) lends a quarter of a vote to Texas, which helps "Paris"
// in the same article towards Paris, Texas.
type artContext struct {
	cc map[string]float64 // alpha-2 code → weight
	a1 map[region]float64 // first-level region → weight
	// own holds each name's votes, to leave them out when resolving it.
	own map[string]votes
	// total is the sum of the country weights.
	total float64
}

// region names a first-level region by its country's alpha-2 code and
// its GeoNames admin1 code.
type region struct{ cc, a1 string }

// votes are one name's votes: a few countries and regions, each with
// its weight.
type votes struct {
	cc []weight[string]
	a1 []weight[region]
}

type weight[K comparable] struct {
	k K
	w float64
}

// weightOf returns the weight of k in ws, 0 when it is not there.
func weightOf[K comparable](ws []weight[K], k K) float64 {
	for _, x := range ws {
		if x.k == k {
			return x.w
		}
	}
	return 0
}

// addKey appends k to ws with weight 1 unless it is there already.
func addKey[K comparable](ws []weight[K], k K) []weight[K] {
	for _, x := range ws {
		if x.k == k {
			return ws
		}
	}
	return append(ws, weight[K]{k: k, w: 1})
}

func (a *article) newContext() *artContext {
	x := &artContext{cc: map[string]float64{}, a1: map[region]float64{}, own: map[string]votes{}}
	// The dateline's region, which cleaning took out of the text
	// ("PARIS, Mo. —"), votes as a name of the article would.
	if r := a.datelineRegion(); r.cc != "" {
		x.cc[r.cc] += 1
		x.a1[r] += 1
		x.total += 1
	}
	if a.outletCC != "" {
		x.cc[a.outletCC] = outletVote // a local paper writes about its country
		x.total = outletVote
	} else if cc := currencyCountry(a.text); cc != "" {
		x.cc[cc] = currencyVote // so does one counting in its currency
		x.total = currencyVote
	}
	return x
}

// currencyCountry returns the alpha-2 code of the country whose currency
// sign the text counts in: "US" for "$5,000" or "US$5", "GB" for "£5";
// "" when it uses none, several, or another dollar ("C$5", "A$5").
func currencyCountry(text string) string {
	gbp := strings.Contains(text, "£")
	var usd, other bool
	for off := 0; ; {
		j := strings.IndexByte(text[off:], '$')
		if j < 0 {
			break
		}
		i := off + j
		off = i + 1
		if i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9' {
			continue
		}
		switch {
		case i == 0 || !isASCIILetter(text[i-1]):
			usd = true
		case i >= 2 && text[i-2:i] == "US" && (i == 2 || !isASCIILetter(text[i-3])):
			usd = true
		default:
			other = true
		}
	}
	switch {
	case other || usd == gbp:
		return ""
	case usd:
		return "US"
	}
	return "GB"
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// vote adds the name key's readings es (or only es[only] when only ≥ 0).
func (x *artContext) vote(key string, es []gazetteer.Entry, only int) {
	if _, ok := x.own[key]; ok {
		return
	}
	var v votes
	for i := range es {
		if only >= 0 && i != only {
			continue
		}
		cc, a1 := cue(&es[i])
		if cc != "" {
			v.cc = addKey(v.cc, cc)
		}
		if a1.a1 != "" {
			v.a1 = addKey(v.a1, a1)
		}
	}
	for i := range v.cc {
		v.cc[i].w = 1 / float64(len(v.cc))
		x.cc[v.cc[i].k] += v.cc[i].w
		x.total += v.cc[i].w
	}
	for i := range v.a1 {
		v.a1[i].w = 1 / float64(len(v.a1))
		x.a1[v.a1[i].k] += v.a1[i].w
	}
	x.own[key] = v
}

// unvote takes back the votes of the name key.
func (x *artContext) unvote(key string) {
	v, ok := x.own[key]
	if !ok {
		return
	}
	for _, c := range v.cc {
		x.cc[c.k] -= c.w
		x.total -= c.w
		if x.cc[c.k] < 1e-9 {
			delete(x.cc, c.k)
		}
	}
	for _, r := range v.a1 {
		x.a1[r.k] -= r.w
		if x.a1[r.k] < 1e-9 {
			delete(x.a1, r.k)
		}
	}
	delete(x.own, key)
}

// weights returns the context's weights for a reading of name key,
// without the name's own votes.
func (x *artContext) weights(key string, e *gazetteer.Entry) (cc, a1 float64) {
	v := x.own[key]
	cc = x.cc[e.CC2] - weightOf(v.cc, e.CC2)
	if e.Admin1 != "" && e.Kind != gazetteer.Country {
		k := region{e.CC2, e.Admin1}
		a1 = x.a1[k] - weightOf(v.a1, k)
	}
	return min(cc, 1), min(a1, 1)
}

// regionVotes returns the weight of the votes of the names other than
// key for first-level regions of the country cc.
func (x *artContext) regionVotes(key, cc string) float64 {
	v := x.own[key]
	sum := 0.0
	for k, w := range x.a1 {
		if k.cc == cc {
			sum += w - weightOf(v.a1, k)
		}
	}
	return sum
}

// share returns the fraction of the other names' country votes that go
// to e's country, 0 when they cast none.
func (x *artContext) share(key string, e *gazetteer.Entry) float64 {
	v := x.own[key]
	total := x.total
	if len(v.cc) > 0 {
		total-- // the name's own votes sum to one
	}
	if total < minShareVotes {
		return 0 // too few names to speak of a majority
	}
	return (x.cc[e.CC2] - weightOf(v.cc, e.CC2)) / total
}

// majority returns the weight of the country that the names other than
// key vote for most.
func (x *artContext) majority(key string) float64 {
	v := x.own[key]
	best := 0.0
	for cc, w := range x.cc {
		best = max(best, w-weightOf(v.cc, cc))
	}
	return best
}

// cue returns what the reading e tells about where an article is: its
// country, and its admin1 region when it is a region or a place in one.
func cue(e *gazetteer.Entry) (cc string, a1 region) {
	if e.Admin1 != "" && e.Kind != gazetteer.Country && e.Kind != gazetteer.Demonym {
		return e.CC2, region{e.CC2, e.Admin1}
	}
	return e.CC2, region{}
}

// localReading reports whether e is a town or county, the readings
// that proximity to other names can choose among.
func localReading(e *gazetteer.Entry) bool {
	return e.Kind.IsCity() || e.Kind == gazetteer.Admin2
}

// proximity fills a.near: for each name and reading, how many other
// names of the article (up to maxNear) have a local reading in the same
// first-level region within nearDeg of it. Towns and counties cluster in
// local news: "Huntsville" beside "Walker County" is Huntsville, Texas.
func (a *article) proximity() {
	type pt struct {
		cc, a1   string
		name     int
		lat, lon float64
		// town is the entry's index for the outlet's towns, -1 for names
		town int
	}
	var keys []*cand
	var pts []pt
	for k := range a.cands {
		c := &a.cands[k]
		if c.demonym || slices.ContainsFunc(keys, func(o *cand) bool { return o.key == c.key }) {
			continue
		}
		n := len(keys)
		keys = append(keys, c)
		for i := range c.entries {
			e := &c.entries[i]
			if localReading(e) && e.Admin1 != "" {
				pts = append(pts, pt{e.CC2, e.Admin1, n, e.Lat, e.Lon, -1})
			}
		}
	}
	// The outlet's town, read from its host name ("dallasnews.com"):
	// local news is about places near it (a.nearOutlet).
	// When the host names several towns ("norfolk": Virginia, Nebraska,
	// Massachusetts), the one the most names lie close to is the
	// outlet's, if any are.
	nKeys := len(keys)
	towns := a.outletTowns()
	if len(towns) > 1 {
		near := make([]int, len(towns))
		most := 0
		for t, e := range towns {
			for _, p := range pts {
				if p.cc == e.CC2 && p.a1 == e.Admin1 && math.Abs(p.lat-e.Lat) <= nearDeg && math.Abs(p.lon-e.Lon) <= nearDeg {
					near[t]++
				}
			}
			most = max(most, near[t])
		}
		if most > 0 {
			kept := towns[:0:0]
			for t, e := range towns {
				if near[t] == most {
					kept = append(kept, e)
				}
			}
			towns = kept
		}
	}
	for _, e := range towns {
		pts = append(pts, pt{e.CC2, e.Admin1, nKeys, e.Lat, e.Lon, e.Index})
	}
	if len(keys) < 2 && len(pts) == 0 || len(keys) == 0 {
		return
	}
	cmpRegion := func(p pt, cc, a1 string) int {
		if c := strings.Compare(p.cc, cc); c != 0 {
			return c
		}
		return strings.Compare(p.a1, a1)
	}
	slices.SortFunc(pts, func(x, y pt) int { return cmpRegion(x, y.cc, y.a1) })
	var seen []int
	for n, c := range keys {
		if len(c.entries) < 2 {
			continue // nothing to choose
		}
		var counts []int8
		for i := range c.entries {
			e := &c.entries[i]
			if !localReading(e) || e.Admin1 == "" {
				continue
			}
			seen = seen[:0]
			from, _ := slices.BinarySearchFunc(pts, e, func(p pt, e *gazetteer.Entry) int { return cmpRegion(p, e.CC2, e.Admin1) })
			for _, p := range pts[from:] {
				if p.cc != e.CC2 || p.a1 != e.Admin1 {
					break
				}
				// (The outlet's town is no evidence for itself:
				// "Richmond" in richmondregister.com is any Richmond
				// until other names say which.)
				if p.name == n || p.town == e.Index || slices.Contains(seen, p.name) || math.Abs(p.lat-e.Lat) > nearDeg || math.Abs(p.lon-e.Lon) > nearDeg {
					continue
				}
				if p.name == nKeys {
					if a.nearOutlet == nil {
						a.nearOutlet = map[int]bool{}
					}
					a.nearOutlet[e.Index] = true
					continue
				}
				// (Past maxNear names, go on only to find the outlet's
				// town, which may come later in the region.)
				if len(seen) < maxNear {
					seen = append(seen, p.name)
				}
			}
			if len(seen) > 0 {
				if counts == nil {
					counts = make([]int8, len(c.entries))
				}
				counts[i] = int8(len(seen))
			}
		}
		if counts != nil {
			if a.near == nil {
				a.near = make(map[string][]int8)
			}
			a.near[c.key] = counts
		}
	}
}

func (a *article) resolve() {
	a.proximity()
	// Soft context: every name votes for all its readings' places.
	soft := a.newContext()
	for k := range a.cands {
		c := &a.cands[k]
		only := -1
		if c.demonym {
			for i := range c.entries {
				if c.entries[i].Kind == gazetteer.Demonym {
					only = i
				}
			}
		} else if c.hintA1 != "" || c.hintCC != "" {
			only = a.pick(c, nil)
		}
		soft.vote(c.key, c.entries, only)
	}
	// Pick with the soft context, then again with the context of those
	// picks. Names are resolved once per article, by their first
	// occurrence, unless local cues ("Paris, Texas") say otherwise.
	x := soft
	for range 2 {
		byKey := map[string]int{}
		for k := range a.cands {
			c := &a.cands[k]
			if c.demonym {
				continue
			}
			if b, ok := byKey[c.key]; ok && c.hintA1 == "" && c.hintCC == "" && !c.wantA1 && !c.wantCity && !c.qualifier {
				c.best = a.cands[b].best
				continue
			}
			c.best = a.pick(c, x)
			if _, ok := byKey[c.key]; !ok {
				byKey[c.key] = k
			}
		}
		hard := a.newContext()
		for k := range a.cands {
			c := &a.cands[k]
			if c.demonym {
				hard.vote(c.key, c.entries, slices.IndexFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Demonym }))
			} else if c.best >= 0 {
				hard.vote(c.key, c.entries, c.best)
			}
		}
		x = hard
		a.nameRegions()
	}
	a.refine(x)
	a.loneTowns(x)
	// lacked: names of towns the gazetteer lacks, by a local cue
	var lacked map[string]bool
	for k := range a.cands {
		c := &a.cands[k]
		// "Churchill, Man." with no Churchill in Manitoba: a town the
		// gazetteer lacks, left unplaced rather than put elsewhere.
		if c.strictA1 && c.hintA1 != "" && c.best >= 0 {
			if e := &c.entries[c.best]; e.CC2+"."+e.Admin1 != c.hintA1 {
				c.best = -1
			}
		}
		if c.strictCC != "" && c.best >= 0 && !strings.Contains(c.strictCC, c.entries[c.best].CC2+" ") {
			c.best = -1
		}
		if c.best < 0 && (c.strictA1 && c.hintA1 != "" || c.strictCC != "") {
			if lacked == nil {
				lacked = map[string]bool{}
			}
			lacked[c.key] = true
		}
	}
	// A country named as a town ("the city of Turkey", the Texas town)
	// that is no city's name too, in a story the other names set in
	// another country (not "the city of Kuwait" alone), is a town the
	// gazetteer lacks, and so is the name elsewhere in the story:
	// "returns to Turkey" there is no trip to Türkiye.
	var townCountry map[string]bool
	for k := range a.cands {
		c := &a.cands[k]
		if c.best >= 0 && c.entries[c.best].Kind == gazetteer.Country && c.i >= 2 && a.lowerTok(c.sent, c.i-1) == "of" &&
			townNouns[a.lowerTok(c.sent, c.i-2)] && !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind.IsCity() }) &&
			a.elsewhere(c, x) {
			if townCountry == nil {
				townCountry = map[string]bool{}
			}
			townCountry[c.key] = true
		}
	}
	for k := range a.cands {
		c := &a.cands[k]
		// The same name elsewhere in the story, with no cue of its own,
		// is that town too: "born in Churchill, Man." … "the hospital in
		// Churchill" is not Churchill, Pennsylvania.
		if lacked[c.key] && c.hintA1 == "" && c.hintCC == "" && c.best >= 0 && c.entries[c.best].Kind.IsCity() {
			c.best = -1
		}
		if townCountry[c.key] && c.best >= 0 && c.entries[c.best].Kind == gazetteer.Country {
			c.best = -1
		}
		a.syntax(c)
	}
}

// nameRegions fills a.namedA1 with the first-level regions that the
// article names as such ("Nebraska", "Neb."), by the current picks, with
// how often, and a.namedMax with the most.
func (a *article) nameRegions() {
	clear(a.namedA1)
	a.namedMax = 0
	if r := a.datelineRegion(); r.cc != "" {
		a.namedA1 = map[region]int{r: 1}
		a.namedMax = 1
	}
	for k := range a.cands {
		c := &a.cands[k]
		if c.demonym || c.best < 0 {
			continue
		}
		if e := &c.entries[c.best]; e.Kind == gazetteer.Admin1 {
			if a.namedA1 == nil {
				a.namedA1 = map[region]int{}
			}
			r := region{e.CC2, e.Admin1}
			a.namedA1[r]++
			a.namedMax = max(a.namedMax, a.namedA1[r])
		}
	}
}

// bigReading reports whether es holds a city of stationPop people or
// more, a country, a first-level region or a hand-written region.
func bigReading(es []gazetteer.Entry) bool {
	return slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
		return e.Kind.IsCity() && e.Population >= stationPop || e.Kind == gazetteer.Country || e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Region
	})
}

// lonePop is the population below which a one-word town needs support
// from the article (see loneTowns). Up to this size a town's name is
// still more often a person's ("Denton", "Chandler", "Norman") where the
// story is elsewhere in its country.
const lonePop = 300000

// loneVillagePop is the population below which a one-word town in a
// country that no other name of the article is in needs a local cue.
const loneVillagePop = 10000

// loneTowns unplaces the one-word names read as towns of fewer than
// lonePop people that nothing in the article supports (loneReading).
// Such a word is far more often a person's name or a common word
// ("killing Welch", "the Webb Center") than a town, and is left
// unplaced rather than put on the map by population alone. (Falling back
// to another reading of the name that the article supports found no
// more places on the geoparsing corpora, only more wrong ones.) A local
// cue at any occurrence ("Welch, W.Va.", "in Welch", "in downtown
// Welch", "the town of Welch", "Welch police", "a Welch man", "618 Main
// Street, Welch") supports all of the name's occurrences.
//
// A name that only ever stands before an institution's word ("at
// Lipscomb University", "Foley Middle School") names the institution,
// which is as often named after a person as after its town: the town
// then needs the same support up to stationPop people, and the
// preposition before it ("at") is the institution's, no support.
func (a *article) loneTowns(x *artContext) {
	supported := map[string]bool{}
	// school: names seen only before an institution's word
	school := map[string]bool{}
	for k := range a.cands {
		c := &a.cands[k]
		inst := a.beforeSchool(c)
		if s, ok := school[c.key]; !ok || s {
			school[c.key] = inst
		}
		if c.hintA1 != "" || c.hintCC != "" || c.wantCity || c.wantA1 || c.strictA1 || c.home || c.j-c.i != 1 || !inst && a.townSlot(c) {
			supported[c.key] = true
		}
	}
	// A name listed after a supported one shares its slot: "the
	// Spanish cities of Seville and Ceuta", "in Dayton, Xenia and
	// Troy".
	for k := 1; k < len(a.cands); k++ {
		c, p := &a.cands[k], &a.cands[k-1]
		if p.sent == c.sent && p.j+1 == c.i && supported[p.key] && !p.demonym && p.best >= 0 && listWords[a.lowerTok(c.sent, p.j)] {
			supported[c.key] = true
		}
	}
	for k := range a.cands {
		c := &a.cands[k]
		pop := int64(lonePop)
		if school[c.key] {
			pop = stationPop
		}
		if !c.demonym && c.best >= 0 && !supported[c.key] && a.loneReading(c, c.best, x, pop) {
			c.best = -1
		}
		if c.hyphenTail && c.best >= 0 {
			if _, wa := x.weights(c.key, &c.entries[c.best]); wa == 0 {
				c.best = -1
			}
		}
		// A town abroad of fewer than namesakePop people, or a district
		// of a city abroad, in a story whose other names lie in one
		// other country, is a name the gazetteer lacks at home: "City
		// Park" in a South Carolina story is no Saskatoon neighbourhood,
		// nor "in Tara" the Russian town, whatever preposition stands
		// before it. (A local cue, "Tara, Australia", keeps it.)
		if !c.demonym && c.best >= 0 && c.hintCC == "" && c.hintA1 == "" {
			if e := &c.entries[c.best]; e.Kind == gazetteer.Section || e.Kind.IsCity() && e.Kind != gazetteer.Capital && e.Population < namesakePop {
				if wc, _ := x.weights(c.key, e); wc == 0 && x.majority(c.key) >= foreignVotes {
					c.best = -1
				}
			}
		}
	}
}

// loneReading reports whether reading i of c is a town of fewer than
// pop people with no other name of the article in its first-level
// region or close by, where other names place the story in other
// regions of its country; or a village of fewer than loneVillagePop in a
// country no other name is in.
func (a *article) loneReading(c *cand, i int, x *artContext, pop int64) bool {
	e := &c.entries[i]
	if e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Admin2 {
		// A province or county abroad in a story whose other names all
		// lie in one other country: "Brittany" in a Virginia court
		// story, "Angus" cattle in a Missouri one. (Not one named like a
		// city: "Kursk" in a Ukrainian story is the city.)
		wc, _ := x.weights(c.key, e)
		return wc == 0 && x.majority(c.key) >= foreignVotes && !slices.ContainsFunc(c.entries, func(o gazetteer.Entry) bool {
			return o.Kind == gazetteer.Country || o.Kind.IsCity() && o.Population >= namesakePop
		})
	}
	if !e.Kind.IsCity() || e.Population >= pop || e.Kind == gazetteer.Capital {
		return false
	}
	if n := a.near[c.key]; n != nil && n[i] > 0 || a.nearOutlet[e.Index] {
		return false
	}
	wc, wa := x.weights(c.key, e)
	if wa > 0 {
		return false
	}
	if wc == 0 {
		return e.Population < loneVillagePop || x.majority(c.key) >= foreignVotes
	}
	return x.regionVotes(c.key, e.CC2) >= 1
}

// beforeSchool reports whether the name c stands before an
// institution's word (schoolWords): "Lipscomb University".
func (a *article) beforeSchool(c *cand) bool {
	return c.j < len(a.sents[c.sent].Tokens) && a.nameToken(c.sent, c.j) && schoolWords[a.lowerTok(c.sent, c.j)]
}

// townSlot reports whether the name c stands where a place fits: a
// placeSlot, or after a locative preposition ("moved to Welch").
func (a *article) townSlot(c *cand) bool {
	si := c.sent
	if a.placeSlot(si, c) || a.afterAddress(si, c.i) {
		return true
	}
	p := a.prevWord(si, c.i, false)
	if p >= 0 && areaWords[a.lowerTok(si, p)] && !isCapitalized(a.tok(si, p)) {
		return true // "downtown Pineville"
	}
	if p >= 0 && a.lowerTok(si, p) == "from" && a.lowerTok(si, c.j) == "to" && a.candAt(si, c.j+1) != nil {
		return true // "moved from Denton to Lexington", not "a letter from Denton to Smith"
	}
	return p >= 0 && townPreps[a.lowerTok(si, p)]
}

// afterAddress reports whether token i of sentence si follows a street
// address and a comma: "618 E. Main Street, Annville", "400 S. Locust
// St., Lebanon", "165 Route 31 South, Flemington".
func (a *article) afterAddress(si, i int) bool {
	toks := a.sents[si].Tokens
	k := i - 1
	if k < 1 || a.tok(si, k) != "," {
		return false
	}
	k--
	if a.tok(si, k) == "." && k > 0 {
		k-- // "St., Lebanon"
	}
	w := a.lowerTok(si, k)
	if compassWord(w) && k > 0 && toks[k-1].Kind == dyad.TokenNumber {
		return true // "Route 31 South, Flemington"
	}
	if !streetWords[w] || !isCapitalized(a.tok(si, k)) {
		return false
	}
	// A house number starts the address, at most four words before.
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Kind == dyad.TokenNumber {
			return true
		}
	}
	return false
}

// streetWords end a street's name in an address.
var streetWords = set(`street st avenue ave road rd drive dr lane ln boulevard blvd highway hwy way court ct place pl
	circle pike parkway terrace`)

// compassWord reports whether w is a bare compass point.
func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west":
		return true
	}
	return false
}

// townPreps are the locative words before a small town's name that
// support it as a town. Not "from", "to", "with" and the like, which
// take people as well ("stolen from Welch", "a letter to Welch").
var townPreps = set(`in at inside into within near outside throughout across born based living lives lived visit visited
	visiting visits moved off arrived arrive arrives returned return returning reached reach fled flee entered enter entering
	travel traveled travelled traveling travelling flew fly deployed`)

// maxSweeps bounds the sweeps of refine.
const maxSweeps = 4

// refine revisits the names one at a time, in text order, against the
// context of the other names' current picks, and updates the context
// after each change, until a sweep changes nothing. Two names that
// decide each other then settle together: "Albany" and "Georgia" in one
// story are Albany and the state of Georgia, where picking both at once
// from each other's previous picks would swap them back and forth.
func (a *article) refine(x *artContext) {
	for range maxSweeps {
		changed := false
		byKey := map[string]int{}
		for k := range a.cands {
			c := &a.cands[k]
			if c.demonym {
				continue
			}
			first, seen := byKey[c.key]
			if seen && c.hintA1 == "" && c.hintCC == "" && !c.wantA1 && !c.wantCity && !c.qualifier {
				c.best = a.cands[first].best
				continue
			}
			b := a.pick(c, x)
			if !seen {
				byKey[c.key] = k
				if b != c.best && b >= 0 {
					// Only the first occurrence votes (artContext.vote).
					x.unvote(c.key)
					x.vote(c.key, c.entries, b)
				}
			}
			if b != c.best {
				changed = true
				c.best = b
			}
		}
		if !changed {
			return
		}
	}
}

// reading returns the candidate's chosen entry, or nil.
func (a *article) reading(c *cand) *gazetteer.Entry {
	if c.demonym {
		for i := range c.entries {
			if c.entries[i].Kind == gazetteer.Demonym {
				return &c.entries[i]
			}
		}
		return nil
	}
	if c.best < 0 {
		return nil
	}
	return &c.entries[c.best]
}

// pick returns the index of the best-scoring reading of c given the
// article context x (nil in the first pass).
func (a *article) pick(c *cand, x *artContext) int {
	best, bestScore := -1, math.Inf(-1)
	maj := -1.0 // x.majority(c.key), computed when first needed
	for i := range c.entries {
		e := &c.entries[i]
		if e.Kind == gazetteer.Demonym {
			continue
		}
		s := baseScore(e)
		if n := a.near[c.key]; n != nil {
			w := ctxNear
			if e.Kind == gazetteer.Admin2 {
				w = ctxNearCounty // counties share names across many states
			}
			s += w * float64(n[i])
		}
		if a.nearOutlet[e.Index] {
			s += ctxOutletNear
		}
		// A name its words make a state's ("Virginia, Washington and
		// Oregon", "New York Gov.") takes no votes of the region a city
		// of that name lies in: "Washington and Washington, D.C." ends a
		// list of states with the state, whatever "D.C." says.
		a1Votes := !(c.wantA1 && e.Kind.IsCity() && hasAdmin1(c.entries))
		if n := a.namedA1[region{e.CC2, e.Admin1}]; n > 0 && localReading(e) && !bigReading(c.entries) && a1Votes {
			s += ctxNamedA1 * float64(n) / float64(a.namedMax) // the state named most, most
		}
		if x != nil {
			wc, wa := x.weights(c.key, e)
			if !a1Votes {
				wa = 0
			}
			s += ctxCountry*wc + ctxAdmin1*wa + ctxShare*x.share(c.key, e)
			// A town abroad in an article whose other names all lie in one
			// other country: "Paris" beside "Henry County" and "Tennessee".
			// (Not a national capital of a million whose namesakes are
			// small towns: "living in London" in a story about Virginia
			// is London, England; in one about Ontario, London, Ontario.)
			if wc == 0 && e.Kind.IsCity() && !(e.Kind == gazetteer.Capital && e.Population >= wellKnownPop && !x.bigNamesake(c.key, c.entries, e)) {
				if maj < 0 {
					maj = x.majority(c.key)
				}
				if maj >= foreignVotes {
					s += penaltyForeign
				}
			}
		}
		if e.Kind.IsCity() && e.Population < namesakePop && c.hintA1 == "" && c.hintCC == "" && !c.wantCity && namesMajor(c.entries) &&
			!a.outletNamed(c.key) && !a.regionNamed(c, e, x) {
			s += penaltyNamesake
		}
		if e.Kind.IsCity() && c.hintA1 == "" && c.hintCC == "" && !c.wantCity && !c.home && !a.nearOutlet[e.Index] &&
			(a.near[c.key] == nil || a.near[c.key][i] == 0) && dwarfed(c.entries, e) && !a.outletNamed(c.key) {
			s += penaltyDwarfed
		}
		// A town that only its country's mention supports yields to a
		// city abroad several times its size: "Geneva" in a story that
		// names the United States once is Geneva, Switzerland, not
		// Geneva, Illinois, unless the story names Illinois or a town
		// near it, or the outlet is in the town's country ("Edmonton" in
		// a north London paper).
		if x != nil && e.Kind.IsCity() && e.Population < namesakePop && c.hintA1 == "" && c.hintCC == "" && !c.wantCity && !c.home &&
			e.CC2 != a.outletCC &&
			!a.nearOutlet[e.Index] && (a.near[c.key] == nil || a.near[c.key][i] == 0) && !a.outletNamed(c.key) && abroadDwarfed(c.entries, e) {
			if _, wa := x.weights(c.key, e); wa == 0 {
				s += penaltyDwarfed
			}
		}
		// A national outlet's city of 100,000 ("London" in lfpress.ca is
		// London, Ontario).
		// (Not when the name is also a province's: "Quebec".) A smaller
		// town or county there gains less ("Edmonton" in a north London
		// paper is Edmonton, London, not Edmonton, Kentucky).
		if a.outletCC != "" && e.CC2 == a.outletCC && localReading(e) &&
			!slices.ContainsFunc(c.entries, func(o gazetteer.Entry) bool { return o.Kind == gazetteer.Admin1 }) {
			if e.Kind.IsCity() && e.Population >= stationPop {
				s += bonusOutletCity
			} else {
				s += bonusOutletTown
			}
		}
		if e.Kind.IsCity() && e.Population >= 1e6 && !c.wantA1 && a.sharesRegionName(c, e) {
			s += hintKind // "New York", "São Paulo": the big city, not its region
		}
		if c.hintCC != "" && e.CC2 == c.hintCC && e.Kind != gazetteer.Country {
			s += hintCountry
		}
		if c.hintA1 != "" && e.CC2+"."+e.Admin1 == c.hintA1 {
			s += hintAdmin1
		}
		if c.wantA1 && e.Kind == gazetteer.Admin1 || c.wantCity && e.Kind.IsCity() || c.wantRegion && e.Kind == gazetteer.Region ||
			c.wantCountry && e.Kind == gazetteer.Country {
			s += hintKind
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// dwarfed reports whether another of the readings es of e's name is a
// city or first-level region in e's country with stationPop people or
// more and dwarfRatio times e's population.
func dwarfed(es []gazetteer.Entry, e *gazetteer.Entry) bool {
	for i := range es {
		o := &es[i]
		if o.Index != e.Index && o.CC2 == e.CC2 && (o.Kind.IsCity() || o.Kind == gazetteer.Admin1) &&
			o.Population >= stationPop && o.Population >= dwarfRatio*max(e.Population, 1) {
			return true
		}
	}
	return false
}

// abroadDwarfed reports whether another of the readings es of e's name
// is a city in another country with stationPop people or more and
// abroadRatio times e's population.
func abroadDwarfed(es []gazetteer.Entry, e *gazetteer.Entry) bool {
	for i := range es {
		o := &es[i]
		if o.CC2 != e.CC2 && o.Kind.IsCity() && o.Population >= stationPop && o.Population >= abroadRatio*max(e.Population, 1) {
			return true
		}
	}
	return false
}

// bigNamesake reports whether a city other than e among es, the
// readings of the name key, has stationPop people or more and lies in a
// country the article names.
func (x *artContext) bigNamesake(key string, es []gazetteer.Entry, e *gazetteer.Entry) bool {
	for i := range es {
		o := &es[i]
		if o.Index == e.Index || !o.Kind.IsCity() || o.Population < stationPop {
			continue
		}
		if wc, _ := x.weights(key, o); wc > 0 {
			return true
		}
	}
	return false
}

// syntax drops countries used as actors and marks metonymic capitals.
func (a *article) syntax(c *cand) {
	e := a.reading(c)
	if c.demonym || e == nil {
		c.drop = true
		return
	}
	switch {
	case e.Kind == gazetteer.Country:
		// (A dependent territory is a sub-national place: "Puerto
		// Rico's governor".)
		if !a.s.actorCountries && !territories()[e.CC3] && !a.literalCountry(c) {
			c.drop = true
		}
	case e.Kind == gazetteer.Capital || e.GeonamesID != 0 && e.Kind.IsCity() && e.Population >= 1e6:
		c.metonymic = a.metonymic(c)
	}
}

// prevWord returns the index of the word before token i in sentence si,
// skipping the place modifiers ("the", "occupied", "eastern") when skip
// is set; -1 when none.
func (a *article) prevWord(si, i int, skip bool) int {
	for k := i - 1; k >= 0; k-- {
		if w := a.lowerTok(si, k); !skip || w == "of" || !placeModifiers[w] {
			return k
		}
	}
	return -1
}

// literalCountry reports whether the country name c is used as a place
// rather than for the state as an actor.
func (a *article) literalCountry(c *cand) bool {
	si := c.sent
	toks := a.sents[si].Tokens
	// A modifier: "US envoy", "Ukraine security"; or a possessive.
	if c.j < len(toks) {
		next := a.lowerTok(si, c.j)
		if a.settingSubject(si, c.j) || a.placePredicate(si, c.j) {
			return true
		}
		// The first of a list that is the subject of such a predicate:
		// "Chile, Peru and Bolivia are the countries where …" (the
		// others follow it).
		if e := a.listEnd(c); e > 0 && (a.settingSubject(si, e) || a.placePredicate(si, e)) {
			return true
		}
		if next == "’s" || next == "'s" {
			// "Syria's coastal region", "Iraq's western desert", "Mali's
			// north": a part of the country is a place; "Ukraine's
			// borders" is not, nor a name's place ("Syria's northwestern
			// Idlib" is Idlib).
			// The border's side is a place where the words before
			// locate something on it: "close to Iran's border", "along
			// Syria's border"; not "threats to Ukraine's borders".
			if b := a.lowerTok(si, c.j+1); (b == "border" || b == "borders") && a.nearBorder(si, c.i) {
				return true
			}
			for k := c.j + 1; k < len(toks) && k <= c.j+3; k++ {
				w := a.lowerTok(si, k)
				if placeNouns[w] && w != "state" && w != "border" {
					return true
				}
				if compassNouns[w] && (k+1 >= len(toks) || !isCapitalized(a.tok(si, k+1))) {
					return true
				}
				if toks[k].Kind != dyad.TokenWord || isCapitalized(a.tok(si, k)) {
					break
				}
			}
			return false
		}
		// A modifier right before makes the name the land, whatever
		// follows: "from northern France opens", "a rural Peru clinic".
		if a.landModifierBefore(c) {
			return true
		}
		if toks[c.j].Kind == dyad.TokenWord && !isCapitalized(next) && !isCapitalized(a.tok(si, c.j)) &&
			!notModifierWords[next] && !strings.HasSuffix(next, "ed") && !strings.HasSuffix(next, "ing") && !adverbLike(next) &&
			!functionWordSet[next] && next != "several" {
			return false
		}
	}
	// A modifier right before: "occupied Ukraine", "eastern Ukraine".
	if a.landModifierBefore(c) {
		return true
	}
	p := a.prevWord(si, c.i, true)
	if p < 0 {
		return false
	}
	w := a.lowerTok(si, p)
	switch {
	case w == "from" && a.envoysBefore(si, p):
		// The state that officials speak for: "officials from the U.S.",
		// "Officials, including those from Japan, said".
		return false
	case locativePreps[w]:
		// (Not a country that names the institution after it, which is
		// where the preposition puts things: "filed in the U.S. District
		// Court", "a fund within the U.S. Treasury Department".)
		return !a.orgAfter(si, c.j)
	case w == "of":
		// "parts of Ukraine"; and the land an office is of: "the
		// President of Burundi", "the government of Iraq".
		// So is where goods come "out of": "wines coming out of France".
		return p > 0 && (partNouns[a.lowerTok(si, p-1)] || officeNouns[a.lowerTok(si, p-1)] || a.lowerTok(si, p-1) == "out")
	case w == "on":
		// The land an attack falls on: "the 9/11 attacks on the US",
		// "strikes on Iran"; not "talks on Iran" or "sanctions on Iran".
		return p > 0 && attackNouns[a.lowerTok(si, p-1)]
	case w == "with":
		// A neighbour: "shares borders with Chad", "its border with Iraq".
		return p > 0 && (a.lowerTok(si, p-1) == "border" || a.lowerTok(si, p-1) == "borders")
	case w == ",":
		// "Kharkiv, Ukraine": a place before the comma. A country before
		// it starts a list, which the next follows: "in Spain, Greece
		// and Italy" but "Russia, China and Iran said"; without an "and"
		// ahead it is no list ("the invasion of Kuwait, Egypt was").
		// The place may end in a unit's word the gazetteer lacks: "Lamu
		// County, Kenya".
		end := p
		if p > 0 && isCapitalized(a.tok(si, p-1)) && unitWords[a.lowerTok(si, p-1)] {
			end = p - 1
		}
		for k := range a.cands {
			o := &a.cands[k]
			if o.sent == si && (o.j == p || o.j == end) && !o.demonym && o != c {
				if e := a.reading(o); e != nil && e.Kind == gazetteer.Country {
					if a.listAhead(si, c.j) {
						return a.literalCountry(o)
					}
					// A country after a country's comma that modifies a
					// name is no "Town, Country": "held in Qatar, US
					// Special Envoy Ann Lee said".
					if c.j < len(toks) && toks[c.j].Kind == dyad.TokenWord && isCapitalized(a.tok(si, c.j)) {
						return false
					}
				}
				return true
			}
		}
	case w == "and" || w == "or":
		// The second of a pair follows the first: "in Russia and Ukraine",
		// also after a serial comma: "in Spain, France, and Italy".
		q := p
		if q > 0 && a.tok(si, q-1) == "," {
			q--
		}
		for k := range a.cands {
			o := &a.cands[k]
			if o.sent == si && (o.j == p || o.j == q) && o != c {
				if e := a.reading(o); e != nil && e.Kind == gazetteer.Country {
					return a.literalCountry(o)
				}
				return true
			}
		}
	case w == "including" || w == "like" || w == "as" && p > 0 && a.lowerTok(si, p-1) == "such":
		if w == "as" {
			p--
		}
		return a.exampleOfPlaces(si, p)
	}
	return false
}

// orgAfter reports whether an organisation the actors stage found
// starts at token j of sentence si, right after the word before it, or
// at one of the next two capitalised words.
func (a *article) orgAfter(si, j int) bool {
	toks := a.sents[si].Tokens
	if j >= len(toks) || j == 0 || toks[j].Start-toks[j-1].End > 1 || !isCapitalized(a.tok(si, j)) {
		return false
	}
	// The organisation may start a word or two on: "the U.S. District
	// Court", of which the actors stage names "Court".
	for k := j; k < len(toks) && k < j+3 && isCapitalized(a.tok(si, k)) && (k == j || toks[k].Start-toks[k-1].End <= 1); k++ {
		for _, m := range a.mentions {
			if m.Kind == dyad.MentionOrg && m.Start == toks[k].Start {
				return true
			}
		}
	}
	return false
}

// borderPreps locate something on a border: "along Syria's border".
var borderPreps = set(`near along across at on toward towards beyond over inside within`)

// nearBorder reports whether the words before token i locate something
// on a border: a preposition of borderPreps, or "to" after "close",
// "closer", "next" or "up" ("close to Iran's border").
func (a *article) nearBorder(si, i int) bool {
	p := i - 1
	if p < 0 {
		return false
	}
	w := a.lowerTok(si, p)
	if borderPreps[w] {
		return true
	}
	if w != "to" || p == 0 {
		return false
	}
	switch a.lowerTok(si, p-1) {
	case "close", "closer", "next", "up":
		return true
	}
	return false
}

// attackNouns fall on a land, which is a place after them and "on".
var attackNouns = set(`attack attacks strike strikes airstrike airstrikes air-strike air-strikes raid raids assault
	assaults bombing bombings bombardment invasion offensive`)

// unitWords end the name of an administrative unit: "Lamu County".
var unitWords = set(`county province district region state governorate prefecture municipality oblast parish`)

// officeNouns hold an office over a land, which is a place after them
// and "of": "the Prime Minister of Tunisia", "the government of Iraq".
var officeNouns = set(`government president minister premier chancellor king queen emir sultan monarch parliament
	ruler constitution`)

// settingSubject reports whether the words from token j of sentence si
// make the country before them the setting of what happens in it rather
// than an actor: "Nigeria is seeing a wave of kidnappings", "Pakistan has
// seen a rise in attacks", "Tunisia is facing threats", "Haiti witnessed
// floods"; not "Russia saw an opening", "Ukraine is seen as a partner",
// "Iran has seen that".
func (a *article) settingSubject(si, j int) bool {
	aux := a.lowerTok(si, j)
	k := j
	switch {
	case beAux[aux] || haveAux[aux]:
		k = a.skipAdverbs(si, j+1)
		if haveAux[aux] && a.lowerTok(si, k) == "been" {
			aux, k = "been", k+1
		}
	default:
		aux = ""
	}
	v := a.lowerTok(si, k)
	if settingObjectStop[a.lowerTok(si, k+1)] {
		return false
	}
	switch {
	case aux == "":
		return settingVerbsFinite[v]
	case beAux[aux] || aux == "been":
		return strings.HasSuffix(v, "ing") && settingVerbs[strings.TrimSuffix(v, "ing")]
	default:
		return settingParticiples[v]
	}
}

var (
	beAux   = set(`is was are were`)
	haveAux = set(`has have had`)
	// settingVerbs are the stems whose "-ing" forms make their subject a
	// setting: "is seeing", "was experiencing".
	settingVerbs = set(`see witness experienc suffer endur fac undergo`)
	// settingParticiples follow "has" or "had": "has seen".
	settingParticiples = set(`seen witnessed experienced suffered endured undergone`)
	// settingVerbsFinite need no auxiliary: "Haiti witnessed floods".
	settingVerbsFinite = set(`witnessed witnesses experienced experiences endured endures underwent undergoes`)
	// settingObjectStop after the verb make it one of perceiving or
	// judging: "has seen that", "is seeing it as".
	settingObjectStop = set(`that as fit it them him her this no`)
)

// placePredicate reports whether the words from token j of sentence si
// say that the country before them is a place: "Morocco would be one place
// which …", "Malta is a popular destination", "Chad remains a haven for
// rebels"; not "Iran is a threat", "Canada is a sporting nation".
func (a *article) placePredicate(si, j int) bool {
	k := j
	switch w := a.lowerTok(si, k); {
	case beAux[w] || w == "remains" || w == "remained" || w == "became" || w == "becomes":
		k++
	case modalVerbs[w] && a.lowerTok(si, k+1) == "be":
		k += 2
	case haveAux[w] && a.lowerTok(si, k+1) == "been":
		k += 2
	default:
		return false
	}
	toks := a.sents[si].Tokens
	// A country noun before "where" or "in which" names the land:
	// "Chile and Peru are the Andean countries where …".
	for m := k; m < len(toks) && m < k+6; m++ {
		if w := a.lowerTok(si, m); landNouns[w] {
			if n := a.lowerTok(si, m+1); n == "where" || n == "in" && a.lowerTok(si, m+2) == "which" {
				return true
			}
			break
		}
		if toks[m].Kind != dyad.TokenWord && toks[m].Kind != dyad.TokenNumber {
			break
		}
	}
	for end := k + 4; k < len(toks) && k < end; k++ {
		w := a.lowerTok(si, k)
		if placePredicateNouns[w] {
			n := a.lowerTok(si, k+1)
			return n != "'s" && n != "’s"
		}
		if toks[k].Kind != dyad.TokenWord && toks[k].Kind != dyad.TokenNumber || isCapitalized(a.tok(si, k)) || notModifierWords[w] {
			return false
		}
	}
	return false
}

// placePredicateNouns, after a copula, make the subject a place. (Not
// "nation" or "country", which describe its people as often as its land:
// "Canada is a sporting nation".)
var placePredicateNouns = set(`place places destination destinations haven havens hub route transit home land territory
	region`)

// envoysBefore reports whether the word before token p ("from") names
// people who represent a state: "officials from", "a delegation from";
// or is "those" standing for such people named before it in the
// sentence ("Officials, including those from"). (Not "refugees from",
// "those from the region who fled".)
func (a *article) envoysBefore(si, p int) bool {
	if p == 0 {
		return false
	}
	w := a.lowerTok(si, p-1)
	if envoyNouns[w] || messageNouns[w] {
		return true
	}
	if w != "those" {
		return false
	}
	for k := p - 2; k >= 0 && k >= p-8; k-- {
		if envoyNouns[a.lowerTok(si, k)] {
			return true
		}
	}
	return false
}

// envoyNouns name people who speak or act for a state.
var envoyNouns = set(`officials official delegates delegation delegations representatives diplomats negotiators envoys
	ministers counterparts`)

// messageNouns name what a state says or pledges, which come "from"
// it as an actor: "assurances from the US", "a warning from Iran".
var messageNouns = set(`assurance assurances guarantee guarantees pledge pledges promise promises commitment commitments
	warning warnings threat threats message messages demand demands request requests invitation apology condemnation`)

// landNouns are the nouns for a state that, before "where", name its
// land: "the countries where abortion is legal".
var landNouns = set(`country countries nation nations state states`)

// listEnd returns the token after the list of names that c starts and
// that ends in "and" or "or" ("Chile, Peru and Bolivia are"), or -1 when
// c starts no such list.
func (a *article) listEnd(c *cand) int {
	si, j := c.sent, c.j
	for range 12 {
		k := j
		if a.lowerTok(si, k) == "," { // "" past the sentence's end
			k++
		}
		last := false
		if w := a.lowerTok(si, k); w == "and" || w == "or" {
			k++
			last = true
		}
		if k == j {
			return -1
		}
		o := a.candAt(si, k)
		if o == nil {
			return -1
		}
		j = o.j
		if last {
			return j
		}
	}
	return -1
}

// candAt returns the candidate starting at token i of sentence si, nil
// when none does.
func (a *article) candAt(si, i int) *cand {
	for k := range a.cands {
		if o := &a.cands[k]; o.sent == si && o.i == i && !o.demonym {
			return o
		}
	}
	return nil
}

// landModifierBefore reports whether the word right before the country
// name c is an adjective of its land: "occupied Ukraine", "eastern
// Ukraine", "rural Peru" (not "the", "of", "all", "free").
func (a *article) landModifierBefore(c *cand) bool {
	if c.i == 0 {
		return false
	}
	w := a.lowerTok(c.sent, c.i-1)
	return placeModifiers[w] && w != "the" && w != "of" && w != "all" && w != "free"
}

// functionWordSet holds functionWords: none of them is a noun that a
// country could modify ("born in Italy around 1564", "in Peru several
// years ago").
var functionWordSet = set(functionWords)

// adverbLike reports whether the lower-case word w is an adverb in "-ly"
// formed from an English word ("initially", "largely", "recently"): it
// follows a country used as a noun ("in Peru initially"), where a noun
// after it would make the country a modifier. Nouns in "-ly" ("ally",
// "family", "supply") do not have an English word before their "ly".
func adverbLike(w string) bool {
	stem, ok := strings.CutSuffix(w, "ly")
	return ok && len(stem) >= 4 && vocab()[stem]
}

// compassNouns name a part of a country after its possessive: "Mali's
// north", "Syria's northwest".
var compassNouns = set(`north south east west northeast northwest southeast southwest north-east north-west
	south-east south-west interior hinterland`)

// listAhead reports whether the names and commas from token j of
// sentence si lead to "and" or "or": the name before j is in a list.
func (a *article) listAhead(si, j int) bool {
	for k := j; k < len(a.sents[si].Tokens) && k < j+24; k++ {
		switch w := a.lowerTok(si, k); {
		case w == "and" || w == "or":
			return true
		case w == "," || w == "the" || a.nameToken(si, k):
		default:
			return false
		}
	}
	return false
}

// placeHeads name places as such; countries given as examples of them
// are places: "destinations including Spain", "in places like Ireland".
var placeHeads = set(`destinations destination places locations sites`)

// stateHeads name states; countries given as examples of them are
// places only after a locative preposition: "in nations including
// Denmark", "from countries such as Japan"; not "rogue states such as
// Iran" or "among countries including Japan".
var stateHeads = set(`countries nations states`)

// exampleOfPlaces reports whether token p of sentence si ("including",
// "like", "such") introduces examples of places:
// it follows a place head noun or a literal place ("across Europe,
// including France").
func (a *article) exampleOfPlaces(si, p int) bool {
	h := p - 1
	if h >= 0 && a.tok(si, h) == "," {
		h--
	}
	if h < 0 {
		return false
	}
	hw := a.lowerTok(si, h)
	switch {
	case placeHeads[hw]:
		return true
	case stateHeads[hw]:
		// Up to three adjectives or numbers between the preposition and
		// the head: "from over 30 countries", "to neighboring countries".
		for k := h - 1; k >= 0 && k >= h-4; k-- {
			w := a.lowerTok(si, k)
			if locativePreps[w] {
				return true
			}
			if a.sents[si].Tokens[k].Kind != dyad.TokenWord && a.sents[si].Tokens[k].Kind != dyad.TokenNumber || isCapitalized(a.tok(si, k)) {
				return false
			}
		}
		return false
	}
	// A literal place: "across Europe, including France".
	for k := range a.cands {
		o := &a.cands[k]
		if o.sent == si && o.j == h+1 && !o.demonym {
			e := a.reading(o)
			if e != nil && e.Kind == gazetteer.Country {
				return a.literalCountry(o)
			}
			return e != nil
		}
	}
	return false
}

// metonymic reports whether the capital c stands for its government:
// "Moscow's thinking", "Washington said", "Kyiv ceding", "alignment with
// Moscow"; not "talks in Washington".
func (a *article) metonymic(c *cand) bool {
	si := c.sent
	// Part of an institution's name: "Paris Police Department", "Moscow
	// City Council" say where the institution is.
	if c.j < len(a.sents[si].Tokens) && a.nameToken(si, c.j) {
		if n := a.lowerTok(si, c.j); institutionWords[n] || placeWords[n] {
			return false
		}
	}
	if p := a.prevWord(si, c.i, false); p >= 0 {
		switch w := a.lowerTok(si, p); {
		case locativePreps[w]:
			return false
		case w == "with" || w == "against" || w == "between" || w == "by":
			return true
		}
	}
	next := a.lowerTok(si, c.j)
	switch {
	case next == "’s" || next == "'s":
		// "Moscow's thinking"; skip one adjective: "Ankara's perceived shift".
		return metonymyNouns[a.lowerTok(si, c.j+1)] || metonymyNouns[a.lowerTok(si, c.j+2)] && !metonymyNouns[a.lowerTok(si, c.j+1)] && a.adjectiveLike(si, c.j+1)
	case next == "":
		return false
	case strings.HasSuffix(next, "ing") && len(next) > 5:
		return true // "Kyiv ceding", "Moscow insisting"
	case modalVerbs[next]:
		// "Moscow has warned", "Ankara will tend"; not the passive "Kyiv
		// has been hit".
		after := a.lowerTok(si, a.skipAdverbs(si, c.j+1))
		return after != "been" && after != "be"
	case next == "is" || next == "was" || next == "are" || next == "were":
		// "Ankara is threatening"; not "Kyiv was hit" or "is being shelled".
		after := a.lowerTok(si, a.skipAdverbs(si, c.j+1))
		return strings.HasSuffix(after, "ing") && after != "being" && len(after) > 5
	}
	return speechVerbs[next]
}

// modalVerbs are auxiliaries that, after a capital, make it the subject
// of a government's act.
var modalVerbs = set(`has have had will would could may might must should can cannot appears appeared seems seemed`)

// skipAdverbs returns the index of the first token from k that is not an
// adverb such as "also", "not" or "still".
func (a *article) skipAdverbs(si, k int) int {
	for k < len(a.sents[si].Tokens) && adverbs[a.lowerTok(si, k)] {
		k++
	}
	return k
}

var adverbs = set(`also not now still already long repeatedly reportedly increasingly further never just again`)

// adjectiveLike reports whether token k looks like an adjective or
// participle ("perceived", "growing", "new") that may stand between a
// possessive and its noun.
func (a *article) adjectiveLike(si, k int) bool {
	w := a.lowerTok(si, k)
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ive") ||
		w == "new" || w == "latest" || w == "own"
}

// speechVerbs after a capital make it the subject of a government's act.
var speechVerbs = set(`said says say has have had will would could should wants want warned warns accused accuses
	rejected rejects denied denies insisted insists demanded demands agreed agrees refused refuses announced announces
	urged urges claimed claims believes believed responded responds sees saw hopes hoped must may might can cannot
	condemned condemns welcomed welcomes threatened threatens imposed imposes signed signs approved approves
	recognized recognised recognizes ordered orders launched launches expelled expels summoned summons
	protested protests blamed blames vowed vows pledged pledges offered offers proposed proposes sought seeks
	announced insists backed backs supported supports opposed opposes`)

// output converts the kept candidates to places.
func (a *article) output() []dyad.Place {
	out := make([]dyad.Place, 0, len(a.cands))
	for k := range a.cands {
		c := &a.cands[k]
		if c.drop {
			continue
		}
		e := a.reading(c)
		p := dyad.Place{
			Span: c.span, Text: a.text[c.span.Start:c.span.End], Name: e.Name, Country: e.CC3,
			Lat: e.Lat, Lon: e.Lon, GeonamesID: e.GeonamesID, Metonymic: c.metonymic,
		}
		switch {
		case e.Kind == gazetteer.Country:
			p.Precision, p.FeatureClass = dyad.PrecisionCountry, "A"
		case e.Kind == gazetteer.Region:
			p.Precision, p.FeatureClass = dyad.PrecisionRegion, "L"
		case e.Kind == gazetteer.Admin1:
			p.Precision, p.FeatureClass, p.Admin1 = dyad.PrecisionAdmin1, "A", e.Name
		case e.Kind == gazetteer.Admin2:
			// No precision finer than admin1 exists for counties.
			p.Precision, p.FeatureClass = dyad.PrecisionAdmin1, "A"
		default:
			p.Precision, p.FeatureClass = dyad.PrecisionCity, "P"
		}
		if p.Admin1 == "" && e.Admin1 != "" && e.Kind != gazetteer.Country {
			if r, ok := a.s.g.Admin1(e.CC2, e.Admin1); ok {
				p.Admin1 = r.Name
			}
		}
		if r, ok := a.regionTail(c, e); ok {
			// "Washington, D.C.": the city, then its region, as "Norman,
			// Okla." is read.
			cut := a.sents[c.sent].Tokens[c.j-r.n].Start
			head := strings.TrimRight(a.text[c.span.Start:cut], " ,")
			p.End = p.Start + len(head)
			p.Text = head
			out = append(out, p)
			tail := dyad.Span{Start: cut, End: c.span.End}
			out = append(out, dyad.Place{Span: tail, Text: a.text[tail.Start:tail.End], Name: r.e.Name, Country: r.e.CC3,
				Admin1: r.e.Name, Lat: r.e.Lat, Lon: r.e.Lon, Precision: dyad.PrecisionAdmin1, FeatureClass: "A", Metonymic: c.metonymic})
			continue
		}
		out = append(out, p)
	}
	return out
}

// tailRegion is a first-level region whose abbreviation ends a town's
// name in the gazetteer, and how many tokens the abbreviation takes.
type tailRegion struct {
	e gazetteer.Entry
	n int
}

// regionTail reports the region abbreviation that ends the name of the
// town c reads as e, when the gazetteer holds the two as one name
// ("Washington, D.C.", "Washington D.C."), and the abbreviation names
// e's own region.
func (a *article) regionTail(c *cand, e *gazetteer.Entry) (tailRegion, bool) {
	if !e.Kind.IsCity() || e.CC2 != "US" || c.j-c.i < 2 {
		return tailRegion{}, false
	}
	toks := a.sents[c.sent].Tokens
	// The abbreviation's tokens: "D.C." or "D.C" "." after the head.
	for n := 1; n <= 3 && c.j-n > c.i; n++ {
		start := toks[c.j-n].Start
		raw := a.text[start:c.span.End]
		ab := strings.ToLower(strings.TrimSuffix(raw, "."))
		if code := stateAbbrevs[ab]; code != "" && strings.Contains(raw, ".") && code == e.Admin1 {
			if prev := a.tok(c.sent, c.j-n-1); !isCapitalized(prev) && prev != "," {
				return tailRegion{}, false
			}
			r, ok := a.s.g.Admin1("US", code)
			return tailRegion{e: r, n: n}, ok
		}
	}
	return tailRegion{}, false
}

// Outlet towns: substrings of the host's first label of minOutletTown
// letters or more that name a town of outletTownPop people or more.
const (
	minOutletTown = 5
	outletTownPop = 10000
)

// outletTowns returns the towns that the outlet's host name holds
// ("dallasnews.com" → the Dallases), for proximity only.
func (a *article) outletTowns() []gazetteer.Entry {
	h := strings.TrimPrefix(a.outletHost, "www.")
	if i := strings.IndexByte(h, '.'); i >= 0 {
		h = h[:i]
	} else {
		return nil // not a domain
	}
	var out []gazetteer.Entry
	for i := 0; i+minOutletTown <= len(h); i++ {
		for j := i + minOutletTown; j <= len(h); j++ {
			for _, e := range a.s.g.Lookup(nil, []byte(h[i:j])) {
				if e.Kind.IsCity() && e.Population >= outletTownPop && e.Admin1 != "" {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// outletNamed reports whether the outlet's host name holds the name key
// (spaces left out) of five letters or more: a local paper's town
// ("palestineherald.com" and "Palestine").
func (a *article) outletNamed(key string) bool {
	if len(key) < 5 || a.outletHost == "" {
		return false
	}
	return strings.Contains(a.outletHost, strings.ReplaceAll(key, " ", ""))
}

// namesMajor reports whether es holds a country, a hand-written region
// or a first-level region of a million people or more.
func namesMajor(es []gazetteer.Entry) bool {
	return slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Country || e.Kind == gazetteer.Region || e.Kind == gazetteer.Admin1 && e.Population >= 1e6
	})
}

// regionNamed reports whether the other names of the article put a
// whole vote on the first-level region of the town e, and c names no
// country or hand-written region: "Alexandria" beside "Douglas County"
// and "St. Cloud" in Minnesota is Alexandria, Minnesota, though a large
// Egyptian province shares its name. (A town named like a country still
// needs a local cue: "Italy" in a Texas story is the country.)
func (a *article) regionNamed(c *cand, e *gazetteer.Entry, x *artContext) bool {
	if x == nil || e.Admin1 == "" {
		return false
	}
	if _, wa := x.weights(c.key, e); wa < 1 {
		return false
	}
	return !slices.ContainsFunc(c.entries, func(o gazetteer.Entry) bool {
		return o.Kind == gazetteer.Country || o.Kind == gazetteer.Region
	})
}

// sharesRegionName reports whether c also reads as the first-level
// region that the city e lies in.
func (a *article) sharesRegionName(c *cand, e *gazetteer.Entry) bool {
	for i := range c.entries {
		o := &c.entries[i]
		if o.Kind == gazetteer.Admin1 && o.CC2 == e.CC2 && o.Admin1 == e.Admin1 {
			return true
		}
	}
	return false
}

// listWords join the names of a list.
var listWords = set(`and or ,`)

// datelineRegion returns the first-level region named after the comma
// of the article's dateline ("PARIS, Mo. —", "EDMONTON, Ky. (WBKO) --",
// "Red Deer, Alta."), the zero region when it names none.
func (a *article) datelineRegion() region {
	_, rest, ok := strings.Cut(a.datelineText, ",")
	if !ok {
		return region{}
	}
	if i := strings.IndexAny(rest, "(—–"); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), "-"))
	ab := strings.ToLower(strings.ReplaceAll(strings.TrimSuffix(rest, "."), " ", ""))
	switch {
	case stateAbbrevs[ab] != "":
		return region{"US", stateAbbrevs[ab]}
	case provinceAbbrevs[ab] != "":
		return region{"CA", provinceAbbrevs[ab]}
	case len(rest) == 2 && postalCodes[strings.ToUpper(rest)] != "":
		cc, code, _ := strings.Cut(postalCodes[strings.ToUpper(rest)], ".")
		return region{cc, code}
	}
	return region{}
}

// elsewhere reports whether the other names of the article vote for
// another country than c's reading's, and none for that one.
func (a *article) elsewhere(c *cand, x *artContext) bool {
	wc, _ := x.weights(c.key, &c.entries[c.best])
	return wc == 0 && x.majority(c.key) >= minShareVotes
}
