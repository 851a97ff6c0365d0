package gazetteer

import (
	"strconv"
	"strings"
	"testing"
)

// TestParseNumbers checks that the fast number parsers read every
// population, coordinate and ID of the embedded gazetteer exactly as
// strconv does, and a few malformed and unusual forms.
func TestParseNumbers(t *testing.T) {
	for _, s := range []string{"0", "-0", "21.32", "-157.86", "1e5", "", "-", ".", "1.2.3", "12a", "0.123456789",
		"-33.123", "179.99999999", "9007199254740993", "3.14159265358979"} {
		want, err := strconv.ParseFloat(s, 64)
		if err != nil {
			want = 0
		}
		if got := parseDecimal(s); got != want {
			t.Errorf("parseDecimal(%q) = %v, want %v", s, got, want)
		}
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for i := range g.Len() {
		f := strings.Split(g.line(i), "\t")
		if len(f) != 9 {
			t.Fatalf("line %d: %d fields", i, len(f))
		}
		for _, k := range []int{6, 7} {
			want, _ := strconv.ParseFloat(f[k], 64)
			if got := parseDecimal(f[k]); got != want {
				t.Fatalf("line %d: parseDecimal(%q) = %v, want %v", i, f[k], got, want)
			}
		}
		for _, k := range []int{5, 8} {
			want, _ := strconv.ParseInt(f[k], 10, 64)
			if got := parseInt(f[k]); got != want {
				t.Fatalf("line %d: parseInt(%q) = %v, want %v", i, f[k], got, want)
			}
		}
	}
}
