package event_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/event"
)

// The actors used in the construction tests: a word of the text (its
// first occurrence unless a context is given with "@") and its code.
var testActors = map[string]string{
	"Russia": "RUS", "Ukraine": "UKR", "Kyiv": "UKRGOV", "Moscow": "RUSGOV", "Poland": "POL",
	"Putin": "RUSGOV", "Zelenskyy": "UKRGOV", "Trump": "USAGOV", "Merz": "DEUGOV",
	"Macron": "FRAGOV", "Starmer": "GBRGOV", "Meloni": "ITAGOV", "Stubb": "FINGOV",
	"the Kremlin": "RUSGOV", "NATO": "IGOWSTNAT", "Washington": "USAGOV", "Israel": "ISR",
	"Hamas": "PSEREB", "The Kremlin": "RUSGOV", "U.S.": "USA", "Syrian Armed Forces": "SYRMIL", "Syrian civilians": "SYRCVL", "Syrian lawmakers": "SYRLEG", "Thailand": "THA", "Pakistan": "PAK", "Afghanistan": "AFG", "China": "CHN", "Taiwan": "TWN", "the rebels": "SYRREB", "rebels": "SYRREB", "Syria": "SYR",
	"European leaders": "EUR", "Iran": "IRN", "Germany": "DEU", "EU": "IGOEUREEC", "The United States": "USA",
	"British troops": "GBRMIL", "authorities": "SYRGOV", "Afghan army": "AFGMIL", "local militias": "AFGREB",
}

var testPlaces = map[string]string{"Syria": "SYR", "Homs": "SYR", "Crimea": "UKR", "Alaska": "USA", "Donbas": "UKR", "Paris": "FRA", "Geneva": "CHE"}

// annotate places every known actor, pronoun and place in the text the way
// the earlier stages would. Pronouns "he"/"him"/"his" resolve to the
// nearest preceding person.
func annotate(t *testing.T, text string) *dyad.Document {
	t.Helper()
	b := newBuilder(t, text, "2025-08-18")
	type hit struct {
		sp   dyad.Span
		code string
	}
	var hits []hit
	for name, code := range testActors {
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(name)
			from = e
			if (s > 0 && isWordByte(text[s-1])) || (e < len(text) && isWordByte(text[e])) {
				continue
			}
			hits = append(hits, hit{dyad.Span{Start: s, End: e}, code})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].sp.Start < hits[j].sp.Start })
	for _, h := range hits {
		b.doc.Mentions = append(b.doc.Mentions, dyad.Mention{Span: h.sp, Text: h.sp.In(text), Kind: dyad.MentionPerson,
			Actor: &dyad.Actor{Code: h.code, Country: h.code[:3], Name: h.sp.In(text)}})
	}
	// Pronouns.
	var out []dyad.Mention
	for _, m := range b.doc.Mentions {
		out = append(out, m)
	}
	for _, p := range []string{" he ", " him", " his ", "He "} {
		for from := 0; ; {
			i := strings.Index(text[from:], p)
			if i < 0 {
				break
			}
			w := strings.TrimSpace(p)
			s := from + i + strings.Index(p, w)
			from = s + len(w)
			ante := -1
			for k, m := range b.doc.Mentions {
				if m.End <= s {
					ante = k
				}
			}
			if ante >= 0 {
				a := ante
				out = append(out, dyad.Mention{Span: dyad.Span{Start: s, End: s + len(w)}, Text: w, Kind: dyad.MentionPronoun, Antecedent: &a})
			}
		}
	}
	b.doc.Mentions = out
	sortMentions(b.doc)
	for name, c := range testPlaces {
		if strings.Contains(text, name) {
			b.place(name, "", c, false)
		}
	}
	return b.doc
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// summary renders events as "SRC→TGT CODE mode".
func summary(doc *dyad.Document) []string {
	var out []string
	for _, e := range doc.Events {
		out = append(out, fmt.Sprintf("%s→%s %s %s", codeOf(e.Source), targetCode(e), e.CAMEO, e.Mode))
	}
	sort.Strings(out)
	return out
}

// codeOf returns an event actor's code, "-" for none (an unknown source,
// no target).
func codeOf(a *dyad.EventActor) string {
	if a == nil {
		return "-"
	}
	return a.Code
}

// targetCode returns the code of e's target, "-" when it has none.
func targetCode(e dyad.Event) string {
	if e.Target == nil {
		return "-"
	}
	return e.Target.Code
}

// codeCase is a sentence and the events the coder must give it, as code
// prints them.
type codeCase struct {
	name, text string
	want       []string
}

