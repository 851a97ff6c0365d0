package gazetteer

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// TestIndexFresh fails when gazetteer.idx is not the index of
// gazetteer.tsv as the code builds it today.
func TestIndexFresh(t *testing.T) {
	fresh, err := Index(embedded)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, []byte(embeddedIndex)) {
		t.Fatalf("gazetteer.idx is stale (%d bytes, a fresh index is %d): run `go generate ./internal/gazetteer` (or `go run ./internal/genidx` in it) and commit gazetteer.idx",
			len(embeddedIndex), len(fresh))
	}
}

// TestIndexSameGazetteer checks that the gazetteer restored from the
// index is identical to the one LoadString builds from the text.
func TestIndexSameGazetteer(t *testing.T) {
	want, err := LoadString(embedded)
	if err != nil {
		t.Fatal(err)
	}
	got, err := loadIndexed(embedded, embeddedIndex)
	if err != nil {
		t.Fatalf("the embedded index does not load (%v): run `go generate ./internal/gazetteer`", err)
	}
	if got.Len() < 1000 || len(got.country) < 200 {
		t.Fatalf("restored gazetteer too small: %d entries, %d country codes", got.Len(), len(got.country))
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the gazetteer restored from the index differs from the one built from the text")
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, want) {
		t.Error("Default differs from the gazetteer built from the text")
	}
}

// TestIndexStale checks that an index is refused for other text, and
// when cut short or garbled.
func TestIndexStale(t *testing.T) {
	// Same length, one letter changed.
	i := strings.Index(embedded, "\tParis\t")
	if i < 0 {
		t.Fatal("no Paris in the gazetteer")
	}
	other := embedded[:i+1] + "B" + embedded[i+2:]
	if _, err := loadIndexed(other, embeddedIndex); err == nil {
		t.Error("an index of other text was accepted")
	}
	step := max(len(embeddedIndex)/53, 1)
	for n := 0; n < len(embeddedIndex); n += step {
		if _, err := loadIndexed(embedded, embeddedIndex[:n]); err == nil {
			t.Errorf("an index cut to %d of %d bytes was accepted", n, len(embeddedIndex))
		}
	}
	if _, err := loadIndexed(embedded, embeddedIndex+"x"); err == nil {
		t.Error("an index with trailing bytes was accepted")
	}
	// A line start moved: the arrays no longer fit the text.
	g, err := LoadString(embedded)
	if err != nil {
		t.Fatal(err)
	}
	bad := []byte(embeddedIndex)
	at := idxHeader + 8*g.Len() + 4 // the second line start, after the heads
	bad[at+3] = 0xff
	if _, err := loadIndexed(embedded, string(bad)); err == nil {
		t.Error("an index with a line start past the text was accepted")
	}
}

// FuzzIndex restores a small gazetteer from arbitrary indexes: an error
// or a gazetteer whose lookups work, never a panic.
//
//	go test -fuzz=FuzzIndex -fuzztime=20s ./internal/gazetteer/
func FuzzIndex(f *testing.F) {
	const text = "\tKyiv\tc\tUA\t12\t2797553\t50.45\t30.52\t703448\nparis\tParis\tc\tFR\t11\t2138551\t48.85\t2.35\t2988507\nukraine\tUkraine\tC\tUA\tUKR\t\t49\t32\t690791\n"
	idx, err := Index(text)
	if err != nil {
		f.Fatal(err)
	}
	// The body: the entry count, padding and the arrays and maps.
	hdr := len(idxMagic) + 12
	f.Add(idx[hdr:])
	f.Fuzz(func(t *testing.T, body []byte) {
		g, err := loadIndexed(text, string(idx[:hdr])+string(body))
		if err != nil {
			return
		}
		for i := range g.Len() {
			_ = g.Entry(i)
		}
		for _, q := range []string{"paris", "kyiv", "ukraine", "", "x"} {
			_ = g.Lookup(nil, []byte(q))
			_, _ = g.Probe([]byte(q))
		}
		_, _ = g.Country("UA")
		_, _ = g.Admin1("FR", "11")
	})
}

// BenchmarkLoadIndexed measures restoring the embedded gazetteer from
// its index (what Default does; BenchmarkLoad measures indexing the text).
//
//	go test -run=^$ -bench=Load -count=6 ./internal/gazetteer | benchstat -
func BenchmarkLoadIndexed(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadIndexed(embedded, embeddedIndex); err != nil {
			b.Fatal(err)
		}
	}
}
