package clean_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/clean"
)

// FuzzClean checks that Clean never panics, returns valid UTF-8 in the
// documented shape, only removes or shortens paragraphs (never invents
// text), and keeps every real sentence paragraph that no line rule marks.
//
//	go test ./internal/clean -run '^$' -fuzz FuzzClean -fuzztime 60s
func FuzzClean(f *testing.F) {
	f.Add("Share this @example.com\n" + body1 + "\nPutin agrees to talks at summit, envoy says\n" + body2)
	f.Add("Friday, January 4, 2019 \n\n\nKYIV, Aug 17 (Reuters) - " + body1 + "\n\nPhoto: AP\n\n" + body2)
	f.Add("By Jane Doe\nWASHINGTON (AP) — " + body1 + "\nAdvertisement\nRead more: x\n—Jane Doe")
	f.Add("fianc&#233;e &amp;\u00a0\u200b\r\n\r\n\xff\xfe bad bytes")
	f.Add("a\nb\n\nc d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p\nq r s t")
	f.Fuzz(func(t *testing.T, raw string) {
		if len(raw) > 1<<16 {
			return
		}
		res := clean.Clean(raw, clean.Options{Title: "Talks resume"})
		if !utf8.ValidString(res.Text) {
			t.Fatalf("Clean(%q).Text is not valid UTF-8", raw)
		}
		if res.Text != strings.TrimSpace(res.Text) {
			t.Fatalf("Clean(%q).Text is not trimmed: %q", raw, res.Text)
		}
		in := clean.Paragraphs(raw)
		inSet := make(map[string]bool, len(in))
		for _, p := range in {
			inSet[p] = true
		}
		if res.Text == "" {
			return
		}
		out := strings.Split(res.Text, "\n")
		outSet := make(map[string]bool, len(out))
		for _, p := range out {
			outSet[p] = true
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") {
				t.Fatalf("Clean(%q): bad paragraph %q", raw, p)
			}
			if inSet[p] {
				continue
			}
			// Only the first paragraph may change: by losing a dateline.
			found := false
			for _, q := range in {
				for _, r := range res.Removed {
					if r.Rule == clean.RuleDateline && strings.HasPrefix(q, r.Text) && strings.HasSuffix(q, p) {
						found = true
					}
				}
			}
			if !found {
				t.Fatalf("Clean(%q): paragraph %q is not from the input", raw, p)
			}
		}
		for _, p := range in {
			if !isSentence(p) || clean.LineRule(p) != "" || outSet[p] {
				continue
			}
			stripped := false
			for _, r := range res.Removed {
				if r.Rule == clean.RuleDateline && strings.HasPrefix(p, r.Text) && outSet[strings.TrimSpace(p[len(r.Text):])] {
					stripped = true
				}
			}
			if stripped {
				continue
			}
			if strings.EqualFold(p, "Talks resume") {
				continue
			}
			t.Fatalf("Clean(%q) lost the sentence paragraph %q", raw, p)
		}
	})
}
