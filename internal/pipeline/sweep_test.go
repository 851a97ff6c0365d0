package pipeline_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/importer"
	"github.com/dyad-events/dyad/internal/ingest"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestPipeline_CorpusSweep runs the whole pipeline, as `dyad code` does,
// over every article of every corpus in the shared folder that has text,
// and over adversarial variants of each (punctuation removed, lower case,
// upper case, cut at random rune boundaries, sentences shuffled, one long
// unpunctuated line, every other quotation mark dropped, each sentence
// cut at a random rune boundary, CRLF line ends, no-break spaces,
// typographic quotes and apostrophes). It fails
// on any stage panic or error, any document that does not validate (spans
// out of bounds or off UTF-8 boundaries, texts not matching their spans),
// and any output that cannot be encoded or breaks a field's contract; it
// logs articles that take more than a second (not a failure: the machine
// may be busy).
//
// It is slow (tens of minutes), so it only runs with DYAD_CORPUS_SWEEP set:
//
//	DYAD_SHARED=../shared DYAD_CORPUS_SWEEP=1 go test ./internal/pipeline -run CorpusSweep -timeout 3h -v
//
// DYAD_CORPUS_SWEEP=orig skips the variants; DYAD_CORPUS_SWEEP_ONLY=name
// (a comma-separated list) sweeps only the named corpora;
// DYAD_CORPUS_SWEEP_OUT=DIR writes each failing text to DIR for replay.
func TestPipeline_CorpusSweep(t *testing.T) {
	mode := os.Getenv("DYAD_CORPUS_SWEEP")
	if mode == "" {
		t.Skip("set DYAD_CORPUS_SWEEP=1 to sweep the pipeline over every corpus and its variants")
	}
	rec := &panicRecorder{}
	p, err := pipeline.New(nil, pipeline.Options{Logger: slog.New(rec)})
	if err != nil {
		t.Fatal(err)
	}
	only := map[string]bool{}
	if s := os.Getenv("DYAD_CORPUS_SWEEP_ONLY"); s != "" {
		for _, n := range strings.Split(s, ",") {
			only[strings.TrimSpace(n)] = true
		}
	}
	outDir := os.Getenv("DYAD_CORPUS_SWEEP_OUT")
	s := &sweep{t: t, p: p, rec: rec, outDir: outDir, variants: mode != "orig",
		counts: map[string]int{}, runs: map[string]int{}}
	for _, c := range sweepCorpora {
		if len(only) > 0 && !only[c.name] {
			continue
		}
		arts := c.load(t)
		if len(arts) == 0 {
			t.Errorf("%s: no articles", c.name)
			continue
		}
		start := time.Now()
		skipped := 0
		for i, a := range arts {
			if err := t.Context().Err(); err != nil {
				t.Fatal(err)
			}
			if a == nil {
				skipped++
				continue
			}
			s.article(c.name, i, a)
		}
		if skipped > 0 {
			t.Logf("%s: %d texts ingest rejects as empty", c.name, skipped)
		}
		t.Logf("%s: %d articles swept in %v", c.name, len(arts)-skipped, time.Since(start).Round(time.Second))
		s.articles += len(arts) - skipped
	}
	var keys []string
	for k := range s.runs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("runs %-10s %d", k, s.runs[k])
	}
	keys = keys[:0]
	for k := range s.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("found %-28s %d", k, s.counts[k])
	}
	t.Logf("%d articles, %d documents processed, %d slow (>1s)", s.articles, s.total, s.slow)
}

// sweep holds the running state of TestPipeline_CorpusSweep.
type sweep struct {
	t        *testing.T
	p        *pipeline.Pipeline
	rec      *panicRecorder
	outDir   string
	variants bool
	articles int
	total    int
	slow     int
	runs     map[string]int // documents per variant
	counts   map[string]int // failures per kind
	reported map[string]int // failures printed per kind, to cap the log
}

