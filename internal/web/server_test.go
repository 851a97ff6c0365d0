package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/mock"
	"github.com/dyad-events/dyad/internal/storetest"
	"github.com/dyad-events/dyad/internal/web"
)

type fakeIngester struct {
	got []web.IngestRequest
}

func (f *fakeIngester) Ingest(ctx context.Context, req web.IngestRequest) (dyad.PutResult, error) {
	f.got = append(f.got, req)
	return dyad.PutResult{ID: "new-id", Duplicate: len(f.got) > 1}, nil
}

func newServer(t *testing.T, st *mock.Store, token string, ing web.Ingester) *httptest.Server {
	t.Helper()
	s, err := web.New(web.Config{Store: st, Token: token, Ingester: ing, MaxBodyBytes: 1024})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts
}

type errBody struct {
	Error struct{ Code, Message string } `json:"error"`
}

func do(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

func get(t *testing.T, u string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, u, nil)
	return do(t, req)
}

func TestServer_Errors(t *testing.T) {
	st := &mock.Store{}
	ts := newServer(t, st, "", nil)
	tests := []struct {
		name   string
		path   string
		status int
		code   string
	}{
		{"ErrNotFoundArticle", "/api/v1/articles/nope", 404, "not_found"},
		{"ErrUnknownRoute", "/api/v1/nothing", 404, "not_found"},
		{"ErrBadMode", "/api/v1/events?mode=maybe", 400, "invalid"},
		{"ErrBadLimit", "/api/v1/events?limit=0", 400, "invalid"},
		{"ErrBadDate", "/api/v1/events?from=last+week", 400, "invalid"},
		{"ErrUnknownParam", "/api/v1/events?colour=red", 400, "invalid"},
		{"ErrCountsNoBy", "/api/v1/counts", 400, "invalid"},
		{"ErrSearchEmpty", "/api/v1/search?q=", 400, "invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, b := get(t, ts.URL+tt.path)
			var e errBody
			if err := json.Unmarshal(b, &e); err != nil {
				t.Fatalf("body %q is not the error JSON: %v", b, err)
			}
			if res.StatusCode != tt.status || e.Error.Code != tt.code || e.Error.Message == "" {
				t.Errorf("GET %s = %d %+v, want %d %s", tt.path, res.StatusCode, e, tt.status, tt.code)
			}
		})
	}
}

func TestServer_InternalErrorHidden(t *testing.T) {
	st := &mock.Store{EventsFn: func(context.Context, dyad.EventFilter) ([]dyad.Event, error) {
		return nil, io.ErrUnexpectedEOF
	}}
	ts := newServer(t, st, "", nil)
	res, b := get(t, ts.URL+"/api/v1/events")
	if res.StatusCode != 500 || strings.Contains(string(b), "unexpected EOF") {
		t.Errorf("GET events with failing store = %d %s, want 500 without internals", res.StatusCode, b)
	}
}

func TestServer_Events(t *testing.T) {
	var got dyad.EventFilter
	st := &mock.Store{EventsFn: func(_ context.Context, f dyad.EventFilter) ([]dyad.Event, error) {
		got = f
		return []dyad.Event{{ID: "a/e0", CAMEO: "042", Root: "04", Mode: dyad.ModePlanned}}, nil
	}}
	ts := newServer(t, st, "", nil)
	res, b := get(t, ts.URL+"/api/v1/events?actor=USA&root=04&mode=planned&from=2025-08&to=2025-08-31&limit=5&offset=10&quad=1")
	if res.StatusCode != 200 {
		t.Fatalf("status %d: %s", res.StatusCode, b)
	}
	want := dyad.EventFilter{Page: dyad.Page{Limit: 5, Offset: 10}, Actor: "USA", Code: "04", Mode: "planned", From: "2025-08", To: "2025-08-31", Quad: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("filter (-want +got):\n%s", diff)
	}
	var body struct {
		Data []dyad.Event `json:"data"`
		Page struct{ Limit, Offset, Count int }
	}
	if err := json.Unmarshal(b, &body); err != nil {
		t.Fatal(err)
	}
	if len(body.Data) != 1 || body.Data[0].CAMEO != "042" || body.Page.Count != 1 || body.Page.Limit != 5 {
		t.Errorf("body = %+v", body)
	}
}

