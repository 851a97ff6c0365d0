package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const dictArticle = `Fighters of the Harrow Valley Brigade attacked a police station in Kharkiv on Monday, officials said. Commander Tomas Vendrik said the brigade would keep fighting.
`

// A user dictionary in dyad's actor format naming an armed group and its
// commander, neither in the built-in dictionaries.
const userDict = `# a user's own actors
org UKRREB Harrow Valley Brigade
person Tomas Vendrik
  UKRREB 2020.. Commander
`

// dictFiles writes the article, a good dictionary and broken ones into a
// temporary folder and returns their paths by name.
func dictFiles(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"article.txt":   dictArticle,
		"user.txt":      userDict,
		"badactor.txt":  "org UKRREB Harrow Valley Brigade\nfrobnicate XYZ nothing\n",
		"badverbs.txt":  "# verbs in dyad's format: CODE PATTERN\nattack 190\n",
		"emptyverb.txt": "",
	}
	out := map[string]string{}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		out[name] = p
	}
	out["missing"] = filepath.Join(dir, "missing.txt")
	out["dir"] = dir
	return out
}

// codes returns the actor code of every mention of a dyad code document,
// keyed by the mention's text.
func codes(t *testing.T, out string) map[string]string {
	t.Helper()
	var doc struct {
		Mentions []struct {
			Text  string `json:"text"`
			Actor *struct {
				Code string `json:"code"`
			} `json:"actor"`
		} `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("dyad code output is not a document: %v\n%s", err, out)
	}
	m := map[string]string{}
	for _, x := range doc.Mentions {
		if x.Actor != nil {
			m[x.Text] = x.Actor.Code
		}
	}
	return m
}

func TestDictFlags_Code(t *testing.T) {
	f := dictFiles(t)
	code, out, errOut := run(t, "", "code", f["article.txt"], "--published", "2025-08-18", "--no-tokens")
	if code != 0 {
		t.Fatalf("dyad code exit %d: %s", code, errOut)
	}
	if c := codes(t, out)["Harrow Valley Brigade"]; c != "" {
		t.Fatalf("without --dict, Harrow Valley Brigade is coded %q; the test needs an unknown actor", c)
	}
	code, out, errOut = run(t, "", "code", f["article.txt"], "--published", "2025-08-18", "--no-tokens", "--dict", f["user.txt"])
	if code != 0 {
		t.Fatalf("dyad code --dict exit %d: %s", code, errOut)
	}
	got := codes(t, out)
	for _, name := range []string{"Harrow Valley Brigade", "Commander Tomas Vendrik"} {
		if got[name] != "UKRREB" {
			t.Errorf("with --dict, %q is coded %q, want UKRREB (mentions %v)", name, got[name], got)
		}
	}
	// A good verb file alongside is accepted.
	if code, _, errOut := run(t, "", "code", f["article.txt"], "--verbs", f["emptyverb.txt"], "--dict", f["user.txt"]); code != 0 {
		t.Errorf("dyad code --verbs (empty file) exit %d: %s", code, errOut)
	}
}

func TestDictFlags_Errors(t *testing.T) {
	f := dictFiles(t)
	db := filepath.Join(f["dir"], "never.db")
	cases := []struct {
		name string
		args []string
		says []string // in stderr
	}{
		{"CodeMissingDict", []string{"code", f["article.txt"], "--dict", f["missing"]}, []string{"--dict", f["missing"]}},
		{"CodeDictIsDir", []string{"code", f["article.txt"], "--dict", f["dir"]}, []string{"--dict", "directory"}},
		{"CodeBadDict", []string{"code", f["article.txt"], "--dict", f["badactor.txt"]}, []string{f["badactor.txt"] + ":2", "frobnicate"}},
		{"CodeBadVerbs", []string{"code", f["article.txt"], "--verbs", f["badverbs.txt"]}, []string{f["badverbs.txt"] + ":2"}},
		{"CodeMissingVerbs", []string{"code", f["article.txt"], "--verbs", f["missing"]}, []string{"--verbs", f["missing"]}},
		{"CodeMissingPetrarchActors", []string{"code", f["article.txt"], "--petrarch-actors", f["missing"]}, []string{"--petrarch-actors", f["missing"]}},
		{"CodeMissingPetrarchAgents", []string{"code", f["article.txt"], "--petrarch-agents", f["missing"]}, []string{"--petrarch-agents", f["missing"]}},
		{"IngestBadDict", []string{"ingest", "--db", db, f["article.txt"], "--dict", f["badactor.txt"]}, []string{f["badactor.txt"] + ":2"}},
		{"IngestQueueDict", []string{"ingest", "--queue", "nats://127.0.0.1:1", f["article.txt"], "--dict", f["user.txt"]}, []string{"dyad worker"}},
		{"WorkerBadDict", []string{"worker", "--db", db, "--queue", "nats://127.0.0.1:1", "--dict", f["badactor.txt"]}, []string{f["badactor.txt"] + ":2"}},
		{"ServeMissingDict", []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--dict", f["missing"]}, []string{f["missing"]}},
		{"EvalBadVerbs", []string{"eval", "--gold", f["dir"], "--verbs", f["badverbs.txt"]}, []string{f["badverbs.txt"] + ":2"}},
		{"DemoBadDict", []string{"demo", "--db", db, "--no-serve", "--dict", f["badactor.txt"]}, []string{f["badactor.txt"] + ":2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, "", c.args...)
			if code != 2 {
				t.Fatalf("dyad %v exit = %d, want 2; stdout:\n%s\nstderr:\n%s", c.args, code, out, errOut)
			}
			for _, s := range c.says {
				if !strings.Contains(errOut, s) {
					t.Errorf("dyad %v stderr = %q, want it to name %q", c.args, errOut, s)
				}
			}
			// The error comes before any work: no database was created.
			if _, err := os.Stat(db); err == nil {
				t.Errorf("dyad %v created %s before failing", c.args, db)
			}
		})
	}
}

func TestDictFlags_Ingest(t *testing.T) {
	f := dictFiles(t)
	db := filepath.Join(t.TempDir(), "d.db")
	if code, _, errOut := run(t, "", "ingest", "--db", db, "--dict", f["user.txt"], f["article.txt"]); code != 0 {
		t.Fatalf("dyad ingest --dict exit %d: %s", code, errOut)
	}
	code, out, errOut := run(t, "", "actors", "--db", db, "--code", "UKRREB", "--json")
	if code != 0 {
		t.Fatalf("dyad actors exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"Harrow Valley Brigade"`) {
		t.Errorf("actors --code UKRREB after ingest --dict lacks the brigade:\n%s", out)
	}
}
