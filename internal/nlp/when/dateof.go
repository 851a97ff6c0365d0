package when

import (
	"fmt"
	"strconv"
	"strings"
	"time"

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
// sentence dates the event by no expression (the caller then uses
// SceneDate, or else the publication date, marked as such: on TimeBank's
// tune half, of the
// events in a sentence without a date that a link dates, the
// publication day is right for 243 of 316, where the last date of the
// sentence before is right for 52 of the 99 that have one, the
// publication day for 68 of those).
//
// Only DATE and TIME expressions with a calendar value date events;
// durations, sets, vague references (PAST_REF) and unresolved expressions
// do not. An expression that modifies a noun dates that noun first
// ("Sunday's debate", "the 1996 bombing") and a relative clause on it
// ("the 1996 bombing that killed one person"), one right before the
// trigger dates it ("officials on Saturday played down"), and one
// heading a "when" clause the clauses in it ("since November, when he
// was found"). Otherwise the nearest expression after the trigger in the
// same clause wins ("absorbed Crimea in 2014"); else the nearest before
// it in the sentence ("On Sunday, Trump declared"). A duration after the
// trigger followed by "later" dates it from the nearest calendar date
// before it in the sentence ("left Iraq in 2011, then returned three years
// later": 2014), ahead of a later expression. A time a bounding
// preposition governs ("until", "by", "to", "before", "after",
// "between", "than", "since") does not date an event (but "since" after
// a state of being dates the act that began it: "has been in custody
// since March 3"), nor does a quarter or a
// compound adjective modifying a noun after the trigger ("released
// third-quarter results", "a year-earlier loss"). A clause break between them (";", an unpaired dash, "but",
// "then", "while", ", and" unless the expression opens the sentence, a
// relative "who"/"which"/"where", "compared with" or an "until" after
// the trigger, an open relative clause before it) keeps an expression
// from dating the event, and so do a complementizer "that" after an
// earlier expression ("said on Monday that Russia attacked") and a
// closing quotation mark or a verb of saying before a later one
// ("“… could offer protection,” Witkoff told CNN on Sunday": Sunday dates
// the telling, not the offer), a verb of saying that an earlier
// expression dates ("said Monday he would meet Putin"), a verb of
// saying whose clause holds the later expression ("said it would open a
// plant next year") and a verb of saying after a comma that follows the
// expression ("the convoy was ambushed last week, officials said").
// A fronted subordinate clause keeps to itself: a time after the comma
// that closes it does not date a trigger in it ("After rebels seized
// the port, the army struck back on Wednesday"), and a time in a fronted
// "after", "since" or "until" clause does not date the main clause
// ("Hours after ending this week's siege, troops raided a camp"). A
// fronted time wins over a later one in a relative "that" clause ("In
// 2019, China signed a pact that took effect in 2021"), and a verb
// that judges an act takes no time from the act's gerund ("accused
// China of violating its airspace in July"); but a
// counted span before the fronted clause's "after" or "before" sets its
// event that many days from the main clause's day ("Two days after the
// army seized the harbor, rebels struck back on Friday": the seizing is
// two days before that Friday), as does one after the main clause
// ("arrived on Tuesday, a day after missiles struck the city": Monday).
// A time that ends a relative clause does not date the main verb after
// it ("Troops who fled in January returned"; after a fronted time, "On
// Monday, the court, which was set up in 2002, convicted him"), nor does
// a month or a year after a reduced relative ("people believed to be
// involved in the killing in January") or after the infinitive of a
// verb that commits to a later act ("agreed to hold elections in
// December"); the focus of a cleft "it was not until Tuesday that" dates
// the that-clause.
func DateOf(doc *dyad.Document, sentence, trigger dyad.Span) (d EventDate, ok bool) {
	if doc == nil || doc.Article == nil || len(doc.Times) == 0 {
		return EventDate{}, false
	}
	text := doc.Article.Text
	if sentence.CheckIn(text) != nil || trigger.CheckIn(text) != nil {
		return EventDate{}, false
	}
	after, before := -1, -1
	dated := false       // a calendar expression before the trigger was seen
	var later *EventDate // "returned three years later"
	saying := reportingVerbs[strings.ToLower(firstWord(text[trigger.Start:trigger.End]))]
	// (a trigger in a fronted subordinate clause is not dated by a time
	// after the comma that closes it: "After rebels seized the town, the
	// army struck back on Monday")
	inFronted := frontedClause(text[sentence.Start:trigger.Start])
	if inFronted {
		if d, ok := spanBeforeMain(doc, sentence, trigger); ok {
			return d, true
		}
	}
	if d, ok := spanAfterMain(doc, sentence, trigger); ok {
		return d, true
	}
	for i := range doc.Times {
		te := &doc.Times[i]
		if later == nil && after < 0 && te.Start >= trigger.End && sentence.Contains(te.Span) &&
			!breaksClause(text[trigger.End:te.Start], false) {
			if d, ok := laterDate(doc, sentence, te); ok {
				later = &d
			}
		}
		if !sentence.Contains(te.Span) || datePrecision(te) == "" {
			continue
		}
		pre, post := text[sentence.Start:te.Start], text[te.End:sentence.End]
		mod := prenominal(te.Text, pre, post)
		// (a quarter or a compound like "third-quarter" before a noun
		// names the period of a figure, not when anything was done:
		// "released third-quarter results"; a year may name an
		// event's: "won the 2020 election")
		period := mod && (strings.Contains(te.Value, "-Q") || strings.Contains(te.Value, "-H") || strings.Contains(te.Text, "-")) && !governed(pre)
		switch {
		case te.Start >= trigger.End:
			if after < 0 && !period && !bounds(pre, mod) && !(judging(text[trigger.Start:trigger.End]) && datePrecision(te) != dyad.DateDay && gerundBetween(text[trigger.End:te.Start])) && !(before >= 0 && frontedTime(text[sentence.Start:doc.Times[before].Start], text[doc.Times[before].End:trigger.Start]) && hasWord(text[trigger.End:te.Start], "that")) && !(inFronted && strings.Contains(text[trigger.End:te.Start], ",")) && !breaksClause(text[trigger.End:te.Start], false) && !opensConjunct(text[trigger.End:te.Start]) &&
				!(mod && relativeBefore(text[trigger.End:te.Start])) && !(datePrecision(te) != dyad.DateDay && reducedRelative(text[trigger.End:te.Start])) && !(committing(text[trigger.Start:trigger.End]) && datePrecision(te) != dyad.DateDay && infinitiveBetween(text[trigger.End:te.Start])) &&
				!(saying && (mod && !governed(pre) || opensClause(text[trigger.End:te.Start]))) {
				after = i
			}
		case te.End <= trigger.Start:
			between := text[te.End:trigger.Start]
			if !mod && inRelative(pre, between, dated) {
				// "Troops who fled in January returned", "On Monday,
				// the court, which was set up in 2002, convicted him":
				// the time is the relative clause's
				continue
			}
			dated = true
			if governsTrigger(te, mod, post, between) {
				return eventDate(te), true
			}
			if bounds(pre, mod) {
				if notUntilCleft(pre, between) {
					return eventDate(te), true // "It was not until Tuesday that Castro revealed"
				}
				continue // "Until Thursday, they had not called him a suspect"
			}
			if sub := frontedSubordinator(pre); (sub == "after" || sub == "since" || sub == "until") && strings.Contains(between, ",") {
				// "Hours after ending this week's siege, the agency
				// said": the clause places the event later than the
				// time, it does not date it ("Before his Sunday night
				// address, Castro played with the children" mostly
				// tells of the same day)
				before = -1
				continue
			}
			if before >= 0 && datePrecision(te) != dyad.DateDay && hasWord(between, "and") {
				if b := &doc.Times[before]; frontedTime(text[sentence.Start:b.Start], text[b.End:trigger.Start]) && reducedRelative(text[b.End:te.Start]) {
					// "On Monday, Iran issued warrants for people
					// believed to be involved in the killing in
					// January and demanded …": January is the
					// killing's; the fronted Monday dates the
					// clause the trigger returns to.
					continue
				}
			}
			fronted := frontedTime(pre, between)
			if !breaksClause(between, true) && (fronted || !strings.Contains(between, ", and ")) && !(!mod && datesSaying(pre, between)) &&
				!(saying && !initial(pre) && strings.Contains(between, ",")) {
				// (a verb of saying after a comma is the
				// attribution of a clause the time is in: "the car
				// was found last month, the FBI said")
				before = i
			} else {
				before = -1
			}
		default: // the expression overlaps the trigger ("Sunday's talks")
			return eventDate(te), true
		}
	}
	switch {
	case later != nil && (after < 0 || later.Expr.Start < doc.Times[after].Start):
		return *later, true
	case after >= 0:
		return eventDate(&doc.Times[after]), true
	case before >= 0:
		return eventDate(&doc.Times[before]), true
	}
	return EventDate{}, false
}

// laterDate dates "N years/months/weeks/days later" (a duration te
// followed by "later") from the nearest calendar date before it in the
// sentence: "left Iraq in 2011, then returned three years later" → 2014,
// at the coarser of the two grains (years from a day are a year; days
// need a day). ok is false when te is no such duration or nothing dates
// the earlier event.
func laterDate(doc *dyad.Document, sentence dyad.Span, te *dyad.TimeExpr) (EventDate, bool) {
	text := doc.Article.Text
	if te.Type != dyad.TimeDuration || len(te.Value) < 3 || te.Value[0] != 'P' {
		return EventDate{}, false
	}
	if f := strings.Fields(text[te.End:sentence.End]); len(f) == 0 || strings.TrimRight(strings.ToLower(f[0]), ".,;") != "later" ||
		len(f) > 1 && strings.ToLower(f[1]) == "than" {
		return EventDate{}, false // (not "a month later than expected")
	}
	n, err := strconv.Atoi(te.Value[1 : len(te.Value)-1])
	if err != nil || n <= 0 {
		return EventDate{}, false
	}
	var anchor *dyad.TimeExpr
	for i := range doc.Times {
		a := &doc.Times[i]
		if sentence.Contains(a.Span) && a.End <= te.Start && datePrecision(a) != "" {
			anchor = a
		}
	}
	if anchor == nil {
		return EventDate{}, false
	}
	v, prec := eventDate(anchor).Value, datePrecision(anchor)
	var y, m, d int
	if _, err := fmt.Sscanf(v, "%4d", &y); err != nil {
		return EventDate{}, false
	}
	switch unit := te.Value[len(te.Value)-1]; {
	case unit == 'Y' && (prec == dyad.DateYear || prec == dyad.DateMonth || prec == dyad.DateDay):
		return EventDate{Value: fmt.Sprintf("%04d", y+n), Precision: dyad.DateYear, Expr: te}, true
	case unit == 'M' && (prec == dyad.DateMonth || prec == dyad.DateDay):
		if _, err := fmt.Sscanf(v, "%4d-%2d", &y, &m); err != nil {
			return EventDate{}, false
		}
		t := time.Date(y, time.Month(m)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return EventDate{Value: t.Format("2006-01"), Precision: dyad.DateMonth, Expr: te}, true
	case (unit == 'W' || unit == 'D') && prec == dyad.DateDay:
		if _, err := fmt.Sscanf(v, "%4d-%2d-%2d", &y, &m, &d); err != nil {
			return EventDate{}, false
		}
		if unit == 'W' {
			n *= 7
		}
		t := time.Date(y, time.Month(m), d+n, 0, 0, 0, 0, time.UTC)
		return EventDate{Value: t.Format("2006-01-02"), Precision: dyad.DateDay, Expr: te}, true
	}
	return EventDate{}, false
}

// governsTrigger reports whether an expression before the trigger
// dates it ahead of any other: it modifies the trigger's noun ("Sunday's
// debate", "the 1996 bombing") or a noun whose relative clause holds
// the trigger ("the 1996 bombing that killed one person"), it stands
// right before the trigger ("officials on Saturday played down …", but
// "the quarter ended Aug. 26" is a subject), or it heads a "when" clause
// the trigger is in ("in contrast to Thursday, when 135 people were
// arrested"). mod says the expression modifies a noun; post is the
// sentence after it, between the text from it to the trigger.
func governsTrigger(te *dyad.TimeExpr, mod bool, post, between string) bool {
	switch {
	case mod:
		return headOf(between) || relativeOfHead(between)
	case strings.TrimSpace(between) == "":
		return !determiners[strings.ToLower(firstWord(te.Text))]
	}
	return whenClause(post, between)
}

// spanBeforeMain dates a trigger in a fronted clause that a counted
// span sets before or after the main clause's day: "Two days after
// the army seized the port, rebels struck back on Friday" puts the
// seizing two days before that Friday, "48 hours before …" two days
// after it. The span must open the sentence (after "barely", "just",
// "only", "about") and be whole days, weeks or a multiple of 24 hours;
// the day is the first day date after the comma that closes the
// clause.
func spanBeforeMain(doc *dyad.Document, sentence, trigger dyad.Span) (EventDate, bool) {
	text := doc.Article.Text
	var span *dyad.TimeExpr
	for i := range doc.Times {
		te := &doc.Times[i]
		if te.Type != dyad.TimeDuration || !sentence.Contains(te.Span) || te.End > trigger.Start {
			continue
		}
		pre := lowerWords(text[sentence.Start:te.Start])
		if len(pre) > 1 || len(pre) == 1 && !approxWords[pre[0]] {
			continue
		}
		span = te
		break
	}
	if span == nil {
		return EventDate{}, false
	}
	rest := lowerWords(text[span.End:trigger.Start])
	if len(rest) == 0 || rest[0] != "after" && rest[0] != "before" {
		return EventDate{}, false
	}
	days, ok := wholeDays(span.Value)
	if !ok {
		return EventDate{}, false
	}
	if rest[0] == "before" {
		days = -days
	}
	comma := strings.IndexByte(text[trigger.End:sentence.End], ',')
	if comma < 0 {
		return EventDate{}, false
	}
	main := trigger.End + comma
	for i := range doc.Times {
		te := &doc.Times[i]
		if te.Start < main || !sentence.Contains(te.Span) || datePrecision(te) != dyad.DateDay {
			continue
		}
		d := eventDate(te)
		day, err := time.Parse(time.DateOnly, d.Value)
		if err != nil {
			return EventDate{}, false
		}
		d.Value = fmtDate(day.AddDate(0, 0, -days))
		return d, true
	}
	return EventDate{}, false
}

// approxWords may stand before a counted span: "Barely 48 hours after".
var approxWords = map[string]bool{"barely": true, "just": true, "only": true, "about": true, "some": true, "nearly": true, "almost": true}

// wholeDays reads a duration of whole days ("P2D"), weeks ("P1W") or
// hours that make whole days ("PT48H").
// spanAfterMain dates a trigger in a clause that a counted span after
// the main clause sets before or after that clause's day: "The president
// arrived on Tuesday, a day after missiles struck the city" puts the
// striking on Monday, ", two days before …" two days after it. The span
// follows a comma (or a dash) and is whole days, weeks or a multiple of
// 24 hours; no comma, verb of saying or "that" lies between "after" and
// the trigger; the day is the last day date of the sentence before the
// span.
func spanAfterMain(doc *dyad.Document, sentence, trigger dyad.Span) (EventDate, bool) {
	text := doc.Article.Text
	var span, main *dyad.TimeExpr
	for i := range doc.Times {
		te := &doc.Times[i]
		if !sentence.Contains(te.Span) || te.End > trigger.Start {
			continue
		}
		if te.Type == dyad.TimeDuration {
			if main == nil {
				continue
			}
			pre := strings.TrimSpace(text[main.End:te.Start])
			if !strings.HasSuffix(pre, ",") && !strings.HasSuffix(pre, "—") && !strings.HasSuffix(pre, "--") {
				continue
			}
			span = te
			continue
		}
		if datePrecision(te) == dyad.DateDay && span == nil {
			main = te
		}
	}
	if span == nil || main == nil {
		return EventDate{}, false
	}
	between := text[span.End:trigger.Start]
	rest := lowerWords(between)
	if len(rest) == 0 || rest[0] != "after" && rest[0] != "before" || strings.ContainsAny(between, ",;:") {
		return EventDate{}, false
	}
	for _, w := range rest[1:] {
		if reportingVerbs[w] || w == "that" {
			return EventDate{}, false // "a day after Trump said he had sent a letter": the sending is not dated
		}
	}
	days, ok := wholeDays(span.Value)
	if !ok {
		return EventDate{}, false
	}
	if rest[0] == "before" {
		days = -days
	}
	d := eventDate(main)
	day, err := time.Parse(time.DateOnly, d.Value)
	if err != nil {
		return EventDate{}, false
	}
	d.Value = fmtDate(day.AddDate(0, 0, -days))
	return d, true
}

func wholeDays(v string) (int, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, false
	}
	unit := v[len(v)-1]
	num := strings.TrimPrefix(v[1:len(v)-1], "T")
	n, err := strconv.Atoi(num)
	if err != nil || n <= 0 {
		return 0, false
	}
	switch {
	case unit == 'D' && v[1] != 'T':
		return n, true
	case unit == 'W' && v[1] != 'T':
		return 7 * n, true
	case unit == 'H' && v[1] == 'T' && n%24 == 0:
		return n / 24, true
	}
	return 0, false
}

// judging reports whether a trigger is a verb that judges an act named
// in its complement ("accused Japan of violating its airspace in
// August", "blamed Washington for leaving the deal in 2018"): a month or
// a year in that complement is the act's, not the judging's (a day is
// mostly the judging's, the news of the day: "accused Ghana of hiding
// cases on Thursday").
func judging(trigger string) bool {
	w := strings.ToLower(firstWord(trigger))
	for _, stem := range judgingStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// inRelative reports whether an expression after pre (the sentence up
// to it) ends a relative clause that the trigger after between is not
// in: pre holds "who", "whom" or "which" with no comma after it and a
// word that is not a preposition between it and the expression ("who
// fled the town in"), and between closes the clause with a comma or is
// empty, the main verb following at once (the comma only when the
// sentence names a time before the clause, earlier set). "which in 2002 convicted him"
// (the time opens the clause) and "who fled in May and returned" (the
// trigger is in the clause) are not.
func inRelative(pre, between string, earlier bool) bool {
	w := lowerWords(pre)
	r := -1
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] == "who" || w[i] == "whom" || w[i] == "which" {
			r = i
			break
		}
	}
	if r < 0 || r == len(w)-1 {
		return false
	}
	if i := strings.LastIndexAny(pre, ",;:"); i >= 0 && len(lowerWords(pre[i:])) <= len(w)-r-1 {
		return false // a comma after the pronoun closed its clause
	}
	content := false
	for _, x := range w[r+1:] {
		if !timePreps[x] {
			content = true
		}
	}
	if !content {
		return false
	}
	if strings.Contains(between, ",") {
		// (only after an earlier time: with none, a clause set off by
		// commas mostly tells of the same day, "Castro, who spoke
		// at a rally Monday, said")
		return earlier
	}
	// (with the main verb right after the expression, only a time in a
	// prepositional phrase: "who fled in January returned", not "who
	// lost his 1996 campaign")
	last := w[len(w)-1]
	return len(lowerWords(between)) == 0 && (last == "in" || last == "on" || last == "at" || last == "during")
}

