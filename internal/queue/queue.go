// Package queue carries articles between `dyad ingest --queue` and
// `dyad worker` through a NATS JetStream work queue: a durable stream with
// work-queue retention (a message is removed once a worker acknowledges
// it) and one shared durable pull consumer, so any number of workers on
// any number of machines split the articles between them.
//
// Delivery is at least once. A worker acknowledges an article only after
// it is committed to the store; an article whose worker dies is delivered
// again after AckWait, and storing it twice is harmless because the store
// is keyed by the article's content hash. Publishing sets the message ID
// to the article ID, so JetStream also drops copies published within its
// duplicate window.
//
// The queue URL is a NATS URL with optional query parameters naming the
// stream and subject: nats://127.0.0.1:4222?stream=DYAD&subject=dyad.articles.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"github.com/dyad-events/dyad"
)

// Defaults for Options.
const (
	DefaultStream     = "DYAD_ARTICLES"
	DefaultSubject    = "dyad.articles"
	DefaultDurable    = "dyad-workers"
	DefaultAckWait    = 5 * time.Minute
	DefaultMaxDeliver = 5
	DefaultBatch      = 32
)

// Options configures a Queue; zero fields take the defaults.
type Options struct {
	Stream, Subject, Durable string
	// AckWait is how long a worker may take before an article is
	// delivered to another.
	AckWait time.Duration
	// MaxDeliver is how often an article is tried before it is dropped.
	MaxDeliver int
	Logger     *slog.Logger
}

// Queue is a connection to the work queue. It is safe for concurrent
// Publish calls.
type Queue struct {
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
	opts   Options
}

// ParseURL splits a queue URL into the NATS server URL and the options
// named in its query (stream, subject, durable).
func ParseURL(raw string) (string, Options, error) {
	var o Options
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "nats" && u.Scheme != "tls") || u.Host == "" {
		return "", o, dyad.Errorf(dyad.CodeInvalid, "queue URL %q: want nats://host:port", raw)
	}
	q := u.Query()
	o.Stream, o.Subject, o.Durable = q.Get("stream"), q.Get("subject"), q.Get("durable")
	u.RawQuery = ""
	return u.String(), o, nil
}

// Open connects to the NATS server at rawURL and creates the stream if it
// does not exist. An unreachable server is CodeUnavailable.
func Open(ctx context.Context, rawURL string, opts Options) (*Queue, error) {
	server, fromURL, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if opts.Stream == "" {
		opts.Stream = fromURL.Stream
	}
	if opts.Subject == "" {
		opts.Subject = fromURL.Subject
	}
	if opts.Durable == "" {
		opts.Durable = fromURL.Durable
	}
	if opts.Stream == "" {
		opts.Stream = DefaultStream
	}
	if opts.Subject == "" {
		opts.Subject = DefaultSubject
	}
	if opts.Durable == "" {
		opts.Durable = DefaultDurable
	}
	if opts.AckWait == 0 {
		opts.AckWait = DefaultAckWait
	}
	if opts.MaxDeliver == 0 {
		opts.MaxDeliver = DefaultMaxDeliver
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	nc, err := nats.Connect(server, nats.Name("dyad"), nats.Timeout(5*time.Second))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeUnavailable, "cannot connect to the queue at %s", server), err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", server, err)
	}
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       opts.Stream,
		Subjects:   []string{opts.Subject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: 10 * time.Minute,
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeUnavailable, "queue %s: cannot create stream %s (is JetStream enabled?)", server, opts.Stream), err)
	}
	return &Queue{nc: nc, js: js, stream: st, opts: opts}, nil
}

// Close drains and closes the connection.
func (q *Queue) Close() error { return q.nc.Drain() }

// Publish sends a to the queue and waits for the server to store it. It
// reports whether the server took it as a duplicate of an article
// published in its duplicate window.
func (q *Queue) Publish(ctx context.Context, a *dyad.Article) (dup bool, err error) {
	b, err := json.Marshal(a)
	if err != nil {
		return false, fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	ack, err := q.js.Publish(ctx, q.opts.Subject, b, jetstream.WithMsgID(a.ID))
	if err != nil {
		return false, fmt.Errorf("%w: %v", dyad.Errorf(dyad.CodeUnavailable, "publish article %s", a.ID), err)
	}
	return ack.Duplicate, nil
}

// Pending returns how many articles wait in the stream.
func (q *Queue) Pending(ctx context.Context) (uint64, error) {
	info, err := q.stream.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}

// Handler processes one article. Returning nil acknowledges it; an error
// with code CodeInvalid drops it (it will never succeed); any other error
// has it delivered again later.
type Handler func(ctx context.Context, a *dyad.Article) error

// ConsumeOptions tunes Consume.
type ConsumeOptions struct {
	// Workers is how many articles are handled at once (1 when zero).
	Workers int
	// ExitWhenEmpty ends Consume when a fetch finds the queue empty,
	// instead of waiting for more.
	ExitWhenEmpty bool
	// OnError is told about every handler error (with the attempt
	// number); nil to ignore.
	OnError func(a *dyad.Article, attempt uint64, err error)
}

// Consume fetches articles from the shared durable consumer and runs h on
// each, until ctx is done (it then returns nil) or, with ExitWhenEmpty,
// the queue is empty. A message that is not an article is dropped.
func (q *Queue) Consume(ctx context.Context, h Handler, co ConsumeOptions) error {
	if co.Workers < 1 {
		co.Workers = 1
	}
	cons, err := q.stream.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable:       q.opts.Durable,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.opts.AckWait,
		MaxDeliver:    q.opts.MaxDeliver,
		FilterSubject: q.opts.Subject,
	})
	if err != nil {
		return fmt.Errorf("queue consumer %s: %w", q.opts.Durable, err)
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(max(DefaultBatch, co.Workers), jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("queue fetch: %w", err)
		}
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(co.Workers)
		n := 0
		for msg := range batch.Messages() {
			n++
			g.Go(func() error {
				q.handle(gctx, msg, h, co)
				return nil
			})
		}
		g.Wait()
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			q.opts.Logger.Warn("queue fetch", "err", err)
		}
		if n == 0 && co.ExitWhenEmpty {
			return nil
		}
	}
	return nil
}

func (q *Queue) handle(ctx context.Context, msg jetstream.Msg, h Handler, co ConsumeOptions) {
	var attempt uint64 = 1
	if md, err := msg.Metadata(); err == nil {
		attempt = md.NumDelivered
	}
	var a dyad.Article
	if err := json.Unmarshal(msg.Data(), &a); err != nil || a.ID == "" {
		q.opts.Logger.Warn("queue: dropping a message that is not an article", "subject", msg.Subject())
		msg.Term()
		return
	}
	err := h(ctx, &a)
	switch {
	case err == nil:
		if aerr := msg.DoubleAck(ctx); aerr != nil {
			q.opts.Logger.Warn("queue ack", "article_id", a.ID, "err", aerr)
		}
		return
	case co.OnError != nil:
		co.OnError(&a, attempt, err)
	}
	if code := dyad.ErrorCode(err); code == dyad.CodeInvalid || code == dyad.CodeTooLarge {
		msg.Term()
		return
	}
	msg.NakWithDelay(time.Duration(attempt) * time.Second)
}

// DeleteStream removes the queue's stream and everything in it (for tests
// and resets).
func (q *Queue) DeleteStream(ctx context.Context) error {
	return q.js.DeleteStream(ctx, q.opts.Stream)
}
