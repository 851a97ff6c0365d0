package actor

import (
	"strings"
	"testing"
	"unicode"
)

// TestVocabTable_LookupFold checks the hash table against the words it
// is built from: every word is found in any case, and near misses (a word
// with one byte more or less, a long word's eight-byte prefix) are not.
func TestVocabTable_LookupFold(t *testing.T) {
	words := []string{"a", "the", "said", "kremlin", "zelensky", "zelenskyy", "secretary", "secretaries", "intelligence", "w.", "ab"}
	vocab := map[string]int32{}
	for i, w := range words {
		vocab[w] = int32(i)
	}
	tab := newVocabTable(words)
	var buf []byte
	for w, id := range vocab {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got, b := tab.lookupFold(buf, form); got != id {
				t.Errorf("lookupFold(%q) = %d, want %d", form, got, id)
			} else {
				buf = b
			}
		}
		if got := tab.lookup([]byte(w)); got != id {
			t.Errorf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"", "b", "th", "thee", "zelensk", "secretar", "secretarie", "intelligenc", "intelligences", "abc", "Zelenskyyy"} {
		if got, _ := tab.lookupFold(buf, w); got != -1 {
			t.Errorf("lookupFold(%q) = %d, want -1", w, got)
		}
	}
	// Non-ASCII text is folded first: "KRÉMLIN" is "kremlin".
	if got, _ := tab.lookupFold(buf, "KRÉMLIN"); got != vocab["kremlin"] {
		t.Errorf("lookupFold(KRÉMLIN) = %d, want %d", got, vocab["kremlin"])
	}
}

// TestVocabTable_LookupFoldChunks checks the word-wide lower-casing against
// strings.ToLower for every ASCII byte in every position of a chunk,
// and that lookupFold finds long words whatever their case.
func TestVocabTable_LookupFoldChunks(t *testing.T) {
	for b := range 0x80 {
		for pos := range 8 {
			in := []byte("a@Z[z`M.")
			in[pos] = byte(b)
			want := chunk8(strings.ToLower(string(in)), 0)
			if got := lowerASCII(chunk8(string(in), 0)); got != want {
				t.Fatalf("lowerASCII(%q) = %x, want %x", in, got, want)
			}
		}
	}
	words := []string{"international criminal court", "организация", "x", "abcdefgh", "abcdefghi"}
	tab := newVocabTable(words)
	for id, w := range words {
		r := []rune(w)
		title := string(unicode.ToUpper(r[0])) + string(r[1:])
		for _, form := range []string{w, strings.ToUpper(w), title} {
			if got, _ := tab.lookupFold(nil, form); got != int32(id) {
				t.Errorf("lookupFold(%q) = %d, want %d", form, got, id)
			}
		}
	}
	for _, w := range []string{"abcdefgH!", "abcdefg", "internationalcriminal court", "International Criminal Cour"} {
		if got, _ := tab.lookupFold(nil, w); got != -1 {
			t.Errorf("lookupFold(%q) = %d, want -1", w, got)
		}
	}
}
