package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"slices"
	"strings"
	"unsafe"

	"github.com/dyad-events/dyad/internal/varint"
)

// gazetteer.idx is the index LoadString builds for gazetteer.tsv (line
// starts, keys, heads, the two-byte table and the code maps), computed
// by `go generate` so that the default gazetteer loads without scanning
// its 8 MB of text: the index's arrays are read in place. The
// index starts with the length and CRC-32C of the text it was made
// from; Default checks both and indexes the text itself when they do
// not match, so a stale index costs time, never correctness.
// TestIndexFresh fails when gazetteer.idx differs from a fresh index.
//
//go:embed gazetteer.idx
var embeddedIndex string

// idxMagic starts an index; the digit is the format's version.
const idxMagic = "dyad-gazetteer-index-2\n"

// idxHeader is the size of the index's header (magic, checksum, text
// length, entry count, padding): the arrays start there.
const idxHeader = 64

// errIndex reports an index that cannot be used.
var errIndex = errors.New("malformed gazetteer index")

// castagnoli is the CRC-32C table (hardware-assisted on common CPUs).
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checksum returns the CRC-32C of s, read in place.
func checksum(s string) uint32 {
	return crc32.Checksum(unsafe.Slice(unsafe.StringData(s), len(s)), castagnoli)
}

// Index indexes the gazetteer text data and returns the index encoded
// as gazetteer.idx. The encoding is deterministic.
func Index(data string) ([]byte, error) {
	g, err := LoadString(data)
	if err != nil {
		return nil, err
	}
	return g.encodeIndex(), nil
}

// encodeIndex writes g's index: a header, the arrays in little-endian
// order, then the maps in key order.
func (g *Gazetteer) encodeIndex() []byte {
	b := []byte(idxMagic)
	b = binary.LittleEndian.AppendUint32(b, checksum(g.data))
	b = binary.LittleEndian.AppendUint64(b, uint64(len(g.data)))
	b = binary.LittleEndian.AppendUint64(b, uint64(len(g.keys)))
	// The arrays start at idxHeader, widest first, so that each is
	// aligned when the index is.
	b = append(b, make([]byte, idxHeader-len(b))...)
	for _, v := range g.heads {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	for _, v := range g.lines {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	for _, v := range g.first {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	for _, v := range g.keys {
		b = binary.LittleEndian.AppendUint16(b, v)
	}
	b = appendIndexMap(b, g.country)
	b = appendIndexMap(b, g.admin1)
	keys := slices.Sorted(mapKeys(g.cc3))
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendString(appendString(b, k), g.cc3[k])
	}
	return b
}

// mapKeys returns an iterator over m's keys.
func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// appendIndexMap appends m's entries in key order.
func appendIndexMap(b []byte, m map[string]int32) []byte {
	keys := slices.Sorted(mapKeys(m))
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = binary.LittleEndian.AppendUint32(appendString(b, k), uint32(m[k]))
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// loadIndexed restores the gazetteer of data from the encoded index idx,
// which must have been made from data.
func loadIndexed(data, idx string) (*Gazetteer, error) {
	r := &idxReader{s: idx}
	if !strings.HasPrefix(idx, idxMagic) {
		return nil, errIndex
	}
	r.s = idx[len(idxMagic):]
	sum, size := r.u32(), r.u64()
	if r.err != nil || size != uint64(len(data)) || sum != checksum(data) {
		return nil, errors.New("gazetteer index is stale")
	}
	n := r.u64()
	if r.err != nil || n >= 1<<31 || uint64(len(idx)) < idxHeader+14*n {
		return nil, errIndex
	}
	r.s = idx[idxHeader:]
	g := &Gazetteer{data: data}
	g.heads = restore[uint64](r, int(n))
	g.lines = restore[uint32](r, int(n)+1)
	g.first = restore[int32](r, 1<<16+1)
	g.keys = restore[uint16](r, int(n))
	if r.err != nil {
		return nil, r.err
	}
	g.country = r.indexMap(int(n))
	g.admin1 = r.indexMap(int(n))
	m := r.count()
	g.cc3 = make(map[string]string, m)
	for range m {
		k := r.str()
		g.cc3[k] = r.str()
	}
	if r.err == nil && (r.s != "" || !g.valid()) {
		r.err = errIndex
	}
	if r.err != nil {
		return nil, r.err
	}
	return g, nil
}

// valid checks that the restored arrays fit the text: line starts in
// order and within it, keys within their lines, and the two-byte table
// in order within the entries. (The text itself is the one the index
// was made from: its checksum matched.)
func (g *Gazetteer) valid() bool {
	n := len(g.keys)
	if g.lines[0] != 0 || g.lines[n] != uint32(len(g.data)) {
		return false
	}
	for i, k := range g.keys {
		if uint32(k&^keyName)+1 > g.lines[i+1]-g.lines[i] || g.lines[i+1] <= g.lines[i] {
			return false
		}
	}
	prev := int32(0)
	for _, f := range g.first {
		if f < prev || int(f) > n {
			return false
		}
		prev = f
	}
	return true
}

// littleEndian reports whether the machine stores integers
// little-endian, as the index does.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// restore reads an array of k integers of type T. On a little-endian
// machine, when the index is aligned for T (the embedded one is), the
// array is the index's own bytes, read in place: loading copies nothing,
// and the pages are those of the binary, shared and never written. It
// is copied otherwise.
func restore[T uint16 | uint32 | int32 | uint64](r *idxReader, k int) []T {
	size := int(unsafe.Sizeof(T(0)))
	b := r.bytes(k * size)
	if len(b) != k*size || k == 0 {
		return make([]T, k)
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%uintptr(size) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), k)
	}
	out := make([]T, k)
	for i := range out {
		switch size {
		case 2:
			out[i] = T(binary.LittleEndian.Uint16(b[2*i:]))
		case 4:
			out[i] = T(binary.LittleEndian.Uint32(b[4*i:]))
		default:
			out[i] = T(binary.LittleEndian.Uint64(b[8*i:]))
		}
	}
	return out
}

// idxReader reads an index's fields; the first error sticks.
type idxReader struct {
	s   string
	err error
}

func (r *idxReader) take(k int) string {
	if r.err != nil || len(r.s) < k {
		r.err = errIndex
		return ""
	}
	s := r.s[:k]
	r.s = r.s[k:]
	return s
}

// bytes returns the next k bytes, in place (the caller must not write
// them).
func (r *idxReader) bytes(k int) []byte {
	s := r.take(k)
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func (r *idxReader) u32() uint32 {
	if b := r.bytes(4); len(b) == 4 {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *idxReader) u64() uint64 {
	if b := r.bytes(8); len(b) == 8 {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// count reads a length (a uvarint) no greater than what is left.
func (r *idxReader) count() int {
	if r.err != nil {
		return 0
	}
	v, n := varint.Uvarint(r.s)
	if n == 0 || v > uint64(len(r.s)-n) {
		r.err = errIndex
		return 0
	}
	r.s = r.s[n:]
	return int(v)
}

func (r *idxReader) str() string { return r.take(r.count()) }

// indexMap reads a map from code to an entry index below n.
func (r *idxReader) indexMap(n int) map[string]int32 {
	k := r.count()
	m := make(map[string]int32, k)
	for range k {
		key := r.str()
		v := int32(r.u32())
		if v < 0 || int(v) >= n {
			r.err = errIndex
			return m
		}
		m[key] = v
	}
	return m
}