// article processes a and, when variants are on, its variants.
func (s *sweep) article(corpusName string, i int, a *dyad.Article) {
	doc := s.run(corpusName, i, "orig", a)
	if !s.variants {
		return
	}
	text := a.Text
	rng := rand.New(rand.NewPCG(uint64(i), uint64(len(text))))
	vary := func(name, v string) {
		b := *a
		b.Text = v
		b.ID = dyad.ArticleID(v)
		s.run(corpusName, i, name, &b)
	}
	vary("nopunct", strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, text))
	vary("lower", strings.ToLower(text))
	vary("upper", strings.ToUpper(text))
	for k := 0; k < 2 && len(text) > 1; k++ {
		cut := rng.IntN(len(text))
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		vary("cut", text[:cut])
	}
	// Windows line ends, no-break spaces, typographic quotes: what
	// text pasted from other tools looks like.
	vary("crlf", strings.ReplaceAll(text, "\n", "\r\n"))
	vary("nbsp", strings.ReplaceAll(text, " ", "\u00a0"))
	open := true
	vary("smart", strings.Map(func(r rune) rune {
		switch r {
		case '"':
			open = !open
			if !open {
				return '“'
			}
			return '”'
		case '\'':
			return '’'
		}
		return r
	}, text))
	// Every line on one line and no punctuation: one long sentence.
	vary("flat", strings.Map(func(r rune) rune {
		switch {
		case unicode.IsPunct(r):
			return -1
		case r == '\n':
			return ' '
		}
		return r
	}, text))
	// Every other quotation mark dropped: quotes that never close.
	odd := false
	vary("unbalanced", strings.Map(func(r rune) rune {
		switch r {
		case '"', '“', '”', '«', '»':
			odd = !odd
			if odd {
				return -1
			}
		}
		return r
	}, text))
	if doc != nil && len(doc.Sentences) > 1 {
		// Each sentence cut at a random rune boundary, a line each:
		// many sentences ending mid-phrase.
		var b strings.Builder
		for _, se := range doc.Sentences {
			st := se.In(text)
			cut := rng.IntN(len(st) + 1)
			for cut > 0 && cut < len(st) && !utf8.RuneStart(st[cut]) {
				cut--
			}
			b.WriteString(strings.TrimSpace(st[:cut]))
			b.WriteByte('\n')
		}
		vary("chop", b.String())
	}
	if doc != nil && len(doc.Sentences) > 1 {
		parts := make([]string, len(doc.Sentences))
		for j, se := range doc.Sentences {
			parts[j] = se.In(text)
		}
		rng.Shuffle(len(parts), func(x, y int) { parts[x], parts[y] = parts[y], parts[x] })
		vary("shuffle", strings.Join(parts, " "))
	}
}

// run processes one article and checks the document.
func (s *sweep) run(corpusName string, i int, variant string, a *dyad.Article) *dyad.Document {
	s.total++
	s.runs[variant]++
	s.rec.last = ""
	start := time.Now()
	doc, err := s.p.Process(context.Background(), a)
	if d := time.Since(start); d > time.Second {
		s.slow++
		s.t.Logf("slow: %s #%d %s: %v (%d bytes)", corpusName, i, variant, d.Round(time.Millisecond), len(a.Text))
	}
	where := fmt.Sprintf("%s #%d %s", corpusName, i, variant)
	if err != nil {
		kind := "error"
		if dyad.ErrorCode(err) == dyad.CodeInternal {
			kind = "panic"
		}
		s.fail(kind, where, a, fmt.Sprintf("%v\n%s", err, s.rec.last))
		return nil
	}
	if err := doc.Validate(); err != nil {
		s.fail("invalid", where, a, err.Error())
	}
	for _, msg := range contractViolations(doc) {
		s.fail("contract", where, a, msg)
	}
	if _, err := json.Marshal(doc); err != nil {
		s.fail("json", where, a, err.Error())
	}
	return doc
}

// fail records one failure: counted, logged (the first few per kind), and
// the text written to the out folder for replay.
func (s *sweep) fail(kind, where string, a *dyad.Article, msg string) {
	s.counts[kind]++
	if s.reported == nil {
		s.reported = map[string]int{}
	}
	s.reported[kind]++
	if s.reported[kind] <= 30 {
		s.t.Errorf("%s: %s: %s", kind, where, msg)
	}
	if s.outDir != "" {
		name := fmt.Sprintf("%s-%03d-%s", kind, s.counts[kind], strings.NewReplacer(" ", "_", "#", "").Replace(where))
		body := fmt.Sprintf("published: %s\n%s\n", a.Published.Format(time.RFC3339), a.Text)
		if err := os.WriteFile(filepath.Join(s.outDir, name+".txt"), []byte(body), 0o644); err != nil {
			s.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(s.outDir, name+".err"), []byte(msg+"\n"), 0o644); err != nil {
			s.t.Fatal(err)
		}
	}
}

