package actor_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// newResolver returns a resolver with the built-in dictionaries.
func newResolver(tb testing.TB, cfg actor.Config) *actor.Resolver {
	tb.Helper()
	r, err := actor.New(cfg)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return r
}

// run segments text and resolves its actors on the date day.
func run(tb testing.TB, r *actor.Resolver, text string, day time.Time) *dyad.Document {
	tb.Helper()
	doc := dyad.NewDocument(&dyad.Article{Text: text, Published: day})
	seg, err := segment.New(segment.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	if err := seg.Process(tb.Context(), doc); err != nil {
		tb.Fatal(err)
	}
	if err := r.Process(tb.Context(), doc); err != nil {
		tb.Fatalf("Process: %v", err)
	}
	checkMentions(tb, doc)
	return doc
}

// checkMentions asserts the stage's invariants: spans valid, text equal
// to the span, sorted, not overlapping, antecedents earlier; every
// mention with an actor in exactly one of doc.Actors, the others in none.
func checkMentions(tb testing.TB, doc *dyad.Document) {
	tb.Helper()
	text := doc.Article.Text
	if err := doc.Validate(); err != nil {
		tb.Fatalf("Validate: %v", err)
	}
	in := make([]int, len(doc.Mentions))
	for _, a := range doc.Actors {
		for _, j := range a.Mentions {
			in[j]++
		}
	}
	for i, m := range doc.Mentions {
		if want := m.Actor != nil && (m.Actor.Code != "" || m.Actor.Name != "" || m.Actor.Anonymous); (want && in[i] != 1) || (!want && in[i] != 0) {
			tb.Fatalf("mention %d %q (actor %+v) is in %d of doc.Actors", i, m.Text, m.Actor, in[i])
		}
	}
	last := -1
	for i, m := range doc.Mentions {
		if err := m.Validate(text); err != nil {
			tb.Fatalf("mention %d: %v", i, err)
		}
		if m.Start < last {
			tb.Fatalf("mention %d %q starts at %d before the end %d of the previous one", i, m.Text, m.Start, last)
		}
		last = m.End
		if m.Head != nil && !m.Span.Contains(*m.Head) {
			tb.Fatalf("mention %d %q: head %v outside %v", i, m.Text, *m.Head, m.Span)
		}
		if m.Antecedent != nil && (*m.Antecedent < 0 || *m.Antecedent >= i) {
			tb.Fatalf("mention %d %q: antecedent %d not earlier", i, m.Text, *m.Antecedent)
		}
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// find returns the mention whose text is exactly s, or nil.
func find(doc *dyad.Document, s string) *dyad.Mention {
	for i := range doc.Mentions {
		if doc.Mentions[i].Text == s {
			return &doc.Mentions[i]
		}
	}
	return nil
}

func TestResolver_Dated(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		text, name, day, code string
	}{
		{"Donald Trump spoke in Ohio.", "Donald Trump", "2016-05-01", "USAPTY"},
		{"Donald Trump spoke in Ohio.", "Donald Trump", "2019-05-01", "USAGOV"},
		{"Donald Trump spoke in Ohio.", "Donald Trump", "2022-05-01", "USAELI"},
		{"Donald Trump spoke in Ohio.", "Donald Trump", "2025-05-01", "USAGOV"},
		{"Joe Biden spoke in Ohio.", "Joe Biden", "2016-05-01", "USAGOV"},
		{"Joe Biden spoke in Ohio.", "Joe Biden", "2019-05-01", "USAELI"},
		{"Joe Biden spoke in Ohio.", "Joe Biden", "2022-05-01", "USAGOV"},
		{"Joe Biden spoke in Ohio.", "Joe Biden", "2025-05-01", "USAELI"},
		{"Zelenskyy met aides.", "Zelenskyy", "2016-05-01", "UKR"},
		{"Zelenskyy met aides.", "Zelenskyy", "2022-05-01", "UKRGOV"},
		{"Petro Poroshenko met aides.", "Petro Poroshenko", "2016-05-01", "UKRGOV"},
		{"Petro Poroshenko met aides.", "Petro Poroshenko", "2025-05-01", "UKROPP"},
		{"Boris Johnson met aides.", "Boris Johnson", "2016-09-01", "GBRGOV"},
		{"Boris Johnson met aides.", "Boris Johnson", "2025-05-01", "GBRELI"},
		{"Tony Blair met aides.", "Tony Blair", "2005-03-01", "GBRGOV"},
		{"Tony Blair met aides.", "Tony Blair", "2020-03-01", "GBRELI"},
		{"Jack Straw met aides.", "Jack Straw", "2005-03-01", "GBRGOV"},
		{"Michael Howard met aides.", "Michael Howard", "2005-03-01", "GBRPTY"},
		{"Condoleezza Rice met aides.", "Condoleezza Rice", "2005-03-01", "USAGOV"},
		{"Gordon Brown met aides.", "Gordon Brown", "2008-03-01", "GBRGOV"},
		{"Ariel Sharon met aides.", "Ariel Sharon", "2005-03-01", "ISRGOV"},
		{"Charles Clarke met aides.", "Charles Clarke", "2005-03-01", "GBRGOV"},
		// Third coverage round: before, during and after a tenure.
		{"Riek Machar met aides.", "Riek Machar", "2010-05-01", "SSD"},
		{"Riek Machar met aides.", "Riek Machar", "2015-05-01", "SSDREB"},
		{"Riek Machar met aides.", "Riek Machar", "2021-05-01", "SSDGOV"},
		{"Alikhan Smailov met aides.", "Alikhan Smailov", "2020-05-01", "KAZ"},
		{"Alikhan Smailov met aides.", "Alikhan Smailov", "2023-05-01", "KAZGOV"},
		{"Alikhan Smailov met aides.", "Alikhan Smailov", "2025-05-01", "KAZELI"},
		{"Álvaro Leyva met aides.", "Álvaro Leyva", "2021-05-01", "COL"},
		{"Álvaro Leyva met aides.", "Álvaro Leyva", "2023-05-01", "COLGOV"},
		{"Álvaro Leyva met aides.", "Álvaro Leyva", "2025-05-01", "COLELI"},
		{"Najla Mangoush met aides.", "Najla Mangoush", "2020-05-01", "LBY"},
		{"Najla Mangoush met aides.", "Najla Mangoush", "2022-05-01", "LBYGOV"},
		{"Najla Mangoush met aides.", "Najla Mangoush", "2024-05-01", "LBYELI"},
		{"Prak Sokhonn met aides.", "Prak Sokhonn", "2015-05-01", "KHM"},
		{"Prak Sokhonn met aides.", "Prak Sokhonn", "2020-05-01", "KHMGOV"},
		{"Prak Sokhonn met aides.", "Prak Sokhonn", "2024-05-01", "KHMELI"},
		{"David Choquehuanca met aides.", "David Choquehuanca", "2010-05-01", "BOLGOV"},
		{"David Choquehuanca met aides.", "David Choquehuanca", "2018-05-01", "BOLELI"},
		{"David Choquehuanca met aides.", "David Choquehuanca", "2022-05-01", "BOLGOV"},
		{"Patrick Achi met aides.", "Patrick Achi", "2019-05-01", "CIV"},
		{"Patrick Achi met aides.", "Patrick Achi", "2022-05-01", "CIVGOV"},
		{"Patrick Achi met aides.", "Patrick Achi", "2024-05-01", "CIVELI"},
		{"Mokhtar Ould Djay met aides.", "Mokhtar Ould Djay", "2023-05-01", "MRT"},
		{"Mokhtar Ould Djay met aides.", "Mokhtar Ould Djay", "2025-05-01", "MRTGOV"},
		{"Rashid Meredov met aides.", "Rashid Meredov", "2020-05-01", "TKMGOV"},
		{"Yemi Osinbajo met aides.", "Yemi Osinbajo", "2014-05-01", "NGA"},
		{"Yemi Osinbajo met aides.", "Yemi Osinbajo", "2019-05-01", "NGAGOV"},
		{"Yemi Osinbajo met aides.", "Yemi Osinbajo", "2024-05-01", "NGAELI"},
		{"Sara Duterte met aides.", "Sara Duterte", "2020-05-01", "PHL"},
		{"Sara Duterte met aides.", "Sara Duterte", "2023-05-01", "PHLGOV"},
		{"Jeannette Jara met aides.", "Jeannette Jara", "2020-05-01", "CHL"},
		{"Jeannette Jara met aides.", "Jeannette Jara", "2023-05-01", "CHLGOV"},
		{"Jeannette Jara met aides.", "Jeannette Jara", "2025-08-01", "CHLOPP"},
		{"Alan García met aides.", "Alan García", "1988-05-01", "PERGOV"},
		{"Alan García met aides.", "Alan García", "2003-05-01", "PERELI"},
		{"Alan García met aides.", "Alan García", "2008-05-01", "PERGOV"},
		{"Yahya Jammeh met aides.", "Yahya Jammeh", "2010-05-01", "GMBGOV"},
		{"Yahya Jammeh met aides.", "Yahya Jammeh", "2020-05-01", "GMBELI"},
		{"Thein Sein met aides.", "Thein Sein", "2009-05-01", "MMRGOV"},
		{"Thein Sein met aides.", "Thein Sein", "2014-05-01", "MMRGOV"},
		{"Thein Sein met aides.", "Thein Sein", "2019-05-01", "MMRELI"},
		// The pope is the Holy See's head of state.
		{"Pope Francis met aides.", "Pope Francis", "2019-01-28", "VATGOV"},
		{"Pope Leo XIV met aides.", "Pope Leo XIV", "2025-08-01", "VATGOV"},
		// Days after a leader's death the text's title still names the
		// office; months later it does not; the short form follows.
		{"Pierre Nkurunziza, the President of Burundi, died on Monday.", "Pierre Nkurunziza", "2020-06-11", "BDIGOV"},
		{"Pierre Nkurunziza died in 2020. Nkurunziza was 55.", "Pierre Nkurunziza", "2020-06-11", "BDIELI"},
		{"President Pierre Nkurunziza was mourned.", "President Pierre Nkurunziza", "2020-12-11", "BDIELI"},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.day, func(t *testing.T) {
			doc := run(t, r, tt.text, date(tt.day))
			m := find(doc, tt.name)
			if m == nil || m.Actor == nil {
				t.Fatalf("no coded mention %q in %+v", tt.name, doc.Mentions)
			}
			if m.Actor.Code != tt.code {
				t.Errorf("%s on %s = %s (%s), want %s", tt.name, tt.day, m.Actor.Code, m.Actor.Role, tt.code)
			}
		})
	}
	t.Run("ShortFormKeepsTextsOffice", func(t *testing.T) {
		doc := run(t, r, "General Qasem Soleimani was buried. Soleimani was mourned.", date("2020-01-09"))
		if n := len(doc.Mentions); n != 2 || doc.Mentions[1].Actor == nil || doc.Mentions[1].Actor.Code != "IRNMIL" {
			t.Errorf("short form after a title: %s", dump(doc))
		}
	})
	t.Run("DescriptionOfOtherSector", func(t *testing.T) {
		doc := run(t, r, "Moldova said no. Foreign ministry spokesperson Varno Tekle disagreed. The military spokesperson said troops moved.", date("2025-03-01"))
		m := find(doc, "The military spokesperson")
		if m == nil || m.Actor == nil || m.Actor.Code != "MDAMIL" || m.Actor.Name == "Varno Tekle" {
			t.Errorf("military spokesperson: %s", dump(doc))
		}
	})
	t.Run("IndefiniteIsSomeoneNew", func(t *testing.T) {
		doc := run(t, r, "Moldova said no. Journalist Varno Tekle was freed. A journalist said no.", date("2025-03-01"))
		m := find(doc, "A journalist")
		if m == nil || m.Actor == nil || m.Actor.Name == "Varno Tekle" {
			t.Errorf("a journalist: %s", dump(doc))
		}
	})
	t.Run("SurnameBeforePlaceWord", func(t *testing.T) {
		doc := run(t, r, "Voters in Clarke County backed him.", date("2005-05-01"))
		for _, m := range doc.Mentions {
			if m.Kind == dyad.MentionPerson {
				t.Errorf("Clarke County read as a person: %s", dump(doc))
			}
		}
	})
	t.Run("StateAsPlace", func(t *testing.T) {
		doc := run(t, r, "She spoke in Texas on Monday.", date("2025-05-01"))
		if m := find(doc, "Texas"); m != nil {
			t.Errorf("Texas after 'in' is a place, not an actor: %s", dump(doc))
		}
	})
	t.Run("FormerRole", func(t *testing.T) {
		doc := run(t, r, "Joe Biden spoke.", date("2022-05-01"))
		if m := find(doc, "Joe Biden"); m == nil || m.Actor.Role != "President" {
			t.Fatalf("Biden 2022 role = %+v", m)
		}
		doc = run(t, r, "Joe Biden spoke.", date("2019-05-01"))
		if m := find(doc, "Joe Biden"); m == nil || m.Actor.Role != "Former vice president" {
			t.Fatalf("Biden 2019 role = %+v, want Former vice president", m.Actor)
		}
	})
}

func TestResolver_Kinds(t *testing.T) {
	r := newResolver(t, actor.Config{})
	day := date("2025-08-18")
	tests := []struct {
		name, text, mention, kind, code string
		anon                            bool
	}{
		{"Country", "Ukraine rejected the plan.", "Ukraine", dyad.MentionCountry, "UKR", false},
		{"Demonym", "A Ukrainian drone hit a depot.", "Ukrainian", dyad.MentionDemonym, "UKR", false},
		{"DemonymGroup", "Analysts said the Russians agreed.", "the Russians", dyad.MentionDemonym, "RUS", false},
		{"Seat", "The Kremlin rejected the plan.", "The Kremlin", dyad.MentionCapital, "RUSGOV", false},
		{"CapitalAsGovernment", "Talks with Moscow stalled.", "Moscow", dyad.MentionCapital, "RUSGOV", false},
		{"IGO", "NATO allies met.", "NATO", dyad.MentionOrg, "IGOWSTNAT", false},
		{"Media", "She told CNN on Sunday.", "CNN", dyad.MentionOrg, "USAMED", false},
		{"Militant", "Hamas fighters fired rockets.", "Hamas fighters", dyad.MentionGroup, "PSEREBHMS", false},
		{"RoleName", "US secretary of state Marco Rubio spoke.", "US secretary of state Marco Rubio", dyad.MentionPerson, "USAGOV", false},
		{"RoleUnknownName", "Finland's President Jussi Virtanen spoke.", "Finland's President Jussi Virtanen", dyad.MentionPerson, "FINGOV", false},
		{"Military", "Russian troops advanced near Pokrovsk.", "Russian troops", dyad.MentionGroup, "RUSMIL", false},
		{"Police", "Kenyan police fired tear gas.", "Kenyan police", dyad.MentionOrg, "KENCOP", false},
		{"Protesters", "Serbian protesters blocked roads.", "Serbian protesters", dyad.MentionGroup, "SRBOPP", false},
		{"Former", "Former Ukrainian president Petro Poroshenko spoke.", "Former Ukrainian president Petro Poroshenko", dyad.MentionPerson, "UKRELI", false},
		{"AnonymousIndef", "A senior US official said talks would go on.", "A senior US official", dyad.MentionAnonymous, "USAGOV", true},
		{"AnonymousPlain", "Officials said talks would go on.", "Officials", dyad.MentionAnonymous, "", true},
		{"AnonymousSources", "Sources familiar with the matter told Reuters.", "Sources familiar with the matter", dyad.MentionAnonymous, "", true},
		{"Government", "The Ukrainian government denied it.", "The Ukrainian government", dyad.MentionOrg, "UKRGOV", false},
		{"Region", "The Europeans are keen to help.", "The Europeans", dyad.MentionDemonym, "EUR", false},
		{"OrgByName", "The Farmers Party of Ruritania said no.", "Farmers Party of Ruritania", dyad.MentionOrg, "", false},
		{"OrgWordInside", "The Italian Party of Labour Rights said no.", "Italian Party of Labour Rights", dyad.MentionOrg, "ITAPTY", false},
		{"SurnameInOtherName", "Hunter Biden testified.", "Hunter Biden", dyad.MentionPerson, "", false},
		{"PartyGovernment", "The Labour government fell.", "The Labour government", dyad.MentionOrg, "GBRGOV", false},
		{"StateActor", "California sued the administration.", "California", dyad.MentionCapital, "USAGOV", false},
		{"StateParty", "The California Democratic Party endorsed her.", "California Democratic Party", dyad.MentionOrg, "", false},
		{"StateInstitution", "The Ohio Department of Development said no.", "Ohio", dyad.MentionCapital, "USAGOV", false},
		{"CityOrg", "He told the Moscow Times on Sunday.", "Moscow Times", dyad.MentionOrg, "", false},
		{"TitledPerson", "Mr Jonas Petrauskas said no.", "Jonas Petrauskas", dyad.MentionPerson, "", false},
		{"AbbreviationBeforeName", "The court ruled against former DP Rigathi Wanjiku on Monday.", "Rigathi Wanjiku", dyad.MentionPerson, "", false},
		{"GovernmentTroops", "Syrian government forces shelled the town.", "Syrian government forces", dyad.MentionGroup, "SYRMIL", false},
		{"RegimeSoldiers", "Syrian regime soldiers fled.", "Syrian regime soldiers", dyad.MentionGroup, "SYRMIL", false},
		{"GovernmentSpokesman", "The Syrian government spokesman said no.", "The Syrian government spokesman", dyad.MentionRole, "SYRGOV", false},
		{"UnknownPersonWho", "Moldova voted. The court freed Ilie Rotaru, who was arrested in May.", "Ilie Rotaru", dyad.MentionPerson, "MDA", false},
		{"UnknownPersonSpoke", "Moldova voted. Tatiana Ceban spoke at the rally.", "Tatiana Ceban", dyad.MentionPerson, "MDA", false},
		{"Kin", "Moldova voted. She spoke about her husband Petru, who was jailed.", "her husband Petru", dyad.MentionPerson, "MDA", false},
		{"TitleSaid", "Oman mourned. He overthrew his father, Sultan Said bin Hamad.", "Sultan Said bin Hamad", dyad.MentionPerson, "OMNGOV", false},
		{"PossessiveAgencyAnd", "Troops moved after Kenya's National Border and Customs Agency reported it.", "Kenya's National Border and Customs Agency", dyad.MentionOrg, "KENGOV", false},
		{"DemonymSecretPolice", "Belarusian KGB arrested him on Monday.", "Belarusian KGB", dyad.MentionOrg, "BLRSPY", false},
		{"DemonymAcronym", "Ruritania's rivals met the Moldovan PDMX on Monday.", "Moldovan PDMX", dyad.MentionOrg, "MDA", false},
		{"StateBodyDefault", "Pakistan said militants attacked. The National Frontier Corps said 18 died.", "National Frontier Corps", dyad.MentionOrg, "PAKMIL", false},
		{"AppositionOrg", "Data came from Zorvika, an independent Belarusian rights center, on Monday.", "Zorvika", dyad.MentionOrg, "BLR", false},
		{"AppositionCompany", "Zorbex, a Greek company, said no.", "Zorbex", dyad.MentionOrg, "GRCBUS", false},
		{"AntiCountryRebels", "Nepal accused India of arming anti-Nepal militants.", "militants", dyad.MentionGroup, "NPLREB", false},
		{"AntiCountryProtesters", "Police in Oslo said Norway let anti-Russian protesters march. Norway agreed.", "protesters", dyad.MentionGroup, "NOROPP", false},
		{"PartyMemberBeforeName", "Oregon voters backed America's Democrat Tim Varga in 2020.", "America's Democrat Tim Varga", dyad.MentionPerson, "USA", false},
		{"RegimeOfPerson", "Iraq said they fought the regime of Saddam Hussein for years.", "Saddam Hussein", dyad.MentionPerson, "IRQELI", false},
		{"PlaceBodyNoDefault", "Pakistan said militants attacked. The Gainesville Fire Department said 18 died.", "Gainesville Fire Department", dyad.MentionOrg, "", false},
		{"OrgSubBody", "He told VOA's Albanian Service on Monday.", "VOA's Albanian Service", dyad.MentionOrg, "USAMED", false},
		{"RoleWordsOpenOrgName", "NATO's Military Planning Committee met. He said no.", "NATO's Military Planning Committee", dyad.MentionOrg, "IGOWSTNAT", false},
		{"CompassOrgName", "Iraq said U.S. Central Command confirmed it.", "U.S. Central Command", dyad.MentionOrg, "USAMIL", false},
		{"RoleCommaName", "Moldova's president, Ion Munteanu, said no.", "Ion Munteanu", dyad.MentionPerson, "MDAGOV", false},
		{"RoleCommaNameDescription", "Moldova's president, Ion Munteanu, said no.", "Moldova's president", dyad.MentionRole, "MDAGOV", false},
		{"TheCountrys", "Moldova held talks. The country's foreign minister, Ana Rusu, disagreed.", "Ana Rusu", dyad.MentionPerson, "MDAGOV", false},
		{"TheNations", "Moldova held talks. The nation's army moved.", "The nation's army", dyad.MentionOrg, "MDAMIL", false},
		{"PossessivePronounRole", "Norway's Prime Minister Jonas Gahr Store and his aides left.", "his aides", dyad.MentionAnonymous, "NORGOV", true},
		{"EthnicMinority", "Pakistan said the ethnic Baloch minority faces discrimination.", "minority", dyad.MentionGroup, "PAKETH", false},
		{"ClanMilitias", "Somali clan militias fought al-Shabab.", "Somali clan militias", dyad.MentionGroup, "SOMREB", false},
		{"AppointedBy", "Hong Kong said Beijing-appointed judges ruled.", "judges", dyad.MentionGroup, "CHNJUD", false},
		{"BackedBy", "Syria said U.S.-backed forces advanced. Syria agreed.", "forces", dyad.MentionGroup, "SYRMIL", false},
		{"CauseCommitteeNoDefault", "Pakistan said militants attacked. The Committee for Justice said 18 died.", "Committee for Justice", dyad.MentionOrg, "", false},
		{"AnalystName", "Britain said so. \"It is bad,\" said lead author Professor Tom Riddell.", "Professor Tom Riddell", dyad.MentionPerson, "GBREDU", false},
		{"OrgTitleNotState", "Britain said so. Society President Ash Soni said no.", "President Ash Soni", dyad.MentionPerson, "", false},
		{"StateBodyTitle", "Ohio voted. Municipal Court Judge Haywood Tanner ruled.", "Judge Haywood Tanner", dyad.MentionPerson, "USAJUD", false},
		{"FirstNameLikeSurname", "Nevada said so. County sheriff Kerry Lee told reporters.", "sheriff Kerry Lee", dyad.MentionPerson, "USACOP", false},
		{"TopicNotNationality", "Iran said no. \"It is bad,\" said Tom Riddell, a senior Iran analyst at a think tank.", "Tom Riddell", dyad.MentionPerson, "IRN", false},
		{"NationalityAnalyst", "An Iranian analyst said no.", "An Iranian analyst", dyad.MentionRole, "IRNEDU", false},
		{"RightsGroupsInternational", "Moldova jailed him, according to rights groups.", "rights groups", dyad.MentionGroup, "NGO", false},
		{"RightsGroupsNational", "Moldova jailed him, Moldovan rights groups said.", "Moldovan rights groups", dyad.MentionGroup, "MDANGO", false},
		{"MembersOfParliament", "Moldova voted. Dozens of Members of Parliament walked out.", "Members of Parliament", dyad.MentionGroup, "MDALEG", false},
		{"CompanyHomeCountry", "Moldova said Siemens will leave.", "Siemens", dyad.MentionOrg, "DEUBUS", false},
		{"OverlappingTenuresGovernment", "Sudan said no. Abdel Fattah al-Burhan left Port Sudan.", "Abdel Fattah al-Burhan", dyad.MentionPerson, "SDNGOV", false},
		{"OverlappingTenuresTitleNames", "Sudan said no. Army chief Abdel Fattah al-Burhan left Port Sudan.", "Army chief Abdel Fattah al-Burhan", dyad.MentionPerson, "SDNMIL", false},
		{"RoleCommaUnknownName", "Moldova said no. Reports say Zorbex's director, Varno Tekle, has ties to the army.", "Varno Tekle", dyad.MentionPerson, "MDA", false},
		{"AffiliationAfterComma", "Moldova said no. Varno Tekle, of the Zarvo Dulni provincial council, described it.", "Varno Tekle", dyad.MentionPerson, "MDA", false},
		{"PlaceBeforeCouncil", "Moldova said no. Varno Tekle, of the Zarvo Dulni provincial council, described it.", "provincial council", dyad.MentionRole, "MDAGOV", false},
		{"CoordinatedNames", "Moldova said no. He named his associates Varno Tekle and Dorin Vasku, who face charges.", "Varno Tekle", dyad.MentionPerson, "MDA", false},
		{"PossessorsAideCountry", "Israel said no. Erdogan's communication chief, Varno Tekle, tweeted on Monday.", "Varno Tekle", dyad.MentionPerson, "TURGOV", false},
		{"GovernmentOfficialsDefault", "Moldova mourned. He died, government officials stated.", "government officials", dyad.MentionAnonymous, "MDAGOV", true},
		{"SurnameOwnsResignation", "Moldova voted. After Varnescu's resignation the cabinet fell.", "Varnescu", dyad.MentionPerson, "", false},
		{"SurnameOwnsPost", "Moldova voted. Dorin Rusu was Varnescu's vice president.", "Varnescu", dyad.MentionPerson, "", false},
		{"SurnameListedBeforePerson", "The race was contested by Varnescu, Andrew Tolmay and Henry Brask.", "Varnescu", dyad.MentionPerson, "", false},
		{"SurnameListedAfterPerson", "In 1961 they met Andrew Tolmay and Varnescu in Paris.", "Varnescu", dyad.MentionPerson, "", false},
		{"ForeignPartyWord", "Voters backed the Yeni Yildiz Partisi in the poll.", "Yeni Yildiz Partisi", dyad.MentionOrg, "", false},
		{"SupremeCourtOfTheArticle", "Kenyan police braced for protests. The Supreme Court annulled the result.", "The Supreme Court", dyad.MentionOrg, "KENJUD", false},
		{"SenateOfTheArticle", "Kenyan police braced for protests. The Senate rejected the bill.", "The Senate", dyad.MentionRole, "KENLEG", false},
		{"USSupremeCourt", "Kenyan police braced for protests. The US Supreme Court ruled.", "US Supreme Court", dyad.MentionOrg, "USAJUD", false},
		{"ElectoralCommission", "Malawi voted. The electoral commission delayed the results.", "The electoral commission", dyad.MentionRole, "MWIGOV", false},
		{"Youths", "Malawi voted. Youths burned tyres in Lilongwe.", "Youths", dyad.MentionGroup, "MWICVL", false},
		{"CivilSociety", "Malawi voted. Civil society groups condemned the killings.", "Civil society groups", dyad.MentionGroup, "NGO", false},
		{"ThenTitle", "Moldova voted. He met then-President Ion Munteanu in Chisinau.", "then-President Ion Munteanu", dyad.MentionPerson, "MDAGOV", false},
		{"ExTitle", "Moldova voted. He met ex-President Ion Munteanu in Chisinau.", "ex-President Ion Munteanu", dyad.MentionPerson, "MDAELI", false},
		{"Mercenaries", "Mali's junta welcomed Russian mercenaries.", "Russian mercenaries", dyad.MentionGroup, "RUSMIL", false},
		{"ViceForeignMinister", "The talks were chaired by Executive Vice Foreign Minister Ma Zhaoxu.", "Executive Vice Foreign Minister Ma Zhaoxu", dyad.MentionPerson, "CHNGOV", false},
		{"CriminalGroups", "Niger said it would not yield to criminal groups.", "criminal groups", dyad.MentionGroup, "NERCRM", false},
		{"PluralWrittenOutIsGroup", "Moldova voted. Critics said the count was rigged.", "Critics", dyad.MentionGroup, "MDAOPP", false},
		{"PluralWrittenOutBare", "Moldova voted. On Monday, activists marched.", "activists", dyad.MentionGroup, "MDAOPP", false},
		{"Bandits", "Niger said bandits raided a market near Maradi.", "bandits", dyad.MentionGroup, "NERCRM", false},
		{"ArmedGangs", "Haitian armed gangs burned a police station.", "Haitian armed gangs", dyad.MentionGroup, "HTICRM", false},
		{"SuicideBomber", "Pakistan said a suicide bomber struck a mosque.", "a suicide bomber", dyad.MentionGroup, "PAKREB", false},
		{"Settlers", "Israeli settlers torched cars in a village.", "Israeli settlers", dyad.MentionGroup, "ISRCVL", false},
		{"SecurityPersonnel", "Kenyan security personnel fired tear gas.", "Kenyan security personnel", dyad.MentionOrg, "KENCOP", false},
		{"Herders", "Nigeria said herders clashed with farmers.", "herders", dyad.MentionGroup, "NGACVL", false},
		{"HyphenatedSecretaryGeneral", "Moldova said no. U.N. Secretary-General Antonio Guterres disagreed.", "U.N. Secretary-General Antonio Guterres", dyad.MentionPerson, "IGOUNO", false},
		{"CountryVerbRoleName", "Moldova detained journalist Varno Tekle on Monday.", "Moldova", dyad.MentionCountry, "MDA", false},
		{"CountryVerbRoleNamePerson", "Moldova detained journalist Varno Tekle on Monday.", "journalist Varno Tekle", dyad.MentionPerson, "MDAMED", false},
		{"RightsGroupName", "Moldova said no. The rights group Zorvika said no.", "The rights group Zorvika", dyad.MentionOrg, "MDANGO", false},
		{"NameCommaTheRole", "Moldova said no. Varno Tekle, the association's executive director, told reporters.", "Varno Tekle", dyad.MentionPerson, "MDA", false},
		{"IntlBodyNoDefault", "Pakistan said militants attacked. The Joint Monitoring Commission said 18 died.", "Joint Monitoring Commission", dyad.MentionOrg, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, day)
			m := find(doc, tt.mention)
			if m == nil {
				t.Fatalf("no mention %q; got %s", tt.mention, dump(doc))
			}
			if m.Kind != tt.kind {
				t.Errorf("%q kind = %s, want %s", tt.mention, m.Kind, tt.kind)
			}
			if m.Actor == nil {
				t.Fatalf("%q has no actor", tt.mention)
			}
			if m.Actor.Code != tt.code {
				t.Errorf("%q code = %q, want %q", tt.mention, m.Actor.Code, tt.code)
			}
			if m.Actor.Anonymous != tt.anon {
				t.Errorf("%q anonymous = %v, want %v", tt.mention, m.Actor.Anonymous, tt.anon)
			}
		})
	}
}

