// Package petrarch reads the actor and agent dictionaries of the
// PETRARCH and TABARI event coders in their own formats, unchanged, so the
// public CAMEO dictionaries (Phoenix, the PETRARCH validation suite) can be
// used by dyad's actors stage.
//
// Actor files hold entries of a base phrase, optional synonyms on lines
// starting with '+', and codes in brackets, on the base line or on the
// lines after it, each with an optional date restriction:
//
//	VLADIMIR_PUTIN_  # comment
//	+PUTIN_
//	+PRESIDENT_PUTIN_
//		[RUSGOV 991231-080507]
//		[RUSGOV >080508]
//		[RUSELI]
//
// Words are joined by '_' or by spaces; a trailing '_' (TABARI's "no
// stemming" mark) is ignored, as PETRARCH-2 does. A restriction is
// "<DATE" (before), ">DATE" (on or after) or "DATE-DATE" (from the first,
// up to the day before the second); dates are YYMMDD (years below 30 are
// 20xx) or YYYYMMDD. Comments start with '#'; "<!-- … -->" blocks and
// lines starting with "<!" are skipped.
//
// Agent files map role words to codes appended to (`[~GOV]`) or put before
// (`[NGO~]`) the actor's code, with optional irregular plurals in braces
// (`{}` for none) and substitution sets (`!PERSON! = MAN, MEN, …`).
package petrarch

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Errors a *ParseError may wrap.
var (
	ErrBracket  = errors.New("unbalanced '[' or '{'")
	ErrCode     = errors.New("empty or malformed code")
	ErrDate     = errors.New("bad date restriction")
	ErrSynonym  = errors.New("synonym or code line with no entry above")
	ErrComment  = errors.New("unterminated <!-- comment")
	ErrSubst    = errors.New("bad substitution set")
	ErrNoPhrase = errors.New("entry has no phrase")
)

// ParseError is a problem at one line of a dictionary file.
type ParseError struct {
	File string
	Line int // 1-based
	Err  error
}

// Error implements the error interface.
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Code is one code of an actor with its date restriction: valid from From
// to To, inclusive, as yyyymmdd; 0 means open. Both 0: no restriction.
type Code struct {
	Code string
	From int32
	To   int32
}

// Actor is one actor entry.
type Actor struct {
	Line int // line of the base phrase
	// Phrases are the base phrase then its synonyms, words separated by
	// single spaces, in the file's case ("VLADIMIR PUTIN").
	Phrases []string
	Codes   []Code
}

// Agent is one agent entry.
type Agent struct {
	Line int
	// Phrases are the entry's phrases after substitution-set expansion,
	// words separated by single spaces.
	Phrases []string
	// Plurals are the irregular plurals given in braces; NoPlural is set
	// by empty braces ("no plural form").
	Plurals  []string
	NoPlural bool
	// Code is the agent code without '~' ("GOV", "GOVFRM", "NGO").
	Code string
	// Prefix is set for "[NGO~]": the code goes before the actor's code
	// rather than after it.
	Prefix bool
}

// lines yields the file's lines with comments removed, 1-based numbers,
// skipping blank ones.
type lines struct {
	name string
	sc   *bufio.Scanner
	n    int
}

func newLines(name string, data []byte) *lines {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	return &lines{name: name, sc: sc}
}

// next returns the next non-blank line without comments, or ok false at
// the end.
func (l *lines) next() (line string, n int, err error) {
	for l.sc.Scan() {
		l.n++
		s := l.sc.Text()
		if strings.HasPrefix(strings.TrimSpace(s), "<!") && !strings.HasPrefix(strings.TrimSpace(s), "<!--") {
			continue
		}
		// "<!-- … -->", possibly across lines.
		for {
			i := strings.Index(s, "<!--")
			if i < 0 {
				break
			}
			if j := strings.Index(s[i+4:], "-->"); j >= 0 {
				s = s[:i] + s[i+4+j+3:]
				continue
			}
			start := l.n
			head := s[:i]
			closed := false
			for l.sc.Scan() {
				l.n++
				t := l.sc.Text()
				if j := strings.Index(t, "-->"); j >= 0 {
					s = head + t[j+3:]
					closed = true
					break
				}
			}
			if !closed {
				return "", start, &ParseError{File: l.name, Line: start, Err: ErrComment}
			}
		}
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		return s, l.n, nil
	}
	if err := l.sc.Err(); err != nil {
		return "", l.n, &ParseError{File: l.name, Line: l.n, Err: err}
	}
	return "", l.n, nil
}

// words turns "VLADIMIR_PUTIN_" or "HAMAS WING" into "VLADIMIR PUTIN".
func words(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " ")
}

