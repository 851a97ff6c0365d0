package ingest_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/ingest"
)

const goodText = "Storm hits coast\n\nA storm hit the coast on Monday, cutting power to thousands of homes, officials said.\n"

// write creates file name under dir with content and returns its path.
func write(t testing.TB, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReader_BadInput checks that each bad input gives one clear
// *dyad.SourceError naming it (and the line), and that the batch goes on
// to the good file after it.
func TestReader_BadInput(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		file    string
		content []byte
		path    string // instead of file: a path that is not created
		opts    ingest.Options
		want    error
		line    int
		code    string
		good    int // articles expected from the bad input itself
	}{
		{name: "ErrBinary", file: "image.txt", content: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), want: ingest.ErrBinary, code: dyad.CodeInvalid},
		{name: "ErrBinaryNoExtension", file: "blob", content: append([]byte("ELF"), make([]byte, 100)...), want: ingest.ErrBinary, code: dyad.CodeInvalid},
		{name: "ErrEmpty", file: "empty.txt", content: nil, want: ingest.ErrEmpty, code: dyad.CodeInvalid},
		{name: "ErrEmptyWhiteSpace", file: "blank.txt", content: []byte(" \n\n\t \n"), want: ingest.ErrEmpty, code: dyad.CodeInvalid},
		{name: "ErrEmptyJSONL", file: "blank.jsonl", content: []byte("\n\n"), want: ingest.ErrEmpty, code: dyad.CodeInvalid},
		{name: "ErrEmptyGzip", file: "empty.txt.gz", content: gz(t, nil), want: ingest.ErrEmpty, code: dyad.CodeInvalid},
		{name: "ErrNotExist", path: filepath.Join(dir, "missing.txt"), want: os.ErrNotExist, code: dyad.CodeInternal},
		{name: "ErrTooLargeText", file: "big.txt", content: bytes.Repeat([]byte("word "), 300), opts: ingest.Options{MaxRecordBytes: 1000}, want: ingest.ErrTooLarge, code: dyad.CodeTooLarge},
		{name: "ErrTooLargeJSONLLine", file: "big.jsonl", content: []byte(`{"text": "` + strings.Repeat("x", 5000) + `"}` + "\n" + `{"text": "A short story that is fine."}` + "\n"), opts: ingest.Options{MaxRecordBytes: 1000}, want: ingest.ErrTooLarge, line: 1, code: dyad.CodeTooLarge, good: 1},
		{name: "ErrTooLargeCSVRow", file: "big.csv", content: []byte("title,text\na,\"" + strings.Repeat("y ", 10000) + "\"\n"), opts: ingest.Options{MaxRecordBytes: 1000}, want: ingest.ErrTooLarge, code: dyad.CodeTooLarge},
		{name: "ErrMalformedJSONL", file: "bad.jsonl", content: []byte("{\"text\": \"Fine story about the vote.\"}\n{\"text\": \n"), want: ingest.ErrMalformed, line: 2, code: dyad.CodeInvalid, good: 1},
		{name: "ErrMalformedCSVRow", file: "bad.csv", content: []byte("title,text\nOne,The first story is fine.\nTwo\n"), want: ingest.ErrMalformed, line: 3, code: dyad.CodeInvalid, good: 1},
		{name: "ErrNoTextColumn", file: "notext.csv", content: []byte("title,date\nOne,2020-01-01\n"), want: ingest.ErrNoText, code: dyad.CodeInvalid},
		{name: "ErrNoTextJSONL", file: "notext.jsonl", content: []byte("{\"title\": \"x\"}\n"), want: ingest.ErrNoText, line: 1, code: dyad.CodeInvalid},
		{name: "ErrUnknownFormatPDF", file: "story.pdf", content: []byte("%PDF-1.7\n"), want: ingest.ErrUnknownFormat, code: dyad.CodeInvalid},
		{name: "ErrUnknownFormatJSONArray", file: "stories.json", content: []byte(`[{"text": "x"}]`), want: ingest.ErrUnknownFormat, code: dyad.CodeInvalid},
		{name: "ErrUnknownFormatJSONDocument", file: "story.json", content: []byte("{\n  \"text\": \"A story.\"\n}\n"), want: ingest.ErrUnknownFormat, code: dyad.CodeInvalid},
		{name: "ErrUnknownFormatXML", file: "data.xml", content: []byte(`<?xml version="1.0"?><records><r>x</r></records>`), want: ingest.ErrUnknownFormat, code: dyad.CodeInvalid},
		{name: "ErrMalformedFeed", file: "broken.rss", content: []byte(`<rss><channel><item><title>x`), want: ingest.ErrMalformed, code: dyad.CodeInvalid},
		{name: "ErrEncoding", file: "koi.txt", content: []byte("\xf0\xd2\xc9\xd7\xc5\xd4 \xcd\xc9\xd2 \x81\x8d \xf0\xd2\xc9\xd7\xc5\xd4"), want: ingest.ErrEncoding, code: dyad.CodeInvalid},
		{name: "ErrEncodingMostlyHighBytes", file: "sjis.txt", content: []byte("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd\x90\xa2\x8a\x45"), want: ingest.ErrEncoding, code: dyad.CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := filepath.Join(dir, tt.name)
			p := tt.path
			if p == "" {
				p = write(t, sub, tt.file, tt.content)
			}
			good := write(t, sub, "zz-good.txt", []byte(goodText))
			got := drain(t, ingest.NewSource([]string{p, good}, tt.opts))
			if len(got.Errors) != 1 {
				t.Fatalf("read %s: %d errors %v, want 1", tt.name, len(got.Errors), got.Errors)
			}
			e := got.Errors[0]
			if e.Input != p || e.Line != tt.line || e.Code != tt.code {
				t.Errorf("error = %+v, want input %s line %d code %s", e, p, tt.line, tt.code)
			}
			// The wrapped error matches the sentinel.
			src := ingest.NewSource([]string{p}, tt.opts)
			var matched bool
			for {
				_, err := src.Next(t.Context())
				if err == io.EOF {
					break
				}
				var se *dyad.SourceError
				if errors.As(err, &se) && errors.Is(err, tt.want) {
					matched = true
				}
			}
			if !matched {
				t.Errorf("no error from %s matches %v: %v", tt.name, tt.want, e.Error)
			}
			if n := len(got.Articles); n != tt.good+1 || got.Articles[n-1].Provenance.Source != good {
				t.Errorf("batch did not go on: %d articles, want %d ending with %s", n, tt.good+1, good)
			}
		})
	}
}

