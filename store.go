package dyad

import (
	"context"
	"time"
)

// Store keeps documents and answers queries over them. Implementations
// (internal/sqlite, internal/postgres) pass the conformance suite in
// internal/storetest. All methods are safe for concurrent use.
//
// Errors: ErrNotFound (code CodeNotFound) for a missing ID, CodeInvalid for
// a bad filter, CodeUnavailable when the database cannot be reached.
type Store interface {
	// Put stores a document, its article and every annotation, in one
	// transaction: afterwards either all of it is stored or none. Putting
	// an article whose ID is already stored changes nothing and reports
	// Duplicate.
	Put(ctx context.Context, doc *Document) (PutResult, error)
	// Has reports whether an article with this ID is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Article returns one article without its annotations.
	Article(ctx context.Context, id string) (*Article, error)
	// Document returns an article with all its annotations, as Put stored
	// them (sentences with their tokens, mentions, places, times, quotes,
	// events), and Actors recomputed from the mentions (Entities), so a
	// stored Actors list is never stale.
	Document(ctx context.Context, id string) (*Document, error)
	// Articles lists articles, newest publication first, then by ID.
	Articles(ctx context.Context, f ArticleFilter) ([]*Article, error)
	// Search runs a full-text query over titles and texts, best match
	// first.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// Events lists events matching f, by date then article then position.
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// Quotes lists quotes matching f.
	Quotes(ctx context.Context, f QuoteFilter) ([]Quote, error)
	// Actors lists actors with how often they are mentioned, most first.
	Actors(ctx context.Context, f ActorFilter) ([]ActorCount, error)
	// Counts aggregates events matching q.Filter by q.By.
	Counts(ctx context.Context, q CountQuery) ([]Count, error)
	// Stats summarises what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store's resources.
	Close() error
}

// PutResult reports what Put did.
type PutResult struct {
	// ID is the article's ID.
	ID string
	// Duplicate is true when the article was already stored and nothing
	// was written.
	Duplicate bool
	// DuplicateOf is the article's DuplicateOf as stored: the ID of the
	// stored article it near-duplicates (set by the store's near-duplicate
	// detection, or given by the caller), "" when it is original.
	DuplicateOf string
}

// Page limits a list. A zero Limit means the store's default (100); the
// maximum is 10,000.
type Page struct {
	Limit  int
	Offset int
}

// ArticleFilter selects articles. Zero fields match everything.
type ArticleFilter struct {
	Page
	Outlet string
	// From and To bound the publication date, inclusive; zero is unbounded.
	From, To time.Time
	// Originals only lists articles that duplicate no other.
	Originals bool
}

// SearchQuery is a full-text query.
type SearchQuery struct {
	Page
	// Query is the user's words; stores quote them so that any string is a
	// valid query (no syntax errors from user input).
	Query string
}

// SearchHit is one article matching a SearchQuery.
type SearchHit struct {
	Article *Article
	// Snippet is a short excerpt with the matched words between « and ».
	Snippet string
	// Rank orders hits: lower is better.
	Rank float64
}

// EventFilter selects events. Zero fields match everything; string codes
// match as prefixes ("USA" matches "USAGOV").
type EventFilter struct {
	Page
	ArticleID string
	// Actor matches the source or target code prefix, or their name
	// (case-insensitive substring).
	Actor  string
	Source string
	Target string
	// Country matches the source's or target's country.
	Country string
	// Code matches the CAMEO code as a prefix ("04" or "042").
	Code   string
	PLOVER string
	Mode   string
	Quad   int
	// From and To bound the event date (YYYY, YYYY-MM or YYYY-MM-DD,
	// compared as strings of the same length), inclusive.
	From, To string
	// Place matches the place name or country.
	Place string
	// Originals only selects events of articles that duplicate no other
	// (Article.DuplicateOf is empty), so that a story re-published by many
	// outlets counts once.
	Originals bool
	// Dyadic only selects events with both a source and a target (the
	// GDELT/PETRARCH convention), leaving out one-sided events: violence
	// by an unknown agent (no source) and acts with no target (protests,
	// claims, denials). By default both kinds are listed.
	Dyadic bool
}

// QuoteFilter selects quotes.
type QuoteFilter struct {
	Page
	ArticleID string
	// Speaker matches the speaker's name (case-insensitive substring).
	Speaker string
	// Venue matches the venue (case-insensitive substring).
	Venue     string
	Anonymous *bool
}

// ActorFilter selects actors.
type ActorFilter struct {
	Page
	// Code is a code prefix; Name a case-insensitive substring.
	Code string
	Name string
}

// ActorCount is an actor with how many mentions and articles it has.
type ActorCount struct {
	Actor    Actor
	Mentions int
	Articles int
}

// Count dimensions.
const (
	ByDay    = "day"
	ByRoot   = "root"
	ByPLOVER = "plover"
	ByQuad   = "quad"
	ByDyad   = "dyad" // source country and target country
	ByMode   = "mode"
)

// CountQuery aggregates events.
type CountQuery struct {
	// Filter selects the events counted; Filter.Originals counts each
	// story once however often it was copied.
	Filter EventFilter
	// By is one of the By* dimensions.
	By string
}

// Count is one bucket of a CountQuery. Key is the bucket ("2025-08-17",
// "04", "CONSULT", "USA-UKR"); Quad is set for ByDay, to split days by
// QuadClass.
type Count struct {
	Key   string
	Quad  int
	Count int
}

// Stats summarises a store.
type Stats struct {
	Articles   int
	Duplicates int
	Sentences  int
	Mentions   int
	Places     int
	Times      int
	Quotes     int
	Events     int
}
