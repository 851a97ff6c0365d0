package event

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// This file reads PETRARCH/TABARI verb dictionaries unchanged
// (CAMEO.2.0.txt, PETR.Validate.verbs.txt). What is read and what is not
// is listed in docs/verbs.md.

var petrarchBlock = regexp.MustCompile(`(?m)^---\s*\S.*\[.*\]\s*---`)

// IsPetrarch reports whether b looks like a PETRARCH/TABARI verb
// dictionary: it has "--- NAME [code] ---" block headers.
func IsPetrarch(b []byte) bool { return petrarchBlock.Match(b) }

const (
	petGap   = 6 // tokens allowed between pattern words not joined by "_"
	groupGap = 2 // inside {…} and (…) groups
)

type petVerb struct {
	anchors []string
	pre     []elem // nearest first
	post    []elem
	code    string
	rev     string
	hasCode bool
	text    string
	line    int
}

type petPattern struct {
	text string
	code string
	rev  string
	line int
}

// ParsePetrarch reads a PETRARCH/TABARI verb dictionary named name.
// Synsets (&NAME with +members), verb blocks (--- NAME [code] ---), verbs
// with irregular forms ({…}), multi-word verbs (+ marks the verb word) and
// patterns (- … * … [code]) are read; see docs/verbs.md for the pattern
// syntax kept and the parts skipped.
func ParsePetrarch(name string, r io.Reader) (*Dict, error) {
	raw, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	lines := petLines(raw)
	d := newDict()
	// Pass 1: synsets.
	syn := map[string][]string{}
	var cur string
	for _, l := range lines {
		t := l.text
		switch {
		case strings.HasPrefix(t, "&"):
			f := strings.Fields(t)
			cur = strings.TrimSuffix(strings.ToUpper(f[0]), "_")
			syn[cur] = syn[cur][:0:0]
		case cur != "" && strings.HasPrefix(t, "+"):
			syn[cur] = append(syn[cur], strings.TrimSpace(t[1:]))
		default:
			cur = ""
		}
	}
	cache := map[string][]string{}
	expand := func(s string) []string {
		if v, ok := cache[s]; ok {
			return v
		}
		v := expandSynset(s, syn, 0)
		cache[s] = v
		return v
	}

	// Pass 2: blocks.
	var (
		blockCode, blockRev string
		verbs               []petVerb
		pats                []petPattern
		inSyn               bool
	)
	flush := func() error {
		for _, v := range verbs {
			code, rev := v.code, v.rev
			if !v.hasCode {
				code, rev = blockCode, blockRev
			}
			p := &Pattern{ID: fmt.Sprintf("%s:%d", name, v.line), Text: v.text, Code: code, RevCode: rev, pre: v.pre, post: v.post}
			d.add(p, v.anchors)
		}
		// Patterns attach to the block's one-word verbs.
		var anchors []string
		for _, v := range verbs {
			if len(v.pre) == 0 && len(v.post) == 0 {
				anchors = append(anchors, v.anchors...)
			}
		}
		anchors = uniqueLower(anchors)
		for _, pp := range pats {
			if len(anchors) == 0 {
				d.Skipped["pattern"]++
				continue
			}
			p, err := petPatternCompile(pp, petVerb{}, expand)
			if err != nil {
				return &ParseError{name, pp.line, err}
			}
			if p == nil {
				d.Skipped["pattern"]++
				continue
			}
			p.ID = fmt.Sprintf("%s:%d", name, pp.line)
			d.add(p, anchors)
		}
		verbs, pats = verbs[:0], pats[:0]
		return nil
	}
	for _, l := range lines {
		t := l.text
		switch {
		case strings.HasPrefix(t, "&"):
			inSyn = true
			continue
		case inSyn && strings.HasPrefix(t, "+"):
			continue
		}
		inSyn = false
		switch {
		case strings.HasPrefix(t, "---"):
			if err := flush(); err != nil {
				return nil, err
			}
			blockCode, blockRev = "", ""
			if codes := bracketCodes(t); len(codes) > 0 {
				blockCode, blockRev = splitCode(codes[0])
			}
		case strings.HasPrefix(t, "-"):
			body, codes := stripCodes(t[1:])
			if len(codes) == 0 {
				d.Skipped["pattern without code"]++
				continue
			}
			c, r := splitCode(codes[0])
			pats = append(pats, petPattern{text: strings.TrimSpace(body), code: c, rev: r, line: l.n})
		default:
			v, ok := petVerbLine(t, l.n)
			if !ok {
				d.Skipped["verb line"]++
				continue
			}
			verbs = append(verbs, v)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	d.finish()
	return d, nil
}

type petLine struct {
	n    int
	text string
}

// petLines returns the non-empty lines without comments (# … and <!-- … -->).
func petLines(raw []byte) []petLine {
	var out []petLine
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	inComment := false
	for sc.Scan() {
		n++
		t := sc.Text()
		for {
			if inComment {
				i := strings.Index(t, "-->")
				if i < 0 {
					t = ""
					break
				}
				t = t[i+3:]
				inComment = false
			}
			i := strings.Index(t, "<!--")
			if i < 0 {
				break
			}
			rest := t[i+4:]
			t = t[:i]
			if j := strings.Index(rest, "-->"); j >= 0 {
				t += rest[j+3:]
			} else {
				inComment = true
			}
		}
		if i := strings.Index(t, "#"); i >= 0 {
			t = t[:i]
		}
		t = strings.TrimSpace(t)
		if t != "" {
			out = append(out, petLine{n, t})
		}
	}
	return out
}

func expandSynset(s string, syn map[string][]string, depth int) []string {
	key := strings.TrimSuffix(strings.ToUpper(s), "_")
	ms, ok := syn[key]
	if !ok || depth > 5 {
		return nil
	}
	var out []string
	for _, m := range ms {
		if strings.HasPrefix(m, "&") {
			out = append(out, expandSynset(m, syn, depth+1)...)
			continue
		}
		noPlural := strings.HasSuffix(m, "_")
		w := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(strings.TrimSuffix(m, "_"), "_", " ")), " "))
		if w == "" {
			continue
		}
		out = append(out, w)
		if !noPlural && !strings.Contains(w, " ") {
			out = append(out, nounForms(w)[1])
		} else if !noPlural {
			out = append(out, w+"s")
		}
	}
	return out
}

