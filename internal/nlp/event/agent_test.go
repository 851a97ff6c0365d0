package event_test

import "testing"

// The agents of acts of violence named outside the clause: a definite
// attack noun that refers back to an attack coded before, an operation an
// actor modifier names, and an attack subject after a time adjunct.
func TestCoder_ReferringAttackAgents(t *testing.T) {
	runArgCases(t, []argCase{
		// "the strikes" are the ones Israel launched
		{"definite attack subject after its agent's attack", "Israel launched strikes on Gaza. The strikes killed 20 Palestinians.",
			[]string{"ISR→PSE 19 asserted", "ISR→PSE 19 asserted"}},
		// two parties attacked: "the strikes" is no one's
		// of two attackers, the one whose act the noun names
		{"the attacker by the noun", "Israel launched strikes on Gaza on Monday. Hamas fired rockets at Israel. The strikes killed 20 Palestinians.",
			[]string{"ISR→PSE 19 asserted", "ISR→PSE 19 asserted", "PSEREBHMS→ISR 19 asserted"}},
		{"two attackers compete", "Israel attacked Gaza on Monday. Egypt attacked Libya. The attacks killed 20 people.",
			[]string{"EGY→LBY 19 asserted", "ISR→PSE 19 asserted"}},
		// an indefinite attack does not refer back
		{"indefinite attack subject", "Israel launched strikes on Gaza. An airstrike killed 20 Palestinians.",
			[]string{"ISR→PSE 19 asserted"}},
		// "in the airstrike": the airstrike coded before
		{"passive in the definite attack", "Israel launched an airstrike on Gaza on Monday. Two Hamas commanders were also killed in the airstrike.",
			[]string{"ISR→PSE 19 asserted", "ISR→PSEREBHMS 19 asserted"}},
		{"passive in an indefinite attack", "Israel launched an airstrike on Gaza on Monday. Two Hamas commanders were also killed in an airstrike.",
			[]string{"ISR→PSE 19 asserted"}},
		// an operation an actor modifier names is the actor's
		{"operation of a named actor", "Five Taliban fighters were killed in a Pakistani military operation.",
			[]string{"PAKMIL→AFGREBTAL 19 asserted"}},
		{"operation of no named actor", "Five Taliban fighters were killed in an operation in Pakistan.", nil},
		// "The attack, in 2009, killed": over the time adjunct to the attack
		{"attack subject before a time adjunct", "Al-Shabab has carried out many attacks in Somalia. The single biggest attack, in 2009, killed at least 25 people.",
			[]string{"SOMREBSHB→SOMCVL 18 asserted", "SOMREBSHB→SOMCVL 19 asserted"}},
		{"no attack before the time adjunct", "Al-Shabab has carried out many attacks in Somalia. The biggest flood, in 2009, killed at least 25 people.",
			[]string{"SOMREBSHB→SOMCVL 19 asserted"}},
	})
}

// A nominal state act on a named patient with no agent is the patient's
// state's, as the agentless passive is; not a foreigner's, whom another
// state may hold, nor one the article already coded.
func TestCoder_NominalStateAgent(t *testing.T) {
	runArgCases(t, []argCase{
		{"arrest of a person", "Zimbabwe's lawyers said the arrest of Blessed Mhlanga sent a chilling message.",
			[]string{"ZWEGOV→ZWECVL 17 asserted"}},
		{"detention of counted men", "The detention of twelve men at Belmarsh prison in London was unlawful, British lawyers said.",
			[]string{"GBRGOV→GBRCVL 17 asserted"}},
		// the agent named before the noun is kept
		{"announced arrest keeps its agent", "Zimbabwe police announced the arrest of Blessed Mhlanga.",
			[]string{"ZWECOP→ZWECVL 17 asserted"}},
		// the noun refers back to the arrest coded before
		{"arrest coded before", "Police in Harare arrested Blessed Mhlanga on Monday. Lawyers said the arrest of Blessed Mhlanga sent a chilling message.",
			[]string{"ZWECOP→ZWECVL 17 asserted"}},
		{"a foreigner's arrest", "The recent arrest of Palestinian activist Mahmoud Khalil in New York has prompted questions in the United States about free speech.", nil},
	})
}

