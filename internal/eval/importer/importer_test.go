package importer_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/importer"
)

// checkSpans verifies that every item with a span points at its text, and
// returns the number of items and of required (non-optional) items.
func checkSpans(t *testing.T, golds []*eval.Gold) (items, required int) {
	t.Helper()
	check := func(g *eval.Gold, what, text string, c eval.Common) {
		items++
		if !c.Optional {
			required++
		}
		if c.Start == nil {
			if !c.Optional {
				t.Errorf("%s: required %s %q has no span", g.ID, what, text)
			}
			return
		}
		if *c.Start < 0 || *c.End > len(g.Text) || *c.Start > *c.End {
			t.Errorf("%s: %s %q span [%d,%d) out of text of %d bytes", g.ID, what, text, *c.Start, *c.End, len(g.Text))
			return
		}
		if got := g.Text[*c.Start:*c.End]; got != text {
			t.Errorf("%s: %s text[%d:%d] = %q, want %q", g.ID, what, *c.Start, *c.End, got, text)
		}
	}
	for _, g := range golds {
		if g.Text != strings.TrimSpace(g.Text) {
			t.Errorf("%s: text has outer white space (ingest would trim it and shift offsets)", g.ID)
		}
		for _, it := range g.Times {
			check(g, "time", it.Text, it.Common)
		}
		for _, it := range g.Places {
			check(g, "place", it.Text, it.Common)
		}
		for _, it := range g.Actors {
			check(g, "actor", it.Text, it.Common)
		}
		for _, it := range g.Quotes {
			// A quote's span is the content from its first word: starts
			// is where the span begins.
			c := it.Common
			if c.Start != nil {
				e := *c.Start + len(it.Starts)
				c.End = &e
			}
			check(g, "quote", it.Starts, c)
			// The speaker is the source's words, or the name among them.
			if it.SpeakerStart != nil && strings.TrimSpace(it.Speaker) != "" && !strings.Contains(g.Text[*it.SpeakerStart:*it.SpeakerEnd], strings.Fields(it.Speaker)[0]) {
				t.Errorf("%s: speaker text[%d:%d] = %q does not hold the speaker %q", g.ID, *it.SpeakerStart, *it.SpeakerEnd, g.Text[*it.SpeakerStart:*it.SpeakerEnd], it.Speaker)
			}
		}
	}
	// The gold files must survive a JSON round trip and pass the checks.
	dir := t.TempDir()
	if err := importer.WriteDir(dir, golds); err != nil {
		t.Fatal(err)
	}
	back, err := eval.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*eval.Gold{}
	for _, g := range back {
		g.Path = ""
		byID[g.ID] = g
	}
	if len(byID) != len(golds) {
		t.Errorf("round trip: %d distinct gold files read back, want %d", len(byID), len(golds))
	}
	for _, g := range golds {
		if diff := cmp.Diff(g, byID[g.ID]); diff != "" {
			t.Errorf("%s: round trip (-imported +read back):\n%s", g.ID, diff)
			break
		}
	}
	return items, required
}

func TestTimeML_Corpus(t *testing.T) {
	dir := corpus.Path(t, "corpora/tempeval3/TBAQ-cleaned")
	golds, err := importer.TimeML(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Independent count: every TIMEX3 tag but the one DCT per file.
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	want := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want += strings.Count(string(b), "<TIMEX3 ") - 1
	}
	if len(golds) != len(files) {
		t.Errorf("TimeML: %d gold files, want %d", len(golds), len(files))
	}
	items, _ := checkSpans(t, golds)
	if items != want || want != 1822 {
		t.Errorf("TimeML: %d times items, want %d (TBAQ-cleaned has 1822)", items, want)
	}
	for _, g := range golds {
		if len(g.Published) != 10 || !g.IsExhaustive(eval.TaskTimes) {
			t.Errorf("%s: published %q, exhaustive %v", g.ID, g.Published, g.Exhaustive)
		}
	}
}

