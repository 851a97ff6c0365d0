// Package store opens a dyad.Store from a DSN, choosing the backend by the
// DSN's scheme through a Factory value:
//
//	dyad.db, ./data/x.db, sqlite:dyad.db, sqlite:///abs/path.db  → SQLite
//	postgres://user@host/db, postgresql://…                      → PostgreSQL
//
//	st, err := store.New().Open(ctx, dsn, store.Options{})
package store

import (
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/postgres"
	"github.com/dyad-events/dyad/internal/sqlite"
)

// Options are passed to every backend.
type Options struct {
	Logger *slog.Logger
	// Now stamps Provenance.Ingested; time.Now when nil.
	Now func() time.Time
	// Dedup configures near-duplicate detection at Put.
	Dedup dedup.Config
	// MustExist makes opening a SQLite file that does not exist a
	// CodeNotFound error instead of creating an empty database: for
	// commands that only read.
	MustExist bool
}

// Opener opens a store for a DSN of its scheme.
type Opener func(ctx context.Context, dsn string, opts Options) (dyad.Store, error)

// Factory maps DSN schemes to openers. A DSN with no scheme is a SQLite
// file path.
type Factory struct {
	openers map[string]Opener
}

// New returns a factory with the built-in backends: sqlite, postgres and
// postgresql.
func New() *Factory {
	f := &Factory{openers: map[string]Opener{}}
	f.Register("sqlite", openSQLite)
	f.Register("postgres", openPostgres)
	f.Register("postgresql", openPostgres)
	return f
}

// Register adds or replaces the opener for scheme.
func (f *Factory) Register(scheme string, o Opener) { f.openers[scheme] = o }

// Schemes lists the registered schemes in order.
func (f *Factory) Schemes() []string {
	var out []string
	for s := range f.openers {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Open opens the store named by dsn. An unknown scheme is a CodeInvalid
// error.
func (f *Factory) Open(ctx context.Context, dsn string, opts Options) (dyad.Store, error) {
	scheme := Scheme(dsn)
	o, ok := f.openers[scheme]
	if !ok {
		return nil, dyad.Errorf(dyad.CodeInvalid, "database %q: unknown scheme %q (want one of %s, or a file path)",
			dsn, scheme, strings.Join(f.Schemes(), ", "))
	}
	return o(ctx, dsn, opts)
}

// Scheme returns the DSN's scheme: the part before "://" or the first ":"
// when that is a run of letters longer than one (so "C:\x.db" is a path),
// else "sqlite".
func Scheme(dsn string) string {
	i := strings.Index(dsn, ":")
	if i < 2 {
		return "sqlite"
	}
	for _, r := range dsn[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return "sqlite"
		}
	}
	return strings.ToLower(dsn[:i])
}

// SQLitePath returns the file path of a SQLite DSN.
func SQLitePath(dsn string) string {
	if Scheme(dsn) != "sqlite" || !strings.HasPrefix(strings.ToLower(dsn), "sqlite:") {
		return dsn
	}
	p := dsn[len("sqlite:"):]
	if strings.HasPrefix(p, "//") {
		p = p[2:]
	}
	return p
}

func openSQLite(ctx context.Context, dsn string, opts Options) (dyad.Store, error) {
	if opts.MustExist {
		p := SQLitePath(dsn)
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			return nil, dyad.Errorf(dyad.CodeNotFound, "database %s does not exist (give an existing file with --db or $DYAD_DB; dyad ingest creates one)", p)
		}
	}
	return sqlite.Open(ctx, SQLitePath(dsn), sqlite.Options{Logger: opts.Logger, Now: opts.Now, Dedup: opts.Dedup})
}

func openPostgres(ctx context.Context, dsn string, opts Options) (dyad.Store, error) {
	return postgres.Open(ctx, dsn, postgres.Options{Logger: opts.Logger, Now: opts.Now, Dedup: opts.Dedup})
}