// TestReader_HugeLine reads a 50 MB single line, as text and as JSONL,
// and checks that it fails with ErrTooLarge without the input being held
// in memory, and that the next input is read.
func TestReader_HugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	dir := t.TempDir()
	const size = 50 << 20
	mk := func(name, prefix, suffix string) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		w.WriteString(prefix)
		chunk := bytes.Repeat([]byte("abcdefgh "), 1<<12)
		for n := 0; n < size; n += len(chunk) {
			w.Write(chunk)
		}
		w.WriteString(suffix)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		return p
	}
	txt := mk("huge.txt", "", "")
	jsonl := mk("huge.jsonl", `{"text": "`, "\"}\n{\"text\": \"The second line is a normal story about the election.\"}\n")
	good := write(t, dir, "zz-good.txt", []byte(goodText))

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got := drain(t, ingest.NewSource([]string{txt, jsonl, good}, ingest.Options{}))
	runtime.ReadMemStats(&after)

	want := []errorOutcome{
		{Input: txt, Code: dyad.CodeTooLarge},
		{Input: jsonl, Line: 1, Code: dyad.CodeTooLarge},
	}
	for i := range got.Errors {
		got.Errors[i].Error = ""
	}
	if diff := cmp.Diff(want, got.Errors); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if len(got.Articles) != 2 {
		t.Errorf("got %d articles, want the JSONL's second line and the good file", len(got.Articles))
	}
	// Reading 2 × 50 MB whole would allocate well over 100 MB; a bounded
	// reader allocates about twice the 16 MiB record limit per input.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 5*ingest.DefaultMaxRecordBytes {
		t.Errorf("reading the huge inputs allocated %d MB", alloc>>20)
	}
}

