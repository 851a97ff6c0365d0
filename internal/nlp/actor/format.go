package actor

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// Errors a dictionary line can carry; a *ParseError wraps one of them.
var (
	ErrKeyword = errors.New("unknown keyword")
	ErrCode    = errors.New("bad actor code")
	ErrDate    = errors.New("bad date")
	ErrPhrase  = errors.New("missing phrase")
	ErrOrphan  = errors.New("indented code line with no entry above")
	ErrNoCode  = errors.New("entry has no code")
)

// ParseError is a problem at one line of a dictionary file.
type ParseError struct {
	File string // the file's name as given
	Line int    // 1-based
	Err  error
}

// Error implements the error interface.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// pending is an entry whose indented code lines may still follow.
type pending struct {
	keyword string
	line    int
	phrases []string
	attrs   []string
	codes   []dated
}

// loadNative parses a dictionary in dyad's line format (docs/dictionaries.md)
// and adds its entries to d. Entries are added in file order, so a later
// file's phrases win over an earlier one's.
func (d *dict) loadNative(name string, data []byte) error {
	var cur *pending
	flush := func() error {
		if cur == nil {
			return nil
		}
		err := d.addNative(cur)
		if err != nil {
			err = &ParseError{File: name, Line: cur.line, Err: err}
		}
		cur = nil
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := stripComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if cur == nil {
				return &ParseError{File: name, Line: n, Err: ErrOrphan}
			}
			c, err := parseCodeLine(strings.TrimSpace(line))
			if err != nil {
				return &ParseError{File: name, Line: n, Err: err}
			}
			cur.codes = append(cur.codes, c)
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		p, err := parseEntryLine(line)
		if err != nil {
			return &ParseError{File: name, Line: n, Err: err}
		}
		p.line = n
		cur = p
	}
	if err := sc.Err(); err != nil {
		return &ParseError{File: name, Line: n, Err: err}
	}
	return flush()
}

// stripComment removes a '#' comment: at the start of the line or after
// whitespace.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return strings.TrimRight(s[:i], " \t\r")
		}
	}
	return strings.TrimRight(s, " \t\r")
}

var keywords = map[string]bool{
	"country": true, "demonym": true, "seat": true, "org": true, "region": true,
	"role": true, "person": true, "word": true,
}

// parseEntryLine parses "<keyword> [CODE] phrase | phrase ; attrs".
func parseEntryLine(line string) (*pending, error) {
	kw, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	if !keywords[kw] {
		return nil, fmt.Errorf("%w %q (want country, demonym, seat, org, region, role, person or word)", ErrKeyword, kw)
	}
	p := &pending{keyword: kw}
	rest = strings.TrimSpace(rest)
	if kw != "person" {
		code, r, _ := strings.Cut(rest, " ")
		if !validCode(code) {
			return nil, fmt.Errorf("%w %q: want upper-case letters, digits or '-'", ErrCode, code)
		}
		p.codes = append(p.codes, dated{Code: code})
		rest = strings.TrimSpace(r)
	}
	body, attrs, _ := strings.Cut(rest, ";")
	for body != "" {
		var ph string
		ph, body, _ = strings.Cut(body, "|")
		if ph = collapseSpace(ph); ph != "" {
			p.phrases = append(p.phrases, ph)
		}
	}
	if len(p.phrases) == 0 {
		return nil, ErrPhrase
	}
	p.attrs = strings.Fields(attrs)
	return p, nil
}

// collapseSpace trims s and turns each run of white space inside it into
// one space, allocating only when s has such a run.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// validCode reports whether s can be a CAMEO-style code (or, after
// "role", a sector code).
func validCode(s string) bool {
	if s == "" || len(s) > 24 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '~') {
			return false
		}
	}
	return true
}

// parseCodeLine parses an indented "CODE [FROM..TO] [Role title]".
func parseCodeLine(s string) (dated, error) {
	code, rest, _ := strings.Cut(s, " ")
	if !validCode(code) || strings.Contains(code, "~") {
		return dated{}, fmt.Errorf("%w %q", ErrCode, code)
	}
	c := dated{Code: code}
	rest = strings.TrimSpace(rest)
	if first, after, _ := strings.Cut(rest, " "); strings.Contains(first, "..") {
		from, to, _ := strings.Cut(first, "..")
		var err error
		if c.From, err = parseDay(from, false); err != nil {
			return dated{}, err
		}
		if c.To, err = parseDay(to, true); err != nil {
			return dated{}, err
		}
		if c.From != 0 && c.To != 0 && c.To < c.From {
			return dated{}, fmt.Errorf("%w: %s ends before it starts", ErrDate, first)
		}
		rest = strings.TrimSpace(after)
	}
	c.Role = rest
	return c, nil
}

