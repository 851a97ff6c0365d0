package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/export"
)

func sample() ([]dyad.Event, *dyad.Article) {
	text := "Russia absorbed Crimea in 2014.\nTrump and Zelenskyy will meet in Washington on Tuesday."
	a := &dyad.Article{ID: "a1", URL: "https://example.org/x", Outlet: "example.org", Text: text,
		Published: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)}
	q := 0
	ev := []dyad.Event{
		{ID: "a1/e0", ArticleID: "a1", Sentence: dyad.Span{Start: 0, End: 31},
			Source:  &dyad.EventActor{Code: "RUS", Name: "Russia", Country: "RUS", Span: dyad.Span{Start: 0, End: 6}},
			Target:  &dyad.EventActor{Code: "UKR", Name: "Ukraine", Country: "UKR"},
			Trigger: dyad.Trigger{Span: dyad.Span{Start: 7, End: 15}, Text: "absorbed"},
			CAMEO:   "1951", Root: "19", PLOVER: "ASSAULT", Quad: 4, Goldstein: -10, Mode: dyad.ModeAsserted,
			Date: "2014", DatePrecision: dyad.DateYear, DateSource: dyad.DateFromText, Rule: "absorb\tterritory"},
		{ID: "a1/e1", ArticleID: "a1", Sentence: dyad.Span{Start: 32, End: len(text)},
			Source:  &dyad.EventActor{Code: "USAGOV", Name: "Donald Trump", Country: "USA"},
			Target:  &dyad.EventActor{Code: "UKRGOV", Name: "Volodymyr Zelenskyy", Country: "UKR"},
			Trigger: dyad.Trigger{Text: "meet"}, CAMEO: "036", Root: "03", PLOVER: "CONSULT", Quad: 1, Goldstein: 4,
			Mode: dyad.ModePlanned, Date: "2025-08-19", DatePrecision: dyad.DateDay, DateSource: dyad.DateFromText,
			Place:       &dyad.Place{Name: "Washington", Country: "USA", Lat: 38.89, Lon: -77.03, GeonamesID: 4140963, Precision: dyad.PrecisionCity},
			Attribution: dyad.Attribution{Outlet: "example.org", Quote: &q, Speaker: "Marco Rubio"}, Copies: 2},
	}
	return ev, a
}

