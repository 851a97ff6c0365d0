package quote_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/quote"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// got is the part of a quote the table tests compare.
type got struct {
	Text, Speaker, SpeakerText, Cue, CueLemma, Venue string
	Direct, Anonymous, Unclosed                      bool
}

func project(qs []dyad.Quote) []got {
	out := make([]got, 0, len(qs))
	for _, q := range qs {
		g := got{Text: q.Text, Cue: q.Cue, CueLemma: q.CueLemma, Venue: q.Venue, Direct: q.Direct, Unclosed: q.Unclosed}
		if q.Speaker != nil {
			g.Speaker, g.SpeakerText, g.Anonymous = q.Speaker.Name, q.Speaker.Text, q.Speaker.Anonymous
		}
		out = append(out, g)
	}
	return out
}

// extract runs the segmenter and the extractor on a document for text
// with the given mentions and times.
func extract(t testing.TB, text string, mentions []dyad.Mention, times []dyad.TimeExpr) *dyad.Document {
	t.Helper()
	doc := dyad.NewDocument(&dyad.Article{ID: "test", Text: text})
	seg, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := seg.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if mentions != nil {
		doc.Mentions = mentions
	}
	if times != nil {
		doc.Times = times
	}
	x, err := quote.New(quote.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Process(context.Background(), doc); err != nil {
		t.Fatalf("Process(%q): %v", text, err)
	}
	checkQuotes(t, text, doc.Quotes)
	return doc
}

func TestExtractor_Process(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []got
	}{
		{
			name: "SpeakerAfter",
			text: "“We will not give up our land,” Ukrainian President Volodymyr Zelenskyy said.",
			want: []got{{Text: "We will not give up our land", Speaker: "Volodymyr Zelenskyy", SpeakerText: "Ukrainian President Volodymyr Zelenskyy", Cue: "said", CueLemma: "say", Direct: true}},
		},
		{
			name: "SpeakerAfterInverted",
			text: "\"The deal is off,\" said Mr Blair.",
			want: []got{{Text: "The deal is off", Speaker: "Blair", SpeakerText: "Mr Blair", Cue: "said", CueLemma: "say", Direct: true}},
		},
		{
			name: "SpeakerBeforeColon",
			text: "Ms Hewitt said: \"We have already doubled the length of maternity pay.\"",
			want: []got{{Text: "We have already doubled the length of maternity pay.", Speaker: "Hewitt", SpeakerText: "Ms Hewitt", Cue: "said", CueLemma: "say", Direct: true}},
		},
		{
			name: "SpeakerInTheMiddle",
			text: "“We were close,” the envoy Steve Witkoff told CNN. “Then the talks stalled.”",
			want: []got{
				{Text: "We were close", Speaker: "Steve Witkoff", SpeakerText: "the envoy Steve Witkoff", Cue: "told", CueLemma: "tell", Venue: "CNN", Direct: true},
				{Text: "Then the talks stalled.", Speaker: "Steve Witkoff", SpeakerText: "the envoy Steve Witkoff", Cue: "told", CueLemma: "tell", Venue: "CNN", Direct: true},
			},
		},
		{
			name: "SpeakerInsideSentence",
			text: "“We will,” he said, “win this war.”",
			want: []got{
				{Text: "We will", Speaker: "he", SpeakerText: "he", Cue: "said", CueLemma: "say", Direct: true},
				{Text: "win this war.", Speaker: "he", SpeakerText: "he", Cue: "said", CueLemma: "say", Direct: true},
			},
		},
		{
			name: "NestedAndApostrophes",
			text: "“That’s Zelenskyy’s call: he said ‘never again’ to me,” the official explained.",
			want: []got{{Text: "That’s Zelenskyy’s call: he said ‘never again’ to me", Speaker: "the official", SpeakerText: "the official", Cue: "explained", CueLemma: "explain", Direct: true, Anonymous: true}},
		},
		{
			name: "ScareQuoteIsNotAQuote",
			text: "The Tories dismissed the plan as \"desperate\" on Monday.",
			want: []got{},
		},
		{
			name: "ShortQuoteWithCue",
			text: "On Sunday, Trump declared “BIG PROGRESS ON RUSSIA” in a social media update.",
			want: []got{{Text: "BIG PROGRESS ON RUSSIA", Speaker: "Trump", SpeakerText: "Trump", Cue: "declared", CueLemma: "declare", Venue: "social media", Direct: true}},
		},
		{
			name: "UnclosedRunsToParagraphEnd",
			text: "Smith said: “We will win the vote and then\nThe vote was held on Monday.",
			want: []got{{Text: "We will win the vote and then", Speaker: "Smith", SpeakerText: "Smith", Cue: "said", CueLemma: "say", Direct: true, Unclosed: true}},
		},
		{
			name: "UnclosedEndsAtItsReportingClause",
			text: "Smith said in an interview with CBS on Sunday that a deal was close.\n\"This is unbalanced, Jones said on Monday.",
			want: []got{
				{Text: "a deal was close", Speaker: "Smith", SpeakerText: "Smith", Cue: "said", CueLemma: "say", Venue: "CBS"},
				{Text: "This is unbalanced", Speaker: "Jones", SpeakerText: "Jones", Cue: "said", CueLemma: "say", Direct: true, Unclosed: true},
			},
		},
		{
			name: "UnclosedCommaWithoutClauseRunsOn",
			text: "Smith said: \"This is unbalanced, and Jones knows it.",
			want: []got{{Text: "This is unbalanced, and Jones knows it.", Speaker: "Smith", SpeakerText: "Smith", Cue: "said", CueLemma: "say", Direct: true, Unclosed: true}},
		},
		{
			name: "MultiParagraphQuote",
			text: "Smith said: “We will win the vote.\n“And then we will govern.”\nThe vote is on Monday.",
			want: []got{{Text: "We will win the vote.\n“And then we will govern.", Speaker: "Smith", SpeakerText: "Smith", Cue: "said", CueLemma: "say", Direct: true}},
		},
		{
			name: "ContinuationParagraph",
			text: "“We will win,” Smith said.\n“They know it too.”\nThe vote is on Monday.",
			want: []got{
				{Text: "We will win", Speaker: "Smith", SpeakerText: "Smith", Cue: "said", CueLemma: "say", Direct: true},
				{Text: "They know it too.", Speaker: "Smith", SpeakerText: "Smith", Cue: "said", CueLemma: "say", Direct: true},
			},
		},
		{
			name: "RunTogetherParagraphs",
			text: "Ms Hewitt said: \"We have doubled it. \"We are going further.\" She left.",
			want: []got{{Text: "We have doubled it. \"We are going further.", Speaker: "Hewitt", SpeakerText: "Ms Hewitt", Cue: "said", CueLemma: "say", Direct: true}},
		},
		{
			name: "PronounSpeaker",
			text: "Steve Witkoff told CNN the talks had stalled. He said it was “the first time we had ever heard the Russians agree to that.”",
			want: []got{
				{Text: "the talks had stalled", Speaker: "Steve Witkoff", SpeakerText: "Steve Witkoff", Cue: "told", CueLemma: "tell", Venue: "CNN", Direct: false},
				// The same speaker going on in the next sentence speaks
				// in the same interview.
				{Text: "it was “the first time we had ever heard the Russians agree to that.”", Speaker: "Steve Witkoff", SpeakerText: "He", Cue: "said", CueLemma: "say", Venue: "CNN", Direct: true},
			},
		},
		{
			name: "VenueNotCarriedToAnotherSpeaker",
			text: "Steve Witkoff told CNN the talks had stalled. Marco Rubio said the talks would go on.",
			want: []got{
				{Text: "the talks had stalled", Speaker: "Steve Witkoff", SpeakerText: "Steve Witkoff", Cue: "told", CueLemma: "tell", Venue: "CNN"},
				{Text: "the talks would go on", Speaker: "Marco Rubio", SpeakerText: "Marco Rubio", Cue: "said", CueLemma: "say"},
			},
		},
		{
			name: "VenueNotCarriedToAccordingTo",
			text: "Steve Witkoff told CNN the talks had stalled. The deal is far off, according to Witkoff.",
			want: []got{
				{Text: "the talks had stalled", Speaker: "Steve Witkoff", SpeakerText: "Steve Witkoff", Cue: "told", CueLemma: "tell", Venue: "CNN"},
				{Text: "The deal is far off", Speaker: "Steve Witkoff", SpeakerText: "Witkoff", Cue: "according to", CueLemma: "according to"},
			},
		},
		{
			name: "VenueNotCarriedFarAway",
			text: "Steve Witkoff told CNN the talks had stalled. The vote is on Monday. Nobody knows the outcome. Witkoff said the talks would go on.",
			want: []got{
				{Text: "the talks had stalled", Speaker: "Steve Witkoff", SpeakerText: "Steve Witkoff", Cue: "told", CueLemma: "tell", Venue: "CNN"},
				{Text: "the talks would go on", Speaker: "Steve Witkoff", SpeakerText: "Witkoff", Cue: "said", CueLemma: "say"},
			},
		},
		{
			name: "IndirectThat",
			text: "Witkoff told Fox News that Russia had agreed to pass a law.",
			want: []got{{Text: "Russia had agreed to pass a law", Speaker: "Witkoff", SpeakerText: "Witkoff", Cue: "told", CueLemma: "tell", Venue: "Fox News"}},
		},
		{
			name: "IndirectBare",
			text: "Sources briefed on Moscow’s thinking told Reuters news agency the leaders have discussed proposals.",
			want: []got{{Text: "the leaders have discussed proposals", Speaker: "Sources briefed on Moscow’s thinking", SpeakerText: "Sources briefed on Moscow’s thinking", Cue: "told", CueLemma: "tell", Venue: "Reuters", Anonymous: true}},
		},
		{
			name: "IndirectAlluded",
			text: "Senior Trump administration officials have alluded that the status of Donbas is under discussion.",
			want: []got{{Text: "the status of Donbas is under discussion", Speaker: "Senior Trump administration officials", SpeakerText: "Senior Trump administration officials", Cue: "alluded", CueLemma: "allude", Anonymous: true}},
		},
		{
			name: "IndirectClauseBefore",
			text: "The talks in Geneva had failed, officials said on Sunday.",
			want: []got{{Text: "The talks in Geneva had failed", Speaker: "officials", SpeakerText: "officials", Cue: "said", CueLemma: "say", Anonymous: true}},
		},
		{
			name: "AccordingTo",
			text: "According to a spokesperson for the Kremlin, the summit will go ahead.",
			want: []got{{Text: "the summit will go ahead", Speaker: "a spokesperson for the Kremlin", SpeakerText: "a spokesperson for the Kremlin", Cue: "According to", CueLemma: "according to", Anonymous: true}},
		},
		{
			name: "AccordingToLongSource",
			text: "According to a poll from Florida Atlantic University broadcast on MSNBC, Trump leads the field.",
			want: []got{{Text: "Trump leads the field", Speaker: "a poll", SpeakerText: "a poll", Cue: "According to", CueLemma: "according to", Venue: "MSNBC"}},
		},
		{
			name: "WithNounSaying",
			text: "The ministry closed the border, with officials saying this is for security reasons.",
			want: []got{{Text: "this is for security reasons", Speaker: "officials", SpeakerText: "officials", Cue: "saying", CueLemma: "say", Anonymous: true}},
		},
		{
			name: "AccordingToTweetBy",
			text: "“The airline carries weapons across the region,” according to a tweet on Monday by Foreign Minister Anna Berg.",
			want: []got{{Text: "The airline carries weapons across the region", Speaker: "Anna Berg", SpeakerText: "Foreign Minister Anna Berg", Cue: "according to", CueLemma: "according to", Venue: "tweet", Direct: true}},
		},
		{
			name: "AgreeWith",
			text: "The judge agreed with Lund that there was no reason to intrude.",
			want: []got{{Text: "there was no reason to intrude", Speaker: "The judge", SpeakerText: "The judge", Cue: "agreed with", CueLemma: "agree", Anonymous: false}},
		},
		{
			name: "AccordingToRelativeClause",
			text: "According to a senior official, who spoke to Reuters on condition of anonymity, the talks had stalled.",
			want: []got{{Text: "the talks had stalled", Speaker: "a senior official", SpeakerText: "a senior official", Cue: "According to", CueLemma: "according to", Venue: "Reuters", Anonymous: true}},
		},
		{
			name: "AccordingToAfter",
			text: "The summit will go ahead, according to Dmitry Peskov.",
			want: []got{{Text: "The summit will go ahead", Speaker: "Dmitry Peskov", SpeakerText: "Dmitry Peskov", Cue: "according to", CueLemma: "according to"}},
		},
		{
			name: "AddingThat",
			text: "Rubio said the talks were useful, adding that more work was needed.",
			want: []got{
				{Text: "the talks were useful", Speaker: "Rubio", SpeakerText: "Rubio", Cue: "said", CueLemma: "say"},
				{Text: "more work was needed", Speaker: "Rubio", SpeakerText: "Rubio", Cue: "adding", CueLemma: "add"},
			},
		},
		{
			name: "VenueInterview",
			text: "“If peace is unachievable, we will fight,” US secretary of state Marco Rubio stated in an interview with CBS.",
			want: []got{{Text: "If peace is unachievable, we will fight", Speaker: "Marco Rubio", SpeakerText: "US secretary of state Marco Rubio", Cue: "stated", CueLemma: "state", Venue: "CBS", Direct: true}},
		},
		{
			name: "VenuePlatform",
			text: "Trump wrote on Truth Social that the meeting went very well.",
			want: []got{{Text: "the meeting went very well", Speaker: "Trump", SpeakerText: "Trump", Cue: "wrote", CueLemma: "write", Venue: "Truth Social"}},
		},
		{
			name: "VenueStatement",
			text: "The ministry said in a statement that two drones were shot down.",
			want: []got{{Text: "two drones were shot down", Speaker: "The ministry", SpeakerText: "The ministry", Cue: "said", CueLemma: "say", Venue: "statement"}},
		},
		{
			name: "VenueNewsConference",
			text: "Macron said at a news conference that Europe would stand by Ukraine.",
			want: []got{{Text: "Europe would stand by Ukraine", Speaker: "Macron", SpeakerText: "Macron", Cue: "said", CueLemma: "say", Venue: "news conference"}},
		},
		{
			name: "VenueReporters",
			text: "Starmer told reporters the coalition was ready.",
			want: []got{{Text: "the coalition was ready", Speaker: "Starmer", SpeakerText: "Starmer", Cue: "told", CueLemma: "tell", Venue: "reporters"}},
		},
		{
			name: "VenueToldNewsConference",
			text: "Zelenskyy told a news conference in Kyiv that the front was holding.",
			want: []got{{Text: "the front was holding", Speaker: "Zelenskyy", SpeakerText: "Zelenskyy", Cue: "told", CueLemma: "tell", Venue: "news conference"}},
		},
		{
			name: "VenuePlatformPost",
			text: "The minister wrote in a Facebook post that the talks had failed.",
			want: []got{{Text: "the talks had failed", Speaker: "The minister", SpeakerText: "The minister", Cue: "wrote", CueLemma: "write", Venue: "Facebook"}},
		},
		{
			name: "VenueInterviewTimeWith",
			text: "In an interview Thursday with VOA's Serbian Service, Mayor Ana Kos said the bridge would reopen.",
			want: []got{{Text: "the bridge would reopen", Speaker: "Ana Kos", SpeakerText: "Mayor Ana Kos", Cue: "said", CueLemma: "say", Venue: "VOA's Serbian Service"}},
		},
		{
			name: "VenueAskedBy",
			text: "Asked by Reuters whether the army would withdraw, General Ivan Petrov said the troops would stay.",
			want: []got{{Text: "the troops would stay", Speaker: "Ivan Petrov", SpeakerText: "General Ivan Petrov", Cue: "said", CueLemma: "say", Venue: "Reuters"}},
		},
		{
			name: "VenueQuestionFrom",
			text: "Responding to a question from AFP, the spokesman said the embassy would reopen.",
			want: []got{{Text: "the embassy would reopen", Speaker: "the spokesman", SpeakerText: "the spokesman", Cue: "said", CueLemma: "say", Venue: "AFP", Anonymous: true}},
		},
		{
			name: "VenueDescribedOutlet",
			text: "“We are ready,” Foreign Minister Ivan Dacic told state broadcaster RTS.",
			want: []got{{Text: "We are ready", Speaker: "Ivan Dacic", SpeakerText: "Foreign Minister Ivan Dacic", Cue: "told", CueLemma: "tell", Venue: "RTS", Direct: true}},
		},
		{
			name: "VenueNamedBody",
			text: "Speaking at the European Parliament, Commissioner Ana Ruiz said the plan was ready.",
			want: []got{{Text: "the plan was ready", Speaker: "Ana Ruiz", SpeakerText: "Commissioner Ana Ruiz", Cue: "said", CueLemma: "say", Venue: "the European Parliament"}},
		},
		{
			name: "VenueNotWhereACaseEnds",
			text: "Although the case can end up at the U.S. Supreme Court, the lawyer says that rarely happens.",
			want: []got{{Text: "rarely happens", Speaker: "the lawyer", SpeakerText: "the lawyer", Cue: "says", CueLemma: "say"}},
		},
		{
			name: "VenueDescribedOutletWithOf",
			text: "Speaking to newspaper Star of Mysore, the pilot said the train was on time.",
			want: []got{{Text: "the train was on time", Speaker: "the pilot", SpeakerText: "the pilot", Cue: "said", CueLemma: "say", Venue: "Star of Mysore"}},
		},
		{
			name: "VenueNotAMeeting",
			text: "Speaking at the meeting, Commissioner Ana Ruiz said the plan was ready.",
			want: []got{{Text: "the plan was ready", Speaker: "Ana Ruiz", SpeakerText: "Commissioner Ana Ruiz", Cue: "said", CueLemma: "say"}},
		},
		{
			name: "VenueToldMedia",
			text: "Prime Minister Omar Khan told media that 300 passengers were rescued.",
			want: []got{{Text: "300 passengers were rescued", Speaker: "Omar Khan", SpeakerText: "Prime Minister Omar Khan", Cue: "told", CueLemma: "tell", Venue: "media"}},
		},
		{
			name: "VenueUnnamedOutlet",
			text: "A government official told a local radio station that the suspect had fled.",
			want: []got{{Text: "the suspect had fled", Speaker: "A government official", SpeakerText: "A government official", Cue: "told", CueLemma: "tell", Venue: "a local radio station", Anonymous: true}},
		},
		{
			name: "VenueWroteInNewspaper",
			text: "“The port is strategic,” analyst Ravi Menon wrote in the Deccan Chronicle newspaper.",
			want: []got{{Text: "The port is strategic", Speaker: "Ravi Menon", SpeakerText: "analyst Ravi Menon", Cue: "wrote", CueLemma: "write", Venue: "Deccan Chronicle", Direct: true}},
		},
		{
			name: "VenueInterviewWithUnknownOutlet",
			text: "In an interview with Kathimerini, Mayor Ana Kos said the port would reopen.",
			want: []got{{Text: "the port would reopen", Speaker: "Ana Kos", SpeakerText: "Mayor Ana Kos", Cue: "said", CueLemma: "say", Venue: "Kathimerini"}},
		},
		{
			name: "VenueSocialMediaPosting",
			text: "“We must work together,” the president wrote in a social media posting.",
			want: []got{{Text: "We must work together", Speaker: "the president", SpeakerText: "the president", Cue: "wrote", CueLemma: "write", Venue: "social media", Direct: true}},
		},
		{
			name: "VenuePostedToPlatform",
			text: "“The bridge is open,” the minister said in a video posted to Telegram.",
			want: []got{{Text: "The bridge is open", Speaker: "the minister", SpeakerText: "the minister", Cue: "said", CueLemma: "say", Venue: "Telegram", Direct: true}},
		},
		{
			name: "VenueAdjectiveBeforeSetting",
			text: "The president said in his nightly video address that the front was stable.",
			want: []got{{Text: "the front was stable", Speaker: "The president", SpeakerText: "The president", Cue: "said", CueLemma: "say", Venue: "video address"}},
		},
		{
			name: "VenueOutletAfterPossessor",
			text: "Lavrov told Russia's RIA Novosti news agency that talks were possible.",
			want: []got{{Text: "talks were possible", Speaker: "Lavrov", SpeakerText: "Lavrov", Cue: "told", CueLemma: "tell", Venue: "RIA Novosti"}},
		},
		{
			name: "VenueOutletBeforeProgramme",
			text: "Starmer told the BBC's Today programme that Britain was ready.",
			want: []got{{Text: "Britain was ready", Speaker: "Starmer", SpeakerText: "Starmer", Cue: "told", CueLemma: "tell", Venue: "BBC"}},
		},
		{
			name: "VenueStateMedia",
			text: "Lavrov told state media that the talks were useful.",
			want: []got{{Text: "the talks were useful", Speaker: "Lavrov", SpeakerText: "Lavrov", Cue: "told", CueLemma: "tell", Venue: "state media"}},
		},
		{
			name: "VenueOnShow",
			text: "Rubio said on NBC's Meet the Press that sanctions remained on the table.",
			want: []got{{Text: "sanctions remained on the table", Speaker: "Rubio", SpeakerText: "Rubio", Cue: "said", CueLemma: "say", Venue: "NBC's Meet the Press"}},
		},
		{
			name: "VenuePostOnX",
			text: "Trump said in a post on X that the deal was done.",
			want: []got{{Text: "the deal was done", Speaker: "Trump", SpeakerText: "Trump", Cue: "said", CueLemma: "say", Venue: "X"}},
		},
		{
			name: "HeadlineIsNotReportedSpeech",
			text: "Putin agreed to Ukraine security protections at summit, US envoy says\nThe war goes on.",
			want: []got{},
		},
		{
			name: "SaidNothing",
			text: "The minister said nothing about the talks.",
			want: []got{},
		},
		{
			name: "UnitedStatesIsNotACue",
			text: "The United States sent more aid to Ukraine.",
			want: []got{},
		},
		{
			name: "AppositiveSpeaker",
			text: "David Frost, director general of the British Chambers of Commerce, warned that small firms could be crippled.",
			want: []got{{Text: "small firms could be crippled", Speaker: "David Frost", SpeakerText: "David Frost, director general of the British Chambers of Commerce", Cue: "warned", CueLemma: "warn"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extract(t, tt.text, nil, nil)
			if diff := cmp.Diff(tt.want, project(doc.Quotes)); diff != "" {
				t.Errorf("Process(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_Mentions checks that speakers resolve through the actors
// stage's mentions: the mention overlapping the speaker phrase gives the
// canonical name and code, and a pronoun mention follows its antecedent.
func TestExtractor_Mentions(t *testing.T) {
	text := "“We are ready,” said Zelenskyy. Later he told CNN that the talks were over."
	at := func(s string, from int) dyad.Span {
		i := from + len(text[from:]) - len(text[from:]) // keep from
		for ; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return dyad.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in text", s)
		return dyad.Span{}
	}
	zs := at("Zelenskyy", 0)
	hs := at("he told", 0)
	hs.End = hs.Start + 2
	zero := 0
	mentions := []dyad.Mention{
		{Span: zs, Text: "Zelenskyy", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Code: "UKRGOV", Name: "Volodymyr Zelenskyy", Kind: dyad.ActorPerson}},
		{Span: hs, Text: "he", Kind: dyad.MentionPronoun, Antecedent: &zero},
	}
	doc := extract(t, text, mentions, nil)
	if len(doc.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(doc.Quotes), project(doc.Quotes))
	}
	for i, q := range doc.Quotes {
		sp := q.Speaker
		if sp == nil || sp.Name != "Volodymyr Zelenskyy" || sp.Code != "UKRGOV" || sp.Mention == nil || *sp.Mention != i {
			t.Errorf("quote %d speaker = %+v, want Volodymyr Zelenskyy UKRGOV from mention %d", i, sp, i)
		}
	}
}

// TestExtractor_Date checks that a time expression in the reporting
// clause dates the quote, and one inside the content does not.
func TestExtractor_Parts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each part's text; nil when the quote has none
	}{
		{"ParagraphsReopened", "Smith said: “We will win the vote.\n“And then we will govern.”\nThe vote is on Monday.", []string{"We will win the vote.", "And then we will govern."}},
		{"StraightMarks", "Smith said: \"We will see.\n\"It is not over.\"", []string{"We will see.", "It is not over."}},
		{"OneParagraph", "Smith said: “We will win the vote and then govern.”", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extract(t, tt.text, nil, nil)
			if len(doc.Quotes) != 1 {
				t.Fatalf("Quotes(%q) = %v, want one", tt.text, project(doc.Quotes))
			}
			var got []string
			for _, p := range doc.Quotes[0].Parts {
				got = append(got, tt.text[p.Start:p.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quotes(%q)[0].Parts (-want +got):\n%s", tt.text, diff)
			}
			if err := doc.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
		})
	}
}

func TestExtractor_Date(t *testing.T) {
	text := "“We won the concession,” Witkoff told CNN on Sunday. Rubio said the summit would be held on Friday."
	sun := dyad.Span{Start: len("“We won the concession,” Witkoff told CNN on "), End: len("“We won the concession,” Witkoff told CNN on Sunday")}
	fri := len("“We won the concession,” Witkoff told CNN on Sunday. Rubio said the summit would be held on ")
	times := []dyad.TimeExpr{
		{Span: sun, Text: "Sunday", Type: dyad.TimeDate, Value: "2025-08-17"},
		{Span: dyad.Span{Start: fri, End: fri + len("Friday")}, Text: "Friday", Type: dyad.TimeDate, Value: "2025-08-22"},
	}
	doc := extract(t, text, nil, times)
	if len(doc.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2", len(doc.Quotes))
	}
	if d := doc.Quotes[0].Date; d == nil || *d != "2025-08-17" {
		t.Errorf("quote 0 date = %v, want 2025-08-17", d)
	}
	if d := doc.Quotes[1].Date; d != nil {
		t.Errorf("quote 1 date = %q, want nil (the date is in the content)", *d)
	}
}

func TestExtractor_Errors(t *testing.T) {
	x, err := quote.New(quote.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("ErrNoArticle", func(t *testing.T) {
		err := x.Process(context.Background(), &dyad.Document{})
		if dyad.ErrorCode(err) != dyad.CodeInvalid {
			t.Errorf("Process(no article) = %v, want code %s", err, dyad.CodeInvalid)
		}
	})
	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := x.Process(ctx, dyad.NewDocument(&dyad.Article{Text: "He said “yes.”"})); err == nil {
			t.Error("Process(canceled ctx) = nil, want error")
		}
	})
	t.Run("OKWithoutSentences", func(t *testing.T) {
		doc := dyad.NewDocument(&dyad.Article{Text: "“Yes we can,” Obama said."})
		if err := x.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 1 {
			t.Errorf("got %d quotes, want 1", len(doc.Quotes))
		}
	})
}

// TestExtractor_PronounRecentPerson checks that "he" goes to a person
// named after the last speaker when there is one, and to the last
// speaker otherwise; and that "he" never goes to a plural source.
func TestExtractor_PronounRecentPerson(t *testing.T) {
	text := "“We will win,” Smith said. Then Jones arrived. He said the talks were over. Researchers warn that prices will rise. He added that nothing had changed."
	span := func(s string) dyad.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return dyad.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in text", s)
		return dyad.Span{}
	}
	person := func(s, name string) dyad.Mention {
		return dyad.Mention{Span: span(s), Text: s, Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: name, Kind: dyad.ActorPerson, Code: "USA"}}
	}
	doc := extract(t, text, []dyad.Mention{person("Smith", "John Smith"), person("Jones", "Ann Jones")}, nil)
	var names []string
	for _, q := range doc.Quotes {
		names = append(names, q.Speaker.Name)
	}
	want := []string{"John Smith", "Ann Jones", "Researchers", "Ann Jones"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
}

// TestExtractor_NotQuotes lists sentences with a reporting verb or a
// quotation that report no speech: passives, nouns, objects, titles.
func TestExtractor_NotQuotes(t *testing.T) {
	for _, text := range []string{
		"He was told to leave the building.",
		"It was reported that the deal collapsed.",
		"Officials were told that the deal collapsed.",
		"Putin, who has said little about the talks, met Trump in Alaska.",
		"The minister noted the rise in prices.",
		"The army added 500 troops to the border.",
		"Russia denied the report.",
		"The company announced a new plan.",
		"Scottish ministers will have the final say on the casino.",
		"In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley wrote about savings.",
		"The media reports were not accurate.",
		"The Tories dismissed the plan as “desperate”.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := extract(t, text, nil, nil)
			if len(doc.Quotes) != 0 {
				t.Errorf("Process(%q) = %+v, want no quotes", text, project(doc.Quotes))
			}
		})
	}
}

