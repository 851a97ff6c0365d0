package pipeline_test

import (
	"log/slog"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// maxFuzzInput caps fuzzed article texts, in bytes.
const maxFuzzInput = 4096

// FuzzProcess runs the whole pipeline (every stage on the real
// dictionaries, so each stage sees what the one before it really
// produces) on fuzzed texts: no stage may fail or panic, and the
// document must validate and keep the `dyad code` field contracts.
//
//	go test -run '^$' -fuzz FuzzProcess -fuzztime 2m ./internal/pipeline
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Russia absorbed Crimea in 2014. Trump met Putin in Alaska on Friday.",
		"“We will meet Putin,” Trump said on CNN, accusing him of lying.",
		"FBI said it would cooperate",
		"\"We will win,\" told the",
		"Smith. That cut costs, Jones said. statement to",
		"Ukraine was attacked on Monday in Kyiv, officials told Reuters.",
		"IRAN WILL STRIKE ISRAEL IF IT ATTACKS AGAIN SAID THE MINISTER",
		"France, Germany and Italy\nsigned the accord last week in Rome",
		"\"Unclosed quote, the president said. “Another",
	} {
		f.Add(s)
	}
	rec := &panicRecorder{}
	p, err := pipeline.New(nil, pipeline.Options{Logger: slog.New(rec)})
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzInput || !utf8.ValidString(text) {
			return // article text is valid UTF-8 by the time it reaches the pipeline
		}
		rec.last = ""
		doc, err := p.Process(t.Context(), &dyad.Article{ID: dyad.ArticleID(text), Text: text, Published: pub})
		if err != nil {
			t.Fatalf("Process: %v\n%s", err, rec.last)
		}
		if err := doc.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, msg := range contractViolations(doc) {
			t.Error(msg)
		}
	})
}