// timePreps may stand before a time expression.
var timePreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "since": true, "by": true,
	"early": true, "late": true, "last": true, "this": true}

// notUntilCleft reports whether the expression after pre and before
// between is the focus of a cleft "it was not until … that": the act in
// the "that" clause happened then, at last ("It was not until Tuesday
// that Castro revealed the talks").
func notUntilCleft(pre, between string) bool {
	p, b := lowerWords(pre), lowerWords(between)
	n := len(p)
	return n >= 2 && p[n-1] == "until" && (p[n-2] == "not" || strings.HasSuffix(p[n-2], "n't") || strings.HasSuffix(p[n-2], "n’t")) &&
		len(b) > 0 && b[0] == "that"
}

// reducedRelative reports whether s holds a participle or adjective that
// modifies the noun before it with a phrase of its own ("people believed
// to have been involved in", "men accused of", "groups linked to"): a
// month or a year after it dates what that phrase names, not the verb of
// the clause. A participle after an auxiliary ("were accused of") is a
// verb of its own clause and does not count.
func reducedRelative(s string) bool {
	w := lowerWords(s)
	for i := 1; i+1 < len(w); i++ {
		if modifierParticiples[w[i]] && relativePreps[w[i+1]] && !auxBefore[w[i-1]] {
			return true
		}
	}
	return false
}

