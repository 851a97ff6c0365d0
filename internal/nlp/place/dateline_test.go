package place_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

func TestGeocoder_DatelineRegion(t *testing.T) {
	seg, g := newStages(t)
	tests := []struct {
		name, dateline, text, mention, wantAdmin1 string
	}{
		{"DatelineState", "PARIS, Mo. —", "Crews cleared roads in Monroe County on Friday.", "Monroe County", "Missouri"},
		{"NoDateline", "", "Crews cleared roads in Monroe County on Friday.", "Monroe County", "Alabama"},
		{"DatelineCityOnly", "PARIS —", "Crews cleared roads in Monroe County on Friday.", "Monroe County", "Alabama"},
		// The state the story names most, over one it names in passing.
		{"StateNamedMost", "", "Cattle from Indiana were sold in Missouri. Missouri ranchers met in Missouri on Friday, and crews cleared roads in Monroe County.",
			"Monroe County", "Missouri"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := dyad.NewDocument(&dyad.Article{Text: tt.text, Dateline: tt.dateline})
			if err := seg.Process(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			if err := g.Process(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			ps := find(doc.Places, tt.mention)
			if len(ps) != 1 || ps[0].Admin1 != tt.wantAdmin1 {
				t.Errorf("Places(%q, dateline %q): %q = %+v, want %s", tt.text, tt.dateline, tt.mention, ps, tt.wantAdmin1)
			}
		})
	}
}
