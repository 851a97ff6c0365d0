package dyad

import (
	"encoding/json"
	"time"
)

// Document is one article with everything the pipeline found in it. Stages
// add to it in order (segment, actors, places, times, quotes, events) and
// never change Article.Text.
//
// Its JSON form is the `dyad code` document, a stable interface described
// in docs/document.md: fields may be added, existing ones keep their names
// and meaning.
type Document struct {
	Article   *Article   `json:"article"`
	Sentences []Sentence `json:"sentences"`
	Mentions  []Mention  `json:"mentions"`
	// Actors are the distinct actors of Mentions (see Entities), in order
	// of first mention; the actors stage sets them, and stores recompute
	// them when they load a document.
	Actors []Entity   `json:"actors"`
	Places []Place    `json:"places"`
	Times  []TimeExpr `json:"times"`
	Quotes []Quote    `json:"quotes"`
	Events []Event    `json:"events"`
}

// NewDocument returns an empty document for a, with all lists non-nil so
// they encode as [] rather than null.
func NewDocument(a *Article) *Document {
	return &Document{
		Article:   a,
		Sentences: []Sentence{},
		Mentions:  []Mention{},
		Actors:    []Entity{},
		Places:    []Place{},
		Times:     []TimeExpr{},
		Quotes:    []Quote{},
		Events:    []Event{},
	}
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (d *Document) SentenceAt(off int) int { return SentenceIndex(d.Sentences, off) }

// SentenceIndex returns the index of the sentence in sents (ordered, not
// overlapping) that contains byte offset off, or -1, by binary search.
func SentenceIndex(sents []Sentence, off int) int {
	lo, hi := 0, len(sents)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := sents[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Text returns the text s covers in the document's article.
func (d *Document) Text(s Span) string { return s.In(d.Article.Text) }

// articleJSON is the wire form of Article: Published as an ISO date (or
// RFC 3339 when it carries a time of day).
type articleJSON struct {
	ID          string     `json:"id"`
	URL         string     `json:"url,omitempty"`
	Title       string     `json:"title,omitempty"`
	Outlet      string     `json:"outlet,omitempty"`
	Published   string     `json:"published,omitempty"`
	Timezone    string     `json:"timezone,omitempty"`
	Dateline    string     `json:"dateline,omitempty"`
	Author      string     `json:"author,omitempty"`
	Text        string     `json:"text"`
	Provenance  Provenance `json:"provenance"`
	DuplicateOf string     `json:"duplicate_of,omitempty"`
	Warnings    []string   `json:"warnings,omitempty"`
}

// MarshalJSON encodes the article with Published as "2025-08-18" when it
// is a date alone, else as RFC 3339.
func (a *Article) MarshalJSON() ([]byte, error) {
	return json.Marshal(articleJSON{
		ID: a.ID, URL: a.URL, Title: a.Title, Outlet: a.Outlet,
		Published: FormatPublished(a.Published, a.Location()), Timezone: a.Timezone,
		Dateline: a.Dateline, Author: a.Author, Text: a.Text, Provenance: a.Provenance,
		DuplicateOf: a.DuplicateOf, Warnings: a.Warnings,
	})
}

// UnmarshalJSON decodes the form MarshalJSON writes.
func (a *Article) UnmarshalJSON(b []byte) error {
	var j articleJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Article{ID: j.ID, URL: j.URL, Title: j.Title, Outlet: j.Outlet, Timezone: j.Timezone,
		Dateline: j.Dateline, Author: j.Author, Text: j.Text, Provenance: j.Provenance,
		DuplicateOf: j.DuplicateOf, Warnings: j.Warnings}
	if j.Published != "" {
		t, err := ParsePublished(j.Published, a.Location())
		if err != nil {
			return err
		}
		a.Published = t
	}
	return nil
}

// FormatPublished formats a publication time in loc: a date alone when it
// is midnight there, else RFC 3339; "" for the zero time.
func FormatPublished(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(loc)
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// ParsePublished parses a publication date given as an ISO date
// (midnight in loc), RFC 3339, or "2006-01-02 15:04:05" with an optional
// trailing Z (UTC). It returns a CodeInvalid error for anything else.
func ParsePublished(s string, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05Z", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		l := loc
		if layout == "2006-01-02 15:04:05Z" {
			l = time.UTC
		}
		if t, err := time.ParseInLocation(layout, s, l); err == nil {
			return t, nil
		}
	}
	return time.Time{}, Errorf(CodeInvalid, "publication date %q: want YYYY-MM-DD or RFC 3339", s)
}
