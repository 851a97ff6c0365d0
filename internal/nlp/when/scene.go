package when

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// sceneDays is how far before publication a lede's day may lie and
// still set the scene of the story.
const sceneDays = 7

// SceneDate returns the day the story's lede sets for events that no
// expression of their own sentence dates (DateOf's ok false): the first
// day-precision date of the article's first sentence, when it falls
// before the publication day and no more than a week before it ("On
// Wednesday, Carrie Lam announced …" published on Friday: "Lam also
// agreed to add two members …" is Wednesday's). A story told on the day
// it happened, a lede that looks ahead, or one that recalls an older
// day sets no scene, and ok is false; so it is for a sentence in the
// future tense, for a trigger in a perfect ("The House has only
// impeached two presidents": what had come about by the time of the
// story, see Perfect), for a present passive or progressive ("the
// rebels are backed by Iran": a state as of the story's time, see
// Present), for a sentence with a vague past, present or future
// ("was convicted years ago", "recently", "currently"), for one that
// goes on with a background passage the sentence before it dated to
// before the scene ("He was rearrested in July 2019. Law enforcement
// charged him with …") and for the lede itself.
//
// On TBAQ-cleaned (both halves), of the events in a sentence without a
// date that a link dates and that SceneDate dates, the lede's day is
// right for 35 of 45 and the publication day for 9 (36 of 49 and 12
// before perfects and presents were left out; see
// TestSceneDate_TimeBank); the stories split one way or the other whole,
// so the count is of a few documents.
func SceneDate(doc *dyad.Document, sentence, trigger dyad.Span) (EventDate, bool) {
	if doc == nil || doc.Article == nil || len(doc.Sentences) < 2 || doc.Article.Published.IsZero() {
		return EventDate{}, false
	}
	text := doc.Article.Text
	if sentence.CheckIn(text) != nil || trigger.CheckIn(text) != nil {
		return EventDate{}, false
	}
	if sentence.Start < doc.Sentences[0].End {
		return EventDate{}, false
	}
	d, ok := LedeDay(doc)
	if !ok {
		return EventDate{}, false
	}
	day, err := time.Parse(time.DateOnly, d.Value)
	if err != nil {
		return EventDate{}, false
	}
	pub := doc.Article.Published.In(doc.Article.Location())
	pubDay := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	if !day.Before(pubDay) || day.Before(pubDay.AddDate(0, 0, -sceneDays)) {
		return EventDate{}, false
	}
	if TenseAt(text, sentence, trigger) == TenseFuture || Perfect(text, sentence, trigger) || Present(text, sentence, trigger) {
		return EventDate{}, false
	}
	if olderBefore(doc, sentence, day.AddDate(0, 0, -sceneDays)) {
		return EventDate{}, false
	}
	for i := range doc.Times {
		// (a sentence that places itself in a vague past, present or
		// future is not on the lede's day: "Khan was convicted years
		// ago", "the group now controls …")
		if t := &doc.Times[i]; sentence.Contains(t.Span) && vagueRefs[t.Value] {
			return EventDate{}, false
		}
	}
	return d, true
}

// LedeDay returns the day the article's first sentence gives: its first
// time expression of day precision (a time of day dropped: "Wednesday
// morning" gives the Wednesday), with ok false when it gives none. The
// events stage dates by it what the story goes on to tell of that
// occasion (SceneDate, and a span counted from "the event").
func LedeDay(doc *dyad.Document) (EventDate, bool) {
	if doc == nil || len(doc.Sentences) == 0 {
		return EventDate{}, false
	}
	lede := doc.Sentences[0].Span
	for i := range doc.Times {
		t := &doc.Times[i]
		if t.Start >= lede.End {
			break
		}
		if lede.Contains(t.Span) && datePrecision(t) == dyad.DateDay {
			return eventDate(t), true
		}
	}
	return EventDate{}, false
}

// olderBefore reports whether the sentence right before sentence (the
// lede left out) dates something only to before start: its calendar
// expressions all end before that day ("He was released in May 2017."),
// so the story has stepped back from its scene and an undated sentence
// after it goes on with that background.
func olderBefore(doc *dyad.Document, sentence dyad.Span, start time.Time) bool {
	prev := -1
	for i := 1; i < len(doc.Sentences); i++ {
		if doc.Sentences[i].End <= sentence.Start {
			prev = i
		}
	}
	if prev < 1 {
		return false
	}
	ps := doc.Sentences[prev].Span
	if strings.ContainsAny(doc.Article.Text[ps.Start:ps.End], "\"“”") {
		return false // (a time in a quote is the speaker's: "“… reported last month …,” he said")
	}
	ref := start.Format(time.DateOnly)
	older := false
	for i := range doc.Times {
		t := &doc.Times[i]
		if !ps.Contains(t.Span) {
			continue
		}
		if vagueRefs[t.Value] {
			return false
		}
		if datePrecision(t) == "" {
			continue
		}
		if before := strings.Fields(strings.ToLower(doc.Article.Text[ps.Start:t.Start])); len(before) > 0 && before[len(before)-1] == "since" {
			return false // "has been under sanctions since 2011": a state up to now
		}
		v := eventDate(t).Value
		if len(v) < 4 || len(v) > len(ref) || !(v < ref[:len(v)]) {
			return false // (a week value, or a date within the scene or later)
		}
		older = true
	}
	return older
}

// vagueRefs are the TIMEX3 values of a vague past, present or future.
var vagueRefs = map[string]bool{"PAST_REF": true, "PRESENT_REF": true, "FUTURE_REF": true}
