package floors_test

import (
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad/internal/eval"
	"github.com/dyad-events/dyad/internal/eval/floors"
)

func fp(f float64) *float64 { return &f }

func TestFloors_CheckRaise(t *testing.T) {
	fl := floors.Floors{"s": {"times.recall": 0.5, "times.f1": 0.4, "quotes.recall": 0.2}}
	met := map[string]*float64{"times.recall": fp(0.4999999999), "times.f1": fp(0.3), "events.recall": fp(0.7)}
	var got []string
	for _, v := range fl.Check("s", met) {
		got = append(got, v.Metric)
	}
	// times.recall is within epsilon; times.f1 dropped; quotes.recall is
	// no longer defined.
	if diff := cmp.Diff([]string{"quotes.recall", "times.f1"}, got); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	fl.Raise("s", map[string]*float64{"times.recall": fp(0.61239), "times.f1": fp(0.1), "events.recall": fp(0.7)})
	want := floors.Floors{"s": {"times.recall": 0.6123, "times.f1": 0.4, "quotes.recall": 0.2, "events.recall": 0.7}}
	if diff := cmp.Diff(want, fl); diff != "" {
		t.Errorf("Raise (-want +got):\n%s", diff)
	}
	p := filepath.Join(t.TempDir(), "f.json")
	if err := fl.Write(p); err != nil {
		t.Fatal(err)
	}
	back, err := floors.Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fl, back); diff != "" {
		t.Errorf("Read(Write) (-want +got):\n%s", diff)
	}
}

func TestSet_MetricsF1Only(t *testing.T) {
	rep := &eval.Report{Scores: eval.Scores{Tasks: map[string]eval.TaskScore{
		"events": {TP: 3, FP: 1, FN: 5, Precision: fp(0.75), Recall: fp(0.375), F1: fp(0.5)},
		"actors": {TP: 4, FN: 1, Recall: fp(0.8)},
	}}}
	rep.Events.ModeAccuracy = fp(1)
	keys := func(m map[string]*float64) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	all := floors.Set{Name: "a"}.Metrics(rep)
	if diff := cmp.Diff([]string{"actors.recall", "events.f1", "events.mode_accuracy", "events.precision", "events.recall"}, keys(all)); diff != "" {
		t.Errorf("all metrics (-want +got):\n%s", diff)
	}
	// F1Only keeps each task's F1, and recall only where there is no F1.
	only := floors.Set{Name: "h", F1Only: true}.Metrics(rep)
	if diff := cmp.Diff([]string{"actors.recall", "events.f1"}, keys(only)); diff != "" {
		t.Errorf("F1Only metrics (-want +got):\n%s", diff)
	}
}

// TestMetrics_ByKindAndPart checks that the per-kind actor scores and the
// quote content and source scores are floored: a per-kind F1 or a source
// F1 below its floor is a violation, though the overall scores hold.
func TestMetrics_ByKindAndPart(t *testing.T) {
	rep := &eval.Report{Scores: eval.Scores{
		Tasks: map[string]eval.TaskScore{
			"actors": {TP: 9, FP: 1, FN: 1, Precision: fp(0.9), Recall: fp(0.9), F1: fp(0.9)},
			"quotes": {TP: 4, FP: 0, FN: 4, Precision: fp(1), Recall: fp(0.5), F1: fp(2.0 / 3)},
		},
		ActorsByKind: map[string]eval.TaskScore{
			"person":  {TP: 6, FN: 0, Precision: fp(1), Recall: fp(1), F1: fp(1)},
			"country": {TP: 3, FP: 1, FN: 1, Precision: fp(0.75), Recall: fp(0.75), F1: fp(0.75)},
			"org":     {}, // no gold item: no metric
		},
		QuotesByPart: map[string]eval.TaskScore{
			"content": {TP: 6, FN: 2, Precision: fp(1), Recall: fp(0.75), F1: fp(6.0 / 7)},
			"source":  {TP: 4, FN: 4, Precision: fp(1), Recall: fp(0.5), F1: fp(2.0 / 3)},
		},
	}}
	met := floors.Metrics(rep)
	for _, k := range []string{"actors.person.f1", "actors.country.precision", "actors.country.recall", "quotes.content.f1", "quotes.source.f1"} {
		if met[k] == nil {
			t.Errorf("metric %s missing", k)
		}
	}
	if met["actors.org.f1"] != nil {
		t.Errorf("actors.org.f1 defined with no gold org")
	}
	fl := floors.Floors{"crossner": {
		"actors.f1":         0.9,
		"actors.person.f1":  0.95,
		"actors.country.f1": 0.8,
		"quotes.f1":         0.6,
		"quotes.content.f1": 0.85,
		"quotes.source.f1":  0.7,
	}}
	var got []string
	for _, v := range fl.Check("crossner", met) {
		got = append(got, v.Metric)
	}
	if diff := cmp.Diff([]string{"actors.country.f1", "quotes.source.f1"}, got); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	// F1Only keeps the per-kind and per-part F1.
	only := floors.Set{Name: "h", F1Only: true}.Metrics(rep)
	for _, k := range []string{"actors.person.f1", "quotes.source.f1"} {
		if only[k] == nil {
			t.Errorf("F1Only: %s missing", k)
		}
	}
	if only["actors.person.precision"] != nil {
		t.Errorf("F1Only kept actors.person.precision")
	}
}
