package actor

import (
	"net/url"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// The document's country: bare titles and institutions ("the Home
// Secretary", "the government", "police", "Prime Minister Tony Blair")
// name no country, so they take the article's. It is voted: the dateline's
// country, the outlet's, and every country the article names so far
// (countries, demonyms, seats of government, people in the dictionaries).

const (
	datelineVotes = 3
	outletVotes   = 2
)

// outletCountries maps news outlets' domains (the registrable part) to
// their home country. Wire services and outlets with no home audience
// (Reuters, AP, AFP, Al Jazeera) and international broadcasters that by
// charter serve audiences abroad (Voice of America) are left out on
// purpose: their stories are about everywhere.
var outletCountries = map[string]string{
	"bbc.co.uk": "GBR", "bbc.com": "GBR", "theguardian.com": "GBR", "guardian.co.uk": "GBR",
	"independent.co.uk": "GBR", "telegraph.co.uk": "GBR", "dailymail.co.uk": "GBR",
	"thetimes.co.uk": "GBR", "news.sky.com": "GBR", "sky.com": "GBR", "ft.com": "GBR",
	"mirror.co.uk": "GBR", "express.co.uk": "GBR", "itv.com": "GBR", "channel4.com": "GBR",
	"nytimes.com": "USA", "washingtonpost.com": "USA", "cnn.com": "USA",
	"foxnews.com": "USA", "npr.org": "USA", "nbcnews.com": "USA", "cbsnews.com": "USA",
	"abcnews.go.com": "USA", "usatoday.com": "USA", "wsj.com": "USA", "politico.com": "USA",
	"thehill.com": "USA", "latimes.com": "USA", "nypost.com": "USA", "axios.com": "USA",
	"bloomberg.com": "USA", "cnbc.com": "USA", "msnbc.com": "USA", "pbs.org": "USA",
	"abc.net.au": "AUS", "smh.com.au": "AUS", "theage.com.au": "AUS", "news.com.au": "AUS",
	"theaustralian.com.au": "AUS", "sbs.com.au": "AUS",
	"cbc.ca": "CAN", "theglobeandmail.com": "CAN", "thestar.com": "CAN", "globalnews.ca": "CAN",
	"nzherald.co.nz": "NZL", "rnz.co.nz": "NZL", "stuff.co.nz": "NZL",
	"irishtimes.com": "IRL", "rte.ie": "IRL", "independent.ie": "IRL",
	"timesofindia.indiatimes.com": "IND", "indiatimes.com": "IND", "hindustantimes.com": "IND",
	"thehindu.com": "IND", "ndtv.com": "IND", "indianexpress.com": "IND",
	"dawn.com": "PAK", "geo.tv": "PAK", "tribune.com.pk": "PAK",
	"kyivindependent.com": "UKR", "kyivpost.com": "UKR", "ukrinform.net": "UKR", "pravda.com.ua": "UKR",
	"tass.com": "RUS", "rt.com": "RUS", "themoscowtimes.com": "RUS", "interfax.com": "RUS",
	"timesofisrael.com": "ISR", "haaretz.com": "ISR", "jpost.com": "ISR", "ynetnews.com": "ISR",
	"globaltimes.cn": "CHN", "xinhuanet.com": "CHN", "chinadaily.com.cn": "CHN", "scmp.com": "CHN",
	"japantimes.co.jp": "JPN", "nhk.or.jp": "JPN", "koreaherald.com": "KOR", "yna.co.kr": "KOR",
	"koreatimes.co.kr": "KOR", "dw.com": "DEU", "spiegel.de": "DEU", "france24.com": "FRA",
	"lemonde.fr": "FRA", "rfi.fr": "FRA", "news24.com": "ZAF", "nation.africa": "KEN",
	"standardmedia.co.ke": "KEN", "punchng.com": "NGA", "premiumtimesng.com": "NGA",
	"arabnews.com": "SAU", "tehrantimes.com": "IRN", "presstv.ir": "IRN", "dailysabah.com": "TUR",
	"hurriyetdailynews.com": "TUR", "ahram.org.eg": "EGY", "straitstimes.com": "SGP",
	"thejakartapost.com": "IDN", "inquirer.net": "PHL", "bangkokpost.com": "THA",
}

// tldCountries maps country-code top-level domains to countries.
var tldCountries = map[string]string{
	"uk": "GBR", "au": "AUS", "ca": "CAN", "nz": "NZL", "ie": "IRL", "in": "IND", "pk": "PAK",
	"ua": "UKR", "ru": "RUS", "il": "ISR", "cn": "CHN", "jp": "JPN", "kr": "KOR", "de": "DEU",
	"fr": "FRA", "it": "ITA", "es": "ESP", "za": "ZAF", "ke": "KEN", "ng": "NGA", "br": "BRA",
	"mx": "MEX", "ar": "ARG", "tr": "TUR", "eg": "EGY", "sa": "SAU", "ir": "IRN", "ph": "PHL",
	"sg": "SGP", "my": "MYS", "id": "IDN", "th": "THA", "pl": "POL", "nl": "NLD", "se": "SWE",
	"no": "NOR", "fi": "FIN", "dk": "DNK", "gr": "GRC", "pt": "PRT", "at": "AUT", "ch": "CHE",
	"be": "BEL", "cz": "CZE", "hu": "HUN", "ro": "ROU", "bg": "BGR", "rs": "SRB", "hr": "HRV",
	"ge": "GEO", "am": "ARM", "az": "AZE", "kz": "KAZ", "by": "BLR", "md": "MDA", "lt": "LTU",
	"lv": "LVA", "ee": "EST", "bd": "BGD", "lk": "LKA", "np": "NPL", "gh": "GHA", "ug": "UGA",
	"tz": "TZA", "et": "ETH", "zw": "ZWE", "ve": "VEN", "co": "COL", "pe": "PER", "cl": "CHL",
}

// outletCountry returns the home country of the outlet named by a domain
// or URL ("bbc.co.uk", "https://www.voanews.com/a/…"), "" when unknown.
func outletCountry(outlet, rawURL string) string {
	for _, s := range [2]string{outlet, rawURL} {
		host := strings.ToLower(strings.TrimSpace(s))
		if host == "" {
			continue
		}
		if strings.Contains(host, "://") {
			u, err := url.Parse(host)
			if err != nil {
				continue
			}
			host = u.Hostname()
		}
		if i := strings.IndexAny(host, "/ "); i >= 0 {
			host = host[:i]
		}
		host = strings.TrimPrefix(host, "www.")
		// The domain and each parent: "news.bbc.co.uk" → "bbc.co.uk".
		for h := host; h != ""; {
			if c, ok := outletCountries[h]; ok {
				return c
			}
			i := strings.IndexByte(h, '.')
			if i < 0 {
				break
			}
			h = h[i+1:]
		}
		if i := strings.LastIndexByte(host, '.'); i >= 0 {
			if c, ok := tldCountries[host[i+1:]]; ok {
				return c
			}
		}
	}
	return ""
}

// datelineCountry returns the country of the first country, demonym or
// seat of government in a dateline ("KYIV, Aug 17 (Reuters) -",
// "WASHINGTON —", "Nairobi, Kenya"), "" when none.
func (d *dict) datelineCountry(dateline string) string {
	if dateline == "" {
		return ""
	}
	toks := segment.Tokenize(dateline)
	ids := make([]int32, len(toks))
	for i, t := range toks {
		ids[i] = d.table.id(fold(dateline[t.Start:t.End])) // -1 when absent
	}
	for i := range ids {
		node, best := int32(0), ""
		for j := i; j < len(ids) && ids[j] >= 0; j++ {
			if node = d.child(node, ids[j]); node < 0 {
				break
			}
			if d.stateAndCountry(node) {
				// ("ATLANTA, Georgia": the state or the country; the
				// dateline alone does not say which.)
				continue
			}
			if c := d.nodeCountry(node, 0, ""); c != "" {
				best = c
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// nodeCountry returns the country that trie node node names as a country,
// a demonym or a capital on day (the last such entry's, other than skip),
// or "".
func (d *dict) nodeCountry(node int32, day int32, skip string) string {
	out := ""
	for _, p := range d.payloads[node] {
		if p.kind != pEntity {
			continue
		}
		e := &d.entities[p.idx]
		switch e.mkind {
		case dyad.MentionCountry, dyad.MentionDemonym, dyad.MentionCapital:
			if c := e.resolve(day).Country; c != "" && c != skip {
				out = c
			}
		}
	}
	return out
}

// stateAndCountry reports whether trie node node names both a country
// and a state of a federation ("Georgia").
func (d *dict) stateAndCountry(node int32) bool {
	var st, co bool
	for _, p := range d.payloads[node] {
		if p.kind != pEntity {
			continue
		}
		e := &d.entities[p.idx]
		st = st || e.substate
		co = co || e.mkind == dyad.MentionCountry
	}
	return st && co
}

// vote adds n votes for country c.
func (st *state) vote(c string, n int) {
	if c == "" {
		return
	}
	for i := range st.votes {
		if st.votes[i].country == c {
			st.votes[i].n += n
			return
		}
	}
	st.votes = append(st.votes, countryVote{country: c, n: n})
}

// countryVote is a country's weight as the document's country.
type countryVote struct {
	country string
	n       int
}

// docCountry returns the country with the most votes so far, "" when
// there is none or a tie at the top.
func (st *state) docCountry() string {
	best, n, tie := "", 0, false
	for _, v := range st.votes {
		switch {
		case v.n > n:
			best, n, tie = v.country, v.n, false
		case v.n == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// countVote records the country of a new draft as a vote for the
// document's country: every first mention whose country the text or the
// dictionaries give counts; defaulted mentions and repeats do not.
func (st *state) countVote(d *draft) {
	if d.defaulted || d.actor.Country == "" || d.actor.Anonymous || d.actor.Sector == "MED" && !d.person || d.actor.Sector == "BUS" {
		// (Outlets are where words were said, not what the article is
		// about: "told VOA", "VOA's Urdu Service". A journalist the text
		// gives a country is a person it is about: "Zamora, a Guatemalan
		// journalist".)
		return
	}
	if d.kind == dyad.MentionPronoun || d.ante >= 0 {
		return
	}
	st.vote(d.actor.Country, 1)
}

// fillDefaults gives the drafts still waiting for the document's country
// the final vote's winner; those that get none are dropped.
func (st *state) fillDefaults() {
	c := st.docCountry()
	for i := range st.drafts {
		d := &st.drafts[i]
		if !d.needCountry {
			continue
		}
		if d.actor.Country != "" {
			continue
		}
		if c == "" {
			if d.dropNoCountry {
				d.span = dyad.Span{Start: -1, End: -1}
			}
			continue
		}
		st.applyCountry(&d.actor, c)
		d.defaulted = true
	}
	// Later short forms copied their antecedent before it had a country.
	for i := range st.drafts {
		d := &st.drafts[i]
		if d.ante < 0 || d.actor.Country != "" || int(d.ante) >= len(st.drafts) {
			continue
		}
		if p := &st.drafts[d.ante]; p.defaulted && (p.actor.Name == d.actor.Name || d.alias) {
			d.actor.Country, d.actor.Code = p.actor.Country, p.actor.Code
			d.defaulted = true
		}
	}
}

// applyCountry sets a's country to c and its code to c and its sector.
func (st *state) applyCountry(a *dyad.Actor, c string) {
	a.Country = c
	a.Code = st.code(c, a.Sector)
}

// code returns country+sector, from a cache kept with the pooled state so
// that the common codes are not built again for every mention. Codes of up
// to seven bytes (the usual country+sector codes) are keyed by their
// packed bytes, so a hit costs one map probe and no string comparison.
func (st *state) code(country, sector string) string {
	if sector == "" {
		return country
	}
	if len(country)+len(sector) > 7 {
		return country + sector
	}
	var k uint64
	for i := 0; i < len(country); i++ {
		k = k<<8 | uint64(country[i])
	}
	for i := 0; i < len(sector); i++ {
		k = k<<8 | uint64(sector[i])
	}
	// The split point keeps "AB"+"CDE" apart from "ABC"+"DE".
	k = k<<4 | uint64(len(country))
	if c, ok := st.codes[k]; ok {
		return c
	}
	code := country + sector
	if st.codes == nil {
		st.codes = make(map[uint64]string, 64)
	}
	if len(st.codes) < 1024 {
		st.codes[k] = code
	}
	return code
}

// sentCountry returns the country of the latest mention of the current
// sentence that names one itself (not defaulted, not anonymous, not an
// outlet), "" when none.
func (st *state) sentCountry() string {
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if d.sent != st.sent {
			break
		}
		if d.defaulted || d.actor.Anonymous || d.actor.Country == "" || d.actor.Sector == "MED" {
			// (An outlet told something sets no scene: "told VOA he
			// was waiting for the High Court".)
			continue
		}
		if backerAt(st.text, d.span.End) {
			// "Police arrested members of an Iran-backed militia": the
			// backer sets no scene either.
			continue
		}
		return d.actor.Country
	}
	return ""
}

// statedNationality gives a person still waiting for the document's
// country the nationality a relative clause states later: "Mehdiyev,
// who is Azerbaijani, said …" codes every mention of Mehdiyev AZE.
func (st *state) statedNationality() {
	for i := 1; i < len(st.drafts); i++ {
		d := &st.drafts[i]
		if d.kind != dyad.MentionDemonym || d.actor.Country == "" {
			continue
		}
		p := &st.drafts[i-1]
		if !p.person || p.sent != d.sent || p.kind != dyad.MentionPerson || p.span.End > d.span.Start {
			continue
		}
		gap := strings.Join(strings.Fields(st.text[p.span.End:d.span.Start]), " ")
		if gap != ", who is" && gap != ", who is an" && gap != ", who is a" {
			continue
		}
		// (Only a demonym ending the clause: "who is Azerbaijani,", not
		// "who is Iranian-born" or "who is a Russian diplomat".)
		if rest := strings.TrimLeft(st.text[d.span.End:], " "); rest != "" && rest[0] != ',' && rest[0] != '.' {
			continue
		}
		name := p.actor.Name
		for k := range st.drafts {
			q := &st.drafts[k]
			if !q.person || q.actor.Country != "" {
				continue
			}
			if q.actor.Name == name || q.ante >= 0 && int(q.ante) < len(st.drafts) && st.drafts[q.ante].actor.Name == name {
				st.applyCountry(&q.actor, d.actor.Country)
				q.needCountry = false
			}
		}
	}
}

// placeNote is a country a sentence names, as a country or a place in
// the dictionaries, whether or not it became a mention ("in
// Texas" is a place): what a local body's paragraph is about.
type placeNote struct {
	sent, para int32
	country    string
}

// namesCountry reports whether chunk c is a dictionary country or
// capital.
func (r *Resolver) namesCountry(c *chunk) bool {
	if c.kind != cEnt {
		return false
	}
	e := &r.d.entities[c.idx]
	return !e.person && (e.mkind == dyad.MentionCountry || e.mkind == dyad.MentionCapital)
}

// notePlaces records the countries the current sentence names.
func (r *Resolver) notePlaces(st *state) {
	for k := range st.chunks {
		c := &st.chunks[k]
		if !r.namesCountry(c) {
			continue
		}
		if cc := r.entityActor(st, c.idx).Country; cc != "" {
			st.notes = append(st.notes, placeNote{sent: st.sent, para: st.para, country: cc})
		}
	}
}

// localBody reports whether a role of sector sector (with role flags
// flags) names a body that acts where it is rather than for the state as
// a whole: courts, judges and prosecutors, the police, and a legislature
// as an institution ("the state legislature"; not lawmakers, who are the
// nation's).
func localBody(sector string, flags roleFlags) bool {
	switch sector {
	case "JUD", "COP":
		return true
	case "LEG":
		return flags&roleInst != 0
	}
	return false
}

// localCountry returns the country the text around a local body (a
// court, the police, a legislature; span sp in the current sentence)
// points at, "" when it points nowhere. The window is the body's own
// sentence and, within its paragraph, the three sentences before it:
// the countries and places in the dictionaries it names (mentions or
// not: "in Texas") and the countries of its mentions other than people
// and demonyms. When
// the window names the document's country, or nothing, the body is left
// to the document's country (""); otherwise it is the country named
// nearest before it (or, failing that, nearest after it in its sentence):
// a state court in a paragraph about Texas is Texan even in a story that
// names Iran throughout.
func (r *Resolver) localCountry(st *state, sp dyad.Span) string {
	doc := st.docCountry()
	before, after, dist := "", "", -1
	for k := range st.chunks {
		c := &st.chunks[k]
		if !r.namesCountry(c) {
			continue
		}
		s, t := st.toks[c.i].start, st.toks[c.j-1].end
		if s >= sp.Start && t <= sp.End || backerAt(st.text, t) {
			// (Nor a backer: "police arrested members of an Iran-backed
			// militia".)
			continue
		}
		cc := r.entityActor(st, c.idx).Country
		switch {
		case cc == "":
			continue
		case cc == doc:
			return ""
		case t <= sp.Start:
			before = cc
		case after == "" || s-sp.End < dist:
			after, dist = cc, s-sp.End
		}
	}
	for i := len(st.drafts) - 1; i >= 0; i-- {
		d := &st.drafts[i]
		if d.sent != st.sent && (d.para != st.para || d.sent < st.sent-3) {
			break
		}
		if d.defaulted || d.actor.Anonymous || d.actor.Country == "" || d.person || d.kind == dyad.MentionDemonym || d.actor.Sector == "MED" || d.actor.Sector == "BUS" {
			// (A person's or a demonym's country is a nationality,
			// not where things happen: "Mehdiyev, who is
			// Azerbaijani, told the court".)
			continue
		}
		if d.actor.Country == doc {
			return ""
		}
		if d.sent == st.sent {
			continue // the chunks above saw it
		}
		if before == "" && after == "" {
			before = d.actor.Country
		}
	}
	for i := len(st.notes) - 1; i >= 0; i-- {
		n := &st.notes[i]
		if n.para != st.para || n.sent < st.sent-3 {
			break
		}
		if n.country == doc {
			return ""
		}
		if before == "" && after == "" {
			before = n.country
		}
	}
	if before != "" {
		return before
	}
	return after
}