// modifierParticiples head a reduced relative clause after a noun.
var modifierParticiples = map[string]bool{"believed": true, "suspected": true, "accused": true, "alleged": true,
	"thought": true, "involved": true, "linked": true, "tied": true, "connected": true, "responsible": true,
	"wanted": true, "convicted": true, "charged": true, "implicated": true}

// relativePreps follow a modifierParticiple in a reduced relative.
var relativePreps = map[string]bool{"to": true, "of": true, "in": true, "for": true, "with": true}

// auxBefore make the participle after them a verb: "were accused of".
var auxBefore = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "not": true, "who": true, "which": true, "that": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// committing reports whether a trigger commits its subject to the act
// of an infinitive after it ("agreed to hold elections in March",
// "decided to admit Poland in early March"): a month or a year after
// the infinitive is the act's, which comes later than the committing (a
// day is mostly the committing's, the news of the day: "voted to
// support the republic Friday").
func committing(trigger string) bool {
	return commitVerbs[strings.ToLower(firstWord(trigger))]
}

// infinitiveBetween reports whether the text between a trigger and a
// later time holds an infinitive ("to hold elections"), not the
// preposition "to" before a noun phrase ("agreed to the deal").
func infinitiveBetween(between string) bool {
	w := lowerWords(between)
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "to" && !determiners[w[i+1]] && !objectWords[w[i+1]] {
			return true
		}
	}
	return false
}

