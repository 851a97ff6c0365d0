package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/dyad-events/dyad"
)

// Default limits.
const (
	// DefaultMaxRecordBytes bounds one record: a text or HTML file, a
	// JSONL line, a CSV row, a WARC payload.
	DefaultMaxRecordBytes = 16 << 20
	// DefaultMaxFeedBytes bounds one RSS or Atom feed, which is parsed
	// whole.
	DefaultMaxFeedBytes = 64 << 20
)

// sniffBytes is how much of an input is looked at to tell its format.
const sniffBytes = 8 << 10

// Meta holds metadata given by the user; non-zero fields override what
// the input itself says.
type Meta struct {
	URL    string // where the article was published
	Title  string // the headline; a first paragraph repeating it is dropped
	Outlet string // publisher name or domain
	// Timezone is an IANA name; publication dates without a zone are read
	// in it.
	Timezone string
	// Published is the publication time; a date alone is midnight in
	// Timezone.
	Published time.Time
}

// Options configures a Reader. The zero value reads with the defaults.
type Options struct {
	// Meta overrides metadata of every article read (meant for single
	// inputs).
	Meta Meta
	// Format forces the input format (one of the Format* constants)
	// instead of telling it from the file name and content.
	Format string
	// Stdin is read for the path "-"; os.Stdin when nil.
	Stdin io.Reader
	// MaxRecordBytes bounds one record (DefaultMaxRecordBytes when 0).
	MaxRecordBytes int
	// MaxFeedBytes bounds one feed (DefaultMaxFeedBytes when 0).
	MaxFeedBytes int
	// Logger receives debug messages about skipped files and records;
	// slog.Default when nil.
	Logger *slog.Logger
}

// Reader is a dyad.Source over files, directories (walked recursively, in
// lexical order, skipping hidden files), "-" for stdin, or one stream.
// Each input's format is told from its name (a ".gz" suffix is
// decompressed) or, failing that, from its content.
//
// Problems with one input or one record are returned by Next as a
// *dyad.SourceError naming the input and line, and reading goes on with
// the next record or input. Memory is bounded by the record limits in
// Options; no input is read whole unless it is a single record.
//
// A Reader is not safe for concurrent use.
type Reader struct {
	opts  Options
	queue []input

	cur      recordReader
	curIn    input
	closer   io.Closer
	curOK    int // articles returned from cur
	curFails int // record errors returned from cur
}

// input is one path to read, or one stream.
type input struct {
	path     string    // file path, "-" for stdin
	name     string    // the name used in errors and provenance
	stream   io.Reader // when set, read instead of path
	explicit bool      // named by the caller, not found by walking
}

var _ dyad.Source = (*Reader)(nil)

// NewSource returns a Reader over paths: files, directories and "-" for
// stdin.
func NewSource(paths []string, opts Options) *Reader {
	r := &Reader{opts: withDefaults(opts)}
	for _, p := range paths {
		r.queue = append(r.queue, input{path: p, name: p, explicit: true})
	}
	return r
}

// NewStream returns a Reader over one stream; name stands for it in errors
// and provenance, and its extension (if any) hints at the format.
func NewStream(rd io.Reader, name string, opts Options) *Reader {
	r := &Reader{opts: withDefaults(opts)}
	r.queue = []input{{path: name, name: name, stream: rd, explicit: true}}
	return r
}

func withDefaults(o Options) Options {
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = DefaultMaxRecordBytes
	}
	if o.MaxFeedBytes <= 0 {
		o.MaxFeedBytes = DefaultMaxFeedBytes
	}
	return o
}

// ReadArticle reads the one article in path ("-" for stdin), in any
// format the Reader knows. It returns a *dyad.SourceError when the input
// cannot be read, holds no article, or holds more than one (ErrMultiple).
func ReadArticle(path string, meta Meta) (*dyad.Article, error) {
	return readOne(NewSource([]string{path}, Options{Meta: meta}), path)
}

// ReadArticleFrom is ReadArticle for a stream; name stands for it.
func ReadArticleFrom(rd io.Reader, name string, opts Options) (*dyad.Article, error) {
	return readOne(NewStream(rd, name, opts), name)
}

func readOne(src *Reader, name string) (*dyad.Article, error) {
	defer src.Close()
	ctx := context.Background()
	a, err := src.Next(ctx)
	if err != nil {
		if err == io.EOF {
			return nil, &dyad.SourceError{Input: name, Err: ErrEmpty}
		}
		return nil, err
	}
	if _, err := src.Next(ctx); err != io.EOF {
		return nil, &dyad.SourceError{Input: name, Err: fmt.Errorf("%w; read it with dyad ingest", ErrMultiple)}
	}
	return a, nil
}

