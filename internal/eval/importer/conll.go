package importer

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-events/dyad/internal/eval"
)

// CoNLLSentences is how many sentences the CoNLL importer puts in one
// pseudo-article.
const CoNLLSentences = 15

// crossnerKinds maps CrossNER entity types to gold actor kinds; types not
// listed become optional items (they keep a defensible reading, a country
// used as a location say, from counting as a false positive).
var crossnerKinds = map[string]string{
	"person":         "person",
	"politician":     "person",
	"country":        "country",
	"organisation":   "org",
	"organization":   "org",
	"politicalparty": "org",
}

// glued reports whether token i of a tokenised sentence is written against
// the token before it, undoing the tokeniser's splits so the text reads as
// written: closing punctuation (", . ; : % ) ! ?"), the clitics "'s", "'t"
// and any "'X" after a letter (O'Reilly, Terre'Blanche), "s" after a lone
// apostrophe ("Reagan ' s"), a lone apostrophe after a word ending in s
// before anything but "s" (the plural possessive "Workers' Party"), a suffix
// such as "-led", and any token after an opening parenthesis. Dashes,
// slashes and quotation marks keep their spaces.
func glued(toks []string, i int) bool {
	t, prev := toks[i], toks[i-1]
	switch t {
	case ",", ".", ";", ":", "%", ")", "!", "?", "...", "..":
		return true
	case "s":
		return prev == "'"
	case "'":
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		if next == "s" {
			return true
		}
		return strings.HasSuffix(prev, "s") && len(prev) > 1 && isLetter(prev[0])
	}
	if prev == "(" {
		return true
	}
	if len(t) > 1 && (t[0] == '\'' || t[0] == '-') && isLetter(t[1]) {
		return isLetter(prev[len(prev)-1])
	}
	return false
}

// isLetter reports whether the byte is an ASCII letter.
func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// CoNLL imports CoNLL-style BIO named entities (CrossNER): one
// "token<TAB>tag" per line, a blank line between sentences. Sentences are
// grouped into pseudo-articles of CoNLLSentences sentences, each sentence a
// line of text with its tokens joined by single spaces except where the
// tokeniser split what is written together (see glued). Entities become
// actors items with a kind (see crossnerKinds): person and politician are
// "person", country "country", organisation and politicalparty "org";
// other types (election, event, location, misc) are optional. Actors are
// marked exhaustive for the kinds person, country and org (the
// exhaustive_kinds extension), so pronouns and role phrases, which CrossNER
// does not annotate, are not false positives.
func CoNLL(in string) ([]*eval.Gold, error) {
	f, err := os.Open(in)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	base := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
	var (
		out   []*eval.Gold
		text  strings.Builder
		items []eval.ActorItem
		sents int
		toks  []string
		tags  []string
	)
	flushArticle := func() {
		if sents == 0 {
			return
		}
		out = append(out, &eval.Gold{
			ID:              fmt.Sprintf("%s-%03d", base, len(out)+1),
			Text:            strings.TrimSuffix(text.String(), "\n"),
			Exhaustive:      []string{eval.TaskActors},
			ExhaustiveKinds: map[string][]string{eval.TaskActors: {"person", "country", "org"}},
			Actors:          items,
		})
		text.Reset()
		items, sents = nil, 0
	}
	flushSentence := func() error {
		if len(toks) == 0 {
			return nil
		}
		off := make([]int, len(toks)+1)
		for i, t := range toks {
			if i > 0 && !glued(toks, i) {
				text.WriteByte(' ')
			}
			off[i] = text.Len()
			text.WriteString(t)
		}
		off[len(toks)] = text.Len()
		end := func(i int) int { return off[i] + len(toks[i]) }
		for i := 0; i < len(toks); {
			tag := tags[i]
			if tag == "O" {
				i++
				continue
			}
			typ := tag[2:]
			j := i + 1
			for j < len(toks) && tags[j] == "I-"+typ {
				j++
			}
			it := eval.ActorItem{Common: eval.Common{Start: ip(off[i]), End: ip(end(j - 1)), Label: typ}}
			if k, ok := crossnerKinds[typ]; ok {
				it.Kind = k
			} else {
				it.Optional = true
			}
			items = append(items, it)
			i = j
		}
		text.WriteByte('\n')
		toks, tags = toks[:0], tags[:0]
		sents++
		if sents == CoNLLSentences {
			flushArticle()
		}
		return nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			if err := flushSentence(); err != nil {
				return nil, err
			}
			continue
		}
		if strings.HasPrefix(l, "-DOCSTART-") {
			continue
		}
		fields := strings.Split(l, "\t")
		if len(fields) < 2 {
			fields = strings.Fields(l)
		}
		if len(fields) < 2 {
			return nil, &ParseError{File: in, Line: line, Err: fmt.Errorf("want token<TAB>tag, got %q", clipLine(l))}
		}
		tok, tag := fields[0], fields[len(fields)-1]
		if tok == "" || strings.ContainsAny(tok, " \n") {
			return nil, &ParseError{File: in, Line: line, Err: fmt.Errorf("bad token %q", tok)}
		}
		switch {
		case tag == "O":
		case strings.HasPrefix(tag, "B-") && len(tag) > 2:
		case strings.HasPrefix(tag, "I-") && len(tag) > 2:
			// An I- tag must continue an entity of its type.
			if len(tags) == 0 || tags[len(tags)-1][min(2, len(tags[len(tags)-1])):] != tag[2:] {
				return nil, &ParseError{File: in, Line: line, Err: fmt.Errorf("tag %s does not continue an entity of its type", tag)}
			}
		default:
			return nil, &ParseError{File: in, Line: line, Err: fmt.Errorf("bad BIO tag %q", tag)}
		}
		toks = append(toks, tok)
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: in, Line: line, Err: err}
	}
	if err := flushSentence(); err != nil {
		return nil, err
	}
	flushArticle()
	if len(out) == 0 {
		return nil, &ParseError{File: in, Err: fmt.Errorf("no sentences")}
	}
	for _, g := range out {
		for i := range g.Actors {
			g.Actors[i].Text = g.Text[*g.Actors[i].Start:*g.Actors[i].End]
		}
	}
	return out, nil
}