// objectWords, besides determiners, open a noun phrase after a
// preposition "to".
var objectWords = map[string]bool{"this": true, "that": true, "these": true, "those": true, "it": true, "them": true,
	"him": true, "us": true, "me": true, "some": true, "all": true, "each": true, "both": true}

// judgingStems begin verbs of judging.
var judgingStems = []string{"accus", "blam", "criticiz", "criticis", "condemn", "prais", "thank", "credit", "fault",
	"denounc", "rebuk", "censur", "commend", "hail", "applaud", "punish", "fined", "fines", "sanction", "charg", "indict",
	"convict", "sentenc", "sued", "suing"}

// gerundBetween reports whether the text between a trigger and a later
// time holds a preposition and a gerund ("of violating its airspace",
// "for abandoning the deal", "by withdrawing"): the act it names.
func gerundBetween(between string) bool {
	w := lowerWords(between)
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "of" || w[i] == "for" || w[i] == "by") && len(w[i+1]) > 4 && strings.HasSuffix(w[i+1], "ing") && !notGerunds[w[i+1]] {
			return true
		}
	}
	return false
}

// notGerunds end in -ing without being verbs.
var notGerunds = map[string]bool{"morning": true, "evening": true, "during": true, "meeting": true, "building": true,
	"beijing": true, "nothing": true, "something": true, "anything": true, "everything": true, "spring": true,
	"string": true, "thing": true, "things": true, "wedding": true, "hearing": true, "ruling": true,
	"funding": true, "shooting": true, "bombing": true, "killing": true, "uprising": true, "briefing": true,
	"gathering": true, "landing": true, "opening": true, "offering": true, "spending": true, "trading": true,
	"training": true, "warning": true, "following": true}

