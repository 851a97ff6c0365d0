package event_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_Vocabulary codes invented sentences with the whole pipeline,
// one or more per CAMEO root, and checks the built-in dictionary's common
// news wordings: each expected event is "CODE SRC TGT MODE", where CODE is
// a prefix of the event's CAMEO code (a root or a full code), SRC and TGT
// prefixes of the actor codes and TGT "-" for an event kept without a
// target (a "solo" pattern). The sentence must give exactly these events;
// no expectation means no event at all (words that must not fire).
func TestCoder_Vocabulary(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// force between a country's own politicians, courts or press is a
		// figure for criticism; between states, or by its troops, force
		{"Kenyan lawmakers attacked President William Ruto during the debate.", []string{"111 KENLEG KENGOV asserted"}},
		{"The Kenyan Supreme Court clashed with the Kenyan government last year.", []string{"111 KENJUD KENGOV asserted"}},
		{"Kenyan police attacked Kenyan lawmakers during the debate.", []string{"190 KENCOP KENLEG asserted"}},
		{"The Kenyan army attacked the Kenyan parliament.", []string{"190 KENMIL KENLEG asserted"}},
		{"The Kenyan government attacked Somalia.", []string{"190 KENGOV SOM asserted"}},
		// a base form after a singular noun is a noun ("community support
		// officers", "indefinite jail"), not after a plural, a conjunct or
		// as a past form
		{"Ministers plan to put in place 25,000 Kenyan community support officers.", nil},
		{"Kenyan farmers support Uganda.", []string{"050 KENCVL UGA asserted"}},
		{"Uganda and the Kenyan community support Tanzania.", []string{"050 UGA TZA asserted", "050 KENCVL TZA asserted"}},
		{"Kenyans will notice the disappearance of the Kenyan asylum and immigration veto.", nil},
		{"The Kenyan president met the Ugandan president in Nairobi.", []string{"040 KENGOV UGAGOV asserted"}},
		{"Kenyan ministers each year visit Uganda.", []string{"042 KENGOV UGA asserted"}}, // a time adjunct, no noun
		// an uncoded subject of "remain in custody" is no actor named
		// before it
		{"Kenyan judge Paul Mwangi ordered the accused remain in custody until April.", nil},
		{"The Kenyan journalist will remain in custody until April.", []string{"173 KENGOV KENMED planned"}},
		// an actor in a noun's complement inside a slot's gap is the
		// noun's ("plans for the Somalia war"), not after a pronoun ("blame
		// him for …")
		{"Thousands of Kenyans demonstrated against plans for the Somalia war.", nil},
		{"Thousands of Kenyans demonstrated against Ugandan plans.", []string{"141 KEN UGA asserted"}},
		// an actor after "than" is compared, not the object
		{"Kenya received more aid than Uganda.", nil},
		{"Kenya received the Ugandan president.", []string{"043 KEN UGAGOV asserted"}},
		{"Al-Shabab said it had killed more than 10 Kenyan soldiers.", []string{"190 SOMREBSHB KENMIL reported"}},
		// an unresolved pronoun subject is not replaced by the object of
		// "of" after its verb; an apposition's still stands in
		{"It picked out the case of Kenyan activist Jane Wanjiru, who died in her cell in March 2002, and urged the Ugandan government to hold an inquiry.", nil},
		{"He, a member of the Kenyan parliament, urged Uganda to hold an inquiry.", []string{"100 KENLEG UGA asserted"}},
		// "agree" takes no implicit target: joint subjects agree with each
		// other, a complement's actor is its partner
		{"Kenya and Uganda agreed on a line as their shared border that would make the lake between Tanzania and Kenya part of Uganda.", []string{"030 KEN UGA asserted"}},
		{"Kenyan President William Ruto said he agreed, but added that Ugandan officials had asked for more time.", nil},
		{"Kenya agreed to help Uganda.", []string{"030 KEN UGA asserted"}},
		// accepting that something is so is no cooperation
		{"Kenya accepted that the Ugandan army might attack.", nil},
		{"Kenya accepted the Ugandan proposal.", []string{"030 KEN UGA asserted"}},
		// "tipped to" is expected (planned)
		{"Kenyan President William Ruto is tipped to visit Uganda on Monday.", []string{"042 KENGOV UGA planned"}},
		{"The Kenyan president tipped his hat to Uganda.", nil},
		// a plan in a denied report is the report's
		{"Kenya denied reports that it will attack Uganda.", []string{"190 KEN UGA reported"}},
		{"Kenya said it will attack Uganda.", []string{"190 KEN UGA planned", "138 KEN UGA asserted"}}, // and its threat (speech.go)
		// an "-s" form after a quantifier and a modifier is a plural noun
		{"The Kenyan opposition is making more extravagant promises on the Kenyan police.", nil},
		{"Some Kenyan officials often criticise Uganda.", []string{"111 KENGOV UGA asserted"}},
		// a verb's compound object with no subject named are not each
		// other's partners; a noun's "between" pair are
		{"They will also talk to Kenyan Foreign Minister Musalia Mudavadi and Ugandan officials.", nil},
		{"Talks between Kenya and Uganda resumed on Monday.", []string{"040 KEN UGA asserted"}},
		// meeting, hosting, receiving, recognising or accepting a party's
		// concerns, fair or opinion is no act on the party; its envoys,
		// delegation or invitation stand for it
		{"The Kenyan government will take steps to meet Ugandan firms' concerns.", nil},
		{"Ruto will meet Uganda's president on Friday.", []string{"040 KENGOV UGAGOV planned"}},
		{"Ruto said he recognised Ugandan farmers' concerns.", nil},
		{"Kenya hosted Uganda's annual trade fair.", nil},
		{"Kenya hosted Uganda's delegation.", []string{"043 KEN UGAGOV asserted"}},
		{"Parliament had only received a summary of the Kenyan president's opinion.", nil},
		{"Kenya accepted Uganda's claim.", nil},
		{"Kenya welcomed Uganda's courage.", []string{"051 KEN UGA asserted"}},
		{"Kenya welcomed the Ugandan president's visit.", []string{"043 KEN UGAGOV asserted"}},
		{"Kenya accepted Uganda's invitation to the summit.", []string{"030 KEN UGA asserted"}},
		// a trial the accused faces is the accused's state's; a trial by
		// voters is no court's
		{"Several former Kenyan ministers are facing trial on charges of corruption.", []string{"115 KENGOV KEN asserted"}},
		{"The Kenyan opposition faced trial by the voters in the election.", nil},
		// a trial before a named body is that body's (the gold convention:
		// a Senate trial to come is 11/17, planned)
		{"The impeached Kenyan president will face trial in the Senate.", []string{"115 KENLEG KENGOV planned"}},
		{"The former Ugandan army chief faces trial in Kampala next month.", []string{"115 UGAGOV UGA planned"}}, // next month: an arrangement
		{"The Kenyan team faced a difficult trial in the final.", nil},
		// a reduced relative on a people noun with a "by" agent is a passive
		// with that agent; without one it is no act of the agent's
		{"Ten Kenyan protesters arrested by Ugandan police returned home on Monday.", []string{"173 UGACOP KENOPP asserted"}},
		{"Nigerian students kidnapped by gunmen returned home on Tuesday.", []string{"181 NGAREB NGACVL asserted"}},
		{"Nigerian students kidnapped in Zamfara returned home on Tuesday.", nil},
		{"Kenyan journalists deported by Uganda arrived in Nairobi.", []string{"174 UGA KENMED asserted"}},
		// the pattern's own words before its participle are the patient
		{"A terrorist cell dismantled by Spanish police had planned attacks.", []string{"173 ESPCOP ESPREB asserted"}},
		// a person kept from moving is restricted (172); by no one named,
		// by the person's state; a crowd kept out, or a permission, is none
		{"The Ugandan journalist is not allowed to leave the country.", []string{"172 UGAGOV UGAMED asserted"}},
		{"The Nigerian army did not allow the journalist to leave.", []string{"172 NGAMIL NGAMED asserted"}},
		{"The Nigerian army never allows aid agencies to go to these areas.", []string{"172 NGAMIL NGO asserted"}},
		{"Fans were not allowed to enter the stadium in Kenya.", nil},
		{"Kenya allowed the journalist to leave the country.", nil},
		// driving back an armed enemy is fighting it; only armed sources
		{"Ugandan troops pushed back the rebels near the border.", []string{"190 UGAMIL UGAREB asserted"}},
		{"Kenyan troops repelled an attack by al-Shabab militants.", []string{"190 KENMIL SOMREB asserted"}},
		{"The Kenyan opposition pushed back the vote.", nil},
		// a coordinated verb shares every subject, armed or not
		{"Several hundred Ugandan troops and aid workers were deployed to push back the rebels and protect civilians.",
			[]string{"190 UGAMIL UGAREB asserted", "074 UGAMIL UGACVL asserted", "074 UGAHLH UGACVL asserted"}},
		// a coup is against the plotters' own government; power plants are
		// no power, and a government takes none from itself
		{"The Malian military took power in a coup in 2021.", []string{"180 MLIMIL MLIGOV asserted"}},
		{"Ugandan rebels seized power plants near Kampala.", nil},
		{"The new Kenyan government took power in 2022.", nil},
		// a participle after a closed relative clause is the main clause's
		{"The Taliban, who seized power in August 2021, have imposed strict measures against women in Afghanistan, barring them from education.",
			[]string{"180 AFGREBTAL AFGGOV asserted"}},
		// forcing a leader from office ousts him
		{"Kenyan protesters forced President Ruto from office.", []string{"170 KENOPP KENGOV asserted"}},
		// an army or police force reporting militants killed or arrested
		// reports its own act; civilians killed, or a report by others,
		// name no agent
		{"The Malian army said 20 militants were killed in the operation.", []string{"190 MLIMIL MLIREB reported"}},
		{"Malian police said ten suspected militants were arrested.", []string{"173 MLICOP MLIREB reported"}},
		{"Malian police said two civilians were killed in the attack.", nil},
		{"Residents said 20 militants were killed in the operation in Mali.", nil},
		// "either" inside a passive
		{"Malian rebels were either killed or captured by the army.", []string{"190 MLIMIL MLIREB asserted", "192 MLIMIL MLIREB asserted"}},
		// an order to one's own forces is no demand: the ordered act is
		// theirs; closing a border is an administrative sanction
		{"The Malian government ordered its military to seal border areas.", []string{"172 MLIMIL - asserted"}},
		{"The Malian government ordered the French ambassador to leave.", []string{"100 MLIGOV FRAGOV asserted"}},
		{"Kenya closed its border with Somalia in 2011.", []string{"172 KEN SOM asserted"}},
		{"The American radar base lies close to Iran's border.", nil},
		// a state's sanction on its own people or firms is administrative;
		// on another state's, a sanction
		{"Guatemalan authorities froze the newspaper's assets.", []string{"172 GTMGOV GTMMED asserted"}},
		{"The United States froze the assets of Russian banks.", []string{"163 USA RUS asserted"}},
		// a ban imposed on a practice has no recipient; on a partner's
		// goods it is a sanction
		{"Uganda imposed a ban on plastic bags.", []string{"172 UGA - asserted"}},
		{"Uganda imposed a ban on Kenyan imports.", []string{"163 UGA KEN asserted"}},
		// troops removed are withdrawn; an official removed from office is not
		{"The United States will remove its troops from Iraq.", []string{"0874 USA IRQ planned"}},
		{"The Kenyan president removed the police chief from office.", []string{"172 KENGOV KENCOP asserted"}},
		// a state coerces its own people; it does not back its own officials
		{"Iran arrested a protester.", []string{"173 IRN IRNOPP asserted"}},
		{"Russia jailed a Russian journalist.", []string{"173 RUS RUSMED asserted"}},
		{"India backs Indian officials.", nil},
		{"Turkey sentenced two people smugglers to four years in prison.", []string{"173 TUR TURCRM asserted"}},
		{"Pakistan arrested former Prime Minister Imran Khan.", []string{"173 PAK PAKELI asserted"}},
		// an attack noun's "by" agent kills; "by V-ing" is a means
		{"An attack by al-Shabab militants killed five Kenyan soldiers.", []string{"190 SOMREB KENMIL asserted"}},
		{"Airstrikes by the Somali army have killed 50 al-Shabab militants.", []string{"190 SOMMIL SOMREB asserted"}},
		{"France responded to the attack by destroying Ivory Coast's tiny air force.", []string{"1712 FRA CIVMIL asserted"}},
		// a participle coordinated with a passive over an adverb is passive:
		// the protesters are arrested, they do not arrest
		{"Kenyan protesters were beaten and later arrested.", []string{"173 KENGOV KENOPP asserted"}},
		{"Kenyan police beat the protesters and later arrested them.", []string{"173 KENCOP KENOPP asserted"}},
		// a participle set off by commas after a noun phrase, the clause's
		// verb after it, is passive; an apposition is not
		{"The Ugandan journalist, arrested last week, was freed on Monday.", []string{"173 UGAGOV UGAMED asserted"}},
		{"The Ugandan journalist, detained by Kenyan police in May, has been released.", []string{"173 KENCOP UGAMED asserted"}},
		{"Trump, the president, criticized Putin.", []string{"111 USA RUSGOV asserted"}},
		// released on bail, granted bail: the holding state releases
		{"The Ugandan journalist was released on bail.", []string{"0841 UGAGOV UGAMED asserted"}},
		{"A Ugandan court granted the journalist bail on Monday.", []string{"0841 UGAJUD UGAMED asserted"}},
		{"Kenya granted the company a license.", nil},
		// killed in an attack: the attack's modifier or "by" agent kills;
		// an attack with no agent, or a place, names none
		{"Two Kenyan soldiers were killed in an attack by al-Shabab militants.", []string{"190 SOMREB KENMIL asserted"}},
		{"Five Kenyan civilians were killed in a Somali mortar attack on Mandera.", []string{"190 SOM KENCVL asserted"}},
		{"Five Kenyan civilians were killed in the attack.", nil},
		{"Two Kenyan soldiers were killed in Somalia.", nil}, // a toll
		// returning fire is fighting back, for armed sources only
		{"Kenyan soldiers returned fire on the al-Shabab militants.", []string{"193 KENMIL SOMREB asserted"}},
		{"The Haitian police returned fire.", []string{"193 HTICOP - asserted"}},
		{"The Kenyan minister returned fire at his critics.", nil},
		// easing: a blockade lifted, a border reopened, inspectors let in,
		// prisoners handed over (territory handed over is no release)
		{"Israel lifted the blockade of Gaza.", []string{"0872 ISR PSE asserted"}},
		{"Kenya reopened its border with Somalia.", []string{"081 KEN SOM asserted"}},
		{"Kenya reopened the school.", nil},
		{"Iran allowed UN inspectors to visit the site.", []string{"0862 IRN IGOUNO asserted"}},
		{"Iran did not allow UN inspectors to visit the site.", []string{"172 IRN IGOUNO asserted"}},
		{"Ukraine handed over 20 Russian prisoners of war.", []string{"0841 UKR RUSCVL asserted"}},
		// laying siege to a town besieges it; a wreath laid is no siege
		{"Russian forces laid siege to Mariupol.", []string{"191 RUSMIL UKR asserted"}},
		// an -ing verb after an aspect verb is a verb; a noun after one is not
		{"Tens of thousands of Sudanese began protesting late last year.", []string{"140 SDN SDNGOV asserted"}},
		{"Russian forces continued shelling Kharkiv.", []string{"194 RUSMIL UKR asserted"}},
		{"The meeting started on Monday.", nil},
		// school pupils are civilians
		{"Gunmen kidnapped 300 schoolgirls in northern Nigeria.", []string{"181 NGAREB NGACVL asserted"}},
		// a ban on the import of goods from a country
		{"Uganda banned the import of chickens from Kenya.", []string{"163 UGA KEN asserted"}},
		// armed forces leaving a country; a minister leaving is a trip
		{"Kenyan troops left Uganda in 2011.", []string{"0874 KENMIL UGA asserted"}},
		{"The Kenyan foreign minister left Uganda on Monday.", nil},
		// a leader's ouster demanded at home
		{"Kenyan protesters called for President Ruto's resignation.", []string{"1041 KENOPP KENGOV asserted"}},
		// sent back to detention
		{"A Kenyan judge ordered the Ugandan journalist back to prison on Monday.", []string{"173 KENJUD UGAMED asserted"}},
		// 01 statements
		{"Hamas claimed responsibility for the attack.", []string{"015 PSEREB - asserted"}},
		{"Israel took responsibility for the strike.", []string{"015 ISR - asserted"}},
		{"Macron laid a wreath at the memorial.", []string{"017 FRA - asserted"}},
		{"Macron paid tribute to the victims.", []string{"051 FRA FRA asserted"}},
		// 02 appeals
		{"The United Nations called on both sides to cease hostilities.", []string{"1056 IGOUNO - asserted"}},
		{"China called for a ceasefire in Gaza.", []string{"1056 CHN - asserted"}},
		{"The European Union called for the release of the activists.", []string{"1053 IGOEUR - asserted"}},
		{"Sudan appealed for international aid.", []string{"023 SDN - asserted"}},
		{"Turkey called for talks between Russia and Ukraine.", []string{"106 TUR RUS asserted", "106 TUR UKR asserted"}},
		{"Washington pushed for democratic reforms.", []string{"104 USA - asserted"}},
		// 03 intent to cooperate
		{"Germany assured Poland that the pipeline would be closed.", []string{"030 DEU POL asserted"}},
		{"Japan reassured South Korea about the plan.", []string{"030 JPN KOR asserted"}},
		{"Qatar offered to mediate.", []string{"039 QAT - asserted"}},
		{"Israel offered a ceasefire.", []string{"0356 ISR - asserted"}},
		{"India and Pakistan agreed to a ceasefire.", []string{"0356 IND PAK asserted"}},
		{"Hamas vowed revenge.", []string{"130 PSEREB - asserted"}},
		{"Iran signalled its willingness to talk to the United States.", []string{"030 IRN USA asserted"}},
		{"Israel and Hamas agreed to resume talks.", []string{"036 ISR PSE asserted"}},
		{"Hamas accepted the ceasefire.", []string{"0356 PSEREB - asserted"}},
		// 04 consult
		{"Oman helped negotiate the Iran nuclear deal.", []string{"045 OMN IRN asserted"}},
		{"Qatar helped broker a ceasefire between Israel and Hamas.", []string{"045 QAT ISR asserted", "045 QAT PSE asserted"}},
		// a guest named "visiting X" visits the host, who hosts it
		{"Xi Jinping met visiting German Chancellor Olaf Scholz.", []string{"040 CHN DEU asserted", "042 DEU CHN asserted", "043 CHN DEU asserted"}},
		{"Modi held talks with the visiting French president.", []string{"040 IND FRA asserted", "042 FRA IND asserted", "043 IND FRA asserted"}},
		// the verb's "visiting" is no guest
		{"Scholz, visiting Chinese President Xi Jinping, praised Beijing.", nil},
		// 05 diplomatic cooperation
		{"Iran sent drones to Venezuela in support of Maduro.", []string{"072 IRN VEN asserted", "050 IRN VENGOV asserted"}},
		// the adverbial's agent is the clause's subject, not the verb's object
		{"Iran flies fighters to Syria in support of Assad.", []string{"050 IRN SYR asserted"}},
		{"Hungary ratified the treaty.", []string{"057 HUN - asserted"}},
		{"Germany apologised for the colonial killings.", []string{"055 DEU - asserted"}},
		{"France struck a deal with Germany.", []string{"057 FRA DEU asserted"}},
		{"Turkey welcomed the agreement between Russia and Ukraine.", []string{"051 TUR RUS asserted", "051 TUR UKR asserted"}},
		// 07 aid
		{"Britain granted asylum to the Russian defector.", []string{"075 GBR RUS asserted"}},
		{"Japan approved an aid package for Ukraine.", []string{"070 JPN UKR asserted"}},
		{"Israel allowed aid into Gaza.", []string{"0863 ISR PSE asserted"}},
		// 08 yield
		{"A Kenyan court lifted the orders blocking the swearing-in of the deputy president.", []string{"081 KEN KEN asserted"}},
		{"Russia and Ukraine exchanged 200 prisoners of war.", []string{"084 RUS UKR asserted"}},
		{"Israel released 90 Palestinian prisoners.", []string{"0841 ISR PSE asserted"}},
		{"Russia declared a ceasefire for Easter.", []string{"0871 RUS - asserted"}},
		{"Kenya lifted the curfew.", []string{"0813 KEN - asserted"}},
		{"Russia pulled out its troops.", []string{"0874 RUS - asserted"}},
		// 09 investigate
		{"Kenyan police opened an investigation into the killing.", []string{"090 KENCOP - asserted"}},
		// 01 (a light verb before a nominal trigger does not swallow it)
		{"Macron expressed concern about Russia.", []string{"012 FRA RUS asserted"}},
		// 11 disapprove: the critic named after "from" acts on the subject
		{"Kenya faced criticism from the United Nations.", []string{"111 IGOUNO KEN asserted"}},
		{"Britain's criticism of China angered Beijing.", []string{"111 GBR CHN asserted"}},
		// 10 demand: wanting another actor to go
		{"Germany wants Russian troops to leave Moldova.", []string{"100 DEU RUSMIL asserted"}},
		{"Protesters want President Maduro to resign.", []string{"1041 VEN VENGOV asserted"}},
		{"Germany wants to leave the union.", nil},
		// 17 coerce: the nominal
		{"Beijing's coercion of Australia failed.", []string{"170 CHN AUS asserted"}},
		{"China's campaign of economic coercion against Lithuania continued.", []string{"170 CHN LTU asserted"}},
		{"The G7 opposed any attempt to change the status quo by force or coercion.", nil},
		// 12 reject
		{"Iran rejected the proposal.", []string{"120 IRN - asserted"}},
		{"Iran rejected the American proposal.", []string{"120 IRN USA asserted"}},
		{"Iran turned down the offer.", []string{"120 IRN - asserted"}},
		{"Iran refused to release the ship.", []string{"124 IRN - asserted"}},
		{"Russia vetoed a draft resolution.", []string{"129 RUS - asserted"}},
		{"Iran refused to comment.", nil},
		{"The Kremlin declined to comment on the report.", nil},
		// 13 threaten
		{"Iran threatened retaliation.", []string{"138 IRN - asserted"}},
		{"Ankara has threatened to close U.S. operations at Incirlik.", []string{"130 TUR USA asserted"}},
		{"Iran threatened to attack Israel.", []string{"1384 IRN ISR asserted"}},
		{"Trump threatened tariffs.", []string{"1312 USA - asserted"}},
		{"Trump threatened tariffs on Canada.", []string{"1312 USA CAN asserted"}},
		// 14 protest: with no target named, against the protesters' own state
		{"Kenyan protesters took to the streets.", []string{"141 KEN KENGOV asserted"}},
		{"Thousands of Serbian students staged a protest in Belgrade.", []string{"141 SRB SRBGOV asserted"}},
		{"French workers went on strike.", []string{"143 FRA FRAGOV asserted"}},
		{"French unions staged a general strike.", []string{"143 FRA FRAGOV asserted"}},
		{"Kenyan protesters blocked roads in Nairobi.", []string{"144 KEN KENGOV asserted"}},
		// 15 force posture
		{"Russia deployed troops to Belarus.", []string{"154 RUS BLR asserted"}},
		{"Russia mobilised reservists.", []string{"154 RUS - asserted"}},
		{"North Korea launched a long-range ballistic missile on Friday.", []string{"150 PRK - asserted"}},
		{"Russia launched ballistic missiles at Kyiv.", []string{"190 RUS UKR asserted"}},
		{"North Korea tested two missiles on Friday.", []string{"150 PRK - asserted"}},
		{"North Korea test-fired a ballistic missile.", []string{"150 PRK - asserted"}},
		{"China held military drills around Taiwan.", []string{"150 CHN TWN asserted"}},
		{"Pakistan put its forces on high alert.", []string{"152 PAK - asserted"}},
		// 16 reduce relations
		{"Turkey recalled its ambassador to Israel.", []string{"161 TUR ISR asserted"}},
		{"Japan banned imports from South Korea.", []string{"163 JPN KOR asserted"}},
		{"Moscow suspended all flights to Tbilisi on Friday.", []string{"163 RUSGOV GEO asserted"}},
		{"Canada announced new restrictions on travel to Venezuela.", []string{"163 CAN VEN asserted"}},
		{"Travelers in Canada rushed to book flights to Venezuela.", nil},
		// 02 appeals to uncoded addressees
		{"Canada urged wealthy nations to share the burden.", []string{"100 CAN - asserted"}},
		// 17 state acts on a person with no agent
		{"Kenyan opposition leader Raila Odinga thanked supporters after being freed from prison.", []string{"0841 KENGOV KENOPP asserted"}},
		// 19 possessed acts of force
		{"Armenia fears Azerbaijan's aggression.", []string{"190 AZE ARM asserted"}},
		// 17 coerce
		{"The Georgian government shut down the opposition broadcaster.", []string{"1721 GEOGOV GEO asserted"}},
		{"Burkina Faso's junta suspended French radio broadcasts.", []string{"1721 BFA FRA asserted"}},
		{"Iranian police detained 20 protesters.", []string{"173 IRNCOP IRN asserted"}},
		{"A Russian court sentenced the American journalist to 16 years.", []string{"173 RUS USA asserted"}},
		{"Iranian police fired tear gas at protesters.", []string{"175 IRNCOP IRN asserted"}},
		{"A journalist arrested over his interviews was freed.", nil},
		// 18 assault
		{"Israeli forces assassinated the Hamas leader.", []string{"186 ISR PSE asserted"}},
		{"Hamas took 250 Israeli hostages.", []string{"181 PSEREB ISR asserted"}},
		{"The Taliban carried out a suicide bombing.", []string{"1831 AFG - asserted"}},
		// 19 fight
		{"Russian artillery pounded Kharkiv.", []string{"194 RUS UKR asserted"}},
		{"Syrian rebels took over the city.", []string{"192 SYR - asserted"}},
		{"Trump took over the presidency.", nil},
		{"Kenya launched an operation to flush out Somali militants.", []string{"190 KEN SOMREB asserted"}},
		{"Israel launched an offensive.", []string{"190 ISR - asserted"}},
		{"Russia launched an offensive in eastern Ukraine.", []string{"190 RUS UKR asserted"}},
		{"Israel carried out airstrikes in Gaza.", []string{"195 ISR PSE asserted"}},
		{"Russia fired missiles overnight.", []string{"190 RUS - asserted"}},
		{"Israeli soldiers opened fire.", []string{"193 ISR - asserted"}},
		{"Russian forces overran a village in eastern Ukraine.", []string{"192 RUS UKR asserted"}},
		{"State television captured the moment.", nil},
		{"The massacre is a tragic sign, Poland said.", nil},
		{"Chinese and Indian troops clashed in the Himalayas.", []string{"190 CHN IND asserted"}},
		{"Trump and Macron clashed over tariffs.", nil},
		{"Russia violated the ceasefire.", []string{"196 RUS - asserted"}},
		// 20 mass violence
		{"Syria used chemical weapons.", []string{"2041 SYR - asserted"}},
		// broad coverage, a family at a time
		// 04 telephone diplomacy, sitting down, (re)opening talks
		{"Erdogan received a call from Putin.", []string{"041 RUS TUR asserted"}},
		{"Erdogan held a phone call with Putin on Monday.", []string{"041 TUR RUS asserted"}},
		{"Erdogan and Putin held a phone call.", []string{"041 TUR RUS asserted"}},
		{"Putin and Trump spoke by phone for two hours.", []string{"041 RUS USA asserted"}},
		{"Trump spoke by phone.", nil},
		{"Rubio sat down with Lavrov in Riyadh.", []string{"040 USA RUS asserted"}},
		{"Israel resumed talks with Hamas.", []string{"046 ISR PSE asserted"}},
		{"The United States would resume cooperation with Ukraine.", []string{"060 USA UKR conditional"}},
		{"China will convene a meeting with Iran and Russia.", []string{"040 CHN IRN planned", "040 CHN RUS planned"}},
		// "have" is no anchor: the meeting stays the nominal's
		{"Rubio will have a meeting with Iwaya.", []string{"040 USA JPN planned"}},
		{"Turkey and Russia are cooperating closely in Syria.", []string{"060 TUR RUS asserted"}},
		// 05 statements of support and gratitude
		{"China expressed support for Russia.", []string{"051 CHN RUS asserted"}},
		{"Japan expressed gratitude to India.", []string{"051 JPN IND asserted"}},
		{"Japan expressed support for the plan.", nil},
		// 02 seeking help; 11 objecting
		{"Kenya sought help from the United States.", []string{"023 KEN USA asserted"}},
		{"China took issue with the Japanese statement.", []string{"110 CHN JPN asserted"}},
		// 13 vows of force or punishment are threats
		{"Iran vowed to retaliate against Israel.", []string{"130 IRN ISR asserted"}},
		{"Iran vowed to respond.", []string{"130 IRN - asserted"}},
		{"Trump vowed to punish China.", []string{"130 USA CHN asserted"}},
		{"Israel vowed to destroy Hamas.", []string{"138 ISR PSE asserted"}},
		{"Iran vowed to cooperate with the IAEA.", []string{"030 IRN IGOUNOIAE asserted"}},
		// 15 stationing forces and weapons; a missile into the sea is a test
		{"Russia stationed nuclear weapons in Belarus.", []string{"154 RUS BLR asserted"}},
		{"North Korea fired a ballistic missile into the sea.", []string{"150 PRK - asserted"}},
		{"Hamas fired a rocket.", []string{"190 PSE - asserted"}},
		// 16 suspended ties, frozen assets; 17 revoked visas
		{"Mali suspended diplomatic relations with Ukraine.", []string{"161 MLI UKR asserted"}},
		{"The United States froze Iranian assets.", []string{"163 USA IRN asserted"}},
		{"Germany froze its budget.", nil},
		{"Washington revoked the visas of Venezuelan officials.", []string{"172 USA VEN asserted"}},
		{"Apple revoked the license.", nil},
		// 17 harassment, house arrest, tear gas
		{"Russian police harassed the American diplomat.", []string{"170 RUSCOP USA asserted"}},
		{"Belarusian authorities placed the Polish journalist under house arrest.", []string{"173 BLR POL asserted"}},
		{"The Russian opposition leader Ilya Yashin spent a year under house arrest.", []string{"173 RUSGOV RUSOPP asserted"}},
		{"Iranian authorities kept the British journalist under house arrest.", []string{"173 IRN GBR asserted"}},
		{"Police tear-gassed Kenyan protesters.", []string{"175 KENCOP KEN asserted"}},
		// 19 wounding, repelling an assault
		{"Israeli soldiers wounded a Palestinian man.", []string{"190 ISR PSE asserted"}},
		{"Ukrainian forces repelled a Russian assault.", []string{"190 UKR RUS asserted"}},
		{"Five people were injured in the crash.", nil},
		{"Russian missiles injured 12 Ukrainian civilians.", []string{"190 RUS UKR asserted"}},
		{"Palestinians injured in clashes with Israeli police were treated.", nil},
		{"I am sorry for every wound inflicted by the church.", nil},
		{"The attack was designed to intimidate Americans.", nil},
		{"China bullies Taiwan.", []string{"170 CHN TWN asserted"}},
		// 08 returning people and bodies
		{"Russia handed over the bodies of 500 Ukrainian soldiers.", []string{"084 RUS UKR asserted"}},
		{"Russia returned 20 Ukrainian prisoners of war to Ukraine.", []string{"084 RUS UKR asserted"}},
		// returning migrants is a deportation, not a release
		{"Britain plans to return asylum seekers to Albania.", nil},
		{"Russia returned to the talks.", nil},
		// 07 loans
		{"The World Bank granted Kenya a loan.", []string{"071 IGO KEN asserted"}},
		{"China extended a loan to Sri Lanka.", []string{"071 CHN LKA asserted"}},
		// 12 refuting claims, blocking another's bid
		{"Ukraine refuted Russia's claims.", []string{"120 UKR RUS asserted"}},
		{"Hungary blocked Ukraine's membership bid.", []string{"129 HUN UKR asserted"}},
		// 17 denying entry
		{"China denied entry to the Taiwanese lawmakers.", []string{"172 CHN TWN asserted"}},
		{"Israel denied the report.", nil},
		// receiving from another actor: the giver acts on the subject
		{"Ukraine received weapons from Germany.", []string{"072 DEU UKR asserted"}},
		{"Ukraine has received billions of dollars in aid from the United States.", []string{"070 USA UKR asserted"}},
		{"The Cambodian journalist received an award from Blinken.", []string{"051 USA KHM asserted"}},
		{"Kenya came under pressure from the United States.", []string{"100 USA KEN asserted"}},
		{"He received a call from his wife.", nil},
		{"Germany received the report.", nil},
		// 12 calling another's claims baseless
		{"Afghanistan's foreign ministry called Pakistan's assertions baseless.", []string{"120 AFG PAK asserted"}},
		{"Beijing called the accusations groundless.", []string{"120 CHN - asserted"}},
		// 05 apologies
		{"Japan issued an apology to South Korea.", []string{"055 JPN KOR asserted"}},
		{"The minister said he makes no apologies for the policy.", nil},
		// nominalised acts of coercion and force with their patient
		{"Russia's imprisonment of the American journalist drew criticism.", []string{"173 RUS USA asserted"}},
		{"Turkey's indictment of the Swedish journalist drew criticism.", []string{"173 TUR SWE asserted"}},
		{"Kenya's conviction of the British man was overturned.", []string{"116 KEN GBR asserted"}},
		{"Russia's expulsion of British diplomats angered London.", []string{"161 RUS GBR asserted"}},
		{"Russia's capture of Avdiivka was a blow.", []string{"192 RUS UKR asserted"}},
		{"Israel's bombardment of Gaza continued.", []string{"195 ISR PSE asserted"}},
		{"Uganda's deployment of troops to South Sudan angered Kenya.", []string{"154 UGA SSD asserted"}},
		{"The execution of the plan was slow.", nil},
		// strengthening ties; facilitating talks
		{"India strengthened ties with Japan.", []string{"050 IND JPN asserted"}},
		{"Japan boosted aid to Ukraine.", []string{"070 JPN UKR asserted"}},
		{"Qatar facilitated talks between Hamas and Israel.", []string{"045 QAT PSE asserted", "045 QAT ISR asserted"}},
		// a verbal attack on social media; arms supplied; troops ordered in; a ship seized
		{"Trump attacked Zelensky on social media.", []string{"111 USA UKR asserted"}},
		{"Russia attacked Ukraine on Friday.", []string{"190 RUS UKR asserted"}},
		{"Iran supplied drones to Russia.", []string{"072 IRN RUS asserted"}},
		{"Putin ordered troops into Ukraine.", []string{"154 RUS UKR asserted"}},
		{"Venezuela seized an American oil tanker.", []string{"171 VEN USA asserted"}},
		// 14 the bare protest on unambiguous verb forms only
		{"Serbian students protested in Belgrade.", []string{"140 SRB SRBGOV asserted"}},
		{"Iranian truckers are protesting.", []string{"140 IRN IRNGOV asserted"}},
		{"Israel's raid on the Iranian embassy sparked protests.", []string{"190 ISR IRN asserted"}},
		{"Voters may stay at home or protest vote in the British election.", nil},
		// 17 the bare "arrest" and "jail" are mostly nouns
		{"British terror suspects could face house arrest.", nil},
		{"Britain's plans make criminals serve full jail sentences.", nil},
		// a modal stays out of the trigger: the targeted pattern keeps the mode
		{"Kenyan police will arrest the protesters.", []string{"173 KENCOP KEN planned"}},
		{"Russia will veto the resolution.", []string{"129 RUS - planned"}},
		{"Russia vetoed a draft resolution.", []string{"129 RUS - asserted"}},
		{"He injured his knee.", nil},
		// joint subjects: one reciprocal event per pair, as "X and Y met"
		{"Chile and Peru reached an agreement on fishing rights.", []string{"057 CHL PER asserted"}},
		{"Norway and Iceland struck a deal on Monday.", []string{"057 NOR ISL asserted"}},
		{"Bolivia and Paraguay resumed talks.", []string{"046 BOL PRY asserted"}},
		{"Laos and Vietnam launched border negotiations.", []string{"046 LAO VNM asserted"}},
		{"Ghana and Togo will begin talks next week.", []string{"046 GHA TGO planned"}},
		{"Ghana and Togo did not resume talks.", []string{"046 GHA TGO negated"}},
		{"Chile and Peru resumed talks with Bolivia.", []string{"046 CHL BOL asserted", "046 PER BOL asserted"}},
		{"Mali and Niger held a summit in Bamako.", []string{"040 MLI NER asserted"}},
		{"Fiji and Samoa exchanged views on fisheries.", []string{"040 FJI WSM asserted"}},
		{"Bahrain and Qatar restored diplomatic ties.", []string{"057 BHR QAT asserted"}},
		{"Estonia and Finland held talks on energy.", []string{"040 EST FIN asserted"}},
		{"Ukraine and Russia exchanged prisoners.", []string{"084 UKR RUS asserted"}},
		{"Talks between Chile and Peru resumed in Lima.", []string{"040 CHL PER asserted"}},
		{"Chile and Peru are in talks over water rights.", []string{"046 CHL PER asserted"}},
		{"Chile is in talks with Peru.", []string{"046 CHL PER asserted"}},
		{"Chile and Peru concluded a fisheries agreement.", []string{"057 CHL PER asserted"}},
		{"Chile and Peru agreed a trade deal.", []string{"057 CHL PER asserted"}},
		{"Chile agreed a trade deal with Peru.", []string{"057 CHL PER asserted"}},
		{"Chile and Peru agreed to meet again.", []string{"036 CHL PER asserted"}},
		{"Chile and Peru agreed to end the dispute.", []string{"037 CHL PER asserted"}},
		{"Chile and Peru conducted joint naval drills.", []string{"062 CHL PER asserted"}},
		{"Chile and Peru traded accusations.", []string{"112 CHL PER asserted"}},
		{"Chile and Peru upgraded their ties.", []string{"050 CHL PER asserted"}},
		{"A summit between Chile and Peru took place in Lima.", []string{"040 CHL PER asserted"}},
		{"A phone call between Chile and Peru took place.", []string{"041 CHL PER asserted"}},
		{"Chile and Peru spoke on the phone.", []string{"041 CHL PER asserted"}},
		{"Chile spoke on the phone with Peru.", []string{"041 CHL PER asserted"}},
		{"Chile and Peru opened diplomatic ties.", []string{"057 CHL PER asserted"}},
		{"Chile and Peru fought a war over the desert.", []string{"190 CHL PER asserted"}},
		{"Chile fought a war against Peru.", []string{"190 CHL PER asserted"}},
		// a joint subject fights itself, not the place where it fights
		{"Chile and Peru fought a war in Bolivia.", []string{"190 CHL PER asserted"}},
		// the members of a named group consult one another; a compound's two
		// parties may share a code, but one actor named twice is no pair
		{"EU leaders met in Brussels.", []string{"040 IGOEUR IGOEUR asserted"}},
		{"NATO foreign ministers discussed the budget.", []string{"040 IGOWST IGOWST asserted"}},
		{"The prime ministers signed eight pacts.", nil},
		{"The two leaders met in Geneva.", nil},
		{"EU diplomats will meet with his son in Paris.", nil},
		{"Chilean President Gabriel Boric and Chilean Foreign Minister Alberto van Klaveren met on Monday.", []string{"040 CHLGOV CHLGOV asserted"}},
		{"Trump and the U.S. president met.", nil},
		{"Germany and France lost this battle.", nil},
		// a reciprocal noun's "between" names its parties, not the clause's subject
		{"Kenya released the transcript of a call between Trump and a newly elected president.", nil},
		// a single subject has no partner; a light verb used as a noun is none
		{"Chile reached an agreement on fishing rights.", nil},
		{"Bolivia resumed talks on Monday.", nil},
		{"Italy and Spain favour an early start to talks.", nil},
		// the light verb's subject acts: students staging a protest are its source
		{"Serbian students staged protests.", []string{"14 SRB SRBGOV asserted"}},
		// speech, legal and coercive acts in passives, nominals and complements
		{"The Iraqi prime minister recommended that American troops withdraw.", []string{"020 IRQ USA asserted"}},
		{"Britain advised Ukraine to negotiate.", []string{"020 GBR UKR asserted"}},
		{"Washington was disappointed by Iraq's decision.", []string{"111 USA IRQ asserted"}},
		{"France expressed disappointment with Italy's decision.", []string{"111 FRA ITA asserted"}},
		{"The Kenyan government faces legal challenges from rights groups.", []string{"115 NGO KENGOV asserted"}},
		{"The lawsuit filed by Kenyan lawyers against the Kenyan government was dismissed.", []string{"115 KEN KENGOV asserted"}},
		{"Ukraine took Russia to an international court.", []string{"115 UKR RUS asserted"}},
		{"Russia was hit with sanctions by the European Union.", []string{"163 IGOEUR RUS asserted"}},
		{"Russian oligarchs were slapped with sanctions by Britain.", []string{"163 GBR RUS asserted"}},
		{"Iran has been the target of American sanctions since 2010.", []string{"163 USA IRN asserted"}},
		{"Iran has been under American sanctions since 2010.", []string{"163 USA IRN asserted"}},
		{"Russia threatened Estonia with consequences.", []string{"130 RUS EST asserted"}},
		{"Trump called Zelensky a \u201cdictator without elections.\u201d", []string{"111 USA UKR asserted"}},
		{"Poland took Germany to task over the pipeline.", []string{"111 POL DEU asserted"}},
		{"Lebanon requested Israel to withdraw.", []string{"020 LBN ISR asserted"}},
		{"Iraq's request to Turkey was rejected.", []string{"020 IRQ TUR asserted"}},
		{"Ukraine's demand that Russia withdraw was rejected.", []string{"100 UKR RUS asserted"}},
		{"Germany cautioned Turkey against an offensive.", []string{"130 DEU TUR asserted"}},
		{"Ukraine launched legal action against Russia.", []string{"115 UKR RUS asserted"}},
		{"Washington added Chinese firms to its trade blacklist.", []string{"163 USA CHN asserted"}},
		{"The Turkish move drew sharp rebukes from Greece.", []string{"111 GRC TUR asserted"}},
		{"Russia directed harsh criticism at NATO.", []string{"111 RUS IGOWSTNAT asserted"}},
		{"President Trump urged for the National Guard to be brought in.", []string{"100 USAGOV USAMIL asserted"}},
		// a nominal's agent after "by" or "from", before its complement
		{"A warning from China to Japan came on Monday.", []string{"130 CHN JPN asserted"}},
		{"Threats from Russia against Moldova increased.", []string{"130 RUS MDA asserted"}},
		{"Accusations by Russia that Ukraine shelled the plant were denied.", []string{"112 RUS UKR asserted"}},
		{"Charges brought by American prosecutors against the Russian spy were dropped.", []string{"115 USA RUS asserted"}},
		{"Sanctions imposed by the United States on Iran hurt its economy.", []string{"163 USA IRN asserted"}},
		// ... but not when the pattern takes "from" itself
		{"Kenya faced criticism from the United Nations over the arrests.", []string{"111 IGOUNO KEN asserted"}},
		// a denial's content is denied, not reported
		{"Iran denied that it had supplied drones to Russia.", []string{"016 IRN - asserted"}},
		{"China dismissed the accusations as groundless.", []string{"120 CHN - asserted"}},
		{"Russia fired back at the United States on Monday.", []string{"111 RUS USA asserted"}},
		{"India issued a demarche to Pakistan.", []string{"114 IND PAK asserted"}},
		{"Venezuela called the American move a provocation.", []string{"111 VEN USA asserted"}},
		{"The officers fired back at the gunmen.", nil},
		// a crime only a state charges: with no accuser named, the accused's state
		{"The Kenyan journalist was accused of treason.", []string{"1121 KENGOV KENMED asserted"}},
		{"Trump was accused of corruption.", nil},
		{"Ukraine was accused of terrorism.", nil},
		// the accuser answered is the possessor or the "by" agent, not an actor
		// named in the charge
		{"Moscow rejected Kyiv's accusations.", []string{"120 RUS UKR asserted", "112 UKR RUS asserted"}},
		{"India rejected the baseless allegations made by Pakistan.", []string{"120 IND PAK asserted", "112 PAK IND asserted"}},
		{"The Afghan spokesman rejected the allegation that separatists live in Pakistan.", []string{"120 AFG - asserted"}},
		{"Russia dismissed accusations it is getting weapons from North Korea.", []string{"120 RUS - asserted"}},
		// a hashtag names its actor: the "#" does not end the slot
		{"Cuba's foreign minister wrote: \"I strongly reject the new #US blockade measure.\"", []string{"120 CUB USA asserted"}},
		// a report the quotes stage leaves unquoted is still a report
		{"NPR reported the Iraqi prime minister urged the American troops to withdraw.", []string{"1056 IRQ USA reported"}},
		{"NPR reported the news after Iraq expelled American troops.", []string{"166 IRQ USA asserted"}},
		{"Many countries were threatened with economic punishment by China.", []string{"130 CHN - asserted"}},
		{"China's campaign of economic coercion has failed.", []string{"170 CHN - asserted"}},
		// naming the charges is the narrator's report, not reported speech
		{"Moscow has called the spying allegations \u201cbaseless.\u201d", []string{"120 RUS - asserted"}},
		// the charge answers the clause that reports the claim
		{"Pakistan said the attack was planned in India, a claim New Delhi rejected.", []string{"120 IND PAK asserted", "112 PAK IND asserted"}},
		// ... and stay quiet on the readings that are no acts
		{"He was disappointed by the result.", nil},
		{"Britain hired a consultant to advise Ukraine on strategy.", nil},
		{"Trump called Zelensky a friend.", nil},
		{"The request to visit the museum was granted.", nil},
		{"The doctor recommended rest.", nil},
		{"The police faced questions from reporters.", nil},
		{"Britain faced a lawsuit.", nil},
		{"Sanctions hit the Russian economy.", nil},
		{"The charges were dropped.", nil},
		{"There was criticism of the plan.", nil},
		{"The allegations were denied.", nil},
		{"The coercion of witnesses is a crime.", nil},
		{"Trump called the situation \u201ccatastrophic.\u201d", nil},
		// appreciation is left out (its only corpus hit had a wrong source)
		{"The minister said he appreciated people's concerns.", nil},
		// an institution's speech act voiced by its own spokesman is
		// performed, not reported; a foreign speaker's account is reported
		{"\"The Ugandan government strongly condemns Kenya,\" Ugandan government spokesman Ofwono Opondo said.", []string{"111 UGAGOV KEN asserted"}},
		{"\"Uganda condemns Kenya,\" the Kenyan minister said.", []string{"111 UGA KEN reported"}},
		{"\"The Ugandan government condemned Kenya,\" the Kenyan minister said.", []string{"111 UGAGOV KEN reported"}},
		// troops and peacekeepers are expelled (withdrawn), people deported
		{"The Iraqi parliament voted to expel United States troops from the country.", []string{"166 IRQLEG USAMIL asserted"}},
		{"Mali expelled UN peacekeepers from the country.", []string{"166 MLI IGOUNO asserted"}},
		{"Kenya expelled two Ugandan journalists from the country.", []string{"174 KEN UGAMED asserted"}},
		// regretting a party's decision disapproves of it
		{"Kenya regrets the decision of Uganda.", []string{"110 KEN UGA asserted"}},
		{"Kenya regrets Uganda's decision to close the border.", []string{"110 KEN UGA asserted"}},
		{"Kenya regrets the delay.", nil},
		// concern about a party's acts is a pessimistic comment; about a
		// report or a place, none
		{"Japan is concerned about Chinese aggression.", []string{"012 JPN CHN asserted"}},
		{"The United States is deeply concerned about the recent actions of Kenya.", []string{"012 USA KEN asserted"}},
		{"The lawyers are concerned about the conditions he faces.", nil},
		{"Britain is concerned about the latest IAEA report on Iran.", nil},
		// a state's own ban on a party
		{"Germany's ban on Iranian airlines angered Tehran.", []string{"163 DEU IRN asserted"}},
		{"Germany's ban on smoking took effect.", nil},
		// hostage-taking is abduction
		{"The hostage-taking of Ugandan fishermen by Somali pirates shocked Kenya.", []string{"181 SOM UGA asserted"}},
		{"Kenya condemned the hostage-taking of Ugandan fishermen by Somali pirates.", []string{"111 KEN UGA asserted", "181 SOM UGA asserted"}},
		// an armed group killing non-combatants is unconventional violence;
		// killing soldiers or fighters stays military force
		{"Somali gunmen killed ten Kenyan villagers.", []string{"180 SOMREB KENCVL asserted"}},
		{"Somali militants killed a Kenyan journalist.", []string{"180 SOMREB KENMED asserted"}},
		{"Somali militants killed five Kenyan soldiers.", []string{"190 SOMREB KENMIL asserted"}},
		{"Nigerian troops killed 20 Boko Haram fighters.", []string{"190 NGAMIL NGAREB asserted"}},
		// an ordered arrest or an arrest warrant is the arrest's act; an
		// ordered release of documents is none
		{"The Kenyan court ordered the arrest of the Ugandan opposition leader.", []string{"173 KENJUD UGAOPP asserted"}},
		{"A Kenyan court issued an arrest warrant for the Ugandan opposition leader.", []string{"173 KENJUD UGAOPP asserted"}},
		{"The Kenyan court ordered the release of the documents.", nil},
		// "for allegedly V-ing" names the alleged charge, not the act
		{"Kenyan police arrested the Ugandan opposition leader for allegedly trying to undermine the constitution.", []string{"173 KENCOP UGAOPP asserted"}},
		{"Kenyan police allegedly arrested the Ugandan opposition leader for trying to undermine the constitution.", []string{"173 KENCOP UGAOPP reported"}},
		// looking or turning to a party for help is an appeal for aid; for
		// guidance, or turning to face it, none
		{"Taiwan looks to Washington for support.", []string{"023 TWN USA asserted"}},
		{"Kenya turned to China for loans.", []string{"023 KEN CHN asserted"}},
		{"Analysts look to Washington for guidance.", nil},
		{"Kenya turned to face China.", nil},
		// a trade ban naming the goods between "of" and the partner
		{"Kenya suspended exports of maize and fresh milk to Uganda.", []string{"163 KEN UGA asserted"}},
		{"Kenya banned the import of goods made in its own factories.", nil},
		// a plot to act is a plan
		{"Iranian agents plotted to kill a Saudi diplomat.", []string{"190 IRN SAU planned"}},
		// words that must not fire
		{"Iran promised a full and open investigation.", nil},
		{"A nuclear test or ICBM launch could end the talks, Revere said.", nil},
		{"The new law lets Americans take control of their data.", nil},
		{"He suffered a heart attack in Moscow.", nil},
		{"Germany struck a balance between France and Italy.", nil},
		{"The Supreme Court struck down the Kenyan law.", nil},
		{"Americans did not start this trade war.", nil},
		{"Trump fired the FBI director.", nil},
	}
	checkEventTable(t, tests)
}

