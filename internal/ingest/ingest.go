// Package ingest reads articles from files, directories and stdin in the
// formats dyad accepts, and turns each into a dyad.Article with clean
// text.
//
// PLACEHOLDER: only plain text is read so far; the foundation issue
// completes this package.
package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
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

// Options configures a Reader.
type Options struct {
	// Meta overrides metadata of every article read (meant for single
	// inputs).
	Meta Meta
	// Stdin is read for the path "-"; os.Stdin when nil.
	Stdin io.Reader
	// Logger receives warnings (e.g. a charset was guessed); slog.Default
	// when nil.
	Logger *slog.Logger
}

// Reader is a dyad.Source over files, directories (walked recursively, in
// lexical order) and "-" for stdin. Problems with one input are returned
// as *dyad.SourceError and reading goes on with the next.
type Reader struct {
	opts  Options
	queue []string
}

var _ dyad.Source = (*Reader)(nil)

// NewSource returns a Reader over paths.
func NewSource(paths []string, opts Options) *Reader {
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Reader{opts: opts, queue: append([]string(nil), paths...)}
}

// Next returns the next article, io.EOF at the end, or a *dyad.SourceError
// for an input that could not be read (call Next again to go on).
func (r *Reader) Next(ctx context.Context) (*dyad.Article, error) {
	for len(r.queue) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p := r.queue[0]
		r.queue = r.queue[1:]
		if p != "-" {
			fi, err := os.Stat(p)
			if err != nil {
				return nil, &dyad.SourceError{Input: p, Err: err}
			}
			if fi.IsDir() {
				ents, err := os.ReadDir(p)
				if err != nil {
					return nil, &dyad.SourceError{Input: p, Err: err}
				}
				var sub []string
				for _, e := range ents {
					sub = append(sub, filepath.Join(p, e.Name()))
				}
				r.queue = append(sub, r.queue...)
				continue
			}
		}
		a, err := ReadArticle(p, r.opts.Meta)
		if err != nil {
			return nil, &dyad.SourceError{Input: p, Err: err}
		}
		return a, nil
	}
	return nil, io.EOF
}
