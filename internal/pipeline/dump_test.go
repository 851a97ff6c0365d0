package pipeline_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestDumpCorpora writes the whole pipeline's JSON document for every
// article of the benchmark corpora, one per line, to the file named by
// DYAD_DUMP. It is a tool for performance work: dump before and after a
// change and diff the two files to prove the output did not change.
//
//	DYAD_DUMP=before.jsonl go test ./internal/pipeline -run TestDumpCorpora
//	(change, then the same into after.jsonl)
//	cmp before.jsonl after.jsonl
//
// Without DYAD_DUMP it is skipped.
func TestDumpCorpora(t *testing.T) {
	out := os.Getenv("DYAD_DUMP")
	if out == "" {
		t.Skip("set DYAD_DUMP=FILE to dump the corpora's documents")
	}
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, c := range benchCorpora {
		for _, a := range c.load(t) {
			doc, err := p.Process(t.Context(), a)
			if err != nil {
				t.Fatal(err)
			}
			if err := enc.Encode(doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
