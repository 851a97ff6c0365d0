package clean_test

import (
	"fmt"

	"github.com/dyad-events/dyad/internal/clean"
)

func ExampleClean() {
	raw := "Share this @example.com\n" +
		"KYIV, Aug 17 (Reuters) - Ukraine said on Sunday it had shot down 25 drones.\n" +
		"Talks set to resume in Geneva, envoy says\n" +
		"Officials said repairs to power lines would take several days.\n"
	res := clean.Clean(raw, clean.Options{})
	fmt.Println(res.Text)
	fmt.Println("dateline:", res.Dateline)
	for _, r := range res.Removed {
		fmt.Println(r)
	}
	// Output:
	// Ukraine said on Sunday it had shot down 25 drones.
	// Officials said repairs to power lines would take several days.
	// dateline: KYIV, Aug 17 (Reuters) -
	// widget: "Share this @example.com"
	// dateline: "KYIV, Aug 17 (Reuters) -"
	// headline: "Talks set to resume in Geneva, envoy says"
}
