package when_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/nlp/when"
)

func TestZZWiki(t *testing.T) {
	dir := "../../../../shared/corpora/wikinews-2019-2020"
	f, _ := os.Open(filepath.Join(dir, "articles.jsonl"))
	defer f.Close()
	out, _ := os.Create("/tmp/wiki_times.txt")
	defer out.Close()
	tg, _ := when.New(when.Config{})
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct{ File, Published string }
		json.Unmarshal(sc.Bytes(), &r)
		b, _ := os.ReadFile(filepath.Join(dir, r.File))
		pub, _ := time.Parse(time.DateOnly, r.Published)
		text := string(b)
		for _, te := range tg.Extract(text, pub, time.UTC) {
			a, e := max(0, te.Start-60), min(len(text), te.End+30)
			fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\n", r.Published, te.Type, te.Value, te.Text, strings.ReplaceAll(text[a:te.Start]+"[["+te.Text+"]]"+text[te.End:e], "\n", " "))
		}
	}
}
