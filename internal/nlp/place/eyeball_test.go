package place_test

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/place"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

func TestEyeball(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("EYE"))
	if n == 0 {
		t.Skip()
	}
	b := &testing.B{}
	_ = b
	src := "corpora/voa-2025/voa_stories.jsonl"
	if os.Getenv("WN") != "" {
		src = "corpora/wikinews-2019-2020/articles.jsonl"
	}
	texts := readTextsT(t, src)
	seg, _ := segment.New(segment.Config{})
	g, _ := place.New(place.Config{ActorCountries: os.Getenv("AC") != ""})
	for _, text := range texts[n : n+6] {
		fmt.Println("-----")
		for _, p := range g.Places(text, seg.Split(text), nil) {
			s, e := max(0, p.Start-35), min(len(text), p.End+25)
			fmt.Printf("%-18s %-22s %s %-14s %s m=%v | %q\n", p.Text, p.Name, p.Country, p.Admin1, p.Precision, p.Metonymic, text[s:e])
		}
	}
}
