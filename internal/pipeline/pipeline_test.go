package pipeline_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pipeline"
)

type panicker struct{}

func (panicker) Name() string { return "panicker" }
func (panicker) Process(context.Context, *dyad.Document) error {
	var s []int
	_ = s[3] // a bug in a stage
	return nil
}

func TestPipeline_ProcessRecoversPanics(t *testing.T) {
	r := pipeline.NewRegistry()
	if err := r.Register("panicker", func(pipeline.Options) (dyad.Stage, error) { return panicker{}, nil }); err != nil {
		t.Fatal(err)
	}
	if err := r.Register("panicker", func(pipeline.Options) (dyad.Stage, error) { return panicker{}, nil }); err == nil {
		t.Error("Register accepted a duplicate name")
	}
	p, err := pipeline.New(r, pipeline.Options{Stages: []string{"panicker"}})
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Article{ID: "x", Text: "Some text."}
	if _, err := p.Process(t.Context(), a); dyad.ErrorCode(err) != dyad.CodeInternal {
		t.Fatalf("Process with a panicking stage = %v, want an internal error", err)
	}
	if _, err := pipeline.New(r, pipeline.Options{Stages: []string{"nope"}}); dyad.ErrorCode(err) != dyad.CodeInvalid {
		t.Errorf("New with an unknown stage = %v, want invalid", err)
	}
}

func TestPipeline_Default(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Russia absorbed Crimea in 2014. Trump met Putin in Alaska on Friday."
	doc, err := p.Process(t.Context(), &dyad.Article{ID: dyad.ArticleID(text), Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 || doc.Article.Text != text {
		t.Errorf("got %d sentences, text changed: %v", len(doc.Sentences), doc.Article.Text != text)
	}
}

// TestPipeline_RoleOfCountry codes a role with its country after "of"
// ("the foreign minister of India") as that country's official, through
// the actor stage to the events.
func TestPipeline_RoleOfCountry(t *testing.T) {
	p, err := pipeline.New(nil, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The foreign minister of India met the foreign minister of Pakistan.", "INDGOV→PAKGOV 040"},
		{"The president of Chile criticized the prime minister of Peru.", "CHLGOV→PERGOV 111"},
	} {
		doc, err := p.Process(t.Context(), &dyad.Article{ID: dyad.ArticleID(c.text), Text: c.text, Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Events {
			src, tgt := "-", "-"
			if e.Source != nil {
				src = e.Source.Code
			}
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, src+"→"+tgt+" "+e.CAMEO)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: events %v, want %s", c.text, got, c.want)
		}
	}
}

type named string

func (n named) Name() string                                { return string(n) }
func (named) Process(context.Context, *dyad.Document) error { return nil }

// TestNew_OrderAndErrors checks that stages built side by side keep the
// configured order and that the first failing stage, in that order, is
// the one reported.
func TestNew_OrderAndErrors(t *testing.T) {
	r := pipeline.NewRegistry()
	for _, n := range []string{"a", "b", "c"} {
		if err := r.Register(n, func(pipeline.Options) (dyad.Stage, error) { return named(n), nil }); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []string{"bad1", "bad2"} {
		if err := r.Register(n, func(pipeline.Options) (dyad.Stage, error) {
			return nil, dyad.Errorf(dyad.CodeInvalid, "%s is broken", n)
		}); err != nil {
			t.Fatal(err)
		}
	}
	p, err := pipeline.New(r, pipeline.Options{Stages: []string{"c", "a", "b"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range p.Stages() {
		got = append(got, s.Name())
	}
	if want := []string{"c", "a", "b"}; !cmp.Equal(got, want) {
		t.Errorf("stages = %v, want %v", got, want)
	}
	_, err = pipeline.New(r, pipeline.Options{Stages: []string{"a", "bad2", "b", "bad1"}})
	if err == nil || !strings.Contains(err.Error(), "build stage bad2") || dyad.ErrorCode(err) != dyad.CodeInvalid {
		t.Errorf("New with two failing stages = %v, want bad2's invalid error", err)
	}
}
