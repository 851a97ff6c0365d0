package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store/sqlq"
)

// Put stores a document in two round trips, whatever its size:
//
//  1. one pipelined batch asks whether the article is stored and, when
//     near-duplicate detection is on, which stored articles share a
//     MinHash band with it;
//  2. one pipelined batch writes the article (with its full-text vector)
//     and every annotation table, each as a single INSERT … SELECT FROM
//     unnest(arrays) whose SQL text never changes, so pgx's statement
//     cache prepares it once per connection.
//
// The second batch runs inside an explicit transaction (BEGIN and COMMIT
// are two more short round trips): it commits only if every statement
// succeeds, and anything that fails, or a context cancelled before the
// COMMIT, rolls all of it back. (A batch's implicit transaction was not
// enough: a deadline hit mid-batch once left part of a document.) A concurrent writer that stored the same article
// first makes the article INSERT fail on the primary key; Put then reports
// Duplicate. Actor counters are upserted in key order (TallyActors sorts),
// so concurrent writers lock them in the same order and cannot deadlock.
func (s *Store) Put(ctx context.Context, doc *dyad.Document) (dyad.PutResult, error) {
	if err := sqlq.CheckDocument(doc); err != nil {
		return dyad.PutResult{}, err
	}
	a := doc.Article
	res := dyad.PutResult{ID: a.ID}
	e, err := s.Encode(doc)
	if err != nil {
		return res, err
	}
	stored, ok, cands, err := s.lookup(ctx, a, e)
	if err != nil {
		return res, fmt.Errorf("put article %s: %w", a.ID, mapErr(err))
	}
	if ok {
		res.Duplicate, res.DuplicateOf = true, stored
		return res, nil
	}
	dupOf := a.DuplicateOf
	if dupOf == "" && e.Sig != nil {
		dupOf = s.Nearest(e.Sig, cands)
	}
	err = s.write(ctx, doc, e, dupOf)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == "articles_pkey" {
		// A concurrent writer stored it first.
		stored, ok, _, lerr := s.lookup(ctx, a, nil)
		if lerr == nil && ok {
			res.Duplicate, res.DuplicateOf = true, stored
			return res, nil
		}
	}
	if err != nil {
		return res, fmt.Errorf("put article %s: %w", a.ID, mapErr(err))
	}
	res.DuplicateOf = dupOf
	return res, nil
}

// candidatesSQL selects the stored articles sharing a band with the keys
// in $1, with their signatures, at most 500.
const candidatesSQL = `SELECT s.article_id, s.sig, a.duplicate_of FROM signatures s JOIN articles a ON a.id = s.article_id
	WHERE s.article_id IN (SELECT article_id FROM bands WHERE key = ANY($1::bigint[]) LIMIT 500)`

