package dyad

import (
	"errors"
	"fmt"
)

// Validate checks the document's invariants and returns every violation
// joined (CodeInvalid errors), or nil: every span lies within
// Article.Text, on UTF-8 boundaries; every Text field equals the slice
// its span covers; sentences are ordered and do not overlap; tokens lie
// inside their sentence; index references (antecedents, actors' mentions,
// speaker mentions, event mentions and quotes) are in range, and each
// actor's mentions ascend; event modes are valid.
func (d *Document) Validate() error {
	if d.Article == nil {
		return Errorf(CodeInvalid, "document has no article")
	}
	text := d.Article.Text
	var errs []error
	bad := func(format string, args ...any) {
		if len(errs) < 50 {
			errs = append(errs, Errorf(CodeInvalid, format, args...))
		}
	}
	span := func(what string, s Span, want string, check bool) {
		if err := s.CheckIn(text); err != nil {
			bad("%s %s: %v", what, s, err)
			return
		}
		if check && want != s.In(text) {
			bad("%s %s: text %q does not match span text %q", what, s, want, s.In(text))
		}
	}
	prev := 0
	for i, s := range d.Sentences {
		span(fmt.Sprintf("sentence %d", i), s.Span, "", false)
		if s.Start < prev {
			bad("sentence %d %s starts before the previous one ends (%d)", i, s.Span, prev)
		}
		prev = s.End
		for j, t := range s.Tokens {
			if !s.Span.Contains(t.Span) || t.Start >= t.End {
				bad("sentence %d token %d %s outside sentence %s or empty", i, j, t.Span, s.Span)
			}
		}
	}
	for i, m := range d.Mentions {
		what := fmt.Sprintf("mention %d", i)
		span(what, m.Span, m.Text, true)
		if m.Head != nil {
			span(what+" head", *m.Head, "", false)
		}
		if m.Antecedent != nil && (*m.Antecedent < 0 || *m.Antecedent >= len(d.Mentions)) {
			bad("%s antecedent %d out of range", what, *m.Antecedent)
		}
	}
	for i, a := range d.Actors {
		if len(a.Mentions) == 0 {
			bad("actor %d %q has no mentions", i, a.Name)
		}
		prev := -1
		for _, j := range a.Mentions {
			if j < 0 || j >= len(d.Mentions) {
				bad("actor %d %q mention %d out of range", i, a.Name, j)
			} else if j <= prev {
				bad("actor %d %q mention %d not after %d", i, a.Name, j, prev)
			}
			prev = j
		}
	}
	for i, p := range d.Places {
		span(fmt.Sprintf("place %d", i), p.Span, p.Text, true)
		if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			bad("place %d %q: coordinates %v,%v out of range", i, p.Text, p.Lat, p.Lon)
		}
	}
	for i, t := range d.Times {
		span(fmt.Sprintf("time %d", i), t.Span, t.Text, true)
	}
	for i, q := range d.Quotes {
		what := fmt.Sprintf("quote %d", i)
		span(what, q.Span, q.Text, true)
		at := q.Start
		for k, p := range q.Parts {
			if p.Start < at || p.End <= p.Start || p.End > q.End {
				bad("%s part %d [%d,%d) not in order inside [%d,%d)", what, k, p.Start, p.End, q.Start, q.End)
			}
			at = p.End
		}
		if q.Speaker != nil {
			if q.Speaker.End > q.Speaker.Start || q.Speaker.Text != "" {
				span(what+" speaker", q.Speaker.Span, q.Speaker.Text, true)
			}
			if q.Speaker.Mention != nil && (*q.Speaker.Mention < 0 || *q.Speaker.Mention >= len(d.Mentions)) {
				bad("%s speaker mention %d out of range", what, *q.Speaker.Mention)
			}
		}
		if q.CueSpan != nil {
			span(what+" cue", *q.CueSpan, "", false)
		}
	}
	for i, e := range d.Events {
		what := fmt.Sprintf("event %d", i)
		span(what+" sentence", e.Sentence, "", false)
		span(what+" trigger", e.Trigger.Span, e.Trigger.Text, e.Trigger.End > e.Trigger.Start)
		for _, a := range []*EventActor{e.Source, e.Target} {
			if a == nil {
				continue
			}
			if a.End > a.Start {
				span(what+" actor", a.Span, "", false)
			}
			if a.Mention != nil && (*a.Mention < 0 || *a.Mention >= len(d.Mentions)) {
				bad("%s actor mention %d out of range", what, *a.Mention)
			}
		}
		if !ValidMode(e.Mode) {
			bad("%s: mode %q is not a valid mode", what, e.Mode)
		}
		if q := e.Attribution.Quote; q != nil && (*q < 0 || *q >= len(d.Quotes)) {
			bad("%s quote %d out of range", what, *q)
		}
	}
	return errors.Join(errs...)
}
