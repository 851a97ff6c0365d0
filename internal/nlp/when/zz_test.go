package when_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	b := &testing.B{}
	_ = b
	docs := loadVOADocs(t)
	f, _ := os.Create("/tmp/voa_times.txt")
	defer f.Close()
	for _, d := range docs {
		for _, te := range d.Times {
			a, e := max(0, te.Start-50), min(len(d.Article.Text), te.End+30)
			fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%s\n", d.Article.PublishedDate(), te.Type, te.Value, te.Text, strings.ReplaceAll(d.Article.Text[a:te.Start]+"[["+te.Text+"]]"+d.Article.Text[te.End:e], "\n", " "))
		}
	}
}
