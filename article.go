package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// Article is one news story: its clean text and what is known about where
// it came from. Text is never changed once an article is built; every span
// in a Document points into it.
type Article struct {
	// ID is the content hash of the normalized clean text (see ArticleID).
	ID string `json:"id"`
	// URL is where the article was published, if known.
	URL string `json:"url,omitempty"`
	// Title is the headline, if known.
	Title string `json:"title,omitempty"`
	// Outlet is the publisher's name or domain ("internewscast.com").
	Outlet string `json:"outlet,omitempty"`
	// Published is the publication date; the zero time when unknown. When
	// only a date is known the time is midnight in Timezone.
	Published time.Time `json:"-"`
	// Timezone is the IANA time zone of the dateline ("Australia/Sydney"),
	// "" when unknown (UTC is then assumed).
	Timezone string `json:"timezone,omitempty"`
	// Dateline is the dateline text found at the top of the story
	// ("KYIV, Aug 17 (Reuters) -"), removed from Text.
	Dateline string `json:"dateline,omitempty"`
	// Author is the byline, where one was found.
	Author string `json:"author,omitempty"`
	// Text is the clean article body: paragraphs separated by "\n".
	Text string `json:"text"`
	// Provenance says how the article arrived.
	Provenance Provenance `json:"provenance"`
	// DuplicateOf is the ID of the earlier article this one is a copy or
	// near-copy of, "" when it is original.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Warnings are non-fatal problems met while reading the article
	// ("decoded from windows-1252").
	Warnings []string `json:"warnings,omitempty"`
}

// Provenance records how an article entered dyad.
type Provenance struct {
	// Source names the input: a file path, "stdin", or a URL.
	Source string `json:"source,omitempty"`
	// Line is the 1-based line or record number within Source for
	// multi-article inputs (JSONL, CSV, feeds), 0 otherwise.
	Line int `json:"line,omitempty"`
	// Format is the detected input format: txt, html, jsonl, csv, feed, warc.
	Format string `json:"format,omitempty"`
	// Ingested is when the article was stored; zero before that.
	Ingested time.Time `json:"ingested,omitzero"`
}

// Location returns the article's time zone, UTC when it is unknown or
// invalid.
func (a *Article) Location() *time.Location {
	if a.Timezone != "" {
		if loc, err := time.LoadLocation(a.Timezone); err == nil {
			return loc
		}
	}
	return time.UTC
}

// PublishedDate returns the publication date as YYYY-MM-DD in the article's
// time zone, or "" when unknown.
func (a *Article) PublishedDate() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.In(a.Location()).Format(time.DateOnly)
}

// Validate reports a CodeInvalid error when the article cannot be stored.
func (a *Article) Validate() error {
	switch {
	case strings.TrimSpace(a.Text) == "":
		return Errorf(CodeInvalid, "article has no text")
	case a.ID == "":
		return Errorf(CodeInvalid, "article has no ID")
	}
	if a.Timezone != "" {
		if _, err := time.LoadLocation(a.Timezone); err != nil {
			return Errorf(CodeInvalid, "article timezone %q: %v", a.Timezone, err)
		}
	}
	return nil
}

// ArticleID returns the content hash that identifies an article with this
// clean text: the hex SHA-256 of the text with case folded, typographic
// quotes mapped to ASCII and runs of whitespace collapsed, truncated to 32
// hex digits. Two copies that differ only in spacing, case or quote style
// get the same ID.
func ArticleID(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:16])
}

// NormalizeText folds text for identity comparisons: lower case, ASCII
// quotes and dashes, single spaces, no leading or trailing space.
func NormalizeText(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(FoldRune(unicode.ToLower(r)))
	}
	return b.String()
}

// FoldRune maps typographic quotes, apostrophes and dashes to their ASCII
// forms and returns other runes unchanged.
func FoldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	case '\u00a0', '\u2009', '\u202f':
		return ' '
	}
	return r
}
