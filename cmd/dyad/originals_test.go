package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/export"
	"github.com/dyad-events/dyad/internal/sqlite"
	"github.com/dyad-events/dyad/internal/storetest"
	"github.com/dyad-events/dyad/internal/web"
)

// copied returns a database holding an original, an unrelated article and
// a copy of the original (three events each).
func copied(t *testing.T) (db string, orig, other, cp *dyad.Document) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "c.db")
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	orig, other, cp = storetest.RichDocument("copies-orig"), storetest.RichDocument("copies-other"), storetest.RichDocument("copies-copy")
	cp.Article.DuplicateOf = orig.Article.ID
	for _, d := range []*dyad.Document{orig, other, cp} {
		if _, err := st.Put(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	return db, orig, other, cp
}

func TestOriginals_EventsAndExport(t *testing.T) {
	db, orig, _, cp := copied(t)
	events := func(args ...string) []dyad.Event {
		t.Helper()
		code, out, errOut := run(t, "", append(args, "--db", db)...)
		if code != 0 {
			t.Fatalf("dyad %v exit %d: %s", args, code, errOut)
		}
		var es []dyad.Event
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var e dyad.Event
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatalf("dyad %v: line %q: %v", args, l, err)
			}
			es = append(es, e)
		}
		return es
	}
	for _, args := range [][]string{{"events", "--json"}, {"export", "--format", "jsonl"}} {
		all := events(args...)
		if len(all) != 9 {
			t.Errorf("dyad %v: %d events, want 9", args, len(all))
		}
		for _, e := range all {
			if want := map[bool]int{true: 1}[e.ArticleID == orig.Article.ID]; e.Copies != want {
				t.Errorf("dyad %v: event %s copies = %d, want %d", args, e.ID, e.Copies, want)
			}
		}
		origs := events(append(args, "--originals")...)
		if len(origs) != 6 {
			t.Errorf("dyad %v --originals: %d events, want 6", args, len(origs))
		}
		for _, e := range origs {
			if e.ArticleID == cp.Article.ID {
				t.Errorf("dyad %v --originals lists %s of the copy", args, e.ID)
			}
		}
	}
	// GDELT counts the original and its copy as two articles.
	code, out, errOut := run(t, "", "export", "--format", "gdelt", "--originals", "--article", orig.Article.ID, "--db", db)
	if code != 0 {
		t.Fatalf("export gdelt exit %d: %s", code, errOut)
	}
	col := map[string]int{}
	for i, c := range export.GDELTColumns {
		col[c] = i
	}
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) != 3 {
		t.Fatalf("gdelt rows = %d, want 3:\n%s", len(rows), out)
	}
	for _, r := range rows {
		c := strings.Split(r, "\t")
		for _, name := range []string{"NumMentions", "NumSources", "NumArticles"} {
			if c[col[name]] != "2" {
				t.Errorf("%s = %q, want 2", name, c[col[name]])
			}
		}
	}
}

func TestOriginals_API(t *testing.T) {
	db, _, _, _ := copied(t)
	checkAPI(t, db, []apiCase{
		{"/api/v1/events", 200, 9},
		{"/api/v1/events?originals=true", 200, 6},
		{"/api/v1/events?originals=false", 200, 9},
		{"/api/v1/counts?by=root", 200, 9},
		{"/api/v1/counts?by=root&originals=true", 200, 6},
		{"/api/v1/events?originals=maybe", 400, 0},
	})
}

// apiCase is one API request, the status it answers with and, for 200,
// how many events it gives (for /counts, summed over the buckets).
type apiCase struct {
	path   string
	status int
	n      int
}

// checkAPI serves the SQLite database db through the JSON API on loopback
// and runs each case against it.
func checkAPI(t *testing.T, db string, cases []apiCase) {
	t.Helper()
	st, err := sqlite.Open(t.Context(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := web.New(web.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			res, err := http.Get(ts.URL + c.path)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var body struct {
				Data []map[string]any `json:"data"`
			}
			if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != c.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, c.status)
			}
			if c.status != 200 {
				return
			}
			n := len(body.Data)
			if strings.Contains(c.path, "counts") {
				n = 0 // events counted in all buckets
				for _, b := range body.Data {
					n += int(b["count"].(float64))
				}
			}
			if n != c.n {
				t.Errorf("%s: %d items, want %d", c.path, n, c.n)
			}
		})
	}
}
