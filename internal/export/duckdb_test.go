package export_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// TestParquet_DuckDB checks that DuckDB, a tool analysts use, reads the
// Parquet export: row count, types and values.
func TestParquet_DuckDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.parquet")
	if err := os.WriteFile(path, write(t, "parquet"), 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	var sumGold float64
	var maxDate string
	if err := db.QueryRowContext(t.Context(), "SELECT count(*), sum(goldstein), max(date) FROM read_parquet(?)", path).Scan(&n, &sumGold, &maxDate); err != nil {
		t.Fatal(err)
	}
	if n != 2 || sumGold != -6 || maxDate != "2025-08-19" {
		t.Errorf("DuckDB read count=%d sum(goldstein)=%v max(date)=%q, want 2, -6, 2025-08-19", n, sumGold, maxDate)
	}
	var nulls int
	if err := db.QueryRowContext(t.Context(), "SELECT count(*) FROM read_parquet(?) WHERE lat IS NULL", path).Scan(&nulls); err != nil {
		t.Fatal(err)
	}
	if nulls != 1 {
		t.Errorf("rows with NULL lat = %d, want 1 (the unplaced event)", nulls)
	}
}

// TestGDELT_DuckDB reads the GDELT table with DuckDB's CSV reader as
// GDELT users do (tab-separated, no header) and checks the column count.
func TestGDELT_DuckDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.tsv")
	if err := os.WriteFile(path, write(t, "gdelt"), 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var cols int
	if err := db.QueryRowContext(t.Context(), "SELECT count(*) FROM (DESCRIBE SELECT * FROM read_csv(?, delim='\t', header=false, all_varchar=true))", path).Scan(&cols); err != nil {
		t.Fatal(err)
	}
	if cols != 61 {
		t.Errorf("DuckDB sees %d columns, want 61", cols)
	}
}