// TestResolver_NotPersonBeforeInstitution: a name that qualifies a
// lower-case institution word names a place, not a person.
func TestResolver_NotPersonBeforeInstitution(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "Moldova said no. Varno Tekle, of the Zarvo Dulni provincial council, described it.", date("2025-08-18"))
	if m := find(doc, "Zarvo Dulni"); m != nil && m.Kind == dyad.MentionPerson {
		t.Errorf("Zarvo Dulni typed as a person: %s", dump(doc))
	}
}

// TestResolver_RoleWordAsAdjective: a role word qualifying a thing
// ("a military laboratory") names no actor; before an event noun or with
// a demonym it still does.
func TestResolver_RoleWordAsAdjective(t *testing.T) {
	r := newResolver(t, actor.Config{})
	day := date("2025-08-18")
	doc := run(t, r, "Moldova said a military laboratory near the police station was hit.", day)
	for _, w := range []string{"military", "police"} {
		for _, m := range doc.Mentions {
			if strings.Contains(m.Text, w) {
				t.Errorf("%q read as an actor: %s", m.Text, dump(doc))
			}
		}
	}
	doc = run(t, r, "Moldova said the military offensive began. Moldovan military vehicles moved.", day)
	if m := find(doc, "the military"); m == nil || m.Actor == nil || m.Actor.Code != "MDAMIL" {
		t.Errorf("the military before an event noun: %s", dump(doc))
	}
	if m := find(doc, "Moldovan military"); m == nil || m.Actor == nil || m.Actor.Code != "MDAMIL" {
		t.Errorf("demonym and role before a thing: %s", dump(doc))
	}
}

