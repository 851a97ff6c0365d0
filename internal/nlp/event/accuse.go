package event

import (
	_ "embed"
	"strings"

	"github.com/dyad-events/dyad"
)

//go:embed data/wrongdoing.txt
var wrongdoingData string

// wrongdoing lists the verbs (and short phrases, split into words) that
// name a wrong done by their subject; see data/wrongdoing.txt.
var wrongdoing = parseWrongdoing(wrongdoingData)

func parseWrongdoing(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	return out
}

// accusationChain are the words that may stand between a reported
// clause's subject and its verb of wrongdoing: auxiliaries, adverbs of
// degree and time, and attempt verbs ("has so far violated", "has
// repeatedly tried to sabotage", "openly seeks to weaponize").
var accusationChain = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"been": true, "also": true, "so": true, "far": true, "repeatedly": true, "openly": true,
	"deliberately": true, "systematically": true, "again": true, "continually": true,
	"consistently": true, "still": true, "always": true, "blatantly": true, "flagrantly": true,
	"tried": true, "tries": true, "trying": true, "seeks": true, "sought": true, "seeking": true,
	"to": true, "continues": true, "continued": true,
}

var accusationPattern = &Pattern{Code: "112"}

// quotedAccusations codes the accusations made in reported speech with no
// accusation verb: a quote or reported clause whose main clause has an
// actor as subject and a verb of wrongdoing ("the Americans have violated
// the agreement," X said) is the speaker's accusation of that actor
// (CAMEO 112), asserted: saying it is accusing. The speaker and the
// accused must be different parties.
func (w *worker) quotedAccusations(si int) {
	for _, qi := range w.byQuote[si] {
		q := &w.doc.Quotes[qi]
		sp, ok := w.quoteSpeaker(qi)
		if !ok {
			continue
		}
		// the clause opening the quote, or a sentence of it
		k := w.tokenIndex(max(q.Start, w.sent.Start))
		for k < len(w.toks) && w.quote[k] != qi {
			k++
		}
		if k < len(w.toks) && w.low[k] == "that" {
			k++
		}
		if k+1 < len(w.toks) && w.ment[k] < 0 && w.low[k+1] == "," {
			k += 2 // an opening adverb: "Unfortunately, …", "However, …"
		}
		if k+1 < len(w.toks) && w.low[k] == "the" && w.ment[k] < 0 && w.ment[k+1] >= 0 && w.mstart[k+1] == k+1 {
			k++ // "the Trump administration", its mention begun after the article
		}
		if k >= len(w.toks) || w.ment[k] < 0 || w.mstart[k] != k || w.quote[k] != qi {
			continue // the clause does not open with an actor
		}
		subj := w.mentionRef(w.ment[k], k)
		if subj.code == "" || sp.code == "" || strings.HasPrefix(subj.code, sp.code) || strings.HasPrefix(sp.code, subj.code) {
			continue // no coded subject, or the speaker speaks of its own side
		}
		j := w.mend[k]
		for n := 0; j < len(w.toks) && n < 4; n++ {
			if accusationChain[w.low[j]] && w.quote[j] == qi {
				j++
				continue
			}
			if j+3 < len(w.toks) && isOpenQuote(w.low[j]) && strings.HasSuffix(w.low[j+1], "ly") && isCloseQuote(w.low[j+2]) {
				j += 3 // a scare-quoted adverb: "Iran is “flagrantly” defying …"
				continue
			}
			break
		}
		end := w.wrongdoingAt(j, qi)
		if end < 0 && j+1 < len(w.toks) && j >= 2 && w.low[j] == "blame" && w.low[j-1] == "to" && beForms[w.low[j-2]] && w.quote[j] == qi {
			end = j + 1 // "Russia is to blame for …"
		}
		if end < 0 {
			continue
		}
		m := match{p: accusationPattern, anchor: j, start: j, end: end, hiEnd: end, loStart: k, source: &sp, target: &subj}
		w.emitSaying(&m, sp, &subj, "quoted accusation", "112", q)
	}
}

// dateBySaying dates ev, a stance taken by saying quote q, by the saying:
// the quote's date, a week too ("said this week"), when it has one.
func (w *worker) dateBySaying(ev *dyad.Event, q *dyad.Quote) {
	if q.Date == nil {
		return
	}
	if v, prec := quoteDate(*q.Date); prec != "" { // a day, month, year or week
		ev.Date, ev.DatePrecision, ev.DateSource, ev.DateText = v, prec, dyad.DateFromText, ""
	}
}

// quoteSpeaker returns the actor who says quote qi: its attributed
// speaker, else the coded possessor an uncoded speaker opens with
// ("Pakistan's envoy").
func (w *worker) quoteSpeaker(qi int) (actorRef, bool) {
	if sp, ok := w.speaker(qi); ok {
		return sp, true
	}
	return w.possessorSpeaker(&w.doc.Quotes[qi])
}

// wrongdoingAt returns one past the end of the verb of wrongdoing at token
// j ("has not lived up": j at "not"), or -1.
func (w *worker) wrongdoingAt(j, qi int) int {
	for _, ws := range wrongdoing {
		if j+len(ws) > len(w.toks) {
			continue
		}
		ok := true
		for i, s := range ws {
			if w.low[j+i] != s || w.quote[j+i] != qi {
				ok = false
				break
			}
		}
		if ok {
			return j + len(ws)
		}
	}
	return -1
}

func possessive(s string) bool {
	return strings.HasPrefix(s, "'s ") || strings.HasPrefix(s, "\u2019s ")
}

// possessorSpeaker returns, for a speaker the actors stage left uncoded,
// the coded possessor its description opens with ("Pakistan's envoy to
// the U.N., Munir Akram" speaks for Pakistan), or the coded role so
// opening ("Poland's envoy").
func (w *worker) possessorSpeaker(q *dyad.Quote) (actorRef, bool) {
	if q.Speaker == nil {
		return actorRef{}, false
	}
	sp := q.Speaker.Span
	for mi := range w.doc.Mentions {
		m := &w.doc.Mentions[mi]
		if m.Start != sp.Start || m.End >= sp.End {
			continue
		}
		rest := w.doc.Article.Text[m.End:sp.End]
		if !possessive(rest) && !strings.Contains(m.Text, "'s ") && !strings.Contains(m.Text, "\u2019s ") {
			return actorRef{}, false
		}
		a := w.resolve(mi)
		if a == nil || a.Code == "" {
			return actorRef{}, false
		}
		return actorRef{mention: mi, place: -1, span: m.Span, code: a.Code, name: a.Name,
			country: a.Country, tok: -1, tokEnd: -1, speaker: true}, true
	}
	return actorRef{}, false
}

// emitSaying emits the act the speaker performs by saying quote q (a
// stance, an accusation, a demand, a threat): asserted whatever the
// quote's own mode, and dated by the saying.
func (w *worker) emitSaying(m *match, sp actorRef, t *actorRef, rule, code string, q *dyad.Quote) {
	n := len(w.doc.Events)
	w.emit(m, sp, t, dyad.ModeAsserted, rule, true, code)
	if len(w.doc.Events) > n {
		ev := &w.doc.Events[len(w.doc.Events)-1]
		ev.Mode = dyad.ModeAsserted
		w.dateBySaying(ev, q)
	}
}
