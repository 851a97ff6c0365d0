package eval

import (
	"bytes"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/dyad-events/dyad"
)

// An alignment maps byte offsets of a gold article's raw text to the clean
// text the pipeline reads (Article.Text). Ingest cleaning only deletes
// (headline, dateline, debris lines, zero-width and control characters),
// changes white space (collapses runs, unwraps hard-wrapped lines, NBSP to
// a space) and decodes character references, so the clean text, its white
// space set aside, is a subsequence of the raw text. The alignment is
// monotone: it pairs every rune of the clean text that could be placed with
// the raw rune it came from.
type alignment struct {
	// raw[k] is the raw offset of the k-th aligned rune, clean[k] and
	// cleanEnd[k] its span in the clean text. All three are
	// non-decreasing.
	raw, clean, cleanEnd []int32
	// identity is set when the two texts are equal.
	identity bool
	// cleanLen is the clean text's length.
	cleanLen int
}

// skeleton is a text with white space, zero-width and control characters
// dropped and typographic forms folded (dyad.FoldRune), with each byte's
// source span: the runes that remain are the ones cleaning keeps.
type skeleton struct {
	s        []byte
	off, end []int32 // source span of the rune byte i belongs to
	// cut lists the skeleton offsets at which white space was dropped
	// (word boundaries), in order.
	cut []int32
	// line lists, for a clean text, the skeleton offset where each line
	// starts, and len(s) at the end.
	line []int32
}

