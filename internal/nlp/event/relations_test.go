package event_test

import "testing"

// The giver named by a demonym on the thing received ("accepted Chinese
// funding"): the demonym's country acts on the receiver.
func TestCoder_DemonymGiver(t *testing.T) {
	runArgCases(t, []argCase{
		{"accepted funding", "Malaysia accepted Chinese funding for the railway.",
			[]string{"CHN→MYS 07 asserted"}},
		{"amount in funding", "Kenya received $2 billion in Japanese aid last year.",
			[]string{"JPN→KEN 07 asserted"}},
		{"loans", "Pakistan has taken Saudi loans before.",
			[]string{"SAU→PAK 07 asserted"}},
		{"weapons", "Ukraine received American weapons last year.",
			[]string{"USA→UKR 07 asserted"}},
		{"contributed money", "Germany contributed $5 million to Somalia last year.",
			[]string{"DEU→SOM 07 asserted"}},
		{"contributed to success", "The rains contributed to Kenya's economic recovery.",
			nil},
		// near misses: the demonym names the beneficiary or the thing's
		// topic, or modifies a noun that is no aid (hosted visitors)
		{"funding for students", "Kenya received funding for Chinese students.",
			nil},
		{"visitors", "Kenya received Chinese visitors at the palace.",
			[]string{"KEN→CHN 04 asserted"}}, // hosting, no aid
	})
}

// Standing disputes between two parties: a compound subject disputing,
// disagreeing or at odds, or one party locked in a standoff with another.
func TestCoder_StandingDisputes(t *testing.T) {
	runArgCases(t, []argCase{
		{"have been disputing", "Japan and China have been disputing the islands for years.",
			[]string{"JPN→CHN 11 asserted"}},
		{"disagreeing over", "China and Malaysia are disagreeing over the sea.",
			[]string{"CHN→MYS 11 asserted"}},
		{"at odds over", "Kenya and Somalia remain at odds over the maritime border.",
			[]string{"KEN→SOM 11 asserted"}},
		{"border standoff", "India has been locked in a border standoff with China.",
			[]string{"IND→CHN 15 asserted"}},
		{"standoff", "India has been locked in a standoff with China.",
			[]string{"IND→CHN 11 asserted"}},
		{"embroiled in a row", "Kenya has been embroiled in a diplomatic row with Somalia since 2019.",
			[]string{"KEN→SOM 11 asserted"}},
		{"been feuding", "Kenya and Somalia have been feuding over the maritime border.",
			[]string{"KEN→SOM 11 asserted"}},
		{"dispute between", "The dispute between Kenya and Somalia escalated.",
			[]string{"KEN→SOM 11 asserted"}},
		{"squabbling adjective", "The Conservatives say the two men are behaving like squabbling schoolboys.",
			nil},
		{"mediated dispute", "Kenya mediated in the dispute between Ethiopia and Egypt.",
			[]string{"KEN→EGY 04 asserted", "KEN→ETH 04 asserted"}},
		// near misses: a single party disputing a thing, a joint
		// dispute of a third thing in the simple past, a meeting
		{"single disputing", "China is disputing the report.",
			nil},
		{"disputed the report", "Kenya and Uganda disputed the report.",
			nil},
		{"policy at odds", "Her policy is at odds with the government's science policy.",
			nil},
		{"met over", "Kenya and Somalia met over the disputed border.",
			[]string{"KEN→SOM 04 asserted"}},
	})
}

// Armed ships or aircraft moved into waters or airspace show force (150),
// at the owner a demonym names; unarmed boats and people do not. The
// noun "ships" after the force's name does not end its clause.
func TestCoder_IncursionIntoWaters(t *testing.T) {
	runArgCases(t, []argCase{
		{"coast guard ships", "The dispute has seen Chinese coast guard ships sail into the contested waters.",
			[]string{"CHNMIL→- 15 asserted"}},
		{"warships into waters", "Chinese warships sailed into Japanese waters near the islands.",
			[]string{"CHNMIL→JPN 15 asserted"}},
		{"jets entered airspace", "Russian fighter jets entered Estonian airspace on Tuesday.",
			[]string{"RUSMIL→EST 15 asserted"}},
		// near misses: unarmed boats, tourists, a patrol of one's own waters
		{"fishing boats", "Chinese fishing boats sailed into Philippine waters.",
			nil},
		{"tourists", "Tourists flew into Estonian airspace.",
			nil},
		{"own waters", "The Philippine navy patrols its waters.",
			nil},
		{"shipped aid", "The EU shipped aid to Gaza.",
			[]string{"IGOEUR→PSE 07 asserted"}},
	})
}

