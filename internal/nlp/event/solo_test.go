package event_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
)

// Acts CAMEO codes without a recipient are kept with no target when the
// pattern says so ("solo"); other patterns still need one.
func TestCoder_UndyadicActs(t *testing.T) {
	tests := []codeCase{
		{"claim responsibility", "Hamas claimed responsibility for the blast.", []string{"PSEREB→- 015 asserted"}},
		{"claim responsibility with target", "Hamas claimed responsibility for the attack on Israel.", []string{"PSEREB→ISR 015 asserted"}},
		{"deny charges", "Putin denied all the charges.", []string{"RUSGOV→- 120 asserted"}},
		{"reject accusations", "Moscow rejected the accusations on Monday.", []string{"RUSGOV→- 120 asserted"}},
		{"state of emergency", "Kyiv declared a state of emergency in the east.", []string{"UKRGOV→- 1724 asserted"}},
		{"curfew", "Kyiv imposed a curfew in the city.", []string{"UKRGOV→- 1723 asserted"}},
		{"protest intransitive", "European leaders protested outside the summit.", []string{"EUR→- 140 asserted"}},
		// a call for a national's release is addressed to the national's
		// state, unless the caller is that state
		{"release of a national", "NATO called for the rebels' immediate release in Syria.", []string{"IGOWSTNAT→SYRGOV 1053 asserted"}},
		{"release called by the state", "Syria called for the rebels' immediate release in Syria.", []string{"SYR→- 1053 asserted"}},
		// a protest that names no target is against the protesters' own
		// government; a state's agents' protest keeps none
		{"protest own government", "Syrian civilians protested outside the summit.", []string{"SYRCVL→SYRGOV 140 asserted"}},
		{"boycott by lawmakers", "Syrian lawmakers boycotted the vote.", []string{"SYRLEG→SYRGOV 143 asserted"}},
		{"protest by state agents", "Syrian Armed Forces protested outside the summit.", []string{"SYRMIL→- 140 asserted"}},
		{"government protest", "Putin protested outside the summit.", []string{"RUSGOV→- 140 asserted"}},
		{"not solo: criticize", "Trump criticized the plan.", nil},
		{"mediate in disputes", "Poland mediated in several regional disputes.", []string{"POL→- 045 asserted"}},
	}
	runCodeCases(t, tests)
}

