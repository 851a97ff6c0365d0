package actor

import (
	"strings"
	"testing"
)

// TestTrimClosers checks trimClosers against the strings.TrimRight it
// stands for, on closers of both widths, runs of them, and text ending
// in other or broken UTF-8.
func TestTrimClosers(t *testing.T) {
	for _, w := range []string{"", "Smith", "Smith.", "Smith,”", "Smith’s”)", "”", "’’", "Smith!?\"", "Smith\xe2\x80", "Smith\x9d", "Smith\xe2\xe2\x80\x9d", "Smithé", "(Smith)", "Smith;:"} {
		if got, want := trimClosers(w), strings.TrimRight(w, ".,;:!?\"”’)"); got != want {
			t.Errorf("trimClosers(%q) = %q, want %q", w, got, want)
		}
	}
}