// TestResolver_CapitalNamingAThing: a capital before a word that names a
// thing ("the Paris agreement", "the Minsk talks") is no government; the
// same capital as a subject still is.
func TestResolver_CapitalNamingAThing(t *testing.T) {
	r := newResolver(t, actor.Config{})
	day := date("2025-08-18")
	doc := run(t, r, "Moldova left the Paris agreement after the Vienna talks failed.", day)
	for _, w := range []string{"Paris", "Vienna"} {
		if m := find(doc, w); m != nil && m.Actor != nil && m.Actor.Code != "" {
			t.Errorf("%s before a thing coded %s: %s", w, m.Actor.Code, dump(doc))
		}
	}
	// A possessive is no thing word, though grammar.txt lists words
	// like "people's" whose clitic is a token of its own.
	for _, s := range []string{"Paris rejected the plan.", "Critics blamed Paris's policies."} {
		doc = run(t, r, s, day)
		if m := find(doc, "Paris"); m == nil || m.Actor == nil || m.Actor.Code != "FRAGOV" {
			t.Errorf("%s: %s", s, dump(doc))
		}
	}
}

func dump(doc *dyad.Document) string {
	var b strings.Builder
	for _, m := range doc.Mentions {
		b.WriteString("[" + m.Text + " " + m.Kind)
		if m.Actor != nil {
			b.WriteString(" " + m.Actor.Code)
		}
		b.WriteString("] ")
	}
	return b.String()
}

