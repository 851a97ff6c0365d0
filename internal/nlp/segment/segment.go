// Package segment splits an article's clean text into paragraphs,
// sentences and tokens, with byte spans into the text.
//
// Paragraphs are separated by newlines. Within a paragraph a sentence ends
// at '.', '!', '?' or '…' (with any closing quotation marks and brackets)
// followed by space and a plausible sentence start, unless the period ends
// a known abbreviation (U.S., Feb., Gen., Sen.), an initial (J. D.), or is
// part of a number (3.5). Quotation marks and ellipses inside a sentence do
// not end it.
//
// The splitter is hand-written: the libraries measured here (prose,
// neurosnap/sentences) were slower and did not split on newlines; this one
// is tuned for news copy and runs at several million tokens per second.
package segment

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "segment"

// Config configures the segmenter. The zero value is ready to use.
type Config struct {
	// ExtraAbbreviations are added to the built-in list of abbreviations
	// whose period does not end a sentence (without the final period:
	// "Gov", "Lt").
	ExtraAbbreviations []string
}

// Segmenter is the segment stage. It is safe for concurrent use.
type Segmenter struct {
	abbr map[string]bool
}

var _ dyad.Stage = (*Segmenter)(nil)

// New returns a Segmenter.
func New(cfg Config) (*Segmenter, error) {
	s := &Segmenter{abbr: make(map[string]bool, len(abbreviations)+len(cfg.ExtraAbbreviations))}
	for _, a := range abbreviations {
		s.abbr[strings.ToLower(a)] = true
	}
	for _, a := range cfg.ExtraAbbreviations {
		s.abbr[strings.ToLower(strings.TrimSuffix(a, "."))] = true
	}
	return s, nil
}

// Name returns the stage name.
func (s *Segmenter) Name() string { return Name }

// Process sets doc.Sentences, replacing any already there.
func (s *Segmenter) Process(ctx context.Context, doc *dyad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Sentences = s.Split(doc.Article.Text)
	return nil
}

// Split returns the sentences of text, each with its tokens. The returned
// slice is new and owned by the caller.
func (s *Segmenter) Split(text string) []dyad.Sentence {
	toks := Tokenize(text)
	out := make([]dyad.Sentence, 0, len(toks)/20+1)
	para := 0
	i := 0
	for i < len(toks) {
		// The paragraph of toks[i]: count newlines between the previous
		// sentence end and this token.
		start := i
		end := s.sentenceEnd(text, toks, i)
		sent := dyad.Sentence{
			Span:      dyad.Span{Start: toks[start].Start, End: toks[end-1].End},
			Paragraph: para,
			Tokens:    toks[start:end:end],
		}
		out = append(out, sent)
		i = end
		if i < len(toks) {
			para += strings.Count(text[toks[end-1].End:toks[i].Start], "\n")
		}
	}
	return out
}

// sentenceEnd returns the index one past the last token of the sentence
// starting at toks[i].
func (s *Segmenter) sentenceEnd(text string, toks []dyad.Token, i int) int {
	for j := i; j < len(toks); j++ {
		t := toks[j]
		// A newline after this token ends the sentence (and paragraph).
		if j+1 < len(toks) && strings.IndexByte(text[t.End:toks[j+1].Start], '\n') >= 0 {
			return j + 1
		}
		if t.Kind != dyad.TokenPunct {
			// A word token that ends with '.' (an abbreviation kept whole
			// like "U.S.") may end a sentence when the next word starts one
			// and the word is not a known title-like abbreviation.
			if t.Kind == dyad.TokenWord && text[t.End-1] == '.' {
				if j+1 < len(toks) && s.endsAfterAbbrev(text, toks, j) {
					return j + 1
				}
			}
			continue
		}
		w := text[t.Start:t.End]
		if !isTerminal(w) {
			continue
		}
		// Absorb closing quotes and brackets, and further terminals.
		k := j + 1
		for k < len(toks) && toks[k].Start == toks[k-1].End && toks[k].Kind == dyad.TokenPunct && (isCloser(text[toks[k].Start:toks[k].End]) || isTerminal(text[toks[k].Start:toks[k].End])) {
			k++
		}
		if k >= len(toks) {
			return len(toks)
		}
		if strings.IndexByte(text[toks[k-1].End:toks[k].Start], '\n') >= 0 {
			return k
		}
		if toks[k].Start == toks[k-1].End {
			continue // "3.5", "end.Next": no space, no boundary
		}
		if w == "." && j > i && s.isAbbrevPeriod(text, toks, j) {
			continue
		}
		if w == "…" || w == "..." {
			// An ellipsis ends a sentence only before a capitalised word
			// that is not a mid-sentence continuation.
			if !startsSentence(text, toks[k]) || lowerNext(text, toks, k) {
				continue
			}
		}
		if startsSentence(text, toks[k]) {
			return k
		}
	}
	return len(toks)
}

