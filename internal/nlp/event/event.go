// Package event is the events stage of the dyad pipeline: it codes who did
// what to whom in each sentence, in CAMEO and PLOVER, with mode, date,
// place, attribution and the rule that fired.
//
// The coder works in the TABARI/PETRARCH tradition without a parser. Each
// sentence's tokens are looked up in a verb-pattern dictionary
// (data/verbs.txt, format in docs/verbs.md; PETRARCH/TABARI verb files load
// too): an anchor word (a verb or noun, with its inflections) and the words
// and actor slots the pattern requires around it. The source is taken from
// the actor mentions to the left by shallow structure (the nearest subject
// in the clause, skipping relative clauses and prepositional objects,
// expanding compounds "X, Y and Z"); the target from the pattern's slot or
// the object to the right. Passive voice, possessive nominals ("his
// meeting with Putin"), reciprocal verbs ("accused each other"),
// coordinated and participial clauses and asides, comitatives ("along
// with X"), "as will X" ellipsis and "in exchange for" are handled as
// constructions. The mode comes from the auxiliary chain and the governing
// clause (docs/verbs.md lists the cues and their precedence).
package event

import (
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/when"
)

// Name is the stage's registry name.
const Name = "events"

//go:embed data/verbs.txt
var builtinVerbs string

// DateFunc dates an event: see when.DateOf.
type DateFunc func(doc *dyad.Document, sentence, trigger dyad.Span) (when.EventDate, bool)

// Config configures the stage. The zero value is ready to use: the
// built-in dictionary, dates from when.DateOf.
type Config struct {
	// VerbFiles are extra verb dictionaries, in PETRARCH/TABARI format
	// (recognised by their "--- NAME [code] ---" blocks) or in dyad's
	// format; ".gz" files are decompressed. They add to the built-in
	// dictionary unless NoBuiltin is set.
	VerbFiles []string
	// NoBuiltin leaves out the built-in dictionary.
	NoBuiltin bool
	// KeepUndyadic keeps events with no target (PETRARCH's require_dyad =
	// false); by default an event needs a source and a target.
	KeepUndyadic bool
	// DateOf dates events; nil means when.DateOf.
	DateOf DateFunc
	// Logger receives load-time notes; nil means slog.Default().
	Logger *slog.Logger
}

// Coder is the events stage. It is safe for concurrent use.
type Coder struct {
	dict   *Dict
	dateOf DateFunc
	keep   bool
}

var _ dyad.Stage = (*Coder)(nil)

// New returns a Coder with the built-in dictionary and cfg.VerbFiles. It
// returns an error naming the file and line of a malformed dictionary.
func New(cfg Config) (*Coder, error) {
	c := &Coder{dict: newDict(), dateOf: cfg.DateOf, keep: cfg.KeepUndyadic}
	if c.dateOf == nil {
		c.dateOf = when.DateOf
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	if !cfg.NoBuiltin {
		d, err := ParseDict("verbs.txt", strings.NewReader(builtinVerbs))
		if err != nil {
			return nil, fmt.Errorf("built-in verb dictionary: %w", err)
		}
		c.dict = d // the first dictionary: taken as it is, not copied
	}
	for _, f := range cfg.VerbFiles {
		d, err := LoadVerbFile(f)
		if err != nil {
			return nil, err
		}
		if len(d.Skipped) > 0 {
			logger.Debug("verb dictionary loaded", "file", f, "patterns", d.Len(), "skipped", d.Skipped)
		}
		c.dict.merge(d)
	}
	c.dict.finish()
	return c, nil
}

// LoadVerbFile reads a verb dictionary file in PETRARCH/TABARI or dyad
// format (gzipped when the name ends in ".gz").
func LoadVerbFile(path string) (*Dict, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read verb dictionary: %w", err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("verb dictionary %s: %w", path, err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("verb dictionary %s: %w", path, err)
		}
	}
	name := filepath.Base(path)
	if IsPetrarch(b) {
		return ParsePetrarch(name, bytes.NewReader(b))
	}
	return ParseDict(name, bytes.NewReader(b))
}

// Name returns the stage name.
func (c *Coder) Name() string { return Name }

// Process codes the events of every sentence and sets doc.Events,
// replacing any already there. It reads doc.Sentences, Mentions, Places,
// Times and Quotes, which earlier stages fill.
func (c *Coder) Process(ctx context.Context, doc *dyad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Events = doc.Events[:0]
	if doc.Events == nil {
		doc.Events = []dyad.Event{}
	}
	w := newWorker(c, doc)
	for si := range doc.Sentences {
		w.sentence(si)
	}
	return nil
}
