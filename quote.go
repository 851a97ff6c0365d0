package dyad

// Speaker is who a quote is attributed to.
type Speaker struct {
	// Span is the speaker's mention in the text (the words used there,
	// even when they are a pronoun).
	Span
	// Text is Article.Text[Start:End].
	Text string `json:"text"`
	// Name is the resolved canonical name ("Marco Rubio"), or the words
	// used for an anonymous source ("a top official").
	Name string `json:"name"`
	// Code is the speaker's actor code, "" when unknown.
	Code string `json:"code,omitempty"`
	// Anonymous marks unnamed sources.
	Anonymous bool `json:"anonymous"`
	// Affiliation is what an anonymous source is said to belong to.
	Affiliation string `json:"affiliation,omitempty"`
	// Mention is the index in Document.Mentions of the speaker's mention,
	// absent when there is none.
	Mention *int `json:"mention,omitempty"`
}

// Quote is direct or reported speech with its attribution.
type Quote struct {
	// Span is the content: the quoted words, without quotation marks for
	// direct quotes; the reported clause for indirect speech.
	Span
	// Text is Article.Text[Start:End].
	Text string `json:"text"`
	// Direct reports whether the words are in quotation marks.
	Direct bool `json:"direct"`
	// Speaker is nil when no speaker could be found.
	Speaker *Speaker `json:"speaker"`
	// Cue is the reporting verb or phrase as written ("stated", "told").
	Cue string `json:"cue,omitempty"`
	// CueLemma is the cue's lemma ("state", "tell").
	CueLemma string `json:"cue_lemma,omitempty"`
	// CueSpan locates the cue, when there is one.
	CueSpan *Span `json:"cue_span,omitempty"`
	// Venue is the outlet or medium it was said to or in ("CBS", "CNN",
	// "social media", "Truth Social"), "" when none is named.
	Venue string `json:"venue,omitempty"`
	// Date is the TIMEX3 value of the time the words were said, nil when
	// unknown.
	Date *string `json:"date"`
	// Unclosed marks a direct quote whose closing quotation mark is
	// missing in the text: it was taken to run to the end of its
	// paragraph, or to the comma before a reporting clause inside it
	// ("“This is unbalanced, Putin said.": the content is "This is
	// unbalanced", said by Putin).
	Unclosed bool `json:"unclosed,omitempty"`
	// Parts, for a direct quote over several paragraphs (each reopening
	// with a quotation mark, the newspaper convention), are the content
	// of each paragraph without that mark, in order and inside Span;
	// nil for a quote of one paragraph. Span and Text cover the whole
	// quotation, the reopening marks included.
	Parts []Span `json:"parts,omitempty"`
	// ID is set by stores: "<article id>/q<index>".
	ID string `json:"id,omitempty"`
	// ArticleID is set by stores.
	ArticleID string `json:"article_id,omitempty"`
}
