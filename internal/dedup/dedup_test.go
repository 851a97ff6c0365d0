package dedup_test

import (
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/dedup"
)

const para = `The foreign ministers of the two countries met in Geneva on Tuesday to discuss a ceasefire along the
border, officials said. The talks, which lasted more than six hours, ended without an agreement but both sides
agreed to meet again next month. The ministers also discussed the exchange of prisoners.`

func TestSign(t *testing.T) {
	cases := []struct {
		name   string
		a, b   string
		ok     bool
		minSim float64
		maxSim float64
	}{
		{"Identical", para, para, true, 1, 1},
		{"CaseSpaceQuotes", para, strings.ToUpper(strings.ReplaceAll(para, " ", "\n  ")), true, 1, 1},
		{"Punctuation", para, strings.NewReplacer(",", "", ".", " ;").Replace(para), true, 1, 1},
		{"Apostrophes", "Russia's " + para, "Russia\u2019s " + para, true, 1, 1},
		{"Unrelated", para, strings.Repeat("heavy rain flooded the lower town overnight and the river rose ", 4), true, 0, 0.15},
		{"ErrTooShort", "Only a few words here.", "Only a few words here.", false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sa, oka := dedup.Sign(c.a, dedup.Config{})
			sb, okb := dedup.Sign(c.b, dedup.Config{})
			if oka != c.ok || okb != c.ok {
				t.Fatalf("Sign ok = %v, %v; want %v", oka, okb, c.ok)
			}
			if !c.ok {
				return
			}
			if s := sa.Similarity(&sb); s < c.minSim || s > c.maxSim {
				t.Errorf("Similarity = %.3f, want in [%.2f, %.2f]", s, c.minSim, c.maxSim)
			}
		})
	}
}

// shingles returns the set of 3-word shingles, for the true Jaccard.
func shingles(text string) map[string]bool {
	w := regexp.MustCompile(`[\p{L}\p{N}]+`).FindAllString(strings.ToLower(strings.ReplaceAll(text, "'", "")), -1)
	s := map[string]bool{}
	for i := 0; i+3 <= len(w); i++ {
		s[strings.Join(w[i:i+3], " ")] = true
	}
	return s
}

func jaccard(a, b map[string]bool) float64 {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// TestSignature_Estimate checks the MinHash estimate against the true
// Jaccard similarity: with 120 slots the standard error is below 0.046.
func TestSignature_Estimate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields(strings.Repeat(para+" ", 3))
	for trial := range 20 {
		b := append([]string(nil), words...)
		k := r.IntN(len(b) / 2)
		for range k {
			b[r.IntN(len(b))] = fmt.Sprintf("w%d", r.IntN(1000))
		}
		x, y := strings.Join(words, " "), strings.Join(b, " ")
		sx, _ := dedup.Sign(x, dedup.Config{})
		sy, _ := dedup.Sign(y, dedup.Config{})
		est, want := sx.Similarity(&sy), jaccard(shingles(x), shingles(y))
		if d := est - want; d > 0.15 || d < -0.15 {
			t.Errorf("trial %d: estimate %.3f, true Jaccard %.3f", trial, est, want)
		}
	}
}

func TestSignature_Binary(t *testing.T) {
	s, _ := dedup.Sign(para, dedup.Config{})
	b, _ := s.MarshalBinary()
	var got dedup.Signature
	if err := got.UnmarshalBinary(b); err != nil || got != s {
		t.Errorf("round trip = %v, %v", got == s, err)
	}
	if err := got.UnmarshalBinary(b[:10]); err == nil {
		t.Errorf("UnmarshalBinary(short) = nil error")
	}
}

// rewrites returns copy-editor variants of text: a new footer, a few
// words substituted, the last paragraph cut.
func rewrites(text string, r *rand.Rand) map[string]string {
	words := strings.Fields(text)
	sub := append([]string(nil), words...)
	for range max(1, len(sub)/50) { // 2% of words replaced
		sub[r.IntN(len(sub))] = "replaced"
	}
	out := map[string]string{
		"footer":     text + "\n\nShare this article. Follow us for more news. Copyright 2025 Example Media.",
		"substitute": strings.Join(sub, " "),
	}
	if paras := strings.Split(strings.TrimSpace(text), "\n"); len(paras) > 4 {
		out["cut-last"] = strings.Join(paras[:len(paras)-1], "\n")
	}
	return out
}

