package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
	"github.com/dyad-events/dyad/internal/storetest"
)

func Example() {
	dir, _ := os.MkdirTemp("", "dyad-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	st, err := store.New().Open(ctx, "sqlite:"+filepath.Join(dir, "dyad.db"), store.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	doc := storetest.RichDocument("example")
	res, _ := st.Put(ctx, doc)
	again, _ := st.Put(ctx, doc)
	fmt.Println("first put duplicate:", res.Duplicate, "second:", again.Duplicate)

	events, _ := st.Events(ctx, dyad.EventFilter{Source: "USA", Mode: dyad.ModeAsserted})
	for _, e := range events {
		fmt.Println(e.Date, e.Source.Code, e.CAMEO, e.PLOVER, e.Target.Code, e.Place.Name)
	}
	counts, _ := st.Counts(ctx, dyad.CountQuery{By: dyad.ByPLOVER})
	for _, c := range counts {
		fmt.Println(c.Key, c.Count)
	}
	// Output:
	// first put duplicate: false second: true
	// 2025-08-18 USAGOV 040 CONSULT UKRGOV Washington
	// CONSULT 2
	// ASSAULT 1
}
