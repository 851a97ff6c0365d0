package importer

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/eval"
)

// Brat imports PolNeAR-style brat attribution standoff. in is a folder
// holding text/*.txt and attributions/*.ann (PolNeAR's dev/), or a
// .tar.gz holding such folders (PolNeAR's train-text-attributions.tar.gz),
// read directly. Annotation files are named <article>_<annotator>.ann;
// when several annotators did one article, the annotator whose ID sorts
// first is used. Publication date and outlet come from metadata.tsv
// (columns filename, publisher, publication_date), looked for in in's
// folder and its parent.
//
// Each event (E line) with a Content becomes a quotes item: starts is the
// first words of the content, start/end the content's first fragment,
// speaker and speaker_start/end the Source's first fragment, cue the reporting verb of the Cue's
// text, direct whether the content opens with a quotation mark. Each later
// fragment of a content becomes an optional item with the same source and
// cue (label "continuation"), so that a quote found on it is neither a hit
// nor a false positive. Events with no source (Attribution-no-source)
// become optional items without a speaker. Quotes are marked exhaustive.
func Brat(in string) ([]*eval.Gold, error) {
	texts := map[string]string{} // article name -> raw text
	anns := map[string]string{}  // ann file name (no .ann) -> content
	fi, err := os.Stat(in)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		if err := readBratDir(in, texts, anns); err != nil {
			return nil, err
		}
	} else if err := readBratTar(in, texts, anns); err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("%s: no .ann files", in)
	}
	meta, err := readPolNeARMeta(in)
	if err != nil {
		return nil, err
	}
	// Pick one annotator per article.
	chosen := map[string]string{}
	names := make([]string, 0, len(anns))
	for n := range anns {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		i := strings.LastIndexByte(n, '_')
		if i < 0 {
			return nil, &ParseError{File: n + ".ann", Err: fmt.Errorf("name has no _annotator suffix")}
		}
		art := n[:i]
		if _, ok := chosen[art]; !ok {
			chosen[art] = n
		}
	}
	arts := make([]string, 0, len(chosen))
	for a := range chosen {
		arts = append(arts, a)
	}
	sort.Strings(arts)
	var out []*eval.Gold
	for _, a := range arts {
		raw, ok := texts[a]
		if !ok {
			return nil, &ParseError{File: chosen[a] + ".ann", Err: fmt.Errorf("no text file %s.txt", a)}
		}
		g, err := parseBrat(chosen[a]+".ann", anns[chosen[a]], raw)
		if err != nil {
			return nil, err
		}
		g.ID = a
		if m, ok := meta[a]; ok {
			g.Published, g.Outlet = m.published, m.outlet
		}
		out = append(out, g)
	}
	return out, nil
}

func readBratDir(in string, texts, anns map[string]string) error {
	for _, sub := range []string{"text", "attributions"} {
		ents, err := os.ReadDir(filepath.Join(in, sub))
		if err != nil {
			return fmt.Errorf("brat folder %s: %w", in, err)
		}
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(in, sub, e.Name()))
			if err != nil {
				return err
			}
			addBrat(e.Name(), string(b), texts, anns)
		}
	}
	return nil
}

func addBrat(name, content string, texts, anns map[string]string) {
	switch {
	case strings.HasSuffix(name, ".txt"):
		texts[strings.TrimSuffix(name, ".txt")] = content
	case strings.HasSuffix(name, ".ann"):
		anns[strings.TrimSuffix(name, ".ann")] = content
	}
}

func readBratTar(in string, texts, anns map[string]string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(io.LimitReader(tr, 64<<20))
		if err != nil {
			return fmt.Errorf("%s: %s: %w", in, h.Name, err)
		}
		addBrat(path.Base(h.Name), string(b), texts, anns)
	}
}

type polnearMeta struct{ published, outlet string }

