package postgres_test

import (
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/dyad-events/dyad/internal/storetest"
)

// BenchmarkStore_PutParallel stores hand-built documents (3 sentences, 6
// mentions, 2 places, 2 times, 2 quotes, 3 events) from 8 goroutines per
// CPU, one transaction each. Needs DYAD_TEST_POSTGRES_DSN.
//
//	DYAD_TEST_POSTGRES_DSN=postgres://postgres@127.0.0.1/test go test -run '^$' -bench Store_Put -count 6 ./internal/postgres/
func BenchmarkStore_PutParallel(b *testing.B) {
	s := openTemp(b)
	defer s.Close()
	var next atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(8)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d := storetest.RichDocument(fmt.Sprintf("pg-%d", next.Add(1)))
			if _, err := s.Put(b.Context(), d); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkStore_Put stores the same documents from one goroutine, one
// transaction each: the latency of a Put, mostly its round trips.
//
//	DYAD_TEST_POSTGRES_DSN=postgres://postgres@127.0.0.1/test go test -run '^$' -bench 'Store_Put$' -count 6 ./internal/postgres/
func BenchmarkStore_Put(b *testing.B) {
	s := openTemp(b)
	defer s.Close()
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		n++
		d := storetest.RichDocument(fmt.Sprintf("pg-serial-%d", n))
		if _, err := s.Put(b.Context(), d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
