package event_test

import "testing"

// TestCoder_BackerCompounds: the X of "X-backed", "X-designated" backs
// or names the group after it, which is the object, not X; where no
// group follows, or X leads it ("U.S.-led"), X stays the party.
func TestCoder_BackerCompounds(t *testing.T) {
	checkEventTable(t, []eventCase{
		{"Kenyan police arrested members of a U.S.-designated terrorist group.", []string{"173 KENCOP KENREB asserted"}},
		{"Kenyan police arrested five U.S. citizens.", []string{"173 KENCOP USA asserted"}},
		{"Iraqi troops attacked Iran-backed militias near Basra.", []string{"190 IRQMIL IRQREB asserted", "050 IRN IRQREB asserted"}},
	})
}