// ignorable reports whether cleaning drops r (or turns it into white space).
func ignorable(r rune) bool {
	switch r {
	case '\u200b', '\ufeff', '\u2060', '\u00ad':
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// maxEntity is the longest character reference decoded in a raw text.
const maxEntity = 32

func newSkeleton(text string, entities, lines bool) skeleton {
	k := skeleton{
		s:   make([]byte, 0, len(text)),
		off: make([]int32, 0, len(text)),
		end: make([]int32, 0, len(text)),
	}
	if lines {
		k.line = append(k.line, 0)
	}
	add := func(r rune, from, to int) {
		if r >= 0x80 && r <= 0x9f {
			// Cleaning reads C1 controls as the Windows-1252
			// punctuation they stand for (U+0097 → "—") and drops the rest.
			if m := charmap.Windows1252.DecodeByte(byte(r)); m > 0x9f && m != utf8.RuneError {
				r = m
			}
		}
		r = dyad.FoldRune(r)
		if ignorable(r) {
			if n := int32(len(k.s)); len(k.cut) == 0 || k.cut[len(k.cut)-1] != n {
				k.cut = append(k.cut, n)
			}
			if lines && r == '\n' {
				k.line = append(k.line, int32(len(k.s)))
			}
			return
		}
		k.s = utf8.AppendRune(k.s, r)
		for len(k.off) < len(k.s) {
			k.off = append(k.off, int32(from))
			k.end = append(k.end, int32(to))
		}
	}
	for i := 0; i < len(text); {
		if entities && text[i] == '&' {
			if j := strings.IndexByte(text[i:min(len(text), i+maxEntity)], ';'); j > 1 {
				ref := text[i : i+j+1]
				if dec := html.UnescapeString(ref); dec != ref {
					for _, r := range dec {
						add(r, i, i+j+1)
					}
					i += j + 1
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		add(r, i, i+n)
		i += n
	}
	if lines {
		k.line = append(k.line, int32(len(k.s)))
	}
	return k
}

// wordStart reports whether skeleton offset i begins a word: white space
// was dropped just before it, or a letter or digit does not continue one.
func (k *skeleton) wordStart(i int) bool {
	if i == 0 {
		return true
	}
	if j := sort.Search(len(k.cut), func(j int) bool { return int(k.cut[j]) >= i }); j < len(k.cut) && int(k.cut[j]) == i {
		return true
	}
	prev, _ := utf8.DecodeLastRune(k.s[:i])
	cur, _ := utf8.DecodeRune(k.s[i:])
	return !isWordRune(prev) || !isWordRune(cur)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// hasWordRune reports whether b holds a letter or digit.
func hasWordRune(b []byte) bool {
	for _, r := range string(b) {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// fallbackWindow bounds how far past the last aligned place the first
// word of a clean line that could not be placed whole is looked for, and
// fallbackGap how far past the previous word each next word is: inside a
// paragraph cleaning removes only short stretches (a dateline), so a word
// found further away is another occurrence.
const (
	fallbackWindow = 4096
	fallbackGap    = 64
)

// maxTries bounds how many occurrences of a line are tried for one that
// begins at a word boundary.
const maxTries = 8

// align builds the alignment of raw onto clean. Each clean line (a
// paragraph) is placed whole at its first occurrence in the raw skeleton
// after the previous line's, preferring one that begins a word; a line
// that does not occur whole is placed word by word, nearby. It runs in
// time roughly linear in the texts' length.
func align(raw, clean string) *alignment {
	a := &alignment{cleanLen: len(clean)}
	if raw == clean {
		a.identity = true
		return a
	}
	rs := newSkeleton(raw, true, false)
	cs := newSkeleton(clean, false, true)
	n := len(cs.s)
	a.raw = make([]int32, 0, n)
	a.clean = make([]int32, 0, n)
	a.cleanEnd = make([]int32, 0, n)
	pair := func(ri, ci, l int) {
		for x := range l {
			if !utf8.RuneStart(cs.s[ci+x]) {
				continue
			}
			a.raw = append(a.raw, rs.off[ri+x])
			a.clean = append(a.clean, cs.off[ci+x])
			a.cleanEnd = append(a.cleanEnd, cs.end[ci+x])
		}
	}
	cur := 0
	for li := 0; li+1 < len(cs.line); li++ {
		lo, hi := int(cs.line[li]), int(cs.line[li+1])
		if lo == hi {
			continue
		}
		if at := findLine(&rs, cs.s[lo:hi], cur); at >= 0 {
			pair(at, lo, hi-lo)
			cur = at + hi - lo
			continue
		}
		// Word by word: the words are the stretches between cuts. The
		// line's first placed word must hold a letter or digit, and each
		// next word follow closely; a word of punctuation alone (a dash
		// or quote mark occurs everywhere) must follow at once.
		c := sort.Search(len(cs.cut), func(j int) bool { return int(cs.cut[j]) > lo })
		anchored := false
		for w := lo; w < hi; {
			e := hi
			for c < len(cs.cut) && int(cs.cut[c]) <= w {
				c++
			}
			if c < len(cs.cut) && int(cs.cut[c]) < hi {
				e = int(cs.cut[c])
			}
			word := cs.s[w:e]
			reach := fallbackGap + len(word)
			switch {
			case !hasWordRune(word):
				// Punctuation alone only right where the text goes on.
				reach = len(word)
				if !anchored {
					reach = 0
				}
			case !anchored:
				reach = fallbackWindow
			}
			win := rs.s[cur:min(len(rs.s), cur+reach)]
			if i := bytes.Index(win, word); i >= 0 {
				pair(cur+i, w, e-w)
				cur += i + e - w
				anchored = true
			}
			w = e
		}
	}
	return a
}

// findLine returns the first occurrence of line in the raw skeleton at or
// after from that begins a word, else the first occurrence, else -1.
func findLine(rs *skeleton, line []byte, from int) int {
	first := -1
	pos := from
	for range maxTries {
		i := bytes.Index(rs.s[pos:], line)
		if i < 0 {
			break
		}
		i += pos
		if rs.wordStart(i) {
			return i
		}
		if first < 0 {
			first = i
		}
		_, n := utf8.DecodeRune(rs.s[i:])
		pos = i + n
	}
	return first
}

// mapSpan maps the raw span [start,end) to the clean text: from the first
// to the last aligned rune inside it. ok is false when no rune of the
// span survives in the clean text (cleaning removed it, or it is only
// white space).
func (a *alignment) mapSpan(start, end int) (sp dyad.Span, ok bool) {
	if a.identity {
		return dyad.Span{Start: start, End: end}, true
	}
	k := sort.Search(len(a.raw), func(i int) bool { return int(a.raw[i]) >= start })
	if start == end {
		if k < len(a.raw) {
			return dyad.Span{Start: int(a.clean[k]), End: int(a.clean[k])}, true
		}
		return dyad.Span{Start: a.cleanLen, End: a.cleanLen}, true
	}
	e := sort.Search(len(a.raw), func(i int) bool { return int(a.raw[i]) >= end })
	if e <= k {
		return dyad.Span{}, false
	}
	return dyad.Span{Start: int(a.clean[k]), End: int(a.cleanEnd[e-1])}, true
}
