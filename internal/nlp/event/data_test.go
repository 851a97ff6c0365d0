package event_test

import (
	"os"
	"strings"
	"testing"
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