// contractViolations checks what Document.Validate does not: field
// contracts of the `dyad code` document (finite coordinates, codes and
// classes in range, heads inside their mentions, event places matching
// the text, triggers inside the event's sentence, at least one side to an
// event and no side with an empty code).
func contractViolations(d *dyad.Document) []string {
	var out []string
	text := d.Article.Text
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	empty := func(what string, i int, sp dyad.Span) {
		if sp.Start >= sp.End {
			bad("%s %d: empty span %s", what, i, sp)
		}
	}
	for i, m := range d.Mentions {
		empty("mention", i, m.Span)
		if m.Head != nil && !m.Span.Contains(*m.Head) {
			bad("mention %d %q: head %s outside %s", i, m.Text, *m.Head, m.Span)
		}
		for _, pt := range m.Parts {
			if err := pt.Span.CheckIn(text); err != nil {
				bad("mention %d part: %v", i, err)
			}
		}
	}
	for i, tx := range d.Times {
		empty("time", i, tx.Span)
		switch tx.Type {
		case dyad.TimeDate, dyad.TimeTime, dyad.TimeDuration, dyad.TimeSet:
		default:
			bad("time %d %q: type %q", i, tx.Text, tx.Type)
		}
	}
	for i, q := range d.Quotes {
		empty("quote", i, q.Span)
	}
	for i, p := range d.Places {
		empty("place", i, p.Span)
		switch p.Precision {
		case dyad.PrecisionRegion, dyad.PrecisionCountry, dyad.PrecisionAdmin1, dyad.PrecisionCity:
		default:
			bad("place %d %q: precision %q", i, p.Text, p.Precision)
		}
		if math.IsNaN(p.Lat) || math.IsNaN(p.Lon) || math.IsInf(p.Lat, 0) || math.IsInf(p.Lon, 0) {
			bad("place %d %q: coordinates %v,%v", i, p.Text, p.Lat, p.Lon)
		}
	}
	for i, e := range d.Events {
		if !e.Sentence.Contains(e.Trigger.Span) && e.Trigger.End > e.Trigger.Start {
			bad("event %d: trigger %s %q outside its sentence %s", i, e.Trigger.Span, e.Trigger.Text, e.Sentence)
		}
		if e.Source == nil && e.Target == nil {
			bad("event %d %s %q: neither source nor target", i, e.CAMEO, e.Trigger.Text)
		}
		if e.Source != nil && e.Source.Code == "" || e.Target != nil && e.Target.Code == "" {
			bad("event %d %s %q: an actor with an empty code", i, e.CAMEO, e.Trigger.Text)
		}
		if len(e.CAMEO) < 2 || e.Root != e.CAMEO[:2] {
			bad("event %d: cameo %q root %q", i, e.CAMEO, e.Root)
		}
		if e.Quad < 1 || e.Quad > 4 || math.IsNaN(e.Goldstein) || e.Goldstein < -10 || e.Goldstein > 10 {
			bad("event %d: quad %d goldstein %v", i, e.Quad, e.Goldstein)
		}
		if pl := e.Place; pl != nil {
			if err := pl.Span.CheckIn(text); err != nil {
				bad("event %d place: %v", i, err)
			} else if pl.Text != pl.Span.In(text) {
				bad("event %d place: text %q does not match span text %q", i, pl.Text, pl.Span.In(text))
			}
		}
	}
	return out
}

// panicRecorder is a slog handler that keeps the last "stage panicked"
// record's panic and stack, so the sweep can report where a stage broke.
type panicRecorder struct{ last string }

func (r *panicRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *panicRecorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *panicRecorder) WithGroup(string) slog.Handler            { return r }
func (r *panicRecorder) Handle(_ context.Context, rec slog.Record) error {
	if rec.Level < slog.LevelError {
		return nil
	}
	var b strings.Builder
	b.WriteString(rec.Message)
	rec.Attrs(func(a slog.Attr) bool {
		v := a.Value.String()
		if a.Key == "stack" {
			v = trimStack(v)
		}
		fmt.Fprintf(&b, "\n  %s: %s", a.Key, v)
		return true
	})
	r.last = b.String()
	return nil
}

