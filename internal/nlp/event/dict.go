package event

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ParseError is a problem at one line of a dictionary.
type ParseError struct {
	Name string // the dictionary's name (file name)
	Line int    // 1-based
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

const (
	maxLine     = 4096
	slotGap     = 3 // tokens allowed before a slot's mention ("the", "its", "small")
	ellipsisGap = 4 // tokens allowed by "..."
)

// ParseDict reads a dictionary in dyad's verb-pattern format (docs/verbs.md)
// named name (used in errors and pattern IDs).
func ParseDict(name string, r io.Reader) (*Dict, error) {
	d := newDict()
	irr := map[string][]string{}
	syn := map[string][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, maxLine), 1<<20)
	type pending struct {
		line int
		text string
	}
	var pats []pending
	var light []string
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		f := strings.Fields(line)
		switch {
		case f[0] == "@irr":
			if len(f) < 3 {
				return nil, &ParseError{name, n, fmt.Errorf("@irr needs a verb and its irregular forms")}
			}
			irr[strings.ToLower(f[1])] = append(irr[strings.ToLower(f[1])], f[2:]...)
		case f[0] == "@light":
			if len(f) < 2 {
				return nil, &ParseError{name, n, fmt.Errorf("@light needs at least one verb")}
			}
			light = append(light, f[1:]...)
		case strings.HasPrefix(f[0], "&"):
			if len(f) < 2 || len(f[0]) < 2 {
				return nil, &ParseError{name, n, fmt.Errorf("synset %q has no members", f[0])}
			}
			for _, w := range f[1:] {
				if word := normWords(w); word != "" {
					syn[strings.ToUpper(f[0])] = append(syn[strings.ToUpper(f[0])], word)
				}
			}
		default:
			pats = append(pats, pending{n, line})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	for _, v := range light {
		for _, form := range verbForms(v, irr[strings.ToLower(v)]) {
			d.light[form] = true
		}
	}
	for _, p := range pats {
		if err := parsePatternLine(d, name, p.line, p.text, irr, syn); err != nil {
			return nil, err
		}
	}
	d.finish()
	return d, nil
}

// parsePatternLine parses "CODE pattern [| flags]".
func parsePatternLine(d *Dict, name string, line int, text string, irr, syn map[string][]string) error {
	perr := func(format string, a ...any) error {
		return &ParseError{name, line, fmt.Errorf(format, a...)}
	}
	body, flagText := text, ""
	for i := 1; i < len(text); i++ {
		if text[i] == '|' && (text[i-1] == ' ' || text[i-1] == '\t') {
			body, flagText = text[:i], text[i+1:]
			break
		}
	}
	f := strings.Fields(body)
	if len(f) < 2 {
		return perr("want CODE PATTERN, got %q", text)
	}
	code := f[0]
	var rev string
	if c, r, ok := strings.Cut(code, ":"); ok {
		code, rev = c, r
	}
	if code == "---" && rev == "" {
		code = "" // a null pattern: it matches and codes nothing
	} else if !validCode(code) || (rev != "" && !validCode(rev)) {
		return perr("bad event code %q", f[0])
	}
	p := &Pattern{ID: fmt.Sprintf("%s:%d", name, line), Text: strings.TrimSpace(body[len(f[0]):]), Code: code, RevCode: rev, strict: true}
	for _, fl := range strings.Fields(flagText) {
		v, ok := flagNames[fl]
		if !ok {
			return perr("unknown flag %q", fl)
		}
		p.Flags |= v
	}
	type tok struct {
		e      elem
		anchor bool
		forms  []string
		pos    byte
	}
	var toks []tok
	gap := -1
	explicit := -1
	for _, w := range f[1:] {
		if w == "..." {
			gap = ellipsisGap
			continue
		}
		t := tok{}
		if strings.HasPrefix(w, "!") {
			t.anchor = true
			w = w[1:]
		}
		if strings.HasSuffix(w, "?") && len(w) > 1 {
			t.e.opt = true
			w = w[:len(w)-1]
		}
		switch w {
		case "<T>":
			t.e.kind = ekTarget
			t.e.gap = slotGap
		case "<S>":
			t.e.kind = ekSource
			t.e.gap = slotGap
		case "<O>":
			t.e.kind = ekCoAgent
			t.e.gap = slotGap
		case "":
			return perr("empty element")
		default:
			for _, alt := range strings.Split(w, "|") {
				if alt == "" {
					return perr("empty alternative in %q", w)
				}
				switch {
				case strings.HasPrefix(alt, "&"):
					m, ok := syn[strings.ToUpper(alt)]
					if !ok {
						return perr("unknown synset %s", alt)
					}
					t.e.alts = append(t.e.alts, m...)
				case strings.HasSuffix(alt, ":v"):
					lem := strings.TrimSuffix(alt, ":v")
					t.e.alts = append(t.e.alts, verbForms(lem, irr[strings.ToLower(lem)])...)
					t.pos = 'v'
				case strings.HasSuffix(alt, ":w"):
					// this exact form, as a verb: "backs:w" (not "back")
					t.e.alts = append(t.e.alts, strings.ToLower(strings.TrimSuffix(alt, ":w")))
					t.pos = 'v'
				case strings.HasSuffix(alt, ":n"):
					t.e.alts = append(t.e.alts, nounForms(strings.TrimSuffix(alt, ":n"))...)
					if t.pos == 0 {
						t.pos = 'n'
					}
				default:
					word := normWords(alt)
					if word == "" {
						return perr("empty word in %q", w)
					}
					t.e.alts = append(t.e.alts, word)
				}
			}
		}
		if gap >= 0 {
			t.e.gap = gap
			gap = -1
		}
		if t.anchor {
			if explicit >= 0 {
				return perr("two anchors marked with !")
			}
			explicit = len(toks)
		}
		toks = append(toks, t)
	}
	a := explicit
	if a < 0 {
		for i, t := range toks {
			if t.pos != 0 {
				a = i
				break
			}
		}
	}
	if a < 0 {
		return perr("no anchor: mark one word with :v, :n or !")
	}
	at := toks[a]
	if at.e.kind != ekWord || at.e.opt {
		return perr("the anchor must be a required word")
	}
	// A "!" anchor without a verb form is a noun: "!pressure", "!&TALKS".
	p.Noun = at.pos == 'n' || (at.anchor && at.pos == 0)
	// Elements before the anchor, nearest first: an element's gap is the
	// distance to its right-hand neighbour, written before that neighbour.
	for i := a - 1; i >= 0; i-- {
		e := toks[i].e
		p.light = p.light || p.Noun && toks[i].pos == 'v'
		e.gap = toks[i+1].e.gap
		p.pre = append(p.pre, e)
	}
	for i := a + 1; i < len(toks); i++ {
		p.post = append(p.post, toks[i].e)
	}
	var anchors []string
	for _, alt := range at.e.alts {
		words := strings.Fields(alt)
		if len(words) == 0 {
			continue
		}
		if len(words) == 1 {
			anchors = append(anchors, alt)
			continue
		}
		// A multi-word anchor: its first word anchors a copy of the
		// pattern that requires the rest right after it.
		q := *p
		q.post = nil
		for _, w := range words[1:] {
			q.post = append(q.post, elem{kind: ekWord, alts: []string{w}})
		}
		if len(p.post) > 0 {
			first := p.post[0]
			q.post = append(q.post, first)
			q.post = append(q.post, p.post[1:]...)
		}
		d.add(&q, words[:1])
	}
	if len(anchors) > 0 {
		d.add(p, anchors)
	}
	return nil
}

// validCode reports whether c looks like an event code: 2 to 4 digits.
func validCode(c string) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// normWords lower-cases a dictionary word, turning "_" into spaces and
// collapsing runs of them: "security_guarantees" → "security guarantees".
func normWords(w string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(w, "_", " "))), " ")
}
