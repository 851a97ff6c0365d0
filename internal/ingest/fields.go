package ingest

import "strings"

// Kinds of JSONL keys and CSV columns.
const (
	fieldNone = iota
	fieldURL
	fieldTitle
	fieldPublished
	fieldOutlet
	fieldTimezone
	fieldAuthor
	fieldText
	fieldHTML
	fieldFile
)

// fieldNames maps lower-case key or column names, with their aliases, to
// field kinds.
var fieldNames = map[string]int{
	"url": fieldURL, "link": fieldURL, "href": fieldURL, "uri": fieldURL, "canonical_url": fieldURL,
	"title": fieldTitle, "headline": fieldTitle,
	"published": fieldPublished, "date": fieldPublished, "pubdate": fieldPublished,
	"pub_date": fieldPublished, "published_at": fieldPublished, "publish_date": fieldPublished,
	"publication_date": fieldPublished, "datetime": fieldPublished, "date_published": fieldPublished,
	"outlet": fieldOutlet, "source": fieldOutlet, "site": fieldOutlet, "site_name": fieldOutlet,
	"publisher": fieldOutlet, "domain": fieldOutlet, "media": fieldOutlet,
	"timezone": fieldTimezone, "tz": fieldTimezone, "time_zone": fieldTimezone,
	"author": fieldAuthor, "authors": fieldAuthor, "byline": fieldAuthor,
	"text": fieldText, "body": fieldText, "content": fieldText, "article": fieldText,
	"story": fieldText, "maintext": fieldText, "full_text": fieldText, "fulltext": fieldText,
	"html": fieldHTML, "raw_html": fieldHTML, "body_html": fieldHTML, "content_html": fieldHTML,
	"file": fieldFile, "path": fieldFile, "filename": fieldFile,
}

// fieldKind returns the kind of a key or column name, fieldNone for names
// dyad does not use.
func fieldKind(name string) int {
	return fieldNames[strings.ToLower(strings.TrimSpace(name))]
}
