package ingest

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
)

// feedReader reads one article per item of an RSS or Atom feed. The feed
// is parsed whole (it is bounded by Options.MaxFeedBytes).
type feedReader struct {
	feed  *gofeed.Feed
	i     int
	host  string
	title string
}

func newFeedReader(br *bufio.Reader, max int) (*feedReader, error) {
	b, err := readLimited(br, max)
	if err != nil {
		return nil, err
	}
	f, err := gofeed.NewParser().ParseString(string(b))
	if err != nil {
		return nil, fmt.Errorf("%w: feed: %v", ErrMalformed, err)
	}
	return &feedReader{feed: f, host: hostOf(f.Link), title: strings.TrimSpace(f.Title)}, nil
}

func (f *feedReader) format() string { return FormatFeed }

func (f *feedReader) next() (*record, error) {
	for f.i < len(f.feed.Items) {
		it := f.feed.Items[f.i]
		f.i++
		rec := &record{line: f.i, url: strings.TrimSpace(it.Link), title: strings.TrimSpace(fragmentText(it.Title))}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		rec.text = fragmentText(body)
		if strings.TrimSpace(rec.text) == "" {
			return nil, &recordError{line: f.i, err: fmt.Errorf("%w: feed item %q has no content or description", ErrNoText, rec.title)}
		}
		switch {
		case it.PublishedParsed != nil:
			rec.published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			rec.published = *it.UpdatedParsed
		case it.Published != "":
			rec.dateText = it.Published
		}
		var authors []string
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				authors = append(authors, strings.TrimSpace(a.Name))
			}
		}
		rec.author = strings.Join(authors, ", ")
		rec.outlet = firstNonEmpty(hostOf(rec.url), f.host)
		return rec, nil
	}
	return nil, io.EOF
}
