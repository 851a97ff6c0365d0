package dyad

import "context"

// Source yields articles one at a time. Next returns io.EOF when there are
// no more. An error that concerns one input (a malformed JSONL line) is
// returned as a *SourceError, after which Next may be called again to go
// on with the rest; any other error ends the source.
type Source interface {
	Next(ctx context.Context) (*Article, error)
}

// SourceError is a problem with one input of a Source: it names the input,
// the line or record when there is one, and the reason. The source can go
// on after it.
type SourceError struct {
	Input string // file path, "stdin" or URL
	Line  int    // 1-based line or record number, 0 when not applicable
	Err   error
}

// Error implements the error interface.
func (e *SourceError) Error() string {
	if e.Line > 0 {
		return e.Input + ":" + itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.Input + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *SourceError) Unwrap() error { return e.Err }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Stage is one step of the NLP pipeline. Process adds annotations to doc;
// it never changes doc.Article.Text, and it may read what earlier stages
// added. A Stage is safe for concurrent use by multiple goroutines on
// different documents. Process checks ctx at least once per document.
type Stage interface {
	Name() string
	Process(ctx context.Context, doc *Document) error
}
