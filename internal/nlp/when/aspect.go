package when

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// perfectReach is how many tokens before a trigger Perfect looks for the
// auxiliary of its verb group.
const perfectReach = 12

// Perfect reports whether the trigger at span is the verb of a perfect
// ("The House has only impeached two presidents", "Police have detained
// him", "The court had been petitioned by …") or lies inside one ("which
// has retreated from its goal of ousting Assad"): a "has", "have" or
// "had" before it in its clause, followed, past adverbs, by a past
// participle. Such a clause tells what had come about by the time of
// the story, not what happened on the day its lede sets; a perfect
// carries no day of its own. The clause ends, going back, at a comma, a
// semicolon, a colon, a quotation mark, a dash or a parenthesis, so a
// perfect in a fronted clause ("After the rebels had fled, troops
// seized the town") does not reach the main verb. A past perfect under
// a past verb of saying or learning ("said it had carried out the
// attack") is a shifted simple past and no perfect here. A "have" that is the
// main verb ("have talks", "had a meeting") makes no perfect.
func Perfect(text string, sentence, span dyad.Span) bool {
	toks, i, ok := spanTokens(text, sentence, span)
	if !ok {
		return false
	}
	word := func(k int) string { return strings.ToLower(text[toks[k].start:toks[k].end]) }
	for k := i - 1; k >= 0 && k >= i-perfectReach; k-- {
		if toks[k].kind == tkPunct {
			if toks[k].ch == '\'' && k > 0 && toks[k].glued && k+1 < len(toks) && toks[k+1].glued {
				continue // "hasn't", "they've"
			}
			return false
		}
		if toks[k].kind != tkWord {
			continue
		}
		switch word(k) {
		case "has", "have", "ve", "hasn", "haven":
		case "had", "hadn":
			// (a past perfect under a past verb of saying or learning
			// is a shifted past, and tells of the story's own day: "said
			// it had carried out the attack", "upon hearing her son had
			// been convicted")
			for b := k - 1; b >= 0 && b >= k-perfectReach && toks[b].kind != tkPunct; b-- {
				if backshift[word(b)] {
					return false
				}
			}
		default:
			continue
		}
		// the first word after the auxiliary that is no adverb or
		// negation must be a past participle
		for n := k + 1; n < len(toks) && n <= i; n++ {
			if toks[n].kind == tkPunct && toks[n].ch == '\'' {
				continue
			}
			if toks[n].kind != tkWord {
				return false
			}
			w := word(n)
			if perfectAdverbs[w] || w == "t" || w == "not" || w == "n" {
				continue
			}
			return participle(w)
		}
		return false
	}
	return false
}

// backshift are past verbs of saying and learning, under which a past
// perfect tells a simple past.
var backshift = map[string]bool{"said": true, "told": true, "announced": true, "confirmed": true,
	"claimed": true, "reported": true, "stated": true, "added": true, "hearing": true, "heard": true,
	"learned": true, "learning": true, "learnt": true, "insisted": true, "admitted": true,
	"denied": true, "revealed": true, "disclosed": true, "acknowledged": true, "explained": true}

// perfectAdverbs may stand between a perfect's auxiliary and its
// participle ("has only impeached", "have already left").
var perfectAdverbs = map[string]bool{"only": true, "already": true, "also": true, "since": true,
	"now": true, "just": true, "long": true, "repeatedly": true, "previously": true, "recently": true,
	"never": true, "ever": true, "often": true, "yet": true, "still": true, "largely": true,
	"reportedly": true, "allegedly": true, "apparently": true, "so": true, "far": true, "twice": true,
	"once": true, "increasingly": true, "widely": true, "consistently": true, "publicly": true}

// participle reports whether w looks like a past participle: a regular
// "-ed" form or an irregular one.
func participle(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") {
		return true
	}
	return irregularParticiples[w]
}

// irregularParticiples are common irregular past participles of news
// verbs.
var irregularParticiples = map[string]bool{"been": true, "met": true, "made": true, "said": true,
	"told": true, "held": true, "taken": true, "given": true, "sent": true, "brought": true,
	"left": true, "fought": true, "caught": true, "struck": true, "won": true, "led": true,
	"set": true, "put": true, "cut": true, "hit": true, "kept": true, "lost": true, "paid": true,
	"sought": true, "spent": true, "stood": true, "sold": true, "built": true, "begun": true,
	"become": true, "had": true, "done": true, "gone": true, "seen": true, "shown": true,
	"known": true, "thrown": true, "written": true, "spoken": true, "broken": true, "chosen": true,
	"driven": true, "fallen": true, "forgotten": true, "frozen": true, "grown": true, "hidden": true,
	"risen": true, "shot": true, "stolen": true, "sworn": true, "torn": true, "withdrawn": true,
	"overtaken": true, "undertaken": true, "beaten": true, "bought": true, "felt": true, "fled": true,
	"found": true, "heard": true, "meant": true, "read": true, "run": true, "slain": true,
	"spread": true, "sunk": true, "thought": true, "understood": true, "upheld": true,
	"come": true, "dealt": true, "drawn": true, "fed": true, "forgiven": true, "laid": true, "let": true,
	"lent": true, "quit": true, "ridden": true, "rung": true, "shut": true,
	"sprung": true, "stuck": true, "swept": true, "taught": true, "woken": true, "wound": true}

// Present reports whether the trigger at span is a participle or gerund
// after a present "is", "are" or "am" (adverbs between): a present
// passive or progressive ("the rebels are backed by Iran", "the PKK is
// banned in Turkey", "experts are urging people to …"). Such a clause
// tells a state or an ongoing act as of the story's time, not an act on
// the day the lede sets. A trigger that begins with the auxiliary itself
// counts too ("is backed by").
func Present(text string, sentence, span dyad.Span) bool {
	toks, i, ok := spanTokens(text, sentence, span)
	if !ok {
		return false
	}
	word := func(k int) string { return strings.ToLower(text[toks[k].start:toks[k].end]) }
	// the verb: the trigger's first word, or its second after an
	// auxiliary it begins with
	v := i
	if v < len(toks) && toks[v].kind == tkWord && presentBe[word(v)] && v+1 < len(toks) && toks[v+1].start < span.End {
		v++
		for v < len(toks) && toks[v].kind == tkWord && perfectAdverbs[word(v)] && toks[v].start < span.End {
			v++
		}
		if v >= len(toks) || toks[v].kind != tkWord {
			return false
		}
		return presentForm(word(v))
	}
	if v >= len(toks) || toks[v].kind != tkWord || !presentForm(word(v)) {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if toks[k].kind != tkWord {
			return false
		}
		w := word(k)
		if presentBe[w] {
			return true
		}
		if !perfectAdverbs[w] && w != "not" && w != "being" {
			return false
		}
	}
	return false
}

// presentBe are the present forms of "be".
var presentBe = map[string]bool{"is": true, "are": true, "am": true}

// presentForm reports whether w may follow a present "be" as a passive
// participle or a progressive's "-ing" form.
func presentForm(w string) bool {
	return participle(w) && w != "been" || len(w) > 4 && strings.HasSuffix(w, "ing")
}

// spanTokens tokenizes the sentence and finds the first token that ends
// after span's start; ok is false when the sentence is out of the text or
// does not contain the span.
func spanTokens(text string, sentence, span dyad.Span) (toks []tok, i int, ok bool) {
	if sentence.CheckIn(text) != nil || !sentence.Contains(span) {
		return nil, 0, false
	}
	toks = tokenize(text, sentence.Start, sentence.End, nil)
	for i < len(toks) && toks[i].end <= span.Start {
		i++
	}
	return toks, i, true
}
