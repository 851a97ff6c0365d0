package gazetteer_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/gazetteer"
)

// FuzzLoad feeds arbitrary files to the loader: it returns an error or a
// gazetteer whose every entry, lookup and probe works without a panic.
func FuzzLoad(f *testing.F) {
	f.Add("paris\tParis\tc\tFR\t11\t2138551\t48.85\t2.35\t2988507\n")
	f.Add("\tKyiv\tc\tUA\t12\t2797553\t50.45\t30.52\t703448\nukraine\tUkraine\tC\tUA\tUKR\t\t49\t32\t690791\n")
	f.Add("a\tb\tZ\n")
	f.Add("\t\t\t\n")
	f.Add("x\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := gazetteer.LoadBytes([]byte(data))
		if err != nil {
			return
		}
		for i := range min(g.Len(), 64) {
			_ = g.Entry(i)
		}
		for _, q := range []string{"paris", "kyiv", "a", "", "x", "ukraine"} {
			_ = g.Lookup(nil, []byte(q))
			_, _ = g.Probe([]byte(q))
			_ = g.Has([]byte(q))
		}
		_, _ = g.Country("UA")
		_, _ = g.Admin1("FR", "11")
	})
}