// trimStack keeps the frames of a stack from the panic on, the part that
// says where it happened.
func trimStack(s string) string {
	if i := strings.Index(s, "panic("); i >= 0 {
		s = s[i:]
	}
	lines := strings.Split(s, "\n")
	if len(lines) > 24 {
		lines = lines[:24]
	}
	return strings.Join(lines, "\n")
}

// sweepCorpus is one corpus the sweep reads.
type sweepCorpus struct {
	name string
	load func(t *testing.T) []*dyad.Article
}

var sweepCorpora = []sweepCorpus{
	{"voa", func(t *testing.T) []*dyad.Article {
		var out []*dyad.Article
		for _, st := range corpus.VOA(t) {
			out = append(out, sweepText(t, "voa.txt", st.Text, st.Published, "voanews.com"))
		}
		return out
	}},
	{"wikinews", func(t *testing.T) []*dyad.Article {
		return sweepFiles(t, "corpora/wikinews-2019-2020/articles", ".txt")
	}},
	{"bbc", func(t *testing.T) []*dyad.Article {
		return sweepFiles(t, "corpora/bbc-news-2005-politics/politics", ".txt")
	}},
	{"polnear", func(t *testing.T) []*dyad.Article {
		out := sweepFiles(t, "corpora/polnear/dev/text", ".txt")
		return append(out, sweepTar(t, "corpora/polnear/train-text-attributions.tar.gz", func(name string, b []byte) string {
			if strings.HasSuffix(name, ".txt") {
				return string(b)
			}
			return ""
		})...)
	}},
	{"lgl", func(t *testing.T) []*dyad.Article { return sweepGold(t, importer.LGL, "corpora/geoparsing/lgl.xml.gz") }},
	{"trnews", func(t *testing.T) []*dyad.Article {
		return sweepGold(t, importer.LGL, "corpora/geoparsing/TR-News.xml.gz")
	}},
	{"tempeval3", func(t *testing.T) []*dyad.Article {
		return sweepGold(t, importer.TimeML, "corpora/tempeval3/TBAQ-cleaned")
	}},
	{"crossner", func(t *testing.T) []*dyad.Article {
		var out []*dyad.Article
		for _, f := range []string{"train.txt", "dev.txt", "test.txt"} {
			out = append(out, sweepGold(t, importer.CoNLL, "corpora/crossner-politics/"+f)...)
		}
		return out
	}},
	{"msrp", sweepMSRP},
	{"ecbplus", sweepECB},
	{"reuters", sweepReuters},
}

// sweepText reads text as `dyad code` reads a file named name.
func sweepText(t *testing.T, name, text string, published time.Time, outlet string) *dyad.Article {
	t.Helper()
	a, err := ingest.ReadArticleFrom(strings.NewReader(text), name, ingest.Options{Meta: ingest.Meta{Published: published, Outlet: outlet}})
	if err != nil {
		// ingest rejects a text with no body (a Reuters record of a
		// table alone, say): the pipeline never sees it.
		if dyad.ErrorCode(err) == dyad.CodeInvalid {
			return nil
		}
		t.Fatalf("read %s: %v", name, err)
	}
	return a
}

// sweepFiles reads every file ending in ext under rel.
func sweepFiles(t *testing.T, rel, ext string) []*dyad.Article {
	t.Helper()
	dir := corpus.Path(t, rel)
	files, err := filepath.Glob(filepath.Join(dir, "*"+ext))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var out []*dyad.Article
	for _, f := range files {
		a, err := ingest.ReadArticle(f, ingest.Meta{})
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		out = append(out, a)
	}
	return out
}

// sweepTar reads the members of a .tar.gz that text returns non-empty
// text for.
func sweepTar(t *testing.T, rel string, text func(name string, b []byte) string) []*dyad.Article {
	t.Helper()
	var out []*dyad.Article
	corpus.TarGz(t, corpus.Path(t, rel), func(name string, b []byte) {
		if s := text(name, b); s != "" {
			out = append(out, sweepText(t, filepath.Base(name)+".txt", s, time.Time{}, ""))
		}
	})
	return out
}

