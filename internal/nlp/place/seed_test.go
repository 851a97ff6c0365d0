package place_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/place"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

func TestDebugSeed(t *testing.T) {
	p := corpus.Path(t, "seed/internewscast-zelenskyy-washington.txt")
	b, _ := os.ReadFile(p)
	text := string(b)
	seg, _ := segment.New(segment.Config{})
	g, err := place.New(place.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, pl := range g.Places(text, seg.Split(text), nil) {
		fmt.Printf("%-12s %-20s %s %s %.2f,%.2f %s meto=%v\n", pl.Text, pl.Name, pl.Country, pl.Admin1, pl.Lat, pl.Lon, pl.Precision, pl.Metonymic)
	}
	_ = dyad.PrecisionCity
}
