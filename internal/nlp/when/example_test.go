package when_test

import (
	"fmt"
	"time"

	"github.com/dyad-events/dyad/internal/nlp/when"
)

func ExampleTagger_Extract() {
	tg, _ := when.New(when.Config{})
	sydney, _ := time.LoadLocation("Australia/Sydney")
	published := time.Date(2025, 8, 18, 0, 0, 0, 0, sydney) // a Monday
	text := "On Sunday, Trump declared progress. Trump and Zelenskyy are scheduled to meet on Tuesday AEST. The war has dragged on for three-and-a-half years."
	for _, te := range tg.Extract(text, published, sydney) {
		fmt.Println(te.Text, te.Type, te.Value)
	}
	// Output:
	// Sunday DATE 2025-08-17
	// Tuesday AEST DATE 2025-08-19
	// three-and-a-half years DURATION P3.5Y
}
