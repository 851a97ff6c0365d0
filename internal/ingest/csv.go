package ingest

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// csvReader reads one article per row of a CSV (or TSV) file whose header
// names the columns.
type csvReader struct {
	cr    *csv.Reader
	guard *budgetReader
	kinds []int // field kind of each column
	max   int
	done  bool
}

// newCSVReader reads the header and checks that it names a text or html
// column.
func newCSVReader(br *bufio.Reader, max int) (*csvReader, error) {
	head, _ := br.Peek(4096)
	sep := csvSeparator(firstLine(head))
	guard := &budgetReader{r: br, budget: int64(max) + 8<<10}
	cr := csv.NewReader(guard)
	cr.Comma = sep
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, fmt.Errorf("%w: CSV header longer than %d bytes", ErrTooLarge, max)
		}
		return nil, fmt.Errorf("%w: CSV header: %v", ErrMalformed, err)
	}
	c := &csvReader{cr: cr, guard: guard, max: max}
	hasText := false
	for _, h := range header {
		k := fieldKind(strings.TrimPrefix(h, "\ufeff"))
		c.kinds = append(c.kinds, k)
		if k == fieldText || k == fieldHTML {
			hasText = true
		}
	}
	if !hasText {
		return nil, fmt.Errorf("%w: CSV header %q names no text column (text, body, content or html)", ErrNoText, strings.Join(header, string(sep)))
	}
	cr.FieldsPerRecord = len(header)
	return c, nil
}

func (c *csvReader) format() string { return FormatCSV }

func (c *csvReader) next() (*record, error) {
	if c.done {
		return nil, io.EOF
	}
	c.guard.reset()
	row, err := c.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		switch {
		case err == io.EOF:
			c.done = true
			return nil, io.EOF
		case errors.Is(err, ErrTooLarge):
			// The row's end is unknown: stop reading this input.
			c.done = true
			return nil, fmt.Errorf("%w: a CSV row is longer than %d bytes; rest of the file skipped", ErrTooLarge, c.max)
		case errors.As(err, &pe) && errors.Is(err, csv.ErrFieldCount):
			return nil, &recordError{line: pe.StartLine, err: fmt.Errorf("%w: row has %d fields, the header %d", ErrMalformed, len(row), len(c.kinds))}
		case errors.As(err, &pe):
			return nil, &recordError{line: pe.StartLine, err: fmt.Errorf("%w: %v", ErrMalformed, pe.Err)}
		default:
			c.done = true
			return nil, fmt.Errorf("read: %w", err)
		}
	}
	line, _ := c.cr.FieldPos(0)
	rec := &record{line: line}
	for i, v := range row {
		if i >= len(c.kinds) || c.kinds[i] == fieldNone {
			continue
		}
		if !utf8.ValidString(v) {
			s, warn, err := decodeText([]byte(v))
			if err != nil {
				return nil, &recordError{line: line, err: err}
			}
			v = s
			rec.warnings = appendOnce(rec.warnings, warn)
		}
		setField(rec, c.kinds[i], strings.TrimSpace(v))
	}
	if strings.TrimSpace(rec.text) == "" && strings.TrimSpace(rec.html) == "" {
		return nil, &recordError{line: line, err: fmt.Errorf("%w: the text column is empty", ErrNoText)}
	}
	return rec, nil
}

func appendOnce(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// budgetReader fails with ErrTooLarge once more than budget bytes have
// been read since the last reset; it bounds what encoding/csv buffers for
// one row.
type budgetReader struct {
	r      io.Reader
	budget int64
	used   int64
}

func (b *budgetReader) reset() { b.used = 0 }

// Read reads from the underlying reader within the budget.
func (b *budgetReader) Read(p []byte) (int, error) {
	if b.used >= b.budget {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > b.budget-b.used {
		p = p[:b.budget-b.used]
	}
	n, err := b.r.Read(p)
	b.used += int64(n)
	return n, err
}
