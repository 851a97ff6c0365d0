package place_test

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/place"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

func TestDebugGeo(t *testing.T) {
	file := os.Getenv("GEO")
	if file == "" {
		t.Skip()
	}
	arts := readGeo(t, file)
	seg, _ := segment.New(segment.Config{})
	g, _ := place.New(place.Config{ActorCountries: os.Getenv("AC") != ""})
	fp, fn, wrong := map[string]int{}, map[string]int{}, map[string]int{}
	for _, a := range arts {
		places := g.Places(a.Text, seg.Split(a.Text), nil)
		for _, p := range places {
			hit := false
			for _, tp := range a.Toponyms {
				if p.Overlaps(tp.Span) {
					hit = true
					if tp.HasCoord && haversineKm(p.Lat, p.Lon, tp.Lat, tp.Lon) > 161 {
						wrong[fmt.Sprintf("%s -> %s %s %s (gold %.1f,%.1f)", p.Text, p.Name, p.Country, p.Admin1, tp.Lat, tp.Lon)]++
					}
				}
			}
			if !hit {
				if p.Text == os.Getenv("SHOW") {
					fmt.Printf("FP ctx: %q\n", a.Text[max(0, p.Start-40):min(len(a.Text), p.End+30)])
				}
				fp[p.Text]++
			}
		}
		for _, tp := range a.Toponyms {
			hit := false
			for _, p := range places {
				if p.Overlaps(tp.Span) {
					hit = true
				}
			}
			if !hit {
				s, e := max(0, tp.Start-30), min(len(a.Text), tp.End+30)
				if tp.Phrase == os.Getenv("SHOW") {
					fmt.Printf("FN ctx: %q\n", a.Text[s:e])
				}
				fn[tp.Phrase]++
			}
		}
	}
	dump := func(name string, m map[string]int, n int) {
		type kv struct {
			k string
			v int
		}
		var xs []kv
		tot := 0
		for k, v := range m {
			xs = append(xs, kv{k, v})
			tot += v
		}
		sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v || xs[i].v == xs[j].v && xs[i].k < xs[j].k })
		fmt.Printf("== %s (%d)\n", name, tot)
		for i, x := range xs {
			if i >= n {
				break
			}
			fmt.Printf("%d\t%s\n", x.v, x.k)
		}
	}
	dump("FP", fp, 70)
	dump("FN", fn, 90)
	dump("WRONG", wrong, 60)
}
