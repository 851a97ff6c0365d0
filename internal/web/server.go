// Package web serves dyad's JSON API under /api/v1/ and its web UI (events
// table, timeline, actor network, map, article view) from embedded assets,
// with Prometheus metrics at /metrics and a health check at /healthz.
//
// Responses are {"data": …} on success and {"error": {"code", "message"}}
// on failure; lists carry {"page": {"limit", "offset", "count"}}. Writes
// (POST /api/v1/articles) need a bearer token; without a configured token
// they are off (403). Article text is always delivered as data and
// rendered as text by the UI, under a strict Content-Security-Policy.
package web

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dyad-events/dyad"
)

//go:embed ui openapi.json
var assets embed.FS

// Defaults for Config fields left zero.
const (
	DefaultMaxBodyBytes = 8 << 20
	DefaultPageLimit    = 100
	MaxPageLimit        = 10000
)

// IngestRequest is the body of POST /api/v1/articles.
type IngestRequest struct {
	Text      string `json:"text"`
	HTML      string `json:"html"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Timezone  string `json:"timezone"`
	Outlet    string `json:"outlet"`
}

// Ingester codes and stores one article from an API request.
type Ingester interface {
	Ingest(ctx context.Context, req IngestRequest) (dyad.PutResult, error)
}

// Config configures a Server.
type Config struct {
	// Store answers every read. Required.
	Store dyad.Store
	// Ingester handles writes; nil turns writes off.
	Ingester Ingester
	// Token is the bearer token writes need; "" turns writes off.
	Token string
	// MaxBodyBytes limits request bodies; DefaultMaxBodyBytes when 0.
	MaxBodyBytes int64
	// Logger receives one line per failed request; slog.Default when nil.
	Logger *slog.Logger
	// Registerer receives the server's metrics; a new registry when nil.
	Registerer prometheus.Registerer
	// Gatherer is scraped by /metrics; it should be the registry behind
	// Registerer. prometheus.DefaultGatherer when nil and Registerer nil.
	Gatherer prometheus.Gatherer
}

// Server is the HTTP API and UI. Create it with New; it is safe for
// concurrent use.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	metrics *metrics
}

type metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	ingested *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dyad_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "dyad_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}, []string{"route"}),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dyad_http_ingested_total", Help: "Articles posted to the API, by result (new, duplicate, failed).",
		}, []string{"result"}),
	}
	reg.MustRegister(m.requests, m.duration, m.ingested)
	return m
}

// New returns a Server. It returns an error when cfg has no Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: config has no store")
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Registerer == nil {
		r := prometheus.NewRegistry()
		r.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
		cfg.Registerer, cfg.Gatherer = r, r
	}
	if cfg.Gatherer == nil {
		cfg.Gatherer = prometheus.DefaultGatherer
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), metrics: newMetrics(cfg.Registerer)}
	s.routes()
	return s, nil
}

// Handler returns the server's root handler.
func (s *Server) Handler() http.Handler { return s.mux }

func (s *Server) routes() {
	h := func(pattern string, fn func(http.ResponseWriter, *http.Request) error) {
		s.mux.Handle(pattern, s.instrument(pattern, fn))
	}
	h("GET /healthz", s.handleHealth)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.cfg.Gatherer, promhttp.HandlerOpts{}))
	h("GET /api/v1/openapi.json", s.handleOpenAPI)
	h("GET /api/v1/stats", s.handleStats)
	h("GET /api/v1/articles", s.handleArticles)
	h("GET /api/v1/articles/{id}", s.handleArticle)
	h("POST /api/v1/articles", s.handleIngest)
	h("GET /api/v1/events", s.handleEvents)
	h("GET /api/v1/actors", s.handleActors)
	h("GET /api/v1/quotes", s.handleQuotes)
	h("GET /api/v1/search", s.handleSearch)
	h("GET /api/v1/counts", s.handleCounts)
	h("/api/", func(w http.ResponseWriter, r *http.Request) error {
		return dyad.Errorf(dyad.CodeNotFound, "no API route %s %s", r.Method, r.URL.Path)
	})
	ui, _ := fs.Sub(assets, "ui")
	static := http.FileServerFS(ui)
	s.mux.Handle("GET /static/", s.secure(http.StripPrefix("/static/", static)))
	s.mux.Handle("GET /{$}", s.secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, ui, "index.html")
	})))
}

// contentSecurityPolicy allows only the server's own scripts, styles and
// data: nothing inline, nothing from elsewhere.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func (s *Server) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// statusWriter records the status code for metrics.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (s *Server) instrument(route string, fn func(http.ResponseWriter, *http.Request) error) http.Handler {
	return s.secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		if err := fn(sw, r); err != nil {
			s.writeError(sw, r, err)
		}
		s.metrics.requests.WithLabelValues(route, strconv.Itoa(sw.code)).Inc()
		s.metrics.duration.WithLabelValues(route).Observe(time.Since(start).Seconds())
	}))
}

// statusOf maps error codes to HTTP statuses.
var statusOf = map[string]int{
	dyad.CodeInvalid:        http.StatusBadRequest,
	dyad.CodeNotFound:       http.StatusNotFound,
	dyad.CodeConflict:       http.StatusConflict,
	dyad.CodeUnauthorized:   http.StatusUnauthorized,
	dyad.CodeTooLarge:       http.StatusRequestEntityTooLarge,
	dyad.CodeUnavailable:    http.StatusServiceUnavailable,
	dyad.CodeNotImplemented: http.StatusNotImplemented,
	dyad.CodeInternal:       http.StatusInternalServerError,
	codeForbidden:           http.StatusForbidden,
}

const codeForbidden = "forbidden"

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := dyad.ErrorCode(err)
	if errors.Is(err, context.Canceled) {
		code = dyad.CodeUnavailable
	}
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	var body errorBody
	body.Error.Code = code
	body.Error.Message = dyad.ErrorMessage(err)
	if code == dyad.CodeInternal {
		s.cfg.Logger.Error("request failed", slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("err", err))
	}
	if code == dyad.CodeUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
	}
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

type pageInfo struct {
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	Count  int `json:"count"`
}

type listBody struct {
	Data any      `json:"data"`
	Page pageInfo `json:"page"`
}

type dataBody struct {
	Data any `json:"data"`
}

func writeList[T any](w http.ResponseWriter, p dyad.Page, items []T) {
	if items == nil {
		items = []T{}
	}
	writeJSON(w, http.StatusOK, listBody{Data: items, Page: pageInfo{Limit: p.Limit, Offset: p.Offset, Count: len(items)}})
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := s.cfg.Store.Stats(ctx); err != nil {
		return dyad.Errorf(dyad.CodeUnavailable, "store: %v", err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) error {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err = w.Write(b)
	return err
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, dataBody{Data: statsView{
		Articles: st.Articles, Duplicates: st.Duplicates, Sentences: st.Sentences, Mentions: st.Mentions,
		Places: st.Places, Times: st.Times, Quotes: st.Quotes, Events: st.Events,
	}})
	return nil
}

func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) error {
	f, err := ParseArticleFilter(r.URL.Query())
	if err != nil {
		return err
	}
	as, err := s.cfg.Store.Articles(r.Context(), f)
	if err != nil {
		return err
	}
	out := make([]articleView, len(as))
	for i, a := range as {
		out[i] = newArticleView(a, false)
	}
	writeList(w, f.Page, out)
	return nil
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) error {
	doc, err := s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, dataBody{Data: doc})
	return nil
}

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) error {
	if s.cfg.Token == "" || s.cfg.Ingester == nil {
		return &dyad.Error{Code: codeForbidden, Message: "writes are off: start the server with --token or DYAD_TOKEN"}
	}
	if !s.authorized(r) {
		return dyad.Errorf(dyad.CodeUnauthorized, "missing or wrong bearer token")
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var req IngestRequest
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return dyad.Errorf(dyad.CodeTooLarge, "request body exceeds %d bytes", mbe.Limit)
		}
		return dyad.Errorf(dyad.CodeInvalid, "request body: %v", err)
	}
	if strings.TrimSpace(req.Text) == "" && strings.TrimSpace(req.HTML) == "" {
		return dyad.Errorf(dyad.CodeInvalid, "request body needs \"text\" or \"html\"")
	}
	res, err := s.cfg.Ingester.Ingest(r.Context(), req)
	if err != nil {
		s.metrics.ingested.WithLabelValues("failed").Inc()
		return err
	}
	status, result := http.StatusCreated, "new"
	if res.Duplicate {
		status, result = http.StatusOK, "duplicate"
	}
	s.metrics.ingested.WithLabelValues(result).Inc()
	writeJSON(w, status, dataBody{Data: map[string]any{"id": res.ID, "duplicate": res.Duplicate}})
	return nil
}

// authorized compares the bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(h[len(prefix):]), []byte(s.cfg.Token)) == 1
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := ParseEventFilter(r.URL.Query())
	if err != nil {
		return err
	}
	ev, err := s.cfg.Store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	writeList(w, f.Page, ev)
	return nil
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		return err
	}
	as, err := s.cfg.Store.Actors(r.Context(), dyad.ActorFilter{Page: p, Code: q.Get("code"), Name: q.Get("name")})
	if err != nil {
		return err
	}
	out := make([]actorCountView, len(as))
	for i, a := range as {
		out[i] = actorCountView{Actor: a.Actor, Mentions: a.Mentions, Articles: a.Articles}
	}
	writeList(w, p, out)
	return nil
}

func (s *Server) handleQuotes(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		return err
	}
	f := dyad.QuoteFilter{Page: p, ArticleID: q.Get("article"), Speaker: q.Get("speaker"), Venue: q.Get("venue")}
	if v := q.Get("anonymous"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return dyad.Errorf(dyad.CodeInvalid, "anonymous=%q: want true or false", v)
		}
		f.Anonymous = &b
	}
	qs, err := s.cfg.Store.Quotes(r.Context(), f)
	if err != nil {
		return err
	}
	writeList(w, p, qs)
	return nil
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(q.Get("q"))
	if query == "" {
		return dyad.Errorf(dyad.CodeInvalid, "search needs a query: ?q=words")
	}
	hits, err := s.cfg.Store.Search(r.Context(), dyad.SearchQuery{Page: p, Query: query})
	if err != nil {
		return err
	}
	out := make([]searchHitView, len(hits))
	for i, h := range hits {
		out[i] = searchHitView{Article: newArticleView(h.Article, false), Snippet: h.Snippet, Rank: h.Rank}
	}
	writeList(w, p, out)
	return nil
}

func (s *Server) handleCounts(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := ParseEventFilter(q)
	if err != nil {
		return err
	}
	by := q.Get("by")
	switch by {
	case dyad.ByDay, dyad.ByRoot, dyad.ByPLOVER, dyad.ByQuad, dyad.ByDyad, dyad.ByMode:
	default:
		return dyad.Errorf(dyad.CodeInvalid, "by=%q: want day, root, plover, quad, dyad or mode", by)
	}
	cs, err := s.cfg.Store.Counts(r.Context(), dyad.CountQuery{Filter: f, By: by})
	if err != nil {
		return err
	}
	out := make([]countView, len(cs))
	for i, c := range cs {
		out[i] = countView{Key: c.Key, Quad: c.Quad, Count: c.Count}
	}
	writeJSON(w, http.StatusOK, dataBody{Data: out})
	return nil
}
