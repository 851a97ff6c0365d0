package when_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// TestRules checks the recognizer's and normalizer's rules one
// construction at a time, on invented sentences. Lines of a text are read
// as the sentences of one story.
func TestRules(t *testing.T) {
	const (
		D = dyad.TimeDate
		T = dyad.TimeTime
		P = dyad.TimeDuration
		S = dyad.TimeSet
	)
	tests := []struct {
		name, published, text string
		want                  []got
	}{
		// A report's attribution ("…, officials said") does not decide
		// the tense of the clause it reports.
		{"AttributionAfterFuture", "2024-05-08", "The envoys will leave for Cairo on Thursday, officials said.",
			[]got{{"Thursday", D, "2024-05-09", "", ""}}},
		{"AttributionAfterClock", "2024-05-08", "The convoy will leave at 4 a.m. EDT Thursday, the ministry said.",
			[]got{{"4 a.m. EDT Thursday", T, "2024-05-09T04:00", "EDT", ""}}},
		{"AttributionGovernsFrontedTime", "2024-05-08", "On Thursday, officials said the convoy would leave.",
			[]got{{"Thursday", D, "2024-05-02", "", ""}}},
		// A verb of saying in the past takes a weekday after it, however
		// near the reported clause's own cue; a present one does not.
		{"PastSayingOverReportedModal", "2024-05-08", "Officials told reporters in Geneva on Monday the council must act.",
			[]got{{"Monday", D, "2024-05-06", "", ""}}},
		{"PresentSayingLeavesReportedModal", "2024-05-08", "The agency says its inspectors from Geneva on Monday will begin work.",
			[]got{{"Monday", D, "2024-05-13", "", ""}}},
		// The present progressive before a weekday states an
		// arrangement, ahead; a past one, or a present without it
		// before an event noun, does not.
		{"ProgressiveArrangement", "2024-05-08", "The envoy is meeting the rebels on Friday.",
			[]got{{"Friday", D, "2024-05-10", "", ""}}},
		{"PastProgressive", "2024-05-08", "The envoy was meeting the rebels on Friday.",
			[]got{{"Friday", D, "2024-05-03", "", ""}}},
		{"PresentBeforeEventNoun", "2024-05-08", "The envoy is angry about the shooting on Friday.",
			[]got{{"Friday", D, "2024-05-03", "", ""}}},
		// A possessor's weekly or daily routine recurs; a quarterly
		// dividend and a party daily do not.
		{"PossessorsRoutine", "2024-05-08", "The president spoke in his weekly radio address.",
			[]got{{"weekly", S, "P1W", "", ""}}},
		{"PossessorsQuarterlyPayment", "2024-05-08", "The company cut its quarterly dividend, the party daily Granma said.",
			[]got{}},
		// A weekday after a far infinitive dates the verb that reports
		// it, and so does a month ("tried to warn people about the
		// outbreak in December").
		{"MonthAfterFarInfinitive", "2024-11-08", "A doctor tried to warn people about the outbreak in December.",
			[]got{{"December", D, "2023-12", "", ""}}},
		// A verb that commits its subject to a later act ("decided to",
		// "voted to") leaves a month after the infinitive to the
		// default for months, not to the committing's past; a
		// verb of attempt does not ("tried to warn", above), nor does
		// the plain past.
		{"MonthAfterCommitment", "1999-02-10", "NATO has decided to admit Poland in early March, an official said on Wednesday.",
			[]got{{"early March", D, "1999-03", "", "START"}, {"Wednesday", D, "1999-02-10", "", ""}}},
		{"MonthAfterPlainPast", "1999-02-10", "NATO admitted Poland in early March, an official said on Wednesday.",
			[]got{{"early March", D, "1998-03", "", "START"}, {"Wednesday", D, "1999-02-10", "", ""}}},
		{"InfinitiveOpensSentence", "2024-11-08", "To win the vote in the city on Friday, they campaigned.",
			[]got{{"Friday", D, "2024-11-08", "", ""}}},
		{"MonthAfterVoteToHold", "2024-11-08", "The council voted to hold new elections in December.",
			[]got{{"December", D, "2024-12", "", ""}}},
		{"MonthAfterHeldNearMiss", "2024-11-08", "The council held new elections in December.",
			[]got{{"December", D, "2023-12", "", ""}}},
		// "pre-" and "post-" before a year keep it a year; a year
		// after another hyphenated word is not one.
		{"YearAfterPost", "2000-02-24", "The post-1959 politics have split families.",
			[]got{{"1959", D, "1959", "", ""}}},
		{"YearAfterPre", "2000-02-24", "Pre-1990 loans were cheap.",
			[]got{{"1990", D, "1990", "", ""}}},
		{"NumberAfterOtherHyphen", "2000-02-24", "The Boeing-1990 engines were cheap.",
			[]got{}},
		// "thousand" multiplies a spelled count of units; a count
		// back past year 1 has only its side.
		{"ThousandYears", "2000-02-24", "Families have kept the secret for more than two thousand years.",
			[]got{{"more than two thousand years", P, "P2000Y", "", "MORE_THAN"}}},
		{"ThousandYearsAgo", "2000-02-24", "The city was founded three thousand years ago.",
			[]got{{"three thousand years ago", D, "PAST_REF", "", ""}}},
		{"ThousandNotAUnit", "2000-02-24", "Two thousand troops left.",
			[]got{}},
		{"WeekdayAfterFarInfinitive", "2024-11-09", "Two bidders extended their offers to acquire the mill Friday.",
			[]got{{"Friday", D, "2024-11-08", "", ""}}},
		// An edged month before a noun names an event by its month.
		{"EdgedAttributiveMonth", "2024-02-08", "Envoys say they will repeat the late-November trip.",
			[]got{{"the late-November", D, "2023-11", "", "END"}}},
		// "mid-afternoon" is a time of its day, of the story's day
		// without one.
		{"MidAfternoonWithDay", "2024-05-08", "At mid-afternoon yesterday, the shares were up 2 pence.",
			[]got{{"mid-afternoon yesterday", T, "2024-05-07TAF", "", ""}}},
		{"MidMorningStoryDay", "2024-05-08", "By mid morning, the rebels had left the town.",
			[]got{{"mid morning", T, "2024-05-08TMO", "", ""}}},
		// "the week" of a market report is a week of the year it does
		// not name; "the week of March 6" is the week of that day.
		{"TheWeek", "2024-05-10", "For the week, the index fell 2%, and turnover was the week's lowest.",
			[]got{{"the week", D, "2024-WXX", "", ""}, {"the week", D, "2024-WXX", "", ""}}},
		{"DuringTheWeek", "2024-05-10", "The hotel is half empty during the week and full at weekends.",
			[]got{}},
		{"TheWeekOfDay", "2024-05-10", "A ruling is expected the week of May 20, and the week before the vote.",
			[]got{{"the week of May 20", D, "2024-W21", "", ""}}},
		// "the previous Friday" is the Friday before the story's day.
		{"PreviousWeekdayNarrative", "2024-05-13", "Bond prices fell on Thursday.\nThey were 2% below the previous Friday.",
			[]got{{"Thursday", D, "2024-05-09", "", ""}, {"the previous Friday", D, "2024-05-03", "", ""}}},
		// "quarter-to-quarter" compares quarters; it names none.
		{"QuarterToQuarter", "2024-11-02", "Third-quarter net rose 8%.\nThe quarter-to-quarter comparison was helped by a sale.",
			[]got{{"Third-quarter", D, "2024-Q3", "", ""}}},
		// Kinds of day between a number and its unit.
		{"TradingDays", "2024-11-02", "Six trading days after the vote, stocks had fallen; the bank has a calendar year to sell.",
			[]got{{"Six trading days", P, "P6D", "", ""}}},
		// Vague stretches of years.
		{"FirstTimeInYears", "2024-11-02", "The plant made money for the first time in years, the deadliest year in decades.",
			[]got{{"years", P, "PXY", "", ""}}},
		{"OverTheYears", "2024-11-02", "Over the years the list grew, and over the years that followed it shrank, as averaged over the years of the survey.",
			[]got{{"the years", P, "PXY", "", ""}}},
		// "could not be reached Tuesday" reports a past attempt.
		{"CouldNotBeReached", "2024-05-09", "The minister could not be reached for comment Tuesday; talks could resume Tuesday.",
			[]got{{"Tuesday", D, "2024-05-07", "", ""}, {"Tuesday", D, "2024-05-14", "", ""}}},
		// A quarterly report stays about its quarter for ten sentences.
		{"QuarterAcrossReport", "2024-11-02", "The lender reported a third-quarter loss.\nA.\nB.\nC.\nD.\nE.\nF.\nG.\nLoans were $6 million in the quarter, down from $9 million a year ago.",
			[]got{{"third-quarter", D, "2024-Q3", "", ""}, {"the quarter", D, "2024-Q3", "", ""}, {"a year ago", D, "2023-Q3", "", ""}}},
		// A determiner before a year that modifies a noun.
		{"DeterminerYear", "2024-11-02", "That 1978 resolution stands, but the firm cut its 2000 jobs.",
			[]got{{"1978", D, "1978", "", ""}}},
		// Counted quarters: a vague count is a stretch, not a fraction;
		// the first two quarters of a year are its first half.
		{"SeveralQuarters", "2024-11-02", "It turned a profit after several quarters of losses; three quarters of the vote went to him.",
			[]got{{"several quarters", P, "PXQ", "", ""}}},
		{"FirstTwoQuarters", "2024-11-02", "Weakness will last through the first two quarters of 2025.",
			[]got{{"the first two quarters of 2025", D, "2025-H1", "", ""}}},
		// "last year's quarter", "the corresponding period last year"
		// beside a quarter's results: that quarter a year before.
		{"LastYearsQuarter", "2024-11-02", "The maker posted a third-quarter loss.\nSales for last year's quarter were $3 million, against $2 million for the corresponding period last year; last year's results were weak.",
			[]got{{"third-quarter", D, "2024-Q3", "", ""}, {"last year's quarter", D, "2023-Q3", "", ""}, {"last year", D, "2023-Q3", "", ""}, {"last year", D, "2023", "", ""}}},
		// "the year-earlier nine months" is a stretch of nine months.
		{"YearEarlierStretch", "2024-11-02", "Net for the year-earlier nine months included a gain.",
			[]got{{"nine months", P, "P9M", "", ""}}},
		// "This quarter's loss" in a report is the quarter reported on;
		// "this quarter's results will" look ahead to the current one.
		{"ThisQuartersResults", "2024-11-02", "The maker posted a third-quarter loss.\nThis quarter's loss includes charges on the proposed sale.\nThis quarter's results will be weaker.",
			[]got{{"third-quarter", D, "2024-Q3", "", ""}, {"This quarter", D, "2024-Q3", "", ""}, {"This quarter", D, "2024-Q4", "", ""}}},
		// A narrative "soon" follows a past event.
		{"SoonPast", "2024-05-08", "The hostages were soon released.", []got{}},
		{"SoonFuture", "2024-05-08", "The hostages will soon be released.",
			[]got{{"soon", D, "FUTURE_REF", "", ""}}},
		// Approximate clock times.
		{"AboutClock", "2024-05-08", "The minister arrived at about 20:00.",
			[]got{{"about 20:00", T, "2024-05-08T20:00", "", "APPROX"}}},
		{"ClockScore", "2024-05-08", "The vote ended 12:10 in favour.", []got{}},
		// "a decade ago" is a year, as "ten years ago" is.
		{"DecadeAgo", "2024-05-08", "A decade ago the town had no school.",
			[]got{{"A decade ago", D, "2014", "", ""}}},
		{"DecadesAgo", "2024-05-08", "The dam was built three decades ago.",
			[]got{{"three decades ago", D, "1994", "", ""}}},
		// "March 6" and "May 5" before a function word are dates.
		{"MarchDayBeforePreposition", "2024-05-08", "The fighting that began March 6 in the north has spread.",
			[]got{{"March 6", D, "2024-03-06", "", ""}}},
		{"MayCountStill", "2024-05-08", "Officials said May 5 people died.", []got{}},
		// A time of day with no date falls on the day the story is
		// telling, when one was named a few sentences before.
		{"ClockOnNarrativeDay", "2024-05-08", "On Sunday, thousands gathered in the square.\nThe rally started around 18:00 local time (1500 UTC).",
			[]got{{"Sunday", D, "2024-05-05", "", ""}, {"around 18:00 local time", T, "2024-05-05T18:00", "", "APPROX"}, {"1500 UTC", T, "2024-05-05T15:00", "UTC", ""}}},
		{"ClockOnPublicationDay", "2024-05-08", "The rally started at 18:00.",
			[]got{{"18:00", T, "2024-05-08T18:00", "", ""}}},
		{"ClockNarrativeDayTooFar", "2024-05-08", "On Sunday, thousands gathered.\nA.\nB.\nC.\nD.\nE.\nF.\nG.\nThe rally started at 18:00.",
			[]got{{"Sunday", D, "2024-05-05", "", ""}, {"18:00", T, "2024-05-08T18:00", "", ""}}},
		// A present tense before a weekday with no other cue states a
		// schedule: the coming day. A possessive weekday names a past
		// event.
		{"PresentScheduleWeekday", "2025-03-11", "There's another meeting in Paris Wednesday.",
			[]got{{"Wednesday", D, "2025-03-12", "", ""}}},
		{"PresentAreWeekday", "2025-03-11", "The ministers are in Brussels on Friday.",
			[]got{{"Friday", D, "2025-03-14", "", ""}}},
		{"PresentPossessiveWeekday", "2025-03-11", "The toll is 30 after Wednesday's blast.",
			[]got{{"Wednesday", D, "2025-03-05", "", ""}}},
		// A sentence with no past tense at all states a schedule; a
		// present perfect or a bare past ("hit") reports the past.
		{"PresentSimpleWeekday", "2025-03-11", "The minister arrives in Kyiv on Friday for talks.",
			[]got{{"Friday", D, "2025-03-14", "", ""}}},
		{"PresentSimpleClockWeekday", "2025-03-11", "Polls close at 8 p.m. Sunday.",
			[]got{{"8 p.m. Sunday", T, "2025-03-16T20:00", "", ""}}},
		{"PastSimpleWeekday", "2025-03-11", "The minister arrived in Kyiv on Friday for talks.",
			[]got{{"Friday", D, "2025-03-07", "", ""}}},
		{"BarePastWeekday", "2025-03-11", "Russian missiles hit Kyiv on Friday.",
			[]got{{"Friday", D, "2025-03-07", "", ""}}},
		{"PresentPerfectWeekday", "2025-03-11", "More than 100 people have been killed in the blasts on Friday.",
			[]got{{"Friday", D, "2025-03-07", "", ""}}},
		// A deadline reads ahead through an edge word.
		{"DeadlineMidMonth", "2023-10-30", "The regulator gave the bidder until mid-November to submit more information.",
			[]got{{"mid-November", D, "2023-11", "", "MID"}}},
		// "the current fiscal year" is the anchor's year whatever
		// follows it.
		{"CurrentFiscalYearThat", "2023-10-26", "It expects sales in the current fiscal year that are slightly higher.",
			[]got{{"the current fiscal year", D, "2023", "", ""}}},
		{"TheYearThatIsNoDate", "2023-10-26", "It was the year that changed everything.", []got{}},
		// "the last half of 1989", "the last quarter of 2024".
		{"LastHalfOfYear", "2023-10-26", "Earnings will fall in the last half of 2023 and in the last quarter of 2024.",
			[]got{{"the last half of 2023", D, "2023-H2", "", ""}, {"the last quarter of 2024", D, "2024-Q4", "", ""}}},
		// An irregular participle after "be" takes the auxiliary's
		// tense: "would be paid" is a plan, not a past.
		{"PassiveIrregularFuture", "2023-10-26", "The dividend would be paid in January.",
			[]got{{"January", D, "2024-01", "", ""}}},
		{"PastIrregular", "2023-10-26", "The dividend was paid in January.",
			[]got{{"January", D, "2023-01", "", ""}}},
		// "last Oct. 23", "next March 3": a shifted month and day.
		{"LastMonthDay", "2023-10-26", "He was shot to death last Oct. 23 at his home.",
			[]got{{"last Oct. 23", D, "2023-10-23", "", ""}}},
		{"LastMonthDayLastYear", "2023-10-20", "He was shot to death last Oct. 23 at his home.",
			[]got{{"last Oct. 23", D, "2022-10-23", "", ""}}},
		{"NextMonthDay", "2023-10-26", "He will travel next March 3.",
			[]got{{"next March 3", D, "2024-03-03", "", ""}}},
		{"LastLeapDay", "2023-10-26", "They met last Feb. 29.",
			[]got{{"last Feb. 29", D, "2020-02-29", "", ""}}},
		// "this past weekend", "this past spring": the last one.
		{"ThisPastWeekend", "2024-09-10", "Three people were killed this past weekend.",
			[]got{{"this past weekend", D, "2024-W36-WE", "", ""}}},
		{"ThisPastSpring", "2024-09-10", "The plant closed this past spring.",
			[]got{{"this past spring", D, "2024-SP", "", ""}}},
		// "by year's end", as "by year end".
		{"YearsEnd", "2024-09-10", "The rules should be in place by year's end.",
			[]got{{"year's end", D, "2024", "", "END"}}},
		// "the nineties": the latest such decade.
		{"TheNineties", "2024-09-10", "Crime fell through the nineties and rose in the twenties.",
			[]got{{"the nineties", D, "199", "", ""}, {"the twenties", D, "202", "", ""}}},
		// "the weeks ahead": a vague stretch to come.
		{"WeeksAhead", "2024-09-10", "Investors may leave in the weeks ahead.",
			[]got{{"the weeks ahead", P, "PXW", "", ""}}},
		{"RoadAhead", "2024-09-10", "The road ahead is long.", []got{}},
		// "USA Today" is a newspaper; "the people of tomorrow" an era.
		{"TodayInName", "2024-09-10", "He told USA Today that he would run.", []got{}},
		{"TodayProgramme", "2024-09-10", "The minister told Today he would stay, and later spoke to the radio's Today programme again.", []got{}},
		{"TodayAfterColon", "2024-09-10", "He said: Today we vote.",
			[]got{{"Today", D, "2024-09-10", "", ""}}},
		{"TodayFronted", "2024-09-10", "Today, the minister resigned.",
			[]got{{"Today", D, "2024-09-10", "", ""}}},
		{"OfTomorrowGeneric", "2024-09-10", "I would choose the people of tomorrow, he said.", []got{}},
		// "since" points back; a month in a sentence with no past
		// tense is the coming one.
		{"SinceMonth", "2025-03-12", "Prices have risen since January.",
			[]got{{"January", D, "2025-01", "", ""}}},
		{"SinceMonthAfterAnchor", "2025-03-12", "The carrier has been on patrol since May.",
			[]got{{"May", D, "2024-05", "", ""}}},
		{"PresentClauseMonth", "2025-03-12", "Encouraged by its debut in January, the leaders are going all out.",
			[]got{{"January", D, "2025-01", "", ""}}},
		{"PresentAfterWeekday", "2025-03-12", "Rescuers are searching for survivors after the quake on Tuesday.",
			[]got{{"Tuesday", D, "2025-03-11", "", ""}}},
		{"PresentPerfectMonth", "2025-03-12", "Oil prices have come down from the middle of October.",
			[]got{{"the middle of October", D, "2024-10", "", "MID"}}},
		{"KilledMonth", "2025-03-12", "In October, a bombing in the capital killed a guard.",
			[]got{{"October", D, "2024-10", "", ""}}},
		// Names that hold a time word.
		{"NamedDays", "2025-03-12", "Black Friday sales rose, as after Bloody Sunday.", []got{}},
		{"HolidayIsland", "2025-03-12", "Christmas Island is remote.", []got{}},
		{"MonthAsName", "2025-03-12", "August Landmesser refused to salute.", []got{}},
		{"MonthBeforeNameAfterPreposition", "2025-03-12", "In June Trump met the king.",
			[]got{{"June", D, "2024-06", "", ""}}},
		{"SeasonInName", "2025-03-12", "The Summer Olympics opened in July.",
			[]got{{"July", D, "2024-07", "", ""}}},
		// The day after a parenthesis dates the time before it.
		{"ClockParenthesisDay", "2025-03-12", "The attack took place at 3:30 a.m. (0030 GMT) on Monday.",
			[]got{{"3:30 a.m.", T, "2025-03-10T03:30", "", ""}, {"0030 GMT", T, "2025-03-10T00:30", "GMT", ""}, {"Monday", D, "2025-03-10", "", ""}}},
		// "the following week", "the previous month" beside the last
		// date the story named; without one, beside the anchor.
		{"FollowingWeekNarrative", "2025-03-12", "On March 3, troops entered the city.\nThe following week, they withdrew.",
			[]got{{"March 3", D, "2025-03-03", "", ""}, {"The following week", D, "2025-W11", "", ""}}},
		{"FollowingMonthNarrative", "2025-03-12", "The bid was made in March 1989.\nThe following month, the company put itself up for sale.",
			[]got{{"March 1989", D, "1989-03", "", ""}, {"The following month", D, "1989-04", "", ""}}},
		{"FollowingMonthAnchor", "2025-03-12", "The following month will be hard.",
			[]got{{"The following month", D, "2025-04", "", ""}}},
		// "Hours later", "days earlier": a vague stretch.
		{"BareUnitsLater", "2025-03-12", "Police arrived hours later; days earlier, the rebels had fled.",
			[]got{{"hours", P, "PTXH", "", ""}, {"days", P, "PXD", "", ""}}},
		// "11.30pm", "H1 2025", "FY2024", "every weekend".
		{"ClockWithPoint", "2025-03-12", "The blast happened at 11.30pm local time.",
			[]got{{"11.30pm local time", T, "2025-03-12T23:30", "", ""}}},
		{"DecimalIsNoClock", "2025-03-12", "Growth was 2.5 percent.", []got{}},
		{"HalfYearCode", "2025-03-12", "In H1 2025, revenue grew.",
			[]got{{"H1 2025", D, "2025-H1", "", ""}}},
		{"FiscalYearCode", "2025-03-12", "In FY2024 the firm lost money, and in FY25 it will not.",
			[]got{{"FY2024", D, "2024", "", ""}, {"FY25", D, "2025", "", ""}}},
		{"EveryWeekend", "2025-03-12", "Protests take place every weekend.",
			[]got{{"every weekend", dyad.TimeSet, "XXXX-WXX-WE", "", ""}}},
		// A time in parentheses after another is the same moment.
		{"ClockInParentheses", "2025-03-12", "The ceasefire began at 6 a.m. Sunday (0400 GMT).",
			[]got{{"6 a.m. Sunday", T, "2025-03-09T06:00", "", ""}, {"0400 GMT", T, "2025-03-09T04:00", "GMT", ""}}},
		// A weekday's part of day stays in the text; the value is the
		// day. "this morning" keeps its part.
		{"WeekdayNightIsTheDay", "2025-03-12", "Drones struck the city on Monday night, and again this morning.",
			[]got{{"Monday night", D, "2025-03-10", "", ""}, {"this morning", T, "2025-03-12TMO", "", ""}}},
		// A time set against "now" is past; "as previously planned"
		// is a plan of the past.
		{"ContrastWithNow", "2025-03-12", "Her houses, worth $9 million in October, are worth half that now.",
			[]got{{"October", D, "2024-10", "", ""}, {"now", D, "PRESENT_REF", "", ""}}},
		{"PreviouslyPlanned", "2025-03-12", "The offensive began as previously planned Saturday night.",
			[]got{{"Saturday night", D, "2025-03-08", "", ""}}},
		// "the current president" names an office holder; "current
		// market conditions" are the present.
		{"CurrentOffice", "2025-03-12", "Amendments issued by the current president were cancelled.", []got{}},
		{"CurrentConditions", "2025-03-12", "He called current market conditions highly competitive.",
			[]got{{"current", D, "PRESENT_REF", "", ""}}},
		// "is now an analyst" tells a change of role; "are now
		// patrolling" is the present.
		{"NowRole", "2025-03-12", "Duclos is now an analyst, and Ombongi is now associate dean.", []got{}},
		{"NowProgressive", "2025-03-12", "Two carriers are now patrolling the gulf.",
			[]got{{"now", D, "PRESENT_REF", "", ""}}},
		// "the week-long visit"; "day-to-day" compares.
		{"UnitLong", "2025-03-12", "The week-long visit and their third day-long meeting ended.",
			[]got{{"week-long", P, "P1W", "", ""}, {"day-long", P, "P1D", "", ""}}},
		{"DayToDay", "2025-03-12", "On a day-to-day basis, aid arrives.", []got{}},
		// "died" is a past tense; "may have killed" looks back, "will
		// have left" ahead.
		{"DiedOnSaturday", "2020-04-14", "The mathematician died on Saturday at his home.",
			[]got{{"Saturday", D, "2020-04-11", "", ""}}},
		{"ModalPerfect", "2020-02-10", "According to officials on Saturday, the virus may have killed 800 people.",
			[]got{{"Saturday", D, "2020-02-08", "", ""}}},
		{"FuturePerfect", "2020-02-10", "By Saturday the troops will have left.",
			[]got{{"Saturday", D, "2020-02-15", "", ""}}},
		// Titles and movements that hold a time word.
		{"PersonOfTheYear", "2019-12-14", "Time named her its Person of the Year, the youngest of the year.",
			[]got{{"the year", D, "2019", "", ""}}},
		{"FridaysForFuture", "2019-12-14", "That month, the Fridays for Future movement launched.", []got{}},
		// A time of day after "yesterday morning" falls on yesterday.
		{"ClockAfterPartOfDay", "2019-02-13", "A hotel caught fire yesterday morning.\nFirefighters had the blaze under control by 8:00am local time.",
			[]got{{"yesterday morning", T, "2019-02-12TMO", "", ""}, {"8:00am local time", T, "2019-02-12T08:00", "", ""}}},
		// A day named again without its year keeps the year it had.
		{"SameDayAgain", "2021-04-14", "Talks should resume based on the deal of 17 September 2020.\nIf the September 17 agreement cannot be implemented, other options could be explored.",
			[]got{{"17 September 2020", D, "2020-09-17", "", ""}, {"the September 17", D, "2020-09-17", "", ""}}},
		// A month that names an event ("the February elections") is
		// read by its distance from the anchor, not by the tense
		// around it.
		{"AttributiveMonth", "2024-06-30", "A probe into the February elections would undermine the talks.",
			[]got{{"the February", D, "2024-02", "", ""}}},
		{"AttributiveMonthAhead", "2024-10-03", "Voters were anxious before the November election.",
			[]got{{"the November", D, "2024-11", "", ""}}},
		{"GoodFriday", "2025-03-12", "The pilgrims marched on Good Friday.",
			[]got{{"Friday", D, "2024-03-29", "", ""}}},
		// Days named by their date.
		{"FourthOfJuly", "2025-03-12", "Fireworks lit the sky on the Fourth of July and on the third of March.",
			[]got{{"the Fourth of July", D, "2024-07-04", "", ""}, {"the third of March", D, "2025-03-03", "", ""}}},
		{"FixedHolidays", "2025-03-12", "Workers rallied on May Day, couples on Valentine's Day, shoppers on Boxing Day.",
			[]got{{"May Day", D, "2024-05-01", "", ""}, {"Valentine's Day", D, "2025-02-14", "", ""}, {"Boxing Day", D, "2024-12-26", "", ""}}},
		{"BoxingSport", "2025-03-12", "Boxing is popular.", []got{}},
		// "two more weeks", "an additional year", "three straight days".
		{"CountAdjectives", "2025-03-12", "He stays two more weeks, and the loan runs an additional year after three straight days of talks.",
			[]got{{"two more weeks", P, "P2W", "", ""}, {"an additional year", P, "P1Y", "", ""}, {"three straight days", P, "P3D", "", ""}}},
		{"MorePeople", "2025-03-12", "Two more people died.", []got{}},
		// "the first hours of the war": a vague stretch.
		{"FirstHours", "2025-03-12", "Prisoners were taken in the first hours of the war, and police came in the early hours of Thursday.",
			[]got{{"the first hours", P, "PTXH", "", ""}, {"Thursday", D, "2025-03-06", "", ""}}},
		// A weekday that dates a noun says nothing of the side.
		{"EventNounWeekday", "2025-03-12", "The strike on Monday brings the toll to 40.",
			[]got{{"Monday", D, "2025-03-10", "", ""}}},
		{"EventNounWeekdayCopula", "2025-03-12", "The attack Tuesday is the deadliest.",
			[]got{{"Tuesday", D, "2025-03-11", "", ""}}},
		// A day to come named before does not date a clock time.
		{"ClockNotOnScheduledDay", "2019-03-17", "The accused will appear in court on April 5.\nThe first attack was at about 13:40 local time.",
			[]got{{"April 5", D, "2019-04-05", "", ""}, {"about 13:40 local time", T, "2019-03-17T13:40", "", "APPROX"}}},
		{"ClockOnScheduledDaySameSentence", "2019-07-28", "He is to leave office on August 2 at 5 p.m. local time.",
			[]got{{"August 2", D, "2019-08-02", "", ""}, {"5 p.m. local time", T, "2019-08-02T17:00", "", ""}}},
		// An -ed verb the tense reader skips still tells of the past.
		{"LimitedIsPast", "2020-03-13", "On Wednesday, the chain also limited sales of toilet paper.",
			[]got{{"Wednesday", D, "2020-03-11", "", ""}}},
		{"ThisComingFriday", "2019-02-11", "They must rule by this coming Friday.",
			[]got{{"this coming Friday", D, "2019-02-15", "", ""}}},
		// A past-tense holiday after this year's has passed is this
		// year's; before it, last year's; a plan is the next one.
		{"EasterPassed", "2025-04-25", "Pilgrims crowded the square at Easter.",
			[]got{{"Easter", D, "2025-04-20", "", ""}}},
		{"EasterNotYet", "2025-04-10", "Pilgrims crowded the square at Easter.",
			[]got{{"Easter", D, "2024-03-31", "", ""}}},
		{"EasterAhead", "2025-04-25", "The bishop will hold a vigil before Easter.",
			[]got{{"Easter", D, "2026-04-05", "", ""}}},
		{"EasterMonday", "2025-04-25", "The fire broke out on Easter Monday.",
			[]got{{"Easter Monday", D, "2025-04-21", "", ""}}},
		{"EasterWeekInProgress", "2025-04-14", "Crowds prayed on Sunday as Easter week began.",
			[]got{{"Sunday", D, "2025-04-13", "", ""}, {"Easter week", D, "2025-W16", "", ""}}},
		{"EasterWeekend", "2025-04-25", "Traffic was heavy over the Easter weekend.",
			[]got{{"the Easter weekend", D, "2025-W16-WE", "", ""}}},
		// A past verb that a near month-day completes puts the day
		// before publication; a present or future one keeps the near
		// day ahead.
		{"EndedDateAhead", "2024-08-10", "Sales in the quarter ended Sept. 30 fell, and the painter died on Aug. 30.",
			[]got{{"Sept. 30", D, "2023-09-30", "", ""}, {"Aug. 30", D, "2023-08-30", "", ""}}},
		{"EndingDateAhead", "2024-08-10", "Sales in the quarter ending Sept. 30 will fall; the vote was postponed to Sept. 12.",
			[]got{{"Sept. 30", D, "2024-09-30", "", ""}, {"Sept. 12", D, "2024-09-12", "", ""}}},
		// The end of a weekday range follows its start.
		{"WeekdayRange", "2024-05-07", "The fair will run from Monday until Thursday, and hearings between Monday and Friday.",
			[]got{{"Monday", D, "2024-05-13", "", ""}, {"Thursday", D, "2024-05-16", "", ""}, {"Monday", D, "2024-05-13", "", ""}, {"Friday", D, "2024-05-17", "", ""}}},
		// A past negation before "until" tells when it at last
		// happened.
		{"NotUntilPast", "2024-05-10", "It was not until Tuesday that the mayor resigned, and aid did not arrive until Wednesday.",
			[]got{{"Tuesday", D, "2024-05-07", "", ""}, {"Wednesday", D, "2024-05-08", "", ""}}},
		{"NotUntilFuture", "2024-05-10", "The mayor will not resign until Tuesday; nobody said why the court adjourned until Wednesday.",
			[]got{{"Tuesday", D, "2024-05-14", "", ""}, {"Wednesday", D, "2024-05-15", "", ""}}},
		// "the then current price" is the present of a past time.
		{"ThenCurrent", "2024-05-10", "Holders may buy at half the then current price or the then-current rate.",
			[]got{{"current", D, "PAST_REF", "", ""}, {"current", D, "PAST_REF", "", ""}}},
		// The day beside a named day; a clock hour with its half of
		// the day.
		{"DayBeforeNamedDay", "2000-02-25", "The day before last Tuesday's hearing, and the day after Christmas, he stayed home; the day after his death was quiet.",
			[]got{{"The day before last Tuesday", D, "2000-02-21", "", ""}, {"the day after Christmas", D, "1999-12-26", "", ""}}},
		{"HourInPart", "2000-04-05", "The march began at 7 in the evening and ended at 2 in the morning; he scored at 4 in the first half.",
			[]got{{"7 in the evening", T, "2000-04-05T19:00", "", ""}, {"2 in the morning", T, "2000-04-05T02:00", "", ""}}},
		{"UntilWeekday", "2024-05-10", "The border stays shut until Thursday.",
			[]got{{"Thursday", D, "2024-05-16", "", ""}}},
		// "daily" beside a newspaper's name is the newspaper.
		{"DailyNewspaper", "2024-05-07", "The party daily Pravda and Norway's Aftenposten daily printed it; the state-run daily was silent. Ferries sail daily.",
			[]got{{"daily", "SET", "P1D", "", ""}}},
		{"DailyAfterPlace", "2024-05-07", "Ferries sail to Oslo daily and to Bergen weekly.",
			[]got{{"daily", "SET", "P1D", "", ""}, {"weekly", "SET", "P1W", "", ""}}},
		// "are set for" is a plan; "was planned and carried out" a deed.
		{"SetFor", "2025-03-12", "Hearings in the two suits, filed by the union and its members, are set for a court in Boston on Friday.",
			[]got{{"Friday", D, "2025-03-14", "", ""}}},
		{"PlannedDeed", "2025-03-14", "Police denied that Tuesday's raid was planned and ordered from the capital.",
			[]got{{"Tuesday", D, "2025-03-11", "", ""}}},
		// Compound durations.
		{"Weeklong", "2025-03-12", "A weeklong strike followed a yearlong dispute.",
			[]got{{"weeklong", P, "P1W", "", ""}, {"yearlong", P, "P1Y", "", ""}}},
		// "the year before" a year the story named.
		{"TheYearBefore", "2025-03-12", "Imports rose 8% in 2023 from the year before.",
			[]got{{"2023", D, "2023", "", ""}, {"the year before", D, "2022", "", ""}}},
		// "the previous day" counts from the day the story is telling,
		// past a month named in passing; "that same day" does not.
		{"PreviousDayPastMonth", "2025-03-15", "On Thursday, the envoy met reporters.\nHer brother was jailed last October.\nThe previous day, the paper had printed the letter.",
			[]got{{"Thursday", D, "2025-03-13", "", ""}, {"last October", D, "2024-10", "", ""}, {"The previous day", D, "2025-03-12", "", ""}}},
		{"SameDayAfterMonth", "2025-03-15", "On Thursday, the envoy met reporters.\nHer brother was jailed last October, and his name was struck out that same day.",
			[]got{{"Thursday", D, "2025-03-13", "", ""}, {"last October", D, "2024-10", "", ""}}},
		// A reported deed "later the same day" falls on the last day
		// named that is not still to come.
		{"LaterSameDayPast", "2019-10-27", "On Friday, the agency announced new rules.\nThe rules, which take effect on December 10, ban most flights.\nA letter was sent, and the rules were released later the same day.",
			[]got{{"Friday", D, "2019-10-25", "", ""}, {"December 10", D, "2019-12-10", "", ""}, {"later the same day", D, "2019-10-25", "", ""}}},
		// A capitalised title in quotation marks after an outlet's
		// possessive or before "show" is a name; a quoted remark, or a
		// title after "said", is not.
		// "today" in a quotation is the day the words were spoken:
		// the day the sentence or the story's lead dates the saying;
		// with no such day, and outside quotations, the publication
		// day.
		{"QuotedTodaySaidOnDay", "2024-06-12", "The minister said on Monday: \"We are raising the fee today.\"",
			[]got{{"Monday", D, "2024-06-10", "", ""}, {"today", D, "2024-06-10", "", ""}}},
		{"QuotedTodayDatedAfter", "2024-06-12", "“We are raising the fee today,” the minister said on Monday.",
			[]got{{"today", D, "2024-06-10", "", ""}, {"Monday", D, "2024-06-10", "", ""}}},
		{"QuotedTodayLeadDay", "2024-06-12", "On Monday, the minister toured the port.\nShe said, \"The new fee starts today.\"",
			[]got{{"Monday", D, "2024-06-10", "", ""}, {"today", D, "2024-06-10", "", ""}}},
		{"QuotedTodayUndated", "2024-06-12", "The minister toured the port.\nShe said, \"The new fee starts today.\"",
			[]got{{"today", D, "2024-06-12", "", ""}}},
		{"TodayOutsideQuote", "2024-06-12", "On Monday, the minister toured the port.\nThe new fee starts today, she said.",
			[]got{{"Monday", D, "2024-06-10", "", ""}, {"today", D, "2024-06-12", "", ""}}},
		// "yesterday" and "tomorrow" in such a quotation count from the
		// day the words were spoken, and from the publication day when
		// nothing dates the saying.
		{"QuotedYesterdaySaidOnDay", "2025-03-12", "\"We saw the attack yesterday,\" the mayor said on Monday.",
			[]got{{"yesterday", D, "2025-03-09", "", ""}, {"Monday", D, "2025-03-10", "", ""}}},
		{"QuotedTomorrowAcrossMonthEnd", "2025-03-03", "The mayor said on Friday: \"We will meet them tomorrow.\"",
			[]got{{"Friday", D, "2025-02-28", "", ""}, {"tomorrow", D, "2025-03-01", "", ""}}},
		{"QuotedYesterdayUndated", "2025-03-12", "\"We saw the attack yesterday,\" the mayor said.",
			[]got{{"yesterday", D, "2025-03-11", "", ""}}},
		// A weekday in such a quotation lies on the same side of the
		// saying as the clause reads it: a past one up to the saying,
		// a coming one after it; with nothing dating the saying, it
		// counts from publication.
		{"QuotedPastWeekdayBeforeSaying", "2025-03-12", "\"The troops arrived on Tuesday,\" the mayor said on Monday.",
			[]got{{"Tuesday", D, "2025-03-04", "", ""}, {"Monday", D, "2025-03-10", "", ""}}},
		{"QuotedComingWeekdayAfterSaying", "2025-03-12", "\"We will meet them on Tuesday,\" the mayor said on Monday.",
			[]got{{"Tuesday", D, "2025-03-11", "", ""}, {"Monday", D, "2025-03-10", "", ""}}},
		{"QuotedWeekdayOfPublicationAhead", "2025-03-12", "\"We will meet them on Wednesday,\" the mayor said on Monday.",
			[]got{{"Wednesday", D, "2025-03-12", "", ""}, {"Monday", D, "2025-03-10", "", ""}}},
		{"QuotedWeekdayAcrossYearEnd", "2025-01-01", "\"The talks failed on Tuesday night,\" the envoy said on Monday.",
			[]got{{"Tuesday night", D, "2024-12-24", "", ""}, {"Monday", D, "2024-12-30", "", ""}}},
		{"QuotedWeekdayUndatedSaying", "2025-03-12", "\"The troops arrived on Tuesday,\" the mayor said.",
			[]got{{"Tuesday", D, "2025-03-11", "", ""}}},
		// So does a week counted from the day ("last week", "next
		// week"): moved by as many weeks as the saying's lies before
		// publication's.
		{"QuotedLastWeekSaidWeekBefore", "2025-03-17", "\"They attacked us last week,\" the mayor said on Friday.",
			[]got{{"last week", D, "2025-W10", "", ""}, {"Friday", D, "2025-03-14", "", ""}}},
		{"QuotedNextWeekSaidWeekBefore", "2025-03-17", "\"They will attack us next week,\" the mayor said on Friday.",
			[]got{{"next week", D, "2025-W12", "", ""}, {"Friday", D, "2025-03-14", "", ""}}},
		{"QuotedLastWeekSaidSameWeekAcrossYearEnd", "2025-01-05", "\"They attacked us last week,\" the mayor said on Thursday.",
			[]got{{"last week", D, "2024-W52", "", ""}, {"Thursday", D, "2025-01-02", "", ""}}},
		{"QuotedLastWeekUndatedSaying", "2025-03-17", "\"They attacked us last week,\" the mayor said.",
			[]got{{"last week", D, "2025-W11", "", ""}}},
		// "of today's" is a possessive day, not "the world of today".
		{"OfTodaysVote", "2024-06-12", "They await the outcome of today's vote and the politics of today.",
			[]got{{"today", D, "2024-06-12", "", ""}}},
		// A weekday that a verb of naming takes as its object is the
		// day named, still to come; "declared Tuesday that" dates the
		// declaring.
		{"DeclaredDayOfMourning", "2024-06-12", "The president declared Friday as the national day of mourning. The king designated Monday a public holiday.",
			[]got{{"Friday", D, "2024-06-14", "", ""}, {"Monday", D, "2024-06-17", "", ""}}},
		{"DeclaredOnDay", "2024-06-12", "The president declared Monday that the crisis was over.",
			[]got{{"Monday", D, "2024-06-10", "", ""}}},
		// A month naming a revolution names the upheaval, not a month;
		// a month before another event noun is still a date.
		{"MonthRevolution", "2024-11-20", "Veterans of the December revolution marked the anniversary of the October Uprising.",
			[]got{}},
		{"MonthElections", "2024-11-20", "Veterans of the revolution prepared for the December elections.",
			[]got{{"the December", D, "2024-12", "", ""}}},
		{"QuotedShowTitle", "2024-06-09", "The senator told CBS's \"Sunday Briefing\" she would run. She spoke on the “Friday Night Desk” program.",
			[]got{}},
		{"QuotedShowTitleAndDay", "2024-06-09", "The senator told ABC's \"This Week\" on Sunday she would run.",
			[]got{{"Sunday", D, "2024-06-09", "", ""}}},
		{"QuotedRemarkNotTitle", "2024-06-09", "The senator said, \"This week we vote.\" Her aide said \"Monday\" was the plan.",
			[]got{{"This week", D, "2024-W23", "", ""}, {"Monday", D, "2024-06-03", "", ""}}},
	}
	tg, err := when.New(when.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := time.Parse(time.DateOnly, tt.published)
			if err != nil {
				t.Fatal(err)
			}
			ts := tg.Extract(tt.text, pub, time.UTC)
			for _, te := range ts {
				if tt.text[te.Start:te.End] != te.Text {
					t.Errorf("span %v = %q, text %q", te.Span, tt.text[te.Start:te.End], te.Text)
				}
			}
			if diff := cmp.Diff(tt.want, summarize(ts)); diff != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