func TestResolver_Coref(t *testing.T) {
	r := newResolver(t, actor.Config{})
	text := "Finland's President Jussi Virtanen met Volodymyr Zelenskyy in Helsinki. " +
		"Virtanen praised the Ukrainian leader. \"We stand together,\" he said. " +
		"A senior official said more aid would come. He added that it was ready."
	doc := run(t, r, text, date("2025-08-18"))
	tests := []struct {
		mention, wantAnte, wantName string
		anon                        bool
	}{
		{"Virtanen", "Finland's President Jussi Virtanen", "Jussi Virtanen", false},
		{"the Ukrainian leader", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", false},
		{"he", "Virtanen", "Jussi Virtanen", false},
		{"He", "A senior official", "A senior official", true},
	}
	for _, tt := range tests {
		t.Run(tt.mention, func(t *testing.T) {
			m := find(doc, tt.mention)
			if m == nil || m.Actor == nil {
				t.Fatalf("no coded mention %q: %s", tt.mention, dump(doc))
			}
			if m.Antecedent == nil {
				t.Fatalf("%q has no antecedent", tt.mention)
			}
			if got := doc.Mentions[*m.Antecedent].Text; got != tt.wantAnte {
				t.Errorf("%q antecedent = %q, want %q", tt.mention, got, tt.wantAnte)
			}
			if m.Actor.Name != tt.wantName || m.Actor.Anonymous != tt.anon {
				t.Errorf("%q actor = %+v, want name %q anonymous %v", tt.mention, *m.Actor, tt.wantName, tt.anon)
			}
		})
	}
	t.Run("LaterAppositionCodesChain", func(t *testing.T) {
		doc := run(t, r, "Bosnia is in crisis, said Milorad Novak. Novak rejected it. Later Milorad Novak, the leader of the Serb entity, spoke.", date("2025-03-01"))
		n := 0
		for _, m := range doc.Mentions {
			if m.Kind != dyad.MentionPerson {
				continue
			}
			n++
			if m.Actor == nil || m.Actor.Code != "BIHGOV" {
				t.Errorf("%q at %d not coded BIHGOV: %s", m.Text, m.Start, dump(doc))
			}
		}
		if n != 3 {
			t.Errorf("got %d person mentions, want 3: %s", n, dump(doc))
		}
	})
	t.Run("PronounGender", func(t *testing.T) {
		tests := []struct{ text, pronoun, want string }{
			{"Viktar Babaryka met Maria Kalesnikava on Monday. She said they would win.", "She", "Maria Kalesnikava"},
			{"Maria Kalesnikava met Viktar Babaryka on Monday. He said they would win.", "He", "Viktar Babaryka"},
			{"Viktar Babaryka met Maria Kalesnikava on Monday. He said they would win.", "He", "Viktar Babaryka"},
			{"Jean Dupont met Kim Lee on Monday. She said they would win.", "She", "Jean Dupont"},
			// the subject of any verb, not only of a reporting verb
			{"Maria Kalesnikava met Viktar Babaryka on Monday. He later criticized the plan.", "He", "Viktar Babaryka"},
			{"Viktar Babaryka met Maria Kalesnikava on Monday. She was arrested in Minsk.", "She", "Maria Kalesnikava"},
		}
		for _, tt := range tests {
			doc := run(t, r, tt.text, date("2020-08-01"))
			m := find(doc, tt.pronoun)
			if m == nil || m.Actor == nil {
				t.Fatalf("%q: no coded %q: %s", tt.text, tt.pronoun, dump(doc))
			}
			if m.Actor.Name != tt.want {
				t.Errorf("%q: %q = %q, want %q", tt.text, tt.pronoun, m.Actor.Name, tt.want)
			}
		}
	})
	t.Run("PronounUncodedPersonBetween", func(t *testing.T) {
		// a person named since whom the stage could not code competes;
		// a sentence without one lets the pronoun reach back
		tests := []struct {
			text, pronoun string
			resolved      bool
		}{
			{"Joe Biden met reporters on Monday. Inmate Arcade Joseph Comeaux Jr. is serving three life sentences. He escaped last week.", "He", false},
			// a man's first name is no competitor for "she"
			{"Hillary Clinton met reporters on Monday. Inmate Arcade Joseph Comeaux Jr. is serving three life sentences. She escaped last week.", "She", true},
			// the antecedent's own sentence opened by an uncoded name
			{"Joe Biden met reporters on Monday. Arcade Joseph Comeaux Jr. was caught in Houston, said Alfredo Perez, a spokesman. He was given two life sentences.", "He", false},
			{"Hillary Clinton met reporters on Monday. Miss Rachel Bates, the court clerk, spoke to reporters. She said the hearing was over.", "She", false},
			{"Hillary Clinton met reporters on Monday. The court clerk spoke to reporters. She said the hearing was over.", "She", true},
			{"Hillary Clinton met reporters on Monday. \"We CONDEMN the DES BOUQUETS jailbreak,\" a clerk wrote. Earlier, she was criticized by the U.N.", "she", true},
		}
		for _, tt := range tests {
			doc := run(t, r, tt.text, date("2020-08-01"))
			m := find(doc, tt.pronoun)
			if got := m != nil && m.Actor != nil; got != tt.resolved {
				t.Errorf("%q: %q resolved = %v, want %v: %s", tt.text, tt.pronoun, got, tt.resolved, dump(doc))
			}
		}
	})
	t.Run("Apposition", func(t *testing.T) {
		doc := run(t, r, "Jussi Virtanen, Finland's foreign minister, said no.", date("2025-08-18"))
		m := find(doc, "Jussi Virtanen")
		if m == nil || m.Actor == nil || m.Actor.Code != "FINGOV" || m.Actor.Role != "Foreign Minister" {
			t.Fatalf("apposition: %s", dump(doc))
		}
	})
	t.Run("DescriptionFromDictionary", func(t *testing.T) {
		doc := run(t, r, "The Russian president spoke.", date("2025-08-18"))
		m := find(doc, "The Russian president")
		if m == nil || m.Actor == nil || m.Actor.Name != "Vladimir Putin" || m.Actor.Code != "RUSGOV" {
			t.Fatalf("the Russian president = %s", dump(doc))
		}
	})
}

// goldFile is the part of a gold annotation file this test reads.
type goldFile struct {
	File      string `json:"file"`
	Published string `json:"published"`
	Actors    []struct {
		Text string          `json:"text"`
		Code json.RawMessage `json:"code"`
	} `json:"actors"`
}

// readSeed reads the shared seed gold file and the article it annotates.
func readSeed(t *testing.T) (goldFile, []byte) {
	t.Helper()
	var g goldFile
	b, err := os.ReadFile(corpus.Path(t, "gold/seed.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(corpus.Path(t, g.File))
	if err != nil {
		t.Fatal(err)
	}
	return g, text
}

// TestResolver_Seed scores the seed's actors as dyad eval does: a gold
// actor is found when a mention overlapping one of its occurrences has a
// code starting with one of the accepted codes.
func TestResolver_Seed(t *testing.T) {
	// The brief asks for F1 ≥ 0.95; every seed actor is found today, so
	// recall is floored at 1.
	const floor, recallFloor = 0.95, 1.0
	g, text := readSeed(t)
	r := newResolver(t, actor.Config{})
	doc := run(t, r, string(text), date(g.Published))
	norm := strings.ToLower(dyad.NormalizeText(string(text)))
	_ = norm
	lower := foldQuotes(strings.ToLower(string(text)))
	hit := 0
	for _, a := range g.Actors {
		var codes []string
		if err := json.Unmarshal(a.Code, &codes); err != nil {
			var c string
			if err := json.Unmarshal(a.Code, &c); err != nil {
				t.Fatal(err)
			}
			codes = []string{c}
		}
		needle := foldQuotes(strings.ToLower(a.Text))
		found := false
		for off := 0; !found; {
			i := strings.Index(lower[off:], needle)
			if i < 0 {
				break
			}
			s := dyad.Span{Start: off + i, End: off + i + len(needle)}
			off += i + 1
			for _, m := range doc.Mentions {
				if m.Actor == nil || !m.Span.Overlaps(s) {
					continue
				}
				for _, c := range codes {
					if strings.HasPrefix(m.Actor.Code, c) {
						found = true
					}
				}
			}
		}
		if found {
			hit++
		} else {
			t.Logf("missed %q (%v)", a.Text, codes)
		}
	}
	recall := float64(hit) / float64(len(g.Actors))
	f1 := 2 * recall / (1 + recall)
	t.Logf("seed actors: %d/%d found, recall %.3f, F1 %.3f (precision not scored: actors are not exhaustive)", hit, len(g.Actors), recall, f1)
	if f1 < floor || recall < recallFloor {
		t.Errorf("seed actors F1 %.3f, recall %.3f below floors %.2f, %.2f", f1, recall, floor, recallFloor)
	}
}

// TestResolver_SeedActors checks the seed's distinct actors: the
// president's full name, his surname and "the Ukrainian leader" are one
// actor, and other people and countries are actors of their own.
func TestResolver_SeedActors(t *testing.T) {
	g, text := readSeed(t)
	doc := run(t, newResolver(t, actor.Config{}), string(text), date(g.Published))
	// owner maps a mention index to the index of its actor.
	owner := map[int]int{}
	for i, a := range doc.Actors {
		for _, j := range a.Mentions {
			owner[j] = i
		}
		if i > 0 && a.Mentions[0] <= doc.Actors[i-1].Mentions[0] {
			t.Errorf("actor %d %q first mentioned at %d, not after actor %d's %d", i, a.Name, a.Mentions[0], i-1, doc.Actors[i-1].Mentions[0])
		}
	}
	texts := func(a dyad.Entity) map[string]int {
		out := map[string]int{}
		for _, j := range a.Mentions {
			out[doc.Mentions[j].Text]++
		}
		return out
	}
	zel := -1
	for i, m := range doc.Mentions {
		if m.Text == "Volodymyr Zelenskyy" {
			zel = owner[i]
			break
		}
	}
	if zel < 0 {
		t.Fatalf("no mention of Volodymyr Zelenskyy: %s", dump(doc))
	}
	a := doc.Actors[zel]
	got := texts(a)
	if a.Name != "Volodymyr Zelenskyy" || a.Code != "UKRGOV" || a.Kind != dyad.ActorPerson {
		t.Errorf("Zelenskyy actor = %+v, want Volodymyr Zelenskyy, UKRGOV, person", a.Actor)
	}
	for _, w := range []string{"Volodymyr Zelenskyy", "Zelenskyy", "the Ukrainian leader"} {
		if got[w] == 0 {
			t.Errorf("Zelenskyy actor's mentions %v lack %q", got, w)
		}
	}
	if n := strings.Count(string(text), "Zelenskyy"); got["Zelenskyy"]+got["Volodymyr Zelenskyy"] != n {
		t.Errorf("Zelenskyy actor's mentions %v, want all %d occurrences of the name", got, n)
	}
	for _, w := range []string{"Donald Trump", "Ukraine", "Russia", "NATO"} {
		if got[w] > 0 {
			t.Errorf("Zelenskyy actor's mentions %v include %q", got, w)
		}
	}
	// Trump is one actor too, and not Zelenskyy's.
	trump := -1
	for i, m := range doc.Mentions {
		if m.Text == "Donald Trump" {
			trump = owner[i]
		}
	}
	if trump < 0 || trump == zel || texts(doc.Actors[trump])["President Trump"] == 0 {
		t.Errorf("Trump actor %d: want one with \"President Trump\", apart from Zelenskyy's %d", trump, zel)
	}
	// The country is one actor, apart from its government.
	var ukraine []int
	for i, a := range doc.Actors {
		if a.Code == "UKR" && a.Kind == dyad.ActorState {
			ukraine = append(ukraine, i)
		}
	}
	if len(ukraine) != 1 || doc.Actors[ukraine[0]].Name != "Ukraine" {
		t.Errorf("Ukraine actors %v, want one named Ukraine", ukraine)
	}
}

// foldQuotes maps typographic apostrophes to ASCII without changing byte
// lengths' meaning for ASCII text: it replaces them by a 3-byte filler.
func foldQuotes(s string) string {
	return strings.NewReplacer("\u2019", "'\u200b\u200b"[:3], "'", "'\u200b\u200b"[:3]).Replace(s)
}

// TestResolver_OrgNames checks the named-entity layer's organisation
// names: parties with modifiers, "of"/"for" tails, demonyms inside names,
// and abbreviations defined in the article.
func TestResolver_OrgNames(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text string
		orgs       []string
		notCountry []string
	}{
		{"ModifierParty", "He left the Liberal Party in 1990.", []string{"Liberal Party"}, nil},
		{"Library", "The centre works with the Lomberg Library in Oslo.", []string{"Lomberg Library"}, nil},
		{"ModifierInternational", "The party joined Liberal International last year.", []string{"Liberal International"}, nil},
		{"PlaceModifierParty", "She defeated Ontario Liberal Party candidates.", []string{"Ontario Liberal Party"}, nil},
		{"ForTail", "He joined the Union for French Democracy in 1978.", []string{"Union for French Democracy"}, []string{"French"}},
		{"OfTail", "Other parties such as the Alliance Party of Northern Ireland polled well.", []string{"Alliance Party of Northern Ireland"}, []string{"Northern Ireland"}},
		{"DemonymInside", "She danced with the Australian Ballet for years.", nil, []string{"Australian"}},
		{"DemonymInsidePlace", "It was seized under British Columbia's law.", nil, []string{"British", "British Columbia"}},
		{"DemonymBeforeForeignParty", "He left the Italian Republican Party in 1990.", []string{"Italian Republican Party"}, []string{"Italian", "Republican Party"}},
		{"OfCountryTail", "It split from the Democratic Choice of Russia in 1995.", []string{"Democratic Choice of Russia"}, []string{"Russia"}},
		{"TwoTails", "It joined the Popular Front for the Liberation of Palestine in 1970.", []string{"Popular Front for the Liberation of Palestine"}, []string{"Palestine"}},
		{"FirstNameOrgWord", "It allied with the Christian Democracy in 1983.", []string{"Christian Democracy"}, nil},
		{"Acronym", "The Movement for the Left ( MpS ) split. Later the MpS merged.", []string{"Movement for the Left", "MpS"}, nil},
		{"AndBeforeDictParty", "The Progressive Democratic and Labour Party won.", []string{"Progressive Democratic and Labour Party"}, []string{"Labour Party"}},
		{"AndInTail", "She led the Party of Farmers and Workers in 1998.", []string{"Party of Farmers and Workers"}, nil},
		{"OrgAfterRoleWord", "He joined the opposition Democratic Action Party in 1990.", []string{"Democratic Action Party"}, nil},
		{"ForeignOrgWords", "The Barisan Nasional was beaten in 2018.", []string{"Barisan Nasional"}, nil},
		{"DictOrgThenOrgWord", "He founded the Apple Weekly newspaper in 1995.", []string{"Apple Weekly"}, []string{"Apple"}},
		{"ModifierBeforeDictOrg", "The Islamist Hayat Tahrir al-Sham group took power.", []string{"Hayat Tahrir al-Sham"}, []string{"Islamist Hayat Tahrir al-Sham"}},
		{"LowerCaseArabicArticle", "Soldiers fought al-Shabab in the south.", []string{"al-Shabab"}, nil},
		{"CapitalisedPartyWord", "The vote split the ruling Harvest Party, while the Norwegian Party stayed out.", []string{"Harvest Party", "Norwegian Party"}, []string{"Norwegian"}},
		{"PartyWordWithTail", "She founded the Party for Rural Renewal in 2004.", []string{"Party for Rural Renewal"}, nil},
		{"PartyWordAcronym", "The liberal Japan Renewal Party ( JRP ) won seats, and the JRP grew.", []string{"Japan Renewal Party", "JRP"}, []string{"Japan"}},
		{"InstitutionOfTail", "He chaired the Institution of Marine Surveyors for a decade.", []string{"Institution of Marine Surveyors"}, []string{"Marine Surveyors"}},
		{"ClubWord", "Donors to the Prosperity Club backed him.", []string{"Prosperity Club"}, nil},
		{"NewspaperWord", "He wrote for the Lakeshore Mercury until 1990.", []string{"Lakeshore Mercury"}, nil},
		{"NameBeforeLowerParty", "He joined the Tzomet party in 1983, and later the Brovka faction.", []string{"Tzomet party", "Brovka faction"}, nil},
		{"NameBeforePartyRole", "He met Tzomet party leader Ravil Osmanov.", nil, []string{"Tzomet party"}},
		{"PeoplesParty", "The Serb People's Party and the Ruritanian People's Party objected.", []string{"Serb People's Party", "Ruritanian People's Party"}, []string{"The Serb People"}},
		{"NameEndingInCountry", "Members of Reclaim Ruritania and Fair Moldova marched.", []string{"Fair Moldova"}, []string{"Moldova"}},
		{"RegionOfCountryNoOrg", "Crops failed in Rural Moldova as Upper Egypt flooded.", nil, []string{"Rural Moldova", "Upper Egypt"}},
		{"NoOrgFromPlaceOrPlural", "The ship left Kelmer Island while Deported Uyghurs Moldova drew crowds.", nil, []string{"Kelmer Island", "Uyghurs Moldova"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2020-01-01"))
			for _, o := range tt.orgs {
				n := 0
				for _, m := range doc.Mentions {
					if m.Text == o && m.Kind == dyad.MentionOrg {
						n++
					}
				}
				if n == 0 {
					t.Errorf("no org %q: %s", o, dump(doc))
				}
			}
			for _, c := range tt.notCountry {
				if m := find(doc, c); m != nil {
					t.Errorf("%q emitted on its own inside an organisation's name: %s", c, dump(doc))
				}
			}
			if tt.name == "Acronym" {
				n := 0
				for _, m := range doc.Mentions {
					if m.Text == "MpS" {
						n++
					}
				}
				if n != 2 {
					t.Errorf("MpS found %d times, want 2: %s", n, dump(doc))
				}
			}
		})
	}
}

// TestResolver_BareSurname checks a lone unknown surname typed as a person
// by what it does, and not otherwise.
func TestResolver_BareSurname(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		text, name string
		person     bool
	}{
		{"Timbrell campaigned for a seat in 1997.", "Timbrell", true},
		{"In 2019 Farry was elected to the position.", "Farry", true},
		{"Then Kardash has been re-elected twice.", "Kardash", true},
		{"Later Okonkwo said the vote was fair.", "Okonkwo", true},
		{"Ruritania was founded in 1900.", "Ruritania", false},
		{"Quebecland has many lakes.", "Quebecland", false},
		{"Rebels in Idlib said the town fell.", "Idlib", false},
		{"Snow fell overnight in the capital.", "Snow", false},
		{"Judges in The Hague ruled on Monday.", "Hague", false},
		{"Wendelborn later ran for the Senate.", "Wendelborn", true},
		{"In 1988 Osterholt was first elected to the council.", "Osterholt", true},
		{"Vantongeren was a member of the Senate.", "Vantongeren", true},
		{"The Korvald remained at the port until March.", "Korvald", false},
		{"Castelnau was the party candidate in 1967.", "Castelnau", true},
		{"Brimsdale was a party founded in 1990.", "Brimsdale", false},
		{"Brimsdale was the largest party.", "Brimsdale", false},
		{"The ZkP joined the coalition.", "ZkP", false},
		{"Ostrowski was a fellow of the academy.", "Ostrowski", true},
		{"Lindqvist was a key figure in the movement.", "Lindqvist", true},
		{"The war made him Halvorsen's heir apparent.", "Halvorsen", true},
		{"Samuel became a county judge in 1810.", "Samuel", true},
		{"Johnson ran for governor in 1947.", "Johnson", true},
		{"Labour became the largest party.", "Labour", false},
		{"Whitfield led the party to victory in 1972.", "Whitfield", true},
		{"Ostrander had hoped to win the seat.", "Ostrander", true},
		{"The Korvald led the convoy out of port.", "Korvald", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2020-01-01"))
			m := find(doc, tt.name)
			got := m != nil && m.Kind == dyad.MentionPerson
			if got != tt.person {
				t.Errorf("%q person = %v, want %v: %s", tt.name, got, tt.person, dump(doc))
			}
		})
	}
}