// TestReader_Walk checks that directories are walked recursively in
// lexical order, hidden files and directories and read-me and licence
// files are skipped, and ".gz" files are read.
func TestReader_Walk(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", []byte("B story\n\nThe second story in order is about the budget vote.\n"))
	write(t, dir, "a/z.txt", []byte("Z story\n\nThe first story, inside a folder, is about a strike.\n"))
	write(t, dir, "a/.hidden.txt", []byte("Hidden story\n\nThis file must be skipped.\n"))
	write(t, dir, ".git/c.txt", []byte("Hidden folder\n\nThis folder must be skipped.\n"))
	write(t, dir, "README.md", []byte("Read me\n\nThis data set holds three stories.\n"))
	write(t, dir, "a/LICENSE", []byte("Licence\n\nPermission is granted to copy these files.\n"))
	write(t, dir, "c.txt.gz", gz(t, []byte("C story\n\nThe third story was compressed with gzip before it was read.\n")))
	if err := os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "d-link")); err != nil {
		t.Fatal(err)
	}
	got := drain(t, ingest.NewSource([]string{dir}, ingest.Options{}))
	var titles []string
	for _, a := range got.Articles {
		titles = append(titles, a.Title)
	}
	want := []string{"Z story", "B story", "C story"}
	if diff := cmp.Diff(want, titles); diff != "" || len(got.Errors) > 0 {
		t.Errorf("walk titles (-want +got):\n%s\nerrors %v", diff, got.Errors)
	}
	// A hidden file named explicitly is read.
	got = drain(t, ingest.NewSource([]string{filepath.Join(dir, "a/.hidden.txt")}, ingest.Options{}))
	if len(got.Articles) != 1 {
		t.Errorf("explicit hidden file: %d articles, want 1", len(got.Articles))
	}
}

