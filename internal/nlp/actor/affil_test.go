package actor_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// A person the dictionaries do not know takes the code of the
// organisation the text places them in; a place, a country or a person
// after the same words does not code them. The sentences and names are
// invented.
func TestAffiliation_StatedOrganisation(t *testing.T) {
	r := newResolver(t, actor.Config{})
	const ph = "The Philippine army said on Monday that rebels attacked a village. "
	const ke = "Kenya's parliament met in Nairobi on Monday. "
	tests := []struct {
		name, text, mention, code string
	}{
		// "X of the Y".
		{"OfArmyUnit", ph + "Juan Santos of the army's 1st Infantry Division said the rebels fled.", "Juan Santos", "PHLMIL"},
		{"OfNGO", ke + "Mary Wanjiru of the Kenya Human Rights Commission said the rebels fled.", "Mary Wanjiru", "KENNGO"},
		{"OfMedia", "The rebels fled, Maria Santos of Reuters reported.", "Maria Santos", "GBRMED"},
		{"OfPossessedUniversity", "Lead author Maria Santos of Australia's Griffith University spoke to the press.", "Maria Santos", "AUSEDU"},
		// "X, a/the <role> for/of/at Y".
		{"SpokesmanForNGO", ke + "Mary Wanjiru, a spokeswoman for the Kenya Human Rights Commission, said the rebels fled.", "Mary Wanjiru", "KENNGO"},
		{"DirectorOfNoArticle", ke + "Mary Wanjiru, director of Amnesty International, said the rebels fled.", "Mary Wanjiru", "NGOHRIAMN"},
		{"ResearcherWith", ke + "Mary Wanjiru, a researcher with Human Rights Watch, said the rebels fled.", "Mary Wanjiru", "NGOHRI"},
		{"SpokesmanForPolice", ke + "John Kamau, a spokesman for the police, said the rebels fled.", "John Kamau", "KENCOP"},
		// "the <role> of Y, X".
		{"LeaderOfNGOThenName", ke + "The leader of the Kenya Human Rights Commission, Mary Wanjiru, said the rebels fled.", "Mary Wanjiru", "KENNGO"},
		{"DirectorOfPossessedNGO", ke + "The director of Argentina's Amnesty International, Mariela Ruiz, said the rebels fled.", "Mariela Ruiz", "NGOHRIAMN"},
		// "<role> X of Y".
		{"TitleNameOfUniversity", "Ecologist Chip Smith of the University of Nairobi said the rains were late.", "Ecologist Chip Smith", "KENEDU"},
		// "X, who heads/works for Y".
		{"WhoHeads", ke + "Jane Doe, who heads the local branch of Amnesty International, said the rebels fled.", "Jane Doe", "NGOHRIAMN"},
		{"WhoWorksFor", ke + "Jane Doe, who works for the interior ministry, said the rebels fled.", "Jane Doe", "KENGOV"},
		// "X, (a member) of Y".
		{"MemberOf", "India's parliament met. Vijay Kumar, a member of the Rajya Sabha, said the rebels fled.", "Vijay Kumar", "INDLEG"},
		{"CommaOf", ke + "Mary Wanjiru, of the Kenya Human Rights Commission, said the rebels fled.", "Mary Wanjiru", "KENNGO"},
		// "X, Y's <title>": a title that may stand for an unnamed
		// source codes the name before it.
		{"PossessedChiefOfStaff", "Mario Vega, Rosselló's chief of staff, also announced his resignation.", "Mario Vega", "PRIGOV"},
		// "<organisation> head X".
		{"OrgHeadName", "Statements came from Organisation of Islamic Cooperation (OIC) head Yusuf Rahimi.", "Yusuf Rahimi", "IGOMOSOIC"},
		// Near misses: a place of origin, a relation, a clause whose
		// organisation is no object of the verb.
		{"OfPlace", ph + "Maria Santos of Zamboanga said the rebels fled.", "Maria Santos", ""},
		{"FriendOfMinister", ph + "Maria Santos, a friend of the minister, said the rebels fled.", "Maria Santos", "PHL"},
		{"MemberOfFamily", ph + "Maria Santos, a member of the Santos family, said the rebels fled.", "Maria Santos", "PHL"},
		{"WifeOfSoldier", ph + "Maria Santos, the wife of a soldier, said the rebels fled.", "Maria Santos", "PHL"},
		{"LeadsProtestsAgainst", ke + "Jane Doe, who leads protests against the government, said the rebels fled.", "Jane Doe", "KEN"},
		{"FormerOfficial", "Mario Vega, a former State Department official, said the talks failed.", "Mario Vega", ""},
		{"OrgHeadsVerb", "NATO heads Mary Wanjiru's way.", "Mary Wanjiru", ""},
		{"KnownNameKeepsCode", "US President Donald Trump of the Republican Party spoke in Ohio.", "US President Donald Trump", "USAGOV"},
	}
	checkCodes(t, r, tests)
}

// A later mention by surname takes the code the affiliation gave the
// full name; an unnamed spokesman for an organisation codes no one named
// after him.
func TestAffiliation_SurnameAndUnnamed(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "The Philippine army said on Monday that rebels attacked a village. Juan Santos of the army's 1st Infantry Division said the rebels fled. Santos said five soldiers were hurt.", date("2019-06-01"))
	for _, m := range doc.Mentions {
		if m.Text == "Santos" && (m.Actor == nil || m.Actor.Code != "PHLMIL") {
			t.Errorf("later %q = %v, want PHLMIL", m.Text, m.Actor)
		}
	}
	doc = run(t, r, "A spokesman for Amnesty International said the rebels fled. Maria Santos said the village burned.", date("2019-06-01"))
	if m := find(doc, "A spokesman"); m == nil || m.Actor == nil || m.Actor.Code != "NGOHRIAMN" {
		t.Errorf("A spokesman = %v, want NGOHRIAMN", m)
	}
	if m := find(doc, "Maria Santos"); m != nil && m.Actor != nil && m.Actor.Code == "NGOHRIAMN" {
		t.Errorf("Maria Santos took the unnamed spokesman's organisation")
	}
}
