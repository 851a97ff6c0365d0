package actor

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor/petrarch"
)

//go:embed data/*.txt
var builtin embed.FS

// builtinFiles are the embedded dictionaries in load order; grammar.txt
// is loaded even with Config.NoBuiltin.
var builtinFiles = []string{"countries.txt", "orgs.txt", "roles.txt", "people.txt", "firstnames.txt", "common.txt"}

// maxDictBytes caps the size of one dictionary file (after gunzip).
const maxDictBytes = 64 << 20

// build compiles the dictionaries cfg names.
func build(cfg Config) (*dict, error) {
	d, err := loadBuiltin(cfg.NoBuiltin)
	if err != nil {
		return nil, err
	}
	if err := d.extend(cfg); err != nil {
		return nil, err
	}
	return d, nil
}

// extend adds the user dictionaries cfg names to the built-in ones in d
// and finishes d.
func (d *dict) extend(cfg Config) error {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	for _, f := range cfg.PetrarchAgentFiles {
		data, err := readDictFile(f)
		if err != nil {
			return err
		}
		agents, err := petrarch.ParseAgents(f, data)
		if err != nil {
			return err
		}
		d.addPetrarchAgents(agents)
	}
	for _, f := range cfg.PetrarchActorFiles {
		data, err := readDictFile(f)
		if err != nil {
			return err
		}
		actors, warns, err := petrarch.ParseActors(f, data)
		if err != nil {
			return err
		}
		if len(warns) > 0 {
			logger.Warn("PETRARCH actor codes skipped", "stage", Name, "file", f, "count", len(warns), "first", warns[0].Error())
		}
		d.addPetrarchActors(actors)
	}
	for _, f := range cfg.DictFiles {
		data, err := readDictFile(f)
		if err != nil {
			return err
		}
		if err := d.loadNative(f, data); err != nil {
			return err
		}
	}
	d.finish()
	return nil
}

// readDictFile reads a dictionary file, gunzipping it when its name ends
// in ".gz".
func readDictFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, dyad.Errorf(dyad.CodeInvalid, "dictionary %s: %v", name, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, dyad.Errorf(dyad.CodeInvalid, "dictionary %s: %v", name, err)
		}
		defer zr.Close()
		r = zr
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, maxDictBytes+1))
	if err != nil {
		return nil, dyad.Errorf(dyad.CodeInvalid, "dictionary %s: %v", name, err)
	}
	if n > maxDictBytes {
		return nil, dyad.Errorf(dyad.CodeTooLarge, "dictionary %s is larger than %d bytes", name, maxDictBytes)
	}
	return buf.Bytes(), nil
}

// addPetrarchActors adds PETRARCH actor entries. An entry with date
// restrictions is taken for a person (leaders are what PETRARCH dates);
// a plain 3-letter country code for a country.
func (d *dict) addPetrarchActors(actors []petrarch.Actor) {
	for _, a := range actors {
		if len(a.Codes) == 0 {
			continue
		}
		e := entity{name: titleName(a.Phrases[0]), source: "petrarch"}
		for _, c := range a.Codes {
			dc := dated{Code: c.Code, From: c.From, To: c.To}
			dc.Country, dc.Sector = splitCode(c.Code)
			if !e.person && (c.From != 0 || c.To != 0) {
				e.person = true
			}
			e.codes = append(e.codes, dc)
		}
		last := e.codes[len(e.codes)-1].Code
		switch {
		case e.person:
			e.mkind = dyad.MentionPerson
		case len(last) == 3 && !nonCountry[last]:
			e.mkind = dyad.MentionCountry
			d.countries[last] = true
		default:
			e.mkind = dyad.MentionOrg
		}
		e.akind = actorKindOf(last, e.person)
		idx := d.addEntity(e)
		for _, ph := range a.Phrases {
			d.addPhrase(d.phraseWords(ph), payload{kind: pEntity, idx: idx})
		}
	}
}

