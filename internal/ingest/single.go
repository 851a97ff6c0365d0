package ingest

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/clean"
)

// singleReader reads a one-article input: plain text or an HTML page.
type singleReader struct {
	br   *bufio.Reader
	max  int
	kind string
	done bool
}

func (s *singleReader) format() string { return s.kind }

func (s *singleReader) next() (*record, error) {
	if s.done {
		return nil, io.EOF
	}
	s.done = true
	b, err := readLimited(s.br, s.max)
	if err != nil {
		return nil, err
	}
	if isBinary(b) {
		return nil, ErrBinary
	}
	if s.kind == FormatHTML {
		text, warn, err := decodeHTML(b, "")
		if err != nil {
			return nil, err
		}
		rec := &record{html: text}
		if warn != "" {
			rec.warnings = append(rec.warnings, warn)
		}
		return rec, nil
	}
	text, warn, err := decodeText(b)
	if err != nil {
		return nil, err
	}
	rec := &record{}
	if warn != "" {
		rec.warnings = append(rec.warnings, warn)
	}
	rec.title, rec.text = splitTitle(text)
	if strings.TrimSpace(rec.text) == "" {
		return nil, fmt.Errorf("%w: only white space", ErrEmpty)
	}
	return rec, nil
}

// Limits on a first line taken as the title of a plain-text article.
const (
	maxTitleRunes = 200
	maxTitleWords = 25
)

// splitTitle returns the headline of a plain-text article and the rest:
// the first line is the headline when it is short, does not end like a
// sentence or a clause (".", ",", ";", ":"), is not a date, dateline or
// debris line, and either a blank line follows it or it is shaped like a
// headline (see clean.IsHeadline). Otherwise the title is "" and
// the text is returned whole.
func splitTitle(text string) (title, body string) {
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	nl := strings.IndexByte(t, '\n')
	if nl < 0 {
		return "", text
	}
	first := strings.TrimSpace(t[:nl])
	rest := t[nl+1:]
	if strings.TrimSpace(rest) == "" {
		return "", text
	}
	// A blank line must follow, unless the line is headline-shaped.
	nl2 := strings.IndexByte(rest, '\n')
	blank := nl2 >= 0 && strings.TrimSpace(rest[:nl2]) == ""
	if !blank && !clean.IsHeadline(first) {
		return "", text
	}
	if first == "" || utf8.RuneCountInString(first) > maxTitleRunes || len(strings.Fields(first)) > maxTitleWords {
		return "", text
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune(".,;:", last) {
		return "", text
	}
	if clean.LineRule(first) != "" {
		return "", text
	}
	return strings.Join(strings.Fields(first), " "), rest
}
