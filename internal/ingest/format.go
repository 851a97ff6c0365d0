package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Input formats, as set in Options.Format and reported in
// dyad.Provenance.Format.
const (
	FormatTXT   = "txt"   // plain text, one article per file
	FormatHTML  = "html"  // an HTML page, one article per file
	FormatJSONL = "jsonl" // one JSON object per line
	FormatCSV   = "csv"   // a header row, then one article per row
	FormatFeed  = "feed"  // RSS or Atom, one article per item
	FormatWARC  = "warc"  // WARC, one article per HTML response record
)

// formats maps file extensions (lower case, with the dot) to formats.
var formats = map[string]string{
	".txt": FormatTXT, ".text": FormatTXT,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML, ".shtml": FormatHTML,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
	".csv": FormatCSV, ".tsv": FormatCSV,
	".rss": FormatFeed, ".atom": FormatFeed,
	".warc": FormatWARC, ".arc": FormatWARC,
}

// unsupported are extensions of formats dyad does not read; inputs with
// them fail with ErrUnknownFormat without being opened.
var unsupported = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".odt": true, ".rtf": true, ".xls": true,
	".xlsx": true, ".ppt": true, ".pptx": true, ".zip": true, ".tar": true, ".tgz": true,
	".7z": true, ".rar": true, ".bz2": true, ".xz": true, ".zst": true, ".png": true,
	".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".svg": true, ".mp3": true,
	".mp4": true, ".mov": true, ".exe": true, ".so": true, ".dll": true, ".epub": true,
	".parquet": true, ".db": true, ".sqlite": true,
}

// formatOf returns the format named by the extension of name (after a
// ".gz"), whether name ends in ".gz", and the extension itself. The format
// is "" when the extension does not name one.
func formatOf(name string) (format string, gz bool, ext string) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		gz = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	ext = filepath.Ext(lower)
	return formats[ext], gz, ext
}

// htmlStarts are lower-case openings of HTML documents and fragments.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
	"<article", "<div", "<p>", "<p ", "<h1", "<main", "<section", "<!--", "<link", "<script", "<style"}

// sniff guesses the format of content from its first bytes (after a BOM
// and leading space). It returns "" when nothing fits a readable format:
// XML that is not a feed, a JSON array.
func sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return FormatWARC
	}
	lower := bytes.ToLower(head[:min(len(head), 2048)])
	switch {
	case bytes.HasPrefix(lower, []byte("<?xml")), bytes.HasPrefix(lower, []byte("<rss")),
		bytes.HasPrefix(lower, []byte("<feed")), bytes.HasPrefix(lower, []byte("<rdf:rdf")):
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return FormatFeed
		}
		if bytes.Contains(lower, []byte("<html")) {
			return FormatHTML
		}
		return ""
	case bytes.HasPrefix(lower, []byte("{")):
		// A pretty-printed JSON document opens with "{" alone on its
		// line; JSON Lines hold a whole object per line.
		if len(bytes.TrimSpace(firstLine(head))) == 1 {
			return ""
		}
		return FormatJSONL
	case bytes.HasPrefix(lower, []byte("[")):
		return ""
	}
	for _, s := range htmlStarts {
		if bytes.HasPrefix(lower, []byte(s)) {
			return FormatHTML
		}
	}
	if lower[0] == '<' && (bytes.Contains(lower, []byte("</p>")) || bytes.Contains(lower, []byte("<br"))) {
		return FormatHTML
	}
	if isCSVHeader(firstLine(head)) {
		return FormatCSV
	}
	return FormatTXT
}

// firstLine returns b up to its first newline.
func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return bytes.TrimRight(b[:i], "\r")
	}
	return b
}

// isCSVHeader reports whether line is a CSV (or TSV) header naming a text
// or html column and at least one other column.
func isCSVHeader(line []byte) bool {
	if len(line) > 2000 {
		return false
	}
	sep := csvSeparator(line)
	fields := strings.Split(string(line), string(sep))
	if len(fields) < 2 {
		return false
	}
	for _, f := range fields {
		f = strings.ToLower(strings.Trim(strings.TrimSpace(f), `"`))
		if fieldKind(f) == fieldText || fieldKind(f) == fieldHTML {
			return true
		}
	}
	return false
}

// csvSeparator picks the field separator of a header line: the most
// frequent of comma, tab and semicolon.
func csvSeparator(line []byte) rune {
	sep, best := ',', bytes.Count(line, []byte(","))
	for _, c := range []rune{'\t', ';'} {
		if n := bytes.Count(line, []byte(string(c))); n > best {
			sep, best = c, n
		}
	}
	return sep
}