// Close releases the input being read, if any. Next after Close goes on
// with the inputs not yet opened.
func (r *Reader) Close() error {
	var err error
	if r.closer != nil {
		err = r.closer.Close()
	}
	r.cur, r.closer = nil, nil
	return err
}

// Next returns the next article, io.EOF after the last, or a
// *dyad.SourceError for an input or record that could not be read (call
// Next again to go on). It returns ctx.Err() when ctx is done.
func (r *Reader) Next(ctx context.Context) (*dyad.Article, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if r.cur != nil {
			a, err := r.nextFromCurrent()
			if a != nil || err != nil {
				return a, err
			}
			continue
		}
		if len(r.queue) == 0 {
			return nil, io.EOF
		}
		in := r.queue[0]
		r.queue = r.queue[1:]
		if in.path == "-" && in.stream == nil {
			in.name = "stdin"
		}
		if err := r.open(in); err != nil {
			return nil, &dyad.SourceError{Input: in.name, Err: err}
		}
	}
}

// nextFromCurrent reads one record of the current input. It returns
// (nil, nil) when the input is done.
func (r *Reader) nextFromCurrent() (*dyad.Article, error) {
	in := r.curIn
	rec, err := r.cur.next()
	if err != nil {
		var re *recordError
		switch {
		case errors.As(err, &re):
			r.curFails++
			return nil, &dyad.SourceError{Input: in.name, Line: re.line, Err: re.err}
		case err == io.EOF:
			empty := r.curOK == 0 && r.curFails == 0
			r.Close()
			if empty {
				return nil, &dyad.SourceError{Input: in.name, Err: fmt.Errorf("%w: no articles found", ErrEmpty)}
			}
			return nil, nil
		default:
			r.Close()
			return nil, &dyad.SourceError{Input: in.name, Err: err}
		}
	}
	a, err := build(rec, provenanceName(in), r.curFormat(), r.opts.Meta)
	if err != nil {
		r.curFails++
		return nil, &dyad.SourceError{Input: in.name, Line: rec.line, Err: err}
	}
	r.curOK++
	return a, nil
}

func (r *Reader) curFormat() string { return r.cur.format() }

func provenanceName(in input) string {
	if in.path == "-" && in.stream == nil {
		return "stdin"
	}
	return in.name
}

// open starts reading one input: it expands a directory into the queue,
// or sets up the record reader for a file or stream.
func (r *Reader) open(in input) error {
	var rd io.Reader
	var closer io.Closer
	switch {
	case in.stream != nil:
		rd = in.stream
	case in.path == "-":
		rd = r.opts.Stdin
	default:
		fi, err := os.Stat(in.path)
		if err != nil {
			return unwrapPathError(err)
		}
		if fi.IsDir() {
			return r.expand(in.path)
		}
		if _, _, ext := formatOf(in.path); unsupported[ext] && r.opts.Format == "" {
			return fmt.Errorf("%w: %s files are not read", ErrUnknownFormat, ext)
		}
		f, err := os.Open(in.path)
		if err != nil {
			return unwrapPathError(err)
		}
		rd, closer = f, f
	}
	name := in.name
	if in.path == "-" && in.stream == nil {
		name = ""
	}
	rr, err := r.newRecordReader(rd, name, 0)
	if err != nil {
		if closer != nil {
			closer.Close()
		}
		return err
	}
	r.cur, r.curIn, r.closer, r.curOK, r.curFails = rr, in, closer, 0, 0
	return nil
}

// unwrapPathError drops the *fs.PathError wrapper, whose path the
// SourceError names already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// expand puts the entries of directory dir at the front of the queue, in
// lexical order, skipping hidden entries and symbolic links to
// directories (which could loop).
func (r *Reader) expand(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return unwrapPathError(err)
	}
	var sub []input
	for _, e := range ents {
		name := e.Name()
		p := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") {
			r.opts.Logger.Debug("skip hidden file", "path", p)
			continue
		}
		if isProjectFile(name) {
			r.opts.Logger.Debug("skip read-me or licence file", "path", p)
			continue
		}
		t := e.Type()
		if t&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err == nil && fi.IsDir() {
				r.opts.Logger.Debug("skip symbolic link to directory", "path", p)
				continue
			}
		} else if !t.IsDir() && !t.IsRegular() {
			r.opts.Logger.Debug("skip special file", "path", p)
			continue
		}
		sub = append(sub, input{path: p, name: p})
	}
	r.queue = append(sub, r.queue...)
	return nil
}

