package event_test

import "testing"

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
		{"Russia downed tools.", nil},
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
		// a verb that anchors only on its noun leaves other objects to their
		// own patterns ("join the war on X", not "join forces with X")
		{"Turkey joined the war on ISIS.", []string{"190 TUR IMGMOSISI asserted"}},
		{"Fiorina mounted a counterattack on Germany.", nil},
	}
	checkEventTable(t, tests)
}
