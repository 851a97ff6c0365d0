package event_test

import (
	"bufio"
	"encoding/xml"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/event"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_UnseenReport writes every event the pipeline codes on two
// corpora no event rule was tuned on, the PolNeAR dev article texts and
// the ECB+ documents, to DIR/polnear.tsv and DIR/ecbplus.tsv (the columns
// of TestCoder_CorpusReport's dump, dumpEvent). It only
// runs with DYAD_EVENT_UNSEEN_DUMP=DIR set: it is a hand-check aid.
func TestCoder_UnseenReport(t *testing.T) {
	dump := os.Getenv("DYAD_EVENT_UNSEEN_DUMP")
	if dump == "" {
		t.Skip("set DYAD_EVENT_UNSEEN_DUMP=DIR to dump events of PolNeAR and ECB+")
	}
	p, err := pipeline.New(nil, pipeline.Options{Event: event.Config{}})
	if err != nil {
		t.Fatal(err)
	}
	pol := readFiles(t, filepath.Join(corpus.Path(t, "corpora/polnear/dev/text"), "*.txt"))
	ecb := readECBArticles(t, corpus.Path(t, "corpora/ecbplus/ECBplus-982docs.tar.gz"))
	for _, c := range []struct {
		name string
		arts []*dyad.Article
	}{{"polnear", pol}, {"ecbplus", ecb}} {
		f, err := os.Create(filepath.Join(dump, c.name+".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		n := 0
		for _, a := range c.arts {
			doc, err := p.Process(t.Context(), a)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range doc.Events {
				dumpEvent(w, a, e)
				n++
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		t.Logf("%s: %d articles, %d events", c.name, len(c.arts), n)
	}
}

// readECBArticles returns the ECB+ documents as articles, their tokens
// joined back into text (no space before closing punctuation or after an
// opening one; one line per sentence), titled by archive path.
func readECBArticles(t *testing.T, path string) []*dyad.Article {
	var out []*dyad.Article
	corpus.TarGz(t, path, func(name string, b []byte) {
		if !strings.HasSuffix(name, ".xml") {
			return
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
		sent, glue := "", true
		for _, tok := range doc.Tokens {
			w := tok.Text
			switch w {
			case "``":
				w = "\u201c"
			case "''":
				w = "\u201d"
			}
			if tok.Sentence != sent && sb.Len() > 0 {
				sb.WriteString("\n\n")
				glue = true
			}
			sent = tok.Sentence
			closing := strings.ContainsAny(w[:1], ".,;:!?)\u201d%") || w == "'s" || w == "n't" || w == "'" || strings.HasPrefix(w, "'")
			if !glue && !closing {
				sb.WriteByte(' ')
			}
			sb.WriteString(w)
			glue = w == "(" || w == "\u201c" || w == "$"
		}
		a := &dyad.Article{Text: sb.String(), Title: name, ID: dyad.ArticleID(sb.String())}
		out = append(out, a)
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Title < out[j].Title })
	return out
}
