// Package demo holds the open-licence articles `dyad demo` ingests: the
// project's seed story, Voice of America stories from 2025 (public domain,
// US government work; credit voanews.com) and Wikinews stories (CC BY 2.5;
// credit Wikinews and the article URL). data/articles.jsonl is written by
// `go generate` from the shared corpora.
package demo

//go:generate go run gen.go

import _ "embed"

// Articles is the bundled articles as JSONL: one object a line with url,
// title, published, timezone, outlet, licence and text.
//
//go:embed data/articles.jsonl
var Articles []byte
