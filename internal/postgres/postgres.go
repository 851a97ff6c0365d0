// Package postgres is dyad's store at scale: the same schema and queries
// as internal/sqlite on PostgreSQL, through pgx (github.com/jackc/pgx/v5)
// and its database/sql adapter, with full-text search on a tsvector column
// (GIN index), ranked by ts_rank and cut by ts_headline.
//
// Many processes may write at once (dyad worker): each Put is one
// transaction, duplicates are settled by the primary key, and actor
// counters are updated in a fixed order so writers cannot deadlock.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/store/sqlq"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configures a Store. The zero value is ready to use.
type Options struct {
	Logger *slog.Logger
	// Now stamps Provenance.Ingested; time.Now when nil.
	Now func() time.Time
	// Dedup configures near-duplicate detection at Put.
	Dedup dedup.Config
}

// Store is a dyad.Store on PostgreSQL. It is safe for concurrent use.
type Store struct {
	*sqlq.Core
	pool *pgxpool.Pool
	db   *sql.DB
}

var _ dyad.Store = (*Store)(nil)

// Open connects to the database named by dsn (a postgres:// URL or
// key=value string; search_path may be given as a parameter) and brings
// its schema up to date. An unreachable server is CodeUnavailable.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, dyad.Errorf(dyad.CodeInvalid, "postgres DSN: %v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect postgres: %w", mapErr(err))
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect postgres %s:%d: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, mapErr(err))
	}
	db := stdlib.OpenDBFromPool(pool)
	s := &Store{pool: pool, db: db}
	s.Core = &sqlq.Core{W: db, R: db, Logger: opts.Logger, Now: opts.Now, Dedup: opts.Dedup.WithDefaults(), D: sqlq.Dialect{
		Placeholder: sqlq.Dollar,
		IndexText:   indexText,
		Search:      search,
		MapErr:      mapErr,
	}}
	if err := s.migrate(ctx, opts.Now); err != nil {
		s.Close()
		return nil, fmt.Errorf("migrate postgres: %w", mapErr(err))
	}
	if err := sqlq.BackfillDateSpans(ctx, db, sqlq.Dollar); err != nil {
		s.Close()
		return nil, fmt.Errorf("migrate postgres: event date spans: %w", mapErr(err))
	}
	if err := s.Prepare(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("prepare postgres: %w", mapErr(err))
	}
	return s, nil
}

// Close closes the statements and the pool.
func (s *Store) Close() error {
	var errs []error
	if s.Core != nil {
		errs = append(errs, s.CloseStmts())
	}
	errs = append(errs, s.db.Close())
	s.pool.Close()
	return errors.Join(errs...)
}

// migrationLock is the advisory lock key that serialises migrations of
// concurrent Opens.
const migrationLock = 0x64796164 // "dyad"

func (s *Store) migrate(ctx context.Context, now func() time.Time) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.migrateOne(ctx, name, now); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func (s *Store) migrateOne(ctx context.Context, name string, now func() time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version TEXT PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return tx.Commit()
	}
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied) VALUES($1, $2)`,
		name, now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// fold lower-cases nothing but strips diacritics ("São" → "Sao"), so that
// the index and queries agree without the unaccent extension.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

func indexText(ctx context.Context, tx *sql.Tx, id, title, text string) error {
	_, err := tx.ExecContext(ctx, `UPDATE articles SET tsv = setweight(to_tsvector('english', $2), 'A') ||
		setweight(to_tsvector('english', $3), 'B') WHERE id = $1`, id, fold(title), fold(text))
	return err
}

func search(b *sqlq.Builder, words []string) string {
	q := b.Arg(fold(strings.Join(words, " ")))
	return `SELECT ` + sqlq.ArticleCols + `,
		ts_headline('english', a.text, query, 'StartSel=«, StopSel=», MaxWords=35, MinWords=15'),
		-ts_rank(a.tsv, query) AS r
		FROM articles a, plainto_tsquery('english', ` + q + `) query
		WHERE a.tsv @@ query ORDER BY r, a.id`
}

// mapErr marks connection failures CodeUnavailable.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		if strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "53300" {
			return fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeUnavailable, "database unavailable"), err)
		}
		return err
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeUnavailable, "cannot connect to PostgreSQL"), err)
	}
	return err
}
