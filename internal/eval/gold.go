package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Task names, in report order.
const (
	TaskClean  = "clean"
	TaskActors = "actors"
	TaskPlaces = "places"
	TaskTimes  = "times"
	TaskQuotes = "quotes"
	TaskEvents = "events"
)

// Tasks lists every task in report order.
var Tasks = []string{TaskClean, TaskActors, TaskPlaces, TaskTimes, TaskQuotes, TaskEvents}

// Alts is a gold field that holds one string or a list of alternatives. In
// JSON it is either "USAGOV" or ["USAGOV", "USA"]. An empty Alts (field
// absent) and an alternative "" both accept anything.
type Alts []string

// UnmarshalJSON accepts a string or an array of strings.
func (a *Alts) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*a = Alts{s}
		return nil
	}
	if bytes.Equal(b, []byte("null")) {
		*a = nil
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("want a string or a list of strings: %w", err)
	}
	*a = l
	return nil
}

// MarshalJSON writes one alternative as a string, several as a list.
func (a Alts) MarshalJSON() ([]byte, error) {
	if len(a) == 1 {
		return json.Marshal(a[0])
	}
	return json.Marshal([]string(a))
}

// Any reports whether a accepts anything: no alternatives, or "" among
// them.
func (a Alts) Any() bool {
	if len(a) == 0 {
		return true
	}
	for _, s := range a {
		if s == "" {
			return true
		}
	}
	return false
}

// Common are the fields every gold item may carry.
type Common struct {
	// Start and End, when both are set, are byte offsets into the article
	// text (half-open); the system item must also overlap that span.
	Start *int `json:"start,omitempty"`
	End   *int `json:"end,omitempty"`
	// Optional items earn nothing when matched and cost nothing when
	// missed; they only absorb system items that would otherwise be false
	// positives.
	Optional bool `json:"optional,omitempty"`
	// Label is free text for people and importers (the source dataset's
	// tag); the scorer ignores it.
	Label string `json:"label,omitempty"`
}

// ActorItem is a gold actor mention.
type ActorItem struct {
	Text string `json:"text"`
	// Code lists accepted actor-code prefixes.
	Code Alts `json:"code,omitempty"`
	// Kind (an extension) is "person", "country" or "org": where given,
	// the system mention must be of that kind (see MentionKind).
	Kind string `json:"kind,omitempty"`
	Common
}

// PlaceItem is a gold place.
type PlaceItem struct {
	Text string `json:"text"`
	// Country is an ISO 3166 alpha-3 code; "" or absent accepts any.
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	// KM is the largest accepted distance from Lat,Lon; DefaultKM when
	// Lat and Lon are given without it.
	KM *float64 `json:"km,omitempty"`
	Common
}

// DefaultKM is the distance a place may be off when a gold place gives
// coordinates but no km: the customary 161 km (100 miles) of geoparsing
// evaluations.
const DefaultKM = 161

// TimeItem is a gold time expression.
type TimeItem struct {
	Text  string   `json:"text"`
	Value string   `json:"value"`
	Alt   []string `json:"alt,omitempty"`
	Common
}

// QuoteItem is a gold quote.
type QuoteItem struct {
	// Starts is the first words of the quoted content.
	Starts  string `json:"starts"`
	Speaker string `json:"speaker,omitempty"`
	// SpeakerStart and SpeakerEnd mark the speaker's mention.
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	Anonymous    bool   `json:"anonymous,omitempty"`
	Cue          string `json:"cue,omitempty"`
	Venue        string `json:"venue,omitempty"`
	Direct       *bool  `json:"direct,omitempty"`
	Common
}

// EventItem is a gold event.
type EventItem struct {
	Anchor    string `json:"anchor"`
	Source    Alts   `json:"source,omitempty"`
	Target    Alts   `json:"target,omitempty"`
	Symmetric bool   `json:"symmetric,omitempty"`
	Root      Alts   `json:"root,omitempty"`
	PLOVER    Alts   `json:"plover,omitempty"`
	Mode      string `json:"mode,omitempty"`
	Date      string `json:"date,omitempty"`
	Common
}

// Gold is one gold file: an article and what a correct reading of it
// contains. The format is described in the shared gold/README.md and its
// extensions in docs/eval.md.
type Gold struct {
	ID string `json:"id,omitempty"`
	// File is the article's path relative to the root folder; Text is the
	// article itself, used when File is empty.
	File      string `json:"file,omitempty"`
	Text      string `json:"text,omitempty"`
	Published string `json:"published,omitempty"`
	Timezone  string `json:"timezone,omitempty"`
	Outlet    string `json:"outlet,omitempty"`

	// Exhaustive lists the tasks whose gold items are complete, so that
	// unmatched system items count as false positives.
	Exhaustive []string `json:"exhaustive,omitempty"`
	// ExhaustiveKinds (an extension) narrows Exhaustive for a task: only
	// system items of the listed kinds count as false positives
	// ({"actors": ["person", "country", "org"]}).
	ExhaustiveKinds map[string][]string `json:"exhaustive_kinds,omitempty"`

	Boilerplate []string    `json:"boilerplate,omitempty"`
	MustKeep    []string    `json:"must_keep,omitempty"`
	Actors      []ActorItem `json:"actors,omitempty"`
	Places      []PlaceItem `json:"places,omitempty"`
	Times       []TimeItem  `json:"times,omitempty"`
	Quotes      []QuoteItem `json:"quotes,omitempty"`
	Events      []EventItem `json:"events,omitempty"`

	// Path is the gold file this was read from (not part of the format).
	Path string `json:"-"`
}

