package sqlq_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store/sqlq"
)

func TestTokens_RoundTrip(t *testing.T) {
	cases := []struct {
		name  string
		start int
		toks  []dyad.Token
	}{
		{"Empty", 5, nil},
		{"Words", 10, []dyad.Token{{Span: dyad.Span{Start: 10, End: 15}}, {Span: dyad.Span{Start: 16, End: 17}, Kind: dyad.TokenPunct}}},
		{"Gaps", 0, []dyad.Token{{Span: dyad.Span{Start: 300, End: 1300}, Kind: dyad.TokenNumber}, {Span: dyad.Span{Start: 100000, End: 100001}, Kind: dyad.TokenSymbol}}},
		{"OutOfOrder", 50, []dyad.Token{{Span: dyad.Span{Start: 60, End: 70}}, {Span: dyad.Span{Start: 55, End: 58}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := sqlq.EncodeTokens(c.start, c.toks)
			got, err := sqlq.DecodeTokens(c.start, b)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.toks, got); diff != "" {
				t.Errorf("DecodeTokens(EncodeTokens) mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := sqlq.DecodeTokens(0, []byte{0x80}); err == nil {
		t.Errorf("DecodeTokens(truncated) = nil error")
	}
}

func FuzzDecodeTokens(f *testing.F) {
	f.Add(0, sqlq.EncodeTokens(0, []dyad.Token{{Span: dyad.Span{Start: 1, End: 4}}}))
	f.Add(7, []byte{0xff, 0x80, 0x01, 0x02})
	f.Fuzz(func(t *testing.T, start int, b []byte) {
		if len(b) > 1<<12 || start < 0 || start > 1<<20 {
			return
		}
		toks, err := sqlq.DecodeTokens(start, b)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to something that decodes the same.
		again, err := sqlq.DecodeTokens(start, sqlq.EncodeTokens(start, toks))
		if err != nil || !cmp.Equal(toks, again) {
			t.Fatalf("re-encode differs: %v", err)
		}
	})
}

func TestSearchWords(t *testing.T) {
	cases := []struct {
		q    string
		want string
		err  bool
	}{
		{"sanctions oil", `"sanctions" "oil"`, false},
		{`say "no" OR -x NEAR(`, `"say" """no""" "OR" "-x" "NEAR("`, false},
		{`*** ( )`, ``, false},
		{"   ", "", true},
	}
	for _, c := range cases {
		w, err := sqlq.SearchWords(c.q)
		if (err != nil) != c.err {
			t.Errorf("SearchWords(%q) error = %v", c.q, err)
			continue
		}
		if got := sqlq.FTS5Query(w); got != c.want {
			t.Errorf("FTS5Query(SearchWords(%q)) = %s, want %s", c.q, got, c.want)
		}
	}
}
