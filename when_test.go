package dyad_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

func TestWeekStart(t *testing.T) {
	for _, c := range []struct {
		y, w int
		want string
	}{
		{2025, 1, "2024-12-30"}, // week 1 starts in the year before
		{2025, 33, "2025-08-11"},
		{2020, 53, "2020-12-28"},
		{2021, 1, "2021-01-04"}, // 1–3 January 2021 belong to 2020-W53
	} {
		if got := dyad.WeekStart(c.y, c.w).Format("2006-01-02"); got != c.want {
			t.Errorf("WeekStart(%d, %d) = %s, want %s", c.y, c.w, got, c.want)
		}
	}
}
