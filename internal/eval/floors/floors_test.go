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
