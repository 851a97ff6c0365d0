// Package ingest reads news articles from files, directories, stdin and
// streams, in the formats dyad accepts, and turns each into a
// dyad.Article with clean text (see package clean), metadata and a
// content-hash ID.
//
// Formats are told from the file name (a ".gz" suffix is decompressed
// first) or, when the name says nothing, from the content:
//
//   - plain text (.txt): one article; a short first line followed by a
//     blank line is the title;
//   - HTML (.html, .htm): one page; the body is extracted with
//     go-readability, title, publication date, site name, byline and
//     canonical URL come from the meta tags (goquery) and readability's
//     metadata; the declared charset is honoured;
//   - JSONL (.jsonl, .ndjson): one article per line, with the keys url,
//     title, published, outlet, timezone, author and text or html (and
//     aliases: link, headline, date, source, site, body, content, …); a
//     line may instead name a text or HTML file in "file" (relative to
//     the JSONL file), making the JSONL a manifest of metadata;
//   - CSV/TSV (.csv, .tsv): a header naming the same columns, one article
//     per row;
//   - RSS and Atom feeds (.rss, .atom, or sniffed XML): one article per
//     item, from content:encoded or the description;
//   - WARC (.warc, .warc.gz): one article per successful HTML response
//     record, with the target URI as URL.
//
// Directories are walked recursively in lexical order; hidden files and
// directories, symbolic links to directories, and read-me and licence
// files (README*, LICENSE*, …) are skipped unless named explicitly.
//
// Text that is not valid UTF-8 is decoded from Windows-1252 (old wire
// copy), from the charset an HTML page declares, or from UTF-16 with a
// byte order mark, and the article carries a warning saying so; text whose
// encoding cannot be told is rejected with ErrEncoding.
//
// Every problem with one input or one record is a *dyad.SourceError that
// names the input and the line (record) and wraps one of the Err*
// sentinels; the Reader goes on with the next record or input. Memory is
// bounded: a record is at most Options.MaxRecordBytes (16 MiB by default),
// a JSONL line or CSV row past it is skipped without being held, and only
// single-article files and feeds are read whole.
//
// Usage:
//
//	src := ingest.NewSource([]string{"articles/", "feed.xml", "-"}, ingest.Options{})
//	for {
//		a, err := src.Next(ctx)
//		if err == io.EOF {
//			break
//		}
//		var se *dyad.SourceError
//		if errors.As(err, &se) {
//			log.Warn("skipped", "input", se.Input, "line", se.Line, "err", se.Err)
//			continue
//		}
//		if err != nil {
//			return err
//		}
//		store(a)
//	}
//
// For one article (dyad code):
//
//	a, err := ingest.ReadArticle("story.html", ingest.Meta{Timezone: "Europe/Paris"})
package ingest