// runCodeCases runs each case's text through the stages before the coder
// (annotate) and the coder (code), and compares the events.
func runCodeCases(t *testing.T, tests []codeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, annotate(t, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func code(t *testing.T, doc *dyad.Document) []string {
	t.Helper()
	c, err := event.New(event.Config{DateOf: nearestDate})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	checkEvents(t, doc)
	return summary(doc)
}

func TestCoder_Constructions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"SVO", "Russia attacked Ukraine on Monday.", []string{"RUS→UKR 190 asserted"}},
		{"Passive", "Ukraine was attacked by Russia overnight.", []string{"RUS→UKR 190 asserted"}},
		{"PassiveNoAgent", "Kyiv was attacked overnight.", []string{"-→UKRGOV 180 asserted"}}, // an unknown agent
		{"Compound", "Merz, Macron and Starmer criticized Putin.", []string{"DEUGOV→RUSGOV 111 asserted", "FRAGOV→RUSGOV 111 asserted", "GBRGOV→RUSGOV 111 asserted"}},
		{"CompoundTarget", "Putin criticized Merz and Macron.", []string{"RUSGOV→DEUGOV 111 asserted", "RUSGOV→FRAGOV 111 asserted"}},
		{"RelativeClause", "Macron, who met Putin last week, criticized Trump.", []string{"FRAGOV→RUSGOV 040 asserted", "FRAGOV→USAGOV 111 asserted"}},
		{"Possessive", "Russia's invasion of Ukraine shocked Europe.", []string{"RUS→UKR 190 asserted"}},
		{"PronounPossessive", "Trump praised his meeting with Putin in Alaska.", []string{"USAGOV→RUSGOV 040 asserted"}},
		{"NominalBy", "The invasion of Ukraine by Russia began in 2022.", []string{"RUS→UKR 190 asserted"}},
		{"Reciprocal", "Trump and Putin met in Alaska.", []string{"USAGOV→RUSGOV 040 asserted"}},
		{"ReciprocalWith", "Trump met with Putin in Alaska.", []string{"USAGOV→RUSGOV 040 asserted"}},
		{"TwoEvents", "Russia attacked Ukraine and Poland condemned Russia.", []string{"POL→RUS 111 asserted", "RUS→UKR 190 asserted"}},
		{"CoordinatedVP", "Russia absorbed Crimea in 2014 and then launched an invasion in 2022.", []string{"RUS→UKR 190 asserted", "RUS→UKR 192 asserted"}},
		{"CapitalAsSeat", "Macron will travel to Washington next week.", []string{"FRAGOV→USAGOV 042 planned"}},
		{"PlaceAsTarget", "Russia annexed Crimea.", []string{"RUS→UKR 192 asserted"}},
		{"OwnTerritory", "Zelenskyy visited Donbas.", nil},
		{"AsWillEllipsis", "Meloni will travel to Washington, as will Stubb and Merz.", []string{"DEUGOV→USAGOV 042 planned", "FINGOV→USAGOV 042 planned", "ITAGOV→USAGOV 042 planned"}},
		{"InExchangeFor", "Russia would relinquish Crimea in exchange for Kyiv ceding land.", []string{"RUS→UKR 080 conditional", "UKRGOV→RUS 080 conditional"}},
		{"Participial", "Trump criticized Zelenskyy, accusing him of ingratitude.", []string{"USAGOV→UKRGOV 111 asserted", "USAGOV→UKRGOV 112 asserted"}},
		{"Accompany", "European leaders are set to accompany Zelenskyy to Washington.", []string{"EUR→USAGOV 042 planned", "UKRGOV→USAGOV 042 planned"}},
		{"ControlComplement", "Trump urged Zelenskyy to attack Russia.", []string{"USAGOV→UKRGOV 100 asserted"}},
		{"PhraseGiveRebuke", "Trump gave Zelenskyy a public dressing-down.", []string{"USAGOV→UKRGOV 111 asserted"}},
		{"ExertPressure", "Trump is exerting pressure on Zelenskyy.", []string{"USAGOV→UKRGOV 100 asserted"}},
		{"AdjectivalParticiple", "Poland sent aid to occupied Ukraine.", []string{"POL→UKR 070 asserted"}},
		{"NounAfterArticle", "Israel condemned an attack by Hamas.", []string{"ISR→PSEREB 111 asserted"}},
		{"Sanctions", "The EU imposed new sanctions on Russia.", []string{"IGOEUREEC→RUS 163 asserted"}},
		{"NoActors", "The war has killed thousands of people.", nil},
		{"HyphenAgent", "U.S.-backed Hamas attacked Israel.", []string{"PSEREB→ISR 190 asserted", "USA→PSEREB 050 asserted"}},
		{"ReducedPassive", "A Hamas commander is dead, killed in a strike by Israel.", []string{"ISR→PSEREB 190 asserted"}},
		{"NounFromAgent", "Syria came under attack from the rebels.", nil},
		{"ParticipialClause", "The Kremlin said talks on a Ukraine deal stalled, signaling its reluctance to endorse the plan of Trump.", []string{"RUSGOV→USAGOV 051 asserted"}},
		{"AnchorInsideName", "Russia fought the Syrian Armed Forces.", []string{"RUS→SYRMIL 190 asserted"}},
		{"CommaAndNewClause", "Russia attacked Ukraine, and NATO says it will respond.", []string{"RUS→UKR 190 asserted"}},
		{"ListWithOxfordComma", "Russia attacked Ukraine, Poland, and Germany.", []string{"RUS→DEU 190 asserted", "RUS→POL 190 asserted", "RUS→UKR 190 asserted"}},
		{"OwnGovernment", "Russia backs Putin.", nil},
		{"NounObjectOfVerb", "Iran blamed recent attacks on Israel.", []string{"IRN→ISR 110 asserted"}},
		{"GerundModifier", "Putin spoke at a security meeting of NATO.", nil},
		{"BackAdverb", "Thailand sent refugees back to China.", nil},
		{"BacksVerb", "Russia backs Iran.", []string{"RUS→IRN 050 asserted"}},
		{"TradeWarNull", "Trump escalated his trade war with China.", nil},
		{"WarWith", "Russia is at war with Ukraine.", []string{"RUS→UKR 190 asserted"}},
		{"SpeechCueAfterQuote", "\u201cThe danger is not past,\u201d agreed Trump in Washington.", nil},
		{"FrontedPhrase", "Beyond Ukraine, Merz discussed trade with Macron.", []string{"DEUGOV→FRAGOV 040 asserted"}},
		{"RelativeWhichNotActor", "The United Nations defends the Golan, which was occupied by Israel.", nil},
		{"RelativeWhoActor", "Putin, who was criticized by Macron, said nothing.", []string{"FRAGOV→RUSGOV 111 asserted"}},
		{"PlaceObjectNearOnly", "Putin attacked the proclamation of Crimea as Russian.", nil},
		{"PassiveWithLocation", "A commander was killed by Israel in Syria.", nil},
		{"PassiveAgentLocation", "Putin was attacked by the rebels in Syria.", []string{"SYRREB→RUSGOV 190 asserted"}},
		{"PrepObjectNextToVerb", "Trump wrote to NATO blaming Iran.", []string{"USAGOV→IRN 110 asserted"}},
		{"BlamedAttacks", "Pakistan blamed recent attacks on Afghanistan.", []string{"PAK→AFG 110 asserted"}},
		{"BeforeClause", "China grew before Russia invaded Ukraine.", []string{"RUS→UKR 190 asserted"}},
		{"UnresolvedPronounSubject", "Meloni visited Poland as she opened a visit to Ukraine.", []string{"ITAGOV→POL 042 asserted"}},
		{"LocativeNotObject", "Hamas condemned the attacks in Israel.", nil},
		{"DismissPossessor", "Zelenskyy dismissed Putin's response.", []string{"UKRGOV→RUSGOV 120 asserted"}},
		{"HitWithTariffs", "Trump hit China with new tariffs.", []string{"USAGOV→CHN 163 asserted"}},
		{"ProvideWith", "The EU will provide Ukraine with weapons.", []string{"IGOEUREEC→UKR 070 planned"}},
		{"TalksBetween", "Talks between Russia and Ukraine resumed.", []string{"RUS→UKR 040 asserted"}},
		{"CompoundSigned", "Russia and China signed a trade agreement.", []string{"RUS→CHN 057 asserted"}},
		{"AccusedOfIsAlleged", "Poland accused Russia of attacking Ukraine.", []string{"POL→RUS 1123 asserted"}},
		{"ListWithUncodedTail", "China, Iran and other states condemned Israel.", []string{"CHN→ISR 111 asserted", "IRN→ISR 111 asserted"}},
		{"HyphenatedNullPattern", "Trump's tariff-trade wars with China grew.", nil},
		{"AsHostNoun", "China, as host of the summit, welcomed Iran.", []string{"CHN→IRN 043 asserted"}},
		{"SelfEvent", "Putin praised Moscow.", nil},
		// objects that are no actor mention (material conflict only)
		{"FacilityObject", "Hamas attacked a military base in Paris.", []string{"PSEREB→FRAMIL 190 asserted"}},
		{"PoliceStationObject", "Hamas attacked a police station in Paris.", []string{"PSEREB→FRACOP 190 asserted"}},
		{"PeopleObject", "Hamas killed five civilians in Paris.", []string{"PSEREB→FRACVL 180 asserted"}},
		{"PeopleObjectSourceCountry", "Russia detained 20 journalists.", []string{"RUS→RUSMED 173 asserted"}},
		{"FacilityNotForVerbalEvents", "Russia praised the military base in Paris.", nil},
		{"CityOfPlace", "Russia shelled the city of Donbas.", []string{"RUS→UKR 194 asserted"}},
		{"UnknownModifierNoCountry", "Russia killed 300 Artsakh soldiers.", nil},
		{"AppositionNamesGroup", "Israel arrested Ahmed Yassin, a senior leader of Hamas.", []string{"ISR→PSEREB 173 asserted"}},
		{"CapitalisedNameWordNotTrigger", "Russia said the Support Ukraine Fund was large.", nil},
		{"VerbalAttackOnWords", "Putin attacked Macron's words.", []string{"RUSGOV→FRAGOV 111 asserted"}},
		{"VerbalAttackSaying", "Putin attacked Macron, saying he lied.", []string{"RUSGOV→FRAGOV 111 asserted"}},
		{"PlaceModifiedNoun", "Russia recalled the Paris attack on Ukraine.", nil},
		{"InvertedSpeechCue", "Russia could attack Ukraine, warn European leaders.", []string{"RUS→UKR 190 conditional"}},
		{"SlotStopsAtNominalEvent", "Germany backed the invasion of Iran.", nil},
		{"ActorAdjectiveAgent", "Israel condemned the Hamas missile strike on Paris.", []string{"ISR→PSEREB 111 asserted", "PSEREB→FRA 190 asserted"}},
		// (a meeting being arranged is still to come: planned)
		{"NominalInInfinitiveIsSubjects", "Trump worked to arrange a meeting between Putin and Zelenskyy.", []string{"RUSGOV→UKRGOV 040 planned"}},
		{"FrontedParticiple", "Speaking to NATO in Paris, Macron warned of war.", []string{"FRAGOV→IGOWSTNAT 040 asserted"}},
		{"PassiveArrestStateAgent", "Hamas was banned on Monday.", []string{"PSEGOV→PSEREB 172 asserted"}},
		// reported clauses
		{"ReportedPronounSubject", "Russia said it had attacked Ukraine.", []string{"RUS→UKR 190 asserted"}},
		{"ReportedThatPronounSubject", "Russia announced that it had expelled Ukraine.", []string{"RUS→UKR 166 asserted"}},
		// nominal agents and parties
		{"AttributedTo", "The attack on Israel was attributed to Hamas.", []string{"PSEREB→ISR 190 asserted"}},
		{"ByGerundIsMeans", "Israel responded to the attack by striking Hamas.", []string{"ISR→PSEREB 195 asserted"}},
		{"BetweenParties", "Trump said the deal between Russia and Ukraine was good.", []string{"RUS→UKR 057 asserted"}},
		{"CompoundNounNotVerb", "Russia responded to the Donbas attack.", nil},
		// verbal attacks
		{"VerbalAttackOver", "Trump attacked Macron over his remarks.", []string{"USAGOV→FRAGOV 111 asserted"}},
		{"VerbalAttackStatement", "Putin attacked the proposal of Macron.", []string{"RUSGOV→FRAGOV 111 asserted"}},
		{"MaterialAttack", "Russia attacked Ukraine.", []string{"RUS→UKR 190 asserted"}},
		// appeals for restraint whose addressee is a prepositional phrase
		{"UrgeRestraintFrom", "Germany urged restraint from Russia.", []string{"DEU→RUS 1056 asserted"}},
		{"CallForRestraintBy", "Germany called for restraint by Russia.", []string{"DEU→RUS 1056 asserted"}},
		{"AppealForRestraintFrom", "Germany appealed for restraint from Russia.", []string{"DEU→RUS 0256 asserted"}},
		{"RestraintNoAddressee", "Germany urged restraint on Monday.", nil},
		// appeals for an end to hostilities: the hostilities are not coded as proposed events
		{"CallForEndToFightingBetween", "Germany called for an end to the fighting between Russia and Ukraine.", []string{"DEU→RUS 1056 asserted", "DEU→UKR 1056 asserted"}},
		{"UrgeEndToPossessiveAttacks", "Germany urged an immediate end to Russia's attacks on Ukraine.", []string{"DEU→RUS 1056 asserted"}},
		{"PushForEndToWarWith", "Macron pushed for a swift end to the war with Russia.", []string{"FRAGOV→RUS 1056 asserted"}},
		{"CallForEndNoActor", "Germany called for an end to the war.", nil},
		// verbal "hit back at": criticism, not an attack
		{"HitBackAt", "Trump hit back at Zelenskyy on Monday.", []string{"USAGOV→UKRGOV 111 asserted"}},
		{"HitMaterial", "Russia hit Ukraine overnight.", []string{"RUS→UKR 190 asserted"}},
		// a plural noun before "from" is no verb
		{"PluralNounBeforeFrom", "Russia faced questions and petitions from Ukraine.", nil},
		// a hearsay cue in a later clause is that clause's
		{"AllegedlyInRelativeClause", "Russia hit Ukraine, which allegedly plotted it.", []string{"RUS→UKR 190 asserted"}},
		{"AllegedlyInMainClause", "Russia allegedly hit Ukraine overnight.", []string{"RUS→UKR 190 reported"}},
		// coordinated subjects of reciprocal events
		{"CompoundHeldTalks", "Merz and Macron held talks in Paris.", []string{"DEUGOV→FRAGOV 040 asserted"}},
		{"CompoundAgreedToRestoreTies", "Pakistan and Afghanistan agreed to restore diplomatic ties.", []string{"PAK→AFG 057 asserted"}},
		// a charge answered in an apposition: the answerer rejects the accuser
		{"ChargeDeniedApposition", "Poland blamed Russia, a charge Moscow denied.", []string{"POL→RUS 110 asserted", "RUSGOV→POL 120 asserted"}},
		{"ClaimRejectedNoPriorEvent", "Pakistan repeated the claim that Afghanistan was weak, a claim the Kremlin rejected.", []string{"PAK→RUSGOV 112 asserted", "RUSGOV→PAK 120 asserted"}},
		// "call for X to": an appeal to X
		{"CallForActorTo", "Germany called for Russia to leave Crimea.", []string{"DEU→RUS 100 asserted"}},
		// "in cooperation with" is the clause's manner adverbial: its agent
		// is the clause's subject, not the verb's object
		{"MannerPPSubject", "Russia attacked Ukraine in cooperation with Poland.", []string{"RUS→POL 060 asserted", "RUS→UKR 190 asserted"}},
		{"MannerPPNoObjectAgent", "The base houses troops sent to fight Hamas in cooperation with Israel.", nil},
		// an -ed form after an infinitive or an object-taking verb modifies
		// the object; after its subject it is the verb
		{"ParticipleAfterInfinitive", "Russia built camps to keep detained Ukrainian soldiers.", nil},
		{"ParticipleAfterObjectVerb", "Russia's prisoners include jailed Ukrainian soldiers.", nil},
		// a verb after "and" whose nearest actor is the previous verb's
		// object takes the clause's subject; "him" is that object
		{"CoordinatedVerbAfterObject", "Russia removed Zelenskyy and jailed him.", []string{"RUS→UKRGOV 173 asserted"}},
		{"CoordinatedClauseSubject", "Germany removed Zelenskyy and Russia jailed Merz.", []string{"RUS→DEUGOV 173 asserted"}},
		// a participle coordinated with a passive one is passive
		{"CoordinatedPassiveModal", "Zelenskyy could be attacked or kidnapped by Russia.", []string{"RUS→UKRGOV 181 conditional", "RUS→UKRGOV 190 conditional"}},
		{"CoordinatedPassiveAgent", "Zelenskyy was attacked and jailed by Russia.", []string{"RUS→UKRGOV 173 asserted", "RUS→UKRGOV 190 asserted"}},
		// a control verb's target is in its own complement, not in a
		// purpose clause nested in it
		{"ComplementObject", "Russia offered to pay Ukraine.", []string{"RUS→UKR 030 asserted"}},
		{"NestedPurposeClause", "Russia offered to pay farmers to attack Ukraine.", nil},
		// "no one" as subject: nobody acted or was acted on
		{"NobodyPatient", "No one was arrested in Ukraine.", nil},
		{"SomebodyPatient", "Zelenskyy was arrested in Ukraine.", []string{"UKRCOP→UKRGOV 173 asserted"}},
		// withholding approval is rejecting; other negated acts stay negated
		{"NegatedApproval", "Russia does not recognize Zelenskyy.", []string{"RUS→UKRGOV 120 asserted"}},
		{"Approval", "Russia recognizes Zelenskyy.", []string{"RUS→UKRGOV 054 asserted"}},
		{"NegatedAct", "Russia did not attack Ukraine.", []string{"RUS→UKR 190 negated"}},
		{"InfinitiveComplement", "Russia plans to attack Ukraine.", []string{"RUS→UKR 190 planned"}},
		{"ParticipleAsVerb", "Russia jailed Ukrainian activists.", []string{"RUS→- 173 asserted"}},
		// urging and calling on are demands (10); asking stays a request (02)
		{"AskActorToIsRequest", "Germany asked Russia to leave Crimea.", []string{"DEU→RUS 020 asserted"}},
		// rejecting a charge is a rejection (12); denying involvement stays 016
		{"DenyInvolvementIsDenial", "Russia denied any involvement in the attack.", []string{"RUS→- 016 asserted"}},
		{"CallForActorToWithdraw", "Germany called for Russia to withdraw from Crimea.", []string{"DEU→RUS 100 asserted", "RUS→UKR 087 proposed"}},
		{"SlotNotAcrossOf", "Germany called for the friends of Russia to leave.", nil},
		// ", backed by X and Y, are attacking": an aside the subject search skips
		{"ParticipialAside", "Syrian Armed Forces, backed by Russia and Iran, are attacking the rebels.", []string{"IRN→SYRMIL 050 asserted", "RUS→SYRMIL 050 asserted", "SYRMIL→SYRREB 190 asserted"}},
		// "X say they killed": the reporting verb's subject, not a place in it
		{"ReportedTheySubject", "Syrian Armed Forces in Syria say they killed the rebels.", []string{"SYRMIL→SYRREB 190 asserted"}},
		// a country acting on its own non-state groups is an event
		{"CountryOnOwnRebels", "In March Syria attacked the rebels.", []string{"SYR→SYRREB 190 asserted"}},
		{"CountryOnOwnGovernmentNot", "Russia praised Moscow.", nil},
		// vehicles of civilians are objects of violence
		{"TrainObject", "Hamas attacked a passenger train in Paris.", []string{"PSEREB→FRACVL 190 asserted"}},
		// "blamed several recent attacks on X": the gap before "on"
		{"BlameLongOn", "Pakistan blamed several deadly recent attacks on Afghanistan.", []string{"PAK→AFG 110 asserted"}},
		// "condemned the continuing brutality of X": the default object search
		{"CondemnFarObject", "Germany strongly condemned the continuing brutality of Syrian Armed Forces.", []string{"DEU→SYRMIL 111 asserted"}},
		{"ParticipleObjectNoun", "Iran rejected claims linking attack on Israel with Hamas.", []string{"IRN→- 120 asserted"}},
		{"LiftOrdersOf", "Germany lifted orders blocking the visit of Putin.", []string{"DEU→RUSGOV 081 asserted"}},
		{"ArmedTakeover", "In March the rebels took over a ship in Syria.", []string{"SYRREB→SYRCVL 181 asserted"}},
		{"UnarmedTakeoverNot", "Germany took over a bank in Paris.", nil},
		{"ProtestsNoAgent", "Protests against Putin erupted in Paris.", []string{"FRAOPP→RUSGOV 141 asserted"}},
		{"CompoundWithModifiers", "Germany and neighbouring Poland condemned Russia.", []string{"DEU→RUS 111 asserted", "POL→RUS 111 asserted"}},
		{"CompoundWithDeterminerAdjective", "Germany and the brave Poland condemned Russia.", []string{"DEU→RUS 111 asserted", "POL→RUS 111 asserted"}},
		{"NumberBeforeParticiple", "Germany won 41 pledged delegates in Paris.", nil},
		{"TalksBetweenModifiedConjunct", "Talks between Syrian Armed Forces and local rebels collapsed.", []string{"SYRMIL→SYRREB 040 asserted"}},
		// multi-word alternatives in the built-in dictionary
		{"FireTearGas", "Syrian Armed Forces fired tear gas at the rebels.", []string{"SYRMIL→SYRREB 175 asserted"}},
		{"CallOnToResign", "Germany called on Putin to resign.", []string{"DEU→RUSGOV 1041 asserted"}},
		{"AccuseOfGenocide", "Poland accused Russia of genocide.", []string{"POL→RUS 1124 asserted"}},
		{"ExchangeFireCompound", "Russia and Ukraine exchanged fire along the border.", []string{"RUS→UKR 190 asserted"}},
		{"ExchangeFireWith", "Russia exchanged fire with Ukraine.", []string{"RUS→UKR 190 asserted"}},
		{"CallToActorTo", "Germany renewed its call to Russia to leave Crimea.", []string{"DEU→RUS 100 asserted"}},
		{"PhoneCallToNotAppeal", "Germany made a phone call to Russia.", nil},
		// "the group" stands for the armed group named last
		{"GroupAnaphora", "Hamas fled to Syria. Later the group attacked Ukraine.", []string{"PSEREB→UKR 190 asserted"}},
		{"GroupAnaphoraNone", "Germany fled to Syria. Later the group attacked Ukraine.", nil},
		{"ConductBombingsPlaceVictim", "Hamas conducts bombings in Paris.", []string{"PSEREB→FRA 190 asserted"}},
		{"LocativeWithDeterminer", "Hamas condemned the attacks in the Israel of today.", nil},
		{"SwapPrisoners", "Russia and Ukraine swapped prisoners on Friday.", []string{"RUS→UKR 084 asserted"}},
		// a trailing participle takes the main clause's subject, not its object
		{"TrailingParticipleMainSubject", "Hamas attacked Syrian Armed Forces in Syria, killing the rebels.", []string{"PSEREB→SYRMIL 190 asserted", "PSEREB→SYRREB 190 asserted"}},
		{"TrailingParticipleNoSubject", "Gangs attacked Syrian Armed Forces in Syria, killing the rebels.", nil},
		{"PassiveBanOfThingsNoPeople", "In Paris the books that are banned sold well.", nil},
		{"PassiveArrestOfPeople", "In Paris two suspects were arrested.", []string{"FRAGOV→FRACVL 173 asserted"}},
		{"ExpelledFromPartyNull", "Germany expelled Putin from the party.", nil},
		{"InOrderToIsPurpose", "Germany sent envoys in order to help Ukraine.", nil},
		{"NominalProtestNotSubjects", "If Germany does not respond, there will be more protests.", nil},
		{"AgentListNotMeetingParties", "Putin was criticized by Germany, Poland and Ukraine at a meeting.", []string{"DEU→RUSGOV 111 asserted", "POL→RUSGOV 111 asserted", "UKR→RUSGOV 111 asserted"}},
		{"CallForPeaceIn", "Germany called for peace in Syria.", []string{"DEU→SYR 107 asserted"}},
		// "the envoy for Syria is calling": "for X" before an auxiliary is no infinitive subject
		{"ForPhraseNotSubject", "The envoy of Germany for Syria is calling for an end to attacks on Ukraine.", []string{"DEU→UKR 1056 asserted"}},
		// "between X's adjective N and Y"
		// violence with no named victim strikes the country where it happens
		{"NominalByAgentPlaceVictim", "Many died in the hijacking by Hamas in Paris.", []string{"PSEREB→FRA 181 asserted"}},
		{"ForeignStrikePlaceVictim", "Russia launched new attacks overnight in Crimea.", []string{"RUS→UKR 190 asserted"}},
		{"InsurgentsAtHomeHitCivilians", "In March the rebels attacked in Syria.", []string{"SYRREB→SYRCVL 190 asserted"}},
		{"OwnArmyAtHomeNoVictim", "Syrian Armed Forces launched new attacks in Syria.", nil},
		{"VerbalAttackNoPlaceVictim", "Putin attacked the proclamation in Crimea.", nil},
		{"BetweenPossessiveHead", "Merz said agreements between Syria's transitional authorities and the rebels were signed.", []string{"SYRGOV→SYRREB 057 asserted"}},
		// an appeal to parties that are no coded actor has no target; one
		// named by example is the target
		{"UrgeGenericAddressee", "Germany urged democratic nations to look beyond trade.", []string{"DEU→- 100 asserted"}},
		{"CallOnGenericAddressee", "Poland called on wealthy nations to share the burden.", []string{"POL→- 100 asserted"}},
		{"EncourageSuchAs", "Germany is encouraging allies such as Poland to restrict flights.", []string{"DEU→POL 020 asserted"}},
		{"EncourageSuchAsOverLaterActor", "Germany is encouraging allies such as Poland to restrict Russia's flights.", []string{"DEU→POL 020 asserted"}},
		{"UrgeObjectNoExample", "Germany urged Poland to restrict Russia's flights.", []string{"DEU→POL 100 asserted"}},
		{"EncouragingAdjective", "It is encouraging to see Germany act.", nil},
		// possessed acts of force: the agent is named, the victim the
		// clause's other actor, and the act is presupposed
		{"PossessedAggressionVictimBefore", "Germany will keep helping Ukraine against Russia's brutal aggression.", []string{"DEU→UKR 070 planned", "RUS→UKR 190 asserted"}},
		{"PossessedAggressionVictimAfter", "Russia's aggression endangers Poland.", []string{"RUS→POL 190 asserted"}},
		{"AggressionNoAgent", "Germany condemned aggression on Monday.", nil},
		{"PossessedKillingOf", "Iran mourned after Israel's killing of Hamas leaders.", []string{"ISR→PSEREB 190 asserted"}},
		{"KillingOfByAgent", "The killing of Hamas leaders by Israel shocked many.", []string{"ISR→PSEREB 190 asserted"}},
		{"KillingNoAgent", "The killing of Hamas leaders shocked many.", nil},
		{"MeasuresAgainst", "China's punitive measures against Taiwan hurt exporters.", []string{"CHN→TWN 163 asserted"}},
		{"AllegeWithoutThat", "A court in Germany alleged Hamas had posted false messages.", []string{"DEU→PSEREB 112 asserted"}},
		{"AllegedAdjective", "The director of Hamas has alleged ties to Iran.", nil},
		// a state's act on a person with no agent named: the person's state
		{"PossessedArrestIsPatient", "Putin's arrest drew condemnation.", []string{"RUSCOP→RUSGOV 173 asserted"}},
		{"PossessedArrestOfStaysAgent", "Russia's arrest of Zelenskyy drew condemnation.", []string{"RUS→UKRGOV 173 asserted"}},
		{"FreedFromPrisonAfterBeing", "Zelenskyy thanked supporters after being freed from prison.", []string{"UKRCOP→UKRGOV 0841 asserted"}},
		{"BeenInDetention", "Zelenskyy had been in pretrial detention since May.", []string{"UKRCOP→UKRGOV 173 asserted"}},
		{"BeenInPlaceNoDetention", "Zelenskyy had been in Paris since May.", nil},
		// a deportation is the deporting state's, not the destination's
		{"DeportedToDestination", "Germany met Poland in Crimea and the Donbas. Later, two Hamas members were deported to Syria.", []string{"DEU→POL 040 asserted", "UKRGOV→PSEREB 174 asserted"}},
		{"DeportedFromPlace", "Germany met Poland in Crimea and the Donbas. Later, two Hamas members were deported from Syria.", []string{"DEU→POL 040 asserted", "SYRGOV→PSEREB 174 asserted"}},
		// territory taken at home by a non-state group is taken from the state
		{"RebelsTakeOverHomeCity", "In March the rebels took over Homs.", []string{"SYRREB→SYRGOV 192 asserted"}},
		{"ArmyRetakesHomeNoEvent", "In March Syrian Armed Forces took over Homs.", nil},
		// "X-Y talks": the parties joined by a hyphen
		{"HyphenTalks", "The U.S.-Ukraine talks in Geneva ended early.", []string{"USA→UKR 040 asserted"}},
		{"HyphenNoTalks", "The U.S.-Ukraine border deal was signed.", nil},
		// an attack as the subject of a violent verb: its agent kills
		{"AttackAscribedKills", "A car bombing in Paris killed five, an attack ascribed to Hamas.", []string{"PSEREB→FRA 190 asserted"}},
		{"AttackWhichKilled", "Hamas claimed the attack, which killed twelve in Paris.", []string{"PSEREB→FRA 190 asserted"}},
		{"AttackAnaphoraLastGroup", "Hamas stormed a hotel in Paris. The attack killed twelve.", []string{"PSEREB→FRACVL 180 asserted", "PSEREB→FRACVL 190 asserted"}},
		{"AttackNoArmedGroup", "Germany met Poland. The attack killed twelve.", []string{"DEU→POL 040 asserted"}},
		// a fronted phrase's pronoun points ahead to the main clause's subject
		{"CataphoricPossessiveVisit", "During his visit to Ukraine, Macron spoke at length.", []string{"FRAGOV→UKR 042 asserted"}},
		{"CataphoricNoComma", "During his visit to Ukraine Macron spoke at length.", nil},
		// an intent noun's infinitive is its possessor's act, in its mode
		{"DecisionToPossessorActs", "Poland welcomed Germany's decision to attack Hamas.", []string{"DEU→PSEREB 190 planned", "POL→DEU 051 asserted"}},
		{"RefusalToNegated", "Ukraine criticized China's refusal to sanction Russia.", []string{"CHN→RUS 163 negated", "UKR→CHN 111 asserted"}},
		// a reduced relative on a people noun is an agentless state act
		{"ReducedRelativeArrested", "Germany discussed the journalists arrested during the protests in Paris.", []string{"FRAGOV→FRACVL 173 asserted"}},
		{"ActiveNotReducedRelative", "In Paris two men arrested the driver.", nil},
		{"ControlComplementPresupposesPossessed", "Poland called on China to cease support for Russia's war against Ukraine.", []string{"POL→CHN 100 asserted", "RUS→UKR 190 asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, annotate(t, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("code(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestCoder_Modes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Asserted", "Trump met Putin.", []string{"USAGOV→RUSGOV 040 asserted"}},
		// "according to": the lede's sourcing of a fact is the outlet's
		// assertion; elsewhere, or citing a party, it is reported
		{"LedeAccordingToWitnesses", "Russia attacked Ukraine on Monday, according to witnesses.", []string{"RUS→UKR 190 asserted"}},
		{"LedeAccordingToLocalPolice", "According to local police, Russia attacked Ukraine.", []string{"RUS→UKR 190 asserted"}},
		{"LedeAccordingToParty", "Russia attacked Ukraine, according to Kyiv.", []string{"RUS→UKR 190 reported"}},
		{"BodyAccordingToWitnesses", "Trump met Putin. Russia attacked Ukraine, according to witnesses.", []string{"RUS→UKR 190 reported", "USAGOV→RUSGOV 040 asserted"}},
		{"LedeReportedly", "Russia reportedly attacked Ukraine, according to witnesses.", []string{"RUS→UKR 190 reported"}},
		// a hearsay adverb in a relative clause reports that clause only
		{"AllegedlyInRelativeClause", "Russia arrested Hamas, who allegedly were preparing attacks.", []string{"RUS→PSEREB 173 asserted"}},
		{"AllegedlyInClause", "Russia allegedly arrested Hamas.", []string{"RUS→PSEREB 173 reported"}},
		// a possessed nominal is presupposed: the governing negation is not its own
		{"NeverCondemnedPossessedInvasion", "China has never condemned Russia's invasion of Ukraine.", []string{"CHN→RUS 111 negated", "RUS→UKR 190 asserted"}},
		{"NotPleasedWithHisTrip", "Putin was not pleased with his trip to China.", []string{"RUSGOV→CHN 042 asserted"}},
		{"NegatedBareNominal", "Putin did not hold talks with Trump.", []string{"RUSGOV→USAGOV 040 negated"}},
		// a finite progressive is not governed by the main clause's modal
		{"ProgressiveInAsClause", "We can hear it as the rebels are still fighting with Syrian Armed Forces.", []string{"SYRREB→SYRMIL 190 asserted"}},
		{"SetTo", "Trump is set to meet Putin.", []string{"USAGOV→RUSGOV 040 planned"}},
		{"Will", "Trump will meet Putin on Friday.", []string{"USAGOV→RUSGOV 040 planned"}},
		{"ScheduledTo", "Trump and Putin are scheduled to meet on Friday.", []string{"USAGOV→RUSGOV 040 planned"}},
		{"PlansTo", "Macron plans to visit Kyiv.", []string{"FRAGOV→UKRGOV 042 planned"}},
		{"ExpectedTo", "Macron is expected to visit Kyiv.", []string{"FRAGOV→UKRGOV 042 planned"}},
		{"ProposalFor", "Trump discussed proposals for Russia to relinquish Crimea.", []string{"RUS→UKR 080 proposed"}},
		{"CallsFor", "Macron called for Russia to withdraw from Ukraine.", []string{"FRAGOV→RUS 100 asserted", "RUS→UKR 087 proposed"}},
		{"CalledOffIsNotAProposal", "Trump called off aid to Ukraine.", []string{"USAGOV→UKR 070 asserted"}},
		{"DesireNotEvent", "Merz is keen to help Zelenskyy.", nil},
		{"AttemptNotEvent", "Russia is trying to capture Kyiv.", nil},
		{"PlanIsPlanned", "Russia plans to attack Ukraine.", []string{"RUS→UKR 190 planned"}},
		// a plan that is denied is no planned act
		{"NoPlansTo", "Russia has no plans to attack Ukraine.", []string{"RUS→UKR 190 negated"}},
		{"NotAnnouncedAnyPlansTo", "Russia had not, as of Monday, announced any plans to attack Ukraine.", []string{"RUS→UKR 190 negated"}},
		{"PlansAfterNegatedClause", "Kyiv does not know when Russia plans to attack Ukraine.", []string{"RUS→UKR 190 planned"}},
		{"Could", "The United States could offer protection to Ukraine.", []string{"USA→UKR 0334 conditional"}},
		{"Would", "Russia would attack Ukraine.", []string{"RUS→UKR 190 conditional"}},
		{"Might", "Russia might attack Ukraine.", []string{"RUS→UKR 190 conditional"}},
		{"If", "If Russia attacks Ukraine, NATO will respond.", []string{"RUS→UKR 190 conditional"}},
		{"DidNot", "Trump did not meet Putin.", []string{"USAGOV→RUSGOV 040 negated"}},
		{"HasNot", "Russia has not attacked Ukraine.", []string{"RUS→UKR 190 negated"}},
		{"Never", "Trump never met Putin.", []string{"USAGOV→RUSGOV 040 negated"}},
		{"WillNot", "Trump will not meet Putin.", []string{"USAGOV→RUSGOV 040 negated"}},
		{"RefusedIsItsOwnCode", "Putin refused to meet Zelenskyy.", []string{"RUSGOV→UKRGOV 125 asserted"}},
		{"Reportedly", "Russia reportedly attacked Ukraine.", []string{"RUS→UKR 190 reported"}},
		{"ReportedWouldIsPlanned", "Russia said it would cut ties with Ukraine.", []string{"RUS→UKR 160 planned"}},
		{"ReportedWouldIfIsConditional", "Iran said it would attack Israel if the talks fail.", []string{"IRN→ISR 190 conditional"}},
		{"MayIsConditional", "Iran may retaliate against Israel.", []string{"IRN→ISR 190 conditional"}},
		{"CantAffordIsNegated", "Russia can't afford to attack Ukraine.", []string{"RUS→UKR 190 negated"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, annotate(t, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("code(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestCoder_Quotes checks the mode and attribution of events in quotes.
func TestCoder_Quotes(t *testing.T) {
	text := `"Russia attacked Ukraine and we will meet Putin," Trump said. Russia has agreed to talks with Ukraine, a senior official said.`
	doc := annotate(t, text)
	b := &builder{t: t, doc: doc}
	trump := -1
	for i, m := range doc.Mentions {
		if m.Text == "Trump" {
			trump = i
		}
	}
	b.quote("Russia attacked Ukraine and we will meet Putin,", "", true, trump, "Donald Trump", false)
	b.quote("Russia has agreed to talks with Ukraine", "", false, -1, "a senior official", true)
	c, err := event.New(event.Config{DateOf: nearestDate})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	type row struct {
		Dyad, Mode, Speaker string
		Quote               int
		Anon                bool
	}
	var got []row
	for _, e := range doc.Events {
		r := row{Dyad: codeOf(e.Source) + "→" + e.Target.Code + " " + e.CAMEO, Mode: e.Mode, Speaker: e.Attribution.Speaker, Quote: -1, Anon: e.Attribution.Anonymous}
		if e.Attribution.Quote != nil {
			r.Quote = *e.Attribution.Quote
		}
		if e.Attribution.Outlet != "example.com" {
			t.Errorf("event %s outlet %q", r.Dyad, e.Attribution.Outlet)
		}
		got = append(got, r)
	}
	want := []row{
		{"RUS→UKR 190", dyad.ModeReported, "Donald Trump", 0, false},
		// "we" is the speaker; planned wins over reported.
		{"USAGOV→RUSGOV 040", dyad.ModePlanned, "Donald Trump", 0, false},
		{"RUS→UKR 036", dyad.ModeReported, "a senior official", 1, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quoted events (-want +got):\n%s", diff)
	}
}

func TestCoder_DatePlaceProvenance(t *testing.T) {
	text := "Trump and Putin met in Alaska on Friday."
	doc := annotate(t, text)
	b := &builder{t: t, doc: doc}
	b.time("on Friday", "", "2025-08-15", dyad.DateDay)
	c, err := event.New(event.Config{DateOf: nearestDate})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 {
		t.Fatalf("got %d events, want 1: %v", len(doc.Events), summary(doc))
	}
	e := doc.Events[0]
	if e.Date != "2025-08-15" || e.DatePrecision != dyad.DateDay || e.DateSource != dyad.DateFromText || e.DateText != "on Friday" {
		t.Errorf("date = %q %q %q %q", e.Date, e.DatePrecision, e.DateSource, e.DateText)
	}
	if e.Place == nil || e.Place.Name != "Alaska" {
		t.Errorf("place = %+v, want Alaska", e.Place)
	}
	if e.Trigger.Text != "met" || e.Source.Name != "Trump" || e.Target.Name != "Putin" || e.Source.Mention == nil {
		t.Errorf("provenance: trigger %q source %+v target %+v", e.Trigger.Text, e.Source, e.Target)
	}
	if !strings.Contains(e.Rule, "verbs.txt:") || e.PLOVER != "CONSULT" || e.Quad != 1 || e.Goldstein != 1.0 {
		t.Errorf("rule %q plover %q quad %d goldstein %v", e.Rule, e.PLOVER, e.Quad, e.Goldstein)
	}
	// A place belongs to the event whose clause it is in.
	doc = annotate(t, "Trump exerted pressure on Zelenskyy following his meeting with Putin in Alaska.")
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	places := map[string]string{}
	for _, e := range doc.Events {
		places[e.Trigger.Text] = "-"
		if e.Place != nil {
			places[e.Trigger.Text] = e.Place.Name
		}
	}
	if diff := cmp.Diff(map[string]string{"exerted pressure on": "-", "meeting with": "Alaska"}, places); diff != "" {
		t.Errorf("event places (-want +got):\n%s", diff)
	}
	// No time expression: the publication date, marked as such.
	doc = annotate(t, "Trump met Putin.")
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if e := doc.Events[0]; e.Date != "2025-08-18" || e.DateSource != dyad.DateFromPublication || e.Place != nil {
		t.Errorf("undated event: date %q source %q place %+v", e.Date, e.DateSource, e.Place)
	}
}

// TestCoder_BeforeLedeEvent dates "two days before the summit" from the
// lede's date.
func TestCoder_BeforeLedeEvent(t *testing.T) {
	text := "Trump and Putin met in Alaska on Friday. Two days before the summit, Russia hit Ukraine."
	doc := annotate(t, text)
	b := &builder{t: t, doc: doc}
	b.time("on Friday", "", "2025-08-15", dyad.DateDay)
	sp := b.find("Two days", "", 0)
	doc.Times = append(doc.Times, dyad.TimeExpr{Span: sp, Text: "Two days", Type: dyad.TimeDuration, Value: "P2D"})
	c, err := event.New(event.Config{DateOf: nearestDate})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range doc.Events {
		got[e.Trigger.Text] = e.Date
	}
	if got["hit"] != "2025-08-13" {
		t.Errorf("dates = %v, want hit on 2025-08-13", got)
	}
}

func TestNew_BadVerbFile(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/bad.txt"
	if err := writeFile(p, "042 visit:v <T>\nXYZ nonsense\n"); err != nil {
		t.Fatal(err)
	}
	_, err := event.New(event.Config{VerbFiles: []string{p}})
	if err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("New with a bad dictionary: err = %v, want one naming bad.txt:2", err)
	}
	if _, err := event.New(event.Config{VerbFiles: []string{dir + "/missing.txt"}}); err == nil {
		t.Error("New with a missing dictionary: no error")
	}
}

// TestCoder_AnaphoricEventNoun dates "The vote was boycotted by X" from a
// sentence shortly before that reported the voting, not from an unrelated
// sentence nor from the publication. (The dated sentence is not the
// lede, whose day would set the scene for any undated sentence: see
// TestCoder_Attributes, SceneDateFromLede.)
func TestCoder_AnaphoricEventNoun(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"Merz spoke. On Friday, Poland voted on sanctions. The vote was boycotted by Russia.", "2025-08-15"},
		{"Merz spoke. On Friday, Poland spoke on sanctions. The vote was boycotted by Russia.", "2025-08-18"},
	} {
		doc := annotate(t, tt.text)
		b := &builder{t: t, doc: doc}
		b.time("On Friday", "", "2025-08-15", dyad.DateDay)
		// (A state's boycott names no target: keep the event to see its date.)
		c, err := event.New(event.Config{DateOf: nearestDate, KeepUndyadic: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range doc.Events {
			if e.Trigger.Text == "boycotted" {
				got = e.Date
			}
		}
		if got != tt.want {
			t.Errorf("%q: boycott dated %q, want %q (events %v)", tt.text, got, tt.want, summary(doc))
		}
	}
}
