package dyad

// Event modes: whether and how the text says the event happened.
const (
	ModeAsserted    = "asserted"    // the text says it happened
	ModePlanned     = "planned"     // scheduled or intended: "are set to", "will"
	ModeProposed    = "proposed"    // put forward, not agreed: "proposals for Russia to relinquish"
	ModeConditional = "conditional" // hypothetical: "could offer", "if"
	ModeNegated     = "negated"     // denied: "did not", "has not"
	ModeReported    = "reported"    // known only through a quote or an anonymous source
)

// Modes lists every valid mode.
var Modes = []string{ModeAsserted, ModePlanned, ModeProposed, ModeConditional, ModeNegated, ModeReported}

// Date sources say where an event's date came from.
const (
	DateFromText        = "text"        // a time expression in the event's sentence or clause
	DateFromPublication = "publication" // no time expression: the publication date
)

// EventActor is an event's source or target: the actor and the words that
// name it.
type EventActor struct {
	Span
	// Code is the actor's CAMEO-style code.
	Code string `json:"code"`
	// Name is the actor's canonical name.
	Name string `json:"name,omitempty"`
	// Country is the ISO alpha-3 code, when the actor has one.
	Country string `json:"country,omitempty"`
	// Mention is the index in Document.Mentions, absent when the actor was
	// not a mention (an actor implied by a quote's speaker, say).
	Mention *int `json:"mention,omitempty"`
}

// Trigger is the words that express an event: a verb phrase or a noun.
type Trigger struct {
	Span
	Text string `json:"text"`
}

// Attribution says who reports an event.
type Attribution struct {
	// Outlet is the publisher of the article.
	Outlet string `json:"outlet,omitempty"`
	// Quote is the index in Document.Quotes of the quote or reported speech
	// the event comes from, nil when the outlet asserts it.
	Quote *int `json:"quote"`
	// Speaker is the quote's speaker name, when there is one.
	Speaker string `json:"speaker,omitempty"`
	// Anonymous marks events known only through anonymous sources.
	Anonymous bool `json:"anonymous,omitempty"`
}

// Event is one coded interaction: who did what to whom, in CAMEO and
// PLOVER, with mode, date, place, attribution and provenance.
type Event struct {
	// Sentence is the span of the sentence the event was coded from.
	Sentence Span        `json:"sentence"`
	Source   *EventActor `json:"source"`
	// Target is nil for events without a target.
	Target  *EventActor `json:"target"`
	Trigger Trigger     `json:"trigger"`
	// CAMEO is the event code ("042"), Root its first two digits ("04").
	CAMEO string `json:"cameo"`
	Root  string `json:"root"`
	// PLOVER is the PLOVER event type ("CONSULT").
	PLOVER string `json:"plover,omitempty"`
	// Quad is the QuadClass: 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	Quad int `json:"quad"`
	// Goldstein is the Goldstein scale value, -10 to +10.
	Goldstein float64 `json:"goldstein"`
	// Mode is one of the Mode* constants.
	Mode string `json:"mode"`
	// Date is the date the event happened, as a TIMEX3 value
	// ("2025-08-17", "2025-02", "2014").
	Date string `json:"date"`
	// DatePrecision is one of the Date* precisions.
	DatePrecision string `json:"date_precision"`
	// DateSource is DateFromText or DateFromPublication.
	DateSource string `json:"date_source"`
	// DateText is the time expression the date came from, when there is one.
	DateText string `json:"date_text,omitempty"`
	// Place is where the event happened, nil when the sentence does not say.
	Place       *Place      `json:"place"`
	Attribution Attribution `json:"attribution"`
	// Rule names the dictionary pattern or rule that produced the event.
	Rule string `json:"rule"`
	// ID is set by stores: "<article id>/e<index>".
	ID string `json:"id,omitempty"`
	// ArticleID is set by stores.
	ArticleID string `json:"article_id,omitempty"`
	// Copies is set by stores: how many stored articles are near-copies
	// of the event's article (their Article.DuplicateOf names it), so the
	// event is corroborated by 1+Copies articles. Re-ingesting the same
	// text stores nothing and does not count.
	Copies int `json:"copies,omitempty"`
}

// ValidMode reports whether m is one of the defined modes.
func ValidMode(m string) bool {
	for _, x := range Modes {
		if x == m {
			return true
		}
	}
	return false
}