// TestResolver_NotPeople checks capitalised names that the named-entity
// layer must not take for people: accords, storms, religions, island
// groups, names ending in an abbreviation.
func TestResolver_NotPeople(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, text := range []string{
		"The Dayton Accords ended the war.",
		"Cyclone Freddy hit the coast on Monday.",
		"He wrote about Shiite Islam for years.",
		"They sailed to the Riau Archipelago in May.",
		"Observers said Zanu PF won the vote.",
		"Voters in San Bernardino backed him.",
		"He joined the opposition Democratic Action Party in 1990.",
	} {
		doc := run(t, r, text, date("2025-01-01"))
		for _, m := range doc.Mentions {
			if m.Kind == dyad.MentionPerson {
				t.Errorf("%q: %q taken for a person: %s", text, m.Text, dump(doc))
			}
		}
	}
}

// TestResolver_StateSecurity codes state security agencies: a named one
// (the Belarusian KGB) and a generic "secret police" after a demonym.
func TestResolver_StateSecurity(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "Belarus votes. The Belarusian KGB arrested 33 people.", date("2020-08-01"))
	m := find(doc, "Belarusian KGB")
	if m == nil || m.Actor == nil || m.Actor.Code != "BLRSPY" {
		t.Errorf("Belarusian KGB = %v, want BLRSPY: %s", m, dump(doc))
	}
	doc = run(t, r, "Iran votes. The Iranian secret police arrested 33 people.", date("2020-08-01"))
	if m := find(doc, "The Iranian secret police"); m == nil || m.Actor == nil || m.Actor.Code != "IRNSPY" {
		t.Errorf("Iranian secret police = %v, want IRNSPY: %s", m, dump(doc))
	}
}

// TestResolver_DenominationBeforeBody codes a body named after a religious
// community ("Sunni Members of Parliament", "Druze and Christian
// lawmakers") as the state's body: the denomination is a common word, not
// an unknown name that could make the phrase a place.
func TestResolver_DenominationBeforeBody(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct{ text, span, code string }{
		{"Lebanon's parliament met. The bill was opposed by Druze Members of Parliament.", "Druze Members of Parliament", "LBNLEG"},
		{"Lebanon's parliament met. The bill was opposed by Shiite and Sunni Members of Parliament.", "Shiite and Sunni Members of Parliament", "LBNLEG"},
	} {
		doc := run(t, r, c.text, date("2025-01-01"))
		if m := find(doc, c.span); m == nil || m.Actor == nil || m.Actor.Code != c.code {
			t.Errorf("%q: %q = %v, want %s: %s", c.text, c.span, m, c.code, dump(doc))
		}
	}
}

// TestResolver_RelativeTakesPersonsCountry codes a name in apposition to
// "his/her ROLE" with the country of the person last named, not the
// country of a place in its sentence; a relative is not the person's
// sector.
func TestResolver_RelativeTakesPersonsCountry(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct{ text, span, code string }{
		{"Ghana's President Nana Akufo-Addo fell ill. As of Friday, his wife, Rebecca, was being treated in France.", "Rebecca", "GHA"},
		{"Ghana's President Nana Akufo-Addo fell ill. His son, Edward Akufo-Addo, was flown to France.", "Edward Akufo-Addo", "GHA"},
	} {
		doc := run(t, r, c.text, date("2025-01-01"))
		if m := find(doc, c.span); m == nil || m.Actor == nil || m.Actor.Code != c.code {
			t.Errorf("%q: %q = %v, want %s: %s", c.text, c.span, m, c.code, dump(doc))
		}
	}
}

