package eval

import "github.com/dyad-events/dyad"

// MapSpan exposes the raw-to-clean alignment to the external tests: it
// aligns raw onto clean and maps the raw span [start,end).
func MapSpan(raw, clean string, start, end int) (dyad.Span, bool) {
	return align(raw, clean).mapSpan(start, end)
}

// MapSpans is MapSpan for several spans over one alignment.
func MapSpans(raw, clean string, spans []dyad.Span) ([]dyad.Span, []bool) {
	a := align(raw, clean)
	out := make([]dyad.Span, len(spans))
	ok := make([]bool, len(spans))
	for i, s := range spans {
		out[i], ok[i] = a.mapSpan(s.Start, s.End)
	}
	return out, ok
}

// SameValue exposes the time value comparison.
func SameValue(sys, gold string) bool { return sameValue(sys, gold) }