// Input is what the pipeline may see of a gold file before scoring: the
// article and its metadata, nothing else.
type Input struct {
	File      string
	Text      string
	Published string
	Timezone  string
	Outlet    string
}

// Input returns the article and metadata of g.
func (g *Gold) Input() Input {
	return Input{File: g.File, Text: g.Text, Published: g.Published, Timezone: g.Timezone, Outlet: g.Outlet}
}

// IsExhaustive reports whether g lists task as exhaustive.
func (g *Gold) IsExhaustive(task string) bool {
	for _, t := range g.Exhaustive {
		if t == task {
			return true
		}
	}
	return false
}

// Name returns the ID, or the gold file's base name without .json.
func (g *Gold) Name() string {
	if g.ID != "" {
		return g.ID
	}
	return strings.TrimSuffix(filepath.Base(g.Path), ".json")
}

// ReadGold reads and checks one gold file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	g, err := ParseGold(b)
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", path, err)
	}
	g.Path = path
	return g, nil
}

// ParseGold decodes and checks a gold file's JSON.
func ParseGold(b []byte) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := 1 + bytes.Count(b[:min(int(se.Offset), len(b))], []byte("\n"))
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		return nil, err
	}
	if err := g.check(); err != nil {
		return nil, err
	}
	return &g, nil
}

// check reports the first structural problem of g.
func (g *Gold) check() error {
	if g.File == "" && g.Text == "" {
		return fmt.Errorf("neither file nor text given")
	}
	for _, t := range g.Exhaustive {
		if !validTask(t) {
			return fmt.Errorf("exhaustive: unknown task %q", t)
		}
	}
	span := func(what string, i int, c Common) error {
		if (c.Start == nil) != (c.End == nil) {
			return fmt.Errorf("%s[%d]: start and end must be given together", what, i)
		}
		if c.Start != nil && (*c.Start < 0 || *c.End < *c.Start || (g.Text != "" && *c.End > len(g.Text))) {
			return fmt.Errorf("%s[%d]: span [%d,%d) is not a valid range of the text", what, i, *c.Start, *c.End)
		}
		return nil
	}
	for i, it := range g.Actors {
		if strings.TrimSpace(it.Text) == "" {
			return fmt.Errorf("actors[%d]: empty text", i)
		}
		if err := span("actors", i, it.Common); err != nil {
			return err
		}
	}
	for i, it := range g.Places {
		if strings.TrimSpace(it.Text) == "" {
			return fmt.Errorf("places[%d]: empty text", i)
		}
		if (it.Lat == nil) != (it.Lon == nil) {
			return fmt.Errorf("places[%d]: lat and lon must be given together", i)
		}
		if err := span("places", i, it.Common); err != nil {
			return err
		}
	}
	for i, it := range g.Times {
		if strings.TrimSpace(it.Text) == "" {
			return fmt.Errorf("times[%d]: empty text", i)
		}
		if err := span("times", i, it.Common); err != nil {
			return err
		}
	}
	for i, it := range g.Quotes {
		if strings.TrimSpace(it.Starts) == "" {
			return fmt.Errorf("quotes[%d]: empty starts", i)
		}
		if (it.SpeakerStart == nil) != (it.SpeakerEnd == nil) {
			return fmt.Errorf("quotes[%d]: speaker_start and speaker_end must be given together", i)
		}
		if err := span("quotes", i, it.Common); err != nil {
			return err
		}
	}
	for i, it := range g.Events {
		if strings.TrimSpace(it.Anchor) == "" {
			return fmt.Errorf("events[%d]: empty anchor", i)
		}
		if err := span("events", i, it.Common); err != nil {
			return err
		}
	}
	return nil
}

func validTask(t string) bool {
	for _, x := range Tasks {
		if x == t {
			return true
		}
	}
	return false
}

// ReadDir reads every *.json file in dir (not recursively), sorted by
// name.
func ReadDir(dir string) ([]*Gold, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold folder: %w", err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("gold folder %s: no *.json files", dir)
	}
	golds := make([]*Gold, 0, len(names))
	for _, n := range names {
		g, err := ReadGold(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		golds = append(golds, g)
	}
	return golds, nil
}