// TestExtractor_PronounNotInsideQuote checks that "he" is not resolved
// to a person named inside the quotation it attributes.
func TestExtractor_PronounNotInsideQuote(t *testing.T) {
	text := "“We will win,” Smith said. Clinton “caused tremendous havoc and death,” he said."
	span := func(s string) dyad.Span {
		i := strings.Index(text, s)
		return dyad.Span{Start: i, End: i + len(s)}
	}
	mentions := []dyad.Mention{
		{Span: span("Smith"), Text: "Smith", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "John Smith", Kind: dyad.ActorPerson}},
		{Span: span("Clinton"), Text: "Clinton", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "Hillary Clinton", Kind: dyad.ActorPerson}},
	}
	doc := extract(t, text, mentions, nil)
	if len(doc.Quotes) != 2 || doc.Quotes[1].Speaker == nil || doc.Quotes[1].Speaker.Name != "John Smith" {
		t.Errorf("quotes = %+v, want the second by John Smith", project(doc.Quotes))
	}
}

// TestExtractor_SpeakerHeads checks speakers resolved through the actors
// stage's mentions: a body with a code but no name is still an unnamed
// source, and a person named before "of" heads the phrase, also for a
// pronoun that follows.
func TestExtractor_SpeakerHeads(t *testing.T) {
	span := func(text, s string) dyad.Span {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, text)
		}
		return dyad.Span{Start: i, End: i + len(s)}
	}
	t.Run("CodedBodyIsAnonymous", func(t *testing.T) {
		text := "Authorities said the group was making bombs."
		m := []dyad.Mention{{Span: span(text, "Authorities"), Text: "Authorities", Kind: dyad.MentionRole,
			Actor: &dyad.Actor{Code: "MARGOV", Name: "Authorities", Kind: dyad.ActorState}}}
		doc := extract(t, text, m, nil)
		want := []got{{Text: "the group was making bombs", Speaker: "Authorities", SpeakerText: "Authorities", Cue: "said", CueLemma: "say", Anonymous: true}}
		if diff := cmp.Diff(want, project(doc.Quotes)); diff != "" {
			t.Errorf("quotes (-want +got):\n%s", diff)
		}
		if sp := doc.Quotes[0].Speaker; sp.Code != "MARGOV" {
			t.Errorf("speaker code = %q, want MARGOV kept", sp.Code)
		}
	})
	t.Run("TheGroupIsTheLastNamedGroup", func(t *testing.T) {
		text := "Gunmen of the Red Hand Front and local soldiers clashed near the dam. In a statement, the group said it had killed four guards."
		m := []dyad.Mention{
			{Span: span(text, "Red Hand Front"), Text: "Red Hand Front", Kind: dyad.MentionOrg,
				Actor: &dyad.Actor{Code: "XYZREBRHF", Name: "Red Hand Front", Kind: dyad.ActorGroup}},
			{Span: span(text, "local soldiers"), Text: "local soldiers", Kind: dyad.MentionRole,
				Actor: &dyad.Actor{Code: "XYZMIL", Name: "local soldiers", Kind: dyad.ActorGroup}},
		}
		doc := extract(t, text, m, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "Red Hand Front" || doc.Quotes[0].Speaker.Code != "XYZREBRHF" {
			t.Errorf("quotes = %+v, want one by the Red Hand Front", project(doc.Quotes))
		}
	})
	t.Run("LeadRoleNamedAfter", func(t *testing.T) {
		text := "The regional envoy for the Great Lakes is calling for calm on the border. Anna Berg issued her appeal on Friday."
		m := []dyad.Mention{
			{Span: span(text, "The regional envoy"), Text: "The regional envoy", Kind: dyad.MentionRole,
				Actor: &dyad.Actor{Code: "IGO", Kind: dyad.ActorPerson, Role: "Envoy"}},
			{Span: span(text, "Anna Berg"), Text: "Anna Berg", Kind: dyad.MentionPerson,
				Actor: &dyad.Actor{Code: "IGO", Kind: dyad.ActorPerson, Name: "Anna Berg", Role: "Regional Envoy for the Great Lakes"}},
		}
		doc := extract(t, text, m, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "Anna Berg" {
			t.Errorf("quotes = %+v, want one by Anna Berg", project(doc.Quotes))
		}
	})
	t.Run("InitialsSpelledOut", func(t *testing.T) {
		text := "The U.N. says the fighting displaced millions."
		m := []dyad.Mention{{Span: span(text, "U.N."), Text: "U.N.", Kind: dyad.MentionOrg,
			Actor: &dyad.Actor{Code: "IGOUNO", Name: "U.N.", Kind: dyad.ActorIGO}}}
		doc := extract(t, text, m, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "United Nations" {
			t.Errorf("quotes = %+v, want one by the United Nations", project(doc.Quotes))
		}
	})
	t.Run("PlaceAfterName", func(t *testing.T) {
		doc := extract(t, "“Signals are down,” railway controller Ali Khan in Quetta told VOA.", nil, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "Ali Khan" {
			t.Errorf("quotes = %+v, want one by Ali Khan", project(doc.Quotes))
		}
	})
	t.Run("RoleForPlace", func(t *testing.T) {
		for text, want := range map[string]string{
			"The U.N. special envoy for Syria said the talks had failed.":            "The U.N. special envoy for Syria",
			"The U.N. special envoy for Syria, Geir Roe, said the talks had failed.": "Geir Roe",
		} {
			doc := extract(t, text, nil, nil)
			if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != want {
				t.Errorf("quotes of %q = %+v, want one by %q", text, project(doc.Quotes), want)
			}
		}
	})
	t.Run("VenueInParentheticalClause", func(t *testing.T) {
		doc := extract(t, "Trump, Sexton said on CNN, has created a “strange, reality-bending zone.”", nil, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Venue != "CNN" {
			t.Errorf("quotes = %+v, want one with venue CNN", project(doc.Quotes))
		}
	})
	t.Run("NameBeforeDescription", func(t *testing.T) {
		doc := extract(t, "Giovanni Vian, the editor of the newspaper, L'Osservatore Romano, said every pope was political.", nil, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "Giovanni Vian" {
			t.Errorf("quotes = %+v, want one by Giovanni Vian", project(doc.Quotes))
		}
	})
	t.Run("SpokeswomanForNoun", func(t *testing.T) {
		for text, want := range map[string]got{
			"Liberal Democrat spokeswoman for women Sandra Gidley said the plan was not enough.": {Speaker: "Sandra Gidley"},
			"A spokesman for Foreign Minister Sergei Lavrov said the talks failed.":              {Speaker: "A spokesman for Foreign Minister Sergei Lavrov", Anonymous: true},
			"The minister told BBC Radio 4's Today programme: “We are talking about pay.”":       {Speaker: "The minister", Venue: "BBC Radio 4"},
			"A national body should be set up, a committee of MPs has said.":                     {Speaker: "a committee of MPs"},
			"Bugti and Chaudhry said the attack was planned abroad.":                             {Speaker: "Bugti"},
			"Military spokesman Col. Ahmed Khan said the attack was repelled.":                   {Speaker: "Ahmed Khan"},
			"Several candidates, including Trump, said the country should refuse more refugees.": {Speaker: "Several candidates"},
			"Rights groups say the new law breaks treaty obligations.":                           {Speaker: "Rights groups", Anonymous: true},
			"According to court documents, the two men were paid in cash.":                       {Speaker: "court documents", Anonymous: true},
			"Press freedom advocates say the arrest was meant to silence him.":                   {Speaker: "Press freedom advocates", Anonymous: true},
			"A senior official, whom they did not name, said the talks had stalled.":             {Speaker: "A senior official", Anonymous: true},
		} {
			doc := extract(t, text, nil, nil)
			if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil {
				t.Errorf("quotes of %q = %+v, want one", text, project(doc.Quotes))
				continue
			}
			q := doc.Quotes[0]
			if q.Speaker.Name != want.Speaker || q.Speaker.Anonymous != want.Anonymous || q.Venue != want.Venue {
				t.Errorf("quote of %q: speaker %q anonymous %v venue %q, want %q %v %q", text, q.Speaker.Name, q.Speaker.Anonymous, q.Venue, want.Speaker, want.Anonymous, want.Venue)
			}
		}
	})
	t.Run("AudiencesAndOccasions", func(t *testing.T) {
		for text, want := range map[string]string{
			"The defendant told jurors that he had been paid to watch the house.":                             "jurors",
			"A former guard told a court on Monday that the prisoners were beaten.":                           "a court",
			"The ambassador told the U.N. Security Council that the vote was a mistake.":                      "the U.N. Security Council",
			"The ambassador told council members that the vote was a mistake.":                                "council members",
			"In her testimony Wednesday, Berg said she saw the car twice.":                                    "testimony",
			"During opening statements, prosecutor Anna Berg said the men were hired.":                        "opening statements",
			"“We will not give up,” Berg wrote in the post.":                                                  "post",
			"“Talks will resume soon,” Berg wrote in a post on social media platform X.":                      "social media platform X",
			"The minister responded to the rules via Twitter: “We reject the new measure.”":                   "Twitter",
			"The minister told his lawyer the court had been unfair.":                                         "",
			"Speaking to British lawmakers last month, Berg said the base was vital.":                         "British lawmakers",
			"Reuters reported on Monday a senior official, whom it did not name, said the talks had stalled.": "Reuters",
			"NPR reported Anna Berg, the acting mayor, said the bridge would stay closed.":                    "NPR",
		} {
			doc := extract(t, text, nil, nil)
			if len(doc.Quotes) != 1 {
				t.Errorf("quotes of %q = %+v, want one", text, project(doc.Quotes))
				continue
			}
			if v := doc.Quotes[0].Venue; v != want {
				t.Errorf("venue of %q = %q, want %q", text, v, want)
			}
		}
	})
	t.Run("ForcesArePolice", func(t *testing.T) {
		doc := extract(t, "Security forces in Somalia say they killed the attackers. Police said two men were arrested. Survivors told VOA the gunmen singled out soldiers.", nil, nil)
		for _, q := range doc.Quotes {
			if q.Speaker == nil || !q.Speaker.Anonymous {
				t.Errorf("quote %q: speaker %+v, want an anonymous source", q.Text, q.Speaker)
			}
		}
		if len(doc.Quotes) != 3 {
			t.Errorf("got %d quotes, want 3", len(doc.Quotes))
		}
	})
	t.Run("NameBeforeParticiple", func(t *testing.T) {
		text := "The ad ends with footage of Jane Roe saying, “That makes me smart,” at the debate."
		m := []dyad.Mention{{Span: span(text, "Jane Roe"), Text: "Jane Roe", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "Jane Roe", Kind: dyad.ActorPerson}}}
		doc := extract(t, text, m, nil)
		want := []got{{Text: "That makes me smart", Speaker: "Jane Roe", SpeakerText: "Jane Roe", Cue: "saying", CueLemma: "say", Venue: "debate", Direct: true}}
		if diff := cmp.Diff(want, project(doc.Quotes)); diff != "" {
			t.Errorf("quotes (-want +got):\n%s", diff)
		}
	})
	t.Run("VenueFromLeadSentence", func(t *testing.T) {
		for _, tc := range []struct{ name, text, venue string }{
			{"Named", "The same warning came from Jane Roe at the European Parliament. “We must act now,” she said.", "the European Parliament"},
			{"Appeared", "Jane Roe appeared on CNN's morning show. “We must act now,” she said.", "CNN"},
			// another paragraph, or a lead that quotes words itself
			{"OtherParagraph", "The same warning came from Jane Roe at the European Parliament.\n“We must act now,” she said.", ""},
			{"LeadQuotes", "Jane Roe said at a rally that “time is short.” “We must act now,” she said.", "rally"},
			// the lead names someone else, or the speaker only after
			// its subject
			{"OtherSpeaker", "John Doe spoke at the European Parliament. “We must act now,” Jane Roe said.", ""},
			{"SpeakerNotSubject", "John Doe praised the plan on Twitter, and Jane Roe opposed it. “We must act now,” she said.", ""},
			// a quotation of several sentences looks before its first;
			// one compared with ("Like X, Y …") is not the subject; a
			// programme's title is no quotation of the lead's own
			{"QuotationOfSentences", "Jane Roe wrote in a post on Truth Social. “Time is short. We must act now,” she wrote.", "Truth Social"},
			{"QuotationOfSentencesOtherLead", "Jane Roe wrote in a post on Truth Social. John Doe disagreed. “Time is short. We must act now,” she wrote.", ""},
			{"LikeOther", "Like John Doe, Jane Roe spoke at the European Parliament. “We must act now,” she said.", "the European Parliament"},
			{"LikeSpeaker", "Like Jane Roe, John Doe spoke at the European Parliament. “We must act now,” Jane Roe said.", ""},
			{"ProgrammeTitle", "Jane Roe appeared on NRK's “Evening Talk” show. “We must act now,” she said.", "NRK's Evening Talk"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var m []dyad.Mention
				for _, name := range []string{"Jane Roe", "John Doe"} {
					for off := 0; ; {
						i := strings.Index(tc.text[off:], name)
						if i < 0 {
							break
						}
						i += off
						m = append(m, dyad.Mention{Span: dyad.Span{Start: i, End: i + len(name)}, Text: name, Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: name, Kind: dyad.ActorPerson}})
						off = i + len(name)
					}
				}
				sort.Slice(m, func(a, b int) bool { return m[a].Start < m[b].Start })
				doc := extract(t, tc.text, m, nil)
				q := doc.Quotes[len(doc.Quotes)-1]
				if !strings.HasSuffix(q.Text, "We must act now") || q.Venue != tc.venue {
					t.Errorf("last quote %q venue = %q, want %q", q.Text, q.Venue, tc.venue)
				}
			})
		}
	})
	t.Run("OutletBeforeItsService", func(t *testing.T) {
		text := "A spokesperson told VOA's Korean Service that sanctions must stay."
		m := []dyad.Mention{{Span: span(text, "VOA's Korean Service"), Text: "VOA's Korean Service", Kind: dyad.MentionOrg,
			Actor: &dyad.Actor{Name: "Voice of America", Code: "USAMED", Sector: "MED", Kind: dyad.ActorOrg}}}
		doc := extract(t, text, m, nil)
		if len(doc.Quotes) == 0 || doc.Quotes[0].Venue != "VOA's Korean Service" {
			t.Errorf("quotes = %+v, want venue VOA's Korean Service", project(doc.Quotes))
		}
	})
	t.Run("OutletEndsBeforePerson", func(t *testing.T) {
		text := "John Doe told MSNBC Jane Roe “was a great leader.”"
		m := []dyad.Mention{
			{Span: span(text, "John Doe"), Text: "John Doe", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "John Doe", Kind: dyad.ActorPerson}},
			{Span: span(text, "Jane Roe"), Text: "Jane Roe", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "Jane Roe", Kind: dyad.ActorPerson}},
		}
		doc := extract(t, text, m, nil)
		if len(doc.Quotes) == 0 || doc.Quotes[0].Venue != "MSNBC" {
			t.Errorf("quotes = %+v, want venue MSNBC", project(doc.Quotes))
		}
	})
	t.Run("MisspeltSurname", func(t *testing.T) {
		text := "Envoy Geir Halvorsen spoke on Friday. “The war must end,” Halvorson said."
		m := []dyad.Mention{
			{Span: span(text, "Geir Halvorsen"), Text: "Geir Halvorsen", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Code: "IGOUNO", Name: "Geir Halvorsen", Kind: dyad.ActorPerson}},
			{Span: span(text, "Halvorson"), Text: "Halvorson", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "Halvorson", Kind: dyad.ActorPerson}},
		}
		doc := extract(t, text, m, nil)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != "Geir Halvorsen" || doc.Quotes[0].Speaker.Code != "IGOUNO" {
			t.Errorf("quotes = %+v, want one by Geir Halvorsen (IGOUNO)", project(doc.Quotes))
		}
		for _, p := range [][2]string{{"Pedersen", "Pederson"}, {"Smith", "Smyth"}, {"Clark", "Clarke"}} {
			if !quote.OneEdit(p[0], p[1]) {
				t.Errorf("oneEdit(%q, %q) = false, want true", p[0], p[1])
			}
		}
		for _, p := range [][2]string{{"Pedersen", "Peterson"}, {"Smith", "Smith"}, {"Clark", "Clarkson"}} {
			if quote.OneEdit(p[0], p[1]) {
				t.Errorf("oneEdit(%q, %q) = true, want false", p[0], p[1])
			}
		}
	})
	t.Run("PronounAfterSentenceSubject", func(t *testing.T) {
		person := func(text, at, name string) dyad.Mention {
			i := strings.LastIndex(text, at)
			return dyad.Mention{Span: dyad.Span{Start: i, End: i + len(at)}, Text: at, Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: name, Kind: dyad.ActorPerson}}
		}
		for _, tc := range []struct{ name, text, last, want string }{
			// the subject opening the sentence, not the last speaker
			{"Subject", "John Doe spoke on Monday. “Time is short,” Doe said. Jane Roe criticised the council, but she said the talks would go on.", "Jane Roe", "Jane Roe"},
			// words before the pronoun are not said by the one they name
			{"ContentFirst", "John Doe spoke on Monday. “Time is short,” Doe said. Jane Roe would fail the test, he said.", "Jane Roe", "John Doe"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				m := []dyad.Mention{
					person(tc.text, "John Doe", "John Doe"),
					person(tc.text, "Doe said", "John Doe"),
					person(tc.text, tc.last, tc.last),
				}
				m[1].End = m[1].Start + 3
				m[1].Text = "Doe"
				sort.Slice(m, func(a, b int) bool { return m[a].Start < m[b].Start })
				doc := extract(t, tc.text, m, nil)
				q := doc.Quotes[len(doc.Quotes)-1]
				if q.Speaker == nil || q.Speaker.Name != tc.want {
					t.Errorf("last quote %q speaker = %+v, want %s", q.Text, q.Speaker, tc.want)
				}
			})
		}
	})
	t.Run("FamilyNameFirst", func(t *testing.T) {
		for _, tc := range []struct{ text, full, want string }{
			{"Li Wei spoke on Monday. Li said the talks would go on.", "Li Wei", "Li Wei"},
			{"Li Wei Chen spoke on Monday. Li said the talks would go on.", "Li Wei Chen", "Li"},
		} {
			m := []dyad.Mention{{Span: span(tc.text, tc.full), Text: tc.full, Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: tc.full, Kind: dyad.ActorPerson}}}
			doc := extract(t, tc.text, m, nil)
			if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != tc.want {
				t.Errorf("%q: quotes = %+v, want one by %s", tc.text, project(doc.Quotes), tc.want)
			}
		}
	})
	t.Run("PersonBeforeOf", func(t *testing.T) {
		text := "Jane Roe of the think tank Clingendael said the plots are a sign. “It is a worry,” she said."
		m := []dyad.Mention{
			{Span: span(text, "Jane Roe"), Text: "Jane Roe", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "Jane Roe", Kind: dyad.ActorPerson}},
			{Span: span(text, "Clingendael"), Text: "Clingendael", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: "Clingendael", Kind: dyad.ActorPerson}},
		}
		doc := extract(t, text, m, nil)
		var names []string
		for _, q := range doc.Quotes {
			if q.Speaker != nil {
				names = append(names, q.Speaker.Name)
			}
		}
		if diff := cmp.Diff([]string{"Jane Roe", "Jane Roe"}, names); diff != "" {
			t.Errorf("speakers (-want +got):\n%s", diff)
		}
	})
}

