package place

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/vocab.txt
var vocabTXT string

// vocab returns the lower-case English vocabulary of data/vocab.txt,
// built on first use.
var vocab = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 16384)
	for line := range strings.Lines(vocabTXT) {
		line = strings.TrimRight(line, "\r\n")
		if line != "" && line[0] != '#' {
			m[line] = true
		}
	}
	return m
})

//go:embed data/territories.tsv
var territoriesTSV string

// territories holds the alpha-3 codes of dependent territories (data/
// territories.tsv): sub-national lands, places whatever their syntax.
var territories = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 64)
	for line := range strings.Lines(territoriesTSV) {
		if line == "" || line[0] == '#' {
			continue
		}
		code, _, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		m[code] = true
	}
	return m
})

//go:embed data/common.tsv
var commonTSV string

// commonWords maps lower-case words that are also place names to whether
// they are strong (skipped even when capitalised mid-sentence) or weak
// (skipped only at the start of a sentence). See data/common.tsv.
var commonWords = parseCommon(commonTSV)

func parseCommon(s string) map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		w, flag, _ := strings.Cut(line, "\t")
		m[w] = flag == "S"
	}
	for _, w := range strings.Fields(functionWords + " " + calendarWords + " " + otherWords) {
		m[w] = true
	}
	return m
}