// anyEvent reports whether some event matches want ("CODE SRC TGT MODE",
// code and actors as prefixes, "-" for no target).
func anyEvent(evs []dyad.Event, want string) bool {
	f := strings.Fields(want)
	for _, e := range evs {
		if !strings.HasPrefix(e.CAMEO, f[0]) || !strings.HasPrefix(codeOf(e.Source), f[1]) || e.Mode != f[3] {
			continue
		}
		if f[2] == "-" && e.Target == nil || f[2] != "-" && e.Target != nil && strings.HasPrefix(e.Target.Code, f[2]) {
			return true
		}
	}
	return false
}

// eventCase is a sentence and the events it must code, each as "CODE
// SOURCE TARGET MODE" (anyEvent's form), and no others.
type eventCase = struct {
	text string
	want []string
}

// checkEventTable codes each case's text with the default pipeline and
// checks that it yields exactly the wanted events.
func checkEventTable(t *testing.T, tests []eventCase) {
	t.Helper()
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		doc := processAt(t, p, tt.text, "example.org")
		var got []string
		for _, e := range doc.Events {
			got = append(got, fmt.Sprintf("%s %s %s %s", e.CAMEO, codeOf(e.Source), targetCode(e), e.Mode))
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %d events %v, want %v", tt.text, len(got), got, tt.want)
			continue
		}
		for _, w := range tt.want {
			if !anyEvent(doc.Events, w) {
				t.Errorf("%q: no event %q among %v", tt.text, w, got)
			}
		}
	}
}

// TestCoder_TradeMeasures checks tariffs and aid cuts (root 16): a tariff
// falls on the exporter a demonym or "from" names, not on the market the
// goods go to.
func TestCoder_TradeMeasures(t *testing.T) {
	tests := []eventCase{
		{"Kenya's tariffs on Ugandan exports to Kenya took effect on Monday.", []string{"163 KEN UGA asserted"}},
		{"Kenya raised tariffs on goods from Uganda.", []string{"163 KEN UGA asserted"}},
		{"Kenya's new tariffs on goods from Uganda took effect on Monday.", []string{"163 KEN UGA asserted"}},
		{"Kenya imposed tariffs on goods from its own factories.", nil},
		{"Kenyan firms raised prices on goods from Uganda.", nil},
		{"Washington stopped military aid to Georgia.", []string{"162 USA GEO asserted"}},
		{"Washington stopped sending photos to Georgia.", nil},
	}
	checkEventTable(t, tests)
}
