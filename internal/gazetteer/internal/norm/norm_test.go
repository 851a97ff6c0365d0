package norm_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/gazetteer/internal/norm"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Paris", "paris"},
		{"São Paulo", "sao paulo"},
		{"  New\t York ", "new york"},
		{"Kyiv’s", "kyiv's"},
		{"Ñuñoa", "nunoa"},
		{"Guinea-Bissau", "guinea bissau"},
		{"Croix des Bouquets", "croix des bouquets"},
		{"Croix-des-Bouquets", "croix des bouquets"},
		{"Russia – Ukraine", "russia ukraine"},
		{"Łódź", "lodz"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := norm.KeyString(tt.in); got != tt.want {
			t.Errorf("KeyString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsPlainKey(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Paris", true}, {"New York", true}, {"São Paulo", false}, {"New  York", false}, {" Paris", false},
	}
	for _, tt := range tests {
		if got := norm.IsPlainKey(tt.in); got != tt.want {
			t.Errorf("IsPlainKey(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzKey(f *testing.F) {
	f.Add("São Paulo")
	f.Add("\xff")
	f.Fuzz(func(t *testing.T, s string) {
		k := norm.KeyString(s)
		if norm.KeyString(k) != k {
			t.Errorf("KeyString(%q) = %q is not a fixed point", s, k)
		}
	})
}