// newRecordReader tells the format of rd (from name and content) and
// returns the reader for it. depth counts nested decompressions.
func (r *Reader) newRecordReader(rd io.Reader, name string, depth int) (recordReader, error) {
	br := bufio.NewReaderSize(rd, 64<<10)
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")))) == 0 {
		if len(head) == 0 {
			return nil, ErrEmpty
		}
		return nil, fmt.Errorf("%w: only white space", ErrEmpty)
	}
	format, gz, _ := formatOf(name)
	if r.opts.Format != "" {
		format = r.opts.Format
	}
	// Gzip: WARC readers take it as is (records are often compressed one
	// by one); anything else is decompressed and told again.
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b && format != FormatWARC {
		if depth > 1 {
			return nil, fmt.Errorf("%w: nested compression", ErrUnknownFormat)
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %v", ErrMalformed, err)
		}
		inner := name
		if gz {
			inner = name[:len(name)-3]
		} else {
			inner = ""
		}
		return r.newRecordReader(zr, inner, depth+1)
	}
	// UTF-16 with a byte order mark: decode the stream to UTF-8.
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		if depth > 2 {
			return nil, fmt.Errorf("%w: nested encodings", ErrUnknownFormat)
		}
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		rr, err := r.newRecordReader(transform.NewReader(br, dec), name, depth+1)
		if err != nil {
			return nil, err
		}
		return &warnReader{recordReader: rr, warning: "decoded from UTF-16"}, nil
	}
	if format == "" {
		format = sniff(head)
	}
	if format == "" {
		return nil, fmt.Errorf("%w: content is not text, HTML, JSONL, CSV, RSS/Atom or WARC", ErrUnknownFormat)
	}
	if format != FormatWARC && isBinary(head) {
		return nil, ErrBinary
	}
	max := r.opts.MaxRecordBytes
	switch format {
	case FormatTXT:
		return &singleReader{br: br, max: max, kind: FormatTXT}, nil
	case FormatHTML:
		return &singleReader{br: br, max: max, kind: FormatHTML}, nil
	case FormatJSONL:
		dir := "."
		if name != "" {
			dir = filepath.Dir(name)
		}
		return newJSONLReader(br, max, dir), nil
	case FormatCSV:
		return newCSVReader(br, max)
	case FormatFeed:
		return newFeedReader(br, r.opts.MaxFeedBytes)
	case FormatWARC:
		return newWARCReader(br, max, r.opts.Logger)
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

// recordReader reads the records of one input. next returns io.EOF at the
// end, a *recordError for a bad record (next may be called again), or
// another error that ends the input.
type recordReader interface {
	next() (*record, error)
	format() string
}

// warnReader adds a warning to every record of the reader it wraps.
type warnReader struct {
	recordReader
	warning string
}

func (w *warnReader) next() (*record, error) {
	rec, err := w.recordReader.next()
	if rec != nil {
		rec.warnings = append([]string{w.warning}, rec.warnings...)
	}
	return rec, err
}

// readLimited reads all of rd up to max bytes; more is ErrTooLarge. The
// buffer doubles as it grows, so reading n bytes allocates about 2n.
func readLimited(rd io.Reader, max int) ([]byte, error) {
	b := make([]byte, 0, min(16<<10, max))
	for {
		if len(b) == cap(b) {
			if len(b) >= max {
				// Full: one more byte means too large.
				var probe [1]byte
				n, err := io.ReadFull(rd, probe[:])
				if n > 0 {
					return nil, fmt.Errorf("%w: more than %d bytes (the limit for one article)", ErrTooLarge, max)
				}
				if err != nil && err != io.EOF {
					return nil, fmt.Errorf("read: %w", err)
				}
				return b, nil
			}
			nb := make([]byte, len(b), min(2*cap(b), max))
			copy(nb, b)
			b = nb
		}
		n, err := rd.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			if len(b) > max {
				return nil, fmt.Errorf("%w: more than %d bytes (the limit for one article)", ErrTooLarge, max)
			}
			return b, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read: %w", err)
		}
	}
}

// projectFiles are upper-case base names of the read-me, licence and
// similar files that sit beside data sets; a directory walk skips them
// (naming one explicitly reads it).
var projectFiles = map[string]bool{
	"README": true, "LICENSE": true, "LICENCE": true, "COPYING": true, "NOTICE": true,
	"CHANGELOG": true, "AUTHORS": true, "CONTRIBUTING": true, "CITATION": true,
}

// isProjectFile reports whether a file name is a read-me or licence file
// ("README.md", "LICENSE", "README.source.md").
func isProjectFile(name string) bool {
	base, _, _ := strings.Cut(name, ".")
	return projectFiles[strings.ToUpper(base)]
}
