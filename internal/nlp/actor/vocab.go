package actor

// vocabTable is an open-addressing hash table from folded word to word
// id, built once after loading. Looking a token up hashes its folded
// bytes with FNV-1a and compares without allocating; it is several times
// cheaper than a Go map lookup with a string conversion in the hot loop.
type vocabTable struct {
	slots []int32 // word id + 1; 0 is empty
	words []string
	mask  uint64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// newVocabTable builds the table for vocab (word → id).
func newVocabTable(vocab map[string]int32) *vocabTable {
	n := 1
	for n < 2*len(vocab)+2 {
		n <<= 1
	}
	t := &vocabTable{slots: make([]int32, n), words: make([]string, len(vocab)), mask: uint64(n - 1)}
	for w, id := range vocab {
		t.words[id] = w
		i := fnv([]byte(w)) & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = id + 1
	}
	return t
}

// lookup returns the id of the folded word b, or -1.
func (t *vocabTable) lookup(b []byte) int32 {
	i := fnv(b) & t.mask
	for {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if t.words[s-1] == string(b) {
			return s - 1
		}
		i = (i + 1) & t.mask
	}
}

// lookupFold looks up the folded form of s. ASCII text is hashed and
// compared case-insensitively in place, without copying; other text is
// folded into buf first. It returns the id (-1 when absent) and buf.
func (t *vocabTable) lookupFold(buf []byte, s string) (int32, []byte) {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			buf = appendFold(buf[:0], s)
			return t.lookup(buf), buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	i := h & t.mask
	for {
		sl := t.slots[i]
		if sl == 0 {
			return -1, buf
		}
		if w := t.words[sl-1]; len(w) == len(s) && equalLowerASCII(w, s) {
			return sl - 1, buf
		}
		i = (i + 1) & t.mask
	}
}

// equalLowerASCII reports whether the lower-case word w equals the ASCII
// string s with its capitals lowered.
func equalLowerASCII(w, s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if w[i] != c {
			return false
		}
	}
	return true
}
