package sqlq

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dyad-events/dyad"
)

// Group commit: with Core.GroupCommit > 0, Puts from concurrent callers
// are written by one goroutine, which puts every waiting document (up to
// GroupCommit of them) in one transaction, each under its own savepoint,
// and commits once. A Put returns only after the transaction holding its
// document committed, so what it reports is durable; a document that fails
// is rolled back to its savepoint alone. For SQLite, where the commit is
// most of the cost of a small Put, this multiplies throughput under
// concurrent ingest.

type putReq struct {
	ctx  context.Context
	doc  *dyad.Document
	e    *Encoded
	resp chan putResp
}

type putResp struct {
	existing *string
	dupOf    string
	err      error
}

// startGroup starts the writer goroutine; it ends when stopGroup is
// called.
func (c *Core) startGroup() {
	c.reqs = make(chan putReq)
	c.stop = make(chan struct{})
	c.stopped = make(chan struct{})
	go c.writer()
}

// stopGroup ends the writer goroutine and waits for it.
func (c *Core) stopGroup() {
	if c.reqs == nil {
		return
	}
	close(c.stop)
	<-c.stopped
}

var errClosed = dyad.Errorf(dyad.CodeUnavailable, "store is closed")

// submit hands a Put to the writer and waits for its result.
func (c *Core) submit(ctx context.Context, doc *dyad.Document, e *Encoded) (*string, string, error) {
	r := putReq{ctx: ctx, doc: doc, e: e, resp: make(chan putResp, 1)}
	select {
	case c.reqs <- r:
	case <-c.stop:
		return nil, "", errClosed
	case <-ctx.Done():
		return nil, "", ctx.Err()
	}
	resp := <-r.resp // always answered, even after ctx is done
	return resp.existing, resp.dupOf, resp.err
}

func (c *Core) writer() {
	defer close(c.stopped)
	for {
		var batch []putReq
		select {
		case r := <-c.reqs:
			batch = append(batch, r)
		case <-c.stop:
			return
		}
	fill:
		for len(batch) < c.GroupCommit {
			select {
			case r := <-c.reqs:
				batch = append(batch, r)
			default:
				break fill
			}
		}
		c.writeBatch(batch)
	}
}

func (c *Core) writeBatch(batch []putReq) {
	resps := make([]putResp, len(batch))
	answer := func() {
		for i, r := range batch {
			r.resp <- resps[i]
		}
	}
	fail := func(err error) {
		for i := range resps {
			if resps[i].err == nil {
				resps[i] = putResp{err: err}
			}
		}
		answer()
	}
	tx, err := c.W.BeginTx(context.Background(), nil)
	if err != nil {
		fail(c.mapErr(err))
		return
	}
	defer tx.Rollback()
	if len(batch) == 1 {
		// Alone in its transaction: no savepoint needed.
		r := batch[0]
		existing, dupOf, err := c.put(r.ctx, tx, r.doc, r.e)
		if err == nil {
			err = tx.Commit()
		}
		resps[0] = putResp{existing: existing, dupOf: dupOf, err: c.mapErr(err)}
		answer()
		return
	}
	for i, r := range batch {
		if err := r.ctx.Err(); err != nil {
			resps[i].err = err
			continue
		}
		if _, err := tx.ExecContext(r.ctx, "SAVEPOINT put"); err != nil {
			resps[i].err = c.mapErr(err)
			continue
		}
		existing, dupOf, err := c.put(r.ctx, tx, r.doc, r.e)
		if err != nil {
			resps[i].err = c.mapErr(err)
			if rerr := rollbackTo(tx); rerr != nil {
				fail(fmt.Errorf("roll back a failed put: %w", rerr))
				return
			}
			continue
		}
		if _, err := tx.ExecContext(context.Background(), "RELEASE put"); err != nil {
			fail(c.mapErr(err))
			return
		}
		resps[i] = putResp{existing: existing, dupOf: dupOf}
	}
	if err := tx.Commit(); err != nil {
		fail(fmt.Errorf("commit: %w", c.mapErr(err)))
		return
	}
	answer()
}

func rollbackTo(tx *sql.Tx) error {
	ctx := context.Background()
	_, err1 := tx.ExecContext(ctx, "ROLLBACK TO put")
	_, err2 := tx.ExecContext(ctx, "RELEASE put")
	return errors.Join(err1, err2)
}
