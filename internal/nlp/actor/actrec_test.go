package actor_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// checkCodes runs each text and checks the code of one mention ("" for
// an uncoded one, "-" for no such mention).
func checkCodes(t *testing.T, r *actor.Resolver, tests []struct{ name, text, mention, code string }) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, r, tc.text, date("2019-06-01"))
			m := find(doc, tc.mention)
			if m == nil {
				if tc.code == "-" {
					return
				}
				var got []string
				for _, m := range doc.Mentions {
					got = append(got, m.Text)
				}
				t.Fatalf("no mention %q; got %q", tc.mention, got)
			}
			code := ""
			if m.Actor != nil {
				code = m.Actor.Code
			}
			if code != tc.code {
				t.Errorf("%q coded %q, want %q", tc.mention, code, tc.code)
			}
		})
	}
}

// An unknown organisation whose name ends in a country is that country's
// even with no word for its sector, and so is a person of it; a name
// ending in a place word is no organisation, and one with no
// organisation word stays uncoded. The sentences and names are
// invented.
func TestNameEndingInCountry_BareCode(t *testing.T) {
	r := newResolver(t, actor.Config{})
	checkCodes(t, r, []struct{ name, text, mention, code string }{
		{"Forum", "The talks failed, said Tendai Moyo, director of Youth Action Forum Zimbabwe.", "Youth Action Forum Zimbabwe", "ZWE"},
		{"Coalition", "Mei Lin of Clean Rivers Coalition Taiwan said the plan was too late.", "Clean Rivers Coalition Taiwan", "TWN"},
		{"PersonOfIt", "Mei Lin of Clean Rivers Coalition Taiwan said the plan was too late.", "Mei Lin", "TWN"},
		{"SectorWordKept", "Mei Lin of the Clean Rivers Party Taiwan said the plan was too late.", "Clean Rivers Party Taiwan", "TWNPTY"},
		{"NoOrgWord", "Meteorologists at Weather Canada warned of snow on Monday.", "Weather Canada", ""},
		{"PlaceWordNoOrg", "Boats sailed from Liuheng Island China on Monday.", "Liuheng Island China", "-"},
	})
}

// An unknown civil organisation named with "in <place>" after it is of the
// place's country, and so is a person of it; a month after "in", or a
// state body, takes nothing from it. The sentences and names are invented.
func TestOrganisationInPlace(t *testing.T) {
	r := newResolver(t, actor.Config{})
	const pre = "It was a mistake, said Mary Olsen, a professor at Saint Brendan Christian College in "
	checkCodes(t, r, []struct{ name, text, mention, code string }{
		{"College", pre + "Nairobi.", "Saint Brendan Christian College", "KENEDU"},
		{"PersonOfIt", pre + "Nairobi.", "Mary Olsen", "KENEDU"},
		{"Month", pre + "March.", "Saint Brendan Christian College", ""},
		{"StateBody", "Judges at the Daniel Webb Court in Nairobi said it was late.", "Daniel Webb Court", ""},
	})
}

// "Minister of Justice X" is the justice minister, as "Minister of
// Defence X" is; the ministry's name stays an organisation, no person.
// The sentences and names are invented.
func TestMinisterOfDepartment(t *testing.T) {
	r := newResolver(t, actor.Config{})
	const ke = "Kenya's cabinet met. "
	checkCodes(t, r, []struct{ name, text, mention, code string }{
		{"Justice", ke + "Minister of Justice John Kamau said it passed.", "Minister of Justice John Kamau", "KENGOV"},
		{"ForEducation", ke + "Minister for Education John Kamau said it passed.", "Minister for Education John Kamau", "KENGOV"},
		{"Apposition", ke + "John Kamau, the minister of health, said it passed.", "John Kamau", "KENGOV"},
	})
	doc := run(t, r, ke+"The Ministry of Justice said it passed.", date("2019-06-01"))
	if m := find(doc, "Ministry of Justice"); m == nil || m.Kind == "person" {
		t.Errorf("Ministry of Justice: got %+v, want an organisation", m)
	}
}

