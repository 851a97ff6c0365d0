package event_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_GeneralMisreadings checks general misreadings found by hand
// checks of unseen news, each on invented sentences both ways.
func TestCoder_GeneralMisreadings(t *testing.T) {
	checkEventTable(t, []eventCase{
		// a participle right after its subject is the subject's verb, not
		// the adjective of a demonym-modified patient
		{"Russia detained Ukrainian activists.", []string{"173 RUS UKR asserted"}},
		{"Putin jailed Ukrainian activists.", []string{"173 RUSGOV UKR asserted"}},
		{"Moldova detained journalist Varno Tekle on Monday.", []string{"173 MDA MDAMED asserted"}},
		{"Russia freed the detained Ukrainian activists.", []string{"0841 RUS UKR asserted"}},
		{"The Russian detained activists were hungry.", nil},
		// a predicate noun the actors stage read into the patient's name
		// ("Israeli civilians hostage") is still the pattern's word
		{"Hamas held Israeli civilians hostage.", []string{"181 PSEREBHMS ISR asserted"}},
		{"Hamas took two Israelis captive.", []string{"181 PSEREBHMS ISR asserted"}},
		{"Hamas held Israeli civilians in Gaza.", nil},
		{"The hostage families held Israeli officials responsible.", nil},
		// a dictionary word modifying a plural role keeps the role's list
		{"The trade officials of France, Germany and Italy criticized Russia.",
			[]string{"111 FRAGOV RUS asserted", "111 DEUGOV RUS asserted", "111 ITAGOV RUS asserted"}},
		{"The host nation leaders of France, Germany and Italy criticized Russia.",
			[]string{"111 FRAGOV RUS asserted", "111 DEUGOV RUS asserted", "111 ITAGOV RUS asserted"}},
		{"Russia aids officials of France, Germany and Italy.",
			[]string{"070 RUS FRA asserted", "070 RUS DEU asserted", "070 RUS ITA asserted"}},
		// an agreement violated is none signed
		{"Russia violated its agreement with Ukraine.", nil},
		{"Russia signed an agreement with Ukraine.", []string{"057 RUS UKR asserted"}},
		// people expelled are deported; troops and envoys are not
		{"Kenya expelled Ugandan refugees.", []string{"174 KEN UGAREF asserted"}},
		{"Kenya expelled Ugandan nationals.", []string{"174 KEN UGA asserted"}},
		{"Kenya expelled Ugandan troops.", []string{"166 KEN UGAMIL asserted"}},
		{"Ugandan diplomats were expelled from South Africa.", []string{"161 ZAFGOV UGAGOV asserted"}},
		{"Ugandan journalists were expelled from South Africa.", []string{"174 ZAFGOV UGAMED asserted"}},
		// refugees accepted are granted asylum; an offer accepted is 030
		{"Kenya accepted Ugandan refugees.", []string{"075 KEN UGAREF asserted"}},
		{"Kenya accepted Uganda's offer.", []string{"030 KEN UGA asserted"}},
		// a report in a relative aside ends with the aside, and the
		// clause it interrupts keeps its subject
		{"Kenyan President William Ruto, who says he is \"standing by\" his remarks, had accused Uganda of lying.", []string{"112 KENGOV UGA asserted"}},
		{"Ruto, who said Uganda attacked Kenya, criticized Uganda.", []string{"111 UGA KEN reported", "111 KENGOV UGA asserted"}},
		{"Ruto said Uganda, which he visited, attacked Kenya.", []string{"190 UGA KEN reported"}},
		// "looking to V" is a desire, as "seeking to V": no event
		{"Russia is looking to reset relations with Ukraine.", nil},
		{"Russia is seeking to reset relations with Ukraine.", nil},
		{"Taiwan looks to Washington for support.", []string{"023 TWN USA asserted"}},
		{"Russia looks set to attack Ukraine.", []string{"190 RUS UKR planned"}},
		// "not the first time" denies only that the act is new
		{"This is not the first time that Hamas has fired rockets at Israel, deliberately using civilians as human shields.",
			[]string{"190 PSEREBHMS ISR asserted", "184 PSEREBHMS ISRCVL asserted"}},
		{"Hamas did not fire rockets at Israel, deliberately using civilians as human shields.",
			[]string{"190 PSEREBHMS ISR negated", "184 PSEREBHMS ISRCVL negated"}},
		// a negation does not reach across ", and" into the next clause
		{"Kenya has not responded, and Ethiopia continues to support Somalia.", []string{"050 ETH SOM asserted"}},
		{"Kenya has no plans to attack Uganda, and to support Ethiopia.", []string{"190 KEN UGA negated", "050 KEN ETH negated"}},
		{"Uganda is promising to help Somalia.", []string{"070 UGA SOM planned"}},
		// parties to a matter are no political parties; "the Republicans"
		// are not French
		{"Britain criticized interested parties.", nil},
		{"Kenya criticized Ugandan political parties.", []string{"111 KEN UGAPTY asserted"}},
		{"Biden criticized the Republicans.", []string{"111 USA USAPTY asserted"}},
		{"Kenya vowed to block Ugandan refugees.", []string{"030 KEN UGAREF asserted"}}, // a vow (as before), no asylum
	})
}

// TestCoder_ImpliedActorSpan checks that an implied actor (a passive's
// state agent) has an empty span at the trigger, not the trigger's words,
// while a named one keeps its mention's span.
func TestCoder_ImpliedActorSpan(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := processAt(t, p, "Two Ugandan journalists were arrested in Kenya.", "example.org")
	if len(doc.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(doc.Events))
	}
	e := doc.Events[0]
	if e.Source == nil || e.Source.Code != "KENGOV" || e.Source.End != e.Source.Start || e.Source.Mention != nil {
		t.Errorf("source %+v: want KENGOV with an empty span", e.Source)
	}
	if e.Target == nil || e.Target.End <= e.Target.Start || e.Target.Mention == nil {
		t.Errorf("target %+v: want the journalists' mention", e.Target)
	}
}
