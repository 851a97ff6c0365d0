package event_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_MaterialActs codes invented texts with the whole pipeline and
// checks the rules for material acts (roots 15–20 and 06–08) and their
// actors: each rule with a text it must fire on and a near miss it must
// not. Each expected event is "CODE SRC TGT MODE" as in
// TestCoder_Vocabulary, and the text must give exactly these events.
func TestCoder_MaterialActs(t *testing.T) {
	tests := []eventCase{
		// an armed source announcing or claiming an arrest, a killing or
		// a capture as news of its own is its agent (a claim is its word)
		{"The Pakistani army announced the arrest of five militants in Quetta.", []string{"173 PAKMIL PAKREB asserted"}},
		{"Nigerian police confirmed the arrest of two kidnappers.", []string{"173 NGACOP NGACRM asserted"}},
		{"The Pakistani military claimed the killing of 33 militants in Balochistan.", []string{"190 PAKMIL PAKREB reported"}},
		{"Al-Shabab claimed the killing of five Kenyan soldiers.", []string{"190 SOMREB KENMIL reported"}},
		{"The family of Ali Khan announced the arrest of their son by Pakistani police.", nil},
		{"The Pakistani army denied the killing of 33 villagers.", nil},
		// nominal acts with their agent: the forces "of" a withdrawal, the
		// "by" agent of a bombing, the police of a deployment, the party
		// a town is retaken "from"
		{"The withdrawal of Russian troops from Kherson, Ukraine, began on Wednesday.", []string{"0874 RUSMIL UKR asserted"}},
		{"The withdrawal of funding from the project angered Kenya.", nil},
		{"The bombing of Gaza by Israel continued.", []string{"183 ISR PSE asserted"}},
		{"The bombing of Gaza continued.", nil},
		{"Kenya's deployment of police to Haiti began in June.", []string{"153 KEN HTI asserted"}},
		{"Kenya's deployment of equipment to Haiti began in June.", nil},
		{"Somalia retook the town from al-Shabab.", []string{"192 SOM SOMREB asserted"}},
		{"The Sudanese army's recapture of Khartoum from the Rapid Support Forces was celebrated.", []string{"192 SDNMIL SDNGOV asserted"}},
		{"Kenya took the matter from Uganda.", nil},
		// a town seized is territory occupied (192), taken at home from
		// the state; a ship or weapons seized are property (171)
		{"M23 rebels seized Goma, Congo's largest eastern city.", []string{"192 CODREB CODGOV asserted"}},
		{"Russian forces seized Kherson, Ukraine.", []string{"192 RUSMIL UKR asserted"}},
		{"Iran seized a British tanker in the Gulf.", []string{"171 IRN GBR asserted"}},
		// a group is placed where it is, not across the border a place
		// after "the border with" names
		{"Malian soldiers killed 20 militants near the border with Niger.", []string{"190 MLIMIL MLIREB asserted"}},
		{"Malian soldiers killed 20 militants in Niger.", []string{"190 MLIMIL NERREB asserted"}},
		{"Kenyan police arrested five protesters near Uganda's border.", []string{"173 KENCOP KENOPP asserted"}},
		// protests suppressed or dispersed stand for their protesters
		{"The Hong Kong authorities have chosen to suppress protests.", []string{"175 HKGGOV HKGOPP asserted"}},
		{"Police in Nairobi dispersed the demonstration with tear gas.", []string{"175 KENCOP KENOPP asserted"}},
		{"Police in Nairobi dispersed the crowd of shoppers.", []string{"175 KENCOP KENCVL asserted"}},
		{"The Kenyan government suppressed the report.", nil},
		// a fact's that-clause is presupposed: no negation reaches it
		{"Nothing can change the fact that the Hong Kong authorities chose to suppress protests.", []string{"175 HKGGOV HKGOPP asserted"}},
		{"The Hong Kong authorities cannot choose to suppress protests.", []string{"175 HKGGOV HKGOPP negated"}},
		// intelligence sharing or cooperation stopped reduces relations;
		// announcing it performs it
		{"Germany stopped intelligence sharing with Hungary.", []string{"160 DEU HUN asserted"}},
		{"The United States announced that it would cease intelligence sharing with Ukraine.", []string{"160 USA UKR asserted"}},
		{"The United States said it would cease intelligence sharing with Ukraine.", []string{"160 USA UKR planned"}},
		{"Germany praised intelligence sharing with Hungary.", nil},
		// a firm or an aid group leaving a country reduces ties; forces
		// retreat
		{"German firms announced plans to pull out of Iran.", []string{"160 DEUBUS IRN planned"}},
		{"Doctors Without Borders pulled out of Somalia.", []string{"160 NGO SOM asserted"}},
		{"Russian troops pulled out of Kherson, Ukraine.", []string{"0874 RUSMIL UKR asserted"}},
		// a state's news agency reports its state's acts; the state's
		// officials assert them
		{"Iran's state-run news agency IRNA reported Iran arrested 36 people.", []string{"173 IRN IRNCVL reported"}},
		{"Iran arrested 36 people.", []string{"173 IRN IRNCVL asserted"}},
		// a country's envoy to an IGO speaks for the country
		{"Iran's U.N. ambassador criticized the United States.", []string{"111 IRNGOV USA asserted"}},
		{"The U.N. ambassador criticized Iran.", []string{"111 IGOUNO IRN asserted"}},
		// "the insurgents" are the one armed group the text has named,
		// wherever they are now
		{"The Taliban seized Kabul in 2021. Many countries refused to recognize them. In 2020, the United States negotiated a pact with the insurgents in Qatar's capital, Doha.",
			[]string{"171 AFGREB AFGGOV asserted", "046 USA AFGREB asserted"}},
		{"Officials met in Doha. The United States negotiated a pact with the insurgents in Qatar's capital, Doha.",
			[]string{"046 USA QATREB asserted"}},
	}
	checkEventTable(t, tests)
}

// TestCoder_DefiniteEventDate checks that "the summit" a trigger names is
// dated by the date an earlier sentence gives the summit, and that an
// indefinite one, or one no sentence dates, keeps the publication day.
// The summit's day lies more than a week before publication, so the lede
// does not set the scene (when.SceneDate) and this rule alone decides.
func TestCoder_DefiniteEventDate(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"Dated", "Leaders held a summit on March 1 in Nairobi. Later, Kenya's foreign minister attended the summit with Uganda's president.", "2025-03-01"},
		{"Indefinite", "Leaders held a summit on March 1 in Nairobi. Later, Kenya's foreign minister attended a summit with Uganda's president.", "2025-03-14"},
		{"Undated", "Kenya's foreign minister attended the summit with Uganda's president.", "2025-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := processAt(t, p, tt.text, "example.org")
			var got []string
			for _, e := range doc.Events {
				if e.Root == "04" {
					got = append(got, e.Date)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("dates of the 04 events = %v, want [%s]", got, tt.want)
			}
		})
	}
}
