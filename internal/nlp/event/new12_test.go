package event_test

import "testing"

// A quantity phrase before the noun a slot takes ("$20 billion worth of",
// "dozens of") does not hide what it counts; without "of" (or, after an
// amount of money, "in") nothing is skipped.
func TestCoder_QuantityBeforeSlot(t *testing.T) {
	runArgCases(t, []argCase{
		{"amount worth of goods", "Canada imposed new tariffs on $20.7 billion worth of U.S. exports.",
			[]string{"CAN→USA 16 asserted"}},
		{"amount of goods", "China imposed tariffs on $5 billion of Canadian goods.",
			[]string{"CHN→CAN 16 asserted"}},
		{"amount in goods", "China imposed tariffs on $5 billion in Canadian goods.",
			[]string{"CHN→CAN 16 asserted"}},
		// near misses: a count without "of" is no quantity phrase, and a
		// bare count before "in" is followed by a place, not a patient
		{"count in a place", "China imposed tariffs on 5 products in Canada.",
			nil},
		{"no quantity unchanged", "Canada imposed new tariffs on U.S. exports.",
			[]string{"CAN→USA 16 asserted"}},
	})
}

// The subject of a verb coordinated after a complement that ends in an
// actor ("labeled X as a terrorist and levied …") is the first verb's
// subject, not that actor.
func TestCoder_CoordinatedAfterComplement(t *testing.T) {
	runArgCases(t, []argCase{
		{"after as-complement", "In 2007, the United States government labeled Soleimani as a terrorist and levied sanctions against Iran.",
			[]string{"USAGOV→IRN 16 asserted", "USAGOV→IRNELI 11 asserted"}},
		{"after of-phrase", "The French minister met leaders of Hamas and condemned Israel.",
			[]string{"FRAGOV→ISR 11 asserted", "FRAGOV→PSEREBHMS 04 asserted"}},
		// near miss: a new subject of its own before the second verb
		{"own subject", "The French minister met leaders of Hamas, and Israel criticized France.",
			[]string{"FRAGOV→PSEREBHMS 04 asserted", "ISR→FRA 11 asserted"}},
	})
}

// Designating an actor a terrorist one is a denunciation, also after a
// floating "both" and with "a terrorist group" itself a mention; naming
// someone to a post is not.
func TestCoder_TerroristDesignation(t *testing.T) {
	runArgCases(t, []argCase{
		{"designated as organization", "Last April, the United States Department of State also designated the IRGC as a terrorist organization.",
			[]string{"USAGOV→IRNMILIRG 11 asserted"}},
		{"floating both after have", "The United States and Pakistan have both designated BLA as a terrorist group.",
			[]string{"PAK→PAKREB 11 asserted", "USA→PAKREB 11 asserted"}},
		{"listed as", "Britain listed Hamas as a terrorist organization in 2021.",
			[]string{"GBR→PSEREBHMS 11 asserted"}},
		{"designated as envoy", "Russia designated Sergei Lavrov as its envoy to the talks.",
			nil},
		{"listed among parties", "The ministry listed Hamas as one of the parties to the talks.",
			nil},
		{"designated adjective", "Al-Shabab, a U.S.-designated terrorist group, claimed the attack.",
			nil},
	})
}
