// Package clean turns the raw body text of a news article into dyad's clean
// text: one paragraph per line, whitespace collapsed, and the debris that
// web pages and wire copy leave in a body taken out.
//
// Debris is recognised by general rules, never by matching known texts:
//
//   - share, follow and subscribe widgets ("Share this @example.com",
//     "Follow us on Telegram", a line of social network names);
//   - advertising markers ("Advertisement", "Story continues below
//     advertisement");
//   - photo credits and captions ("Photo: …", "(AP Photo/…)", "… Getty
//     Images", "… Image: Jane Doe.");
//   - "Read more", "Related:" and similar link lines;
//   - bylines ("By Jane Doe") and credit lines ("Reporting by …; Editing by
//     …", "… contributed to this report.");
//   - headline-shaped lines standing after body paragraphs: short,
//     capitalised, without sentence punctuation (a related-story link or a
//     caption left in the text), unless the next line goes on in lower
//     case (the first line of a hard-wrapped sentence);
//   - a repeat of the title as the first paragraph.
//
// Datelines are kept as metadata and taken out of the text: a date on a
// line of its own at the top ("Friday, January 4, 2019") and a wire
// dateline that opens the first paragraph ("KYIV, Aug 17 (Reuters) -",
// "WASHINGTON (AP) —").
//
// A paragraph that ends in sentence punctuation is a real paragraph; the
// rules that remove such lines are the narrow credit, caption and widget
// patterns above, so real sentences stay.
//
// Usage:
//
//	res := clean.Clean(raw, clean.Options{Title: headline})
//	article.Text = res.Text
//	article.Dateline = res.Dateline
//	for _, r := range res.Removed {
//		slog.Debug("removed", "rule", r.Rule, "text", r.Text)
//	}
//
// Clean is a pure function: safe for concurrent use, no I/O.
package clean
