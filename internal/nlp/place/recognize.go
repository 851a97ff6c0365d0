package place

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/gazetteer"
)

// maxNameTokens bounds the tokens of one place name ("Bosnia and
// Herzegovina", "Santa Cruz de la Sierra").
const maxNameTokens = 7

// connectors may stand inside a multi-word place name in lower case.
var connectors = set(`de da do dos das del della di du des la le les el al and of upon on sur am an der den im y e en i`)

// arabicArticles are the transcriptions of the Arabic article joined by a
// hyphen to the next word of a name: "Deir al-Balah", "Deir ez-Zor".
var arabicArticles = set(`al el ad ar as ash az ez an at ed es et en ul ur`)

// articled reports whether w is an Arabic article joined to a capitalised
// word ("al-Balah", "ez-Zor").
func articled(w string) bool {
	art, rest, ok := strings.Cut(w, "-")
	return ok && arabicArticles[art] && isCapitalized(rest)
}

// cand is one recognised place name and what resolution decides about it.
type cand struct {
	sent, i, j int // sentence and token range [i, j)
	span       dyad.Span
	key        string
	entries    []gazetteer.Entry
	demonym    bool // a demonym: a country cue, never a place
	// hints from the words around the name
	hintCC   string // alpha-2 code of a country named next to it
	hintA1   string // "CC.A1" of a region named after a comma
	wantA1   bool   // followed by "state", "province", …
	wantCity bool   // followed by "city"
	// wantRegion: after "the", which goes with seas and regions
	wantRegion bool
	// wantCountry: listed with a country ("Mali and Niger" is the
	// country, not Nigeria's Niger State)
	wantCountry bool
	// qualifier: the country or region of the town before it and a
	// comma ("Tbilisi, Georgia"), a cue that holds at this occurrence
	// whatever the name reads as elsewhere in the article
	qualifier bool
	// strictA1: hintA1 comes from a name that is only a region ("Man."),
	// so a reading elsewhere is wrong
	strictA1 bool
	// strictCC lists the alpha-2 codes of the regions and countries
	// named after a comma ("CA " for "Gaylord, Quebec"), one of which
	// the town's reading must lie in
	strictCC string
	// home: a legislator's home after the party ("R-Fairfax"), or a
	// dateline ("CLINTON —")
	home bool
	// hyphenTail: only small towns' name, after an unknown first part of
	// a hyphenated word ("Mvog-Ada"); a town in a region that no other
	// name of the article is in is then part of a name the gazetteer
	// lacks, not that town
	hyphenTail bool
	// results
	best      int // index into entries, -1 when dropped
	metonymic bool
	drop      bool
}

type article struct {
	s        *Geocoder
	text     string
	sents    []dyad.Sentence
	mentions []dyad.Mention
	cands    []cand
	keyBuf   []byte
	// persons holds lower-cased words seen as the last word of a
	// person's name ("jones" from "Bob Jones", "President Jones").
	persons map[string]bool
	// orgs holds the lower-cased one-word names of organisations the
	// actors stage knows ("taliban" from "the Taliban").
	orgs map[string]bool
	// near holds, for each name with readings close to other names'
	// readings, how many other names are close to each reading.
	near map[string][]int8
	// nearOutlet holds the entries (by index) of towns and counties close
	// to the outlet's town.
	nearOutlet map[int]bool
	// namedA1 holds the first-level regions the article names as such.
	namedA1  map[region]int
	namedMax int
	// outletCC is the alpha-2 code of the country of the outlet's
	// domain, "" when unknown.
	outletCC string
	// outletHost is the outlet's host name in lower case, "" when unknown.
	outletHost string
	// dateline is the article's dateline, which cleaning takes out of
	// the text ("PARIS, Mo. —"), "" when none.
	datelineText string
	// partyEnd is the token after the last home found by partyHome.
	partyEnd int
	lowerBuf []byte
	entBuf   []gazetteer.Entry
	// lower is text in lower case, made on first use by lowerTok.
	lower string
}

// appendLower appends w in lower case to dst (ASCII fast path).
func appendLower(dst []byte, w string) []byte {
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

func (a *article) tok(si, ti int) string {
	t := a.sents[si].Tokens[ti]
	return a.text[t.Start:t.End]
}

// lowerTok returns token ti of sentence si in lower case, "" when out of
// range. It slices the article's lower-cased text, made once, where
// lowering kept every byte offset (it does unless the text has letters
// whose cases differ in length, such as 'İ').
func (a *article) lowerTok(si, ti int) string {
	if ti < 0 || ti >= len(a.sents[si].Tokens) {
		return ""
	}
	if a.lower == "" && a.text != "" {
		a.lower = lowerText(a.text)
	}
	t := a.sents[si].Tokens[ti]
	if len(a.lower) != len(a.text) {
		return strings.ToLower(a.text[t.Start:t.End]) // offsets moved
	}
	return a.lower[t.Start:t.End]
}

// lowerText returns s in lower case. It lowers ASCII letters byte by
// byte and other letters with unicode.ToLower, which is faster than
// strings.ToLower on mostly lower-case text; the result is as long as s
// unless some letter's lower case has another length.
func lowerText(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isShouting reports whether w is an all-capitals word of four letters or
// more, as in headlines ("BIG PROGRESS ON RUSSIA").
func isShouting(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 4
}

// acronymTok reports whether w is an all-capitals word of two to four
// letters ("CBC", "NBC").
func acronymTok(w string) bool { return len(w) >= 2 && len(w) <= 4 && allCaps(w) }

// allCaps reports whether w has letters and no lower-case letter.
func allCaps(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// nameToken reports whether token ti of sentence si can start or end a
// place name: a capitalised word that is not shouted.
func (a *article) nameToken(si, ti int) bool {
	t := a.sents[si].Tokens[ti]
	if t.Kind != dyad.TokenWord {
		return false
	}
	w := a.text[t.Start:t.End]
	return isCapitalized(w) && !isShouting(w)
}

// sentenceStart reports whether token ti is the first word of its
// sentence (after any opening quotation marks or brackets).
func (a *article) sentenceStart(si, ti int) bool {
	for k := ti - 1; k >= 0; k-- {
		if a.sents[si].Tokens[k].Kind == dyad.TokenWord || a.sents[si].Tokens[k].Kind == dyad.TokenNumber {
			return false
		}
	}
	return true
}

func (a *article) recognize() {
	a.findPersons()
	for si := range a.sents {
		toks := a.sents[si].Tokens
		if !tokensValid(toks, len(a.text)) {
			continue
		}
		first := len(a.cands)
		for i := 0; i < len(toks); {
			if j := a.dateline(si, i); j > i {
				i = j
				continue
			}
			if !a.nameToken(si, i) {
				i++
				continue
			}
			if a.partyHome(si, i) {
				i = a.partyEnd
				continue
			}
			if j := a.abbreviation(si, i); j > i {
				i = j
				continue
			}
			j, entries := a.listedCounty(si, i)
			if j < 0 {
				j, entries = a.countyAbbrev(si, i)
			}
			if j < 0 {
				j, entries = a.longest(si, i)
			}
			if j < 0 {
				if k := a.slashName(si, i); k > i {
					i = k
					continue
				}
				if k := a.neighbourhood(si, i); k > i {
					i = k
					continue
				}
				if next := a.hyphenated(si, i); next > i {
					i = next
					continue
				}
			}
			if j < 0 {
				// An unknown name ("Bob Jones") hides the names inside it;
				// an English word ("The", "Northeast") does not.
				// Nor does an acronym, which keep weighs: "CBC Toronto".
				// Nor does a compound modifier ending in a lower-case
				// English word: "Philippine-claimed Whitsun Reef",
				// "Kurdish-held Kobani".
				if _, common := commonWords[a.lowerTok(si, i)]; common || vocab()[a.lowerTok(si, i)] || acronymTok(a.tok(si, i)) || lowerTail(a.tok(si, i)) {
					i++
				} else {
					i = a.skipName(si, i)
				}
				continue
			}
			c := cand{sent: si, i: i, j: j, span: dyad.Span{Start: toks[i].Start, End: toks[j-1].End}, entries: entries, best: -1}
			c.key = string(a.keyBuf)
			k := a.keep(&c)
			if k == keepNo && a.lowerTok(si, i) == "the" && j-i > 1 {
				// A town named with the article that is no place here
				// leaves the name after it: not "The Rock" (a town) but
				// "Rock Hill" in "The Rock Hill school district".
				k = keepWord
			}
			switch k {
			case keepYes:
				a.compassRegion(&c)
				a.cands = append(a.cands, c)
				i = j
			case keepWord:
				i++
			default:
				// Skip the rest of the name ("Bob Jones Smith"), not what
				// follows it ("Wagner, D-Chicopee").
				for i = j; i < len(toks) && a.nameToken(si, i); i++ {
				}
			}
		}
		a.localHints(si, first)
	}
	a.bareCounties()
	slices.SortFunc(a.cands, func(x, y cand) int { return x.span.Start - y.span.Start })
}

// compassRegions are the lower-case compass adjectives that name a part
// of a continent or world region.
var compassRegions = set(`northern southern eastern western central north south east west northeast northwest southeast southwest northeastern northwestern southeastern southwestern south-east south-eastern`)

// compassRegion widens a world region after a lower-case compass
// adjective to the region the two words name, when the gazetteer has it:
// "southern Africa" is Southern Africa, "eastern Europe" Eastern Europe;
// not "southern Syria" (a country's part, no region of its own) nor
// "east Jerusalem" (a city).
func (a *article) compassRegion(c *cand) {
	si := c.sent
	if c.i == 0 || !compassRegions[a.tok(si, c.i-1)] ||
		!slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Region }) {
		return
	}
	toks := a.sents[si].Tokens
	key := gazetteer.Key(nil, a.text[toks[c.i-1].Start:toks[c.j-1].End])
	es := a.s.g.Lookup(nil, key)
	if !slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Region }) {
		return
	}
	es = slices.DeleteFunc(es, func(e gazetteer.Entry) bool { return e.Kind != gazetteer.Region })
	c.i--
	c.span.Start = toks[c.i].Start
	c.key = string(key)
	c.entries = es
}

