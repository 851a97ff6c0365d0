package event_test

import (
	"encoding/xml"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/event"
)

// This file runs the PETRARCH-2 validation records through the coder with
// the PETR.Validate.verbs.txt dictionary. The actors stage's PETRARCH
// loader is not on main yet, so a minimal test-only matcher for the
// PETR.Validate actor and agent files places the mentions (TABARI rules:
// a name's last word matches as a prefix unless it ends in "_"; codes may
// be restricted by date; agents add their code to a neighbouring actor).

type petrActor struct {
	words []string
	exact bool // last word must match exactly
	codes []petrCode
}

type petrCode struct {
	code     string
	from, to int // yyyymmdd, 0 for open
}

type petrAgent struct {
	words  []string
	code   string
	prefix bool // [NGO~]: the agent code goes before the actor's
}

type petrDicts struct {
	actors []petrActor
	agents []petrAgent
}

var petrCodeRe = regexp.MustCompile(`\[([^\]]*)\]`)

func petrDate(s string) int {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	if len(s) == 6 { // yymmdd
		if n/10000 > 30 {
			return 19000000 + n
		}
		return 20000000 + n
	}
	return n
}

func parsePetrCode(s string) (petrCode, bool) {
	s = strings.TrimSpace(s)
	f := strings.Fields(strings.NewReplacer("<", " < ", ">", " > ", "-", " - ").Replace(s))
	if len(f) == 0 {
		return petrCode{}, false
	}
	c := petrCode{code: strings.Split(f[0], "/")[0]}
	if strings.HasPrefix(s, "---") {
		c.code = ""
		f = strings.Fields(strings.NewReplacer("<", " < ", ">", " > ").Replace(strings.TrimPrefix(s, "---")))
		f = append([]string{"---"}, f...)
	}
	switch {
	case len(f) >= 3 && f[1] == "<":
		c.to = petrDate(f[2])
	case len(f) >= 3 && f[1] == ">":
		c.from = petrDate(f[2])
	case len(f) >= 4 && f[2] == "-":
		c.from, c.to = petrDate(f[1]), petrDate(f[3])
	}
	return c, true
}

func petrWords(s string) ([]string, bool) {
	exact := strings.HasSuffix(strings.TrimSpace(s), "_")
	s = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", " "))
	return strings.Fields(s), exact
}

func stripComments(b []byte) []string {
	s := regexp.MustCompile(`(?s)<!--.*?-->`).ReplaceAllString(string(b), "")
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		out = append(out, l)
	}
	return out
}

func loadPetrDicts(t testing.TB) *petrDicts {
	t.Helper()
	d := &petrDicts{}
	b, err := os.ReadFile(corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.actors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var cur *petrActor
	var names []petrActor // names waiting for codes
	flush := func() {
		for _, n := range names {
			n.codes = cur.codes
			d.actors = append(d.actors, n)
		}
		names = nil
	}
	for _, l := range stripComments(b) {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "["):
			if cur != nil {
				for _, m := range petrCodeRe.FindAllStringSubmatch(t, -1) {
					if c, ok := parsePetrCode(m[1]); ok {
						cur.codes = append(cur.codes, c)
					}
				}
			}
		case strings.HasPrefix(t, "+"):
			w, ex := petrWords(t[1:])
			if len(w) > 0 {
				names = append(names, petrActor{words: w, exact: ex})
			}
		default:
			if cur != nil {
				flush()
			}
			name := t
			if i := strings.Index(t, "["); i >= 0 {
				name = t[:i]
			}
			w, ex := petrWords(name)
			cur = &petrActor{words: w, exact: ex}
			for _, m := range petrCodeRe.FindAllStringSubmatch(t, -1) {
				if c, ok := parsePetrCode(m[1]); ok {
					cur.codes = append(cur.codes, c)
				}
			}
			names = append(names, *cur)
			names = names[:len(names)-1]
			names = append([]petrActor{{words: w, exact: ex}}, names...)
		}
	}
	if cur != nil {
		flush()
	}
	// Agents.
	b, err = os.ReadFile(corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.agents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	macros := map[string][]string{}
	for _, l := range stripComments(b) {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			k, v, _ := strings.Cut(t, "=")
			for _, x := range strings.Split(v, ",") {
				macros[strings.TrimSpace(k)] = append(macros[strings.TrimSpace(k)], strings.TrimSpace(x))
			}
			continue
		}
		m := petrCodeRe.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		code := strings.TrimSpace(m[1])
		prefix := strings.HasSuffix(code, "~")
		code = strings.Trim(code, "~ ")
		name := t[:strings.Index(t, "[")]
		var plurals []string
		if i := strings.Index(name, "{"); i >= 0 {
			j := strings.Index(name, "}")
			if j > i {
				plurals = strings.Fields(name[i+1 : j])
			}
			name = name[:i]
		}
		forms := []string{strings.TrimSpace(name)}
		forms = append(forms, plurals...)
		if len(plurals) == 0 && !strings.Contains(t, "{}") {
			forms = append(forms, strings.TrimSpace(name)+"S")
		}
		for _, f := range forms {
			expanded := []string{f}
			for k, vs := range macros {
				if strings.Contains(f, k) {
					expanded = expanded[:0]
					for _, v := range vs {
						expanded = append(expanded, strings.ReplaceAll(f, k, v))
					}
				}
			}
			for _, e := range expanded {
				w, _ := petrWords(e)
				if len(w) > 0 {
					d.agents = append(d.agents, petrAgent{words: w, code: code, prefix: prefix})
				}
			}
		}
	}
	sort.SliceStable(d.actors, func(i, j int) bool { return len(d.actors[i].words) > len(d.actors[j].words) })
	sort.SliceStable(d.agents, func(i, j int) bool { return len(d.agents[i].words) > len(d.agents[j].words) })
	return d
}

