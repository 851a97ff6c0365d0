package importer_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/importer"
)

// fuzzImport runs an importer on data written to a file and checks that it
// does not panic and that every span it returns is in bounds, ordered and
// points at its item's text.
func fuzzImport(f *testing.F, format, name string, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		if len(data) > 1<<14 {
			return
		}
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		golds, err := importer.Formats[format](p)
		if err != nil {
			return
		}
		for _, g := range golds {
			check := func(text string, c eval.Common) {
				if c.Start == nil {
					return
				}
				if *c.Start < 0 || *c.End > len(g.Text) || *c.Start > *c.End || g.Text[*c.Start:*c.End] != text {
					t.Fatalf("%s: span [%d,%d) of %q does not hold %q", format, *c.Start, *c.End, g.Text, text)
				}
			}
			for _, it := range g.Times {
				check(it.Text, it.Common)
			}
			for _, it := range g.Places {
				check(it.Text, it.Common)
			}
			for _, it := range g.Actors {
				check(it.Text, it.Common)
			}
		}
	})
}

func FuzzParseTimeML(f *testing.F) {
	fuzzImport(f, "timeml", "x.tml",
		`<TimeML><DCT><TIMEX3 value="1998-01-08">x</TIMEX3></DCT><TEXT> a <TIMEX3 value="P1D">one day</TIMEX3> b</TEXT></TimeML>`,
		`<TimeML><DCT><TIMEX3 value="1998">x</TIMEX3></DCT><TEXT>&amp;<TIMEX3 value="1"><TIMEX3 value="2">é</TIMEX3></TIMEX3></TEXT></TimeML>`)
}

func FuzzParseLGL(f *testing.F) {
	fuzzImport(f, "lgl", "x.xml",
		`<articles><article docid="1"><dltime>2009-03-20</dltime><text>Paris, Texas</text><toponyms><toponym><start>0</start><end>5</end><phrase>Paris</phrase><gaztag><lat>33.6</lat><lon>-95.5</lon></gaztag></toponym></toponyms></article></articles>`,
		`<articles><article docid="2"><text> é Paris</text><toponyms><toponym><start>9</start><end>14</end><phrase>Paris</phrase></toponym></toponyms></article></articles>`)
}

func FuzzParseCoNLL(f *testing.F) {
	fuzzImport(f, "conll", "x.txt",
		"Barack\tB-politician\nObama\tI-politician\nvisited\tO\nFrance\tB-country\n\nNATO\tB-organisation\n",
		"a\tO\n\n\nb\tB-misc\n")
}
