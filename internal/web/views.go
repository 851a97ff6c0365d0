package web

import (
	"time"

	"github.com/dyad-events/dyad"
)

// articleView is an article in lists: metadata, and the text only when
// asked for.
type articleView struct {
	ID          string `json:"id"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Published   string `json:"published,omitempty"`
	Timezone    string `json:"timezone,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Ingested    string `json:"ingested,omitempty"`
	Text        string `json:"text,omitempty"`
}

func newArticleView(a *dyad.Article, text bool) articleView {
	if a == nil {
		return articleView{}
	}
	v := articleView{ID: a.ID, URL: a.URL, Title: a.Title, Outlet: a.Outlet,
		Published: dyad.FormatPublished(a.Published, a.Location()), Timezone: a.Timezone,
		DuplicateOf: a.DuplicateOf}
	if !a.Provenance.Ingested.IsZero() {
		v.Ingested = a.Provenance.Ingested.UTC().Format(time.RFC3339)
	}
	if text {
		v.Text = a.Text
	}
	return v
}

type searchHitView struct {
	Article articleView `json:"article"`
	Snippet string      `json:"snippet"`
	Rank    float64     `json:"rank"`
}

type actorCountView struct {
	Actor    dyad.Actor `json:"actor"`
	Mentions int        `json:"mentions"`
	Articles int        `json:"articles"`
}

type countView struct {
	Key   string `json:"key"`
	Quad  int    `json:"quad,omitempty"`
	Count int    `json:"count"`
}

type statsView struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"`
	Sentences  int `json:"sentences"`
	Mentions   int `json:"mentions"`
	Places     int `json:"places"`
	Times      int `json:"times"`
	Quotes     int `json:"quotes"`
	Events     int `json:"events"`
}