func TestTimeML_Small(t *testing.T) {
	src := `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Café &amp; bar closed <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT></TimeML>`
	p := filepath.Join(t.TempDir(), "x.tml")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	golds, err := importer.TimeML(p)
	if err != nil {
		t.Fatal(err)
	}
	g := golds[0]
	if g.Text != "Café & bar closed yesterday for two weeks." || g.Published != "1998-01-08" || g.ID != "X1" {
		t.Errorf("TimeML = text %q, published %q, id %q", g.Text, g.Published, g.ID)
	}
	var got []string
	for _, it := range g.Times {
		got = append(got, g.Text[*it.Start:*it.End]+"="+it.Value)
	}
	if diff := cmp.Diff([]string{"yesterday=1998-01-07", "two weeks=P2W"}, got); diff != "" {
		t.Errorf("times (-want +got):\n%s", diff)
	}
}

func TestBrat_Corpus(t *testing.T) {
	dir := corpus.Path(t, "corpora/polnear/dev")
	golds, err := importer.Brat(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Independent count: E lines with a Content, in the first annotator's
	// file of each article; those with a Source are required. Each later
	// fragment of a Content with a word in it adds an optional item.
	anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	sort.Strings(anns)
	seen := map[string]bool{}
	want, wantReq := 0, 0
	for _, a := range anns {
		base := filepath.Base(a)
		art := base[:strings.LastIndexByte(base, '_')]
		if seen[art] {
			continue
		}
		seen[art] = true
		b, _ := os.ReadFile(a)
		text, _ := os.ReadFile(filepath.Join(dir, "text", art+".txt"))
		runes := []rune(string(text))
		lines := strings.Split(string(b), "\n")
		extra := map[string]int{} // Content T id -> later fragments with a word
		for _, l := range lines {
			f := strings.SplitN(l, "\t", 3)
			if len(f) < 2 || !strings.HasPrefix(f[1], "Content ") {
				continue
			}
			frags := strings.Split(strings.TrimPrefix(f[1], "Content "), ";")
			for _, fr := range frags[1:] {
				var s, e int
				if _, err := fmt.Sscanf(fr, "%d %d", &s, &e); err == nil && e <= len(runes) && strings.IndexFunc(string(runes[s:e]), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
					extra[f[0]]++
				}
			}
		}
		for _, l := range lines {
			if strings.HasPrefix(l, "E") && strings.Contains(l, "Content:") {
				want++
				if strings.Contains(l, " Source:") || strings.Contains(l, "\tSource:") {
					wantReq++
				}
				c := l[strings.Index(l, "Content:")+len("Content:"):]
				if i := strings.IndexByte(c, ' '); i >= 0 {
					c = c[:i]
				}
				want += extra[c]
			}
		}
	}
	if len(golds) != len(seen) || len(golds) != 84 {
		t.Errorf("Brat: %d gold files, want %d (84)", len(golds), len(seen))
	}
	items, req := checkSpans(t, golds)
	if items != want || req != wantReq {
		t.Errorf("Brat: %d quotes (%d required), want %d (%d)", items, req, want, wantReq)
	}
	for _, g := range golds {
		if g.Published == "" || g.Outlet == "" {
			t.Errorf("%s: no metadata (published %q, outlet %q)", g.ID, g.Published, g.Outlet)
		}
	}
}

func TestBrat_TrainTarGz(t *testing.T) {
	p := corpus.Path(t, "corpora/polnear/train-text-attributions.tar.gz")
	golds, err := importer.Brat(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 840 {
		t.Errorf("Brat train: %d articles, want 840", len(golds))
	}
	checkSpans(t, golds)
}

func TestBrat_Small(t *testing.T) {
	// Offsets count characters; the text has multi-byte runes and CRLF.
	text := "\r\nKyiv’s mayor said “we will hold” on Friday.\r\n"
	ann := "T1\tSource 2 14\tKyiv’s mayor\nT2\tCue 15 19\tsaid\nT3\tContent 21 33\twe will hold\nT4\tAttribution 15 19\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
	dir := t.TempDir()
	for p, c := range map[string]string{"text/a.txt": text, "attributions/a_x1.ann": ann, "attributions/a_x2.ann": "bad line\n"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	golds, err := importer.Brat(dir)
	if err != nil {
		t.Fatal(err)
	}
	g := golds[0]
	if len(g.Quotes) != 1 {
		t.Fatalf("quotes = %d, want 1", len(g.Quotes))
	}
	q := g.Quotes[0]
	got := []string{q.Starts, g.Text[*q.Start:*q.End], q.Speaker, g.Text[*q.SpeakerStart:*q.SpeakerEnd], q.Cue}
	want := []string{"we will hold", "we will hold", "Kyiv’s mayor", "Kyiv’s mayor", "said"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quote (-want +got):\n%s", diff)
	}
	// A content in two fragments: the later one is an optional item with
	// the same source.
	text2 := "“We will hold,” the mayor said. “The city stands.”\n"
	ann2 := "T1\tSource 16 25\tthe mayor\nT2\tCue 26 30\tsaid\nT3\tContent 1 13;33 48\tWe will hold The city stands\nT4\tAttribution 26 30\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
	dir2 := t.TempDir()
	for p, c := range map[string]string{"text/b.txt": text2, "attributions/b_x1.ann": ann2} {
		if err := os.MkdirAll(filepath.Join(dir2, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir2, p), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	frag, err := importer.Brat(dir2)
	if err != nil {
		t.Fatal(err)
	}
	var fragGot []string
	for _, q := range frag[0].Quotes {
		fragGot = append(fragGot, fmt.Sprintf("%s|%s|%s|%v", frag[0].Text[*q.Start:*q.End], q.Speaker, q.Cue, q.Optional))
	}
	fragWant := []string{"We will hold|the mayor|said|false", "The city stands|the mayor|said|true"}
	if diff := cmp.Diff(fragWant, fragGot); diff != "" {
		t.Errorf("fragments (-want +got):\n%s", diff)
	}
	// Source and Cue marked the wrong way round ("said" as the Source)
	// are read the right way.
	text3 := "“We will hold,” said Ana Roe.\n"
	ann3 := "T1\tSource 16 20\tsaid\nT2\tCue 21 28\tAna Roe\nT3\tContent 1 13\tWe will hold\nT4\tAttribution 16 20\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
	dir3 := t.TempDir()
	for p, c := range map[string]string{"text/c.txt": text3, "attributions/c_x1.ann": ann3} {
		if err := os.MkdirAll(filepath.Join(dir3, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir3, p), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	swapped, err := importer.Brat(dir3)
	if err != nil {
		t.Fatal(err)
	}
	sq := swapped[0].Quotes[0]
	if got, want := []string{sq.Speaker, swapped[0].Text[*sq.SpeakerStart:*sq.SpeakerEnd], sq.Cue}, []string{"Ana Roe", "Ana Roe", "said"}; !cmp.Equal(want, got) {
		t.Errorf("swapped roles: speaker, span, cue = %q, want %q", got, want)
	}
	// A tar.gz of the same folders reads the same.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, c := range map[string]string{"train/text/a.txt": text, "train/attributions/a_x1.ann": ann} {
		_ = tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(c)), Typeflag: tar.TypeReg})
		_, _ = tw.Write([]byte(c))
	}
	_ = tw.Close()
	_ = zw.Close()
	tgz := filepath.Join(t.TempDir(), "x.tar.gz")
	if err := os.WriteFile(tgz, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	golds2, err := importer.Brat(tgz)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(golds, golds2); diff != "" {
		t.Errorf("tar.gz import differs (-dir +tgz):\n%s", diff)
	}
}

func TestLGL_Corpus(t *testing.T) {
	for _, c := range []struct {
		file                  string
		articles, items, reqd int
	}{
		{"corpora/geoparsing/lgl.xml.gz", 588, 5088, 4462},
		{"corpora/geoparsing/TR-News.xml.gz", 118, 1319, 1275},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			p := corpus.Path(t, c.file)
			golds, err := importer.LGL(p)
			if err != nil {
				t.Fatal(err)
			}
			if len(golds) != c.articles {
				t.Errorf("LGL: %d articles, want %d", len(golds), c.articles)
			}
			items, req := checkSpans(t, golds)
			if items != c.items || req != c.reqd {
				t.Errorf("LGL: %d places (%d required), want %d (%d)", items, req, c.items, c.reqd)
			}
		})
	}
}

func TestCoNLL_Corpus(t *testing.T) {
	p := corpus.Path(t, "corpora/crossner-politics/dev.txt")
	golds, err := importer.CoNLL(p)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	want, sents := 0, 0
	prevBlank := true
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, "\tB-") {
			want++
		}
		if strings.TrimSpace(l) != "" && prevBlank {
			sents++
		}
		prevBlank = strings.TrimSpace(l) == ""
	}
	items, _ := checkSpans(t, golds)
	if items != want {
		t.Errorf("CoNLL: %d actors items, want %d", items, want)
	}
	if n := (sents + importer.CoNLLSentences - 1) / importer.CoNLLSentences; len(golds) != n || sents != 541 {
		t.Errorf("CoNLL: %d pseudo-articles from %d sentences, want %d from 541", len(golds), sents, n)
	}
}