func write(t *testing.T, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := export.New(format, &buf, export.Options{Now: func() time.Time { return time.Date(2025, 8, 20, 1, 2, 3, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	ev, a := sample()
	for i := range ev {
		if err := w.Write(&ev[i], a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestNew_ErrUnknownFormat(t *testing.T) {
	_, err := export.New("xlsx", &bytes.Buffer{}, export.Options{})
	if dyad.ErrorCode(err) != dyad.CodeInvalid {
		t.Fatalf("New(xlsx) error = %v, want code invalid", err)
	}
}

func TestGDELT(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(string(write(t, "gdelt")), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d rows, want 2", len(lines))
	}
	for i, l := range lines {
		cols := strings.Split(l, "\t")
		if len(cols) != 61 || len(cols) != len(export.GDELTColumns) {
			t.Fatalf("row %d has %d columns, want 61", i, len(cols))
		}
	}
	c := strings.Split(lines[1], "\t")
	got := map[string]string{}
	for i, name := range export.GDELTColumns {
		got[name] = c[i]
	}
	want := map[string]string{
		"SQLDATE": "20250819", "MonthYear": "202508", "Year": "2025", "Actor1Code": "USAGOV",
		"Actor1CountryCode": "USA", "Actor1Type1Code": "GOV", "Actor2Code": "UKRGOV", "EventCode": "036",
		"EventBaseCode": "036", "EventRootCode": "03", "QuadClass": "1", "GoldsteinScale": "4.0",
		"ActionGeo_FullName": "Washington", "ActionGeo_CountryCode": "USA", "ActionGeo_Type": "4",
		"ActionGeo_FeatureID": "4140963", "DATEADDED": "20250820010203", "SOURCEURL": "https://example.org/x",
		// The article and its two stored near-copies.
		"NumMentions": "3", "NumSources": "3", "NumArticles": "3",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	// A year-precision date maps to the first day of the year; a tab in a
	// field must not add a column.
	c0 := strings.Split(lines[0], "\t")
	if c0[1] != "20140101" {
		t.Errorf("SQLDATE for 2014 = %q, want 20140101", c0[1])
	}
	// An event with no copies is reported by its own article only.
	for i, name := range export.GDELTColumns {
		if (name == "NumMentions" || name == "NumSources" || name == "NumArticles") && c0[i] != "1" {
			t.Errorf("row 0 %s = %q, want 1", name, c0[i])
		}
	}
}

func TestCSV(t *testing.T) {
	recs, err := csv.NewReader(bytes.NewReader(write(t, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("got %d rows, want header + 2", len(recs))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	if got := recs[1][col["sentence"]]; got != "Russia absorbed Crimea in 2014." {
		t.Errorf("sentence = %q", got)
	}
	if got := recs[2][col["lat"]]; got != "38.89000" {
		t.Errorf("lat = %q", got)
	}
	if got := recs[1][col["lat"]]; got != "" {
		t.Errorf("lat of unplaced event = %q, want empty", got)
	}
	if got := recs[2][col["copies"]]; got != "2" {
		t.Errorf("copies = %q, want 2", got)
	}
	for i, r := range recs {
		if len(r) != len(recs[0]) {
			t.Errorf("row %d has %d fields, header %d", i, len(r), len(recs[0]))
		}
	}
}

func TestJSONL(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(write(t, "jsonl"))), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2", len(lines))
	}
	var got struct {
		dyad.Event
		URL          string `json:"url"`
		SentenceText string `json:"sentence_text"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &got); err != nil {
		t.Fatal(err)
	}
	ev, _ := sample()
	if diff := cmp.Diff(ev[1], got.Event); diff != "" {
		t.Errorf("event round trip (-want +got):\n%s", diff)
	}
	if got.URL != "https://example.org/x" || !strings.HasPrefix(got.SentenceText, "Trump and") {
		t.Errorf("url %q sentence %q", got.URL, got.SentenceText)
	}
}

func TestParquet(t *testing.T) {
	b := write(t, "parquet")
	rows, err := parquet.Read[export.Record](bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	ev, a := sample()
	want := []export.Record{export.Flatten(&ev[0], a), export.Flatten(&ev[1], a)}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("parquet rows (-want +got):\n%s", diff)
	}
	if rows[1].Copies != 2 {
		t.Errorf("parquet copies = %d, want 2", rows[1].Copies)
	}
}

// TestOneSided writes an event of violence by an unknown agent (no
// source) and a protest with no target in every format: the absent side is
// empty (null in JSONL, empty columns elsewhere), never a made-up actor,
// and rows keep their width.
func TestOneSided(t *testing.T) {
	ev, a := sample()
	unknown, protest := ev[0], ev[1]
	unknown.Source, unknown.CAMEO, unknown.Root = nil, "180", "18"
	protest.Target, protest.CAMEO, protest.Root = nil, "140", "14"
	for _, format := range []string{"jsonl", "csv", "gdelt", "parquet"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := export.New(format, &buf, export.Options{Now: func() time.Time { return time.Date(2025, 8, 20, 1, 2, 3, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range []*dyad.Event{&unknown, &protest} {
				if err := w.Write(e, a); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			switch format {
			case "jsonl":
				lines := strings.Split(strings.TrimSpace(string(b)), "\n")
				var got [2]struct {
					Source *dyad.EventActor `json:"source"`
					Target *dyad.EventActor `json:"target"`
				}
				for i := range got {
					if err := json.Unmarshal([]byte(lines[i]), &got[i]); err != nil {
						t.Fatal(err)
					}
				}
				if got[0].Source != nil || got[0].Target == nil || got[1].Source == nil || got[1].Target != nil {
					t.Errorf("jsonl sides: %+v", got)
				}
				if !strings.Contains(lines[0], `"source":null`) || !strings.Contains(lines[1], `"target":null`) {
					t.Errorf("jsonl: an absent side must be null:\n%s", b)
				}
			case "csv":
				recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				col := map[string]int{}
				for i, h := range recs[0] {
					col[h] = i
				}
				if recs[1][col["source_code"]] != "" || recs[1][col["source_name"]] != "" || recs[1][col["target_code"]] != "UKR" {
					t.Errorf("csv unknown agent row: %q", recs[1])
				}
				if recs[2][col["target_code"]] != "" || recs[2][col["source_code"]] != "USAGOV" {
					t.Errorf("csv targetless row: %q", recs[2])
				}
			case "gdelt":
				lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
				for i, l := range lines {
					c := strings.Split(l, "\t")
					if len(c) != len(export.GDELTColumns) {
						t.Fatalf("row %d has %d columns, want %d", i, len(c), len(export.GDELTColumns))
					}
					a1, a2 := c[5], c[15]
					if i == 0 && (a1 != "" || a2 != "UKR") || i == 1 && (a1 != "USAGOV" || a2 != "") {
						t.Errorf("gdelt row %d Actor1Code %q Actor2Code %q", i, a1, a2)
					}
				}
			case "parquet":
				rows, err := parquet.Read[export.Record](bytes.NewReader(b), int64(len(b)))
				if err != nil {
					t.Fatal(err)
				}
				want := []export.Record{export.Flatten(&unknown, a), export.Flatten(&protest, a)}
				if diff := cmp.Diff(want, rows); diff != "" {
					t.Errorf("parquet rows (-want +got):\n%s", diff)
				}
				if rows[0].SourceCode != "" || rows[1].TargetCode != "" {
					t.Errorf("parquet sides %q %q", rows[0].SourceCode, rows[1].TargetCode)
				}
			}
		})
	}
}