// neighbourhood reads an unknown name after a city's possessive and
// before a neighbourhood's noun as a part of that city, placed at the
// city: "Kabul's western Dasht-e-Barchi neighborhood", "Lagos's Makoko
// district"; not a name before another noun ("Kabul's Ali Khan
// mosque"), nor one after a country's possessive ("Iraq's Anbar
// district" is the gazetteer's business). It returns the token after
// the name, or i when the rule does not apply.
func (a *article) neighbourhood(si, i int) int {
	toks := a.sents[si].Tokens
	k := i
	for k < len(toks) && k < i+4 && a.nameToken(si, k) {
		k++
	}
	if k >= len(toks) || !neighbourhoodNouns[a.tok(si, k)] {
		return i
	}
	// Back over lower-case modifiers to the possessive.
	p := i - 1
	for p >= 0 && p >= i-3 && toks[p].Kind == dyad.TokenWord && !isCapitalized(a.tok(si, p)) && !functionWordSet[a.lowerTok(si, p)] &&
		a.tok(si, p) != "'s" && a.tok(si, p) != "’s" {
		p--
	}
	if p < 1 || (a.tok(si, p) != "'s" && a.tok(si, p) != "’s") {
		return i
	}
	for x := len(a.cands) - 1; x >= 0; x-- {
		o := &a.cands[x]
		if o.sent != si || o.j != p || o.demonym {
			continue
		}
		var cities []gazetteer.Entry
		for _, e := range o.entries {
			if e.Kind.IsCity() && e.Population >= stationPop {
				cities = append(cities, e)
			}
		}
		if len(cities) == 0 || slices.ContainsFunc(o.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Country }) {
			return i
		}
		n := cand{sent: si, i: i, j: k, span: dyad.Span{Start: toks[i].Start, End: toks[k-1].End}, key: o.key,
			entries: cities, best: -1, wantCity: true}
		a.cands = append(a.cands, n)
		return k
	}
	return i
}

// neighbourhoodNouns name parts of a city.
var neighbourhoodNouns = set(`neighborhood neighbourhood neighborhoods neighbourhoods district suburb quarter township
	slum area`)

// bareCounties reads a county's name without its word as the county
// where the article names it in full: "DeKalb County" … "unincorporated
// DeKalb", "Kanawha Circuit Court". Only one-word names that are no
// English word and no city of 100,000 ("Jackson County" leaves "Jackson"
// alone), and only where keep accepts them (not a person's name).
func (a *article) bareCounties() {
	var counties map[string][]gazetteer.Entry
	for k := range a.cands {
		c := &a.cands[k]
		bare, ok := strings.CutSuffix(c.key, " county")
		if !ok {
			bare, ok = strings.CutSuffix(c.key, " parish")
		}
		if !ok || c.j-c.i != 2 || strings.ContainsAny(bare, " .-") {
			continue
		}
		var es []gazetteer.Entry
		for _, e := range c.entries {
			if e.Kind == gazetteer.Admin2 {
				es = append(es, e)
			}
		}
		if len(es) == 0 {
			continue
		}
		if _, common := commonWords[bare]; common || vocab()[bare] {
			continue
		}
		if a.s.g.Has([]byte(bare)) {
			continue // a name the gazetteer knows alone is read as it says
		}
		if counties == nil {
			counties = map[string][]gazetteer.Entry{}
		}
		counties[bare] = es
	}
	if counties == nil {
		return
	}
	covered := func(si, ti int) int {
		for k := range a.cands {
			if c := &a.cands[k]; c.sent == si && c.i <= ti && ti < c.j {
				return k
			}
		}
		return -1
	}
	for si := range a.sents {
		toks := a.sents[si].Tokens
		if !tokensValid(toks, len(a.text)) {
			continue
		}
		for i := range toks {
			if !a.nameToken(si, i) || i > 0 && a.nameToken(si, i-1) && a.lowerTok(si, i-1) != "the" {
				continue
			}
			a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.tok(si, i))
			es, ok := counties[string(a.keyBuf)]
			if !ok {
				continue
			}
			if next := a.lowerTok(si, i+1); countyName(" "+next) || next == "counties" || next == "parishes" ||
				i+1 < len(toks) && a.nameToken(si, i+1) && !a.institutionAhead(si, i+1) {
				continue
			}
			if covered(si, i) >= 0 {
				continue
			}
			c := cand{sent: si, i: i, j: i + 1, span: toks[i].Span, key: string(a.keyBuf), entries: es, best: -1}
			if a.keep(&c) == keepYes {
				a.cands = append(a.cands, c)
			}
		}
	}
}

// dateline recognises an all-capitals place name starting a sentence and
// followed by a comma or dash ("CHARLESTON, W.Va. —", "BEIRUT (AP)"). It
// adds the candidate and returns the index after it, or i when there is
// none.
func (a *article) dateline(si, i int) int {
	toks := a.sents[si].Tokens
	// A dateline starts a sentence or follows a byline's date ("March
	// 30, 2009 NEWARK --").
	if toks[i].Kind != dyad.TokenWord || !allCaps(a.tok(si, i)) || !a.sentenceStart(si, i) && (i == 0 || toks[i-1].Kind != dyad.TokenNumber) {
		return i
	}
	// The run of capitalised words, with attached periods ("ST. PAUL"),
	// shouted as a whole ("SAN FRANCISCO", "BEIRUT").
	j := i + 1
	for j < len(toks) && j-i < 6 && (toks[j].Kind == dyad.TokenWord && allCaps(a.tok(si, j)) ||
		a.tok(si, j) == "." && toks[j].Start == toks[j-1].End && j+1 < len(toks) && toks[j+1].Kind == dyad.TokenWord && allCaps(a.tok(si, j+1))) {
		j++
	}
	if j >= len(toks) || !isShouting(strings.ReplaceAll(a.text[toks[i].Start:toks[j-1].End], " ", "")) {
		return i
	}
	// A dateline whose agency and dash were cut away opens the article
	// before a capitalised sentence: "WASHINGTON Barack Obama pardoned".
	if toks[j].Kind != dyad.TokenPunct {
		if si != 0 || !a.nameToken(si, j) {
			return i
		}
	} else {
		switch a.tok(si, j) {
		case ",", "—", "–", "-", "(", ":", "--":
		default:
			return i
		}
	}
	a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[toks[i].Start:toks[j-1].End])
	es := a.s.g.Lookup(nil, a.keyBuf)
	if len(es) == 0 || countryOf(es) != "" && es[0].Kind == gazetteer.Demonym {
		return i
	}
	a.cands = append(a.cands, cand{sent: si, i: i, j: j, span: dyad.Span{Start: toks[i].Start, End: toks[j-1].End},
		key: string(a.keyBuf), entries: es, best: -1, home: true})
	return j
}

// abbreviation recognises a US state's or Canadian province's
// abbreviation after a comma or a locative preposition ("Wichita, Kan.",
// "Louisville, KY", "in Fla.", "Washington, D.C.") and adds it as the
// region, so that it is never read as a town ("Kan" in Myanmar). It
// returns the index after it, or i when there is none.
func (a *article) abbreviation(si, i int) int {
	toks := a.sents[si].Tokens
	// Cheap tests first: a short word with a period attached, or two
	// capitals after a comma.
	w := a.tok(si, i)
	dotNext := i+1 < len(toks) && toks[i+1].Start == toks[i].End && a.tok(si, i+1) == "."
	if len(w) > 5 || !dotNext && !strings.Contains(w, ".") && (len(w) != 2 || i == 0 || a.tok(si, i-1) != ",") {
		return i
	}
	prev := a.lowerTok(si, i-1)
	end := i + 1
	for end < len(toks) && end-i < 6 {
		w := a.tok(si, end)
		attached := toks[end].Start == toks[end-1].End
		// "W. Va.": one space after a period, before a short capitalised word.
		spaced := toks[end].Start == toks[end-1].End+1 && a.tok(si, end-1) == "." && isCapitalized(w)
		if !(attached || spaced) || !(w == "." || toks[end].Kind == dyad.TokenWord && len(w) <= 4) {
			break
		}
		end++
	}
	raw := strings.ReplaceAll(a.text[toks[i].Start:toks[end-1].End], " ", "")
	dotted := strings.HasSuffix(raw, ".") || strings.Contains(raw, ".")
	ab := strings.ToLower(strings.TrimSuffix(raw, "."))
	// Only an abbreviation with inner periods ("S.C.", "W.Va.") stands
	// anywhere; "Kan." and "KY" need a comma or preposition before.
	// (Nor one that modifies a noun, as in headlines: "Mass. legislators",
	// "3 Ind. fugitives", "Western Mass. stargazers".)
	if !strings.Contains(ab, ".") && prev != "," && !locativePreps[prev] && !(modifierAbbrevs[ab] && dotted &&
		(end < len(toks) && toks[end].Kind == dyad.TokenWord && !isCapitalized(a.tok(si, end)) || regionAdjectives[prev])) {
		return i
	}
	var a1 string
	postal := false
	switch {
	case dotted && stateAbbrevs[ab] != "":
		a1 = "US." + stateAbbrevs[ab]
	case dotted && provinceAbbrevs[ab] != "":
		a1 = "CA." + provinceAbbrevs[ab]
	case !dotted && prev == "," && len(raw) == 2 && strings.ToUpper(raw) == raw && postalCodes[raw] != "":
		// "Louisville, KY": only after a comma and a capitalised word.
		if i < 2 || !a.nameToken(si, i-2) {
			return i
		}
		a1, postal = postalCodes[raw], true
	default:
		return i
	}
	// A one-word abbreviation needs its period ("Kan.", not "Kan"), and
	// must not be a title ("Miss.") before a name.
	if !dotted && !postal || end < len(toks) && ab == "miss" && a.nameToken(si, end) {
		return i
	}
	cc, code, _ := strings.Cut(a1, ".")
	e, ok := a.s.g.Admin1(cc, code)
	if !ok {
		return i
	}
	a.cands = append(a.cands, cand{sent: si, i: i, j: end, entries: []gazetteer.Entry{e}, key: ab, best: -1,
		span: dyad.Span{Start: toks[i].Start, End: toks[end-1].End}})
	return end
}

