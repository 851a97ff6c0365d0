package event_test

import (
	"encoding/xml"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/event"
)

// This file runs the PETRARCH-2 validation records through the coder with
// the PETR.Validate.verbs.txt dictionary and the actors stage loading
// PETR.Validate.actors.txt and agents.txt through its PETRARCH loader.

type petrRecord struct {
	ID       string `xml:"id,attr"`
	Date     string `xml:"date,attr"`
	Category string `xml:"category,attr"`
	Codings  []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Event    string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
}

// Floors for the PETRARCH suite: share of expected codings found, and
// extra codings per record (ceiling).
const (
	petrFoundFloor    = 0.75
	petrExtrasCeiling = 0.16
)

func TestCoder_PetrarchValidation(t *testing.T) {
	b, err := os.ReadFile(corpus.Path(t, "corpora/petrarch2-validation/PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Sentences []petrRecord `xml:"Sentences>Sentence"`
	}
	if err := xml.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	res, err := actor.New(actor.Config{NoBuiltin: true, NoNER: true,
		PetrarchActorFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.actors.txt")},
		PetrarchAgentFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.agents.txt")}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := event.New(event.Config{NoBuiltin: true, KeepUndyadic: os.Getenv("PETR_UNDYADIC") != "",
		VerbFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.verbs.txt")}})
	if err != nil {
		t.Fatal(err)
	}
	expected, found, extras := 0, 0, 0
	byCat := map[string][2]int{}
	for _, r := range v.Sentences {
		text := strings.Join(strings.Fields(r.Text), " ")
		date, _ := strconv.Atoi(r.Date)
		doc := newBuilder(t, text, fmt.Sprintf("%04d-%02d-%02d", date/10000, date/100%100, date%100)).doc
		if err := res.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		if err := c.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, e := range doc.Events {
			tc := "---"
			if e.Target != nil {
				tc = e.Target.Code
			}
			got[codeOf(e.Source)+" "+tc+" "+e.CAMEO] = true
		}
		want := map[string]bool{}
		for _, cd := range r.Codings {
			if cd.NoEvents != "" || cd.Event == "" {
				continue
			}
			want[cd.Source+" "+cd.Target+" "+cd.Event] = true
		}
		cat := byCat[r.Category]
		for k := range want {
			expected++
			cat[1]++
			if got[k] {
				found++
				cat[0]++
			}
		}
		byCat[r.Category] = cat
		for k := range got {
			if !want[k] {
				extras++
				if testing.Verbose() && os.Getenv("PETR_DEBUG") != "" {
					t.Logf("%s extra %s: %s", r.ID, k, text)
				}
			}
		}
		if testing.Verbose() && os.Getenv("PETR_DEBUG") != "" {
			for k := range want {
				if !got[k] {
					t.Logf("%s missed %s (got %v): %s", r.ID, k, keys(got), text)
				}
			}
		}
	}
	share := float64(found) / float64(max(expected, 1))
	perRecord := float64(extras) / float64(max(len(v.Sentences), 1))
	t.Logf("PETR suite: %d records, %d/%d expected codings found (%.3f), %d extras (%.3f per record)",
		len(v.Sentences), found, expected, share, extras, perRecord)
	cats := make([]string, 0, len(byCat))
	for k := range byCat {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	for _, k := range cats {
		t.Logf("  %-10s %d/%d", k, byCat[k][0], byCat[k][1])
	}
	if share < petrFoundFloor || perRecord > petrExtrasCeiling {
		t.Errorf("PETR suite found %.3f (floor %.2f), extras %.3f per record (ceiling %.2f)", share, petrFoundFloor, perRecord, petrExtrasCeiling)
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
