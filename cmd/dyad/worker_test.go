package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/queue/queuetest"
)

// TestWorker publishes a folder with ingest --queue, runs two workers
// until the queue is empty, and checks every article was stored once.
func TestWorker(t *testing.T) {
	u := queuetest.URL(t, "dyadcmd")
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 20 {
		files[fmt.Sprintf("in/%02d.txt", i)] = fmt.Sprintf("Report %d: the ministers of country %d met their neighbours to discuss trade and water rights.", i, i*7)
	}
	files["in/empty.txt"] = ""
	writeFiles(t, dir, files)
	code, out, errOut := run(t, "", "ingest", "--queue", u, "--json", filepath.Join(dir, "in"))
	if code != 1 {
		t.Errorf("ingest --queue exit = %d, want 1 (empty.txt); stderr: %s", code, errOut)
	}
	var ps publishSummary
	if err := json.Unmarshal([]byte(out), &ps); err != nil || ps.Published != 20 || ps.Failed != 1 {
		t.Fatalf("publish summary = %s (%v), want 20 published, 1 failed", out, err)
	}
	db := filepath.Join(dir, "w.db")
	done := make(chan ingestSummary, 2)
	for range 2 {
		go func() {
			_, out, errOut := run(t, "", "worker", "--queue", u, "--db", db, "--until-idle", "--json", "--workers", "2")
			var s ingestSummary
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Errorf("worker summary %q: %v; stderr: %s", out, err, errOut)
			}
			done <- s
		}()
	}
	a, b := <-done, <-done
	if a.Ingested+b.Ingested != 20 || a.Failed+b.Failed != 0 {
		t.Errorf("workers ingested %d + %d (failed %d + %d), want 20 in all", a.Ingested, b.Ingested, a.Failed, b.Failed)
	}
	_, out, _ = run(t, "", "articles", "--db", db, "--json", "--limit", "100")
	if n := len(splitLines(out)); n != 20 {
		t.Errorf("store holds %d articles, want 20", n)
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}
