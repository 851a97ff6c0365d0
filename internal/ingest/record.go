package ingest

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/clean"
)

// record is one article as found in an input, before cleaning.
type record struct {
	line      int    // 1-based line or record number, 0 for one-article inputs
	url       string // as given
	title     string
	outlet    string
	timezone  string
	author    string
	published time.Time // when the input gave a parsed time
	dateText  string    // when the input gave a date as text
	text      string    // plain body text
	html      string    // HTML (UTF-8) to extract the body from, when text is ""
	file      string    // a file holding the article, when text and html are ""
	warnings  []string
}

// recordError is a problem with one record of an input; reading goes on
// with the next record.
type recordError struct {
	line int
	err  error
}

// Error implements the error interface.
func (e *recordError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }

// Unwrap returns the underlying error.
func (e *recordError) Unwrap() error { return e.err }

// build turns a record into an article: it extracts HTML, cleans the text,
// fills in metadata (the user's Meta overriding the input's) and computes
// the ID.
func build(rec *record, source, format string, meta Meta) (*dyad.Article, error) {
	a := &dyad.Article{
		URL: rec.url, Title: rec.title, Outlet: rec.outlet, Author: rec.author,
		Provenance: dyad.Provenance{Source: source, Line: rec.line, Format: format},
		Warnings:   rec.warnings,
	}
	tz := rec.timezone
	if meta.Timezone != "" {
		tz = meta.Timezone
	}
	if tz != "" {
		if _, err := time.LoadLocation(tz); err != nil {
			a.Warnings = append(a.Warnings, fmt.Sprintf("time zone %q is not an IANA name; ignored", tz))
			tz = ""
		}
	}
	a.Timezone = tz
	loc := a.Location()

	text := rec.text
	if strings.TrimSpace(text) == "" && rec.html != "" {
		p, err := extractHTML([]byte(rec.html), rec.url)
		if err != nil {
			return nil, err
		}
		text = p.text
		a.Warnings = append(a.Warnings, p.warnings...)
		a.URL = firstNonEmpty(a.URL, p.url)
		a.Title = firstNonEmpty(a.Title, p.title)
		a.Outlet = firstNonEmpty(a.Outlet, p.siteName)
		a.Author = firstNonEmpty(a.Author, p.byline)
		if rec.published.IsZero() && rec.dateText == "" {
			rec.published = p.published
			rec.dateText = p.dateText
		}
	}
	if meta.Title != "" {
		a.Title = meta.Title
	}
	res := clean.Clean(text, clean.Options{Title: a.Title})
	if res.Text == "" {
		// Everything looked like debris (a page holding only a date or a
		// caption): keep the text as it is rather than lose the article.
		res = clean.Result{Text: strings.Join(clean.Paragraphs(text), "\n")}
		if res.Text == "" {
			return nil, fmt.Errorf("%w: the body is empty", ErrNoText)
		}
		a.Warnings = append(a.Warnings, "the whole text looked like page debris; kept uncleaned")
	}
	a.Text = res.Text
	a.Dateline = res.Dateline
	a.Author = firstNonEmpty(a.Author, res.Author)

	switch {
	case !meta.Published.IsZero():
		a.Published = meta.Published
	case !rec.published.IsZero():
		a.Published = rec.published
	case rec.dateText != "":
		t, err := parseDate(rec.dateText, loc)
		if err != nil {
			a.Warnings = append(a.Warnings, fmt.Sprintf("publication date %q not understood; ignored", rec.dateText))
		}
		a.Published = t
	}
	if a.Published.IsZero() && res.Date != "" {
		a.Published, _ = dyad.ParsePublished(res.Date, loc)
	}

	if meta.URL != "" {
		a.URL = meta.URL
	}
	if meta.Outlet != "" {
		a.Outlet = meta.Outlet
	}
	if a.Outlet == "" && a.URL != "" {
		a.Outlet = hostOf(a.URL)
	}
	a.ID = dyad.ArticleID(a.Text)
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return a, nil
}

// parseDate parses a publication date as dyad.ParsePublished does, then
// in the many layouts news sources use ("Mon, 02 Jan 2006 15:04:05 MST",
// "January 2, 2006", Unix seconds).
func parseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := dyad.ParsePublished(s, loc); err == nil {
		return t, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if n > 1e11 {
			return time.UnixMilli(n).UTC(), nil
		}
		return time.Unix(n, 0).UTC(), nil
	}
	t, err := dateparse.ParseIn(s, loc)
	if err != nil || t.Year() < 1000 || t.Year() > 9999 {
		return time.Time{}, dyad.Errorf(dyad.CodeInvalid, "publication date %q not understood", s)
	}
	return t, nil
}

// hostOf returns the host of a URL without "www.", "" when there is none.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
