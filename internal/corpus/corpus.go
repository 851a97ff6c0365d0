// Package corpus locates the shared test corpora and gold files that live
// beside the repository (in ../shared relative to the module root), for
// tests and benchmarks.
package corpus

import (
	"os"
	"path/filepath"
	"testing"
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