// A named armed group's force against its own country is an event
// against that country (not dropped as an actor acting on itself); a
// group noun given the article's country is not ("terrorists"), nor a
// country named outside the pattern's target slot.
func TestCoder_InsurgentTarget(t *testing.T) {
	runArgCases(t, []argCase{
		{"armed group attacks a city of its country", "Houthi rebels attacked Sanaa on Monday.",
			[]string{"YEMREBHTH→YEM 19 asserted"}},
		{"armed group seizes its country", "The Taliban seized control of Afghanistan in 2021.",
			[]string{"AFGREBTAL→AFG 19 asserted"}},
		{"armed group threatens its country", "The Pakistani Taliban threatened Pakistan with more attacks.",
			[]string{"PAKREBTTP→PAK 13 asserted"}},
		{"armed group praises its country", "Houthi rebels praised Yemen.", nil},
		{"a place outside the target slot", "The Taliban said they had barred him from the country.", nil},
	})
}

// "they" after a plural body subject (by its head noun or its verb)
// stands for it.
func TestCoder_TheyAfterPluralBody(t *testing.T) {
	runArgCases(t, []argCase{
		{"plural head noun", "Houthi rebels said they attacked Sanaa on Monday.",
			[]string{"YEMREBHTH→YEM 19 reported"}},
		{"plural verb", "The Taliban have ruled harshly since they seized control of Afghanistan in 2021.",
			[]string{"AFGREBTAL→AFG 19 asserted"}},
		{"singular body", "The Kenyan parliament debated the bill before they attacked the Somali government.", nil},
	})
}

// A pair anaphor whose antecedent is not coordinated with its partner
// stands for the two actors of its kind named just before.
func TestCoder_PairPartner(t *testing.T) {
	runArgCases(t, []argCase{
		{"two leaders named apart", "Indian Prime Minister Narendra Modi met Mauritius Prime Minister Navinchandra Ramgoolam on Tuesday. The two leaders signed eight pacts.",
			[]string{"INDGOV→MUSGOV 04 asserted", "INDGOV→MUSGOV 05 asserted"}},
		{"two countries named apart", "Kenya accused Somalia of violating its border. The two countries agreed to hold talks.",
			[]string{"KEN→SOM 03 asserted", "KEN→SOM 11 asserted"}},
		// four countries before: no one pair
		{"more than two countries", "Kenya accused Somalia of violating its border, and Ethiopia criticized Eritrea. The two countries agreed to hold talks.",
			[]string{"ETH→ERI 11 reported", "KEN→SOM 11 asserted"}},
	})
}

// An uncoded person is the target of a state force's violence, as of a
// legal act; not of anyone else's (too often misread).
func TestCoder_ForcePersonTarget(t *testing.T) {
	runArgCases(t, []argCase{
		{"police shooting of a person", "The police shooting of Jacob Blake in Kenosha, Wisconsin led to protests.",
			[]string{"USACOP→USACVL 19 asserted"}},
		{"police shot a person", "Kenyan police shot Brian Otieno in Nairobi on Monday.",
			[]string{"KENCOP→KENCVL 19 asserted"}},
		{"a gunman shot a person", "A gunman shot Brian Otieno in Nairobi on Monday.", nil},
		{"a court battle with a person", "Senator Rosa Brown won a court battle with Mrs Quinn in London.", nil},
	})
}

// An agentless past passive of violence on a thing or site strikes the
// country where it happened, by the agent of the violence just before,
// else by someone unknown; not with competing agents before, nor a
// present generic passive.
func TestCoder_ThingPatient(t *testing.T) {
	runArgCases(t, []argCase{
		{"a site attacked by someone unnamed", "A hotel in Mogadishu was attacked on Tuesday.",
			[]string{"-→SOM 18 asserted"}},
		{"the agent of the attack before", "Al-Shabab fighters stormed a hotel in Mogadishu on Tuesday. The hotel was attacked at dawn.",
			[]string{"SOMREBSHB→SOM 19 asserted", "SOMREBSHB→SOMCVL 19 asserted"}},
		{"competing agents before", "Israel attacked Gaza. Hamas attacked Israel. A hotel in Gaza was attacked on Tuesday.",
			[]string{"ISR→PSE 19 asserted", "PSEREBHMS→ISR 19 asserted"}},
		{"a generic present passive", "Schools are attacked in Nigeria every year.", nil},
		{"damage is no attack", "A hotel in Mogadishu was damaged on Tuesday.", nil},
	})
}

