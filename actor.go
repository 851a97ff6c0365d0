package dyad

// Actor kinds say what sort of entity an Actor is.
const (
	ActorPerson = "person" // a named or described individual
	ActorState  = "state"  // a country or its government as a whole
	ActorIGO    = "igo"    // an intergovernmental organisation (NATO, UN, EU)
	ActorOrg    = "org"    // a non-state organisation: party, company, NGO, media
	ActorGroup  = "group"  // an unnamed collective: rebels, protesters, allies
	ActorRegion = "region" // a multi-country region used as an actor ("the Europeans")
)

// Actor is a resolved entity in the CAMEO/Phoenix convention: a code made of
// a 3-letter country or IGO code plus role codes ("USAGOV", "UKRMIL",
// "IGOWSTNAT"), with its parts kept separately.
type Actor struct {
	// Code is the full CAMEO-style actor code.
	Code string `json:"code"`
	// Country is the ISO 3166 alpha-3 code the actor belongs to, "" for
	// IGOs and actors with no country.
	Country string `json:"country,omitempty"`
	// Sector is the primary role code: GOV, MIL, MED, OPP, REB, BUS, …;
	// "" for a country as a whole.
	Sector string `json:"sector,omitempty"`
	// Kind is one of the Actor* kinds.
	Kind string `json:"kind,omitempty"`
	// Name is the canonical name: "Volodymyr Zelenskyy", "NATO",
	// "Ukraine". For anonymous sources it is the words used.
	Name string `json:"name,omitempty"`
	// Role is the person's role on the article's date ("President",
	// "Secretary of State"), "" when not a person or unknown.
	Role string `json:"role,omitempty"`
	// ID identifies the dictionary entry the actor came from, if any.
	ID string `json:"id,omitempty"`
	// Anonymous marks unnamed sources ("a top official").
	Anonymous bool `json:"anonymous,omitempty"`
	// Affiliation is what an anonymous source's description says it belongs
	// to ("Trump administration", "Moscow").
	Affiliation string `json:"affiliation,omitempty"`
}

// Mention kinds.
const (
	MentionPerson    = "person"
	MentionCountry   = "country"
	MentionDemonym   = "demonym"
	MentionCapital   = "capital" // a seat of government used for the government (Kyiv, the Kremlin)
	MentionOrg       = "org"
	MentionGroup     = "group"
	MentionRole      = "role"    // a role phrase without a name ("the Ukrainian leader")
	MentionPronoun   = "pronoun" // he, she, they resolved to an earlier mention
	MentionAnonymous = "anonymous"
)

// Mention is one occurrence of an actor in the text.
type Mention struct {
	Span
	// Text is Article.Text[Start:End].
	Text string `json:"text"`
	// Kind is one of the Mention* kinds.
	Kind string `json:"kind"`
	// Actor is what the mention resolves to; nil when the mention was found
	// but could not be coded.
	Actor *Actor `json:"actor,omitempty"`
	// Head is the span of the mention's head (the name inside a role
	// phrase: "Marco Rubio" in "US secretary of state Marco Rubio").
	Head *Span `json:"head,omitempty"`
	// Antecedent is the index in Document.Mentions of the mention this one
	// refers back to ("the Ukrainian leader" → "Volodymyr Zelenskyy"), -1
	// or absent when none.
	Antecedent *int `json:"antecedent,omitempty"`
	// Source says how the mention was found: "dict", "ner", "coref",
	// "petrarch".
	Source string `json:"source,omitempty"`
	// Parts are the countries and organisations a role phrase names on
	// the way to its role ("NDP" in "NDP leader Jack Layton", "US" in "US
	// President Donald Trump"), in text order; nil when none. The
	// mention's actor already reflects them; a part only marks where a
	// name of its own stands inside the mention.
	Parts []Part `json:"parts,omitempty"`
}

// Part is a name inside a longer mention (see Mention.Parts).
type Part struct {
	Span
	// Kind is MentionCountry or MentionOrg.
	Kind string `json:"kind"`
}

// Validate reports a CodeInvalid error when the mention does not lie within
// text or its Text does not match its span.
func (m *Mention) Validate(text string) error {
	if err := m.Span.CheckIn(text); err != nil {
		return err
	}
	if m.Text != m.Span.In(text) {
		return Errorf(CodeInvalid, "mention %s text %q does not match span text %q", m.Span, m.Text, m.Span.In(text))
	}
	for _, p := range m.Parts {
		if p.Start < m.Start || p.End > m.End || p.Start >= p.End {
			return Errorf(CodeInvalid, "mention %s part %s is not inside it", m.Span, p.Span)
		}
	}
	return nil
}