// addPetrarchAgents adds PETRARCH agent entries as roles, with their
// plurals: the braces' forms, none for "{}", else the regular plural.
func (d *dict) addPetrarchAgents(agents []petrarch.Agent) {
	for _, a := range agents {
		r := role{sector: a.Code, title: titleName(a.Phrases[0])}
		if a.Prefix {
			r.flags |= rolePrefix
		}
		d.roles = append(d.roles, r)
		idx := int32(len(d.roles) - 1)
		gr := r
		gr.flags |= roleGroup
		d.roles = append(d.roles, gr)
		gidx := idx + 1
		for _, ph := range a.Phrases {
			words := d.phraseWords(ph)
			d.addPhrase(words, payload{kind: pRole, idx: idx, lower: true})
			if !a.NoPlural && len(a.Plurals) == 0 && len(words) > 0 {
				pw := append([]string(nil), words...)
				pw[len(pw)-1] = plural(pw[len(pw)-1])
				d.addPhrase(pw, payload{kind: pRole, idx: gidx, lower: true})
			}
		}
		for _, p := range a.Plurals {
			d.addPhrase(d.phraseWords(p), payload{kind: pRole, idx: gidx, lower: true})
		}
	}
}

// titleName turns "VLADIMIR PUTIN" into "Vladimir Putin".
func titleName(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			words[i] = string(w[0]-'a'+'A') + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// finish builds the indexes that need every entry: the trie's child
// tables, the vocabulary table, and people by country and role title. It
// drops the build scratch.
func (d *dict) finish() {
	d.indexKids()
	d.table = newVocabTable(d.byID)
	d.headTitle = map[string]bool{}
	for _, r := range d.roles {
		if r.flags&roleHead != 0 {
			d.headTitle[r.title] = true
		}
	}
	roleIdx := map[string]int32{} // role title → d.roleOf(title)
	for i := range d.entities {
		e := &d.entities[i]
		if !e.person {
			continue
		}
		for j := range e.codes {
			if c := &e.codes[j]; c.Country != "" && c.To != 0 {
				c.eliCode, c.eliRole = formerOf(c)
			}
		}
		for _, c := range e.codes {
			if c.Role == "" || c.Country == "" {
				continue
			}
			k := c.Country + "|" + fold(c.Role)
			d.byRole[k] = appendUnique(d.byRole[k], int32(i))
			ri, ok := roleIdx[c.Role]
			if !ok {
				ri = d.roleOf(c.Role)
				roleIdx[c.Role] = ri
			}
			if ri >= 0 && d.roles[ri].flags&roleHead != 0 {
				k := c.Country + "|head"
				d.byRole[k] = appendUnique(d.byRole[k], int32(i))
				d.headTitle[c.Role] = true
			}
		}
	}
	d.intern, d.toks, d.fbuf, d.words = nil, nil, nil, nil
	d.edges, d.parent, d.label, d.vocab, d.byID = nil, nil, nil, nil, nil
}

// indexKids builds the trie's child tables from parent and label: the
// root's children as an array indexed by word id, and the other nodes'
// children sorted by word id, as windows of one array.
func (d *dict) indexKids() {
	root := make([]int32, len(d.flags))
	for i := range root {
		root[i] = -1
	}
	start := make([]int32, len(d.payloads)+1)
	for c := 1; c < len(d.parent); c++ {
		if p := d.parent[c]; p == 0 {
			root[d.label[c]] = int32(c)
		} else {
			start[p+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	all := make([]edge, start[len(start)-1])
	next := slices.Clone(start)
	for c := 1; c < len(d.parent); c++ {
		if p := d.parent[c]; p != 0 {
			all[next[p]] = edge{id: d.label[c], node: int32(c)}
			next[p]++
		}
	}
	kids := make([][]edge, len(d.payloads))
	for p := range kids {
		ks := all[start[p]:start[p+1]:start[p+1]]
		slices.SortFunc(ks, func(a, b edge) int { return int(a.id - b.id) })
		kids[p] = ks
	}
	d.rootChild = root
	d.kids = kids
}

func appendUnique(s []int32, v int32) []int32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// roleOf returns the index of the role named by the phrase title, or -1.
func (d *dict) roleOf(title string) int32 {
	node := int32(0)
	for _, w := range d.phraseWords(title) {
		id := d.table.id(w)
		if id < 0 {
			return -1
		}
		if node = d.child(node, id); node < 0 {
			return -1
		}
	}
	for _, p := range d.payloads[node] {
		if p.kind == pRole {
			return p.idx
		}
	}
	return -1
}