// lowerNext reports whether the token after a quote opener at k is lower
// case (a quotation continuing mid-sentence).
func lowerNext(text string, toks []dyad.Token, k int) bool {
	if toks[k].Kind != dyad.TokenPunct || k+1 >= len(toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[toks[k+1].Start:])
	return unicode.IsLower(r)
}

// isAbbrevPeriod reports whether the period at toks[j] ends an
// abbreviation or an initial rather than a sentence.
func (s *Segmenter) isAbbrevPeriod(text string, toks []dyad.Token, j int) bool {
	prev := toks[j-1]
	if prev.End != toks[j].Start || prev.Kind != dyad.TokenWord {
		return false
	}
	w := text[prev.Start:prev.End]
	var buf [16]byte
	lw := lower(buf[:0], w)
	if s.abbr[string(lw)] {
		// Months and "U.S."-like words end sentences when the next word
		// starts a new one after them; titles (Mr., Gen.) never do.
		if titles[string(lw)] {
			return true
		}
		return !s.nextLooksLikeNewSentence(text, toks, j+1)
	}
	// A single capital letter: an initial (J. D. Vance).
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	return false
}

// endsAfterAbbrev reports whether a word token ending in '.' (U.S.) ends
// the sentence.
func (s *Segmenter) endsAfterAbbrev(text string, toks []dyad.Token, j int) bool {
	if toks[j+1].Start == toks[j].End {
		return false
	}
	var buf [16]byte
	if titles[string(lower(buf[:0], strings.TrimSuffix(text[toks[j].Start:toks[j].End], ".")))] {
		return false
	}
	return s.nextLooksLikeNewSentence(text, toks, j+1)
}

// nextLooksLikeNewSentence reports whether toks[k] begins a sentence after
// an abbreviation: a capitalised function word (The, He, But) or an
// opening quote; a capitalised name after "U.S." usually continues.
func (s *Segmenter) nextLooksLikeNewSentence(text string, toks []dyad.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	w := text[toks[k].Start:toks[k].End]
	if isOpener(w) {
		return true
	}
	return sentenceStarters[w]
}

// lower appends w lower-cased to dst, as strings.ToLower does, without
// allocating for ASCII words that fit dst's capacity.
func lower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func startsSentence(text string, t dyad.Token) bool {
	w := text[t.Start:t.End]
	if t.Kind == dyad.TokenNumber {
		return true
	}
	if t.Kind == dyad.TokenPunct {
		return isOpener(w) || w == "(" || w == "[" || w == "-" || w == "—" || w == "–"
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLetter(r)
}

func isTerminal(w string) bool {
	return w == "." || w == "!" || w == "?" || w == "…" || w == "..." || w == "?!" || w == "!?"
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", "\u201d", "\u2019", ")", "]", "\u00bb", "\u203a":
		return true
	}
	return false
}

func isOpener(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u2018", "\u00ab", "\u2039", "\u201e":
		return true
	}
	return false
}
