package quote

// This file holds the word lists the extractor is driven by. They are
// written for English news copy and keyed by lower-cased token.

// Cue flags say how a reporting verb form may be used.
const (
	// cueBare: the verb takes a bare complement clause ("said the US
	// would…") as well as "that", a colon or a quotation.
	cueBare = 1 << iota
	// cueObject: the verb takes an addressee before its complement
	// ("told CNN that…", "told reporters the…").
	cueObject
	// cueParticiple: a present participle that reports only as a
	// continuation of an earlier attribution (", adding that…").
	cueParticiple
	// cueThat: the verb reports only with "that", a colon, a quotation or
	// as a parenthetical ("…, the official added."), never with a bare
	// object ("added 200 jobs").
	cueThat
	// cueAct: a speech act whose content is an infinitive, an object and
	// an infinitive, a "for" phrase or a question ("urged Congress to
	// act", "called for a repeal", "vowed to fight", "questioned
	// whether …"); see actComplement.
	cueAct
	// cueBelief: a belief or attitude ("believes that", "hopes …"),
	// reported only when Config.Beliefs is set.
	cueBelief
	// cueEvidence: an evidential whose subject is a finding ("a poll
	// shows that …"), reported only when Config.Evidentials is set.
	cueEvidence
)

// cue is one reporting verb form.
type cue struct {
	lemma string
	flags uint8
}

// cueForms maps a lower-cased verb form to its lemma and flags. Each
// lemma lists its forms; irregular ones (told, said, wrote) are spelled
// out. Participles in -ing are marked cueParticiple.
var cueForms = buildCues([]cueEntry{
	{"say", cueBare, []string{"say", "says", "said"}, "saying"},
	{"tell", cueBare | cueObject, []string{"tell", "tells", "told"}, "telling"},
	{"state", cueThat, []string{"stated", "states"}, "stating"},
	{"declare", cueThat, []string{"declare", "declares", "declared"}, "declaring"},
	{"explain", cueThat, []string{"explain", "explains", "explained"}, "explaining"},
	{"allude", cueThat, []string{"allude", "alludes", "alluded"}, ""},
	{"write", cueThat, []string{"write", "writes", "wrote", "written"}, "writing"},
	{"post", cueThat, []string{"posted"}, "posting"},
	{"tweet", cueThat, []string{"tweet", "tweets", "tweeted"}, "tweeting"},
	{"warn", cueBare | cueThat | cueAct, []string{"warn", "warns", "warned"}, "warning"},
	{"insist", cueBare, []string{"insist", "insists", "insisted"}, "insisting"},
	{"claim", cueBare | cueThat, []string{"claim", "claims", "claimed"}, "claiming"},
	{"argue", cueBare, []string{"argue", "argues", "argued"}, "arguing"},
	{"add", cueThat, []string{"add", "adds", "added"}, "adding"},
	{"note", cueThat, []string{"note", "notes", "noted"}, "noting"},
	{"announce", cueThat, []string{"announce", "announces", "announced"}, "announcing"},
	{"deny", cueThat, []string{"deny", "denies", "denied"}, "denying"},
	{"confirm", cueThat, []string{"confirm", "confirms", "confirmed"}, "confirming"},
	{"stress", cueThat, []string{"stress", "stresses", "stressed"}, "stressing"},
	{"emphasise", cueThat, []string{"emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized"}, "emphasising"},
	{"emphasise", cueThat, nil, "emphasizing"},
	{"acknowledge", cueThat, []string{"acknowledge", "acknowledges", "acknowledged"}, "acknowledging"},
	{"admit", cueThat, []string{"admit", "admits", "admitted"}, "admitting"},
	{"assert", cueThat, []string{"assert", "asserts", "asserted"}, "asserting"},
	{"contend", cueThat, []string{"contend", "contends", "contended"}, ""},
	{"maintain", cueThat, []string{"maintains", "maintained"}, ""},
	{"reiterate", cueThat, []string{"reiterate", "reiterates", "reiterated"}, "reiterating"},
	{"suggest", cueThat, []string{"suggest", "suggests", "suggested"}, "suggesting"},
	{"report", cueThat, []string{"reports", "reported"}, ""},
	{"reveal", cueThat, []string{"reveals", "revealed"}, ""},
	{"predict", cueThat, []string{"predict", "predicts", "predicted"}, "predicting"},
	{"promise", cueThat | cueAct, []string{"promise", "promises", "promised"}, "promising"},
	{"vow", cueThat | cueAct, []string{"vow", "vows", "vowed"}, "vowing"},
	{"pledge", cueThat | cueAct, []string{"pledge", "pledged"}, "pledging"},
	{"concede", cueThat, []string{"concede", "concedes", "conceded"}, "conceding"},
	{"recall", cueThat, []string{"recalls", "recalled"}, "recalling"},
	{"remind", cueObject | cueThat, []string{"reminds", "reminded"}, "reminding"},
	{"remark", cueThat, []string{"remarked"}, "remarking"},
	{"observe", cueThat, []string{"observed"}, ""},
	{"comment", cueThat, []string{"commented"}, ""},
	{"respond", cueThat | cueAct, []string{"respond", "responds", "responded"}, "responding"},
	{"reply", cueThat | cueAct, []string{"reply", "replies", "replied"}, "replying"},
	{"answer", cueThat, []string{"answered"}, ""},
	{"ask", cueThat | cueAct, []string{"asked", "asks"}, "asking"},
	{"complain", cueThat, []string{"complain", "complains", "complained"}, "complaining"},
	{"boast", cueThat, []string{"boasted"}, "boasting"},
	{"joke", cueThat, []string{"joked"}, "joking"},
	{"quip", cueThat, []string{"quipped"}, ""},
	{"continue", cueThat, []string{"continued"}, ""},
	// "spoke on Fox News, “…”": only with a quotation or a colon after it.
	{"speak", cueThat, []string{"spoke"}, ""},
	{"testify", cueThat, []string{"testified"}, "testifying"},
	{"indicate", cueThat, []string{"indicated"}, ""},
	{"charge", cueThat, []string{"charged"}, ""},
	{"hint", cueThat, []string{"hinted"}, ""},
	{"counter", cueThat, []string{"countered"}, ""},
	{"retort", cueThat, []string{"retorted"}, ""},
	{"proclaim", cueThat, []string{"proclaimed"}, ""},
	{"disclose", cueThat, []string{"disclosed"}, ""},
	{"mention", cueThat, []string{"mentioned"}, ""},
	{"exclaim", cueThat, []string{"exclaimed"}, ""},
	{"agree", cueThat, []string{"agree", "agrees", "agreed"}, ""},
	// "pointed out that": only with "out" (see phrasalCue).
	{"point out", cueThat, []string{"point", "points", "pointed"}, "pointing"},
	// "as Lund put it, …": only with "it" (see phrasalCue).
	{"put it", cueThat, []string{"put", "puts"}, ""},
	// "expressed concern that": only with a noun of attitude and "that"
	// (see phrasalCue).
	{"express", cueThat, []string{"express", "expresses", "expressed"}, "expressing"},
	{"accuse", cueAct, []string{"accuse", "accuses", "accused"}, "accusing"},
	{"urge", cueThat | cueAct, []string{"urge", "urges", "urged"}, "urging"},
	{"call", cueAct, []string{"call", "calls", "called"}, "calling"},
	{"demand", cueThat | cueAct, []string{"demand", "demands", "demanded"}, "demanding"},
	{"question", cueAct, []string{"questioned", "questions"}, "questioning"},
	{"wonder", cueAct, []string{"wondered", "wonders"}, "wondering"},
	{"threaten", cueAct, []string{"threaten", "threatens", "threatened"}, "threatening"},
	{"implore", cueAct, []string{"implored", "implores"}, "imploring"},
	{"press", cueAct, []string{"pressed"}, "pressing"},
	{"conclude", cueThat, []string{"concludes", "concluded"}, "concluding"},
	{"read", cueThat, []string{"reads"}, ""},
	{"mock", cueThat, []string{"mocked", "mocks"}, "mocking"},
	{"fume", cueThat, []string{"fumed"}, ""},
	{"snap", cueThat, []string{"snapped"}, ""},
	{"shout", cueThat, []string{"shouted"}, "shouting"},
	{"yell", cueThat, []string{"yelled"}, "yelling"},
	{"chant", cueThat, []string{"chanted"}, "chanting"},
	{"scream", cueThat, []string{"screamed"}, ""},
	{"lament", cueThat, []string{"lamented", "laments"}, "lamenting"},
	{"recount", cueThat, []string{"recounted", "recounts"}, "recounting"},
	{"caution", cueThat, []string{"cautioned"}, "cautioning"},
	{"recommend", cueThat, []string{"recommended", "recommends"}, ""},
	{"describe", cueAct, []string{"describe", "describes", "described"}, "describing"},
	{"characterize", cueAct, []string{"characterized", "characterizes", "characterised", "characterises"}, "characterizing"},
	{"allege", cueBare | cueThat, []string{"allege", "alleges", "alleged"}, "alleging"},
	{"assure", cueBare | cueObject | cueThat, []string{"assured", "assures"}, "assuring"},
	{"cite", cueAct, []string{"cite", "cites", "cited"}, ""},
	{"plead", cueAct, []string{"pleaded", "pled"}, "pleading"},
	{"believe", cueBelief | cueBare, []string{"believe", "believes", "believed"}, ""},
	{"think", cueBelief | cueBare, []string{"think", "thinks", "thought"}, ""},
	{"feel", cueBelief | cueThat, []string{"feel", "feels", "felt"}, ""},
	{"hope", cueBelief | cueBare, []string{"hope", "hopes", "hoped"}, ""},
	{"fear", cueBelief | cueThat, []string{"fear", "fears", "feared"}, ""},
	{"expect", cueBelief | cueThat, []string{"expect", "expects", "expected"}, ""},
	{"worry", cueBelief | cueThat, []string{"worry", "worries", "worried"}, ""},
	{"doubt", cueBelief | cueThat, []string{"doubt", "doubts", "doubted"}, ""},
	{"know", cueBelief | cueThat, []string{"know", "knows", "knew"}, ""},
	{"show", cueEvidence | cueBare, []string{"show", "shows", "showed", "shown"}, "showing"},
	{"find", cueEvidence | cueThat, []string{"found", "finds"}, "finding"},
	{"estimate", cueEvidence | cueThat, []string{"estimates", "estimated"}, ""},
})