// TestResolver_NameAfterBusinessNoun codes a name right after a word for
// a company or an outlet as an organisation of that sector, with the
// country of the demonym before the word.
func TestResolver_NameAfterBusinessNoun(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct{ text, span, code string }{
		{"Canada on Friday fined Peruvian airline Condor Andino for safety breaches.", "Condor Andino", "PERBUS"},
		{"Shares in Swedish carmaker Nordvik Motors fell.", "Nordvik Motors", "SWEBUS"},
	} {
		doc := run(t, r, c.text, date("2025-01-01"))
		if m := find(doc, c.span); m == nil || m.Actor == nil || m.Actor.Code != c.code || m.Kind != dyad.MentionOrg {
			t.Errorf("%q: %q = %v, want an organisation %s: %s", c.text, c.span, m, c.code, dump(doc))
		}
	}
}

// TestResolver_StatedNationality codes a person the text gives no
// country at first with the nationality a later "X, who is DEMONYM,"
// states, on every mention; "who is a Russian diplomat" is not read so.
func TestResolver_StatedNationality(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "Kenya votes. Tomas Valdeira told jurors he was arrested. Valdeira, who is Chilean, said he is cooperating.", date("2025-01-01"))
	for _, span := range []string{"Tomas Valdeira", "Valdeira"} {
		if m := find(doc, span); m == nil || m.Actor == nil || m.Actor.Code != "CHL" {
			t.Errorf("%q = %v, want CHL: %s", span, m, dump(doc))
		}
	}
}

// TestResolver_Acronyms checks that an abbreviation in running text names
// an organisation even beside other abbreviations or opening a sentence,
// and not in a line written all in capitals.
func TestResolver_Acronyms(t *testing.T) {
	checkOrgs(t, newResolver(t, actor.Config{}), []orgCase{
		{"AfterOtherAcronym", "It is a founding member of ASEAN, QTZ and the Organisation of Islamic Cooperation.", "QTZ", true},
		{"BeforeItsRepeat", "The letter was signed by the heads of the KVRN (KVRN) and others.", "KVRN", true},
		{"SentenceStart", "QTZ was founded in 2005 by a split.", "QTZ", true},
		{"SentenceStartBeforeName", "QTZ Lomberg spoke.", "QTZ", false},
		{"ShoutedLine", "OFFICIALS SAY QTZ FAILED TO PAY.", "QTZ", false},
	})
}

// A capitalised word listed after a name that may be a place's, or
// qualifying the noun after it, is no person.
func TestResolver_ListedNotPerson(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, tt := range []struct{ text, word string }{
		{"Crews came from Hornsey, Stoke Newington and Walthamstow.", "Walthamstow"},
		{"Members included writer Andrew Tolmay, and Manx language revivalist Brian Stowell.", "Manx"},
		{"Machinists Andrew Tolmay of Lindsay and Dennis Lopez of Thackerville came.", "Lindsay"},
		{"The Crown Colony of North Borneo, Sarawak and Singapore joined.", "Sarawak"},
	} {
		doc := run(t, r, tt.text, date("2020-01-01"))
		for _, m := range doc.Mentions {
			if m.Kind == dyad.MentionPerson && strings.Contains(m.Text, tt.word) {
				t.Errorf("%q: %q taken for a person", tt.text, m.Text)
			}
		}
	}
}

// A title before a surname too common to stand alone names the one
// person who holds that title on the day; with none or several, the
// name stays unknown.
func TestResolver_TitledCommonSurname(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		text, mention, day, name string
	}{
		{"The talks ended. Prime Minister Johnson left London.", "Prime Minister Johnson", "2020-03-01", "Boris Johnson"},
		{"The talks ended. Prime Minister Khan left Islamabad.", "Prime Minister Khan", "2020-03-01", "Imran Khan"},
		{"The talks ended. Prime Minister Sharif left Islamabad.", "Prime Minister Sharif", "2023-03-01", "Shehbaz Sharif"},
		{"The talks ended. President Lee left Seoul.", "President Lee", "2025-08-01", "Lee Jae-myung"},
		{"The talks ended. Senator Johnson left.", "Senator Johnson", "2020-03-01", ""},
	}
	for _, tt := range tests {
		doc := run(t, r, tt.text, date(tt.day))
		m := find(doc, tt.mention)
		if m == nil || m.Actor == nil {
			t.Errorf("%q: no mention %q: %s", tt.text, tt.mention, dump(doc))
			continue
		}
		if tt.name == "" {
			if m.Actor.Name != "Johnson" {
				t.Errorf("%q on %s: %q is %q, want no dictionary person", tt.text, tt.day, tt.mention, m.Actor.Name)
			}
			continue
		}
		if m.Actor.Name != tt.name {
			t.Errorf("%q on %s: %q is %q, want %q", tt.text, tt.day, tt.mention, m.Actor.Name, tt.name)
		}
	}
}

// "ex-" splits off only before a title: "ex-Soviet states" names no
// Soviet actor.
func TestResolver_ExPrefixOnlyBeforeTitle(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "Ukraine and other ex-Soviet states met in Kyiv.", date("2025-03-12"))
	for _, m := range doc.Mentions {
		if strings.Contains(m.Text, "Soviet") {
			t.Errorf("ex-Soviet read as %q (%v)", m.Text, m.Actor)
		}
	}
}

// TestResolver_CompanyShortForm codes the first word of a company's name
// alone, after the full name, as that company; a word that only starts
// some other kind of name stays uncoded.
func TestResolver_CompanyShortForm(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []spanCode{
		{"Airline", "Norway grounded Peruvian airline Condor Air on Friday. Condor has denied wrongdoing.", "Condor", "PERBUS"},
		{"Group", "Shares in Swedish firm Nordvik Group fell. Nordvik said profits rose.", "Nordvik", "SWEBUS"},
		{"NotAGovernmentBody", "Peru's Condor Ministry met on Friday. Condor said profits rose.", "Condor", ""},
		{"NotBeforeNamed", "Condor said profits rose. Norway grounded Peruvian airline Condor Air.", "Condor", ""},
	}
	checkSpanCodes(t, r, "2020-01-01", tests)
}

// TestResolver_OfficeAndDottedAbbreviation codes a capitalised name
// ending in "Office" as a government body of the country it names, and
// "C.A.R." as the Central African Republic.
func TestResolver_OfficeAndDottedAbbreviation(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct{ text, span, code string }{
		{"The Civil Aviation Office of Norway suspended the permit.", "Civil Aviation Office of Norway", "NORGOV"},
		{"Troops from Chad and C.A.R. met in Bangui.", "C.A.R.", "CAF"},
	} {
		doc := run(t, r, c.text, date("2020-01-01"))
		if m := find(doc, c.span); m == nil || m.Actor == nil || m.Actor.Code != c.code {
			t.Errorf("%q: %q = %v, want %s: %s", c.text, c.span, m, c.code, dump(doc))
		}
	}
}

// TestResolver_DefiniteBodyNamedBefore codes "the Parliament", "the
// court" as the body of that kind the article named, even in a sentence
// that names another country; with no body named, or only a described
// one, the old reading (the country around it) stays.
func TestResolver_DefiniteBodyNamedBefore(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []spanCode{
		{"Legislature", "The Parliament of Peru voted on Sunday to expel the envoy. Chile was dismayed by the Parliament's decision.", "the Parliament", "PERLEG"},
		{"InternationalCourt", "Kenya boycotted the hearing at the International Court of Justice in The Hague. The court rejected Kenya's request.", "The court", "IGOUNOJUD"},
		{"NothingNamed", "Peru votes on Sunday. Chile was dismayed by the Parliament's decision.", "the Parliament", "CHLLEG"},
		{"ThirdMention", "Peru walked out of the Hague-based International Court of Justice. The court rejected it. Chile said the court was right.", "the court", "IGOUNOJUD"},
		{"OtherKindNamed", "The Supreme Court of Peru ruled on Sunday. Chile was dismayed by the Parliament's decision.", "the Parliament", "CHLLEG"},
	}
	checkSpanCodes(t, r, "2020-01-01", tests)
}

// TestResolver_GenericInstitutionAlias gives a body the dictionary knows
// by a bare generic word ("Senate": the US one) the country of the
// person whose title it opens, and keeps the dictionary's otherwise; a
// generic alias heading a longer unknown name is not its organisation.
func TestResolver_GenericInstitutionAlias(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []spanCode{
		{"TitleOfForeignPerson", "The reporter apologised to Senate head Hun Sen on Monday.", "Senate", "KHMLEG"},
		{"TitleOfOwnPerson", "Senate leader Chuck Schumer spoke on Monday.", "Senate leader Chuck Schumer", "USALEG"},
		// With no titled person, the article's country (TestResolver_Kinds).
		{"NoTitle", "Kenya said the Senate was hostile.", "the Senate", "KENLEG"},
		{"LongerName", "Officials of the Alliance of Freeholders met in Oslo.", "the Alliance of Freeholders", ""},
		{"AliasAlone", "Sweden joined the Alliance in 2024.", "the Alliance", "IGOWSTNAT"},
	}
	checkSpanCodes(t, r, "2024-06-01", tests)
}

// TestResolver_CompoundModifierBeforeName keeps a compound adjective
// ("Hague-based") out of the dictionary name after it, while a
// capitalised word that belongs to the name still joins it.
func TestResolver_CompoundModifierBeforeName(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct{ text, span, code string }{
		{"Peru sued at the Hague-based International Court of Justice.", "International Court of Justice", "IGOUNOJUD"},
		{"The Oslo-led Nordic Council met.", "Nordic Council", ""},
		{"He lost to the Tammany-backed James Gerard in 1914.", "James Gerard", ""},
	} {
		doc := run(t, r, c.text, date("2020-01-01"))
		m := find(doc, c.span)
		if c.code == "" {
			if m == nil {
				t.Errorf("%q: no mention %q: %s", c.text, c.span, dump(doc))
			}
			continue
		}
		if m == nil || m.Actor == nil || m.Actor.Code != c.code {
			t.Errorf("%q: %q = %v, want %s: %s", c.text, c.span, m, c.code, dump(doc))
		}
	}
}

// TestResolver_AcronymKnownToDictionary codes a long form no dictionary
// knows by the dictionary's code of the abbreviation after it, and leaves
// an unknown abbreviation's long form uncoded; an abbreviation after a
// dictionary organisation stands for it later, unless the dictionaries
// know the word as something else.
func TestResolver_AcronymKnownToDictionary(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct{ text, acronym, code string }{
		{"Envoys of the Organisation for the Prohibition of Chemical Arms (OPCW) left. The OPCW said so.", "OPCW", "IGOUNOIAE"},
		{"Members of the Union of Lomberg Farmers (ULF) met. The ULF said so.", "ULF", ""},
		{"The Child Support Agency (CSA) lost the files. The CSA said so.", "CSA", "GBRGOV"},
		{"The Trades Union Congress (UK) called a strike. The UK said so.", "UK", "GBR"},
	} {
		doc := run(t, r, c.text, date("2020-01-01"))
		n := 0
		for _, m := range doc.Mentions {
			if m.Text != c.acronym {
				continue
			}
			n++
			if m.Actor == nil || m.Actor.Code != c.code {
				t.Errorf("%q: %q = %v, want code %q: %s", c.text, c.acronym, m.Actor, c.code, dump(doc))
			}
		}
		if n != 2 {
			t.Errorf("%q: %d mentions of %q, want 2: %s", c.text, n, c.acronym, dump(doc))
		}
	}
}