var codeRe = regexp.MustCompile(`\[([^\]]*)\]`)

func bracketCodes(t string) []string {
	var out []string
	for _, m := range codeRe.FindAllStringSubmatch(t, -1) {
		out = append(out, strings.TrimSpace(m[1]))
	}
	return out
}

// stripCodes removes bracketed codes from t and returns them.
func stripCodes(t string) (string, []string) {
	codes := bracketCodes(t)
	return codeRe.ReplaceAllString(t, " "), codes
}

// splitCode splits "032:033" into the event code and the reversed event's
// code; "---" and other null codes give "".
func splitCode(c string) (string, string) {
	a, b, _ := strings.Cut(c, ":")
	return cleanCode(a), cleanCode(b)
}

func cleanCode(c string) string {
	c = strings.TrimSpace(c)
	if c == "" || strings.ContainsAny(c, "-+~ ") {
		return ""
	}
	return c
}

// petVerbLine parses a verb line: "BREAK { BROKE BROKEN } [code]",
// "+ASK_FOR {+ASKED_FOR …} [020]", "WIRE_+TAP {WIRE_+TAPPED …}".
func petVerbLine(t string, n int) (petVerb, bool) {
	body, codes := stripCodes(t)
	var forms []string
	if i := strings.Index(body, "{"); i >= 0 {
		j := strings.Index(body[i:], "}")
		if j < 0 {
			return petVerb{}, false
		}
		forms = strings.Fields(body[i+1 : i+j])
		body = body[:i] + body[i+j+1:]
	}
	f := strings.Fields(body)
	if len(f) != 1 {
		return petVerb{}, false
	}
	v := petVerb{text: strings.TrimSpace(t), line: n}
	if len(codes) > 0 {
		v.hasCode = true
		v.code, v.rev = splitCode(codes[0])
	}
	word := f[0]
	parts := strings.Split(strings.Trim(word, "_"), "_")
	mark := -1
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			mark = i
			parts[i] = p[1:]
		}
	}
	if mark < 0 {
		mark = 0
		if strings.HasPrefix(word, "+") {
			parts[0] = strings.TrimPrefix(parts[0], "+")
		}
	}
	for _, p := range parts {
		if p == "" {
			return petVerb{}, false
		}
	}
	base := strings.ToLower(parts[mark])
	if strings.HasSuffix(word, "_") && len(parts) == 1 {
		v.anchors = []string{base}
	} else {
		v.anchors = verbForms(base, nil)
	}
	for _, fm := range forms {
		ps := strings.Split(strings.Trim(fm, "_"), "_")
		for _, p := range ps {
			if strings.HasPrefix(p, "+") || len(ps) == 1 {
				v.anchors = append(v.anchors, strings.ToLower(strings.TrimPrefix(p, "+")))
			}
		}
	}
	for i := mark - 1; i >= 0; i-- {
		v.pre = append(v.pre, elem{kind: ekWord, alts: []string{strings.ToLower(parts[i])}})
	}
	for i := mark + 1; i < len(parts); i++ {
		v.post = append(v.post, elem{kind: ekWord, alts: []string{strings.ToLower(parts[i])}})
	}
	return v, true
}

