package importer_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/eval/importer"
)

// TestCueHead runs the PolNeAR cue normaliser on Cue spans as they
// occur in the PolNeAR dev and train attributions.
func TestCueHead(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		// the span is the verb already
		{"said", "said"},
		{"according to", "according to"},
		{"According to", "According to"},
		{"has said", "has said"},
		{"also said", "also said"},
		{"went on to say", "went on to say"},
		{"put out a statement saying", "put out a statement saying"},
		{"called for", "called for"},
		{"called on", "called on"},
		{"pointed out", "pointed out"},
		{"are all quick to point out", "are all quick to point out"},
		{"shot back", "shot back"},
		{"put it", "put it"},
		{"recently put it", "recently put it"},
		{"have expressed concern", "have expressed concern"},
		{"put the plan", "put"},
		{"expressed support for", "expressed"},
		{"―", "―"},
		{":", ":"},
		// trailing punctuation
		{"said:", "said"},
		{"continued:", "continued"},
		{"wrote back:", "wrote back"},
		// objects, names, prepositional phrases and times dropped
		{"accused Holt of", "accused"},
		{"has accused", "has accused"},
		{"said in an interview", "said"},
		{"said in a statement", "said"},
		{"said in a statement:", "said"},
		{"told reporters", "told"},
		{"said Tuesday", "said"},
		{"said Thursday morning", "said"},
		{"said then", "said"},
		{"said of", "said"},
		{"said pleasantly into the phone", "said"},
		{"wrote on Twitter", "wrote"},
		{"adding later", "adding"},
		{"warned of", "warned"},
		{"described as", "described"},
		{"referring to", "referring"},
		{"talked about", "talked"},
		{"was asked about", "was asked"},
		{"Asked about", "Asked"},
		{"railed against", "railed"},
		{"has come out in support of", "has come out"},
		{"continued to call for", "continued to call for"},
		{"refused to comment on the report", "refused to comment"},
		{"said to reporters", "said"},
		{"said in the report", "said"},
		{"has called for", "has called for"},
		{"is calling for", "is calling for"},
		{"calls on Congress to", "calls on"},
		{"has repeatedly said", "has repeatedly said"},
		{"did not respond to", "did not respond"},
		{"’s also supportive of", "’s also supportive"},
		// a verb in -ly is a verb, not an adverb
		{"reply to", "reply"},
	} {
		if got := importer.CueHead(tt.in); got != tt.want {
			t.Errorf("cueHead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