// hasWord reports whether s has the word w (lower case).
func hasWord(s, w string) bool {
	for _, x := range lowerWords(s) {
		if x == w {
			return true
		}
	}
	return false
}

// frontedClause reports whether pre, the sentence up to a point, is
// inside a subordinate clause that opens the sentence and is not yet
// closed by a comma: "After rebels seized", "Hours after the ministry
// announced", "When the talks resumed".
func frontedClause(pre string) bool {
	return frontedSubordinator(pre) != ""
}

// frontedSubordinator returns the subordinator of the fronted clause
// frontedClause finds in pre, "" when there is none.
func frontedSubordinator(pre string) string {
	if strings.ContainsAny(pre, ",;:\"“”") {
		return ""
	}
	w := lowerWords(pre)
	for i := 0; i < len(w) && i < 4; i++ {
		if subordinators[w[i]] {
			if i+1 < len(w) {
				return w[i]
			}
			return ""
		}
		if !measureWords[w[i]] {
			return ""
		}
	}
	return ""
}

// subordinators open an adverbial clause.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "when": true, "while": true,
	"although": true, "though": true, "because": true, "if": true, "once": true, "until": true, "as": true, "whereas": true}

// measureWords may stand before a fronted subordinator: "Barely 48 hours
// after", "Shortly before", "Two days after".
var measureWords = map[string]bool{"barely": true, "just": true, "shortly": true, "only": true, "soon": true, "even": true,
	"hours": true, "days": true, "weeks": true, "months": true, "years": true, "minutes": true, "moments": true,
	"a": true, "an": true, "few": true, "two": true, "three": true, "four": true, "five": true, "several": true,
	"long": true, "not": true, "right": true, "day": true, "week": true, "year": true, "hour": true}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// lowerWords returns the words of s, lower-cased, split at anything but