// TestResolver_KoreanSurnameAfterFullName keeps a Korean surname used
// alone after the full name from becoming a new, unknown person.
func TestResolver_KoreanSurnameAfterFullName(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "Kim Jong Un met the envoys. Kim said the talks were useful.", date("2023-03-01"))
	for _, m := range doc.Mentions {
		if m.Text == "Kim" && m.Kind == dyad.MentionPerson && (m.Actor == nil || m.Actor.Code == "") {
			t.Errorf("%q is an unknown person: %s", m.Text, dump(doc))
		}
	}
}

// TestResolver_MiddleInitial reads a middle initial that is also a word
// ("A.") as part of a name, and a capital letter opening a sentence after
// a name as no initial.
func TestResolver_MiddleInitial(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct {
		text, want string
		found      bool
	}{
		{"Senator Robert A. Taft opposed the treaty.", "Robert A. Taft", true},
		{"The nominees were Chester A. Arthur and Thomas A. Hendricks.", "Thomas A. Hendricks", true},
		{"The seat went to Robert. A recount followed.", "Robert. A", false},
	} {
		doc := run(t, r, c.text, date("2020-01-01"))
		var got *dyad.Mention
		for i := range doc.Mentions {
			if strings.Contains(doc.Mentions[i].Text, c.want) {
				got = &doc.Mentions[i]
			}
		}
		if (got != nil && got.Kind == dyad.MentionPerson) != c.found {
			t.Errorf("%q: person %q found = %v, want %v: %s", c.text, c.want, got != nil, c.found, dump(doc))
		}
	}
}

// TestResolver_InternationalOrgan codes an organ named right after an
// international body's full name or abbreviation as the body; a
// one-word name that opens another organisation's name does not.
func TestResolver_InternationalOrgan(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, c := range []struct{ text, span, code string }{
		{"The United Nations Expert Group on Forests visited Chile.", "The United Nations Expert Group", "IGOUNO"},
		{"A UN Expert Group visited Chile.", "UN Expert Group", "IGOUNO"},
		{"She worked at Commonwealth Cancer Center in Ohio.", "Commonwealth Cancer Center", ""},
	} {
		doc := run(t, r, c.text, date("2020-01-01"))
		m := find(doc, c.span)
		switch {
		case c.code == "" && m != nil:
			t.Errorf("%q: unexpected mention %q: %s", c.text, c.span, dump(doc))
		case c.code != "" && (m == nil || m.Actor == nil || m.Actor.Code != c.code):
			t.Errorf("%q: %q = %v, want %s: %s", c.text, c.span, m, c.code, dump(doc))
		}
	}
}

// spanCode is a case for checkSpanCodes: in text, the mention at span
// must be coded code ("" for uncoded or no mention).
type spanCode struct{ name, text, span, code string }

// checkSpanCodes runs each case on day and compares the code of the
// mention at its span.
func checkSpanCodes(t *testing.T, r *actor.Resolver, day string, tests []spanCode) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date(day))
			got := ""
			if m := find(doc, tt.span); m != nil && m.Actor != nil {
				got = m.Actor.Code
			}
			if got != tt.code {
				t.Errorf("%q = %q, want %q: %s", tt.span, got, tt.code, dump(doc))
			}
		})
	}
}

// "the Government of <place>" is the place's government (a province's is
// its country's), never a person; a government "of" a leader is no
// place's.
func TestResolver_GovernmentOfPlace(t *testing.T) {
	r := newResolver(t, actor.Config{})
	checkSpanCodes(t, r, "2024-03-01", []spanCode{
		{"Province", "The Government of Alberta announced new rules on Monday.", "The Government of Alberta", "CANGOV"},
		{"ProvinceLower", "Officials said the government of Ontario would appeal the ruling.", "the government of Ontario", "CANGOV"},
		{"State", "The Government of Texas sued the company on Friday.", "The Government of Texas", "USAGOV"},
		{"Country", "Talks stalled. The Government of Kenya announced new rules on Monday.", "Government of Kenya", "KENGOV"},
	})
	// (A leader's government is no place's: the name stays a person's.)
	doc0 := run(t, r, "Zambia voted in May. The government of Joseph Mwelwa fell on Monday.", date("2024-03-01"))
	if m := find(doc0, "The government of Joseph Mwelwa"); m != nil && m.Kind == dyad.MentionOrg {
		t.Errorf("a leader's government read as a place's: %s", dump(doc0))
	}
	doc := run(t, r, "The Government of Alberta announced new rules on Monday.", date("2024-03-01"))
	for _, m := range doc.Mentions {
		if m.Kind == dyad.MentionPerson {
			t.Errorf("%q taken for a person: %s", m.Text, dump(doc))
		}
	}
}

// A short form the article introduces for an actor ("(NCP)", ", or UPJ,",
// "known as …", "known by its acronym …"), or made of the initials of an
// organisation named before, stands for that actor; other abbreviations
// and listed names do not.
func TestResolver_IntroducedAliases(t *testing.T) {
	r := newResolver(t, actor.Config{})
	checkSpanCodes(t, r, "2024-07-05", []spanCode{
		{"Initials", "Khartoum banned the National Congress Party on Monday. Leaders of the NCP vowed to appeal.", "NCP", "SDNPTY"},
		{"Parenthesised", "Khartoum banned the National Congress Party (NCP) on Monday. The NCP vowed to appeal.", "NCP", "SDNPTY"},
		{"KnownAsNameOr", "Chad's army said a rebel group known as the Union for Peace and Justice, or UPJ, attacked two towns in Chad. Later the UPJ withdrew.", "Union for Peace and Justice", "TCDREB"},
		{"DigitShortForm", "Chad's army said a rebel group known as the Union for Peace, or 4U, attacked two towns in Chad. Later the 4U withdrew.", "4U", "TCDREB"},
		{"DescriptionTakesOrg", "Doctors Without Borders warned of hunger. The aid group, known by its acronym MSF, asked for access.", "The aid group", "NGOHLHMSF"},
		// a description with its own country and sector keeps them
		{"DescriptionKeepsOwnCode", "Kenyan troops (KRA) crossed into Somalia on Monday.", "Kenyan troops", "KENMIL"},
		{"OtherInitials", "Khartoum banned the National Congress Party on Monday. Leaders of the PDU vowed to appeal.", "PDU", ""},
		{"ListedOrg", "Sanctions on Iran, or NATO, were not discussed by the ministers in Rome.", "Iran", "IRN"},
	})
	for _, tt := range []struct{ text, span string }{
		{"The Kenyan ministry called Kamau Njoroge a traitor on Monday.", "Kamau Njoroge"},
		{"Kenyan police said a man known as John Kamau was arrested in Nairobi.", "John Kamau"},
	} {
		doc := run(t, r, tt.text, date("2024-07-05"))
		if m := find(doc, tt.span); m == nil || m.Kind != dyad.MentionPerson {
			t.Errorf("%q: %q is no person: %s", tt.text, tt.span, dump(doc))
		}
	}
}

// A name that goes on past another of the person's names ends with a
// second surname or a patronymic, which alone means someone else; and a
// surname after a role phrase naming another country is a namesake.
func TestResolver_SurnameCollisions(t *testing.T) {
	r := newResolver(t, actor.Config{})
	checkSpanCodes(t, r, "2024-07-05", []spanCode{
		{"SecondSurnameAlone", "Judges in Lima freed Zamora on Friday after a long trial.", "Zamora", ""},
		{"FirstSurname", "Judges in Lima met Espot on Friday after a long trial.", "Espot", "ANDGOV"},
		{"OtherCountryRole", "Guatemalan journalist Espot was freed on Friday.", "Guatemalan journalist Espot", "GTMMED"},
		{"SameCountryRole", "Andorran leader Espot said on Friday that talks went well.", "Andorran leader Espot", "ANDGOV"},
		{"PatronymicAlone", "Police in Mombasa arrested Ali on Friday after a long chase.", "Ali", ""},
	})
}

// A participle role word ("displaced") used as a verb names no one; as
// a noun after a determiner, an adverb, a possessive or a preposition it
// names the displaced.
func TestResolver_ParticipleRole(t *testing.T) {
	r := newResolver(t, actor.Config{})
	lead := "Chad's president visited the east. "
	for _, tt := range []struct {
		text, span string
		want       bool
	}{
		{lead + "Up to 10,000 civilians were displaced this week.", "displaced", false},
		{lead + "The war displaced millions in the east.", "displaced", false},
		{lead + "Fighting in Chad displaced thousands.", "Chad displaced", false},
		{lead + "Aid reached the displaced in the east.", "the displaced", true},
		{lead + "Internally displaced families fled.", "displaced families", true},
		{lead + "Chad's displaced are hungry.", "Chad's displaced", true},
		{lead + "Help for displaced families came.", "displaced families", true},
	} {
		doc := run(t, r, tt.text, date("2024-07-05"))
		if got := find(doc, tt.span) != nil; got != tt.want {
			t.Errorf("%q: mention %q = %v, want %v: %s", tt.text, tt.span, got, tt.want, dump(doc))
		}
	}
}

// A role phrase keeps the countries and organisations it names on the
// way to its role as parts; an organisation's own name, a demonym and a
// named person have none.
func TestResolver_RoleParts(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text, mention string
		want                []string // "kind:text" of each part
	}{
		{"PartyLeader", "NDP leader Jack Layton criticised the budget.", "NDP leader Jack Layton", []string{"org:NDP"}},
		{"CountryTitle", "US President Donald Trump met reporters.", "US President Donald Trump", []string{"country:US"}},
		{"PartyCandidate", "The Liberal Party of Canada candidate Wilf Odsworth lost.", "The Liberal Party of Canada candidate Wilf Odsworth", []string{"org:Liberal Party of Canada"}},
		{"CountryGroup", "Two Kenyan and Ugandan officials said Kenya lawmakers agreed.", "Kenya lawmakers", []string{"country:Kenya"}},
		{"DemonymNone", "Ukrainian President Volodymyr Zelenskyy spoke.", "Ukrainian President Volodymyr Zelenskyy", nil},
		{"OrgNameNone", "The Liberal Party of Australia won.", "Liberal Party of Australia", nil},
		{"NoRoleNone", "Jack Layton criticised the budget.", "Jack Layton", nil},
		{"InstitutionPart", "Fiji's governments fell.", "Fiji's governments", []string{"country:Fiji"}},
		{"InstitutionNameNone", "The United States Senate voted.", "The United States Senate", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2011-05-01"))
			m := find(doc, tt.mention)
			if m == nil {
				t.Fatalf("no mention %q: %s", tt.mention, dump(doc))
			}
			var got []string
			for _, p := range m.Parts {
				got = append(got, p.Kind+":"+p.In(doc.Article.Text))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q parts = %v, want %v", tt.mention, got, tt.want)
			}
		})
	}
}

