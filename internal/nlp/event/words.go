package event

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
	// "the government of Iraq", "leaders in Kyiv".
	fallbackPreps = set("of", "in")
	// slotStops end the few words allowed before a slot's actor.
	slotStops = set("and", "or", "but", "that", "which", "who", "because", "while", "if", "when",
		"said", "says", "told", "after", "before", "as")
	// locativePreps introduce a place, not a party: "talks in Canada".
	locativePreps      = set("in", "at", "near", "inside", "from", "outside", "across")
	possessivePronouns = set("his", "her", "their", "its")
	articles           = set("a", "an", "the", "as")
	beForms            = set("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "'s", "'re")
	negations          = set("not", "n't", "never", "no", "neither", "nor", "didn't", "don't", "doesn't",
		"hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "can't", "cannot", "isn't",
		"aren't", "wasn't", "weren't", "shouldn't", "mustn't")
	plannedCues = set("will", "shall", "'ll", "set", "scheduled", "due", "plan", "plans", "planned",
		"planning", "expected", "intend", "intends", "intended", "going", "about", "slated", "poised", "prepared",
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
	ifWords       = set("if", "unless", "whether")
	reportedCues  = set("reportedly", "allegedly", "purportedly")
	exchangeWords = set("exchange", "return")
	ellipsisAux   = set("will", "would", "did", "does", "do", "has", "have", "had", "is", "are", "was",
		"were", "can", "could", "shall", "should", "may", "might")
	reportingVerbs = set("say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "note", "notes",
		"noted", "announce", "announces", "announced", "state", "states", "stated", "claim", "claims", "claimed",
		"report", "reports", "reported", "insist", "insists", "insisted", "argue", "argues", "argued")
	// subjectPreps may stand before a clause's subject: "for Russia to
	// relinquish", "before Russia invaded".
	subjectPreps = set("for", "before", "after", "since", "until", "as", "like")
	// wishCues are desires and attempts: their "to" complement is not
	// coded as an event (plans and expectations are, as planned).
	wishCues = set("aim", "aims", "aimed", "aiming", "hope", "hopes", "hoped", "hoping", "seek", "seeks",
		"sought", "seeking", "try", "tries", "tried", "trying", "attempt", "attempts", "attempted",
		"attempting", "strive", "strives", "striving", "want", "wants", "wanted", "wanting", "wish",
		"wishes", "wished", "wishing", "keen", "eager")
	subjectPronouns = set("he", "she", "they", "it", "we", "i")
	particles       = set("off", "out", "up", "down", "away", "back", "on")
	firstPerson     = set("we", "i", "us", "our", "my")
	// scopeEnds end the complement of a control verb.
	scopeEnds = set(";", "but", "while", "following", "after", "before", "because", "as", "whereas",
		"although", "though", "when", "which", "who")
)