// TestSeparation_Wikinews measures how well signatures separate rewritten
// copies of real articles (positives) from different articles (every pair
// of distinct Wikinews articles, negatives), at the default threshold.
// Floors: recall ≥ 0.97, no false positive among distinct articles.
func TestSeparation_Wikinews(t *testing.T) {
	dir := corpus.Path(t, "corpora/wikinews-2019-2020/articles")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 7))
	var sigs []dedup.Signature
	var names []string
	pos, found := 0, 0
	var posSims []float64
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		s, ok := dedup.Sign(string(b), dedup.Config{})
		if !ok {
			continue
		}
		sigs = append(sigs, s)
		names = append(names, e.Name())
		for _, v := range rewrites(string(b), r) {
			vs, ok := dedup.Sign(v, dedup.Config{})
			if !ok {
				continue
			}
			pos++
			sim := s.Similarity(&vs)
			posSims = append(posSims, sim)
			if sim >= dedup.DefaultThreshold && sharesBand(&s, &vs) {
				found++
			}
		}
	}
	fp, neg := 0, 0
	maxNeg := 0.0
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			neg++
			sim := sigs[i].Similarity(&sigs[j])
			maxNeg = max(maxNeg, sim)
			if sim >= dedup.DefaultThreshold {
				fp++
				t.Logf("distinct articles at %.2f: %s, %s", sim, names[i], names[j])
			}
		}
	}
	sort.Float64s(posSims)
	recall := float64(found) / float64(pos)
	t.Logf("Wikinews: %d rewrites found %d (recall %.3f, lowest similarity %.2f, median %.2f); %d distinct pairs, %d at or above %.2f (highest %.2f)",
		pos, found, recall, posSims[0], posSims[len(posSims)/2], neg, fp, dedup.DefaultThreshold, maxNeg)
	if recall < 0.97 {
		t.Errorf("recall %.3f below the floor 0.97", recall)
	}
	if fp > 0 {
		t.Errorf("%d distinct-article pairs flagged as near-duplicates", fp)
	}
}

func sharesBand(a, b *dedup.Signature) bool {
	ka, kb := a.BandKeys(), b.BandKeys()
	for i := range ka {
		if ka[i] == kb[i] {
			return true
		}
	}
	return false
}

// TestSeparation_ECBPlus measures how often articles from different
// outlets about the same event (ECB+ sub-topics) look like copies, and
// checks that articles about different events never do.
func TestSeparation_ECBPlus(t *testing.T) {
	path := corpus.Path(t, "corpora/ecbplus/ECBplus-982docs.tar.gz")
	docs := readECB(t, path)
	type item struct {
		group string
		sig   dedup.Signature
	}
	var items []item
	for name, text := range docs {
		s, ok := dedup.Sign(text, dedup.Config{})
		if !ok {
			continue
		}
		// "ECB+/1/1_10ecb.xml" → group "1/ecb".
		base := filepath.Base(name)
		sub := "ecb"
		if strings.HasSuffix(base, "ecbplus.xml") {
			sub = "ecbplus"
		}
		items = append(items, item{filepath.Base(filepath.Dir(name)) + "/" + sub, s})
	}
	same, sameHit, other, otherHit := 0, 0, 0, 0
	ths := []float64{0.5, 0.6, 0.7, 0.8, 0.9}
	sameAt, otherAt := make([]int, len(ths)), make([]int, len(ths))
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			sim := items[i].sig.Similarity(&items[j].sig)
			for k, th := range ths {
				if sim >= th {
					if items[i].group == items[j].group {
						sameAt[k]++
					} else {
						otherAt[k]++
					}
				}
			}
			hit := sim >= dedup.DefaultThreshold
			if items[i].group == items[j].group {
				same++
				if hit {
					sameHit++
				}
			} else {
				other++
				if hit {
					otherHit++
				}
			}
		}
	}
	t.Logf("ECB+: %d documents; same-event pairs %d, flagged %d (%.2f%%); different-event pairs %d, flagged %d",
		len(items), same, sameHit, 100*float64(sameHit)/float64(max(same, 1)), other, otherHit)
	for k, th := range ths {
		t.Logf("  at %.1f: same-event pairs flagged %d, different-event %d", th, sameAt[k], otherAt[k])
	}
	if otherHit > 0 {
		t.Errorf("%d pairs of articles about different events flagged as near-duplicates", otherHit)
	}
	if float64(sameHit) > 0.05*float64(same) {
		t.Errorf("%d of %d same-event pairs from different outlets flagged; independent reports are not copies", sameHit, same)
	}
}

// readECB returns the text of every ECB+ document, tokens joined by
// spaces, keyed by archive path.
func readECB(t *testing.T, path string) map[string]string {
	out := map[string]string{}
	corpus.TarGz(t, path, func(name string, b []byte) {
		if !strings.HasSuffix(name, ".xml") {
			return
		}
		var doc struct {
			Tokens []string `xml:"token"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = strings.Join(doc.Tokens, " ")
	})
	return out
}

// BenchmarkSign signs a Wikinews-sized article.
//
//	go test -run '^$' -bench Sign -count 6 ./internal/dedup/
func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(para+"\n", 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dedup.Sign(text, dedup.Config{})
	}
}

func FuzzSign(f *testing.F) {
	f.Add(para)
	f.Add("Russia\u2019s army ... 1,000 \xff\xfe words")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		a, okA := dedup.Sign(s, dedup.Config{MinWords: 1})
		b, okB := dedup.Sign(s, dedup.Config{MinWords: 1})
		if okA != okB || a != b {
			t.Fatalf("Sign is not deterministic")
		}
		if okA && a.Similarity(&b) != 1 {
			t.Fatalf("self-similarity %v", a.Similarity(&b))
		}
	})
}