// hyphenated recognises the places joined by hyphens in token i, which
// the gazetteer does not know as a whole: "Nebraska-Lincoln",
// "Dallas-Fort Worth" ("Dallas"), "Paris-Henry County" ("Paris" and
// "Henry County", the last part with the words after it). Each part must
// be a capitalised word that is not an English word. It returns the
// index of the token after the last place it added, or i when it added
// none.
func (a *article) hyphenated(si, i int) int {
	toks := a.sents[si].Tokens
	t := toks[i]
	w := a.text[t.Start:t.End]
	if strings.IndexByte(w, '-') <= 0 {
		return i
	}
	// A short lower-case link between capitalised parts makes one name
	// the gazetteer lacks, not a pair of places: "Dasht-e-Barchi",
	// "Mazar-i-Sharif", "Saint-Jean-sur-Richelieu".
	parts := strings.Split(w, "-")
	for k := 1; k+1 < len(parts); k++ {
		if p := parts[k]; len(p) <= 3 && p != "" && !isCapitalized(p) && isCapitalized(parts[k-1]) {
			return i
		}
	}
	// A first part the gazetteer does not know may make one name with a
	// last part that is only a small town's: "Mvog-Ada" (a quarter of
	// Yaoundé) is no town called Ada (see cand.hyphenTail).
	a.keyBuf = gazetteer.Key(a.keyBuf[:0], parts[0])
	firstUnknown := len(parts) == 2 && !a.s.g.Has(a.keyBuf)
	next := i
	off := 0
	for k, part := range parts {
		start := t.Start + off
		off += len(part) + 1
		if len(part) < 3 || !isCapitalized(part) || isShouting(part) {
			continue
		}
		// A word after an Arabic article belongs to the name it starts:
		// "Al-Shabab" is no town called Shabab.
		if k > 0 && arabicArticles[strings.ToLower(parts[k-1])] {
			continue
		}
		// The first part may end a name begun by the words before:
		// "a New York-based firm" is New York's, not York's.
		if k == 0 {
			if from, es := a.nameBefore(si, i, part); from >= 0 {
				a.cands = append(a.cands, cand{sent: si, i: from, j: i + 1, span: dyad.Span{Start: a.sents[si].Tokens[from].Start, End: start + len(part)},
					key: string(a.keyBuf), entries: es, best: -1})
				next = i + 1
				continue
			}
		}
		lp := strings.ToLower(part)
		// The last part may start a name that the words after end:
		// "Paris-Henry County" holds Henry County.
		end, stop := i+1, start+len(part)
		var es []gazetteer.Entry
		if k == len(parts)-1 {
			for e := i + 1; e < len(toks) && e < i+3 && a.nameToken(si, e) && toks[e].Start == toks[e-1].End+1; e++ {
				a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[start:toks[e].End])
				// (Not compass words: "Calgary-North West MLA" is a riding.)
				if compassKey(string(a.keyBuf)) {
					break
				}
				if more := a.s.g.Lookup(nil, a.keyBuf); len(more) > 0 {
					end, stop, es = e+1, toks[e].End, more
				}
			}
		}
		if es == nil {
			if _, common := commonWords[lp]; common || vocab()[lp] || a.persons[lp] || a.orgs[lp] {
				continue
			}
			a.keyBuf = gazetteer.Key(a.keyBuf[:0], part)
			es = a.s.g.Lookup(nil, a.keyBuf)
		} else {
			a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[start:stop])
		}
		if len(es) == 0 || slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Demonym }) {
			continue
		}
		tail := k == 1 && firstUnknown && !slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return !e.Kind.IsCity() || e.Population >= stationPop })
		a.cands = append(a.cands, cand{sent: si, i: i, j: end, span: dyad.Span{Start: start, End: stop},
			key: string(a.keyBuf), entries: es, best: -1, hyphenTail: tail})
		next = end
	}
	return next
}

// mediaWords end the names of newspapers, broadcasters and parties,
// which name a place without being there in a story: "The New York
// Times", "the Kurdistan Workers Party".
var mediaWords = set(`times post herald tribune journal gazette news chronicle examiner star sun telegraph
	observer inquirer courier register record review daily weekly magazine radio tv television network party`)

// mediaName reports whether an organisation's name is a news outlet's
// or a party's.
func mediaName(name string) bool {
	i := strings.LastIndexAny(name, " -")
	return mediaWords[strings.ToLower(name[i+1:])]
}

// shoutedArticles are the short words that open some stories in
// capitals ("AN Edmonton man"), not acronyms.
var shoutedArticles = set(`a an the in on at of to by for`)

// partyPrefixes start a legislator's party and home ("R-Fairfax",
// "DFL-Minneapolis").
var partyPrefixes = set(`D R I DFL`)

// partyHome recognises the home place in a legislator's party and home
// after a comma or bracket: "Sen. Ken Cuccinelli, R-Fairfax,", "(D-Kanawha)".
// It adds the place and reports whether token i was one.
func (a *article) partyHome(si, i int) bool {
	toks := a.sents[si].Tokens
	w := a.tok(si, i)
	party, home, ok := strings.Cut(w, "-")
	if !ok || !partyPrefixes[party] || !isCapitalized(home) || i == 0 {
		return false
	}
	if p := a.tok(si, i-1); p != "," && p != "(" {
		return false
	}
	// The home's abbreviation may run on over attached tokens: "D-S" "."
	// "C" ".", "D-Fla" ".".
	// "D-W. Va.": one space after a period, before a short capitalised
	// word.
	end := i + 1
	for end < len(toks) && end-i < 5 && (toks[end].Start == toks[end-1].End ||
		toks[end].Start == toks[end-1].End+1 && a.tok(si, end-1) == "." && isCapitalized(a.tok(si, end)) && len(a.tok(si, end)) <= 3) &&
		(a.tok(si, end) == "." || toks[end].Kind == dyad.TokenWord && len(a.tok(si, end)) <= 3) {
		end++
	}
	if end > i+1 {
		home = a.text[toks[i].Start+len(party)+1 : toks[end-1].End]
	} else {
		// A home of several words: "D-Iowa City", "R-Elbow Lake".
		start := toks[i].Start + len(party) + 1
		for k := i + 1; k < len(toks) && k < i+4 && a.nameToken(si, k) && toks[k].Start == toks[k-1].End+1; k++ {
			a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[start:toks[k].End])
			exact, prefix := a.s.g.Probe(a.keyBuf)
			if !prefix {
				break
			}
			if exact {
				end, home = k+1, a.text[start:toks[k].End]
			}
		}
	}
	a.keyBuf = gazetteer.Key(a.keyBuf[:0], home)
	var es []gazetteer.Entry
	ab := strings.ToLower(strings.ReplaceAll(strings.TrimSuffix(home, "."), " ", ""))
	// (Some styles drop the period: "D-Calif", "R-Tenn".)
	if code, ok := stateAbbrevs[ab]; ok && (strings.Contains(home, ".") || len(ab) >= 4) {
		// "D-S.C.", "R-Fla.": the state.
		if e, ok := a.s.g.Admin1("US", code); ok {
			es = append(es, e)
		}
	} else {
		es = a.s.g.Lookup(nil, a.keyBuf)
	}
	es = slices.DeleteFunc(es, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Demonym || e.Kind == gazetteer.Country })
	if len(es) == 0 {
		return false
	}
	if strings.Contains(home, ".") && (len(es) != 1 || es[0].Kind != gazetteer.Admin1) {
		end = i + 1 // only a state's abbreviation runs on
	}
	start := toks[i].Start + len(party) + 1
	a.cands = append(a.cands, cand{sent: si, i: i, j: end, span: dyad.Span{Start: start, End: toks[end-1].End},
		key: string(a.keyBuf), entries: es, best: -1, home: true})
	a.partyEnd = end
	return true
}

// findPersons fills a.persons from runs of two or three capitalised words
// that are not a place name, and names after a title.
func (a *article) findPersons() {
	a.persons = map[string]bool{}
	for _, m := range a.mentions {
		if m.Kind != dyad.MentionOrg || m.Actor == nil || m.Actor.Code == "" || m.End > len(a.text) || m.Start < 0 || m.Start >= m.End {
			continue
		}
		name := a.text[m.Start:m.End]
		if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
			name = name[4:]
		}
		if name != "" && !strings.ContainsAny(name, " -.") {
			if a.orgs == nil {
				a.orgs = map[string]bool{}
			}
			a.orgs[strings.ToLower(name)] = true
		}
	}
	for si := range a.sents {
		toks := a.sents[si].Tokens
		if !tokensValid(toks, len(a.text)) {
			continue
		}
		for i := 0; i < len(toks); {
			if !a.nameToken(si, i) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].Start-toks[j-1].End <= 1 {
				if a.initial(si, j) {
					j += 2 // "Keith D. Johnson"
					continue
				}
				if !a.nameToken(si, j) {
					break
				}
				j++
			}
			j = min(j, len(toks))
			// A name with a particle: "Hamza bin Laden", "Ludwig van
			// Beethoven".
			if j == i+1 && nameParticles[a.lowerTok(si, j)] && j+1 < len(toks) && a.nameToken(si, j+1) && !a.wellKnown(si, i, true) {
				a.persons[a.lowerTok(si, i)] = true
			}
			first := a.lowerTok(si, i)
			last := a.lowerTok(si, j-1)
			// A town's name before a company's word names the company,
			// here and where it stands alone: "Mahan Air" … "Mahan's
			// permit" (keep spares major places: "Kenya Airways").
			h := i
			if first == "the" {
				h++ // "The Belk Foundation"
			}
			// (Not a base: "Bagram Air Base", "Andrews Air Force Base".)
			if n := a.lowerTok(si, h+2); j > h+1 && companyWords[a.lowerTok(si, h+1)] && !placeModifiers[a.lowerTok(si, h)] &&
				n != "base" && n != "force" && n != "station" && n != "field" {
				if a.orgs == nil {
					a.orgs = map[string]bool{}
				}
				a.orgs[a.lowerTok(si, h)] = true
			}
			_, common := commonWords[first]
			words := 0
			for k := i; k < j; k++ {
				if a.tok(si, k) != "." {
					words++
				}
			}
			// A title or an institution's word inside the run ends what
			// came before it: "Fargo Mayor Dennis Walaker", "Paris Police
			// Department Sgt." name no person "Fargo" or "Paris".
			// A title after an institution's words still heads the name
			// after it: "Laurel County Clerk Dean Johnson" names a
			// Johnson.
			inner := false
			for k := i + 1; k < j; k++ {
				a.lowerBuf = appendLower(a.lowerBuf[:0], a.tok(si, k))
				w := a.lowerBuf
				if titleWords[string(w)] || officeWords[string(w)] {
					inner = true
					if k+1 < j {
						a.persons[last] = true
					}
					break
				}
				if institutionWords[string(w)] {
					inner = true
				}
			}
			// A hyphenated adjective is no first name: "Resource-rich
			// Balochistan", "Kremlin-backed Crimea".
			if fw := a.tok(si, i); strings.IndexByte(fw, '-') >= 0 && !isCapitalized(fw[strings.LastIndexByte(fw, '-')+1:]) {
				inner = true
			}
			switch {
			case inner || words == 1 || words > 4 || institutionWords[last] || placeWords[last] || placeModifiers[first]:
			case titleWords[first]:
				a.persons[last] = true
			case allCaps(a.tok(si, i)) && len(first) >= 2:
				// An acronym is no first name: "CBC Toronto", "WSB Atlanta".
			case !common && !vocab()[first] && !a.s.g.Has(gazetteer.Key(a.keyBuf[:0], a.text[toks[i].Start:toks[j-1].End])):
				// A well-known place's name is no first name or surname:
				// "Kansas Electric Cooperatives", "Toronto Raptors".
				if _, c := commonWords[last]; !c && !vocab()[last] && !a.wellKnown(si, j-1, true) {
					a.persons[last] = true
				}
				// (A region's name may be a first name: "Vladimir Putin",
				// "Virginia Woolf"; not in a longer name.)
				// (A last syllable of two letters is a name's too: "Kim
				// Jong Un", whose "Un" is also "UN".)
				if a.nameWord(si, j-1) && !a.wellKnown(si, i, words > 2) {
					a.persons[first] = true // "Albert Gee" … "Albert found"
				}
			}
			i = j
		}
	}
}

// nameWord reports whether token k of sentence si is a word that is
// no English word ("Gee"), or a capitalised syllable of two letters
// ("Un" in "Kim Jong Un").
func (a *article) nameWord(si, k int) bool {
	w := a.lowerTok(si, k)
	if t := a.tok(si, k); len(t) == 2 && isCapitalized(t) && !allCaps(t) {
		return true
	}
	_, c := commonWords[w]
	return !c && !vocab()[w]
}

