package actor_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
)

// TestOrgNamesHoldingCountries checks organisation names that hold a
// country or a demonym: the whole name is the organisation, and the
// country in it is no mention of its own. Each rule also has a text
// where it must not fire.
func TestOrgNamesHoldingCountries(t *testing.T) {
	r := newResolver(t, actor.Config{})
	checkOrgs(t, r, []orgCase{
		// Two demonyms and an organisation word.
		{"demonym demonym association", "Its partners were Malaysian Chinese Association and others.", "Malaysian Chinese Association", true},
		{"demonym demonym congress", "Leaders of the Kenyan Indian Congress met on Monday.", "Kenyan Indian Congress", true},
		{"demonym demonym voters", "Malaysian Chinese voters backed the opposition.", "Malaysian Chinese Association", false},
		// A name right after a lower-case word for a party.
		{"party name", "Voters backed the liberal party Civic Choice of Kenya in March.", "Civic Choice of Kenya", true},
		{"coalition name", "The group joined the coalition Harambee Ahead last year.", "Harambee Ahead", true},
		{"party then verb", "The party Odhiambo founded won two seats.", "Odhiambo", false},
		// "of the" and a country after a body's name.
		{"body of the country", "He sat in the House of Commons of the United Kingdom for ten years.", "House of Commons of the United Kingdom", true},
		{"commission of the States", "She chaired the Education Commission of the States in 2001.", "Education Commission of the States", true},
		{"of the country possessive", "The criticism by the European Union of the United States' tariffs grew.", "European Union of the United States", false},
		// A name in another language with its "of".
		{"partido de", "He led the Partido Nacional de Honduras until 2010.", "Partido Nacional de Honduras", true},
		{"partido de la", "They founded the Partido de la Revolución Democrática in 1989.", "Partido de la Revolución Democrática", true},
		{"plural organisation word", "The Partai Komunis Indonesia was banned in 1966.", "Partai Komunis Indonesia", true},
		{"plural people", "Many Uyghurs Thailand deported were sent back.", "Uyghurs Thailand", false},
		// A people's name with a "for" tail.
		{"people for", "Kenyans for Wildlife Protection marched on Monday.", "Kenyans for Wildlife Protection", true},
		{"people for a known organisation", "Groups included Americans for Peace Now and others.", "Americans for Peace Now", true},
		{"people for a person", "Kenyans for Odinga rallied in Nairobi.", "Kenyans for Odinga", false},
		{"people for lower case", "Kenyans for the first time voted by mail.", "Kenyans for the", false},
	})
	// The country inside such a name is no mention; elsewhere it is.
	for _, tt := range []struct{ text, word string }{
		{"Its partners were Malaysian Chinese Association and others.", "Malaysian"},
		{"He led the Partido Nacional de Honduras until 2010.", "Honduras"},
		{"He sat in the House of Commons of the United Kingdom for ten years.", "United Kingdom"},
	} {
		doc := run(t, r, tt.text, date("2020-01-01"))
		if m := find(doc, tt.word); m != nil {
			t.Errorf("%q: %q is a mention of its own: %s", tt.text, tt.word, dump(doc))
		}
	}
	for _, tt := range []struct{ text, word, code string }{
		{"The criticism by the European Union of the United States' tariffs grew.", "United States", "USA"},
		{"Malaysian Chinese voters backed the opposition.", "Malaysian Chinese voters", ""},
		{"Charles de Gaulle visited Honduras.", "Charles de Gaulle", ""},
	} {
		doc := run(t, r, tt.text, date("2020-01-01"))
		m := find(doc, tt.word)
		if m == nil || tt.code != "" && (m.Actor == nil || m.Actor.Code != tt.code) {
			t.Errorf("%q: want a mention %q (%s): %s", tt.text, tt.word, tt.code, dump(doc))
		}
	}
	// The party's name takes the party's sector and the country of its
	// "of" tail.
	doc := run(t, r, "Voters backed the liberal party Civic Choice of Kenya in March.", date("2020-01-01"))
	if m := find(doc, "Civic Choice of Kenya"); m == nil || m.Kind != dyad.MentionOrg || m.Actor == nil || m.Actor.Code != "KENPTY" {
		t.Errorf("Civic Choice of Kenya: want KENPTY: %s", dump(doc))
	}
}

