// Package ingest reads articles from files, directories and stdin in the
// formats dyad accepts, and turns each into a dyad.Article with clean
// text.
//
// PLACEHOLDER: only plain text is read so far; the foundation issue
// completes this package.
package ingest

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Meta holds metadata given by the user for single inputs; non-zero fields
// override what the input itself says.
type Meta struct {
	URL       string
	Title     string
	Outlet    string
	Timezone  string
	Published time.Time
}

// ReadArticle reads one article from path ("-" for stdin).
func ReadArticle(path string, meta Meta) (*dyad.Article, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = io.ReadAll(os.Stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	a := &dyad.Article{Text: strings.TrimSpace(text), Provenance: dyad.Provenance{Source: path, Format: "txt"}}
	apply(a, meta)
	a.ID = dyad.ArticleID(a.Text)
	return a, a.Validate()
}

func apply(a *dyad.Article, m Meta) {
	if m.URL != "" {
		a.URL = m.URL
	}
	if m.Title != "" {
		a.Title = m.Title
	}
	if m.Outlet != "" {
		a.Outlet = m.Outlet
	}
	if m.Timezone != "" {
		a.Timezone = m.Timezone
	}
	if !m.Published.IsZero() {
		a.Published = m.Published
	}
}
