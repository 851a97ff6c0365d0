// Command gen writes the embedded gazetteer (gazetteer.tsv) from the
// open sources in ../shared/corpora/gazetteer and data/regions.tsv. Run it
// with `go generate ./internal/gazetteer` from the module root.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/gazetteer/internal/build"
)

func main() {
	src := flag.String("src", "", "source folder (default: the shared folder's corpora/gazetteer)")
	regions := flag.String("regions", "data/regions.tsv", "hand-written regions file")
	out := flag.String("out", "gazetteer.tsv", "output file")
	flag.Parse()
	if err := run(*src, *regions, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, regions, out string) error {
	if src == "" {
		d := corpus.Dir()
		if d == "" {
			return fmt.Errorf("shared folder not found; pass -src or set DYAD_SHARED")
		}
		src = filepath.Join(d, "corpora", "gazetteer")
	}
	var buf bytes.Buffer
	if err := build.Build(src, regions, &buf); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