// petToken is one piece of a pattern with its joining to the previous one.
type petToken struct {
	s     string
	join  bool // joined to the previous piece by "_"
	group bool // inside {…} or (…)
}

// petPatternCompile turns a pattern line into a Pattern anchored on v.
// It returns nil for a pattern with no "*".
func petPatternCompile(pp petPattern, v petVerb, expand func(string) []string) (*Pattern, error) {
	var toks []petToken
	depth := 0
	for _, chunk := range strings.Fields(strings.NewReplacer("{", " { ", "}", " } ", "(", " ( ", ")", " ) ").Replace(pp.text)) {
		switch chunk {
		case "{", "(":
			depth++
			continue
		case "}", ")":
			if depth > 0 {
				depth--
			}
			continue
		}
		pieces := strings.Split(chunk, "_")
		for i, pc := range pieces {
			if pc == "" {
				continue
			}
			toks = append(toks, petToken{s: pc, join: i > 0, group: depth > 0})
		}
	}
	star := -1
	for i, t := range toks {
		if t.s == "*" {
			star = i
			break
		}
	}
	if star < 0 {
		return nil, nil
	}
	p := &Pattern{Text: pp.text, Code: pp.code, RevCode: pp.rev}
	mk := func(t petToken) (elem, bool) {
		e := elem{gap: petGap}
		if t.group {
			e.gap = groupGap
		}
		if t.join {
			e.gap = 0
		}
		switch {
		case t.s == "$":
			e.kind, e.gap = ekSource, max(e.gap, slotGap)
		case t.s == "+":
			e.kind, e.gap = ekTarget, max(e.gap, slotGap)
		case t.s == "^":
			e.kind = ekSkip
		case t.s == "%":
			p.Flags |= FlagRecip | FlagBothWays
			return e, false
		case strings.HasPrefix(t.s, "&"):
			e.alts = expand(t.s)
			if len(e.alts) == 0 {
				return e, false
			}
		default:
			e.alts = []string{strings.ToLower(t.s)}
		}
		return e, true
	}
	// After the anchor: each element's gap is its own joining.
	for i := star + 1; i < len(toks); i++ {
		if e, ok := mk(toks[i]); ok {
			p.post = append(p.post, e)
		}
	}
	// Before the anchor, nearest first: the gap is the joining of the
	// token to the right.
	for i := star - 1; i >= 0; i-- {
		e, ok := mk(toks[i])
		if !ok {
			continue
		}
		right := toks[i+1]
		e.gap = petGap
		if right.group && toks[i].group {
			e.gap = groupGap
		}
		if right.join {
			e.gap = 0
		}
		p.pre = append(p.pre, e)
	}
	// The verb's own fixed words (multi-word verbs) come first.
	p.pre = append(append([]elem{}, v.pre...), p.pre...)
	p.post = append(append([]elem{}, v.post...), p.post...)
	return p, nil
}
