package actor

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/dyad-events/dyad/internal/corpus"
)

// TestSnapshotFresh fails when dict.snap is not what the text
// dictionaries and the loading code give today.
func TestSnapshotFresh(t *testing.T) {
	fresh, err := Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, []byte(snapshot)) {
		t.Fatalf("dict.snap is stale (%d bytes, a fresh build gives %d): run `go generate ./internal/nlp/actor` and commit dict.snap",
			len(snapshot), len(fresh))
	}
	again, err := Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, again) {
		t.Fatal("two snapshots of the same files differ: the encoding is not deterministic")
	}
}

// TestSnapshotRoundTrip checks that decoding a snapshot and encoding the
// result gives the same bytes, so every encoded field is restored.
func TestSnapshotRoundTrip(t *testing.T) {
	fresh, sum := freshSnapshot(t)
	d, err := decodeSnapshot(string(fresh), sum)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.encode(sum); !bytes.Equal(got, fresh) {
		t.Fatalf("re-encoded snapshot differs (%d bytes, want %d)", len(got), len(fresh))
	}
}

// TestSnapshotSameDict builds the dictionaries from the text files and
// from the snapshot, alone and with user dictionaries on top, and checks
// that the finished dictionaries are identical.
func TestSnapshotSameDict(t *testing.T) {
	fresh, sum := freshSnapshot(t)
	user := filepath.Join(t.TempDir(), "user.txt")
	// Invented entries: a new person with a new surname and first name,
	// a role, word classes, and a new name for a built-in country.
	const userDict = `person Zofia Quellbrandt | Z. Quellbrandt
  POLGOV 2031-01-01.. Minister of Lighthouses
role GOV minister of lighthouses ; title
word ORGSUFFIX lighthousery ; sector=GOV
word FIRSTNAME Zofia
country POL Poland | Polska | Rzeczpospolita
`
	if err := os.WriteFile(user, []byte(userDict), 0o644); err != nil {
		t.Fatal(err)
	}
	cfgs := map[string]func(t *testing.T) Config{
		"builtin": func(*testing.T) Config { return Config{} },
		"dict":    func(*testing.T) Config { return Config{DictFiles: []string{user}} },
		"petrarch": func(t *testing.T) Config {
			return Config{
				PetrarchActorFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.actors.txt")},
				PetrarchAgentFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.agents.txt")},
				DictFiles:          []string{user},
			}
		},
	}
	for name, cfgOf := range cfgs {
		t.Run(name, func(t *testing.T) {
			cfg := cfgOf(t)
			want, err := loadText(false)
			if err != nil {
				t.Fatal(err)
			}
			if err := want.extend(cfg); err != nil {
				t.Fatal(err)
			}
			got, err := decodeSnapshot(string(fresh), sum)
			if err != nil {
				t.Fatal(err)
			}
			if err := got.extend(cfg); err != nil {
				t.Fatal(err)
			}
			if len(got.entities) == 0 || len(got.kids) == 0 {
				t.Fatalf("empty dictionary: %d entities, %d nodes", len(got.entities), len(got.kids))
			}
			if !reflect.DeepEqual(got, want) {
				t.Error("the dictionary restored from the snapshot differs from the one built from text")
				diffFields(t, got, want)
			}
		})
	}
}

// diffFields names the fields of d that differ between got and want.
func diffFields(t *testing.T, got, want *dict) {
	t.Helper()
	g, w := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	// The fields are unexported: read them through their addresses.
	field := func(v reflect.Value, i int) any {
		f := v.Field(i)
		return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
	}
	for i := range g.NumField() {
		if !reflect.DeepEqual(field(g, i), field(w, i)) {
			t.Errorf("field %s differs", g.Type().Field(i).Name)
		}
	}
}

// TestSnapshotStale checks that a snapshot made from other files, or
// one cut short or garbled, is refused rather than restored.
func TestSnapshotStale(t *testing.T) {
	sum, err := builtinSum()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decodeSnapshot(snapshot, sum); err != nil {
		t.Fatalf("the embedded snapshot does not decode (%v): run `go generate ./internal/nlp/actor`", err)
	}
	if _, err := decodeSnapshot(snapshot, sum+1); err == nil {
		t.Error("a snapshot of other files was accepted")
	}
	step := max(len(snapshot)/97, 1)
	for n := 0; n < len(snapshot); n += step {
		if _, err := decodeSnapshot(snapshot[:n], sum); err == nil {
			t.Errorf("a snapshot cut to %d of %d bytes was accepted", n, len(snapshot))
		}
	}
	if _, err := decodeSnapshot(snapshot+"x", sum); err == nil {
		t.Error("a snapshot with trailing bytes was accepted")
	}
}

// FuzzSnapshot decodes arbitrary snapshot bodies: an error or a
// dictionary that finishes, never a panic.
//
//	go test -fuzz=FuzzSnapshot -fuzztime=20s ./internal/nlp/actor/
func FuzzSnapshot(f *testing.F) {
	body := snapshot[len(snapMagic)+4:]
	f.Add(body[:min(len(body), 300)])
	f.Add("\x01\x03the\x00\x00\x00\x00\x01\x00\x00\x00")
	f.Fuzz(func(t *testing.T, body string) {
		d, err := decodeSnapshot(snapMagic+"\x00\x00\x00\x00"+body, 0)
		if err != nil {
			return
		}
		if err := d.extend(Config{}); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkBuild compares the two ways to the built-in dictionaries:
// restoring the snapshot (what New does) and compiling the text files,
// each finished as New finishes them.
//
//	go test -run '^$' -bench Build -benchmem ./internal/nlp/actor/
func BenchmarkBuild(b *testing.B) {
	sum, err := builtinSum()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		load func() (*dict, error)
	}{
		{"snapshot", func() (*dict, error) { return decodeSnapshot(snapshot, sum) }},
		{"text", func() (*dict, error) { return loadText(false) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d, err := c.load()
				if err != nil {
					b.Fatal(err)
				}
				if err := d.extend(Config{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// freshSnapshot encodes the built-in files now and returns the snapshot
// with the checksum of the sources it was made from.
func freshSnapshot(t *testing.T) ([]byte, uint32) {
	t.Helper()
	fresh, err := Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	sum, err := builtinSum()
	if err != nil {
		t.Fatal(err)
	}
	return fresh, sum
}
