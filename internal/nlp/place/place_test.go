package place_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/place"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// newStages builds the segmenter and the geocoder with default
// configurations.
func newStages(t testing.TB) (*segment.Segmenter, *place.Geocoder) {
	t.Helper()
	seg, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	g, err := place.New(place.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return seg, g
}

// placeOutlet splits and geocodes text as an article of outlet.
func placeOutlet(t *testing.T, seg *segment.Segmenter, g *place.Geocoder, text, outlet string) *dyad.Document {
	t.Helper()
	doc := dyad.NewDocument(&dyad.Article{Text: text, Outlet: outlet})
	if err := seg.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if err := g.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// run codes text through the segmenter and the places stage.
func run(t testing.TB, text string) []dyad.Place {
	t.Helper()
	seg, g := newStages(t)
	doc := dyad.NewDocument(&dyad.Article{Text: text})
	if err := seg.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if err := g.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Places {
		if err := p.Span.CheckIn(text); err != nil || text[p.Start:p.End] != p.Text {
			t.Fatalf("place %q at %v does not match the text (%v)", p.Text, p.Span, err)
		}
	}
	return doc.Places
}

// find returns the places whose text is name.
func find(ps []dyad.Place, name string) []dyad.Place {
	var out []dyad.Place
	for _, p := range ps {
		if p.Text == name {
			out = append(out, p)
		}
	}
	return out
}

func TestGeocoder_Ambiguity(t *testing.T) {
	tests := []struct {
		name, text, mention string
		wantCountry         string
		wantAdmin1          string
		wantPrecision       string
	}{
		{"ParisFrance", "The summit opened in Paris on Monday.", "Paris", "FRA", "Île-de-France", dyad.PrecisionCity},
		{"ParisTexas", "Storms hit Dallas and Tyler in Texas, and flooding closed roads in Paris.", "Paris", "USA", "Texas", dyad.PrecisionCity},
		{"TownDollars", "The Mansfield council voted on a $765,000 package.", "Mansfield", "USA", "", dyad.PrecisionCity},
		{"TownPounds", "The Mansfield council voted on a £765,000 package.", "Mansfield", "GBR", "England", dyad.PrecisionCity},
		{"TownOtherDollars", "The Mansfield council voted on a C$765,000 package.", "Mansfield", "GBR", "England", dyad.PrecisionCity},
		{"CountyCommaState", "Fans met at a DeKalb diner. Crews cleared roads across DeKalb County, Ga. on Friday.", "DeKalb County", "USA", "Georgia", dyad.PrecisionAdmin1},
		{"StWrittenOut", "Lawmakers met in St. Paul on Monday.", "St. Paul", "USA", "Minnesota", dyad.PrecisionCity},
		{"StAsWritten", "Lawmakers met in St. Louis on Monday.", "St. Louis", "USA", "Missouri", dyad.PrecisionCity},
		{"ParisCommaTexas", "He grew up in Paris, Texas, before moving west.", "Paris", "USA", "Texas", dyad.PrecisionCity},
		{"AthensGa", "ATHENS, Ga. — The university said on Friday that classes resume.", "ATHENS", "USA", "Georgia", dyad.PrecisionCity},
		{"GeorgiaCountry", "Troops crossed into Georgia after fighting near Tbilisi and Gori.", "Georgia", "GEO", "", dyad.PrecisionCountry},
		{"GeorgiaState", "Voters in Georgia lined up in Atlanta and Savannah on Tuesday.", "Georgia", "USA", "Georgia", dyad.PrecisionAdmin1},
		{"WashingtonDC", "Leaders will gather in Washington for talks with the president.", "Washington", "USA", "District of Columbia", dyad.PrecisionCity},
		{"WashingtonStateContext", "Fires spread near Spokane and Seattle as smoke covered Washington on Sunday.", "Washington", "USA", "Washington", dyad.PrecisionAdmin1},
		{"WashingtonEmbassy", "Apple growers in Yakima wrote to Peru's Washington embassy.", "Washington", "USA", "District of Columbia", dyad.PrecisionCity},
		{"WashingtonGrowers", "Apple growers in Yakima wrote to Peru's Washington office.", "Washington", "USA", "Washington", dyad.PrecisionAdmin1},
		{"WashingtonState", "Apple growers in Washington state expect a smaller harvest.", "Washington", "USA", "Washington", dyad.PrecisionAdmin1},
		{"IrbilIraqiCity", "A bomb exploded in the northern Iraqi city of Irbil on Sunday.", "Irbil", "IRQ", "", dyad.PrecisionCity},
		{"Anbar", "Fighting continued in Iraq's Anbar desert.", "Anbar", "IRQ", "Anbar", dyad.PrecisionAdmin1},
		{"Donbas", "Shelling continued across the Donbas overnight.", "Donbas", "UKR", "", dyad.PrecisionRegion},
		{"MiddleEast", "The envoy toured the Middle East last week.", "Middle East", "", "", dyad.PrecisionRegion},
		{"SpacedHyphenatedName", "The gang leader fled the Croix des Bouquets jail.", "Croix des Bouquets", "HTI", "", dyad.PrecisionCity},
		{"CountryListedWithCountry", "Troops from Nigeria crossed. Fighters fled to Mali and Niger.", "Niger", "NER", "", dyad.PrecisionCountry},
		{"NameBeforeHyphenatedBased", "He works for a New York-based consultancy.", "New York", "USA", "", dyad.PrecisionCity},
		{"CapitalCommaCountryNamesake", "Leaders met in Niamey, Niger's capital, on Sunday.", "Niger", "NER", "", dyad.PrecisionCountry},
		{"KoreaAlone", "He lived in Korea for years.", "Korea", "KOR", "", dyad.PrecisionCountry},
		{"CountryList", "Ships sailed to Brunei, Malaysia, the Philippines, Taiwan and Vietnam.", "Taiwan", "TWN", "", dyad.PrecisionCountry},
		{"UpstateNewYork", "Snow fell across upstate New York.", "New York", "USA", "New York", dyad.PrecisionAdmin1},
		// A state's governor, border or attorney general, and a state
		// listed beside states, are the state's; a mayor is the city's.
		{"StateGovernor", "Former New York Gov. Mario Cuomo grew up in Queens.", "New York", "USA", "New York", dyad.PrecisionAdmin1},
		{"StateBorder", "Crews closed roads near the New York border.", "New York", "USA", "New York", dyad.PrecisionAdmin1},
		{"StateAttorneyGeneral", "New York's attorney general said the deal was off.", "New York", "USA", "New York", dyad.PrecisionAdmin1},
		{"CityMayor", "New York's mayor said the deal was off.", "New York", "USA", "New York", dyad.PrecisionCity},
		{"StateListedWithStates", "Singers came from Missouri, New York, North Carolina and Virginia.", "New York", "USA", "New York", dyad.PrecisionAdmin1},
		{"CityCommaSameState", "Reporters gathered in New York, New York, on Thursday.", "New York", "USA", "New York", dyad.PrecisionCity},
		{"CityListedWithCity", "Singers came from New York and Chicago.", "New York", "USA", "New York", dyad.PrecisionCity},
		{"WashingtonListedWithState", "Doctors in Oregon and Washington may prescribe the drug.", "Washington", "USA", "Washington", dyad.PrecisionAdmin1},
		// The capital named after the list does not pull the listed
		// state to it.
		{"StateListBeforeCapital", "Members came from Texas, Utah, Virginia, Washington and Washington, D.C.", "Washington", "USA", "Washington", dyad.PrecisionAdmin1},
		{"CapitalAfterStateList", "Members came from Texas, Utah and Washington, D.C.", "Washington", "USA", "District of Columbia", dyad.PrecisionCity},
		{"CommonWordAfterIn", "Police reinforced patrols after the attack in Nice.", "Nice", "FRA", "", dyad.PrecisionCity},
		// Abbreviations of states and provinces are regions, never towns.
		{"AbbrevKan", "The plant moved to Wichita, Kan., last year.", "Kan.", "USA", "Kansas", dyad.PrecisionAdmin1},
		{"AbbrevCityKan", "The plant moved to Wichita, Kan., last year.", "Wichita", "USA", "Kansas", dyad.PrecisionCity},
		{"AbbrevFla", "She retired to Naples, Fla.", "Fla.", "USA", "Florida", dyad.PrecisionAdmin1},
		{"AbbrevOnt", "He was born in London, Ont., in 1950.", "London", "CAN", "Ontario", dyad.PrecisionCity},
		{"AbbrevMan", "He was born in Brandon, Man., in 1950.", "Man.", "CAN", "Manitoba", dyad.PrecisionAdmin1},
		{"AbbrevBC", "The mill in Richmond, B.C., closed.", "Richmond", "CAN", "British Columbia", dyad.PrecisionCity},
		{"PostalCode", "The company is based in Louisville, KY and employs 200.", "KY", "USA", "Kentucky", dyad.PrecisionAdmin1},
		// Shouted datelines of several words and other dashes.
		{"DatelineTwoWords", "SAN FRANCISCO — A fourth police officer died on Sunday.", "SAN FRANCISCO", "USA", "California", dyad.PrecisionCity},
		{"DatelineColon", "BEIRUT: Unknown assailants removed the doors.", "BEIRUT", "LBN", "", dyad.PrecisionCity},
		{"DatelineAfterByline", "BY JOHN SMITH Staff Reporter March 15, 2009 NEWARK -- Officials met.", "NEWARK", "USA", "", dyad.PrecisionCity},
		{"Township", "Crews worked in Columbus, Pleasant Township and Madison Township in Ohio.", "Madison Township", "USA", "Ohio", dyad.PrecisionCity},
		{"TheSea", "A cargo ship sank in the Red Sea, an Egyptian official said.", "Red Sea", "", "", dyad.PrecisionRegion},
		{"RegionsPlural", "Troops fought al-Shabab in central Somalia, in the Middle Shabelle and Hiran regions.", "Hiran", "SOM", "Hiiraan", dyad.PrecisionAdmin1},
		// A title inside a run of names does not make the place a person.
		{"PlaceBeforeTitle", "Fargo Mayor Dennis Walaker said the city is ready.", "Fargo", "USA", "North Dakota", dyad.PrecisionCity},
		// A legislator's party and home.
		{"PartyHome", "Sen. Ken Cuccinelli, R-Fairfax, attached the proposal.", "Fairfax", "USA", "Virginia", dyad.PrecisionCity},
		// A town abroad yields to one in the country the rest of the article is in.
		{"ForeignTown", "Deputies from Benton County, Carroll County and Stewart County met in Paris on Friday.", "Paris", "USA", "Tennessee", dyad.PrecisionCity},
		{"PartyHomeState", "House Majority Whip James Clyburn, D-S.C., inserted language.", "S.C.", "USA", "South Carolina", dyad.PrecisionAdmin1},
		{"AbbrevSpaced", "He is held in a jail in Greenwood, W. Va., on a parole violation.", "W. Va.", "USA", "West Virginia", dyad.PrecisionAdmin1},
		{"AbbrevDottedAnywhere", "The S.C. Highway Patrol is looking for leads.", "S.C.", "USA", "South Carolina", dyad.PrecisionAdmin1},
		// Names close to each other on the map choose each other.
		{"NearbyNames", "Deputies from Walker County arrested a man in Huntsville on Friday.", "Huntsville", "USA", "Texas", dyad.PrecisionCity},
		// Names that decide each other settle together: the town and the
		// state, not the state's capital namesake and the country.
		{"SettleTogetherTown", "Police in Albany arrested a man on Friday. Agents of the Georgia Bureau of Investigation searched his home.", "Albany", "USA", "Georgia", dyad.PrecisionCity},
		// A world capital keeps its reading in a story about another
		// country whose namesakes are small towns; not where the story's
		// country has a city of that name.
		{"WorldCapitalAbroad", "Senators from Virginia and Maryland met in Richmond and Annapolis. His sister now lives in London.", "London", "GBR", "England", dyad.PrecisionCity},
		{"CapitalNamesakeAtHome", "Crews in Ontario cleared roads near Toronto and Windsor. Protesters gathered in London on Saturday.", "London", "CAN", "Ontario", dyad.PrecisionCity},
		// Large islands, provinces by their bare names, other spellings.
		{"Island", "Floods displaced thousands of families across Mindanao.", "Mindanao", "PHL", "", dyad.PrecisionRegion},
		{"IslandOfSeveral", "Logging has shrunk the rainforest of Borneo.", "Borneo", "", "", dyad.PrecisionRegion},
		{"ProvinceBareName", "Marines landed on the coast of Sulu on Friday.", "Sulu", "PHL", "", dyad.PrecisionAdmin1},
		{"DottedCountryAbbrev", "Rebels attacked villages in northeastern C.A.R. last week.", "C.A.R.", "CAF", "", dyad.PrecisionCountry},
		{"CountryWithoutThe", "Thousands fled across the river to the Republic of Congo.", "Republic of Congo", "COG", "", dyad.PrecisionCountry},
		{"TownAlias", "A truck bomb exploded in Maidan Shahr on Monday.", "Maidan Shahr", "AFG", "", dyad.PrecisionCity},
		// A region the gazetteer has only in Quebec, and the Michigan
		// town of that name beside Michigan.
		{"QuebecRegion", "Top diplomats gathered Thursday in Charlevoix, Quebec, as host country Canada outlined its agenda.", "Charlevoix", "CAN", "Quebec", dyad.PrecisionAdmin1},
		{"MichiganTownNotQuebecRegion", "The ferry left Charlevoix for Beaver Island, Michigan officials said.", "Charlevoix", "USA", "Michigan", dyad.PrecisionCity},
		{"SettleTogetherState", "Police in Albany arrested a man on Friday. Agents of the Georgia Bureau of Investigation searched his home.", "Georgia", "USA", "Georgia", dyad.PrecisionAdmin1},
		// A town that only its country's mention supports yields to a
		// city abroad several times its size; a town its region or
		// neighbours support does not.
		{"TownDwarfedAbroad", "The U.S. envoy spoke. The council based in Geneva met on Monday.", "Geneva", "CHE", "", dyad.PrecisionCity},
		{"TownSupportedNotDwarfed", "The U.S. envoy spoke. The council in Geneva, near Aurora and Naperville, Illinois, met.", "Geneva", "USA", "Illinois", dyad.PrecisionCity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := find(run(t, tt.text), tt.mention)
			if len(ps) == 0 {
				t.Fatalf("Places(%q): no place %q", tt.text, tt.mention)
			}
			p := ps[0]
			if p.Country != tt.wantCountry || tt.wantAdmin1 != "" && p.Admin1 != tt.wantAdmin1 || p.Precision != tt.wantPrecision {
				t.Errorf("Places(%q): %q = %s/%s/%s (%s), want %s/%s/%s", tt.text, tt.mention, p.Country, p.Admin1, p.Precision, p.Name,
					tt.wantCountry, tt.wantAdmin1, tt.wantPrecision)
			}
		})
	}
}

// TestGeocoder_CityCommaCountry checks that "<city>, <country>" names the
// country of the city at that occurrence, whatever the article reads the
// same name as elsewhere, and that a capital sharing its name with its
// region is read as the city.
func TestGeocoder_CityCommaCountry(t *testing.T) {
	tests := []struct {
		name, text, mention string
		nth                 int // which occurrence of mention
		wantCountry         string
		wantPrecision       string
	}{
		{"CountryAfterStateReading", "Officials in Georgia counted ballots in Atlanta. Later, protesters gathered in Tbilisi, Georgia.", "Georgia", 1, "GEO", dyad.PrecisionCountry},
		{"StateReadingKept", "Officials in Georgia counted ballots in Atlanta. Later, protesters gathered in Tbilisi, Georgia.", "Georgia", 0, "USA", dyad.PrecisionAdmin1},
		{"CapitalNotItsRegion", "Officials in Georgia counted ballots in Atlanta. Later, protesters gathered in Tbilisi, Georgia.", "Tbilisi", 0, "GEO", dyad.PrecisionCity},
		{"CapitalAlone", "Later, protesters gathered in Tbilisi, Georgia.", "Tbilisi", 0, "GEO", dyad.PrecisionCity},
		{"StateAfterCountryReading", "Troops crossed into Georgia after fighting near Tbilisi and Gori. Fans later gathered in Atlanta, Georgia.", "Georgia", 1, "USA", dyad.PrecisionAdmin1},
		{"ListOfStates", "Storms hit Missouri, Georgia and Ohio on Friday.", "Georgia", 0, "USA", dyad.PrecisionAdmin1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := find(run(t, tt.text), tt.mention)
			if len(ps) <= tt.nth {
				t.Fatalf("Places(%q): %d places %q, want at least %d", tt.text, len(ps), tt.mention, tt.nth+1)
			}
			p := ps[tt.nth]
			if p.Country != tt.wantCountry || p.Precision != tt.wantPrecision {
				t.Errorf("Places(%q): %q #%d = %s/%s, want %s/%s", tt.text, tt.mention, tt.nth, p.Country, p.Precision, tt.wantCountry, tt.wantPrecision)
			}
		})
	}
}