// lookup returns the stored duplicate_of of a (ok when a is stored) and,
// when e has a signature and a names no original, the near-duplicate
// candidates, in one round trip.
func (s *Store) lookup(ctx context.Context, a *dyad.Article, e *sqlq.Encoded) (stored string, ok bool, cands []sqlq.Candidate, err error) {
	b := &pgx.Batch{}
	b.Queue(`SELECT duplicate_of FROM articles WHERE id = $1`, a.ID)
	withCands := e != nil && e.Sig != nil && a.DuplicateOf == ""
	if withCands {
		keys := e.Sig.BandKeys()
		b.Queue(candidatesSQL, keys[:])
	}
	br := s.pool.SendBatch(ctx, b)
	defer func() {
		if cerr := br.Close(); err == nil {
			err = cerr
		}
	}()
	switch err = br.QueryRow().Scan(&stored); {
	case err == nil:
		ok = true
	case errors.Is(err, pgx.ErrNoRows):
		err = nil
	default:
		return "", false, nil, fmt.Errorf("look up article: %w", err)
	}
	if !withCands {
		return stored, ok, nil, nil
	}
	rows, err := br.Query()
	if err != nil {
		return "", false, nil, fmt.Errorf("near-duplicate lookup: %w", err)
	}
	for rows.Next() {
		var c sqlq.Candidate
		if err := rows.Scan(&c.ID, &c.Sig, &c.DuplicateOf); err != nil {
			rows.Close()
			return "", false, nil, fmt.Errorf("near-duplicate lookup: %w", err)
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", false, nil, fmt.Errorf("near-duplicate lookup: %w", err)
	}
	return stored, ok, cands, nil
}

// The write statements: fixed SQL text, one row per array element.
const (
	insertArticleSQL = `INSERT INTO articles (id, url, title, outlet, published, published_day, timezone, dateline, author,
		text, source, line, format, ingested, duplicate_of, warnings, tsv)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
		setweight(to_tsvector('english', $17), 'A') || setweight(to_tsvector('english', $18), 'B'))`
	insertSentencesSQL = `INSERT INTO sentences (article_id, idx, start, "end", paragraph, tokens)
		SELECT $1, u.* FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::bytea[]) AS u`
	insertMentionsSQL = `INSERT INTO mentions (article_id, idx, kind, actor_code, actor_name, data)
		SELECT $1, u.* FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u`
	insertPlacesSQL = `INSERT INTO places (article_id, idx, name, country, data)
		SELECT $1, u.* FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS u`
	insertTimesSQL = `INSERT INTO times (article_id, idx, type, value, data)
		SELECT $1, u.* FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS u`
	insertQuotesSQL = `INSERT INTO quotes (article_id, idx, speaker_name, speaker_code, venue, anonymous, direct, data)
		SELECT $1, u.* FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::bool[], $7::bool[], $8::text[]) AS u`
	insertEventsSQL = `INSERT INTO events (article_id, idx, date, source_code, source_name, source_country, target_code,
		target_name, target_country, cameo, root, plover, quad, goldstein, mode, place_name, place_country, data,
		date_first, date_last)
		SELECT $1, u.* FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
		$9::text[], $10::text[], $11::text[], $12::text[], $13::int[], $14::float8[], $15::text[], $16::text[],
		$17::text[], $18::text[], $19::text[], $20::text[]) AS u`
	// Actors in array order (key order), so that row locks are taken in
	// the same order by every writer.
	upsertActorsSQL = `INSERT INTO actors (code, name, data, mentions, articles)
		SELECT u.code, u.name, u.data, u.mentions, 1
		FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS u(code, name, data, mentions, n)
		ORDER BY u.n
		ON CONFLICT (code, name) DO UPDATE
		SET mentions = actors.mentions + excluded.mentions, articles = actors.articles + 1`
	insertSignatureSQL = `INSERT INTO signatures (article_id, sig) VALUES ($1, $2)`
	insertBandsSQL     = `INSERT INTO bands (key, article_id) SELECT k, $2 FROM unnest($1::bigint[]) AS k ON CONFLICT DO NOTHING`
)

// writeBatch queues every write of doc.
func (s *Store) writeBatch(doc *dyad.Document, e *sqlq.Encoded, dupOf string) *pgx.Batch {
	a := doc.Article
	b := &pgx.Batch{}
	b.Queue(insertArticleSQL, append(s.ArticleRow(a, dupOf), fold(a.Title), fold(a.Text))...)
	idx := func(n int) []int32 {
		x := make([]int32, n)
		for i := range x {
			x[i] = int32(i)
		}
		return x
	}
	if n := len(doc.Sentences); n > 0 {
		start, end, para := make([]int32, n), make([]int32, n), make([]int32, n)
		for i := range doc.Sentences {
			st := &doc.Sentences[i]
			start[i], end[i], para[i] = int32(st.Start), int32(st.End), int32(st.Paragraph)
		}
		b.Queue(insertSentencesSQL, a.ID, idx(n), start, end, para, e.Tokens)
	}
	if n := len(doc.Mentions); n > 0 {
		kind, code, name := make([]string, n), make([]string, n), make([]string, n)
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			kind[i] = m.Kind
			if m.Actor != nil {
				code[i], name[i] = m.Actor.Code, m.Actor.Name
			}
		}
		b.Queue(insertMentionsSQL, a.ID, idx(n), kind, code, name, e.Mentions)
	}
	if n := len(doc.Places); n > 0 {
		name, country := make([]string, n), make([]string, n)
		for i := range doc.Places {
			name[i], country[i] = doc.Places[i].Name, doc.Places[i].Country
		}
		b.Queue(insertPlacesSQL, a.ID, idx(n), name, country, e.Places)
	}
	if n := len(doc.Times); n > 0 {
		typ, value := make([]string, n), make([]string, n)
		for i := range doc.Times {
			typ[i], value[i] = doc.Times[i].Type, doc.Times[i].Value
		}
		b.Queue(insertTimesSQL, a.ID, idx(n), typ, value, e.Times)
	}
	if n := len(doc.Quotes); n > 0 {
		name, code, venue := make([]string, n), make([]string, n), make([]string, n)
		anon, direct := make([]bool, n), make([]bool, n)
		for i := range doc.Quotes {
			q := &doc.Quotes[i]
			if q.Speaker != nil {
				name[i], code[i], anon[i] = q.Speaker.Name, q.Speaker.Code, q.Speaker.Anonymous
			}
			venue[i], direct[i] = q.Venue, q.Direct
		}
		b.Queue(insertQuotesSQL, a.ID, idx(n), name, code, venue, anon, direct, e.Quotes)
	}
	if n := len(doc.Events); n > 0 {
		cols := make([][]string, 16)
		for j := range cols {
			cols[j] = make([]string, n)
		}
		quad, gold := make([]int32, n), make([]float64, n)
		for i := range doc.Events {
			ev := &doc.Events[i]
			r := sqlq.EventColumns(ev)
			for j, v := range []string{r.Date, r.SourceCode, r.SourceName, r.SourceCountry, r.TargetCode, r.TargetName,
				r.TargetCountry, ev.CAMEO, ev.Root, strings.ToUpper(ev.PLOVER), ev.Mode, r.PlaceName, r.PlaceCountry, e.Events[i],
				r.DateFirst, r.DateLast} {
				cols[j][i] = v
			}
			quad[i], gold[i] = int32(ev.Quad), ev.Goldstein
		}
		b.Queue(insertEventsSQL, a.ID, idx(n), cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6],
			cols[7], cols[8], cols[9], quad, gold, cols[10], cols[11], cols[12], cols[13], cols[14], cols[15])
	}
	if n := len(e.Actors); n > 0 {
		code, name, mentions := make([]string, n), make([]string, n), make([]int32, n)
		for i := range e.Actors {
			t := &e.Actors[i]
			code[i], name[i], mentions[i] = t.Actor.Code, t.Actor.Name, int32(t.Mentions)
		}
		b.Queue(upsertActorsSQL, code, name, e.ActorData, mentions)
	}
	if e.Sig != nil {
		keys := e.Sig.BandKeys()
		b.Queue(insertSignatureSQL, a.ID, e.SigBytes)
		b.Queue(insertBandsSQL, keys[:], a.ID)
	}
	return b
}

// write runs the write batch for doc in one transaction.
func (s *Store) write(ctx context.Context, doc *dyad.Document, e *sqlq.Encoded, dupOf string) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	if err := tx.SendBatch(ctx, s.writeBatch(doc, e, dupOf)).Close(); err != nil {
		// Rollback needs a live context even when ctx is done; the
		// connection is discarded if it cannot roll back.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = tx.Rollback(rctx)
		return err
	}
	return tx.Commit(ctx)
}