// An infinitive complement the quotes stage reads as indirect speech
// ("pledged to send tanks to Ukraine") is the intent verb's own event:
// the intent is coded, asserted, with the complement's actor as target.
func TestCoder_IntentComplementQuote(t *testing.T) {
	tests := []struct {
		name, text, clause string
		direct             bool
		want               []string
	}{
		{"pledge to send", "Poland pledged to send tanks to Ukraine.", "to send tanks to Ukraine", false, []string{"POL→UKR 030 asserted"}},
		{"vow to help", "China vowed to help Russia.", "to help Russia", false, []string{"CHN→RUS 030 asserted"}},
		{"said: still a report", "Poland said Russia attacked Ukraine.", "Russia attacked Ukraine", false, []string{"RUS→UKR 190 reported"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, tt.text)
			s := strings.Index(tt.text, tt.clause)
			sp := dyad.Span{Start: s, End: s + len(tt.clause)}
			doc.Quotes = append(doc.Quotes, dyad.Quote{Span: sp, Text: sp.In(tt.text), Direct: tt.direct})
			got := code(t, doc)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// Support from an army is military cooperation (062), and a passive
// agent list takes a conjunct after "and the".
func TestCoder_MilitaryBacking(t *testing.T) {
	tests := []codeCase{
		{"backed by troops", "Ukraine was backed by British troops in the war.", []string{"GBRMIL→UKR 062 asserted"}},
		{"active support", "British troops supported Kyiv.", []string{"GBRMIL→UKRGOV 062 asserted"}},
		{"and the", "The Afghan army, supported by local militias and the British troops, moved north.", []string{"AFGREB→AFGMIL 050 asserted", "GBRMIL→AFGMIL 062 asserted"}},
		{"state support stays 050", "Poland supported Kyiv.", []string{"POL→UKRGOV 050 asserted"}},
	}
	runCodeCases(t, tests)
}

// A cooperative act its own source proposes is coded as intent (03x); one
// proposed for another actor keeps its root.
func TestCoder_ProposedIntent(t *testing.T) {
	tests := []codeCase{
		{"plan for supporting", "The EU proposed a plan for supporting Ukraine.", []string{"IGOEUREEC→UKR 032 proposed"}},
		{"for X to", "Macron called for Russia to withdraw from Ukraine.", []string{"FRAGOV→RUS 100 asserted", "RUS→UKR 087 proposed"}},
		{"asserted stays", "Poland supported Ukraine.", []string{"POL→UKR 050 asserted"}},
	}
	runCodeCases(t, tests)
}

// A first-person present-tense speech act in the speaker's own direct
// quote is performed by saying it: asserted, not reported.
func TestCoder_PerformativeQuote(t *testing.T) {
	tests := []struct {
		name, text, quoted string
		want               []string
	}{
		{"we strongly reject", `"We strongly reject the accusations," Zelenskyy said.`, "We strongly reject the accusations", []string{"UKRGOV→- 120 asserted"}},
		{"we will reject: future", `"We will reject the accusations," Zelenskyy said.`, "We will reject the accusations", []string{"UKRGOV→- 120 planned"}},
		{"third person stays reported", `"Russia attacked Poland," Zelenskyy said.`, "Russia attacked Poland", []string{"RUS→POL 190 reported"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, tt.text)
			s := strings.Index(tt.text, tt.quoted)
			sp := dyad.Span{Start: s, End: s + len(tt.quoted)}
			z := strings.Index(tt.text, "Zelenskyy")
			zs := dyad.Span{Start: z, End: z + len("Zelenskyy")}
			doc.Quotes = append(doc.Quotes, dyad.Quote{Span: sp, Text: sp.In(tt.text), Direct: true,
				Speaker: &dyad.Speaker{Span: zs, Text: "Zelenskyy", Name: "Zelenskyy", Code: "UKRGOV"}})
			got := code(t, doc)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// A third-person singular verb in a direct quote has its own subject:
// the speaker ("I demand", "we demand") is not its source.
func TestCoder_QuoteThirdPersonVerb(t *testing.T) {
	tests := []struct {
		name, text, quoted string
		want               []string
	}{
		{"noun subject", `"Public interest demands that Russia leave," Zelenskyy said.`, "Public interest demands that Russia leave", nil},
		{"first person", `"We demand that Russia leave," Zelenskyy said.`, "We demand that Russia leave", []string{"UKRGOV→RUS 100 asserted"}},
		// a trailing participle's subject is the main clause's, not the speaker
		{"trailing participle of a noun subject", `"The airline flies weapons to Syria, supporting Iran," Zelenskyy said.`, "The airline flies weapons to Syria, supporting Iran", nil},
		// a sentence-opening infinitive is a subject or purpose clause, no act
		{"fronted infinitive", `"So, to attack Poland is a crime," Zelenskyy said.`, "So, to attack Poland is a crime", nil},
		// an obligation laid on another in a quote is the speaker's demand
		{"obligation on another", `"Russia must withdraw its troops from Poland," Zelenskyy said.`, "Russia must withdraw its troops from Poland", []string{"UKRGOV→RUS 100 asserted"}},
		{"past obligation", `"Russia should have withdrawn its troops from Poland," Zelenskyy said.`, "Russia should have withdrawn its troops from Poland", []string{"RUS→POL 0874 conditional"}},
		{"obligation on the speaker", `"We must defend Poland," Zelenskyy said.`, "We must defend Poland", []string{"UKRGOV→POL 052 conditional"}},
		{"trailing participle of the speaker's operation", `"The operation hit Russia, supporting Poland," Zelenskyy said.`, "The operation hit Russia, supporting Poland", []string{"UKRGOV→POL 050 reported"}},
		{"trailing participle of the speaker", `"We send weapons, supporting Poland," Zelenskyy said.`, "We send weapons, supporting Poland", []string{"UKRGOV→POL 050 reported"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, tt.text)
			s := strings.Index(tt.text, tt.quoted)
			sp := dyad.Span{Start: s, End: s + len(tt.quoted)}
			z := strings.Index(tt.text, "Zelenskyy")
			zs := dyad.Span{Start: z, End: z + len("Zelenskyy")}
			doc.Quotes = append(doc.Quotes, dyad.Quote{Span: sp, Text: sp.In(tt.text), Direct: true,
				Speaker: &dyad.Speaker{Span: zs, Text: "Zelenskyy", Name: "Zelenskyy", Code: "UKRGOV"}})
			got := code(t, doc)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// A passive state act (arrest, detention, conviction) with no agent and no
// coded patient: the state of the sentence's place acts on its people.
func TestCoder_AgentlessStateAct(t *testing.T) {
	tests := []codeCase{
		{"relative clause", "She spoke of her husband, who was arrested in May in Paris.", []string{"FRAGOV→FRACVL 173 asserted"}},
		{"plain passive", "The man was arrested in Paris.", []string{"FRAGOV→FRACVL 173 asserted"}},
		{"foreign patient: the place's state acts", "Putin was arrested in Paris.", []string{"FRAGOV→RUSGOV 173 asserted"}},
		{"no place: the patient's state acts", "Putin was arrested.", []string{"RUSCOP→RUSGOV 173 asserted"}},
		{"cell dismantled", "A terrorist cell was dismantled in Paris.", []string{"FRAGOV→FRACVL 173 asserted"}},
		{"broke up a cell", "Poland broke up a terrorist cell.", []string{"POL→- 173 asserted"}},
		{"dismantled a program: no event", "Poland dismantled the program.", nil},
		{"impeached", "The deputy, who was impeached in May, left Paris.", []string{"FRAGOV→FRACVL 172 asserted"}},
		{"impeach active", "Poland impeached Zelenskyy.", []string{"POL→UKRGOV 172 asserted"}},
		{"active", "Poland arrested Putin in Paris.", []string{"POL→RUSGOV 173 asserted"}},
		{"no place, no state", "The man was arrested.", nil},
	}
	runCodeCases(t, tests)
}

// "X came under attack/fire from Y": Y attacks X.
func TestCoder_CameUnderAttack(t *testing.T) {
	tests := []codeCase{
		{"attack", "Ukraine came under a massive attack from Russia.", []string{"RUS→UKR 190 asserted"}},
		{"fire", "Kyiv came under fire from Russia on Monday.", []string{"RUS→UKRGOV 193 asserted"}},
		{"no source", "Kyiv came under pressure.", nil},
	}
	runCodeCases(t, tests)
}

// A bare group noun ("Gunmen", "some militants") takes the country of the
// place its sentence is set in; a group with a nationality keeps its own.
func TestCoder_GenericGroupCountry(t *testing.T) {
	tests := []struct {
		name, text, group string
		want              []string
	}{
		{"sentence-initial", "Gunmen attacked Poland near Paris.", "Gunmen", []string{"FRAREB→POL 190 asserted"}},
		{"lower-case", "Then some militants attacked Poland near Paris.", "some militants", []string{"FRAREB→POL 190 asserted"}},
		{"nationality kept", "Russian militants attacked Poland near Paris.", "Russian militants", []string{"USAREB→POL 190 asserted"}},
		{"no place", "Gunmen attacked Poland.", "Gunmen", []string{"USAREB→POL 190 asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, tt.text)
			s := strings.Index(tt.text, tt.group)
			sp := dyad.Span{Start: s, End: s + len(tt.group)}
			g := dyad.Mention{Span: sp, Text: tt.group, Kind: dyad.MentionGroup,
				Actor: &dyad.Actor{Code: "USAREB", Country: "USA", Name: tt.group}}
			doc.Mentions = append([]dyad.Mention{g}, doc.Mentions...)
			got := code(t, doc)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// What an actor is accused of doing is no event of its own.
func TestCoder_AccusedOf(t *testing.T) {
	tests := []codeCase{
		{"accusing it of", "Poland blamed Russia, accusing it of attacking Ukraine.", []string{"POL→RUS 110 asserted"}},
		{"plain attack", "Russia is attacking Ukraine.", []string{"RUS→UKR 190 asserted"}},
	}
	runCodeCases(t, tests)
}

// Conducting operations or strikes against an actor, and wreaking
// violence across a country, are attacks.
func TestCoder_OperationsAgainst(t *testing.T) {
	tests := []codeCase{
		{"conduct operations", "Ukraine is conducting operations against Russia in the east.", []string{"UKR→RUS 190 asserted"}},
		{"carry out strikes", "Russia carried out strikes on Ukraine.", []string{"RUS→UKR 190 asserted"}},
		{"wreak violence", "Hamas is known for wreaking a devastating wave of violence across Israel.", []string{"PSEREB→ISR 190 asserted"}},
		{"conduct talks: no attack", "Poland conducted talks with Ukraine.", []string{"POL→UKR 040 asserted"}},
	}
	runCodeCases(t, tests)
}

// A person the actors stage left uncoded (named once, no role) is an
// individual of a country only where the event says which: the object of
// a state's legal act belongs to that state, and one who denies charges
// to the article's country. Elsewhere the person is no actor.
func TestCoder_UncodedPeople(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"arrested by a government", "Macron arrested Zamora in Paris.", []string{"FRAGOV→FRACVL 173 asserted"}},
		{"jailed abroad: the jailer's country", "Russia jailed Zamora in Paris.", []string{"RUS→RUSCVL 173 asserted"}},
		{"denies charges", "Zamora denied all the charges in Paris.", []string{"FRACVL→- 120 asserted"}},
		{"not a legal act", "Zamora criticized Macron in Paris.", nil},
		{"not an object of praise", "Macron praised Zamora in Paris.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, tt.text)
			s := strings.Index(tt.text, "Zamora")
			sp := dyad.Span{Start: s, End: s + len("Zamora")}
			doc.Mentions = append(doc.Mentions, dyad.Mention{Span: sp, Text: "Zamora", Kind: dyad.MentionPerson,
				Actor: &dyad.Actor{Name: "Zamora", Kind: dyad.ActorPerson}})
			sortMentions(doc)
			got := code(t, doc)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// "the group" standing for an earlier sentence's actor keeps the actor's
// mention but its own words as the source span (provenance stays in the
// event's sentence).
func TestCoder_GroupAnaphoraSpan(t *testing.T) {
	text := "Hamas fled to Syria. Later the group attacked Ukraine."
	doc := annotate(t, text)
	code(t, doc)
	if len(doc.Events) != 1 {
		t.Fatalf("events = %v, want one", summary(doc))
	}
	e := doc.Events[0]
	if got := e.Source.Span.In(text); got != "the group" {
		t.Errorf("source span %q, want %q", got, "the group")
	}
	if e.Source.Mention == nil || doc.Mentions[*e.Source.Mention].Text != "Hamas" {
		t.Errorf("source mention %v, want Hamas's", e.Source.Mention)
	}
}

// Violence the text reports with no agent named has an unknown source (no
// actor) when it has a victim: agentless passives of violence in the past,
// indefinite attack nouns; not accidents, generic or hypothetical acts,
// figurative verbs, a thing's doing, or an actor inside another noun
// phrase.
func TestCoder_UnknownAgents(t *testing.T) {
	tests := []eventCase{
		{"The Saudi journalist was murdered last October.", []string{"186 - SAUMED asserted"}},
		{"The Kenyan soldier was killed on Monday.", []string{"190 - KENMIL asserted"}},
		{"The Kenyan journalist and two others were also wounded.", []string{"180 - KENMED asserted"}},
		{"The Guatemalan judge said he had been threatened by unnamed individuals.", []string{"130 - GTM reported"}},
		{"Twin bombings struck a cathedral in Kenya.", []string{"183 - KEN asserted"}},
		{"The bill came after a suicide attack in Nairobi in 2015.", []string{"1831 - KEN asserted"}},
		// near misses
		{"The Kenyan journalist was killed in a car crash.", nil},
		{"Kenyan journalists are attacked every year.", nil},
		{"Kenyan journalists could be attacked.", nil},
		{"The Kenyan government was hit by delays.", nil},
		{"The Kenyan minister was killed by his lions.", nil},
		{"A Kenyan police supporter was killed.", nil},
		{"The Kenyan soldier was killed in the attack.", nil},
		{"At least five Kenyan civilians were killed on Monday.", nil}, // a toll
		{"The Kenyan player was injured in the first quarter.", nil},
		{"Paris had been shot in the head, the police said.", nil},
		{"The driver of a Kenyan police car, who was shot, died.", nil},
		{"Police said a raid on a ranch in Kenya ended the siege.", nil},
		{"Sixty-six Kenyan civilians were injured.", nil},
		{"An airstrike hit a town in Somalia.", nil}, // a state's act, whose agent is known elsewhere
		{"The Kenyan soldier was killed in the war.", nil},
		{"The suicide attack in Nairobi shocked the world.", nil},
		{"A car bombing in Paris killed five, an attack ascribed to Hamas.", []string{"190 PSEREB FRA asserted"}},
		{"Saudi Arabia denied all claims that the journalist was killed.", []string{"120 SAU - asserted"}},
	}
	checkEventTable(t, tests)
}
