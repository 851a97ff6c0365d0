package dedup_test

import (
	"fmt"
	"strings"

	"github.com/dyad-events/dyad/internal/dedup"
)

func ExampleSign() {
	wire := `The foreign ministers of the two countries met in Geneva on Tuesday to discuss a ceasefire along the
border, officials said. The talks, which lasted more than six hours, ended without an agreement but both sides
agreed to meet again next month. The ministers also discussed the exchange of prisoners, humanitarian
corridors for civilians, and the reopening of the main crossing for trade. Diplomats from the United Nations,
who mediated the meeting, described the atmosphere as constructive and said a draft text had been circulated.`
	copyEdited := strings.Replace(wire, "more than six hours", "over six hours", 1) + " Reporting by our staff."
	other := `Heavy rain flooded the lower town overnight and the river rose above its banks for the first time in a
decade; firefighters evacuated two schools and the hospital moved patients to upper floors.`

	a, _ := dedup.Sign(wire, dedup.Config{})
	b, _ := dedup.Sign(copyEdited, dedup.Config{})
	c, _ := dedup.Sign(other, dedup.Config{})
	fmt.Println("copy is a near-duplicate:", a.Similarity(&b) >= dedup.DefaultThreshold)
	fmt.Println("other story is a near-duplicate:", a.Similarity(&c) >= dedup.DefaultThreshold)
	// Output:
	// copy is a near-duplicate: true
	// other story is a near-duplicate: false
}
