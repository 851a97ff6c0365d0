package sqlq

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/dedup"
)

// Dialect is what differs between the SQL databases the Core runs on.
type Dialect struct {
	// Placeholder renders the n-th placeholder (Question or Dollar).
	Placeholder func(n int) string
	// IndexText adds the just-inserted article to the full-text index
	// inside tx.
	IndexText func(ctx context.Context, tx *sql.Tx, id, title, text string) error
	// Search returns a query selecting ArticleCols, a snippet and a rank
	// (lower is better) for the words, best first, with b holding its
	// arguments; the caller appends the LIMIT clause.
	Search func(b *Builder, words []string) string
	// MapErr turns driver errors into dyad errors where it can.
	MapErr func(error) error
}

// Core implements dyad.Store over database/sql for a Dialect. W is used
// for writes (a single connection for SQLite), R for reads (may be W).
type Core struct {
	W, R   *sql.DB
	D      Dialect
	Logger *slog.Logger
	Now    func() time.Time
	Dedup  dedup.Config

	ins map[string]*sql.Stmt
}

// Prepare readies the write statements; call it once after the schema
// exists.
func (c *Core) Prepare(ctx context.Context) error {
	if c.Dedup.Threshold == 0 {
		c.Dedup = c.Dedup.WithDefaults()
	}
	c.ins = map[string]*sql.Stmt{}
	for name, q := range insertSQL(c.D.Placeholder) {
		st, err := c.W.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %s: %w", name, err)
		}
		c.ins[name] = st
	}
	return nil
}

// CloseStmts closes the prepared statements.
func (c *Core) CloseStmts() error {
	var errs []error
	for _, st := range c.ins {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}

// ArticleCols are the articles columns ScanArticle reads, for alias "a".
const ArticleCols = `a.id, a.url, a.title, a.outlet, a.published, a.timezone, a.dateline, a.author, a.text,
	a.source, a.line, a.format, a.ingested, a.duplicate_of, a.warnings`

func insertSQL(ph func(int) string) map[string]string {
	p := func(n int) string {
		s := make([]string, n)
		for i := range s {
			s[i] = ph(i + 1)
		}
		return strings.Join(s, ", ")
	}
	keys := make([]string, dedup.Bands)
	for i := range keys {
		keys[i] = ph(i + 1)
	}
	return map[string]string{
		"exists": `SELECT duplicate_of FROM articles WHERE id = ` + ph(1),
		"article": `INSERT INTO articles (id, url, title, outlet, published, published_day, timezone, dateline, author,
			text, source, line, format, ingested, duplicate_of, warnings) VALUES (` + p(16) + `) ON CONFLICT (id) DO NOTHING`,
		"sentence": `INSERT INTO sentences (article_id, idx, start, "end", paragraph, tokens) VALUES (` + p(6) + `)`,
		"mention":  `INSERT INTO mentions (article_id, idx, kind, actor_code, actor_name, data) VALUES (` + p(6) + `)`,
		"place":    `INSERT INTO places (article_id, idx, name, country, data) VALUES (` + p(5) + `)`,
		"time":     `INSERT INTO times (article_id, idx, type, value, data) VALUES (` + p(5) + `)`,
		"quote": `INSERT INTO quotes (article_id, idx, speaker_name, speaker_code, venue, anonymous, direct, data)
			VALUES (` + p(8) + `)`,
		"event": `INSERT INTO events (article_id, idx, date, source_code, source_name, source_country, target_code,
			target_name, target_country, cameo, root, plover, quad, goldstein, mode, place_name, place_country, data)
			VALUES (` + p(18) + `)`,
		"actor": `INSERT INTO actors (code, name, data, mentions, articles) VALUES (` + p(4) + `, 1)
			ON CONFLICT (code, name) DO UPDATE SET mentions = actors.mentions + excluded.mentions,
			articles = actors.articles + 1`,
		"signature": `INSERT INTO signatures (article_id, sig) VALUES (` + p(2) + `)`,
		"band":      `INSERT INTO bands (key, article_id) VALUES (` + p(2) + `) ON CONFLICT DO NOTHING`,
		"candidates": `SELECT s.article_id, s.sig, a.duplicate_of FROM signatures s JOIN articles a ON a.id = s.article_id
			WHERE s.article_id IN (SELECT article_id FROM bands WHERE key IN (` + strings.Join(keys, ", ") + `) LIMIT 500)`,
	}
}

// encoded is a document turned into row values, done before the write
// transaction so that the lock is held only for the inserts.
type encoded struct {
	mentions, places, times, quotes, events []string
	tokens                                  [][]byte
	actors                                  []ActorTally
	actorData                               []string
	sig                                     *dedup.Signature
	sigBytes                                []byte
}

func (c *Core) encode(doc *dyad.Document) (*encoded, error) {
	e := &encoded{}
	enc := func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	}
	var err error
	for i := range doc.Sentences {
		e.tokens = append(e.tokens, EncodeTokens(doc.Sentences[i].Start, doc.Sentences[i].Tokens))
	}
	for i := range doc.Mentions {
		s, err2 := enc(&doc.Mentions[i])
		e.mentions, err = append(e.mentions, s), errors.Join(err, err2)
	}
	for i := range doc.Places {
		s, err2 := enc(&doc.Places[i])
		e.places, err = append(e.places, s), errors.Join(err, err2)
	}
	for i := range doc.Times {
		s, err2 := enc(&doc.Times[i])
		e.times, err = append(e.times, s), errors.Join(err, err2)
	}
	for i := range doc.Quotes {
		q := doc.Quotes[i]
		q.ID, q.ArticleID = "", ""
		s, err2 := enc(&q)
		e.quotes, err = append(e.quotes, s), errors.Join(err, err2)
	}
	for i := range doc.Events {
		ev := doc.Events[i]
		ev.ID, ev.ArticleID = "", ""
		s, err2 := enc(&ev)
		e.events, err = append(e.events, s), errors.Join(err, err2)
	}
	e.actors = TallyActors(doc)
	for _, t := range e.actors {
		s, err2 := enc(&t.Actor)
		e.actorData, err = append(e.actorData, s), errors.Join(err, err2)
	}
	if err != nil {
		return nil, dyad.Errorf(dyad.CodeInvalid, "article %s: encode annotations: %v", doc.Article.ID, err)
	}
	if !c.Dedup.Disabled {
		if sig, ok := dedup.Sign(doc.Article.Text, c.Dedup); ok {
			e.sig = &sig
			e.sigBytes, _ = sig.MarshalBinary()
		}
	}
	return e, nil
}