func TestImporters_Malformed(t *testing.T) {
	tests := []struct {
		name, format, file, content string
		line                        int
	}{
		{"TimeMLBadXML", "timeml", "x.tml", "<TimeML>\n<DCT><TIMEX3 value=\"1998-01-01\">x</TIMEX3></DCT>\n<TEXT>a <TIMEX3 value=\"1\">b</TEXT>\n</TimeML>", 3},
		{"TimeMLNoDCT", "timeml", "x.tml", "<TimeML><TEXT>a</TEXT></TimeML>", 0},
		{"LGLBadXML", "lgl", "x.xml", "<articles>\n<article docid=\"1\"><text>a</text>\n<toponyms><toponym><start>0</start></articles>", 3},
		{"LGLBadOffsets", "lgl", "x.xml", "<articles><article docid=\"1\"><text>abc</text><toponyms><toponym><start>x</start><end>1</end><phrase>a</phrase></toponym></toponyms></article></articles>", 0},
		{"CoNLLBadTag", "conll", "x.txt", "Obama\tB-person\nsaid\tX-verb\n", 2},
		{"CoNLLOrphanI", "conll", "x.txt", "Obama\tO\nsaid\tI-person\n", 2},
		{"CoNLLNoTag", "conll", "x.txt", "Obama\tB-person\nsaid\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := importer.Import(tt.format, p, t.TempDir())
			var pe *importer.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Import(%s) error = %v, want a *ParseError", tt.format, err)
			}
			if pe.File != p || pe.Line != tt.line {
				t.Errorf("Import(%s) error at %s:%d, want %s:%d (%v)", tt.format, pe.File, pe.Line, p, tt.line, err)
			}
		})
	}
	t.Run("BratBadLine", func(t *testing.T) {
		dir := t.TempDir()
		_ = os.MkdirAll(filepath.Join(dir, "text"), 0o755)
		_ = os.MkdirAll(filepath.Join(dir, "attributions"), 0o755)
		_ = os.WriteFile(filepath.Join(dir, "text", "a.txt"), []byte("hello world"), 0o644)
		_ = os.WriteFile(filepath.Join(dir, "attributions", "a_x.ann"), []byte("T1\tSource 0 5\thello\nT2\tCue 3 99\tx\n"), 0o644)
		_, err := importer.Brat(dir)
		var pe *importer.ParseError
		if !errors.As(err, &pe) || pe.File != "a_x.ann" || pe.Line != 2 {
			t.Errorf("Brat error = %v, want a_x.ann:2", err)
		}
	})
	t.Run("UnknownFormat", func(t *testing.T) {
		if _, err := importer.Import("nope", "x", t.TempDir()); err == nil {
			t.Error("Import(nope) = nil error")
		}
	})
}
