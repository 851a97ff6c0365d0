package actor

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// dated is one code an entity carries, valid between From and To
// (inclusive, as yyyymmdd; 0 means open). An entry with both ends open is
// the entity's default.
type dated struct {
	Code    string
	Country string
	Sector  string
	Role    string
	From    int32
	To      int32
	// eliCode and eliRole are the code and role of a former holder
	// (country + ELI, "Former …"), built once by finish.
	eliCode, eliRole string
}

// undated reports whether d has no date restriction.
func (d *dated) undated() bool { return d.From == 0 && d.To == 0 }

// covers reports whether the date day (yyyymmdd) lies in d's interval.
func (d *dated) covers(day int32) bool {
	return (d.From == 0 || day >= d.From) && (d.To == 0 || day <= d.To)
}

// entity is a dictionary entry that names an actor: a country, a seat of
// government, an organisation, a region, a person.
type entity struct {
	name   string // canonical name
	id     string
	mkind  string // dyad.Mention* kind
	akind  string // dyad.Actor* kind
	codes  []dated
	person bool
	// substate marks a state of a federation ("Ohio"): an actor on its
	// own, never a modifier ("Ohio Department of Development" is the
	// state's, not the federal government).
	substate bool
	source   string // "dict" or "petrarch"
}

// resolve returns the code entity e carries on day (yyyymmdd, 0 when
// unknown). Dated codes win over undated defaults, the first matching one
// in file order; a person past every tenure is a former official
// (country + ELI, the Phoenix "elite" sector); before every tenure, the
// country alone. With no day, a person takes an undated default, else the
// one code all tenures share, else only the country (no office the text
// does not date); other entities take their latest open tenure.
func (e *entity) resolve(day int32) dated {
	if len(e.codes) == 0 {
		return dated{}
	}
	var dflt *dated
	if day != 0 {
		// Of overlapping tenures, the government post is the one that
		// acts for the state ("army chief" and head of state at once);
		// otherwise the first listed.
		var first *dated
		for i := range e.codes {
			c := &e.codes[i]
			if c.undated() {
				if dflt == nil {
					dflt = c
				}
				continue
			}
			if c.covers(day) {
				if c.Sector == "GOV" {
					return *c
				}
				if first == nil {
					first = c
				}
			}
		}
		if first != nil {
			return *first
		}
	} else if e.person {
		// Unknown date: the default; else the one office every tenure
		// shares; else, as offices differ and nothing dates the text,
		// no office: the country of the latest tenure that has one. (A
		// title in the text picks its tenure: tenureIn.)
		var best, national *dated
		same := true
		for i := range e.codes {
			c := &e.codes[i]
			if c.undated() {
				return *c
			}
			if best != nil && c.Code != best.Code {
				same = false
			}
			if best == nil || c.From > best.From {
				best = c
			}
			if c.Country != "" && (national == nil || c.From > national.From) {
				national = c
			}
		}
		switch {
		case best == nil:
			return dated{}
		case same:
			d := *best
			for i := range e.codes {
				if e.codes[i].Role != d.Role {
					d.Role = ""
				}
			}
			d.From, d.To = 0, 0
			return d
		case national != nil:
			return dated{Code: national.Country, Country: national.Country}
		}
		return dated{}
	} else {
		// Unknown date: the latest tenure, else the default.
		var best *dated
		for i := range e.codes {
			c := &e.codes[i]
			if c.undated() {
				if dflt == nil {
					dflt = c
				}
				continue
			}
			if best == nil || c.From > best.From {
				best = c
			}
		}
		if best != nil && best.To == 0 {
			return *best
		}
		if dflt != nil {
			return *dflt
		}
		if best != nil {
			return *best
		}
	}
	if dflt != nil {
		return *dflt
	}
	if !e.person {
		// A non-person restricted to dates that miss: no code.
		return dated{}
	}
	// Past the end of the latest national tenure that ended before day?
	// (An IGO post after it does not make a former prime minister less
	// British.)
	var last *dated
	for i := range e.codes {
		c := &e.codes[i]
		if c.To != 0 && c.To < day && c.Country != "" && (last == nil || c.To > last.To) {
			last = c
		}
	}
	if last != nil && last.Country != "" {
		code, role := last.eliCode, last.eliRole
		if code == "" {
			code, role = formerOf(last)
		}
		return dated{Code: code, Country: last.Country, Sector: "ELI", Role: role}
	}
	if c, ok := e.pastGroupCode(day); ok {
		return c
	}
	// Before any tenure: the country of the first.
	for i := range e.codes {
		if c := e.codes[i].Country; c != "" {
			return dated{Code: c, Country: c}
		}
	}
	return dated{}
}

