package sqlq

import "testing"

func TestDateSpan(t *testing.T) {
	cases := []struct {
		in, first, last string
		ok              bool
	}{
		{"2025-08-17", "2025-08-17", "2025-08-17", true},
		{"2025-08-17T09:30", "2025-08-17", "2025-08-17", true},
		{"2025-08", "2025-08-01", "2025-08-31", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2025", "2025-01-01", "2025-12-31", true},
		{"199", "1990-01-01", "1999-12-31", true},
		{"19", "1900-01-01", "1999-12-31", true},
		{"2025-W33", "2025-08-11", "2025-08-17", true},
		{"2025-W01", "2024-12-30", "2025-01-05", true},
		{"2026-W53", "2026-12-28", "2027-01-03", true},
		{"2025-W53", "", "", false},
		{"2025-W33-WE", "2025-08-16", "2025-08-17", true},
		{"2025-W33-2", "2025-08-12", "2025-08-12", true},
		{"2025-SU", "2025-06-01", "2025-08-31", true},
		{"2025-WI", "2024-12-01", "2025-02-28", true},
		{"2025-Q3", "2025-07-01", "2025-09-30", true},
		{"2025-H1", "2025-01-01", "2025-06-30", true},
		{"2025-02-30", "", "", false},
		{"0000-WI", "", "", false},
		{"2025-13", "", "", false},
		{"2025-Q5", "", "", false},
		{"PRESENT_REF", "", "", false},
		{"XXXX-WXX-2", "", "", false},
		{"", "", "", false},
	}
	for _, c := range cases {
		first, last, ok := DateSpan(c.in)
		if first != c.first || last != c.last || ok != c.ok {
			t.Errorf("DateSpan(%q) = %q, %q, %v; want %q, %q, %v", c.in, first, last, ok, c.first, c.last, c.ok)
		}
	}
}

func FuzzDateSpan(f *testing.F) {
	for _, s := range []string{"2025-08-17", "2025-W33-WE", "2025-SU", "199", "2025-Q3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		first, last, ok := DateSpan(s)
		if ok && (len(first) != 10 || len(last) != 10 || first > last) {
			t.Errorf("DateSpan(%q) = %q, %q: not an interval of days", s, first, last)
		}
	})
}
