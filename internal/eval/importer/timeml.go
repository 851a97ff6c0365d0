package importer

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/eval"
)

// TimeML imports TempEval-3 TimeML files: in is a .tml file or a folder
// searched recursively for *.tml. Each file becomes one gold file whose
// text is the TEXT element with its tags removed; the DCT's value is the
// publication date, and every TIMEX3 inside TEXT becomes a times item with
// its value and span. Times are marked exhaustive: TimeML annotates every
// time expression.
func TimeML(in string) ([]*eval.Gold, error) {
	files, err := findFiles(in, ".tml")
	if err != nil {
		return nil, err
	}
	var out []*eval.Gold
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		g, err := parseTimeML(f, string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// findFiles returns in itself when it is a file, else every file under in
// ending in ext, sorted.
func findFiles(in, ext string) ([]string, error) {
	fi, err := os.Stat(in)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return []string{in}, nil
	}
	var files []string
	err = filepath.WalkDir(in, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ext) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *%s files", in, ext)
	}
	return files, nil
}

type openTimex struct {
	start int
	value string
	typ   string
	line  int
}

func parseTimeML(name, src string) (*eval.Gold, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	d.Strict = true
	var (
		text      strings.Builder
		inText    bool
		sawText   bool
		inDCT     bool
		published string
		stack     []openTimex
		times     []eval.TimeItem
		docID     string
		inDocID   bool
	)
	perr := func(err error) error {
		line, _ := d.InputPos()
		return &ParseError{File: name, Line: line, Err: err}
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, perr(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				if sawText {
					return nil, perr(fmt.Errorf("second TEXT element"))
				}
				inText, sawText = true, true
			case "DCT":
				inDCT = true
			case "DOCID":
				inDocID = true
			case "TIMEX3":
				val, typ := attr(t, "value"), attr(t, "type")
				if inDCT || attr(t, "functionInDocument") == "CREATION_TIME" && !inText {
					if published == "" {
						published = val
					}
					continue
				}
				if !inText {
					return nil, perr(fmt.Errorf("TIMEX3 %s outside TEXT and DCT", attr(t, "tid")))
				}
				line, _ := d.InputPos()
				stack = append(stack, openTimex{start: text.Len(), value: val, typ: typ, line: line})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "DOCID":
				inDocID = false
			case "TIMEX3":
				if len(stack) > 0 && inText {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					times = append(times, eval.TimeItem{Value: o.value, Common: eval.Common{Start: ip(o.start), End: ip(text.Len()), Label: o.typ}})
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
			if inDocID {
				docID += strings.TrimSpace(string(t))
			}
		}
	}
	if !sawText {
		return nil, &ParseError{File: name, Err: fmt.Errorf("no TEXT element")}
	}
	if published == "" {
		return nil, &ParseError{File: name, Err: fmt.Errorf("no DCT TIMEX3 with a value")}
	}
	if len(published) > 10 {
		published = published[:10]
	}
	m := newTextMap(text.String())
	sort.SliceStable(times, func(i, j int) bool { return *times[i].Start < *times[j].Start })
	for i := range times {
		s, e, _ := m.span(*times[i].Start, *times[i].End)
		times[i].Start, times[i].End = ip(s), ip(e)
		times[i].Text = m.Text[s:e]
		if strings.TrimSpace(times[i].Text) == "" {
			return nil, &ParseError{File: name, Err: fmt.Errorf("empty TIMEX3 at offset %d", s)}
		}
	}
	if docID == "" {
		docID = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	return &eval.Gold{
		ID: docID, Text: m.Text, Published: published,
		Exhaustive: []string{eval.TaskTimes}, Times: times,
	}, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
