package actor_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// TestResolver_Anaphora checks "they", "it" and the definite descriptions
// that stand for actors named just before, and that they stay unresolved
// when the antecedent is missing, too far or not the only one.
func TestResolver_Anaphora(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text, anaphor string
		wantAnte            string // "" for unresolved
		wantCode            string
	}{
		{"TheyCoordinated", "Brazil and Argentina held talks in Montevideo. They agreed to cut tariffs.", "They", "Brazil", "BRA"},
		{"TheyGroup", "Protesters blocked roads near Warsaw on Tuesday. They demanded lower fuel prices.", "They", "Protesters", ""},
		{"TheySameSentence", "Brazil and Argentina met in Montevideo, where they signed a deal.", "they", "Brazil", "BRA"},
		{"TheyTwoPluralsUnresolved", "Protesters clashed with police near Warsaw. They threw stones.", "They", "", ""},
		{"TheySingularUnresolved", "Brazil held talks with a delegation. They agreed to cut tariffs.", "They", "", ""},
		{"TheyInQuoteUnresolved", "Brazil and Argentina held talks. \"They will not win,\" a diplomat said.", "They", "", ""},
		{"TheyPossessorUnresolved", "Brazil and Argentina's talks ended. They agreed nothing.", "They", "", ""},
		{"ItOrganisation", "The World Health Organization issued new guidance on Monday. It also urged countries to share data.", "It", "World Health Organization", "IGO"},
		{"ItCountry", "Chile recalled its ambassador on Monday. It accused the embassy of spying.", "It", "Chile", "CHL"},
		{"ItExpletiveUnresolved", "Chile recalled its ambassador on Monday. It is unclear why.", "It", "", ""},
		{"ItModalBeUnresolved", "Chile recalled its ambassador on Monday. It will be a long week.", "It", "", ""},
		{"ItEventUnresolved", "Chile recalled its ambassador on Monday. It comes after a row over trade.", "It", "", ""},
		{"ItPersonSubjectUnresolved", "Gabriel Boric recalled the ambassador on Monday. It accused the embassy of spying.", "It", "", ""},
		{"ItNotFirstUnresolved", "Chile recalled its ambassador. Peru said it regretted the move.", "it", "", ""},
		{"TheyAfterCommaBut", "Chilean officials did not immediately respond to a request for comment on the new report, but they have denied the claims.", "they", "Chilean officials", "CHLGOV"},
		{"TheyFarAfterBareAndUnresolved", "Aid groups warned that the five in the camp could be sent back much sooner than planned and they are afraid.", "they", "", ""},
		{"TheyFarUnresolved", "Aid groups warned that the five in the camp could be sent back much sooner than planned if they are found.", "they", "", ""},
		{"ItPossessorUnresolved", "Chile’s new law bans the ships. It cites safety.", "It", "", ""},
		{"BothSidesQuoteUnresolved", "Chile and Peru met. \"There are good people on both sides,\" a diplomat said.", "both sides", "", ""},
		{"BothSidesMixedUnresolved", "Chile hosted Javier Milei. Both sides agreed to cut tariffs.", "Both sides", "", ""},
		{"ItQuoteOpenedBeforeUnresolved", "NATO said: \"We must act now. When a treaty breaks, it hurts everyone.\"", "it", "", ""},
		{"ItAppositionUnresolved", "Peru recalled its envoy. A first in years, it surprised diplomats.", "it", "", ""},
		{"ItPluralBodyUnresolved", "Chilean military authorities reported new cases. It tracked an outbreak on a ship.", "It", "", ""},
		{"ItChained", "Iran denied the report. In May, it stopped implementing the deal. In June 2021, It expelled the inspectors.", "It", "Iran", "IRN"},
		{"ItChainedPersonUnresolved", "Hassan Rouhani denied the report. In May, he stopped the talks. In June 2021, It expelled the inspectors.", "It", "", ""},
		{"TheyChainedPair", "Brazil and Argentina held talks. The two countries agreed to cut tariffs. They will meet again in May.", "They", "Brazil", "BRA"},
		{"TheyCounted", "Tens of thousands of protesters marched in Lima. They demanded new elections.", "They", "protesters", ""},
		{"TheyCountedNumber", "More than 200 Chilean protesters blocked roads on Monday. They demanded higher wages.", "They", "Chilean protesters", "CHL"},
		{"TheyDemonymPeople", "Tens of thousands of Sudanese began protesting last year. They demanded reforms.", "They", "Sudanese", "SDN"},
		{"TheyDemonymAdjectiveUnresolved", "Sudanese diplomacy failed last year. They demanded reforms.", "They", "", ""},
		{"TheyCountedOpenerDateUnresolved", "In May 2019, Chile recalled its envoy. They demanded reforms.", "They", "", ""},
		{"BothSidesNotTheSayer", "The Rapid Support Forces have been fighting the Sudanese Armed Forces, and the United Nations says both sides have committed abuses.", "both sides", "Rapid Support Forces", "SDNREB"},
		{"TwoCountriesNotTheUrger", "Ethiopia and Eritrea clashed on Monday. Egypt urged the two countries to talk.", "the two countries", "Ethiopia", "ETH"},
		{"BothSidesThreeUnresolved", "Ethiopia and Eritrea clashed, Egypt said, and both sides lost troops.", "both sides", "", ""},
		{"AgeEpithet", "Joe Biden met reporters in Delaware. The 81-year-old said he would run again.", "The 81-year-old", "Joe Biden", "USA"},
		{"AgeEpithetTwoPeopleUnresolved", "Joe Biden met Donald Trump in Delaware. The 81-year-old said he would run again.", "The 81-year-old", "", ""},
		{"AgeEpithetNounUnresolved", "Joe Biden met reporters in Delaware. The 81-year-old man said he would vote.", "The 81-year-old", "", ""},
		{"TheyPossessedSubject", "Warren Jeffs' attorneys in Utah pledged to appeal. They also may seek a new trial.", "They", "attorneys", "USA"},
		{"TheyPossessorPersonUnresolved", "Warren Jeffs' trial in Utah ended on Monday. They also may seek a new trial.", "They", "", ""},
		{"CountryNoun", "German firms are leaving Iran. Siemens announced plans to pull out of the Middle Eastern nation.", "the Middle Eastern nation", "Iran", "IRN"},
		{"CountryNounBare", "Rebels attacked the Central African Republic on Monday. A rebel group has relaunched hostilities in the country.", "the country", "Central African Republic", "CAF"},
		{"CountryNounTwoUnresolved", "Iran and Iraq signed a deal. Siemens announced plans to pull out of the Middle Eastern nation.", "the Middle Eastern nation", "", ""},
		{"CountryNounBodyCompetesUnresolved", "The United States threatened sanctions. It warned that the Somali government's actions would divide the country.", "the country", "", ""},
		{"CountryNounOtherUnresolved", "Kenya sent troops on Monday. The other country refused.", "The other country", "", ""},
		{"TwoCountries", "Brazil and Argentina held talks. The two countries agreed to cut tariffs.", "The two countries", "Brazil", "BRA"},
		{"BothCountriesSameSentence", "After Brazil and Argentina held talks, both countries agreed to cut tariffs.", "both countries", "Brazil", "BRA"},
		{"BothSidesChained", "Brazil and Argentina held talks. Both countries agreed to cut tariffs. Both sides will meet again.", "Both sides", "Brazil", "BRA"},
		{"TwoLeaders", "Gabriel Boric met Javier Milei in Santiago. The two leaders discussed trade.", "The two leaders", "Gabriel Boric", ""},
		{"TwoCountriesThreeUnresolved", "Brazil, Chile and Argentina held talks. The two countries agreed to cut tariffs.", "The two countries", "", ""},
		{"TwoCountriesTooFarUnresolved", "Brazil and Argentina held talks. Trade fell. Prices rose. The two countries agreed to cut tariffs.", "The two countries", "", ""},
		{"Ministry", "Japan's Foreign Ministry summoned the envoy. The ministry said the visit was provocative.", "The ministry", "Japan's Foreign Ministry", "JPN"},
		{"Embassy", "Protesters gathered outside the Chinese Embassy in Canberra on Monday.\nThe next day the embassy criticized the police.", "the embassy", "Chinese Embassy", "CHNGOV"},
		{"EmbassyTwoUnresolved", "The Chinese Embassy and the Japanese Embassy issued statements. The embassy said the visit was provocative.", "The embassy", "", ""},
		{"MinistryTwoUnresolved", "Japan's Foreign Ministry and its Defense Ministry met. The ministry said the visit was provocative.", "The ministry", "", ""},
		{"Bloc", "The European Union imposed tariffs on steel. The bloc also warned of more.", "The bloc", "The European Union", "IGOEUR"},
		{"Coalition", "Envoys praised the Global Coalition to Defeat ISIS. The coalition sent more troops to Iraq.", "The coalition", "Global Coalition to Defeat ISIS", "IGO"},
		{"AllianceNATO", "The North Atlantic Treaty Organization met in Brussels. The alliance criticized Russia.", "The alliance", "North Atlantic Treaty Organization", "IGOWSTNAT"},
		{"Council", "Iran is defying the U.N. Security Council. \"The Council must be united,\" the U.S. statement said.", "The Council", "U.N. Security Council", "IGOUNO"},
		{"Agency", "Iran expelled inspectors of the International Atomic Energy Agency. The agency said it was alarmed.", "The agency", "International Atomic Energy Agency", "IGOUNO"},
		{"CommissionTwoUnresolved", "The European Commission and the African Union Commission met. The commission said it was alarmed.", "The commission", "", ""},
		{"CoalitionUnnamedUnresolved", "Kenya and Uganda met in Nairobi. The coalition criticized Russia.", "The coalition", "", ""},
		{"CoalitionOfUnresolved", "The Global Coalition to Defeat ISIS met. The coalition of the willing criticized Russia.", "The coalition", "", ""},
		{"Groups", "Rights groups sued the government on Monday. Officials criticized the groups on Tuesday.", "the groups", "Rights groups", "NGO"},
		{"GroupsTwoKindsUnresolved", "Rights groups and aid groups sued the government. Officials criticized the groups.", "the groups", "", ""},
		{"Militants", "Boko Haram attacked a village in Borno state. The militants burned homes.", "The militants", "Boko Haram", ""},
		{"MilitantsAfterLeader", "Hamas fighters crossed the border. Hamas leader Yahya Sinwar praised the raid. Israel struck the militants in Gaza.", "the militants", "Hamas fighters", ""},
		{"MilitantsTwoGroupsUnresolved", "Hamas fighters crossed the border. Hezbollah praised the raid. Israel struck the militants in Gaza.", "the militants", "", ""},
		{"ArmedGroupDescription", "Islamic State claimed the bombing in Kabul. The terror group said its fighters targeted soldiers.", "The terror group", "Islamic State", "IMG"},
		{"ArmedGroupDescriptionTwoUnresolved", "Boko Haram attacked a village and Islamic State claimed a bombing. The jihadist group later released a video.", "The jihadist group", "", ""},
		{"GroupArmed", "Islamic State claimed the bombing in Kabul. The group said it targeted soldiers.", "The group", "Islamic State", "IMG"},
		{"GroupRights", "Human Rights Watch criticized the ban. The group said Egypt must free the activists.", "The group", "Human Rights Watch", "NGO"},
		{"GroupStateUnresolved", "Egypt criticized the ban. The group said the activists must be freed.", "The group", "", ""},
		{"GroupOfUnresolved", "Human Rights Watch criticized the ban. The group of lawyers said Egypt must free the activists.", "The group", "", ""},
		{"SameHeadOfficials", "Iraqi officials said the strike killed a senior commander. The officials also said troops arrested seven men.", "The officials", "Iraqi officials", "IRQ"},
		{"SameHeadSpokesperson", "An Interpol spokesperson said the rules forbid such cases. The spokesperson added that the request was refused.", "The spokesperson", "An Interpol spokesperson", "IGO"},
		{"SameHeadConjunctUnresolved", "Commandos seized 12 Somali and 11 Yemeni pirates on Monday. Rifles were seized from the pirates.", "the pirates", "", ""},
		{"SameHeadTwoUnresolved", "Russian officials met Ukrainian officials in Istanbul. The officials agreed to swap prisoners.", "The officials", "", ""},
		{"SameHeadOtherNounUnresolved", "Iraqi officials said the strike killed a senior commander. The spokesperson also said troops arrested seven men.", "The spokesperson", "", ""},
		{"MilitantsUnnamedUnresolved", "Gunmen attacked a village in Borno state. The militants burned homes.", "The militants", "", ""},
		// the one armed group the text has named, further back, wherever
		// they are now; not when it named two
		{"InsurgentsInText", "The Taliban seized Kabul in 2021. Many countries refused to recognize them. Trade fell. Prices rose. In 2020, the United States negotiated with the insurgents in Qatar's capital, Doha.", "the insurgents", "The Taliban", ""},
		{"InsurgentsTwoGroupsUnresolved", "The Taliban seized Kabul. Al-Shabab attacked Mogadishu. Trade fell. Prices rose. Banks closed. The United States negotiated with the insurgents in Qatar's capital, Doha.", "the insurgents", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2025-06-01"))
			m := find(doc, tt.anaphor)
			if tt.wantAnte == "" {
				if m != nil && m.Antecedent != nil {
					t.Fatalf("%q resolved to %q, want unresolved: %s", tt.anaphor, doc.Mentions[*m.Antecedent].Text, dump(doc))
				}
				return
			}
			if m == nil || m.Antecedent == nil || m.Actor == nil {
				t.Fatalf("%q not resolved: %s", tt.anaphor, dump(doc))
			}
			if got := doc.Mentions[*m.Antecedent].Text; got != tt.wantAnte {
				t.Errorf("%q antecedent = %q, want %q", tt.anaphor, got, tt.wantAnte)
			}
			if ante := doc.Mentions[*m.Antecedent]; ante.Actor == nil || m.Actor.Code != ante.Actor.Code {
				t.Errorf("%q code = %q, want its antecedent's", tt.anaphor, m.Actor.Code)
			}
			if tt.wantCode != "" && len(m.Actor.Code) >= len(tt.wantCode) && m.Actor.Code[:len(tt.wantCode)] != tt.wantCode {
				t.Errorf("%q code = %q, want prefix %q", tt.anaphor, m.Actor.Code, tt.wantCode)
			}
		})
	}
}

