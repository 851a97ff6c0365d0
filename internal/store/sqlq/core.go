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
	// GroupCommit, when positive, writes concurrent Puts in shared
	// transactions of up to this many documents (see group.go).
	GroupCommit int

	ins           map[string]*sql.Stmt
	reqs          chan putReq
	stop, stopped chan struct{}
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
	if c.GroupCommit > 0 {
		c.startGroup()
	}
	return nil
}

// CloseStmts closes the prepared statements.
func (c *Core) CloseStmts() error {
	c.stopGroup()
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
		"candidates": `SELECT s.article_id, s.sig, a.duplicate_of FROM signatures s JOIN articles a ON a.id = s.article_id
			WHERE s.article_id IN (SELECT article_id FROM bands WHERE key IN (` + strings.Join(keys, ", ") + `) LIMIT 500)`,
	}
}

// Encoded is a document turned into row values, done before the write
// transaction so that the lock is held only for the inserts: the JSON data
// column of each annotation, each sentence's encoded tokens, the actor
// tallies with their JSON, and the MinHash signature (nil when dedup is
// off or the text too short).
type Encoded struct {
	Mentions, Places, Times, Quotes, Events []string
	Tokens                                  [][]byte
	Actors                                  []ActorTally
	ActorData                               []string
	Sig                                     *dedup.Signature
	SigBytes                                []byte
}