// TestGeocoder_ListAtSentenceEnd checks that a list of places that runs
// to the end of a sentence with no closing punctuation is read without
// going past the sentence's last token (it used to panic).
func TestGeocoder_ListAtSentenceEnd(t *testing.T) {
	ps := run(t, "Officials met in Chile, Peru")
	if len(find(ps, "Chile")) == 0 || len(find(ps, "Peru")) == 0 {
		t.Errorf("Places = %v, want Chile and Peru", ps)
	}
	// Country names as bare subjects are actors; these only must not
	// panic, and run checks every span against the text.
	run(t, "Chile, Peru, Bolivia")
	run(t, "Chile, Peru and")
}

func TestGeocoder_MultiWord(t *testing.T) {
	tests := []struct{ text, want, wantName string }{
		{"Flights to New York were cancelled.", "New York", "New York City"},
		// "the" after "of" inside a name.
		{"Aid reached the Democratic Republic of the Congo.", "Democratic Republic of the Congo", "DR Congo"},
		{"Aid reached the Republic of the Congo.", "Republic of the Congo", "Republic of the Congo"},
		{"The carnival in Rio de Janeiro drew crowds.", "Rio de Janeiro", "Rio de Janeiro"},
		{"Elections were held in Guinea-Bissau on Sunday.", "Guinea-Bissau", "Guinea-Bissau"},
		{"The delegation flew to Addis Ababa.", "Addis Ababa", "Addis Ababa"},
		{"Tankers crossed the Strait of Hormuz.", "Strait of Hormuz", "Strait of Hormuz"},
		{"Rockets were fired from the Gaza Strip into southern Israel.", "Gaza Strip", "Gaza Strip"},
		{"Settlers moved into the West Bank.", "West Bank", "West Bank"},
		{"Deputies in Laurel County arrested two men.", "Laurel County", "Laurel County"},
		{"He lives in São Paulo.", "São Paulo", "São Paulo"},
		{"CHARLESTON, W.Va. (AP) — Lawmakers met.", "CHARLESTON", "Charleston"},
		{"He studied at the University of Nebraska-Lincoln.", "Lincoln", "Lincoln"},
		{"Flights in the Dallas-Fort Worth area were delayed.", "Dallas", "Dallas"},
		// The last part of a hyphenated pair with the words after it.
		{"She directs the Paris-Henry County Arts Council.", "Henry County", "Henry County"},
		{"Flights in the Dallas-Fort Worth area were delayed.", "Fort Worth", "Fort Worth"},
		{"He sailed on Lake Ontario in rough water.", "Lake Ontario", "Lake Ontario"},
		// An abbreviated first word is read written out.
		{"The band from Mt. Pleasant won again.", "Mt. Pleasant", "Mount Pleasant"},
		{"He moved to Ft. Myers last year.", "Ft. Myers", "Fort Myers"},
		// Names in a list of counties are counties, known alone or not.
		{"Crews worked in Otter Tail, Swift and Wilkin counties on Monday.", "Otter Tail", "Otter Tail County"},
		{"Crews worked in Otter Tail, Swift and Wilkin counties on Monday.", "Wilkin", "Wilkin County"},
		{"Growth in Douglas, Sarpy and Lancaster counties slowed.", "Douglas", "Douglas County"},
		// Autonomous and federal-member regions, and English counties
		// GeoNames lists under other names.
		{"Forces in Somalia's Jubaland region attacked the camp.", "Jubaland", "Jubaland"},
		{"Clashes spread across Galmudug on Monday.", "Galmudug", "Galmudug"},
		{"Police in Bedfordshire closed the road.", "Bedfordshire", "Bedfordshire"},
		{"The plant in Greater Manchester shut.", "Greater Manchester", "Greater Manchester"},
		{"Aid reached South Kordofan on Monday.", "South Kordofan", "Southern Kordofan"},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.want)
		if len(ps) != 1 || ps[0].Name != tt.wantName {
			t.Errorf("Places(%q) = %v, want one %q named %q", tt.text, ps, tt.want, tt.wantName)
		}
	}
}