// readPolNeARMeta reads metadata.tsv beside in or in its parent; a missing
// file gives no metadata.
func readPolNeARMeta(in string) (map[string]polnearMeta, error) {
	dir := in
	if fi, err := os.Stat(in); err == nil && !fi.IsDir() {
		dir = filepath.Dir(in)
	}
	var p string
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if _, err := os.Stat(filepath.Join(d, "metadata.tsv")); err == nil {
			p = filepath.Join(d, "metadata.tsv")
			break
		}
	}
	out := map[string]polnearMeta{}
	if p == "" {
		return out, nil
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	col := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 {
			for i, h := range fields {
				col[h] = i
			}
			for _, need := range []string{"filename", "publisher", "publication_date"} {
				if _, ok := col[need]; !ok {
					return nil, &ParseError{File: p, Line: 1, Err: fmt.Errorf("no %s column", need)}
				}
			}
			continue
		}
		get := func(k string) string {
			if i := col[k]; i < len(fields) {
				return fields[i]
			}
			return ""
		}
		out[get("filename")] = polnearMeta{published: get("publication_date"), outlet: get("publisher")}
	}
	return out, sc.Err()
}

type bratSpan struct {
	typ   string
	frags [][2]int // rune offsets
	text  string
	line  int
}

// parseBrat turns one .ann file over raw text into a gold file.
func parseBrat(name, ann, raw string) (*eval.Gold, error) {
	runes := runeOffsets(raw)
	m := newTextMap(raw)
	spans := map[string]bratSpan{}
	type event struct {
		roles map[string]string
		line  int
	}
	var events []event
	prevT := false // the previous line was a text-bound annotation
	for i, l := range strings.Split(ann, "\n") {
		line := i + 1
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		perr := func(format string, a ...any) error {
			return &ParseError{File: name, Line: line, Err: fmt.Errorf(format, a...)}
		}
		parts := strings.SplitN(l, "\t", 3)
		if !bratID(parts[0]) {
			// A text-bound annotation's text may span lines; its
			// continuation lines carry no ID. The text is read from the
			// article, so they are skipped.
			if prevT {
				continue
			}
			return nil, perr("line has no annotation ID: %q", clipLine(l))
		}
		prevT = l[0] == 'T'
		switch l[0] {
		case 'T':
			if len(parts) < 2 {
				return nil, perr("text-bound line needs an ID, a type with offsets and a text")
			}
			ts := strings.SplitN(parts[1], " ", 2)
			if len(ts) != 2 {
				return nil, perr("no offsets after type %q", ts[0])
			}
			var sp bratSpan
			sp.typ, sp.line = ts[0], line
			for _, fr := range strings.Split(ts[1], ";") {
				se := strings.Fields(fr)
				if len(se) != 2 {
					return nil, perr("bad offsets %q", fr)
				}
				s, err1 := strconv.Atoi(se[0])
				e, err2 := strconv.Atoi(se[1])
				if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(runes) {
					return nil, perr("bad offsets %q for a text of %d characters", fr, len(runes)-1)
				}
				sp.frags = append(sp.frags, [2]int{runes[s], runes[e]})
			}
			if len(parts) == 3 {
				sp.text = parts[2]
			}
			spans[parts[0]] = sp
		case 'E':
			if len(parts) < 2 {
				return nil, perr("event line needs an ID and roles")
			}
			ev := event{roles: map[string]string{}, line: line}
			for _, r := range strings.Fields(parts[1]) {
				k, v, ok := strings.Cut(r, ":")
				if !ok {
					return nil, perr("bad role %q", r)
				}
				if _, dup := ev.roles[k]; !dup {
					ev.roles[k] = v
				}
			}
			events = append(events, ev)
		case 'A', 'R', '#', 'N', 'M':
			// attributes, relations, notes: not used
		default:
			return nil, perr("unknown annotation line %q", clipLine(l))
		}
	}
	g := &eval.Gold{Text: m.Text, Exhaustive: []string{eval.TaskQuotes}}
	for _, ev := range events {
		cid, ok := ev.roles["Content"]
		if !ok {
			continue // an attribution with no content names no quote
		}
		content, ok := spans[cid]
		if !ok {
			return nil, &ParseError{File: name, Line: ev.line, Err: fmt.Errorf("event refers to unknown %s", cid)}
		}
		cs, ce, _ := m.span(content.frags[0][0], content.frags[0][1])
		starts, off := firstWords(m.Text[cs:ce], 6)
		if starts == "" {
			return nil, &ParseError{File: name, Line: content.line, Err: fmt.Errorf("content %s has no words", cid)}
		}
		q := eval.QuoteItem{Starts: starts, Common: eval.Common{Start: ip(cs + off), End: ip(ce)}}
		lead := strings.TrimSpace(m.Text[cs:ce])
		direct := strings.HasPrefix(lead, "\"") || strings.HasPrefix(lead, "“") || strings.HasPrefix(lead, "‘")
		q.Direct = &direct
		if sid, ok := ev.roles["Source"]; ok {
			src, ok := spans[sid]
			if !ok {
				return nil, &ParseError{File: name, Line: ev.line, Err: fmt.Errorf("event refers to unknown %s", sid)}
			}
			ss, se, _ := m.span(src.frags[0][0], src.frags[0][1])
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = sourceName(m.Text[ss:se]), ip(ss), ip(se)
		} else {
			q.Optional = true
			q.Label = "no-source"
		}
		if cid, ok := ev.roles["Cue"]; ok {
			if cue, ok := spans[cid]; ok {
				s, e, _ := m.span(cue.frags[0][0], cue.frags[0][1])
				q.Cue = m.Text[s:e]
				if q.SpeakerStart != nil && swappedRoles(m.Text[*q.SpeakerStart:*q.SpeakerEnd], q.Cue) {
					// "“…,” said Robert Roe": the annotator marked the
					// verb as the Source and the name as the Cue.
					q.Cue = m.Text[*q.SpeakerStart:*q.SpeakerEnd]
					q.Speaker, q.SpeakerStart, q.SpeakerEnd = sourceName(m.Text[s:e]), ip(s), ip(e)
				}
				// "accused Holt of" → "accused": the reporting verb
				// alone, as dyad's cues are (see cueHead).
				q.Cue = cueHead(q.Cue)
			}
		}
		g.Quotes = append(g.Quotes, q)
		// A content in several fragments ("“…,” said X. “…”", "The
		// plan, X said, will fail") is one attribution; a system quote
		// on a later fragment reads it correctly too, so each later
		// fragment is an optional item with the same source.
		for _, f := range content.frags[1:] {
			fs, fe, _ := m.span(f[0], f[1])
			fw, foff := firstWords(m.Text[fs:fe], 6)
			if fw == "" {
				continue
			}
			more := q
			more.Starts = fw
			more.Common = eval.Common{Start: ip(fs + foff), End: ip(fe), Optional: true, Label: "continuation"}
			flead := strings.TrimSpace(m.Text[fs:fe])
			fdirect := strings.HasPrefix(flead, "\"") || strings.HasPrefix(flead, "“") || strings.HasPrefix(flead, "‘")
			more.Direct = &fdirect
			g.Quotes = append(g.Quotes, more)
		}
	}
	sort.SliceStable(g.Quotes, func(i, j int) bool { return *g.Quotes[i].Start < *g.Quotes[j].Start })
	return g, nil
}

// reportingWords are the verbs PolNeAR's Cue spans most often hold;
// a Source of one of them alone is a Cue marked as the Source.
var reportingWords = map[string]bool{"said": true, "says": true, "say": true, "told": true,
	"tells": true, "according to": true, "added": true, "wrote": true, "writes": true}

// swappedRoles reports whether an attribution's Source and Cue were
// marked the wrong way round: the Source is a reporting verb alone and
// the Cue opens with a capital letter (a name), or the Source is
// "according to" and the Cue is not.
func swappedRoles(source, cue string) bool {
	src := strings.ToLower(strings.TrimSpace(source))
	if !reportingWords[src] || reportingWords[strings.ToLower(strings.TrimSpace(cue))] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(cue))
	return src == "according to" || unicode.IsUpper(r)
}

// bratID reports whether s is a brat annotation ID: a letter or # and
// digits (T12, E3, A1, #2).
func bratID(s string) bool {
	if len(s) < 2 || !strings.ContainsRune("TEARNM#*", rune(s[0])) {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func clipLine(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