// Put implements dyad.Store.
func (c *Core) Put(ctx context.Context, doc *dyad.Document) (dyad.PutResult, error) {
	if err := CheckDocument(doc); err != nil {
		return dyad.PutResult{}, err
	}
	a := doc.Article
	res := dyad.PutResult{ID: a.ID}
	if dup, ok, err := c.stored(ctx, c.R, a.ID); err != nil {
		return res, err
	} else if ok {
		res.Duplicate, res.DuplicateOf = true, dup
		return res, nil
	}
	e, err := c.encode(doc)
	if err != nil {
		return res, err
	}
	tx, err := c.W.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("put article %s: %w", a.ID, c.mapErr(err))
	}
	defer tx.Rollback()
	dup, dupOf, err := c.put(ctx, tx, doc, e)
	if err != nil {
		return res, fmt.Errorf("put article %s: %w", a.ID, c.mapErr(err))
	}
	if dup != nil {
		res.Duplicate, res.DuplicateOf = true, *dup
		return res, nil
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("put article %s: commit: %w", a.ID, c.mapErr(err))
	}
	res.DuplicateOf = dupOf
	return res, nil
}

func (c *Core) mapErr(err error) error {
	if c.D.MapErr != nil {
		return c.D.MapErr(err)
	}
	return err
}

// stored reports whether id is stored, with its duplicate_of.
func (c *Core) stored(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, id string) (string, bool, error) {
	var dup string
	err := q.QueryRowContext(ctx, `SELECT duplicate_of FROM articles WHERE id = `+c.D.Placeholder(1), id).Scan(&dup)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", false, nil
	case err != nil:
		return "", false, fmt.Errorf("look up article %s: %w", id, c.mapErr(err))
	}
	return dup, true, nil
}

