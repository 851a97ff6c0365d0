package event_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_Attributes checks the mode, date and place of events coded
// from invented sentences with the whole pipeline (published 2025-03-14,
// a Friday). A want field left empty is not checked; "-" wants none.
func TestCoder_Attributes(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger string
		mode, date, place   string
	}{
		// Dates: the time expression of the event's own clause.
		{name: "DateAfterCoordinatedObjects", text: "Police arrested Pedro Alvarez, a Mexican citizen, for fraud, as well as related charges, in 2006 in Texas.",
			trigger: "arrested", date: "2006"},
		{name: "DateNotFromFocusedSubordinate", text: "Russia attacked Ukraine, shortly after the talks in Geneva on Monday.",
			trigger: "attacked", date: "2025-03-14"},
		{name: "DateOverScareQuotes", text: "The United States imposed sanctions on Serbia's \"patronage network\" in 2023.",
			trigger: "imposed", date: "2023"},
		{name: "DateNotFromAfterClause", text: "Polish police arrested a man after the mayor of Gdansk was stabbed last night.",
			trigger: "arrested", date: "2025-03-14"},
		// a "when" clause after "since <time>," is the time's relative
		// clause, not the since-clause's verb: the time still dates the
		// ongoing act
		{name: "DateFromSinceTimeWithWhenClause", text: "Kenyan students have been protesting since early February, when the government of Kenya raised university fees.",
			trigger: "protesting", date: "2025-02"},
		{name: "DateNotFromSinceClause", text: "Kenyan students have been protesting against the government since the parliament raised university fees in February.",
			trigger: "protesting", date: "2025-03-14"},
		{name: "DateFromAfterPhrase", text: "Polish police arrested a man after the concert last night.",
			trigger: "arrested", date: "2025-03-13"},
		// a year modifying a noun in a relative clause dates that noun,
		// not the trigger; the fronted time does
		{name: "DateNotFromRelativeNounYear", text: "Last month, a Polish court sentenced Serbian President Aleksandar Vucic to one year in prison for defying the commission that oversees the 2004 accession treaty.",
			trigger: "sentenced", date: "2025-02"},
		{name: "DateFromObjectNounYear", text: "Serbian President Aleksandar Vucic criticized Croatia over the 2004 accession treaty.",
			trigger: "criticized", date: "2004"},
		// "That deal" points back at the last date told; "This month"
		// is a time of its own, not a pointer back
		{name: "AnaphoricNounTakesPreviousDate", text: "Japan and China signed a trade deal on Tuesday. That deal prompted Russia to condemn Japan.",
			trigger: "condemn", date: "2025-03-11"},
		{name: "FrontedTimeIsNoAnaphor", text: "North Korea has fired missiles since May. This month, North Korea fired two missiles that experts think may be linked to plans for attacking Japan.",
			trigger: "attacking", date: "2025-03-14"},
		// weekdays: a plan ahead, a past report back, the publication
		// day (a Friday) itself when told as past; the weekday of a
		// verb of saying dates the saying, not the clause it reports
		{name: "PlanNextWeekday", text: "Trump will meet Putin next Tuesday.", trigger: "meet", mode: "planned", date: "2025-03-18"},
		{name: "PlanWeekday", text: "Trump plans to visit Moscow on Wednesday.", trigger: "visit", mode: "planned", date: "2025-03-19"},
		{name: "PastWeekday", text: "Trump met Putin on Tuesday.", trigger: "met", mode: "asserted", date: "2025-03-11"},
		{name: "PastLastWeekday", text: "Trump met Putin last Tuesday.", trigger: "met", date: "2025-03-11"},
		{name: "PastWeekdayPublicationDay", text: "Trump met Putin on Friday.", trigger: "met", date: "2025-03-14"},
		{name: "ProgressiveArrangementAhead", text: "Trump is meeting Putin on Tuesday.", trigger: "meeting", date: "2025-03-18"},
		{name: "PastSayingTakesWeekday", text: "A spokesperson told VOA's Korean Service on Monday the United Nations must maintain sanctions on North Korea.",
			trigger: "sanctions", date: "2025-03-14"},
		// a fronted clause keeps to itself, unless a counted span sets
		// it against the main clause's day
		{name: "FrontedAfterClauseNotDatedByMainClause", text: "Days after the WHO declared an emergency, Nigeria accused Ghana of hiding cases on Thursday.",
			trigger: "declared", date: "2025-03-14"},
		{name: "CountedSpanDatesFrontedClause", text: "Barely two days after the WHO declared an emergency, Nigeria accused Ghana of hiding cases on Thursday.",
			trigger: "declared", date: "2025-03-11"},
		{name: "MainClauseAfterFrontedClause", text: "Barely two days after the WHO declared an emergency, Nigeria accused Ghana of hiding cases on Thursday.",
			trigger: "accused", date: "2025-03-13"},
		// a reported clause is not dated by its saying; a speaker's own
		// stance is
		{name: "SaidMondayDatesSaying", text: "Trump said Monday he would meet Putin.",
			trigger: "meet", mode: "planned", date: "2025-03-14"},
		{name: "FrontedTimeDatesSaying", text: "On Monday, Trump said Russia had attacked Ukraine.",
			trigger: "attacked", mode: "reported", date: "2025-03-14"},
		// an act of force told in the simple past has happened by the
		// saying: dated by it (not one in the perfect, above)
		{name: "ReportedPastForceDatedBySaying", text: "On Monday, officials said Kenyan troops were deployed to push back the rebels.",
			trigger: "push back", mode: "reported", date: "2025-03-10"},
		{name: "ReportedPastForceDatedBySayingsWeek", text: "This week, officials said Kenyan troops were deployed to push back the rebels.",
			trigger: "push back", mode: "reported", date: "2025-W11"},
		// an undated sentence takes the day its story's lede sets, when
		// that day is in the week before publication
		{name: "SceneDateFromLede", text: "On Wednesday, Pakistani troops attacked a Taliban camp near Quetta. The army also arrested two Taliban commanders.",
			trigger: "arrested", mode: "asserted", date: "2025-03-12"},
		{name: "SceneDateNotFromOldLede", text: "On March 1, Pakistani troops attacked a Taliban camp near Quetta. The army also arrested two Taliban commanders.",
			trigger: "arrested", mode: "asserted", date: "2025-03-14"},
		{name: "OwnStanceDatedBySaying", text: "Putin said Thursday that Russia supports the U.S. ceasefire proposal.",
			trigger: "supports", mode: "asserted", date: "2025-03-13"},
		// Coordinated complements share the reporting verb: a speaker's
		// own intended stance is asserted and dated by the saying; a
		// material act so announced is planned; another's is not the
		// speaker's own.
		{name: "CoordinatedThatOwnIntent", text: "Hungarian Prime Minister Viktor Orban rejected the ruling, telling reporters in the port city, Split, on Monday that it was unfair and that he would ask Russia to block the decision.",
			trigger: "ask", mode: "asserted", date: "2025-03-10"},
		{name: "SaidThatAndThatOwnIntent", text: "Hungarian Prime Minister Viktor Orban said on Monday that the ruling was unfair and that he would ask Russia to block the decision.",
			trigger: "ask", mode: "asserted", date: "2025-03-10"},
		{name: "CoordinatedThatMaterialPlanned", text: "Hungarian Prime Minister Viktor Orban rejected the ruling, telling reporters in the port city, Split, on Monday that it was unfair and that he would visit Russia.",
			trigger: "visit", mode: "planned", date: "2025-03-14"},
		{name: "OthersIntentNotOwn", text: "Hungarian Prime Minister Viktor Orban said on Monday that Russia would ask China to block the decision.",
			trigger: "ask", mode: "planned", date: "2025-03-14"},
		{name: "OwnIntentWithIfConditional", text: "Hungarian Prime Minister Viktor Orban said on Monday that he would ask Russia to block the decision if the court upheld it.",
			trigger: "ask", mode: "conditional"},
		{name: "WouldWithoutReportingConditional", text: "Hungarian Prime Minister Viktor Orban rejected the ruling in the port city, Split, on Monday as he would ask Russia to block the decision.",
			trigger: "ask", mode: "conditional"},
		// "can continue to V": the act goes on already; the modal bears
		// on its going on
		{name: "CanContinueAsserted", text: "I look forward to discussing how Canada can continue to support Ukraine.",
			trigger: "support", mode: "asserted"},
		{name: "CouldWithoutContinueConditional", text: "Canada could support Ukraine.",
			trigger: "support", mode: "conditional"},
		{name: "CannotContinueNegated", text: "Canada cannot continue to support Ukraine.",
			trigger: "support", mode: "negated"},
		{name: "CouldContinueIfConditional", text: "Canada could continue to support Ukraine if Russia attacks.",
			trigger: "support", mode: "conditional"},
		// Modes: the act a request asks for is proposed.
		{name: "RequestedActProposed", text: "Turkey called for Russia to withdraw its troops from Syria.",
			trigger: "withdraw", mode: "proposed"},
		{name: "ConsideredActProposed", text: "The European Union is weighing new sanctions on Iran.",
			trigger: "sanctions", mode: "proposed"},
		{name: "ConsidersNoAct", text: "China considers AI a tool to handle U.S. restrictions on Chinese business.",
			trigger: "restrictions", mode: "asserted"},
		{name: "NotRuleOutIsConditional", text: "Turkey did not rule out a strike on Syria.",
			trigger: "strike", mode: "conditional"},
		{name: "FailedToIsNegated", text: "Russia failed to capture Kyiv.",
			trigger: "capture", mode: "negated"},
		{name: "AccordingToScopesItsClause", text: "Russia attacked Ukraine, according to Kyiv, and Ukraine later retaliated against Russia.",
			trigger: "retaliated", mode: "asserted"},
		{name: "AccordingToItsClause", text: "Russia attacked Ukraine, according to Kyiv, and Ukraine later retaliated against Russia.",
			trigger: "attacked", mode: "reported"},
		// Modes: a speaker's own present stance is asserted; what a
		// speaker reports, or a past act, is reported.
		{name: "OwnStanceAsserted", text: "Serbian President Aleksandar Vucic said Serbia supports the French peace plan.",
			trigger: "supports", mode: "asserted"},
		{name: "OwnCuttingTiesAsserted", text: "Somalia announced it was cutting ties with Kenya.",
			trigger: "cutting", mode: "asserted"},
		{name: "OwnPastCutReported", text: "Somalia said it had cut ties with Kenya.",
			trigger: "cut", mode: "reported"},
		{name: "OthersCuttingTiesReported", text: "Somalia said Kenya was cutting ties with Ethiopia.",
			trigger: "cutting", mode: "reported"},
		{name: "OwnProgressiveAttackReported", text: "Iran said it was attacking Iraq.",
			trigger: "attacking", mode: "reported"},
		{name: "OwnDemandAsserted", text: "Iran said it demands an apology from Britain.",
			trigger: "demands", mode: "asserted"},
		{name: "OwnPastDemandReported", text: "Iran said it demanded an apology from Britain.",
			trigger: "demanded", mode: "reported"},
		{name: "OwnStateOfMindAsserted", text: "Iran said it was disappointed by the British decision.",
			trigger: "disappointed", mode: "asserted"},
		{name: "OwnEarlierStateOfMindReported", text: "Iran said it had been disappointed by the British decision.",
			trigger: "disappointed", mode: "reported"},
		{name: "OtherSpeakersStateOfMindReported", text: "Trump said Iran was disappointed by the British decision.",
			trigger: "disappointed", mode: "reported"},
		{name: "OtherSpeakersStanceReported", text: "Trump said Iran rejects the American demands.",
			trigger: "rejects", mode: "reported"},
		{name: "OwnStanceInMixedQuote", text: "Ukraine said it is ready to accept a U.S. proposal for \"a full ceasefire.\"",
			trigger: "accept", mode: "asserted"},
		{name: "OwnNounQuoteAsserted", text: "Amnesty International welcomed the release and reiterated \"its call on Iran to drop all charges.\"",
			trigger: "call", mode: "asserted"},
		{name: "OtherNounQuoteReported", text: "Amnesty International said Britain renewed \"its call on Iran to drop all charges.\"",
			trigger: "call", mode: "reported"},
		{name: "RelativeReportingClause", text: "Turkey's purchase angered Washington, which claims the system poses a threat to NATO.",
			trigger: "threat", mode: "reported"},
		// a nominal event's predicate gives its mode
		{name: "NominalSubjectCould", text: "Rubio said a ceasefire between Russia and Ukraine could take place within days.",
			trigger: "ceasefire", mode: "conditional"},
		{name: "NominalSubjectWill", text: "Talks between Russia and Ukraine will take place next week.",
			trigger: "Talks", mode: "planned"},
		{name: "NominalSubjectNoOccurrence", text: "A ceasefire between Russia and Ukraine could be a turning point.",
			trigger: "ceasefire", mode: "asserted"},
		// Places: a country after a locative preposition is where the
		// event happens, though it also names an actor.
		{name: "PlaceCountryAfterIn", text: "U.S. forces carried out airstrikes against IS in Syria.",
			trigger: "airstrikes", place: "Syria"},
		{name: "NoPlaceFromParticipleClause", text: "Pakistan rejected the resolution on Wednesday, saying it misreads the situation in Pakistan.",
			trigger: "rejected", place: "-"},
		{name: "NoPlaceFromOrigin", text: "Troops from Turkey attacked Kurdish fighters.",
			trigger: "attacked", place: "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := processAt(t, p, tt.text, "example.com")
			for _, e := range doc.Events {
				if !strings.Contains(e.Trigger.Text, tt.trigger) {
					continue
				}
				place := "-"
				if e.Place != nil {
					place = e.Place.Name
				}
				if tt.mode != "" && e.Mode != tt.mode || tt.date != "" && e.Date != tt.date || tt.place != "" && place != tt.place {
					t.Errorf("%q: event %q mode %q date %q place %q, want mode %q date %q place %q",
						tt.text, e.Trigger.Text, e.Mode, e.Date, place, tt.mode, tt.date, tt.place)
				}
				return
			}
			t.Errorf("%q: no event on %q; events: %v", tt.text, tt.trigger, summary(doc))
		})
	}
}
