package event_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/event"
)

// A small PETRARCH-format dictionary exercising the syntax the loader reads.
const petDict = `<!-- test dictionary -->
&TIES
+TIES
+RELATIONS_

&PACT
+ACCORD
+&TIES

--- RESTORE [064] ---
RESTORE   # regular forms generated
- * FULL_&TIES  [0641]
- NOT * &TIES  [---]

--- VISIT [042:043] ---
VISIT
- * (TO $)  [:043]

--- BREAK [---] ---
BREAK {BROKE BROKEN}
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF} [161]
- * WITH + [160]

--- MEET [040] ---
MEET {MET}
- % * [040:040]
`

func petCoder(t *testing.T) *event.Coder {
	t.Helper()
	p := filepath.Join(t.TempDir(), "verbs.txt")
	if err := os.WriteFile(p, []byte(petDict), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := event.New(event.Config{NoBuiltin: true, VerbFiles: []string{p}, DateOf: nearestDate})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestParsePetrarch(t *testing.T) {
	c := petCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"BlockCode", "Russia restored Ukraine.", []string{"RUS→UKR 064 asserted"}},
		{"SynsetPattern", "Russia restores full ties with Ukraine.", []string{"RUS→UKR 0641 asserted"}},
		{"NullPattern", "Russia did not restore relations with Ukraine.", nil},
		{"ReversedCode", "Putin visited Ukraine.", []string{"RUSGOV→UKR 042 asserted", "UKR→RUSGOV 043 asserted"}},
		{"IrregularForm", "Russia broke with Ukraine.", []string{"RUS→UKR 160 asserted"}},
		{"MultiWordVerb", "Russia broke off Ukraine.", []string{"RUS→UKR 161 asserted"}},
		{"CompoundBothWays", "Russia and Ukraine met.", []string{"RUS→UKR 040 asserted", "UKR→RUS 040 asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, tt.text)
			if err := c.Process(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summary(doc)); diff != "" {
				t.Errorf("code(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestParseDict_Errors(t *testing.T) {
	tests := []struct{ name, dict string }{
		{"BadCode", "04x meet:v\n"},
		{"NoAnchor", "040 with <T>\n"},
		{"UnknownFlag", "040 meet:v | sometimes\n"},
		{"UnknownSynset", "040 meet:v &NOPE\n"},
		{"TwoAnchors", "040 !meet !talk\n"},
		{"OptionalAnchor", "040 meet:v?\n"},
		{"EmptyLight", "@light\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := event.ParseDict("d.txt", strings.NewReader(tt.dict))
			var pe *event.ParseError
			if !errors.As(err, &pe) || pe.Line != 1 || pe.Name != "d.txt" {
				t.Errorf("ParseDict(%q) err = %v, want a ParseError at d.txt:1", tt.dict, err)
			}
		})
	}
}

// TestLoadVerbFile_CAMEO reads the public PETRARCH CAMEO dictionary
// unchanged and codes with it alone.
func TestLoadVerbFile_CAMEO(t *testing.T) {
	p := corpus.Path(t, "corpora/event-coding-dictionaries/petrarch2.CAMEO.2.0.txt.gz")
	d, err := event.LoadVerbFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() < 5000 {
		t.Errorf("CAMEO.2.0 gave %d patterns, want over 5000", d.Len())
	}
	c, err := event.New(event.Config{NoBuiltin: true, VerbFiles: []string{p}, DateOf: nearestDate})
	if err != nil {
		t.Fatal(err)
	}
	doc := annotate(t, "Russia condemned Ukraine.")
	if err := c.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if got := summary(doc); len(got) != 1 || !strings.HasPrefix(got[0], "RUS→UKR 11") {
		t.Errorf("CAMEO.2.0 coding of %q = %v, want RUS→UKR 11x", "Russia condemned Ukraine.", got)
	}
}
