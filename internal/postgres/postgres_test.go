package postgres_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/postgres"
	"github.com/dyad-events/dyad/internal/storetest"
)

// openTemp opens a store in a fresh schema of the database named by
// DYAD_TEST_POSTGRES_DSN, dropped when the test ends, so that runs never
// see each other's data. It skips the test when the variable is unset.
func openTemp(t testing.TB) *postgres.Store {
	t.Helper()
	s, _ := openTempSchema(t)
	return s
}

// openTempSchema is openTemp, also returning the schema's name.
func openTempSchema(t testing.TB) (*postgres.Store, string) {
	t.Helper()
	dsn := os.Getenv("DYAD_TEST_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("DYAD_TEST_POSTGRES_DSN not set")
	}
	schema := fmt.Sprintf("dyadtest_%d_%x", os.Getpid(), rand.Uint64())
	conn, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatalf("connect %s: %v", dsn, err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), dsn)
		if err != nil {
			t.Error(err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Error(err)
		}
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	s, err := postgres.Open(t.Context(), dsn+sep+"search_path="+url.QueryEscape(schema), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s, schema
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store { return openTemp(t) })
}

func TestOpen_ErrUnavailable(t *testing.T) {
	_, err := postgres.Open(t.Context(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=2", postgres.Options{})
	if dyad.ErrorCode(err) != dyad.CodeUnavailable {
		t.Errorf("Open(closed port) error = %v, want code %s", err, dyad.CodeUnavailable)
	}
}

// TestPut_Atomic makes one statement of Put's write batch fail (a CHECK
// constraint the document breaks) and checks that nothing of the document
// is left: the batch runs as one transaction.
func TestPut_Atomic(t *testing.T) {
	cases := []struct {
		name, table, check string
	}{
		{"Events", "events", "cameo <> '190'"},
		{"Actors", "actors", "code <> 'RUSMIL'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, schema := openTempSchema(t)
			defer s.Close()
			conn, err := pgx.Connect(t.Context(), os.Getenv("DYAD_TEST_POSTGRES_DSN"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(context.Background())
			if _, err := conn.Exec(t.Context(), "ALTER TABLE "+schema+"."+c.table+" ADD CONSTRAINT test_fail CHECK ("+c.check+")"); err != nil {
				t.Fatal(err)
			}
			d := storetest.RichDocument("atomic-" + c.name)
			if _, err := s.Put(t.Context(), d); err == nil || !strings.Contains(err.Error(), d.Article.ID) {
				t.Fatalf("Put = %v, want an error naming %s", err, d.Article.ID)
			}
			if ok, err := s.Has(t.Context(), d.Article.ID); err != nil || ok {
				t.Errorf("Has after a failed Put = %v, %v; want false", ok, err)
			}
			st, err := s.Stats(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if st != (dyad.Stats{}) {
				t.Errorf("Stats after a failed Put = %+v, want all zero", st)
			}
			var actors, bands, sigs int
			if err := conn.QueryRow(t.Context(), "SELECT (SELECT count(*) FROM "+schema+".actors), (SELECT count(*) FROM "+schema+
				".bands), (SELECT count(*) FROM "+schema+".signatures)").Scan(&actors, &bands, &sigs); err != nil {
				t.Fatal(err)
			}
			if actors+bands+sigs != 0 {
				t.Errorf("a failed Put left %d actors, %d bands, %d signatures", actors, bands, sigs)
			}
			// The store is still usable: another document goes in.
			if _, err := s.Put(t.Context(), storetest.PlainDocument("A plain article after a failed one.", "", "", "")); err != nil {
				t.Errorf("Put after a failed Put: %v", err)
			}
		})
	}
}