// Encode turns doc into row values (see Encoded).
func (c *Core) Encode(doc *dyad.Document) (*Encoded, error) {
	e := &Encoded{}
	enc := func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	}
	var err error
	for i := range doc.Sentences {
		e.Tokens = append(e.Tokens, EncodeTokens(doc.Sentences[i].Start, doc.Sentences[i].Tokens))
	}
	for i := range doc.Mentions {
		s, err2 := enc(&doc.Mentions[i])
		e.Mentions, err = append(e.Mentions, s), errors.Join(err, err2)
	}
	for i := range doc.Places {
		s, err2 := enc(&doc.Places[i])
		e.Places, err = append(e.Places, s), errors.Join(err, err2)
	}
	for i := range doc.Times {
		s, err2 := enc(&doc.Times[i])
		e.Times, err = append(e.Times, s), errors.Join(err, err2)
	}
	for i := range doc.Quotes {
		q := doc.Quotes[i]
		q.ID, q.ArticleID = "", ""
		s, err2 := enc(&q)
		e.Quotes, err = append(e.Quotes, s), errors.Join(err, err2)
	}
	for i := range doc.Events {
		ev := doc.Events[i]
		ev.ID, ev.ArticleID, ev.Copies = "", "", 0
		s, err2 := enc(&ev)
		e.Events, err = append(e.Events, s), errors.Join(err, err2)
	}
	e.Actors = TallyActors(doc)
	for _, t := range e.Actors {
		s, err2 := enc(&t.Actor)
		e.ActorData, err = append(e.ActorData, s), errors.Join(err, err2)
	}
	if err != nil {
		return nil, dyad.Errorf(dyad.CodeInvalid, "article %s: encode annotations: %v", doc.Article.ID, err)
	}
	if !c.Dedup.Disabled {
		if sig, ok := dedup.Sign(doc.Article.Text, c.Dedup); ok {
			e.Sig = &sig
			e.SigBytes, _ = sig.MarshalBinary()
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
	e, err := c.Encode(doc)
	if err != nil {
		return res, err
	}
	if c.GroupCommit > 0 {
		dup, dupOf, err := c.submit(ctx, doc, e)
		switch {
		case err != nil:
			return res, fmt.Errorf("put article %s: %w", a.ID, err)
		case dup != nil:
			res.Duplicate, res.DuplicateOf = true, *dup
		default:
			res.DuplicateOf = dupOf
		}
		return res, nil
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
func (c *Core) put(ctx context.Context, tx *sql.Tx, doc *dyad.Document, e *Encoded) (existing *string, dupOf string, err error) {
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
	if dupOf == "" && e.Sig != nil {
		d, err := c.nearest(ctx, st("candidates"), e.Sig)
		if err != nil {
			return nil, "", fmt.Errorf("near-duplicate lookup: %w", err)
		}
		dupOf = d
	}
	r, err := st("article").ExecContext(ctx, c.ArticleRow(a, dupOf)...)
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
	// Annotations go in multi-row INSERTs: a dozen statements per
	// document rather than one per row.
	// ins stops at the first failure: later statements of an aborted
	// transaction would only fail too.
	var failed error
	ins := func(table, cols, suffix string, n int, row func(i int) []any) error {
		if n == 0 || failed != nil {
			return nil
		}
		if err := c.insertRows(ctx, tx, table, cols, suffix, n, row); err != nil {
			failed = fmt.Errorf("insert %s: %w", table, err)
		}
		return nil
	}
	_ = errors.Join(
		ins("sentences", `article_id, idx, start, "end", paragraph, tokens`, "", len(doc.Sentences), func(i int) []any {
			s := &doc.Sentences[i]
			return []any{a.ID, i, s.Start, s.End, s.Paragraph, e.Tokens[i]}
		}),
		ins("mentions", "article_id, idx, kind, actor_code, actor_name, data", "", len(doc.Mentions), func(i int) []any {
			m := &doc.Mentions[i]
			var code, name string
			if m.Actor != nil {
				code, name = m.Actor.Code, m.Actor.Name
			}
			return []any{a.ID, i, m.Kind, code, name, e.Mentions[i]}
		}),
		ins("places", "article_id, idx, name, country, data", "", len(doc.Places), func(i int) []any {
			p := &doc.Places[i]
			return []any{a.ID, i, p.Name, p.Country, e.Places[i]}
		}),
		ins("times", "article_id, idx, type, value, data", "", len(doc.Times), func(i int) []any {
			t := &doc.Times[i]
			return []any{a.ID, i, t.Type, t.Value, e.Times[i]}
		}),
		ins("quotes", "article_id, idx, speaker_name, speaker_code, venue, anonymous, direct, data", "", len(doc.Quotes), func(i int) []any {
			q := &doc.Quotes[i]
			var name, code string
			anon := false
			if q.Speaker != nil {
				name, code, anon = q.Speaker.Name, q.Speaker.Code, q.Speaker.Anonymous
			}
			return []any{a.ID, i, name, code, q.Venue, anon, q.Direct, e.Quotes[i]}
		}),
		ins("events", `article_id, idx, date, date_first, date_last, source_code, source_name, source_country, target_code, target_name,
			target_country, cameo, root, plover, quad, goldstein, mode, place_name, place_country, data`, "", len(doc.Events), func(i int) []any {
			ev := &doc.Events[i]
			r := EventColumns(ev)
			return []any{a.ID, i, r.Date, r.DateFirst, r.DateLast, r.SourceCode, r.SourceName, r.SourceCountry, r.TargetCode, r.TargetName,
				r.TargetCountry, ev.CAMEO, ev.Root, strings.ToUpper(ev.PLOVER), ev.Quad, ev.Goldstein, ev.Mode,
				r.PlaceName, r.PlaceCountry, e.Events[i]}
		}),
		// Actor rows in key order (TallyActors sorts), so concurrent
		// writers lock them in the same order.
		ins("actors", "code, name, data, mentions, articles", ` ON CONFLICT (code, name) DO UPDATE
			SET mentions = actors.mentions + excluded.mentions, articles = actors.articles + 1`, len(e.Actors), func(i int) []any {
			t := &e.Actors[i]
			return []any{t.Actor.Code, t.Actor.Name, e.ActorData[i], t.Mentions, 1}
		}),
	)
	if failed != nil {
		return nil, "", failed
	}
	if e.Sig != nil {
		keys := e.Sig.BandKeys()
		_ = errors.Join(
			ins("signatures", "article_id, sig", "", 1, func(int) []any { return []any{a.ID, e.SigBytes} }),
			ins("bands", "key, article_id", " ON CONFLICT DO NOTHING", len(keys), func(i int) []any { return []any{keys[i], a.ID} }),
		)
		if failed != nil {
			return nil, "", failed
		}
	}
	return nil, dupOf, nil
}

// ArticleRow returns the values of the articles columns id, url, title,
// outlet, published, published_day, timezone, dateline, author, text,
// source, line, format, ingested, duplicate_of and warnings, in that
// order, for a stored with duplicate_of dupOf. An unset ingestion time is
// the store's clock.
func (c *Core) ArticleRow(a *dyad.Article, dupOf string) []any {
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
	return []any{a.ID, a.URL, a.Title, a.Outlet, published, a.PublishedDate(), a.Timezone,
		a.Dateline, a.Author, a.Text, a.Provenance.Source, a.Provenance.Line, a.Provenance.Format,
		ingested.UTC().Format(time.RFC3339Nano), dupOf, string(warnings)}
}

// Candidate is a stored article sharing a MinHash band with a new one.
type Candidate struct {
	ID, DuplicateOf string
	Sig             []byte // dedup.Signature.MarshalBinary
}

// Nearest returns the ID of the original of the most similar candidate at
// or above the threshold, "" when there is none.
func (c *Core) Nearest(sig *dedup.Signature, cands []Candidate) string {
	best, bestSim := "", 0.0
	for _, cd := range cands {
		var o dedup.Signature
		if o.UnmarshalBinary(cd.Sig) != nil {
			continue
		}
		sim := sig.Similarity(&o)
		if sim < c.Dedup.Threshold {
			continue
		}
		id := cd.ID
		if cd.DuplicateOf != "" {
			id = cd.DuplicateOf
		}
		if sim > bestSim || (sim == bestSim && id < best) {
			best, bestSim = id, sim
		}
	}
	return best
}

// nearest looks up the candidates sharing a band with sig and returns
// Nearest of them.
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
	var cands []Candidate
	for rows.Next() {
		var cd Candidate
		if err := rows.Scan(&cd.ID, &cd.Sig, &cd.DuplicateOf); err != nil {
			return "", err
		}
		cands = append(cands, cd)
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	return c.Nearest(sig, cands), nil
}

// rowsPerInsert bounds the rows of one multi-row INSERT, well within
// both databases' limits on placeholders.
const rowsPerInsert = 200

// insertRows inserts n rows into table in statements of up to
// rowsPerInsert rows; suffix follows the VALUES list (ON CONFLICT …).
func (c *Core) insertRows(ctx context.Context, tx *sql.Tx, table, cols, suffix string, n int, row func(i int) []any) error {
	for lo := 0; lo < n; lo += rowsPerInsert {
		hi := min(n, lo+rowsPerInsert)
		var sb strings.Builder
		args := make([]any, 0, (hi-lo)*8)
		sb.WriteString("INSERT INTO " + table + " (" + cols + ") VALUES ")
		for i := lo; i < hi; i++ {
			if i > lo {
				sb.WriteString(", ")
			}
			sb.WriteByte('(')
			for j, v := range row(i) {
				if j > 0 {
					sb.WriteString(", ")
				}
				args = append(args, v)
				sb.WriteString(c.D.Placeholder(len(args)))
			}
			sb.WriteByte(')')
		}
		sb.WriteString(suffix)
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return err
		}
	}
	return nil
}
