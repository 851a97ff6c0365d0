// Package sqlite is dyad's default store: one SQLite file, through the
// pure-Go driver modernc.org/sqlite, in WAL mode with foreign keys on and
// FTS5 for search.
//
// Writes go through one connection (SQLite allows one writer at a time);
// reads use a pool of read-only connections, so readers never wait for a
// writer. Each Put is one IMMEDIATE transaction: a crash (even kill -9)
// leaves every article either fully stored or absent.
//
//	st, err := sqlite.Open(ctx, "dyad.db", sqlite.Options{})
//	if err != nil { … }
//	defer st.Close()
//	res, err := st.Put(ctx, doc)
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/store/sqlq"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DefaultBusyTimeout is how long a connection waits for a lock held by
// another process before failing.
const DefaultBusyTimeout = 30 * time.Second

// Options configures a Store. The zero value is ready to use.
type Options struct {
	// Logger receives diagnostics; slog.Default when nil.
	Logger *slog.Logger
	// Now is the clock used to stamp Provenance.Ingested; time.Now when
	// nil.
	Now func() time.Time
	// Dedup configures near-duplicate detection at Put.
	Dedup dedup.Config
	// ReadConns is the size of the read pool; 2×GOMAXPROCS (at least 4)
	// when zero.
	ReadConns int
	// BusyTimeout is how long to wait for another process's lock;
	// DefaultBusyTimeout when zero.
	BusyTimeout time.Duration
	// GroupCommit is the most documents concurrent Puts share one
	// transaction with (DefaultGroupCommit when zero; 1 for a
	// transaction per Put). Each Put still returns only once its
	// document is committed.
	GroupCommit int
}

// DefaultGroupCommit is the default for Options.GroupCommit.
const DefaultGroupCommit = 64

// Store is a dyad.Store over one SQLite file. It is safe for concurrent
// use.
type Store struct {
	*sqlq.Core
	path   string
	w      *sql.DB // one connection, IMMEDIATE transactions
	r      *sql.DB // read-only pool
	opts   Options
	logger *slog.Logger
	now    func() time.Time
}

var _ dyad.Store = (*Store)(nil)

// Open opens (creating if needed) the database file at path and brings its
// schema up to date. Errors name the path.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, dyad.Errorf(dyad.CodeInvalid, "sqlite database path %q: must be non-empty, without ? or #", path)
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ReadConns == 0 {
		opts.ReadConns = max(4, 2*runtime.GOMAXPROCS(0))
	}
	if opts.GroupCommit == 0 {
		opts.GroupCommit = DefaultGroupCommit
	}
	if opts.BusyTimeout == 0 {
		opts.BusyTimeout = DefaultBusyTimeout
	}
	opts.Dedup = opts.Dedup.WithDefaults()
	s := &Store{path: path, opts: opts, logger: opts.Logger, now: opts.Now}

	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(opts.BusyTimeout.Milliseconds(), 10)+")")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "temp_store(MEMORY)") // savepoint journals of group commits
	q.Add("_pragma", "cache_size(-65536)") // 64 MiB of page cache for the writer
	q.Set("_txlock", "immediate")
	w, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s.w = w
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("migrate sqlite %s: %w", path, mapErr(err))
	}
	if err := sqlq.BackfillDateSpans(ctx, w, sqlq.Question); err != nil {
		w.Close()
		return nil, fmt.Errorf("migrate sqlite %s: event date spans: %w", path, mapErr(err))
	}

	rq := url.Values{}
	rq.Add("_pragma", "busy_timeout("+strconv.FormatInt(opts.BusyTimeout.Milliseconds(), 10)+")")
	rq.Add("_pragma", "query_only(1)")
	r, err := sql.Open("sqlite", path+"?"+rq.Encode())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	r.SetMaxOpenConns(opts.ReadConns)
	r.SetMaxIdleConns(opts.ReadConns)
	s.r = r
	s.Core = &sqlq.Core{W: w, R: r, Logger: opts.Logger, Now: opts.Now, Dedup: opts.Dedup, GroupCommit: opts.GroupCommit, D: sqlq.Dialect{
		Placeholder: sqlq.Question,
		IndexText:   indexText,
		Search:      search,
		MapErr:      mapErr,
	}}
	if err = s.Prepare(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("prepare sqlite %s: %w", path, err)
	}
	return s, nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes both connection pools.
func (s *Store) Close() error {
	var errs []error
	if s.Core != nil {
		errs = append(errs, s.CloseStmts())
	}
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	if s.w != nil {
		errs = append(errs, s.w.Close())
	}
	return errors.Join(errs...)
}

// migrate runs, in name order, every embedded migration not yet recorded
// in schema_migrations, each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version TEXT PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.migrateOne(ctx, name); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func (s *Store) migrateOne(ctx context.Context, name string) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied) VALUES(?, ?)`,
		name, s.now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// mapErr turns driver errors into dyad errors where a user can act on
// them: a locked or busy database is CodeUnavailable.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeUnavailable, "database is locked by another process"), err)
		case sqlite3.SQLITE_CANTOPEN:
			return fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeUnavailable, "cannot open the database file"), err)
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeInvalid, "not a dyad database or corrupt"), err)
		}
	}
	return err
}

// indexText adds an article to the FTS5 index.
func indexText(ctx context.Context, tx *sql.Tx, id, _, _ string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles WHERE id = ?`, id)
	return err
}

// search ranks with bm25, the title weighing twice the text, and cuts a
// snippet of about 16 tokens around the matches.
func search(b *sqlq.Builder, words []string) string {
	return `SELECT ` + sqlq.ArticleCols + `, snippet(articles_fts, -1, '«', '»', '…', 16), bm25(articles_fts, 2.0, 1.0) AS r
		FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
		WHERE articles_fts MATCH ` + b.Arg(sqlq.FTS5Query(words)) + ` ORDER BY r, a.id`
}
