package actor_test

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/corpus"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/actor/petrarch"
)

// TestPetrarch_DateRestrictions runs the stage with only the PETRARCH
// validation dictionaries and checks that Sam Gamgee's dated codes (and
// the first dated match overriding a later one) work as the validation
// records expect.
func TestPetrarch_DateRestrictions(t *testing.T) {
	r := newResolver(t, actor.Config{
		NoBuiltin:          true,
		PetrarchActorFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.actors.txt")},
		PetrarchAgentFiles: []string{corpus.Path(t, "corpora/petrarch2-validation/PETR.Validate.agents.txt")},
	})
	tests := []struct {
		day, code string
	}{
		{"2007-05-01", "HOBCIV"},
		{"2009-05-01", "HOBMIL"},
		{"2010-01-10", "ORCHOB"},
		{"2013-01-01", "HOBGOV"},
		{"2014-05-01", "HOBELI"},
	}
	for _, tt := range tests {
		t.Run(tt.day, func(t *testing.T) {
			doc := run(t, r, "Sam Gamgee met a bunch of Morgul Orcs.", date(tt.day))
			m := find(doc, "Sam Gamgee")
			if m == nil || m.Actor == nil {
				t.Fatalf("no Sam Gamgee: %s", dump(doc))
			}
			if m.Actor.Code != tt.code {
				t.Errorf("Sam Gamgee on %s = %s, want %s", tt.day, m.Actor.Code, tt.code)
			}
			if o := find(doc, "Morgul Orcs"); o == nil || o.Actor == nil || o.Actor.Code != "MRGORC" {
				t.Errorf("Morgul Orcs = %+v, want MRGORC", o)
			}
		})
	}
	t.Run("Default", func(t *testing.T) {
		doc := run(t, r, "Hamfast Gamgee has rescheduled his trip.", date("2005-01-01"))
		if m := find(doc, "Hamfast Gamgee"); m == nil || m.Actor.Code != "HOB" {
			t.Fatalf("Hamfast Gamgee = %s, want HOB", dump(doc))
		}
		doc = run(t, r, "Hamfast Gamgee has rescheduled his trip.", date("2013-01-01"))
		if m := find(doc, "Hamfast Gamgee"); m == nil || m.Actor.Code != "HOBGOV" {
			t.Fatalf("Hamfast Gamgee 2013 = %s, want HOBGOV", dump(doc))
		}
	})
	t.Run("Agent", func(t *testing.T) {
		doc := run(t, r, "Gondor's foreign minister visited Mordor.", date("2014-01-01"))
		if m := find(doc, "Gondor's foreign minister"); m == nil || m.Actor.Code != "GONGOVFRM" {
			t.Fatalf("Gondor's foreign minister = %s, want GONGOVFRM", dump(doc))
		}
	})
}

func TestPetrarch_Phoenix(t *testing.T) {
	dir := "corpora/event-coding-dictionaries/"
	r := newResolver(t, actor.Config{
		NoBuiltin: true,
		Logger:    slog.New(slog.DiscardHandler),
		PetrarchActorFiles: []string{
			corpus.Path(t, dir+"petrarch2.Phoenix.Countries.actors.txt.gz"),
			corpus.Path(t, dir+"petrarch2.Phoenix.International.actors.txt.gz"),
			corpus.Path(t, dir+"petrarch2.Phoenix.MilNonState.actors.txt.gz"),
		},
		PetrarchAgentFiles: []string{corpus.Path(t, dir+"petrarch2.Phoenix.agents.txt.gz")},
	})
	s := r.Stats()
	t.Logf("Phoenix dictionaries: %d entities (%d dated), %d roles, %d phrases", s.Entities, s.People, s.Roles, s.Phrases)
	tests := []struct{ text, mention, day, code string }{
		{"Petro Poroshenko spoke.", "Petro Poroshenko", "2015-01-01", "UKRGOV"},
		{"Vladimir Putin spoke.", "Vladimir Putin", "2005-01-01", "RUSGOV"},
		{"NATO met.", "NATO", "2014-01-01", "IGOWSTNAT"},
	}
	for _, tt := range tests {
		doc := run(t, r, tt.text, date(tt.day))
		if m := find(doc, tt.mention); m == nil || m.Actor == nil || m.Actor.Code != tt.code {
			t.Errorf("%q on %s = %s, want %s", tt.mention, tt.day, dump(doc), tt.code)
		}
	}
}