// neverPlace holds the function, calendar and institution words, which
// are not place names even after "in" ("in May", "in Congress").
var neverPlace = set(functionWords + " " + calendarWords + " " + otherWords)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// setSpaced is set with '_' in the words read as a space.
func setSpaced(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// functionWords and calendarWords are never place names when
// capitalised: sentence starts, headlines, dates.
const (
	functionWords = `a an the this that these those and or but nor so yet if then than as at by for from in into of on onto to with
	without within about above across after against along among around before behind below beneath beside between beyond
	during except inside near off out outside over past since through throughout toward towards under until up upon via
	i you he she it we they me him her us them my your his its our their what which who whom whose when where why how
	all any both each every few more most other some such no not only own same too very can will just should now
	is are was were be been being have has had do does did would could may might must shall also however meanwhile
	there here while although though because unless whether yes still even well once again already`
	// otherWords are capitalised words that name institutions, groups,
	// languages, holidays or news agencies rather than places.
	otherWords = `city university council street congress commerce christmas easter liberal liberals conservative
	conservatives democrat democrats republican republicans god jesus church school college court department house
	senate assembly parliament government arab arabs english latino latinos hispanic jewish muslim muslims christian
	christians kurdish kurd kurds sunni sunnis shia shiite shiites asian asians african africans western eastern
	northern southern xinhua reuters interfax tass afp bloomberg ria sputnik internet bible koran quran islam
	catholic protestant orthodox communist socialist national federal state center centre chamber supreme
	continental central north south east west northeast northwest southeast southwest union bank grand metro
	principal marines highways lot beer delta titan duma olympic olympics superior roman dari pashto farsi urdu hindi swahili
	amharic tigrinya hausa honda toyota nissan chevrolet chevy buick cadillac lexus hyundai kia mazda subaru
	volkswagen mercedes bmw audi tesla`
	calendarWords = `jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december today tomorrow yesterday`
)

// titleWords precede a person's name ("President Lincoln", "Gen. Jackson").
var titleWords = set(`president vice prime premier minister secretary senator sen rep representative gov governor mayor king queen
	prince princess general gen col colonel lt sgt capt captain cmdr adm admiral maj major dr mr mrs ms miss judge justice
	pope chancellor ambassador envoy chairman chairwoman chief commissioner sheriff officer deputy councilman councilwoman
	coach pastor rev reverend father sister brother saint sir lord lady dame speaker leader spokesman spokeswoman
	detective trooper sergeant lieutenant corporal private professor prof attorney minister sheikh ayatollah imam rabbi
	st mla mp mpp mha mna msp sultan emir shah tsar czar caliph`)

// institutionNames are buildings and places that stand for institutions;
// dyad treats them as actors, not places.
var institutionNames = setSpaced(`white_house oval_office kremlin pentagon capitol capitol_hill downing_street elysee
	elysée whitehall foggy_bottom number_10 wall_street zhongnanhai quai_d'orsay`)

// shipPrefixes are the navies' and merchant fleets' prefixes before a
// ship's name, as written (upper case only, so "Ins" or "Fs" in a
// heading is no prefix).
var shipPrefixes = set(`USS USNS HMS HMAS HMCS HMNZS INS PNS RFS ROKS JS KRI BRP TCG HNLMS FGS ARA BNS MV RV`)

// eventNames are weather and climate patterns named like towns ("El
// Niño" is a town in Mexico).
var eventNames = setSpaced(`el_nino la_nina`)

// institutionWords after a place name make the name part of an
// institution's whose place is still meant ("the Texas Department of
// Health", "Ohio Supreme Court").
var institutionWords = set(`department university college school court supreme senate house assembly legislature
	association service services commission council coalition guard police board agency authority hospital
	fire forest army national state county city town general attorney medical center centre community public
	chamber museum library airport highway patrol sheriff's sheriff office district region regional republican
	democratic party parks historical society commerce health transportation education corrections
	prison jail airlines railway railroad symphony orchestra zoo port courthouse turnpike marina coroner
	coroner's selectman selectmen selectwoman trooper troopers`)

// facilityWords after a place name make the whole a facility named after
// the place, somewhere else: "Trafalgar Square", "Deakin Street",
// "Griffith Park".
var facilityWords = set(`square street avenue road boulevard lane drive bridge stadium arena mosque cathedral temple
	synagogue plaza tower towers park`)

// settlementWords after a name make it part of a settlement's name:
// "Tennessee Colony", "Ohio Junction", "Ridge Farm".
var settlementWords = set(`colony springs heights junction station mills falls grove landing crossing crossroads corners
	ferry hollow bluff farm`)

// schoolWords after a town's name make the whole an institution that may
// be named after a person as well as after the town: "Lipscomb
// University", "Foley Middle School", "Chapman Valve" (see loneTowns).
var schoolWords = set(`university college school schools academy seminary high middle elementary hospital library museum
	club mill valve market tech`)

// hallWords after a small town's name make the whole a building named
// after a person more often than the town's: "the Webb Center".
var hallWords = set(`center centre memorial theatre theater auditorium pavilion`)

// personNouns after a name make it a person's: "the Obama
// administration", "the Johnson family".
var personNouns = set(`administration campaign family presidency era government cabinet`)

// placeWords may follow a place name inside a longer name without making
// it an organisation's ("Moscow Mayor", "Kharkiv Region").
var placeWords = set(`county parish borough city town village province region oblast state district area mayor governor
	police`)

// locativePreps before a country name make it a place: "in Ukraine",
// "to Ukraine", "across Europe".
var locativePreps = set(`in into inside within to from across throughout through near at toward towards around outside
	via along beyond off over onto en visit visited visiting visits entered enter entering leave left leaving fled flee
	flew fly flying travel traveled travelled traveling travelling arrived arrive arrives returned return returning
	reached reach deployed deploy based born living live lives lived`)

// regionAdjectives before a name that is both a region and its city
// choose the region: "upstate New York", "northern Georgia".
var regionAdjectives = set(`upstate downstate northern southern eastern western northeastern northwestern southeastern
	southwestern north-eastern north-western south-eastern south-western rural`)

// placeModifiers may stand between a preposition and a country name, or
// directly before it, and mark the name as a place: "occupied Ukraine",
// "in eastern Ukraine", "across the whole of Europe".
var placeModifiers = set(`the occupied eastern western northern southern central northeastern northwestern southeastern
	southwestern north south east west rural mainland neighbouring neighboring war-torn annexed liberated free all
	whole much most parts part rest of northeast northwest southeast southwest coastal north-eastern north-western
	south-eastern south-western north-east north-west south-east south-west`)

// partNouns before "of" make the country a place: "parts of Ukraine",
// "the rest of Europe", "more of Ukraine", "the map of Africa"; after any
// other word ("the president of Ukraine", "the backing of India") the
// country is an actor.
var partNouns = set(`part parts rest most much more all whole half third quarter north south east west centre center
	middle heart interior capital city cities town towns village villages region regions province provinces area areas
	territory territories land lands soil pockets pocket swathe swathes swaths corner corners map border borders coast
	coasts edge outskirts countryside streets airspace waters shores map island islands mainland length breadth
	tour tours visit visits trip trips people residents citizens population inhabitants`)

// metonymyNouns after a capital's possessive mark the capital as its
// government: "Moscow's thinking", "Kyiv's position".
var metonymyNouns = set(`thinking position positions stance decision decisions policy policies demand demands response
	offer offers plan plans refusal approach strategy support aims aim goals goal view views proposal proposals
	leadership government officials intentions insistence claims claim objections objection willingness
	reluctance agreement consent intentions calculus warning warnings ambitions interests concerns request
	purchase shift relations ties role actions move moves pressure forces troops military army allies ally leaders
	leader envoy diplomats ambassador sanctions retaliation threat threats behavior behaviour conduct influence
	priorities side annexation invasion offensive aggression campaign regime administration authorities
	trump monitoring`)

// notModifierWords are lower-case words that may follow a country used as
// a noun; any other lower-case word after it makes it a modifier ("US
// envoy", "Ukraine security"), which is not a place.
var notModifierWords = set(`and or but to in on for with by from of as at is was are were has had have will would could
	should can may might must did does do said says say that which who where when since after before during until over
	under last this next earlier later yesterday today tomorrow now again also too itself alone instead late early
	itself only still already then than if while because not how why into its own`)

// stateAbbrevs are the AP abbreviations of US states used after a city
// ("Athens, Ga."), mapped to the GeoNames admin1 code.
var stateAbbrevs = map[string]string{
	"ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE",
	"fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA",
	"md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT",
	"neb": "NE", "nebr": "NE", "nev": "NV", "n.h": "NH", "n.j": "NJ", "n.m": "NM", "n.y": "NY",
	"n.c": "NC", "n.d": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "r.i": "RI", "s.c": "SC",
	"s.d": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "w.va": "WV",
	"wis": "WI", "wyo": "WY", "d.c": "DC", "ida": "ID", "oreg": "OR", "penn": "PA", "wisc": "WI",
	"n.dak": "ND", "s.dak": "SD", "me": "ME",
}

// modifierAbbrevs are the state abbreviations that are no common word or
// title, read as the state before a lower-case noun without a comma or
// preposition ("Mass. legislators"); not "Miss." or "Del.".
var modifierAbbrevs = set(`ala ariz ark calif colo conn fla ga ill ind kan kans mass mich minn mont neb nebr nev okla tenn tex wis wyo`)

// provinceAbbrevs are Canadian province abbreviations used after a city
// ("London, Ont."), mapped to the GeoNames admin1 code.
var provinceAbbrevs = map[string]string{
	"alta": "01", "b.c": "02", "man": "03", "n.b": "04", "nfld": "05", "n.s": "07", "ont": "08",
	"p.e.i": "09", "que": "10", "sask": "11", "n.w.t": "13", "y.t": "12", "nfld. and lab": "05",
}

// postalCodes are the two-letter postal codes of US states and Canadian
// provinces ("Louisville, KY"), mapped to "CC.A1" (GeoNames codes).
var postalCodes = func() map[string]string {
	m := map[string]string{}
	for _, c := range strings.Fields(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
		NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`) {
		m[c] = "US." + c
	}
	for c, a1 := range map[string]string{"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07",
		"ON": "08", "PE": "09", "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"} {
		m[c] = "CA." + a1
	}
	return m
}()
