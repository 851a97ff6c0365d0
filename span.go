package dyad

import (
	"fmt"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into
// Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies entirely within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// In returns the text the span covers in text, or "" when the span is out
// of bounds.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// CheckIn returns a CodeInvalid error when the span is not a valid range of
// text: out of bounds, reversed, or not on UTF-8 character boundaries.
func (s Span) CheckIn(text string) error {
	switch {
	case s.Start < 0 || s.End > len(text) || s.Start > s.End:
		return Errorf(CodeInvalid, "span [%d,%d) out of bounds of text of %d bytes", s.Start, s.End, len(text))
	case !onBoundary(text, s.Start) || !onBoundary(text, s.End):
		return Errorf(CodeInvalid, "span [%d,%d) not on a UTF-8 boundary", s.Start, s.End)
	}
	return nil
}

func onBoundary(text string, i int) bool {
	return i == 0 || i == len(text) || utf8.RuneStart(text[i])
}

// String formats the span as [start,end).
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }
