package event

import "github.com/dyad-events/dyad"

// Word classes used by the shallow structure rules. Keys are lower case
// with ASCII apostrophes.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	prepositions = set("to", "in", "at", "from", "for", "with", "on", "of", "by", "into", "onto",
		"against", "toward", "towards", "over", "about", "after", "before", "under", "between",
		"among", "across", "through", "near", "via", "upon", "amid", "including", "like", "than", "despite",
		"beyond", "besides", "except", "unlike", "regarding", "concerning", "within", "without", "around",
		"behind", "along", "alongside", "inside", "outside", "throughout", "per", "versus")
	determiners = set("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these",
		"those", "some", "any", "all", "both", "several", "many", "more", "most")
	// clauseStops end the search for a subject to the left: a new clause
	// starts after them.
	clauseStops = set("that", "because", "although", "though", "while", "whereas", "if", "unless",
		"whether", "since", "but", "when", "whenever", "so", "whom", "once", "until", "before", "after")
	// relativeWords open a relative clause after a comma.
	relativeWords = set("who", "which", "whose", "whom", "where")
	// objectPreps may come between a verb and its object actor.
	objectPreps = set("with", "on", "against", "to", "toward", "towards", "at", "into", "for", "over",
		"upon", "onto", "from", "off", "down", "up", "out", "in")
	// nounPreps introduce the target of a nominal event.
	nounPreps = set("with", "on", "against", "to", "of", "for", "into", "toward", "towards", "over",
		"at", "between", "upon", "onto")
	// fallbackPreps may introduce a subject when nothing better is found:
	// "the government of Iraq", "leaders in Kyiv", "diplomats from the G7".
	fallbackPreps = set("of", "in", "from")
	// slotStops end the few words allowed before a slot's actor.
	slotStops = set("and", "or", "but", "that", "which", "who", "because", "while", "if", "when",
		"said", "says", "told", "after", "before", "as", "to")
	// locativePreps introduce a place, not a party: "talks in Canada".
	locativePreps      = set("in", "at", "near", "inside", "from", "outside", "across")
	possessivePronouns = set("his", "her", "their", "its")
	articles           = set("a", "an", "the", "as", "another")
	beForms            = set("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "'s", "'re")
	negations          = set("not", "n't", "never", "no", "neither", "nor", "didn't", "don't", "doesn't",
		"hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "can't", "cannot", "isn't",
		"aren't", "wasn't", "weren't", "shouldn't", "mustn't")
	plannedCues = set("will", "shall", "'ll", "set", "scheduled", "due", "plan", "plans", "planned",
		"planning", "plot", "plots", "plotted", "plotting", "expected", "tipped", "intend", "intends", "intended", "going", "about", "slated", "poised", "prepared",
		"preparing", "prepares", "prepare", "promise", "promises", "promised", "pledge", "pledges", "pledged",
		"vow", "vows", "vowed", "tipped", "promising", "pledging", "vowing", "intending",
		"won't")
	conditionalCues = set("would", "could", "might", "may", "can", "should", "must", "wouldn't",
		"couldn't", "can't", "cannot", "shouldn't")
	auxWords = set("will", "would", "could", "might", "may", "can", "should", "must", "shall", "'ll",
		"do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
		"'s", "'re", "'ve", "'d", "to", "am", "also", "already", "now", "then", "still", "just", "formally",
		"later", "soon", "again", "jointly", "finally", "ever", "even", "both", "all", "each", "reportedly",
		"allegedly", "apparently", "once", "first", "further")
	proposalCues = set("proposal", "proposals", "propose", "proposes", "proposed", "proposing", "plan",
		"plans", "calls", "suggest", "suggests", "suggested", "suggestion",
		"suggestions", "offer", "offers", "offered", "offering", "idea", "initiative", "draft",
		"demand", "demands", "demanded", "urge", "urges", "urged", "urging", "push", "pushed", "pushing",
		"advocate", "advocates", "advocated", "advocating", "recommend", "recommended", "recommends")
	// mandativeCues take a that-clause naming the act they propose:
	// "proposed that X hold talks".
	mandativeCues = set("propose", "proposes", "proposed", "suggest", "suggests", "suggested", "recommend",
		"recommends", "recommended", "demand", "demands", "demanded", "urge", "urges", "urged", "request",
		"requests", "requested", "asked")
	haveForms    = set("has", "have", "had")
	planVerbs    = set("plan", "plans", "planned", "planning")
	whWords      = set("when", "where", "why", "how", "what")
	ifWords      = set("if", "unless", "whether")
	reportedCues = set("reportedly", "allegedly", "purportedly", "supposedly", "apparently")
	// sources a lede cites for what it states as fact ("according to
	// witnesses/police")
	witnessSources = set("witnesses", "witness", "eyewitnesses", "eyewitness", "residents", "police", "medics", "paramedics", "doctors", "rescuers", "hospital")
	exchangeWords  = set("exchange", "return")
	ellipsisAux    = set("will", "would", "did", "does", "do", "has", "have", "had", "is", "are", "was",
		"were", "can", "could", "shall", "should", "may", "might")
	reportingVerbs = set("say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "note", "notes",
		"noted", "announce", "announces", "announced", "state", "states", "stated", "claim", "claims", "claimed",
		"report", "reports", "reported", "insist", "insists", "insisted", "argue", "argues", "argued")
	// continueVerbs are aspectual verbs whose "to" complement is an act
	// already going on ("can continue to support Ukraine").
	continueVerbs = set("continue", "continues", "continued", "continuing")
	// reportingParticiples report a "that" complement from a participle
	// clause: "…, telling reporters that".
	reportingParticiples = set("saying", "telling", "adding", "noting", "announcing", "stating", "claiming",
		"insisting", "arguing", "reporting")
	// subjectPreps may stand before a clause's subject: "for Russia to
	// relinquish", "before Russia invaded".
	subjectPreps = set("for", "before", "after", "since", "until", "as", "like", "with")
	// wishCues are desires and attempts: their "to" complement is not
	// coded as an event (plans and expectations are, as planned).
	wishCues = set("aim", "aims", "aimed", "aiming", "hope", "hopes", "hoped", "hoping", "seek", "seeks",
		"sought", "seeking", "try", "tries", "tried", "trying", "attempt", "attempts", "attempted",
		"attempting", "strive", "strives", "striving", "want", "wants", "wanted", "wanting", "wish", "order",
		"wishes", "wished", "wishing", "keen", "eager")
	// lookForms right before "to" are a desire like "seeking to" ("is
	// looking to reset relations with X"; not "looks set to").
	lookForms       = set("look", "looks", "looked", "looking")
	subjectPronouns = set("he", "she", "they", "it", "we", "i")
	// exemplarPreps introduce examples of a group: "countries including
	// Germany and Poland".
	exemplarPreps = set("including", "like")
	// groupAdverbs may stand inside a verb group: "was once jailed", "has
	// since banned".
	// objectTakingVerbs take a person or group as their object, so an -ed
	// form right after them modifies that object ("include jailed
	// publisher X", "holds captured fighters").
	objectTakingVerbs = set("include", "includes", "hold", "holds", "house", "houses", "free", "frees",
		"release", "releases", "represent", "represents", "defend", "defends", "visit", "visits")
	objectPronouns = set("him", "her", "them")
	// regionCodes are CAMEO code prefixes that name no country.
	regionCodes = set("IGO", "NGO", "MNC", "IMG", "UIS", "AFR", "ASA", "BLK", "CRB", "CAU", "CFR",
		"CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN",
		"SAM", "SAS", "SEA", "SAF", "WAF", "WST")
	// mannerNouns head the manner adverbials "in cooperation with X", "in
	// support of X" …
	mannerNouns = set("cooperation", "coordination", "collaboration", "partnership", "concert",
		"conjunction", "alliance", "league", "support", "solidarity", "response", "retaliation")
	// operationNouns name a military or security operation.
	operationNouns = set("operation", "operations", "offensive", "campaign", "mission", "crackdown")
	// (a correlative's first word stands inside the passive group:
	// "were either killed or captured", "were both criticized")
	groupAdverbs = set("also", "already", "once", "still", "just", "later", "first", "further", "again",
		"ever", "even", "since", "now", "then", "soon", "jointly", "finally", "formally", "either", "both", "all")
	// timeAdjuncts open a time adjunct after a reporting verb: "said
	// Monday it would", "announced yesterday she was".
	timeAdjuncts = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tonight", "earlier", "later", "last", "this", "late")
	particles   = set("off", "out", "up", "down", "away", "back", "on")
	firstPerson = set("we", "i", "us", "our", "my")
	// scopeEnds end the complement of a control verb.
	scopeEnds = set(";", "but", "while", "following", "after", "before", "because", "as", "whereas",
		"although", "though", "when", "which", "who")
	// objectNouns are facilities and groups of people that stand, as the
	// object of material conflict, for an agent of their country.
	objectNouns = map[string]string{
		"base": "MIL", "bases": "MIL", "airbase": "MIL", "barracks": "MIL", "outpost": "MIL",
		"outposts": "MIL", "garrison": "MIL", "convoy": "MIL", "convoys": "MIL", "checkpoint": "MIL",
		"checkpoints": "MIL", "soldiers": "MIL", "soldier": "MIL", "troops": "MIL", "servicemen": "MIL",
		"warship": "MIL", "warships": "MIL", "positions": "MIL", "post": "MIL", "posts": "MIL",
		"station": "MIL", "policemen": "COP", "policeman": "COP", "officers": "COP",
		"ministry": "GOV", "parliament": "GOV", "palace": "GOV", "headquarters": "GOV",
		"civilians": "CVL", "civilian": "CVL", "people": "CVL", "villagers": "CVL", "residents": "CVL",
		"worshippers": "CVL", "passengers": "CVL", "pedestrians": "CVL", "children": "CVL",
		"students": "CVL", "farmers": "CVL", "shoppers": "CVL", "mourners": "CVL", "families": "CVL",
		"women": "CVL", "men": "CVL", "village": "CVL", "villages": "CVL", "hospital": "CVL",
		"school": "CVL", "market": "CVL", "mosque": "CVL", "church": "CVL", "homes": "CVL",
		"journalists": "MED", "journalist": "MED", "reporters": "MED", "reporter": "MED",
		"man": "CVL", "woman": "CVL", "person": "CVL", "persons": "CVL", "suspect": "CVL",
		"suspects": "CVL", "teenager": "CVL", "teenagers": "CVL", "boy": "CVL", "girl": "CVL",
		"individuals": "CVL", "citizens": "CVL", "migrants": "CVL", "refugees": "REF",
		"opposition": "OPP", "dissidents": "OPP", "critics": "OPP", "lawmakers": "LEG",
		"politicians": "GOV", "officials": "GOV", "diplomats": "GOV",
		"hotel": "CVL", "hotels": "CVL", "train": "CVL", "bus": "CVL", "buses": "CVL", "ferry": "CVL", "restaurant": "CVL", "embassy": "GOV", "prison": "GOV",
		"cell": "REB", "cells": "REB", "hideout": "REB", "hideouts": "REB", "militants": "REB",
		"protesters": "OPP", "demonstrators": "OPP", "activists": "OPP",
		// (a protest suppressed or dispersed is its protesters: "chose to
		// suppress protests", "police broke up the demonstration")
		"protests": "OPP", "protest": "OPP", "demonstrations": "OPP", "demonstration": "OPP",
		"rallies": "OPP", "dissent": "OPP",
	}
	// settlementNouns head an "of" phrase naming a place: "the city of X".
	settlementNouns = set("city", "town", "village", "region", "province", "district", "port", "capital",
		"state", "island", "enclave", "suburb")
	// attributionVerbs name an event's agent after "to"/"on": "an attack
	// ascribed to the Taliban", "a bombing blamed on militants".
	attributionVerbs = set("ascribed", "attributed", "blamed", "pinned")
	// subordinateOpeners open a phrase after a comma whose time
	// expressions date another event.
	subordinateOpeners = set("following", "after", "before", "ahead", "since", "amid", "weeks", "days",
		"months", "years", "which", "who", "where", "when", "while", "as", "days")
	// focusAdverbs may come between a comma and a subordinate opener
	// (", particularly after", ", shortly before").
	focusAdverbs = set("particularly", "especially", "shortly", "just", "soon", "long", "even", "only", "mainly", "largely", "partly", "notably")
	// verbalWords mark an "attack" as words: criticism, remarks, tweets.
	verbalWords = set("criticism", "criticised", "criticized", "remarks", "comments", "tweet", "tweets",
		"tweeted", "twitter", "speech", "rhetoric", "verbally", "verbal", "interview", "rally", "op-ed",
		"editorial", "column", "accused", "insulted", "derided", "mocked", "reporting", "coverage", "saying")
	// statementNouns as the object of "attack" make it verbal: "attacked
	// the proclamation", "attacked the decision".
	statementNouns = set("proclamation", "decision", "decisions", "statement", "statements", "policy",
		"policies", "plan", "plans", "proposal", "proposals", "move", "report", "claims", "claim",
		"law", "bill", "record", "handling", "response", "stance", "views", "idea", "ideas", "remarks",
		"words", "speech", "comments", "claim", "manifesto", "policies", "budget", "reforms", "strategy")
	// eventPPs introduce a nominal event the clause refers to rather than
	// performs: "responded to the attack", "after the bombing".
	eventPPs = set("to", "after", "following", "since", "in", "over", "for", "about", "despite",
		"amid", "before", "during", "from")
	// countryLocPreps before a country name make it a location, not an
	// object: "the attacks in the US".
	countryLocPreps = set("in", "at", "inside", "near", "across", "throughout")
	// appositionTitles head an apposition that names a person's group:
	// "Qasem Soleimani, head of Iran's Quds Force".
	appositionTitles = set("head", "leader", "chief", "commander", "president", "founder", "member",
		"spokesman", "spokeswoman", "spokesperson", "minister", "director", "emir", "secretary",
		"chairman", "chair", "officer", "official", "general", "ambassador", "envoy", "governor", "mayor",
		"premier", "king", "ruler", "boss", "editor", "correspondent", "adviser", "advisor", "aide")
	// mentionVerbs take a nominal event as a topic, not as their subject's
	// act: "heard the demands of women", "described the talks".
	mentionVerbs = set("heard", "hear", "hears", "noted", "notes", "cited", "cites", "described", "describes",
		"recalled", "recalls", "mentioned", "mentions", "watched", "saw", "covered", "reported", "followed",
		"questioned", "investigated", "analysed", "analyzed", "documented", "explained", "predicted",
		"feared", "fears", "expects", "expected", "awaited", "awaits", "monitored", "recorded")
	// invertedCues may follow what they report, subject after them: "…,
	// warn union leaders."
	invertedCues = set("warn", "warns", "warned", "urge", "urges", "urged", "claim", "claims", "claimed",
		"insist", "insists", "insisted", "argue", "argues", "argued", "accuse", "accuses", "accused",
		"threaten", "threatens", "threatened", "demand", "demands", "demanded")
	// namingCues are the lemmas of verbs that name their object ("called the
	// claims baseless", "described them as lies"): what follows is a small
	// clause, not reported speech.
	namingCues = set("call", "describe", "brand", "label", "dub", "term", "characterize", "characterise")
	// participantPPs may hold a cooperative nominal event the clause's
	// subject takes part in: "said during a visit to Beijing", "a role in
	// talks with Ukraine".
	participantPPs = set("during", "in", "at", "for", "from")
	// nounModifiers may stand between an actor adjective and the nominal
	// event it performs: "an Israeli missile strike", "U.S. military aid".
	nounModifiers = set("missile", "drone", "air", "military", "naval", "economic", "trade", "arms",
		"security", "nuclear", "rocket", "artillery", "ground", "joint", "new", "latest", "recent",
		"fresh", "humanitarian", "financial", "diplomatic", "peace", "retaliatory", "proposed")
	// stateActs are the codes only a state's agents perform: a passive
	// with no agent ("was arrested") has the target's state as its source.
	stateActs = set("173", "174", "116", "172", "1722", "1721")
	// participleClauseWords open an adverbial participle clause whose
	// subject is the main clause's ("after being freed").
	// attackHeads head a subject that stands for its attackers ("a car
	// bombing killed five").
	attackHeads = set("attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
		"assault", "ambush", "raid", "raids", "bomb", "bombs", "shelling", "airstrike", "airstrikes", "strike", "strikes")
	numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "dozens", "scores", "hundreds", "thousands", "dozen", "several", "many")
	// intentNouns take an infinitive whose agent is their possessor
	// ("Germany's decision to send tanks").
	// ("Germany's decision to send tanks"), and the mode they give it
	// (an attempt's is asserted: it was undertaken).
	intentNouns = map[string]string{"decision": dyad.ModePlanned, "plan": dyad.ModePlanned, "plans": dyad.ModePlanned,
		"move": dyad.ModeAsserted, "attempt": dyad.ModeAsserted, "attempts": dyad.ModeAsserted, "bid": dyad.ModeAsserted,
		"effort": dyad.ModeAsserted, "efforts": dyad.ModeAsserted, "offer": dyad.ModeProposed, "pledge": dyad.ModePlanned,
		"promise": dyad.ModePlanned, "threat": dyad.ModeConditional, "threats": dyad.ModeConditional,
		"intention": dyad.ModePlanned, "refusal": dyad.ModeNegated, "vow": dyad.ModePlanned, "order": dyad.ModePlanned,
		"readiness": dyad.ModeConditional, "willingness": dyad.ModeConditional, "determination": dyad.ModePlanned,
		"failure": dyad.ModeNegated}
	participleClauseWords = set("after", "before", "since", "upon", "on", "while", "when", "despite", "without")
	// frontedTimeWords open a sentence-initial phrase naming an earlier or
	// simultaneous act: "After talks with X, Y said".
	frontedTimeWords = set("after", "following", "before", "during")
	// coordinators join a clause with its own subject to the one before:
	// "X pledged funds and Syria is taxing goods".
	coordinators = set("and", "but", "or", "while", "whereas", "yet")
	// relationNouns name a person by a relation to another, who is not
	// the person: "a close ally of Putin", "the son of X", "a critic of Y".
	relationNouns = set("ally", "allies", "critic", "critics", "opponent", "opponents", "rival", "rivals",
		"enemy", "enemies", "foe", "foes", "son", "sons", "daughter", "daughters", "wife", "husband",
		"widow", "widower", "brother", "sister", "father", "mother", "nephew", "niece", "cousin",
		"relative", "relatives", "friend", "friends", "lawyer", "lawyers", "attorney", "attorneys",
		"biographer", "victim", "victims", "admirer", "admirers", "confidant", "confidante",
		"associate", "associates", "killer", "killers", "assassin", "accuser", "accusers", "successor", "predecessor")
	// spokesNouns speak for the body after "for": "a spokesman for the ministry".
	spokesNouns = set("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen")
	// adverbialSubordinators open a reduced passive clause whose patient is
	// the main clause's subject: "when attacked by X", "unless stopped by Y".
	adverbialSubordinators = set("when", "whenever", "while", "if", "unless", "until", "once", "after", "before", "though", "although")
	// groupHeads are plural heads of a mention that names several members
	// of one actor ("G7 foreign ministers", "EU leaders"): its reciprocal
	// acts are between them.
	groupHeads = set("ministers", "leaders", "officials", "heads", "members", "delegates", "delegations",
		"negotiators", "diplomats", "envoys", "ambassadors", "lawmakers", "legislators", "chiefs", "representatives", "presidents",
		"premiers", "elders", "commanders", "generals")
)