// letters and apostrophes.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
	})
}

// frontedTime reports whether an expression opens its sentence as an
// adverbial set off by a comma, alone or in a prepositional phrase: "On
// Sunday, …", "Earlier Friday, …", "In a statement Monday, …". pre is
// the sentence up to the expression, between the text from it to the
// trigger.
func frontedTime(pre, between string) bool {
	return strings.HasPrefix(strings.TrimSpace(between), ",") && initial(pre)
}

// initial reports whether an expression after pre (the sentence up to
// it) opens its sentence, alone or in a prepositional phrase: "On
// Monday the president, speaking in Kyiv, said".
func initial(pre string) bool {
	if strings.ContainsAny(pre, ",;:\"“") {
		return false
	}
	w := lowerWords(pre)
	return len(w) == 0 || frontingWords[w[0]]
}

// frontingWords open a fronted time adverbial.
var frontingWords = map[string]bool{"in": true, "on": true, "at": true, "during": true, "earlier": true, "later": true,
	"early": true, "late": true, "as": true, "for": true, "over": true, "throughout": true}

// boundingWords are prepositions after which a time bounds or compares
// an event rather than dating it: "until Thursday", "returned by Jan. 14", "higher than a year earlier",
// "the post-1959 politics split families".
var boundingWords = map[string]bool{"until": true, "till": true, "between": true,
	"before": true, "after": true, "than": true, "ahead": true, "prior": true, "by": true, "past": true,
	"to": true, "since": true, "pre": true, "post": true}

// bounds reports whether the expression after pre (the sentence up to
// it) is governed by a bounding preposition: the last word, or the one
// before "of"/"to" ("ahead of the weekend", "prior to Monday"). mod is
// set when the expression modifies a noun: then "by" and "to" govern
// the noun ("responded to yesterday's announcement").
func bounds(pre string, mod bool) bool {
	w := lowerWords(pre)
	n := len(w)
	if n > 0 && mod && (w[n-1] == "by" || w[n-1] == "to" || w[n-1] == "past") {
		return false
	}
	if n == 0 || strings.TrimRightFunc(pre, func(r rune) bool { return r == ' ' }) != strings.TrimRight(pre, " ,;") {
		return false // punctuation between: "…since then, on Monday"
	}
	if w[n-1] == "since" && stateSince(w[:n-1]) {
		return false // "has been in custody since September 30": the state began then
	}
	if boundingWords[w[n-1]] {
		if w[n-1] == "by" && (n == 1 || n == 2 && (w[0] == "but" || w[0] == "and")) {
			return false
		}
		return w[n-1] != "ahead" && w[n-1] != "prior"
	}
	return n >= 2 && (w[n-1] == "of" || w[n-1] == "to") && (w[n-2] == "ahead" || w[n-2] == "prior")
}

