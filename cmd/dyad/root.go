package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ingest"
)

// Main is the dyad program with its I/O injected, so tests can run it.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Now is the clock; time.Now by default.
	Now func() time.Time
	// Logger receives diagnostics; a text handler on Stderr by default,
	// level from LOG_LEVEL (debug, info, warn, error; default warn).
	Logger *slog.Logger
}

// NewMain returns a Main wired to the process's standard streams.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Now: time.Now}
}

// exitError carries an exit status out of a command without printing
// anything more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Run executes the command line args and returns the process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.Logger == nil {
		m.Logger = newLogger(m.Stderr)
	}
	root := m.rootCommand()
	root.SetArgs(args)
	root.SetIn(m.Stdin)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(m.Stderr, "dyad: %v\n", err)
	if dyad.ErrorCode(err) == dyad.CodeInvalid {
		return 2
	}
	return 1
}

func newLogger(w io.Writer) *slog.Logger {
	level := slog.LevelWarn
	if v := os.Getenv("LOG_LEVEL"); v != "" {
		_ = level.UnmarshalText([]byte(v))
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

func (m *Main) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "dyad",
		Short: "Turn news into event data: who did what to whom, when, where, according to whom",
		Long: `dyad reads news articles (plain text, HTML, JSONL, CSV), finds actors, places,
time expressions and quotes, and codes events in CAMEO and PLOVER with their
mode (asserted, planned, proposed, conditional, negated, reported), the date
they happened, where, who says so, and the sentence and rule behind each one.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		m.codeCommand(),
		m.evalCommand(),
		m.ingestCommand(),
		m.articlesCommand(),
		m.showCommand(),
		m.searchCommand(),
		m.eventsCommand(),
		m.quotesCommand(),
		m.actorsCommand(),
		m.workerCommand(),
		m.serveCommand(),
		m.exportCommand(),
		m.demoCommand(),
	)
	return root
}

// metaFlags are the metadata flags shared by commands that read single
// articles.
type metaFlags struct {
	published string
	timezone  string
	outlet    string
	url       string
	title     string
}

func (f *metaFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.published, "published", "", "publication date of the article: YYYY-MM-DD or RFC 3339")
	fl.StringVar(&f.timezone, "timezone", "", "IANA time zone of the dateline, e.g. Australia/Sydney")
	fl.StringVar(&f.outlet, "outlet", "", "publisher name or domain, e.g. reuters.com")
	fl.StringVar(&f.url, "url", "", "URL of the article")
	fl.StringVar(&f.title, "title", "", "headline of the article")
}

// meta validates the flags and returns them as ingest metadata.
func (f *metaFlags) meta() (ingest.Meta, error) {
	m := ingest.Meta{URL: f.url, Title: f.title, Outlet: f.outlet, Timezone: f.timezone}
	loc := time.UTC
	if f.timezone != "" {
		l, err := time.LoadLocation(f.timezone)
		if err != nil {
			return m, dyad.Errorf(dyad.CodeInvalid, "--timezone %q: not an IANA time zone name", f.timezone)
		}
		loc = l
	}
	if f.published != "" {
		t, err := dyad.ParsePublished(f.published, loc)
		if err != nil {
			return m, dyad.Errorf(dyad.CodeInvalid, "--published %q: want YYYY-MM-DD or RFC 3339", f.published)
		}
		m.Published = t
	}
	return m, nil
}
