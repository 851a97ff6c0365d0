package event_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
)

// Clause structure around a trigger: asides, adverbial participles,
// absolute clauses and reported clauses with an adjunct.
func TestCoder_ClauseStructure(t *testing.T) {
	tests := []codeCase{
		// an -ing aside after the subject is skipped by the main verb's
		// subject search; its own verb takes the subject before it
		{"participle aside", "Macron, visiting Ukraine, criticized Putin.", []string{"FRAGOV→RUSGOV 111 asserted", "FRAGOV→UKR 042 asserted"}},
		{"participle aside with while", "Macron, while visiting Ukraine, criticized Putin.", []string{"FRAGOV→RUSGOV 111 asserted", "FRAGOV→UKR 042 asserted"}},
		// a possessive "'s" before an apposition is no verb: the -ed verb
		// after the apposition is the main verb, not a participle clause
		{"possessive subject apposition", "Russia's president, Putin, criticized Zelenskyy.", []string{"RUSGOV→UKRGOV 111 asserted"}},
		{"possessive subject after clause", "Hamas's commander is dead, killed in a strike by Israel.", []string{"ISR→PSEREB 190 asserted"}},
		{"participle aside with actor", "Macron, speaking to Merz, criticized Putin.", []string{"FRAGOV→DEUGOV 040 asserted", "FRAGOV→RUSGOV 111 asserted"}},
		{"trailing participle not aside", "Russia attacked Ukraine, killing Zelenskyy, and Poland condemned Russia.", []string{"POL→RUS 111 asserted", "RUS→UKR 190 asserted", "RUS→UKRGOV 190 asserted"}},
		// an adverbial participle after "after/before/while" takes the
		// subject of the main clause
		{"fronted after participle", "After meeting Putin, Trump criticized Zelenskyy.", []string{"USAGOV→RUSGOV 040 asserted", "USAGOV→UKRGOV 111 asserted"}},
		{"fronted while participle", "While visiting Poland, Trump criticized Putin.", []string{"USAGOV→POL 042 asserted", "USAGOV→RUSGOV 111 asserted"}},
		{"later after participle", "Russia attacked Ukraine after meeting Iran.", []string{"RUS→IRN 040 asserted", "RUS→UKR 190 asserted"}},
		{"after clause keeps own subject", "Russia attacked Ukraine after Poland met Iran.", []string{"POL→IRN 040 asserted", "RUS→UKR 190 asserted"}},
		// "With X V-ing": the absolute clause's subject, and its
		// complement ends at the clause's comma
		{"absolute with", "With Germany encouraging Poland to leave, Russia attacked Ukraine.", []string{"DEU→POL 020 asserted", "RUS→UKR 190 asserted"}},
		{"with is no subject mid-clause", "Russia met with Germany encouraging Poland.", []string{"RUS→DEU 040 asserted", "RUS→POL 020 asserted"}},
		{"with and no participle", "With Germany in Syria, Russia attacked Ukraine.", []string{"RUS→UKR 190 asserted"}},
		// a control verb's complement ends where a new clause's subject
		// and verb begin
		{"complement ends at new clause", "Trump urged Zelenskyy to leave, and Russia attacked Ukraine.", []string{"RUS→UKR 190 asserted", "USAGOV→UKRGOV 100 asserted"}},
		{"complement ends at subject and verb", "Hoping to win, Russia attacked Ukraine.", []string{"RUS→UKR 190 asserted"}},
		// "said on Monday it would": the pronoun is the reporting verb's
		// subject, and "would" is a plan
		{"said adjunct pronoun", "Russia said on Monday it would attack Ukraine.", []string{"RUS→UKR 190 planned"}},
		{"said day pronoun", "Russia said Monday it would attack Ukraine.", []string{"RUS→UKR 190 planned"}},
		{"told addressee adjunct that", "Russia told Iran on Tuesday that it had attacked Ukraine.", []string{"RUS→UKR 190 asserted"}},
		{"reported would over a relative clause", "Trump said that Putin, who met Zelenskyy last week, would attack Ukraine.", []string{"RUSGOV→UKR 190 planned", "RUSGOV→UKRGOV 040 asserted"}},
		{"unreported would stays conditional", "Putin, who met Zelenskyy last week, would attack Ukraine.", []string{"RUSGOV→UKR 190 conditional", "RUSGOV→UKRGOV 040 asserted"}},
		{"object noun is no adjunct", "Russia said the decision it made would hurt Ukraine.", nil},
		// "the group" in the sentence of the group it stands for
		{"group in same sentence", "Israel fought Hamas after the group attacked Ukraine.", []string{"ISR→PSEREB 190 asserted", "PSEREB→UKR 190 asserted"}},
		// the acts an accusation lists are its content: reported acts of the
		// accused, not asserted ones (an act the accusation pattern names,
		// "of attacking", is in its code, 1123)
		{"charged with list", "Putin was charged with attacking Ukraine, killing Zelenskyy and invading Poland.", []string{"RUSCOP→RUSGOV 173 asserted", "RUSGOV→POL 190 reported", "RUSGOV→UKR 190 reported", "RUSGOV→UKRGOV 190 reported"}},
		{"accused of list", "Poland accused Russia of attacking Ukraine and invading Iran.", []string{"POL→RUS 1123 asserted", "RUS→IRN 190 reported"}},
		{"charged with list opened by a non-trigger", "Putin was charged with robbing banks, attacking Ukraine and killing Zelenskyy.", []string{"RUSCOP→RUSGOV 173 asserted", "RUSGOV→UKR 190 reported", "RUSGOV→UKRGOV 190 reported"}},
		{"list ends with the clause", "Putin was charged with attacking Ukraine, but Iran attacked Israel.", []string{"IRN→ISR 190 asserted", "RUSCOP→RUSGOV 173 asserted", "RUSGOV→UKR 190 reported"}},
		// a nominal act of force after "during/following" is not the
		// clause subject's
		{"during the arrest", "Israel arrested Hamas members during the arrest of Putin.", []string{"ISR→PSEREB 173 asserted"}},
		{"following the attack", "Merz criticized Putin following the attack on Ukraine.", []string{"DEUGOV→RUSGOV 111 asserted"}},
		// coordinated verbs share the object after the second
		{"shared object", "Hamas has been attacking and fighting Israel since 2011.", []string{"PSEREB→ISR 190 asserted", "PSEREB→ISR 190 asserted"}},
		{"shared object of a different verb", "Macron met and praised Merz.", []string{"FRAGOV→DEUGOV 040 asserted", "FRAGOV→DEUGOV 051 asserted"}},
		{"own object not shared", "Poland met Merz and praised Ukraine.", []string{"POL→DEUGOV 040 asserted", "POL→UKR 051 asserted"}},
		// "have since banned": an adverb in the verb group, no clause
		{"have since", "Germany has since banned Hamas.", []string{"DEU→PSEREB 172 asserted"}},
		{"was once", "Zelenskyy was once jailed by Russia.", []string{"RUS→UKRGOV 173 asserted"}},
		{"passive has no direct object", "Putin was jailed for contempt of Ukraine.", []string{"RUSCOP→RUSGOV 173 asserted"}},
		// "along with", "together with", "as well as" join actors
		{"along with aside", "Germany, along with Poland, condemned Russia.", []string{"DEU→RUS 111 asserted", "POL→RUS 111 asserted"}},
		{"along with list", "Germany, along with Poland and Iran, condemned Russia.", []string{"DEU→RUS 111 asserted", "IRN→RUS 111 asserted", "POL→RUS 111 asserted"}},
		{"as well as subject", "Germany as well as Poland condemned Russia.", []string{"DEU→RUS 111 asserted", "POL→RUS 111 asserted"}},
		{"as well as object", "Germany met Poland as well as Iran.", []string{"DEU→IRN 040 asserted", "DEU→POL 040 asserted"}},
		{"along with after the object", "Germany condemned Russia, along with Iran.", []string{"DEU→RUS 111 asserted"}},
		// the examples of an uncoded group ("including X and Y") stand for it
		{"including aside subject", "Several countries, including Germany and Poland, criticized Putin.", []string{"DEU→RUSGOV 111 asserted", "POL→RUSGOV 111 asserted"}},
		{"by group including", "Putin was criticized by several countries, including Germany and Poland.", []string{"DEU→RUSGOV 111 asserted", "POL→RUSGOV 111 asserted"}},
		{"including object then new clause", "Russia attacked cities including Kyiv and Poland condemned Russia.", []string{"POL→RUS 111 asserted", "RUS→UKRGOV 190 asserted"}},
		// the possessor of the noun a pattern asks for is the object
		{"possessor of pattern noun", "Poland expelled Russia's ambassador.", []string{"POL→RUS 161 asserted"}},
		{"appeal content possessor is no addressee", "Poland called for Putin's immediate release.", []string{"POL→- 1053 asserted"}},
		// "each other": the compound's parties act on one another
		{"accused each other", "Both Russia and Ukraine accused each other of attacking civilians.", []string{"RUS→UKR 1123 asserted", "UKR→RUS 1123 asserted"}},
		{"one another default object", "Russia and Ukraine criticized one another.", []string{"RUS→UKR 111 asserted", "UKR→RUS 111 asserted"}},
		{"each other's", "Russia and Ukraine attacked each other's positions in Crimea.", []string{"RUS→UKR 190 asserted", "UKR→RUS 190 asserted"}},
		{"each other needs two parties", "Russia criticized each other.", nil},
		// a nominal's "by" agent before its complement
		{"visit by X to Y", "The visit by Macron to Ukraine ended.", []string{"FRAGOV→UKR 042 asserted"}},
		{"invasion by X of Y", "The invasion by Russia of Ukraine began in 2022.", []string{"RUS→UKR 190 asserted"}},
		{"by agent after complement", "The invasion of Ukraine by Russia began in 2022.", []string{"RUS→UKR 190 asserted"}},
	}
	runCodeCases(t, tests)
}

