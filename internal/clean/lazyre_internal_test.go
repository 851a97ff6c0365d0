package clean

import (
	"regexp"
	"testing"
)

// TestPatternsCompile compiles every lazily compiled pattern, so a broken
// one fails here rather than on the first article that reaches it.
func TestPatternsCompile(t *testing.T) {
	if len(patterns) == 0 {
		t.Fatal("no patterns registered")
	}
	for _, l := range patterns {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("pattern %q: %v", l.src, err)
		}
	}
}
