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

// The table hashes a word eight bytes at a time: each little-endian
// chunk (the last zero-padded) is mixed into the hash, then the length.
// lookupFold lower-cases a chunk of ASCII text with a few word-wide
// operations instead of byte by byte, so a token is hashed, lower-cased
// and given its eight-byte prefix in one pass of one or two steps.
const (
	hashSeed  = 0x243f6a8885a308d3
	hashMul   = 0x9e3779b97f4a7c15
	highBits  = 0x8080808080808080
	addBelowA = 0x3f3f3f3f3f3f3f3f // byte+this has its high bit set iff byte >= 'A' (ASCII bytes)
	addAboveZ = 0x2525252525252525 // … iff byte > 'Z'
)

// mix folds the chunk c into the hash h.
func mix(h, c uint64) uint64 {
	h = (h ^ c) * hashMul
	return h ^ h>>29
}

// finalize mixes the length n into h and spreads the high bits down, so
// the slot index (the low bits) depends on every byte.
func finalize(h uint64, n int) uint64 {
	h = (h ^ uint64(n)) * hashMul
	h ^= h >> 32
	h *= hashMul
	return h ^ h>>29
}

// chunk8 reads the eight bytes of s from i, little-endian.
func chunk8[T string | []byte](s T, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// chunkTail reads the bytes of s from i to its end (fewer than eight),
// little-endian and zero-padded.
func chunkTail[T string | []byte](s T, i int) uint64 {
	var c uint64
	for k := 0; i+k < len(s); k++ {
		c |= uint64(s[i+k]) << (8 * k)
	}
	return c
}

// lowerASCII lowers the capitals of a chunk of ASCII bytes (no byte has
// its high bit set, so no sum carries into the next byte).
func lowerASCII(c uint64) uint64 {
	upper := (c + addBelowA) &^ (c + addAboveZ) & highBits
	return c | upper>>2
}

// wordHash hashes the bytes of a folded word.
func wordHash[T string | []byte](w T) uint64 {
	h := uint64(hashSeed)
	i := 0
	for ; i+8 <= len(w); i += 8 {
		h = mix(h, chunk8(w, i))
	}
	if i < len(w) {
		h = mix(h, chunkTail(w, i))
	}
	return finalize(h, len(w))
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
		h := wordHash(w)
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
	h := wordHash(b)
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
	h := uint64(hashSeed)
	var pre uint64
	for p := 0; p < len(s); p += 8 {
		var c uint64
		if p+8 <= len(s) {
			c = chunk8(s, p)
		} else {
			c = chunkTail(s, p)
		}
		if c&highBits != 0 {
			buf = appendFold(buf[:0], s)
			return t.lookup(buf), buf
		}
		c = lowerASCII(c)
		if p == 0 {
			pre = c
		}
		h = mix(h, c)
	}
	h = finalize(h, len(s))
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