// TestReader_Sniff checks that inputs without a telling name are read in
// the format their content shows.
func TestReader_Sniff(t *testing.T) {
	tests := []struct {
		name, in, format string
	}{
		{"Text", goodText, ingest.FormatTXT},
		{"HTMLDoctype", "<!DOCTYPE html><html><body><p>A storm hit the coast on Monday, officials said.</p></body></html>", ingest.FormatHTML},
		{"HTMLFragment", "<b>Storm</b><p>A storm hit the coast on Monday, officials said.</p>", ingest.FormatHTML},
		{"JSONL", `{"text": "A storm hit the coast on Monday, officials said."}`, ingest.FormatJSONL},
		{"CSV", "date,title,body\n2025-01-02,Storm,A storm hit the coast on Monday.\n", ingest.FormatCSV},
		{"TSV", "title\ttext\nStorm\tA storm hit the coast on Monday.\n", ingest.FormatCSV},
		{"RSS", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>Storm</title><description>A storm hit the coast on Monday.</description></item></channel></rss>`, ingest.FormatFeed},
		{"Gzip", string(gz(t, []byte(goodText))), ingest.FormatTXT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := drain(t, ingest.NewStream(strings.NewReader(tt.in), "input", ingest.Options{}))
			if len(got.Errors) > 0 || len(got.Articles) != 1 {
				t.Fatalf("read %s: %+v", tt.name, got)
			}
			if f := got.Articles[0].Provenance.Format; f != tt.format {
				t.Errorf("read %s: format %q, want %q", tt.name, f, tt.format)
			}
		})
	}
}

func TestReader_Stdin(t *testing.T) {
	src := ingest.NewSource([]string{"-"}, ingest.Options{Stdin: strings.NewReader(goodText)})
	got := drain(t, src)
	if len(got.Articles) != 1 || len(got.Errors) != 0 {
		t.Fatalf("stdin: %+v", got)
	}
	a := got.Articles[0]
	if a.Provenance.Source != "stdin" || a.Provenance.Format != ingest.FormatTXT || a.Title != "Storm hits coast" {
		t.Errorf("stdin article = %+v", a)
	}
	// Sniffed formats on stdin: JSONL.
	got = drain(t, ingest.NewSource([]string{"-"}, ingest.Options{Stdin: strings.NewReader(`{"title": "T", "text": "A story read from standard input as JSONL."}` + "\n")}))
	if len(got.Articles) != 1 || got.Articles[0].Provenance.Format != ingest.FormatJSONL || got.Articles[0].Provenance.Line != 1 {
		t.Errorf("stdin JSONL: %+v", got)
	}
}

func TestReadArticle(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "story.txt", []byte(goodText))
	sydney, err := time.LoadLocation("Australia/Sydney")
	if err != nil {
		t.Fatal(err)
	}
	meta := ingest.Meta{URL: "https://example.org/storm", Outlet: "example.org", Timezone: "Australia/Sydney",
		Published: time.Date(2025, 8, 18, 0, 0, 0, 0, sydney), Title: "Given title"}
	a, err := ingest.ReadArticle(p, meta)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{"url": a.URL, "outlet": a.Outlet, "tz": a.Timezone, "date": a.PublishedDate(), "title": a.Title, "text": a.Text}
	want := map[string]string{"url": meta.URL, "outlet": meta.Outlet, "tz": meta.Timezone, "date": "2025-08-18", "title": "Given title",
		"text": "A storm hit the coast on Monday, cutting power to thousands of homes, officials said."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadArticle (-want +got):\n%s", diff)
	}

	t.Run("ErrMultiple", func(t *testing.T) {
		p := write(t, dir, "two.jsonl", []byte("{\"text\": \"One story.\"}\n{\"text\": \"Two stories.\"}\n"))
		_, err := ingest.ReadArticle(p, ingest.Meta{})
		if !errors.Is(err, ingest.ErrMultiple) {
			t.Errorf("ReadArticle(two rows) = %v, want ErrMultiple", err)
		}
	})
	t.Run("ErrNotExist", func(t *testing.T) {
		_, err := ingest.ReadArticle(filepath.Join(dir, "nope.txt"), ingest.Meta{})
		var se *dyad.SourceError
		if !errors.As(err, &se) || !errors.Is(err, os.ErrNotExist) {
			t.Errorf("ReadArticle(missing) = %v, want a SourceError wrapping ErrNotExist", err)
		}
	})
	t.Run("Stream", func(t *testing.T) {
		a, err := ingest.ReadArticleFrom(strings.NewReader(goodText), "pasted", ingest.Options{})
		if err != nil || a.Provenance.Source != "pasted" {
			t.Errorf("ReadArticleFrom = %+v, %v", a, err)
		}
	})
}

// TestReader_Context checks that Next stops when its context is done.
func TestReader_Context(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := ingest.NewSource([]string{"-"}, ingest.Options{Stdin: strings.NewReader(goodText)}).Next(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Next(cancelled) = %v, want context.Canceled", err)
	}
}

// TestReader_HTMLBoilerplate checks on the test pages that navigation,
// cookie banners, share bars, ads, related links, captions and footers go,
// and every paragraph of the story stays, in order.
func TestReader_HTMLBoilerplate(t *testing.T) {
	tests := []struct {
		file             string
		gone, keep       []string
		outlet, date, by string
	}{
		{
			file: "page.input.html",
			gone: []string{"Home", "Sport", "Subscribe", "Facebook", "Advertisement", "Related stories",
				"Bus fares to rise", "All rights reserved", "Privacy policy", "Photo: Herald staff", "By Maria Example", "window.analytics"},
			keep: []string{
				"The city council approved a budget of 1.2 billion euros on Monday",
				"The budget passed by 31 votes to 24.",
				"“This is a budget for the people who use our buses",
				"The transport union welcomed the decision",
				"The budget takes effect on July 1 and will be reviewed in December.",
			},
			outlet: "The Example Herald", date: "2024-05-06", by: "Maria Example",
		},
		{
			file: "inline.input.html",
			gone: []string{"cookies", "Most read", "Celebrity", "Share this", "Zelenskyy calls for more air defence",
				"Smoke rises", "Read more", "How Ukraine is preparing", "Advertisement", "Follow us", "© Example Post",
				"Olena Example", "KYIV, Aug 17", "Repair crews work on a damaged transformer"},
			keep: []string{
				"A drone attack overnight damaged a thermal power plant",
				"Air defences shot down most of the drones",
				"“Every night they target our energy,”",
				"The energy ministry said the attack was the fourth",
				"Officials did not report any casualties.",
			},
			outlet: "Example Post", date: "2025-08-17", by: "Olena Example",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := ingest.ReadArticle(filepath.Join("testdata", tt.file), ingest.Meta{})
			if err != nil {
				t.Fatal(err)
			}
			for _, gone := range tt.gone {
				if strings.Contains(a.Text, gone) {
					t.Errorf("page text still holds %q", gone)
				}
			}
			paras := strings.Split(a.Text, "\n")
			if len(paras) != len(tt.keep) {
				t.Errorf("page text has %d paragraphs, want %d:\n%s", len(paras), len(tt.keep), a.Text)
			}
			for i, k := range tt.keep {
				if i < len(paras) && !strings.HasPrefix(paras[i], k) {
					t.Errorf("paragraph %d = %q, want it to start %q", i, paras[i], k)
				}
			}
			if a.Outlet != tt.outlet || a.PublishedDate() != tt.date || a.Author != tt.by {
				t.Errorf("page metadata: outlet %q date %q author %q; want %q %q %q", a.Outlet, a.PublishedDate(), a.Author, tt.outlet, tt.date, tt.by)
			}
		})
	}
}

// TestReadArticle_Seed reads the seed article as dyad code does: both
// debris lines go, the 14 real paragraphs stay, and no title is invented.
func TestReadArticle_Seed(t *testing.T) {
	a, err := ingest.ReadArticle(corpus.Path(t, "seed/internewscast-zelenskyy-washington.txt"), ingest.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, "\n") + 1; n != 14 {
		t.Errorf("seed: %d paragraphs, want 14", n)
	}
	for _, debris := range []string{"Share this", "Putin agreed to Ukraine security protections at summit"} {
		if strings.Contains(a.Text, debris) {
			t.Errorf("seed text still holds %q", debris)
		}
	}
	if a.Title != "" || !strings.HasPrefix(a.Text, "European leaders are set to accompany") {
		t.Errorf("seed: title %q, text starts %.40q", a.Title, a.Text)
	}
}

func TestReader_Title(t *testing.T) {
	tests := []struct {
		name, in, title, first string
	}{
		{"BlankLine", "Storm hits coast\n\nA storm hit the coast on Monday.\n", "Storm hits coast", "A storm hit the coast on Monday."},
		{"HeadlineShaped", "Storm hits coast, cutting power\nA storm hit the coast on Monday.\n", "Storm hits coast, cutting power", "A storm hit the coast on Monday."},
		{"SentenceIsNotTitle", "A storm hit the coast on Monday.\n\nPower was cut to thousands of homes.\n", "", "A storm hit the coast on Monday."},
		{"DateIsNotTitle", "Friday, January 4, 2019\n\nA storm hit the coast on Monday.\n", "", "A storm hit the coast on Monday."},
		{"WidgetIsNotTitle", "Share this @example.com\nA storm hit the coast on Monday.\n", "", "A storm hit the coast on Monday."},
		{"OneLine", "A storm hit the coast on Monday", "", "A storm hit the coast on Monday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ingest.ReadArticleFrom(strings.NewReader(tt.in), "story.txt", ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(a.Text, "\n")
			if a.Title != tt.title || first != tt.first {
				t.Errorf("read %q: title %q, first paragraph %q; want %q, %q", tt.in, a.Title, first, tt.title, tt.first)
			}
		})
	}
}
