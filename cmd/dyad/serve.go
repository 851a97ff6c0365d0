package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/web"
)

// DefaultAddr is where dyad serve listens unless --addr says otherwise.
const DefaultAddr = "127.0.0.1:8080"

// Server timeouts.
const (
	readTimeout     = 15 * time.Second
	writeTimeout    = 60 * time.Second
	idleTimeout     = 120 * time.Second
	shutdownTimeout = 10 * time.Second
)

func (m *Main) serveCommand() *cobra.Command {
	var dsn, addr, token string
	var maxBody int64
	var df dictFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the JSON API and the web UI",
		Long: `serve answers the JSON API under /api/v1/ (articles, events, actors, quotes,
search, counts; the OpenAPI document is at /api/v1/openapi.json) and serves the
web UI (events table, timeline, actor network, map, and each article with its
evidence highlighted) from the same address, offline: every asset is built in.
/healthz reports health and /metrics Prometheus metrics.

Writes (POST /api/v1/articles) need a bearer token given with --token or
$DYAD_TOKEN; without one, writes are off. The server listens on loopback by
default; it stops gracefully on SIGINT or SIGTERM.`,
		Example: `  dyad serve
  dyad serve --db news.db --addr 127.0.0.1:9000
  DYAD_TOKEN=s3cret dyad serve --db postgres://dyad@127.0.0.1/dyad
  curl -s localhost:8080/api/v1/events?actor=USA\&mode=planned | jq .data`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := df.pipeline(m.Logger)
			if err != nil {
				return err
			}
			st, err := m.openStore(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return dyad.Errorf(dyad.CodeUnavailable, "listen on %s: %v", addr, err)
			}
			return m.servePipeline(cmd.Context(), ln, st, p, token, maxBody)
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().StringVar(&addr, "addr", DefaultAddr, "address to listen on (host:port)")
	cmd.Flags().StringVar(&token, "token", os.Getenv("DYAD_TOKEN"), "bearer token that allows writes; $DYAD_TOKEN by default; empty turns writes off")
	cmd.Flags().Int64Var(&maxBody, "max-body", web.DefaultMaxBodyBytes, "largest request body accepted, in bytes")
	df.register(cmd)
	return cmd
}

// serve runs the HTTP server on ln until ctx is done, then shuts it down
// gracefully.
func (m *Main) serve(ctx context.Context, ln net.Listener, st dyad.Store, token string, maxBody int64) error {
	p, err := buildPipeline(pipeline.Options{Logger: m.Logger})
	if err != nil {
		return err
	}
	return m.servePipeline(ctx, ln, st, p, token, maxBody)
}

// servePipeline is serve with the pipeline that codes posted articles.
func (m *Main) servePipeline(ctx context.Context, ln net.Listener, st dyad.Store, p *pipeline.Pipeline, token string, maxBody int64) error {
	srv, err := web.New(web.Config{Store: st, Token: token, MaxBodyBytes: maxBody, Logger: m.Logger,
		Ingester: &apiIngester{pipeline: p, store: st}})
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:      srv.Handler(),
		ReadTimeout:  readTimeout,
		WriteTimeout: writeTimeout,
		IdleTimeout:  idleTimeout,
		ErrorLog:     nil,
	}
	writes := "writes off (no token)"
	if token != "" {
		writes = "writes on (bearer token)"
	}
	fmt.Fprintf(m.Stderr, "dyad: serving http://%s/ (%s); Ctrl-C stops\n", ln.Addr(), writes)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }() // ends when hs shuts down
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// apiIngester codes and stores articles posted to the API.
type apiIngester struct {
	pipeline *pipeline.Pipeline
	store    dyad.Store
}

func (ai *apiIngester) Ingest(ctx context.Context, req web.IngestRequest) (dyad.PutResult, error) {
	meta := ingest.Meta{URL: req.URL, Title: req.Title, Outlet: req.Outlet, Timezone: req.Timezone}
	loc := time.UTC
	if req.Timezone != "" {
		l, err := time.LoadLocation(req.Timezone)
		if err != nil {
			return dyad.PutResult{}, dyad.Errorf(dyad.CodeInvalid, "timezone %q: not an IANA time zone name", req.Timezone)
		}
		loc = l
	}
	if req.Published != "" {
		t, err := dyad.ParsePublished(req.Published, loc)
		if err != nil {
			return dyad.PutResult{}, err
		}
		meta.Published = t
	}
	body, format := req.Text, ingest.FormatTXT
	if strings.TrimSpace(req.HTML) != "" {
		body, format = req.HTML, ingest.FormatHTML
	}
	a, err := ingest.ReadArticleFrom(bytes.NewReader([]byte(body)), "api", ingest.Options{Meta: meta, Format: format})
	if err != nil {
		return dyad.PutResult{}, dyad.Errorf(dyad.CodeInvalid, "%v", err)
	}
	if ok, err := ai.store.Has(ctx, a.ID); err != nil {
		return dyad.PutResult{}, err
	} else if ok {
		return dyad.PutResult{ID: a.ID, Duplicate: true}, nil
	}
	doc, err := ai.pipeline.Process(ctx, a)
	if err != nil {
		return dyad.PutResult{}, err
	}
	return ai.store.Put(ctx, doc)
}