// An agentless passive release is the act of whoever held the party: the
// source of the arrest or abduction coded before on the same party; with
// none, a bare release names no one.
func TestCoder_ReleaseHolder(t *testing.T) {
	runArgCases(t, []argCase{
		{"released after an arrest", "Kenyan opposition leader Raila Odinga was arrested in Nairobi on Monday. He was released on Friday.",
			[]string{"KENGOV→KENOPP 08 asserted", "KENGOV→KENOPP 17 asserted"}},
		{"freed after an abduction", "Kenyan activist Boniface Mwangi was abducted by gunmen on Monday. He was freed on Friday.",
			[]string{"KENREB→KENOPP 08 asserted", "KENREB→KENOPP 18 asserted"}},
		{"released with no holder", "Kenyan opposition leader Raila Odinga was released on Friday.", nil},
		{"another party released", "Kenyan opposition leader Raila Odinga was arrested in Nairobi on Monday. Kenyan activist Boniface Mwangi was released on Friday.",
			[]string{"KENGOV→KENOPP 17 asserted"}},
		{"a report released", "The Kenyan report was released on Friday.", nil},
	})
}

// "caught" as an arrest: an agentless passive on the article's people
// (also a pronoun's), "rearrested"; not caught in the act, in a storm, a
// generic present, a catch of fish or soldiers captured in war.
func TestCoder_StateCaught(t *testing.T) {
	runArgCases(t, []argCase{
		{"rearrested", "Kenyan activist Boniface Mwangi was rearrested on Friday.",
			[]string{"KENGOV→KENOPP 17 asserted"}},
		{"caught and back in custody", "Haiti's prison chief spoke in Port-au-Prince on Friday. Sixty of those who escaped have been caught and are back in custody.",
			[]string{"HTIGOV→HTICVL 17 asserted"}},
		{"caught by guards", "Haiti's prison chief spoke in Port-au-Prince on Friday. Haitian activist Wilson Dorval was caught by prison guards.",
			[]string{"HTICOP→HTIOPP 17 asserted"}},
		{"caught in a storm", "Haiti's prison chief spoke in Port-au-Prince on Friday. Sixty of those who escaped have been caught in the storm.", nil},
		{"caught in the act", "Three Kenyan councillors were caught running a vote-buying scheme.", nil},
		{"generic present", "Kenyan drivers who are caught pay heavy fines.", nil},
		{"a catch of fish", "Haiti's prison chief spoke in Port-au-Prince on Friday. Fishermen caught sixty tonnes of fish.", nil},
		{"soldiers captured in war", "Kenya's president spoke in Nairobi on Friday. Five Ugandan soldiers were caught.", nil},
	})
}

// Prison guards are the state's police: a prisoners' gunfight with them
// is a clash of the country's people with its police.
func TestCoder_PrisonClash(t *testing.T) {
	runArgCases(t, []argCase{
		{"prisoners exchange gunfire with guards", "Haiti's prison chief spoke in Port-au-Prince on Friday. A group of armed prisoners exchanged gunfire with guards.",
			[]string{"HTICVL→HTICOP 19 asserted"}},
		{"prisoners exchange letters with guards", "Haiti's prison chief spoke in Port-au-Prince on Friday. A group of prisoners exchanged letters with guards.", nil},
	})
}