func TestGeocoder_ActorsAndMetonymy(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                bool // a place
		wantMetonymic       bool
	}{
		{"CountrySubject", "Russia absorbed Crimea in 2014.", "Russia", false, false},
		{"SubnationalObject", "Russia absorbed Crimea in 2014.", "Crimea", true, false},
		{"CountryInfinitiveSubject", "They discussed proposals for Russia to relinquish land.", "Russia", false, false},
		{"CountryModifier", "The US envoy arrived on Sunday.", "US", false, false},
		{"CountryPossessive", "Ukraine's borders were guaranteed.", "Ukraine", false, false},
		// A country where things happen, as the subject of a verb of
		// undergoing, is a place; one that perceives or judges is not.
		{"CountrySettingProgressive", "Ecuador is seeing a surge in robberies of buses.", "Ecuador", true, false},
		{"CountrySettingPerfect", "Peru has witnessed three earthquakes this year.", "Peru", true, false},
		{"CountrySettingBeen", "Chile has been experiencing a long drought.", "Chile", true, false},
		{"CountrySettingPassive", "Ecuador is seen as a partner by its neighbours.", "Ecuador", false, false},
		{"CountryPerceives", "Peru has seen that the talks will fail.", "Peru", false, false},
		{"CountryPerceivesSimple", "Chile saw an opening in the talks.", "Chile", false, false},
		// A dependent territory is a sub-national place whatever its
		// syntax; a state is not.
		{"TerritoryPossessive", "Greenland's premier said the vote would go ahead.", "Greenland", true, false},
		{"TerritorySubject", "Guam said the storm had passed.", "Guam", true, false},
		{"StatePossessive", "Iceland's premier said the vote would go ahead.", "Iceland", false, false},
		// The land an office is of, and a neighbour across a border.
		{"CountryOfOffice", "Maria Lopez, the President of Honduras, died on Monday.", "Honduras", true, false},
		{"CountryOfGovernment", "The talks were backed by the government of Jordan.", "Jordan", true, false},
		{"CountryOfAlly", "They are the allies of Jordan in the war.", "Jordan", false, false},
		{"CountryBorderWith", "The kingdom shares borders with Laos and Cambodia.", "Laos", true, false},
		{"CountryTalksWith", "The kingdom held talks with Laos on Monday.", "Laos", false, false},
		// Goods "out of" a country come from the land; "out of" an
		// alliance is no place of it. A country after a county's full
		// name and a comma is the county's: "Lamu County, Kenya".
		{"CountryOutOf", "Tariffs hit wines coming out of Chile and Peru.", "Chile", true, false},
		{"CountryAllyOf", "He was proud to be an ally of Chile and Peru.", "Chile", false, false},
		{"CountryAttackedOn", "The 9/11 attacks on Chile shocked the world.", "Chile", true, false},
		{"CountryTalksOn", "The talks on Chile ended without a deal.", "Chile", false, false},
		{"CountryAfterCountyComma", "Gunmen attacked a base in Lamu County, Kenya in January.", "Kenya", true, false},
		{"CountryAfterUnknownComma", "Gunmen attacked a base near the Zolambo camp, Kenya said.", "Kenya", false, false},
		// A copula before a place noun makes the country a place.
		{"CountryIsDestination", "Portugal would be one destination which tourists favour.", "Portugal", true, false},
		{"CountryIsHaven", "Belize remains a haven for smugglers.", "Belize", true, false},
		{"CountryIsThreat", "Belize remains a threat to the plan.", "Belize", false, false},
		{"CountryIsNation", "Norway is a skiing nation.", "Norway", false, false},
		{"CountryPossessiveRegion", "Violence began in Syria's coastal region on March 6.", "Syria", true, false},
		{"CountryAfterIn", "Fighting raged in Ukraine for months.", "Ukraine", true, false},
		{"CountryOccupied", "Troops hold parts of occupied Ukraine.", "Ukraine", true, false},
		{"CountryTo", "Weapons were sent to Ukraine last year.", "Ukraine", true, false},
		// The dev gold's convention: the land an office is over is a
		// place ("the Prime Minister of Tunisia", "the Government of
		// Iraq"); not the country a word that is no office is of.
		{"CountryOfOfficeHolder", "He met the president of Ukraine.", "Ukraine", true, false},
		{"CountryOfActor", "He met the friends of Ukraine.", "Ukraine", false, false},
		{"CountryAfterCity", "Shells hit Kharkiv, Ukraine, overnight.", "Ukraine", true, false},
		{"CountryModifierAfterCountry", "At a meeting held in Qatar, US Special Envoy Ann Lee said it was over.", "US", false, false},
		{"CountryAfterCountryComma", "Troops moved from Syria, Iraq and Jordan to the coast.", "Iraq", true, false},
		{"CountryInAdverb", "She worked in Peru initially, then in Chile.", "Peru", true, false},
		// A list of countries before "are the countries where" names
		// lands; one before a verb of saying names states.
		{"CountryListWhere", "Chile, Peru and Bolivia are the other Andean countries where coca is grown.", "Chile", true, false},
		{"CountryListWhereLast", "Chile, Peru and Bolivia are the other Andean countries where coca is grown.", "Bolivia", true, false},
		{"CountryWhere", "Spain is a country where wine is cheap.", "Spain", true, false},
		{"CountryListSaid", "Chile, Peru and Bolivia said the plan was fair.", "Chile", false, false},
		{"CountryListSaidLast", "Chile, Peru and Bolivia said the plan was fair.", "Bolivia", false, false},
		// Officials from a country speak for the state; others come from
		// its land.
		{"CountryOfficialsFrom", "Officials from Peru met the minister.", "Peru", false, false},
		{"CountryThoseFrom", "Officials, including those from Japan, have said the talks failed.", "Japan", false, false},
		{"CountryRefugeesFrom", "Refugees from Syria arrived on Monday.", "Syria", true, false},
		{"CountryThoseFromPlain", "Many people, including those from Syria, arrived on Monday.", "Syria", true, false},
		{"CountrySubjectAdverb", "Peru largely rejected the plan.", "Peru", false, false},
		{"CountryNounInLy", "The Peru ally voted no.", "Peru", false, false},
		{"CountryModifierAfterLand", "The film set in northern France opens on Friday.", "France", true, false},
		{"CountryRuralModifier", "She nursed at a rural Peru clinic.", "Peru", true, false},
		{"CountryModifierAfterIn", "He spoke in Peru security meetings.", "Peru", false, false},
		{"CountryBeforePreposition", "The sculptor was born in Peru around 1890.", "Peru", true, false},
		{"CountryBeforeQuantifier", "The fashion began in Peru several years ago.", "Peru", true, false},
		{"CountrySubjectPreposition", "Peru around the table agreed.", "Peru", false, false},
		{"TownNamedCompany", "Officials grounded Tarnby Air on Monday. Tarnby has flown cargo since 2011.", "Tarnby", false, false},
		{"TownNamedCompanyAlone", "Officials grounded Tarnby Air on Monday. Tarnby has flown cargo since 2011.", "Tarnby Air", false, false},
		{"TownAirBase", "He was held at Bagram Air Base. Bagram lies north of Kabul.", "Bagram", true, false},
		{"CountryAfterInAlone", "The lawsuit was filed in the U.S. on Monday.", "U.S.", true, false},
		// What a state says or pledges comes "from" it as an actor;
		// people and goods come from the land.
		{"AssurancesFromCountry", "The militia said it was given assurances from the US that it would not allow attacks.", "US", false, false},
		{"WarningFromCountry", "He received a warning from Iran on Monday.", "Iran", false, false},
		{"RefugeesFromCountry", "Refugees from Syria arrived on Monday.", "Syria", true, false},
		// A country's border is a place where something lies on it.
		{"PossessiveCloseToBorder", "The radar base lies close to Iran's border.", "Iran", true, false},
		{"PossessiveAlongBorder", "Troops massed along Syria's border.", "Syria", true, false},
		{"PossessiveBorderThreat", "Russia is a threat to Ukraine's borders.", "Ukraine", false, false},
		{"PossessiveBorderGuards", "Turkey's border guards fired.", "Turkey", false, false},
		{"CountryNamedCompany", "Kenya Airways flew to Nairobi. Kenya has a new airport.", "Kenya", false, false},
		{"CityNamedCompany", "Zenith Bank opened a branch in Lagos. Lagos Bank closed.", "Lagos", true, false},
		{"WarName", "He served in the Gulf War before moving home.", "Gulf", false, false},
		{"WarRegion", "Ships patrol the Gulf every week.", "Gulf", true, false},
		{"TownNamedGroup", "The council hired the Tarnby Group. Tarnby consultants start in May.", "Tarnby", false, false},
		{"TownNamedFoundation", "The Tarnby Foundation gave $5,000. Tarnby associates volunteer.", "Tarnby", false, false},
		{"CountryPossessiveCompass", "Clashes erupted in Mali's north on Sunday.", "Mali", true, false},
		{"CountryPossessiveCompassName", "Mali's north African neighbours met on Sunday.", "Mali", false, false},
		{"TownMissingInProvince", "Ministers gathered in Gaylord, Quebec, on Thursday.", "Gaylord", false, false},
		{"TownInNamedState", "Ministers gathered in Gaylord, Michigan, on Thursday.", "Gaylord", true, false},
		{"TownListAfterComma", "Volunteers came from Gaylord, Palestine and Houston.", "Gaylord", true, false},
		{"CityListAfterComma", "Flights link London, Washington and Paris.", "London", true, false},
		{"SurnameOfLongName", "North Korean leader Kim Jong Un arrived. Trump met with Kim for the first time.", "Kim", false, false},
		{"CountryAliasModifier", "He led Korea policy at the State Department.", "Korea", false, false},
		{"CompassBeforeName", "He flew to the South East Asian city-state.", "South East", false, false},
		{"HyphenatedCompoundName", "A blast hit Kabul's Dasht-e-Barchi neighborhood.", "Dasht", false, false},
		{"HyphenatedPair", "Traffic on the Nebraska-Kansas line slowed.", "Kansas", true, false},
		{"HyphenatedRiding", "The Calgary-North West MLA spoke on Monday.", "North West", false, false},
		{"TreatyName", "Both sides signed the Dayton accords in 1995.", "Dayton", false, false},
		{"SystemName", "Critics of the Schengen system spoke.", "Schengen", false, false},
		{"ConventionBureau", "Ask the Dallas Convention & Visitors Bureau.", "Dallas", true, false},
		{"ConventionCenter", "Crowds filled the Dallas Convention Center.", "Dallas", true, false},
		{"ArabicArticlePart", "Al-Shabab claimed the attack.", "Shabab", false, false},
		{"CourtDistrict", "He was charged in the Southern District of Florida.", "Southern District", false, false},
		{"WordInTitleCaseName", "The Institute of Disease Control and Research reported cases.", "Research", false, false},
		{"CityAfterAnd", "Flights link Atlanta and Mobile.", "Mobile", true, false},
		{"StormName", "Tropical Storm Florence flooded towns in North Carolina.", "Florence", false, false},
		{"CityAfterStorm", "After the storm Florence reopened its museums.", "Florence", true, false},
		{"EponymDisease", "She was diagnosed with Huntington's disease in 2010.", "Huntington", false, false},
		{"CityPossessive", "Huntington's mayor spoke in 2010.", "Huntington", true, false},
		{"CountryListAfterIn", "Flights go to Peru, Chile, and Brazil.", "Brazil", true, false},
		{"CountryAfterCommaNoList", "After the invasion of Peru, Chile was shaken.", "Chile", true, false},
		{"CountryListOfActors", "Peru, Chile and Brazil said the deal was fair.", "Chile", false, false},
		{"CountryExampleOfDestinations", "It flies to destinations including Peru, Chile and Brazil.", "Peru", true, false},
		{"CountryExampleAfterIn", "Plots targeted exiles in nations such as Peru and Chile.", "Peru", true, false},
		{"CountryExampleAfterFrom", "Workers came from over 30 countries, including Peru.", "Peru", true, false},
		{"CountryExampleOfActors", "Rogue states such as Peru were blamed.", "Peru", false, false},
		{"CountryExampleAmong", "Tension grew among countries including Peru.", "Peru", false, false},
		{"CountryExampleOfPlace", "Storms swept across Europe, including Portugal.", "Portugal", true, false},
		{"CapitalPossessive", "Sources briefed on Moscow's thinking spoke to reporters.", "Moscow", true, true},
		{"CapitalSubject", "Washington said the sanctions would stay.", "Washington", true, true},
		{"CapitalGerund", "The deal depends on Kyiv ceding land.", "Kyiv", true, true},
		{"CapitalLiteral", "Talks in Washington ended late.", "Washington", true, false},
		{"CapitalProgressive", "Ankara is threatening retaliation.", "Ankara", true, true},
		{"CapitalModal", "Moscow has repeatedly warned the West.", "Moscow", true, true},
		{"CapitalPassive", "Kyiv was hit by missiles overnight.", "Kyiv", true, false},
		{"CapitalPassivePerfect", "Kyiv has been shelled again.", "Kyiv", true, false},
		{"CapitalPossessiveAdjective", "Ankara's perceived shift toward Moscow angered them.", "Ankara", true, true},
		{"CapitalPossessiveLiteral", "Kyiv's streets were empty.", "Kyiv", true, false},
		{"CapitalLiteralLeaders", "It may not sway leaders in Kyiv.", "Kyiv", true, false},
		{"Demonym", "Russian troops advanced.", "Russian", false, false},
		{"Building", "He met reporters at the White House.", "White House", false, false},
		{"PersonFirstName", "Russian President Vladimir Putin met him.", "Vladimir", false, false},
		{"PersonSurname", "George Washington crossed the river.", "Washington", false, false},
		{"Shouting", "Trump declared BIG PROGRESS ON RUSSIA online.", "RUSSIA", false, false},
		{"Month", "The vote was held in May.", "May", false, false},
		{"SurnameAlone", "Officers arrested Keith D. Johnson on Friday. Johnson was released.", "Johnson", false, false},
		{"Speaker", "Online spaces matter, Wang said.", "Wang", false, false},
		{"Facility", "Crowds filled Trafalgar Square.", "Trafalgar", false, false},
		{"OrgWithPlace", "The Ohio Supreme Court ruled on Monday.", "Ohio", true, false},
		{"PlaceBeforeMLA", "Calgary MLA Joe Smith spoke on Monday.", "Calgary", true, false},
		{"CityPossessiveAirport", "He landed at Toronto's Pearson International Airport.", "Toronto", true, false},
		{"PersonAirport", "He landed at Toronto's Pearson International Airport.", "Pearson", false, false},
		{"OrgChamber", "The Ontario Chamber of Commerce said on Monday.", "Ontario", true, false},
		{"OrgCourt", "The Kentucky Court of Appeals ruled.", "Kentucky", true, false},
		{"OrgCountry", "The Union for French Democracy won seats.", "French", false, false},
		{"TownMissingInRegion", "He was born in Churchill, Man., in 1950.", "Churchill", false, false},
		{"TownMissingElsewhere", "He was born in Churchill, Man., in 1950. Doctors in Churchill helped him.", "Churchill", false, false},
		{"TownMissingElsewhereOwnCue", "He was born in Churchill, Man., in 1950. Doctors in Churchill, Pa., helped him.", "Churchill", true, false},
		{"CapitalCommaCountry", "TBILISI, Georgia — A court ruled on Wednesday.", "TBILISI", true, false},
		{"RulerTitle", "Qaboos became Sultan in 1970 after overthrowing his father.", "Sultan", false, false},
		{"HyphenatedAdjective", "Resource-rich Balochistan is the largest province. Militants attacked in restive Balochistan province.", "Balochistan", true, false},
		{"AcronymBranch", "IS Sahel has seen its expansion grow.", "Sahel", false, false},
		{"ShoutedArticle", "AN Edmonton man was jailed for 10 years.", "Edmonton", true, false},
		{"OrgCityPolice", "He was arrested by Paris Police Department Sgt. Tom Smith.", "Paris", true, false},
		{"WordEndingName", "He served in the Air Force for years.", "Force", false, false},
		{"WordEndingAirport", "He landed at Vancouver International Airport.", "Airport", false, false},
		{"CityBeforeAirport", "He landed at Vancouver International Airport.", "Vancouver", true, false},
		// A small town's name that nothing in the article supports is
		// more likely a person's; a local cue makes it the town.
		{"LoneTownSurname", "Deputies in Jackson County charged a Kansas City teenager with killing Welch. Welch died at the scene.", "Welch", false, false},
		{"LoneTownAfterPreposition", "Deputies in Jackson County said the man had moved to Welch in 2019.", "Welch", true, false},
		{"LoneTownWithState", "Deputies in Jackson County said the man grew up in Welch, W.Va., and moved west.", "Welch", true, false},
		{"LoneProvinceAbroad", "Prosecutors in Fairfax County, Arlington and Alexandria said Brittany had been ill for years.", "Brittany", false, false},
		// So is a county abroad: "Angus" cattle in a Missouri story; not
		// in a story set in its country.
		{"LoneCountyAbroad", "Ranchers near Paris, Missouri, sold Angus cattle to buyers from Macon and Columbia.", "Angus", false, false},
		{"CountyAtHome", "Storms hit Angus on Friday, and roads near Dundee and Perth were closed.", "Angus", true, false},
		// A country named as a town in a story set in another country is
		// a town the gazetteer lacks, at every mention; not where the
		// story names nothing else, nor a country that is a city's name.
		{"CountryNamedAsTown", "The festival in Hall County returns to Turkey on Thursday, the city of Turkey said.", "Turkey", false, false},
		{"CountryAsTownAlone", "Officials in the city of Kuwait said talks would resume. He flew to Kuwait on Monday.", "Kuwait", true, false},
		{"CountryAsTownCity", "Officials in the city of Luxembourg said talks would resume.", "Luxembourg", true, false},
		{"CountryNotTown", "The festival returns to Turkey on Thursday, officials in Ankara said.", "Turkey", true, false},
		{"ProvinceNamedLikeCity", "Officials in Kyiv, Kharkiv and Odesa said Kursk had been shelled.", "Kursk", true, false},
		{"ProvinceStartsEventName", "Volunteers are needed for the Ontario ParaSport Games in July.", "Ontario", true, false},
		{"StateAsFirstName", "Critics praised Virginia Woolf on Monday.", "Virginia", false, false},
		{"HallNamedAfterPerson", "Parents rallied to save the Webb Center on Monday.", "Webb", false, false},
		{"HallInCity", "Crowds filled the Boston Memorial Hall.", "Boston", true, false},
		{"LoneTownDateline", "WELCH — Deputies from Jackson County and Kansas City searched a home.", "WELCH", true, false},
		{"LoneTownOfficials", "Deputies in Jackson County met Welch officials on Monday.", "Welch", true, false},
		{"LoneTownPossessiveMayor", "Deputies in Jackson County met Welch's mayor on Monday.", "Welch", true, false},
		{"HyphenatedCompassCountry", "Earthquakes have struck north-western Iran, officials said.", "Iran", true, false},
		{"HyphenatedCompassActor", "North-western farmers said Iran must pay.", "Iran", false, false},
		// A surname is no abbreviation, and a state before a longer
		// institution's name is where the institution is.
		{"RegionBeforeAgency", "Brian Soublet from the California DMV wrote to Uber.", "California", true, false},
		{"RegionBeforeCommission", "The head of the Texas Alcoholic Beverage Commission ruled on Monday.", "Texas", true, false},
		{"CityBeforeAbbreviation", "Paris PD officers said the text was a rumor.", "Paris", true, false},
		{"CityBeforeRomanNumeral", "Fans cheered Boston III on Monday.", "Boston", false, false},
		{"LoneTownAddress", "Deputies in Fairfax County said services will be held at 618 E. Main Street, Welch.", "Welch", true, false},
		{"LoneTownAddressRoute", "Deputies in Fairfax County said the lodge is at 165 Route 31 South, Welch.", "Welch", true, false},
		{"LoneTownStreetNoNumber", "Deputies in Fairfax County thanked Main Street, Welch and Smith.", "Welch", false, false},
		{"LoneTownDowntown", "Deputies in Fairfax County said a fire broke out in downtown Welch.", "Welch", true, false},
		{"LoneTownDowntownFirm", "Deputies in Fairfax County said the downtown firm hired Welch.", "Welch", false, false},
		{"LoneTownResident", "Deputies in Fairfax County said a Welch man was arrested on Monday.", "Welch", true, false},
		{"LoneTownResidentSurname", "Deputies in Fairfax County said Welch was arrested on Monday.", "Welch", false, false},
		{"LoneVillageNoCountry", "Friends of Hailey walked five miles on Saturday.", "Hailey", false, false},
		{"LoneTownNearNeighbour", "Volunteers in Richmond met Berea donors on Monday.", "Berea", true, false},
		// A surname seen elsewhere is a place where only a place fits.
		{"SurnameTownPolice", "Ozark police cordoned off Ozark Dodge on Monday.", "Ozark", true, false},
		{"SurnameCityOf", "Officers met Bob Mansfield on Monday. The city of Mansfield later thanked them.", "Mansfield", true, false},
		{"LoneTownFarFromStory", "Volunteers in Boston met Berea donors on Monday.", "Berea", false, false},
		// A town abroad of fewer than 50,000, or a district of a city
		// abroad, in a story set in one other country is a name the
		// gazetteer lacks at home, even after "in"; not with a local cue,
		// nor in a story set in its country.
		{"TownAbroadAfterIn", "Officials in Dallas, Houston and Austin said the fans met in Tara on Friday.", "Tara", false, false},
		{"DistrictAbroad", "Officials in Dallas, Houston and Austin said the fans met at City Park on Friday.", "City Park", false, false},
		{"TownAbroadWithCue", "Officials in Dallas, Houston and Austin said the fans met in Tara, Australia, on Friday.", "Tara", true, false},
		{"TownAtHome", "Officials in Brisbane, Sydney and Perth said the fans met in Tara on Friday.", "Tara", true, false},
		// So is a city of up to 300,000 ("Denton", Texas), when other
		// names place the story elsewhere in its country; but a
		// journey's start ("from Denton to Lexington") and a list after a
		// place that fits ("the Spanish cities of Seville and Ceuta") are
		// places.
		{"LoneCitySurname", "The Denton family hosted a dinner in Lexington, Kentucky, on Sunday.", "Denton", false, false},
		{"LoneCityJourney", "The family moved from Denton to Lexington, Kentucky, last year.", "Denton", true, false},
		{"LoneCityLetter", "A letter from Denton to Rebecca was read in Lexington, Kentucky.", "Denton", false, false},
		{"LoneCityListed", "A cell was dismantled in the Spanish cities of Seville and Ceuta.", "Ceuta", true, false},
		{"LoneCityListedWithPerson", "Rebecca and Denton hosted a dinner in Lexington, Kentucky, on Sunday.", "Denton", false, false},
		// An institution named like a small town is as often named after
		// a person: the town needs support, and "at" is the
		// institution's, no cue for the town.
		{"SchoolNamedAfterPerson", "Deputies in Fairfax County said students at Foley Middle School raised money.", "Foley", false, false},
		{"SchoolInSupportedTown", "Volunteers in Richmond met Berea College students on Monday.", "Berea", true, false},
		{"SchoolInDatelineTown", "FOLEY — Deputies in Fairfax County said students at Foley Middle School raised money.", "FOLEY", true, false},
		{"SchoolInBigCity", "Deputies in Fairfax County said students at Boston University raised money.", "Boston", true, false},
		{"SchoolTownAfterAt", "Deputies in Fairfax County said students at Foley raised money.", "Foley", true, false},
		// A park or farm named after a town is no place of that town.
		{"ParkNamedAfterTown", "Crowds gathered in Griffith Park on Sunday.", "Griffith", false, false},
		{"TownNamedPark", "Crowds gathered in Oak Park on Sunday.", "Oak Park", true, false},
		{"SettlementFarm", "Workers at the mine near Ridge Farm were laid off.", "Ridge", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := find(run(t, tt.text), tt.mention)
			if got := len(ps) > 0; got != tt.want {
				t.Fatalf("Places(%q): %q is a place = %v, want %v", tt.text, tt.mention, got, tt.want)
			}
			if tt.want && ps[0].Metonymic != tt.wantMetonymic {
				t.Errorf("Places(%q): %q metonymic = %v, want %v", tt.text, tt.mention, ps[0].Metonymic, tt.wantMetonymic)
			}
		})
	}
}