// A ministry name many states use ("the Ministry of Justice", "the
// Foreign Office", "the Home Ministry") takes the
// story's country; a name only one state uses ("the Home Office") keeps
// its own. Demonyms of places written as actors ("Hongkongers",
// "Kosovars") are coded with the place. The sentences are invented.
func TestGenericInstitutionAndDemonyms(t *testing.T) {
	r := newResolver(t, actor.Config{})
	const ke = "NAIROBI, Kenya — Kenyan police arrested three activists on Monday. "
	const uk = "LONDON — Britain said on Monday it would reform its prisons. "
	checkCodes(t, r, []struct{ name, text, mention, code string }{
		{"JusticeKenya", ke + "The Ministry of Justice said the arrests were lawful.", "Ministry of Justice", "KENGOV"},
		{"JusticeBritain", uk + "The Ministry of Justice said the plan would cut overcrowding.", "Ministry of Justice", "GBRGOV"},
		{"ForeignOfficePakistan", "ISLAMABAD, Pakistan — Pakistani police arrested three activists on Monday. The Foreign Office said the arrests were lawful.", "The Foreign Office", "PAKGOV"},
		{"ForeignOfficeBritain", uk + "The Foreign Office said the plan was sound.", "The Foreign Office", "GBRGOV"},
		{"HomeMinistryBangladesh", "DHAKA, Bangladesh — Bangladeshi police arrested three activists on Monday. The Home Ministry said the arrests were lawful.", "Home Ministry", "BGDGOV"},
		{"HomeOfficeStaysBritish", ke + "The Home Office said it would deport them.", "Home Office", "GBRGOV"},
		{"Hongkongers", "Hongkongers marched through the city on Sunday.", "Hongkongers", "HKG"},
		{"HongKongers", "Thousands of Hong Kongers marched on Sunday.", "Hong Kongers", "HKG"},
		{"Kosovars", "Kosovars voted on Sunday.", "Kosovars", "UNK"},
		{"HongKongPolice", "Hong Kong police arrested two men on Sunday.", "Hong Kong police", "HKGCOP"},
	})
}

// "the 27-nation bloc", "the regional bloc" and "the world body" are the
// international organisation named before; another modifier, or no such
// organisation before, gives no mention. The sentences are invented.
func TestBlocAndWorldBody(t *testing.T) {
	r := newResolver(t, actor.Config{})
	const eu = "The European Union met in Brussels. "
	checkCodes(t, r, []struct{ name, text, mention, code string }{
		{"NationBloc", eu + "Mr Lee threatened the 27-nation bloc with tariffs.", "the 27-nation bloc", "IGOEUR"},
		{"RegionalBloc", eu + "Mr Lee threatened the regional bloc with tariffs.", "the regional bloc", "IGOEUR"},
		{"YearBloc", eu + "Mr Lee threatened the 27-year bloc with tariffs.", "the 27-year bloc", "-"},
		{"WorldBody", "The United Nations met. Critics condemned the world body on Monday.", "the world body", "IGOUNO"},
		{"WorldBodyNoUN", "Germany met. Critics condemned the world body on Monday.", "the world body", "-"},
	})
}

// "X, head of Y" and "X, the founder of Y" give the name Y's code, as "X,
// a member of Y" does; a head of a family takes no code from it. The
// sentences and names are invented.
func TestHeadOfOrganisation(t *testing.T) {
	r := newResolver(t, actor.Config{})
	const ke = "Kenya's parliament met. "
	checkCodes(t, r, []struct{ name, text, mention, code string }{
		{"HeadOf", ke + "Mary Wanjiru, head of the Kenya Human Rights Commission, called the move disappointing.", "Mary Wanjiru", "KENNGO"},
		{"FounderOf", ke + "Mary Wanjiru, the founder of the Kenya Human Rights Commission, called the move disappointing.", "Mary Wanjiru", "KENNGO"},
		{"HeadOfFamily", ke + "Mary Wanjiru, head of the family, called the move disappointing.", "Mary Wanjiru", ""},
	})
}

// Unnamed officials "in <seat of government>" are that government's; "in"
// before a month or a list of places places them nowhere. The sentences are invented.
func TestOfficialsInPlace(t *testing.T) {
	r := newResolver(t, actor.Config{})
	checkCodes(t, r, []struct{ name, text, mention, code string }{
		{"InCapital", "The rebels praised the pullout as officials in Kabul raised the death toll.", "officials", "AFGGOV"},
		{"InMonth", "The rebels praised the pullout as officials in March raised the death toll.", "officials", ""},
		{"List", "Officials in Kabul and Nairobi said the talks failed.", "Officials", ""},
	})
}
