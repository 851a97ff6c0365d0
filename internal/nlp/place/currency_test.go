package place

import "testing"

func TestCurrencyCountry(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"Dollar", "It cost $5,000 last year.", "US"},
		{"USDollar", "It cost US$5 and then $7.", "US"},
		{"Pound", "A fine of £200 was paid.", "GB"},
		{"Both", "It cost $5, or £4.", ""},
		{"OtherDollar", "It cost C$5 and $4.", ""},
		{"AussieDollar", "A$12 a litre", ""},
		{"NoDigit", "a $ sign and a trailing $", ""},
		{"DollarFirst", "$3 only", "US"},
		{"USAfterLetter", "BUS$5", ""},
		{"None", "No money here.", ""},
		{"Empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := currencyCountry(tt.text); got != tt.want {
				t.Errorf("currencyCountry(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
