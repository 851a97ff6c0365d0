package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ingest"
)

// maxFuzzInput caps fuzz inputs.
const maxFuzzInput = 1 << 16

// fuzzRead reads b as the given format and checks that nothing panics,
// that every problem is a *dyad.SourceError, and that every article is
// valid, clean UTF-8 with the right ID.
func fuzzRead(t *testing.T, format string, b []byte) {
	if len(b) > maxFuzzInput {
		return
	}
	src := ingest.NewStream(bytes.NewReader(b), "fuzz", ingest.Options{Format: format, MaxRecordBytes: 1 << 15, MaxFeedBytes: 1 << 16})
	for i := 0; ; i++ {
		if i > 10000 {
			t.Fatalf("reader did not stop")
		}
		a, err := src.Next(context.Background())
		if err == io.EOF {
			return
		}
		if err != nil {
			var se *dyad.SourceError
			if !errors.As(err, &se) {
				t.Fatalf("Next: %v is not a *dyad.SourceError", err)
			}
			if se.Input != "fuzz" {
				t.Fatalf("error names input %q, want fuzz", se.Input)
			}
			continue
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("article text or title is not valid UTF-8: %q", a.Text)
		}
		if a.ID != dyad.ArticleID(a.Text) || a.Validate() != nil {
			t.Fatalf("invalid article: %+v", a)
		}
		if a.Text != strings.TrimSpace(a.Text) || strings.Contains(a.Text, "\n\n") {
			t.Fatalf("text not clean: %q", a.Text)
		}
		if a.Provenance.Format != format {
			t.Fatalf("format %q, want %q", a.Provenance.Format, format)
		}
	}
}

// addTestdata seeds f with the testdata inputs whose names end in suffix.
func addTestdata(f *testing.F, suffixes ...string) {
	for _, s := range suffixes {
		files, _ := filepath.Glob(filepath.Join("testdata", "*.input"+s))
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

// go test ./internal/ingest -run '^$' -fuzz FuzzReadTXT -fuzztime 60s
func FuzzReadTXT(f *testing.F) {
	addTestdata(f, ".txt")
	f.Add([]byte("Title\n\n\xff\xfe\x00"))
	f.Add([]byte("\xff\xfeT\x00i\x00\n\x00\n\x00x\x00"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ingest.FormatTXT, b) })
}

// go test ./internal/ingest -run '^$' -fuzz FuzzReadHTML -fuzztime 60s
func FuzzReadHTML(f *testing.F) {
	addTestdata(f, ".html")
	f.Add([]byte("<html><body><p>x</p><script>y</script></body></html>"))
	f.Add([]byte(`<meta charset="shift_jis"><p>` + "\x82\xb1\x82\xf1" + `</p>`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ingest.FormatHTML, b) })
}

// go test ./internal/ingest -run '^$' -fuzz FuzzReadJSONL -fuzztime 60s
func FuzzReadJSONL(f *testing.F) {
	addTestdata(f, ".jsonl")
	f.Add([]byte(`{"text": 5, "html": "<p>a</p>", "published": 1700000000, "author": ["a", "b"], "source": {"name": "x"}}`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ingest.FormatJSONL, b) })
}

// go test ./internal/ingest -run '^$' -fuzz FuzzReadCSV -fuzztime 60s
func FuzzReadCSV(f *testing.F) {
	addTestdata(f, ".csv")
	f.Add([]byte("title\ttext\nA\tB text here.\n"))
	f.Add([]byte("text;date\n\"a \"\"b\"\" c\";2020-02-30\n"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ingest.FormatCSV, b) })
}

// go test ./internal/ingest -run '^$' -fuzz FuzzReadFeed -fuzztime 60s
func FuzzReadFeed(f *testing.F) {
	addTestdata(f, ".rss", ".atom")
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ingest.FormatFeed, b) })
}

// go test ./internal/ingest -run '^$' -fuzz FuzzReadWARC -fuzztime 60s
func FuzzReadWARC(f *testing.F) {
	addTestdata(f, ".warc", ".warc.gz")
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ingest.FormatWARC, b) })
}