// ParseActors reads a PETRARCH/TABARI actor dictionary. name is used in
// errors only. A code whose date restriction cannot be read is skipped,
// as PETRARCH does, and so is text after an entry's codes; both are
// reported in warnings (each a *ParseError); a
// structural problem (a synonym or code with no entry, an unclosed
// bracket or comment) is an error.
func ParseActors(name string, data []byte) (actors []Actor, warnings []error, err error) {
	l := newLines(name, data)
	var out []Actor
	var cur *Actor
	// codes parses codes and keeps the good ones, warning about bad dates.
	codes := func(s string, n int) ([]Code, string, error) {
		var good []Code
		for {
			s = strings.TrimSpace(s)
			if s == "" || s[0] != '[' {
				return good, s, nil
			}
			end := strings.IndexByte(s, ']')
			if end < 0 {
				return nil, "", ErrBracket
			}
			c, err := parseCode(s[1:end])
			switch {
			case errors.Is(err, ErrDate):
				warnings = append(warnings, &ParseError{File: name, Line: n, Err: err})
			case err != nil:
				return nil, "", err
			default:
				good = append(good, c)
			}
			s = s[end+1:]
		}
	}
	for {
		s, n, err := l.next()
		if err != nil {
			return nil, warnings, err
		}
		if s == "" {
			break
		}
		perr := func(e error) error { return &ParseError{File: name, Line: n, Err: e} }
		t := strings.TrimSpace(s)
		switch {
		case t[0] == '[':
			if cur == nil {
				return nil, warnings, perr(ErrSynonym)
			}
			codes, rest, err := codes(t, n)
			if err != nil {
				return nil, warnings, perr(err)
			}
			if strings.TrimSpace(rest) != "" {
				warnings = append(warnings, perr(fmt.Errorf("%w: text %q after codes ignored", ErrCode, strings.TrimSpace(rest))))
			}
			cur.Codes = append(cur.Codes, codes...)
		case t[0] == '+':
			if cur == nil {
				return nil, warnings, perr(ErrSynonym)
			}
			ph, rest, _ := strings.Cut(t[1:], "[")
			if p := words(ph); p != "" {
				cur.Phrases = append(cur.Phrases, p)
			}
			if rest != "" {
				codes, tail, err := codes("["+rest, n)
				if err != nil {
					return nil, warnings, perr(err)
				}
				if strings.TrimSpace(tail) != "" {
					warnings = append(warnings, perr(fmt.Errorf("%w: text %q after codes ignored", ErrCode, strings.TrimSpace(tail))))
				}
				cur.Codes = append(cur.Codes, codes...)
			}
		default:
			ph, rest, found := strings.Cut(t, "[")
			p := words(ph)
			if p == "" {
				return nil, warnings, perr(ErrNoPhrase)
			}
			out = append(out, Actor{Line: n, Phrases: []string{p}})
			cur = &out[len(out)-1]
			if found {
				codes, tail, err := codes("["+rest, n)
				if err != nil {
					return nil, warnings, perr(err)
				}
				if strings.TrimSpace(tail) != "" {
					warnings = append(warnings, perr(fmt.Errorf("%w: text %q after codes ignored", ErrCode, strings.TrimSpace(tail))))
				}
				cur.Codes = append(cur.Codes, codes...)
			}
		}
	}
	return out, warnings, nil
}

// parseCodes parses one or more "[CODE restriction]" groups at the start
// of s and returns what follows them.
func parseCodes(s string) ([]Code, string, error) {
	var out []Code
	for {
		s = strings.TrimSpace(s)
		if s == "" || s[0] != '[' {
			return out, s, nil
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return nil, "", ErrBracket
		}
		c, err := parseCode(s[1:end])
		if err != nil {
			return nil, "", err
		}
		out = append(out, c)
		s = s[end+1:]
	}
}

// parseCode parses the inside of one bracket: "RUSGOV >080508",
// "HOB < 950601", "HOBMIL 20080120-20121109", "IGOEUREEC".
func parseCode(s string) (Code, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Code{}, ErrCode
	}
	code := strings.ToUpper(f[0])
	for i := 0; i < len(code); i++ {
		if c := code[i]; c == '[' || c == '{' || c == '}' || c < '!' || c > '~' {
			return Code{}, fmt.Errorf("%w %q", ErrCode, f[0])
		}
	}
	c := Code{Code: code}
	r := strings.Join(f[1:], "")
	if r == "" {
		return c, nil
	}
	var err error
	switch {
	case r[0] == '<':
		var d int32
		if d, err = parseDate(r[1:]); err == nil {
			c.To, err = dayBefore(d)
		}
	case r[0] == '>':
		c.From, err = parseDate(r[1:])
	default:
		a, b, ok := strings.Cut(r, "-")
		if !ok {
			return Code{}, fmt.Errorf("%w %q: want <DATE, >DATE or DATE-DATE", ErrDate, r)
		}
		if c.From, err = parseDate(a); err == nil {
			var d int32
			if d, err = parseDate(b); err == nil {
				c.To, err = dayBefore(d)
			}
		}
		if err == nil && c.To < c.From {
			// A one-day range "X-X" covers X.
			if c.To+1 >= c.From {
				c.To = c.From
			} else {
				err = fmt.Errorf("%w %q: ends before it starts", ErrDate, r)
			}
		}
	}
	if err != nil {
		return Code{}, err
	}
	return c, nil
}

