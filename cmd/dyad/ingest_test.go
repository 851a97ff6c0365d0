package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFiles(t, in, map[string]string{
		"a.txt":     "Ukraine and Russia held talks in Istanbul on Tuesday. Both sides agreed to meet again.",
		"b.txt":     "The central bank raised interest rates by half a point, its third rise this year.",
		"sub/c.txt": "Protesters gathered outside parliament in Tbilisi to demand new elections.",
		"sub/d.txt": "Protesters gathered outside parliament  in Tbilisi to demand new elections.\n", // same text as c
		"empty.txt": "   \n",
	})
	db := filepath.Join(dir, "x.db")
	code, out, errOut := run(t, "", "ingest", "--db", db, "--json", in)
	if code != 1 {
		t.Errorf("exit = %d, want 1 (one input failed); stderr:\n%s", code, errOut)
	}
	var sum ingestSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, out)
	}
	sum.Seconds, sum.ArticlesPerSecond, sum.Bytes = 0, 0, 0
	if diff := cmp.Diff(ingestSummary{Ingested: 3, Duplicates: 1, Failed: 1}, sum); diff != "" {
		t.Errorf("summary mismatch (-want +got):\n%s", diff)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "empty.txt") || !strings.HasPrefix(lines[0], "dyad: ") {
		t.Errorf("stderr = %q, want one line naming empty.txt", errOut)
	}

	// A second run stores nothing new.
	code, out, errOut = run(t, "", "ingest", "--db", db, filepath.Join(in, "a.txt"), filepath.Join(in, "sub"))
	if code != 0 {
		t.Errorf("second run exit = %d; stderr:\n%s", code, errOut)
	}
	if !strings.HasPrefix(out, "ingested 0 (0 near-duplicates), duplicates 3, failed 0 ") {
		t.Errorf("second run summary = %q", out)
	}

	// One input with metadata flags.
	one := filepath.Join(dir, "one.txt")
	writeFiles(t, dir, map[string]string{"one.txt": "Officials in Nairobi announced a new vaccination campaign for the region."})
	code, _, errOut = run(t, "", "ingest", "--db", db,
		"--title", "Vaccines", "--published", "2025-03-04", "--timezone", "Africa/Nairobi", "--outlet", "example.org", one)
	if code != 0 {
		t.Fatalf("stdin ingest exit = %d; stderr:\n%s", code, errOut)
	}
	// Stdin.
	code, _, errOut = run(t, "Flooding closed the main road to the port for a third day, officials said.", "ingest", "--db", db,
		"--outlet", "stdin.example", "-")
	if code != 0 {
		t.Fatalf("stdin ingest exit = %d; stderr:\n%s", code, errOut)
	}
	if _, out, _ := run(t, "", "articles", "--db", db, "--outlet", "stdin.example", "--json"); !strings.Contains(out, "Flooding closed") {
		t.Errorf("article from stdin not stored: %q", out)
	}
	_, out, _ = run(t, "", "articles", "--db", db, "--outlet", "example.org", "--json")
	for _, want := range []string{`"title":"Vaccines"`, `"published":"2025-03-04"`, `"timezone":"Africa/Nairobi"`} {
		if !strings.Contains(out, want) {
			t.Errorf("stored article lacks %s: %s", want, out)
		}
	}
}

func TestIngestCommand_Invalid(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	for _, args := range [][]string{
		{"ingest", "--db", db, "--workers", "0", "x"},
		{"ingest", "--db", db, "--published", "yesterday", "x"},
		{"ingest", "--db", db, "--near-dup-threshold", "1.5", "x"},
		{"ingest", "--db", "mysql://h/db", "x"},
	} {
		if code, _, errOut := run(t, "", args...); code != 2 {
			t.Errorf("dyad %v exit = %d, want 2; stderr: %s", args, code, errOut)
		}
	}
	if code, _, _ := run(t, "", "ingest", "--db", db); code == 0 {
		t.Errorf("ingest with no paths succeeded")
	}
}