type cueEntry struct {
	lemma      string
	flags      uint8
	forms      []string
	participle string
}

func buildCues(es []cueEntry) map[string]cue {
	m := make(map[string]cue, 4*len(es))
	for _, e := range es {
		for _, f := range e.forms {
			m[f] = cue{lemma: e.lemma, flags: e.flags}
		}
		if e.participle != "" {
			m[e.participle] = cue{lemma: e.lemma, flags: e.flags | cueParticiple}
		}
	}
	return m
}

// set builds a lookup set.
func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// auxAdverbs may stand between a subject and its reporting verb
// ("has also said", "had earlier told").
var auxAdverbs = set("has", "have", "had", "long", "also", "later", "earlier", "previously", "then",
	"recently", "repeatedly", "once", "reportedly", "publicly", "privately", "again",
	"further", "separately", "subsequently", "just", "already", "since", "would", "will",
	"did", "does", "do", "had", "was", "were", "is", "are", "been", "flatly", "firmly",
	"clearly", "simply", "initially", "originally", "openly", "bluntly", "frankly", "often",
	"always", "never", "famously", "memorably", "pointedly", "quietly", "angrily", "yesterday",
	"today", "tonight", "last", "week", "night", "month", "year", "this", "morning",
	"afternoon", "evening", "now", "still", "even", "currently", "ultimately", "finally",
	"frequently", "consistently", "immediately", "quickly", "personally", "directly",
	"explicitly", "specifically", "allegedly", "apparently", "usually", "sometimes",
	"formally", "officially", "essentially", "effectively", "basically", "openly", "however", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// boundaries end a subject noun phrase when walking back from the verb.
var boundaries = set("that", "which", "who", "whom", "whose", "when", "where", "while", "whilst", "because", "but",
	"or", "nor", "as", "if", "although", "though", "since", "after", "before", "until",
	"unless", "so", "than", "whether", "not", "is", "are", "was", "were", "be", "been",
	"being", "has", "have", "had", "will", "would", "could", "should", "can", "may",
	"might", "must", "do", "does", "did", "yesterday", "today", "tonight", "earlier",
	"then", "now", "however", "meanwhile", "instead", "still", "later", "recently",
	"previously", "once", "again", "also", "him", "her", "them", "us", "me", "what",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"here", "there", "why", "how", "to", "by", "into", "onto", "against", "under",
	"over", "about", "like", "unlike", "despite", "through", "without", "within",
	"during", "upon", "amid", "among", "toward", "towards", "across", "even", "only",
	"just", "too", "very", "already", "yet", "indeed", "moreover", "furthermore",
	"thus", "hence", "therefore", "its", "their", "it", "this", "rather", "separately",
	"similarly", "likewise", "nonetheless", "nevertheless", "overall", "finally",
	"additionally", "ultimately", "specifically", "notably", "importantly", "instead",
	"said", "says", "told", "say", "tell", "tells", "and", "on", "in", "at", "with", "from")

// npInner are words allowed inside a subject noun phrase although they
// are boundaries elsewhere ("secretary of state", "a spokesman for the
// Kremlin", "Trump and Zelenskyy", "sources briefed on Moscow's
// thinking", "people familiar with the talks").
var npInner = set("of", "for", "at", "in", "on", "with", "from", "and", "to", "about", "close", "familiar")

// pronouns are subject pronouns that may stand as a speaker.
var pronouns = set("he", "she", "they", "we", "i", "it", "you")

// determiners start a noun phrase.
var determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her",
	"their", "its", "our", "my", "your", "some", "several", "many", "two", "three", "four",
	"one", "other", "another", "both", "all", "most", "few", "senior", "top")

