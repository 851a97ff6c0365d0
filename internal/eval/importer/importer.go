// Package importer turns standard annotated datasets into dyad gold files
// (see the shared gold/README.md and docs/eval.md): TimeML (TempEval-3),
// brat attribution standoff (PolNeAR), LGL/TR-News geoparsing XML and
// CoNLL BIO named entities (CrossNER).
//
// Every importer writes gold files whose article is given as "text", with
// byte offsets (start, end) into that text, so each item points at the
// exact words the dataset annotated.
package importer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/eval"
)

// Formats lists the importers by name.
var Formats = map[string]func(in string) ([]*eval.Gold, error){
	"timeml": TimeML,
	"brat":   Brat,
	"lgl":    LGL,
	"conll":  CoNLL,
}

// FormatNames returns the importer names, sorted.
func FormatNames() []string {
	var n []string
	for k := range Formats {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

// ParseError is a problem with one place of an input file.
type ParseError struct {
	File string
	Line int // 1-based, 0 when unknown
	Err  error
}

// Error implements error.
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Import reads the dataset in (a file or folder, as the format expects)
// with the named importer and writes one gold JSON file per article into
// the folder out, creating it. It returns the number of files written.
func Import(format, in, out string) (int, error) {
	f, ok := Formats[format]
	if !ok {
		return 0, fmt.Errorf("unknown import format %q (want one of %s)", format, strings.Join(FormatNames(), ", "))
	}
	golds, err := f(in)
	if err != nil {
		return 0, err
	}
	return len(golds), WriteDir(out, golds)
}

// WriteDir writes each gold as out/<id>.json.
func WriteDir(out string, golds []*eval.Gold) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, g := range golds {
		b, err := json.MarshalIndent(g, "", " ")
		if err != nil {
			return err
		}
		p := filepath.Join(out, safeName(g.ID)+".json")
		if err := os.WriteFile(p, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func safeName(id string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r == 0 {
			return '_'
		}
		return r
	}, id)
}

// textMap normalizes an article text the way ingest reads a plain text
// file (CRLF to LF, outer white space trimmed) and maps offsets of the raw
// text to offsets of the result.
type textMap struct {
	Text string
	raw  string
	off  []int // off[i] is the new offset of raw byte i; len(raw)+1 entries
}

func newTextMap(raw string) *textMap {
	var b strings.Builder
	off := make([]int, len(raw)+1)
	for i := 0; i < len(raw); i++ {
		off[i] = b.Len()
		if raw[i] == '\r' && i+1 < len(raw) && raw[i+1] == '\n' {
			continue
		}
		b.WriteByte(raw[i])
	}
	off[len(raw)] = b.Len()
	s := b.String()
	t := strings.TrimSpace(s)
	lead := strings.Index(s, t)
	if t == "" {
		lead = 0
	}
	for i := range off {
		off[i] = min(max(off[i]-lead, 0), len(t))
	}
	return &textMap{Text: t, raw: raw, off: off}
}

// span maps a raw byte span; ok is false when it falls outside the text.
func (m *textMap) span(start, end int) (int, int, bool) {
	if start < 0 || end > len(m.raw) || start > end {
		return 0, 0, false
	}
	return m.off[start], m.off[end], true
}

// runeOffsets returns the byte offset of every rune index of s, with one
// extra entry for len(s).
func runeOffsets(s string) []int {
	off := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		off = append(off, i)
	}
	return append(off, len(s))
}

func ip(i int) *int { return &i }

// firstWords returns up to n words of s, from its first letter or digit.
func firstWords(s string, n int) (string, int) {
	start := strings.IndexFunc(s, isWordRune)
	if start < 0 {
		return "", 0
	}
	words, end, in := 0, start, false
	for i, r := range s[start:] {
		w := isWordRune(r) || r == '\'' || r == '’' || r == '-'
		if w && !in {
			words++
			if words > n {
				break
			}
		}
		in = w
		if w {
			end = start + i + utf8.RuneLen(r)
		}
	}
	return s[start:end], start
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && !strings.ContainsRune("“”‘’«»—–…", r)
}
