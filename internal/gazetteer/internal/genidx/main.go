// Command genidx writes the index of the embedded gazetteer
// (gazetteer.idx) from gazetteer.tsv. It is run by
// `go generate ./internal/gazetteer`, after the gazetteer itself.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dyad-events/dyad/internal/gazetteer"
)

func main() {
	in := flag.String("in", "gazetteer.tsv", "gazetteer to index")
	out := flag.String("out", "gazetteer.idx", "index file to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genidx:", err)
		os.Exit(1)
	}
}

// run indexes in and writes the index to out, through a temporary file
// so that a failed run leaves the old index in place.
func run(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	b, err := gazetteer.Index(string(data))
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
