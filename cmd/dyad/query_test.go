package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/sqlite"
	"github.com/dyad-events/dyad/internal/storetest"
)

// run runs dyad with args and returns the exit code and outputs.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Now: func() time.Time { return time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC) }}
	code := m.Run(t.Context(), args)
	return code, out.String(), errb.String()
}

// seeded returns a database holding two rich documents.
func seeded(t *testing.T) (string, []*dyad.Document) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "q.db")
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := []*dyad.Document{storetest.RichDocument("query-one"), storetest.RichDocument("query-two")}
	for _, d := range docs {
		if _, err := st.Put(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	return db, docs
}

func TestQueryCommands(t *testing.T) {
	db, docs := seeded(t)
	id := docs[0].Article.ID
	cases := []struct {
		name     string
		args     []string
		code     int
		contains []string
		lines    int // JSON lines expected with --json, -1 to skip
	}{
		{"Articles", []string{"articles"}, 0, []string{"ID", "Trump meets Zelenskyy query-one", "example.org", "2025-08-18"}, -1},
		{"ArticlesJSON", []string{"articles", "--json"}, 0, []string{`"title":"Trump meets Zelenskyy query-`}, 2},
		{"Show", []string{"show", id[:8]}, 0, []string{"Trump meets Zelenskyy query-one", "We want peace", "EVENTS (3)", "QUOTES (2)", "MENTIONS (6)", "Washington"}, -1},
		{"ShowJSON", []string{"show", id, "--json"}, 0, []string{`"cameo": "040"`, `"id": "` + id + `/e0"`}, -1},
		{"ShowNotFound", []string{"show", "ffffffffffff"}, 1, nil, -1},
		{"Search", []string{"search", "peace"}, 0, []string{"«peace»", "1. "}, -1},
		{"SearchNone", []string{"search", "earthquake"}, 0, []string{"no matches"}, -1},
		{"SearchJSON", []string{"search", "peace", "--json"}, 0, []string{`"snippet"`}, 2},
		{"Events", []string{"events", "--actor", "USA"}, 0, []string{"DATE", "USAGOV Donald Trump", "CONSULT", "asserted", "Washington"}, -1},
		{"EventsJSON", []string{"events", "--json"}, 0, []string{`"plover":"ASSAULT"`}, 6},
		{"EventsFiltered", []string{"events", "--json", "--code", "19", "--mode", "negated", "--country", "RUS", "--from", "2025-08-17", "--to", "2025-08-17"}, 0, []string{`"cameo":"190"`}, 2},
		{"EventsRoot", []string{"events", "--json", "--root", "04", "--article", id[:6]}, 0, nil, 2},
		{"EventsPlace", []string{"events", "--json", "--place", "kyiv"}, 0, nil, 2},
		{"EventsPage", []string{"events", "--json", "--limit", "2", "--offset", "5"}, 0, nil, 1},
		{"EventsBadMode", []string{"events", "--mode", "perhaps"}, 2, nil, -1},
		{"EventsBadRoot", []string{"events", "--root", "4"}, 2, nil, -1},
		{"EventsPLOVERLower", []string{"events", "--json", "--plover", "consult"}, 0, []string{`"plover":"CONSULT"`}, 4},
		{"EventsCountryLower", []string{"events", "--json", "--country", "rus"}, 0, nil, 2},
		{"EventsFromWeek", []string{"events", "--json", "--from", "2025-W34"}, 0, []string{`"date":"2025-08-18"`, `"date":"2025-08"`}, 4},
		{"ExportBadPLOVER", []string{"export", "--plover", "FOO"}, 2, nil, -1},
		{"Quotes", []string{"quotes", "--speaker", "zelensk"}, 0, []string{"Volodymyr Zelenskyy (UKRGOV)", "CNN", "We want peace"}, -1},
		{"QuotesAnonymousJSON", []string{"quotes", "--anonymous", "--json"}, 0, []string{`"anonymous":true`}, 2},
		{"QuotesVenue", []string{"quotes", "--venue", "cnn", "--json"}, 0, nil, 2},
		{"Actors", []string{"actors"}, 0, []string{"UKRGOV", "Volodymyr Zelenskyy", "President"}, -1},
		{"ActorsJSON", []string{"actors", "--code", "USA", "--json"}, 0, []string{`"mentions":2`, `"articles":2`}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, "", append(c.args, "--db", db)...)
			if code != c.code {
				t.Fatalf("dyad %v exit = %d, want %d; stderr:\n%s", c.args, code, c.code, errOut)
			}
			if code != 0 && !strings.HasPrefix(errOut, "dyad: ") {
				t.Errorf("dyad %v stderr = %q, want one line starting with dyad:", c.args, errOut)
			}
			for _, s := range c.contains {
				if !strings.Contains(out, s) {
					t.Errorf("dyad %v output lacks %q:\n%s", c.args, s, out)
				}
			}
			if c.lines >= 0 {
				n := 0
				for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
					if l == "" {
						continue
					}
					n++
					var v map[string]any
					if err := json.Unmarshal([]byte(l), &v); err != nil {
						t.Errorf("line %d is not JSON: %v\n%s", n, err, l)
					}
				}
				if n != c.lines {
					t.Errorf("dyad %v printed %d JSON lines, want %d:\n%s", c.args, n, c.lines, out)
				}
			}
		})
	}
}