// pastGroupCode returns, for a person whose tenures all ended before day
// and none of them in a state, the latest one's code when it is a
// transnational armed group's (IMG…): "Osama bin Laden" in 2019 is still
// al-Qaeda's, not a state's former official nor no one. An IGO post left
// behind is no longer held, so it gives nothing.
func (e *entity) pastGroupCode(day int32) (dated, bool) {
	var last *dated
	for i := range e.codes {
		c := &e.codes[i]
		if c.Country != "" || c.undated() || c.To == 0 || c.To >= day {
			return dated{}, false
		}
		if last == nil || c.To > last.To {
			last = c
		}
	}
	if last == nil || !strings.HasPrefix(last.Code, "IMG") {
		return dated{}, false
	}
	d := *last
	d.From, d.To = 0, 0
	return d, true
}

// tenureIn returns e's tenure in sector that covers day, if any; with no
// day (0), the latest tenure in sector (a title in an undated text).
func (e *entity) tenureIn(day int32, sector string) (dated, bool) {
	if day == 0 {
		// Undated: the title is the text's evidence; its latest tenure.
		var best *dated
		for i := range e.codes {
			c := &e.codes[i]
			if !c.undated() && c.Sector == sector && (best == nil || c.From > best.From) {
				best = c
			}
		}
		if best == nil {
			return dated{}, false
		}
		return *best, true
	}
	for i := range e.codes {
		c := &e.codes[i]
		if !c.undated() && c.Sector == sector && c.covers(day) {
			return *c, true
		}
	}
	return dated{}, false
}

// recentTenure returns e's tenure in sector that ended at most a month
// before day: an office-holder who has just died or left is still called
// by the title in the news of the following weeks.
func (e *entity) recentTenure(day int32, sector string) (dated, bool) {
	if day == 0 {
		return dated{}, false
	}
	for i := range e.codes {
		c := &e.codes[i]
		if c.To != 0 && c.To < day && c.Sector == sector && daysBetween(c.To, day) <= 31 {
			return *c, true
		}
	}
	return dated{}, false
}

