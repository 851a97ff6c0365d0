package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/sqlite"
)

// TestIngest_Kill builds dyad, starts an ingest of several hundred
// Wikinews articles, kills it with SIGKILL mid-batch, runs it again, and
// checks that every article is stored exactly once and completely.
func TestIngest_Kill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	src := corpus.Path(t, "corpora/wikinews-2019-2020/articles")
	dir := t.TempDir()
	bin := filepath.Join(dir, "dyad")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// Each article twice: as published, and with a correction line added
	// (a different text, so a different article).
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		// Files over 50 kB are left out to keep the test quick.
		if len(b) > 50_000 {
			continue
		}
		for v, body := range []string{string(b), string(b) + "\n\nCorrection: an earlier version misspelled a name."} {
			if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("%d-%s", v, e.Name())), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	db := filepath.Join(dir, "k.db")

	cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "2", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some articles are committed.
	atKill := waitStored(t, db, 40, cmd)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("ingest ended with %v before it could be killed (%d of %d stored)", err, atKill, n)
	}

	out, err := exec.Command(bin, "ingest", "--db", db, "--workers", "2", "--json", in).Output()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	t.Logf("killed after %d stored; rerun: %s", atKill, out)

	// What every input should have become, by the same reader and pipeline.
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(t.Context(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	want := map[string]bool{}
	r := ingest.NewSource([]string{in}, ingest.Options{})
	for {
		a, err := r.Next(t.Context())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if want[a.ID] {
			continue
		}
		want[a.ID] = true
		doc, err := p.Process(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.Document(t.Context(), a.ID)
		if err != nil {
			t.Errorf("%s (%s) not stored after the rerun: %v", a.ID, a.Provenance.Source, err)
			continue
		}
		if len(got.Sentences) != len(doc.Sentences) || len(got.Mentions) != len(doc.Mentions) ||
			len(got.Events) != len(doc.Events) || got.Article.Text != a.Text {
			t.Errorf("%s stored incompletely: %d sentences, %d mentions, %d events; want %d, %d, %d",
				a.ID, len(got.Sentences), len(got.Mentions), len(got.Events), len(doc.Sentences), len(doc.Mentions), len(doc.Events))
		}
	}
	stats, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != len(want) {
		t.Errorf("store holds %d articles, want each of the %d exactly once", stats.Articles, len(want))
	}
}

// waitStored polls the database until at least min articles are stored
// and returns how many there are.
func waitStored(t *testing.T, db string, min int, cmd *exec.Cmd) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	var st dyad.Store
	for st == nil {
		if _, err := os.Stat(db); err == nil {
			if s, err := sqlite.Open(ctx, db, sqlite.Options{}); err == nil {
				st = s
				break
			}
		}
		if ctx.Err() != nil {
			cmd.Process.Kill()
			t.Fatal("database never appeared")
		}
		time.Sleep(5 * time.Millisecond)
	}
	defer st.Close()
	for {
		s, err := st.Stats(ctx)
		if err == nil && s.Articles >= min {
			return s.Articles
		}
		if ctx.Err() != nil {
			cmd.Process.Kill()
			t.Fatalf("only %d articles stored in 60s", s.Articles)
		}
		time.Sleep(2 * time.Millisecond)
	}
}
