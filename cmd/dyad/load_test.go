package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/corpus"
)

// loadResult is what one load run measured.
type loadResult struct {
	reads, readErrors int
	writes, lost      int
	p50, p99          time.Duration
	elapsed           time.Duration
}

// wikinewsBodies returns up to n Wikinews articles as API request bodies.
func wikinewsBodies(tb testing.TB, n int) [][]byte {
	tb.Helper()
	f, err := os.Open(corpus.Path(tb, "corpora/wikinews-2019-2020/wikinews_2019.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]byte
	for _, r := range rows[1:] {
		if len(out) == n {
			break
		}
		b, _ := json.Marshal(map[string]string{"url": r[0], "published": r[1], "title": r[2], "text": r[3], "outlet": "wikinews.org"})
		out = append(out, b)
	}
	return out
}

// runLoad starts dyad serve on a fresh database and, while one writer posts
// every body, runs readers goroutines that query the API in a loop. It
// returns latencies of the reads and checks afterwards that every posted
// article is stored.
func runLoad(tb testing.TB, bodies [][]byte, readers int) loadResult {
	tb.Helper()
	db := filepath.Join(tb.TempDir(), "load.db")
	st, err := (&Main{}).openStore(context.Background(), db)
	if err != nil {
		tb.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := &Main{Stdin: bytes.NewReader(nil), Stdout: io.Discard, Stderr: io.Discard, Now: time.Now}
	m.Logger = newLogger(io.Discard)
	served := make(chan error, 1)
	go func() { served <- m.serve(ctx, ln, st, "load-token", 0) }()
	defer func() {
		cancel()
		if err := <-served; err != nil {
			tb.Errorf("serve: %v", err)
		}
		st.Close()
	}()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: readers + 1}}

	paths := []string{"/api/v1/events?limit=50", "/api/v1/articles?limit=20", "/api/v1/counts?by=day",
		"/api/v1/search?q=government", "/api/v1/actors?limit=20", "/api/v1/quotes?limit=20", "/api/v1/stats"}
	var (
		mu        sync.Mutex
		lat       []time.Duration
		readErrs  atomic.Int64
		writing   atomic.Bool
		wg        sync.WaitGroup
		firstFail atomic.Value
	)
	writing.Store(true)
	start := time.Now()
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() { // ends when the writer is done
			defer wg.Done()
			var mine []time.Duration
			for i := r; writing.Load(); i++ {
				t0 := time.Now()
				res, err := client.Get(base + paths[i%len(paths)])
				if err == nil {
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != http.StatusOK {
						err = fmt.Errorf("GET %s: status %d", paths[i%len(paths)], res.StatusCode)
					}
				}
				if err != nil {
					readErrs.Add(1)
					firstFail.CompareAndSwap(nil, err.Error())
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	var ids []string
	for _, b := range bodies {
		req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/articles", bytes.NewReader(b))
		req.Header.Set("Authorization", "Bearer load-token")
		res, err := client.Do(req)
		if err != nil {
			tb.Fatalf("POST: %v", err)
		}
		var body struct{ Data struct{ ID string } }
		_ = json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		if res.StatusCode != http.StatusCreated && res.StatusCode != http.StatusOK {
			tb.Fatalf("POST status %d", res.StatusCode)
		}
		ids = append(ids, body.Data.ID)
	}
	writing.Store(false)
	wg.Wait()
	elapsed := time.Since(start)
	if f := firstFail.Load(); f != nil {
		tb.Errorf("first failed read: %v", f)
	}
	lost := 0
	for _, id := range ids {
		if ok, err := st.Has(context.Background(), id); err != nil || !ok {
			lost++
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	res := loadResult{reads: len(lat), readErrors: int(readErrs.Load()), writes: len(ids), lost: lost, elapsed: elapsed}
	if len(lat) > 0 {
		res.p50 = lat[len(lat)/2]
		res.p99 = lat[len(lat)*99/100]
	}
	return res
}

// TestServe_Load runs readers against the API during an ingest through it:
// no request may fail and no posted article may be lost.
func TestServe_Load(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	r := runLoad(t, wikinewsBodies(t, 30), 4)
	t.Logf("%d reads (p50 %v, p99 %v) during %d writes in %v", r.reads, r.p50, r.p99, r.writes, r.elapsed)
	if r.readErrors != 0 || r.lost != 0 || r.reads == 0 || r.writes != 30 {
		t.Errorf("load: %d read errors, %d lost writes, %d reads, %d writes; want 0, 0, >0, 30", r.readErrors, r.lost, r.reads, r.writes)
	}
}

// BenchmarkServe_Load reports read latency and throughput of the API under
// a concurrent ingest of 100 Wikinews articles through it.
//
//	go test ./cmd/dyad -run '^$' -bench Serve_Load -count 6 | tee new.txt; benchstat old.txt new.txt
func BenchmarkServe_Load(b *testing.B) {
	bodies := wikinewsBodies(b, 100)
	for b.Loop() {
		r := runLoad(b, bodies, 8)
		if r.readErrors != 0 || r.lost != 0 {
			b.Fatalf("%d read errors, %d lost writes", r.readErrors, r.lost)
		}
		b.ReportMetric(float64(r.p50.Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(r.p99.Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(r.reads)/r.elapsed.Seconds(), "reads/s")
		b.ReportMetric(float64(r.writes)/r.elapsed.Seconds(), "writes/s")
	}
}
