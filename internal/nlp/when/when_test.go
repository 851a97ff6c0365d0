package when_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// got is the part of a TimeExpr the table tests compare.
type got struct {
	Text, Type, Value, Zone, Mod string
}

func summarize(ts []dyad.TimeExpr) []got {
	out := []got{}
	for _, te := range ts {
		out = append(out, got{te.Text, te.Type, te.Value, te.Zone, te.Mod})
	}
	return out
}

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("time zone %s unavailable: %v", name, err)
	}
	return loc
}

func TestTagger_Extract(t *testing.T) {
	const (
		D = dyad.TimeDate
		T = dyad.TimeTime
		P = dyad.TimeDuration
		S = dyad.TimeSet
	)
	// The seed's dateline: Monday 18 August 2025 in Sydney.
	seedDay := "2025-08-18"
	tests := []struct {
		name      string
		published string // YYYY-MM-DD, "" for none
		tz        string
		text      string
		want      []got
	}{
		// The seed's expressions in past and future reports.
		{"SeedScheduledTuesdayAEST", seedDay, "Australia/Sydney", "Trump and Zelenskyy are scheduled to meet on Tuesday AEST.",
			[]got{{"Tuesday AEST", D, "2025-08-19", "AEST", ""}}},
		{"SeedOnSundayDeclared", seedDay, "Australia/Sydney", "On Sunday, Trump declared “BIG PROGRESS ON RUSSIA” in a social media update.",
			[]got{{"Sunday", D, "2025-08-17", "", ""}}},
		{"SeedToldOnSunday", seedDay, "Australia/Sydney", "Trump envoy Steve Witkoff told CNN on Sunday, suggesting this would be in lieu of NATO membership.",
			[]got{{"Sunday", D, "2025-08-17", "", ""}}},
		{"SeedHostedOnSunday", seedDay, "Australia/Sydney", "UK Prime Minister Keir Starmer hosted a meeting of allies on Sunday to bolster Zelenskyy’s hand.",
			[]got{{"Sunday", D, "2025-08-17", "", ""}}},
		{"FutureOnSunday", seedDay, "Australia/Sydney", "The leaders will meet again on Sunday.",
			[]got{{"Sunday", D, "2025-08-24", "", ""}}},
		{"FuturePlansToTuesday", seedDay, "Australia/Sydney", "Macron plans to travel to Kyiv on Tuesday.",
			[]got{{"Tuesday", D, "2025-08-19", "", ""}}},
		{"PastTuesday", seedDay, "Australia/Sydney", "Macron travelled to Kyiv on Tuesday.",
			[]got{{"Tuesday", D, "2025-08-12", "", ""}}},
		{"SameWeekdayIsToday", seedDay, "Australia/Sydney", "Zelenskyy arrived in Washington on Monday.",
			[]got{{"Monday", D, "2025-08-18", "", ""}}},
		{"SeedYears", seedDay, "Australia/Sydney", "Ukraine surrendered a Soviet-era nuclear arsenal in 1994, and it proved to be little deterrent when Russia absorbed Crimea in 2014 and then launched its full-scale invasion in 2022.",
			[]got{{"1994", D, "1994", "", ""}, {"2014", D, "2014", "", ""}, {"2022", D, "2022", "", ""}}},
		{"SeedDurationNotDecades", seedDay, "Australia/Sydney", "The war has now dragged on for three-and-a-half years, Europe’s most lethal conflict in decades.",
			[]got{{"three-and-a-half years", P, "P3.5Y", "", ""}}},
		{"SeedPastFebruary", seedDay, "Australia/Sydney", "The Europeans are keen to help Zelenskyy avoid a repeat of his last Oval Office meeting in February.",
			[]got{{"February", D, "2025-02", "", ""}}},
		{"FutureFebruary", seedDay, "Australia/Sydney", "The two leaders will meet again in February.",
			[]got{{"February", D, "2026-02", "", ""}}},
		{"PastNovember", seedDay, "Australia/Sydney", "The talks collapsed in November.",
			[]got{{"November", D, "2024-11", "", ""}}},
		{"SeedEarlierThisYear", seedDay, "Australia/Sydney", "His access to Trump included rounds of golf in Florida earlier this year.",
			[]got{{"earlier this year", D, "2025", "", ""}}},
		{"EarlierInTheMonth", seedDay, "Australia/Sydney", "The bloc sanctioned the airline earlier in the month.",
			[]got{{"earlier in the month", D, "2025-08", "", ""}}},
		{"LaterInTheYearNarrative", seedDay, "UTC", "The deal was signed in March 2019. Later in the year, the army withdrew.",
			[]got{{"March 2019", D, "2019-03", "", ""}, {"Later in the year", D, "2019", "", ""}}},
		// Explicit dates in news forms.
		{"ExplicitDates", seedDay, "UTC", "It was signed Aug. 17, 2025, ratified 17 August 2025, logged as 2025-08-17 and announced August 17.",
			[]got{{"Aug. 17, 2025", D, "2025-08-17", "", ""}, {"17 August 2025", D, "2025-08-17", "", ""}, {"2025-08-17", D, "2025-08-17", "", ""}, {"August 17", D, "2025-08-17", "", ""}}},
		{"NumericDates", seedDay, "UTC", "Filed 8/17/2025, stamped 17/08/2025 and 2025/08/17, on August 17th, 2025 and 17th August.",
			[]got{{"8/17/2025", D, "2025-08-17", "", ""}, {"17/08/2025", D, "2025-08-17", "", ""}, {"2025/08/17", D, "2025-08-17", "", ""},
				{"August 17th, 2025", D, "2025-08-17", "", ""}, {"17th August", D, "2025-08-17", "", ""}}},
		{"MonthDayNoYearNearest", seedDay, "UTC", "The deadline is Aug 30 and the vote was on Jan. 5.",
			[]got{{"Aug 30", D, "2025-08-30", "", ""}, {"Jan. 5", D, "2025-01-05", "", ""}}},
		{"DayRanges", seedDay, "UTC", "The summit is set for Sept. 1-2 and talks for April 24 and 25, 2026.",
			[]got{{"Sept. 1", D, "2025-09-01", "", ""}, {"2", D, "2025-09-02", "", ""}, {"April 24", D, "2026-04-24", "", ""}, {"25, 2026", D, "2026-04-25", "", ""}}},
		{"Narrative", seedDay, "UTC", "He fled in June 1998 and returned later that year. The attack came on Oct. 23, 2014. Earlier that day, police left; the next day they came back. The following year, he died.",
			[]got{{"June 1998", D, "1998-06", "", ""}, {"later that year", D, "1998", "", ""}, {"Oct. 23, 2014", D, "2014-10-23", "", ""},
				{"Earlier that day", D, "2014-10-23", "", ""}, {"the next day", D, "2014-10-24", "", ""}, {"The following year", D, "2015", "", ""}}},
		{"NarrativeNeedsAReference", seedDay, "UTC", "That day, police left.",
			[]got{}},
		{"WeekdayWithDate", seedDay, "UTC", "It happened on Sunday, Aug. 17, 2025.",
			[]got{{"Sunday, Aug. 17, 2025", D, "2025-08-17", "", ""}}},
		{"MonthYear", seedDay, "UTC", "Since March 2022 and in May 2023.",
			[]got{{"March 2022", D, "2022-03", "", ""}, {"May 2023", D, "2023-05", "", ""}}},
		// Relative days and spans.
		{"RelativeDays", seedDay, "UTC", "He left yesterday, speaks today, returns tomorrow and dines tonight.",
			[]got{{"yesterday", D, "2025-08-17", "", ""}, {"today", D, "2025-08-18", "", ""}, {"tomorrow", D, "2025-08-19", "", ""}, {"tonight", T, "2025-08-18TNI", "", ""}}},
		{"RelativeSpans", seedDay, "UTC", "Sales fell last week, rose last month, will grow next year and slipped two days ago.",
			[]got{{"last week", D, "2025-W33", "", ""}, {"last month", D, "2025-07", "", ""}, {"next year", D, "2026", "", ""}, {"two days ago", D, "2025-08-16", "", ""}}},
		{"ThisWeekMonth", seedDay, "UTC", "Talks this week follow a deal this month.",
			[]got{{"this week", D, "2025-W34", "", ""}, {"this month", D, "2025-08", "", ""}}},
		{"Seasons", seedDay, "UTC", "Fighting eased last summer and may resume next spring.",
			[]got{{"last summer", D, "2024-SU", "", ""}, {"next spring", D, "2026-SP", "", ""}}},
		{"PartOfDay", seedDay, "UTC", "The strike hit on Sunday morning and again last night.",
			[]got{{"Sunday morning", D, "2025-08-17", "", ""}, {"last night", T, "2025-08-17TNI", "", ""}}},
		{"DecadeCentury", seedDay, "UTC", "Since the 1990s and through the 20th century.",
			[]got{{"the 1990s", D, "199", "", ""}, {"the 20th century", D, "19", "", ""}}},
		{"HundredsAreCenturies", seedDay, "UTC", "The kingdom lasted from the mid-1500s to the 1800s, and the camps opened in the 2000s.",
			[]got{{"the mid-1500s", D, "15", "", "MID"}, {"the 1800s", D, "18", "", ""}, {"the 2000s", D, "200", "", ""}}},
		{"Quarter", seedDay, "UTC", "Growth slowed in the first quarter and in the third quarter of 2024.",
			[]got{{"the first quarter", D, "2025-Q1", "", ""}, {"the third quarter of 2024", D, "2024-Q3", "", ""}}},
		{"EdgeMods", seedDay, "UTC", "Elections are due in early 2026 and talks ended late last year.",
			[]got{{"early 2026", D, "2026", "", "START"}, {"late last year", D, "2024", "", "END"}}},
		// Durations.
		{"Durations", seedDay, "UTC", "It lasted two weeks, then 48 hours, then a decade, then two and a half hours, in a 16-hour session.",
			[]got{{"two weeks", P, "P2W", "", ""}, {"48 hours", P, "PT48H", "", ""}, {"a decade", P, "P10Y", "", ""}, {"two and a half hours", P, "PT2H30M", "", ""}, {"16-hour", P, "PT16H", "", ""}}},
		{"DurationMods", seedDay, "UTC", "For more than 20 years and about six months over the past two weeks.",
			[]got{{"more than 20 years", P, "P20Y", "", "MORE_THAN"}, {"about six months", P, "P6M", "", "APPROX"}, {"the past two weeks", P, "P2W", "", ""}}},
		// Sets.
		{"Sets", seedDay, "UTC", "They meet every Tuesday, report weekly and vote annually.",
			[]got{{"every Tuesday", S, "XXXX-WXX-2", "", ""}, {"weekly", S, "P1W", "", ""}, {"annually", S, "P1Y", "", ""}}},
		{"PluralSets", seedDay, "UTC", "Markets close on Fridays and the show airs Tuesday nights.",
			[]got{{"Fridays", S, "XXXX-WXX-5", "", ""}, {"Tuesday nights", S, "XXXX-WXX-2TNI", "", ""}}},
		// Anaphoric calendar nouns: "the year" is the report's year; "the
		// year ended ..." is a twelve-month stretch.
		{"TheYear", seedDay, "UTC", "Shares hit a high for the year; sales for the full year rose, and the fiscal year looks good.",
			[]got{{"the year", D, "2025", "", ""}, {"the full year", D, "2025", "", ""}, {"the fiscal year", D, "2025", "", ""}}},
		{"TheYearEnded", seedDay, "UTC", "Net rose in the year ended March 31 and in the latest fiscal year.",
			[]got{{"the year", P, "P1Y", "", ""}, {"March 31", D, "2025-03-31", "", ""}, {"the latest fiscal year", D, "2024", "", ""}}},
		{"TheYearNotATime", seedDay, "UTC", "It was the year of the dragon, and the following year he left.",
			[]got{}},
		{"TheLatestPeriod", seedDay, "UTC", "The latest period included gains.",
			[]got{{"The latest period", D, "2025-Q2", "", ""}}},
		{"YearEnd", seedDay, "UTC", "The deal should close by year-end.",
			[]got{{"year-end", D, "2025", "", "END"}}},
		// Years in words, as transcripts write them.
		{"SpelledYears", seedDay, "UTC", "In nineteen ninety-one he was convicted; by the year two thousand it was over; in January nineteen ninety-seven prices fell, as in the winter of nineteen ninety-four.",
			[]got{{"nineteen ninety-one", D, "1991", "", ""}, {"the year two thousand", D, "2000", "", ""}, {"January nineteen ninety-seven", D, "1997-01", "", ""}, {"the winter of nineteen ninety-four", D, "1994-WI", "", ""}}},
		{"SpelledCountNotYear", seedDay, "UTC", "He paid two thousand dollars to nineteen people.",
			[]got{}},
		{"WithinWeeks", seedDay, "UTC", "Troops will be committed within weeks.",
			[]got{{"weeks", P, "PXW", "", ""}}},
		// Deadlines point ahead; a passive takes its auxiliary's tense.
		{"DeadlineUntil", seedDay, "UTC", "Officials postponed until Tuesday morning any action, and gave them until 9 a.m. Wednesday to sign.",
			[]got{{"Tuesday morning", D, "2025-08-19", "", ""}, {"9 a.m. Wednesday", T, "2025-08-20T09:00", "", ""}}},
		{"DeadlineBy", seedDay, "UTC", "Qantas will almost double its flights by October in the search for markets untouched by the crisis.",
			[]got{{"October", D, "2025-10", "", ""}}},
		{"BeganMarchDay", seedDay, "UTC", "The violence began March 6 in the region.",
			[]got{{"March 6", D, "2025-03-06", "", ""}}},
		{"DeadlinePast", seedDay, "UTC", "Until Thursday, they had not called him a suspect.",
			[]got{{"Thursday", D, "2025-08-14", "", ""}}},
		{"PassiveFuture", "2025-03-04", "UTC", "Collins will be named commander of the shuttle for a mission in December.",
			[]got{{"December", D, "2025-12", "", ""}}},
		{"MonthAheadAcrossYearEnd", "2025-11-20", "UTC", "The merger closes in January; sales rose in March.",
			[]got{{"January", D, "2026-01", "", ""}, {"March", D, "2025-03", "", ""}}},
		{"ModelYearNotATime", seedDay, "UTC", "Kopp's 1987 Chevrolet was found, and the company's 1989 results fell.",
			[]got{{"1989", D, "1989", "", ""}}},
		{"PastAuxPlan", seedDay, "UTC", "Protesters planned a demonstration on Saturday and were planning to drive around.",
			[]got{{"Saturday", D, "2025-08-23", "", ""}}},
		{"HadBeenDue", seedDay, "UTC", "The offer had been due to expire Friday evening.",
			[]got{{"Friday evening", D, "2025-08-15", "", ""}}},
		{"BeToPlan", seedDay, "UTC", "The stock is to resume trading in the Paris market Tuesday.",
			[]got{{"Tuesday", D, "2025-08-19", "", ""}}},
		{"YearQuarterAnaphora", seedDay, "UTC", "Net rose in the second quarter of 2025.\nThe 2024 quarter had a loss, and so did the 2023 period.",
			[]got{{"the second quarter of 2025", D, "2025-Q2", "", ""}, {"The 2024 quarter", D, "2024-Q2", "", ""}, {"the 2023 period", D, "2023-Q2", "", ""}}},
		{"OutlookQuarterIsNotTheReportQuarter", "2025-11-02", "UTC", "Third-quarter net rose.\nFourth-quarter results will be weak.\nThe quarter's sales rose from a year ago.",
			[]got{{"Third-quarter", D, "2025-Q3", "", ""}, {"Fourth-quarter", D, "2025-Q4", "", ""}, {"The quarter", D, "2025-Q3", "", ""}, {"a year ago", D, "2024-Q3", "", ""}}},
		// A past report makes the current quarter a fiscal one that is over.
		{"ReportedCurrentQuarter", "2025-11-02", "UTC", "The brewer reported lower fourth-quarter profit.\nSales in the latest period rose from a year earlier.",
			[]got{{"fourth-quarter", D, "2025-Q4", "", ""}, {"the latest period", D, "2025-Q4", "", ""}, {"a year earlier", D, "2024-Q4", "", ""}}},
		// An earlier quarter named as background keeps the report's own.
		{"BackgroundQuarterKeepsReportQuarter", "2025-11-02", "UTC", "The miller posted higher third-quarter net.\nAfter a weak second quarter, prices recovered.\nThe year-earlier period had a charge.",
			[]got{{"third-quarter", D, "2025-Q3", "", ""}, {"second quarter", D, "2025-Q2", "", ""}, {"year-earlier period", D, "2024-Q3", "", ""}}},
		// Nine months or a half compare whole years, not the quarter.
		{"LongerPeriodComparesYears", "2025-11-02", "UTC", "Third-quarter net rose from a year ago.\nFor the nine months, net fell from $4 million a year earlier.\nIn the first half, it had year-earlier sales of $2 million.",
			[]got{{"Third-quarter", D, "2025-Q3", "", ""}, {"a year ago", D, "2024-Q3", "", ""}, {"the nine months", P, "P9M", "", ""}, {"a year earlier", D, "2024", "", ""}, {"year-earlier", D, "2024", "", ""}}},
		{"OneDayAdverb", seedDay, "UTC", "She hopes one day to fly; Islam will one day be larger. He worked for one day and had been in the job one day.",
			[]got{{"one day", D, "FUTURE_REF", "", ""}, {"one day", D, "FUTURE_REF", "", ""}, {"one day", P, "P1D", "", ""}, {"one day", P, "P1D", "", ""}}},
		{"CurrentAdjective", seedDay, "UTC", "The group that runs the current system cited current market conditions.",
			[]got{{"current", D, "PRESENT_REF", "", ""}, {"current", D, "PRESENT_REF", "", ""}}},
		{"RateAfterCountedNoun", seedDay, "UTC", "Qantas flies four flights a week and adds 700 seats a week.",
			[]got{{"a week", S, "P1W", "", ""}, {"a week", S, "P1W", "", ""}}},
		{"GenericTodayAndIdiom", seedDay, "UTC", "The case is for today's youth; for Poland, high noon comes with today's vote.",
			[]got{{"today", D, "2025-08-18", "", ""}}},
		// Not a time: a programme's name.
		{"ProgrammeThisWeek", seedDay, "UTC", `Baker, speaking on ABC News' "This Week," said so.`,
			[]got{}},
		{"ProgrammeName", seedDay, "UTC", "Gonzalez said on CBS's ``60 Minutes.''",
			[]got{}},
		// Times and zones.
		{"Times", seedDay, "UTC", "Polls close at 3 p.m. and results come at 15:00 GMT.",
			[]got{{"3 p.m.", T, "2025-08-18T15:00", "", ""}, {"15:00 GMT", T, "2025-08-18T15:00", "GMT", ""}}},
		{"TimeWithDay", seedDay, "UTC", "The blast came at 10 p.m. Saturday.",
			[]got{{"10 p.m. Saturday", T, "2025-08-16T22:00", "", ""}}},
		// Fuzzy references.
		{"Fuzzy", seedDay, "UTC", "He is currently in Kyiv; the envoy recently left and will return soon.",
			[]got{{"currently", D, "PRESENT_REF", "", ""}, {"recently", D, "PAST_REF", "", ""}, {"soon", D, "FUTURE_REF", "", ""}}},
		// No false dates.
		{"NoFalseDates", seedDay, "UTC", "She may go. They march on. We saw the sun. The second round drew 1 million people under Article 5, with 2,000 troops, a ceasefire first and Theresa May.",
			[]got{}},
		{"NoNames", seedDay, "UTC", "The Sunday Times told 60 Minutes it is bigger than the Sun. It is the fall of the regime; the future of NATO is at stake.",
			[]got{}},
		{"NoAges", seedDay, "UTC", "A 6-year-old boy and his 44-year-old father, 37 years old, arrived.",
			[]got{}},
		{"ModalMayNotMonth", seedDay, "UTC", "That pledge may not be enough; he may 5 times try.",
			[]got{}},
		// Weekday and month arithmetic across month and year ends.
		{"YearEndMonday", "2025-12-29", "UTC", "Talks collapsed on Sunday and will resume on Friday; last week and this week.",
			[]got{{"Sunday", D, "2025-12-28", "", ""}, {"Friday", D, "2026-01-02", "", ""}, {"last week", D, "2025-W52", "", ""}, {"this week", D, "2026-W01", "", ""}}},
		{"NewYearsDay", "2026-01-01", "UTC", "Shelling began on Tuesday, and envoys meet next Monday; it was worse last month and in December than yesterday.",
			[]got{{"Tuesday", D, "2025-12-30", "", ""}, {"next Monday", D, "2026-01-05", "", ""}, {"last month", D, "2025-12", "", ""}, {"December", D, "2025-12", "", ""}, {"yesterday", D, "2025-12-31", "", ""}}},
		{"MonthEndWeekday", "2025-03-01", "UTC", "Troops withdrew on Thursday.",
			[]got{{"Thursday", D, "2025-02-27", "", ""}}},
		// Zones.
		{"WashingtonDatelineAEST", "2025-08-18", "America/New_York", "Trump and Zelenskyy will meet on Tuesday AEST, or Monday in Washington.",
			[]got{{"Tuesday AEST", D, "2025-08-19", "AEST", ""}, {"Monday", D, "2025-08-18", "", ""}}},
		{"SydneyArticleEDT", seedDay, "Australia/Sydney", "The leaders will meet on Monday EDT.",
			[]got{{"Monday EDT", D, "2025-08-18", "EDT", ""}}},
		// No anchor: relative values stay empty, absolute ones resolve.
		{"NoAnchor", "", "", "On Sunday, troops left; in 2014 they came.",
			[]got{{"Sunday", D, "", "", ""}, {"2014", D, "2014", "", ""}}},
	}
	tg, err := when.New(when.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := time.UTC
			if tt.tz != "" {
				loc = mustLoc(t, tt.tz)
			}
			var pub time.Time
			if tt.published != "" {
				pub = date(t, tt.published, loc)
			}
			ts := tg.Extract(tt.text, pub, loc)
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

func TestTagger_PublishedInstantInZone(t *testing.T) {
	// Monday 20:00 in Washington is Tuesday 10:00 in Sydney: "Tuesday
	// AEST" in a past report is that same Tuesday, and a bare "Monday"
	// is the Washington day.
	ny := mustLoc(t, "America/New_York")
	pub := time.Date(2025, 8, 18, 20, 0, 0, 0, ny)
	tg, _ := when.New(when.Config{})
	ts := tg.Extract("Talks began Tuesday AEST after Trump spoke on Monday.", pub, ny)
	want := []got{{"Tuesday AEST", dyad.TimeDate, "2025-08-19", "AEST", ""}, {"Monday", dyad.TimeDate, "2025-08-18", "", ""}}
	if diff := cmp.Diff(want, summarize(ts)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Each is resolved against the publication day where its zone is.
	if len(ts) == 2 && (ts[0].Anchor != "2025-08-19" || ts[1].Anchor != "2025-08-18") {
		t.Errorf("anchors = %q, %q; want 2025-08-19 (AEST), 2025-08-18 (Washington)", ts[0].Anchor, ts[1].Anchor)
	}
}

func TestTagger_Process(t *testing.T) {
	t.Run("Anchor", func(t *testing.T) {
		doc := process(t, "Troops left on Sunday. They return next week.", "2025-08-18", "Australia/Sydney")
		want := []got{{"Sunday", dyad.TimeDate, "2025-08-17", "", ""}, {"next week", dyad.TimeDate, "2025-W35", "", ""}}
		if diff := cmp.Diff(want, summarize(doc.Times)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		if doc.Times[0].Anchor != "2025-08-18" || doc.Times[0].Precision != dyad.DateDay {
			t.Errorf("anchor, precision = %q, %q; want 2025-08-18, day", doc.Times[0].Anchor, doc.Times[0].Precision)
		}
	})
	t.Run("DatelineAnchor", func(t *testing.T) {
		art := &dyad.Article{Text: "Troops left on Saturday.", Dateline: "KYIV, Aug. 17, 2025 (Reuters) -"}
		doc := dyad.NewDocument(art)
		tg, _ := when.New(when.Config{})
		if err := tg.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		want := []got{{"Saturday", dyad.TimeDate, "2025-08-16", "", ""}}
		if diff := cmp.Diff(want, summarize(doc.Times)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("ErrNoArticle", func(t *testing.T) {
		tg, _ := when.New(when.Config{})
		err := tg.Process(t.Context(), &dyad.Document{})
		if dyad.ErrorCode(err) != dyad.CodeInvalid {
			t.Errorf("Process(no article) = %v, want a %s error", err, dyad.CodeInvalid)
		}
	})
	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		tg, _ := when.New(when.Config{})
		if err := tg.Process(ctx, dyad.NewDocument(&dyad.Article{Text: "today"})); err == nil {
			t.Error("Process on a canceled context: nil error")
		}
	})
}

func TestTenseAt(t *testing.T) {
	tests := []struct {
		name, text, at string
		want           when.Tense
	}{
		{"Will", "The leaders will meet in Washington.", "meet", when.TenseFuture},
		{"ScheduledTo", "Trump and Zelenskyy are scheduled to meet on Tuesday.", "Tuesday", when.TenseFuture},
		{"SetTo", "European leaders are set to accompany Zelenskyy.", "accompany", when.TenseFuture},
		{"PastIrregular", "Witkoff told CNN on Sunday.", "Sunday", when.TensePast},
		{"PastRegular", "Allies hosted a meeting on Sunday.", "Sunday", when.TensePast},
		{"Contraction", "We'll see them on Friday.", "Friday", when.TenseFuture},
		{"NextToIsNoCue", "A bomb went off next to the embassy on Friday.", "Friday", when.TensePast},
		{"VacationPlans", "On Friday, Albright set aside vacation plans.", "Friday", when.TenseUnknown},
		{"None", "Talks in Geneva on Friday.", "Friday", when.TenseUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.at)
			got := when.TenseAt(tt.text, dyad.Span{Start: 0, End: len(tt.text)}, dyad.Span{Start: i, End: i + len(tt.at)})
			if got != tt.want {
				t.Errorf("TenseAt(%q, %q) = %v, want %v", tt.text, tt.at, got, tt.want)
			}
		})
	}
	if got := when.TenseAt("short", dyad.Span{Start: 0, End: 99}, dyad.Span{}); got != when.TenseUnknown {
		t.Errorf("TenseAt out of range = %v, want unknown", got)
	}
}
