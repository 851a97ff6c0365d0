package actor_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/importer"
	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// TestCrossNERMisses lists, for a CrossNER politics split named by
// CROSSNER_MISSES ("dev" or "train"), every gold person, country and
// organisation the stage misses, classed by what it found there instead
// (nothing, a mention of another kind, a mention that spans several gold
// names), and every false positive of those kinds. It reads the split
// through the same importer as `dyad eval` and matches by overlap, as the
// eval does. It only logs, and runs only when asked: it is a tool for
// reading misses, not a floor (the floors live in internal/eval).
func TestCrossNERMisses(t *testing.T) {
	split := os.Getenv("CROSSNER_MISSES")
	if split == "" {
		t.Skip("set CROSSNER_MISSES=dev or train to list CrossNER misses")
	}
	golds, err := importer.CoNLL(corpus.Path(t, "corpora/crossner-politics/"+split+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := newResolver(t, actor.Config{})
	classes := map[string]int{}
	var lines []string
	for _, g := range golds {
		doc := run(t, r, g.Text, time.Time{})
		// Parts count as mentions of their own, as in the eval.
		for i, n := 0, len(doc.Mentions); i < n; i++ {
			for _, p := range doc.Mentions[i].Parts {
				doc.Mentions = append(doc.Mentions, dyad.Mention{Span: p.Span, Text: p.In(g.Text), Kind: p.Kind})
			}
		}
		used := make([]bool, len(doc.Mentions))
		for _, it := range g.Actors {
			if it.Optional || it.Start == nil {
				continue
			}
			gs := dyad.Span{Start: *it.Start, End: *it.End}
			var over []int
			hit := false
			for i := range doc.Mentions {
				m := &doc.Mentions[i]
				if m.Span.Start < gs.End && gs.Start < m.Span.End {
					over = append(over, i)
					if !used[i] && eval.MentionKind(m) == it.Kind {
						used[i], hit = true, true
						break
					}
				}
			}
			if hit {
				continue
			}
			class := it.Kind + " not found"
			var got []string
			for _, i := range over {
				m := &doc.Mentions[i]
				got = append(got, fmt.Sprintf("%q %s", m.Text, eval.MentionKind(m)))
				if eval.MentionKind(m) == it.Kind {
					class = it.Kind + " shared span"
				} else if !strings.HasPrefix(class, it.Kind+" shared") {
					class = it.Kind + " typed " + eval.MentionKind(m)
				}
			}
			classes[class]++
			lines = append(lines, fmt.Sprintf("MISS %-28s %q (%s) got [%s]  | %s", class, g.Text[gs.Start:gs.End], it.Label, strings.Join(got, "; "), lineAround(g.Text, gs)))
		}
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			k := eval.MentionKind(m)
			if used[i] || (k != "person" && k != "country" && k != "org") {
				continue
			}
			// A mention on an optional or other-kind gold item is not a
			// false positive of the eval when an optional item absorbs it.
			label := ""
			for _, it := range g.Actors {
				if it.Start != nil && m.Span.Start < *it.End && *it.Start < m.Span.End {
					label = it.Label
					break
				}
			}
			classes["FP "+k+" on "+label]++
			lines = append(lines, fmt.Sprintf("FP   %-28s %q on %q | %s", k, m.Text, label, lineAround(g.Text, m.Span)))
		}
	}
	for _, l := range lines {
		t.Log(l)
	}
	keys := make([]string, 0, len(classes))
	for k := range classes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return classes[keys[a]] > classes[keys[b]] })
	for _, k := range keys {
		t.Logf("%5d %s", classes[k], k)
	}
}

// lineAround returns the text's line holding sp, clipped to a window.
func lineAround(text string, sp dyad.Span) string {
	s := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	e := strings.IndexByte(text[sp.End:], '\n')
	if e < 0 {
		e = len(text)
	} else {
		e += sp.End
	}
	s = max(s, sp.Start-90)
	e = min(e, sp.End+90)
	return text[s:e]
}