// stateSince reports whether the words w before a "since" end in a
// state of being ("has been in custody", "had been under sanctions",
// "has been the subject of sanctions"): a time after "since" then dates
// the act that began the state (and so does an ongoing activity: "have
// been protesting since early June"), where after an act ("have been killed
// since 1993", "has fired missiles since May") it bounds a stretch of
// repeated acts and dates none.
func stateSince(w []string) bool {
	for i := len(w) - 1; i >= 0 && i >= len(w)-8; i-- {
		if w[i] == "been" {
			// "have been protesting since early June": a progressive
			// activity going on since then began then, as a state does.
			// (Only an activity with nothing between it and "since":
			// "have been holding talks since May" bounds the talks.)
			return i+1 < len(w) && (stateAfterBeen[w[i+1]] || i+2 == len(w) && progressive(w[i+1]))
		}
	}
	return false
}

// progressive reports whether word w is a present participle after
// "been" ("been protesting", "been holding"), not "being" or a short
// word that only ends in -ing ("king", "ring").
func progressive(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "being"
}

// stateAfterBeen are words after "been" that open a state, not a
// participle: "been in custody", "been under sanctions", "been the
// subject".
var stateAfterBeen = map[string]bool{"in": true, "under": true, "on": true, "at": true, "behind": true,
	"the": true, "a": true, "an": true, "out": true}

// prenominal reports whether an expression with text expr modifies a
// noun that follows it rather than a clause: a possessive ("Sunday's
// debate", "last month's discovery"), or a date after a determiner or
// one written as a compound adjective, before a noun ("the 1996 Olympic
// bombing", "his 1990 earnings projection", "third-quarter results").
// pre and post are the sentence before and after it.
func prenominal(expr, pre, post string) bool {
	if strings.HasPrefix(post, "'s ") || strings.HasPrefix(post, "’s ") {
		return true
	}
	if len(post) < 2 || post[0] != ' ' || !isLetter(post[1]) {
		return false
	}
	next := strings.ToLower(firstWord(post))
	if nonNouns[next] || strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "ly") {
		return false // "the quarter ended", "the week before"
	}
	w := lowerWords(pre)
	ew := lowerWords(expr)
	switch {
	case len(ew) > 0 && determiners[ew[0]]:
		return true
	case len(w) > 0 && determiners[w[len(w)-1]]:
		return true
	}
	return strings.Contains(expr, "-") && !strings.HasPrefix(expr, "-")
}

// determiners open a noun phrase a date can modify.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true}

// nonNouns are words that can follow a time expression without its
// modifying them: prepositions, conjunctions, adverbs and verbs.
var nonNouns = map[string]bool{"and": true, "or": true, "but": true, "to": true, "of": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "from": true, "by": true, "as": true, "that": true, "when": true,
	"while": true, "after": true, "before": true, "since": true, "until": true, "than": true, "is": true,
	"was": true, "were": true, "are": true, "be": true, "been": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"said": true, "says": true, "told": true, "ago": true, "earlier": true, "later": true, "alone": true,
	"so": true, "if": true, "where": true, "which": true, "who": true, "because": true, "against": true,
	"into": true, "over": true, "under": true, "about": true, "during": true, "through": true, "this": true,
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "there": true, "not": true, "also": true, "only": true, "just": true, "again": true}

// governed reports whether a preposition that places an event in a
// time governs the noun phrase after pre: "injured in the 1998
// bombing", "a drop in third-quarter income".
func governed(pre string) bool {
	w := lowerWords(pre)
	if n := len(w); n > 0 && determiners[w[n-1]] {
		w = w[:n-1]
	}
	if n := len(w); n > 0 {
		switch w[n-1] {
		case "in", "on", "at", "during":
			return true
		}
	}
	return false
}

// relativeOfHead reports whether the trigger after a prenominal time
// is in a relative clause on the noun the time modifies, between being
// the text from the time to the trigger: "the 1996 bombing that killed
// one person" (the event the noun names dates what the clause says it
// did).
func relativeOfHead(between string) bool {
	b := strings.TrimPrefix(strings.TrimPrefix(between, "'s"), "’s")
	if strings.ContainsAny(b, ",;:()\"“”—–_") || strings.Contains(b, "--") {
		return false
	}
	w := lowerWords(b)
	for i, x := range w {
		if x == "that" || x == "which" {
			return i > 0 && i <= 3 && len(w)-i <= 3
		}
		if nonNouns[x] {
			return false
		}
	}
	return false
}

// whenClause reports whether a time heads a relative "when" clause the
// trigger is in: post is the sentence after the time, between the text
// from it to the trigger ("since November, when he was found").
func whenClause(post, between string) bool {
	b := strings.TrimPrefix(strings.TrimPrefix(between, ","), " ")
	if !strings.HasPrefix(strings.ToLower(b), "when ") {
		return false
	}
	return !strings.ContainsAny(b, ",;:—–\"“”") && !strings.Contains(b, "--")
}

