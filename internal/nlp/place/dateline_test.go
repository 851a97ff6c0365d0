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

// TestGeocoder_OutletCountryTowns checks that a town of the outlet's
// country-code domain outweighs a larger namesake abroad that other
// names' readings vote for, as a city of 100,000 there does; not a name
// that is also a province's ("Quebec" in cbc.ca stays the province).
func TestGeocoder_OutletCountryTowns(t *testing.T) {
	seg, g := newStages(t)
	tests := []struct {
		name, outlet, text, mention, wantCountry, wantAdmin1 string
	}{
		{"TownAtHome", "www.localnews.co.uk", "Police in Enfield said a man from Edmonton and a woman from Salisbury were arrested.", "Edmonton", "GBR", "England"},
		{"NamesakeAbroadDropped", "www.localnews.co.uk", "Police in Enfield said a man from Edmonton and a woman from Salisbury were arrested.", "Enfield", "", ""},
		{"NamesakeElsewhere", "www.example.com", "Police in Enfield said a man from Edmonton and a woman from Salisbury were arrested.", "Enfield", "USA", "North Carolina"},
		{"ProvinceStays", "www.cbc.ca", "Crews in Quebec cleared snow on Sunday.", "Quebec", "CAN", "Quebec"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := placeOutlet(t, seg, g, tt.text, tt.outlet)
			ps := find(doc.Places, tt.mention)
			if tt.wantCountry == "" {
				if len(ps) != 0 {
					t.Errorf("Places(%q, outlet %q): %q = %+v, want none", tt.text, tt.outlet, tt.mention, ps)
				}
				return
			}
			if len(ps) != 1 || ps[0].Country != tt.wantCountry || ps[0].Admin1 != tt.wantAdmin1 {
				t.Errorf("Places(%q, outlet %q): %q = %+v, want %s/%s", tt.text, tt.outlet, tt.mention, ps, tt.wantCountry, tt.wantAdmin1)
			}
		})
	}
}
