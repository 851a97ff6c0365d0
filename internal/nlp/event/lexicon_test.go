package event_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/event"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_BroadLexicon checks the broad codebook wordings of the
// built-in dictionary (docs/verbs.md, "broad codebook coverage"): for each
// root, everyday news verbs and phrases for the act, each in an invented
// sentence between two coded actors, beside a similar sentence the word
// must not code (another sense, or no second actor).
func TestCoder_BroadLexicon(t *testing.T) {
	tests := []eventCase{
		// 02 appeals
		{"France begged Germany to reconsider.", []string{"020 FRA DEU asserted"}},
		{"France begged for mercy.", nil},
		{"Ukraine requested the extradition of the businessman from Germany.", []string{"0213 UKR DEU asserted"}},
		{"Kenya sought the extradition of the suspect from Uganda.", []string{"0213 KEN UGA asserted"}},
		// 04 consult
		{"The French president shook hands with the German chancellor.", []string{"040 FRAGOV DEUGOV asserted"}},
		{"The French president dined with the German chancellor.", []string{"040 FRAGOV DEUGOV asserted"}},
		{"The French president dined with friends.", nil},
		{"The French president had lunch with the German chancellor.", []string{"040 FRAGOV DEUGOV asserted"}},
		{"The French president had lunch with his wife.", nil},
		// 05 diplomatic cooperation
		{"France rallied behind Germany.", []string{"050 FRA DEU asserted"}},
		{"Germans rallied behind the national team.", nil},
		{"France vouched for Germany.", []string{"051 FRA DEU asserted"}},
		{"The minister vouched for the accuracy of the report.", nil},
		{"France mended ties with Germany.", []string{"050 FRA DEU asserted"}},
		{"France mended fences with farmers.", nil},
		{"Kenya offered condolences to Uganda.", []string{"018 KEN UGA asserted"}},
		// 06 material cooperation
		{"France joined forces with Germany.", []string{"060 FRA DEU asserted"}},
		{"France joined forces with local firms.", nil},
		{"France exchanged intelligence with Germany.", []string{"064 FRA DEU asserted"}},
		// 07 aid
		{"France loaned money to Ukraine.", []string{"071 FRA UKR asserted"}},
		{"France loaned its paintings to a museum.", nil},
		{"France channelled funds to Ukraine.", []string{"071 FRA UKR asserted"}},
		// 08 yield
		{"Russia gave in to Ukraine's demands.", []string{"080 RUS UKR asserted"}},
		{"Russia gave in to temptation.", nil},
		{"Russia relented to Ukraine's demands.", []string{"080 RUS UKR asserted"}},
		{"Russia met Ukraine's demands.", []string{"080 RUS UKR asserted"}},
		{"Russia met the deadline.", nil},
		{"Russia unfroze Ukrainian assets.", []string{"085 RUS UKR asserted"}},
		{"Russia unfroze the project.", nil},
		{"Russia scrapped tariffs on Ukrainian goods.", []string{"085 RUS UKR asserted"}},
		{"Russia scrapped its plans.", nil},
		// 09 investigate
		{"Germany spied on Russia.", []string{"090 DEU RUS asserted"}},
		{"Germany spied an opportunity.", nil},
		// 10 demand
		{"Germany exhorted Russia to withdraw.", []string{"100 DEU RUS asserted"}},
		// 11 disapprove
		{"Germany reproached Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany reproved Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany bashed Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany fumed at Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany scoffed at Russia.", []string{"111 DEU RUS asserted"}},
		// 12 reject
		{"Germany resisted Russia's demands.", []string{"120 DEU RUS asserted"}},
		{"Germany brushed off Russia's demands.", []string{"120 DEU RUS asserted"}},
		{"Germany shrugged off Russia's warnings.", []string{"120 DEU RUS asserted"}},
		{"Germany brushed off criticism from Russia.", []string{"120 DEU RUS asserted"}},
		{"Germany shrugged off the weather.", nil},
		{"Germany disputed Russia's claims.", []string{"120 DEU RUS asserted"}},
		{"Germany disputed the figures.", nil},
		{"Germany ignored Russia's demands.", []string{"128 DEU RUS asserted"}},
		// 13 threaten
		{"Russia warned of retaliation against Ukraine.", []string{"130 RUS UKR asserted"}},
		{"Russia warned of rain.", nil},
		// 14 protest
		{"Kenyan protesters picketed the Ugandan embassy.", []string{"141 KENOPP UGA asserted"}},
		{"Russian workers picketed the factory.", nil},
		// 15 force posture
		{"Russia amassed troops near Ukraine.", []string{"154 RUS UKR asserted"}},
		{"Russia amassed a fortune.", nil},
		{"Russia beefed up its military presence near Ukraine.", []string{"154 RUS UKR asserted"}},
		{"Russia reinforced its troops near Ukraine.", []string{"154 RUS UKR asserted"}},
		{"Russia reinforced the bridge.", nil},
		// 16 reduce relations
		{"Russia declared the Ukrainian diplomat persona non grata.", []string{"161 RUS UKRGOV asserted"}},
		{"Russia halted gas supplies to Ukraine.", []string{"163 RUS UKR asserted"}},
		{"Russia cut off gas supplies to Ukraine.", []string{"163 RUS UKR asserted"}},
		{"Russia stopped oil exports to Ukraine.", []string{"163 RUS UKR asserted"}},
		{"Russia halted gas supplies for repairs.", nil},
		{"Russia called off talks with Ukraine.", []string{"164 RUS UKR asserted"}},
		{"Russia called off the match.", nil},
		{"Germany walked away from talks with Russia.", []string{"164 DEU RUS asserted"}},
		{"Russia tore up the agreement with Ukraine.", []string{"160 RUS UKR asserted"}},
		{"Russia terminated the agreement with Ukraine.", []string{"160 RUS UKR asserted"}},
		{"Russia tore up the script.", nil},
		// 17 coerce
		{"Russia impounded the Ukrainian ship.", []string{"1711 RUS UKR asserted"}},
		{"Police impounded the car.", nil},
		{"Russia nationalized Ukrainian companies.", []string{"1711 RUS UKRBUS asserted"}},
		{"Russia expropriated Ukrainian assets.", []string{"1711 RUS UKR asserted"}},
		{"Israel bulldozed Palestinian homes.", []string{"1712 ISR PSE asserted"}},
		// 18 assault
		{"Hamas planted a bomb in Israel.", []string{"183 PSEREBHMS ISR asserted"}},
		{"Hamas set off a bomb in Israel.", []string{"183 PSEREBHMS ISR asserted"}},
		{"Gardeners planted trees in Kenya.", nil},
		// 19 fight
		{"Russia sank a Ukrainian ship.", []string{"190 RUS UKR asserted"}},
		{"Russia sank in the rankings.", nil},
		{"Ukraine downed a Russian drone.", []string{"190 UKR RUS asserted"}},
		{"Russia downed a bottle of vodka.", nil},
		{"Russia rained missiles on Ukraine.", []string{"190 RUS UKR asserted"}},
		{"It rained in Ukraine.", nil},
		{"Russian forces counterattacked Ukrainian forces.", []string{"190 RUSMIL UKRMIL asserted"}},
		{"Russia went to war with Ukraine.", []string{"190 RUS UKR asserted"}},
		{"Russia unleashed a barrage of missiles on Ukraine.", []string{"190 RUS UKR asserted"}},
		{"The report unleashed a storm of criticism.", nil},
		{"Russia encircled Ukrainian troops.", []string{"191 RUS UKRMIL asserted"}},
		// 20 mass violence
		{"Russia slaughtered Ukrainian civilians.", []string{"202 RUS UKRCVL asserted"}},
		{"Russia exterminated Ukrainian civilians.", []string{"202 RUS UKRCVL asserted"}},
		{"Farmers slaughtered cattle.", nil},
		// further codebook wordings, each with a sense that must not fire
		{"Germany received a delegation from France.", []string{"043 DEU FRA asserted"}},
		{"Germany received a letter from France.", nil},
		{"France allocated funds to Ukraine.", []string{"071 FRA UKR asserted"}},
		{"France allocated funds to schools.", nil},
		{"France airdropped aid into Gaza.", []string{"073 FRA PSE asserted"}},
		{"France appreciated Germany's efforts.", []string{"051 FRA DEU asserted"}},
		{"France appreciated the help.", nil},
		{"Germany belittled Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany put Russia on notice.", []string{"130 DEU RUS asserted"}},
		{"Russian troops burned Ukrainian villages.", []string{"1712 RUSMIL UKR asserted"}},
		{"Farmers burned crops in Ukraine.", nil},
		{"Iran hanged a British national.", []string{"186 IRN GBR asserted"}},
		{"The prisoner hanged himself.", nil},
		{"Indian troops skirmished with Pakistani troops.", []string{"190 INDMIL PAKMIL asserted"}},
		{"France rallied support for Ukraine.", []string{"053 FRA UKR asserted"}},
		{"France rallied support for the bill.", nil},
		{"Hamas used Israeli hostages as human shields.", []string{"184 PSEREBHMS ISRCVL asserted"}},
		{"France used civilians as workers.", nil},
		// news idioms of the codebook's acts (docs/verbs.md), and the same words
		// in other senses
		{"Germany held out an olive branch to Russia.", []string{"030 DEU RUS asserted"}},
		{"Germany extended an olive branch to Russia.", []string{"030 DEU RUS asserted"}},
		{"France played host to the German chancellor.", []string{"043 FRA DEUGOV asserted"}},
		{"France rolled out the red carpet for the German chancellor.", []string{"043 FRA DEUGOV asserted"}},
		{"The German chancellor paid a courtesy call on the French president.", []string{"042 DEUGOV FRAGOV asserted"}},
		{"The French president made a stop in Germany.", []string{"042 FRAGOV DEU asserted"}},
		{"The French president flew into Berlin on Monday.", []string{"042 FRAGOV DEU asserted"}},
		{"France threw its weight behind Germany.", []string{"050 FRA DEU asserted"}},
		{"France lent its support to Germany.", []string{"050 FRA DEU asserted"}},
		{"France gave its blessing to Germany's plan.", []string{"051 FRA DEU asserted"}},
		{"France spoke highly of Germany.", []string{"051 FRA DEU asserted"}},
		{"France stood shoulder to shoulder with Ukraine.", []string{"050 FRA UKR asserted"}},
		{"France patched up relations with Germany.", []string{"050 FRA DEU asserted"}},
		{"France buried the hatchet with Germany.", []string{"050 FRA DEU asserted"}},
		{"France reset relations with Germany.", []string{"050 FRA DEU asserted"}},
		{"France joined hands with Germany.", []string{"060 FRA DEU asserted"}},
		{"France worked closely with Germany.", []string{"060 FRA DEU asserted"}},
		{"France worked together with Germany.", []string{"060 FRA DEU asserted"}},
		{"France came to the aid of Ukraine.", []string{"070 FRA UKR asserted"}},
		{"France threw a lifeline to Ukraine.", []string{"070 FRA UKR asserted"}},
		{"France pumped billions into Ukraine.", []string{"071 FRA UKR asserted"}},
		{"France wrote off Ukraine's debt.", []string{"071 FRA UKR asserted"}},
		{"Germany leaned on Russia to withdraw.", []string{"100 DEU RUS asserted"}},
		{"Germany took a jab at Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany took potshots at Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany poured scorn on Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany heaped scorn on Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany tore into Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany laid into Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany hurled insults at Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany traded barbs with Russia.", []string{"111 DEU RUS asserted"}},
		{"Germany traded accusations with Russia.", []string{"112 DEU RUS asserted"}},
		{"Germany shot down Russia's proposal.", []string{"120 DEU RUS asserted"}},
		{"Germany poured cold water on Russia's proposal.", []string{"120 DEU RUS asserted"}},
		{"Germany closed the door on Russia.", []string{"120 DEU RUS asserted"}},
		{"Germany slammed the door on Russia.", []string{"120 DEU RUS asserted"}},
		{"Germany thumbed its nose at Russia.", []string{"128 DEU RUS asserted"}},
		{"Germany vowed to hit back at Russia.", []string{"138 DEU RUS asserted"}},
		{"Germany drew a red line for Russia.", []string{"130 DEU RUS asserted"}},
		{"Kenyan doctors downed tools.", []string{"143 KENHLH KENGOV asserted"}},
		{"Kenyan workers laid down their tools.", []string{"143 KENCVL KENGOV asserted"}},
		{"China flexed its military muscle near Taiwan.", []string{"150 CHN TWN asserted"}},
		{"China scrambled fighter jets to intercept Taiwanese planes.", []string{"150 CHN TWN asserted"}},
		{"Russia put its troops on standby.", []string{"152 RUS - asserted"}},
		{"Russia kicked out Ukrainian diplomats.", []string{"161 RUS UKRGOV asserted"}},
		{"Russia pulled the plug on the deal with Ukraine.", []string{"160 RUS UKR asserted"}},
		{"Russia threw the Ukrainian journalist in jail.", []string{"173 RUS UKRMED asserted"}},
		{"Russia put the Ukrainian journalist behind bars.", []string{"173 RUS UKRMED asserted"}},
		{"Russia clamped down on Ukrainian activists.", []string{"175 RUS UKROPP asserted"}},
		{"Russia muzzled Ukrainian media.", []string{"1721 RUS UKRMED asserted"}},
		{"Russian troops lobbed shells at Ukrainian positions.", []string{"190 RUSMIL UKR asserted"}},
		{"Ukrainian forces drove Russian troops out of Kherson.", []string{"190 UKRMIL RUSMIL asserted"}},
		{"Ukrainian forces fired upon Russian positions.", []string{"190 UKRMIL RUS asserted"}},
		{"The branch held out.", nil},
		{"France played host to the World Cup.", nil},
		{"He paid a call on his mother.", nil},
		{"The bus made a stop in Nairobi.", nil},
		{"The plane flew into a storm.", nil},
		{"France threw its weight around.", nil},
		{"France gave its blessing to the marriage.", nil},
		{"France worked closely with farmers.", nil},
		{"France came to the aid of a drowning man.", nil},
		{"France pumped water into the mine.", nil},
		{"Germany took a jab at the vaccine centre.", nil},
		{"Germany poured scorn on the idea.", nil},
		{"The lion tore into its prey.", nil},
		{"The fans hurled bottles at the referee.", nil},
		{"Fans traded insults.", nil},
		{"The rain poured cold water on the parade.", nil},
		{"Germany closed the door on the car.", nil},
		{"Russia put the question on standby.", nil},
		{"France pulled the plug on the television.", nil},
		{"Police drove the car out of the garage.", nil},
		{"Kenya drove Uganda out of the tournament.", nil},
		{"The children kicked out the ball.", nil},
		{"The Democrat locked up the Republican nomination.", nil},
		{"The Kenyan opposition lobbed criticisms of Ruto.", []string{"111 KENOPP KENGOV asserted"}},
		{"Kenya downed Uganda 2-1.", nil},
		// passives and nominals of the new wordings
		{"A Ukrainian ship was sunk by Russia.", []string{"190 RUS UKR asserted"}},
		{"The bill was sunk by Republicans.", nil},
		{"A Russian drone was downed by Ukraine.", []string{"190 UKR RUS asserted"}},
		{"The Kenyan team was downed by Uganda.", nil},
		{"Russia's sinking of a Ukrainian ship drew criticism.", []string{"190 RUS UKR asserted"}},
		{"The downing of a Ukrainian plane by Russia drew criticism.", []string{"190 RUS UKR asserted"}},
		{"The sinking of the ferry killed 300 Kenyans.", nil},
		{"The bulldozing of Palestinian homes by Israel drew criticism.", []string{"1712 ISR PSE asserted"}},
		{"Russia's impounding of a Ukrainian ship drew criticism.", []string{"1711 RUS UKR asserted"}},
		{"Ukrainian media were muzzled by Russia.", []string{"1721 RUS UKRMED asserted"}},
		{"Ukrainian troops were encircled by Russian forces.", []string{"191 RUSMIL UKRMIL asserted"}},
		// more idioms: help sought, support thrown behind, a defence, refuge,
		// charges dropped
		{"Ukraine reached out to Germany for help.", []string{"020 UKR DEU asserted"}},
		{"France threw its support behind Germany.", []string{"050 FRA DEU asserted"}},
		{"France put its weight behind Germany.", []string{"050 FRA DEU asserted"}},
		{"The Kenyan president stood behind the Ugandan president on the stage.", nil},
		{"France came to Germany's defence.", []string{"052 FRA DEU asserted"}},
		{"France rushed to Germany's defense.", []string{"052 FRA DEU asserted"}},
		{"France spoke out in defence of Germany.", []string{"052 FRA DEU asserted"}},
		{"France gave refuge to Ukrainian dissidents.", []string{"075 FRA UKROPP asserted"}},
		{"France offered sanctuary to the Ukrainian journalist.", []string{"075 FRA UKRMED asserted"}},
		{"Russia dropped charges against the Ukrainian journalist.", []string{"081 RUS UKRMED asserted"}},
		{"Russia dropped the case against the Ukrainian journalist.", []string{"081 RUS UKRMED asserted"}},
		{"Ukraine reached out to Germany for comment.", nil},
		{"The player reached out to fans for support.", nil},
		{"France threw a party behind the embassy.", nil},
		{"He put his weight behind the door.", nil},
		{"The truck stood behind the embassy.", nil},
		{"The minister came to the defence of the budget.", nil},
		{"France gave refuge to stray dogs.", nil},
		{"Russia dropped the case.", nil},
		{"Police dropped charges against the driver.", nil},
		{"Russia filed charges against the Ukrainian journalist.", []string{"173 RUS UKRMED asserted"}},
		{"A Russian court threw out the case against the Ukrainian journalist.", []string{"081 RUSJUD UKRMED asserted"}},
		// a terrorist designation without "as"; a warrant; a travel ban; a
		// high commissioner
		{"Kenya designated the Ugandan rebel group a terrorist organization.", []string{"111 KEN UGAREB asserted"}},
		{"The United States designated the area a national park.", nil},
		{"The Kenyan court issued a warrant for the Ugandan general.", []string{"173 KENJUD UGAMIL asserted"}},
		{"Police obtained a warrant for the house.", nil},
		{"Kenya put a travel ban on Ugandan officials.", []string{"163 KEN UGAGOV asserted"}},
		{"Kenya put a travel ban in place.", nil},
		{"Kenya recalled its high commissioner from Uganda.", []string{"161 KEN UGA asserted"}},
		{"The Kenyan high commissioner recalled his childhood in Uganda.", nil},
		// a verb that anchors only on its noun leaves other objects to their
		// own patterns ("join the war on X", not "join forces with X")
		{"Turkey joined the war on ISIS.", []string{"190 TUR IMGMOSISI asserted"}},
		{"Fiorina mounted a counterattack on Germany.", nil},
	}
	checkEventTable(t, tests)
}

// TestCoder_OptionalBeforeGap checks that an optional word that is absent
// passes its gap ("...") on to the next element, before the anchor and
// after it: "extend:v out? ... !olive_branch" matches "extended an olive
// branch", as "held out an olive branch".
func TestCoder_OptionalBeforeGap(t *testing.T) {
	f := t.TempDir() + "/verbs.txt"
	if err := writeFile(f, "030  quux:v out? ... !frobnication to <T>\n030  zorble:v ... grand? widget to <T>\n"); err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(nil, pipeline.Options{Event: event.Config{VerbFiles: []string{f}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want int
	}{
		{"France quuxed out a frobnication to Germany.", 1},
		{"France quuxed a frobnication to Germany.", 1},
		{"France quuxed a big new frobnication to Germany.", 1},
		{"France quuxed. A frobnication to Germany followed.", 0},
		{"France zorbled a grand widget to Germany.", 1},
		{"France zorbled a widget to Germany.", 1},
		{"France zorbled. A widget to Germany followed.", 0},
	} {
		doc := processAt(t, p, tt.text, "example.org")
		if len(doc.Events) != tt.want {
			t.Errorf("%q: %d events, want %d", tt.text, len(doc.Events), tt.want)
		}
	}
}
