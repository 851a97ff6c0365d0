// Package export writes events in the formats analysts load into their own
// tools: JSONL (full records), CSV, a GDELT 2.0-style event table and
// Parquet.
//
// A Writer takes events one at a time with the article each came from, so
// exports stream: memory stays flat however many events there are. Close
// flushes the output (Parquet writes its footer there); it does not close
// the underlying io.Writer.
package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Formats lists the export formats by name.
var Formats = []string{"jsonl", "csv", "gdelt", "parquet"}

// Writer writes events in one format.
type Writer interface {
	// Write adds one event; a is the article it was coded from (nil when
	// unknown: article fields are then left empty).
	Write(e *dyad.Event, a *dyad.Article) error
	// Close flushes buffered output.
	Close() error
}

// Options tunes writers.
type Options struct {
	// Now stamps GDELT's DATEADDED column; time.Now when nil.
	Now func() time.Time
}

// New returns a Writer for format (one of Formats) writing to w.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	switch strings.ToLower(format) {
	case "jsonl", "json":
		return newJSONL(w), nil
	case "csv":
		return newCSV(w), nil
	case "gdelt", "tsv":
		return newGDELT(w, opts.Now), nil
	case "parquet":
		return newParquet(w), nil
	}
	return nil, dyad.Errorf(dyad.CodeInvalid, "unknown export format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// Record is the flat form of an event used by CSV and Parquet: one row per
// event, article fields included.
type Record struct {
	ID            string   `parquet:"id" json:"id"`
	ArticleID     string   `parquet:"article_id" json:"article_id"`
	URL           string   `parquet:"url" json:"url"`
	Outlet        string   `parquet:"outlet" json:"outlet"`
	Published     string   `parquet:"published" json:"published"`
	Date          string   `parquet:"date" json:"date"`
	DatePrecision string   `parquet:"date_precision" json:"date_precision"`
	DateSource    string   `parquet:"date_source" json:"date_source"`
	SourceCode    string   `parquet:"source_code" json:"source_code"`
	SourceName    string   `parquet:"source_name" json:"source_name"`
	SourceCountry string   `parquet:"source_country" json:"source_country"`
	TargetCode    string   `parquet:"target_code" json:"target_code"`
	TargetName    string   `parquet:"target_name" json:"target_name"`
	TargetCountry string   `parquet:"target_country" json:"target_country"`
	CAMEO         string   `parquet:"cameo" json:"cameo"`
	Root          string   `parquet:"root" json:"root"`
	PLOVER        string   `parquet:"plover" json:"plover"`
	Quad          int32    `parquet:"quad" json:"quad"`
	Goldstein     float64  `parquet:"goldstein" json:"goldstein"`
	Mode          string   `parquet:"mode" json:"mode"`
	PlaceName     string   `parquet:"place_name" json:"place_name"`
	PlaceCountry  string   `parquet:"place_country" json:"place_country"`
	Lat           *float64 `parquet:"lat,optional" json:"lat"`
	Lon           *float64 `parquet:"lon,optional" json:"lon"`
	Trigger       string   `parquet:"trigger" json:"trigger"`
	Sentence      string   `parquet:"sentence" json:"sentence"`
	Speaker       string   `parquet:"speaker" json:"speaker"`
	Anonymous     bool     `parquet:"anonymous" json:"anonymous"`
	Rule          string   `parquet:"rule" json:"rule"`
	// Copies is Event.Copies: stored near-copies of the event's article.
	Copies int32 `parquet:"copies" json:"copies"`
}

// Flatten turns an event and its article into a Record.
func Flatten(e *dyad.Event, a *dyad.Article) Record {
	r := Record{
		ID: e.ID, ArticleID: e.ArticleID, Date: e.Date, DatePrecision: e.DatePrecision,
		DateSource: e.DateSource, CAMEO: e.CAMEO, Root: e.Root, PLOVER: e.PLOVER,
		Quad: int32(e.Quad), Goldstein: e.Goldstein, Mode: e.Mode, Trigger: e.Trigger.Text,
		Speaker: e.Attribution.Speaker, Anonymous: e.Attribution.Anonymous, Rule: e.Rule,
		Outlet: e.Attribution.Outlet, Copies: int32(e.Copies),
	}
	if e.Source != nil {
		r.SourceCode, r.SourceName, r.SourceCountry = e.Source.Code, e.Source.Name, e.Source.Country
	}
	if e.Target != nil {
		r.TargetCode, r.TargetName, r.TargetCountry = e.Target.Code, e.Target.Name, e.Target.Country
	}
	if p := e.Place; p != nil {
		r.PlaceName, r.PlaceCountry = p.Name, p.Country
		lat, lon := p.Lat, p.Lon
		r.Lat, r.Lon = &lat, &lon
	}
	if a != nil {
		if r.ArticleID == "" {
			r.ArticleID = a.ID
		}
		r.URL = a.URL
		if a.Outlet != "" {
			r.Outlet = a.Outlet
		}
		r.Published = a.PublishedDate()
		r.Sentence = e.Sentence.In(a.Text)
	}
	return r
}

// csvHeader is the CSV column order: Record's fields.
var csvHeader = []string{"id", "article_id", "url", "outlet", "published", "date", "date_precision",
	"date_source", "source_code", "source_name", "source_country", "target_code", "target_name",
	"target_country", "cameo", "root", "plover", "quad", "goldstein", "mode", "place_name",
	"place_country", "lat", "lon", "trigger", "sentence", "speaker", "anonymous", "rule", "copies"}

func (r *Record) csvRow() []string {
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return fmt.Sprintf("%.5f", *p)
	}
	return []string{r.ID, r.ArticleID, r.URL, r.Outlet, r.Published, r.Date, r.DatePrecision,
		r.DateSource, r.SourceCode, r.SourceName, r.SourceCountry, r.TargetCode, r.TargetName,
		r.TargetCountry, r.CAMEO, r.Root, r.PLOVER, fmt.Sprint(r.Quad), fmt.Sprintf("%.1f", r.Goldstein),
		r.Mode, r.PlaceName, r.PlaceCountry, f(r.Lat), f(r.Lon), r.Trigger, r.Sentence, r.Speaker,
		fmt.Sprint(r.Anonymous), r.Rule, fmt.Sprint(r.Copies)}
}
