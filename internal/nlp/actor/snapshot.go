package actor

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/dyad-events/dyad/internal/varint"
)

// The built-in dictionaries compiled from the text files in data/ are
// also stored as a snapshot, dict.snap, so that a cold start restores
// them instead of parsing some 350 KB of text and building the trie word
// by word: restoring is a few milliseconds, building from text is
// several times that. The snapshot holds the dictionary as loadBuiltin
// leaves it, before user dictionaries and finish, so both paths go on
// the same way.
//
// `go generate ./internal/nlp/actor` rewrites dict.snap from the text
// files. The snapshot starts with a checksum of the text files it was
// made from: when they have changed since, the snapshot is ignored and
// the dictionaries are built from text, so a stale snapshot costs time,
// never correctness. TestSnapshotFresh fails when dict.snap differs from
// a fresh build (after a change to the data or to the loading code).
//
//go:generate go run ./internal/gensnap -out dict.snap
//go:embed dict.snap
var snapshot string

// snapMagic starts a snapshot; the digit is the format's version.
const snapMagic = "dyad-actor-dict-1\n"

// errSnapshot reports a snapshot that cannot be decoded.
var errSnapshot = errors.New("malformed actor dictionary snapshot")

// castagnoli is the CRC-32C table (hardware-assisted on common CPUs).
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// builtinSum returns the checksum of the built-in dictionary files in
// load order, names and lengths included. The files are read through a
// small buffer, not copied whole.
func builtinSum() (uint32, error) {
	h := crc32.New(castagnoli)
	buf := make([]byte, 32<<10)
	for _, name := range append([]string{"grammar.txt"}, builtinFiles...) {
		if err := sumFile(h, buf, name); err != nil {
			return 0, fmt.Errorf("read built-in dictionary %s: %w", name, err)
		}
	}
	return h.Sum32(), nil
}

// sumFile adds the built-in file name to h: its name, length and bytes.
func sumFile(h hash.Hash32, buf []byte, name string) error {
	f, err := builtin.Open(path.Join("data", name))
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	h.Write(binary.AppendUvarint([]byte(name), uint64(st.Size())))
	_, err = io.CopyBuffer(h, f, buf)
	return err
}

// loadBuiltin returns the dictionary compiled from grammar.txt and, unless
// noBuiltin, the built-in files, not yet finished. It restores the
// snapshot when the snapshot was made from the files as they are, and
// builds from the text otherwise.
func loadBuiltin(noBuiltin bool) (*dict, error) {
	if !noBuiltin {
		sum, err := builtinSum()
		if err != nil {
			return nil, err
		}
		if d, err := decodeSnapshot(snapshot, sum); err == nil {
			return d, nil
		}
	}
	return loadText(noBuiltin)
}

// loadText compiles grammar.txt and, unless noBuiltin, the built-in files
// from their text.
func loadText(noBuiltin bool) (*dict, error) {
	d := newDict()
	files := []string{"grammar.txt"}
	if !noBuiltin {
		files = append(files, builtinFiles...)
	}
	for _, name := range files {
		data, err := builtin.ReadFile(path.Join("data", name))
		if err != nil {
			return nil, fmt.Errorf("read built-in dictionary %s: %w", name, err)
		}
		if err := d.loadNative("builtin:"+name, data); err != nil {
			return nil, err
		}
	}
	// The words the matcher looks up by name.
	d.word("the")
	d.setFlag("'s", wPossS)
	return d, nil
}

// Snapshot compiles the built-in dictionaries from their text and returns
// them encoded as dict.snap. The encoding is deterministic: the same files
// and code give the same bytes.
func Snapshot() ([]byte, error) {
	d, err := loadText(false)
	if err != nil {
		return nil, err
	}
	sum, err := builtinSum()
	if err != nil {
		return nil, err
	}
	return d.encode(sum), nil
}

// snapWriter appends a snapshot's fields.
type snapWriter struct{ b []byte }

func (w *snapWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }

func (w *snapWriter) int(v int64) { w.b = binary.AppendVarint(w.b, v) }

