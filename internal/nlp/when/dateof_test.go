package when_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

func TestDateOf(t *testing.T) {
	const text = "On Sunday, Trump declared “BIG PROGRESS ON RUSSIA” but did not detail it. " +
		"“The United States could offer protection,” Witkoff told CNN on Sunday. " +
		"Ukraine surrendered a nuclear arsenal in 1994, and it proved to be little deterrent when Russia absorbed Crimea in 2014 and then launched its full-scale invasion in 2022. " +
		"The war has now dragged on for three-and-a-half years. " +
		"Starmer hosted a meeting of allies on Sunday to bolster Zelenskyy. " +
		"Zelenskyy wants to avoid a repeat of his last meeting in February. " +
		"Witkoff said on Monday that Russia attacked Kyiv. " +
		"Leaders will meet Tuesday morning, and the envoy talks daily. " +
		"Sanctions were lifted. " +
		"Washington imposed sanctions on the governor and his “patronage network” in 2023. " +
		"Police detained the \"ringleaders\" in March. " +
		"The judge kept the suspect in custody until a hearing on April 5. " +
		"On Wednesday, ministers denounced the deal in which Turkey and Libya agreed on borders. " +
		"On Thursday, Trump, who is in Rome, phoned Putin. " +
		"Macron said Friday he would visit Kyiv. " +
		"On Friday, three candidates who skipped the debates made their final pleas. " +
		"The minister attacked Monday's vote on the budget for 2026. " +
		"The company released its first-quarter earnings report in March. " +
		"Biden won the 2020 election. " +
		"The firm unveiled third-quarter results. " +
		"Officials must complete the review by June. " +
		"Until Friday, the police had not named a suspect. " +
		"The bank posted a profit of $3 million, compared with a loss a year earlier. " +
		"The convoy was ambushed last week near the border, officials said. " +
		"In a statement on Monday, the ministry said the talks had failed. " +
		"Sunday's march -- a protest that drew thousands -- ended peacefully. " +
		"In contrast to Thursday, when police arrested 40 people, the crowd was calm on Friday. " +
		"The carmaker said it would open a plant next year. " +
		"The army said that on Monday troops seized the town. " +
		"The envoy toured Kherson, where shelling killed two people on Monday. " +
		"Officials on Saturday played down the Oct. 23 incident. " +
		"The 2019 attack that killed 12 people shocked the region. " +
		"The fiscal quarter ended June 30. " +
		"The minister, who rejects the plan and last week resigned from the cabinet, spoke. " +
		"- Founding a unit to fight piracy in the wake of 9 June - endorsed by the council. " +
		"The troops withdrew in 2011, then came back three years later. " +
		"The envoys arrived on March 3 and drafted the accord two weeks later. " +
		"The garrison may redeploy in three years. " +
		"After rebels seized the port, the army struck back on Wednesday. " +
		"Hours after ending this week's siege, troops raided a camp. " +
		"When the floods hit on Tuesday, villagers fled their homes. " +
		"Rebels have shelled the town since January. " +
		"Since 2019, gunmen have killed 40 aid workers. " +
		"The editor has been in custody since March 3. " +
		"Officials told the BBC's flagship radio program on Monday the army must withdraw. " +
		"The firm said net income in the second quarter rose 5%. " +
		"Two days after the army seized the harbor, rebels struck back on Friday. " +
		"Barely 48 hours before the junta dissolved parliament, envoys met on Friday. " +
		"Days after the army seized the airport, rebels struck back on Friday. " +
		"In 2019, China signed a trade pact with Chile that took effect in 2021. " +
		"Peru signed a trade pact with Chile that took effect in 2022. " +
		"Japan accused China of violating its airspace in July. " +
		"Japan blamed China in June for violating its airspace. " +
		"Rebels seized the fort by storming its gates in May. " +
		"Kenya accused Uganda of hiding cases on Thursday. " +
		"On Monday, Iran issued warrants for 36 people believed to have been involved in the killing of a general in January and asked Interpol to help. " +
		"Police arrested two men suspected of the raid on Tuesday. " +
		"The council agreed to hold elections in December. " +
		"The senators voted to back the plan on Friday. " +
		"The post-2019 reforms split the party. " +
		"It was not until Tuesday that the envoy revealed the talks. " +
		"Until Tuesday, the envoy hid the talks. " +
		"On Monday, the court, which was set up in 2002, convicted the colonel. " +
		"Troops who fled the town in January returned on Thursday. " +
		"The man who was arrested on Monday confessed. " +
		"The envoy, who arrived on Saturday, met the rebels. " +
		"The president arrived in Kyiv on Friday, a day after missiles struck the city. " +
		"Iran rejected the offer on Friday, two days after Trump said he had sent a letter. " +
		"The talks opened on Friday after missiles hit the port. " +
		"With Sunday's signings, all but one of the member states have ratified the pact. " +
		"On Sunday, Chad ratified the accord but Niger rejected it. " +
		"Dockers have been striking since early May. " +
		"Dockers have been sacked by the firm since May. " +
		"Pickets have been blocking ships since June."
	doc := process(t, text, "2025-08-18", "Australia/Sydney")
	type result struct {
		Value, Precision, Expr string
		OK                     bool
	}
	tests := []struct {
		name, trigger string
		want          result
	}{
		{"FrontedWeekday", "declared", result{"2025-08-17", dyad.DateDay, "Sunday", true}},
		{"FrontedWeekdayOverQuote", "PROGRESS", result{"2025-08-17", dyad.DateDay, "Sunday", true}},
		{"QuoteNotDatedByAttribution", "offer", result{}},
		{"Attribution", "told", result{"2025-08-17", dyad.DateDay, "Sunday", true}},
		{"YearAfterTrigger", "surrendered", result{"1994", dyad.DateYear, "1994", true}},
		{"FirstClause", "absorbed", result{"2014", dyad.DateYear, "2014", true}},
		{"SecondClause", "launched", result{"2022", dyad.DateYear, "2022", true}},
		{"DurationDoesNotDate", "dragged", result{}},
		{"WeekdayAfterObject", "hosted", result{"2025-08-17", dyad.DateDay, "Sunday", true}},
		{"MonthOfNoun", "meeting of allies", result{"2025-08-17", dyad.DateDay, "Sunday", true}},
		{"Month", "repeat", result{"2025-02", dyad.DateMonth, "February", true}},
		{"ReportingVerb", "said", result{"2025-08-18", dyad.DateDay, "Monday", true}},
		{"ReportedClause", "attacked", result{}},
		{"TimeOfDayGivesDay", "will meet", result{"2025-08-19", dyad.DateDay, "Tuesday morning", true}},
		{"SetDoesNotDate", "talks daily", result{}},
		{"NoExpression", "lifted", result{}},
		{"ScareQuotesEndNoClause", "imposed", result{"2023", dyad.DateYear, "2023", true}},
		{"StraightScareQuotes", "detained", result{"2025-03", dyad.DateMonth, "March", true}},
		{"UntilBoundsNoDate", "kept", result{}},
		{"FrontedTimeNotIntoRelativeClause", "agreed", result{}},
		{"SaidFridayDatesSaying", "visit", result{}},
		{"FrontedTimeOverRestrictiveRelative", "pleas", result{"2025-08-15", dyad.DateDay, "Friday", true}},
		{"FrontedTimeOverClosedRelativeClause", "phoned", result{"2025-08-14", dyad.DateDay, "Thursday", true}},
		{"PossessiveDatesItsNoun", "vote", result{"2025-08-18", dyad.DateDay, "Monday", true}},
		{"QuarterModifyingObjectDoesNotDate", "released", result{"2025-03", dyad.DateMonth, "March", true}},
		{"YearOfEventNounDates", "won", result{"2020", dyad.DateYear, "2020", true}},
		{"CompoundQuarterDoesNotDate", "unveiled", result{}},
		{"DeadlineDoesNotDate", "complete", result{}},
		{"FrontedUntilDoesNotDate", "named", result{}},
		{"ComparisonBaselineDoesNotDate", "posted", result{}},
		{"PostposedAttributionNotDated", "officials said", result{}},
		{"ClauseBeforeAttribution", "ambushed", result{"2025-W33", when.PrecisionWeek, "last week", true}},
		{"FrontedPrepositionalPhrase", "ministry said", result{"2025-08-18", dyad.DateDay, "Monday", true}},
		{"TimeAcrossDashAside", "ended", result{"2025-08-17", dyad.DateDay, "Sunday", true}},
		{"WhenClauseOfTime", "arrested 40", result{"2025-08-14", dyad.DateDay, "Thursday", true}},
		{"SaidWithReportedFutureTime", "carmaker said", result{}},
		{"TimeInsideThatClause", "seized", result{"2025-08-18", dyad.DateDay, "Monday", true}},
		{"WhereClauseDoesNotDateMainVerb", "toured", result{}},
		{"TimeRightBeforeVerb", "played", result{"2025-08-16", dyad.DateDay, "Saturday", true}},
		{"RelativeClauseOnDatedNoun", "killed 12", result{"2019", dyad.DateYear, "2019", true}},
		{"TimeAsSubjectNotAdverbial", "ended June", result{"2025-06-30", dyad.DateDay, "June 30", true}},
		{"TimeOpensNextConjunct", "rejects", result{}},
		{"TimeInConjunct", "resigned", result{"2025-W33", when.PrecisionWeek, "last week", true}},
		{"SpacedHyphenIsDash", "endorsed", result{}},
		{"YearsLaterFromEarlierDate", "came back", result{"2014", dyad.DateYear, "three years", true}},
		{"WeeksLaterFromEarlierDay", "drafted", result{"2025-03-17", dyad.DateDay, "two weeks", true}},
		{"DurationWithoutLaterDoesNotDate", "redeploy", result{}},
		{"FrontedClauseNotDatedByMainClause", "seized the port", result{}},
		{"MainClauseAfterFrontedClause", "struck back", result{"2025-08-13", dyad.DateDay, "Wednesday", true}},
		{"AllButIsNoClauseBreak", "have ratified", result{"2025-08-17", dyad.DateDay, "Sunday", true}},
		{"ButOpensNewClause", "rejected it", result{}},
		{"FrontedAfterClauseDoesNotDateMainClause", "raided", result{}},
		{"SinceBoundsRepeatedActs", "shelled the town", result{}},
		{"FrontedSinceBoundsRepeatedActs", "killed 40", result{}},
		{"SinceDatesOnsetOfState", "custody since", result{"2025-03-03", dyad.DateDay, "March 3", true}},
		{"SinceDatesOnsetOfActivity", "striking since", result{"2025-05", dyad.DateMonth, "early May", true}},
		{"SinceBoundsPassiveActs", "sacked by", result{}},
		{"SinceBoundsActivityWithObject", "blocking ships", result{}},
		{"ToldOverAddresseeDatesTelling", "withdraw", result{}},
		{"SaidNotOverReportedSubject", "rose 5%", result{"2025-Q2", when.PrecisionQuarter, "the second quarter", true}},
		{"CountedSpanBeforeMainDay", "seized the harbor", result{"2025-08-13", dyad.DateDay, "Friday", true}},
		{"CountedHoursAfterMainDay", "dissolved", result{"2025-08-17", dyad.DateDay, "Friday", true}},
		{"UncountedSpanNoDate", "seized the airport", result{}},
		{"FrontedTimeOverRelativeThatClause", "signed a trade pact with Chile that took effect in 2021", result{"2019", dyad.DateYear, "2019", true}},
		{"RelativeThatClauseWithoutFrontedTime", "signed a trade pact with Chile that took effect in 2022", result{"2022", dyad.DateYear, "2022", true}},
		{"JudgedActsTimeNotJudgings", "accused China", result{}},
		{"JudgingDatedByDay", "accused Uganda", result{"2025-08-14", dyad.DateDay, "Thursday", true}},
		{"JudgingsOwnTime", "blamed China", result{"2025-06", dyad.DateMonth, "June", true}},
		{"GerundOfMeansDatesAct", "seized the fort", result{"2025-05", dyad.DateMonth, "May", true}},
		{"ReducedRelativeKeepsItsMonth", "issued warrants", result{"2025-08-18", dyad.DateDay, "Monday", true}},
		{"ConjunctAfterReducedRelative", "asked Interpol", result{"2025-08-18", dyad.DateDay, "Monday", true}},
		{"DayAfterReducedRelativeDates", "arrested two", result{"2025-08-12", dyad.DateDay, "Tuesday", true}},
		{"MonthOfCommittedActNotCommitting", "agreed to hold", result{}},
		{"DayAfterCommittedActDates", "voted to back", result{"2025-08-15", dyad.DateDay, "Friday", true}},
		{"PostYearBoundsNotDates", "split the party", result{}},
		{"NotUntilCleftDates", "revealed the talks", result{"2025-08-12", dyad.DateDay, "Tuesday", true}},
		{"UntilWithoutCleftBounds", "hid the talks", result{}},
		{"FrontedTimeOverClosedRelativeClauseTime", "convicted the colonel", result{"2025-08-18", dyad.DateDay, "Monday", true}},
		{"RestrictiveRelativeTimeNotMainVerbs", "returned on", result{"2025-08-14", dyad.DateDay, "Thursday", true}},
		{"RestrictiveRelativeTimeLeavesMainVerb", "confessed", result{}},
		{"RelativeClauseTimeAloneDates", "met the rebels", result{"2025-08-16", dyad.DateDay, "Saturday", true}},
		{"CountedSpanAfterMainDay", "struck the city", result{"2025-08-14", dyad.DateDay, "Friday", true}},
		{"CountedSpanDatesSaying", "said he had sent", result{"2025-08-13", dyad.DateDay, "Friday", true}},
		{"CountedSpanNotIntoReportedClause", "sent a letter", result{}},
		{"UncountedAfterNotShifted", "hit the port", result{"2025-08-15", dyad.DateDay, "Friday", true}},
		{"FrontedWhenClauseDatesMainClause", "fled", result{"2025-08-12", dyad.DateDay, "Tuesday", true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(text, tt.trigger)
			if i < 0 {
				t.Fatalf("trigger %q not in text", tt.trigger)
			}
			w := strings.Fields(tt.trigger)
			if w[0] == "will" || w[0] == "officials" || w[0] == "ministry" || w[0] == "carmaker" {
				i += len(w[0]) + 1 // the context word locates the trigger after it
				w = w[1:]
			}
			trig := dyad.Span{Start: i, End: i + len(w[0])}
			si := doc.SentenceAt(i)
			if si < 0 {
				t.Fatalf("no sentence at %d", i)
			}
			d, ok := when.DateOf(doc, doc.Sentences[si].Span, trig)
			var r result
			if ok {
				r = result{d.Value, d.Precision, d.Expr.Text, true}
			}
			if diff := cmp.Diff(tt.want, r); diff != "" {
				t.Errorf("DateOf(%q) (-want +got):\n%s", tt.trigger, diff)
			}
		})
	}
	t.Run("BadSpans", func(t *testing.T) {
		if _, ok := when.DateOf(doc, dyad.Span{Start: -1, End: 5}, dyad.Span{Start: 0, End: 2}); ok {
			t.Error("DateOf with a bad sentence span: ok")
		}
		if _, ok := when.DateOf(nil, dyad.Span{}, dyad.Span{}); ok {
			t.Error("DateOf(nil): ok")
		}
	})
}
