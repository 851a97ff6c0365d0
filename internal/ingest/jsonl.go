package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonlReader reads one article per line of JSON. Lines longer than max are
// skipped (with an error) without being held in memory; blank lines are
// ignored.
type jsonlReader struct {
	br   *bufio.Reader
	max  int
	dir  string // directory that relative "file" paths are resolved in
	line int
	buf  []byte
}

func newJSONLReader(br *bufio.Reader, max int, dir string) *jsonlReader {
	return &jsonlReader{br: br, max: max, dir: dir}
}

func (j *jsonlReader) format() string { return FormatJSONL }

func (j *jsonlReader) next() (*record, error) {
	for {
		line, tooLong, err := readLine(j.br, j.max, &j.buf)
		if len(line) == 0 && !tooLong && err != nil {
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("read: %w", err)
		}
		j.line++
		if tooLong {
			return nil, &recordError{line: j.line, err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, j.max)}
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		rec, rerr := parseJSONRecord(line)
		if rerr == nil && rec.text == "" && rec.html == "" {
			rerr = loadFile(rec, j.dir, j.max)
		}
		if rerr != nil {
			return nil, &recordError{line: j.line, err: rerr}
		}
		rec.line = j.line
		return rec, nil
	}
}

// readLine reads one line (without its newline) into *buf. A line longer
// than max is consumed and discarded, and tooLong is set; memory stays
// within max plus the reader's buffer. err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int, buf *[]byte) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(*buf)+len(chunk) > max+1 {
				tooLong = true
				*buf = (*buf)[:0]
			} else {
				*buf = appendDoubling(*buf, chunk, max+1)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimRight(*buf, "\r\n"), tooLong, nil
		default:
			if tooLong {
				return nil, true, nil
			}
			return *buf, false, err
		}
	}
}

// parseJSONRecord parses one JSONL line into a record.
func parseJSONRecord(line []byte) (*record, error) {
	rec := &record{}
	if !utf8.Valid(line) {
		s, warn, err := decodeText(line)
		if err != nil {
			return nil, err
		}
		line = []byte(s)
		rec.warnings = append(rec.warnings, warn)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return nil, fmt.Errorf("%w: not a JSON object", ErrMalformed)
		}
		return nil, fmt.Errorf("%w: invalid JSON: %v", ErrMalformed, err)
	}
	if obj == nil {
		return nil, fmt.Errorf("%w: not a JSON object", ErrMalformed)
	}
	// Keys in a fixed order, so that the first of two aliases wins
	// deterministically.
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sortKeys(keys)
	for _, k := range keys {
		kind := fieldKind(k)
		if kind == fieldNone {
			continue
		}
		v := jsonString(obj[k])
		if v == "" {
			continue
		}
		setField(rec, kind, v)
	}
	if strings.TrimSpace(rec.text) == "" && strings.TrimSpace(rec.html) == "" && rec.file == "" {
		return nil, fmt.Errorf("%w: no text, html or file field", ErrNoText)
	}
	return rec, nil
}

// setField sets a record field from a value unless it is already set.
func setField(rec *record, kind int, v string) {
	set := func(p *string) {
		if *p == "" {
			*p = v
		}
	}
	switch kind {
	case fieldURL:
		set(&rec.url)
	case fieldTitle:
		set(&rec.title)
	case fieldPublished:
		set(&rec.dateText)
	case fieldOutlet:
		set(&rec.outlet)
	case fieldTimezone:
		set(&rec.timezone)
	case fieldAuthor:
		set(&rec.author)
	case fieldText:
		set(&rec.text)
	case fieldHTML:
		set(&rec.html)
	case fieldFile:
		set(&rec.file)
	}
}

// jsonString returns a JSON value as text: strings as they are, numbers
// in their literal form, arrays of strings joined with ", ", objects by
// their "name" member; "" for anything else.
func jsonString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return strings.TrimSpace(s)
		}
	case '[':
		var ss []json.RawMessage
		if json.Unmarshal(raw, &ss) == nil {
			var parts []string
			for _, s := range ss {
				if v := jsonString(s); v != "" {
					parts = append(parts, v)
				}
			}
			return strings.Join(parts, ", ")
		}
	case '{':
		var o map[string]json.RawMessage
		if json.Unmarshal(raw, &o) == nil {
			return jsonString(o["name"])
		}
	default:
		if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
			return string(raw)
		}
	}
	return ""
}

// canonical are the documented key names; they win over aliases.
var canonical = map[string]bool{"url": true, "title": true, "published": true, "outlet": true,
	"timezone": true, "author": true, "text": true, "html": true}

// sortKeys orders keys canonical names first, then by name.
func sortKeys(keys []string) {
	slices.SortFunc(keys, func(a, b string) int {
		ca, cb := canonical[strings.ToLower(a)], canonical[strings.ToLower(b)]
		switch {
		case ca && !cb:
			return -1
		case cb && !ca:
			return 1
		}
		return strings.Compare(a, b)
	})
}

// appendDoubling appends chunk to b, doubling the capacity when it must
// grow (up to limit), so that a long line allocates about twice its size.
func appendDoubling(b, chunk []byte, limit int) []byte {
	if need := len(b) + len(chunk); need > cap(b) {
		nb := make([]byte, len(b), min(max(2*cap(b), need, 4096), max(limit, need)))
		copy(nb, b)
		b = nb
	}
	return append(b, chunk...)
}

// loadFile reads the article a manifest line names in its "file" key
// (relative paths are resolved in dir): by its extension an HTML page,
// else plain text, whose title line is split off as for a text file.
func loadFile(rec *record, dir string, max int) error {
	p := rec.file
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("file %s: %w", rec.file, unwrapPathError(err))
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("file %s: %w: not a regular file", rec.file, ErrUnknownFormat)
	}
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("file %s: %w", rec.file, unwrapPathError(err))
	}
	defer f.Close()
	b, err := readLimited(f, max)
	if err != nil {
		return fmt.Errorf("file %s: %w", rec.file, err)
	}
	if isBinary(b) {
		return fmt.Errorf("file %s: %w", rec.file, ErrBinary)
	}
	if format, _, _ := formatOf(p); format == FormatHTML {
		text, warn, err := decodeHTML(b, "")
		if err != nil {
			return fmt.Errorf("file %s: %w", rec.file, err)
		}
		rec.html = text
		if warn != "" {
			rec.warnings = append(rec.warnings, warn)
		}
		return nil
	}
	text, warn, err := decodeText(b)
	if err != nil {
		return fmt.Errorf("file %s: %w", rec.file, err)
	}
	if warn != "" {
		rec.warnings = append(rec.warnings, warn)
	}
	title, body := splitTitle(text)
	if rec.title == "" {
		rec.title = title
	}
	if title != "" {
		text = body
	}
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("file %s: %w", rec.file, ErrEmpty)
	}
	rec.text = text
	return nil
}
