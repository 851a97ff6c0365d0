// Package dyad holds the domain of the dyad event coder: articles, the spans
// found in them (sentences, tokens, mentions, places, time expressions,
// quotes) and the events coded from them, plus the interfaces that connect
// the pipeline's parts (Source, Stage, Store).
//
// The package imports only the standard library. Every span is a pair of
// UTF-8 byte offsets, half-open, into Article.Text: for any span s,
// Article.Text[s.Start:s.End] is the text it covers.
//
// A Document is one article with everything the pipeline found in it. It is
// also the stable JSON interface printed by `dyad code` (see docs/document.md).
package dyad
