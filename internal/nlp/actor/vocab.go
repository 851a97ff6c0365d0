package actor

// vocabTable is an open-addressing hash table from folded word to word
// id, built once after loading. Looking a token up hashes its folded
// bytes with FNV-1a and compares without allocating; it is several times
// cheaper than a Go map lookup with a string conversion in the hot loop.
// Each slot keeps the upper half of its word's hash and the word's first
// eight bytes, so a probe compares words only when their hashes agree,
// and a word of up to eight bytes (most words) without leaving the slot.
type vocabTable struct {
	slots []vslot
	words []string
	mask  uint64
}

// vslot is a table slot: the word id + 1 (0 is empty), the upper 32
// bits of the word's hash, and its first eight bytes (little-endian,
// zero-padded).
type vslot struct {
	id   int32
	hash uint32
	pre  uint64
}

// prefix8 packs the first eight bytes of w, zero-padded.
func prefix8(w string) uint64 {
	var p uint64
	for i := 0; i < len(w) && i < 8; i++ {
		p |= uint64(w[i]) << (8 * i)
	}
	return p
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

// newVocabTable builds the table for words, indexed by id. It keeps
// words.
func newVocabTable(words []string) *vocabTable {
	n := 1
	for n < 2*len(words)+2 {
		n <<= 1
	}
	t := &vocabTable{slots: make([]vslot, n), words: words, mask: uint64(n - 1)}
	for id, w := range t.words {
		id := int32(id)
		h := fnv([]byte(w))
		i := h & t.mask
		for t.slots[i].id != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = vslot{id: id + 1, hash: uint32(h >> 32), pre: prefix8(w)}
	}
	return t
}

// lookup returns the id of the folded word b, or -1.
func (t *vocabTable) lookup(b []byte) int32 {
	h := fnv(b)
	i, hi := h&t.mask, uint32(h>>32)
	for {
		s := t.slots[i]
		if s.id == 0 {
			return -1
		}
		if s.hash == hi && t.words[s.id-1] == string(b) {
			return s.id - 1
		}
		i = (i + 1) & t.mask
	}
}

// id returns the id of the folded word w, or -1.
func (t *vocabTable) id(w string) int32 { return t.lookup([]byte(w)) }

// lookupFold looks up the folded form of s. ASCII text is hashed and
// compared case-insensitively in place, without copying; other text is
// folded into buf first. It returns the id (-1 when absent) and buf.
func (t *vocabTable) lookupFold(buf []byte, s string) (int32, []byte) {
	h := uint64(fnvOffset)
	var pre uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			buf = appendFold(buf[:0], s)
			return t.lookup(buf), buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i < 8 {
			pre |= uint64(c) << (8 * i)
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	i, hi := h&t.mask, uint32(h>>32)
	for {
		sl := &t.slots[i]
		if sl.id == 0 {
			return -1, buf
		}
		if sl.hash == hi && sl.pre == pre {
			if len(s) < 8 || len(s) == 8 && len(t.words[sl.id-1]) == 8 {
				// A word of up to eight bytes is its prefix (words
				// hold no NUL bytes).
				return sl.id - 1, buf
			}
			if w := t.words[sl.id-1]; len(w) == len(s) && equalLowerASCII(w[8:], s[8:]) {
				return sl.id - 1, buf
			}
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
