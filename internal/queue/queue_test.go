package queue_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/queue"
	"github.com/dyad-events/dyad/internal/queue/queuetest"
)

func article(text string) *dyad.Article {
	return &dyad.Article{ID: dyad.ArticleID(text), Text: text, Title: "t " + text,
		Published: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC), Provenance: dyad.Provenance{Source: "test", Line: 2}}
}

func TestQueue_PublishConsume(t *testing.T) {
	u := queuetest.URL(t, "dyadtest")
	q, err := queue.Open(t.Context(), u, queue.Options{AckWait: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	in := []*dyad.Article{article("one"), article("two"), article("three"), article("four")}
	for _, a := range in {
		if dup, err := q.Publish(t.Context(), a); err != nil || dup {
			t.Fatalf("Publish(%s) = %v, %v", a.Text, dup, err)
		}
	}
	// The same article again is dropped by the server's duplicate window.
	if dup, err := q.Publish(t.Context(), article("one")); err != nil || !dup {
		t.Errorf("Publish(one again) = %v, %v; want duplicate", dup, err)
	}
	var mu sync.Mutex
	got := map[string]int{}
	failedOnce := false
	err = q.Consume(t.Context(), func(ctx context.Context, a *dyad.Article) error {
		mu.Lock()
		defer mu.Unlock()
		if a.Text == "two" && !failedOnce {
			failedOnce = true
			return errors.New("transient failure")
		}
		if a.Text == "four" {
			return dyad.Errorf(dyad.CodeInvalid, "never codable")
		}
		got[a.Text]++
		if !a.Published.Equal(in[0].Published) || a.Provenance.Line != 2 {
			t.Errorf("article %s came back as %+v", a.Text, a)
		}
		return nil
	}, queue.ConsumeOptions{Workers: 2, ExitWhenEmpty: true})
	if err != nil {
		t.Fatal(err)
	}
	// "two" failed once and was delivered again after its delay; Consume
	// may have seen an empty fetch before that, so drain again.
	if got["two"] == 0 {
		time.Sleep(1500 * time.Millisecond)
		q.Consume(t.Context(), func(ctx context.Context, a *dyad.Article) error {
			mu.Lock()
			defer mu.Unlock()
			got[a.Text]++
			return nil
		}, queue.ConsumeOptions{ExitWhenEmpty: true})
	}
	want := map[string]int{"one": 1, "two": 1, "three": 1}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s handled %d times, want %d (all: %v)", k, got[k], v, got)
		}
	}
	if got["four"] != 0 {
		t.Errorf("an article that can never be coded was acknowledged")
	}
	if n, err := q.Pending(t.Context()); err != nil || n != 0 {
		t.Errorf("Pending = %d, %v; want 0 (four is dropped, not retried)", n, err)
	}
}

func TestOpen_Err(t *testing.T) {
	for _, c := range []struct{ url, code string }{
		{"http://127.0.0.1:4222", dyad.CodeInvalid},
		{"nats://", dyad.CodeInvalid},
		{"nats://127.0.0.1:1", dyad.CodeUnavailable},
	} {
		_, err := queue.Open(t.Context(), c.url, queue.Options{})
		if dyad.ErrorCode(err) != c.code {
			t.Errorf("Open(%q) error = %v, want code %s", c.url, err, c.code)
		}
	}
}
