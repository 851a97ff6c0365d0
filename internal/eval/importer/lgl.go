package importer

import (
	"bufio"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/eval"
)

// LGLWindow is how far (in characters) the LGL importer looks around a
// toponym's recorded offsets for its phrase when the offsets are off, as
// they are for about a tenth of TR-News's toponyms.
const LGLWindow = 40

type lglArticles struct {
	Articles []lglArticle `xml:"article"`
}

type lglArticle struct {
	DocID    string       `xml:"docid,attr"`
	Domain   string       `xml:"domain"`
	DLTime   string       `xml:"dltime"`
	Text     string       `xml:"text"`
	Toponyms []lglToponym `xml:"toponyms>toponym"`
}

type lglToponym struct {
	Start  string  `xml:"start"`
	End    string  `xml:"end"`
	Phrase string  `xml:"phrase"`
	Gaztag *lglGaz `xml:"gaztag"`
}

type lglGaz struct {
	ID      string `xml:"geonameid,attr"`
	Name    string `xml:"name"`
	Lat     string `xml:"lat"`
	Lon     string `xml:"lon"`
	Country string `xml:"country"`
}

// LGL imports the LGL and TR-News geoparsing XML (gzipped or not): one gold
// file per <article>, its text the article's <text>, published the date read from
// <dltime> (none when it holds no complete date), outlet its <domain>. Each <toponym> becomes a places item with
// its span, the gazetteer's lat/lon and km 161 (the customary accuracy@161
// km); the country is left "" (any): the files name countries, not ISO
// codes, and the distance already pins the place. A toponym without
// coordinates becomes an optional item. Places are marked exhaustive.
//
// Offsets in the files count characters; where a toponym's phrase is not at
// its offsets, the nearest occurrence within LGLWindow characters is used,
// and a toponym whose phrase is not found there becomes an optional item
// without a span.
func LGL(in string) ([]*eval.Gold, error) {
	f, err := os.Open(in)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in, err)
		}
		r = zr
	}
	var doc lglArticles
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, &ParseError{File: in, Line: se.Line, Err: errors.New(se.Msg)}
		}
		return nil, &ParseError{File: in, Err: err}
	}
	if len(doc.Articles) == 0 {
		return nil, &ParseError{File: in, Err: fmt.Errorf("no <article> elements")}
	}
	out := make([]*eval.Gold, 0, len(doc.Articles))
	for i, a := range doc.Articles {
		g, err := lglGold(a)
		if err != nil {
			return nil, &ParseError{File: in, Err: fmt.Errorf("article %d (docid %s): %w", i+1, a.DocID, err)}
		}
		out = append(out, g)
	}
	return out, nil
}

func lglGold(a lglArticle) (*eval.Gold, error) {
	raw := a.Text
	runes := runeOffsets(raw)
	m := newTextMap(raw)
	g := &eval.Gold{
		ID: a.DocID, Text: m.Text, Outlet: strings.TrimSpace(a.Domain),
		Exhaustive: []string{eval.TaskPlaces}, Places: []eval.PlaceItem{},
	}
	g.Published = looseDate(a.DLTime)
	if g.ID == "" {
		return nil, fmt.Errorf("no docid")
	}
	for j, t := range a.Toponyms {
		s, err1 := strconv.Atoi(strings.TrimSpace(t.Start))
		e, err2 := strconv.Atoi(strings.TrimSpace(t.End))
		if err1 != nil || err2 != nil || s < 0 || e < s {
			return nil, fmt.Errorf("toponym %d: bad offsets %q %q", j+1, t.Start, t.End)
		}
		phrase := strings.TrimSpace(t.Phrase)
		if phrase == "" {
			return nil, fmt.Errorf("toponym %d: empty phrase", j+1)
		}
		it := eval.PlaceItem{Text: phrase}
		if bs, be, ok := locate(raw, runes, s, e, phrase); ok {
			ns, ne, _ := m.span(bs, be)
			it.Start, it.End = ip(ns), ip(ne)
			it.Text = m.Text[ns:ne]
		} else {
			it.Optional = true
			it.Label = "offsets do not match the phrase"
		}
		if gz := t.Gaztag; gz != nil && gz.Lat != "" && gz.Lon != "" {
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(gz.Lat), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(gz.Lon), 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("toponym %d: bad coordinates %q %q", j+1, gz.Lat, gz.Lon)
			}
			km := 161.0
			it.Lat, it.Lon, it.KM = &lat, &lon, &km
			if it.Label == "" {
				it.Label = strings.TrimSpace(gz.Name + ", " + gz.Country)
			}
		} else {
			it.Optional = true
			if it.Label == "" {
				it.Label = "no coordinates"
			}
		}
		g.Places = append(g.Places, it)
	}
	return g, nil
}

// locate finds phrase at rune offsets [s,e) of raw, or its nearest
// occurrence within LGLWindow characters, and returns byte offsets.
func locate(raw string, runes []int, s, e int, phrase string) (int, int, bool) {
	n := len(runes) - 1
	if e <= n && raw[runes[s]:runes[e]] == phrase {
		return runes[s], runes[e], true
	}
	lo := runes[max(0, min(n, s-LGLWindow))]
	hi := runes[max(0, min(n, e+LGLWindow))]
	if s > n {
		return 0, 0, false
	}
	want := runes[min(s, n)]
	best, bestD := -1, 1<<30
	for from := lo; from < hi; {
		k := strings.Index(raw[from:hi], phrase)
		if k < 0 {
			break
		}
		k += from
		d := k - want
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = k, d
		}
		from = k + 1
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, best + len(phrase), true
}
