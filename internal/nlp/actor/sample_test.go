package actor_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// TestSample_InferredCountries prints a random sample of actor mentions
// whose country the mention's own words do not state (no dictionary
// entry, no country or organisation part): the mentions whose country
// comes from the article around them, for checking by hand. It runs only
// when DYAD_ACTOR_SAMPLE holds the sample's size (DYAD_ACTOR_SEED picks
// the sample).
func TestSample_InferredCountries(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("DYAD_ACTOR_SAMPLE"))
	if n <= 0 {
		t.Skip("DYAD_ACTOR_SAMPLE not set")
	}
	seed, _ := strconv.ParseUint(os.Getenv("DYAD_ACTOR_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(seed, 7))
	r := newResolver(t, actor.Config{})
	seg, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	arts := newsArticles(t, "corpora/voa-2025/voa_stories.jsonl", "corpora/wikinews-2019-2020/articles", "corpora/bbc-news-2005-politics/politics")
	for got := 0; got < n; {
		a := arts[rng.IntN(len(arts))]
		doc := resolveArticle(t, seg, r, a)
		var cands []*dyad.Mention
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			if m.Actor == nil || m.Actor.Country == "" || m.Actor.ID != "" || len(m.Parts) > 0 || m.Antecedent != nil && *m.Antecedent >= 0 {
				continue
			}
			switch m.Kind {
			case dyad.MentionRole, dyad.MentionGroup, dyad.MentionAnonymous, dyad.MentionPerson, dyad.MentionOrg:
			default:
				continue
			}
			cands = append(cands, m)
		}
		if len(cands) == 0 {
			continue
		}
		m := cands[rng.IntN(len(cands))]
		s, e := m.Start, m.End
		for _, se := range doc.Sentences {
			if se.Start <= m.Start && m.End <= se.End {
				s, e = se.Start, se.End
			}
		}
		ctx := a.Text[s:m.Start] + "[[" + m.Text + "]]" + a.Text[m.End:e]
		fmt.Printf("%d\t%s\t%s\t%s\t%s\t%s\n", got+1, m.Actor.Code, m.Kind, a.Provenance.Source, strings.Join(strings.Fields(ctx), " "), a.Title)
		got++
	}
}
