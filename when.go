package dyad

import "time"

// TIMEX3 types.
const (
	TimeDate     = "DATE"
	TimeTime     = "TIME"
	TimeDuration = "DURATION"
	TimeSet      = "SET"
)

// Date precisions.
const (
	DateDay     = "day"
	DateMonth   = "month"
	DateYear    = "year"
	DateDecade  = "decade"
	DateCentury = "century"
	DateTime    = "time"
)

// TimeExpr is a time expression normalized to a TimeML TIMEX3 value.
type TimeExpr struct {
	Span
	// Text is Article.Text[Start:End].
	Text string `json:"text"`
	// Type is one of TimeDate, TimeTime, TimeDuration, TimeSet.
	Type string `json:"type"`
	// Value is the ISO 8601 / TIMEX3 value: "2025-08-17", "2025-02",
	// "2014", "199" (a decade), "2025-SU", "2025-08-17TMO", "P3.5Y", "XXXX-WXX-2",
	// "PRESENT_REF"; "" when it could not be normalized.
	Value string `json:"value"`
	// Precision is one of the Date* constants for DATE and TIME values.
	Precision string `json:"precision,omitempty"`
	// Anchor is the date the value was resolved against (YYYY-MM-DD), ""
	// for absolute expressions.
	Anchor string `json:"anchor,omitempty"`
	// Zone is the explicit time zone named in the expression ("AEST"), or
	// the IANA zone the value is in when it differs from the article's.
	Zone string `json:"zone,omitempty"`
	// Mod is a TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER.
	Mod string `json:"mod,omitempty"`
}

// WeekStart returns the Monday (UTC midnight) of ISO week w of year y:
// week 1 is the week that holds 4 January.
func WeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
}
