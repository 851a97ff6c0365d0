package event_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad/internal/pipeline"
)

// argCase is a short invented article and the events the whole pipeline
// must code from it, as "SRC→TGT ROOT mode" with full actor codes ("-"
// for no target).
type argCase struct {
	name, text string
	want       []string
}

// runArgCases codes each case with the whole pipeline (actors, anaphora,
// quotes, coder) and compares the events.
func runArgCases(t *testing.T, tests []argCase) {
	t.Helper()
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := processAt(t, p, tt.text, "example.org")
			var got []string
			for _, e := range doc.Events {
				got = append(got, codeOf(e.Source)+"→"+targetCode(e)+" "+e.Root+" "+e.Mode)
			}
			slices.Sort(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// Arguments the coder finds beyond a plain subject: the actors listed
// after a plural role, and the conjuncts a plural anaphor stands for.
func TestCoder_Arguments(t *testing.T) {
	runArgCases(t, []argCase{
		// "the Xs of A and B": each listed country's agents act
		{"plural role of two countries", "The foreign ministers of India and China met in Beijing.",
			[]string{"INDGOV→CHNGOV 04 asserted"}},
		{"plural role of a list", "The defence ministers of France, Germany and Italy criticized Russia.",
			[]string{"DEUGOV→RUS 11 asserted", "FRAGOV→RUS 11 asserted", "ITAGOV→RUS 11 asserted"}},
		{"plural role without article", "Representatives of Sudan and Chad signed a border agreement.",
			[]string{"SDNGOV→TCDGOV 05 asserted"}},
		{"singular role unchanged", "The foreign minister of India met the Chinese foreign minister.",
			[]string{"INDGOV→CHNGOV 04 asserted"}},
		{"plural role in countries", "Lawmakers in Kenya and Uganda criticized Tanzania.",
			[]string{"KENLEG→TZA 11 asserted", "UGALEG→TZA 11 asserted"}},
		{"ambassadors of countries", "The ambassadors of France and Germany criticized Russia.",
			[]string{"DEUGOV→RUS 11 asserted", "FRAGOV→RUS 11 asserted"}},
		// the members of one bloc consult one another
		{"officials from a bloc", "Officials from the African Union met in Addis Ababa.",
			[]string{"IGOAFRAFU→IGOAFRAFU 04 asserted"}},
		{"diplomats from a bloc gathered", "Senior diplomats from the Group of Seven gathered on Friday in Rome.",
			[]string{"IGOWST→IGOWST 04 asserted"}},
		// negatives: no role, or one country's officials with no partner
		// as an object, the listed actors are the targets
		{"role phrase as object", "Putin criticized the leaders of France and Germany.",
			[]string{"RUSGOV→DEUGOV 11 asserted", "RUSGOV→FRAGOV 11 asserted"}},
		{"no role noun", "The capitals of France and Germany were calm.", nil},
		{"role in a region", "Lawmakers in the region criticized Tanzania.", nil},
		{"non-role plural", "Supporters of France and Germany met in Paris.", nil},
		{"officials of one country", "Officials from France met in Paris.", nil},
		{"gathered troops is no meeting", "Russia gathered troops near the border with Ukraine.", nil},
		// (the participle after the brass is theirs, not a meeting of
		// France and Germany)
		{"list modifying a prepositional object", "Speaking to top French and German military brass gathered in Paris, Putin criticized Ukraine.",
			[]string{"RUSGOV→DEUMIL 04 asserted", "RUSGOV→FRAMIL 04 asserted", "RUSGOV→UKR 11 asserted"}},
		// a plural anaphor of a coordinated antecedent stands for both
		{"they after a pair", "India and China held talks on Monday. They agreed to exchange prisoners.",
			[]string{"IND→CHN 03 asserted", "IND→CHN 04 asserted"}},
		{"the two sides", "Israel and Hamas fought for weeks. The two sides agreed to a ceasefire on Friday.",
			[]string{"ISR→PSEREBHMS 03 asserted"}},
		{"they with an object", "Israel and Hamas fought for weeks. They criticized Egypt on Friday.",
			[]string{"ISR→EGY 11 asserted", "PSEREBHMS→EGY 11 asserted"}},
		// negatives: a single antecedent, or "it"
		{"they after one actor", "Russia attacked Ukraine on Monday. They condemned Poland.",
			[]string{"RUS→UKR 19 asserted"}},
		// "Senate head Hun Sen": the person holding the body's post is
		// the target, not the body
		{"body title name", "A Cambodian journalist apologized to Senate head Hun Sen.",
			[]string{"KHMMED→KHMELI 05 asserted"}},
		{"body without a title", "Russia criticized Hamas on Monday.",
			[]string{"RUS→PSEREBHMS 11 asserted"}},
		// a quote that goes on from its reporting clause: a pronoun
		// in it is that clause's subject, and the act is its own
		{"pronoun in a continuing quote", `Amnesty International reiterated "its call to the Kenyan authorities to release the detainees."`,
			[]string{"NGOHRIAMN→KENGOV 10 asserted"}},
		{"pronoun in a quote after a colon", `Amnesty International said: "Their call to the Kenyan authorities was ignored."`, nil},
		// a verb in scare quotes is the narrator's, and a verb joined
		// to a reporting clause after its quote has that clause's
		// subject
		{"scare-quoted verb", "Ruto said Kenya “welcomed” the U.S. proposal.",
			[]string{"KEN→USA 05 asserted"}},
		{"verb after a quote", `Ruto spoke on Monday. He added that "Kenya was ready for talks," and "welcomed" the U.S. proposal.`,
			[]string{"KENGOV→USA 05 asserted"}},
		{"own subject after a quote", `Ruto spoke on Monday. He added that "Kenya was ready for talks," and Tanzania welcomed the U.S. proposal.`,
			[]string{"TZA→USA 05 asserted"}},
		{"no verb after a quote", `Ruto spoke on Monday. He added that "Kenya was ready for talks," and the U.S. proposal was welcome.`, nil},
		// "the coalition" stands for the one coalition named before
		{"the coalition", "Germany praised the Global Coalition to Defeat ISIS. The coalition came to Iraq to fight ISIS.",
			[]string{"DEU→IGOWST 05 asserted", "IGOWST→IMGMOSISI 19 asserted"}},
		// a hashtag's "#" is part of the word, not punctuation that ends
		// the object search
		{"hashtag object", "Cuba strongly rejected new #US blockade measures.",
			[]string{"CUB→USA 12 asserted"}},
		{"hashtag in a tweet", `Bruno Parrilla, the foreign minister of Cuba, wrote on Twitter: "I strongly reject new #US blockade measure."`,
			[]string{"CUBGOV→USA 12 asserted"}},
		{"detached number sign", "Cuba strongly rejected item # 4 of the US plan.", nil},
		// "his father, Sultan X": the name in apposition to a common
		// noun object is the object
		{"named apposition", "Qaboos became Sultan in 1970 after overthrowing his father, Sultan Said bin Taimur.",
			[]string{"OMNELI→OMNGOV 17 asserted"}},
		{"named apposition mid-sentence", "Kenyan police arrested her brother, Raila Odinga, on Monday.",
			[]string{"KENCOP→KENOPP 17 asserted"}},
		{"name opening a new clause", "Kenyan police arrested her brother, Raila Odinga said.",
			[]string{"KENCOP→- 17 reported"}},
		// "an operation conducted by X, which resulted in the deaths of
		// Y": the agent of the relative pronoun's antecedent kills
		{"deaths caused by an agent's operation", "The attack followed a raid conducted by Kenyan troops (KDF) just hours earlier, which resulted in the deaths of 16 al-Shabab militants.",
			[]string{"KENMIL→SOMREBSHB 19 asserted"}},
		{"deaths with no agent", "A storm hit the coast, which resulted in the deaths of 16 Kenyan soldiers.", nil},
		{"mourned deaths", "Kenya mourned the deaths of 16 Kenyan soldiers.", nil},
		// a speaker is no agent of a trailing participle whose main
		// clause names another subject
		{"trailing participle in a quote", `"The airline flies weapons across the region, supporting the Iranian regime," Mike Pompeo said.`, nil},
		{"trailing participle of we", `"We fly weapons across the region, supporting the Iranian regime," Vladimir Putin said.`,
			[]string{"RUSGOV→IRNGOV 05 reported"}},
		// a negative pronoun subject: no one is acted on
		{"no one detained", "Nobody was arrested in Nairobi.", nil},
		{"someone detained", "Two men were arrested in Nairobi.", []string{"KENGOV→KENCVL 17 asserted"}},
		// "…, a charge X rejected": the author of the charge is the
		// sentence's subject, also across the reported claim
		{"charge rejected after a reported claim", "Pakistan repeated the claim that the attack was planned in Afghanistan, a charge Afghan spokesman Abdul Balkhi rejected on Thursday.",
			[]string{"AFGGOV→PAK 12 asserted", "PAK→AFGGOV 11 asserted"}},
		// a control verb's complement: its first party, also a person
		// the actors stage left uncoded (one of the acting state's)
		{"uncoded person in a complement", "Iranian officials offered to pay Jane Doe’s relatives in Iran to invite her to Turkey.",
			[]string{"IRNGOV→IRNCVL 03 asserted"}},
		{"coded party in a complement", "Iranian officials offered to pay Turkey to host the talks.",
			[]string{"IRNGOV→TUR 03 asserted"}},
		// (the payee is the party; a nested purpose clause's actor is not)
		{"uncoded non-possessor in a complement", "Iranian officials offered to pay Jane Doe to invite Turkey.", nil},
		// an -ed form right after an infinitive verb is an adjective
		{"participle after an infinitive", `Kenya's Ruto said the camp, which features a secure prison to hold captured terrorists, would be used to house "the worst of the worst."`, nil},
		{"perfect participle", "Kenyan troops have captured Somali pirates.", []string{"KENMIL→SOMCRM 19 asserted"}},
		// an object "them" after a clause stands for that clause's
		// group object
		{"them after an object group", "Kenyan police arrested 33 Somali men, accusing them of planning attacks.",
			[]string{"KENCOP→SOMCVL 11 asserted", "KENCOP→SOMCVL 17 asserted"}},
		{"them after a prepositional object", "Kenyan protesters clashed with police in Nairobi, accusing them of brutality.",
			[]string{"KENOPP→KENCOP 19 asserted"}},
		{"them after a single person", "Kenyan police arrested the Somali leader, accusing them of planning attacks.",
			[]string{"KENCOP→SOMGOV 17 asserted"}},
		// a possessive opening a sentence: the previous subject's
		{"his opening a sentence", "Macron flew to Moscow on Monday. His meeting with Putin lasted two hours.",
			[]string{"FRAGOV→RUS 04 asserted", "FRAGOV→RUSGOV 04 asserted"}},
		{"its opening a sentence", "Russia sent troops to the border. Its invasion of Ukraine began in February.",
			[]string{"RUS→- 15 asserted", "RUS→UKR 19 asserted"}},
		{"his after a country subject", "Russia sent troops to the border. His meeting with Putin lasted two hours.",
			[]string{"RUS→- 15 asserted"}},
		// "between the two countries": the pair
		{"between a pair anaphor", "Kenya and Uganda signed a deal. The agreement between the two countries ends a long dispute.",
			[]string{"KEN→UGA 05 asserted", "KEN→UGA 05 asserted"}},
		// "the groups" stands for the one kind of groups named before
		{"the groups", "Rights groups sued the Kenyan government on Monday. Kenyan officials criticized the groups on Tuesday.",
			[]string{"KENGOV→NGO 11 asserted", "NGO→KENGOV 11 asserted"}},
		{"it stays single", "Russia and Ukraine held talks on Monday. It criticized Poland.",
			[]string{"RUS→UKR 04 asserted"}},
	})
}

// The act an accusation names is coded too, reported and done by the
// accused; the accusation stays the accuser's.
func TestCoder_AllegedActs(t *testing.T) {
	runArgCases(t, []argCase{
		{"accused named before of", "The Kenyan government accuses the Ugandan army of shelling Kenyan villages near the border.",
			[]string{"KENGOV→UGAMIL 11 asserted", "UGAMIL→KEN 19 reported"}},
		{"passive accusation", "Ugandan soldiers were accused of shelling Kenyan villages.",
			[]string{"UGAMIL→KEN 19 reported"}},
		{"absolute clause with two accused", "A militia called the Mai-Mai fought back, with both the M23 and the Mai-Mai being accused of targeting and killing civilians in Congo.",
			[]string{"CODREB→COGCVL 18 reported", "CODREB→COGCVL 19 reported"}},
		// no accused in the clause: the act has no source, so none
		{"accused not a coded actor", "A resident of Nairobi, Kenya, Otieno is accused of attacking Ugandan police officers.",
			nil},
		// a crime, not an act on anyone: the accusation only
		{"accused of a crime noun", "Kenya accused Uganda of corruption.",
			[]string{"KEN→UGA 11 asserted"}},
		// an act with no one acted upon is not coded
		{"alleged act without target", "Ugandan soldiers were accused of planning to kidnap Otieno.",
			nil},
	})
}

// A protest that names no target is against the protesters' own state;
// a state's or its agents' protest gets no such target.
func TestCoder_DomesticProtest(t *testing.T) {
	runArgCases(t, []argCase{
		{"people of a country", "Kenyan students protested in Nairobi on Monday.", []string{"KENCVL→KENGOV 14 asserted"}},
		{"demonym", "Kenyans protested for a third night.", []string{"KEN→KENGOV 14 asserted"}},
		{"country as a modifier", "Farmers in Kenya's capital held a sit-in on Monday.", []string{"KEN→KENGOV 14 asserted"}},
		{"a state's agents", "Kenyan police protested over unpaid wages.", []string{"KENCOP→- 14 asserted"}},
		{"a state", "Kenya protested on Monday.", []string{"KEN→- 14 asserted"}},
		{"named target kept", "Kenya protested the Ugandan decision.", []string{"KEN→UGA 14 asserted"}},
	})
}

// Plural protests that name neither protesters nor a target are the
// people of the place they are held in, against their own government;
// with no place named there is no one to code.
func TestCoder_ProtestsWithoutActors(t *testing.T) {
	runArgCases(t, []argCase{
		{"protests in a city", "Anti-government protests continued in Lusaka on Friday.", []string{"ZMBOPP→ZMBGOV 14 asserted"}},
		{"subordinate clause", "The vote came as demonstrations spread through Lusaka.", []string{"ZMBOPP→ZMBGOV 14 asserted"}},
		{"capital in apposition", "The resignation followed a month of protests in the capital, Lusaka.", []string{"ZMBOPP→ZMBGOV 14 asserted"}},
		{"no place", "The protests continued for a third week.", nil},
		{"no place after a verb", "The minister ignored the protests on Friday.", nil},
	})
}

// A bare plural protest noun is not coded from a possessor or an adjective
// near it: those are often someone else's.
func TestCoder_ProtestsNotFromModifiers(t *testing.T) {
	runArgCases(t, []argCase{
		{"possessed crackdown", "Both countries recalled envoys over Zambia's crackdown on protests by students.", nil},
		{"adjective", "The posters caused Labour protests.", nil},
	})
}

// A bare nominal attack that names no agent is the armed group's the text
// has just named (in its sentence or paragraph); with no such group, or
// when the noun refers back ("the attack") or a verb governs it, nothing.
func TestCoder_AttacksWithoutAgent(t *testing.T) {
	runArgCases(t, []argCase{
		{"group in the sentence before", "Al-Shabab fighters have stepped up their campaign. Officials called it the worst raid since an ambush in Kismayo in 2019.",
			[]string{"SOMREBSHB→SOMCVL 19 asserted"}},
		{"facility as target", "Al-Shabab fighters have stepped up their campaign. Officials said rocket attacks on a base near Kismayo continued.",
			[]string{"SOMREBSHB→SOMMIL 19 asserted"}},
		{"no group named", "Officials called it the worst raid since an ambush in Kismayo in 2019.", []string{"-→SOM 18 asserted"}}, // an unknown agent's
		{"definite refers back", "Al-Shabab fighters have stepped up their campaign. Officials said the attack in Kismayo lasted hours.", nil},
		{"governed by a verb", "Al-Shabab fighters have stepped up their campaign. The president condemned attacks on a base near Kismayo.", nil},
	})
}

// Passive and appositive arguments: a possessive "'s" in an apposition
// makes no passive; "either"/"both"/"all" stand inside a passive verb
// group; a passive's compound subject is every target; a reduced
// adverbial passive ("when attacked by X") acts on the main clause's
// subject.
func TestCoder_PassiveAndAppositiveArguments(t *testing.T) {
	runArgCases(t, []argCase{
		{"possessive in an apposition", "Judge Ana Ruiz, president of Spain's Supreme Court, criticized Morocco on Monday.",
			[]string{"ESPJUD→MAR 11 asserted"}},
		{"complete clause before a participle stays passive", "Kenya's foreign minister is dead, killed by al-Shabab fighters in Lamu.",
			[]string{"SOMREBSHB→KENGOV 19 asserted"}},
		{"either in a passive group", "Several rebels were either killed or captured by Nigerian troops.",
			[]string{"NGAMIL→NGAREB 19 asserted", "NGAMIL→NGAREB 19 asserted"}},
		{"both in a passive group, compound subject", "Russia and Ukraine were both criticized by the United Nations.",
			[]string{"IGOUNO→RUS 11 asserted", "IGOUNO→UKR 11 asserted"}},
		{"passive list subject", "Russia, Belarus and Iran were sanctioned by the European Union on Monday.",
			[]string{"IGOEUR→BLR 16 asserted", "IGOEUR→IRN 16 asserted", "IGOEUR→RUS 16 asserted"}},
		{"passive subject after another clause's object", "Russia attacked Ukraine and Poland was criticized by Hungary.",
			[]string{"HUN→POL 11 asserted", "RUS→UKR 11 asserted"}},
		{"agentless passive compound is no reciprocal pair", "The prime minister said Kenya's police and the army would be consulted on the law.", nil},
		{"reduced adverbial passive", "Chadian rebels usually retreat into Sudan when attacked by Chadian troops.",
			[]string{"TCDMIL→TCDREB 19 asserted"}},
		{"reduced adverbial passive in an aside", "Kenyan troops, if attacked by al-Shabab, will fight back.",
			[]string{"SOMREBSHB→KENMIL 19 conditional"}},
		{"reduced adverbial passive after a relative clause", "Officials say the rebels have fighters who escape to villages in Cameroon when attacked by Chadian troops.", nil},
		{"reduced adverbial passive after a relative where", "The Sudanese army has ordered its troops to seal the areas where rebels hide when attacked by government troops.", nil},
		{"no request from an aside's question", "Putin, when asked by Kenyan reporters, criticized Ukraine.",
			[]string{"RUSGOV→UKR 11 asserted"}},
		{"a determiner before a participle", "Kenya seized both captured vessels in Mombasa.", []string{"KEN→- 17 asserted"}},
	})
}

// A verb coordinated by "and" shares a verb's subject, never a nominal's
// agent: after a that-clause holding the nominal, the main clause's
// subject; else the last verb's. "called for his release" is addressed to
// the jailers of the person "his" stands for.
func TestCoder_CoordinatedAfterNominal(t *testing.T) {
	runArgCases(t, []argCase{
		{"after a that-clause", "Guatemalan journalist Jose Zamora was jailed in Guatemala City in 2022. The UN has determined that Zamora's detention is arbitrary and called for his release.",
			[]string{"GTMGOV→GTMMED 17 asserted", "GTMGOV→GTMMED 17 asserted", "IGOUNO→GTMGOV 10 asserted"}},
		{"after a verb's object nominal", "Kenya condemned the Ugandan attack on Lamu and demanded compensation from Uganda.",
			[]string{"KEN→UGA 10 asserted", "KEN→UGA 11 asserted", "UGA→KEN 19 asserted"}},
		{"release of a pronoun's person", "Guatemalan journalist Jose Zamora was jailed in Guatemala City in 2022. The UN called for his release.",
			[]string{"GTMGOV→GTMMED 17 asserted", "IGOUNO→GTMGOV 10 asserted"}},
		// the person "her" stands for is an official: no jailers
		{"release of an official", "Guatemala's president Bernardo Arevalo met the UN chief. He called for her release.",
			[]string{"GTMGOV→- 10 asserted", "GTMGOV→IGOUNO 04 asserted"}},
		// the person named two sentences back is not "his"
		{"release of a person named long before", "American journalist Evan Gershkovich was jailed in Russia. Russian courts refused bail. The UN called for his release.",
			[]string{"IGOUNO→- 10 asserted", "RUSGOV→USAMED 17 asserted"}},
	})
}

// An uncoded person's apposition names whom the person acts for only
// through a role: "a spokesman for the ministry", "a member of
// parliament"; never through a relation ("a close ally of Putin", "the son
// of X"). A state force reporting force used on armed groups reports its
// own act.
func TestCoder_AppositionAndReporterAgents(t *testing.T) {
	runArgCases(t, []argCase{
		{"ally of", "Nenad Stevandic, a close ally of Putin, criticized Ukraine on Monday.", nil},
		{"critic of", "Ivan Petrov, a fierce critic of Putin, criticized Ukraine on Monday.", nil},
		{"son of", "The son of Putin criticized Ukraine on Monday.", nil},
		{"spokesman for", "Ivan Petrov, a spokesman for the Russian foreign ministry, criticized Ukraine on Monday.",
			[]string{"RUSGOV→UKR 11 asserted"}},
		{"member of", "Ivan Petrov, a member of the Russian parliament, criticized Ukraine on Monday.",
			[]string{"RUSLEG→UKR 11 asserted"}},
		{"army reports militants killed", "The Nigerian army said ten Boko Haram fighters were killed on Monday.",
			[]string{"NGAMIL→NGAREBBKH 19 reported"}},
		{"police report militants arrested", "Nigerian police said five suspected militants were arrested in Maiduguri.",
			[]string{"NGACOP→NGAREB 17 reported"}},
		{"army reports its own soldiers killed", "The Nigerian army said ten soldiers were killed on Monday.", nil}, // a toll: no act of its own
		{"armed group reports soldiers killed", "Boko Haram said ten Nigerian soldiers were killed on Monday.", nil},
		{"rights group reports militants killed", "Amnesty International said ten Boko Haram fighters were killed on Monday.", nil},
		{"named agent first", "The Nigerian army said ten Boko Haram fighters were killed by Chadian troops on Monday.",
			[]string{"TCDMIL→NGAREBBKH 19 reported"}},
	})
}

// A clause coordinated with its own subject ("and Syria is taxing …")
// ends a control verb's complement and the search for an implicit
// target: its subject is no party to the act before.
func TestCoder_CoordinatedClauseEndsTargetSearch(t *testing.T) {
	runArgCases(t, []argCase{
		{"pledge before a coordinated clause", "China, Iran, and Russia have pledged funds and Syria is taxing certain goods.", nil},
		{"control complement ends", "Russia pledged to send troops and Ukraine attacked Belarus.",
			[]string{"UKR→BLR 19 asserted"}},
		{"objects joined by and", "Russia pledged support to Syria and Iran.",
			[]string{"RUS→IRN 03 asserted", "RUS→SYR 03 asserted"}},
		{"complement objects joined by and", "Russia pledged to help Syria and Iran rebuild.",
			[]string{"RUS→IRN 03 asserted", "RUS→SYR 03 asserted"}},
	})
}

// Schoolchildren are civilians of the place they are in: victims of
// force, no actors of their own.
func TestCoder_SchoolchildrenAreCivilians(t *testing.T) {
	runArgCases(t, []argCase{
		{"abducted pupils", "Gunmen attacked a school and abducted dozens of pupils in Kaduna, Nigeria.",
			[]string{"NGAREB→NGACVL 18 asserted", "NGAREB→NGACVL 19 asserted"}},
		{"freed schoolgirls", "More than 270 schoolgirls kidnapped in northwestern Zamfara state in Nigeria were freed by their captors on Tuesday.",
			[]string{"NGACRM→NGACVL 08 asserted"}},
		{"pupils doing nothing to anyone", "Pupils returned to school in Kaduna, Nigeria, on Monday.", nil},
	})
}

// "the allegation" that a rejection or denial answers with no accuser
// named is the charge reported last: its accuser is the target, a few
// sentences back at most.
func TestCoder_DefiniteChargeAnswersLastAccuser(t *testing.T) {
	runArgCases(t, []argCase{
		{"accusation before", "Pakistan accused Afghanistan of sheltering militants on Tuesday. The attack killed twenty people. Afghan spokesman Abdul Balkhi rejected the allegation on Wednesday.",
			[]string{"AFGGOV→PAK 12 asserted", "AFGREB→AFGCVL 18 asserted", "PAK→AFG 11 asserted"}},
		{"possessed charge before", "Kabul rejected Islamabad's claims on Monday. On Tuesday Afghanistan's defence ministry again denied the allegations.",
			[]string{"AFGGOV→PAKGOV 12 asserted", "AFGGOV→PAKGOV 12 asserted"}},
		{"indefinite charge", "Pakistan accused Afghanistan of sheltering militants on Tuesday. Afghan spokesman Abdul Balkhi rejected allegations of corruption on Wednesday.",
			[]string{"AFGGOV→- 12 asserted", "PAK→AFG 11 asserted"}},
		{"the accuser's own side", "Pakistan accused Afghanistan of sheltering militants on Tuesday. Pakistani officials rejected the allegation on Wednesday.",
			[]string{"PAKGOV→- 12 asserted", "PAK→AFG 11 asserted"}},
		// a coded charge against the rejecter's party is answered however
		// far back; an accuser only named is not looked for past six sentences
		{"coded charge far back", "Pakistan accused Afghanistan of sheltering militants. The talks failed. The border closed. Trade fell. Prices rose. Schools shut. Fuel ran out. Afghan spokesman Abdul Balkhi rejected the allegation.",
			[]string{"AFGGOV→PAK 12 asserted", "PAK→AFG 11 asserted"}},
		{"named accuser too far back", "A minister repeated Islamabad's assertion about the camps. The talks failed. The border closed. Trade fell. Prices rose. Schools shut. Fuel ran out. Afghan spokesman Abdul Balkhi rejected the allegation.",
			[]string{"AFGGOV→- 12 asserted"}},
	})
}

// A finite past verb after "and" cannot join a control verb's
// infinitive ("urged X to reconsider and spoke with Y"): it is the main
// clause's, with its subject and outside the urged content; a bare verb
// stays in the complement.
func TestCoder_FiniteConjunctAfterInfinitive(t *testing.T) {
	runArgCases(t, []argCase{
		{"finite conjunct", "Peru urged Chile to reconsider and spoke with Bolivia on Monday.",
			[]string{"PER→BOL 04 asserted", "PER→CHL 10 asserted"}},
		{"bare conjunct stays in the complement", "Peru urged Chile to reconsider and speak with Bolivia.",
			[]string{"PER→CHL 10 asserted"}},
		{"no infinitive: to a place", "Peruvian troops laid siege to a town and later met Bolivian officers.",
			[]string{"PERMIL→BOLMIL 04 asserted"}},
	})
}

// Cooperative wordings of ordinary news: welcoming news that an actor
// acted, taking part in a meeting, acting in coordination with someone,
// backing a call, easing tariffs, praising a withdrawal.
func TestCoder_CooperativeWordings(t *testing.T) {
	runArgCases(t, []argCase{
		{"welcomed news that X acted", "Chilean senators welcomed the announcement that Peru had released the fishermen.",
			[]string{"CHLLEG→PER 05 asserted"}},
		{"welcomed news with no actor", "Chilean senators welcomed the announcement that the rains had ended.", nil},
		{"took part in talks with", "Peru took part in talks with Bolivia on Monday.", []string{"PER→BOL 04 asserted"}},
		{"participated in a meeting", "Bolivia's foreign minister participated in the meeting.", []string{"BOLGOV→- 04 asserted"}},
		{"participated in protests is no meeting", "Bolivian students participated in protests against Peru.", nil},
		{"in coordination with", "Peruvian troops patrolled the border in coordination with the Bolivian army.",
			[]string{"PERMIL→BOLMIL 06 asserted"}},
		{"backed a call", "Chile and Bolivia backed the call on Monday.", []string{"BOL→- 05 asserted", "CHL→- 05 asserted"}},
		{"backed a proposal by X", "Chile endorsed the proposal by Peru to cut tariffs.", []string{"CHL→PER 05 asserted"}},
		{"delayed tariffs", "Peru delayed the tariffs on Chile for four weeks.", []string{"PER→CHL 08 asserted"}},
		{"exempted from duties", "Peru exempted Chile from the new duties.", []string{"PER→CHL 08 asserted"}},
		{"delayed a hearing is no easing", "The court delayed the hearing on Chile's request.", nil},
		{"praised a withdrawal of troops", "Chile praised the withdrawal of Peruvian troops.", []string{"CHL→PERMIL 05 asserted"}},
		{"praised a withdrawal from a place", "Chile praised the withdrawal from the border zone.", nil},
		{"backed troops is no call", "Chile backed the reforms on Monday.", nil},
	})
}

// TestCoder_ConjunctBeforeInfinitive checks that an infinitive's "to" after
// the last conjunct of a compound object keeps that conjunct in the
// compound, while a finite verb after it still opens a new clause.
func TestCoder_ConjunctBeforeInfinitive(t *testing.T) {
	checkEventTable(t, []eventCase{
		{"Kenya urged Uganda, Tanzania and Rwanda to reopen the border.",
			[]string{"100 KEN UGA asserted", "100 KEN TZA asserted", "100 KEN RWA asserted"}},
		{"Kenya imposed tariffs on Uganda and Rwanda to punish them.",
			[]string{"163 KEN UGA asserted", "163 KEN RWA asserted"}},
		{"Kenya imposed tariffs on Uganda and Rwanda will respond.", []string{"163 KEN UGA asserted"}},
	})
}

// An -ing verb whose object pronoun stands for the actor right before it
// ("sent a letter to X urging them to …") urges X: X is never its
// subject, also when the writer is uncoded.
func TestCoder_PronounAntecedentNoSubject(t *testing.T) {
	runArgCases(t, []argCase{
		{"uncoded writer, conjoined addressee", "Some farmers sent separate letters last Friday to the Interior and Trade ministries urging them to reconsider.", nil},
		{"uncoded writer, of-phrase addressee", "A group of farmers sent a letter to the board of directors of the Kenyan central bank urging them to reconsider.", nil},
		{"coded writer", "Kenyan opposition leaders sent a letter to the Kenyan parliament urging them to reconsider.", []string{"KENOPP→- 10 asserted"}},
		{"direct object addressee", "Kenyan opposition leaders met the Kenyan parliament urging them to reconsider.",
			[]string{"KENOPP→- 10 asserted", "KENOPP→KENLEG 04 asserted"}},
		// (an actor opening the clause stays the subject: a headline)
		{"subject right before", "Kenyan lawmakers urging them to reconsider.", []string{"KENLEG→- 10 asserted"}},
	})
}

// A count opening a clause ("thousands of X took to the streets") is
// headed by X: X is the subject, not an earlier clause's actor; a count
// after a verb or "and" stays an object.
func TestCoder_CountHeadSubject(t *testing.T) {
	runArgCases(t, []argCase{
		{"tens of thousands after as", "Three people died in Nairobi as tens of thousands of Kenyan protesters took to the streets.",
			[]string{"KENOPP→KENGOV 14 asserted"}},
		{"hundreds after as", "Three people died in Nairobi as hundreds of Kenyan soldiers attacked the rebels.",
			[]string{"KENMIL→KENREB 19 asserted"}},
		{"count as an object", "The Kenyan leader who has admitted having two wives and dozens of children was arrested on Wednesday.",
			[]string{"KENCOP→KENGOV 17 asserted"}},
	})
}

// A company named after "a"/"an" is its product ("struck by a grey Toyota
// Camry"): no party to an act; the company itself and its staff stay.
func TestCoder_ProductNoAgent(t *testing.T) {
	runArgCases(t, []argCase{
		{"car with modifier", "Kenyan police said a woman was struck by a grey Toyota Camry in Nairobi.", nil},
		{"car with model", "A Kenyan activist was struck by a Volvo truck in Nairobi.", nil},
		{"company", "Toyota sued the Kenyan government.", []string{"JPNBUS→KENGOV 11 asserted"}},
		{"company spokesman", "A Toyota spokesman criticized the Kenyan government.", []string{"JPNBUS→KENGOV 11 asserted"}},
	})
}

// Kept from a job, a team or a game with no agent named: an employer's or
// a league's act, no state's; kept from parliament or an election: the
// state's.
func TestCoder_PrivateSanction(t *testing.T) {
	runArgCases(t, []argCase{
		{"job", "A Kenyan nurse was suspended from her job in Nairobi.", nil},
		{"game", "Quarterback John Doe was suspended from the Alamo Bowl in Kenya.", nil},
		{"parliament", "The Kenyan lawmaker was suspended from parliament for two weeks.", []string{"KENGOV→KENLEG 17 asserted"}},
		{"election", "Kenyan opposition leader Raila Odinga was banned from the election.", []string{"KENGOV→KENOPP 17 asserted"}},
	})
}

// An event word right before a staff noun only names its field ("bomb
// squad technician", "bomb experts"); after a modal or "to" it stays a
// verb with its object ("will sanction experts").
func TestCoder_StaffModifier(t *testing.T) {
	runArgCases(t, []argCase{
		{"bomb squad", "A Kenyan police bomb squad technician was killed in Nairobi.", nil},
		{"bomb experts", "Kenyan police bomb experts examined the car.", nil},
		{"verb", "Kenyan jets bombed the rebels.", []string{"KEN→KENREB 19 asserted"}},
		{"verb after a modal", "Kenya will sanction experts who helped the rebels.", []string{"KENEDU→KENREB 07 asserted", "KEN→KENEDU 17 planned"}},
	})
}

// "Anybody"/"everyone" as the subject states what happens in general: no
// act; a man or somebody arrested is one.
func TestCoder_AnyoneSubject(t *testing.T) {
	runArgCases(t, []argCase{
		{"anybody", "The Kenyan coach said: “Anytime anybody's arrested in Nairobi, I get very disappointed.”", nil},
		{"everyone", "Kenyan police said everyone was arrested in Nairobi.", nil},
		{"a man", "Kenyan police said a man was arrested in Nairobi.", []string{"KENGOV→KENCVL 17 reported"}},
		{"somebody", "Kenyan police said somebody was arrested in Nairobi.", []string{"KENGOV→KENCVL 17 reported"}},
	})
}
