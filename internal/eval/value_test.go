package eval_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/eval"
)

func TestSameValue(t *testing.T) {
	tests := []struct {
		sys, gold string
		want      bool
	}{
		{"2025-08-17", "2025-08-17", true},
		{"p1d", "P1D", true},
		// Durations of the same length.
		{"P2Y6M", "P2.5Y", true},
		{"P30M", "P2Y6M", true},
		{"P2.5Y", "P30M", true},
		{"P1D", "PT24H", true},
		{"PT1H30M", "PT90M", true},
		{"P1W", "P7D", true},
		{"P1DE", "P10Y", true},
		{"P1Q", "P3M", true},
		{"P1C", "P100Y", true},
		{"PT0.5H", "PT30M", true},
		{"PT2H", "P2H", true}, // an hour written without T
		{"PTXH", "PXH", true},
		{"PT2M", "P2M", false}, // but P2M is two months
		// Calendar and clock units are not mixed; different lengths differ.
		{"P1M", "P30D", false},
		{"P1Y", "P365D", false},
		{"P2Y", "P3Y", false},
		{"PT1M", "P1M", false},
		{"P1D", "P1W", false},
		// Vague durations compare by unit.
		{"PXY", "PXY", true},
		{"PXE", "PXDE", true},
		{"PXC", "PXCE", true},
		{"PXY", "PXM", false},
		{"PXY", "P2Y", false},
		{"P2Y", "PXY", false},
		// Trailing X padding.
		{"1968-XX", "1968", true},
		{"2000-W07", "2000-W7", true},
		{"2000-W7-3", "2000-W07-3", true},
		{"2000-W7", "2000-W17", false},
		{"2000-W07", "2000-W7TNI", false},
		{"1968", "1968-XX-XX", true},
		{"199X", "199", true},
		{"199", "199X", true},
		{"19XX", "19", true},
		{"1990-08-14TXX:XX", "1990-08-14", true},
		{"1968-XX", "1969", false},
		{"199X", "19", false},
		{"XXXX-08-14", "1990-08-14", false},
		{"XXXX", "1990", false},
		{"XXXX", "XXXX-XX", false},
		// Other differences stay differences.
		{"1988", "1988-Q3", false},
		{"PAST_REF", "PRESENT_REF", false},
		{"1990-08-14", "1990-08-07", false},
		{"", "", true},
		{"", "1990", false},
		{"P", "P", true},
		{"P", "PT", false},
	}
	for _, tt := range tests {
		if got := eval.SameValue(tt.sys, tt.gold); got != tt.want {
			t.Errorf("SameValue(%q, %q) = %v, want %v", tt.sys, tt.gold, got, tt.want)
		}
	}
}