// compassKey reports whether the key holds only compass words ("south
// east", "north west").
func compassKey(key string) bool {
	for w := range strings.FieldsSeq(key) {
		switch w {
		case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central":
		default:
			return false
		}
	}
	return key != ""
}

// areaCompassKey reports whether the key holds only compass words and
// area words, one of each at least ("far north", "upper west").
func areaCompassKey(key string) bool {
	area, compass := false, false
	for w := range strings.FieldsSeq(key) {
		switch {
		case areaWords[w]:
			area = true
		case compassKey(w):
			compass = true
		default:
			return false
		}
	}
	return area && compass
}

// compassAdjective reports whether w is "northern", "southern",
// "eastern", "western", "central" or "middle".
func compassAdjective(w string) bool {
	switch w {
	case "northern", "southern", "eastern", "western", "central", "middle":
		return true
	}
	return false
}

// eponymNouns after a name's possessive make it a person's: diseases,
// laws and theorems named after who described them.
var eponymNouns = set(`disease syndrome law theorem principle paradox`)

// stormWords, capitalised, come before a storm's name.
var stormWords = set(`hurricane typhoon cyclone storm`)

// joinWords join the words of a title-case name: "Ways and Means".
var joinWords = set(`and & of for on`)

// treatyWords after a place's name make it an agreement's or a
// system's name.
var treatyWords = set(`accord accords agreement agreements protocol protocols convention conventions treaty
	declaration format process system visa visas`)

// companyWords after a one-word name make it a company's or a
// charity's: "Mahan Air", "Zenith Bank", "the Belk Foundation".
var companyWords = set(`air airlines airline airways aviation bank motors petroleum telecom holdings corp corporation
	inc ltd plc industries shipping steel cement foundation group`)

// wellKnownPop is the population from which a city's or region's name
// is taken for the place rather than for a person's name seen without a
// title ("Toronto", "Kansas"; not "Hamilton", "Jackson").
const wellKnownPop = 1000000

// wellKnown reports whether token ti of sentence si names a country, a
// hand-written region, a city of wellKnownPop or more, or (when admin1 is
// set) a first-level region of that size.
func (a *article) wellKnown(si, ti int, admin1 bool) bool {
	a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.tok(si, ti))
	a.entBuf = a.s.g.Lookup(a.entBuf[:0], a.keyBuf)
	return slices.ContainsFunc(a.entBuf, func(e gazetteer.Entry) bool {
		switch e.Kind {
		case gazetteer.Country, gazetteer.Region:
			return true
		case gazetteer.Demonym, gazetteer.Admin2:
			return false
		case gazetteer.Admin1:
			return admin1 && e.Population >= wellKnownPop
		}
		return e.Population >= wellKnownPop
	})
}

// skipName returns the index after the run of name tokens starting at i
// (at least i+1), so that a rejected name's parts are not tried alone.
func (a *article) skipName(si, i int) int {
	i++
	for i < len(a.sents[si].Tokens) && a.nameToken(si, i) {
		i++
	}
	return i
}

// longest returns the end of the longest gazetteer name starting at token
// i of sentence si, and its entries; -1 when there is none. It leaves the
// name's key in a.keyBuf when there is one.
func (a *article) longest(si, i int) (int, []gazetteer.Entry) {
	toks := a.sents[si].Tokens
	end := i + 1
	for k := i + 1; k < len(toks) && k-i < maxNameTokens; k++ {
		t := toks[k]
		if t.Start-toks[k-1].End > 1 {
			break // a line break or double space ends a name
		}
		w := a.text[t.Start:t.End]
		switch {
		case t.Kind == dyad.TokenWord && isCapitalized(w) && !isShouting(w):
		case t.Kind == dyad.TokenWord && (connectors[w] || articled(w)):
		// "the" after "of" inside a name: "Republic of the Congo".
		case t.Kind == dyad.TokenWord && w == "the" && a.tok(si, k-1) == "of":
		case t.Kind == dyad.TokenPunct && (w == "." || w == "," || w == "-") && t.Start == toks[k-1].End:
		default:
			end = k
			k = len(toks)
			continue
		}
		end = k + 1
	}
	// A lower-case word for islands or water may end a name the gazetteer
	// has with it: "the Senkaku islands", "the Euphrates river".
	if end < len(toks) && toks[end].Start-toks[end-1].End == 1 && waterNouns[a.tok(si, end)] {
		end++
	}
	// An abbreviated first word is looked up written out: "Mt. Pleasant"
	// is Mount Pleasant, "Ft. Myers" Fort Myers; "St. Paul" both as
	// written and as Saint Paul, the gazetteer having some names one way
	// and some the other.
	abbrev := i+2 < end && a.tok(si, i+1) == "." && toks[i+1].Start == toks[i].End
	best, word := -1, ""
	if abbrev {
		word = nameAbbrevs[a.tok(si, i)]
	}
	if word == "" || saintAbbrevs[a.tok(si, i)] {
		best = a.probeLongest(si, i, end, "")
	}
	var es []gazetteer.Entry
	if best >= 0 {
		es = a.s.g.Lookup(nil, a.nameKey(si, i, best, ""))
	}
	if word != "" {
		// (Not a saint's possessive: "St. John's Hospital".)
		if j := a.probeLongest(si, i, end, word); j >= 0 && j >= best && (best == j || !saintAbbrevs[a.tok(si, i)] || !possessiveAt(a, si, j)) {
			if j > best {
				es = es[:0]
			}
			for _, e := range a.s.g.Lookup(nil, a.nameKey(si, i, j, word)) {
				// (Not a French "Saint-Louis" for an English "St. Louis".)
				if word != "saint" && word != "sainte" || strings.HasPrefix(strings.ToLower(e.Name), word+" ") &&
					!slices.ContainsFunc(es, func(o gazetteer.Entry) bool { return o.Index == e.Index }) {
					es = append(es, e)
				}
			}
			return j, es // a.keyBuf holds the written-out key
		}
	}
	if best < 0 {
		return -1, nil
	}
	a.keyBuf = a.nameKey(si, i, best, "")
	return best, es
}

// possessiveAt reports whether token j of sentence si is a possessive
// "'s".
func possessiveAt(a *article, si, j int) bool {
	w := a.lowerTok(si, j)
	return w == "'s" || w == "’s"
}

// nameKey returns the key of tokens [i, j) of sentence si, with the
// first word and its period replaced by word when word is not "".
func (a *article) nameKey(si, i, j int, word string) []byte {
	toks := a.sents[si].Tokens
	if word != "" {
		return gazetteer.Key(a.keyBuf[:0], word+a.text[toks[i+1].End:toks[j-1].End])
	}
	return gazetteer.Key(a.keyBuf[:0], a.text[toks[i].Start:toks[j-1].End])
}

// probeLongest extends the name at token i of sentence si token by token
// (up to end) while some key starts with it ("new", "new york", "new
// york city"), and returns the end of the longest that is a key and ends
// in a name token or an abbreviation's period; -1 when none is. With
// word, the first word and its period read as word.
func (a *article) probeLongest(si, i, end int, word string) int {
	best := -1
	for j := i + 1; j <= end; j++ {
		if word != "" && j <= i+2 {
			continue
		}
		a.keyBuf = a.nameKey(si, i, j, word)
		exact, prefix := a.s.g.Probe(a.keyBuf)
		if !prefix {
			break
		}
		if exact && (a.nameToken(si, j-1) || j-1 > i && (a.tok(si, j-1) == "." || articled(a.tok(si, j-1)) || waterNouns[a.tok(si, j-1)])) {
			best = j
		}
	}
	return best
}

// nameAbbrevs are abbreviations that start place names, written out.
var nameAbbrevs = map[string]string{"Mt": "mount", "Ft": "fort", "St": "saint", "Ste": "sainte"}

// saintAbbrevs are the abbreviations of nameAbbrevs that the gazetteer
// also has as written ("St. Louis").
var saintAbbrevs = set(`St Ste`)

// Verdicts of keep.
const (
	keepYes  = iota // a place name
	keepWord        // a common word or title: try the next word
	keepNo          // part of a person's name: skip the whole name
)