func (a *petrActor) codeOn(date int) string {
	def := ""
	for _, c := range a.codes {
		if c.from == 0 && c.to == 0 {
			if def == "" {
				def = c.code
			}
			continue
		}
		if (c.from == 0 || date >= c.from) && (c.to == 0 || date <= c.to) {
			return c.code
		}
	}
	return def
}

// matchWords reports how many tokens from i match words.
func matchWords(low []string, i int, words []string, exact bool) int {
	if i+len(words) > len(low) {
		return 0
	}
	for j, w := range words {
		tok := low[i+j]
		last := j == len(words)-1
		if tok == w || (last && !exact && strings.HasPrefix(tok, w) && len(w) >= 3) {
			continue
		}
		return 0
	}
	return len(words)
}

// annotate adds the mentions the PETRARCH dictionaries find in doc.
func (d *petrDicts) annotate(doc *dyad.Document, date int) {
	text := doc.Article.Text
	for _, s := range doc.Sentences {
		low := make([]string, len(s.Tokens))
		for i, tk := range s.Tokens {
			low[i] = strings.ToLower(tk.In(text))
		}
		type found struct {
			a, b  int
			code  string
			agent bool
			pre   bool
		}
		var fs []found
		for i := 0; i < len(low); {
			adv := 0
			for _, a := range d.actors {
				if n := matchWords(low, i, a.words, a.exact); n > 0 {
					fs = append(fs, found{a: i, b: i + n, code: a.codeOn(date)})
					adv = n
					break
				}
			}
			if adv == 0 {
				for _, g := range d.agents {
					if n := matchWords(low, i, g.words, true); n > 0 {
						fs = append(fs, found{a: i, b: i + n, code: g.code, agent: true, pre: g.prefix})
						adv = n
						break
					}
				}
			}
			if adv == 0 {
				adv = 1
			}
			i += adv
		}
		// Merge agents with a neighbouring actor: "Arnor's army", "Arnorian
		// army", "army of Arnor"; a lone agent has no country.
		used := make([]bool, len(fs))
		var ms []found
		for i := range fs {
			if used[i] {
				continue
			}
			f := fs[i]
			if !f.agent {
				// actor [’s] [words] agent
				for j := i + 1; j < len(fs) && j <= i+1; j++ {
					g := fs[j]
					if g.agent && g.a-f.b <= 2 && !hasPunct(low[f.b:g.a]) {
						f.b = g.b
						f.code = combine(f.code, g.code, g.pre)
						used[j] = true
					}
				}
				ms = append(ms, f)
				continue
			}
			// agent of/in actor
			if i+1 < len(fs) && !fs[i+1].agent && fs[i+1].a-f.b >= 1 && fs[i+1].a-f.b <= 2 && (low[f.b] == "of" || low[f.b] == "in") {
				a := fs[i+1]
				ms = append(ms, found{a: f.a, b: a.b, code: combine(a.code, f.code, f.pre)})
				used[i+1] = true
				continue
			}
			ms = append(ms, found{a: f.a, b: f.b, code: combine("---", f.code, f.pre)})
		}
		for _, f := range ms {
			if f.code == "" {
				continue
			}
			sp := dyad.Span{Start: s.Tokens[f.a].Start, End: s.Tokens[f.b-1].End}
			doc.Mentions = append(doc.Mentions, dyad.Mention{Span: sp, Text: sp.In(text), Kind: dyad.MentionCountry,
				Actor: &dyad.Actor{Code: f.code, Country: f.code[:min(3, len(f.code))]}, Source: "petrarch"})
		}
	}
}

