package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/event"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// dictFlags are the dictionary flags of every command that codes
// articles (code, ingest, worker, serve, eval, demo): user dictionaries
// added to the built-in ones.
type dictFlags struct {
	dicts          []string // dyad's actor format (docs/dictionaries.md)
	petrarchActors []string // PETRARCH/TABARI actor dictionaries
	petrarchAgents []string // PETRARCH/TABARI agent dictionaries
	verbs          []string // verb dictionaries, PETRARCH/TABARI or dyad format
	keepUndyadic   bool     // keep every event that has a source but no target
}

func (d *dictFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringArrayVar(&d.dicts, "dict", nil, "extra actor dictionary in dyad's format (docs/dictionaries.md; .gz ok); repeatable, later files win")
	fl.StringArrayVar(&d.petrarchActors, "petrarch-actors", nil, "PETRARCH/TABARI actor dictionary (.gz ok); repeatable")
	fl.StringArrayVar(&d.petrarchAgents, "petrarch-agents", nil, "PETRARCH/TABARI agent dictionary (.gz ok); repeatable")
	fl.StringArrayVar(&d.verbs, "verbs", nil, "extra verb dictionary (PETRARCH/TABARI or dyad format, .gz ok); repeatable")
	fl.BoolVar(&d.keepUndyadic, "keep-undyadic", false, "keep every coded event that has no target (PETRARCH's require_dyad = false), not only the one-sided acts of docs/verbs.md")
}

// options returns the pipeline options that load the dictionaries. A file
// that cannot be read is a CodeInvalid error naming the flag and file.
func (d *dictFlags) options(logger *slog.Logger) (pipeline.Options, error) {
	for _, g := range []struct {
		flag  string
		files []string
	}{{"--dict", d.dicts}, {"--petrarch-actors", d.petrarchActors}, {"--petrarch-agents", d.petrarchAgents}, {"--verbs", d.verbs}} {
		for _, f := range g.files {
			if err := readable(f); err != nil {
				return pipeline.Options{}, dyad.Errorf(dyad.CodeInvalid, "%s %s: %v", g.flag, f, err)
			}
		}
	}
	return pipeline.Options{
		Logger: logger,
		Actor: actor.Config{DictFiles: d.dicts, PetrarchActorFiles: d.petrarchActors,
			PetrarchAgentFiles: d.petrarchAgents, Logger: logger},
		Event: event.Config{VerbFiles: d.verbs, KeepUndyadic: d.keepUndyadic, Logger: logger},
	}, nil
}

// any reports whether a user dictionary is given.
func (d *dictFlags) any() bool {
	return len(d.dicts)+len(d.petrarchActors)+len(d.petrarchAgents)+len(d.verbs) > 0
}

// pipeline builds the coding pipeline with the dictionaries. Commands call
// it before any other work, so that a missing or malformed dictionary
// stops them at once; the error names the file and, for a malformed one,
// the line.
func (d *dictFlags) pipeline(logger *slog.Logger) (*pipeline.Pipeline, error) {
	opts, err := d.options(logger)
	if err != nil {
		return nil, err
	}
	p, err := buildPipeline(opts)
	if err != nil && d.any() {
		// The verb loader names a file by its base name: give the path
		// as the user wrote it.
		var pe *event.ParseError
		if errors.As(err, &pe) {
			var paths []string
			for _, f := range d.verbs {
				if filepath.Base(f) == pe.Name {
					paths = append(paths, f)
				}
			}
			if len(paths) == 1 {
				return nil, dyad.Errorf(dyad.CodeInvalid, "verb dictionary %s:%d: %v", paths[0], pe.Line, pe.Err)
			}
		}
		return nil, fmt.Errorf("%w: %w", dyad.Errorf(dyad.CodeInvalid, "dictionaries"), err)
	}
	return p, err
}

// buildPipeline builds the pipeline with garbage collection paused,
// unless the user set GOGC. The stages' dictionaries and gazetteer are
// some 50 MB that all stay live: a collection during the build frees
// nothing, and on a two-core machine the collections were a third of
// `dyad code`'s cold start. Collection resumes when the build is done.
func buildPipeline(opts pipeline.Options) (*pipeline.Pipeline, error) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
	}
	return pipeline.New(nil, opts)
}

// oneShotMemoryLimit is the heap size at which a one-article command
// collects garbage after all (see oneShotGC).
const oneShotMemoryLimit = 1 << 30

// oneShotGC turns garbage collection off for a command that codes one
// article and exits, unless the user set GOGC or GOMEMLIMIT, and returns
// the function that restores the settings. The dictionaries built at
// start are live until exit, and coding one article makes little
// garbage: the collection that would start as soon as the build is done
// traces some 20 MB to free almost nothing. A soft memory limit keeps a
// huge article from growing the heap without bound: near it, the runtime
// collects as usual.
func oneShotGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	pct := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(oneShotMemoryLimit)
	return func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(pct)
	}
}

// readable checks that name is a regular file that can be opened.
func readable(name string) error {
	f, err := os.Open(name)
	if err != nil {
		if pe, ok := err.(*os.PathError); ok {
			return pe.Err
		}
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.IsDir() {
		return fmt.Errorf("is a directory")
	}
	return nil
}
