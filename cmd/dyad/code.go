package main

import (
	"encoding/json"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ingest"
)

func (m *Main) codeCommand() *cobra.Command {
	var mf metaFlags
	var compact, noTokens bool
	var df dictFlags
	cmd := &cobra.Command{
		Use:   "code FILE",
		Short: "Code one article and print its JSON document (no database)",
		Long: `code reads one article (a file, or - for stdin), runs the whole pipeline on it
and prints one JSON document: the article's metadata and clean text, its
sentences and tokens, mentions and actors, places, time expressions, quotes
and events, each with byte offsets into article.text. The document's format
is a stable interface, described in docs/document.md.`,
		Example: `  dyad code article.txt --published 2025-08-18 --timezone Australia/Sydney
  dyad code page.html | jq '.events[] | {cameo, mode, date}'
  curl -s https://example.org/story | dyad code - --url https://example.org/story`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return dyad.Errorf(dyad.CodeInvalid, "missing FILE argument: give the article's file, or - to read it from stdin")
			case len(args) > 1:
				return dyad.Errorf(dyad.CodeInvalid, "want one FILE argument (or - for stdin), got %d: %s", len(args), strings.Join(args, " "))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			meta, err := mf.meta()
			if err != nil {
				return err
			}
			defer oneShotGC()()
			// Read the article while the dictionaries load: reading
			// compiles the cleaner's patterns, work that would
			// otherwise wait for the slowest dictionary. A dictionary
			// error is still reported first.
			type read struct {
				a   *dyad.Article
				err error
			}
			rc := make(chan read, 1)
			go func() {
				a, err := ingest.ReadArticle(args[0], meta)
				rc <- read{a, err}
			}()
			p, err := df.pipeline(m.Logger)
			if err != nil {
				return err
			}
			r := <-rc
			if r.err != nil {
				return r.err
			}
			a := r.a
			doc, err := p.Process(cmd.Context(), a)
			if err != nil {
				return err
			}
			if noTokens {
				for i := range doc.Sentences {
					doc.Sentences[i].Tokens = nil
				}
			}
			enc := json.NewEncoder(m.Stdout)
			enc.SetEscapeHTML(false)
			if !compact {
				enc.SetIndent("", "  ")
			}
			return enc.Encode(doc)
		},
	}
	mf.register(cmd)
	cmd.Flags().BoolVar(&compact, "compact", false, "print the document on one line")
	cmd.Flags().BoolVar(&noTokens, "no-tokens", false, "leave tokens out of the sentences")
	df.register(cmd)
	return cmd
}