// keep says whether the name c is a place name rather than a common word
// or part of a person's name.
func (a *article) keep(c *cand) int {
	si := c.sent
	toks := a.sents[si].Tokens
	for _, e := range c.entries {
		if e.Kind == gazetteer.Demonym {
			c.demonym = true
		}
	}
	single := c.j-c.i == 1
	w := a.tok(si, c.i)
	lw := a.lowerTok(si, c.i)
	// (A dotted abbreviation the gazetteer knows is a name: "L.A.".)
	acronym := len(w) <= 4 && strings.ToUpper(w) == w && !strings.Contains(w, ".")
	// A name in a list that ends in "counties" is a county's, even a
	// common word's: "Jackson and Barrow counties", "Clay, Grant and
	// Swift counties".
	if countyName(c.key) && !countyName(lw) && !functionWordSet[lw] {
		return keepYes
	}
	if single && !acronym {
		if strong, ok := commonWords[lw]; ok && (strong || a.sentenceStart(si, c.i)) {
			// A capitalised common word right after a locative
			// preposition is a place: "the attack in Nice".
			// So is one before a state's or province's abbreviation:
			// "Surprise, Ariz.".
			p := c.i - 1
			if neverPlace[lw] || (a.sentenceStart(si, c.i) || p < 0 || !locativePreps[a.lowerTok(si, p)]) && !a.stateAfterComma(si, c.j) {
				return keepWord
			}
		}
		if titleWords[lw] {
			return keepWord
		}
	}
	if institutionNames[c.key] || eventNames[c.key] {
		return keepNo
	}
	// A ship named after a place is the ship: "the INS Imphal", "USS
	// Boston", "HMS Sheffield"; the prefix is written in capitals.
	if c.i > 0 && shipPrefixes[a.tok(si, c.i-1)] {
		return keepNo
	}
	// Compass words alone that start a longer name are its words: "South
	// East Asian", "North West Frontier"; not a district called "South
	// East".
	// So are compass and area words that name a region elsewhere ("Far
	// North", Cameroon's) before a name: "Far North Queensland".
	if (compassKey(c.key) || areaCompassKey(c.key)) && c.j < len(toks) && a.nameToken(si, c.j) {
		return keepWord
	}
	// An all-capitals abbreviation is a place only when it names a
	// country or region ("US", "UK", "UAE"), and not in a shouted
	// headline ("PROGRESS ON RUSSIA").
	if single && acronym && len(w) > 1 {
		if a.shoutingAround(si, c.i) || !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
			return e.Kind == gazetteer.Country || e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Region
		}) {
			return keepWord
		}
	}
	// The actors stage's people hide places: people it knows ("Clinton"),
	// and unknown names that start before the place ("George
	// Washington"), but not unknown "names" that are the place or start
	// with it ("Los Angeles", "Florida Highway Patrol" misread as people).
	// Organisations it knows by name hide them too ("The Washington
	// Post"), and so does an unknown one-word organisation that is exactly
	// the name ("Xinhua"), unless it is an abbreviation or a dateline
	// ("S.C.", "NEWARK"); institutions it only saw as capitalised words
	// are where they say ("Gainesville Police", "Texas Department of
	// Health").
	// (Not names that are also capitals: "The Washington Post".)
	admin1 := slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Admin1 }) &&
		!slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Capital })
	for _, m := range a.mentions {
		if !m.Overlaps(c.span) {
			continue
		}
		// A name the actors stage knows that is only a word of a longer
		// place name is that place's word: "Republika" (a party) in
		// "Republika Srpska".
		if !single && m.Start >= c.span.Start && m.End <= c.span.End && m.Span != c.span {
			continue
		}
		// A state or province inside a longer organisation's name is
		// where it is: "Ohio lawmakers", "the Nebraska Baseball Hall of
		// Fame".
		if admin1 && m.Kind == dyad.MentionOrg && m.Span != c.span && m.Start <= c.span.Start && m.End >= c.span.End &&
			!mediaName(a.text[m.Start:m.End]) {
			continue
		}
		// A place inside an organisation's name before the institution's
		// word is where the institution is: "London police", "the Dublin
		// Arts Council"; not a paper ("The Washington Post").
		// So is one after "of" inside it: "the Government of Alberta",
		// "the University of Manitoba". (Only a town's or region's: not
		// "the U.S. Forest Service", "the Government of Canada".)
		// (Not a name's second word: "the Red Crescent Society".)
		// So is one after an article, before a local institution's noun:
		// "a Phnom Penh court".
		if m.Kind == dyad.MentionOrg && m.Start <= c.span.Start && m.End >= c.span.End && m.Span != c.span && !mediaName(a.text[m.Start:m.End]) &&
			!countryLike(c.entries) && (m.Start == c.span.Start || a.lowerTok(si, c.i-1) == "of" || a.lowerTok(si, c.i-1) == "the" || a.lowerTok(si, c.i-1) == "a" || a.lowerTok(si, c.i-1) == "an") &&
			(a.institutionAhead(si, c.j) || localWords[a.lowerTok(si, c.j)] || m.Start < c.span.Start && a.lowerTok(si, c.i-1) == "of") {
			continue
		}
		// And the land of an office the actors stage took for a person
		// with that role: "the Government of Alberta", "the Premier of
		// Ontario" (a country's is kept or not as any country's).
		if m.Kind == dyad.MentionPerson && m.Start < c.span.Start && m.End == c.span.End && !countryLike(c.entries) &&
			c.i >= 2 && a.lowerTok(si, c.i-1) == "of" && officeNouns[a.lowerTok(si, c.i-2)] {
			continue
		}
		// So is a town or region whose local institution the name is:
		// "Ankara's riot police squad".
		if m.Kind == dyad.MentionOrg && m.Start == c.span.Start && m.End > c.span.End && !countryLike(c.entries) && a.possessiveLocal(si, c) {
			continue
		}
		// A place before a title inside a person's name is the office's:
		// "Manitoba Premier Brian Pallister", "Ohio Gov. Mike DeWine".
		// (A region or a city of 100,000: not "Taliban spokesman".)
		if m.Kind == dyad.MentionPerson && m.Start == c.span.Start && m.End > c.span.End && titleWords[a.lowerTok(si, c.j)] && !countryLike(c.entries) &&
			slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Admin1 || e.Population >= stationPop }) {
			continue
		}
		// So is any town's before a local institution's word and a title:
		// "New London Police Chief Tom Cipolli", "Wamego Fire Chief".
		if m.Kind == dyad.MentionPerson && m.Start == c.span.Start && m.End > c.span.End && !countryLike(c.entries) && a.localOffice(si, c.j) {
			continue
		}
		known := m.Actor != nil && m.Actor.Code != ""
		// A person's name before a possessive description is the
		// person's: "Rosselló's chief of staff" where Rosselló is named
		// elsewhere as a person (and is also a Catalan town).
		if m.Kind == dyad.MentionAnonymous && known && m.Start == c.span.Start && single &&
			m.Actor.Affiliation == a.text[c.span.Start:c.span.End] && a.knownPerson(m.Actor.Affiliation) {
			return keepNo
		}
		// A person's name used where only a place fits: "in Clinton",
		// "Clinton police", "Monroe Mayor Robert Routson".
		if m.Kind == dyad.MentionPerson && m.Span == c.span && single && a.placeSlot(si, c) {
			continue
		}
		// A province's name the actors stage took for its government
		// ("Alberta" as CANGOV) is the province: sub-national places are
		// places whatever their syntax.
		if m.Span == c.span && known && strings.HasSuffix(m.Actor.Code, "GOV") && slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
			return e.Kind == gazetteer.Admin1 && e.Population >= wellKnownPop
		}) {
			continue
		}
		// A "name" whose words before the place are English words:
		// "Metro Nashville", "Downtown Greer".
		if m.Kind == dyad.MentionPerson && !known && m.Start < c.span.Start && m.End <= c.span.End && a.wordsBefore(si, m.Start, c.i) {
			continue
		}
		// A one-word name the actors stage took for a person (a surname
		// it saw in full: "Barry M. George" … "George's apartment") is
		// the person, unless it names a large place or stands where only
		// a place fits.
		if m.Kind == dyad.MentionPerson && !known && m.Span == c.span && single && !a.placeSlot(si, c) &&
			!slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return !e.Kind.IsCity() || e.Population >= stationPop }) {
			return keepNo
		}
		// A name the actors stage took for an organisation before a
		// lower-case landform's noun is the land: "the Amazon rainforest",
		// "the Amazon basin"; not "Amazon workers".
		if m.Kind == dyad.MentionOrg && m.Span == c.span && c.j < len(toks) && landformNouns[a.tok(si, c.j)] {
			continue
		}
		if m.Kind == dyad.MentionPerson && (known || m.Start < c.span.Start) ||
			m.Kind == dyad.MentionOrg && (known || m.Span == c.span && !strings.ContainsRune(c.key, '.') && !isShouting(a.tok(si, c.i))) {
			return keepNo
		}
	}
	if c.demonym {
		return keepYes
	}
	if c.j < len(toks) && a.nameToken(si, c.j) && facilityWords[a.lowerTok(si, c.j)] {
		return keepNo
	}
	// A name before a settlement's word starts the name of a settlement
	// the gazetteer lacks, which need not lie in the place named:
	// "Tennessee Colony" is in Texas, "Georgia Springs" anywhere.
	if c.j < len(toks) && a.nameToken(si, c.j) && settlementWords[a.lowerTok(si, c.j)] {
		return keepNo
	}
	// A small town's name before a hall's or centre's word is more often
	// a person's ("the Webb Center", "Carnegie Library"); a city's is
	// where the hall is ("the Dallas Convention Center").
	if single && c.j < len(toks) && a.nameToken(si, c.j) && hallWords[a.lowerTok(si, c.j)] &&
		!slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return !e.Kind.IsCity() || e.Population >= stationPop }) {
		return keepNo
	}
	// A treaty, process or system named after where it was agreed names
	// the agreement, not a place of the story: "the Paris Agreement",
	// "the Dayton accords", "the Schengen system", "Minsk process"; not a
	// hall: "the Dallas Convention Center".
	if n := a.lowerTok(si, c.j); treatyWords[n] && !countyName(c.key) {
		// (Nor "the South Charleston Convention & Visitors Bureau".)
		if after := a.lowerTok(si, c.j+1); after != "center" && after != "centre" && after != "hall" && after != "city" && after != "&" && after != "and" {
			return keepNo
		}
	}
	// A person's possessive naming a disease or a law is no place:
	// "Huntington's disease", "Parkinson's law".
	if n := a.lowerTok(si, c.j); (n == "'s" || n == "’s") && eponymNouns[a.lowerTok(si, c.j+1)] {
		return keepNo
	}
	// A storm's name is no place: "Hurricane Maria", "Tropical Storm
	// Florence", "Cyclone Idai".
	if p := c.i - 1; p >= 0 && stormWords[a.lowerTok(si, p)] && isCapitalized(a.tok(si, p)) {
		return keepNo
	}
	// A compass district before "of" is a court's: "the Southern
	// District of New York".
	if strings.HasSuffix(c.key, " district") && compassAdjective(c.key[:len(c.key)-len(" district")]) && a.lowerTok(si, c.j) == "of" {
		return keepNo
	}
	// A war named after where it was fought names the war: "the Gulf
	// War", "Korean War veterans".
	if n := a.lowerTok(si, c.j); (n == "war" || n == "wars") && a.nameToken(si, c.j) {
		return keepNo
	}
	// A small town's name before "International Airport" is a person's
	// ("Pearson International Airport"); a city's is where the airport is
	// ("Vancouver International Airport").
	if n := a.lowerTok(si, c.j); (n == "international" || n == "airport") && a.nameToken(si, c.j) &&
		!slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return !e.Kind.IsCity() || e.Population >= 50000 }) {
		return keepNo
	}
	// An English word that names only towns or provinces, starting a
	// sentence or a longer name, is the word: "Nine pro-Palestinian
	// activists", "the Maritime Traffic Safety Law", "the Temple Mount".
	if single && !acronym && vocab()[lw] && !majorPlace(c.entries) {
		if a.sentenceStart(si, c.i) || c.j < len(toks) && a.nameToken(si, c.j) {
			return keepWord
		}
	}
	// An English word that names only towns or provinces, ending a longer
	// name, is the word: "the Air Force", "Vancouver International
	// Airport", "Code Pink".
	if single && !acronym && vocab()[lw] && !majorPlace(c.entries) {
		if p := c.i - 1; p >= 0 && a.nameToken(si, p) && toks[c.i].Start-toks[p].End == 1 && !a.sentenceStart(si, p) &&
			!placeModifiers[a.lowerTok(si, p)] {
			return keepWord
		}
	}
	// An English word that names only small towns, joined by "and" or
	// "of" to a capitalised word before, ends a title-case name: "Disease
	// Control and Research", "the Committee on Ways and Means".
	if single && !acronym && vocab()[lw] && !majorPlace(c.entries) && !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Admin1 || e.Population >= stationPop
	}) {
		if p := c.i - 1; p >= 1 && joinWords[a.lowerTok(si, p)] && a.nameToken(si, p-1) && !a.sentenceStart(si, p-1) {
			return keepWord
		}
	}
	// A capitalised word right after that is not an English word: a
	// person's name ("Jordan Peterson", "Vladimir Putin"). Place names
	// inside organisations' names stay places ("Dublin City Council",
	// "Ohio Supreme Court").
	if c.j < len(toks) && a.nameToken(si, c.j) && toks[c.j].Start-toks[c.j-1].End <= 1 {
		// (Not a day or month: "in New York Saturday"; nor after a
		// county's name, which no one bears: "the Walker County
		// Fairgrounds".)
		next := a.lowerTok(si, c.j)
		_, common := commonWords[next]
		if !titleWords[next] && !placeWords[next] && !vocab()[next] && !institutionWords[next] && !common && !countyName(c.key) &&
			!a.regionBeforeName(c) && !orgAcronym(a.tok(si, c.j)) {
			return keepNo
		}
	}
	// A capitalised word right before that is not an English word: a
	// person's name ("George Washington", "JD Vance"); after a title too
	// ("President Lincoln").
	if p := c.i - 1; p >= 0 && a.nameToken(si, p) && toks[c.i].Start-toks[p].End <= 1 {
		prev := a.lowerTok(si, p)
		_, common := commonWords[prev]
		// (An acronym is weighed below: "CBC Toronto", "IS Sahel"; a
		// compound modifier is no name: "Philippine-claimed Whitsun Reef".)
		if titleWords[prev] || !common && !vocab()[prev] && !isShouting(a.tok(si, p)) && len(prev) > 2 && !acronymTok(a.tok(si, p)) && !lowerTail(a.tok(si, p)) {
			return keepNo
		}
	}
	// An organisation's acronym right before: the branch it names ("IS
	// Sahel", "ISIS Khorasan"), unless the acronym is a place ("US").
	if p := c.i - 1; p >= 0 && toks[c.i].Start-toks[p].End == 1 && toks[p].Kind == dyad.TokenWord {
		// (Not a shouted word: "AN Edmonton man".)
		// (Nor a broadcaster's local station: "CBC Toronto".)
		if pw := a.tok(si, p); len(pw) >= 2 && len(pw) <= 4 && allCaps(pw) && !isShouting(a.tok(si, c.i)) && !shoutedArticles[strings.ToLower(pw)] &&
			!slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind.IsCity() && e.Population >= stationPop }) {
			a.keyBuf = gazetteer.Key(a.keyBuf[:0], pw)
			if !slices.ContainsFunc(a.s.g.Lookup(nil, a.keyBuf), func(e gazetteer.Entry) bool {
				return e.Kind == gazetteer.Country || e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Region
			}) {
				return keepNo
			}
		}
	}
	// A word seen elsewhere as a person's surname ("Bob Jones" … "Jones
	// said"), unless the words around make it a place.
	if single && a.persons[lw] && !a.placeSlot(si, c) {
		p := a.prevWord(si, c.i, true)
		if p < 0 || !locativePreps[a.lowerTok(si, p)] {
			if n := a.lowerTok(si, c.j); n != "," {
				return keepNo
			}
		}
	}
	// A word the actors stage knows elsewhere as an organisation's name
	// ("the Taliban" … "Taliban spokesman"), unless it is a major place.
	if single && a.orgs[lw] && !majorPlace(c.entries) && !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Admin1 || e.Population >= stationPop
	}) {
		return keepNo
	}
	// A single word next to a speech verb is a person: "Wang said",
	// "said Yao"; capitals and regions are left to metonymy.
	if single && a.speaker(si, c) && !a.placeSlot(si, c) {
		return keepNo
	}
	// A name after a kinship noun is a relative's: "his wife, Dora, 62",
	// "daughters Malia and Sasha".
	if single && a.afterKin(si, c.i) && !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Country || e.Kind == gazetteer.Capital || e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Region
	}) {
		return keepNo
	}
	if single && personNouns[a.lowerTok(si, c.j)] && !a.institutionAhead(si, c.j) && !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Country || e.Kind == gazetteer.Capital || e.Kind == gazetteer.Admin1
	}) {
		return keepNo
	}
	// A title abbreviation or an initial before: "Gen. Jackson", "Keith D.
	// Johnson".
	if p := c.i - 2; p >= 0 && a.tok(si, c.i-1) == "." && (titleWords[a.lowerTok(si, p)] || a.initial(si, p)) {
		return keepNo
	}
	return keepYes
}

