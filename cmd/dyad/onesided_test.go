package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/sqlite"
	"github.com/dyad-events/dyad/internal/storetest"
)

// oneSided returns a database holding a document with two dyadic events,
// one with no target and one by an unknown agent (no source).
func oneSided(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "o.db")
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	doc := storetest.RichDocument("one-sided")
	u := doc.Events[1]
	u.Source, u.CAMEO, u.Root, u.Mode = nil, "180", "18", dyad.ModeAsserted
	doc.Events = append(doc.Events, u)
	if _, err := st.Put(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestOneSided_EventsAndExport(t *testing.T) {
	db := oneSided(t)
	count := func(args ...string) int {
		t.Helper()
		code, out, errOut := run(t, "", append(args, "--db", db)...)
		if code != 0 {
			t.Fatalf("dyad %v exit %d: %s", args, code, errOut)
		}
		n := 0
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var e dyad.Event
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatalf("dyad %v: line %q: %v", args, l, err)
			}
			if e.Source == nil && e.Target == nil {
				t.Errorf("dyad %v: event %s has neither side", args, e.ID)
			}
			n++
		}
		return n
	}
	for _, args := range [][]string{{"events", "--json"}, {"export", "--format", "jsonl"}} {
		if n := count(args...); n != 4 {
			t.Errorf("dyad %v: %d events, want 4 (one-sided ones listed by default)", args, n)
		}
		if n := count(append(args, "--dyadic")...); n != 2 {
			t.Errorf("dyad %v --dyadic: %d events, want 2", args, n)
		}
	}
	// The table shows an unknown agent as "?", no target as "-".
	code, out, errOut := run(t, "", "events", "--code", "18", "--db", db)
	if code != 0 {
		t.Fatalf("events exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], " ? ") {
		t.Errorf("events --code 18 table:\n%s", out)
	}
}

func TestOneSided_API(t *testing.T) {
	checkAPI(t, oneSided(t), []apiCase{
		{"/api/v1/events", 200, 4},
		{"/api/v1/events?dyadic=true", 200, 2},
		{"/api/v1/events?dyadic=false", 200, 4},
		{"/api/v1/counts?by=root&dyadic=true", 200, 2},
		{"/api/v1/events?dyadic=maybe", 400, 0},
	})
}
