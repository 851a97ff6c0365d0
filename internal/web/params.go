package web

import (
	"net/url"
	"regexp"
	"strconv"
	"time"

	"github.com/dyad-events/dyad"
)

// eventParams are the query parameters of event filters, shared by
// /api/v1/events, /api/v1/counts and the UI.
var eventParams = map[string]bool{
	"article": true, "actor": true, "source": true, "target": true, "country": true, "code": true,
	"root": true, "plover": true, "mode": true, "quad": true, "from": true, "to": true, "place": true,
	"limit": true, "offset": true, "by": true, "originals": true, "dyadic": true,
}

var (
	datePattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	codePattern = regexp.MustCompile(`^\d{1,4}$`)
)

// ParseEventFilter reads an event filter from query parameters: article,
// actor, source, target, country, code (CAMEO prefix), root, plover, mode,
// quad (1–4), from and to (YYYY, YYYY-MM or YYYY-MM-DD), place, originals
// (true/false: only events of articles that duplicate no other), dyadic
// (true/false: only events with both a source and a target), limit,
// offset. Unknown parameters and malformed values are CodeInvalid errors
// naming the parameter.
func ParseEventFilter(q url.Values) (dyad.EventFilter, error) {
	var f dyad.EventFilter
	for k := range q {
		if !eventParams[k] {
			return f, dyad.Errorf(dyad.CodeInvalid, "unknown parameter %q", k)
		}
	}
	p, err := parsePage(q)
	if err != nil {
		return f, err
	}
	f.Page = p
	f.ArticleID = q.Get("article")
	f.Actor, f.Source, f.Target = q.Get("actor"), q.Get("source"), q.Get("target")
	f.Country, f.PLOVER, f.Place = q.Get("country"), q.Get("plover"), q.Get("place")
	f.Code = q.Get("code")
	if r := q.Get("root"); r != "" {
		if f.Code != "" {
			return f, dyad.Errorf(dyad.CodeInvalid, "give code or root, not both")
		}
		f.Code = r
	}
	if f.Code != "" && !codePattern.MatchString(f.Code) {
		return f, dyad.Errorf(dyad.CodeInvalid, "code %q: want 1 to 4 digits", f.Code)
	}
	if m := q.Get("mode"); m != "" {
		if !dyad.ValidMode(m) {
			return f, dyad.Errorf(dyad.CodeInvalid, "mode %q: want one of %v", m, dyad.Modes)
		}
		f.Mode = m
	}
	if v := q.Get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return f, dyad.Errorf(dyad.CodeInvalid, "quad %q: want 1, 2, 3 or 4", v)
		}
		f.Quad = n
	}
	for _, d := range []struct {
		name string
		dst  *string
	}{{"from", &f.From}, {"to", &f.To}} {
		v := q.Get(d.name)
		if v == "" {
			continue
		}
		if !datePattern.MatchString(v) {
			return f, dyad.Errorf(dyad.CodeInvalid, "%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.name, v)
		}
		*d.dst = v
	}
	if v := q.Get("originals"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return f, dyad.Errorf(dyad.CodeInvalid, "originals %q: want true or false", v)
		}
		f.Originals = b
	}
	if v := q.Get("dyadic"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return f, dyad.Errorf(dyad.CodeInvalid, "dyadic %q: want true or false", v)
		}
		f.Dyadic = b
	}
	return f, nil
}

// ParseArticleFilter reads an article filter: outlet, from, to
// (YYYY-MM-DD), originals (true/false), limit, offset.
func ParseArticleFilter(q url.Values) (dyad.ArticleFilter, error) {
	var f dyad.ArticleFilter
	p, err := parsePage(q)
	if err != nil {
		return f, err
	}
	f.Page = p
	f.Outlet = q.Get("outlet")
	for _, d := range []struct {
		name string
		dst  *time.Time
	}{{"from", &f.From}, {"to", &f.To}} {
		v := q.Get(d.name)
		if v == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return f, dyad.Errorf(dyad.CodeInvalid, "%s %q: want YYYY-MM-DD", d.name, v)
		}
		*d.dst = t
	}
	if v := q.Get("originals"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return f, dyad.Errorf(dyad.CodeInvalid, "originals %q: want true or false", v)
		}
		f.Originals = b
	}
	return f, nil
}

// parsePage reads limit (default DefaultPageLimit, at most MaxPageLimit)
// and offset (≥ 0).
func parsePage(q url.Values) (dyad.Page, error) {
	p := dyad.Page{Limit: DefaultPageLimit}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxPageLimit {
			return p, dyad.Errorf(dyad.CodeInvalid, "limit %q: want 1 to %d", v, MaxPageLimit)
		}
		p.Limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, dyad.Errorf(dyad.CodeInvalid, "offset %q: want a number ≥ 0", v)
		}
		p.Offset = n
	}
	return p, nil
}