// An intent noun's infinitive is its agent's act also over an aspect verb
// and a time adjunct, with an actor modifier as the agent: not the clause
// subject's, nor the "by" object's clause's.
func TestCoder_IntentNounAgent(t *testing.T) {
	runArgCases(t, []argCase{
		{"court ruling", "U.S. lawmakers were angered by a Turkish court ruling on Wednesday to continue to imprison Kenyan traders.",
			[]string{"TURJUD→KENBUS 17 asserted"}},
		{"decision last week", "Kenyan lawmakers were angered by the Ugandan decision last week to expel the Kenyan ambassador.",
			[]string{"UGA→KENGOV 16 planned"}},
		// near misses: a verb, not a noun, before the time adjunct
		{"voted on Wednesday", "Kenyan lawmakers voted on Wednesday to expel the Ugandan ambassador.",
			[]string{"KENLEG→UGAGOV 16 asserted"}},
	})
}

// A possessed imposition of sanctions is the possessor's sanction, on the
// party the sentence names; with no possessor nor "on" target, none.
func TestCoder_PossessedImposition(t *testing.T) {
	runArgCases(t, []argCase{
		{"possessor, implicit target", "Markets punished Turkey, plunging the country into a recession following Trump's imposition of sanctions.",
			[]string{"USAGOV→TUR 16 asserted"}},
		{"possessor, on target", "Kenya's imposition of sanctions on Somali officials angered Mogadishu.",
			[]string{"KEN→SOMGOV 16 asserted"}},
		// near misses: no agent; a curfew is no sanction between parties
		{"no agent", "The imposition of sanctions hurt Iraq.",
			nil},
		{"curfew", "The government's imposition of a curfew angered residents.",
			nil},
	})
}

// A possessed purchase of a demonym's arms is the possessor's cooperation
// with the seller; an unpossessed one names no buyer.
func TestCoder_PossessedPurchase(t *testing.T) {
	runArgCases(t, []argCase{
		{"possessed purchase", "Sanctions followed Turkey's purchase of Russian air defense systems.",
			[]string{"TUR→RUS 06 asserted"}},
		{"unpossessed purchase", "Analysts say a large-scale purchase of Russian jets will have consequences.",
			nil},
		{"no seller", "Turkey's purchase of new jets angered Greece.",
			nil},
	})
}

// An unresolved "its" owning a nominal act is the nearest country or body
// before it, not the sentence's first subject.
func TestCoder_ItsNearestBody(t *testing.T) {
	runArgCases(t, []argCase{
		{"its after prep object", "Canada requested consultations with the U.S. over its imposition of import duties on steel products from Canada.",
			[]string{"CAN→USA 04 asserted", "USA→CAN 16 asserted"}},
		// near miss: no body before "its" but the subject itself
		{"its subject", "Canada explained that its imposition of import duties on steel products from China was legal.",
			[]string{"CAN→CHN 16 asserted"}},
	})
}

// Claims contested over a quantity and a modifier, and a standing
// alliance after a form of "be" (a state, not an agentless passive).
func TestCoder_ContestedClaimsAndAlliances(t *testing.T) {
	runArgCases(t, []argCase{
		{"contest parts of claims", "Vietnam and Taiwan contest all or parts of China's sovereignty claims over the sea.",
			[]string{"TWN→CHN 12 asserted", "VNM→CHN 12 asserted"}},
		{"contest results", "Kenya contested the results of the election.",
			nil},
		{"is allied with", "Kenya has long been allied with Uganda.",
			[]string{"KEN→UGA 05 asserted"}},
		{"allied adjective", "Allied forces attacked the town.",
			nil},
	})
}

// Legislation passed "targeting" a party is a sanction on it; one
// targeting a practice is none.
func TestCoder_LegislationTargeting(t *testing.T) {
	runArgCases(t, []argCase{
		{"bill targeting firms", "The House approved a bill targeting Chinese firms.",
			[]string{"USALEG→CHNBUS 16 asserted"}},
		{"bill targeting practice", "The House approved a bill targeting tax evasion.",
			nil},
	})
}
