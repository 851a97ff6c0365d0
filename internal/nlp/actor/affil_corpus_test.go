package actor_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// TestAffiliation_PersonCoverage measures, on the news corpora, the share
// of named-person mentions that carry a code. With DYAD_AFFIL_DUMP set to
// a file name it writes every person mention with its code and sentence,
// for hand checks.
func TestAffiliation_PersonCoverage(t *testing.T) {
	r := newResolver(t, actor.Config{})
	seg, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var dump strings.Builder
	persons, coded := 0, 0
	for _, a := range newsArticles(t, "corpora/voa-2025/voa_stories.jsonl", "corpora/wikinews-2019-2020/articles") {
		doc := resolveArticle(t, seg, r, a)
		for _, m := range doc.Mentions {
			if m.Kind != dyad.MentionPerson || m.Actor == nil {
				continue
			}
			persons++
			if m.Actor.Code != "" {
				coded++
			}
			sent := ""
			for _, s := range doc.Sentences {
				if s.Start <= m.Start && m.End <= s.End {
					sent = doc.Article.Text[s.Start:s.End]
					break
				}
			}
			fmt.Fprintf(&dump, "%s\t%s\t%s\t%s\t%s\n", a.Provenance.Source, m.Text, m.Actor.Code, m.Actor.Role, strings.ReplaceAll(sent, "\n", " "))
		}
	}
	if persons == 0 {
		t.Fatal("no person mentions")
	}
	cov := float64(coded) / float64(persons)
	t.Logf("person mentions %d, coded %d (%.3f)", persons, coded, cov)
	// (0.637 before affiliations coded people, 0.645 after.)
	if cov < 0.64 {
		t.Errorf("person coverage %.3f fell below 0.64", cov)
	}
	if f := os.Getenv("DYAD_AFFIL_DUMP"); f != "" {
		if err := os.WriteFile(f, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
