package sqlq

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

type scanner interface{ Scan(dest ...any) error }

// ScanArticle reads the ArticleCols columns, then any extra columns into
// extra.
func ScanArticle(r scanner, extra ...any) (*dyad.Article, error) {
	a := &dyad.Article{}
	var published sql.NullString
	var ingested, warnings string
	dest := append([]any{&a.ID, &a.URL, &a.Title, &a.Outlet, &published, &a.Timezone, &a.Dateline, &a.Author, &a.Text,
		&a.Provenance.Source, &a.Provenance.Line, &a.Provenance.Format, &ingested, &a.DuplicateOf, &warnings}, extra...)
	if err := r.Scan(dest...); err != nil {
		return nil, err
	}
	loc := a.Location()
	if published.Valid && published.String != "" {
		t, err := time.Parse(time.RFC3339Nano, published.String)
		if err != nil {
			return nil, fmt.Errorf("article %s: published %q: %w", a.ID, published.String, err)
		}
		a.Published = t.In(loc)
	}
	if ingested != "" {
		t, err := time.Parse(time.RFC3339Nano, ingested)
		if err != nil {
			return nil, fmt.Errorf("article %s: ingested %q: %w", a.ID, ingested, err)
		}
		a.Provenance.Ingested = t.In(time.UTC)
	}
	if warnings != "" && warnings != "null" {
		if err := json.Unmarshal([]byte(warnings), &a.Warnings); err != nil {
			return nil, fmt.Errorf("article %s: warnings: %w", a.ID, err)
		}
	}
	return a, nil
}

func (c *Core) notFound(what, id string) error {
	return fmt.Errorf("%s %q: %w", what, id, dyad.ErrNotFound)
}

// Has implements dyad.Store.
func (c *Core) Has(ctx context.Context, id string) (bool, error) {
	_, ok, err := c.stored(ctx, c.R, id)
	return ok, err
}

// Article implements dyad.Store.
func (c *Core) Article(ctx context.Context, id string) (*dyad.Article, error) {
	a, err := ScanArticle(c.R.QueryRowContext(ctx, `SELECT `+ArticleCols+` FROM articles a WHERE a.id = `+c.D.Placeholder(1), id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, c.notFound("article", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read article %s: %w", id, c.mapErr(err))
	}
	return a, nil
}

// Document implements dyad.Store. All reads run in one read transaction,
// so the document is consistent. Events and quotes carry their store IDs.
func (c *Core) Document(ctx context.Context, id string) (*dyad.Document, error) {
	tx, err := c.R.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read document %s: %w", id, c.mapErr(err))
	}
	defer tx.Rollback()
	doc, err := c.findDocument(ctx, tx, id)
	if err != nil {
		if dyad.ErrorCode(err) == dyad.CodeNotFound {
			return nil, err
		}
		return nil, fmt.Errorf("read document %s: %w", id, c.mapErr(err))
	}
	return doc, nil
}

func (c *Core) findDocument(ctx context.Context, tx *sql.Tx, id string) (*dyad.Document, error) {
	ph := c.D.Placeholder(1)
	a, err := ScanArticle(tx.QueryRowContext(ctx, `SELECT `+ArticleCols+` FROM articles a WHERE a.id = `+ph, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, c.notFound("article", id)
	}
	if err != nil {
		return nil, err
	}
	doc := dyad.NewDocument(a)
	rows, err := tx.QueryContext(ctx, `SELECT start, "end", paragraph, tokens FROM sentences WHERE article_id = `+ph+` ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var s dyad.Sentence
		var b []byte
		if err := rows.Scan(&s.Start, &s.End, &s.Paragraph, &b); err != nil {
			rows.Close()
			return nil, err
		}
		if s.Tokens, err = DecodeTokens(s.Start, b); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sentence %s: %w", s.Span, err)
		}
		doc.Sentences = append(doc.Sentences, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := readJSON(ctx, tx, "mentions", ph, id, &doc.Mentions); err != nil {
		return nil, err
	}
	// The distinct actors derive from the mentions, so they are not
	// stored but recomputed, as the actors stage computed them.
	doc.Actors = dyad.Entities(doc.Mentions)
	if err := readJSON(ctx, tx, "places", ph, id, &doc.Places); err != nil {
		return nil, err
	}
	if err := readJSON(ctx, tx, "times", ph, id, &doc.Times); err != nil {
		return nil, err
	}
	if err := readJSON(ctx, tx, "quotes", ph, id, &doc.Quotes); err != nil {
		return nil, err
	}
	if err := readJSON(ctx, tx, "events", ph, id, &doc.Events); err != nil {
		return nil, err
	}
	for i := range doc.Quotes {
		doc.Quotes[i].ID, doc.Quotes[i].ArticleID = QuoteID(id, i), id
	}
	copies := 0
	if len(doc.Events) > 0 {
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles d WHERE d.duplicate_of = `+ph, id).Scan(&copies); err != nil {
			return nil, fmt.Errorf("count copies: %w", err)
		}
	}
	for i := range doc.Events {
		doc.Events[i].ID, doc.Events[i].ArticleID, doc.Events[i].Copies = EventID(id, i), id, copies
	}
	return doc, nil
}

// readJSON appends the data column of table's rows for the article, in
// order, to *out.
func readJSON[T any](ctx context.Context, tx *sql.Tx, table, ph, id string, out *[]T) error {
	rows, err := tx.QueryContext(ctx, `SELECT data FROM `+table+` WHERE article_id = `+ph+` ORDER BY idx`, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return err
		}
		var v T
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("%s of article %s: %w", table, id, err)
		}
		*out = append(*out, v)
	}
	return rows.Err()
}

