// Package cameo is dyad's embedded CAMEO event codebook: every CAMEO code
// with its name, root, Goldstein value and QuadClass, and its mapping to a
// PLOVER event type, mode and context.
//
// Conventions (see docs/cameo.md): Goldstein values are GDELT's lookup
// table (ICEWS's where GDELT has none); QuadClass is GDELT's, by root:
// 01–05 verbal cooperation (1), 06–09 material cooperation (2), 10–14
// verbal conflict (3), 15–20 material conflict (4). PLOVER types come from
// CAMEO2PLOVER-2021; the 02 (appeal) codes, absent there, take the mapping
// of the parallel 10 (demand) code; the 01 (public statement) codes have no
// PLOVER type, since PLOVER does not code statements.
//
// The codebook is parsed once, on first use, and is read-only; it is safe
// for concurrent use.
package cameo

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed codes.tsv
var codesTSV string

// QuadClass values.
const (
	VerbalCooperation   = 1
	MaterialCooperation = 2
	VerbalConflict      = 3
	MaterialConflict    = 4
)

// Code is one CAMEO event code.
type Code struct {
	// Code is the CAMEO code: "04", "042", "0874".
	Code string
	// Root is the two-digit root ("04").
	Root string
	// Level is 1 for a root, 2 for a three-digit code, 3 for four digits.
	Level int
	// Name is the CAMEO codebook's name.
	Name string
	// Goldstein is the Goldstein scale value, -10 to +10.
	Goldstein float64
	// Quad is the QuadClass, 1 to 4.
	Quad int
	// PLOVER is the PLOVER event type ("CONSULT"), "" for codes PLOVER
	// does not code (root 01).
	PLOVER string
	// PLOVERMode is the PLOVER mode ("visit", "phone"), often "".
	PLOVERMode string
	// PLOVERContext lists PLOVER contexts ("military", "economic").
	PLOVERContext []string
	// Note says where a value departs from the source tables.
	Note string
}

type book struct {
	codes []Code
	index map[string]int
	err   error
}

var (
	once sync.Once
	bk   book
)

func load() *book {
	once.Do(func() {
		codes, err := parse(codesTSV)
		bk = book{codes: codes, err: err, index: make(map[string]int, len(codes))}
		for i, c := range codes {
			bk.index[c.Code] = i
		}
	})
	return &bk
}

// parse reads the codebook's TSV form.
func parse(s string) ([]Code, error) {
	var out []Code
	for n, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("cameo codebook line %d: %d fields, want 10", n+1, len(f))
		}
		lvl, err1 := strconv.Atoi(f[2])
		g, err2 := strconv.ParseFloat(f[3], 64)
		q, err3 := strconv.Atoi(f[4])
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("cameo codebook line %d: bad number in %q", n+1, line)
		}
		c := Code{Code: f[0], Root: f[1], Level: lvl, Goldstein: g, Quad: q,
			PLOVER: f[5], PLOVERMode: f[6], Name: f[8], Note: f[9]}
		for _, x := range strings.Split(f[7], ";") {
			if x = strings.TrimSpace(x); x != "" {
				c.PLOVERContext = append(c.PLOVERContext, x)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// Lookup returns the code's entry. A code that is not in the codebook
// but whose three-digit or root prefix is (TABARI-style "0431" variants)
// is not accepted: ok is false.
func Lookup(code string) (Code, bool) {
	b := load()
	i, ok := b.index[code]
	if !ok {
		return Code{}, false
	}
	return b.codes[i], true
}

// Nearest returns the entry for code, or for its longest prefix that is a
// code (a four-digit code not in CAMEO falls back to its three-digit
// parent, then to its root). ok is false when not even the root exists.
func Nearest(code string) (Code, bool) {
	for n := len(code); n >= 2; n-- {
		if c, ok := Lookup(code[:n]); ok {
			return c, true
		}
	}
	return Code{}, false
}

// Codes returns every code in codebook order. The slice is a copy.
func Codes() []Code {
	b := load()
	out := make([]Code, len(b.codes))
	copy(out, b.codes)
	return out
}

// Roots returns the twenty root codes, sorted.
func Roots() []string {
	var out []string
	for _, c := range load().codes {
		if c.Level == 1 {
			out = append(out, c.Code)
		}
	}
	sort.Strings(out)
	return out
}

// Err reports a problem with the embedded codebook (nil in any release
// that passed its tests).
func Err() error { return load().err }

// QuadOfRoot returns the QuadClass of a root under dyad's (GDELT's)
// convention, 0 for an unknown root.
func QuadOfRoot(root string) int {
	r, err := strconv.Atoi(root)
	switch {
	case err != nil || len(root) != 2 || r < 1 || r > 20:
		return 0
	case r <= 5:
		return VerbalCooperation
	case r <= 9:
		return MaterialCooperation
	case r <= 14:
		return VerbalConflict
	}
	return MaterialConflict
}

// PLOVERTypes returns the PLOVER event types the codebook maps CAMEO codes
// to ("ACCUSE", "AGREE"…), sorted.
func PLOVERTypes() []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range load().codes {
		if c.PLOVER != "" && !seen[c.PLOVER] {
			seen[c.PLOVER] = true
			out = append(out, c.PLOVER)
		}
	}
	sort.Strings(out)
	return out
}