func hasPunct(ws []string) bool {
	for _, w := range ws {
		if w != "'s" && w != "’s" && (w == "," || w == ";" || w == "." || w == "and") {
			return true
		}
	}
	return false
}

func combine(actor, agent string, prefix bool) string {
	if prefix {
		return agent + actor
	}
	return actor + agent
}

type petrRecord struct {
	ID       string `xml:"id,attr"`
	Date     string `xml:"date,attr"`
	Category string `xml:"category,attr"`
	Codings  []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Event    string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
}

// Floors for the PETRARCH suite: share of expected codings found, and
// extra codings per record (ceiling).
const (
	petrFoundFloor    = 0.58
	petrExtrasCeiling = 0.40
)

func TestCoder_PetrarchValidation(t *testing.T) {
	b, err := os.ReadFile(corpus.Path(t, "corpora/petrarch2-validation/PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Sentences []petrRecord `xml:"Sentences>Sentence"`
	}
	if err := xml.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	dicts := loadPetrDicts(t)
	c, err := event.New(event.Config{NoBuiltin: true, KeepUndyadic: os.Getenv("PETR_UNDYADIC") != "",
		VerbFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.verbs.txt")}})
	if err != nil {
		t.Fatal(err)
	}
	expected, found, extras := 0, 0, 0
	byCat := map[string][2]int{}
	for _, r := range v.Sentences {
		text := strings.Join(strings.Fields(r.Text), " ")
		doc := newBuilder(t, text, "").doc
		date, _ := strconv.Atoi(r.Date)
		dicts.annotate(doc, date)
		if err := c.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, e := range doc.Events {
			tc := "---"
			if e.Target != nil {
				tc = e.Target.Code
			}
			got[e.Source.Code+" "+tc+" "+e.CAMEO] = true
		}
		want := map[string]bool{}
		for _, cd := range r.Codings {
			if cd.NoEvents != "" || cd.Event == "" {
				continue
			}
			want[cd.Source+" "+cd.Target+" "+cd.Event] = true
		}
		cat := byCat[r.Category]
		for k := range want {
			expected++
			cat[1]++
			if got[k] {
				found++
				cat[0]++
			}
		}
		byCat[r.Category] = cat
		for k := range got {
			if !want[k] {
				extras++
				if testing.Verbose() && os.Getenv("PETR_DEBUG") != "" {
					t.Logf("%s extra %s: %s", r.ID, k, text)
				}
			}
		}
		if testing.Verbose() && os.Getenv("PETR_DEBUG") != "" {
			for k := range want {
				if !got[k] {
					t.Logf("%s missed %s (got %v): %s", r.ID, k, keys(got), text)
				}
			}
		}
	}
	share := float64(found) / float64(max(expected, 1))
	perRecord := float64(extras) / float64(max(len(v.Sentences), 1))
	t.Logf("PETR suite: %d records, %d/%d expected codings found (%.3f), %d extras (%.3f per record)",
		len(v.Sentences), found, expected, share, extras, perRecord)
	cats := make([]string, 0, len(byCat))
	for k := range byCat {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	for _, k := range cats {
		t.Logf("  %-10s %d/%d", k, byCat[k][0], byCat[k][1])
	}
	if share < petrFoundFloor || perRecord > petrExtrasCeiling {
		t.Errorf("PETR suite found %.3f (floor %.2f), extras %.3f per record (ceiling %.2f)", share, petrFoundFloor, perRecord, petrExtrasCeiling)
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