// parseDay parses YYYY, YYYY-MM or YYYY-MM-DD as yyyymmdd; the empty
// string is 0 (open). A partial date is the first day of its period, or
// the last when end is set.
func parseDay(s string, end bool) (int32, error) {
	if s == "" {
		return 0, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, fmt.Errorf("%w %q: want YYYY, YYYY-MM or YYYY-MM-DD", ErrDate, s)
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil || y < 1000 {
		return 0, fmt.Errorf("%w %q", ErrDate, s)
	}
	m, day := 1, 1
	if end {
		m, day = 12, 31
	}
	if len(parts) > 1 {
		if m, err = strconv.Atoi(parts[1]); err != nil || m < 1 || m > 12 || len(parts[1]) != 2 {
			return 0, fmt.Errorf("%w %q: bad month", ErrDate, s)
		}
		if end {
			day = 31
		}
	}
	if len(parts) > 2 {
		if day, err = strconv.Atoi(parts[2]); err != nil || day < 1 || day > 31 || len(parts[2]) != 2 {
			return 0, fmt.Errorf("%w %q: bad day", ErrDate, s)
		}
	}
	return int32(y*10000 + m*100 + day), nil
}

// addNative adds one parsed entry.
func (d *dict) addNative(p *pending) error {
	switch p.keyword {
	case "role":
		return d.addRoleEntry(p)
	case "word":
		return d.addWordEntry(p)
	}
	if len(p.codes) == 0 {
		return ErrNoCode
	}
	var mkind string
	person := false
	switch p.keyword {
	case "country":
		mkind = dyad.MentionCountry
	case "demonym":
		mkind = dyad.MentionDemonym
	case "seat":
		mkind = dyad.MentionCapital
	case "org":
		mkind = dyad.MentionOrg
	case "region":
		mkind = dyad.MentionDemonym
	case "person":
		mkind = dyad.MentionPerson
		person = true
	}
	e := entity{name: p.phrases[0], mkind: mkind, person: person, source: "dict", codes: p.codes}
	surname := person
	// Each name on an org line is its own organisation ("CNN", "Fox
	// News"), sharing the code.
	each := p.keyword == "org"
	for _, a := range p.attrs {
		k, v, _ := strings.Cut(a, "=")
		switch k {
		case "id":
			e.id = v
		case "nosurname":
			surname = false
		case "each":
			each = true
		case "substate":
			e.substate = true
		case "name":
			e.name = strings.ReplaceAll(v, "_", " ")
		}
	}
	if p.keyword == "region" && len(p.phrases) > 0 {
		mkind = dyad.MentionDemonym
	}
	// Split codes into country and sector.
	for i := range e.codes {
		c := &e.codes[i]
		c.Country, c.Sector = splitCode(c.Code)
	}
	e.akind = actorKindOf(e.codes[len(e.codes)-1].Code, person)
	if p.keyword == "region" {
		e.akind = dyad.ActorRegion
	}
	if p.keyword == "country" {
		for _, c := range e.codes {
			if len(c.Code) == 3 {
				d.countries[c.Code] = true
			}
		}
	}
	if each {
		// Each phrase is an entity of its own with the same code
		// ("CNN", "Fox News").
		for _, ph := range p.phrases {
			e.name = ph
			d.addEntityPhrase(d.addEntity(e), ph, false)
		}
		return nil
	}
	idx := d.addEntity(e)
	for _, ph := range p.phrases {
		d.addEntityPhrase(idx, ph, false)
	}
	if surname {
		d.addSurnames(idx, p.phrases, familyFirst(e.codes))
	}
	return nil
}

// addEntity appends e and returns its index.
func (d *dict) addEntity(e entity) int32 {
	d.entities = append(d.entities, e)
	return int32(len(d.entities) - 1)
}

// addEntityPhrase adds a name of entity idx. A phrase written in capitals
// ("US", "NATO") only matches text in capitals.
func (d *dict) addEntityPhrase(idx int32, phrase string, lower bool) {
	words := d.phraseWords(phrase)
	p := payload{kind: pEntity, idx: idx, lower: lower}
	// d.toks holds the phrase's tokens until the next phraseWords.
	if toks := d.toks; len(toks) > 0 && isAllCaps(phrase[toks[0].Start:toks[0].End]) {
		p.acronym = true
	}
	d.addPhrase(words, p)
}

// surnameStop lists surnames that are also common capitalised words and
// must not stand alone for a person.
var surnameStop = map[string]bool{
	"may": true, "price": true, "power": true, "rice": true, "young": true, "king": true,
	"brown": true, "green": true, "white": true, "black": true, "long": true, "little": true,
	"rose": true, "hope": true, "march": true, "august": true, "love": true, "bush": false,
	"sharif": true, "khan": true, "kim": true, "lee": true, "li": true, "wang": true, "zhang": true,
	"ali": true, "singh": true, "chen": true, "liu": true, "park": true, "johnson": true,
	"will": true, "mark": true, "grant": true, "ford": true, "house": true, "justice": true,
	"street": true, "hill": true, "wall": true, "bank": true, "church": true, "mohamed": true,
	"mohammed": true, "muhammad": true, "ahmed": true, "hassan": true, "hussein": true,
	"abdullah": true, "jr": true, "sr": true, "ii": true, "iii": true, "bin": true, "al": true,
	// Common surnames that are also places or first names in local news.
	"smith": true, "jackson": true, "warren": true, "murphy": true, "adams": true, "roberts": true,
	"miller": true, "kelly": true, "wright": true, "ross": true, "graham": true, "kennedy": true,
	"sanders": true, "barrett": true, "jordan": true, "scott": true, "wolf": true, "allen": true,
	"barr": true, "martin": true, "lewis": true, "clark": true, "davis": true, "wilson": true,
	"thomas": true, "taylor": true, "anderson": true, "harris": true, "walker": true, "hall": true,
	"carter": true, "mitchell": true, "campbell": true, "stanley": true, "austin": true,
	"cooper": true, "hunt": true, "reeves": true, "marshall": true, "duffy": true, "rollins": true,
	"coats": true, "burns": true, "powell": true, "lincoln": true, "washington": true,
	"cohen": true, "wong": true, "chan": true, "park jin": true, "katz": true, "harrison": true,
}

// addSurnames adds the last word of each multi-word name of person idx as
// a surname alias, and marks first words as first names. A name that
// another of the person's names begins ("Xavier Espot Zamora" after
// "Xavier Espot", "Abiy Ahmed Ali" after "Abiy Ahmed") ends with a
// second surname, a patronymic or a suffix, which alone means someone
// else: the shorter name gives the surname.
func (d *dict) addSurnames(idx int32, phrases []string, familyFirst bool) {
	for pi, ph := range phrases {
		words := d.phraseWords(ph)
		if len(words) < 2 {
			continue
		}
		d.setFlag(words[0], wFirstName)
		if familyFirst && len(words) >= 3 {
			// "Kim Yo Jong": the family name comes first, and the last
			// word is part of a given name others share ("Jong").
			continue
		}
		// (phraseWords reuses its buffer.)
		if extendsName(d, slices.Clone(words), phrases, pi) {
			continue
		}
		words = d.phraseWords(ph)
		last := words[len(words)-1]
		if len(last) < 3 || surnameStop[last] {
			continue
		}
		// "von der Leyen": the particle goes with the surname.
		sw := []string{last}
		if k := len(words) - 2; k > 0 && particles[words[k]] {
			sw = words[k:]
			if k > 1 && particles[words[k-1]] {
				sw = words[k-1:]
			}
		}
		key := strings.Join(sw, " ")
		seen := false
		for _, j := range d.surnames[key] {
			if j == idx {
				seen = true
			}
		}
		if !seen {
			d.surnames[key] = append(d.surnames[key], idx)
		}
		d.addPhrase(sw, payload{kind: pSurname, idx: idx})
	}
}

// familyFirst reports whether a person coded by codes is of a country
// whose names put the family name first (surnameFirst).
func familyFirst(codes []dated) bool {
	for i := range codes {
		if surnameFirst[codes[i].Country] {
			return true
		}
	}
	return false
}

// extendsName reports whether words (phrase pi) go on past another of
// phrases that has two words or more.
func extendsName(d *dict, words, phrases []string, pi int) bool {
	for qi, q := range phrases {
		if qi == pi {
			continue
		}
		v := d.phraseWords(q)
		if len(v) < 2 || len(v) >= len(words) {
			continue
		}
		if slices.Equal(words[:len(v)], v) {
			return true
		}
	}
	return false
}

// particles are lower-case name particles.
var particles = map[string]bool{
	"von": true, "der": true, "van": true, "de": true, "la": true, "le": true, "du": true,
	"da": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "bin": true,
	"ibn": true, "al": true, "el": true, "ben": true, "den": true, "ter": true, "zu": true,
}

// anonHeads are role nouns that, without a name, denote an unnamed source
// whatever the role phrase before them ("defense officials").
var anonHeads = map[string]bool{
	"official": true, "officials": true, "source": true, "sources": true, "diplomat": true,
	"diplomats": true, "aide": true, "aides": true, "insider": true, "insiders": true,
}

// addRoleEntry adds "role SECTOR phrase | phrase ; flags".
func (d *dict) addRoleEntry(p *pending) error {
	sector := p.codes[0].Code
	r := role{sector: sector}
	pluralize := true
	for _, a := range p.attrs {
		k, v, _ := strings.Cut(a, "=")
		switch k {
		case "head":
			r.flags |= roleHead
		case "inst":
			r.flags |= roleInst
		case "anon":
			r.flags |= roleAnon
		case "group":
			r.flags |= roleGroup
			pluralize = false
		case "title":
			if v == "" {
				r.flags |= roleTitle
			} else {
				r.title = strings.ReplaceAll(v, "_", " ")
			}
		case "noplural":
			pluralize = false
		case "other":
			r.flags |= roleOther
		case "local":
			r.flags |= roleLocal
		case "modified":
			r.flags |= roleModified
		default:
			return fmt.Errorf("unknown role flag %q (want head, inst, anon, group, title, noplural, other, local, modified)", a)
		}
	}
	if sector == "-" {
		r.sector = ""
	} else if strings.HasPrefix(sector, "~") {
		r.sector = sector[1:]
	} else if strings.HasSuffix(sector, "~") {
		r.sector = strings.TrimSuffix(sector, "~")
		r.flags |= rolePrefix
	}
	d.addRolePhrases(r, p.phrases, pluralize)
	return nil
}

// addRolePhrases adds a role under each phrase, and the regular plural of
// each phrase's last word as a group form.
func (d *dict) addRolePhrases(r role, phrases []string, pluralize bool) {
	if r.title == "" {
		r.title = titleCase(strings.ToLower(phrases[0]))
	}
	if w := d.phraseWords(phrases[0]); len(w) > 0 && anonHeads[w[len(w)-1]] {
		r.flags |= roleAnon
	}
	d.roles = append(d.roles, r)
	idx := int32(len(d.roles) - 1)
	var pidx int32 = -1
	plurals := map[string]bool{}
	if pluralize {
		for _, ph := range phrases {
			if words := d.phraseWords(ph); len(words) > 0 {
				plurals[strings.Join(pluralPhrase(words), " ")] = true
			}
		}
	}
	for _, ph := range phrases {
		words := d.phraseWords(ph)
		if len(words) == 0 {
			continue
		}
		if plurals[strings.Join(words, " ")] {
			// "activist | activists": a plural written out beside its
			// singular is the group form, not a second title.
			continue
		}
		d.addPhrase(words, payload{kind: pRole, idx: idx, lower: true})
		if !pluralize {
			continue
		}
		if pidx < 0 {
			pr := r
			pr.flags |= roleGroup
			d.roles = append(d.roles, pr)
			pidx = int32(len(d.roles) - 1)
		}
		d.addPhrase(pluralPhrase(words), payload{kind: pRole, idx: pidx, lower: true})
	}
}

// pluralPhrase returns the regular plural of a role phrase: "member of
// parliament" → "members of parliament" (the head before "of" takes the
// plural), otherwise the last word.
func pluralPhrase(words []string) []string {
	pw := append([]string(nil), words...)
	h := len(pw) - 1
	for i := 1; i < len(pw)-1; i++ {
		if pw[i] == "of" {
			h = i - 1
			break
		}
	}
	pw[h] = plural(pw[h])
	return pw
}

// wordClasses names the classes a "word" entry may set.
var wordClasses = map[string]uint32{
	"DET": wDet, "POSS": wPoss, "FORMER": wFormer, "MOD": wMod, "OF": wOf, "PRONOUN": wPronoun,
	"REPORT": wReport, "SOURCEPREP": wSourcePrep, "TITLE": wTitle, "ORGSUFFIX": wOrgSuffix,
	"PARTICLE": wParticle, "FIRSTNAME": wFirstName, "STOP": wStop, "AND": wAnd, "INDEF": wIndef,
	"PLACE": wPlaceSuffix, "LOCATIVE": wLocative, "ORGWORD": wOrgWord, "NONPERSON": wNonPerson, "COMMON": wCommon,
	"FEMALE": wFemale, "MALE": wMale, "THING": wThing, "PLACENOUN": wPlaceNoun, "COURT": wCourt,
}

// addWordEntry adds "word CLASS w | w ; sector=GOV": single words given a
// class for the grammar and the named-entity layer.
func (d *dict) addWordEntry(p *pending) error {
	class := p.codes[0].Code
	f, ok := wordClasses[class]
	if !ok {
		return fmt.Errorf("%w: unknown word class %q", ErrCode, class)
	}
	sector := ""
	for _, a := range p.attrs {
		if k, v, _ := strings.Cut(a, "="); k == "sector" {
			sector = v
		}
	}
	for _, ph := range p.phrases {
		for _, w := range d.phraseWords(ph) {
			if w[0] == '\'' {
				// The clitic of "people's" or "workers'" is its own
				// token: the class is the word's, not the possessive's.
				continue
			}
			d.setFlag(w, f)
			if sector != "" {
				d.orgSect[d.word(w)] = sector
			}
		}
	}
	return nil
}
