package importer

import (
	"strings"
	"unicode"
)

// cueHead returns the reporting verb of a PolNeAR Cue span, in dyad's
// cue convention (the verb or verb phrase itself: "said", "told",
// "according to", "called for"). PolNeAR's Cue spans often run on into
// the verb's object or an adjunct ("accused Holt of", "said in an
// interview", "told reporters", "said Tuesday"), which the scorer's
// last-word comparison would count against a system cue that names
// the same verb. The rule:
//
//   - a span that already ends in a reporting verb ("has said", "went
//     on to say", "issued a statement saying") is kept as it is;
//   - otherwise the head is the first word after any auxiliaries,
//     modals, negations and adverbs ("has", "would", "did not",
//     "also", "publicly"); the cue is the span up to the head, with the
//     particle right after it when it belongs to the verb ("pointed
//     out", "called for", "called on", "shot back", "according to"),
//     or the object of an idiom ("put it", "expressed concern"),
//     and the rest (object, name, prepositional phrase, time) is
//     dropped. A "to" infinitive after the head takes its place
//     ("continued to call for").
//
// Outer white space and trailing punctuation (“said:”) are removed; a
// span of punctuation alone (a dash or colon marked as the cue) is
// kept.
func cueHead(span string) string {
	s := strings.TrimRightFunc(strings.TrimSpace(span), func(r rune) bool {
		return unicode.IsPunct(r) && r != '’' && r != '\'' || unicode.IsSpace(r)
	})
	if s == "" {
		return strings.TrimSpace(span)
	}
	words := strings.Fields(s)
	if len(words) == 1 || reportingVerbs[lowerWord(words[len(words)-1])] {
		return strings.Join(words, " ")
	}
	v := 0
	for v < len(words)-1 && preVerb(lowerWord(words[v])) {
		v++
	}
	// "continued to call for", "is struggling to understand": the
	// verb of the infinitive is the head.
	for v+2 < len(words) && lowerWord(words[v+1]) == "to" && !reportingVerbs[lowerWord(words[v])] && lowerWord(words[v]) != "according" {
		v += 2
	}
	end := v + 1
	if end < len(words) {
		p := lowerWord(words[end])
		if idiomWords[p] != "" && strings.HasPrefix(lowerWord(words[v]), idiomWords[p]) || verbParticles[p] || p == "to" && lowerWord(words[v]) == "according" ||
			openParticles[p] && (end == len(words)-1 || strings.HasPrefix(lowerWord(words[v]), "call")) {
			end++
		}
	}
	return strings.Join(words[:end], " ")
}

func lowerWord(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// reportingVerbs are the forms of the verbs of saying a Cue span most
// often ends in; such a span holds no object or adjunct to drop.
var reportingVerbs = map[string]bool{}

func init() {
	// (not the forms that are nouns too: "report", "claims", "notes")
	for _, v := range strings.Fields(`say says said saying tell tells told telling
		write writes wrote written add adds added adding noted noting
		stated stating ask asks asked asking claimed claiming
		argue argues argued arguing explain explains explained explaining
		announce announces announced announcing insist insists insisted insisting
		reported tweeted warn warns warned declare declares declared declaring`) {
		reportingVerbs[v] = true
	}
}

// verbParticles belong to the verb before them ("pointed out", "shot
// back", "laid out"), as dyad's cues keep them. openParticles do when
// they end the span or follow "call" ("called for", "calls on"), not
// when a phrase follows them ("wrote on Twitter"). Other prepositions
// ("in an interview", "of lying", "about the plan", "to reporters")
// open a phrase of their own; "to" belongs only to "according".
var verbParticles = map[string]bool{"out": true, "up": true, "off": true, "back": true, "down": true}

var openParticles = map[string]bool{"for": true, "on": true, "upon": true}

// idiomWords are the objects that make a reporting phrase with the verb
// they follow (the word → the verb's stem), as in dyad's cues "put it"
// ("as Lund put it") and "expressed concern".
var idiomWords = map[string]string{"it": "put", "concern": "express"}

// preVerbWords come before the head verb of a Cue span: auxiliaries,
// modals, negations, the infinitive "to", contracted forms and common
// adverbs of time and manner.
var preVerbWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`has have had having is are was were be been being am
		's 're 've 'd will would can could may might shall should must do does did
		don't doesn't didn't won't wouldn't can't couldn't isn't wasn't hasn't haven't hadn't
		not never n't to also later then now first recently previously again already
		still just even once both all further since last week yesterday today earlier`) {
		preVerbWords[w] = true
	}
}

// preVerb reports whether w comes before the head verb: a word of
// preVerbWords or an adverb in -ly ("publicly", "repeatedly"; not the
// verbs "reply", "apply", "imply", "rely", "supply").
func preVerb(w string) bool {
	if preVerbWords[w] {
		return true
	}
	switch w {
	case "reply", "apply", "imply", "rely", "supply":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}
