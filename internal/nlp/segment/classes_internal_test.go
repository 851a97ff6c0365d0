package segment

import (
	"strings"
	"testing"
	"unicode"
)

// TestRuneClasses checks the ASCII fast paths against the unicode tables
// for every rune, so the tokenizer reads any text exactly as before.
func TestRuneClasses(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := isPunct(r), unicode.IsPunct(r); got != want {
			t.Fatalf("isPunct(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestLower checks lower against strings.ToLower semantics.
func TestLower(t *testing.T) {
	for _, w := range []string{"", "mr", "Mr", "GEN", "U.S", "Ünal", "İstanbul", "sEpT"} {
		var buf [16]byte
		got := string(lower(buf[:0], w))
		want := strings.ToLower(w)
		if got != want {
			t.Errorf("lower(%q) = %q, want %q", w, got, want)
		}
	}
}
