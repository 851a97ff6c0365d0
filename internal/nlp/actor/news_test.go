package actor_test

import (
	"errors"
	"io"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// newsArticles reads every article of the shared corpora at rels (paths
// relative to the shared folder) as dyad ingest does.
func newsArticles(t *testing.T, rels ...string) []*dyad.Article {
	t.Helper()
	var arts []*dyad.Article
	for _, rel := range rels {
		src := ingest.NewSource([]string{corpus.Path(t, rel)}, ingest.Options{})
		for {
			a, err := src.Next(t.Context())
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("read %s: %v", rel, err)
			}
			arts = append(arts, a)
		}
	}
	return arts
}

// resolveArticle runs the segmenter and the actors stage on a.
func resolveArticle(t *testing.T, seg *segment.Segmenter, r *actor.Resolver, a *dyad.Article) *dyad.Document {
	t.Helper()
	doc := dyad.NewDocument(a)
	if err := seg.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if err := r.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}