// daysBetween returns the number of days from a to b (yyyymmdd).
func daysBetween(a, b int32) int {
	ta := time.Date(int(a/10000), time.Month(a/100%100), int(a%100), 0, 0, 0, 0, time.UTC)
	tb := time.Date(int(b/10000), time.Month(b/100%100), int(b%100), 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}

// formerOf returns the code and role of a former holder of c.
func formerOf(c *dated) (code, role string) {
	if c.Role != "" {
		role = "Former " + strings.ToLower(c.Role)
	}
	return c.Country + "ELI", role
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// roleFlags describe a role word.
type roleFlags uint16

const (
	roleHead     roleFlags = 1 << iota // head of state or government: president, prime minister, leader
	roleInst                           // an institution: government, army, ministry, police
	roleAnon                           // may denote an unnamed source: official, source, diplomat
	roleGroup                          // a collective or plural form: troops, officials, protesters
	rolePrefix                         // PETRARCH [XXX~]: the code goes before the actor's
	roleTitle                          // a title that stands before a name: President, Gen.
	roleOther                          // others in relation to the modifier: allies, rivals
	roleLocal                          // no sector; a name after it is of the article's country: husband, Democrat
	roleModified                       // names an actor only after a country, demonym or organisation: "China's mission"
)

// role is a role word or phrase ("president", "secretary of state",
// "troops") with the sector code it adds ("GOV", "MIL").
type role struct {
	sector string
	title  string
	flags  roleFlags
}

// Word classes: flags on vocabulary words that the phrase grammar and the
// named-entity layer use.
const (
	wDet         uint32 = 1 << iota // the, a, an
	wPoss                           // his, her, its, their, our
	wFormer                         // former, ex
	wMod                            // senior, top, unnamed, …
	wPossS                          // 's
	wOf                             // of
	wPronoun                        // he, she
	wReport                         // said, told, …
	wSourcePrep                     // briefed, familiar, close, knowledge
	wTitle                          // mr, mrs, dr, sen, …
	wOrgSuffix                      // party, ministry, council, …
	wParticle                       // von, der, de, al, bin, …
	wFirstName                      // a known first name
	wStop                           // a capitalised function word: The, But, In, …
	wAnd                            // and, &
	wIndef                          // a, an, one, some (an indefinite determiner)
	wPlaceSuffix                    // river, mountains, province, …: not actors
	wLocative                       // in, at, to, from: before a capital, a place
	wOrgWord                        // democratic, party, institute: in organisations' names
	wNonPerson                      // war, treaty, festival: names of things, not actors
	wCommon                         // a common lower-case word: not part of a person's name
	wFemale                         // a woman's first name or title: Maria, Mrs, spokeswoman
	wMale                           // a man's first name or title: John, Mr, spokesman
	wThing                          // laboratory, exercise, aid: a role word before it is an adjective
	wPlaceNoun                      // capital, city, town: a name in apposition to one is a place
	wCourt                          // court, trial, prosecutors: where one sits is its country
)

// payload kinds.
const (
	pEntity uint8 = iota + 1
	pSurname
	pRole
)

// payload is what a trie node maps to.
type payload struct {
	kind    uint8
	lower   bool // matches without capitalisation
	acronym bool // matches only text in capitals
	idx     int32
}

// dict is the compiled dictionary: entities, roles, and a token trie over
// folded words. It is immutable after build and safe for concurrent use.
type dict struct {
	entities []entity
	roles    []role
	// vocab maps folded words to ids while building (finish drops it;
	// table serves lookups after), and byID lists the words by id. vocab
	// is nil in a dictionary restored from a snapshot until a word is
	// added.
	vocab    map[string]int32
	byID     []string
	flags    []uint32    // by word id
	orgSect  []string    // by word id: the sector an org suffix implies
	payloads [][]payload // by node id; node 0 is the root
	// parent and label are each trie node's parent node and the word id
	// of the edge into it (-1 for the root): the trie's edges, from
	// which finish builds rootChild and kids.
	parent, label []int32
	// edges indexes the trie's edges by parent<<32 | word id while
	// building (finish drops it); nil until the first addPhrase.
	edges map[uint64]int32
	// countries lists known country codes (ISO alpha-3 and PETRARCH's).
	countries map[string]bool
	// byRole indexes people by country and folded role title, for "the US
	// president" without an antecedent.
	byRole map[string][]int32
	// byTitle indexes people by folded role title alone, for a title
	// before a surname that stands for no one by itself ("Prime Minister
	// Johnson", "President Kim").
	byTitle map[string][]int32
	// surnames counts how many people share a surname alias.
	surnames map[string][]int32
	// rootChild is the trie child of the root for each word id (-1 when
	// none): the first step of every match, without a map lookup.
	rootChild []int32
	// headTitle marks role titles of heads of state or government.
	headTitle map[string]bool
	// table is the hot-path form of vocab.
	table *vocabTable
	// kids are the children of each node but the root, sorted by word id
	// (built by finish; edges serves lookups before that).
	kids [][]edge

	// Build scratch, dropped by finish: folded words interned so each
	// distinct word is allocated once, and a token buffer.
	intern map[string]string
	toks   []dyad.Token
	fbuf   []byte
	words  []string
}

// edge is a trie edge: the word id and the child node.
type edge struct{ id, node int32 }

func newDict() *dict {
	// The capacities fit the built-in dictionaries (about 8,300
	// entities, 12,600 words and 18,400 trie edges), so building them
	// never regrows a table.
	return &dict{
		entities:  make([]entity, 0, 10<<10),
		vocab:     make(map[string]int32, 16<<10),
		byID:      make([]string, 0, 16<<10),
		edges:     make(map[uint64]int32, 24<<10),
		intern:    make(map[string]string, 16<<10),
		payloads:  append(make([][]payload, 0, 24<<10), nil),
		parent:    append(make([]int32, 0, 24<<10), -1),
		label:     append(make([]int32, 0, 24<<10), -1),
		flags:     make([]uint32, 0, 16<<10),
		orgSect:   make([]string, 0, 16<<10),
		countries: map[string]bool{},
		byRole:    map[string][]int32{},
		byTitle:   map[string][]int32{},
		surnames:  map[string][]int32{},
	}
}

// word returns the id of the folded word w, adding it when new.
func (d *dict) word(w string) int32 {
	if d.vocab == nil {
		d.vocab = make(map[string]int32, len(d.byID)+len(d.byID)/4)
		for id, w := range d.byID {
			d.vocab[w] = int32(id)
		}
	}
	if id, ok := d.vocab[w]; ok {
		return id
	}
	id := int32(len(d.flags))
	d.vocab[w] = id
	d.byID = append(d.byID, w)
	d.flags = append(d.flags, 0)
	d.orgSect = append(d.orgSect, "")
	return id
}

// setFlag marks the folded word w with f.
func (d *dict) setFlag(w string, f uint32) { d.flags[d.word(w)] |= f }

// child returns the trie child of node for word id, or -1.
func (d *dict) child(node, id int32) int32 {
	if node == 0 && d.rootChild != nil {
		if int(id) >= len(d.rootChild) {
			return -1
		}
		return d.rootChild[id]
	}
	if d.kids != nil {
		ks := d.kids[node]
		// Binary search down to a few edges ("the" and "united" have
		// hundreds of children), then a scan.
		for len(ks) > 8 {
			h := len(ks) / 2
			if ks[h].id > id {
				ks = ks[:h]
			} else {
				ks = ks[h:]
			}
		}
		for _, e := range ks {
			if e.id == id {
				return e.node
			}
			if e.id > id {
				return -1
			}
		}
		return -1
	}
	if c, ok := d.edges[uint64(node)<<32|uint64(uint32(id))]; ok {
		return c
	}
	return -1
}

// phraseWords splits a phrase into folded tokens the way the segmenter
// tokenizes text. It is for building only (it uses the build scratch):
// the slice is valid until the next call.
func (d *dict) phraseWords(phrase string) []string {
	d.toks = segment.AppendTokens(d.toks[:0], phrase)
	out := d.words[:0]
	for _, t := range d.toks {
		d.fbuf = appendFold(d.fbuf[:0], phrase[t.Start:t.End])
		w, ok := d.intern[string(d.fbuf)]
		if !ok {
			w = string(d.fbuf)
			d.intern[w] = w
		}
		out = append(out, w)
	}
	d.words = out
	return out
}

// addPhrase adds the folded words to the trie with payload p. A payload
// already present at the node for the same target is not repeated; a new
// payload of the same kind goes first (later dictionaries override).
func (d *dict) addPhrase(words []string, p payload) {
	if len(words) == 0 {
		return
	}
	if d.edges == nil {
		d.indexEdges()
	}
	node := int32(0)
	for _, w := range words {
		id := d.word(w)
		k := uint64(node)<<32 | uint64(uint32(id))
		c, ok := d.edges[k]
		if !ok {
			c = int32(len(d.payloads))
			d.payloads = append(d.payloads, nil)
			d.parent = append(d.parent, node)
			d.label = append(d.label, id)
			d.edges[k] = c
		}
		node = c
	}
	for _, q := range d.payloads[node] {
		if q.kind == p.kind && q.idx == p.idx {
			return
		}
	}
	d.payloads[node] = append([]payload{p}, d.payloads[node]...)
}

// indexEdges builds the edge index from parent and label, for a
// dictionary restored from a snapshot that goes on loading files.
func (d *dict) indexEdges() {
	d.edges = make(map[uint64]int32, len(d.parent)+len(d.parent)/4)
	for c := 1; c < len(d.parent); c++ {
		d.edges[uint64(d.parent[c])<<32|uint64(uint32(d.label[c]))] = int32(c)
	}
}

// nonCountry lists code prefixes that are not countries: IGOs, NGOs,
// multinationals, and CAMEO regions.
var nonCountry = map[string]bool{
	"IGO": true, "NGO": true, "MNC": true, "IMG": true, "UIS": true, "---": true,
	"AFR": true, "ASA": true, "BLK": true, "CRB": true, "CAU": true, "CFR": true, "CAS": true,
	"CEU": true, "EIN": true, "EAF": true, "EEU": true, "EUR": true, "LAM": true, "MEA": true,
	"MDT": true, "NAF": true, "NMR": true, "PGS": true, "SCN": true, "SAM": true, "SAS": true,
	"SEA": true, "SAF": true, "WAF": true, "WST": true,
}

// splitCode splits a CAMEO code into country and primary sector:
// "USAGOV" → USA, GOV; "IGOWSTNAT" → "", ""; "EURGOV" → "", GOV.
func splitCode(code string) (country, sector string) {
	if len(code) < 3 {
		return "", ""
	}
	p := code[:3]
	rest := code[3:]
	if p == "IGO" || p == "NGO" || p == "MNC" || p == "IMG" {
		return "", ""
	}
	if len(rest) >= 3 {
		sector = rest[:3]
	}
	if nonCountry[p] {
		return "", sector
	}
	return p, sector
}

// actorKindOf guesses the actor kind of a code.
func actorKindOf(code string, person bool) string {
	switch {
	case person:
		return dyad.ActorPerson
	case strings.HasPrefix(code, "IGO"):
		return dyad.ActorIGO
	case len(code) >= 3 && nonCountry[code[:3]] && code[:3] != "NGO" && code[:3] != "MNC":
		return dyad.ActorRegion
	case len(code) == 3:
		return dyad.ActorState
	}
	return dyad.ActorOrg
}

// titleCase capitalises each word of a role phrase except short function
// words: "secretary of state" → "Secretary of State".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		switch w {
		case "of", "the", "and", "for", "on", "to", "in":
			if i > 0 {
				continue
			}
		}
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			words[i] = string(w[0]-'a'+'A') + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// plural returns the regular English plural of a folded word.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "man"):
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "person"):
		return w[:len(w)-6] + "people"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}
