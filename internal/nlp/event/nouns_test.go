package event_test

import "testing"

// Nominal events whose parties are given by prepositions after the noun.
func TestCoder_PrepositionalNominals(t *testing.T) {
	runArgCases(t, []argCase{
		// "an exchange of fire between X and Y" is fighting between them
		{"exchange of fire between", "An exchange of fire between Pakistani troops and Taliban fighters was reported.",
			[]string{"PAKMIL→AFGREBTAL 19 asserted"}},
		{"exchanges of gunfire with", "Kenyan police had exchanges of gunfire with Somali militants.",
			[]string{"KENCOP→SOMREB 19 asserted"}},
		{"exchange of views is no fire", "Kenya and Somalia held an exchange of views on trade.", nil},
		// "curbs on X" restrict X, as sanctions or restrictions do
		{"possessed curbs on", "The Taliban's sweeping curbs on Afghan women were criticized.",
			[]string{"AFGREBTAL→AFGCVL 17 asserted"}},
		{"imposed curbs on", "The EU imposed new curbs on Russian banks.",
			[]string{"IGOEUR→RUS 16 asserted"}},
		{"curbs on an activity", "Kenya's central bank kept curbs on borrowing.", nil},
		// a time adjunct between the noun and its complement
		{"attack that day on", "An attack that day on the Kenyan army killed two.",
			[]string{"-→KENMIL 19 asserted"}},
		{"visit in March to", "Macron's visit in March to Kenya was praised.",
			[]string{"FRAGOV→KEN 04 asserted"}},
		{"talks on Tuesday with", "Somalia's talks on Tuesday with Kenya ended early.",
			[]string{"SOM→KEN 04 asserted"}},
		// an attack a "saying" reports is no verbal attack
		{"saying an attack on", "The army released a statement saying an attack on a Kenyan military base killed two.",
			[]string{"-→KENMIL 19 reported"}},
		{"attacked, saying", "Trump attacked the Kenyan government, saying it was corrupt.",
			[]string{"USAGOV→KENGOV 11 asserted"}},
		// an indefinite act heading a quote's subject is the quote's
		// content; a bare or definite one is presupposed
		{"indefinite subject of a quote", "Pedersen said an agreement between Syria and Turkey is a reminder of progress.",
			[]string{"SYR→TUR 05 reported"}},
		{"bare subject of a quote", "Pedersen said recent agreements between Syria and Turkey are a reminder of progress.",
			[]string{"SYR→TUR 05 asserted"}},
		{"economic war is no war", "Trump ignited the economic war last week with Canada.", nil},
		{"war with", "Trump ignited the war last week with Canada.",
			[]string{"USAGOV→CAN 19 asserted"}},
		// a definite attack its date identifies is a particular act; a bare
		// definite one refers back
		{"the December 31 attack on", "The December 31 attack on the Kenyan army killed two.",
			[]string{"-→KENMIL 19 asserted"}},
		{"the attack on", "The attack on the Kenyan army killed two.", nil},
		// joint talks a sentence-opening "after/following" phrase names are
		// the main clause subject's; an attack there is not
		{"following talks with", "Following talks with Kenya, Somalia agreed to reopen the border.",
			[]string{"SOM→KEN 04 asserted"}},
		{"after an attack on", "After an attack on Kenya, Somalia praised Ethiopia.",
			[]string{"-→KEN 18 asserted", "SOM→ETH 05 asserted"}},
		{"time adjunct alone", "Somalia's talks on Tuesday ended early.", nil},
	})
}