// anonHeads are nouns that, without a name, make an anonymous source.
var anonHeads = set("official", "officials", "source", "sources", "spokesperson",
	"spokespersons", "spokesman", "spokesmen", "spokeswoman", "spokeswomen", "aide",
	"aides", "diplomat", "diplomats", "adviser", "advisers", "advisor", "advisors",
	"person", "people", "insider", "insiders", "analyst", "analysts", "expert", "experts",
	"observer", "observers", "staffer", "staffers", "officer", "officers", "representative",
	"representatives", "negotiator", "negotiators", "envoy", "envoys", "member", "members",
	"minister", "ministers", "lawmaker", "lawmakers", "legislator", "legislators",
	"resident", "residents", "witness", "witnesses", "leader", "leaders", "commander",
	"commanders", "figure", "figures", "operative", "operatives", "strategist",
	"strategists", "ally", "allies", "associate", "associates", "confidant", "confidants",
	"counterpart", "counterparts", "military", "police", "investigator", "investigators",
	"prosecutor", "prosecutors", "employee", "employees", "worker", "workers",
	"activist", "activists", "critic", "critics", "supporter", "supporters", "voter",
	"voters", "delegate", "delegates", "campaign", "government", "ministry", "agency",
	"spokespeople", "security", "intelligence")

