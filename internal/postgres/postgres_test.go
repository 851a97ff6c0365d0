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
	return s
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
