// Command gensnap writes the actor dictionaries' snapshot (dict.snap),
// compiled from the built-in text dictionaries. It is run by
// `go generate ./internal/nlp/actor`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dyad-events/dyad/internal/nlp/actor"
)

func main() {
	out := flag.String("out", "dict.snap", "file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gensnap:", err)
		os.Exit(1)
	}
}

// run writes the snapshot to out, through a temporary file so that a
// failed run leaves the old snapshot in place.
func run(out string) error {
	b, err := actor.Snapshot()
	if err != nil {
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