// TestResolver_PlaceApposition checks that a name in apposition to a
// common noun for a place ("the provincial capital, Dorvana,") is read as
// a place, so that a later "he" goes to the person named before it, and
// that a name in apposition to a person's role stays a person.
func TestResolver_PlaceApposition(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text, place, wantAnte string
	}{
		{"Capital", "Tomas Verrick spoke to reporters in the provincial capital, Dorvana Selt, on Friday, and he said the vote would go ahead.", "Dorvana Selt", "Tomas Verrick"},
		{"PortCity", "Rebels shelled the port city, Qasr Amala, overnight. Yusuf Harrad said he would not negotiate.", "Qasr Amala", "Yusuf Harrad"},
		{"PossessiveTown", "Halim Osrey toured the region's largest town, Belmora Wells. He promised new roads.", "Belmora Wells", "Halim Osrey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2025-06-01"))
			if m := find(doc, tt.place); m != nil {
				t.Fatalf("place %q read as a %s mention: %s", tt.place, m.Kind, dump(doc))
			}
			he := find(doc, "he")
			if he == nil {
				he = find(doc, "He")
			}
			if he == nil || he.Antecedent == nil {
				t.Fatalf("he not resolved: %s", dump(doc))
			}
			if got := doc.Mentions[*he.Antecedent].Text; got != tt.wantAnte {
				t.Errorf("he antecedent = %q, want %q", got, tt.wantAnte)
			}
		})
	}
	t.Run("RoleStaysPerson", func(t *testing.T) {
		doc := run(t, r, "The group's leader, Ali Dara, said the talks had failed.", date("2025-06-01"))
		if m := find(doc, "Ali Dara"); m == nil || m.Kind != "person" {
			t.Fatalf("Ali Dara not a person: %s", dump(doc))
		}
	})
}

