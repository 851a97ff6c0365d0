package quote_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// brief is the part of a quote the construction tests compare.
type brief struct{ Text, SpeakerText, CueLemma string }

func briefs(qs []dyad.Quote) []brief {
	out := make([]brief, 0, len(qs))
	for _, q := range qs {
		b := brief{Text: q.Text, CueLemma: q.CueLemma}
		if q.Speaker != nil {
			b.SpeakerText = q.Speaker.Text
		}
		out = append(out, b)
	}
	return out
}

func extractWith(t *testing.T, cfg quote.Config, text string) []dyad.Quote {
	t.Helper()
	doc := dyad.NewDocument(&dyad.Article{ID: "test", Text: text})
	seg, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := seg.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	x, err := quote.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Process(context.Background(), doc); err != nil {
		t.Fatalf("Process(%q): %v", text, err)
	}
	checkQuotes(t, text, doc.Quotes)
	return doc.Quotes
}

// TestExtractor_Constructions covers speech acts, speaker labels and
// subjects separated from their verb, and what must not be a quote.
func TestExtractor_Constructions(t *testing.T) {
	tests := []struct {
		name string
		cfg  quote.Config
		text string
		want []brief
	}{
		{"UrgeObjectInfinitive", quote.Config{}, "Trump urged supporters to monitor polling places.",
			[]brief{{"supporters to monitor polling places", "Trump", "urge"}}},
		{"CallOn", quote.Config{}, "Palmieri called on Trump to stop attacking Machado and apologize.",
			[]brief{{"Trump to stop attacking Machado and apologize", "Palmieri", "call on"}}},
		{"CallFor", quote.Config{}, "The NAACP has called for a moratorium on charter schools.",
			[]brief{{"a moratorium on charter schools", "The NAACP", "call for"}}},
		{"CallingForAfterComma", quote.Config{}, "Warren grilled the bank's chief, calling for executives to be punished.",
			[]brief{{"executives to be punished", "Warren", "call for"}}},
		{"VowInfinitive", quote.Config{}, "Senator Graham vowed to block the nomination.",
			[]brief{{"to block the nomination", "Senator Graham", "vow"}}},
		{"AccuseOf", quote.Config{}, "The campaign accused Clinton of lying about her emails.",
			[]brief{{"Clinton of lying about her emails", "The campaign", "accuse"}}},
		{"QuestionWhether", quote.Config{}, "Clinton questioned whether Trump was fit to serve.",
			[]brief{{"whether Trump was fit to serve", "Clinton", "question"}}},
		{"CalledWithQuotation", quote.Config{}, "Warren called the bank's behavior “outrageous” on Tuesday.",
			[]brief{{"the bank's behavior “outrageous” on Tuesday", "Warren", "call"}}},
		{"CalledNaming", quote.Config{}, "Trump has called climate change a hoax perpetrated by China.",
			[]brief{{"climate change a hoax perpetrated by China", "Trump", "call"}}},
		{"CalledFewTimes", quote.Config{}, "She called him a few times.", []brief{}},
		{"RespondedBy", quote.Config{}, "Trump responded by citing the example of Chicago.",
			[]brief{{"by citing the example of Chicago", "Trump", "respond"}}},
		{"Progressive", quote.Config{}, "Fowler is calling for a process to identify a successor.",
			[]brief{{"a process to identify a successor", "Fowler", "call for"}}},
		{"QuestionsNoun", quote.Config{}, "He will refuse to answer any questions that would be put to him.", []brief{}},
		{"ClarificationLabel", quote.Config{}, "Some text here.\n\nCLARIFICATION: The first sentence has been clarified to reflect that.", []brief{}},
		{"AccordingToLowerCase", quote.Config{}, "According to police, officers saw Scott get out of a car.",
			[]brief{{"officers saw Scott get out of a car", "police", "according to"}}},
		{"AccordingToEnd", quote.Config{}, "About 9.9 million single mothers live in the United States, according to federal statistics.",
			[]brief{{"About 9.9 million single mothers live in the United States", "federal statistics", "according to"}}},
		{"AccordingToPlan", quote.Config{}, "Everything went according to plan.", []brief{}},
		{"SayTitleAbbrev", quote.Config{}, "Many Democrats say Mrs. Clinton has an advantage.",
			[]brief{{"Mrs. Clinton has an advantage", "Many Democrats", "say"}}},
		{"SaidAfterPhrase", quote.Config{}, "Trump said after the convention he would not accept the endorsement.",
			[]brief{{"he would not accept the endorsement", "Trump", "say"}}},
		{"SaidAfterClause", quote.Config{}, "Pagliano said after the hearing was over that he left.", []brief{}},
		{"ManyOfWhom", quote.Config{}, "He met the families, many of whom say the claims are unfounded.",
			[]brief{{"the claims are unfounded", "many of whom", "say"}}},
		{"DescribedAs", quote.Config{}, "The minister described the talks as constructive.",
			[]brief{{"the talks as constructive", "The minister", "describe"}}},
		{"DescribedNoAs", quote.Config{}, "The minister described the talks in detail.", []brief{}},
		{"ClosingMarkOpens", quote.Config{}, "Readers answered.\n\n”Fear. I am truly afraid that he will win.” ― Edwin G. Monroy",
			[]brief{{"Fear. I am truly afraid that he will win.", "Edwin G. Monroy", ""}}},
		{"AskedObjectIf", quote.Config{}, "The activist asked the former secretary if she would commit to the pledge.",
			[]brief{{"the former secretary if she would commit to the pledge", "The activist", "ask"}}},
		{"SayingAfterQuotation", quote.Config{}, "Trump delivered a defense of “New York values,” saying the city embodied the bravery of America.",
			[]brief{{"the city embodied the bravery of America", "Trump", "say"}}},
		{"SayingAfterOpeningPhrase", quote.Config{}, "In three interviews, the justice sounded off on Trump, saying she did not want to contemplate it.",
			[]brief{{"she did not want to contemplate it", "the justice", "say"}}},
		{"MannerVerbAfterQuotation", quote.Config{}, "“If they were serious, they would have gone to the bill,” Toomey glowered.",
			[]brief{{"If they were serious, they would have gone to the bill", "Toomey", "glowered"}}},
		{"NoMannerVerb", quote.Config{}, "“Dancing with the Stars,” the show Trump liked, ended.", []brief{}},
		{"ContinuationAfterBlankLine", quote.Config{}, "Smith said the plan would fail.\n\n“It is a disaster. Nobody wants it.”",
			[]brief{{"the plan would fail", "Smith", "say"}, {"It is a disaster. Nobody wants it.", "Smith", "say"}}},
		{"LongSubjectRelative", quote.Config{}, "The state officials whose laws have been invalidated say the real change has come in the courts.",
			[]brief{{"the real change has come in the courts", "The state officials", "say"}}},
		{"VerbIntroducesNextQuotation", quote.Config{}, "She says he is “the same rigged system.” She adds, “What kind of genius loses a billion dollars?”",
			[]brief{{"he is “the same rigged system.”", "She", "say"}, {"What kind of genius loses a billion dollars?", "She", "add"}}},
		{"CalledNoQuotation", quote.Config{}, "The mayor called a meeting for Monday.", []brief{}},
		{"CalledPhone", quote.Config{}, "She called him twice last week.", []brief{}},
		{"PlanCalledFor", quote.Config{}, "The plan called for new taxes on the rich.", []brief{}},
		{"SoCalled", quote.Config{}, "He defended the so-called carried interest loophole.", []brief{}},
		{"AskedToPassive", quote.Config{}, "He was asked to leave the room.", []brief{}},
		{"TranscriptLine", quote.Config{}, "Partial transcript as follows:\n\nWALLACE: Let's start with breaking news. Will she be there?\n\nPENCE: Well, look, she will not be attending the debate.",
			[]brief{
				{"Let's start with breaking news. Will she be there", "WALLACE", "say"},
				{"Well, look, she will not be attending the debate", "PENCE", "say"},
			}},
		{"TranscriptQuoted", quote.Config{}, "Transcript:\n\n\"WALLACE: Let's start with the debate story, governor.",
			[]brief{{"Let's start with the debate story, governor", "WALLACE", "say"}}},
		{"HeadlineLabel", quote.Config{}, "Pence: Gennifer Flowers Won't Be at Debate\n\nThe governor spoke on Sunday.",
			[]brief{{"Gennifer Flowers Won't Be at Debate", "Pence", "say"}}},
		{"TitleIsNoLabel", quote.Config{}, "Stealth Over Health: Clinton Was Headed to ER\n\nThe story follows.", []brief{}},
		{"UpdateIsNoLabel", quote.Config{}, "Some text here.\n\nUPDATE: The police have arrested a man.", []brief{}},
		{"AdverbBeforeVerb", quote.Config{}, "Clinton now says she opposes the deal.",
			[]brief{{"she opposes the deal", "Clinton", "say"}}},
		{"DayBeforeVerb", quote.Config{}, "Sanders on Tuesday said he wants to attack four provisions.",
			[]brief{{"he wants to attack four provisions", "Sanders", "say"}}},
		{"YearBeforeVerb", quote.Config{}, "McConnell in 2010 said the goal was to make Obama a one-term president.",
			[]brief{{"the goal was to make Obama a one-term president", "McConnell", "say"}}},
		{"MonthYearBeforeVerb", quote.Config{}, "Trump in March 2015 said the wall would be paid for.",
			[]brief{{"the wall would be paid for", "Trump", "say"}}},
		{"RelativeWhoYearBeforeVerb", quote.Config{}, "He met Mitch McConnell, who in 2010 said the goal was to win.",
			[]brief{{"the goal was to win", "who", "say"}}},
		{"HasLongSaid", quote.Config{}, "He met Mitch McConnell, who has long said the goal was to win.",
			[]brief{{"the goal was to win", "who", "say"}}},
		{"CitedObject", quote.Config{}, "Trump cited his own endorsements from 88 generals and admirals.",
			[]brief{{"his own endorsements from 88 generals and admirals", "Trump", "cite"}}},
		{"CitingInSubjectIsNoCue", quote.Config{}, "Reuters, citing officials, said the talks had failed.",
			[]brief{{"the talks had failed", "Reuters, citing officials", "say"}}},
		{"CitedPassiveIsNoQuote", quote.Config{}, "The figure was cited in the report.", []brief{}},
		{"PlanCitedIsNoQuote", quote.Config{}, "The plan cited three reasons for the delay.", []brief{}},
		{"PossessiveClaimThat", quote.Config{}, "The fact-check looked at Donald Trump’s claim that there have been thousands of shootings in Chicago.",
			[]brief{{"there have been thousands of shootings in Chicago", "Donald Trump", "claim"}}},
		{"TheNameStatementThat", quote.Config{}, "Critics rejected the Kremlin's statement that the talks had failed.",
			[]brief{{"the talks had failed", "the Kremlin", "statement"}}},
		{"PronounClaimIsNoQuote", quote.Config{}, "Contrary to his claim that people would learn nothing, they learned a lot.", []brief{}},
		{"ClaimRelativeNoOwner", quote.Config{}, "The claim that he made was false.", []brief{}},
		{"ClaimsVerbStillReports", quote.Config{}, "Trump claims that the election was rigged.",
			[]brief{{"the election was rigged", "Trump", "claim"}}},
		{"CitedAsIsNoQuote", quote.Config{}, "Trump has repeatedly cited the audit as the reason for the delay.", []brief{}},
		{"AnnouncedPronounClause", quote.Config{}, "Wells Fargo just this month announced it would drop the incentives.",
			[]brief{{"it would drop the incentives", "Wells Fargo", "announce"}}},
		{"AnnouncedObject", quote.Config{}, "Authorities announced the arrest of a man.", []brief{}},
		{"RelativeThat", quote.Config{}, "She sent a letter that says the plan is illegal.",
			[]brief{{"the plan is illegal", "a letter", "say"}}},
		{"AndSaidAfterQuotation", quote.Config{}, "Cruz urged delegates to \"vote your conscience\" and said he was standing on principle.",
			[]brief{
				{"delegates to \"vote your conscience\"", "Cruz", "urge"},
				{"he was standing on principle", "Cruz", "say"},
			}},
		{"BySaying", quote.Config{}, "Dean appeared on MSNBC and began by saying he would never diagnose anyone.",
			[]brief{{"he would never diagnose anyone", "Dean", "say"}}},
		{"QuestionMarkThenSpeaker", quote.Config{}, "“Who would have believed it?” Trump said, looking at the crowd.",
			[]brief{{"Who would have believed it?", "Trump", "say"}}},
		{"NewsConferenceAnnouncing", quote.Config{}, "\"We will get there together,\" she said at a news conference announcing that the state was sued.",
			[]brief{{"We will get there together", "she", "say"}}},
		{"QuotationInsideTailClause", quote.Config{}, "A clerk who “takes a few coins” is punished at once, Warren said.",
			[]brief{{"A clerk who “takes a few coins” is punished at once", "Warren", "say"}}},
		{"QuotationOpensTailClause", quote.Config{}, "“The only way banks will change is jail time” for the bosses, she said.",
			[]brief{{"The only way banks will change is jail time” for the bosses", "she", "say"}}},
		{"LeadInBeforeQuotation", quote.Config{}, "The answers to the crisis are “not meeting the demand,” says Paul Rieckhoff.",
			[]brief{{"The answers to the crisis are “not meeting the demand", "Paul Rieckhoff", "say"}}},
		{"LeadInAfterColonIsOwnClause", quote.Config{}, "The plan is dead now: “nobody will miss it,” he added.",
			[]brief{{"nobody will miss it", "he", "add"}}},
		{"SaidAtLeast", quote.Config{}, "A reporter in the town said at least six people have died.",
			[]brief{{"at least six people have died", "A reporter in the town", "say"}}},
		{"AcknowledgedThere", quote.Config{}, "Officials acknowledged there was a security threat.",
			[]brief{{"there was a security threat", "Officials", "acknowledge"}}},
		{"SaidAcronymSubject", quote.Config{}, "Ochieng said IS Sahel’s strategy appears focused on the coast.",
			[]brief{{"IS Sahel’s strategy appears focused on the coast", "Ochieng", "say"}}},
		{"AccordingToQuotation", quote.Config{}, "The raid ended at noon. According to NISA, “The operation dealt a blow to the group.”",
			[]brief{{"The operation dealt a blow to the group.", "NISA", "according to"}}},
		{"ThinkTankInSubject", quote.Config{}, "Jane Roe of the think tank Clingendael said the plots are a sign of ambition.",
			[]brief{{"the plots are a sign of ambition", "Jane Roe of the think tank Clingendael", "say"}}},
		{"NameAppositiveRelativeSaid", quote.Config{}, "Michael Roe, president of the United Federation of Teachers, which represents city teachers, said he hopes the day sends a message.",
			[]brief{{"he hopes the day sends a message", "Michael Roe, president of the United Federation of Teachers, which represents city teachers", "say"}}},
		{"NameAgePlaceRelativeSaid", quote.Config{}, "Donna Roe, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.",
			[]brief{{"the event brought back memories", "Donna Roe, 59, of Ashton, Md., who watched the ceremony on a screen", "say"}}},
		{"NameAppositiveSaidNothing", quote.Config{}, "Donna Roe, who spoke first, said nothing.", []brief{}},
		{"SaysTooMuch", quote.Config{}, "Mike Roe says too much is made of the tweets.",
			[]brief{{"too much is made of the tweets", "Mike Roe", "say"}}},
		{"AdjunctWithPlaceThenThat", quote.Config{}, "Clinton says at a campaign stop in Toledo, Ohio, that it means nothing.",
			[]brief{{"it means nothing", "Clinton", "say"}}},
		{"ParticiplePhraseInSubject", quote.Config{}, "Protesters marching through the streets chanted “What curfew?” and kept going.",
			[]brief{{"What curfew?", "Protesters marching through the streets", "chant"}}},
		{"ParticipleAfterTailAttribution", quote.Config{}, "“You squeezed employees to the breaking point” to drive up the price, she said, referencing the bank’s sales drive.",
			[]brief{{"You squeezed employees to the breaking point” to drive up the price", "she", "say"}}},
		{"GroupInPlaceSays", quote.Config{}, "Security forces in Somalia say they killed all six attackers.",
			[]brief{{"they killed all six attackers", "Security forces in Somalia", "say"}}},
		{"QuotationEndingReportedClauseIsNotNextSentences", quote.Config{}, "A spokesperson said the department does not comment but “remains focused on the threat.” Mao Ning responded to the reports at a briefing.",
			[]brief{{"the department does not comment but “remains focused on the threat.”", "A spokesperson", "say"}}},
		{"ChargeAppositionEndsContent", quote.Config{}, "Officials reiterated the claim that the attack was planned in Ruritania, a charge Ruritanian officials rejected.",
			[]brief{{"the attack was planned in Ruritania", "Officials", "reiterate"}}},
		{"MemberStatesIsNoCue", quote.Config{}, "Nationalists criticise free movement between member states on the grounds that the borders are porous.", []brief{}},
		{"ThatCommaAdjunct", quote.Config{}, "He has warned that, although it is unlikely, other states could quit.",
			[]brief{{"although it is unlikely, other states could quit", "He", "warn"}}},
		{"SayingQuotationAfterReportedClause", quote.Config{}, "He warned that other states could quit, saying, “less bureaucracy” is needed.",
			[]brief{{"other states could quit", "He", "warn"}, {"less bureaucracy", "He", "say"}}},
		{"PlaceAfterSpeakerName", quote.Config{}, "“Signals are down,” railway controller Ali Khan in Quetta told VOA.",
			[]brief{{"Signals are down", "railway controller Ali Khan in Quetta", "tell"}}},
		{"AccordingToLongDescription", quote.Config{}, "According to a recently published assessment of attitudes expressed on social media, relations are full of tension.",
			[]brief{{"relations are full of tension", "a recently published assessment of attitudes expressed on social media", "according to"}}},
		{"AccordingToPossessive", quote.Config{}, "According to the United Nations' food agency's chief officer, it was completely unnecessary.",
			[]brief{{"it was completely unnecessary", "the United Nations' food agency's chief officer", "according to"}}},
		{"InvertedDescriptionThenName", quote.Config{}, "It is not for the Court to opine on motives, argued the government's lawyer, Richard Keen.",
			[]brief{{"It is not for the Court to opine on motives", "the government's lawyer, Richard Keen", "argue"}}},
		{"AdjunctWithPossessiveName", quote.Config{}, "Smith said from La Fortaleza's Hall of Mirrors, \"If the Senate confirms me, I will serve.\"",
			[]brief{{"If the Senate confirms me, I will serve.", "Smith", "say"}}},
		{"ThisOpensTailClause", quote.Config{}, "This makes it difficult to dislodge the lies, he said.",
			[]brief{{"This makes it difficult to dislodge the lies", "he", "say"}}},
		{"ThisWeekIsNoContent", quote.Config{}, "This week, he said.", []brief{}},
		{"HoweverBetweenSubjectAndVerb", quote.Config{}, "The minister, however, said the plan would fail.",
			[]brief{{"the plan would fail", "The minister", "say"}}},
		{"ParentheticalBeforeQuotationInClause", quote.Config{}, "Trump, Sexton said, has created a “strange, reality-bending zone.”",
			[]brief{{"Trump, Sexton said, has created a “strange, reality-bending zone.”", "Sexton", "say"}}},
		{"ParentheticalQuotationThenClause", quote.Config{}, "These sources, the lawyers said, “all command the same conclusion” that Cruz complies.",
			[]brief{{"These sources, the lawyers said, “all command the same conclusion” that Cruz complies", "the lawyers", "say"}}},
		{"ParentheticalQuotationEndsSentence", quote.Config{}, "As for the attacks, she said, “The vetting has not even begun.”",
			[]brief{{"The vetting has not even begun.", "she", "say"}}},
		{"ParticiplePhraseOpensSentence", quote.Config{}, "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
			[]brief{{"him “a total stiff.”", "Trump", "call"}}},
		{"DatelineOpensSentence", quote.Config{}, "WASHINGTON — Sen. Bernie Sanders defended his plan, saying the gains would outweigh the losses.",
			[]brief{{"the gains would outweigh the losses", "Sen. Bernie Sanders", "say"}}},
		{"PlaceAfterPlaceOpensSentence", quote.Config{}, "At a rally in Portsmouth, N.H., on Tuesday, Senator Sanders endorsed her, saying that she would win.",
			[]brief{{"she would win", "Senator Sanders", "say"}}},
		{"TitleInOpeningPhrase", quote.Config{}, "Speaking Sunday on ABC’s “This Week,” Carson conceded the point, but said his campaign had found the article.",
			[]brief{{"his campaign had found the article", "Carson", "say"}}},
		{"HavingParticiple", quote.Config{}, "Having announced that he would not send me to prison, Judge Berman read the sentence.",
			[]brief{{"he would not send me to prison", "Judge Berman", "announce"}}},
		{"NameDescriptionNameSaid", quote.Config{}, "Giovanni Vian, the editor of the newspaper, L'Osservatore Romano, said every pope was political.",
			[]brief{{"every pope was political", "Giovanni Vian, the editor of the newspaper, L'Osservatore Romano", "say"}}},
		{"TailAttributionWhenAsked", quote.Config{}, "“It was very nice,” the tycoon told Reuters in an interview when asked if he had met Trump.",
			[]brief{{"It was very nice", "the tycoon", "tell"}}},
		{"AdjunctAndTimeClauseAreNoContent", quote.Config{}, "On Tuesday, even as shares were tumbling, Ackman wrote to investors.", []brief{}},
		{"AccordingToAfterColon", quote.Config{}, "It has not gone unnoticed: According to recent polls, Trump holds only 14 percent of the vote.",
			[]brief{{"Trump holds only 14 percent of the vote", "recent polls", "according to"}}},
		{"ToldProgrammeWithNumber", quote.Config{}, "The minister told BBC Radio 4's Today programme: “We are talking about pay.”",
			[]brief{{"We are talking about pay.", "The minister", "tell"}}},
		{"NameAfterLowerCaseNounIsNamed", quote.Config{}, "Liberal Democrat spokeswoman for women Sandra Gidley said the plan was not enough.",
			[]brief{{"the plan was not enough", "Liberal Democrat spokeswoman for women Sandra Gidley", "say"}}},
		{"NewspaperReportsIsNoCue", quote.Config{}, "Dr Fox refused to discuss weekend newspaper reports that the party had repaid the loan.", []brief{}},
		{"CommitteeOfName", quote.Config{}, "A national body should be set up, a committee of MPs has said.",
			[]brief{{"A national body should be set up", "a committee of MPs", "say"}}},
		{"AskedForOrIsNoAct", quote.Config{}, "They got credit cards they never asked for or just were confused.", []brief{}},
		{"AccordingToOneWord", quote.Config{}, "According to MSNBC, basically.", []brief{}},
		{"WhatXSays", quote.Config{}, "The gap between what Trump says his plan would do and what it does is wide.", []brief{}},
		{"CallingOutIsNoAct", quote.Config{}, "The campaign expects Holt to act by calling out Trump for his supposed “lies” at the event.", []brief{}},
		{"ClaimsAsIsNoun", quote.Config{}, "PolitiFact rated 32% of Republican claims as “false” last year.", []brief{}},
		{"BySayingClauseWithQuotation", quote.Config{}, "Obama responded to a mother by saying his refusal to use the words “Islamic terrorism” was a “manufactured” issue.",
			[]brief{{"his refusal to use the words “Islamic terrorism” was a “manufactured” issue", "Obama", "say"}}},
		{"WithSomeTelling", quote.Config{}, "Opinion has been mixed, with some telling VOA they agree with the removal.",
			[]brief{{"they agree with the removal", "some", "tell"}}},
		{"SaidCommaCondition", quote.Config{}, "She said, if elected, she would ask Biden to lead the effort.",
			[]brief{{"if elected, she would ask Biden to lead the effort", "She", "say"}}},
		{"SuggestNameModal", quote.Config{}, "Critics suggest Europe can’t afford to defend Ukraine.",
			[]brief{{"Europe can’t afford to defend Ukraine", "Critics", "suggest"}}},
		{"SuggestedObject", quote.Config{}, "He suggested a more aggressive way for parents to pay.", []brief{}},
		{"WhatSheCalls", quote.Config{}, "Clinton praised her courage through what she calls a “war of unpleasant words.”", []brief{}},
		{"ReiteratedTheClaim", quote.Config{}, "Bugti and Chaudhry reiterated the claim that the attack was planned abroad.",
			[]brief{{"the attack was planned abroad", "Bugti and Chaudhry", "reiterate"}}},
		{"RejectedTheClaimIsNoQuote", quote.Config{}, "He rejected the claim that he lied.", []brief{}},
		{"MediaReportsSay", quote.Config{}, "Local media reports say the death toll may be higher.",
			[]brief{{"the death toll may be higher", "Local media reports", "say"}}},
		{"TimePhraseOpensSentence", quote.Config{}, "Hours later, Trump returned the compliment, telling Reuters, “We have been friends for a long time.”",
			[]brief{{"We have been friends for a long time.", "Trump", "tell"}}},
		{"RelativeClauseWithCommas", quote.Config{}, "Marco Rubio, whose hometown, Miami, is projected to flood, argues that the plan will hurt the economy.",
			[]brief{{"the plan will hurt the economy", "Marco Rubio, whose hometown, Miami, is projected to flood", "argue"}}},
		{"AgencyDateline", quote.Config{}, "PARIS, Aug 31 (Reuters) - France’s party leader, Marine Le Pen, voiced support for Trump, saying Clinton would bring war.",
			[]brief{{"Clinton would bring war", "Marine Le Pen", "say"}}},
		{"InvertedFormerTitle", quote.Config{}, "“What was marginal is mainstream,” said former Gov. Bill Richardson of New Mexico, a Democrat.",
			[]brief{{"What was marginal is mainstream", "former Gov. Bill Richardson of New Mexico", "say"}}},
		{"InvertedRoleThenName", quote.Config{}, "“I can guarantee that this will appear in an ad,” said pollster Frank Luntz.",
			[]brief{{"I can guarantee that this will appear in an ad", "pollster Frank Luntz", "say"}}},
		{"InvertedRolesThenNameAppositive", quote.Config{}, "The firm lobbied on behalf of the company, said lobbyist and strategist Charlie Black, a former partner.",
			[]brief{{"The firm lobbied on behalf of the company", "lobbyist and strategist Charlie Black", "say"}}},
		{"BracketedPartyThenComma", quote.Config{}, "After winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a wagon.”",
			[]brief{{"I’m getting ready to rent a wagon.", "Gov. John Kasich (R-OH)", "say"}}},
		{"ParticipleAppositiveBeforeVerb", quote.Config{}, "But Sen. Richard Durbin (D-Ill.), noting the size of the list, said, “He has a heck of an email list.”",
			[]brief{{"He has a heck of an email list.", "Sen. Richard Durbin (D-Ill.), noting the size of the list", "say"}}},
		{"CueInsideRelativeAppositive", quote.Config{}, "But Mr. Guerrero, a Republican who described himself as a Catholic, said he recoiled at the attacks.",
			[]brief{{"himself as a Catholic", "who", "describe"}, {"he recoiled at the attacks", "Mr. Guerrero, a Republican who described himself as a Catholic", "say"}}},
		{"AdverbAfterSubject", quote.Config{}, "Nearly eight in 10 voters overall said they have made up their mind.",
			[]brief{{"they have made up their mind", "Nearly eight in 10 voters", "say"}}},
		{"PronounAndNounSaid", quote.Config{}, "The manager yanked the arm of a reporter, she and another reporter said.",
			[]brief{{"The manager yanked the arm of a reporter", "she and another reporter", "say"}}},
		{"PercentSay", quote.Config{}, "A mere 9 percent say they only buy American goods.",
			[]brief{{"they only buy American goods", "A mere 9 percent", "say"}}},
		{"ToldLongOutletName", quote.Config{}, "Wilson told The Post and Courier newspaper of Charleston on Saturday that he voted for Rubio.",
			[]brief{{"he voted for Rubio", "Wilson", "tell"}}},
		{"SaysCommaAdjunctCommaClause", quote.Config{}, "Marco Rubio says, win or lose in the primary, he is staying in the race.",
			[]brief{{"win or lose in the primary, he is staying in the race", "Marco Rubio", "say"}}},
		{"FourInTenSay", quote.Config{}, "Most agree. About 4 in 10 say they want more liberal policies.",
			[]brief{{"they want more liberal policies", "4 in 10", "say"}}},
		{"ParentheticalThenLowerCaseQuotation", quote.Config{}, "That, the commission said, “would be helpful in avoiding uncertainty.”",
			[]brief{{"That, the commission said, “would be helpful in avoiding uncertainty.”", "the commission", "say"}}},
		{"GerundSubjectTail", quote.Config{}, "Seeing his brother suffer led him to avoid alcohol, he said.",
			[]brief{{"Seeing his brother suffer led him to avoid alcohol", "he", "say"}}},
		{"ThoughBetweenCommas", quote.Config{}, "In all, though, the justices are finding common ground, Professor Epstein said.",
			[]brief{{"In all, though, the justices are finding common ground", "Professor Epstein", "say"}}},
		{"PluralParentheticalSubject", quote.Config{}, "Mr. Obama, officials said, has become skeptical of the plan.",
			[]brief{{"Mr. Obama, officials said, has become skeptical of the plan", "officials", "say"}}},
		{"SaidFirst", quote.Config{}, "Said Comey, “The thought that an error on our part is connected to this is painful.”",
			[]brief{{"The thought that an error on our part is connected to this is painful.", "Comey", "say"}}},
		{"AddedFirstColon", quote.Config{}, "Smith spoke first. Added Jane Roe: “We will not give up.”",
			[]brief{{"We will not give up.", "Jane Roe", "add"}}},
		{"SaidIfCommaClause", quote.Config{}, "Sanders said if he were president, DACA and DAPA would be extended.",
			[]brief{{"if he were president, DACA and DAPA would be extended", "Sanders", "say"}}},
		{"GroupIncludingName", quote.Config{}, "Several candidates, including Trump, said the country should refuse more refugees.",
			[]brief{{"the country should refuse more refugees", "Several candidates, including Trump", "say"}}},
		{"ParticipleModifierInContent", quote.Config{}, "He said the plan, announced on Monday, would fail.",
			[]brief{{"the plan, announced on Monday, would fail", "He", "say"}}},
		{"BeliefOffByDefault", quote.Config{}, "Many Democrats believe that the race is close.", []brief{}},
		{"BeliefOn", quote.Config{Beliefs: true}, "Many Democrats believe that the race is close.",
			[]brief{{"the race is close", "Many Democrats", "believe"}}},
		{"EvidentialOffByDefault", quote.Config{}, "A new poll shows that Clinton leads in Ohio.", []brief{}},
		{"EvidentialOn", quote.Config{Evidentials: true}, "A new poll shows that Clinton leads in Ohio.",
			[]brief{{"Clinton leads in Ohio", "A new poll", "show"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(extractWith(t, tt.cfg, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quotes of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