func (w *snapWriter) str(s string) {
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

func (w *snapWriter) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

// encode writes d, loaded but not finished, with the source checksum sum.
// Maps are written in key order.
func (d *dict) encode(sum uint32) []byte {
	w := &snapWriter{b: []byte(snapMagic)}
	w.b = binary.LittleEndian.AppendUint32(w.b, sum)
	// Words by id, with their flags and org sectors.
	w.uint(uint64(len(d.byID)))
	for id, word := range d.byID {
		w.str(word)
		w.uint(uint64(d.flags[id]))
		w.str(d.orgSect[id])
	}
	w.uint(uint64(len(d.entities)))
	for i := range d.entities {
		e := &d.entities[i]
		w.str(e.name)
		w.str(e.id)
		w.str(e.mkind)
		w.str(e.akind)
		w.str(e.source)
		w.bool(e.person)
		w.bool(e.substate)
		w.uint(uint64(len(e.codes)))
		for _, c := range e.codes {
			w.str(c.Code)
			w.str(c.Country)
			w.str(c.Sector)
			w.str(c.Role)
			w.int(int64(c.From))
			w.int(int64(c.To))
		}
	}
	w.uint(uint64(len(d.roles)))
	for _, r := range d.roles {
		w.str(r.sector)
		w.str(r.title)
		w.uint(uint64(r.flags))
	}
	// Trie nodes: each one's parent and edge label (the root has none),
	// then its payloads.
	w.uint(uint64(len(d.payloads)))
	for n, ps := range d.payloads {
		if n > 0 {
			w.uint(uint64(d.parent[n]))
			w.uint(uint64(d.label[n]))
		}
		w.uint(uint64(len(ps)))
		for _, p := range ps {
			w.uint(uint64(p.kind))
			w.bool(p.lower)
			w.bool(p.acronym)
			w.int(int64(p.idx))
		}
	}
	countries := make([]string, 0, len(d.countries))
	for c, ok := range d.countries {
		if ok {
			countries = append(countries, c)
		}
	}
	slices.Sort(countries)
	w.uint(uint64(len(countries)))
	for _, c := range countries {
		w.str(c)
	}
	keys := make([]string, 0, len(d.surnames))
	for k := range d.surnames {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.uint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.uint(uint64(len(d.surnames[k])))
		for _, idx := range d.surnames[k] {
			w.uint(uint64(idx))
		}
	}
	return w.b
}

// snapReader reads a snapshot's fields. Strings are slices of the
// snapshot itself, which is embedded: restoring copies no text. The
// first error sticks, and reads after it return zero values.
type snapReader struct {
	s   string
	err error
}

func (r *snapReader) fail() {
	if r.err == nil {
		r.err = errSnapshot
	}
	r.s = ""
}

func (r *snapReader) uint() uint64 {
	v, n := varint.Uvarint(r.s)
	if n == 0 {
		r.fail()
		return 0
	}
	r.s = r.s[n:]
	return v
}

func (r *snapReader) int() int64 {
	u := r.uint()
	return int64(u>>1) ^ -int64(u&1)
}

func (r *snapReader) int32() int32 { return int32(r.int()) }

// count reads a length that must not exceed what is left: every counted
// item takes at least one byte.
func (r *snapReader) count() int {
	n := r.uint()
	if n > uint64(len(r.s)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *snapReader) str() string {
	n := r.count()
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *snapReader) bool() bool { return r.uint() != 0 }

// index reads a value that must be below n.
func (r *snapReader) index(n int) int32 {
	v := r.uint()
	if v >= uint64(n) {
		r.fail()
		return 0
	}
	return int32(v)
}

// decodeSnapshot restores the dictionary encoded in snap, which must have
// been made from sources with checksum sum.
func decodeSnapshot(snap string, sum uint32) (*dict, error) {
	if !strings.HasPrefix(snap, snapMagic) || len(snap) < len(snapMagic)+4 {
		return nil, errSnapshot
	}
	if binary.LittleEndian.Uint32([]byte(snap[len(snapMagic):len(snapMagic)+4])) != sum {
		return nil, errors.New("actor dictionary snapshot is stale")
	}
	r := &snapReader{s: snap[len(snapMagic)+4:]}
	// Every map the build fills must exist here too: finish() indexes
	// the restored entities into them.
	d := &dict{countries: map[string]bool{}, byRole: map[string][]int32{}, byTitle: map[string][]int32{}, intern: map[string]string{}}
	d.readWords(r)
	d.readEntities(r)
	d.readRoles(r)
	d.readTrie(r)
	for n := r.count(); n > 0; n-- {
		d.countries[r.str()] = true
	}
	d.readSurnames(r)
	if r.err == nil && r.s != "" {
		r.fail()
	}
	if r.err != nil {
		return nil, r.err
	}
	return d, nil
}

// readWords restores the vocabulary, flags and org sectors.
func (d *dict) readWords(r *snapReader) {
	n := r.count()
	d.byID = make([]string, n)
	d.flags = make([]uint32, n)
	d.orgSect = make([]string, n)
	for id := range n {
		d.byID[id] = r.str()
		d.flags[id] = uint32(r.uint())
		d.orgSect[id] = r.str()
	}
}

// readEntities restores the entities; their codes share one array.
func (d *dict) readEntities(r *snapReader) {
	n := r.count()
	d.entities = make([]entity, n)
	var codes []dated
	for i := range d.entities {
		e := &d.entities[i]
		e.name, e.id, e.mkind, e.akind, e.source = r.str(), r.str(), r.str(), r.str(), r.str()
		e.person, e.substate = r.bool(), r.bool()
		k := r.count()
		if len(codes) < k {
			codes = make([]dated, max(k, 4096))
		}
		for j := range k {
			c := &codes[j]
			c.Code, c.Country, c.Sector, c.Role = r.str(), r.str(), r.str(), r.str()
			c.From, c.To = r.int32(), r.int32()
		}
		if k > 0 {
			e.codes = codes[:k:k]
			codes = codes[k:]
		}
	}
}

// readRoles restores the roles.
func (d *dict) readRoles(r *snapReader) {
	d.roles = make([]role, r.count())
	for i := range d.roles {
		d.roles[i] = role{sector: r.str(), title: r.str(), flags: roleFlags(r.uint())}
	}
}

// readTrie restores the trie's nodes and payloads; the payloads share one
// array.
func (d *dict) readTrie(r *snapReader) {
	n := r.count()
	if n == 0 {
		r.fail() // no root
		return
	}
	d.payloads = make([][]payload, n)
	d.parent = make([]int32, n)
	d.label = make([]int32, n)
	d.parent[0], d.label[0] = -1, -1
	var ps []payload
	for i := range n {
		if i > 0 {
			d.parent[i] = r.index(i)
			d.label[i] = r.index(len(d.flags))
		}
		k := r.count()
		if k == 0 {
			continue
		}
		if len(ps) < k {
			ps = make([]payload, max(k, 4096))
		}
		for j := range k {
			p := payload{kind: uint8(r.uint()), lower: r.bool(), acronym: r.bool(), idx: r.int32()}
			if !d.validPayload(p) {
				r.fail()
			}
			ps[j] = p
		}
		d.payloads[i] = ps[:k:k]
		ps = ps[k:]
	}
}

// validPayload reports whether p names an entity or role d has.
func (d *dict) validPayload(p payload) bool {
	switch p.kind {
	case pEntity, pSurname:
		return p.idx >= 0 && int(p.idx) < len(d.entities)
	case pRole:
		return p.idx >= 0 && int(p.idx) < len(d.roles)
	}
	return false
}

// readSurnames restores the surname index; its lists share one array.
func (d *dict) readSurnames(r *snapReader) {
	n := r.count()
	d.surnames = make(map[string][]int32, n)
	var all []int32
	for range n {
		k := r.str()
		m := r.count()
		if len(all) < m {
			all = make([]int32, max(m, 4096))
		}
		for j := range m {
			all[j] = r.index(len(d.entities))
		}
		d.surnames[k] = all[:m:m]
		all = all[m:]
	}
}
