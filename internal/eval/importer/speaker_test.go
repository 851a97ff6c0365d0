package importer_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/eval/importer"
)

func TestSourceName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus", "G.K. Butterfield"},
		{"Democratic Sen. Claire McCaskill (D-Mo.)", "Claire McCaskill"},
		{"House Speaker Paul D. Ryan (R-Wis.)", "Paul D. Ryan"},
		{"Donald Trump", "Donald Trump"},
		{"Trump’s", "Trump"},
		{"Clinton", "Clinton"},
		{"PolitiFact", "PolitiFact"},
		// Not names: the words stay.
		{"he", "he"},
		{"a spokesman for Hillary Clinton", "a spokesman for Hillary Clinton"},
		{"The statement", "The statement"},
		{"Trump's campaign manager Kellyanne Conway", "Trump's campaign manager Kellyanne Conway"},
		{"advisers to Mr. Obama", "advisers to Mr. Obama"},
		{"Sen.", "Sen."},
		{"The", "The"},
	}
	for _, tt := range tests {
		if got := importer.SourceName(tt.in); got != tt.want {
			t.Errorf("sourceName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