// TestGeocoder_Seed checks the seed article against the places of
// ../shared/gold/seed.json, scored like dyad eval: a place matches a gold
// item when it overlaps an occurrence of the item's text and lies in its
// country within its radius; places are exhaustive there.
func TestGeocoder_Seed(t *testing.T) {
	var gold struct {
		File   string `json:"file"`
		Places []struct {
			Text     string  `json:"text"`
			Country  string  `json:"country"`
			Lat      float64 `json:"lat"`
			Lon      float64 `json:"lon"`
			Km       float64 `json:"km"`
			Optional bool    `json:"optional"`
		} `json:"places"`
	}
	b, err := os.ReadFile(corpus.Path(t, "gold/seed.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	b, err = os.ReadFile(corpus.Path(t, gold.File))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	matched := make([]bool, len(gold.Places))
	fp := 0
	for _, p := range run(t, text) {
		hit := false
		for i, g := range gold.Places {
			for off := 0; ; {
				k := strings.Index(strings.ToLower(text[off:]), strings.ToLower(g.Text))
				if k < 0 {
					break
				}
				s := dyad.Span{Start: off + k, End: off + k + len(g.Text)}
				off = s.End
				if p.Overlaps(s) && (g.Country == "" || g.Country == p.Country) && haversineKm(p.Lat, p.Lon, g.Lat, g.Lon) <= g.Km {
					hit = true
					matched[i] = true
				}
			}
		}
		if !hit {
			fp++
			t.Logf("false positive: %q → %s %s", p.Text, p.Name, p.Country)
		}
	}
	tp, fn := 0, 0
	for i, g := range gold.Places {
		switch {
		case matched[i] && !g.Optional:
			tp++
		case !matched[i] && !g.Optional:
			fn++
			t.Logf("missed: %q", g.Text)
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * p * r / max(p+r, 1e-9)
	t.Logf("seed places: tp %d fp %d fn %d P %.3f R %.3f F1 %.3f", tp, fp, fn, p, r, f1)
	if f1 < 0.95 {
		t.Errorf("seed places F1 = %.3f, want ≥ 0.95", f1)
	}
}

func TestGeocoder_Process(t *testing.T) {
	g, err := place.New(place.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if g.Name() != place.Name {
		t.Errorf("Name() = %q", g.Name())
	}
	if err := g.Process(t.Context(), &dyad.Document{}); dyad.ErrorCode(err) != dyad.CodeInvalid {
		t.Errorf("Process(no article) = %v, want %s", err, dyad.CodeInvalid)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := g.Process(ctx, dyad.NewDocument(&dyad.Article{Text: "x"})); err == nil {
		t.Error("Process(cancelled) = nil error")
	}
}

func FuzzGeocoder(f *testing.F) {
	for _, s := range []string{
		"Leaders met in Washington, D.C., and Kyiv’s mayor spoke.",
		"CHARLESTON, W.Va. — Talks in Rio de Janeiro; Guinea-Bissau.",
		"São Paulo, Brazil. Moscow’s thinking. Paris, Texas.",
		"\xff\xfe Paris", "", "A. B. C.", "Keith D. Johnson of Laurel County, Ky.",
		"Clyburn, D-S.C., and Cuccinelli, R-Fairfax, met in Greenwood, W. Va.", "March 15, 2009 NEWARK -- Nebraska-Lincoln",
		"SAN FRANCISCO — Madison Township, Louisville, KY", "R-", "-Paris-", ", W. ", "D-S.",
	} {
		f.Add(s)
	}
	g, err := place.New(place.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			text = text[:4096]
		}
		prev := -1
		for _, p := range g.Places(text, fuzzSplit(text), nil) {
			if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
				t.Fatalf("Places(%q): span %v out of bounds", text, p.Span)
			}
			// Boundaries are defined for valid UTF-8 only; the segmenter
			// passes invalid bytes through.
			if err := p.Span.CheckIn(text); err != nil && utf8.ValidString(text) {
				t.Fatalf("Places(%q): %v", text, err)
			}
			if text[p.Start:p.End] != p.Text {
				t.Fatalf("Places(%q): text %q does not match span %v", text, p.Text, p.Span)
			}
			if p.Start < prev {
				t.Fatalf("Places(%q): spans out of order at %v", text, p.Span)
			}
			prev = p.Start
		}
	})
}

// fuzzSplit is a crude tokenizer for the fuzz target: one sentence per
// line, words are runs of letters, digits, apostrophes, hyphens and dots,
// and every other non-space rune is a punctuation token. It gives the
// recognizer token layouts the segmenter would not (and does not depend on
// it).
func fuzzSplit(text string) []dyad.Sentence {
	var out []dyad.Sentence
	var cur dyad.Sentence
	start := -1
	flush := func(end int) {
		if start >= 0 {
			cur.Tokens = append(cur.Tokens, dyad.Token{Span: dyad.Span{Start: start, End: end}, Kind: dyad.TokenWord})
			start = -1
		}
	}
	endSentence := func(end int) {
		flush(end)
		if len(cur.Tokens) > 0 {
			cur.Span = dyad.Span{Start: cur.Tokens[0].Start, End: cur.Tokens[len(cur.Tokens)-1].End}
			out = append(out, cur)
		}
		cur = dyad.Sentence{}
	}
	for i, r := range text {
		switch {
		case r == '\n':
			endSentence(i)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '.' || r == '’':
			if start < 0 {
				start = i
			}
		case unicode.IsSpace(r):
			flush(i)
		default:
			flush(i)
			_, n := utf8.DecodeRuneInString(text[i:])
			cur.Tokens = append(cur.Tokens, dyad.Token{Span: dyad.Span{Start: i, End: i + n}, Kind: dyad.TokenPunct})
		}
	}
	endSentence(len(text))
	return out
}

func Example() {
	seg, _ := segment.New(segment.Config{})
	g, _ := place.New(place.Config{})
	text := "Zelenskyy flew to Washington after talks in Kyiv."
	for _, p := range g.Places(text, seg.Split(text), nil) {
		fmt.Println(p.Text, p.Country, p.Precision)
	}
	// Output:
	// Washington USA city
	// Kyiv UKR city
}

// TestGeocoder_OrgMentions checks how the actors stage's organisations
// hide or keep the places inside them.
func TestGeocoder_OrgMentions(t *testing.T) {
	seg, g := newStages(t)
	tests := []struct {
		name, text, org, place string
		code                   string
		kind                   string // dyad.MentionOrg when ""
		want                   bool
	}{
		{"StateInOrg", "Ohio lawmakers voted on Tuesday.", "Ohio lawmakers", "Ohio", "", "", true},
		{"StateInKnownOrg", "Ohio lawmakers voted on Tuesday.", "Ohio lawmakers", "Ohio", "USAGOV", "", true},
		{"CityInKnownOrg", "The Washington Post reported it.", "Washington Post", "Washington", "USAMED", "", false},
		{"StateInNewspaper", "The New York Times reported it.", "New York Times", "New York", "USAMED", "", false},
		{"CityInKnownPolice", "No one was hurt, said Leeds police Const. Ann Bell.", "Leeds police", "Leeds", "GBRCOP", "", true},
		{"CapitalInKnownCourt", "A Phnom Penh court jailed the reporter.", "A Phnom Penh court", "Phnom Penh", "KHMJUD", "", true},
		{"CityInKnownCourt", "He appealed to the Kabul court on Monday.", "the Kabul court", "Kabul", "AFGJUD", "", true},
		{"CityInArtsCouncil", "The Dublin Arts Council awards grants.", "Dublin Arts Council", "Dublin", "", "", true},
		{"KnownPersonInTown", "The fair is planned in Clinton on April 4.", "Clinton", "Clinton", "USAELI", dyad.MentionPerson, true},
		{"KnownPersonBeforePolice", "Clinton police said the road is closed.", "Clinton", "Clinton", "USAELI", dyad.MentionPerson, true},
		{"KnownPersonPossessive", "The bill was in Clinton's hands.", "Clinton", "Clinton", "USAELI", dyad.MentionPerson, false},
		{"KnownPersonSpeaks", "Clinton said the bill would pass.", "Clinton", "Clinton", "USAELI", dyad.MentionPerson, false},
		{"AreaWordNotFirstName", "Metro Nashville police found the trailer.", "Metro Nashville", "Nashville", "", dyad.MentionPerson, true},
		{"FirstName", "Volunteer Bill Nashville found the trailer.", "Bill Nashville", "Nashville", "", dyad.MentionPerson, false},
		{"SurnameOfSmallTown", "According to a report by Whitaker, money was taken.", "Whitaker", "Whitaker", "", dyad.MentionPerson, false},
		{"KnownOrgElsewhere", "The Taliban said so. A Taliban-controlled region and a Taliban spokesman.", "Taliban", "Taliban", "AFGREBTAL", "", false},
		{"SmallTownAfterPlace", "Officials plan to close the Dadaab and Whitaker camps.", "Whitaker", "Whitaker", "", dyad.MentionPerson, true},
		{"ProvinceAsGovernment", "It is crucial that Alberta make the same investment.", "Alberta", "Alberta", "CANGOV", dyad.MentionPerson, true},
		{"SmallTownAfterIn", "Money was taken from a store in Whitaker on Monday.", "Whitaker", "Whitaker", "", dyad.MentionPerson, true},
		// An office's land inside a "person" with that role: the province is
		// a place; a person named after it is not.
		{"ProvinceOfOfficeAsPerson", "The Government of Manitoba signed the deal.", "The Government of Manitoba", "Manitoba", "", dyad.MentionPerson, true},
		{"ProvinceInPersonName", "Officer Ann Manitoba signed the deal.", "Officer Ann Manitoba", "Manitoba", "", dyad.MentionPerson, false},
		{"CityPossessivePolice", "He served in Ankara's riot police squad.", "Ankara's riot police squad", "Ankara", "TURCOP", "", true},
		{"CityPossessiveBoard", "He joined Ankara's board of trade.", "Ankara's board of trade", "Ankara", "TURBUS", "", false},
		// A company's name before a landform's noun names the land.
		{"OrgBeforeLandform", "Fires spread through the Amazon rainforest.", "Amazon", "Amazon", "USABUS", "", true},
		{"OrgAsCompany", "Amazon shipped the parcels on Monday.", "Amazon", "Amazon", "USABUS", "", false},
		// A country that names the institution after a locative
		// preposition is the institution's, not a place.
		{"CountryBeforeOrgAfterWithin", "The money came from a fund within the U.S. Treasury Department.", "Treasury Department", "U.S.", "USAGOV", "", false},
		{"CountryBeforeOrgLaterWord", "The lawsuit was filed in the U.S. District Court on Monday.", "Court", "U.S.", "", "", false},
		{"CountryBeforeNoOrg", "The money came from a fund within the U.S. on Monday.", "fund", "U.S.", "", "", true},
		// A known name that is only a word of a longer place name.
		{"OrgWordOfLongerPlace", "Voters in Republika Srpska went to the polls.", "Republika", "Republika Srpska", "BIHPTY", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := dyad.NewDocument(&dyad.Article{Text: tt.text})
			if err := seg.Process(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			start := strings.Index(tt.text, tt.org)
			kind := tt.kind
			if kind == "" {
				kind = dyad.MentionOrg
			}
			m := dyad.Mention{Span: dyad.Span{Start: start, End: start + len(tt.org)}, Text: tt.org, Kind: kind}
			if tt.code != "" {
				m.Actor = &dyad.Actor{Code: tt.code}
			}
			ps := find(g.Places(tt.text, doc.Sentences, []dyad.Mention{m}), tt.place)
			if got := len(ps) > 0; got != tt.want {
				t.Errorf("Places(%q) with mention %q: %q is a place = %v, want %v", tt.text, tt.org, tt.place, got, tt.want)
			}
		})
	}
}

func TestGeocoder_PersonsAndOrgs(t *testing.T) {
	tests := []struct {
		name, text, place string
		want              int // occurrences of place found
	}{
		// An acronym before a city is no first name, so the city is not
		// taken for a surname elsewhere in the article.
		{"AcronymBeforeCity", "He told CBC Toronto about it. Rents in Toronto rose again.", "Toronto", 2},
		// Nor is a big city or a state after a word the gazetteer lacks.
		{"StateInFirmName", "Kansas Electric Cooperatives said power was out. Kansas was buried in snow.", "Kansas", 2},
		// A surname stays a surname.
		{"Surname", "Isaac Jackson was held in the jail. Jackson was beaten there.", "Jackson", 0},
		{"CommonWordBeforeState", "Towns picked include Tempe, Ariz., and Surprise, Ariz., this year.", "Surprise", 1},
		{"CommonWordAlone", "The result was a Surprise to everyone in Tempe.", "Surprise", 0},
		{"TownBeforeMayor", "It is done, said Monroe Mayor Ann Bell of Louisiana.", "Monroe", 1},
		{"TownSpeaks", "Wang said the talks would go on.", "Wang", 0},
		{"NameParticle", "Trump said Hamza bin Laden was killed. The death of Hamza was news.", "Hamza", 0},
		{"RomanAdjective", "The Roman Catholic church stood there.", "Roman", 0},
		{"BeforeWeekday", "Dimon, who met with Trump in New York Saturday, is considered.", "New York", 1},
		{"CountyBeforeFacility", "Take a stroll around the Walker County Fairgrounds in Texas.", "Walker County", 1},
		{"PersonAfterTown", "Then Jordan Peterson spoke to the students.", "Jordan", 0},
		{"PlaceBeforeGovernmentCenter", "The office is in the Columbus Government Center.", "Columbus", 1},
		{"TownAfterTownWithArticle", "The Rock Hill school board voted on Monday.", "Rock Hill", 1},
		{"StateBeforeSettlementWord", "The farm lies near Arkansas Junction, a hamlet in Texas.", "Arkansas", 0},
		{"StateBeforeOtherWord", "The farm lies near Arkansas farms in Texas.", "Arkansas", 1},
		{"SaintsPossessive", "Nurses at St. John's Hospital went on strike.", "St. John", 0},
		{"BareDateline", "DETROIT The agency issued new rules on Wednesday.", "DETROIT", 1},
		{"BareDatelineLaterSentence", "The agency met. DENVER Water officials spoke.", "DENVER", 0},
		{"AreaCompassBeforeName", "Storms lashed Far North Queensland on Sunday.", "Queensland", 1},
		// A small town elsewhere in the article's country needs a cue:
		// "the towns of" is one, as "the town of" is.
		{"TownsOfPlural", "Gunmen raided the towns of Bocaranga and Koui overnight. Officials met in Bangui.", "Bocaranga", 1},
		{"LoneTownNoCue", "Gunmen raided Bocaranga overnight. Officials met in Bangui.", "Bocaranga", 0},
		{"AreaCompassRegion", "Troops patrol the Far North region of Cameroon.", "Far North", 1},
		// A county's name without its word, where the article names the
		// county in full; not alone, nor inside a person's name.
		{"BareCounty", "Schools in Oconee County closed on Monday. Oconee officials said the roads were icy.", "Oconee", 1},
		{"BareCountyAlone", "Oconee officials said the roads were icy.", "Oconee", 0},
		{"BareCountyInName", "Schools in Oconee County closed on Monday. Deputy Bill Oconee said the roads were icy.", "Oconee", 0},
		// A country's native name that is an English word is no country:
		// "Island" (Iceland's) alone is not Iceland.
		{"IslandNotIceland", "Storms lashed the North Island on Sunday.", "Island", 0},
		{"Iceland", "Tourists flocked to Iceland on Sunday.", "Iceland", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(find(run(t, tt.text), tt.place)); got != tt.want {
				t.Errorf("Places(%q): %d × %q, want %d", tt.text, got, tt.place, tt.want)
			}
		})
	}
}

func TestGeocoder_CountyList(t *testing.T) {
	text := "Deputies searched Navarro, Henderson and Ellis counties on Monday."
	for _, name := range []string{"Navarro", "Henderson", "Ellis"} {
		ps := find(run(t, text), name)
		if len(ps) != 1 {
			t.Fatalf("Places(%q): %d × %q, want 1", text, len(ps), name)
		}
		if p := ps[0]; p.Country != "USA" || p.Admin1 != "Texas" {
			t.Errorf("Places(%q): %q in %s/%s, want the county in Texas", text, name, p.Admin1, p.Country)
		}
	}
}

func TestGeocoder_CountyListCommonWords(t *testing.T) {
	// Common words in a list of counties are the counties' names; alone
	// they are words.
	tests := []struct{ text, name, admin1 string }{
		{"Flooding closed roads in Oconee and Barrow counties on Friday.", "Barrow", "Georgia"},
		{"Grant, Traverse and Wilkin counties ordered plows out.", "Grant", "Minnesota"},
		{"She pushed a Barrow of bricks.", "Barrow", ""},
		{"The Grant was awarded on Friday.", "Grant", ""},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.name)
		if tt.admin1 == "" {
			if len(ps) != 0 {
				t.Errorf("Places(%q): %q is a place, want none", tt.text, tt.name)
			}
			continue
		}
		if len(ps) != 1 || ps[0].Admin1 != tt.admin1 {
			t.Errorf("Places(%q): %v, want %q in %s", tt.text, ps, tt.name, tt.admin1)
		}
	}
}

func TestGeocoder_StateCounties(t *testing.T) {
	// "Indiana counties" are the counties of Indiana, not Indiana County.
	text := "Boone County ranks in the middle of Indiana counties. Indiana residents looked for work."
	for _, p := range find(run(t, text), "Indiana") {
		if p.Precision != dyad.PrecisionAdmin1 || p.Admin1 != "Indiana" {
			t.Errorf("Places(%q): Indiana = %s %s/%s, want the state", text, p.Precision, p.Name, p.Admin1)
		}
	}
}

func TestGeocoder_EnglishNames(t *testing.T) {
	// English names GeoNames spells otherwise, and Arabic names with a
	// hyphenated article.
	tests := []struct{ text, name, country string }{
		{"Troops raided Jenin on Monday.", "Jenin", "PSE"},
		{"Shelling hit Avdiivka again.", "Avdiivka", "UKR"},
		{"Floods swept through Derna last week.", "Derna", "LBY"},
		{"An air strike hit Deir al-Balah at dawn.", "Deir al-Balah", "PSE"},
		{"Fighting spread to Deir ez-Zor.", "Deir ez-Zor", "SYR"},
		// British counties by bare name, and English names of regions
		// that GeoNames spells otherwise.
		{"Flooding closed roads across Lancashire on Monday.", "Lancashire", "GBR"},
		{"He grew up in Newfoundland before the war.", "Newfoundland", "CAN"},
		{"Wineries in Rhineland-Palatinate reported a poor harvest.", "Rhineland-Palatinate", "DEU"},
		{"Earthquakes shook southern Anatolia.", "Anatolia", "TUR"},
		{"Flights were diverted from Heathrow on Saturday.", "Heathrow", "GBR"},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.name)
		if len(ps) != 1 || ps[0].Country != tt.country {
			t.Errorf("Places(%q): %q = %+v, want one place in %s", tt.text, tt.name, ps, tt.country)
		}
	}
}