// headOf reports whether the text between a prenominal time and a
// trigger after it lies inside one noun phrase: at most three words
// and no punctuation or function word.
func headOf(between string) bool {
	b := between
	if strings.HasPrefix(b, "'s") || strings.HasPrefix(b, "’s") {
		b = b[strings.IndexByte(b, 's')+1:]
	}
	if strings.ContainsAny(b, ",;:()\"“”—–_") {
		return false
	}
	w := strings.Fields(b)
	if len(w) > 3 {
		return false
	}
	for _, x := range w {
		if nonNouns[strings.ToLower(x)] {
			return false
		}
	}
	return true
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
	// (up to three words back; "told" and "tells" up to seven inside the
	// time's clause, over the one told: "told VOA's Korean Service on
	// Monday the U.N. must maintain sanctions", but not "said a
	// communique, read Wednesday at a rally" nor "said net income in
	// the third quarter jumped", where the time is the reported clause's)
	near := len(words(pre[strings.LastIndexAny(pre, ",;:")+1:]))
	for i := len(pw) - 1; i >= 0 && i >= len(pw)-7; i-- {
		if pw[i] == "that" {
			return false // "said that last week a customer found"
		}
		if clauseVerbs[pw[i]] && (i >= len(pw)-3 || (pw[i] == "told" || pw[i] == "tells") && i >= len(pw)-near) {
			return true
		}
	}
	return false
}

// clauseVerbs are verbs of saying that take a clause, not an act as
// their object ("announced sanctions on Monday" dates the sanctions).
var clauseVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"stated": true, "claimed": true, "insisted": true, "argued": true, "noted": true, "explained": true}

// dropAsides returns between without the asides a pair of dashes sets
// off ("Sunday's service -- a ceremony that … -- included"), and false
// when a dash is left unpaired. A dash is "—", "–", a run of hyphens
// ("--", "----") or a hyphen or an underscore between spaces, as some
// outlets type one.
func dropAsides(between string) (string, bool) {
	var b strings.Builder
	in := false
	for i := 0; i < len(between); {
		n := 0
		switch {
		case strings.HasPrefix(between[i:], "—"), strings.HasPrefix(between[i:], "–"):
			n = len("—")
		case strings.HasPrefix(between[i:], " _ "), strings.HasPrefix(between[i:], " - "):
			n = len(" - ")
		case strings.HasPrefix(between[i:], "--"):
			for n = 2; i+n < len(between) && between[i+n] == '-'; n++ {
			}
		}
		if n > 0 {
			in = !in
			b.WriteByte(' ')
			i += n
			continue
		}
		if !in {
			b.WriteByte(between[i])
		}
		i++
	}
	return b.String(), !in
}

// opensConjunct reports whether a time after the trigger opens the
// next of two coordinated predicates: "who spurns the elite and earlier
// in the year coined a phrase", "attacked the town and on Monday seized
// the bridge". between is the text from the trigger to the time.
func opensConjunct(between string) bool {
	w := lowerWords(between)
	if n := len(w); n > 0 && (w[n-1] == "on" || w[n-1] == "in" || w[n-1] == "at" || w[n-1] == "during") {
		w = w[:n-1]
	}
	n := len(w)
	return n > 1 && (w[n-1] == "and" || w[n-1] == "or")
}

// opensClause reports whether the text between a verb of saying and a
// later time opens the clause said, with a complementizer or a subject
// pronoun ("said it would start production next week"): the time is
// the reported clause's.
func opensClause(between string) bool {
	for _, w := range lowerWords(between) {
		switch w {
		case "that", "he", "she", "it", "they", "we", "i", "you":
			return true
		}
	}
	return false
}

// relativeBefore reports whether the text between a trigger and a later
// time that modifies a noun holds a relative "that" ("defied the council
// that oversees the 1995 accords"): the time names that noun's event in
// the relative clause, not when the trigger happened.
func relativeBefore(between string) bool {
	for _, w := range lowerWords(between) {
		if w == "that" {
			return true
		}
	}
	return false
}

// breaksClause reports whether the text between an expression and a
// trigger separates their clauses. before is set when the expression
// comes first.
func breaksClause(between string, before bool) bool {
	if strings.ContainsRune(between, ';') {
		return true
	}
	between, ok := dropAsides(between)
	if !ok {
		return true // one dash: a new clause
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
	for i, w := range words {
		if w == "but" && i > 0 && exceptBut[words[i-1]] {
			continue // "all but one of the member states have signed": "except", no new clause
		}
		switch w {
		case "but", "while", "whereas", "although", "though", "then", "later", "afterwards", "subsequently":
			return true
		case "who", "which", "whose", "whom", "where", "because", "until", "till", "compared", "versus":
			// (a time after "until" bounds the state the event
			// leaves: "ordered him held until a hearing on April 5";
			// one after "compared with" dates the baseline: "posted a
			// profit, compared with a loss a year earlier")
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

// exceptBut are the words before a "but" that means "except" ("all but
// one", "nothing but praise"), which opens no clause.
var exceptBut = map[string]bool{"all": true, "none": true, "nothing": true, "everything": true, "everyone": true, "anything": true, "anyone": true, "nobody": true, "everybody": true}