// TestPolityNames checks states the dictionaries do not know, named by a
// word for a kind of state: country mentions, coded as the country that
// continues them where the name holds one.
func TestPolityNames(t *testing.T) {
	r := newResolver(t, actor.Config{})
	for _, tt := range []struct {
		text, word, code string
		country          bool
	}{
		{"The dukes of Principality of Zemlya rebelled in 1463.", "Principality of Zemlya", "", true},
		{"Wars spread to the Colony of Natal and beyond.", "Colony of Natal", "", true},
		{"He spurred the revolt in Duchy of Saxony, which forced the king back.", "Duchy of Saxony", "", true},
		{"Malaya united with Crown Colony of North Borneo in 1963.", "Crown Colony of North Borneo", "", true},
		{"The Dominion of Canada was formed in 1867.", "Dominion of Canada", "CAN", true},
		{"He preached about the Kingdom of God to the crowd.", "Kingdom of God", "", false},
		{"The colony of settlers grew quickly.", "colony of settlers", "", false},
		{"Organisations such as the Duchy of Lancaster remain.", "Duchy of Lancaster", "GBRGOV", false},
	} {
		doc := run(t, r, tt.text, date("2020-01-01"))
		m := find(doc, tt.word)
		if got := m != nil && m.Kind == dyad.MentionCountry; got != tt.country {
			t.Errorf("%q: %q country = %v, want %v: %s", tt.text, tt.word, got, tt.country, dump(doc))
			continue
		}
		if tt.code != "" && (m == nil || m.Actor == nil || m.Actor.Code != tt.code) {
			t.Errorf("%q: %q want code %s: %s", tt.text, tt.word, tt.code, dump(doc))
		}
	}
}

// TestNameBeforePartyRole checks a name that runs into a role opening with
// a capitalised organisation word ("Party leader"): the name and the word
// are the organisation, the rest of the role and the person another
// mention.
func TestNameBeforePartyRole(t *testing.T) {
	r := newResolver(t, actor.Config{})
	checkOrgs(t, r, []orgCase{
		{"unknown party", "Zemlyan Panther Party leader Odhiambo Kariuki resigned on Monday.", "Zemlyan Panther Party", true},
		{"sentence-initial the", "The Party leader Odhiambo Kariuki resigned.", "The Party", false},
		{"known party keeps its part", "Labour Party leader Keir Starmer spoke.", "Labour Party", false},
	})
	doc := run(t, r, "Zemlyan Panther Party leader Odhiambo Kariuki resigned on Monday.", date("2020-01-01"))
	if m := find(doc, "leader Odhiambo Kariuki"); m == nil || m.Kind != dyad.MentionPerson {
		t.Errorf("want the person after the organisation: %s", dump(doc))
	}
	doc = run(t, r, "Labour Party leader Keir Starmer spoke.", date("2020-01-01"))
	if m := find(doc, "Labour Party leader Keir Starmer"); m == nil || len(m.Parts) != 1 {
		t.Errorf("want one role phrase with the party as its part: %s", dump(doc))
	}
}

// TestOrgWordsOfOtherKinds checks organisation names typed by a word that
// is also a role ("University") or by a foreign word for a party (the
// Japanese -tō), both ways.
func TestOrgWordsOfOtherKinds(t *testing.T) {
	checkOrgs(t, newResolver(t, actor.Config{}), []orgCase{
		{"university for", "She joined the University for the Performing Arts in 2005.", "University for the Performing Arts", true},
		{"university alone", "The University said it would appeal.", "The University", false},
		{"japanese party", "He led the Kenseitō and later the Rikken Seiyūtō.", "Kenseitō", true},
		{"japanese party two words", "He led the Kenseitō and later the Rikken Seiyūtō.", "Rikken Seiyūtō", true},
		{"japanese surname", "Prime Minister Saitō Makoto met Naitō in Tokyo.", "Naitō", false},
		{"japanese surname after title", "Prime Minister Saitō Makoto met Naitō in Tokyo.", "Saitō", false},
	})
}
