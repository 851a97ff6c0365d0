package when_test

import (
	"os"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/nlp/when"
)

func TestDebug(t *testing.T) {
	s := os.Getenv("DYAD_DEBUG_TEXT")
	if s == "" {
		t.Skip()
	}
	pub := os.Getenv("DYAD_DEBUG_PUB")
	tg, _ := when.New(when.Config{})
	d, _ := time.Parse(time.DateOnly, pub)
	for _, te := range tg.Extract(s, d, time.UTC) {
		t.Logf("%q %s %s %s", te.Text, te.Type, te.Value, te.Mod)
	}
}
