package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func runMain(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Now: time.Now}
	code := m.Run(t.Context(), args)
	return out.String(), errb.String(), code
}

func TestEval_JSONShape(t *testing.T) {
	root := t.TempDir()
	gold := filepath.Join(root, "gold")
	if err := os.MkdirAll(filepath.Join(root, "art"), 0o755); err != nil {
		t.Fatal(err)
	}
	_ = os.MkdirAll(gold, 0o755)
	_ = os.WriteFile(filepath.Join(root, "art", "a.txt"), []byte("Share this. On Sunday Russia attacked Kyiv.\n"), 0o644)
	files := map[string]string{
		"a.json": `{"file": "art/a.txt", "published": "2025-08-18", "timezone": "Europe/Kyiv",
			"exhaustive": ["times"], "boilerplate": ["Share this"], "must_keep": ["Russia attacked"],
			"times": [{"text": "On Sunday", "value": "2025-08-17"}],
			"events": [{"anchor": "attacked", "source": "RUS", "target": "UKR", "root": ["19"], "mode": "asserted"}]}`,
		"b.json": `{"text": "The minister said “we are ready” in Paris.", "places": [{"text": "Paris", "country": "FRA", "lat": 48.85, "lon": 2.35, "km": 50}],
			"quotes": [{"starts": "we are ready", "speaker": "the minister", "anonymous": true}]}`,
	}
	for n, c := range files {
		if err := os.WriteFile(filepath.Join(gold, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := runMain(t, "eval", "--gold", gold, "--root", root, "--json")
	if code != 0 {
		t.Fatalf("dyad eval exit %d: %s", code, errOut)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval --json output is not JSON: %v\n%s", err, out)
	}
	var keys []string
	for k := range rep {
		keys = append(keys, k)
	}
	// quotes_by_part: b.json has a quote (actors_by_kind needs a gold kind).
	if diff := cmp.Diff([]string{"events", "files", "per_file", "quotes", "quotes_by_part", "tasks"}, sorted(keys)); diff != "" {
		t.Errorf("top-level keys (-want +got):\n%s", diff)
	}
	if parts, _ := rep["quotes_by_part"].(map[string]any); parts["content"] == nil || parts["source"] == nil {
		t.Errorf("quotes_by_part = %v, want content and source", rep["quotes_by_part"])
	}
	if rep["files"] != 2.0 {
		t.Errorf("files = %v, want 2", rep["files"])
	}
	tasks := rep["tasks"].(map[string]any)
	for _, task := range []string{"clean", "actors", "places", "times", "quotes", "events"} {
		ts, ok := tasks[task].(map[string]any)
		if !ok {
			t.Errorf("task %s missing", task)
			continue
		}
		for _, f := range []string{"tp", "fp", "fn", "precision", "recall", "f1"} {
			if _, ok := ts[f]; !ok {
				t.Errorf("task %s has no %s", task, f)
			}
		}
	}
	if tasks["actors"].(map[string]any)["precision"] != nil {
		t.Errorf("actors precision = %v, want null (no file marks actors exhaustive)", tasks["actors"])
	}
	for k, fields := range map[string][]string{"events": {"mode_accuracy", "date_accuracy"}, "quotes": {"venue_accuracy", "cue_accuracy"}} {
		m := rep[k].(map[string]any)
		for _, f := range fields {
			if _, ok := m[f]; !ok {
				t.Errorf("%s.%s missing", k, f)
			}
		}
	}
	if n := len(rep["per_file"].([]any)); n != 2 {
		t.Errorf("per_file has %d entries, want 2", n)
	}

	table, _, code := runMain(t, "eval", "--gold", gold, "--root", root, "--verbose")
	if code != 0 || !strings.Contains(table, "events") || !strings.Contains(table, "miss") {
		t.Errorf("eval --verbose exit %d, output:\n%s", code, table)
	}
}

func TestEval_Errors(t *testing.T) {
	if _, _, code := runMain(t, "eval"); code == 0 {
		t.Error("eval without --gold succeeded")
	}
	dir := t.TempDir()
	_ = os.WriteFile(filepath.Join(dir, "bad.json"), []byte("{\n\"text\": 3}"), 0o644)
	_, errOut, code := runMain(t, "eval", "--gold", dir)
	if code == 0 || !strings.Contains(errOut, "bad.json") {
		t.Errorf("eval on a bad gold file: exit %d, stderr %q (want the file named)", code, errOut)
	}
}

func sorted(s []string) []string { sort.Strings(s); return s }
