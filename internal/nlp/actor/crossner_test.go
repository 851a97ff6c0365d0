package actor_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// nerSentence is one CrossNER sentence rebuilt as text, with its gold
// entities as byte spans by type.
type nerSentence struct {
	text string
	gold map[string][]dyad.Span
}

// readCoNLL reads a CrossNER BIO file, joining tokens with spaces.
func readCoNLL(tb testing.TB, path string) []nerSentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []nerSentence
	var b strings.Builder
	cur := nerSentence{gold: map[string][]dyad.Span{}}
	typ, start, end := "", -1, -1
	closeEnt := func() {
		if typ != "" {
			cur.gold[typ] = append(cur.gold[typ], dyad.Span{Start: start, End: end})
		}
		typ = ""
	}
	flush := func() {
		closeEnt()
		if b.Len() > 0 {
			cur.text = b.String()
			out = append(out, cur)
		}
		b.Reset()
		cur = nerSentence{gold: map[string][]dyad.Span{}}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		tokText, tag, ok := strings.Cut(line, "\t")
		if !ok {
			tb.Fatalf("bad CoNLL line %q", line)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		s := b.Len()
		b.WriteString(tokText)
		e := b.Len()
		switch {
		case strings.HasPrefix(tag, "B-"):
			closeEnt()
			typ, start, end = tag[2:], s, e
		case strings.HasPrefix(tag, "I-") && typ == tag[2:]:
			end = e
		default:
			closeEnt()
		}
	}
	flush()
	return out
}

// prf is a precision/recall/F1 counter.
type prf struct{ tp, fp, fn int }

func (c prf) f1() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// TestCrossNER scores the stage's names on CrossNER politics (dev) with
// exact span match: person (gold person + politician; a role phrase
// counts by its name head), country (mentions of kind country), and
// organisation (gold organisation + politicalparty), each with the parts
// of role phrases (dyad.Mention.Parts). The floors are the
// scores measured when they were set; raise them when a change helps.
func TestCrossNER(t *testing.T) {
	sents := readCoNLL(t, corpus.Path(t, "corpora/crossner-politics/dev.txt"))
	r := newResolver(t, actor.Config{})
	floors := map[string]float64{"person": 0.833, "country": 0.757, "organisation": 0.753}
	goldTypes := map[string][]string{
		"person":       {"person", "politician"},
		"country":      {"country"},
		"organisation": {"organisation", "politicalparty"},
	}
	counts := map[string]*prf{}
	for typ := range goldTypes {
		counts[typ] = &prf{}
	}
	for _, s := range sents {
		doc := run(t, r, s.text, date("2020-01-01"))
		pred := map[string][]dyad.Span{}
		for _, m := range doc.Mentions {
			switch m.Kind {
			case dyad.MentionPerson:
				sp := m.Span
				if m.Head != nil {
					sp = *m.Head
				}
				pred["person"] = append(pred["person"], sp)
			case dyad.MentionCountry:
				pred["country"] = append(pred["country"], m.Span)
			case dyad.MentionOrg:
				pred["organisation"] = append(pred["organisation"], m.Span)
			}
			// The countries and organisations a role phrase names are
			// names of their own in CrossNER ("NDP" in "NDP leader Jack
			// Layton").
			for _, pt := range m.Parts {
				switch pt.Kind {
				case dyad.MentionCountry:
					pred["country"] = append(pred["country"], pt.Span)
				case dyad.MentionOrg:
					pred["organisation"] = append(pred["organisation"], pt.Span)
				}
			}
		}
		for typ, gts := range goldTypes {
			var gold []dyad.Span
			for _, g := range gts {
				gold = append(gold, s.gold[g]...)
			}
			c := counts[typ]
			matched := map[int]bool{}
			for _, p := range pred[typ] {
				hit := false
				for i, g := range gold {
					if !matched[i] && g == p {
						matched[i], hit = true, true
						break
					}
				}
				if hit {
					c.tp++
				} else {
					c.fp++
					if os.Getenv("CROSSNER_DEBUG") == typ {
						t.Logf("FP %s: %q", typ, s.text[p.Start:p.End])
					}
				}
			}
			c.fn += len(gold) - len(matched)
			if os.Getenv("CROSSNER_DEBUG") == typ {
				for i, g := range gold {
					if !matched[i] {
						t.Logf("FN %s: %q", typ, s.text[g.Start:g.End])
					}
				}
			}
		}
	}
	for _, typ := range []string{"person", "country", "organisation"} {
		c := counts[typ]
		p, rc, f := c.f1()
		t.Logf("CrossNER dev %-12s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", typ, p, rc, f, c.tp, c.fp, c.fn)
		if f < floors[typ] {
			t.Errorf("CrossNER %s F1 %.3f below floor %.3f", typ, f, floors[typ])
		}
	}
}
