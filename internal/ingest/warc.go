package ingest

import (
	"bufio"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// warcReader reads one article per HTML response record of a WARC file
// (plain or with gzip-compressed records). Other records (requests,
// metadata, non-HTML or unsuccessful responses) are skipped.
type warcReader struct {
	wr     *gowarc.WarcFileReader
	max    int
	n      int // records read
	logger *slog.Logger
}

func newWARCReader(br *bufio.Reader, max int, logger *slog.Logger) (*warcReader, error) {
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
		gowarc.WithBufferMaxMemBytes(int64(max)))
	if err != nil {
		return nil, fmt.Errorf("%w: WARC: %v", ErrMalformed, err)
	}
	return &warcReader{wr: wr, max: max, logger: logger}, nil
}

func (w *warcReader) format() string { return FormatWARC }

func (w *warcReader) next() (*record, error) {
	for {
		rec, err := w.wr.Next()
		if err == io.EOF {
			return nil, io.EOF
		}
		w.n++
		if err != nil {
			if rec.WarcRecord != nil {
				rec.WarcRecord.Close()
			}
			return nil, fmt.Errorf("%w: WARC record %d: %v", ErrMalformed, w.n, err)
		}
		r, rerr := w.article(rec.WarcRecord)
		rec.WarcRecord.Close()
		if rerr != nil {
			return nil, &recordError{line: w.n, err: rerr}
		}
		if r != nil {
			r.line = w.n
			return r, nil
		}
	}
}

// article returns the record for an HTML response, nil for a WARC record
// that holds no article.
func (w *warcReader) article(wr gowarc.WarcRecord) (*record, error) {
	if wr == nil || wr.Type() != gowarc.Response {
		return nil, nil
	}
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, nil
	}
	target := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	if code := blk.HttpStatusCode(); code < 200 || code > 299 {
		w.logger.Debug("skip WARC response", "uri", target, "status", code)
		return nil, nil
	}
	ct := ""
	if h := blk.HttpHeader(); h != nil {
		ct = h.Get("Content-Type")
	}
	if ct != "" && !strings.Contains(strings.ToLower(ct), "html") {
		w.logger.Debug("skip WARC response", "uri", target, "content_type", ct)
		return nil, nil
	}
	payload, err := blk.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("%w: WARC payload of %s: %v", ErrMalformed, target, err)
	}
	b, err := readLimited(payload, w.max)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", target, err)
	}
	if ct == "" && sniff(b) != FormatHTML {
		return nil, nil
	}
	text, warn, err := decodeHTML(b, ct)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", target, err)
	}
	rec := &record{url: target, html: text}
	if warn != "" {
		rec.warnings = append(rec.warnings, warn)
	}
	return rec, nil
}
