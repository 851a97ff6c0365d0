package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/dyad-events/dyad"
)

// jsonlWriter writes one full event per line: the event as in the `dyad
// code` document plus the article's URL, outlet and the sentence text.
type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer) *jsonlWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc}
}

type jsonlRecord struct {
	*dyad.Event
	URL          string `json:"url,omitempty"`
	Outlet       string `json:"outlet,omitempty"`
	Published    string `json:"published,omitempty"`
	SentenceText string `json:"sentence_text,omitempty"`
}

func (w *jsonlWriter) Write(e *dyad.Event, a *dyad.Article) error {
	r := jsonlRecord{Event: e}
	if a != nil {
		r.URL, r.Outlet, r.Published = a.URL, a.Outlet, a.PublishedDate()
		r.SentenceText = e.Sentence.In(a.Text)
		if e.ArticleID == "" {
			e.ArticleID = a.ID
		}
	}
	return w.enc.Encode(r)
}

func (w *jsonlWriter) Close() error { return w.bw.Flush() }

// csvWriter writes Records as RFC 4180 CSV with a header row.
type csvWriter struct {
	cw     *csv.Writer
	header bool
}

func newCSV(w io.Writer) *csvWriter { return &csvWriter{cw: csv.NewWriter(w)} }

func (w *csvWriter) Write(e *dyad.Event, a *dyad.Article) error {
	if !w.header {
		if err := w.cw.Write(csvHeader); err != nil {
			return err
		}
		w.header = true
	}
	r := Flatten(e, a)
	return w.cw.Write(r.csvRow())
}

func (w *csvWriter) Close() error {
	if !w.header {
		if err := w.cw.Write(csvHeader); err != nil {
			return err
		}
	}
	w.cw.Flush()
	return w.cw.Error()
}

// GDELTColumns is the GDELT 2.0 event table's column order (61 columns).
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// gdeltWriter writes GDELT 2.0 event rows: tab-separated, no header, 61
// columns. GLOBALEVENTID is a running number (GDELT's IDs are its own);
// SQLDATE is dyad's event date (the first day of the month or year for
// coarser dates); the actor type columns hold the actor code's role parts
// (GOV, MIL…); geography columns use ISO alpha-3 country codes (GDELT
// uses FIPS 10-4 there) and are filled for the action only; tone is 0;
// NumMentions, NumSources and NumArticles are 1+Event.Copies: the
// event's article and the stored near-copies of it (other outlets'
// re-publications), each reporting the event once.
type gdeltWriter struct {
	bw  *bufio.Writer
	now func() time.Time
	n   int64
	row []string
}

func newGDELT(w io.Writer, now func() time.Time) *gdeltWriter {
	return &gdeltWriter{bw: bufio.NewWriter(w), now: now, row: make([]string, len(GDELTColumns))}
}

func (w *gdeltWriter) Write(e *dyad.Event, a *dyad.Article) error {
	w.n++
	r := w.row
	for i := range r {
		r[i] = ""
	}
	day, frac := gdeltDay(e.Date)
	r[0] = strconv.FormatInt(w.n, 10)
	r[1] = day
	if len(day) == 8 {
		r[2], r[3] = day[:6], day[:4]
	}
	r[4] = frac
	actor(r[5:15], e.Source)
	actor(r[15:25], e.Target)
	r[25] = "1"
	r[26] = e.CAMEO
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	r[27], r[28] = base, e.Root
	r[29] = strconv.Itoa(e.Quad)
	r[30] = strconv.FormatFloat(e.Goldstein, 'f', 1, 64)
	// The event's article and its stored near-copies each report it once.
	n := strconv.Itoa(1 + max(0, e.Copies))
	r[31], r[32], r[33], r[34] = n, n, n, "0"
	if p := e.Place; p != nil {
		g := r[51:59]
		g[0] = gdeltGeoType(p)
		g[1] = p.Name
		g[2] = p.Country
		g[3] = p.Admin1
		g[5] = strconv.FormatFloat(p.Lat, 'f', 4, 64)
		g[6] = strconv.FormatFloat(p.Lon, 'f', 4, 64)
		if p.GeonamesID != 0 {
			g[7] = strconv.Itoa(p.GeonamesID)
		}
	} else {
		r[51] = "0"
	}
	r[59] = w.now().UTC().Format("20060102150405")
	if a != nil {
		r[60] = a.URL
	}
	for i, c := range r {
		if i > 0 {
			w.bw.WriteByte('\t')
		}
		w.bw.WriteString(tsvField(c))
	}
	return w.bw.WriteByte('\n')
}

func (w *gdeltWriter) Close() error { return w.bw.Flush() }

// actor fills the ten GDELT actor columns.
func actor(c []string, a *dyad.EventActor) {
	if a == nil {
		return
	}
	c[0] = a.Code
	c[1] = strings.ToUpper(a.Name)
	c[2] = a.Country
	if len(a.Code) > 3 {
		roles := a.Code[3:]
		for i := 0; i < 3 && len(roles) >= 3; i++ {
			c[7+i] = roles[:3]
			roles = roles[3:]
		}
	}
	if strings.HasPrefix(a.Code, "IGO") || strings.HasPrefix(a.Code, "NGO") {
		c[3] = a.Code[3:]
	}
}

func gdeltGeoType(p *dyad.Place) string {
	switch p.Precision {
	case dyad.PrecisionCountry:
		return "1"
	case dyad.PrecisionAdmin1:
		return "5" // world state
	case dyad.PrecisionCity:
		return "4" // world city
	}
	return "0"
}

// gdeltDay turns a TIMEX3 date value into GDELT's YYYYMMDD and
// FractionDate (year + day-of-year/365).
func gdeltDay(v string) (day, frac string) {
	var t time.Time
	var err error
	switch {
	case len(v) >= 10:
		t, err = time.Parse(time.DateOnly, v[:10])
	case len(v) == 7:
		t, err = time.Parse("2006-01", v)
	case len(v) == 4:
		t, err = time.Parse("2006", v)
	default:
		return "", ""
	}
	if err != nil {
		return "", ""
	}
	return t.Format("20060102"), fmt.Sprintf("%.4f", float64(t.Year())+float64(t.YearDay())/365)
}

// tsvField replaces tabs and newlines, which would break the table.
func tsvField(s string) string {
	if strings.ContainsAny(s, "\t\n\r") {
		return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
	}
	return s
}

// parquetWriter writes Records as a Parquet file (Snappy-compressed).
type parquetWriter struct {
	pw *parquet.GenericWriter[Record]
}

func newParquet(w io.Writer) *parquetWriter {
	return &parquetWriter{pw: parquet.NewGenericWriter[Record](w, parquet.Compression(&parquet.Snappy))}
}

func (w *parquetWriter) Write(e *dyad.Event, a *dyad.Article) error {
	_, err := w.pw.Write([]Record{Flatten(e, a)})
	return err
}

func (w *parquetWriter) Close() error { return w.pw.Close() }