func TestServer_Ingest(t *testing.T) {
	body := `{"text":"Russia and Ukraine held talks.","url":"https://example.org/a","published":"2025-08-18"}`
	post := func(t *testing.T, ts *httptest.Server, auth, b string) (*http.Response, []byte) {
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, ts.URL+"/api/v1/articles", strings.NewReader(b))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		return do(t, req)
	}
	t.Run("ErrWritesOff", func(t *testing.T) {
		ts := newServer(t, &mock.Store{}, "", &fakeIngester{})
		if res, _ := post(t, ts, "Bearer x", body); res.StatusCode != 403 {
			t.Errorf("status %d, want 403", res.StatusCode)
		}
	})
	ing := &fakeIngester{}
	ts := newServer(t, &mock.Store{}, "s3cret", ing)
	t.Run("ErrNoToken", func(t *testing.T) {
		res, _ := post(t, ts, "", body)
		if res.StatusCode != 401 || res.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("status %d, want 401 with WWW-Authenticate", res.StatusCode)
		}
	})
	t.Run("ErrWrongToken", func(t *testing.T) {
		if res, _ := post(t, ts, "Bearer s3cre", body); res.StatusCode != 401 {
			t.Errorf("status %d, want 401", res.StatusCode)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		big := `{"text":"` + strings.Repeat("a", 2000) + `"}`
		res, b := post(t, ts, "Bearer s3cret", big)
		if res.StatusCode != 413 {
			t.Errorf("status %d %s, want 413", res.StatusCode, b)
		}
	})
	t.Run("ErrNoText", func(t *testing.T) {
		if res, _ := post(t, ts, "Bearer s3cret", `{"url":"x"}`); res.StatusCode != 400 {
			t.Errorf("status %d, want 400", res.StatusCode)
		}
	})
	t.Run("ErrUnknownField", func(t *testing.T) {
		if res, _ := post(t, ts, "Bearer s3cret", `{"text":"x","colour":1}`); res.StatusCode != 400 {
			t.Errorf("status %d, want 400", res.StatusCode)
		}
	})
	t.Run("OK", func(t *testing.T) {
		res, b := post(t, ts, "Bearer s3cret", body)
		if res.StatusCode != 201 || !strings.Contains(string(b), `"new-id"`) {
			t.Errorf("status %d %s, want 201 with id", res.StatusCode, b)
		}
		res, _ = post(t, ts, "bearer s3cret", body)
		if res.StatusCode != 200 {
			t.Errorf("second post status %d, want 200 (duplicate)", res.StatusCode)
		}
		if len(ing.got) != 2 || ing.got[0].URL != "https://example.org/a" {
			t.Errorf("ingester got %+v", ing.got)
		}
	})
}

func TestServer_UIHeaders(t *testing.T) {
	ts := newServer(t, &mock.Store{}, "", nil)
	for _, p := range []string{"/", "/static/app.js", "/static/world-110m.json"} {
		res, b := get(t, ts.URL+p)
		if res.StatusCode != 200 || len(b) == 0 {
			t.Errorf("GET %s = %d", p, res.StatusCode)
		}
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s CSP = %q", p, csp)
		}
	}
	res, b := get(t, ts.URL+"/api/v1/openapi.json")
	var doc map[string]any
	if res.StatusCode != 200 || json.Unmarshal(b, &doc) != nil || doc["openapi"] == nil {
		t.Errorf("openapi.json: %d", res.StatusCode)
	}
	res, b = get(t, ts.URL+"/metrics")
	if res.StatusCode != 200 || !strings.Contains(string(b), "dyad_http_requests_total") {
		t.Errorf("metrics: %d, has counter: %v", res.StatusCode, strings.Contains(string(b), "dyad_http_requests_total"))
	}
	if res, _ := get(t, ts.URL+"/healthz"); res.StatusCode != 200 {
		t.Errorf("healthz = %d", res.StatusCode)
	}
}

func FuzzParseEventFilter(f *testing.F) {
	f.Add("actor=USA&mode=planned&from=2025-08&limit=10")
	f.Add("quad=9&offset=-1&code=abc")
	f.Add("root=04&code=04&to=2025-13-99")
	f.Fuzz(func(t *testing.T, raw string) {
		if len(raw) > 4096 {
			return
		}
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		fl, err := web.ParseEventFilter(q)
		if err != nil {
			if dyad.ErrorCode(err) != dyad.CodeInvalid {
				t.Fatalf("ParseEventFilter(%q) error code %q, want invalid", raw, dyad.ErrorCode(err))
			}
			return
		}
		if fl.Limit < 1 || fl.Limit > web.MaxPageLimit || fl.Offset < 0 || fl.Quad < 0 || fl.Quad > 4 {
			t.Fatalf("ParseEventFilter(%q) = %+v out of range", raw, fl)
		}
		if fl.Mode != "" && !dyad.ValidMode(fl.Mode) {
			t.Fatalf("invalid mode accepted: %q", fl.Mode)
		}
	})
}

// TestServer_ArticleActors checks that the article endpoint gives the
// document's distinct actors with the indexes of their mentions.
func TestServer_ArticleActors(t *testing.T) {
	doc := storetest.RichDocument("web-actors")
	st := &mock.Store{DocumentFn: func(_ context.Context, id string) (*dyad.Document, error) {
		if id != doc.Article.ID {
			return nil, dyad.ErrNotFound
		}
		return doc, nil
	}}
	ts := newServer(t, st, "", nil)
	res, b := get(t, ts.URL+"/api/v1/articles/"+doc.Article.ID)
	var body struct {
		Data struct {
			Mentions []json.RawMessage `json:"mentions"`
			Actors   []struct {
				Code, Name string
				Mentions   []int
			} `json:"actors"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &body); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET article = %d %s: %v", res.StatusCode, b, err)
	}
	found := false
	for _, a := range body.Data.Actors {
		if a.Name == "Volodymyr Zelenskyy" {
			found = a.Code == "UKRGOV" && cmp.Equal(a.Mentions, []int{1, 2})
		}
		for _, j := range a.Mentions {
			if j < 0 || j >= len(body.Data.Mentions) {
				t.Errorf("actor %q mention %d out of range of %d mentions", a.Name, j, len(body.Data.Mentions))
			}
		}
	}
	if !found {
		t.Errorf("actors = %+v, want Volodymyr Zelenskyy (UKRGOV) with mentions [1 2]", body.Data.Actors)
	}
}
