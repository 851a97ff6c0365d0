package sqlite_test

import (
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/sqlite"
	"github.com/dyad-events/dyad/internal/storetest"
)

func openTemp(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store { return openTemp(t) })
}

// TestMigrate_DateSpans opens a database made before events had
// date_first and date_last (the columns, their index and the migration
// record removed) and checks that opening it adds and fills them, so that
// date filters see the old events.
func TestMigrate_DateSpans(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := sqlite.Open(t.Context(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := storetest.RichDocument("old-spans")
	doc.Events[0].Date = "2025-W33"
	if _, err := s.Put(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	s.Close()

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`DROP INDEX events_span`,
		`ALTER TABLE events DROP COLUMN date_first`,
		`ALTER TABLE events DROP COLUMN date_last`,
		`DELETE FROM schema_migrations WHERE version LIKE '%0003_date_span.sql'`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err = sqlite.Open(t.Context(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Events(t.Context(), dyad.EventFilter{From: "2025-08-11", To: "2025-08-11"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != doc.Article.ID+"/e2" || got[1].ID != doc.Article.ID+"/e0" {
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		t.Errorf("events overlapping 2025-08-11 after migration = %v, want the month (e2) and week (e0) events", ids)
	}
}