func TestEventsCommand_CSV(t *testing.T) {
	db, docs := seeded(t)
	code, out, errOut := run(t, "", "events", "--csv", "--db", db, "--article", docs[1].Article.ID)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, out)
	}
	if len(rows) != 4 {
		t.Fatalf("CSV has %d rows, want header + 3", len(rows))
	}
	var ids []string
	for _, r := range rows[1:] {
		if len(r) != len(rows[0]) {
			t.Errorf("row %v has %d cells, header %d", r, len(r), len(rows[0]))
		}
		ids = append(ids, r[len(r)-1])
	}
	a := docs[1].Article.ID
	if diff := cmp.Diff([]string{a + "/e2", a + "/e1", a + "/e0"}, ids); diff != "" {
		t.Errorf("CSV event IDs mismatch (-want +got):\n%s", diff)
	}
}

func TestCommands_Help(t *testing.T) {
	for _, c := range []string{"ingest", "articles", "show", "search", "events", "quotes", "actors"} {
		code, out, _ := run(t, "", c, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "dyad "+c) {
			t.Errorf("dyad %s --help: exit %d, no examples:\n%s", c, code, out)
		}
	}
}

func TestIngestHelp_QueuePlaceholder(t *testing.T) {
	code, out, _ := run(t, "", "ingest", "--help")
	if code != 0 {
		t.Fatalf("dyad ingest --help: exit %d", code)
	}
	if !strings.Contains(out, "--queue URL ") || strings.Contains(out, "--queue dyad") {
		t.Errorf("dyad ingest --help: want the --queue flag shown as --queue URL:\n%s", out)
	}
	if !strings.Contains(out, "dyad worker") {
		t.Errorf("dyad ingest --help: the --queue usage no longer names dyad worker:\n%s", out)
	}
}

func TestCodeCommand_MissingFile(t *testing.T) {
	code, _, errOut := run(t, "", "code")
	if code != 2 {
		t.Fatalf("dyad code: exit %d, want 2; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(errOut, "FILE") || !strings.Contains(errOut, "-") || strings.Contains(errOut, "arg(s)") {
		t.Errorf("dyad code: stderr = %q, want it to name the missing FILE argument and - for stdin", errOut)
	}
	code, _, errOut = run(t, "", "code", "a.txt", "b.txt")
	if code != 2 || !strings.Contains(errOut, "FILE") {
		t.Errorf("dyad code a.txt b.txt: exit %d, stderr %q; want 2 naming FILE", code, errOut)
	}
}

func TestReadCommands_MissingDatabase(t *testing.T) {
	for _, args := range [][]string{
		{"quotes"}, {"events"}, {"actors"}, {"articles"}, {"search", "peace"}, {"show", "abc123"}, {"export"},
	} {
		db := filepath.Join(t.TempDir(), "nothere.db")
		code, _, errOut := run(t, "", append(args, "--db", db)...)
		if code == 0 || !strings.Contains(errOut, db) || !strings.Contains(errOut, "does not exist") {
			t.Errorf("dyad %v --db %s: exit %d, stderr %q; want an error naming the missing file", args, db, code, errOut)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("dyad %v created %s", args, db)
		}
	}
}

func TestEventsCommand_BadFilters(t *testing.T) {
	db, _ := seeded(t)
	for _, c := range []struct {
		args []string
		want []string // in the error
	}{
		{[]string{"--plover", "FOO"}, []string{`"FOO"`, "PLOVER", "CONSULT"}},
		{[]string{"--country", "ukraine"}, []string{`"ukraine"`, "country", "alpha-3"}},
		{[]string{"--country", "U1R"}, []string{`"U1R"`, "country"}},
		{[]string{"--from", "2025-02-30"}, []string{`"2025-02-30"`, "from"}},
		{[]string{"--to", "2025-13"}, []string{`"2025-13"`, "to"}},
		{[]string{"--from", "2025-W54"}, []string{`"2025-W54"`, "from"}},
	} {
		code, out, errOut := run(t, "", append([]string{"events", "--db", db}, c.args...)...)
		if code != 2 || out != "" {
			t.Errorf("dyad events %v: exit %d, stdout %q; want exit 2 and no output", c.args, code, out)
		}
		for _, w := range c.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("dyad events %v: stderr %q lacks %q", c.args, errOut, w)
			}
		}
	}
}