// put writes doc inside tx and returns the duplicate_of it stored. When
// the article is already there it writes nothing and returns the stored
// duplicate_of as existing.
func (c *Core) put(ctx context.Context, tx *sql.Tx, doc *dyad.Document, e *encoded) (existing *string, dupOf string, err error) {
	st := func(name string) *sql.Stmt { return tx.StmtContext(ctx, c.ins[name]) }
	a := doc.Article
	var old string
	switch err := st("exists").QueryRowContext(ctx, a.ID).Scan(&old); {
	case err == nil:
		return &old, "", nil
	case !errors.Is(err, sql.ErrNoRows):
		return nil, "", err
	}
	// Near-duplicate: the stored article with the most similar signature
	// at or above the threshold, or the original it duplicates.
	dupOf = a.DuplicateOf
	if dupOf == "" && e.sig != nil {
		d, err := c.nearest(ctx, st("candidates"), e.sig)
		if err != nil {
			return nil, "", fmt.Errorf("near-duplicate lookup: %w", err)
		}
		dupOf = d
	}
	var published any
	if !a.Published.IsZero() {
		published = a.Published.UTC().Format(time.RFC3339Nano)
	}
	ingested := a.Provenance.Ingested
	if ingested.IsZero() {
		ingested = c.Now()
	}
	warnings, _ := json.Marshal(a.Warnings)
	if a.Warnings == nil {
		warnings = []byte("null")
	}
	r, err := st("article").ExecContext(ctx, a.ID, a.URL, a.Title, a.Outlet, published, a.PublishedDate(), a.Timezone,
		a.Dateline, a.Author, a.Text, a.Provenance.Source, a.Provenance.Line, a.Provenance.Format,
		ingested.UTC().Format(time.RFC3339Nano), dupOf, string(warnings))
	if err != nil {
		return nil, "", fmt.Errorf("insert article: %w", err)
	}
	if n, err := r.RowsAffected(); err == nil && n == 0 {
		return &old, "", nil // a concurrent writer stored it first
	}
	if c.D.IndexText != nil {
		if err := c.D.IndexText(ctx, tx, a.ID, a.Title, a.Text); err != nil {
			return nil, "", fmt.Errorf("index text: %w", err)
		}
	}
	stS := st("sentence")
	for i, s := range doc.Sentences {
		if _, err := stS.ExecContext(ctx, a.ID, i, s.Start, s.End, s.Paragraph, e.tokens[i]); err != nil {
			return nil, "", fmt.Errorf("insert sentence %d: %w", i, err)
		}
	}
	stM := st("mention")
	for i, m := range doc.Mentions {
		var code, name string
		if m.Actor != nil {
			code, name = m.Actor.Code, m.Actor.Name
		}
		if _, err := stM.ExecContext(ctx, a.ID, i, m.Kind, code, name, e.mentions[i]); err != nil {
			return nil, "", fmt.Errorf("insert mention %d: %w", i, err)
		}
	}
	stP := st("place")
	for i, p := range doc.Places {
		if _, err := stP.ExecContext(ctx, a.ID, i, p.Name, p.Country, e.places[i]); err != nil {
			return nil, "", fmt.Errorf("insert place %d: %w", i, err)
		}
	}
	stT := st("time")
	for i, t := range doc.Times {
		if _, err := stT.ExecContext(ctx, a.ID, i, t.Type, t.Value, e.times[i]); err != nil {
			return nil, "", fmt.Errorf("insert time %d: %w", i, err)
		}
	}
	stQ := st("quote")
	for i, q := range doc.Quotes {
		var name, code string
		anon := false
		if q.Speaker != nil {
			name, code, anon = q.Speaker.Name, q.Speaker.Code, q.Speaker.Anonymous
		}
		if _, err := stQ.ExecContext(ctx, a.ID, i, name, code, q.Venue, anon, q.Direct, e.quotes[i]); err != nil {
			return nil, "", fmt.Errorf("insert quote %d: %w", i, err)
		}
	}
	stE := st("event")
	for i := range doc.Events {
		ev := &doc.Events[i]
		r := EventColumns(ev)
		if _, err := stE.ExecContext(ctx, a.ID, i, r.Date, r.SourceCode, r.SourceName, r.SourceCountry,
			r.TargetCode, r.TargetName, r.TargetCountry, ev.CAMEO, ev.Root, strings.ToUpper(ev.PLOVER), ev.Quad,
			ev.Goldstein, ev.Mode, r.PlaceName, r.PlaceCountry, e.events[i]); err != nil {
			return nil, "", fmt.Errorf("insert event %d: %w", i, err)
		}
	}
	stA := st("actor")
	for i, t := range e.actors {
		if _, err := stA.ExecContext(ctx, t.Actor.Code, t.Actor.Name, e.actorData[i], t.Mentions); err != nil {
			return nil, "", fmt.Errorf("upsert actor %s: %w", t.Actor.Code, err)
		}
	}
	if e.sig != nil {
		if _, err := st("signature").ExecContext(ctx, a.ID, e.sigBytes); err != nil {
			return nil, "", fmt.Errorf("insert signature: %w", err)
		}
		stB := st("band")
		for _, k := range e.sig.BandKeys() {
			if _, err := stB.ExecContext(ctx, k, a.ID); err != nil {
				return nil, "", fmt.Errorf("insert band: %w", err)
			}
		}
	}
	return nil, dupOf, nil
}

// nearest returns the ID of the original of the most similar stored
// article at or above the threshold, "" when there is none.
func (c *Core) nearest(ctx context.Context, st *sql.Stmt, sig *dedup.Signature) (string, error) {
	keys := sig.BandKeys()
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	best, bestSim := "", 0.0
	for rows.Next() {
		var id, dup string
		var b []byte
		if err := rows.Scan(&id, &b, &dup); err != nil {
			return "", err
		}
		var o dedup.Signature
		if o.UnmarshalBinary(b) != nil {
			continue
		}
		sim := sig.Similarity(&o)
		if sim < c.Dedup.Threshold {
			continue
		}
		if dup != "" {
			id = dup
		}
		if sim > bestSim || (sim == bestSim && id < best) {
			best, bestSim = id, sim
		}
	}
	return best, rows.Err()
}