// Articles implements dyad.Store.
func (c *Core) Articles(ctx context.Context, f dyad.ArticleFilter) ([]*dyad.Article, error) {
	b := &Builder{Placeholder: c.D.Placeholder}
	b.Articles(f)
	lim, err := b.LimitClause(f.Page)
	if err != nil {
		return nil, err
	}
	q := `SELECT ` + ArticleCols + ` FROM articles a` + b.Clause() +
		` ORDER BY a.published IS NULL, a.published DESC, a.id` + lim
	rows, err := c.R.QueryContext(ctx, q, b.Args()...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", c.mapErr(err))
	}
	defer rows.Close()
	out := []*dyad.Article{}
	for rows.Next() {
		a, err := ScanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Search implements dyad.Store. A query with no words (only punctuation)
// matches nothing.
func (c *Core) Search(ctx context.Context, sq dyad.SearchQuery) ([]dyad.SearchHit, error) {
	words, err := SearchWords(sq.Query)
	if err != nil {
		return nil, err
	}
	if _, _, err := Page(sq.Page); err != nil {
		return nil, err
	}
	out := []dyad.SearchHit{}
	if len(words) == 0 {
		return out, nil
	}
	b := &Builder{Placeholder: c.D.Placeholder}
	q := c.D.Search(b, words)
	lim, _ := b.LimitClause(sq.Page)
	rows, err := c.R.QueryContext(ctx, q+lim, b.Args()...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", sq.Query, c.mapErr(err))
	}
	defer rows.Close()
	for rows.Next() {
		var h dyad.SearchHit
		if h.Article, err = ScanArticle(rows, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", sq.Query, err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Events implements dyad.Store.
func (c *Core) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.Event, error) {
	b := &Builder{Placeholder: c.D.Placeholder}
	if err := b.Events(f); err != nil {
		return nil, err
	}
	lim, err := b.LimitClause(f.Page)
	if err != nil {
		return nil, err
	}
	q := `SELECT e.article_id, e.idx, e.data, ` + CopiesExpr + ` FROM events e` + b.Clause() + ` ORDER BY e.date_first, e.date_last, e.article_id, e.idx` + lim
	rows, err := c.R.QueryContext(ctx, q, b.Args()...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", c.mapErr(err))
	}
	defer rows.Close()
	out := []dyad.Event{}
	for rows.Next() {
		var id string
		var i, copies int
		var data []byte
		if err := rows.Scan(&id, &i, &data, &copies); err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		var e dyad.Event
		if err := json.Unmarshal(data, &e); err != nil {
			return nil, fmt.Errorf("event %s: %w", EventID(id, i), err)
		}
		e.ID, e.ArticleID, e.Copies = EventID(id, i), id, copies
		out = append(out, e)
	}
	return out, rows.Err()
}

// Quotes implements dyad.Store. Quotes come in order of their article's
// publication (unknown last), then article, then position.
func (c *Core) Quotes(ctx context.Context, f dyad.QuoteFilter) ([]dyad.Quote, error) {
	b := &Builder{Placeholder: c.D.Placeholder}
	b.Quotes(f)
	lim, err := b.LimitClause(f.Page)
	if err != nil {
		return nil, err
	}
	q := `SELECT q.article_id, q.idx, q.data FROM quotes q JOIN articles a ON a.id = q.article_id` + b.Clause() +
		` ORDER BY a.published IS NULL, a.published, q.article_id, q.idx` + lim
	rows, err := c.R.QueryContext(ctx, q, b.Args()...)
	if err != nil {
		return nil, fmt.Errorf("list quotes: %w", c.mapErr(err))
	}
	defer rows.Close()
	out := []dyad.Quote{}
	for rows.Next() {
		var id string
		var i int
		var data []byte
		if err := rows.Scan(&id, &i, &data); err != nil {
			return nil, fmt.Errorf("list quotes: %w", err)
		}
		var qt dyad.Quote
		if err := json.Unmarshal(data, &qt); err != nil {
			return nil, fmt.Errorf("quote %s: %w", QuoteID(id, i), err)
		}
		qt.ID, qt.ArticleID = QuoteID(id, i), id
		out = append(out, qt)
	}
	return out, rows.Err()
}

// Actors implements dyad.Store. Actors are keyed by code and name; the
// Actor returned is the first one stored under that key.
func (c *Core) Actors(ctx context.Context, f dyad.ActorFilter) ([]dyad.ActorCount, error) {
	b := &Builder{Placeholder: c.D.Placeholder}
	b.Actors(f)
	lim, err := b.LimitClause(f.Page)
	if err != nil {
		return nil, err
	}
	q := `SELECT a.data, a.mentions, a.articles FROM actors a` + b.Clause() + ` ORDER BY a.mentions DESC, a.code, a.name` + lim
	rows, err := c.R.QueryContext(ctx, q, b.Args()...)
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", c.mapErr(err))
	}
	defer rows.Close()
	out := []dyad.ActorCount{}
	for rows.Next() {
		var ac dyad.ActorCount
		var data []byte
		if err := rows.Scan(&data, &ac.Mentions, &ac.Articles); err != nil {
			return nil, fmt.Errorf("list actors: %w", err)
		}
		if err := json.Unmarshal(data, &ac.Actor); err != nil {
			return nil, fmt.Errorf("list actors: %w", err)
		}
		out = append(out, ac)
	}
	return out, rows.Err()
}

// Counts implements dyad.Store. ByDay buckets are in date order, split by
// QuadClass; the other dimensions come most frequent first, then by key.
// The filter's Page is ignored: every bucket is returned.
func (c *Core) Counts(ctx context.Context, cq dyad.CountQuery) ([]dyad.Count, error) {
	key, cond, err := CountExpr(cq.By)
	if err != nil {
		return nil, err
	}
	b := &Builder{Placeholder: c.D.Placeholder}
	if err := b.Events(cq.Filter); err != nil {
		return nil, err
	}
	b.Where(cond)
	var q string
	if cq.By == dyad.ByDay {
		q = `SELECT ` + key + ` AS k, e.quad, count(*) FROM events e` + b.Clause() + ` GROUP BY k, e.quad ORDER BY k, e.quad`
	} else {
		q = `SELECT ` + key + ` AS k, 0, count(*) AS n FROM events e` + b.Clause() + ` GROUP BY k ORDER BY n DESC, k`
	}
	rows, err := c.R.QueryContext(ctx, q, b.Args()...)
	if err != nil {
		return nil, fmt.Errorf("count events by %s: %w", cq.By, c.mapErr(err))
	}
	defer rows.Close()
	out := []dyad.Count{}
	for rows.Next() {
		var k dyad.Count
		if err := rows.Scan(&k.Key, &k.Quad, &k.Count); err != nil {
			return nil, fmt.Errorf("count events by %s: %w", cq.By, err)
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// Stats implements dyad.Store.
func (c *Core) Stats(ctx context.Context) (dyad.Stats, error) {
	var s dyad.Stats
	q := `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of <> ''),
		(SELECT count(*) FROM sentences), (SELECT count(*) FROM mentions), (SELECT count(*) FROM places),
		(SELECT count(*) FROM times), (SELECT count(*) FROM quotes), (SELECT count(*) FROM events)`
	if err := c.R.QueryRowContext(ctx, q).Scan(&s.Articles, &s.Duplicates, &s.Sentences, &s.Mentions, &s.Places,
		&s.Times, &s.Quotes, &s.Events); err != nil {
		return s, fmt.Errorf("stats: %w", c.mapErr(err))
	}
	return s, nil
}

// ResolveID returns the ID of the one stored article whose ID starts with
// prefix (case-insensitive). No match is CodeNotFound; several matches are
// CodeInvalid, naming two of them.
func (c *Core) ResolveID(ctx context.Context, prefix string) (string, error) {
	p := strings.ToLower(strings.TrimSpace(prefix))
	if p == "" {
		return "", dyad.Errorf(dyad.CodeInvalid, "empty article ID")
	}
	b := &Builder{Placeholder: c.D.Placeholder}
	var cond string
	if hi, ok := upperBound(p); ok {
		cond = "(a.id >= " + b.Arg(p) + " AND a.id < " + b.Arg(hi) + ")"
	} else {
		cond = "a.id = " + b.Arg(p)
	}
	rows, err := c.R.QueryContext(ctx, `SELECT a.id FROM articles a WHERE `+cond+` ORDER BY a.id LIMIT 2`, b.Args()...)
	if err != nil {
		return "", fmt.Errorf("resolve article ID %q: %w", prefix, c.mapErr(err))
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	switch len(ids) {
	case 0:
		return "", fmt.Errorf("article %q: %w", prefix, dyad.ErrNotFound)
	case 1:
		return ids[0], nil
	}
	return "", dyad.Errorf(dyad.CodeInvalid, "article ID prefix %q is ambiguous: it matches %s, %s and maybe more", prefix, ids[0], ids[1])
}
