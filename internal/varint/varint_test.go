package varint_test

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/dyad-events/dyad/internal/varint"
)

func TestUvarint(t *testing.T) {
	for _, want := range []uint64{0, 1, 127, 128, 300, 1 << 32, math.MaxUint64} {
		b := binary.AppendUvarint(nil, want)
		s := string(b) + "tail"
		v, n := varint.Uvarint(s)
		if v != want || n != len(b) {
			t.Errorf("Uvarint(%x) = %d, %d; want %d, %d", b, v, n, want, len(b))
		}
		if v, n := varint.Uvarint(string(b[:len(b)-1])); n != 0 || v != 0 {
			t.Errorf("Uvarint(%x) of a cut value = %d, %d; want 0, 0", b[:len(b)-1], v, n)
		}
	}
}

func FuzzUvarint(f *testing.F) {
	f.Add([]byte{0x96, 0x01})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		v, n := varint.Uvarint(string(b))
		if n < 0 || n > len(b) || n > binary.MaxVarintLen64 {
			t.Fatalf("n = %d for %d bytes", n, len(b))
		}
		if n > 0 && b[n-1] >= 0x80 {
			t.Fatalf("stopped at a continuation byte: %x", b[:n])
		}
		if n == 0 && v != 0 {
			t.Fatalf("v = %d with n = 0", v)
		}
	})
}
