package event_test

import (
	"testing"

	"github.com/dyad-events/dyad/internal/pipeline"
)

// TestCoder_TriggerEndsText codes texts whose last token is a trigger
// with no closing punctuation: the searches after the trigger (an if- or
// unless-clause conditioning it) find nothing there, and do not read past
// the sentence.
func TestCoder_TriggerEndsText(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Kenya said Uganda can continue to attack",
		"Putin to visit",
		"Israel will strike",
	} {
		doc := processAt(t, p, text, "example.org")
		if len(doc.Sentences) == 0 {
			t.Errorf("%q: no sentences", text)
		}
	}
}

// TestCoder_DiscourseOwner checks that a response to a definite act noun
// that names no owner ("Kenya declined the request") is aimed at the one
// party that owned that act in the three sentences before, by the same
// noun, its verb or an event of its kind; and at no one (or no event, for
// verbs that only code such a response) when the act is further back,
// two parties compete, the noun is indefinite, the owner is the
// responder's own side, or the numbers disagree.
func TestCoder_DiscourseOwner(t *testing.T) {
	tests := []eventCase{
		// resolves: the verb, a possessor, a creation verb, a coded event
		// of the kind, a passive response
		{"Somalia requested a delay in the hearing. Kenya declined the request.", []string{"120 KEN SOM asserted"}},
		{"Somalia's request for a delay was filed on Monday. Kenya rejected the request.", []string{"120 KEN SOM asserted"}},
		{"Kenya filed a request for a delay. Uganda turned down the request.", []string{"120 UGA KEN asserted"}},
		{"Russia made an offer of talks on Monday. Ukraine accepted the offer.", []string{"030 UKR RUS asserted"}},
		{"Iran decided to expel the inspectors. France criticized the decision.", []string{"111 FRA IRN asserted"}},
		{"Al-Shabab attacked a Kenyan army base. Uganda condemned the attack.",
			[]string{"190 SOMREBSHB KENMIL asserted", "111 UGA SOMREBSHB asserted"}},
		{"Russia proposed a ceasefire on Monday. The proposal was rejected by Ukraine.",
			[]string{"0356 RUS - asserted", "120 UKR RUS asserted"}},
		{"France called for talks with Iran on Monday. The call was backed by Germany.",
			[]string{"106 FRA IRN asserted", "050 DEU FRA asserted"}},
		// the owner named in place wins ("the Ethiopian request")
		{"Somalia requested a delay in the hearing. Kenya declined the Ethiopian request.", []string{"120 KEN ETH asserted"}},
		// no owner within three sentences
		{"Somalia requested a delay in the hearing. The court met on Monday. The judges listened. The lawyers spoke. Kenya declined the request.", nil},
		// two owners compete; an act of the kind with no named agent competes too
		{"Somalia requested a delay in the hearing. Ethiopia requested a review. Kenya declined the request.", nil},
		{"Gunmen attacked a police station in Kenya on Monday. Al-Shabab attacked a Kenyan army base. Uganda condemned the attack.",
			[]string{"190 KENREB KENCOP asserted", "190 SOMREBSHB KENMIL asserted"}},
		// an indefinite noun is a new act
		{"Somalia requested a delay in the hearing. Kenya declined any request.", nil},
		{"Russia proposed a ceasefire on Monday. Ukraine rejected a proposal from the rebels.",
			[]string{"0356 RUS - asserted", "120 UKR UKRREB asserted"}},
		// the responder's own side's act
		{"Kenyan officials requested a delay in the hearing. Kenya welcomed the request.", nil},
		// "the attack" is not one of "a string of attacks"
		{"Al-Shabab carried out a string of attacks on Kenyan army bases. Uganda condemned the attack.",
			[]string{"190 SOMREBSHB KENMIL asserted"}},
		// a decision or move known only by its event's kind: the next
		// sentence's, not further
		{"Kenya recalled its ambassador from Uganda. Uganda criticized the move.",
			[]string{"161 KEN UGA asserted", "111 UGA KEN asserted"}},
		{"Kenya recalled its ambassador from Uganda. The court met on Monday. Uganda criticized the move.",
			[]string{"161 KEN UGA asserted"}},
		// "the proposals" are not the one thing Germany proposed
		{"Germany proposed a freeze on debt payments. Britain backed the proposals.", nil},
		// a quote's act is its speaker's claim, not a narrated one
		{"\"Somalia requested a delay,\" the judge said. Kenya declined the request.", nil},
		// ongoing activity is no one act
		{"Somalia's militants have been attacking Kenyan army bases. Uganda condemned the attack.",
			[]string{"190 SOMREB KENMIL asserted"}},
		// an owner named after the noun, coded or not
		{"Somalia requested a delay in the hearing. Kenya declined the request made by Ethiopia.", []string{"120 KEN ETH asserted"}},
		{"Russia proposed a ceasefire on Monday. Ukraine rejected the plan, offered by the rebels.",
			[]string{"0356 RUS - asserted", "120 UKR UKRREB asserted"}},
		// a passive response whose subject is the responder's own kind
		{"France called for talks with Iran on Monday. The call was backed by French lawmakers.",
			[]string{"106 FRA IRN asserted"}},
	}
	checkEventTable(t, tests)
}
