package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
)

// readAll reads paths with a fresh Reader and fails on any error.
func readAll(t testing.TB, paths ...string) []*dyad.Article {
	t.Helper()
	got := drain(t, ingest.NewSource(paths, ingest.Options{}))
	for _, e := range got.Errors {
		t.Errorf("%s:%d: %s", e.Input, e.Line, e.Error)
	}
	for _, a := range got.Articles {
		checkArticle(t, a)
	}
	return got.Articles
}

// TestCorpus_Wikinews reads the 295 Wikinews articles from the folder and
// from the two CSV files, and checks that each story gives the same clean
// text (so the same ID), title and date both ways.
func TestCorpus_Wikinews(t *testing.T) {
	dir := corpus.Path(t, "corpora/wikinews-2019-2020")
	folder := readAll(t, filepath.Join(dir, "articles"))
	csv := readAll(t, filepath.Join(dir, "wikinews_2019.csv"), filepath.Join(dir, "wikinews_2020.csv"))
	if len(folder) != 295 || len(csv) != 295 {
		t.Fatalf("read %d articles from the folder and %d from the CSVs, want 295 each", len(folder), len(csv))
	}
	byTitle := make(map[string]*dyad.Article)
	for _, a := range csv {
		if a.Title == "" || a.URL == "" || a.Published.IsZero() {
			t.Errorf("CSV article line %d lacks title, URL or date: %q %q %v", a.Provenance.Line, a.Title, a.URL, a.Published)
		}
		byTitle[a.Title] = a
	}
	same := 0
	for _, a := range folder {
		c := byTitle[a.Title]
		if c == nil {
			t.Errorf("%s: title %q not among the CSV titles", a.Provenance.Source, a.Title)
			continue
		}
		if a.ID != c.ID {
			t.Errorf("%s: ID %s differs from the CSV copy's %s", a.Provenance.Source, a.ID, c.ID)
			continue
		}
		if a.Dateline != "" && a.PublishedDate() != c.PublishedDate() {
			t.Errorf("%s: date %s from the dateline, CSV says %s", a.Provenance.Source, a.PublishedDate(), c.PublishedDate())
		}
		same++
	}
	t.Logf("Wikinews: %d folder articles, %d CSV rows, %d identical IDs", len(folder), len(csv), same)

	// The JSONL manifest names each folder file with its metadata.
	manifest := readAll(t, filepath.Join(dir, "articles.jsonl"))
	if len(manifest) != 295 {
		t.Fatalf("read %d articles through the manifest, want 295", len(manifest))
	}
	for _, a := range manifest {
		c := byTitle[a.Title]
		if c == nil || c.ID != a.ID || c.PublishedDate() != a.PublishedDate() || a.Outlet != "Wikinews" {
			t.Errorf("manifest line %d: %q does not match its CSV copy", a.Provenance.Line, a.Title)
		}
	}
}

func TestCorpus_VOA(t *testing.T) {
	arts := readAll(t, corpus.Path(t, "corpora/voa-2025/voa_stories.jsonl"))
	if len(arts) != 89 {
		t.Fatalf("read %d VOA stories, want 89", len(arts))
	}
	for _, a := range arts {
		if a.Published.IsZero() || a.Title == "" || a.URL == "" || a.Author == "" {
			t.Errorf("VOA line %d: missing metadata: %q %q %q %v", a.Provenance.Line, a.Title, a.URL, a.Author, a.Published)
		}
		if a.Published.Year() < 2019 || a.Published.Year() > 2025 {
			t.Errorf("VOA line %d: published %v, want 2019–2025", a.Provenance.Line, a.Published)
		}
	}
}

func TestCorpus_BBC(t *testing.T) {
	dir := corpus.Path(t, "corpora/bbc-news-2005-politics/politics")
	arts := readAll(t, dir)
	if len(arts) != 417 {
		t.Fatalf("read %d BBC articles, want 417", len(arts))
	}
	for _, a := range arts {
		raw, err := os.ReadFile(a.Provenance.Source)
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(string(raw), "\n")
		if a.Title != strings.Join(strings.Fields(first), " ") {
			t.Errorf("%s: title %q, want the first line %q", a.Provenance.Source, a.Title, first)
		}
		if strings.HasPrefix(a.Text, a.Title) {
			t.Errorf("%s: text starts with the title", a.Provenance.Source)
		}
	}
}