// TestExtractor_PersonLabels covers transcript lines whose speaker label
// is a name in mixed case: a person mention, a sentence after the colon,
// and another label paragraph in the text.
func TestExtractor_PersonLabels(t *testing.T) {
	persons := func(text string, names ...string) []dyad.Mention {
		var ms []dyad.Mention
		for _, n := range names {
			for from := 0; ; {
				i := strings.Index(text[from:], n)
				if i < 0 {
					break
				}
				s := from + i
				ms = append(ms, dyad.Mention{Span: dyad.Span{Start: s, End: s + len(n)}, Text: n, Kind: dyad.MentionPerson})
				from = s + len(n)
			}
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		return ms
	}
	tests := []struct {
		name  string
		text  string
		names []string
		want  []string // speaker text: quote text
	}{
		{"Transcript", "The panel met on Sunday.\n\nAna Lund: Well, the vote was close.\n\nIan Moss: I think it was fair.",
			[]string{"Ana Lund", "Ian Moss"}, []string{"Ana Lund: Well, the vote was close", "Ian Moss: I think it was fair"}},
		{"OneLabelOnly", "The panel met on Sunday.\n\nAna Lund: Well, the vote was close.",
			[]string{"Ana Lund"}, []string{}},
		{"NoPersonMention", "The panel met on Sunday.\n\nAna Lund: Well, the vote was close.\n\nIan Moss: I think it was fair.",
			nil, []string{}},
		{"OtherLabelNotAPerson", "The panel met on Sunday.\n\nAna Lund: Well, the vote was close.\n\nUpdate: The count is final.",
			[]string{"Ana Lund"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := persons(tt.text, tt.names...)
			if ms == nil {
				ms = []dyad.Mention{}
			}
			doc := extract(t, tt.text, ms, nil)
			got := []string{}
			for _, q := range doc.Quotes {
				sp := ""
				if q.Speaker != nil {
					sp = q.Speaker.Text
				}
				got = append(got, sp+": "+q.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Process(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractor_ProgrammeVenues checks venues named by a programme whose
// title has lower-case words inside ("Face the Nation"), with and
// without the outlet's possessive, and a speaker phrase whose
// participle names where the words were said.
func TestExtractor_ProgrammeVenues(t *testing.T) {
	med := func(text, name string) dyad.Mention {
		i := strings.Index(text, name)
		return dyad.Mention{Span: dyad.Span{Start: i, End: i + len(name)}, Text: name, Kind: dyad.MentionOrg, Actor: &dyad.Actor{Name: name, Kind: dyad.ActorOrg, Sector: "MED"}}
	}
	for _, tc := range []struct {
		name, text string
		outlets    []string // mentions of outlets or programmes the actors stage found
		venue      string
		speaker    string // "" when not checked
	}{
		{"KnownProgramme", "Roe said on Face the Nation that the plan would fail.", []string{"Face the Nation"}, "Face the Nation", "Roe"},
		{"KnownProgrammeAfterOutlet", "Roe said on CBS’s Face the Nation that the plan would fail.", []string{"CBS", "Face the Nation"}, "CBS’s Face the Nation", "Roe"},
		{"UnknownTitleAfterOutlet", "Roe told CNN’s State of the Union that the plan would fail.", []string{"CNN"}, "CNN’s State of the Union", "Roe"},
		{"TitleBeforeTime", "Roe said on NBC’s Meet the Press on Sunday that the plan would fail.", []string{"NBC"}, "NBC’s Meet the Press", "Roe"},
		// a person after the possessive, and a media noun after the
		// outlet, are no part of the venue
		{"PersonAfterOutlet", "Roe told CNN’s Jake Tapper that the plan would fail.", []string{"CNN"}, "CNN", "Roe"},
		{"MediaNounDropped", "Roe told Reuters news agency the plan would fail.", []string{"Reuters news agency"}, "Reuters", "Roe"},
		{"NoTitleWithoutFunctionWord", "Roe told CNN’s Ana Berg Lund that the plan would fail.", []string{"CNN"}, "CNN", "Roe"},
		// the participle phrase names the venue, not the speaker
		{"WritingInOutlet", "Roe, writing in the Financial Times, said that the plan would fail.", []string{"Financial Times"}, "Financial Times", "Roe"},
		{"SpeakingOnOutlet", "Roe, speaking on CNN, argued that the plan would fail.", []string{"CNN"}, "CNN", "Roe"},
		{"OutletInApposition", "The editor of the Financial Times, Ana Roe, said that the plan would fail.", []string{"Financial Times"}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m []dyad.Mention
			for _, o := range tc.outlets {
				m = append(m, med(tc.text, o))
			}
			doc := extract(t, tc.text, m, nil)
			if len(doc.Quotes) != 1 {
				t.Fatalf("Process(%q) gave %d quotes, want 1", tc.text, len(doc.Quotes))
			}
			q := doc.Quotes[0]
			if q.Venue != tc.venue {
				t.Errorf("Process(%q) venue = %q, want %q", tc.text, q.Venue, tc.venue)
			}
			if tc.speaker != "" && (q.Speaker == nil || q.Speaker.Name != tc.speaker) {
				t.Errorf("Process(%q) speaker = %+v, want %q", tc.text, q.Speaker, tc.speaker)
			}
		})
	}
}

// TestExtractor_PieceAndAgentVenues checks the outlet a written piece
// was for, the agent that broadcast an interview, and a platform after
// "official", each with a near miss.
func TestExtractor_PieceAndAgentVenues(t *testing.T) {
	for _, tc := range []struct{ name, text, content, venue string }{
		{"OpEdFor", "Roe wrote in an op-ed for The Washington Post that the plan would fail.", "the plan would fail", "Washington Post"},
		{"ColumnFor", "Roe wrote in a column for Politico that the plan would fail.", "the plan would fail", "Politico"},
		{"OpEdForTime", "Roe wrote in an op-ed for the first time that the plan would fail.", "the plan would fail", "op-ed"},
		{"StatementForRecord", "Roe said in a statement for the record that the plan would fail.", "the plan would fail", "statement"},
		{"BroadcastByAfterDay", "Roe said in an interview broadcast on Sunday by CBS that the plan would fail.", "the plan would fail", "CBS"},
		{"SignedBy", "Roe said in a letter signed by the board that the plan would fail.", "the plan would fail", "letter"},
		{"OfficialChannel", "Roe said on his official Telegram channel that the plan would fail.", "the plan would fail", "Telegram"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := extract(t, tc.text, nil, nil)
			if len(doc.Quotes) != 1 || doc.Quotes[0].Text != tc.content || doc.Quotes[0].Venue != tc.venue {
				t.Errorf("Process(%q) = %+v, want one quote %q with venue %q", tc.text, project(doc.Quotes), tc.content, tc.venue)
			}
		})
	}
}

// TestExtractor_RelativeOnPredicateNoun checks that "who" after a noun
// said of a subject through a copula names that subject, and after an
// object names the object.
func TestExtractor_RelativeOnPredicateNoun(t *testing.T) {
	for _, tc := range []struct{ name, text, speaker string }{
		{"Copula", "Jane Roe is a veteran lawyer, critic and author who said the case was weak.", "Jane Roe"},
		{"Object", "John Doe met a lawyer who said the case was weak.", "a lawyer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m []dyad.Mention
			for _, name := range []string{"Jane Roe", "John Doe"} {
				if i := strings.Index(tc.text, name); i >= 0 {
					m = append(m, dyad.Mention{Span: dyad.Span{Start: i, End: i + len(name)}, Text: name, Kind: dyad.MentionPerson, Actor: &dyad.Actor{Name: name, Kind: dyad.ActorPerson}})
				}
			}
			doc := extract(t, tc.text, m, nil)
			if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Name != tc.speaker {
				t.Errorf("Process(%q) = %+v, want one quote by %q", tc.text, project(doc.Quotes), tc.speaker)
			}
		})
	}
}
