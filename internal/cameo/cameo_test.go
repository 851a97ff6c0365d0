package cameo_test

import (
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/corpus"
)

func TestCodes_Convention(t *testing.T) {
	if err := cameo.Err(); err != nil {
		t.Fatal(err)
	}
	codes := cameo.Codes()
	if len(codes) < 310 {
		t.Fatalf("Codes() has %d codes, want at least 310", len(codes))
	}
	seen := map[string]bool{}
	for _, c := range codes {
		if seen[c.Code] {
			t.Errorf("code %s listed twice", c.Code)
		}
		seen[c.Code] = true
		if !strings.HasPrefix(c.Code, c.Root) || len(c.Root) != 2 {
			t.Errorf("code %s: root %q", c.Code, c.Root)
		}
		if want := len(c.Code) - 1; c.Level != want {
			t.Errorf("code %s: level %d, want %d", c.Code, c.Level, want)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("code %s: Goldstein %v out of range", c.Code, c.Goldstein)
		}
		if q := cameo.QuadOfRoot(c.Root); c.Quad != q {
			t.Errorf("code %s: quad %d, want %d (GDELT convention by root)", c.Code, c.Quad, q)
		}
		// Every code has a PLOVER type except the public statements (01),
		// which PLOVER does not code: the documented gap.
		if (c.PLOVER == "") != (c.Root == "01") {
			t.Errorf("code %s: PLOVER type %q", c.Code, c.PLOVER)
		}
		if c.Name == "" {
			t.Errorf("code %s has no name", c.Code)
		}
	}
	if got := len(cameo.Roots()); got != 20 {
		t.Errorf("Roots() = %d roots, want 20", got)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		ok        bool
		root      string
		goldstein float64
		quad      int
		plover    string
	}{
		{"042", true, "04", 1.9, 1, "CONSULT"},
		{"108", true, "10", -5.0, 3, "REQUEST"},
		{"016", true, "01", -2.0, 1, ""},        // GDELT value, not ICEWS's -5
		{"0234", true, "02", 3.4, 1, "REQUEST"}, // appeal mapped like 1034
		{"14", true, "14", -6.5, 3, "PROTEST"},  // GDELT quad: 14 is verbal conflict
		{"09", true, "09", -2.0, 2, "ACCUSE"},
		{"1213", true, "12", -4.0, 3, "REJECT"}, // no GDELT value: ICEWS's
		{"1214", true, "12", -4.0, 3, "REJECT"}, // in neither table: parent's
		{"192", true, "19", -9.5, 4, "COERCE"},
		{"999", false, "", 0, 0, ""},
		{"", false, "", 0, 0, ""},
	}
	for _, tt := range tests {
		c, ok := cameo.Lookup(tt.code)
		if ok != tt.ok {
			t.Errorf("Lookup(%q) ok = %v, want %v", tt.code, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if c.Root != tt.root || c.Goldstein != tt.goldstein || c.Quad != tt.quad || c.PLOVER != tt.plover {
			t.Errorf("Lookup(%q) = root %s goldstein %v quad %d plover %q, want %s %v %d %q",
				tt.code, c.Root, c.Goldstein, c.Quad, c.PLOVER, tt.root, tt.goldstein, tt.quad, tt.plover)
		}
	}
	if c, ok := cameo.Nearest("0431"); !ok || c.Code != "043" {
		t.Errorf("Nearest(0431) = %q, %v; want 043", c.Code, ok)
	}
}

// TestCodes_MatchSources checks the embedded codebook against the public
// tables it was made from.
func TestCodes_MatchSources(t *testing.T) {
	p := corpus.Path(t, "corpora/event-coding-dictionaries/cameo_codes_goldstein.csv")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		c, ok := cameo.Lookup(r[0])
		if !ok {
			t.Errorf("code %s from the CSV is missing", r[0])
			continue
		}
		want := r[5]
		if want == "" {
			want = r[6]
		}
		g, err := strconv.ParseFloat(want, 64)
		if err != nil {
			t.Fatalf("CSV code %s: %v", r[0], err)
		}
		if c.Goldstein != g {
			t.Errorf("code %s Goldstein %v, want GDELT's %v", r[0], c.Goldstein, g)
		}
		if q, _ := strconv.Atoi(r[7]); c.Quad != q {
			t.Errorf("code %s quad %d, want GDELT's %d", r[0], c.Quad, q)
		}
	}
	b, err := os.ReadFile(corpus.Path(t, "corpora/event-coding-dictionaries/CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		code, rest, ok := strings.Cut(line, ":")
		if !ok || len(code) < 3 || strings.Trim(code, "0123456789") != "" {
			continue
		}
		typ, _, _ := strings.Cut(strings.SplitN(rest, "#", 2)[0], ",")
		c, ok := cameo.Lookup(code)
		if !ok {
			t.Errorf("PLOVER table code %s missing", code)
		} else if c.PLOVER != strings.TrimSpace(typ) {
			t.Errorf("code %s PLOVER %q, want %q", code, c.PLOVER, strings.TrimSpace(typ))
		}
	}
}
