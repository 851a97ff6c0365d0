package quote_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/quote"
)

// TestExtractor_Tails covers reporting clauses after their content:
// speakers with a relative clause between commas, quotations marked
// with two apostrophes, addressees of "tell", and what "tell" names
// rather than reports.
func TestExtractor_Tails(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"DeterminerSpeakerWithRelative", "\"The roads are closed,\" a police source, who was not allowed to speak, said.",
			[]brief{{"The roads are closed", "a police source, who was not allowed to speak", "say"}}},
		{"DeterminerSpeakerWithRelativeTold", "\"The roads are closed,\" the officer, who asked not to be named, told Radio Nord.",
			[]brief{{"The roads are closed", "the officer, who asked not to be named", "tell"}}},
		{"DeterminerSpeakerWithRelativeReported", "The official, who spoke on condition of anonymity, said the files were missing.",
			[]brief{{"the files were missing", "The official, who spoke on condition of anonymity", "say"}}},
		{"TwoApostrophesThenAdjunct", "''We will not wait,'' Mr. Berg said in front of a crowd of about 500 people who filled the hall.",
			[]brief{{"We will not wait", "Mr. Berg", "say"}}},
		{"TwoApostrophesParenthetical", "The streets were empty, he added, ''but people still need to meet.''",
			[]brief{{"The streets were empty, he added, ''but people still need to meet.''", "he", "add"}}},
		{"ScareQuotesLeadIn", "Critics should not wave around words like \"maybe\" and \"perhaps,\" he told reporters.",
			[]brief{{"Critics should not wave around words like \"maybe\" and \"perhaps", "he", "tell"}}},
		{"OwnQuotationBeforeStays", "\"We will win,\" Lund said. \"We always do,\" Berg said.",
			[]brief{{"We will win", "Lund", "say"}, {"We always do", "Berg", "say"}}},
		{"SaidAsClause", "The plan will fail, Berg said as he left the hall.",
			[]brief{{"The plan will fail", "Berg", "say"}}},
		{"SaidAsMuch", "Berg said as much.", []brief{}},
		{"AnnouncedUSBare", "Berg announced US troops would be leaving.", []brief{{"US troops would be leaving", "Berg", "announce"}}},
		{"AnnouncedUsLower", "Berg announced us troops would be leaving.", []brief{}},
		{"TookToPlatformToSay", "Berg took to Twitter to say the roads were closed.", []brief{{"the roads were closed", "Berg", "say"}}},
		{"TookToStreetsToSay", "Berg took to the streets to say the roads were closed.", []brief{}},
		{"ParticipleAfterButClause", "Karl Berg attended the meeting, but his office criticized it, saying the roads were closed.",
			[]brief{{"the roads were closed", "his office", "say"}}},
		{"ParticipleAfterButVerb", "Karl Berg attended the meeting, but criticized it, saying the roads were closed.",
			[]brief{{"the roads were closed", "Karl Berg", "say"}}},
		{"TwoQuotationsOneTail", "Lund spoke first. \"The roads are closed. Why is that?\" and \"the bridges are down,\" tweeted Berg.",
			[]brief{{"The roads are closed. Why is that?", "Berg", "tweet"}, {"the bridges are down", "Berg", "tweet"}}},
		{"TwoTitlesOneTail", "He sang \"Hey Jude\" and \"Let It Be,\" Berg said.",
			[]brief{{"He sang \"Hey Jude\" and \"Let It Be", "Berg", "say"}}},
		{"ToldPossessiveAddresseeEnds", "The plan will fail, Berg told his advisers.",
			[]brief{{"The plan will fail", "Berg", "tell"}}},
		{"ToldPossessiveAddresseeAs", "The plan will fail, Berg told his advisers as he left the hall.",
			[]brief{{"The plan will fail", "Berg", "tell"}}},
		{"ToldPossessiveObjectInfinitive", "Berg told his advisers to wait.",
			[]brief{{"his advisers to wait", "Berg", "tell"}}},
		{"PleadedGuilty", "Berg said he was working with prosecutors after pleading guilty to fraud.",
			[]brief{{"he was working with prosecutors after pleading guilty to fraud", "Berg", "say"}}},
		{"PleadedFor", "Berg pleaded for the city to stay calm.", []brief{{"the city to stay calm", "Berg", "plead for"}}},
		{"ToldAJoke", "On Friday morning, the third day of his tour, Berg told a joke.", []brief{}},
		{"ToldTheStoryOf", "After the dinner, Berg told the story of his first campaign.", []brief{}},
		{"PairedModifiersSubject", "The roads are closed, current and former officials said.",
			[]brief{{"The roads are closed", "current and former officials", "say"}}},
		{"PairedModifiersNoNoun", "Berg met the current and former.", []brief{}},
		{"InvertedBarePlural", "The roads are closed, say officials.",
			[]brief{{"The roads are closed", "officials", "say"}}},
		{"InvertedBarePluralOf", "The two towns have mended their ties, say leaders of both towns.",
			[]brief{{"The two towns have mended their ties", "leaders of both towns", "say"}}},
		{"InvertedBarePluralThenPlace", "The roads were closed, said residents in the capital.",
			[]brief{{"The roads were closed", "residents", "say"}}},
		{"IssuedStatementWhichSaid", "The council released a statement which said, \"The roads are closed.\"",
			[]brief{{"The roads are closed.", "The council", "say"}}},
		{"IssuedStatementThatSaid", "The council issued a statement that said the roads were closed.",
			[]brief{{"the roads were closed", "The council", "say"}}},
		{"ReadStatementWhichSaid", "The council read a statement which said the roads were closed.",
			[]brief{{"the roads were closed", "which", "say"}}},
		{"InvertedStatementFrom", "\"The roads are closed,\" said a statement from the council.",
			[]brief{{"The roads are closed", "a statement from the council", "say"}}},
		{"InvertedLetterBy", "\"The roads are closed,\" said a letter by the council.",
			[]brief{{"The roads are closed", "a letter by the council", "say"}}},
		{"InvertedPersonFrom", "\"The roads are closed,\" said a man from the council.",
			[]brief{{"The roads are closed", "a man", "say"}}},
		{"SaidEarlierBare", "Berg also said earlier he might close the roads.",
			[]brief{{"he might close the roads", "Berg", "say"}}},
		{"SaidPreviouslyBare", "Berg said previously the roads were open.",
			[]brief{{"the roads were open", "Berg", "say"}}},
		{"SaidEarlierThanPlanned", "Berg said earlier than planned.", []brief{}},
		{"TheNameCitingReported", "The Daily Planet, citing local groups, reported that the roads were closed.",
			[]brief{{"the roads were closed", "The Daily Planet", "report"}}},
		{"TheNameAcronymRelative", "The Harbour Council (HC), which includes the mayor, declared that the roads were closed.",
			[]brief{{"the roads were closed", "The Harbour Council (HC)", "declare"}}},
		{"TheNameSayingBetween", "The Daily Planet, saying nothing, reported that the roads were closed.", []brief{}},
		{"TheLowerNounRelative", "The report, which is long, found that the roads were closed.", []brief{}},
		{"AndAccordingToNoComma", "The city is calm, and according to the ministry the roads were closed.",
			[]brief{{"the roads were closed", "the ministry", "according to"}}},
		{"AndAccordingToPronounClause", "Berg was ill for months and according to the Ministry of Health he died in the morning.",
			[]brief{{"he died in the morning", "the Ministry of Health", "according to"}}},
		{"InvertedSourceUsingName", "\"The roads are closed,\" said a protester using the name Katya.",
			[]brief{{"The roads are closed", "a protester using the name Katya", "say"}}},
		{"AccordingToPlanNoComma", "Berg lived according to the rules he made.", []brief{}},
		{"PossessiveStatementRead", "Berg's statement read: \"The roads are closed.\"",
			[]brief{{"The roads are closed.", "Berg's statement", "read"}}},
		{"LetterReadInverted", "\"The roads are closed,\" the letter read.",
			[]brief{{"The roads are closed", "the letter", "read"}}},
		{"PersonReadBook", "Berg read the letter and left.", []brief{}},
		{"ItReadAfterQuotation", "\"The roads are closed,\" it read.",
			[]brief{{"The roads are closed", "it", "read"}}},
		{"ItReadWell", "Berg liked the letter because it read well.", []brief{}},
		{"PersonReadColon", "Berg read: \"The roads are closed.\"", []brief{}},
		{"GluedHeadingAccordingTo", "Attacks surge According to the Harbour Index released last week, the town saw more deaths.",
			[]brief{{"the town saw more deaths", "the Harbour Index", "according to"}}},
		{"SourceReleasedOnDate", "According to the Harbour Index released on Monday, the town saw more deaths.",
			[]brief{{"the town saw more deaths", "the Harbour Index", "according to"}}},
		{"LowerAccordingMidSentence", "Attacks surge according to the plan.", []brief{}},
		{"OccasionThenColonQuote", "In his message, he praised the troops: \"They were brave and they were loyal.\"",
			[]brief{{"They were brave and they were loyal.", "he", "praised"}}},
		{"OccasionThenScareQuoteColon", "In a statement released after the raid, the ministry defended it as \"lawful\" in nature: \"The army acted to protect our people.\"",
			[]brief{{"The army acted to protect our people.", "the ministry", "defended"}}},
		{"NoOccasionColonQuote", "In the morning, he packed his bags: \"The roads are closed and the trains are late.\"",
			[]brief{}},
		{"OccasionColonNoQuotation", "In his message, he listed three things: bread, milk and eggs.", []brief{}},
		{"InvertedBarePluralOtherVerb", "She won the state, pledged delegates.", []brief{}},
		{"InvertedBareNounNoSpeaker", "The roads are closed, say goodbye.", []brief{}},
		{"InvertedBareThing", "The roads are closed, say reports.", []brief{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_Venues covers outlets and occasions named in the
// reporting clause, and phrases that name none.
func TestExtractor_Venues(t *testing.T) {
	tests := []struct{ text, venue string }{
		{"\"The roads are closed,\" the officer told Radio Nord.", "Radio Nord"},
		{"\"The roads are closed,\" Berg told Channel 4.", "Channel 4"},
		{"\"The roads are closed,\" Berg said in a CNN interview.", "CNN"},
		{"\"The roads are closed,\" Berg said in a NATO summit.", ""},
		{"\"The roads are closed,\" Berg wrote in The New York Times.", "New York Times"},
		{"\"The roads are closed,\" Berg said in a new statement.", "statement"},
		{"\"The roads are closed,\" Berg said in a phone interview.", "interview"},
		{"\"The roads are closed,\" Berg said at a campaign rally in Ohio.", "rally"},
		{"\"The roads are closed,\" Berg said at a town hall meeting.", "town hall"},
		{"\"The roads are closed,\" Berg said on a conference call.", "conference call"},
		{"\"The roads are closed,\" Berg said in a news release.", "news release"},
		{"\"The roads are closed,\" Berg said in a court filing.", "court filing"},
		{"\"The roads are closed,\" Berg said on the Senate floor.", "Senate floor"},
		{"\"The roads are closed,\" Berg said in a fundraising email.", "fundraising email"},
		{"\"The roads are closed,\" Berg said in a town near the border.", ""},
		{"Berg wrote in a letter to the governor that the roads were closed.", "letter"},
		{"\"The roads are closed,\" Berg said in a September 2015 statement.", "statement"},
		{"\"The roads are closed,\" Berg said in a Tuesday statement.", "statement"},
		{"\"The roads are closed,\" Berg said in May.", ""},
		{"\"The roads are closed,\" Berg said in a different media appearance.", "appearance"},
		{"\"The roads are closed,\" Berg said in an appearance on MSNBC.", "MSNBC"},
		{"\"The roads are closed,\" Berg said on the campaign trail.", "campaign trail"},
		{"\"The roads are closed,\" Berg said during a visit to Oslo.", ""},
		// An outlet's programme or service is where the words were
		// said; the outlet stays in front. A person or a plain noun
		// after the possessive is no programme.
		{"Berg said on NBC's \"Meet the Press\" that the roads were closed.", "NBC's Meet the Press"},
		{"\"The roads are closed,\" Berg told Sky News' \"Weekend Report\" show.", "Sky News' Weekend Report"},
		{"\"The roads are closed,\" Berg said in an interview with ZDF's \"Morning Talk.\"", "ZDF's Morning Talk"},
		{"\"The roads are closed,\" Berg told NRK's Sami Service on Monday.", "NRK's Sami Service"},
		{"\"The roads are closed,\" Berg told NRK's Ola Nordmann.", "NRK"},
		{"\"The roads are closed,\" Berg told NRK's evening news.", "NRK"},
		{"\"The roads are closed,\" Berg told NRK's Dagsnytt programme.", "NRK's Dagsnytt"},
		{"\"The roads are closed,\" Berg told NRK's Sunday programme.", "NRK"},
		{"\"The roads are closed,\" Berg said in an interview aired on ZDF's \"21 Questions.\"", "ZDF's 21 Questions"},
		{"\"The roads are closed,\" Berg told NRK's \"We are closed, all of us here\" desk.", "NRK"},
		// An occasion without an article, with a noun before it, or as
		// the subject with its author after "from".
		{"\"The roads are closed,\" Berg said in court.", "court"},
		{"\"The roads are closed,\" Berg said in Court Street.", ""},
		{"\"The roads are closed,\" Berg said in the court of the old castle.", ""},
		{"\"The roads are closed,\" the ministry said in written comments to reporters.", "comments"},
		{"In his farewell speech, Berg said, \"The roads are closed.\"", "speech"},
		{"\"The roads are closed,\" Berg said at the weekly briefing.", "briefing"},
		{"In his farewell to the town, Berg said, \"The roads are closed.\"", ""},
		{"\"The roads are closed,\" Berg said in the storm shelter.", ""},
		{"\"The roads are closed,\" a statement from the ministry said.", "statement"},
		{"\"The roads are closed,\" a source from the ministry said.", ""},
		{"Speaking at a Nordic Council meeting, Berg said the roads were closed.", "Nordic Council"},
		{"Speaking at a Tromso meeting, Berg said the roads were closed.", ""},
		// An occasion outranks the press addressed without a name, not
		// an outlet or another audience.
		{"\"The roads are closed,\" Berg told media at the weekly briefing.", "briefing"},
		{"\"The roads are closed,\" Berg told reporters at a news conference in Oslo.", "news conference"},
		{"\"The roads are closed,\" Berg told reporters in Oslo.", "reporters"},
		{"\"The roads are closed,\" Berg told CNN at a news conference.", "CNN"},
		{"\"The roads are closed,\" Berg told jurors during opening statements.", "jurors"},
		// The outlet an occasion's words were sent to or run by; an
		// audience leaves the occasion.
		{"The roads are closed, Berg said in a statement to CNN.", "CNN"},
		{"The roads are closed, Berg said in an email to The Associated Press.", "Associated Press"},
		{"The roads are closed, Berg said in comments to Reuters.", "Reuters"},
		{"The roads are closed, Berg said in remarks to reporters.", "remarks"},
		{"The roads are closed, Berg wrote in a letter to lawmakers.", "letter"},
		{"The roads are closed, Berg said in an interview published Sunday by Le Monde.", "Le Monde"},
		{"The roads are closed, Berg said in an interview broadcast on Sunday by ZDF.", "ZDF"},
		{"The roads are closed, Berg said in a report released by the ministry.", "report"},
		{"The roads are closed, Berg said in an interview with the Financial Times published on Sunday.", "Financial Times"},
		// A word describing the outlet before its media noun.
		{"The roads are closed, Berg told German newspaper Bild.", "Bild"},
		{"The roads are closed, Berg said in an interview with Norwegian broadcaster NRK.", "NRK"},
		{"The roads are closed, Berg told Reuters news agency.", "Reuters"},
		// A country's broadcaster; a platform named after "platform".
		{"The roads are closed, Berg said on Russian state TV.", "state television"},
		{"The roads are closed, Berg said on Iranian television.", "television"},
		{"The roads are closed, Berg said on Russian soil.", ""},
		{"The roads are closed, Berg said in a post on the social media platform X.", "social media platform X"},
		{"The roads are closed, Berg said in a post on the platform X.", "X"},
		// More occasions; an appeal is no call.
		{"The roads are closed, the ministry said on its website.", "website"},
		{"The roads are closed, Berg wrote on his blog.", "blog"},
		{"The roads are closed, Berg said on a call with reporters.", "call"},
		{"The roads are closed, Berg said in a call for calm.", ""},
		{"The roads are closed, Berg's lawyers wrote in a motion.", "motion"},
		{"The roads are closed, Berg said in a sermon.", "sermon"},
		// An outlet's occasion after "at" or "during", not a place.
		{"The roads are closed, Berg said during a CNN town hall.", "CNN"},
		{"The roads are closed, Berg said at a Fox News debate.", "Fox News"},
		{"The roads are closed, Berg said at a Tromso hotel.", ""},
		// An occasion after the name of the body that held it, or an
		// adjective; an audience of two nouns.
		{"The roads are closed, Berg said at a White House news conference.", "news conference"},
		{"The roads are closed, Berg said at a State Department briefing.", "briefing"},
		{"The roads are closed, Berg told a Pentagon briefing.", "briefing"},
		{"The roads are closed, Berg told a joint press conference.", "press conference"},
		{"The roads are closed, Berg told a Senate hearing.", "hearing"},
		{"The roads are closed, Berg told a congressional hearing.", "a congressional hearing"},
		{"Berg told his lawyer the court would rule.", ""},
		{"In remarks broadcast by state television, Berg said the roads were closed.", "state television"},
		{"The roads are closed, Berg said on BBC Radio 4's Today programme.", "BBC Radio 4"},
		{"The roads are closed, Berg said on BBC Radio 4.", "BBC Radio 4"},
		// The outlet an occasion was given to or an interview ran on;
		// an outlet named by a noun with its determiner.
		{"The roads are closed, Berg said to CNN.", "CNN"},
		{"The roads are closed, Berg said in a statement provided to Reuters.", "Reuters"},
		{"The roads are closed, Berg said in a statement shared with CNN.", "CNN"},
		{"The roads are closed, Berg said in a statement sent to reporters.", "statement"},
		{"The roads are closed, Berg said in an interview that aired Sunday on CBS.", "CBS"},
		{"The roads are closed, Berg said in an interview with the newspaper.", "the newspaper"},
		{"The roads are closed, Berg told the paper.", "the paper"},
		{"The roads are closed, Berg told the agency.", ""},
		{"The roads are closed, according to a statement from the ministry.", "statement"},
		{"The roads are closed, according to a tweet by Berg on Monday.", "tweet"},
		// A document as the subject, its author before it (an outlet
		// is the venue; a capitalised name is no document).
		{"\"The roads are closed,\" the Norwegian statement said.", "statement"},
		{"The ministry report also said the roads were \"closed to all traffic.\"", "report"},
		{"\"The roads are closed,\" a CNN report said.", "CNN"},
		{"\"The roads are closed,\" the ministry spokesman said.", ""},
		{"\"The roads are closed,\" The Washington Post said.", ""},
		// A body addressed with its size; the body whose meeting was
		// addressed, not people met.
		{"Berg told the 15-nation Security Council that the roads were closed.", "the 15-nation Security Council"},
		{"\"The roads are closed,\" Berg told a meeting of the Nordic Council.", "the Nordic Council"},
		{"\"The roads are closed,\" Berg told a meeting of farmers.", "a meeting"},
		// An announcement; a web address whole.
		{"The roads are closed, Berg said in a televised announcement.", "televised announcement"},
		{"The roads are closed, Berg said in an announcement on Monday.", "announcement"},
		{"The roads are closed, Berg said in remarks to NRK.no.", "NRK.no"},
		{"The roads are closed, Berg told NRK. No one disagreed.", "NRK"},
		// Adjectives before an outlet's name; an outlet that carried
		// the words; a readout.
		{"\"The roads are closed,\" Berg told the official NTB news agency.", "NTB"},
		{"\"The roads are closed,\" Berg told the state-run NTB news agency.", "NTB"},
		{"\"The roads are closed,\" Berg told the visiting Nordic delegation.", ""},
		{"\"The roads are closed,\" Berg said in a statement carried by the news agency NTB.", "NTB"},
		{"\"The roads are closed,\" Berg said in a readout of the call.", "readout"},
		{"Berg was quoted by NTB as saying the roads were closed.", "NTB"},
		// Coordinated adjectives before the occasion; live broadcasts.
		{"In a brief but official statement, Berg said the roads were closed.", "statement"},
		{"In a short and formal statement, Berg said the roads were closed.", "statement"},
		{"In a brief but crowded town near the border, Berg said the roads were closed.", ""},
		{"On the live television Berg said, \"The roads are closed.\"", "television"},
		{"On live radio, Berg said the roads were closed.", "radio"},
		{"On the live music stage, Berg said the roads were closed.", ""},
		{"The council released a statement which said the roads were closed.", "statement"},
		{"\"The roads are closed,\" said a statement from the council.", "statement"},
		{"\"The roads are closed,\" the NHA statement said.", "statement"},
		{"\"The roads are closed,\" a CNN statement said.", "CNN"},
		// A date inside the occasion; a general assembly addressed; a
		// tweet said on Twitter unless another platform is named.
		{"Berg said in a Jan. 23 press briefing that the roads were closed.", "press briefing"},
		{"Berg answered questions in a March 3 briefing, asserting that the roads were closed.", "briefing"},
		{"Berg said in a Jan. 23 meeting with Lund that the roads were closed.", ""},
		{"\"The roads are closed,\" Berg told a U.N. general assembly on Dec. 12.", "a U.N. general assembly"},
		{"\"The roads are closed,\" Berg told a general the news.", ""},
		{"\"The roads are closed,\" Berg tweeted.", "Twitter"},
		{"\"The roads are closed,\" Berg tweeted on Telegram.", "Telegram"},
		{"\"The roads are closed,\" Berg said in a tweet.", "tweet"},
		{"\"The roads are closed,\" Berg said.", ""},
		// A platform taken to; local media addressed.
		{"Berg took to X to say the roads were closed.", "X"},
		{"Berg took to social media to say the roads were closed.", "social media"},
		{"\"The roads are closed,\" Berg told local media.", "local media"},
		{"\"The roads are closed,\" Berg told local residents.", ""},
		// A committee named after its chamber.
		{"\"The roads are closed,\" Berg told the Senate Foreign Relations Committee.", "the Senate Foreign Relations Committee"},
		{"\"The roads are closed,\" Berg told the Senate on Tuesday.", "the Senate"},
		// The outlet whose query is answered.
		{"\"The roads are closed,\" Berg said in response to a VOA query.", "VOA"},
		{"\"The roads are closed,\" Berg said in reply to an NTB request.", "NTB"},
		{"\"The roads are closed,\" Berg said in response to a VOA report.", ""},
		// The occasion whose author is the speaker; a letter sent
		// before a participle past a long addressee and topic.
		{"A 2020 report on road safety by the ministry said the roads were closed.", "report"},
		{"A report by the ministry said the roads were closed.", "report"},
		{"A man from the ministry said the roads were closed.", ""},
		{"Berg sent a letter to the minister about the Oslo-Bergen road dated Feb. 4, urging him to close the roads.", "letter"},
		{"Berg sent troops to the border about the Oslo-Bergen road on Feb. 4, urging them to close the roads.", ""},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		if len(doc.Quotes) != 1 {
			t.Errorf("%q: %d quotes, want 1: %+v", tt.text, len(doc.Quotes), project(doc.Quotes))
			continue
		}
		if v := doc.Quotes[0].Venue; v != tt.venue {
			t.Errorf("%q: venue %q, want %q", tt.text, v, tt.venue)
		}
	}
}

// TestExtractor_AccordingToOutlet checks that an outlet named after
// "according to" is the venue of the speaker it reports, and a person
// there is none.
func TestExtractor_AccordingToOutlet(t *testing.T) {
	tests := []struct{ text, venue string }{
		{"According to semi-official news agency NTB, the mayor said the roads were closed.", "NTB"},
		{"According to Reuters, the mayor said the roads were closed.", "Reuters"},
		{"According to the mayor, the governor said the roads were closed.", ""},
		{"\"The roads are closed,\" the mayor said, according to Reuters.", "Reuters"},
		{"\"The roads are closed,\" the mayor said, according to state media.", "state media"},
		{"\"The roads are closed,\" the mayor said, according to his aide.", ""},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		found := false
		for _, q := range doc.Quotes {
			if q.CueLemma != "say" {
				continue
			}
			found = true
			if q.Venue != tt.venue {
				t.Errorf("%q: venue %q, want %q", tt.text, q.Venue, tt.venue)
			}
		}
		if !found {
			t.Errorf("%q: no quote with said: %+v", tt.text, project(doc.Quotes))
		}
	}
}

// TestExtractor_ThatAfterAdjunct checks that an adjunct before "that"
// may hold nouns of its own, but not a clause or a spaced dash.
func TestExtractor_ThatAfterAdjunct(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"LetterToAddressee", "Berg wrote in a letter to the governor that the roads were closed.",
			[]brief{{"the roads were closed", "Berg", "write"}}},
		{"Title", "Berg said on NBC's \"Meet the Press\" that the roads were closed.",
			[]brief{{"the roads were closed", "Berg", "say"}}},
		// The relative "that" after the dash reports nothing (the
		// clause before the verb is not taken here either).
		{"DashEndsAdjunct", "The deficit will grow this year, the budget office reported on Tuesday -- a finding that worries investors.",
			[]brief{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_AccordingToLong covers long source phrases after
// "according to" and the end of a clause another source reports.
func TestExtractor_AccordingToLong(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"Participle", "The voters wanted experience, according to early results of an exit poll conducted by Lund Research for the networks.",
			[]brief{{"The voters wanted experience", "early results of an exit poll conducted by Lund Research for the networks", "according to"}}},
		{"Opening", "According to early results of exit polls conducted for the networks, nearly half of the voters were undecided.",
			[]brief{{"nearly half of the voters were undecided", "early results of exit polls conducted for the networks", "according to"}}},
		{"FamiliarWithPlans", "The group will focus on Senate races, according to people familiar with the plans.",
			[]brief{{"The group will focus on Senate races", "people familiar with the plans", "according to"}}},
		{"Bracket", "Berg won 54 percent of the vote, according to exit polls (a wide margin).",
			[]brief{{"Berg won 54 percent of the vote", "exit polls", "according to"}}},
		{"ClauseInSource", "The group will focus on Senate races, according to people who know the plans well.", []brief{}},
		{"AccordingToPlanLong", "Everything went according to the plan we made.", []brief{}},
		{"OccasionFromAuthor", "The roads are closed, according to a statement from the ministry.",
			[]brief{{"The roads are closed", "the ministry", "according to"}}},
		{"OccasionFromAuthorThenAddressee", "The roads are closed, according to an email from Lund to his staff.",
			[]brief{{"The roads are closed", "Lund", "according to"}}},
		{"ReportFromPlace", "The roads are closed, according to reports from Oslo residents.",
			[]brief{{"The roads are closed", "reports from Oslo residents", "according to"}}},
		{"SaidClauseEndsAtSource", "Most voters said that the economy was weak, according to a poll by Lund Research.",
			[]brief{
				{"Most voters said that the economy was weak", "a poll", "according to"},
				{"the economy was weak", "Most voters", "say"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_PollShares covers shares of a polled group as speakers
// of "say", and shares that say nothing.
func TestExtractor_PollShares(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"Percent", "On trade, 42% say the tariffs are too high.",
			[]brief{{"the tariffs are too high", "42%", "say"}}},
		{"OneInFive", "About one in five say they would not vote.",
			[]brief{{"they would not vote", "one in five", "say"}}},
		{"AThird", "Nearly a third say they do not know.",
			[]brief{{"they do not know", "Nearly a third", "say"}}},
		{"PercentNoVerb", "The council spent 42% of the budget by March.", []brief{}},
		{"ShareBeforeParticiple", "The attacks have left 62 percent of voters saying race relations are worse.",
			[]brief{{"race relations are worse", "62 percent of voters", "say"}}},
		{"OpeningWithShare", "With 62 percent of voters saying race relations are worse, the issue matters.",
			[]brief{{"race relations are worse", "62 percent of voters", "say"}}},
		{"ShareOpeningSubjectIsNoQuote", "A majority of voters saying they back the ban is a warning sign.", []brief{}},
		{"GroupWithoutShareIsNoQuote", "He showed a picture of voters saying nothing.", []brief{}},
		{"ShareRestatedAsPercent", "In Ohio, about two-thirds, 67 percent, say they will vote for Roe.",
			[]brief{{"they will vote for Roe", "two-thirds, 67 percent", "say"}}},
		{"QuarterRestatedAsPercent", "Just over a quarter, 26 percent, say they will vote for someone else.",
			[]brief{{"they will vote for someone else", "a quarter, 26 percent", "say"}}},
		{"ThirdAsNoun", "The third say in the matter went to the council.", []brief{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_Subjects covers subjects the reporting clause finds past
// a share after "with", an irregular plural, "however", a parenthetical
// group and an opening adjunct, and the appositives that stay one.
func TestExtractor_Subjects(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"WithShareSaying", "Berg gained ground, with 30 percent of voters saying they trust him.",
			[]brief{{"they trust him", "30 percent of voters", "say"}}},
		{"WithNumberInTen", "Most shrugged off the choice, with three in 10 saying it would change nothing.",
			[]brief{{"it would change nothing", "three in 10", "say"}}},
		{"WithObjectSaying", "He left the stage with a banner saying nothing would change.", []brief{}},
		{"IrregularPlural", "The women say the plant will close.",
			[]brief{{"the plant will close", "The women", "say"}}},
		{"HoweverBetween", "Lund however said he would accept the offer.",
			[]brief{{"he would accept the offer", "Lund", "say"}}},
		{"ParentheticalGroup", "Lund, these people said, would accept the offer.",
			[]brief{{"Lund, these people said, would accept the offer", "these people", "say"}}},
		{"AppositiveStays", "Lund, a senior official, said the offer was fair.",
			[]brief{{"the offer was fair", "Lund, a senior official", "say"}}},
		{"ToldHoweverThat", "Sources told the Herald, however, that she took part in the talks.",
			[]brief{{"she took part in the talks", "Sources", "tell"}}},
		{"NameAndOthers", "Berg and other Nordic officials suggested the base could hold migrants.",
			[]brief{{"the base could hold migrants", "Berg and other Nordic officials", "suggest"}}},
		{"RoleBeforeName", "Rights group Free Press Now welcomed the release and reiterated \"its call to drop all charges.\"",
			[]brief{{"its call to drop all charges.", "Rights group Free Press Now", "reiterate"}}},
		{"AddingNounQuotedVerb", "Lund said, adding the northern states \"are rapidly increasing\" their budgets.",
			[]brief{{"the northern states \"are rapidly increasing\" their budgets", "Lund", "add"}}},
		{"WhileAddingQuotation", "Lund spoke of the crisis, while adding \"many other countries have been threatened.\"",
			[]brief{{"many other countries have been threatened.", "Lund", "add"}}},
		{"AddingNounNoVerb", "Lund spoke, adding the states to the list.", []brief{}},
		{"SpacedHyphenAppositive", "In an interview, Ann Lund - Berg's partner on the show - told the Herald that the show would end.",
			[]brief{{"the show would end", "Ann Lund", "tell"}}},
		{"OpeningAdjunctThenName", "Speaking later on the same show, Ann Lund, who backs Berg, said the party had moved left.",
			[]brief{{"the party had moved left", "Ann Lund, who backs Berg", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_ParentheticalWithAdjunct covers a parenthetical
// reporting clause with an addressee or an adjunct before its comma.
func TestExtractor_ParentheticalWithAdjunct(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"TellAddressee", "The plan, Lund told the BBC, would be \"a disaster for everyone.\"",
			[]brief{{"The plan, Lund told the BBC, would be \"a disaster for everyone.\"", "Lund", "tell"}}},
		{"AdjunctThenThat", "The files show, he said in a phone interview, that ''the firm knew.''",
			[]brief{{"The files show, he said in a phone interview, that ''the firm knew.''", "he", "say"}}},
		{"AdverbOnlyBefore", "Instead, Lund told the BBC, his policy would be \"to wait and see.\"",
			[]brief{{"his policy would be \"to wait and see.\"", "Lund", "tell"}}},
		{"VerbAfterAddressee", "The plan, Lund told the BBC when it was \"a disaster,\" failed.",
			[]brief{{"a disaster", "Lund", "tell"}}}, // not widened
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
	// An object and its complement before the comma make no
	// parenthetical: the sentence's opening adjunct is not content.
	text := "In 2010, he warned the bank against buying bonds, because he thought it \"risks higher inflation\" later."
	for _, q := range extractWith(t, quote.Config{}, text) {
		if strings.HasPrefix(q.Text, "In 2010") {
			t.Errorf("%q: quote widened to the sentence: %q", text, q.Text)
		}
	}
}

// TestExtractor_BareClauses covers bare clauses after "say" and what
// the words after an adjunct must be to count as one.
func TestExtractor_BareClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"AdjunctThenClause", "Berg said on Sunday the truce would hold.",
			[]brief{{"the truce would hold", "Berg", "say"}}},
		{"AdjunctThenNoClause", "Many voters were angry, Lund said in posing the question to Berg.",
			[]brief{{"Many voters were angry", "Lund", "say"}}},
		{"AdjunctThenInfinitive", "His support has moved to Berg, Lund said during a speech to become a delegate.",
			[]brief{{"His support has moved to Berg", "Lund", "say"}}},
		{"VerbWithPrepositionNoTail", "No matter the stakes, Lund will insist on being Lund.", []brief{}},
		{"MoreThan", "Berg said more than 100 people were killed.",
			[]brief{{"more than 100 people were killed", "Berg", "say"}}},
		{"MuchOf", "Lund said much of the talk was about trade.",
			[]brief{{"much of the talk was about trade", "Lund", "say"}}},
		{"SaidMore", "Lund said much about the war.", []brief{}},
		{"NearlyEvery", "Lund said nearly every donor asks about the race.",
			[]brief{{"nearly every donor asks about the race", "Lund", "say"}}},
		{"PronounAuxiliaryOnly", "Lund said she would.",
			[]brief{{"she would", "Lund", "say"}}},
		{"ItAuxiliaryOnly", "Lund said it was.", []brief{}},
		{"ContractedSubject", "Berg said they'll win.",
			[]brief{{"they'll win", "Berg", "say"}}},
		{"ConditionThenContracted", "Berg said if Lund wins, she'll raise taxes.",
			[]brief{{"if Lund wins, she'll raise taxes", "Berg", "say"}}},
		{"DatelineBeforeBrackets", "OSLO — Sen. Ann Lund (R-Iowa) on Wednesday played down the attack and said it was the same thing.",
			[]brief{{"it was the same thing", "Sen. Ann Lund", "say"}}},
		{"PronounPastTense", "On Friday, the ministry announced it added 2,000 jobs in July.",
			[]brief{{"it added 2,000 jobs in July", "the ministry", "announce"}}},
		{"NamePresentTense", "The ministry claims Lundair flies weapons to the rebels.",
			[]brief{{"Lundair flies weapons to the rebels", "The ministry", "claim"}}},
		{"NamePluralNoun", "The firm claims Oslo offices as its base.", []brief{}},
		{"PronounObjectOnly", "The firm confirmed it.", []brief{}},
		{"NounPrediction", "Analysts doubted Lund's prediction that the euro would fall.",
			[]brief{{"the euro would fall", "Lund", "prediction"}}},
		{"NounDenialNoOwner", "The denial that followed was brief.", []brief{}},
		{"DespiteThenClause", "She says despite all that, Lund was not swayed.",
			[]brief{{"despite all that, Lund was not swayed", "She", "say"}}},
		{"DespiteOnly", "She said despite the rain.", []brief{}},
		{"CommaAdjunctContractedHe", "Lund says, win or lose in the primary, he's staying in the race.",
			[]brief{{"win or lose in the primary, he's staying in the race", "Lund", "say"}}},
		{"ContractedItNoClause", "They kept the faith even though it's been proved wrong.", []brief{}},
		{"ConditionBeforeSubject", "If growth does not slow, forecasters say spending will fall.",
			[]brief{{"If growth does not slow, forecasters say spending will fall", "forecasters", "say"}}},
		{"TimeClauseBeforeSubject", "When the vote ended, Lund said the result would stand.",
			[]brief{{"the result would stand", "Lund", "say"}}},
		{"AdverbThenClause", "Lund has said repeatedly they will not sell the farm.",
			[]brief{{"they will not sell the farm", "Lund", "say"}}},
		{"AdverbThenNounClause", "Berg said flatly the bridge would stay shut.",
			[]brief{{"the bridge would stay shut", "Berg", "say"}}},
		{"CommaAdverbThat", "Berg said, twice, that the bridge was safe.",
			[]brief{{"the bridge was safe", "Berg", "say"}}},
		{"AdverbOnly", "Lund said it repeatedly.", []brief{}},
		{"AdverbThenNoClause", "Berg said again and again.", []brief{}},
		{"AsPutItBefore", "As Lund put it, the economy is a mess.",
			[]brief{{"the economy is a mess", "Lund", "put it"}}},
		{"AsPutItAfter", "The economy is a mess, as Lund put it.",
			[]brief{{"The economy is a mess", "Lund", "put it"}}},
		{"AsNotedInside", "The tax, as Berg noted, fell on the poor.",
			[]brief{{"The tax, as Berg noted, fell on the poor", "Berg", "note"}}},
		{"AsNotedInsideAdverbVerb", "The island, as Berg pointed out, normally does not get storms.",
			[]brief{{"The island, as Berg pointed out, normally does not get storms", "Berg", "point out"}}},
		{"AsNotedInsideVerb", "The tax, as Berg noted, is falling on the poor.",
			[]brief{{"The tax, as Berg noted, is falling on the poor", "Berg", "note"}}},
		{"AsNotedAfterAdjunctClause", "In the end, as Berg noted, the tax was a failure.",
			[]brief{{"the tax was a failure", "Berg", "note"}}},
		{"PutItToVote", "After a long debate, the council put it to a vote.", []brief{}},
		{"AsSaidGoodbye", "The crowd cheered, as Lund said goodbye.", []brief{}},
		{"StatingThat", "The ministry issued new rules, stating that the border would stay closed.",
			[]brief{{"the border would stay closed", "The ministry", "state"}}},
		{"EmphasizingThat", "Berg backed the plan, emphasizing that it was temporary.",
			[]brief{{"it was temporary", "Berg", "emphasise"}}},
		{"RemindedThat", "Lund reminded voters that the tax had been cut.",
			[]brief{{"the tax had been cut", "Lund", "remind"}}},
		{"RemindedOf", "The photo reminded her of home.", []brief{}},
		{"RelativeWhich", "Berg vetoed the bill, which critics said was unfair to farmers.",
			[]brief{{"which critics said was unfair to farmers", "critics", "say"}}},
		{"RelativeWhichAdverbVerb", "Berg vetoed the bill, which critics claimed now allows fraud.",
			[]brief{{"which critics claimed now allows fraud", "critics", "claim"}}},
		{"RelativeWhichAdverbNoVerb", "Berg vetoed the bill, which critics mentioned now.", []brief{}},
		{"NonRestrictiveWhichNotesThat", "The study, which notes that 58 firms owe taxes, should be a call to action.",
			[]brief{{"58 firms owe taxes", "which", "note"}}},
		{"NonRestrictiveWhoSaidInnerComma", "They met Berg, who said that the roads, which were new, are closed.",
			[]brief{{"the roads, which were new, are closed", "who", "say"}}},
		{"RelativeWhichComma", "The changes, which officials said will start in May, do not apply to farms.",
			[]brief{{"which officials said will start in May", "officials", "say"}}},
		{"RelativeWhat", "The clubs adapted to what Lund said is growing demand.",
			[]brief{{"what Lund said is growing demand", "Lund", "say"}}},
		{"RelativeQuotation", "He cut the fees, which he said had risen because of “cheap money.”",
			[]brief{{"which he said had risen because of “cheap money.”", "he", "say"}}},
		{"RelativeThenParticiple", "He attacked what he said were failures of the plan, saying that Berg had lied.",
			[]brief{{"what he said were failures of the plan", "he", "say"}, {"Berg had lied", "He", "say"}}},
		{"WhatWithClause", "This is what Lund says her plan would do.", []brief{}},
		{"NounReportsWere", "The media reports were wrong.", []brief{}},
		{"TitleAfterOutletClosingSentence", "The roads are closed, Berg said on CNN's “State of the Union.”",
			[]brief{{"The roads are closed", "Berg", "say"}}},
		{"TitleInApposition", "The war changed everything, Berg wrote in his 2019 book, “The Long Road.”",
			[]brief{{"The war changed everything", "Berg", "write"}}},
		{"CapitalisedQuotationToAudience", "Berg told his supporters, “Keep The Faith.”",
			[]brief{{"Keep The Faith.", "Berg", "tell"}}},
		{"PossessiveSubjectAfterClause", "The ferry was late again, her sister said.",
			[]brief{{"The ferry was late again", "her sister", "say"}}},
		{"PossessiveSubjectOpening", "Their lawyer said the ferry was late.",
			[]brief{{"the ferry was late", "Their lawyer", "say"}}},
		{"ObjectNameBeforeParenthetical", "Lund was headed to Oslo, the official said.",
			[]brief{{"Lund was headed to Oslo", "the official", "say"}}},
		{"NameWithAppositiveNoComma", "Ann Lund, the mayor of Tromso said the ferry was late.",
			[]brief{{"the ferry was late", "Ann Lund, the mayor of Tromso", "say"}}},
		{"ParticiplePhraseInSubject", "Voters interviewed at rallies said they wanted change.",
			[]brief{{"they wanted change", "Voters interviewed at rallies", "say"}}},
		{"InvertedSubjectWithRelative", "The plan will fail, said a group of farmers who oppose it.",
			[]brief{{"The plan will fail", "a group of farmers", "say"}}},
		{"PassiveAfterQuotation", "“Who pays?” Her letters are redacted.", []brief{}},
		{"OccasionRelativeThenThat", "Berg said in an interview that aired Sunday that the roads were closed.",
			[]brief{{"the roads were closed", "Berg", "say"}}},
		{"OccasionThatClause", "Berg said in an interview that aid was coming.",
			[]brief{{"aid was coming", "Berg", "say"}}},
		{"ForDurationThenClause", "Lund has argued for years the tax is unfair.",
			[]brief{{"the tax is unfair", "Lund", "argue"}}},
		{"ForFirstTimeThat", "Berg said for the first time that the plan had failed.",
			[]brief{{"the plan had failed", "Berg", "say"}}},
		{"ForBeneficiary", "Lund said for Berg the plan had failed.", []brief{}},
		{"OpeningBeyond", "Beyond the footage, the report cited witnesses and said that Lund had seen bruises.",
			[]brief{{"Lund had seen bruises", "the report", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_NameAndOthersSpeaker checks that the one named in "X
// and other officials" is the speaker, the whole phrase its span.
func TestExtractor_NameAndOthersSpeaker(t *testing.T) {
	text := "Berg and other Nordic officials suggested the base could hold migrants."
	qs := project(extract(t, text, nil, nil).Quotes)
	if len(qs) != 1 || qs[0].Speaker != "Berg" || qs[0].SpeakerText != "Berg and other Nordic officials" || qs[0].Anonymous {
		t.Errorf("%q: got %+v, want one quote by Berg", text, qs)
	}
}

// TestExtractor_DescribedSpeakers covers speakers named after a
// description or before the body they work for: the person is the
// speaker, not the body.
func TestExtractor_DescribedSpeakers(t *testing.T) {
	tests := []struct{ text, speaker string }{
		{"Norway's ambassador to the European Union, Karl Berg, said the roads were closed.", "Karl Berg"},
		{"The head of the Nordic Farmers Union, Karl Berg, said the roads were closed.", "Karl Berg"},
		// A description after the name, or a list of bodies, is no
		// appositive name.
		{"Karl Berg, the head of the Nordic Farmers Union, said the roads were closed.", "Karl Berg"},
		{"The head of the Nordic Farmers Union, Karl Berg's deputy, said the roads were closed.", "Nordic Farmers Union"},
		{"The head of the farmers, the Nordic Farmers Union, said the roads were closed.", "Nordic Farmers Union"},
		// A name particle marks a person's name no actor covers.
		{"Arnel dela Vega of the army's Western Command said the roads were closed.", "Arnel dela Vega"},
		{"Karl van der Berg of the army's Western Command said the roads were closed.", "Karl van der Berg"},
		// Without a particle (or an actor's mention) the name is not
		// told from a body's.
		{"Karl Berg of the army's Western Command said the roads were closed.", "Western Command"},
		// A group before "such as" speaks, not its example.
		{"Rights groups and opposition lawmakers such as Karl van der Berg, though, say the roads were closed.", "opposition lawmakers such as Karl van der Berg"},
		{"Karl van der Berg, such as he is, says the roads were closed.", "Karl van der Berg"},
		// An outlet by its name, without "the" and its media nouns.
		{"The Daily Planet news agency has reported that the roads were closed.", "Daily Planet"},
		{"The local radio station reported that the roads were closed.", "The local radio station"},
		// A role in lower case before the name.
		{"\"The roads are closed,\" said analyst Karl van der Berg of Nordic Source Partners.", "Karl van der Berg"},
		{"\"The roads are closed,\" said international relations lecturer Arnel dela Vega of Bergen's Nordic University.", "Arnel dela Vega"},
		{"Senior analyst Karl van der Berg of Nordic Source Partners said the roads were closed.", "Karl van der Berg"},
		{"\"The roads are closed,\" said the chief analyst of Nordic Source Partners.", "the chief analyst of Nordic Source Partners"},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil {
			t.Errorf("%q: quotes %+v, want 1 with a speaker", tt.text, project(doc.Quotes))
			continue
		}
		if n := doc.Quotes[0].Speaker.Name; n != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, n, tt.speaker)
		}
	}
}

// TestExtractor_PersonOfOutlet checks that the outlet a person addressed
// works for is the venue, and a place after the person is not.
func TestExtractor_PersonOfOutlet(t *testing.T) {
	tests := []struct{ text, venue string }{
		{"Speaking to Anna Holm of CNN, Berg said the roads were closed.", "CNN"},
		{"Speaking to Anna Holm of Tromso, Berg said the roads were closed.", ""},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, "Anna Holm")
		m := []dyad.Mention{{Span: dyad.Span{Start: i, End: i + len("Anna Holm")}, Text: "Anna Holm", Kind: dyad.MentionPerson,
			Actor: &dyad.Actor{Name: "Anna Holm", Kind: dyad.ActorPerson}}}
		doc := extract(t, tt.text, m, nil)
		if len(doc.Quotes) != 1 {
			t.Errorf("%q: quotes %+v, want 1", tt.text, project(doc.Quotes))
			continue
		}
		if v := doc.Quotes[0].Venue; v != tt.venue {
			t.Errorf("%q: venue %q, want %q", tt.text, v, tt.venue)
		}
	}
}

// TestExtractor_BareClauseSubjects covers bare clauses whose subject is
// a demonstrative ("this law is …") or a bare noun before "does", told
// apart from a time ("this week") and a hedge ("suggesting this would").
func TestExtractor_BareClauseSubjects(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"DemonstrativeNoun", "Berg says this law is aimed at the union.",
			[]brief{{"this law is aimed at the union", "Berg", "say"}}},
		{"DemonstrativePlural", "Berg said these talks would fail.",
			[]brief{{"these talks would fail", "Berg", "say"}}},
		{"TimeThenClause", "Berg said this week the plan is doomed.",
			[]brief{{"the plan is doomed", "Berg", "say"}}},
		{"DemonstrativeCopulaAfterAdd", "He adds this is a great day for the town.",
			[]brief{{"this is a great day for the town", "He", "add"}}},
		{"DemonstrativeModalAfterSuggesting", "Berg met the envoy, suggesting this would be in place of a treaty.",
			[]brief{}},
		{"AddsThisWeek", "He adds this week to the plan.", []brief{}},
		{"BareNounDoes", "Anna Lund cautioned help does not come quickly.",
			[]brief{{"help does not come quickly", "Anna Lund", "caution"}}},
		{"CautionedObject", "Anna Lund cautioned the drivers on the icy road.", []brief{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_CoordinatedAccordingTo checks that "but according to X,"
// in mid-sentence opens X's clause after the comma and ends the clause
// of the verb before it.
func TestExtractor_CoordinatedAccordingTo(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"But", "The army says it has won but according to the Red Cross, the camps are full.",
			[]brief{{"it has won", "The army", "say"}, {"the camps are full", "the Red Cross", "according to"}}},
		{"CommaAnd", "The army says it has won, and according to the Red Cross, the camps are full.",
			[]brief{{"it has won", "The army", "say"}, {"the camps are full", "the Red Cross", "according to"}}},
		// After its clause, the source reports what comes before it.
		{"After", "The camps are full, according to the Red Cross.",
			[]brief{{"The camps are full", "the Red Cross", "according to"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_ReducedRelative checks that a participle after an
// occasion in an adjunct ("in a video posted to Telegram") is no
// reporting verb with the occasion as its speaker, while the verb
// itself still reports with a subject of its own.
func TestExtractor_ReducedRelative(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"ThatAfterAdjunct", "Berg said in a video posted to Telegram that the bridge was gone.",
			[]brief{{"the bridge was gone", "Berg", "say"}}},
		{"AdjunctOpens", "In a video posted to Telegram, Berg said the bridge was gone.",
			[]brief{{"the bridge was gone", "Berg", "say"}}},
		{"Tail", "\"The bridge is gone,\" Berg said in a video posted to Telegram.",
			[]brief{{"The bridge is gone", "Berg", "say"}}},
		{"VerbWithSubject", "The ministry posted on Telegram that the bridge was gone.",
			[]brief{{"the bridge was gone", "The ministry", "post"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_MonthDates checks that a date with a month, short or in
// full, between the subject and the verb or after the verb is a time,
// not a name or the start of what was said.
func TestExtractor_MonthDates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"SubjectOnAbbrevDay", "Police on Jan. 5 said the bridge was gone.",
			[]brief{{"the bridge was gone", "Police", "say"}}},
		{"SubjectOnAbbrevNoPeriod", "Police on Jan 5 said the bridge was gone.",
			[]brief{{"the bridge was gone", "Police", "say"}}},
		{"SubjectInAbbrev", "The ministry in Jan. said the bridge was gone.",
			[]brief{{"the bridge was gone", "The ministry", "say"}}},
		{"AfterVerbThat", "The ministry said Jan. 5 that the bridge was gone.",
			[]brief{{"the bridge was gone", "The ministry", "say"}}},
		{"AfterVerbBare", "Police said Jan 5 the bridge was gone.",
			[]brief{{"the bridge was gone", "Police", "say"}}},
		{"AfterVerbYear", "Police said March 3, 2024, the bridge was gone.",
			[]brief{{"the bridge was gone", "Police", "say"}}},
		// A name is no month ("Jan Berg"), and a number after a
		// place is no day.
		{"FirstName", "\"The bridge is gone,\" said Jan Berg, a police officer.",
			[]brief{{"The bridge is gone", "Jan Berg", "say"}}},
		{"NumberAfterName", "Room 5 said the bridge was gone.",
			[]brief{{"the bridge was gone", "Room 5", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_NextSentenceOwnClause checks that a verb in the sentence
// after a finished quotation that reports a clause of its own does not
// attribute the quotation, which goes on from the speaker before, while
// a bare "X said." there still does.
func TestExtractor_NextSentenceOwnClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"OwnLongClause", "\"The talks failed,\" Lund said. \"We will try again.\" Experts say the actions of the regional farmers union national assembly have caused a crisis.",
			[]brief{{"The talks failed", "Lund", "say"}, {"We will try again.", "Lund", "say"},
				{"the actions of the regional farmers union national assembly have caused a crisis", "Experts", "say"}}},
		{"BareTail", "\"The roads are closed.\" Police said.",
			[]brief{{"The roads are closed.", "Police", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_PronounSubjectOverComplement checks that "he" after a
// sentence whose subject is a person with another person named in a
// phrase of its ("an ally of Anna Lund") is the subject, and that a
// person named last otherwise is still taken.
func TestExtractor_PronounSubjectOverComplement(t *testing.T) {
	tests := []struct{ middle, speaker string }{
		{"Karl Berg, a close ally of Anna Lund, denounced the ruling.", "Karl Berg"},
		{"Karl Berg spoke after Anna Lund.", "Anna Lund"},
	}
	for _, tt := range tests {
		text := "\"The ruling stands,\" Ola Dahl said. " + tt.middle + " \"We are right,\" he said."
		var m []dyad.Mention
		for _, name := range []string{"Ola Dahl", "Karl Berg", "Anna Lund"} {
			i := strings.Index(text, name)
			m = append(m, dyad.Mention{Span: dyad.Span{Start: i, End: i + len(name)}, Text: name, Kind: dyad.MentionPerson,
				Actor: &dyad.Actor{Name: name, Kind: dyad.ActorPerson}})
		}
		doc := extract(t, text, m, nil)
		if len(doc.Quotes) != 2 || doc.Quotes[1].Speaker == nil {
			t.Errorf("%q: quotes %+v, want 2 with speakers", text, project(doc.Quotes))
			continue
		}
		if n := doc.Quotes[1].Speaker.Name; n != tt.speaker {
			t.Errorf("%q: he = %q, want %q", text, n, tt.speaker)
		}
	}
}

// TestExtractor_TwoBodiesJoined checks that two bodies joined by "and",
// each its own mention, are spoken for by the first, while one mention
// holding "and" stays one name.
func TestExtractor_TwoBodiesJoined(t *testing.T) {
	org := func(text, name string) dyad.Mention {
		i := strings.Index(text, name)
		return dyad.Mention{Span: dyad.Span{Start: i, End: i + len(name)}, Text: name, Kind: dyad.MentionOrg,
			Actor: &dyad.Actor{Name: name, Kind: dyad.ActorOrg}}
	}
	text := "According to Radio Nord and Kanal Sju, the bridge is gone."
	doc := extract(t, text, []dyad.Mention{org(text, "Radio Nord"), org(text, "Kanal Sju")}, nil)
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "Radio Nord" {
		t.Errorf("%q: quotes %+v, want one by Radio Nord", text, project(doc.Quotes))
	}
	text = "According to Berg and Lund Partners, the bridge is gone."
	doc = extract(t, text, []dyad.Mention{org(text, "Berg and Lund Partners")}, nil)
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "Berg and Lund Partners" {
		t.Errorf("%q: quotes %+v, want one by Berg and Lund Partners", text, project(doc.Quotes))
	}
}

// TestExtractor_TitleWithPortfolio checks that a title with its
// portfolio and a long name, then a relative clause, is the subject.
func TestExtractor_TitleWithPortfolio(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"Portfolio", "Minister of Justice Ali Omar Hassan Saleh, who drafted the bill, said the law was passed.",
			[]brief{{"the law was passed", "Minister of Justice Ali Omar Hassan Saleh, who drafted the bill", "say"}}},
		// A title with a portfolio in lower case is no name's start.
		{"PortfolioLower", "The minister of justice said the law was passed.",
			[]brief{{"the law was passed", "The minister of justice", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_PluralQuantifierNoun checks that a verb form agreeing
// with a singular subject after a plural quantifier ("all claims that")
// is a noun, while the plural form after it and a singular subject
// still report.
func TestExtractor_PluralQuantifierNoun(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"AllClaims", "Oslo denied all claims that the bridge was gone.", []brief{}},
		{"ManyReports", "Oslo denied many reports that the bridge was gone.", []brief{}},
		{"AllSay", "All say the bridge was gone.", []brief{{"the bridge was gone", "All", "say"}}},
		{"SingularClaims", "Berg claims that the bridge was gone.", []brief{{"the bridge was gone", "Berg", "claim"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_PlaceThenAdjunctThenThat checks that a place name set off
// by commas inside an adjunct may be followed by more adjuncts before
// "that", and that a relative "that" after them is still no content.
func TestExtractor_PlaceThenAdjunctThenThat(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"Telling", "Berg rejected the warrant, telling journalists in the regional capital, Tromso, on Wednesday that it was politically motivated.",
			[]brief{{"it was politically motivated", "Berg", "tell"}}},
		{"Said", "Berg said in the capital, Oslo, on Monday that the roads were closed.",
			[]brief{{"the roads were closed", "Berg", "say"}}},
		{"RelativeThat", "Berg said in the capital, Oslo, on a day that was cold.", []brief{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_IssuedOccasion checks that "saying" after an occasion
// the subject put out ("released a statement saying") reports the
// subject's words with the occasion as venue, and not after an occasion
// someone only saw or after a person.
func TestExtractor_IssuedOccasion(t *testing.T) {
	tests := []struct {
		text, speaker, venue string
		n                    int
	}{
		{"The ministry released a statement saying the roads were closed.", "The ministry", "statement", 1},
		{"Berg posted a video message saying the roads were closed.", "Berg", "video message", 1},
		{"Berg saw a statement saying the roads were closed.", "", "", 0},
		{"The ministry released a man saying the roads were closed.", "", "", 0},
		// The occasion's addressee, a series or a bare plural, a time
		// of two words and "put out" between.
		{"The parents sent a letter to the school board saying the roads were closed.", "The parents", "letter", 1},
		{"The parents read a letter to the school board saying the roads were closed.", "", "", 0},
		{"Berg posted a series of tweets early Friday saying the roads were closed.", "Berg", "tweet", 1},
		{"Berg posted tweets saying the roads were closed.", "Berg", "tweet", 1},
		{"Berg posted photos saying the roads were closed.", "", "", 0},
		{"Berg saw a series of tweets saying the roads were closed.", "", "", 0},
		{"The ministry put out a statement saying the roads were closed.", "The ministry", "statement", 1},
		{"The ministry put a man saying the roads were closed on the bus.", "", "", 0},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		if len(doc.Quotes) != tt.n {
			t.Errorf("%q: quotes %+v, want %d", tt.text, project(doc.Quotes), tt.n)
			continue
		}
		if tt.n == 0 {
			continue
		}
		q := doc.Quotes[0]
		if q.Speaker == nil || q.Speaker.Text != tt.speaker || q.Venue != tt.venue || q.Text != "the roads were closed" {
			t.Errorf("%q: quote %+v, want speaker %q, venue %q", tt.text, project(doc.Quotes), tt.speaker, tt.venue)
		}
	}
}

// TestExtractor_NounClauseOfPhrase checks that a subject with an "of"
// phrase ("the population of northern Norway is …") makes a bare clause
// after verbs that otherwise need "that", and that such a noun phrase
// with no verb after it does not.
func TestExtractor_NounClauseOfPhrase(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"Reports", "The group reports the population of northern Norway is being hurt.",
			[]brief{{"the population of northern Norway is being hurt", "The group", "report"}}},
		{"Noted", "The group noted the price of fresh fish was rising.",
			[]brief{{"the price of fresh fish was rising", "The group", "note"}}},
		{"NoVerb", "The group reports the population of northern Norway and Sweden in the cold season.", []brief{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_ScareQuoteInClause checks that a scare-quoted word the
// reported clause goes on after is part of the clause, not the quote,
// while a quotation of its own and a quoted word with no clause after it
// stay quotes.
func TestExtractor_ScareQuoteInClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"Opens", "The party says \"illegal\" police are seizing its assets.",
			[]brief{{"\"illegal\" police are seizing its assets", "The party", "say"}}},
		{"Inside", "Berg said the \"deal\" was dead.",
			[]brief{{"the \"deal\" was dead", "Berg", "say"}}},
		{"OwnQuotation", "The party says \"We will win.\"",
			[]brief{{"We will win.", "The party", "say"}}},
		{"NoClauseAfter", "Berg said \"maybe\" and left.",
			[]brief{{"maybe", "Berg", "say"}}},
		// A quoted verb is the narrator's scare quotes; the quotation
		// stays the quote.
		{"QuotedVerb", "Lund said Norway \"welcomed\" the plan.",
			[]brief{{"welcomed", "Lund", "say"}}},
		// A clause "note" does not report bare keeps its quotation.
		{"NotBareVerb", "Lund also noted several \"hurdles\" kept him away.",
			[]brief{{"hurdles", "Lund", "note"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, quote.Config{}, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_RelativePronounSpeaker checks that the pronoun subject of
// a verb reporting inside a relative clause is the sentence's subject
// when they agree, not the previous speaker.
func TestExtractor_RelativePronounSpeaker(t *testing.T) {
	tests := []struct{ text, speaker string }{
		{"“We will wait,” Tom Lund said. Ann Berg proposed rules to end what she said were harsh fees.", "Ann Berg"},
		{"“We will wait,” Tom Lund said. Farmers attacked what they said were harsh fees.", "Farmers"},
		// A singular subject does not take "they".
		{"“We will wait,” the farmers said. Ann Berg attacked what they said were harsh fees.", "the farmers"},
	}
	for _, tt := range tests {
		qs := extractWith(t, quote.Config{}, tt.text)
		if len(qs) != 2 || qs[1].Speaker == nil {
			t.Errorf("%q: quotes %+v, want 2 with a speaker", tt.text, briefs(qs))
			continue
		}
		if got := qs[1].Speaker.Name; got != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.speaker)
		}
	}
}

// TestExtractor_UnnamedMediaAndGroups checks that media named by no
// outlet, and bare plurals of people, are unnamed sources, and that
// "media" as a modifier of a named body is not.
func TestExtractor_UnnamedMediaAndGroups(t *testing.T) {
	tests := []struct {
		text string
		anon bool
	}{
		{"British media have reported that the roads were closed.", true},
		{"Local media said the roads were closed.", true},
		{"Independent media association NordPress said the roads were closed.", false},
		{"The roads are closed, say officials.", true},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil {
			t.Errorf("%q: %d quotes, want 1 with a speaker", tt.text, len(doc.Quotes))
			continue
		}
		if got := doc.Quotes[0].Speaker.Anonymous; got != tt.anon {
			t.Errorf("%q: anonymous %v, want %v", tt.text, got, tt.anon)
		}
	}
}

// TestExtractor_DocumentAuthor checks that the author before "'s" of a
// statement or letter speaks in it, and that an outlet's report keeps
// the report's words.
func TestExtractor_DocumentAuthor(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Berg's statement read: \"The roads are closed.\"", "Berg"},
		{"Berg's letter said the roads were closed.", "Berg"},
		{"Berg's book said the roads were closed.", "Berg's book"},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil {
			t.Errorf("%q: %d quotes, want 1 with a speaker", tt.text, len(doc.Quotes))
			continue
		}
		if got := doc.Quotes[0].Speaker.Name; got != tt.name {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.name)
		}
	}
}

// TestExtractor_SpokeAndContinued checks that "spoke" reports only a
// quotation or words after a colon, and that "continued" keeps the
// speaker's venue into the next paragraph while "said" does not.
func TestExtractor_SpokeAndContinued(t *testing.T) {
	tests := []struct {
		text   string
		venues []string // one per quote, in order
	}{
		{"Senator Berg spoke on Fox News, \"The roads are closed. The bridges are down.\"", []string{"Fox News"}},
		{"Berg spoke on Fox News: the roads are closed.", []string{"Fox News"}},
		{"Berg spoke that night.", nil},
		{"As Berg spoke in the lobby, there were no roads open.", nil},
		{"Berg spoke instead about \"closing roads\" and the bridges.", nil},
		{"According to an official, who spoke to CNN on condition of anonymity, the roads are closed.", []string{"CNN"}},
		{"Berg told CNN that the roads are closed.\n\"The bridges are down,\" Berg continued.", []string{"CNN", "CNN"}},
		{"Berg told CNN that the roads are closed.\n\"The bridges are down,\" Berg said.", []string{"CNN", ""}},
		{"Berg told CNN that the roads are closed.\nThe army left.\n\"The bridges are down,\" Berg continued.", []string{"CNN", ""}},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		if len(doc.Quotes) != len(tt.venues) {
			t.Errorf("%q: %d quotes, want %d: %+v", tt.text, len(doc.Quotes), len(tt.venues), project(doc.Quotes))
			continue
		}
		for i, q := range doc.Quotes {
			if q.Venue != tt.venues[i] {
				t.Errorf("%q: quote %d venue %q, want %q", tt.text, i, q.Venue, tt.venues[i])
			}
		}
	}
}

// TestExtractor_CitedAsSaying checks that the object of an active verb of
// quoting before "as saying" speaks, with the outlet that cites it as
// the venue, and that "cited … as a reason" reports nothing.
func TestExtractor_CitedAsSaying(t *testing.T) {
	tests := []struct{ text, speaker, venue string }{
		{"The Daily Planet cited two unnamed officials as saying the roads were closed.", "two unnamed officials", "Daily Planet"},
		{"The Daily Planet cited \"officials in two northern towns\" as saying the roads were closed.", "officials in two northern towns", "Daily Planet"},
		{"In its report, The Daily Planet cited officials as saying the roads were closed.", "officials", "Daily Planet"},
		{"Berg cited two officials as saying the roads were closed.", "two officials", ""},
		{"Berg was cited as saying the roads were closed.", "Berg", ""},
		{"Berg cited high costs as a reason for the delay.", "", ""},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, "Daily Planet")
		var m []dyad.Mention
		if i >= 0 {
			m = []dyad.Mention{{Span: dyad.Span{Start: i, End: i + len("Daily Planet")}, Text: "Daily Planet", Kind: dyad.MentionOrg,
				Actor: &dyad.Actor{Name: "Daily Planet", Kind: dyad.ActorOrg, Sector: "MED"}}}
		}
		doc := extract(t, tt.text, m, nil)
		q, ok := soleQuote(t, tt.text, doc, tt.speaker != "")
		if !ok {
			continue
		}
		if q.Speaker.Text != tt.speaker || q.Venue != tt.venue || q.Text != "the roads were closed" {
			t.Errorf("%q: speaker %q venue %q content %q, want %q, %q", tt.text, q.Speaker.Text, q.Venue, q.Text, tt.speaker, tt.venue)
		}
	}
}

// TestExtractor_ReactionLead checks that an unattributed quotation after
// a sentence in which a named person reacts ("criticized the decision
// via Twitter") is that person's, with the reaction as cue and the
// sentence's venue, while a sentence with no reaction leaves the
// quotation to the last speaker.
func TestExtractor_ReactionLead(t *testing.T) {
	person := func(text, name string) dyad.Mention {
		i := strings.Index(text, name)
		return dyad.Mention{Span: dyad.Span{Start: i, End: i + len(name)}, Text: name, Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: name, Kind: dyad.ActorPerson}}
	}
	tests := []struct{ text, speaker, cue, venue string }{
		{"Anna Holm told CNN, \"The roads are open.\"\nKarl Berg, who was the mayor until May, also criticized the decision via Twitter. \"The roads are closed.\"", "Karl Berg", "criticized", "Twitter"},
		{"Anna Holm told CNN, \"The roads are open.\"\nKarl Berg welcomed the decision. \"The roads are closed.\"", "Karl Berg", "welcomed", ""},
		{"Anna Holm told CNN, \"The roads are open.\"\nKarl Berg arrived in Oslo on Monday. \"The roads are closed.\"", "Anna Holm", "told", "CNN"},
		{"Anna Holm told CNN, \"The roads are open.\"\nThe council criticized the decision. \"The roads are closed.\"", "Anna Holm", "told", "CNN"},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, []dyad.Mention{person(tt.text, "Anna Holm"), person(tt.text, "Karl Berg")}, nil)
		var q *dyad.Quote
		for i := range doc.Quotes {
			if doc.Quotes[i].Text == "The roads are closed." {
				q = &doc.Quotes[i]
			}
		}
		if q == nil || q.Speaker == nil {
			t.Errorf("%q: quotes %+v, want one on the closed roads with a speaker", tt.text, project(doc.Quotes))
			continue
		}
		if q.Speaker.Name != tt.speaker || q.Cue != tt.cue || q.Venue != tt.venue {
			t.Errorf("%q: speaker %q cue %q venue %q, want %q, %q, %q", tt.text, q.Speaker.Name, q.Cue, q.Venue, tt.speaker, tt.cue, tt.venue)
		}
	}
}

// TestExtractor_ReactionComma checks that a quotation after a verb of
// reaction, its object and a comma or a colon is the subject's, and that
// a verb of another kind there attributes nothing.
func TestExtractor_ReactionComma(t *testing.T) {
	tests := []struct{ text, speaker, cue, venue string }{
		{"Karl Berg, also on Twitter, defended his decision, \"The roads are closed. We will win.\"", "Karl Berg", "defended", "Twitter"},
		{"Karl Berg criticized the plan: \"The roads are closed.\"", "Karl Berg", "criticized", ""},
		{"Karl Berg arrived in Oslo, \"The roads are closed.\"", "", "", ""},
		{"Karl Berg criticized the \"deal of the century\" as a fraud.", "", "", ""},
	}
	for _, tt := range tests {
		doc := extract(t, tt.text, nil, nil)
		q, ok := soleQuote(t, tt.text, doc, tt.speaker != "")
		if !ok {
			continue
		}
		if q.Speaker.Text != tt.speaker || q.Cue != tt.cue || q.Venue != tt.venue {
			t.Errorf("%q: speaker %q cue %q venue %q, want %q, %q, %q", tt.text, q.Speaker.Text, q.Cue, q.Venue, tt.speaker, tt.cue, tt.venue)
		}
	}
}

// soleQuote checks that doc, coded from text, has no quote when none is
// wanted, else exactly one with a speaker, and returns it; ok is false
// when there is nothing more to check.
func soleQuote(t *testing.T, text string, doc *dyad.Document, want bool) (dyad.Quote, bool) {
	t.Helper()
	if !want {
		if len(doc.Quotes) != 0 {
			t.Errorf("%q: quotes %+v, want none", text, project(doc.Quotes))
		}
		return dyad.Quote{}, false
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil {
		t.Errorf("%q: quotes %+v, want 1 with a speaker", text, project(doc.Quotes))
		return dyad.Quote{}, false
	}
	return doc.Quotes[0], true
}
