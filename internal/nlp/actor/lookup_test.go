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

// TestDict_Child checks the trie's child look-up (a binary search on nodes
// with many children) against every edge of the built-in dictionaries,
// and that word ids between and around a node's edges find nothing.
func TestDict_Child(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d := r.d
	big := 0
	for node := 1; node < len(d.kids); node++ {
		ks := d.kids[node]
		if len(ks) > 8 {
			big++
		}
		have := map[int32]bool{}
		for _, e := range ks {
			have[e.id] = true
			if got := d.child(int32(node), e.id); got != e.node {
				t.Fatalf("child(%d, %d) = %d, want %d", node, e.id, got, e.node)
			}
		}
		for _, e := range ks {
			for _, id := range []int32{e.id - 1, e.id + 1, -1, int32(len(d.flags))} {
				if !have[id] {
					if got := d.child(int32(node), id); got != -1 {
						t.Fatalf("child(%d, %d) = %d, want -1", node, id, got)
					}
				}
			}
		}
	}
	if big == 0 {
		t.Error("no node has more than eight children: the binary search is not exercised")
	}
}
