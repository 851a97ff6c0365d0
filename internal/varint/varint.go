// Package varint decodes unsigned varints, in encoding/binary's format,
// from strings: the readers of dyad's embedded snapshots slice the
// embedded string instead of copying it into bytes.
package varint

import "encoding/binary"

// Uvarint decodes the uvarint at the start of s and returns it with the
// number of bytes it took; n is 0 when s holds no complete uvarint within
// binary.MaxVarintLen64 bytes.
func Uvarint(s string) (v uint64, n int) {
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}