// localHints reads the cues around the names of sentence si found from
// cands[first:]: "Paris, Texas", "Athens, Ga.", "Washington state", "the
// Iraqi city of Irbil", "Iraq's Anbar".
func (a *article) localHints(si, first int) {
	toks := a.sents[si].Tokens
	cs := a.cands[first:]
	var extra []cand
	defer func() { a.cands = append(a.cands, extra...) }()
	for k := range cs {
		c := &cs[k]
		if regionAdjectives[a.lowerTok(si, c.i-1)] {
			c.wantA1 = true // "upstate New York", "northern Georgia"
		}
		a.countyList(c)
		if c.i > 0 && a.tok(si, c.i-1) == "the" {
			c.wantRegion = true // "the Red Sea" is the sea, not the governorate
		}
		// A name listed beside a country reads as a country when it can:
		// "Burkina Faso, Mali and Niger", "Georgia and Armenia".
		if k > 0 && a.listGap(si, cs[k-1].j, c.i) && hasCountry(cs[k-1].entries) && hasCountry(c.entries) {
			c.wantCountry, cs[k-1].wantCountry = true, true
		}
		// A name listed beside a state reads as a state when it can:
		// "Missouri, New York, North Carolina and Virginia".
		if k > 0 && a.listGap(si, cs[k-1].j, c.i) && hasAdmin1(c.entries) && hasAdmin1(cs[k-1].entries) &&
			(stateOnly(cs[k-1].entries) || stateOnly(c.entries)) {
			c.wantA1, cs[k-1].wantA1 = true, true
		}
		next := a.lowerTok(si, c.j)
		// A state's office or border: "New York Gov. Andrew Cuomo", "the
		// New York border", "New York's attorney general".
		if hasAdmin1(c.entries) && (a.stateOffice(si, c.j) || (next == "'s" || next == "’s") && a.stateOffice(si, c.j+1)) {
			c.wantA1 = true
		}
		switch next {
		case "state":
			c.wantA1 = !strings.EqualFold(a.tok(si, c.i), "the")
		case "province", "region", "oblast", "governorate", "prefecture", "provinces", "regions", "states":
			c.wantA1 = true
		case "city":
			c.wantCity = true
		case "embassy", "embassies", "consulate", "consulates":
			// Embassies and consulates are in cities: "Guatemala's
			// Washington embassy" is in Washington, D.C., not the state.
			c.wantCity = true
		case "township", "twp":
			// "Madison Township": the township around the town of that
			// name, in the article's state.
			if a.nameToken(si, c.j) && slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind.IsCity() }) {
				c.wantCity = true
				c.j++
				c.span.End = toks[c.j-1].End
			}
		case ",":
			// A state before a comma and another state's full name starts
			// a list of states: "Missouri, New York, North Carolina and
			// Virginia" (not "Washington, D.C.", nor "New York, New York").
			// Nor a city of that region or country: "Tbilisi, Georgia",
			// where the capital shares its name with its region.
			if k+1 < len(cs) && cs[k+1].i == c.j+1 && !strings.ContainsRune(cs[k+1].key, '.') && cs[k+1].key != c.key &&
				majorAdmin1(c.entries) && majorAdmin1(cs[k+1].entries) && !bigCityIn(c.entries, cs[k+1].entries) {
				c.wantA1, cs[k+1].wantA1 = true, true
				break
			}
			// "Paris, Texas", "Walker County, Georgia": the next name is
			// a region or country.
			isCity := slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind.IsCity() || e.Kind == gazetteer.Admin2 }) &&
				!slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Country || e.Kind == gazetteer.Region })
			// A country's namesake town before its state: "Italy, Texas".
			if !isCity && k+1 < len(cs) && cs[k+1].i == c.j+1 {
				isCity = slices.ContainsFunc(cs[k+1].entries, func(r gazetteer.Entry) bool {
					return r.Kind == gazetteer.Admin1 && slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
						return e.Kind.IsCity() && e.CC2 == r.CC2 && e.Admin1 == r.Admin1
					})
				})
			}
			if k+1 < len(cs) && cs[k+1].i == c.j+1 && isCity {
				// …and reads as the region: "Rochester, New York"; not in
				// lists of countries ("Malaysia, Taiwan and Vietnam").
				// But a country that holds the town and none of whose
				// regions of that name does is the country: "Niamey, Niger"
				// is not Nigeria's Niger State.
				cs[k+1].qualifier = cs[k+1].key != c.key
				if inCountryOnly(c.entries, cs[k+1].entries) {
					cs[k+1].wantCountry = true
				} else {
					cs[k+1].wantA1 = true
				}
				// "Churchill, Man.": a name that can only be the region.
				c.strictA1 = len(cs[k+1].entries) == 1 && cs[k+1].entries[0].Kind == gazetteer.Admin1
				// A small town named after a comma by a region or country
				// where it has no namesake is one the gazetteer lacks:
				// "Gaylord, Quebec" is no Gaylord in Michigan.
				// (Not a city of 100,000, which may start a list: "London,
				// Washington and Paris".)
				// Nor one in a list: "Crockett, Palestine and Houston".
				nj := cs[k+1].j
				after := a.lowerTok(si, nj)
				list := after == "and" || after == "or" || after == "," && k+2 < len(cs) && cs[k+2].i == nj+1
				if !list && !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return !e.Kind.IsCity() || e.Population >= stationPop }) {
					for _, e := range cs[k+1].entries {
						if (e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Country) && !strings.Contains(c.strictCC, e.CC2) {
							c.strictCC += e.CC2 + " "
						}
					}
				}
				for _, e := range cs[k+1].entries {
					switch e.Kind {
					case gazetteer.Admin1:
						if c.hintA1 == "" {
							c.hintA1 = e.CC2 + "." + e.Admin1
						}
					case gazetteer.Country:
						if c.hintCC == "" {
							c.hintCC = e.CC2
						}
					}
				}
			} else if c.j+1 < len(toks) && isCity {
				// The abbreviation's tokens are attached: "W" "." "Va" ".".
				end := c.j + 2
				for end < len(toks) && end-c.j < 6 && toks[end].Start == toks[end-1].End &&
					(a.tok(si, end) == "." || toks[end].Kind == dyad.TokenWord) {
					end++
				}
				ab := strings.TrimSuffix(strings.ToLower(a.text[toks[c.j+1].Start:toks[end-1].End]), ".")
				a1 := ""
				if code, ok := stateAbbrevs[ab]; ok {
					a1 = "US." + code
				} else if code, ok := provinceAbbrevs[ab]; ok {
					a1 = "CA." + code
				}
				if a1 != "" && isCapitalized(a.tok(si, c.j+1)) {
					c.hintA1, c.strictA1 = a1, true
					cc, code, _ := strings.Cut(a1, ".")
					if e, ok := a.s.g.Admin1(cc, code); ok {
						extra = append(extra, cand{sent: si, i: c.j + 1, j: end, entries: []gazetteer.Entry{e}, key: ab, best: -1,
							span: dyad.Span{Start: toks[c.j+1].Start, End: toks[end-1].End}})
					}
				}
			}
		}
		// A country or demonym just before, joined only by place words:
		// "the northern Iraqi city of Irbil", "Iraq's Anbar desert",
		// "Ukraine's eastern Donbas".
		if k > 0 && c.hintCC == "" {
			p := &cs[k-1]
			if cc := countryOf(p.entries); cc != "" && a.placeGap(si, p.j, c.i) {
				c.hintCC = cc
			}
		}
	}
}

