package when

// The lexicon: every word the recognizer or the tense reader cares about,
// keyed by its lower-cased form. It is built once, at package load, from
// the tables below; a word may carry a time class and a tense cue at once
// ("may" is a month and a modal).

// class is a word's role in time expressions.
type class uint8

const (
	clsNone      class = iota
	clsMonth           // val 1..12; flagAbbr for "aug", "sept"
	clsWeekday         // val 1 (Monday) .. 7 (Sunday); flagPlural for "tuesdays"
	clsNumber          // cardinal number word: val
	clsUnit            // duration unit: val is a unit; flagPlural
	clsSeason          // val is a season
	clsPartOfDay       // val is a part of day
	clsRelDay          // val: -1 yesterday, 0 today, 1 tomorrow, 2 tonight
	clsShift           // last, next, this, past, coming, previous: val is the shift
	clsFuzzy           // now, currently, recently: val is a fuzzy ref
	clsSetAdv          // daily, weekly: val is a unit
	clsZone            // a time zone abbreviation: val indexes zones
	clsEdge            // early, late, mid: val is a mod
	clsApprox          // about, nearly, some: val is a mod
	clsHoliday         // christmas, thanksgiving, easter: val is a holiday
	clsEvery           // every, each
	clsClock           // noon, midnight, midday: val is an hour
	clsCentury         // century, centuries (also a unit)
	clsAgo             // ago, earlier, later, before, after
	clsDecade          // twenties .. nineties: val is the tens digit
	clsLong            // weeklong, yearlong: val is a unit
)

// Entry flags.
const (
	flagAbbr      uint16 = 1 << iota // an abbreviation ("aug", "tues")
	flagPlural                       // a plural form ("years", "tuesdays")
	flagOrd                          // also an ordinal: ord holds its value
	flagTeen                         // a number word that can follow a tens word ("twenty-five")
	flagTens                         // a tens number word ("twenty")
	flagAux                          // a form of be, have, do or a modal
	flagStop                         // a conjunction that ends a clause for tense reading
	flagStopAhead                    // a subordinator that starts a new clause after an expression
	flagKey                          // a word that can start an expression though it has no time class ("the", "a")
	flagBarePast                     // a past tense that is also a present ("hit", "cut")
)

// barePast lists verbs whose past tense is their bare form: with no other
// cue, "Russia hit Kyiv on Tuesday" is a report of the past.
var barePast = []string{"hit", "cut", "put", "shut", "quit", "spread", "cast", "hurt", "let",
	"beat", "read", "split", "burst", "cost", "shed", "upset", "broadcast", "forecast", "struck"}

// keyWords can start an expression without a time class of their own.
var keyWords = []string{"the", "fiscal", "more", "less", "fewer", "at", "up", "end", "beginning",
	"start", "middle", "a", "an", "half", "several", "few", "many", "couple", "dozens", "hundreds",
	"thousands", "q", "h", "fy", "near", "new", "these", "right", "year", "that", "same"}

// cue is a tense cue a word gives to nearby time expressions.
type cue uint8

const (
	cueNone   cue = iota
	cuePast       // a past-tense form or a word that points back
	cueFuture     // a modal, a plan word or a word that points ahead
)

// entry is what the lexicon knows about a word.
type entry struct {
	cls   class
	val   int16
	ord   int8
	flags uint16
	cue   cue
}

// Units of duration.
const (
	unitNone = iota
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitFortnight
	unitMonth
	unitQuarter
	unitYear
	unitDecade
	unitCentury
	unitMillennium
	unitWeekend
)

// Seasons, in TIMEX3 codes order.
var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// Parts of day, in TIMEX3 codes.
var partCodes = [...]string{"", "MO", "MI", "AF", "EV", "NI", "DT"}

// Fuzzy references.
const (
	fuzzyPresent = iota + 1
	fuzzyPast
	fuzzyFuture
)

var fuzzyValues = [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}

// Holidays.
const (
	holChristmas = iota + 1
	holChristmasEve
	holNewYearsDay
	holNewYearsEve
	holThanksgiving
	holEaster
	holHalloween
	holIndependence
	holGoodFriday
	holValentine
	holBoxing
	holMayDay
)

// Shifts for "last", "next", "this".
const (
	shiftLast = -1
	shiftThis = 3 // distinct from 0, which means no shift word
	shiftNext = 1
	shiftPast = -2 // "the past two weeks": a duration reaching back
	shiftNear = 2  // "the coming weeks": a duration reaching ahead
)