func TestNew_BadDictionary(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, body string
		cfg              func(string) actor.Config
		line             int
		target           error
	}{
		{"NativeKeyword", "bad.txt", "country UKR Ukraine\nplanet XXX Mars\n", func(p string) actor.Config { return actor.Config{DictFiles: []string{p}} }, 2, actor.ErrKeyword},
		{"NativeDate", "bad.txt", "person Jan Novak\n  CZEGOV 2020-13-01.. Minister\n", func(p string) actor.Config { return actor.Config{DictFiles: []string{p}} }, 2, actor.ErrDate},
		{"NativeOrphan", "bad.txt", "  USAGOV 2020.. President\n", func(p string) actor.Config { return actor.Config{DictFiles: []string{p}} }, 1, actor.ErrOrphan},
		{"PetrarchBracket", "bad.actors", "GONDOR [GON]\nSAM\n\t[HOB >990101\n", func(p string) actor.Config { return actor.Config{PetrarchActorFiles: []string{p}} }, 3, petrarch.ErrBracket},
		{"PetrarchOrphan", "bad.actors", "+SYNONYM\n", func(p string) actor.Config { return actor.Config{PetrarchActorFiles: []string{p}} }, 1, petrarch.ErrSynonym},
		{"AgentNoCode", "bad.agents", "PRESIDENT [~GOV]\nMINISTER [~GOV\n", func(p string) actor.Config { return actor.Config{PetrarchAgentFiles: []string{p}} }, 2, petrarch.ErrBracket},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.file)
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := actor.New(tt.cfg(p))
			if !errors.Is(err, tt.target) {
				t.Fatalf("New = %v, want %v", err, tt.target)
			}
			var line int
			var ne *actor.ParseError
			var pe *petrarch.ParseError
			switch {
			case errors.As(err, &ne):
				line = ne.Line
			case errors.As(err, &pe):
				line = pe.Line
			default:
				t.Fatalf("error %v has no line", err)
			}
			if line != tt.line {
				t.Errorf("line = %d, want %d (%v)", line, tt.line, err)
			}
		})
	}
	t.Run("MissingFile", func(t *testing.T) {
		if _, err := actor.New(actor.Config{DictFiles: []string{filepath.Join(dir, "nope.txt")}}); err == nil {
			t.Fatal("New with a missing file succeeded")
		}
	})
}

func TestNew_UserDictionary(t *testing.T) {
	p := filepath.Join(t.TempDir(), "extra.txt")
	body := "person Jussi Virtanen | Virtanen\n  FINGOV 2030-01-01.. Foreign Minister\n" +
		"org FINMED Helsingin Sanomat\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	r := newResolver(t, actor.Config{DictFiles: []string{p}})
	doc := run(t, r, "Virtanen told Helsingin Sanomat he would go.", date("2031-01-01"))
	if m := find(doc, "Virtanen"); m == nil || m.Actor.Code != "FINGOV" || m.Actor.Role != "Foreign Minister" {
		t.Fatalf("Virtanen = %s", dump(doc))
	}
	if m := find(doc, "Helsingin Sanomat"); m == nil || m.Actor.Code != "FINMED" {
		t.Fatalf("Helsingin Sanomat = %s", dump(doc))
	}
}

func TestParseActors_BadDateWarns(t *testing.T) {
	actors, warns, err := petrarch.ParseActors("x.actors", []byte("GONDOR [GON]\nSAM\n\t[HOB >99x]\n\t[HOBGOV]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !errors.Is(warns[0], petrarch.ErrDate) {
		t.Fatalf("warnings = %v, want one ErrDate", warns)
	}
	var pe *petrarch.ParseError
	if !errors.As(warns[0], &pe) || pe.Line != 3 {
		t.Fatalf("warning %v: want line 3", warns[0])
	}
	if len(actors) != 2 || len(actors[1].Codes) != 1 || actors[1].Codes[0].Code != "HOBGOV" {
		t.Fatalf("actors = %+v", actors)
	}
}

func TestNew_BuiltinSizes(t *testing.T) {
	r := newResolver(t, actor.Config{})
	s := r.Stats()
	t.Logf("built-in dictionaries: %d entities (%d people), %d roles, %d phrases, %d words", s.Entities, s.People, s.Roles, s.Phrases, s.Words)
	if s.People < 500 || s.Entities < 1500 || s.Roles < 100 {
		t.Errorf("built-in dictionaries too small: %+v", s)
	}
}
