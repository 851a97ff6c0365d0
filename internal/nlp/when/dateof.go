package when

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// EventDate is the date an event happened, as the times stage reads it.
type EventDate struct {
	// Value is a TIMEX3 date value: "2025-08-17", "2025-02", "2014",
	// "2025-W33". A time of day is dropped: "Sunday morning" dates an
	// event "2025-08-17".
	Value string
	// Precision is one of dyad.DateDay, DateMonth, DateYear, DateDecade,
	// DateCentury, or this package's PrecisionWeek, PrecisionQuarter,
	// PrecisionSeason.
	Precision string
	// Expr is the time expression the date came from; nil when the
	// date is the publication date. It points into doc.Times.
	Expr *dyad.TimeExpr
}

// DateOf returns the date of the event whose trigger is at trigger, inside
// the sentence at sentence, from the time expressions already in doc.Times
// (this stage must have run): the expression that governs the trigger's
// clause, when there is one, with ok true. It returns ok false when the
// sentence dates the event by no expression (the caller then uses the
// publication date, marked as such).
//
// Only DATE and TIME expressions with a calendar value date events;
// durations, sets, vague references (PAST_REF) and unresolved expressions
// do not. The nearest expression after the trigger in the same clause
// wins ("absorbed Crimea in 2014"); else the nearest before it in the
// sentence ("On Sunday, Trump declared"). A clause break between them
// (";", a dash, "but", "then", "while", ", and" unless the expression
// opens the sentence, a relative "who"/"which" or an "until" after the
// trigger, an open relative clause before it) keeps an expression from
// dating the event, and so do a complementizer "that" after an earlier
// expression ("said on Monday that Russia attacked") and a closing
// quotation mark or a verb of saying before a later one
// ("“… could offer protection,” Witkoff told CNN on Sunday": Sunday dates
// the telling, not the offer), and a verb of saying that an earlier
// expression dates ("said Monday he would meet Putin").
func DateOf(doc *dyad.Document, sentence, trigger dyad.Span) (d EventDate, ok bool) {
	if doc == nil || doc.Article == nil || len(doc.Times) == 0 {
		return EventDate{}, false
	}
	text := doc.Article.Text
	if sentence.CheckIn(text) != nil || trigger.CheckIn(text) != nil {
		return EventDate{}, false
	}
	after, before := -1, -1
	for i := range doc.Times {
		te := &doc.Times[i]
		if !sentence.Contains(te.Span) || datePrecision(te) == "" {
			continue
		}
		switch {
		case te.Start >= trigger.End:
			if after < 0 && !breaksClause(text[trigger.End:te.Start], false) {
				after = i
			}
		case te.End <= trigger.Start:
			between := text[te.End:trigger.Start]
			fronted := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(text[sentence.Start:te.Start]), "on"), "in")) == "" &&
				strings.HasPrefix(between, ",")
			if !breaksClause(between, true) && (fronted || !strings.Contains(between, ", and ")) && !datesSaying(text[sentence.Start:te.Start], between) {
				before = i
			} else {
				before = -1
			}
		default: // the expression overlaps the trigger ("Sunday's talks")
			return eventDate(te), true
		}
	}
	switch {
	case after >= 0:
		return eventDate(&doc.Times[after]), true
	case before >= 0:
		return eventDate(&doc.Times[before]), true
	}
	return EventDate{}, false
}

func eventDate(te *dyad.TimeExpr) EventDate {
	v := te.Value
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	return EventDate{Value: v, Precision: datePrecision(te), Expr: te}
}

