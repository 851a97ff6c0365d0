package event_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_ModeTable codes the invented sentences of testdata/modes.tsv with
// the whole pipeline and checks the mode of the event on each row's
// trigger word ("word" or "word/N" for its N-th occurrence). It fails on
// a wrong mode and on an uncoded row not marked as a known gap.
func TestCoder_ModeTable(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows, right, uncoded := 0, 0, 0
	for _, r := range readTable(t, "testdata/modes.tsv", 3) {
		line, cols := r.line, r.cols
		gap := strings.HasPrefix(cols[2], "~")
		cols[2] = strings.TrimPrefix(cols[2], "~")
		if cols[2] != "none" && !dyad.ValidMode(cols[2]) {
			t.Fatalf("modes.tsv:%d: unknown mode %q", line, cols[2])
		}
		at := wordAt(cols[0], cols[1])
		if at < 0 {
			t.Fatalf("modes.tsv:%d: no word %q in %q", line, cols[1], cols[0])
		}
		rows++
		doc := processAt(t, p, cols[0], "test")
		var modes []string
		for _, e := range doc.Events {
			if e.Trigger.Start <= at && at < e.Trigger.End {
				modes = append(modes, e.Mode)
			}
		}
		switch {
		case cols[2] == "none" && len(modes) == 0:
			right++
		case cols[2] == "none":
			t.Errorf("modes.tsv:%d %q: %s coded as %v, want no event", line, cols[0], cols[1], modes)
		case len(modes) == 0 && gap:
			uncoded++
			t.Logf("modes.tsv:%d %q: not coded yet (known gap)", line, cols[0])
		case len(modes) == 0:
			uncoded++
			t.Errorf("modes.tsv:%d %q: no event on %s, want %s", line, cols[0], cols[1], cols[2])
		default:
			ok := true
			for _, m := range modes {
				ok = ok && m == cols[2]
			}
			if ok {
				right++
			} else {
				t.Errorf("modes.tsv:%d %q: %s is %v, want %s", line, cols[0], cols[1], modes, cols[2])
			}
		}
	}
	t.Logf("modes: %d/%d right (%.3f), %d uncoded", right, rows, float64(right)/float64(rows), uncoded)
}

// wordAt returns the byte offset of the word w ("word/N": its N-th
// occurrence) as a whole word of text, or -1.
func wordAt(text, w string) int {
	n := 1
	if i := strings.LastIndexByte(w, '/'); i >= 0 {
		n, _ = strconv.Atoi(w[i+1:])
		w = w[:i]
	}
	locs := regexp.MustCompile(`\b`+regexp.QuoteMeta(w)+`\b`).FindAllStringIndex(text, -1)
	if n < 1 || n > len(locs) {
		return -1
	}
	return locs[n-1][0]
}

// TestCoder_WarnedThreat checks that a hostile act the speaker's own side
// says it could or would take, under a warning cue, is coded as the threat
// (asserted), and that another side's act or a plain saying keeps the act.
func TestCoder_WarnedThreat(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, word, code, mode string }{
		{"China hinted that it could impose sanctions on Japan.", "sanctions", "1312", dyad.ModeAsserted},
		{"Iran warned that it would attack Israel.", "attack", "138", dyad.ModeAsserted},
		{"China said that it could impose sanctions on Japan.", "sanctions", "163", dyad.ModeConditional},
		{"Putin warned that Ukraine could attack Russia.", "attack", "190", dyad.ModeConditional},
	}
	for _, c := range cases {
		doc := processAt(t, p, c.text, "test")
		at := wordAt(c.text, c.word)
		found := false
		for _, e := range doc.Events {
			if e.Trigger.Start <= at && at < e.Trigger.End {
				found = true
				if e.CAMEO != c.code || e.Mode != c.mode {
					t.Errorf("%q: %s %s, want %s %s", c.text, e.CAMEO, e.Mode, c.code, c.mode)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.word)
		}
	}
}