// TestResolver_CourtSite checks that courts, judges and prosecutors take
// the country of the place their phrase or the article's trial names
// ("a court in Lyon", "the Osaka court"), not that of the accused named
// near them, and keep a country the text gives them ("Iranian
// prosecutors").
func TestResolver_CourtSite(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, text, body, want string
	}{
		{"CourtInCity", "A criminal court in Lyon convicted two Chilean men on Friday.", "court", "FRAJUD"},
		{"ProsecutorsInCity", "Prosecutors in Naples charged the Peruvian businessman with fraud.", "Prosecutors", "ITAJUD"},
		{"JudgeInCity", "Chilean diplomats said the judge in Munich was unfair.", "the judge", "DEUJUD"},
		{"CityBeforeCourt", "The Osaka district court jailed a Chilean sailor.", "court", "JPNJUD"},
		{"TrialSiteHolds", "Two Chilean men went on trial in Toronto on Monday. The Chilean gang ordered the killing, according to prosecutors.", "prosecutors", "CANJUD"},
		{"NamedCountryStays", "A court in Lyon heard the case. Chilean prosecutors appealed the ruling.", "Chilean prosecutors", "CHLJUD"},
		{"NoSiteNearestCountry", "Chile's supreme court ruled on Monday. The court said the law was void.", "The court", "CHLJUD"},
		// A group is of the country it is placed in; a demonym wins.
		{"GroupInCity", "Chile voted. Protesters in Naples burned tyres.", "Protesters", "ITAOPP"},
		{"GroupDemonymStays", "Chile voted. Chilean students in Naples marched.", "Chilean students", "CHLCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, r, tt.text, date("2025-06-01"))
			m := find(doc, tt.body)
			if m == nil || m.Actor == nil {
				t.Fatalf("%q not found: %s", tt.body, dump(doc))
			}
			if m.Actor.Code != tt.want {
				t.Errorf("%q code = %q, want %q: %s", tt.body, m.Actor.Code, tt.want, dump(doc))
			}
		})
	}
}