// sweepGold reads the texts of an importer's gold files, with their
// publication dates.
func sweepGold(t *testing.T, imp func(string) ([]*eval.Gold, error), rel string) []*dyad.Article {
	t.Helper()
	golds, err := imp(corpus.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	var out []*dyad.Article
	for _, g := range golds {
		var pub time.Time
		if g.Published != "" {
			if p, err := dyad.ParsePublished(g.Published, time.UTC); err == nil {
				pub = p
			}
		}
		out = append(out, sweepText(t, g.ID+".txt", g.Text, pub, g.Outlet))
	}
	return out
}

// sweepMSRP groups the MSR paraphrase corpus's sentences into
// pseudo-articles of 20 lines.
func sweepMSRP(t *testing.T) []*dyad.Article {
	b := corpus.Gunzip(t, corpus.Path(t, "corpora/msrp/msr_paraphrase_data.txt.gz"))
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	var out []*dyad.Article
	var lines []string
	flush := func() {
		if len(lines) > 0 {
			out = append(out, sweepText(t, "msrp.txt", strings.Join(lines, "\n"), time.Time{}, ""))
			lines = lines[:0]
		}
	}
	for first := true; sc.Scan(); first = false {
		if first {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			continue
		}
		lines = append(lines, cols[1])
		if len(lines) == 20 {
			flush()
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return out
}

// sweepECB rebuilds the ECB+ documents' texts from their tokens: a
// sentence a line, tokens joined by spaces except before closing
// punctuation.
func sweepECB(t *testing.T) []*dyad.Article {
	return sweepTar(t, "corpora/ecbplus/ECBplus-982docs.tar.gz", func(name string, b []byte) string {
		if !strings.HasSuffix(name, ".xml") {
			return ""
		}
		var doc struct {
			Tokens []struct {
				Sentence string `xml:"sentence,attr"`
				Text     string `xml:",chardata"`
			} `xml:"token"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var sb strings.Builder
		sent := ""
		for i, tok := range doc.Tokens {
			switch {
			case i == 0:
			case tok.Sentence != sent:
				sb.WriteByte('\n')
			case ecbClosers[tok.Text]:
			default:
				sb.WriteByte(' ')
			}
			sent = tok.Sentence
			sb.WriteString(tok.Text)
		}
		return sb.String()
	})
}

// ecbClosers are the ECB+ tokens written without a space before them.
var ecbClosers = map[string]bool{".": true, ",": true, ";": true, ":": true, "!": true, "?": true, ")": true, "'s": true, "n't": true, "''": true}

var (
	reutersDoc      = regexp.MustCompile(`(?s)<REUTERS .*?</REUTERS>`)
	reutersDate     = regexp.MustCompile(`<DATE>\s*(\d+-[A-Z]+-\d{4})`)
	reutersDateline = regexp.MustCompile(`(?s)<DATELINE>(.*?)</DATELINE>`)
	reutersBody     = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
)

// sweepReuters reads the Reuters-21578 stories that have a body: the
// dateline and body, unescaped, dated by <DATE>.
func sweepReuters(t *testing.T) []*dyad.Article {
	dir := corpus.Path(t, "corpora/reuters21578")
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm.gz"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no reut2-*.sgm.gz in %s (%v)", dir, err)
	}
	sort.Strings(files)
	var out []*dyad.Article
	for _, fn := range files {
		f, err := os.Open(fn)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, doc := range reutersDoc.FindAll(b, -1) {
			body := reutersBody.FindSubmatch(doc)
			if body == nil {
				continue
			}
			text := html.UnescapeString(string(body[1]))
			if dl := reutersDateline.FindSubmatch(doc); dl != nil {
				text = strings.TrimSpace(html.UnescapeString(string(dl[1]))) + " " + text
			}
			var pub time.Time
			if d := reutersDate.FindSubmatch(doc); d != nil {
				if p, err := time.Parse("2-Jan-2006", titleMonth(string(d[1]))); err == nil {
					pub = p
				}
			}
			out = append(out, sweepText(t, "reuters.txt", text, pub, "reuters.com"))
		}
	}
	return out
}

// titleMonth turns "26-FEB-1987" into "26-Feb-1987".
func titleMonth(s string) string {
	parts := strings.Split(s, "-")
	if len(parts) == 3 && len(parts[1]) == 3 {
		parts[1] = parts[1][:1] + strings.ToLower(parts[1][1:])
	}
	return strings.Join(parts, "-")
}
