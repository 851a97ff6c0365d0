package actor_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// misreadCase is a sentence, a mention's text and the code it must have
// (want) or must not have (not; "" with want "" means no such coded
// mention).
type misreadCase struct{ text, span, want, not string }

func checkMisreads(t *testing.T, cases []misreadCase) {
	t.Helper()
	r := newResolver(t, actor.Config{})
	for _, c := range cases {
		doc := run(t, r, c.text, date("2024-06-01"))
		m := find(doc, c.span)
		code := ""
		if m != nil && m.Actor != nil {
			code = m.Actor.Code
		}
		if c.want != "" && code != c.want || c.not != "" && code == c.not {
			t.Errorf("%q: %q = %q, want %q, not %q: %s", c.text, c.span, code, c.want, c.not, dump(doc))
		}
	}
}

// TestResolver_GivenNamePossessor: a given name standing alone ("Anwar")
// after a person named in full is that person, and his institution
// ("Anwar's government") is his country's, not the story's; a given
// name two people named before share stays unresolved.
func TestResolver_GivenNamePossessor(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"BEIJING - China said it would buy palm oil. Chinese officials met Anwar Ibrahim in Kuala Lumpur. Anwar's government welcomed the deal.", "government", "MYSGOV", ""},
		{"BEIJING - China said it would buy palm oil. Chinese officials met Anwar Ibrahim in Kuala Lumpur. Anwar said he was pleased.", "Anwar", "MYSGOV", ""},
		{"BEIJING - China said it would buy palm oil. Chinese officials met Anwar Ibrahim in Kuala Lumpur. The government welcomed the deal.", "government", "", "MYSGOV"},
	})
}

// TestResolver_GroupLeader: a head word after a criminal, tribal or
// union group noun is that group's leader, not the government's; a
// country's leader stays the government's.
func TestResolver_GroupLeader(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"PORT-AU-PRINCE - Police said gang leader Jean Baptiste was arrested.", "gang leader Jean Baptiste", "HTICRM", ""},
		{"PORT-AU-PRINCE - Police said cartel leader Jean Baptiste was arrested.", "cartel leader Jean Baptiste", "HTICRM", ""},
		{"PORT-AU-PRINCE - Police said union leader Jean Baptiste was arrested.", "union leader Jean Baptiste", "HTILAB", ""},
		{"PORT-AU-PRINCE - Police said tribal leader Jean Baptiste was arrested.", "tribal leader Jean Baptiste", "HTIETH", ""},
		{"PORT-AU-PRINCE - Haiti's leader Jean Baptiste met police chiefs.", "Haiti's leader Jean Baptiste", "HTIGOV", ""},
	})
}

// TestResolver_MissionToIGO: a country's mission to an IGO speaks for
// the country; a bare or organisation's mission is no country's.
func TestResolver_MissionToIGO(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"Chile's U.N. mission rejected the report on Friday.", "Chile's U.N. mission", "CHLGOV", ""},
		{"The Peruvian U.N. mission rejected the report on Friday.", "The Peruvian U.N. mission", "PERGOV", ""},
		{"The U.N. mission in Mali rejected the report on Friday.", "The U.N. mission", "IGOUNO", ""},
		{"LIMA - Peru said a rescue mission began on Friday.", "rescue mission", "", "PERGOV"},
		{"LIMA - Peru said Mission Andes, a charity, began work on Friday.", "Andes", "", "PERGOV"},
	})
}

// TestResolver_RepresentativeNotLegislator: "representative" alone is an
// envoy (a state's), a legislator only as "state representative" or the
// title "Rep.".
func TestResolver_RepresentativeNotLegislator(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"Chile's representative told the Security Council that Peru had broken the truce.", "Chile's representative", "CHLGOV", ""},
		{"COLUMBUS - Ohio state representative Jane Doe criticised the bill.", "state representative Jane Doe", "USALEG", ""},
		{"WASHINGTON - Rep. John Smith voted against the bill.", "Rep. John Smith", "USALEG", ""},
		{"WASHINGTON - Democratic Representative John Smith voted against the bill.", "Representative John Smith", "USALEG", ""},
		{"NEW YORK - Chile's Representative Ana Soto told the Security Council it objected.", "Chile's Representative Ana Soto", "CHLGOV", ""},
	})
}