// stateWords after a name make it the state's: its border, governor or
// legislature ("the New York border", "New York Gov. Andrew Cuomo").
var stateWords = set(`border borders gov gov. governor governor's legislature legislators lawmakers statehouse
	assemblyman assemblywoman`)

// stateOffice reports whether token j of sentence si starts a state's
// office or border (stateWords, "attorney general").
func (a *article) stateOffice(si, j int) bool {
	w := a.lowerTok(si, j)
	return stateWords[w] || w == "attorney" && a.lowerTok(si, j+1) == "general"
}

// hasAdmin1 reports whether es holds a first-level region.
func hasAdmin1(es []gazetteer.Entry) bool {
	return slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Admin1 })
}

// majorAdmin1 reports whether es holds a first-level region of a
// million people or more.
func majorAdmin1(es []gazetteer.Entry) bool {
	return slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Admin1 && e.Population >= wellKnownPop })
}

// stateOnly reports whether es names a first-level region of a million
// people or more and no city of 100,000 ("Missouri", not "New York").
func stateOnly(es []gazetteer.Entry) bool {
	return majorAdmin1(es) &&
		!slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
			return e.Kind.IsCity() && e.Population >= stationPop || e.Kind == gazetteer.Country
		})
}

// regionBeforeName reports whether the name c is a first-level region of
// 100,000 people or more starting a name of three capitalised words or
// more that ends in an English word or an institution's: an
// organisation's or an event's ("the Ontario ParaSport Games", "Manitoba
// Underdogs Rescue", "the Texas Alcoholic Beverage Commission"), not a
// person's ("Virginia Woolf").
func (a *article) regionBeforeName(c *cand) bool {
	si := c.sent
	toks := a.sents[si].Tokens
	if !slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Admin1 && e.Population >= stationPop }) {
		return false
	}
	k := c.j
	for k < len(toks) && a.nameToken(si, k) && toks[k].Start-toks[k-1].End <= 1 {
		k++
	}
	last := a.lowerTok(si, k-1)
	return k-c.j >= 2 && (vocab()[last] || institutionWords[last])
}

// orgAcronym reports whether w is an abbreviation of two or three
// capitals, which no surname is: "the California DMV", "Paris PD".
// (Not a Roman numeral: "Henry VIII".)
func orgAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 3 && allCaps(w) && strings.Trim(w, "IVXL") != ""
}

// nameBefore returns the first of the one or two capitalised tokens
// before token i of sentence si that form a gazetteer name with part,
// the start of token i ("New" before "York-based"), and the name's
// entries, leaving its key in a.keyBuf; -1 when there is none.
func (a *article) nameBefore(si, i int, part string) (int, []gazetteer.Entry) {
	toks := a.sents[si].Tokens
	for from := i - 1; from >= 0 && from >= i-2; from-- {
		if !a.nameToken(si, from) || toks[from+1].Start-toks[from].End != 1 {
			return -1, nil
		}
		// (Not words already read as a name.)
		if n := len(a.cands); n > 0 && a.cands[n-1].sent == si && a.cands[n-1].j > from {
			return -1, nil
		}
		a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[toks[from].Start:toks[i].Start]+part)
		if es := a.s.g.Lookup(nil, a.keyBuf); len(es) > 0 {
			return from, es
		}
	}
	return -1, nil
}

// inCountryOnly reports whether some town among towns lies in a country
// among next and no town lies in a first-level region among next.
func inCountryOnly(towns, next []gazetteer.Entry) bool {
	inCountry := false
	for _, t := range towns {
		if !t.Kind.IsCity() {
			continue
		}
		for _, r := range next {
			switch {
			case r.Kind == gazetteer.Admin1 && r.CC2 == t.CC2 && r.Admin1 == t.Admin1:
				return false
			case r.Kind == gazetteer.Country && r.CC2 == t.CC2:
				inCountry = true
			}
		}
	}
	return inCountry
}

// bigCityIn reports whether towns holds a capital or a city of stationPop
// people or more that lies in one of the regions or countries next.
func bigCityIn(towns, next []gazetteer.Entry) bool {
	for _, t := range towns {
		if !t.Kind.IsCity() || t.Kind != gazetteer.Capital && t.Population < stationPop {
			continue
		}
		for _, r := range next {
			if r.CC2 == t.CC2 && (r.Kind == gazetteer.Country || r.Kind == gazetteer.Admin1 && r.Admin1 == t.Admin1) {
				return true
			}
		}
	}
	return false
}

// listGap reports whether tokens [from, to) of sentence si join two
// items of a list: ",", "and", "or", ", and".
func (a *article) listGap(si, from, to int) bool {
	switch to - from {
	case 1:
		w := a.lowerTok(si, from)
		return w == "," || w == "and" || w == "or"
	case 2:
		return a.tok(si, from) == "," && (a.lowerTok(si, from+1) == "and" || a.lowerTok(si, from+1) == "or")
	}
	return false
}

// hasCountry reports whether es holds a country.
func hasCountry(es []gazetteer.Entry) bool {
	return slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Country })
}

// countyList reads the name c as a county when it is one of a list that
// ends in "counties" ("Douglas and Wyandotte counties", "Navarro,
// Henderson and Ellis counties"): its readings become the counties of
// that name, where the gazetteer has any.
func (a *article) countyList(c *cand) {
	si := c.sent
	toks := a.sents[si].Tokens
	// A region before "counties" is whose they are: "Indiana counties".
	if slices.ContainsFunc(c.entries, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym
	}) {
		return
	}
	list := c.i > 0 && (a.tok(si, c.i-1) == "," || a.lowerTok(si, c.i-1) == "and" || a.lowerTok(si, c.i-1) == "or")
	for k := c.j; k < len(toks) && k < c.j+16; k++ {
		switch w := a.lowerTok(si, k); {
		case w == "counties" || w == "parishes":
			if !list {
				return // one name: "Boone counties" is no list
			}
			suffix := " County"
			if w == "parishes" {
				suffix = " Parish"
			}
			a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[c.span.Start:c.span.End]+suffix)
			if es := a.s.g.Lookup(nil, a.keyBuf); len(es) > 0 {
				c.entries, c.key = es, string(a.keyBuf)
			}
			return
		case w == "," || w == "and" || w == "or" || w == "&":
			list = true
		case a.nameToken(si, k):
		default:
			return
		}
	}
}

// listedCounty reads the name of one to three words at token i of
// sentence si as a county when it is one of a list that ends in
// "counties" or "parishes" ("Douglas, Sarpy and Lancaster counties",
// "Otter Tail, Swift and Wilkin counties"), whether or not the gazetteer
// knows the name alone. It returns the end of the name and the counties
// of that name, leaving the key in a.keyBuf; -1 when there are none.
func (a *article) listedCounty(si, i int) (int, []gazetteer.Entry) {
	toks := a.sents[si].Tokens
	end := i + 1
	for end < len(toks) && end < i+3 && a.nameToken(si, end) && toks[end].Start == toks[end-1].End+1 {
		end++
	}
	list := i > 0 && (a.tok(si, i-1) == "," || a.lowerTok(si, i-1) == "and" || a.lowerTok(si, i-1) == "or")
	suffix := ""
	for k := end; k < len(toks) && k < end+16 && suffix == ""; k++ {
		switch w := a.lowerTok(si, k); {
		case w == "counties":
			suffix = " County"
		case w == "parishes":
			suffix = " Parish"
		case w == "," || w == "and" || w == "or" || w == "&":
			list = true
		case a.nameToken(si, k):
		default:
			return -1, nil
		}
	}
	if suffix == "" || !list {
		return -1, nil
	}
	for j := end; j > i; j-- {
		a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[toks[i].Start:toks[j-1].End]+suffix)
		if es := a.s.g.Lookup(nil, a.keyBuf); len(es) > 0 {
			return j, es
		}
	}
	return -1, nil
}

// countyAbbrev recognises a county's name with "Co." for "County"
// ("Loudon Co.", "Platte Co."), when the gazetteer knows the county. It
// returns the index after the abbreviation and the county's readings, or
// -1.
func (a *article) countyAbbrev(si, i int) (int, []gazetteer.Entry) {
	toks := a.sents[si].Tokens
	end := i + 1
	for end < len(toks) && end < i+3 && a.nameToken(si, end) && a.lowerTok(si, end) != "co" && a.lowerTok(si, end) != "co." {
		end++
	}
	if end >= len(toks) {
		return -1, nil
	}
	after := end + 1
	switch w := a.tok(si, end); {
	case w == "Co." || w == "CO.":
	case (w == "Co" || w == "CO") && after < len(toks) && a.tok(si, after) == "." && toks[after].Start == toks[end].End:
		after++
	default:
		return -1, nil
	}
	// A county where only a place fits: "in Loudon Co.", "Platte Co.
	// sheriff", "a Loudon Co. man", "Loudon Co., Tenn."; a company
	// elsewhere ("including Crane Co., which").
	prev := ""
	if i > 0 {
		prev = a.lowerTok(si, i-1)
	}
	next := a.lowerTok(si, after)
	if !townPreps[prev] && !localWords[next] && !townOffices[next] && !residentNouns[next] && !a.stateAfterComma(si, after) {
		return -1, nil
	}
	a.keyBuf = gazetteer.Key(a.keyBuf[:0], a.text[toks[i].Start:toks[end-1].End]+" County")
	es := a.s.g.Lookup(nil, a.keyBuf)
	if len(es) == 0 {
		return -1, nil
	}
	return after, es
}

// countryOf returns the alpha-2 code of the first country or demonym
// among es, "" when none.
func countryOf(es []gazetteer.Entry) string {
	for _, e := range es {
		if e.Kind == gazetteer.Country || e.Kind == gazetteer.Demonym {
			return e.CC2
		}
	}
	return ""
}

// landformNouns name kinds of land or water after a region's name:
// "the Amazon rainforest".
var landformNouns = set(`rainforest rainforests forest jungle basin delta valley region highlands lowlands`)

// waterNouns are the lower-case words for islands and water that end
// names the gazetteer has capitalised: "the Senkaku islands", "the
// Euphrates river", "the Singapore strait".
var waterNouns = set(`islands island archipelago sea strait river reef shoal`)

// placeNouns name kinds of place: "the city of", "Anbar province".
var placeNouns = set(`city town village province region capital port district area desert border territory enclave
	oblast governorate state county island islands peninsula coast valley heartland stronghold`)

// placeGap reports whether tokens [from, to) of sentence si hold at most
// four words, each a possessive, a place noun or a place modifier.
func (a *article) placeGap(si, from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		w := a.lowerTok(si, k)
		if w == "’s" || w == "'s" || placeNouns[w] || placeModifiers[w] {
			continue
		}
		return false
	}
	return true
}

