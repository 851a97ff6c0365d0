// Package corpus locates the shared test corpora and gold files that live
// beside the repository (in ../shared relative to the module root), for
// tests and benchmarks.
package corpus

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// Dir returns the shared folder: $DYAD_SHARED when set, else the folder
// "shared" beside the module root (found by walking up from the working
// directory to go.mod). It returns "" when neither exists.
func Dir() string {
	if d := os.Getenv("DYAD_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			if _, err := os.Stat(s); err == nil {
				return s
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// ModuleRoot returns the folder holding the module's go.mod, found by
// walking up from the working directory, or "" when there is none.
func ModuleRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Path returns the path of rel inside the shared folder. When the folder
// or the file is missing the test is skipped, unless DYAD_REQUIRE_CORPORA
// is set (as CI sets it), in which case it fails.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	p := filepath.Join(d, rel)
	if d != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if os.Getenv("DYAD_REQUIRE_CORPORA") != "" {
		tb.Fatalf("corpus file %s not found (shared folder %q); set DYAD_SHARED", rel, d)
	}
	tb.Skipf("corpus file %s not found; set DYAD_SHARED to the shared folder", rel)
	return ""
}

// Story is one article of a corpus: its text and publication time (zero
// when the corpus gives none or it does not parse).
type Story struct {
	Published time.Time
	Text      string
}

// VOA returns the Voice of America 2025 stories
// (corpora/voa-2025/voa_stories.jsonl), in file order, for benchmarks
// and corpus tests. It skips or fails as Path does when the file is
// missing, and fails on a malformed line.
func VOA(tb testing.TB) []Story {
	tb.Helper()
	f, err := os.Open(Path(tb, "corpora/voa-2025/voa_stories.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []Story
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			Published string `json:"published"`
			Text      string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("voa_stories.jsonl: %v", err)
		}
		s := Story{Text: rec.Text}
		if t, err := dyad.ParsePublished(rec.Published, time.UTC); err == nil {
			s.Published = t
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// Gunzip returns the decompressed contents of the gzip file at path; any
// read error fails tb.
func Gunzip(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return b
}

// TarGz calls fn with the name and contents of every regular file in the
// gzip-compressed tar archive at path, in archive order; any read error
// fails tb.
func TarGz(tb testing.TB, path string, fn func(name string, b []byte)) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			tb.Fatalf("%s: %s: %v", path, h.Name, err)
		}
		fn(h.Name, b)
	}
}
