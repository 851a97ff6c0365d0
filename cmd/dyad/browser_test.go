package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// chromium returns the browser to drive: $DYAD_TEST_CHROMIUM, else
// chromium on PATH. The test is skipped when there is none, unless CI
// asked for it (DYAD_TEST_CHROMIUM set), where a missing browser fails.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("DYAD_TEST_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("DYAD_TEST_CHROMIUM=%s: %v", p, err)
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium: install Debian's chromium package (as .ci/run does)")
	return ""
}

// serveDemo ingests the bundled articles into a new database, starts
// `dyad serve` on a free loopback port with a write token, and returns its
// base URL.
func serveDemo(t *testing.T, token string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ui.db")
	if code, _, errs := run(t, "", "demo", "--db", db, "--no-serve"); code != 0 {
		t.Fatalf("demo exited %d: %s", code, errs)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr, Now: time.Now}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--token", token}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d: %s", code, stderr.String())
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not shut down within 15s")
		}
	})
	re := regexp.MustCompile(`serving (http://127\.0\.0\.1:\d+)/`)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if mm := re.FindStringSubmatch(stderr.String()); mm != nil {
			return mm[1]
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("serve did not start: %s", stderr.String())
	return ""
}

// TestBrowser_UI drives the web UI in headless Chromium against a real
// `dyad serve` on loopback: it filters events, opens an article from the
// table, checks the highlighted evidence, checks that script in an
// article's text is shown as text, and saves a screenshot of every view
// (to $DYAD_ARTIFACTS when set).
func TestBrowser_UI(t *testing.T) {
	exe := chromium(t)
	const token = "browser-test-token"
	base := serveDemo(t, token)

	// An article whose text tries to inject markup, posted through the API.
	evil := `{"text":"Officials met in Geneva. <script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> The talks went on.","outlet":"evil.example","published":"2025-08-18","title":"<b>bold</b> title"}`
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, base+"/api/v1/articles", strings.NewReader(evil))
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var posted struct{ Data struct{ ID string } }
	_ = json.NewDecoder(res.Body).Decode(&posted)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated || posted.Data.ID == "" {
		t.Fatalf("POST article = %d, id %q", res.StatusCode, posted.Data.ID)
	}

	artifacts := os.Getenv("DYAD_ARTIFACTS")
	if artifacts == "" {
		artifacts = t.TempDir()
	}
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer acancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()

	var dialogs []string
	var dmu sync.Mutex
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dmu.Lock()
			dialogs = append(dialogs, d.Message)
			dmu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}

	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	num := func(expr string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return n
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(artifacts, "ui-"+name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ready := func(view string) chromedp.Action[chromedp.Void] {
		return chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`body[data-ready=%q]`, view)))
	}

	// Events table, filtered by mode through the form.
	do(chromedp.Navigate(base+"/#/events"), ready("events"))
	rows := num(`document.querySelectorAll("#events-table tbody tr").length`)
	shot("events")
	if rows == 0 {
		t.Fatal("the events table is empty after ingesting the demo articles")
	}
	do(chromedp.SetValue(chromedp.CSS(`#filters select[name=mode]`), "planned"),
		chromedp.Click(chromedp.CSS(`#filters button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="events"]`)))
	if h, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash`)); err != nil || !strings.Contains(h, "mode=planned") {
		t.Fatalf("after submitting the filter form the location is %q (%v), want mode=planned in it", h, err)
	}
	// The table re-renders after the hash changes: poll until it has.
	planned := 0
	for i := 0; i < 50 && planned <= 0; i++ {
		time.Sleep(100 * time.Millisecond)
		planned = num(`(() => { if (document.body.dataset.ready !== "events") return 0;
			const r = [...document.querySelectorAll("#events-table tbody tr")];
			return r.length && r.every(tr => tr.textContent.includes("planned")) ? r.length : -r.length; })()`)
	}
	shot("events-planned")
	if planned <= 0 {
		t.Errorf("after filtering mode=planned: %d rows (negative: some row is not planned)", planned)
	}

	// Open the first event's article and check its highlighted evidence.
	do(chromedp.Click(chromedp.CSS(`#events-table tbody tr`)), chromedp.WaitVisible(chromedp.CSS(`#evidence dl`)))
	hash, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	triggers := num(`document.querySelectorAll("#article-text .hl-trigger").length`)
	evidence := text("#evidence")
	shot("article")
	if !strings.Contains(hash, "#/article/") || triggers == 0 {
		t.Errorf("article view %q shows %d highlighted triggers, want > 0", hash, triggers)
	}
	for _, want := range []string{"Sentence", "Source", "CAMEO", "Mode", "Rule"} {
		if !strings.Contains(evidence, want) {
			t.Errorf("evidence panel lacks %q: %q", want, evidence)
		}
	}
	if num(`document.querySelectorAll("#article-text .hl-sentence").length`) == 0 {
		t.Error("the selected event's sentence is not highlighted")
	}

	// The other views render.
	for _, v := range []struct{ hash, ready, sel string }{
		{"#/timeline", "timeline", "#timeline rect"},
		{"#/network", "network", "#network circle"},
		{"#/map", "map", "#map path.country"},
	} {
		do(chromedp.Navigate(base+"/"+v.hash), ready(v.ready))
		n := num(fmt.Sprintf(`document.querySelectorAll(%q).length`, v.sel))
		shot(v.ready)
		if n == 0 {
			t.Errorf("%s: no %s drawn", v.hash, v.sel)
		}
	}

	// Script in an article is text, not markup.
	do(chromedp.Navigate(base+"/#/article/"+posted.Data.ID), ready("article"))
	body, title := text("#article-text"), text("#article-title")
	scripts := num(`document.querySelectorAll("#view script, #view img").length`)
	pwned := num(`window.__pwned || 0`)
	shot("article-script")
	if !strings.Contains(body, "<script>window.__pwned=1</script>") || !strings.Contains(title, "<b>bold</b>") {
		t.Errorf("article text not shown literally: text %q, title %q", body, title)
	}
	if scripts != 0 || pwned != 0 {
		t.Errorf("article markup was executed or inserted: %d script/img elements, __pwned=%d", scripts, pwned)
	}
	dmu.Lock()
	defer dmu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("page opened dialogs: %q", dialogs)
	}
}
