package eval_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/eval"
)

// FuzzParseGold parses gold files and scores them against a document with
// a few system items: nothing may panic, and counts stay consistent.
func FuzzParseGold(f *testing.F) {
	f.Add(`{"text": "Russia attacked Kyiv on Sunday.", "exhaustive": ["times"], "times": [{"text": "Sunday", "value": "2025-08-17", "start": 24, "end": 30}], "actors": [{"text": "Russia", "code": ["RUS", ""]}]}`)
	f.Add(`{"text": "“We win,” he said.", "quotes": [{"starts": "We win", "speaker": "he", "speaker_start": 11, "speaker_end": 13}], "events": [{"anchor": "said", "symmetric": true, "plover": "CONSULT"}]}`)
	f.Fuzz(func(t *testing.T, data string) {
		if len(data) > 1<<13 {
			return
		}
		g, err := eval.ParseGold([]byte(data))
		if err != nil || g.Text == "" {
			return
		}
		d := dyad.NewDocument(&dyad.Article{Text: g.Text})
		n := len(g.Text)
		d.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: n}}}
		d.Mentions = []dyad.Mention{{Span: dyad.Span{Start: 0, End: min(3, n)}, Actor: &dyad.Actor{Code: "RUS"}}}
		d.Times = []dyad.TimeExpr{{Span: dyad.Span{Start: n / 2, End: n}, Value: "2025-08-17"}}
		d.Quotes = []dyad.Quote{{Span: dyad.Span{Start: 0, End: n}, Speaker: &dyad.Speaker{Name: "he"}}}
		d.Events = []dyad.Event{{Sentence: dyad.Span{Start: 0, End: n}, Source: &dyad.EventActor{Code: "RUS"}}}
		r := eval.Score(g, d)
		for task, c := range r.Counts {
			if c.TP < 0 || c.FP < 0 || c.FN < 0 {
				t.Fatalf("%s counts %+v", task, c)
			}
		}
		eval.NewReport([]*eval.FileResult{r}, true)
	})
}