// parseDate parses YYMMDD or YYYYMMDD into yyyymmdd.
func parseDate(s string) (int32, error) {
	if len(s) != 6 && len(s) != 8 {
		return 0, fmt.Errorf("%w %q: want YYMMDD or YYYYMMDD", ErrDate, s)
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("%w %q: not a number", ErrDate, s)
	}
	if len(s) == 6 {
		yy := v / 10000
		if yy < 30 {
			v += 20000000
		} else {
			v += 19000000
		}
	}
	y, m, d := v/10000, v/100%100, v%100
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 {
		return 0, fmt.Errorf("%w %q: no such day", ErrDate, s)
	}
	return int32(v), nil
}

// dayBefore returns the day before d (yyyymmdd).
func dayBefore(d int32) (int32, error) {
	t := time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	return int32(t.Year()*10000 + int(t.Month())*100 + t.Day()), nil
}

// ParseAgents reads a PETRARCH/TABARI agent dictionary. name is used in
// errors only.
func ParseAgents(name string, data []byte) ([]Agent, error) {
	l := newLines(name, data)
	subst := map[string][]string{}
	var out []Agent
	for {
		s, n, err := l.next()
		if err != nil {
			return nil, err
		}
		if s == "" {
			break
		}
		perr := func(e error) error { return &ParseError{File: name, Line: n, Err: e} }
		t := strings.TrimSpace(s)
		if t[0] == '!' && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			key, vals, _ := strings.Cut(t, "=")
			key = strings.TrimSpace(key)
			if len(key) < 3 || key[len(key)-1] != '!' {
				return nil, perr(fmt.Errorf("%w: name %q must look like !NAME!", ErrSubst, key))
			}
			var vs []string
			for _, v := range strings.Split(vals, ",") {
				if v = strings.TrimSpace(v); v != "" {
					vs = append(vs, v)
				}
			}
			if len(vs) == 0 {
				return nil, perr(fmt.Errorf("%w: %s has no values", ErrSubst, key))
			}
			subst[key] = vs
			continue
		}
		a := Agent{Line: n}
		head, rest, ok := strings.Cut(t, "[")
		if !ok {
			// A phrase with no code, as in the Phoenix agents file
			// ("ISLAMIC_EXTREMIST"): PETRARCH ignores it, so do we.
			continue
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			// The Phoenix agents file has "[~ENV}": accept the typo.
			if end = strings.IndexByte(rest, '}'); end < 0 {
				return nil, perr(ErrBracket)
			}
		}
		code := strings.Join(strings.Fields(rest[:end]), "")
		switch {
		case strings.HasPrefix(code, "~"):
			a.Code = code[1:]
		case strings.HasSuffix(code, "~"):
			a.Code = code[:len(code)-1]
			a.Prefix = true
		default:
			a.Code = code
		}
		if a.Code == "" || strings.ContainsAny(a.Code, "~[]{}") {
			return nil, perr(fmt.Errorf("%w %q", ErrCode, code))
		}
		a.Code = strings.ToUpper(a.Code)
		if i := strings.IndexByte(head, '{'); i >= 0 {
			j := strings.IndexByte(head[i:], '}')
			if j < 0 {
				return nil, perr(ErrBracket)
			}
			inner := strings.TrimSpace(head[i+1 : i+j])
			if inner == "" {
				a.NoPlural = true
			} else {
				for _, p := range strings.Fields(inner) {
					a.Plurals = append(a.Plurals, words(p))
				}
			}
			head = head[:i] + head[i+j+1:]
		}
		base := strings.TrimSpace(head)
		if base == "" {
			return nil, perr(ErrNoPhrase)
		}
		phrases, err := expand(base, subst, 0)
		if err != nil {
			return nil, perr(err)
		}
		for _, p := range phrases {
			if w := words(p); w != "" {
				a.Phrases = append(a.Phrases, w)
			}
		}
		if len(a.Phrases) == 0 {
			return nil, perr(ErrNoPhrase)
		}
		out = append(out, a)
	}
	return out, nil
}

// maxExpand caps how many phrases one entry may expand to.
const maxExpand = 256

// expand replaces each !NAME! in s by each of its values.
func expand(s string, subst map[string][]string, depth int) ([]string, error) {
	if depth > 8 {
		return nil, fmt.Errorf("%w: more than 8 sets in one entry", ErrSubst)
	}
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}, nil
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("%w: unclosed '!' in %q", ErrSubst, s)
	}
	key := s[i : i+j+2]
	vals, ok := subst[key]
	if !ok {
		return nil, fmt.Errorf("%w: %s is not defined", ErrSubst, key)
	}
	var out []string
	for _, v := range vals {
		rest, err := expand(s[i+j+2:], subst, depth+1)
		if err != nil {
			return nil, err
		}
		for _, r := range rest {
			if len(out) >= maxExpand {
				return nil, fmt.Errorf("%w: entry expands to more than %d phrases", ErrSubst, maxExpand)
			}
			out = append(out, s[:i]+v+r)
		}
	}
	return out, nil
}
