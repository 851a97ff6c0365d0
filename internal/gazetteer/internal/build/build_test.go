package build

import (
	"bytes"
	"strings"
	"testing"
)

// TestWriteTiesByPosition checks that a name listed twice in one region
// with different coordinates keeps the same place whatever the order of
// the records, and that records differing otherwise are both kept.
func TestWriteTiesByPosition(t *testing.T) {
	a := record{name: "Popivka", typ: TypePlace, cc: "UA", extra: "18", pop: 1000, lat: 50.1, lon: 33.63}
	b := record{name: "Popivka", typ: TypePlace, cc: "UA", extra: "18", pop: 1000, lat: 49.45, lon: 35.18}
	c := record{name: "Popivka", typ: TypePlace, cc: "UA", extra: "21", pop: 1000, lat: 51.23, lon: 33.11}
	out := func(rs ...record) string {
		bl := &builder{}
		for _, r := range rs {
			bl.add(r.name, r)
		}
		var buf bytes.Buffer
		if err := bl.write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	x, y := out(a, b, c), out(c, b, a)
	if x != y {
		t.Fatalf("order changes the output:\n%s\nvs\n%s", x, y)
	}
	if strings.Count(x, "\n") != 2 || !strings.Contains(x, "49.45") || !strings.Contains(x, "51.23") {
		t.Errorf("write kept the wrong records:\n%s", x)
	}
}
