package place_test

import "testing"

func TestGeocoder_LocalFeatures(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                bool
		wantAdmin1          string
	}{
		{"LakeNearTown", "Boaters crowded Lake Lanier near Gainesville, Georgia, on Sunday.", "Lake Lanier", true, "Georgia"},
		{"ParkInTown", "Volunteers cleaned Shawnee Park in Louisville, Kentucky, on Saturday.", "Shawnee Park", true, "Kentucky"},
		{"CreekAfterTown", "Deputies in Greer, S.C., searched Big Creek on Monday.", "Big Creek", true, "South Carolina"},
		{"AirportInCity", "He flew into Pearson International Airport in Toronto on Monday.", "Pearson International Airport", true, "Ontario"},
		// No town in the story to put it at.
		{"ParkAlone", "Crowds gathered in Griffith Park on Sunday.", "Griffith Park", false, ""},
		// A modifier of an organisation's name.
		{"ParkOrg", "The Riverside Park Conservancy met in Dayton, Ohio, on Monday.", "Riverside Park", false, ""},
		{"ValleyBoard", "The Licking Valley school board met in Newark, Ohio.", "Licking Valley", false, ""},
		// Rivers run far from the towns beside them.
		{"River", "Barges moved down the Neches River near Beaumont, Texas.", "Neches River", false, ""},
		// A place the stage kept inside: the city, not a feature.
		{"CityInside", "He landed at Vancouver International Airport on Monday.", "Vancouver International Airport", false, ""},
		// Only common words before the noun.
		{"CommonWords", "Fans in Dayton, Ohio, met at the State Park on Monday.", "State Park", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := find(run(t, tt.text), tt.mention)
			if got := len(ps) > 0; got != tt.want {
				t.Fatalf("Places(%q): %q is a place = %v, want %v", tt.text, tt.mention, got, tt.want)
			}
			if tt.want && ps[0].Admin1 != tt.wantAdmin1 {
				t.Errorf("Places(%q): %q in %q, want %q", tt.text, tt.mention, ps[0].Admin1, tt.wantAdmin1)
			}
		})
	}
}
