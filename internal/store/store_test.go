package store_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
	"github.com/dyad-events/dyad/internal/storetest"
)

func TestScheme(t *testing.T) {
	cases := []struct{ dsn, scheme, path string }{
		{"dyad.db", "sqlite", "dyad.db"},
		{"./data/x.db", "sqlite", "./data/x.db"},
		{"sqlite:x.db", "sqlite", "x.db"},
		{"sqlite:///tmp/x.db", "sqlite", "/tmp/x.db"},
		{"C:\\data\\x.db", "sqlite", "C:\\data\\x.db"},
		{"postgres://u@127.0.0.1/db", "postgres", ""},
		{"POSTGRESQL://u@h/db", "postgresql", ""},
		{"nats://h", "nats", ""},
	}
	for _, c := range cases {
		if got := store.Scheme(c.dsn); got != c.scheme {
			t.Errorf("Scheme(%q) = %q, want %q", c.dsn, got, c.scheme)
		}
		if c.path != "" {
			if got := store.SQLitePath(c.dsn); got != c.path {
				t.Errorf("SQLitePath(%q) = %q, want %q", c.dsn, got, c.path)
			}
		}
	}
}

func TestFactory_Open(t *testing.T) {
	f := store.New()
	t.Run("OK", func(t *testing.T) {
		st, err := f.Open(t.Context(), "sqlite:"+filepath.Join(t.TempDir(), "a.db"), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, err := st.Put(t.Context(), storetest.RichDocument("factory")); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ErrUnknownScheme", func(t *testing.T) {
		_, err := f.Open(t.Context(), "mysql://h/db", store.Options{})
		if dyad.ErrorCode(err) != dyad.CodeInvalid {
			t.Errorf("Open(mysql) error = %v, want code %s", err, dyad.CodeInvalid)
		}
	})
	t.Run("MustExist", func(t *testing.T) {
		dir := t.TempDir()
		missing := filepath.Join(dir, "nothere.db")
		_, err := f.Open(t.Context(), "sqlite:"+missing, store.Options{MustExist: true})
		if dyad.ErrorCode(err) != dyad.CodeNotFound || !strings.Contains(err.Error(), missing) {
			t.Errorf("Open(missing, MustExist) error = %v, want code %s naming the path", err, dyad.CodeNotFound)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Errorf("Open(missing, MustExist) created %s", missing)
		}
		made := filepath.Join(dir, "made.db")
		st, err := f.Open(t.Context(), made, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
		st, err = f.Open(t.Context(), made, store.Options{MustExist: true})
		if err != nil {
			t.Fatalf("Open(existing, MustExist): %v", err)
		}
		st.Close()
	})
}
