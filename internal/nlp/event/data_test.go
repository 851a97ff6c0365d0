package event_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/cameo"
)

// TestVerbsNoDuplicatePatterns: a pattern written twice in the built-in
// dictionary is dead weight and hides which line a rule comes from.
func TestVerbsNoDuplicatePatterns(t *testing.T) {
	b, err := os.ReadFile("data/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for i, line := range strings.Split(string(b), "\n") {
		l := strings.Join(strings.Fields(line), " ")
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "@") {
			continue
		}
		if first, ok := seen[l]; ok {
			t.Errorf("verbs.txt:%d repeats line %d: %s", i+1, first, l)
			continue
		}
		seen[l] = i + 1
	}
}

// TestStanceLexicon: every line of data/stance.txt is a known CAMEO code,
// a known frame and its words, or a "noun" line with one word; none is
// written twice.
func TestStanceLexicon(t *testing.T) {
	b, err := os.ReadFile("data/stance.txt")
	if err != nil {
		t.Fatal(err)
	}
	frames := map[string]bool{"be": true, "act": true, "will": true}
	seen := map[string]bool{}
	for i, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		key := strings.Join(f, " ")
		if seen[key] {
			t.Errorf("line %d: %q written twice", i+1, key)
		}
		seen[key] = true
		if f[0] == "noun" {
			if len(f) != 2 {
				t.Errorf("line %d: %q: a noun line has one word", i+1, line)
			}
			continue
		}
		if _, ok := cameo.Lookup(f[0]); !ok || len(f) < 3 || !frames[f[1]] {
			t.Errorf("line %d: %q: want a CAMEO code, a frame (be, act, will) and words", i+1, line)
		}
	}
}