// titles are words before a name that are not part of it.
var titles = set("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord",
	"lady", "president", "vice", "prime", "minister", "chancellor", "secretary", "senator",
	"sen", "rep", "representative", "gov", "governor", "mayor", "gen", "general", "lt",
	"col", "colonel", "adm", "admiral", "capt", "captain", "judge", "justice", "king",
	"queen", "prince", "princess", "pope", "rev", "reverend", "sheikh", "ambassador",
	"envoy", "chairman", "chairwoman", "chair", "speaker", "leader", "chief", "foreign",
	"defence", "defense", "interior", "finance", "deputy", "state",
	"former", "acting", "senior", "top", "the", "a", "an", "commissioner",
	"director", "spokesman", "spokeswoman", "spokesperson", "commander", "attorney",
	"candidate", "nominee", "congressman", "congresswoman", "councillor", "mp", "mep")

// titleAbbrev are abbreviations whose period stays inside a noun phrase.
var titleAbbrev = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
	"adm", "capt", "rev", "st", "jr", "sr", "prof", "sgt", "maj", "gov", "u.s", "no")

// clauseVerbs signal a finite clause in a bare complement ("said the
// US would…", "told Reuters the leaders have discussed…").
var clauseVerbs = set("is", "are", "was", "were", "will", "would", "could", "can", "should",
	"may", "might", "must", "had", "has", "have", "did", "does", "do", "won't", "wouldn't",
	"can't", "couldn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
	"hadn't", "didn't", "doesn't", "don't", "shouldn't", "needs", "need", "wants",
	"want", "plans", "planned", "intends", "hopes", "believes", "thinks", "knows",
	"won’t", "wouldn’t", "can’t", "couldn’t", "isn’t", "wasn’t", "aren’t",
	"weren’t", "hasn’t", "haven’t", "hadn’t", "didn’t", "doesn’t", "don’t", "shouldn’t")

// preps open an adjunct between a reporting verb and its complement
// ("said on Sunday that", "told CNN in an interview that").
var preps = set("on", "in", "at", "during", "after", "before", "via", "through", "to",
	"from", "while", "last", "earlier", "this", "late", "early", "with", "over")

// timeWords end a speaker phrase or open a time adjunct.
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "yesterday", "today", "tonight", "tomorrow", "week", "month", "year",
	"morning", "afternoon", "evening", "night", "weekend", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november",
	"december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec")

// objectPronouns are addressees of "tell".
var objectPronouns = set("me", "him", "her", "us", "them", "you", "it")

// audiences are addressees of "tell" that are not outlets but are kept as
// the venue: the words say who it was said to.
var audiences = set("reporters", "journalists", "press", "lawmakers", "parliament",
	"congress", "supporters", "audience", "crowd", "students", "senators",
	"mps", "delegates", "jurors", "jury", "court", "judge", "tribunal", "committee",
	"panel", "council", "assembly", "summit", "conference", "meeting", "gathering",
	"forum", "legislators", "investors", "diplomats", "nation", "parliamentarians",
	"congressmen", "commission", "senate", "house", "hearing", "session")

// mediaNouns follow an outlet's name ("Reuters news agency") and are
// dropped from the venue.
var mediaNouns = set("news", "agency", "newspaper", "paper", "television", "tv", "radio",
	"network", "channel", "broadcaster", "magazine", "programme", "program", "show",
	"daily", "website", "station", "outlet", "podcast", "service")