// TestGeocoder_Neighbourhoods checks that an unknown name between a
// city's possessive and a neighbourhood's noun is placed at the city,
// and that other nouns, or a country's possessive, leave it alone.
func TestGeocoder_Neighbourhoods(t *testing.T) {
	tests := []struct {
		text, name, want string // want: the place's name, "" for none
	}{
		{"Police raided Nairobi's crowded Zolambo slum on Monday.", "Zolambo", "Nairobi"},
		{"A blast hit Kabul's western Qarabeg-e-Nau neighborhood.", "Qarabeg-e-Nau", "Kabul"},
		{"He prayed at Kabul's Zolambo mosque on Friday.", "Zolambo", ""},
		{"Troops entered Iraq's Zolambo district on Monday.", "Zolambo", ""},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.name)
		switch {
		case tt.want == "" && len(ps) != 0:
			t.Errorf("Places(%q): %q = %+v, want no place", tt.text, tt.name, ps)
		case tt.want != "" && (len(ps) != 1 || ps[0].Name != tt.want || ps[0].Precision != dyad.PrecisionCity):
			t.Errorf("Places(%q): %q = %+v, want one city-precision place named %s", tt.text, tt.name, ps, tt.want)
		}
	}
}

// TestGeocoder_HyphenatedUnknownFirst checks that a small town's name
// after an unknown first part is part of one unknown name, unless other
// names of the article lie in its region, while a big city's is still a
// place.
func TestGeocoder_HyphenatedUnknownFirst(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Traders met at the Zuvog-Ada market on Monday.", "Ada", false},
		{"Traders from Tulsa, Oklahoma, met at the Zuvog-Ada market on Monday.", "Ada", true},
		{"Trucks crowded the Zuvog-Lagos road on Monday.", "Lagos", true},
	}
	for _, tt := range tests {
		if got := len(find(run(t, tt.text), tt.name)) > 0; got != tt.want {
			t.Errorf("Places(%q): %q is a place = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestGeocoder_ClimatePatterns checks that weather patterns named like
// towns are no places, and that a town with the same article is.
func TestGeocoder_ClimatePatterns(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Farmers fear that El Niño will bring another drought.", "El Niño", false},
		{"A cool La Nina winter is expected.", "La Nina", false},
		{"Farmers near El Paso fear another drought.", "El Paso", true},
	}
	for _, tt := range tests {
		if got := len(find(run(t, tt.text), tt.name)) > 0; got != tt.want {
			t.Errorf("Places(%q): %q is a place = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestGeocoder_Namesakes(t *testing.T) {
	seg, g := newStages(t)
	tests := []struct {
		name, text, outlet, place, wantCountry, wantAdmin1 string
	}{
		// A small Texas town named like a country needs a local cue.
		{"Country", "A Dallas man flew to Italy last week.", "", "Italy", "ITA", ""},
		{"TownWithCue", "A Dallas man drove to Italy, Texas, last week.", "", "Italy", "USA", "Texas"},
		// A small town named like a large province abroad is at home in a
		// story whose other names lie in its state; not otherwise, and a
		// town named like a country still needs its cue.
		{"ProvinceNamesakeInState", "A tractor overturned near Alexandria on Friday. The driver was taken to a hospital in St. Cloud, and deputies from Douglas County closed the road.",
			"", "Alexandria", "USA", "Minnesota"},
		{"ProvinceNamesakeAlone", "A tractor overturned near Alexandria on Friday.", "", "Alexandria", "EGY", "Alexandria"},
		{"CountryNamesakeInState", "Ranchers from Waco and Hillsboro flew to Italy last week.", "", "Italy", "ITA", ""},
		// A local paper named after the town writes about the town.
		{"OutletTown", "A Palestine man was arrested in Anderson County, Texas.", "www.palestineherald.com", "Palestine", "USA", "Texas"},
		// A national outlet's city: London, Ontario in a Canadian paper;
		// but a province stays the province.
		{"OutletCity", "Anyone with information is asked to call London police.", "www.lfpress.ca", "London", "CAN", "Ontario"},
		{"OutletCityElsewhere", "Anyone with information is asked to call London police.", "www.example.com", "London", "GBR", "England"},
		// A local paper named after a nearby city: its suburb of that name.
		{"OutletNearTown", "Two people were hurt in a fire in Arlington on Tuesday.", "www.dallasnews.com", "Arlington", "USA", "Texas"},
		{"OutletNearTownElsewhere", "Two people were hurt in a fire in Arlington on Tuesday.", "www.example.com", "Arlington", "USA", "Virginia"},
		{"OutletProvince", "Snow is expected across Quebec on Sunday.", "www.cbc.ca", "Quebec", "CAN", "Quebec"},
		// A village named like a city of its country thirty times its size
		// needs a local cue: votes for its state do not lift it.
		{"DwarfedVillage", "Lawmakers in Albany voted on Monday. The plant had moved from Boston in 1874.", "", "Boston", "USA", "Massachusetts"},
		{"DwarfedVillageWithCue", "Lawmakers in Albany voted on Monday. The plant had moved from Boston, N.Y., in 1874.", "", "Boston", "USA", "New York"},
		// The outlet's town is no evidence for itself: which Gainesville
		// the other names say.
		// A town close to the outlet's: Dublin, Ohio in a Columbus paper.
		{"OutletNeighbourTown", "Dublin City Council members met on Monday. A consultant from Mercer will help them.",
			"www.columbuslocalnews.com", "Dublin", "USA", "Ohio"},
		{"OutletTownNeighbour", "The restored plane circled over Gainesville before it left for shows in Texas and Florida. Its owner keeps a hangar near Lindsay.",
			"www.gainesvilleregister.com", "Gainesville", "USA", "Texas"},
		// A town close to the outlet's is found so however many other
		// names lie near it; a cluster of namesakes elsewhere (Wayne,
		// Bloomfield and Madison, New Jersey) does not outvote it.
		{"OutletNearTownAmongMany", "Northeast Nebraska scouts will collect food. Units from Battle Creek, Pierce and Neligh will help, and so will packs from Wayne, Bloomfield, Madison and Plainview.",
			"www.norfolkherald.com", "Wayne", "USA", "Nebraska"},
		// A host naming several towns ("norfolk") is the town the
		// story's names lie close to; with none close, any of them.
		{"OutletTownOfSeveral", "Units from Battle Creek, Pierce and Neligh will help, and so will packs from Plainview and Wakefield.",
			"www.norfolkherald.com", "Wakefield", "USA", "Nebraska"},
		{"OutletTownOfSeveralUnsupported", "Teams from Wakefield met on Saturday.", "www.norfolkherald.com", "Wakefield", "USA", "Massachusetts"},
		// A story that names the state itself: its small towns, not the
		// larger namesakes that sit together elsewhere.
		{"NamedStateTown", "Nebraska scouts will collect food. Units from Battle Creek, Pierce, Neligh and Knox County will help, and so will packs from Wayne, Bloomfield and Madison.",
			"", "Wayne", "USA", "Nebraska"},
		{"UnnamedStateTown", "Units from Battle Creek, Pierce, Neligh and Knox County will help, and so will packs from Wayne, Bloomfield and Madison.",
			"", "Wayne", "USA", "New Jersey"},
		// Not a name that is a state itself or a big city's: "Nevada"
		// beside "Iowa" is the state.
		{"NamedStateNotState", "Iowa officials met their counterparts from Nevada on Monday.", "", "Nevada", "USA", "Nevada"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := placeOutlet(t, seg, g, tt.text, tt.outlet)
			ps := find(doc.Places, tt.place)
			if len(ps) != 1 || ps[0].Country != tt.wantCountry || ps[0].Admin1 != tt.wantAdmin1 {
				t.Errorf("Places(%q): %q = %+v, want %s/%s", tt.text, tt.place, ps, tt.wantCountry, tt.wantAdmin1)
			}
		})
	}
}

func TestGeocoder_Abbreviations(t *testing.T) {
	tests := []struct {
		text, name, wantAdmin1 string
		want                   int
	}{
		{"Mass. legislators put off a debate on the gas tax.", "Mass.", "Massachusetts", 1},
		{"Western Mass. stargazers will meet on Friday.", "Mass.", "Massachusetts", 1},
		{"He attended Mass. The bishop spoke after it.", "Mass.", "", 0},
		{"House Speaker Nancy Pelosi, D-Calif, told colleagues.", "Calif", "California", 1},
		{"L.A. police were disappointed with the release.", "L.A.", "California", 1},
		{"Philly fans cheered the parade on Broad Street.", "Philly", "Pennsylvania", 1},
		// A town and its region's abbreviation that the gazetteer holds
		// as one name are read as "Norman, Okla." is: the town, then
		// the region.
		{"He moved to Washington, D.C., last year.", "Washington", "District of Columbia", 1},
		{"He moved to Washington, D.C., last year.", "D.C.", "District of Columbia", 1},
		{"He rode from Norman, Okla. to Washington D.C. and back.", "D.C.", "District of Columbia", 1},
		{"He rode his bike to D.C. on Monday.", "Washington", "", 0},
		// "Co." for "County" where only a place fits; a company's "Co."
		// elsewhere.
		{"Crews worked in Loudon Co. on Friday.", "Loudon Co.", "Tennessee", 1},
		{"A Loudon Co. man died in a wreck.", "Loudon Co.", "Tennessee", 1},
		{"The Platte Co. sheriff said the road reopened.", "Platte Co.", "Missouri", 1},
		{"The land is owned by others, including Crane Co., which still owns an acre.", "Crane Co.", "", 0},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.name)
		if len(ps) != tt.want || tt.want > 0 && ps[0].Admin1 != tt.wantAdmin1 {
			t.Errorf("Places(%q): %q = %+v, want %d in %s", tt.text, tt.name, ps, tt.want, tt.wantAdmin1)
		}
	}
}

func TestGeocoder_OfficesAndRelatives(t *testing.T) {
	tests := []struct {
		text, name string
		want       int
	}{
		// Relatives named like towns are people.
		{"The couple, Jerome Faulkner and his wife, Dora, were found on Thursday.", "Dora", 0},
		{"He is survived by his daughters, Malia and Sasha.", "Malia", 0},
		{"He flew with his wife to Chicago.", "Chicago", 1},
		// A surname after a county office is the person's.
		{"Lincoln Parish Clerk Dana Ruston was honored in Louisiana. Ruston was one of four inductees.", "Ruston", 0},
		{"Ruston was one of four towns honored.", "Ruston", 1},
		// "from" takes people as well as places: no support for a small
		// town's reading; "in" is.
		{"Prosecutors in Kansas City charged a teen with taking a phone from Welch. Welch called police.", "Welch", 0},
		{"Prosecutors in Kansas City said the teen grew up in Welch.", "Welch", 1},
	}
	for _, tt := range tests {
		if got := len(find(run(t, tt.text), tt.name)); got != tt.want {
			t.Errorf("Places(%q): %d × %q, want %d", tt.text, got, tt.name, tt.want)
		}
	}
	seg, g := newStages(t)
	// A province before a title inside a known person's mention, and a
	// province after "of" inside an organisation's, are places.
	for _, tt := range []struct{ text, mention, kind, name string }{
		{"Manitoba Premier Brian Pallister plans a trip.", "Manitoba Premier Brian Pallister", dyad.MentionPerson, "Manitoba"},
		{"The Government of Alberta signed the deal.", "Government of Alberta", dyad.MentionOrg, "Alberta"},
		// A town before a local institution and a title: the office's.
		{"New London Police Chief Rita Vasquez asked for calm.", "New London Police Chief Rita Vasquez", dyad.MentionPerson, "New London"},
		{"Wamego Fire Chief Rita Vasquez asked for calm.", "Wamego Fire Chief Rita Vasquez", dyad.MentionPerson, "Wamego"},
		{"Wamego Mayor Rita Vasquez asked for calm.", "Wamego Mayor Rita Vasquez", dyad.MentionPerson, "Wamego"},
	} {
		doc := dyad.NewDocument(&dyad.Article{Text: tt.text})
		if err := seg.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		start := strings.Index(tt.text, tt.mention)
		m := dyad.Mention{Span: dyad.Span{Start: start, End: start + len(tt.mention)}, Text: tt.mention, Kind: tt.kind,
			Actor: &dyad.Actor{Code: "CANGOV"}}
		if ps := find(g.Places(tt.text, doc.Sentences, []dyad.Mention{m}), tt.name); len(ps) != 1 {
			t.Errorf("Places(%q) with mention %q: %d × %q, want 1", tt.text, tt.mention, len(ps), tt.name)
		}
	}
}

func TestGeocoder_PartyHomes(t *testing.T) {
	tests := []struct{ text, name, wantAdmin1 string }{
		// A rejected name ("Wagner") does not hide the name after its comma.
		{"said Rep. Joseph F. Wagner, D-Chicopee, the co-chairman.", "Chicopee", "Massachusetts"},
		{"Rep. Vicki Lensing, D-Iowa City, spoke on Monday.", "Iowa City", "Iowa"},
		// Offices and facilities named after a place.
		{"The records were stored in the Henry County Courthouse attic in Georgia.", "Henry County", "Georgia"},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.name)
		if len(ps) != 1 || ps[0].Admin1 != tt.wantAdmin1 {
			t.Errorf("Places(%q): %q = %+v, want one in %s", tt.text, tt.name, ps, tt.wantAdmin1)
		}
	}
}

// TestGeocoder_PersonPossessiveDescription checks that a name before a
// possessive description ("Rosselló's chief of staff") is the person's
// when the article codes that name as a person, and stays a place (a
// town near Lleida, which the article also names) when it does not.
func TestGeocoder_PersonPossessiveDescription(t *testing.T) {
	seg, g := newStages(t)
	const text = "Ricardo Rosselló Nevares spoke on Monday. Rosselló said he would go. Ana Ruiz, Rosselló's chief of staff, resigned. The speech was shown in Lleida and Barcelona."
	second := strings.LastIndex(text, "Rosselló")
	desc := dyad.Mention{Span: dyad.Span{Start: second, End: second + len("Rosselló's chief of staff")},
		Text: "Rosselló's chief of staff", Kind: dyad.MentionAnonymous,
		Actor: &dyad.Actor{Code: "PRIGOV", Affiliation: "Rosselló"}}
	first := strings.Index(text, ". Rosselló") + 2
	person := dyad.Mention{Span: dyad.Span{Start: first, End: first + len("Rosselló")},
		Text: "Rosselló", Kind: dyad.MentionPerson, Actor: &dyad.Actor{Code: "PRIGOV"}}
	tests := []struct {
		name     string
		mentions []dyad.Mention
		want     bool
	}{
		{"NamedAsPerson", []dyad.Mention{person, desc}, false},
		{"NotNamedAsPerson", []dyad.Mention{desc}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := dyad.NewDocument(&dyad.Article{Text: text})
			if err := seg.Process(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			got := false
			for _, p := range g.Places(text, doc.Sentences, tt.mentions) {
				if p.Start == second {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("Places(%q): %q before the description is a place = %v, want %v", text, "Rosselló", got, tt.want)
			}
		})
	}
}

// TestGeocoder_IslandsSitesAndOldNames checks the hand-written regions
// for small islands, forests, historical names and holy sites, and that
// a ship named after a place is no place.
func TestGeocoder_IslandsSitesAndOldNames(t *testing.T) {
	tests := []struct {
		text, name, country string // country "" with want false: no place
		want                bool
	}{
		{"Britain agreed to hand the Chagos Islands to Mauritius.", "Chagos Islands", "", true},
		{"Bombers flew from Diego Garcia on Monday.", "Diego Garcia", "", true},
		{"Troops swept the Sambisa Forest for a week.", "Sambisa Forest", "NGA", true},
		{"He was born in 1930 in Southern Rhodesia.", "Southern Rhodesia", "ZWE", true},
		{"The city fell as Constantinople in 1453.", "Constantinople", "TUR", true},
		{"Crowds gathered outside Hagia Sophia at dawn.", "Hagia Sophia", "TUR", true},
		// A ship's prefix makes the name a ship's.
		{"The destroyer INS Imphal docked on Monday.", "Imphal", "", false},
		{"The cruiser HMS Ceylon sailed in 1943.", "Ceylon", "", false},
		// Without the prefix the name is the place.
		{"Floods cut roads around Imphal on Monday.", "Imphal", "IND", true},
		// Reefs, straits, rivers and air bases, with their words in
		// lower case too.
		{"Fishing boats swarmed Whitsun Reef last month.", "Whitsun Reef", "", true},
		{"The tanker headed toward the Singapore Strait.", "Singapore Strait", "", true},
		{"Troops crossed the Euphrates River near Raqqa.", "Euphrates River", "", true},
		{"Troops crossed the Euphrates river near Raqqa.", "Euphrates river", "", true},
		{"Ankara may close Incirlik air base.", "Incirlik", "TUR", true},
		{"The crash happened near RAF Croughton on Sunday.", "RAF Croughton", "GBR", true},
		// Airports abroad the gazetteer has are there; others are at
		// their city.
		{"The airstrike hit Baghdad International Airport on Friday.", "Baghdad International Airport", "IRQ", true},
		{"The airstrike hit Mosul International Airport on Friday.", "Mosul", "IRQ", true},
		// A lower-case water word after a name the gazetteer lacks with it
		// is no part of it.
		{"Troops crossed the Raqqa river at dawn.", "Raqqa river", "", false},
		// A compound modifier before a name is no first name; a
		// capitalised word is.
		{"Boats swarmed Philippine-claimed Whitsun Reef.", "Whitsun Reef", "", true},
		{"He spoke to Jean-Claude Whitsun Reef.", "Whitsun Reef", "", false},
		// Two names of one place joined by a slash, the second known.
		{"Both claim the uninhabited Senkaku/Diaoyu islands.", "Senkaku/Diaoyu islands", "", true},
		{"Both claim the Foo/Bar islands.", "Foo/Bar islands", "", false},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.name)
		switch {
		case !tt.want && len(ps) != 0:
			t.Errorf("Places(%q): %q = %+v, want no place", tt.text, tt.name, ps)
		case tt.want && (len(ps) != 1 || ps[0].Country != tt.country):
			t.Errorf("Places(%q): %q = %+v, want one place in %q", tt.text, tt.name, ps, tt.country)
		}
	}
}

// TestGeocoder_CompassRegions checks that a lower-case compass adjective
// before a world region names the region's part the gazetteer has, and
// leaves a country's part alone.
func TestGeocoder_CompassRegions(t *testing.T) {
	tests := []struct {
		text, name, want string // want: the place's name
	}{
		{"Drought hit much of southern Africa this year.", "southern Africa", "Southern Africa"},
		{"Gas prices rose across eastern Europe.", "eastern Europe", "Eastern Europe"},
		{"Drought hit much of Africa this year.", "Africa", "Africa"},
		// Intercardinal compass words too.
		{"Corruption is rife in southeast Europe, he said.", "southeast Europe", "Southeast Europe"},
		{"Tensions rose across northeast Asia.", "northeast Asia", "Northeast Asia"},
	}
	for _, tt := range tests {
		ps := find(run(t, tt.text), tt.name)
		if len(ps) != 1 || ps[0].Name != tt.want {
			t.Errorf("Places(%q): %q = %+v, want one place named %s", tt.text, tt.name, ps, tt.want)
		}
	}
	// A country's part is the country: no "southern Syria" region.
	for _, text := range []string{"Shelling hit southern Syria overnight.", "Shelling hit northeast Syria overnight."} {
		ps := run(t, text)
		if len(find(ps, "Syria")) != 1 || len(find(ps, "southern Syria")) != 0 || len(find(ps, "northeast Syria")) != 0 {
			t.Errorf("Places(%q) = %+v, want the country Syria alone", text, ps)
		}
	}
}