// stateAfterComma reports whether tokens j, j+1 … of sentence si are a
// comma and a US state's or Canadian province's abbreviation ("Ariz.",
// "B.C."), so that the name before is a town.
func (a *article) stateAfterComma(si, j int) bool {
	toks := a.sents[si].Tokens
	if j+2 >= len(toks) || a.tok(si, j) != "," || !isCapitalized(a.tok(si, j+1)) {
		return false
	}
	end := j + 2
	for end < len(toks) && end-j < 6 && toks[end].Start == toks[end-1].End && (a.tok(si, end) == "." || toks[end].Kind == dyad.TokenWord) {
		end++
	}
	raw := a.text[toks[j+1].Start:toks[end-1].End]
	if !strings.HasSuffix(raw, ".") {
		return false
	}
	ab := strings.ToLower(strings.TrimSuffix(raw, "."))
	return stateAbbrevs[ab] != "" && ab != "me" && ab != "miss" || provinceAbbrevs[ab] != ""
}

// placeSlot reports whether the one-word name c stands where only a place
// fits: after "in", "near" or "outside" (not as a possessive: "in
// Clinton's view"), after "the city of" or "the town of", or before a
// local institution or office ("Clinton police", "Monroe Mayor", "Clinton
// City Council", "Clinton's mayor").
func (a *article) placeSlot(si int, c *cand) bool {
	next := a.lowerTok(si, c.j)
	if localWords[next] || c.j < len(a.sents[si].Tokens) && a.nameToken(si, c.j) && a.institutionAhead(si, c.j) {
		return true
	}
	if next == "’s" || next == "'s" {
		return a.possessiveLocal(si, c)
	}
	// A resident's noun: "a 60-year-old Alton man", "a Clinton couple".
	if residentNouns[next] && c.j < len(a.sents[si].Tokens) && !isCapitalized(a.tok(si, c.j)) {
		return true
	}
	switch a.lowerTok(si, c.i-1) {
	case "in", "near", "outside":
		return true
	case "of":
		return townNouns[a.lowerTok(si, c.i-2)]
	case "and", "or", ",":
		// The second of a pair of places: "Dadaab and Kakuma camps".
		for k := len(a.cands) - 1; k >= 0 && a.cands[k].sent == si; k-- {
			if a.cands[k].j == c.i-1 && !a.cands[k].demonym {
				return true
			}
		}
	}
	return false
}

// residentNouns after a town's name make it the home of the people
// named: "a 60-year-old Alton man", "the Clinton couple".
var residentNouns = set(`man woman men women boy girl teen teenager teenagers youth couple native natives`)

// possessiveLocal reports whether the name c is a possessive before a
// local institution or office, with at most one word between:
// "Clinton's mayor", "Ankara's riot police".
func (a *article) possessiveLocal(si int, c *cand) bool {
	if n := a.lowerTok(si, c.j); n != "’s" && n != "'s" {
		return false
	}
	return localWords[a.lowerTok(si, c.j+1)] || localWords[a.lowerTok(si, c.j+2)] && a.sents[si].Tokens[c.j+1].Kind == dyad.TokenWord
}

// knownPerson reports whether the actors stage coded a person mention
// that is name, or ends in it as a surname, somewhere in the article.
func (a *article) knownPerson(name string) bool {
	return slices.ContainsFunc(a.mentions, func(m dyad.Mention) bool {
		return m.Kind == dyad.MentionPerson && m.Actor != nil && m.Actor.Code != "" &&
			(m.Text == name || strings.HasSuffix(m.Text, " "+name))
	})
}

// localOffice reports whether the capitalised words from token j of
// sentence si are one or two local institution's words and a title:
// "Police Chief", "Fire Chief", "County Sheriff", "School Superintendent".
func (a *article) localOffice(si, j int) bool {
	toks := a.sents[si].Tokens
	if j < len(toks) && a.nameToken(si, j) && townOffices[a.lowerTok(si, j)] {
		return true // "Mount Royal Mayor Philippe Roy"
	}
	k := j
	for k < len(toks) && k < j+2 && a.nameToken(si, k) && (institutionWords[a.lowerTok(si, k)] || localWords[a.lowerTok(si, k)] || a.lowerTok(si, k) == "fire") {
		k++
	}
	return k > j && k < len(toks) && a.nameToken(si, k) && (titleWords[a.lowerTok(si, k)] || officeWords[a.lowerTok(si, k)])
}

// townOffices are titles only a town's (or county's) officer bears.
var townOffices = set(`mayor sheriff councillor councilman councilwoman alderman selectman selectwoman reeve`)

// officeWords are titles of local offices that titleWords lacks.
var officeWords = set(`superintendent marshal clerk administrator manager director treasurer`)

// townNouns before "of" name a town: "the city of Mansfield".
var townNouns = set(`city town village township borough hamlet cities towns villages townships boroughs hamlets`)

// areaWords may start the name of a part of a place: "Metro Nashville",
// "Downtown Greer", "Far North Queensland".
var areaWords = set(`metro downtown uptown midtown greater far old lower upper inner outer suburban`)

// localWords after a town's name make it the town: "Clinton police",
// "Monroe Mayor", "a Phnom Penh court".
var localWords = set(`police mayor council sheriff residents resident city county township officials firefighters
	schools school township's court courts prosecutor prosecutors`)

// wordsBefore reports whether the tokens of sentence si from the one
// starting at byte start up to token i are all area words or place
// modifiers ("Metro", "Downtown", "Far North").
func (a *article) wordsBefore(si, start, i int) bool {
	toks := a.sents[si].Tokens
	k := i - 1
	for ; k >= 0 && toks[k].Start >= start; k-- {
		w := a.lowerTok(si, k)
		if !areaWords[w] && !placeModifiers[w] && !regionAdjectives[w] {
			return false
		}
	}
	return k < i-1
}

// institutionAhead reports whether one of the (up to three) capitalised
// words from token j names an institution: "Texas Southern University".
func (a *article) institutionAhead(si, j int) bool {
	toks := a.sents[si].Tokens
	for k := j; k < len(toks) && k < j+3 && a.nameToken(si, k); k++ {
		if institutionWords[a.lowerTok(si, k)] {
			return true
		}
	}
	return false
}

// initial reports whether tokens ti, ti+1 of sentence si are a
// capital letter and a period: a middle initial ("D.").
func (a *article) initial(si, ti int) bool {
	toks := a.sents[si].Tokens
	if ti+1 >= len(toks) || toks[ti+1].Start != toks[ti].End || a.tok(si, ti+1) != "." {
		return false
	}
	w := a.tok(si, ti)
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// shoutingAround reports whether a word next to token ti is shouted.
func (a *article) shoutingAround(si, ti int) bool {
	toks := a.sents[si].Tokens
	for _, k := range []int{ti - 1, ti + 1} {
		if k >= 0 && k < len(toks) && toks[k].Kind == dyad.TokenWord && isShouting(a.tok(si, k)) {
			return true
		}
	}
	return false
}

// saidVerbs report speech; a one-word name next to one is its speaker.
var saidVerbs = set(`said says told added wrote asked explained noted stated argued insisted recalled tweeted`)

// speaker reports whether the one-word name c is the subject or
// inverted subject of a speech verb and reads as a town, not as a
// capital, region or country.
func (a *article) speaker(si int, c *cand) bool {
	for _, e := range c.entries {
		switch e.Kind {
		case gazetteer.Country, gazetteer.Admin1, gazetteer.Region, gazetteer.Capital:
			return false
		}
		if e.Population >= 1e6 {
			return false
		}
	}
	if saidVerbs[a.lowerTok(si, c.j)] {
		return true
	}
	p := c.i - 1
	return p >= 0 && saidVerbs[a.lowerTok(si, p)]
}

// tokensValid reports whether toks are non-empty, ordered, non-overlapping
// spans within a text of n bytes; sentences whose tokens are not are
// skipped rather than trusted.
func tokensValid(toks []dyad.Token, n int) bool {
	end := 0
	for _, t := range toks {
		if t.Start < end || t.End <= t.Start || t.End > n {
			return false
		}
		end = t.End
	}
	return true
}

// nameParticles stand between a person's given name and family name
// ("Hamza bin Laden", "Ludwig van Beethoven").
var nameParticles = set(`bin ibn bint binti van von ben abu`)

// kinNouns name relatives; a one-word name right after one is a
// person's.
var kinNouns = set(`wife husband son sons daughter daughters brother brothers sister sisters mother father
	grandson granddaughter grandsons granddaughters grandchildren children nephew niece cousin uncle aunt
	fiance fiancee partner stepson stepdaughter widow widower friend`)

// afterKin reports whether token i of sentence si follows a kinship
// noun, directly or after a comma ("his wife, Dora"), or ends a list
// that starts after one ("daughters, Malia and Sasha").
func (a *article) afterKin(si, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		w := a.lowerTok(si, k)
		switch {
		case kinNouns[w]:
			return true
		case w == "," || w == "and":
		case a.nameToken(si, k) && n > 0:
		default:
			return false
		}
	}
	return false
}

// countyName reports whether the key names a county, parish, borough or
// township by its suffix ("walker county").
func countyName(key string) bool {
	for _, suf := range []string{" county", " parish", " borough", " township"} {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// stationPop is the population from which a city after an acronym is a
// broadcaster's local station ("CTV Winnipeg", "CBC Toronto"), not an
// organisation's branch ("IS Sahel").
const stationPop = 100000

// countryLike reports whether es holds a country or a hand-written
// region, which stay actors inside organisations' names.
func countryLike(es []gazetteer.Entry) bool {
	return slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Country || e.Kind == gazetteer.Region || e.Kind == gazetteer.Demonym
	})
}

// majorPlace reports whether es holds a country, capital or hand-written
// region.
func majorPlace(es []gazetteer.Entry) bool {
	return slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.Country || e.Kind == gazetteer.Capital || e.Kind == gazetteer.Region
	})
}

// lowerTail reports whether w is a hyphenated compound whose last part
// is a lower-case English word ("Philippine-claimed", "Russian-held",
// "US-backed"): a modifier before a name, not a name of its own. Not
// "Dasht-e-Barchi" or "Stratford-upon-Avon", whose last parts are
// capitalised.
func lowerTail(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	tail := w[k+1:]
	for _, r := range tail {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return vocab()[tail]
}

// slashName reads two names of one place joined by a slash, the first
// unknown, as the place the second names with the words after it:
// "the Senkaku/Diaoyu islands" is the Diaoyu Islands, "Whitsun/Julian
// Felipe Reef" Julian Felipe Reef. It adds the candidate, spanning both
// names, and returns the index after it, or i when the rule does not
// apply (not "Senkaku/Diaoyu" when neither is known).
func (a *article) slashName(si, i int) int {
	toks := a.sents[si].Tokens
	if i+2 >= len(toks) || a.tok(si, i+1) != "/" || toks[i+1].Start != toks[i].End || toks[i+2].Start != toks[i+1].End || !a.nameToken(si, i+2) {
		return i
	}
	j, entries := a.longest(si, i+2)
	if j < 0 {
		return i
	}
	c := cand{sent: si, i: i + 2, j: j, span: dyad.Span{Start: toks[i+2].Start, End: toks[j-1].End}, entries: entries, best: -1}
	c.key = string(a.keyBuf)
	if a.keep(&c) != keepYes {
		return i
	}
	c.i, c.span.Start = i, toks[i].Start
	a.cands = append(a.cands, c)
	return j
}
