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
	})
}