// Names listed with organisations, or in a list a plural noun for
// organisations opens, are organisations; a list of places or people is
// not.
func TestResolver_OrgLists(t *testing.T) {
	checkOrgs(t, newResolver(t, actor.Config{}), []orgCase{
		{"AfterDictOrg", "The coalition included Likud, Shas, Yisrael Vorlim and others.", "Yisrael Vorlim", true},
		{"BeforeNamedOrg", "Members of Oath Keppers and the Proud Veterans Party were there.", "Oath Keppers", true},
		{"Chain", "The groups were the Sierra Club, Oath Keppers, and Proud Bovs.", "Proud Bovs", true},
		{"SuchAs", "European parties such as Ecolo and Groen in Belgium agreed.", "Ecolo", true},
		{"SuchAsSecond", "European parties such as Ecolo and Groen in Belgium agreed.", "Groen", true},
		{"Include", "Such organizations include the Vorlim Trust, Rock Thevote and others.", "Rock Thevote", true},
		{"PlacesNot", "Crews came from Hornsey, Stoke Newington and Walthamstow.", "Walthamstow", false},
		{"PeopleSuchAsNot", "Leaders such as Ramki Vorlim and Sanghavi came.", "Sanghavi", false},
		{"AfterPersonNot", "Jack Layton, Ramki Vorlim and the Liberal Party met.", "Jack Layton", false},
		{"AppositionNot", "A member of the Tunisian Parliament, Samir Vorlim said it was fine.", "Samir Vorlim", false},
		{"PlaceAppositionNot", "He studied at the Royal Military Academy, Sandhurst in England.", "Sandhurst", false},
		{"TitleAppositionNot", "Ramki Vorlim, the Labour Party leader, said no.", "Ramki Vorlim", false},
		{"AfterGuessNot", "The finalists were Sioux Falls, S.D. and Surprise, Ariz., this year.", "Surprise", false},
		{"AfterPlaceEndedNot", "He heads the Chamber of Commerce Serving Middletown, Trenton and Monroe.", "Trenton", false},
		{"CompoundAfterNot", "They discussed FIFA, the Zurich, Switzerland-based soccer body.", "Zurich", false},
	})
}

// An abbreviation in mixed case is an organisation's; a degree, a
// memorandum or a surname is not.
func TestResolver_MixedCaseAcronym(t *testing.T) {
	checkOrgs(t, newResolver(t, actor.Config{}), []orgCase{
		{"IdV", "In December 2017 IdV was a founding member of the list.", "IdV", true},
		{"PvdA", "He joined the PvdA and later left it.", "PvdA", true},
		{"PhD", "She earned a PhD in Leiden.", "PhD", false},
		{"MoU", "They signed an MoU on trade.", "MoU", false},
		{"McCain", "He met McCain in Phoenix.", "McCain", false},
	})
}

// "general" before an election is an adjective, not a military officer.
func TestResolver_GeneralElection(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "He stood in the 1992 United Kingdom general election and the 2006 Italian general election.", date("2020-01-01"))
	for _, m := range doc.Mentions {
		if m.Actor != nil && m.Actor.Sector == "MIL" {
			t.Errorf("military actor %q in an election: %s", m.Text, dump(doc))
		}
	}
	doc = run(t, r, "The Italian general said no.", date("2020-01-01"))
	if m := find(doc, "The Italian general"); m == nil || m.Actor == nil || m.Actor.Code != "ITAMIL" {
		t.Errorf("The Italian general: want ITAMIL: %s", dump(doc))
	}
}

// A name running into a country is an organisation's, also when an
// abbreviation opens it; an abbreviation alone before a country is not.
func TestResolver_AbbreviationNameWithCountry(t *testing.T) {
	r := newResolver(t, actor.Config{})
	doc := run(t, r, "He praised NARAL Pro-Choice America and others.", date("2020-01-01"))
	if m := find(doc, "NARAL Pro-Choice America"); m == nil || m.Kind != dyad.MentionOrg {
		t.Errorf("NARAL Pro-Choice America: want an org: %s", dump(doc))
	}
	doc = run(t, r, "An official said QTZ America would pay.", date("2020-01-01"))
	if m := find(doc, "QTZ America"); m != nil {
		t.Errorf("QTZ America read as one name: %s", dump(doc))
	}
}

// A subject that "his" or "her" right after its verb points back at is a
// person; the verb must be one ("for her campaign" is not).
func TestResolver_SubjectOfHis(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		text, word string
		person     bool
	}{
		{"In 1987 Vorlimex kept his seat, but lost it in 1992.", "Vorlimex", true},
		{"Vorlimex allied himself with the dukes.", "Vorlimex", true},
		{"Vorlimex has stated that the merger is wrong.", "Vorlimex", true},
		{"In 1987 Vorlimex kept its seat on the board.", "Vorlimex", false},
		{"Funds came from Vorlimex for her campaign.", "Vorlimex", false},
		{"She is forbidden from entering Vorlimex because her presence causes tensions.", "Vorlimex", false},
	}
	for _, tt := range tests {
		doc := run(t, r, tt.text, date("2020-01-01"))
		m := find(doc, tt.word)
		if got := m != nil && m.Kind == dyad.MentionPerson; got != tt.person {
			t.Errorf("%q: %q person = %v, want %v: %s", tt.text, tt.word, got, tt.person, dump(doc))
		}
	}
}

// An "of …" tail of an organisation's name stops before "and" another
// organisation's name, and before a known organisation after "for".
func TestResolver_OrgTailStops(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		text string
		want []string // org mentions, in order
	}{
		{"They backed the Reform Party of Canada and Canadian Alliance parties.", []string{"Reform Party of Canada", "Canadian Alliance"}},
		{"She joined the Law Society of England and Wales and Hong Kong Bar Association.", []string{"Law Society of England and Wales", "Hong Kong Bar Association"}},
		{"He left the Quebec Liberal Party for the Parti Québécois.", []string{"Quebec Liberal Party", "Parti Québécois"}},
		{"He led the Party of Socialists and Democrats in 2001.", []string{"Party of Socialists and Democrats"}},
		{"He joined the Front for the Liberation of Vorlim and Dessa.", []string{"Front for the Liberation of Vorlim and Dessa"}},
	}
	for _, tt := range tests {
		doc := run(t, r, tt.text, date("2020-01-01"))
		var got []string
		for _, m := range doc.Mentions {
			if m.Kind == dyad.MentionOrg {
				got = append(got, m.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: orgs %q, want %q", tt.text, got, tt.want)
		}
	}
}

// With no date, a person whose tenures differ has no office but their
// country, unless a title in the text says which (then every mention of
// them has it); one office all tenures share stays; a date still picks
// the tenure.
func TestResolver_Undated(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text, mention string
		day                 time.Time
		code                string
	}{
		{"BareNameCountry", "Marco Rubio met Wang Yi.", "Marco Rubio", time.Time{}, "USA"},
		{"TitlePicksTenure", "Senator Marco Rubio met Wang Yi.", "Senator Marco Rubio", time.Time{}, "USALEG"},
		{"TitleElsewhere", "Marco Rubio met Wang Yi. Later, Senator Marco Rubio left.", "Marco Rubio", time.Time{}, "USALEG"},
		{"OneOffice", "Barack Obama spoke.", "Barack Obama", time.Time{}, "USAGOV"},
		{"Dated", "Marco Rubio met Wang Yi.", "Marco Rubio", date("2025-06-01"), "USAGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, tt.day)
			m := find(doc, tt.mention)
			if m == nil || m.Actor == nil || m.Actor.Code != tt.code {
				t.Errorf("%q: want %s: %s", tt.mention, tt.code, dump(doc))
			}
		})
	}
}

// A name its bracketed abbreviation spells is an organisation's, and so
// is the abbreviation; a plural abbreviation, one marked as no actor,
// and one whose capitals are not the initials are not.
func TestResolver_DefinedAcronym(t *testing.T) {
	checkOrgs(t, newResolver(t, actor.Config{}), []orgCase{
		{"LongForm", "It was organised by the Campaign for Vorlim Disarmament (CVD) and others.", "Campaign for Vorlim Disarmament", true},
		{"ShortForm", "It was organised by the Campaign for Vorlim Disarmament (CVD) and others.", "CVD", true},
		{"WithAnd", "Some members of the Civics and Vorlimers (CV) left.", "Civics and Vorlimers", true},
		{"PluralNot", "Help for Internally Vorlimed Persons (IVPs) rose.", "Internally Vorlimed Persons", false},
		{"OtherLettersNot", "Some members of the Civics and Vorlimers (QZ) left.", "Civics and Vorlimers", false},
		{"NotActorNot", "Growth in Gross Domestic Product (GDP) slowed.", "Gross Domestic Product", false},
	})
}

// A capitalised plural of a civilian group's role word with an "of" or
// "for" tail of capitalised words names an organisation; a state's
// people, a lower-case tail and a sentence's first word do not.
func TestResolver_GroupName(t *testing.T) {
	checkOrgs(t, newResolver(t, actor.Config{}), []orgCase{
		{"Veterans of Foreign Vorlims", "He joined the Veterans of Foreign Vorlims in 1990.", "Veterans of Foreign Vorlims", true},
		{"Women for Peace", "They joined Women for Peace in 1990.", "Women for Peace", true},
		{"Concerned Women for Vorlimia", "It was backed by Concerned Women for Vorlimia in 1990.", "Concerned Women for Vorlimia", true},
		{"Veterans for Peace", "Others included Vorlim Families for Peace and Veterans for Peace.", "Veterans for Peace", true},
		{"Members of Parliament", "He met Members of Parliament on Tuesday.", "Members of Parliament", false},
		{"Veterans of the war", "He said Veterans of the war gathered.", "Veterans of the war", false},
		{"Veterans of Foreign Vorlims", "Veterans of Foreign Vorlims met.", "Veterans of Foreign Vorlims", false},
	})
}

// TestResolver_EnvoyToIGO checks that a country's envoy to an IGO ("Iran's
// U.N. ambassador") speaks for the country, while the IGO's own envoy, or
// an IGO modifying another role, stays the IGO's.
func TestResolver_EnvoyToIGO(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct{ name, text, mention, code string }{
		{"CountryEnvoy", "Iran's U.N. ambassador criticized the plan.", "Iran's U.N. ambassador", "IRNGOV"},
		{"DemonymEnvoy", "The Iranian U.N. ambassador criticized the plan.", "The Iranian U.N. ambassador", "IRNGOV"},
		{"IGOEnvoy", "The U.N. ambassador criticized the plan.", "The U.N. ambassador", "IGOUNO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2025-03-12"))
			m := find(doc, tt.mention)
			if m == nil || m.Actor == nil {
				t.Fatalf("no coded mention %q; got %s", tt.mention, dump(doc))
			}
			if m.Actor.Code != tt.code {
				t.Errorf("%q code = %q, want %q", tt.mention, m.Actor.Code, tt.code)
			}
		})
	}
}

// TestResolver_JournalistVotes checks that a journalist the text gives a
// country sets the article's country, so the police and courts after it
// are that country's; an outlet does not.
func TestResolver_JournalistVotes(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct{ name, text, code string }{
		{"Journalist", "Jose Zamora is a Guatemalan journalist. Police arrested him in 2022.", "GTMCOP"},
		{"OutletUnresolved", "Jose Zamora told VOA he feared arrest. Police arrested him in 2022.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2025-03-12"))
			m := find(doc, "Police")
			got := ""
			if m != nil && m.Actor != nil {
				got = m.Actor.Code
			}
			if got != tt.code {
				t.Errorf("Police code = %q, want %q: %s", got, tt.code, dump(doc))
			}
		})
	}
}

// orgCase is a named text, a word in it, and whether the word must be
// found as an organisation's name.
type orgCase struct {
	name, text, word string
	org              bool
}

// checkOrgs runs each case through r, dated 2020-01-01, as a subtest and
// checks whether its word is an organisation mention.
func checkOrgs(t *testing.T, r *actor.Resolver, tests []orgCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2020-01-01"))
			m := find(doc, tt.word)
			if got := m != nil && m.Kind == dyad.MentionOrg; got != tt.org {
				t.Errorf("%q: %q org = %v, want %v: %s", tt.text, tt.word, got, tt.org, dump(doc))
			}
		})
	}
}
