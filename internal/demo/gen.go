//go:build ignore

// gen writes data/articles.jsonl, the open-licence articles `dyad demo`
// ingests: the seed story, Voice of America stories (public domain, US
// government work) from 2025, and Wikinews stories (CC BY 2.5) from the
// shared corpora. Run from this folder: go run gen.go [SHARED_DIR]
// (default ../../../shared).
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type article struct {
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published"`
	Timezone  string `json:"timezone,omitempty"`
	Outlet    string `json:"outlet"`
	Licence   string `json:"licence"`
	Text      string `json:"text"`
}

func main() {
	shared := "../../../shared"
	if len(os.Args) > 1 {
		shared = os.Args[1]
	}
	var out []article
	seed, err := os.ReadFile(filepath.Join(shared, "seed", "internewscast-zelenskyy-washington.txt"))
	check(err)
	out = append(out, article{Published: "2025-08-18", Timezone: "Australia/Sydney", Outlet: "internewscast.com",
		Licence: "the project's seed article", Text: string(seed)})

	f, err := os.Open(filepath.Join(shared, "corpora", "voa-2025", "voa_stories.jsonl"))
	check(err)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var voa []article
	for sc.Scan() {
		var v struct{ URL, Title, Published, Text string }
		check(json.Unmarshal(sc.Bytes(), &v))
		if !strings.HasPrefix(v.Published, "2025") {
			continue
		}
		voa = append(voa, article{URL: v.URL, Title: v.Title, Published: v.Published, Outlet: "voanews.com",
			Licence: "public domain (Voice of America)", Text: v.Text})
	}
	check(sc.Err())
	sort.Slice(voa, func(i, j int) bool { return voa[i].Published < voa[j].Published })
	if len(voa) > 30 {
		voa = voa[len(voa)-30:]
	}
	out = append(out, voa...)

	wf, err := os.Open(filepath.Join(shared, "corpora", "wikinews-2019-2020", "wikinews_2020.csv"))
	check(err)
	rows, err := csv.NewReader(wf).ReadAll()
	check(err)
	n := 0
	for _, r := range rows[1:] {
		if n == 15 {
			break
		}
		if len(r[3]) < 800 {
			continue
		}
		out = append(out, article{URL: r[0], Published: r[1], Title: r[2], Outlet: "wikinews.org",
			Licence: "CC BY 2.5 (Wikinews)", Text: r[3]})
		n++
	}
	check(os.MkdirAll("data", 0o755))
	w, err := os.Create(filepath.Join("data", "articles.jsonl"))
	check(err)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range out {
		check(enc.Encode(a))
	}
	check(w.Close())
	fmt.Printf("wrote %d articles\n", len(out))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
