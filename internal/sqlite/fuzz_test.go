package sqlite_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/storetest"
)

// FuzzSearch runs any string as a search query against a real FTS5 index:
// it must never be a syntax error, only CodeInvalid for a blank query.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"peace", `"`, `a" OR "b`, "NEAR(a b)", "-x", "^*", "col:val", "(", "''", "\x00", "AND", "«»"} {
		f.Add(s)
	}
	s := openTemp(f)
	defer s.Close()
	if _, err := s.Put(f.Context(), storetest.RichDocument("fuzz")); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if len(q) > 1000 {
			return
		}
		_, err := s.Search(t.Context(), dyad.SearchQuery{Query: q})
		if err != nil && dyad.ErrorCode(err) != dyad.CodeInvalid {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}