// platforms are media a statement is made on ("on Truth Social", "posting
// on X"); keys are lower-cased, values the canonical name.
var platforms = map[string]string{
	"x": "X", "twitter": "Twitter", "facebook": "Facebook", "telegram": "Telegram",
	"truth social": "Truth Social", "instagram": "Instagram", "tiktok": "TikTok",
	"youtube": "YouTube", "social media": "social media", "weibo": "Weibo",
	"wechat": "WeChat", "linkedin": "LinkedIn", "threads": "Threads", "bluesky": "Bluesky",
	"vkontakte": "VKontakte", "television": "television", "radio": "radio",
	"state television": "state television", "state tv": "state television",
	"tv": "TV", "national tv": "national television", "state radio": "state radio",
	"national radio": "national radio", "state-run television": "state television",
	"state-run tv": "state television", "state-run media": "state media",
	"national television": "national television", "state media": "state media",
	"local media": "local media", "local television": "local television", "local tv": "local television",
	"local radio": "local radio",
}

// mediaSettings are the occasions a statement is made in or at ("in a
// statement", "at a news conference"); keys are the head noun(s).
var mediaSettings = map[string]string{
	"statement": "statement", "news conference": "news conference",
	"press conference": "press conference", "briefing": "briefing",
	"press briefing": "press briefing", "news briefing": "news briefing",
	"interview": "interview", "speech": "speech", "address": "address",
	"letter": "letter", "tweet": "tweet", "post": "post",
	"social media post": "social media", "social media update": "social media",
	"social media message": "social media", "social media posting": "social media", "video": "video",
	"video address": "video address", "op-ed": "op-ed", "editorial": "editorial",
	"blog post": "blog", "email": "email", "e-mail": "email", "memo": "memo",
	"rally": "rally", "hearing": "hearing", "debate": "debate", "podcast": "podcast",
	"radio address": "radio address", "televised address": "televised address",
	"update": "", "message": "message", "press release": "press release",
	"communique": "communique", "report": "report", "testimony": "testimony",
	"opening statement": "opening statement", "opening statements": "opening statements",
	"opening remarks": "opening remarks", "closing arguments": "closing arguments",
	"closing argument": "closing argument", "remarks": "remarks",
	"phone interview": "interview", "telephone interview": "interview",
	"radio interview": "radio interview", "television interview": "television interview",
	"tv interview": "TV interview", "campaign rally": "rally", "campaign event": "campaign event",
	"campaign stop": "campaign stop", "town hall": "town hall", "town hall meeting": "town hall",
	"town-hall meeting": "town hall", "conference call": "conference call",
	"news release": "news release", "court filing": "court filing", "filing": "filing",
	"ad": "ad", "campaign ad": "ad", "advertisement": "advertisement",
	"livestream": "livestream", "text message": "text message",
	"commencement address": "commencement address", "commencement speech": "commencement speech",
	"floor speech": "floor speech", "senate floor": "Senate floor", "house floor": "House floor",
	"fundraising email": "fundraising email", "fundraising letter": "fundraising letter",
	"newsletter": "newsletter", "column": "column", "essay": "essay", "memoir": "memoir",
	"video message": "video message", "facebook live": "Facebook Live",
	"comments":   "comments",
	"appearance": "appearance", "media appearance": "appearance", "tv appearance": "TV appearance",
	"website": "website", "blog": "blog", "sermon": "sermon",
	"call": "call", "phone call": "call", "telephone call": "call", "video call": "call",
	"motion": "motion", "lawsuit": "lawsuit", "court papers": "court papers",
	"court documents": "court documents", "affidavit": "affidavit", "deposition": "deposition",
	"broadcast": "broadcast", "documentary": "documentary", "book": "book",
	"readout": "readout", "announcement": "announcement", "televised announcement": "televised announcement",
	"television appearance": "television appearance", "campaign trail": "campaign trail",
}

// attitudeNouns are the objects of "express" that make it a verb of
// saying with a "that" clause ("expressed concern that …", "expressed
// hope that …").
var attitudeNouns = set("concern", "concerns", "hope", "hopes", "confidence", "doubt", "doubts",
	"fear", "fears", "optimism", "frustration", "regret", "disappointment", "satisfaction",
	"surprise", "worry", "worries", "skepticism", "scepticism", "belief", "anger", "dismay",
	"alarm", "outrage")