// datePrecision returns the precision at which te dates an event, "" when
// it does not.
func datePrecision(te *dyad.TimeExpr) string {
	if te.Type != dyad.TimeDate && te.Type != dyad.TimeTime {
		return ""
	}
	v := te.Value
	if v == "" || v[0] < '0' || v[0] > '9' {
		return ""
	}
	if te.Type == dyad.TimeTime {
		if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
			return dyad.DateDay
		}
		return ""
	}
	if te.Precision != "" {
		return te.Precision
	}
	switch {
	case len(v) == 10:
		return dyad.DateDay
	case len(v) == 7 && v[4] == '-' && v[5] != 'W' && v[5] != 'Q' && v[5] != 'H':
		return dyad.DateMonth
	case len(v) == 4 && v[3] != 'X':
		return dyad.DateYear
	}
	return ""
}

// reportingVerbs are verbs of saying whose time dates the saying, not
// what is said.
var reportingVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"announced": true, "stated": true, "added": true, "reported": true, "according": true, "claimed": true,
	"warned": true, "insisted": true, "argued": true, "noted": true, "declared": true, "explained": true,
	"wrote": true, "posted": true, "tweeted": true}

// datesSaying reports whether an expression before the trigger dates a
// verb of saying rather than the reported clause holding the trigger:
// "Trump said Monday he would meet Putin", "On Monday, Trump said Russia
// had attacked". pre is the sentence up to the expression, between the
// text from it to the trigger. A quotation opening in between keeps the
// time ("On Sunday, Trump declared “BIG PROGRESS”": the words are the
// act).
func datesSaying(pre, between string) bool {
	if strings.ContainsAny(between, "\"“") {
		return false
	}
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
		})
	}
	for _, w := range words(between) {
		if clauseVerbs[w] {
			return true
		}
	}
	pw := words(pre)
	for i := len(pw) - 1; i >= 0 && i >= len(pw)-3; i-- {
		if clauseVerbs[pw[i]] {
			return true
		}
	}
	return false
}

// clauseVerbs are verbs of saying that take a clause, not an act as
// their object ("announced sanctions on Monday" dates the sanctions).
var clauseVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"stated": true, "claimed": true, "insisted": true, "argued": true, "noted": true, "explained": true}

// breaksClause reports whether the text between an expression and a
// trigger separates their clauses. before is set when the expression
// comes first.
func breaksClause(between string, before bool) bool {
	if strings.ContainsAny(between, ";—–") || strings.Contains(between, " -- ") {
		return true
	}
	if !before && (strings.Count(between, "\"")%2 == 1 || strings.Count(between, "”") > strings.Count(between, "“")) {
		// the quotation ends: the time dates its attribution (a phrase
		// quoted whole in between, "sanctions on his “patronage
		// network” in 2023", ends nothing)
		return true
	}
	low := strings.ToLower(between)
	words := strings.FieldsFunc(low, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
	})
	if before {
		// "On Wednesday, ministers denounced the deal in which Turkey
		// and Libya agreed": the trigger is in a relative clause the
		// time does not reach (but "On Sunday, Trump, who is in Rome,
		// declared" closes it with a comma).
		for i, w := range words {
			if w == "which" || w == "who" || w == "whom" || w == "whose" {
				// (within a few words: "candidates who did not take
				// part give their pleas" has closed the clause)
				if k := strings.LastIndex(low, w); k >= 0 && !strings.Contains(low[k:], ",") && i+1 < len(words) && len(words)-i <= 6 {
					return true
				}
			}
		}
	}
	for _, w := range words {
		switch w {
		case "but", "while", "whereas", "although", "though", "then", "later", "afterwards", "subsequently":
			return true
		case "who", "which", "whose", "until", "till":
			// (a time after "until" bounds the state the event
			// leaves: "ordered him held until a hearing on April 5")
			if !before {
				return true
			}
		}
		switch {
		case before && w == "that":
			return true // "said on Monday that Russia attacked"
		case !before && reportingVerbs[w]:
			return true // "…, Witkoff told CNN on Sunday": the time dates the telling
		}
	}
	if !before {
		// ", and" with a new clause after the trigger.
		if strings.Contains(low, ", and ") {
			return true
		}
	}
	return false
}