// An agentless deportation is not the deportees' own state's: when the
// article's country is theirs, the state that deported or held them before.
func TestCoder_ForeignDeporter(t *testing.T) {
	runArgCases(t, []argCase{
		{"deported after a foreign state's deportation", "Thailand deported 40 Uyghurs to China last month. China said more Chinese migrants will be deported soon.",
			[]string{"THAGOV→CHNCVL 17 planned", "THA→CHN 17 asserted"}},
		{"deported with no foreign state before", "China said more Chinese migrants will be deported soon.",
			[]string{"CHNGOV→CHNCVL 17 planned"}},
	})
}

// An acquittal is a court's act (08); agentless, the state's.
func TestCoder_Acquittal(t *testing.T) {
	runArgCases(t, []argCase{
		{"court acquits", "A Pakistani court acquitted cleric Abdul Qawi on Monday.", []string{"PAKJUD→PAKREL 08 asserted"}},
		{"agentless acquittal", "Pakistani cleric Abdul Qawi was acquitted on Monday.", []string{"PAKGOV→PAKREL 08 asserted"}},
		{"acquitted himself well", "Pakistani cleric Abdul Qawi acquitted himself well in the debate.", nil},
	})
}

// Pardons and extraditions with no agent named: the state's, a pardon
// only for the article's own people, an extradition only when the
// destination is another state.
func TestCoder_AgentlessPardonExtradition(t *testing.T) {
	runArgCases(t, []argCase{
		{"home pardon", "Kenya's president spoke in Nairobi on Friday. Kenyan activist Boniface Mwangi was pardoned on Friday.",
			[]string{"KENGOV→KENOPP 05 asserted"}},
		{"foreigner pardoned", "Kenya's president spoke in Nairobi on Friday. Ugandan activist Kizza Besigye was pardoned on Friday.", nil},
		{"extradited abroad", "Kenya's president spoke in Nairobi on Friday. Kenyan businessman Boniface Mwangi was extradited to the United States on Friday.",
			[]string{"KENGOV→USA 06 asserted"}},
		{"extradited to the article's country", "Kenya's president spoke in Nairobi on Friday. Ugandan activist Kizza Besigye was extradited to Kenya on Friday.", nil},
		{"inmates clash with guards", "Haitian inmates clashed with guards at the prison on Monday.",
			[]string{"HTICVL→HTICOP 19 asserted"}},
	})
}

// "X is on trial", "X stood trial": tried by X's state (115); before a
// named body, by that body; an uncoded thing "on trial" is no event.
func TestCoder_OnTrial(t *testing.T) {
	runArgCases(t, []argCase{
		{"went on trial", "Turkey's president spoke in Ankara on Friday. Turkish journalist Can Dundar went on trial on Monday.",
			[]string{"TURGOV→TURMED 11 asserted"}},
		{"stood trial", "Turkey's president spoke in Ankara on Friday. Turkish journalist Can Dundar stood trial last year.",
			[]string{"TURGOV→TURMED 11 asserted"}},
		// before a named body, that body tries the subject (as "faces trial in the Senate")
		{"on trial in the Senate", "The U.S. president spoke on Friday. Trump is on trial in the Senate.",
			[]string{"USALEG→USAGOV 11 asserted"}},
		{"a thing on trial", "Turkey's president spoke in Ankara on Friday. The Turkish system of justice is on trial.", nil},
	})
}

// A sentence-opening "In <place>," frames the acts after it: the state
// that sentences an uncoded person there, over a place named in between;
// a place that does not open the sentence so does not.
func TestCoder_OpeningPlace(t *testing.T) {
	runArgCases(t, []argCase{
		{"opening place over a place in between", "Uganda's president spoke in Kampala on Friday. In Kenya, which claims sovereignty over parts of Uganda, protests are legal, but last year an author was sentenced to ten years in prison.",
			[]string{"KENGOV→KENCVL 17 asserted"}},
		{"opening place with a modifier", "Uganda's president spoke in Kampala on Friday. In western Kenya, near Uganda, protests are legal, but last year an author was sentenced to ten years in prison.",
			[]string{"KENGOV→KENCVL 17 asserted"}},
		{"no opening place", "Uganda's president spoke in Kampala on Friday. Kenya, which claims sovereignty over parts of Uganda, is calm, but last year an author was sentenced to ten years in prison.",
			[]string{"UGAGOV→UGACVL 17 asserted"}},
	})
}