// Mods (TIMEX3 mod values).
const (
	modNone = iota
	modStart
	modMid
	modEnd
	modApprox
	modLessThan
	modMoreThan
	modEqualOrLess
	modEqualOrMore
	modBefore
	modAfter
)

var modNames = [...]string{"", "START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "BEFORE", "AFTER"}

// zone is a time zone abbreviation with its UTC offset in minutes.
type zone struct {
	name   string
	offset int
}

// zones lists the zone abbreviations recognized after a time or a date.
// Ambiguous abbreviations take their common news meaning (IST is India,
// CST is US Central).
var zones = []zone{
	{"", 0},
	{"GMT", 0}, {"UTC", 0}, {"BST", 60}, {"CET", 60}, {"CEST", 120},
	{"EET", 120}, {"EEST", 180}, {"MSK", 180}, {"IST", 330}, {"PKT", 300},
	{"ICT", 420}, {"WIB", 420}, {"HKT", 480}, {"SGT", 480}, {"JST", 540}, {"KST", 540},
	{"AWST", 480}, {"ACST", 570}, {"AEST", 600}, {"AEDT", 660}, {"NZST", 720}, {"NZDT", 780},
	{"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300}, {"MST", -420},
	{"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480},
	{"HST", -600}, {"ET", -300}, {"PT", -480}, {"CT", -360}, {"WAT", 60}, {"EAT", 180},
	{"CAT", 120}, {"SAST", 120},
}

var monthWords = [...][]string{
	1: {"january", "jan"}, 2: {"february", "feb"}, 3: {"march", "mar"},
	4: {"april", "apr"}, 5: {"may"}, 6: {"june", "jun"}, 7: {"july", "jul"},
	8: {"august", "aug"}, 9: {"september", "sept", "sep"}, 10: {"october", "oct"},
	11: {"november", "nov"}, 12: {"december", "dec"},
}

var weekdayWords = [...][]string{
	1: {"monday", "mon"}, 2: {"tuesday", "tue", "tues"}, 3: {"wednesday", "wed"},
	4: {"thursday", "thu", "thur", "thurs"}, 5: {"friday", "fri"},
	6: {"saturday", "sat"}, 7: {"sunday", "sun"},
}

var numberWords = map[string]int16{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12,
}

var ordinalWords = map[string]int8{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "thirtieth": 30, "last": -1,
}

var unitWords = map[string]int16{
	"second": unitSecond, "minute": unitMinute, "hour": unitHour, "day": unitDay,
	"week": unitWeek, "fortnight": unitFortnight, "month": unitMonth,
	"quarter": unitQuarter, "year": unitYear, "decade": unitDecade,
	"century": unitCentury, "millennium": unitMillennium, "weekend": unitWeekend,
	"hr": unitHour, "min": unitMinute, "yr": unitYear,
}

var unitPlurals = map[string]int16{
	"seconds": unitSecond, "minutes": unitMinute, "hours": unitHour, "days": unitDay,
	"weeks": unitWeek, "fortnights": unitFortnight, "months": unitMonth,
	"quarters": unitQuarter, "years": unitYear, "decades": unitDecade,
	"centuries": unitCentury, "millennia": unitMillennium, "weekends": unitWeekend,
	"hrs": unitHour, "mins": unitMinute, "yrs": unitYear,
}

// pastIrregular lists irregular past-tense forms: a cue that the clause
// reports something that happened.
var pastIrregular = []string{
	"said", "told", "met", "went", "came", "took", "gave", "made", "held", "saw",
	"began", "fled", "fought", "won", "lost", "left", "led", "sent", "spent",
	"brought", "bought", "thought", "found", "kept", "struck", "stood", "spoke",
	"wrote", "flew", "drove", "rose", "fell", "broke", "chose", "knew", "grew",
	"threw", "became", "ran", "sat", "paid", "heard", "felt", "meant", "shot",
	"sought", "taught", "caught", "built", "dealt", "drew", "ate", "forgot", "froze",
	"hid", "hung", "laid", "lit", "rode", "rang", "sang", "sank", "shook", "slept",
	"stole", "stuck", "swore", "swept", "tore", "understood", "upheld", "woke",
	"wore", "withdrew", "overthrew", "undertook", "overtook", "arose", "bore",
	"awoke", "bit", "blew", "bled", "bound", "bred", "clung", "crept", "dug",
	"drank", "fed", "forbade", "forgave", "foresaw", "got", "ground", "lay",
	"lent", "misled", "mistook", "rebuilt", "retook", "sold", "shone", "shrank",
	"slid", "sprang", "stung", "stank", "strove", "swam", "swung", "thrust",
	"trod", "wept", "withheld", "withstood", "wrung", "did", "was", "were", "had",
	"overcame", "strode", "leapt", "flung", "spun", "knelt", "oversaw", "sped", "spat", "outgrew", "rewrote",
	"ago", "yesterday", "previously", "formerly", "once", "already", "last",
	"earlier", "recently", "former",
}

// futureWords lists modals, plan words and words that point ahead.
var futureWords = []string{
	"will", "shall", "would", "could", "might", "can", "should", "must", "ll",
	"going", "gonna", "scheduled", "slated", "set", "due", "expected", "expects",
	"expect", "plans", "plan", "planned", "planning", "intends", "intend",
	"intended", "upcoming", "next", "hopes", "hope", "aims", "aim", "poised",
	"ahead", "tomorrow", "proposed", "anticipated", "forthcoming", "coming",
	"later", "soon", "prepares", "preparing", "wants", "want", "seeks",
}

// notPastED lists words ending in -ed that are not past tenses.
var notPastED = []string{
	"need", "speed", "feed", "seed", "heed", "reed", "sled", "coed", "shred", "embed", "bed", "red", "shed", "bled",
	"hundred", "led", "wed", "bred", "fled", "indeed", "breed", "creed", "deed",
	"greed", "steed", "weed", "sacred", "naked", "wicked", "kindred", "rugged",
	"ragged", "jagged", "beloved", "learned", "aged", "alleged", "armed", "united",
	"based", "related", "limited", "detailed", "advanced", "supposed", "concerned",
	"interested", "involved", "so-called", "biased", "wounded", "injured", "killed",
}

// auxWords are forms of be, have and do; "has now dragged on" uses "now"
// as an aspect marker, not as a time expression.
var auxWords = []string{
	"is", "are", "was", "were", "be", "been", "has", "have", "had", "am",
	"does", "do", "did", "will", "would", "could", "can", "may", "might",
	"should", "must", "shall",
}

// lexicon maps a lower-cased word to its entry.
var lexicon = buildLexicon()

func buildLexicon() map[string]entry {
	lx := make(map[string]entry, 600)
	set := func(w string, f func(e *entry)) {
		e := lx[w]
		f(&e)
		lx[w] = e
	}
	for m, ws := range monthWords {
		for i, w := range ws {
			set(w, func(e *entry) {
				e.cls, e.val = clsMonth, int16(m)
				if i > 0 {
					e.flags |= flagAbbr
				}
			})
		}
	}
	for d, ws := range weekdayWords {
		for i, w := range ws {
			set(w, func(e *entry) {
				e.cls, e.val = clsWeekday, int16(d)
				if i > 0 {
					e.flags |= flagAbbr
				}
			})
			if i == 0 {
				set(w+"s", func(e *entry) { e.cls, e.val, e.flags = clsWeekday, int16(d), flagPlural })
			}
		}
	}
	for w, n := range numberWords {
		set(w, func(e *entry) {
			e.cls, e.val = clsNumber, n
			switch {
			case n >= 20 && n < 100 && n%10 == 0:
				e.flags |= flagTens
			case n >= 1 && n <= 9:
				e.flags |= flagTeen
			}
		})
	}
	for w, o := range ordinalWords {
		set(w, func(e *entry) { e.ord = o; e.flags |= flagOrd })
	}
	for w, u := range unitWords {
		set(w, func(e *entry) { e.cls, e.val = clsUnit, u })
	}
	for w, u := range unitPlurals {
		set(w, func(e *entry) { e.cls, e.val = clsUnit, u; e.flags |= flagPlural })
	}
	for w, s := range map[string]int16{"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4} {
		set(w, func(e *entry) { e.cls, e.val = clsSeason, s })
	}
	for w, p := range map[string]int16{"morning": 1, "afternoon": 3, "evening": 4, "night": 5, "overnight": 5, "daytime": 6} {
		set(w, func(e *entry) { e.cls, e.val = clsPartOfDay, p })
	}
	for w, p := range map[string]int16{"mornings": 1, "afternoons": 3, "evenings": 4, "nights": 5} {
		set(w, func(e *entry) { e.cls, e.val, e.flags = clsPartOfDay, p, flagPlural })
	}
	for w, v := range map[string]int16{"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 2} {
		set(w, func(e *entry) { e.cls, e.val = clsRelDay, v })
	}
	for w, v := range map[string]int16{"last": shiftLast, "next": shiftNext, "this": shiftThis,
		"past": shiftPast, "coming": shiftNear, "previous": shiftLast, "following": shiftNext} {
		set(w, func(e *entry) { e.cls, e.val = clsShift, v })
	}
	for w, v := range map[string]int16{"now": fuzzyPresent, "currently": fuzzyPresent,
		"nowadays": fuzzyPresent, "recently": fuzzyPast, "lately": fuzzyPast,
		"soon":   fuzzyFuture,
		"recent": fuzzyPast, "current": fuzzyPresent, "future": fuzzyFuture} {
		set(w, func(e *entry) { e.cls, e.val = clsFuzzy, v })
	}
	for w, u := range map[string]int16{"daily": unitDay, "weekly": unitWeek, "monthly": unitMonth,
		"annually": unitYear, "yearly": unitYear, "hourly": unitHour, "quarterly": unitQuarter,
		"nightly": unitDay, "biweekly": unitFortnight} {
		set(w, func(e *entry) { e.cls, e.val = clsSetAdv, u })
	}
	for w, u := range map[string]int16{"hourlong": unitHour, "daylong": unitDay, "weeklong": unitWeek,
		"monthlong": unitMonth, "yearlong": unitYear, "decadelong": unitDecade} {
		set(w, func(e *entry) { e.cls, e.val = clsLong, u })
	}
	for i, z := range zones {
		if i == 0 {
			continue
		}
		lw := toLowerASCII(z.name)
		if _, taken := lx[lw]; taken {
			continue
		}
		set(lw, func(e *entry) { e.cls, e.val = clsZone, int16(i) })
	}
	for w, m := range map[string]int16{"early": modStart, "late": modEnd, "mid": modMid, "middle": modMid} {
		set(w, func(e *entry) { e.cls, e.val = clsEdge, m })
	}
	for w, m := range map[string]int16{"about": modApprox, "around": modApprox, "roughly": modApprox,
		"approximately": modApprox, "some": modApprox, "nearly": modEqualOrLess, "almost": modLessThan,
		"over": modMoreThan, "within": modEqualOrLess} {
		set(w, func(e *entry) { e.cls, e.val = clsApprox, m })
	}
	for w, h := range map[string]int16{"christmas": holChristmas, "thanksgiving": holThanksgiving,
		"easter": holEaster, "halloween": holHalloween, "valentine": holValentine, "boxing": holBoxing} {
		set(w, func(e *entry) { e.cls, e.val = clsHoliday, h })
	}
	set("every", func(e *entry) { e.cls = clsEvery })
	set("each", func(e *entry) { e.cls = clsEvery })
	for w, h := range map[string]int16{"noon": 12, "midday": 12, "midnight": 24} {
		set(w, func(e *entry) { e.cls, e.val = clsClock, h })
	}
	for w, v := range map[string]int16{"ago": -1, "earlier": -2, "later": 2, "before": -3, "after": 3, "hence": 1} {
		set(w, func(e *entry) { e.cls, e.val = clsAgo, v })
	}
	for _, w := range pastIrregular {
		set(w, func(e *entry) { e.cue = cuePast })
	}
	for _, w := range futureWords {
		set(w, func(e *entry) { e.cue = cueFuture })
	}
	for _, w := range auxWords {
		set(w, func(e *entry) { e.flags |= flagAux })
	}
	for _, w := range []string{"but", "while", "whereas", "although", "though", "that", "which", "who", "whom", "whose", "because", "if", "unless"} {
		set(w, func(e *entry) { e.flags |= flagStop })
	}
	for _, w := range []string{"when", "where", "after", "before", "until", "since", "as"} {
		set(w, func(e *entry) { e.flags |= flagStopAhead })
	}
	for _, w := range barePast {
		set(w, func(e *entry) { e.flags |= flagBarePast })
	}
	for _, w := range keyWords {
		set(w, func(e *entry) { e.flags |= flagKey })
	}
	for _, w := range notPastED {
		set(w, func(e *entry) {}) // present in the map: not guessed as a past form
	}
	// Words read only after "the" ("the latest period", "the most recent
	// quarter", "the full year"): known, so that afterThe can leave early
	// on unknown words.
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		set(w, func(e *entry) { e.cls, e.val = clsDecade, int16(i+2) })
	}
	for _, w := range []string{"latest", "most", "full", "recent", "latter", "final", "opening", "closing"} {
		set(w, func(e *entry) {})
	}
	return lx
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
