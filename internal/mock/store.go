// Package mock provides fakes of the root interfaces for handler tests:
// one func field per method, called when set; an unset field returns a
// zero value and nil (or ErrNotFound for single-item lookups).
package mock

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Store is a fake dyad.Store.
type Store struct {
	PutFn      func(ctx context.Context, doc *dyad.Document) (dyad.PutResult, error)
	HasFn      func(ctx context.Context, id string) (bool, error)
	ArticleFn  func(ctx context.Context, id string) (*dyad.Article, error)
	DocumentFn func(ctx context.Context, id string) (*dyad.Document, error)
	ArticlesFn func(ctx context.Context, f dyad.ArticleFilter) ([]*dyad.Article, error)
	SearchFn   func(ctx context.Context, q dyad.SearchQuery) ([]dyad.SearchHit, error)
	EventsFn   func(ctx context.Context, f dyad.EventFilter) ([]dyad.Event, error)
	QuotesFn   func(ctx context.Context, f dyad.QuoteFilter) ([]dyad.Quote, error)
	ActorsFn   func(ctx context.Context, f dyad.ActorFilter) ([]dyad.ActorCount, error)
	CountsFn   func(ctx context.Context, q dyad.CountQuery) ([]dyad.Count, error)
	StatsFn    func(ctx context.Context) (dyad.Stats, error)
	CloseFn    func() error
}

var _ dyad.Store = (*Store)(nil)

// Put calls PutFn.
func (s *Store) Put(ctx context.Context, doc *dyad.Document) (dyad.PutResult, error) {
	if s.PutFn == nil {
		return dyad.PutResult{ID: doc.Article.ID}, nil
	}
	return s.PutFn(ctx, doc)
}

// Has calls HasFn.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	if s.HasFn == nil {
		return false, nil
	}
	return s.HasFn(ctx, id)
}

// Article calls ArticleFn.
func (s *Store) Article(ctx context.Context, id string) (*dyad.Article, error) {
	if s.ArticleFn == nil {
		return nil, dyad.ErrNotFound
	}
	return s.ArticleFn(ctx, id)
}

// Document calls DocumentFn.
func (s *Store) Document(ctx context.Context, id string) (*dyad.Document, error) {
	if s.DocumentFn == nil {
		return nil, dyad.ErrNotFound
	}
	return s.DocumentFn(ctx, id)
}

// Articles calls ArticlesFn.
func (s *Store) Articles(ctx context.Context, f dyad.ArticleFilter) ([]*dyad.Article, error) {
	if s.ArticlesFn == nil {
		return nil, nil
	}
	return s.ArticlesFn(ctx, f)
}

// Search calls SearchFn.
func (s *Store) Search(ctx context.Context, q dyad.SearchQuery) ([]dyad.SearchHit, error) {
	if s.SearchFn == nil {
		return nil, nil
	}
	return s.SearchFn(ctx, q)
}

// Events calls EventsFn.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.Event, error) {
	if s.EventsFn == nil {
		return nil, nil
	}
	return s.EventsFn(ctx, f)
}

// Quotes calls QuotesFn.
func (s *Store) Quotes(ctx context.Context, f dyad.QuoteFilter) ([]dyad.Quote, error) {
	if s.QuotesFn == nil {
		return nil, nil
	}
	return s.QuotesFn(ctx, f)
}

// Actors calls ActorsFn.
func (s *Store) Actors(ctx context.Context, f dyad.ActorFilter) ([]dyad.ActorCount, error) {
	if s.ActorsFn == nil {
		return nil, nil
	}
	return s.ActorsFn(ctx, f)
}

// Counts calls CountsFn.
func (s *Store) Counts(ctx context.Context, q dyad.CountQuery) ([]dyad.Count, error) {
	if s.CountsFn == nil {
		return nil, nil
	}
	return s.CountsFn(ctx, q)
}

// Stats calls StatsFn.
func (s *Store) Stats(ctx context.Context) (dyad.Stats, error) {
	if s.StatsFn == nil {
		return dyad.Stats{}, nil
	}
	return s.StatsFn(ctx)
}

// Close calls CloseFn.
func (s *Store) Close() error {
	if s.CloseFn == nil {
		return nil
	}
	return s.CloseFn()
}