// "The country" and "the nation" stand for the one country named before
// them in the sentence, else for the article's country.
func TestCoder_CountryAnaphora(t *testing.T) {
	tests := []codeCase{
		{"only country before in sentence", "Poland criticized Russia. Germany expelled Iran from the country.", []string{"DEU→IRN 174 asserted", "POL→RUS 111 asserted"}},
		{"article's country", "Iran met Poland in Syria. Later Russia attacked the country.", []string{"IRN→POL 040 asserted", "RUS→SYR 190 asserted"}},
		{"possessor: the subject's country", "Iran met Poland in Syria. Israel said the country's army attacked Iran.", []string{"IRN→POL 040 asserted", "ISR→IRN 190 asserted"}},
		{"country of X is a name", "Iran met Poland in Syria. Russia attacked the country of Ukraine.", []string{"IRN→POL 040 asserted", "RUS→UKR 190 asserted"}},
		{"an actor's country", "Iran met Poland in Paris. Syria met Iran. After talks with Syrian Armed Forces, the country's army attacked Israel.", []string{"IRN→POL 040 asserted", "SYR→IRN 040 asserted", "SYR→ISR 190 asserted"}},
		{"no country named", "Merz praised Macron. Putin attacked the country.", []string{"DEUGOV→FRAGOV 051 asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, tt.text)
			for i := range doc.Mentions {
				if m := &doc.Mentions[i]; m.Actor != nil && len(m.Actor.Code) == 3 {
					m.Kind = dyad.MentionCountry
				}
			}
			got := code(t, doc)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
