package petrarch_test

import (
	"errors"
	"testing"

	"github.com/dyad-events/dyad/internal/nlp/actor/petrarch"
)

func TestParseActors(t *testing.T) {
	src := `<!-- header
comment -->
GOLLUM  # pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
UFFE_ELLEMANN_JENSEN_  [IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]
`
	actors, warns, err := petrarch.ParseActors("t.actors", []byte(src))
	if err != nil || len(warns) != 0 {
		t.Fatalf("ParseActors: %v %v", err, warns)
	}
	if len(actors) != 2 {
		t.Fatalf("got %d actors, want 2", len(actors))
	}
	g := actors[0]
	if g.Line != 3 || len(g.Phrases) != 2 || g.Phrases[1] != "SMEAGOL" {
		t.Errorf("Gollum = %+v", g)
	}
	want := []petrarch.Code{{Code: "HOB", To: 19950531}, {Code: "HOBGOV", From: 19950601, To: 19990814}, {Code: "HOBREB", From: 19990816}}
	if len(g.Codes) != len(want) {
		t.Fatalf("codes = %+v", g.Codes)
	}
	for i := range want {
		if g.Codes[i] != want[i] {
			t.Errorf("code %d = %+v, want %+v", i, g.Codes[i], want[i])
		}
	}
	if u := actors[1]; u.Phrases[0] != "UFFE ELLEMANN JENSEN" || len(u.Codes) != 2 || u.Codes[0].From != 19820701 {
		t.Errorf("Uffe = %+v", u)
	}
}

func TestParseAgents(t *testing.T) {
	src := "!PERSON! = MAN, WOMAN\n!MINST! = MINISTER, MINISTRY\nCONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\nPOLICE {} [ ~COP]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nHUMAN_RIGHTS_BODY  [NGO~]\n"
	agents, err := petrarch.ParseAgents("t.agents", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(agents) != 5 {
		t.Fatalf("got %d agents", len(agents))
	}
	if a := agents[0]; len(a.Phrases) != 2 || a.Phrases[0] != "CONGRESSMAN" || a.Code != "LEG" {
		t.Errorf("congressman = %+v", a)
	}
	if a := agents[1]; a.Phrases[1] != "MINISTRY OF SILLY WALKS" {
		t.Errorf("ministry = %+v", a)
	}
	if a := agents[2]; !a.NoPlural || a.Code != "COP" {
		t.Errorf("police = %+v", a)
	}
	if a := agents[3]; len(a.Plurals) != 1 || a.Plurals[0] != "GOLDEN GEESE" {
		t.Errorf("goose = %+v", a)
	}
	if a := agents[4]; !a.Prefix || a.Code != "NGO" {
		t.Errorf("rights body = %+v", a)
	}
	if _, err := petrarch.ParseAgents("t", []byte("X!NOPE! [~GOV]\n")); !errors.Is(err, petrarch.ErrSubst) {
		t.Errorf("undefined set: err = %v", err)
	}
}

// FuzzParseActors checks the actor parser never panics and that every
// code it returns has a valid interval.
//
//	go test -fuzz=FuzzParseActors -fuzztime=20s ./internal/nlp/actor/petrarch/
func FuzzParseActors(f *testing.F) {
	for _, s := range []string{
		"GONDOR [GON]\n+MINAS_TIRITH\n",
		"SAM [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n",
		"<!-- x\nGOLLUM\n\t[HOB < 950601]\n",
		"A [B 9008223]\n+\n[",
		"X [Y >991301] trailing\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		actors, _, err := petrarch.ParseActors("f", []byte(s))
		if err != nil {
			return
		}
		for _, a := range actors {
			if len(a.Phrases) == 0 {
				t.Fatalf("actor with no phrase at line %d", a.Line)
			}
			for _, c := range a.Codes {
				if c.From != 0 && c.To != 0 && c.To < c.From {
					t.Fatalf("code %+v ends before it starts", c)
				}
			}
		}
	})
}

// FuzzParseAgents checks the agent parser never panics.
//
//	go test -fuzz=FuzzParseAgents -fuzztime=20s ./internal/nlp/actor/petrarch/
func FuzzParseAgents(f *testing.F) {
	for _, s := range []string{
		"!P! = A, B\nX!P!Y!P! [~GOV]\n",
		"POLICE {} [ ~COP]\nGOOSE {GEESE} [GGS~]\n",
		"BAD [~GOV\n",
		"!A! = !A!\n!A! [~X]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		agents, err := petrarch.ParseAgents("f", []byte(s))
		if err != nil {
			return
		}
		for _, a := range agents {
			if a.Code == "" || len(a.Phrases) == 0 {
				t.Fatalf("agent %+v has no code or phrase", a)
			}
		}
	})
}
