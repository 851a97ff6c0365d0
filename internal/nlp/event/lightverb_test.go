package event_test

import "testing"

// TestCoder_LightVerbs checks the light verbs of verbs.txt (`@light`): a
// light verb that codes no event of its own leaves its object's event noun
// to the noun's pattern, with the verb's subject as source and its mode;
// an object that is no event noun, or a noun with no actor after its
// preposition, gives nothing.
func TestCoder_LightVerbs(t *testing.T) {
	tests := []eventCase{
		{"Kenya delivered a warning to Uganda.", []string{"130 KEN UGA asserted"}},
		{"Kenya gave a warning to Uganda.", []string{"130 KEN UGA asserted"}},
		{"Kenya extended an invitation to Uganda.", []string{"036 KEN UGA asserted"}},
		{"Egypt sent a request to Sudan.", []string{"020 EGY SDN asserted"}},
		{"Brazil delivered a rebuke to Peru.", []string{"111 BRA PER asserted"}},
		{"The Kenyan government sent a strong warning to Uganda on Monday.", []string{"130 KENGOV UGA asserted"}},
		// the light verb's mode is the event's
		{"Kenya did not extend an invitation to Uganda.", []string{"036 KEN UGA negated"}},
		{"Kenya will extend an invitation to Uganda.", []string{"036 KEN UGA planned"}},
		// idioms and expressed feelings with their target
		{"Kenya pointed the finger at Uganda.", []string{"112 KEN UGA asserted"}},
		{"France expressed outrage at Spain.", []string{"111 FRA ESP asserted"}},
		{"Russia held consultations with Ukraine.", []string{"040 RUS UKR asserted"}},
		// near misses: no actor after the preposition, a topic, no event
		// noun, a light verb's own event
		{"Kenya extended an invitation to the meeting.", nil},
		{"China held talks about Ukraine.", nil},
		{"The United States imposed tariffs on steel.", nil},
		{"Kenya expressed outrage at the decision.", nil},
		{"Kenya gave a speech to Uganda.", nil},
		{"Kenya pointed to Uganda's growth.", nil},
		{"Kenya sent aid to Uganda.", []string{"070 KEN UGA asserted"}},
	}
	checkEventTable(t, tests)
}