// Sent to prison, placed under house arrest, remanded in custody: with no
// agent named, the state's; other sendings and placings are none.
func TestCoder_AgentlessCustody(t *testing.T) {
	runArgCases(t, []argCase{
		{"sent to prison", "Kenya's president spoke in Nairobi on Friday. Kenyan activist Boniface Mwangi was sent to prison.",
			[]string{"KENGOV→KENOPP 17 asserted"}},
		{"placed under house arrest", "Kenya's president spoke in Nairobi on Friday. Kenyan activist Boniface Mwangi was placed under house arrest.",
			[]string{"KENGOV→KENOPP 17 asserted"}},
		{"remanded in custody", "Kenya's president spoke in Nairobi on Friday. Kenyan activist Boniface Mwangi was remanded in custody.",
			[]string{"KENGOV→KENOPP 17 asserted"}},
		{"aid sent to prison officials", "Kenya's president spoke in Nairobi on Friday. Kenya sent aid to prison officials in Uganda.", nil},
		{"placed under pressure", "Kenya's president spoke in Nairobi on Friday. Kenyan activist Boniface Mwangi was placed under pressure.", nil},
	})
}

// A nominal release is the holder's too, when the text named one.
func TestCoder_NominalReleaseHolder(t *testing.T) {
	runArgCases(t, []argCase{
		{"release of after an arrest", "Kenyan activist Boniface Mwangi was arrested on Monday. The release of Boniface Mwangi on Friday surprised his lawyers.",
			[]string{"KENGOV→KENOPP 08 asserted", "KENGOV→KENOPP 17 asserted"}},
		{"possessive release after an arrest", "Kenyan activist Boniface Mwangi was arrested on Monday. Mwangi's release on Friday surprised his lawyers.",
			[]string{"KENGOV→KENOPP 08 asserted", "KENGOV→KENOPP 17 asserted"}},
		{"release with no holder", "The release of Kenyan activist Boniface Mwangi on Friday surprised his lawyers.", nil},
		{"a company's release", "Kenya's Safaricom was fined on Monday. Safaricom's release of its results surprised investors.", nil},
	})
}

// A victim of a fight "with X" was struck by X, the other side; not by
// his own side, and not in a crash or a battle with an illness.
func TestCoder_BattleAgent(t *testing.T) {
	runArgCases(t, []argCase{
		{"killed in clashes with militants", "Two Kenyan police officers were killed in clashes with al-Shabab militants on Friday.",
			[]string{"SOMREBSHB→KENCOP 19 asserted"}},
		{"killed in clashes with their own side", "Two Kenyan police officers were killed in clashes with other police officers on Friday.", nil},
		{"killed in a crash", "Two Kenyan police officers were killed in a car crash with a Ugandan army truck on Friday.", nil},
	})
}

// An agentless state act on a foreigner (another country's party than the
// article's) with no place named is left uncoded: the acting state may be
// the article's, not the patient's own; with a place, that place's state;
// in an article not clearly set in one country (named by places twice),
// the patient's own state as before.
func TestCoder_ForeignPatient(t *testing.T) {
	runArgCases(t, []argCase{
		{"home patient", "Belarus's president spoke in Minsk on Friday about protests across Belarus. Belarusian journalist Ihar Losik was arrested on Monday.",
			[]string{"BLRGOV→BLRMED 17 asserted"}},
		{"foreign patient, no place", "Belarus's president spoke in Minsk on Friday about protests across Belarus. Russian journalist Ivan Petrov was arrested on Monday.", nil},
		{"foreign patient, placed", "Belarus's president spoke in Minsk on Friday about protests across Belarus. Russian journalist Ivan Petrov was arrested in Minsk on Monday.",
			[]string{"BLRGOV→RUSMED 17 asserted"}},
		{"article set in no one country", "Belarus's president spoke in Minsk on Friday. Russian journalist Ivan Petrov was arrested on Monday.",
			[]string{"RUSGOV→RUSMED 17 asserted"}},
	})
}
