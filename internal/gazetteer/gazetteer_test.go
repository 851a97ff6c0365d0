package gazetteer_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/gazetteer"
	"github.com/dyad-events/dyad/internal/gazetteer/internal/build"
)

func TestLookup(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		wantKind gazetteer.Kind
		wantCC3  string
		wantName string
	}{
		{"Paris", gazetteer.Capital, "FRA", "Paris"},
		{"Ukraine", gazetteer.Country, "UKR", "Ukraine"},
		{"Ukrainian", gazetteer.Demonym, "UKR", "Ukrainian"},
		{"Donbas", gazetteer.Region, "UKR", "Donbas"},
		{"Crimea", gazetteer.Admin1, "UKR", "Crimea"},
		{"Georgia", gazetteer.Country, "GEO", "Georgia"},
		{"New York", gazetteer.Admin1, "USA", "New York"},
		{"Irbil", gazetteer.Seat1, "IRQ", "Erbil"},
		{"Kiev", gazetteer.Capital, "UKR", "Kyiv"},
		{"São Paulo", gazetteer.Admin1, "BRA", "São Paulo"},
		{"SAO PAULO", gazetteer.Admin1, "BRA", "São Paulo"},
		{"Guinea-Bissau", gazetteer.Country, "GNB", "Guinea-Bissau"},
		{"Middle East", gazetteer.Region, "", "Middle East"},
		{"Laurel County", gazetteer.Admin2, "USA", "Laurel County"},
		{"U.S.", gazetteer.Country, "USA", "United States"},
		{"Korea", gazetteer.Country, "KOR", "South Korea"},
		{"Marburg", gazetteer.Seat3, "DEU", "Marburg an der Lahn"},
		// Islands and hand-written aliases.
		{"Mindanao", gazetteer.Region, "PHL", "Mindanao"},
		{"Borneo", gazetteer.Region, "", "Borneo"},
		{"Republika Srpska", gazetteer.Admin1, "BIH", "Srpska"},
		{"Maidan Shahr", gazetteer.Seat1, "AFG", "Maydanshakhr"},
		{"C.A.R.", gazetteer.Country, "CAF", "Central African Republic"},
		{"Republic of Congo", gazetteer.Country, "COG", "Republic of the Congo"},
		// "Province of Sulu" by its bare name.
		{"Sulu", gazetteer.Admin2, "PHL", "Sulu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := g.Lookup(nil, gazetteer.Key(nil, tt.name))
			if len(es) == 0 {
				t.Fatalf("Lookup(%q) found nothing", tt.name)
			}
			e := es[0]
			if e.Kind != tt.wantKind || e.CC3 != tt.wantCC3 || e.Name != tt.wantName {
				t.Errorf("Lookup(%q)[0] = %c %s %q, want %c %s %q", tt.name, e.Kind, e.CC3, e.Name, tt.wantKind, tt.wantCC3, tt.wantName)
			}
		})
	}
	// A province named after its town is not indexed again under the
	// town's name: "Province of Florence" adds no "Florence".
	for _, name := range []string{"Florence", "Toledo"} {
		for _, e := range g.Lookup(nil, gazetteer.Key(nil, name)) {
			if e.Kind == gazetteer.Admin2 && (e.CC3 == "ITA" || e.CC3 == "ESP") {
				t.Errorf("Lookup(%q) has the province %+v", name, e)
			}
		}
	}
	if es := g.Lookup(nil, gazetteer.Key(nil, "Xqzzy")); len(es) != 0 {
		t.Errorf("Lookup(Xqzzy) = %v, want none", es)
	}
	if a, ok := g.Admin1("US", "WA"); !ok || a.Name != "Washington" {
		t.Errorf("Admin1(US, WA) = %v, %v", a, ok)
	}
}

// TestBuildDeterministic regenerates the gazetteer from the shared sources
// and checks it is byte-identical to the embedded file.
func TestBuildDeterministic(t *testing.T) {
	src := corpus.Path(t, "corpora/gazetteer")
	if testing.Short() || raceOn {
		t.Skip("slow: rebuilds the gazetteer (run without -short and -race)")
	}
	var a, b bytes.Buffer
	if err := build.Build(src, "data/regions.tsv", &a); err != nil {
		t.Fatal(err)
	}
	if err := build.Build(src, "data/regions.tsv", &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two builds differ")
	}
	want, err := os.ReadFile("gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), want) {
		t.Errorf("gazetteer.tsv is stale: run go generate ./internal/gazetteer (built %d bytes, file has %d)", a.Len(), len(want))
	}
}

func TestLoad_Errors(t *testing.T) {
	for _, in := range []string{"", "no final newline", "\tno key\n", "key-only\n"} {
		if _, err := gazetteer.Load(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Load(%q) = nil error", in)
		}
	}
}

// BenchmarkLoad measures loading the embedded gazetteer (part of `dyad
// code` cold start: indexing the text in place) and reports the memory
// it holds, text included.
//
//	go test -run=^$ -bench=Load -count=6 ./internal/gazetteer | benchstat -
func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("gazetteer.tsv")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.ReportAllocs()
	var g *gazetteer.Gazetteer
	for b.Loop() {
		g, err = gazetteer.LoadString(text)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Size())/(1<<20), "MB")
	b.ReportMetric(float64(g.Len()), "entries")
}

// BenchmarkLookup measures name lookups, hits and misses.
//
//	go test -run=^$ -bench=Lookup -count=6 ./internal/gazetteer | benchstat -
func BenchmarkLookup(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"paris", "washington", "new york", "kyiv", "xqzzy", "springfield", "the", "donbas"}
	var keys [][]byte
	for _, n := range names {
		keys = append(keys, gazetteer.Key(nil, n))
	}
	var dst []gazetteer.Entry
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, k := range keys {
			dst = g.Lookup(dst[:0], k)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
}

// BenchmarkHas measures the search alone (the places stage's test of each
// run of capitalised words), on hits and misses.
//
//	go test -run=^$ -bench=Has -count=6 ./internal/gazetteer | benchstat -
func BenchmarkHas(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"paris", "washington", "new york", "kyiv", "xqzzy", "springfield", "the", "donbas",
		"bob jones", "president", "white house", "sao paulo", "mississauga", "new", "kansas city", "zz top"}
	var keys [][]byte
	for _, n := range names {
		keys = append(keys, gazetteer.Key(nil, n))
	}
	b.ReportAllocs()
	n, hits := 0, 0
	for b.Loop() {
		for _, k := range keys {
			if g.Has(k) {
				hits++
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
}

func TestGazetteer_Probe(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name          string
		exact, prefix bool
	}{
		{"new york", true, true},
		{"new yor", false, true},
		{"new york city", true, true},
		{"bob jones", false, false},
		{"xqzzy", false, false},
		{"a", false, true},
		{"zzzzzzzz", false, false},
		{"paris", true, true},
		{"donba", false, true},
		{"'a'ala", true, true}, // a key stored as the lowered name
		{"'a'al", false, true},
	}
	for _, tt := range tests {
		exact, prefix := g.Probe(gazetteer.Key(nil, tt.name))
		if exact != tt.exact || prefix != tt.prefix {
			t.Errorf("Probe(%q) = %v, %v, want %v, %v", tt.name, exact, prefix, tt.exact, tt.prefix)
		}
		if has := g.Has(gazetteer.Key(nil, tt.name)); has != tt.exact {
			t.Errorf("Has(%q) = %v, want %v", tt.name, has, tt.exact)
		}
	}
}