// TestResolver_DominicanDemonym: "Dominican" is the Dominican Republic's
// demonym; Dominica is still named by its name.
func TestResolver_DominicanDemonym(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"Dominican soldiers were sent to the border with Haiti on Sunday.", "Dominican soldiers", "DOMMIL", ""},
		{"The Dominican Republic closed its border on Sunday.", "Dominican Republic", "DOM", ""},
		{"Dominica closed its port on Sunday.", "Dominica", "DMA", ""},
	})
}

// TestResolver_CapitalAsSurname: a capital right after an unknown
// capitalised word is a surname ("Tarek Amman"), not the seat; a
// capital after a known word stays the seat.
func TestResolver_CapitalAsSurname(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"LONDON - Police said Tarek Amman stabbed two people.", "Tarek Amman", "", "JORGOV"},
		{"LONDON - Police said Tarek Amman stabbed two people.", "Amman", "", "JORGOV"},
		{"LONDON - Britain said Amman had agreed to the plan.", "Amman", "JORGOV", ""},
		{"LONDON - Britain said Distinctly Amman, a festival, had opened.", "Amman", "JORGOV", ""},
	})
}

// TestResolver_GeneralSecretary: a general secretary is of the
// organisation named before the title, not a military general; a
// general stays military.
func TestResolver_GeneralSecretary(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"LONDON - Aslef general secretary Tom Poe said drivers would strike.", "Aslef general secretary Tom Poe", "GBRLAB", ""},
		{"LONDON - The union's general secretary Tom Poe said drivers would strike.", "general secretary Tom Poe", "", "GBRMIL"},
		{"LONDON - British general Tom Poe said troops would leave.", "British general Tom Poe", "GBRMIL", ""},
	})
}

// TestResolver_SharedPartyAcronym: an acronym two countries' parties
// share is the article's country's party; elsewhere the default.
func TestResolver_SharedPartyAcronym(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"British voters went to the polls. The BNP won two council seats in Burnley on Friday.", "BNP", "GBRPTY", ""},
		{"DHAKA - The BNP called a general strike in Bangladesh on Monday.", "BNP", "BGDPTY", ""},
		{"PARIS - The BNP said on Monday it would boycott the vote in Dhaka.", "BNP", "", "GBRPTY"},
	})
}

// TestResolver_Kurds: the Kurds are coded by their CAMEO ethnic code;
// the Kurdistan Regional Government is Iraq's.
func TestResolver_Kurds(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"ANKARA - The Kurds were angry on Monday.", "The Kurds", "KUR", ""},
		{"ERBIL - The Kurdistan Regional Government met Iraqi officials.", "Kurdistan Regional Government", "IRQGOV", ""},
		{"ANKARA - Turkey said the Syrian militia had attacked.", "the Syrian militia", "SYRREB", "KUR"},
	})
}

// TestResolver_RegionAdjectiveNation: "the Southeast Asian nation" is
// the one country named before (even inside another mention), never
// the region; with two countries before it, it is left uncoded; the
// region named alone stays the region.
func TestResolver_RegionAdjectiveNation(t *testing.T) {
	checkMisreads(t, []misreadCase{
		{"Laos's president met investors on Monday. The Southeast Asian nation plans a new railway.", "The Southeast Asian nation", "LAO", ""},
		{"Laos's president met Thailand's king on Monday. The Southeast Asian nation plans a new railway.", "Southeast Asian", "", "SEA"},
		{"Laos's president met investors on Monday. Southeast Asian leaders plan a new railway.", "Southeast Asian leaders", "SEAGOV", ""},
	})
}
