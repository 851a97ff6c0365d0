package ingest

import "github.com/dyad-events/dyad"

// Errors an input can fail with. Each is a *dyad.Error (so dyad.ErrorCode
// gives its code) and is returned wrapped, with detail, inside a
// *dyad.SourceError that names the input and line; test for them with
// errors.Is.
var (
	// ErrEmpty is returned for an input with no content, or none that
	// yields an article.
	ErrEmpty = &dyad.Error{Code: dyad.CodeInvalid, Message: "empty input"}
	// ErrBinary is returned for content that is not text (NUL or control
	// bytes).
	ErrBinary = &dyad.Error{Code: dyad.CodeInvalid, Message: "binary content, not text"}
	// ErrTooLarge is returned for a record (a file, a JSONL line, a CSV
	// row, a WARC payload) larger than Options.MaxRecordBytes, or a feed
	// larger than Options.MaxFeedBytes.
	ErrTooLarge = &dyad.Error{Code: dyad.CodeTooLarge, Message: "input too large"}
	// ErrEncoding is returned for text that is not valid UTF-8 and whose
	// encoding could not be determined.
	ErrEncoding = &dyad.Error{Code: dyad.CodeInvalid, Message: "unknown text encoding"}
	// ErrUnknownFormat is returned when the format of an input cannot be
	// recognised or is not one dyad reads.
	ErrUnknownFormat = &dyad.Error{Code: dyad.CodeInvalid, Message: "unknown format"}
	// ErrMalformed is returned for a record that cannot be parsed: a JSONL
	// line that is not a JSON object, a CSV row with the wrong number of
	// fields, a feed or WARC file that does not parse.
	ErrMalformed = &dyad.Error{Code: dyad.CodeInvalid, Message: "malformed record"}
	// ErrNoText is returned for a record without article text: no text or
	// html field, or nothing left after cleaning.
	ErrNoText = &dyad.Error{Code: dyad.CodeInvalid, Message: "no article text"}
	// ErrMultiple is returned by ReadArticle for an input that holds more
	// than one record.
	ErrMultiple = &dyad.Error{Code: dyad.CodeInvalid, Message: "more than one article in the input"}
)
