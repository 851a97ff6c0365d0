package eval_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/eval"
)

// article is the text every scorer test reads. Offsets below are computed
// with at(), never written by hand.
const article = "On Sunday, President Trump met Volodymyr Zelenskyy in Washington. " +
	"“We will win,” Zelenskyy told CNN. Officials said Russia attacked Kyiv in 2022. " +
	"Niger’s capital Niamey is far from Nigeria. A senior official said talks would go on."

// at returns the span of the n-th (0-based) occurrence of s in article.
func at(t *testing.T, s string, n int) dyad.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(article[off:], s)
		if k < 0 {
			t.Fatalf("%q occurrence %d not in article", s, n)
		}
		if i == n {
			return dyad.Span{Start: off + k, End: off + k + len(s)}
		}
		off += k + len(s)
	}
}

func doc(t *testing.T) *dyad.Document {
	t.Helper()
	d := dyad.NewDocument(&dyad.Article{Text: article})
	// Sentences split at ". " for the tests.
	start := 0
	for i := 0; i < len(article); i++ {
		if i == len(article)-1 || (article[i] == '.' && i+1 < len(article) && article[i+1] == ' ') {
			d.Sentences = append(d.Sentences, dyad.Sentence{Span: dyad.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	return d
}

func mention(t *testing.T, text string, n int, kind, code string) dyad.Mention {
	sp := at(t, text, n)
	m := dyad.Mention{Span: sp, Text: text, Kind: kind}
	if code != "" {
		m.Actor = &dyad.Actor{Code: code}
	}
	return m
}

func ip(i int) *int         { return &i }
func fp(f float64) *float64 { return &f }
func bp(b bool) *bool       { return &b }
func counts(r *eval.FileResult, task string) [3]int {
	c := r.Counts[task]
	return [3]int{c.TP, c.FP, c.FN}
}

func TestScore_Actors(t *testing.T) {
	tests := []struct {
		name     string
		gold     eval.Gold
		mentions func(t *testing.T) []dyad.Mention
		want     [3]int // tp, fp, fn
	}{
		{
			name: "OK",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "President Trump", Code: eval.Alts{"USAGOV"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "Trump", 0, "person", "USAGOVPRS")}
			},
			want: [3]int{1, 0, 0},
		},
		{
			name: "CodeAlternatives",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "CNN", Code: eval.Alts{"USAMED", "MED"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "CNN", 0, "org", "MEDxyz")}
			},
			want: [3]int{1, 0, 0},
		},
		{
			name: "WrongCode",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "Volodymyr Zelenskyy", Code: eval.Alts{"UKRGOV"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "Zelenskyy", 0, "person", "RUSGOV")}
			},
			want: [3]int{0, 0, 1},
		},
		{
			name: "UnresolvedMentionDoesNotMatchACode",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "Zelenskyy", Code: eval.Alts{"UKR"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "Zelenskyy", 0, "person", "")}
			},
			want: [3]int{0, 0, 1},
		},
		{
			name: "EveryOccurrenceCounts",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "zelenskyy", Code: eval.Alts{"UKRGOV"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "Zelenskyy", 1, "person", "UKRGOV")}
			},
			want: [3]int{1, 0, 0},
		},
		{
			name: "StartEndPinsOccurrence",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "Zelenskyy", Code: eval.Alts{"UKRGOV"}, Common: eval.Common{Start: ip(strings.Index(article, "Volodymyr")), End: ip(strings.Index(article, " in Washington"))}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "Zelenskyy", 1, "person", "UKRGOV")}
			},
			want: [3]int{0, 0, 1},
		},
		{
			name: "DuplicateMatchIsNeitherHitNorFP",
			gold: eval.Gold{Exhaustive: []string{"actors"}, Actors: []eval.ActorItem{{Text: "Zelenskyy", Code: eval.Alts{"UKRGOV"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "Zelenskyy", 0, "person", "UKRGOV"), mention(t, "Zelenskyy", 1, "person", "UKRGOV")}
			},
			want: [3]int{1, 0, 0},
		},
		{
			name: "FPOnlyWhenExhaustive",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "Zelenskyy", Code: eval.Alts{"UKRGOV"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "CNN", 0, "org", "USAMED")}
			},
			want: [3]int{0, 0, 1},
		},
		{
			name: "FPWhenExhaustive",
			gold: eval.Gold{Exhaustive: []string{"actors"}, Actors: []eval.ActorItem{{Text: "Zelenskyy", Code: eval.Alts{"UKRGOV"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "CNN", 0, "org", "USAMED")}
			},
			want: [3]int{0, 1, 1},
		},
		{
			name: "OptionalAbsorbsAndCostsNothing",
			gold: eval.Gold{Exhaustive: []string{"actors"}, Actors: []eval.ActorItem{
				{Text: "CNN", Code: eval.Alts{"USAMED"}, Common: eval.Common{Optional: true}},
				{Text: "Russia", Code: eval.Alts{"RUS"}, Common: eval.Common{Optional: true}},
			}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "CNN", 0, "org", "USAMED")}
			},
			want: [3]int{0, 0, 0},
		},
		{
			name: "ContextPinsOneOccurrence",
			gold: eval.Gold{Exhaustive: []string{"actors"}, Actors: []eval.ActorItem{{Text: "Niger's capital", Code: eval.Alts{"NER"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				// "Niger" inside "Nigeria" is not the one pinned: a FP.
				return []dyad.Mention{mention(t, "Niger", 1, "country", "NER")}
			},
			want: [3]int{0, 1, 1},
		},
		{
			name: "TypographicApostropheFolded",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "NIGER'S CAPITAL", Code: eval.Alts{"NER"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "Niger", 0, "country", "NERGOV")}
			},
			want: [3]int{1, 0, 0},
		},
		{
			name: "MaximumMatchingNotGreedy",
			// The first mention overlaps both gold items, the second only
			// the first: a greedy matcher would score 1.
			gold: eval.Gold{Actors: []eval.ActorItem{
				{Text: "President Trump", Code: eval.Alts{"USA"}},
				{Text: "President", Code: eval.Alts{"USA"}},
			}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{mention(t, "President", 0, "role", "USAGOV"), mention(t, "Trump", 0, "person", "USAGOV")}
			},
			want: [3]int{2, 0, 0},
		},
		{
			name: "KindExtension",
			gold: eval.Gold{Exhaustive: []string{"actors"}, ExhaustiveKinds: map[string][]string{"actors": {"person", "country", "org"}},
				Actors: []eval.ActorItem{{Text: "Zelenskyy", Kind: "person"}, {Text: "CNN", Kind: "person"}}},
			mentions: func(t *testing.T) []dyad.Mention {
				return []dyad.Mention{
					mention(t, "Zelenskyy", 0, "person", ""), // kind person, no code needed
					mention(t, "CNN", 0, "org", "USAMED"),    // wrong kind: FP
					mention(t, "Officials", 0, "group", ""),  // not a counted kind
				}
			},
			want: [3]int{1, 1, 1},
		},
		{
			name: "PartScoredWithKinds",
			// "President Trump met Volodymyr Zelenskyy" read as one role
			// phrase with a country part: NER-style gold names the part
			// on its own, and an unmatched part is a false positive.
			gold: eval.Gold{Exhaustive: []string{"actors"}, ExhaustiveKinds: map[string][]string{"actors": {"person", "country", "org"}},
				Actors: []eval.ActorItem{{Text: "Trump", Kind: "person"}, {Text: "Washington", Kind: "country"}}},
			mentions: func(t *testing.T) []dyad.Mention {
				m := mention(t, "Trump met Volodymyr Zelenskyy in Washington", 0, "person", "")
				m.Parts = []dyad.Part{{Span: at(t, "Washington", 0), Kind: "country"}, {Span: at(t, "Volodymyr", 0), Kind: "org"}}
				return []dyad.Mention{m}
			},
			want: [3]int{2, 1, 0},
		},
		{
			name: "RegionIsNoCountry",
			// A demonym resolved to a region (dyad.ActorRegion, "the
			// West") is no country for NER-style gold; one resolved to
			// a state is.
			gold: eval.Gold{Exhaustive: []string{"actors"}, ExhaustiveKinds: map[string][]string{"actors": {"person", "country", "org"}},
				Actors: []eval.ActorItem{{Text: "Russia", Kind: "country"}}},
			mentions: func(t *testing.T) []dyad.Mention {
				west := mention(t, "Officials", 0, "demonym", "WST")
				west.Actor.Kind = dyad.ActorRegion
				russia := mention(t, "Russia", 0, "country", "RUS")
				russia.Actor.Kind = dyad.ActorState
				niger := mention(t, "Niger", 0, "demonym", "NER")
				niger.Actor.Kind = dyad.ActorState
				return []dyad.Mention{west, russia, niger}
			},
			want: [3]int{1, 1, 0},
		},
		{
			name: "PartIgnoredWithoutKinds",
			gold: eval.Gold{Actors: []eval.ActorItem{{Text: "Trump", Code: eval.Alts{"USA"}}, {Text: "Washington", Code: eval.Alts{"USA"}}}},
			mentions: func(t *testing.T) []dyad.Mention {
				m := mention(t, "Trump met Volodymyr Zelenskyy in Washington", 0, "person", "USAGOV")
				m.Parts = []dyad.Part{{Span: at(t, "Washington", 0), Kind: "country"}}
				return []dyad.Mention{m}
			},
			want: [3]int{1, 0, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t)
			d.Mentions = tt.mentions(t)
			tt.gold.Text = article
			r := eval.Score(&tt.gold, d)
			if got := counts(r, eval.TaskActors); got != tt.want {
				t.Errorf("actors (tp, fp, fn) = %v, want %v; details %+v", got, tt.want, r.Details)
			}
		})
	}
}

func TestScore_Places(t *testing.T) {
	place := func(t *testing.T, text, country string, lat, lon float64) dyad.Place {
		return dyad.Place{Span: at(t, text, 0), Text: text, Country: country, Lat: lat, Lon: lon}
	}
	tests := []struct {
		name  string
		item  eval.PlaceItem
		place dyad.Place
		want  [3]int
	}{
		{"OK", eval.PlaceItem{Text: "Kyiv", Country: "UKR", Lat: fp(50.45), Lon: fp(30.52), KM: fp(60)}, place(t, "Kyiv", "UKR", 50.40, 30.60), [3]int{1, 0, 0}},
		{"TooFar", eval.PlaceItem{Text: "Kyiv", Country: "UKR", Lat: fp(50.45), Lon: fp(30.52), KM: fp(60)}, place(t, "Kyiv", "UKR", 49.84, 24.03), [3]int{0, 1, 1}},
		{"WrongCountry", eval.PlaceItem{Text: "Washington", Country: "USA", Lat: fp(38.9), Lon: fp(-77.0), KM: fp(60)}, place(t, "Washington", "GBR", 38.9, -77.0), [3]int{0, 1, 1}},
		{"EmptyCountryAcceptsAny", eval.PlaceItem{Text: "Washington", Country: "", Lat: fp(38.9), Lon: fp(-77.0), KM: fp(60)}, place(t, "Washington", "XXX", 38.9, -77.1), [3]int{1, 0, 0}},
		{"DefaultKM161", eval.PlaceItem{Text: "Washington", Lat: fp(38.9), Lon: fp(-77.0)}, place(t, "Washington", "USA", 39.9, -77.0), [3]int{1, 0, 0}},
		{"DefaultKM161Exceeded", eval.PlaceItem{Text: "Washington", Lat: fp(38.9), Lon: fp(-77.0)}, place(t, "Washington", "USA", 40.5, -77.0), [3]int{0, 1, 1}},
		{"NoOverlap", eval.PlaceItem{Text: "Kyiv"}, place(t, "Washington", "USA", 38.9, -77.0), [3]int{0, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t)
			d.Places = []dyad.Place{tt.place}
			g := &eval.Gold{Text: article, Exhaustive: []string{"places"}, Places: []eval.PlaceItem{tt.item}}
			if got := counts(eval.Score(g, d), eval.TaskPlaces); got != tt.want {
				t.Errorf("places = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestScore_Times(t *testing.T) {
	tm := func(t *testing.T, text, value string) dyad.TimeExpr {
		return dyad.TimeExpr{Span: at(t, text, 0), Text: text, Value: value}
	}
	tests := []struct {
		name string
		item eval.TimeItem
		sys  []dyad.TimeExpr
		want [3]int
	}{
		{"OK", eval.TimeItem{Text: "On Sunday", Value: "2025-08-17"}, []dyad.TimeExpr{tm(t, "Sunday", "2025-08-17")}, [3]int{1, 0, 0}},
		{"Alt", eval.TimeItem{Text: "in 2022", Value: "P3.5Y", Alt: []string{"2022"}}, []dyad.TimeExpr{tm(t, "2022", "2022")}, [3]int{1, 0, 0}},
		{"WrongValue", eval.TimeItem{Text: "On Sunday", Value: "2025-08-17"}, []dyad.TimeExpr{tm(t, "Sunday", "2025-08-10")}, [3]int{0, 1, 1}},
		{"Nothing", eval.TimeItem{Text: "On Sunday", Value: "2025-08-17"}, nil, [3]int{0, 0, 1}},
		{"OptionalNotMissed", eval.TimeItem{Text: "On Sunday", Value: "2025-08-17", Common: eval.Common{Optional: true}}, nil, [3]int{0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t)
			d.Times = tt.sys
			g := &eval.Gold{Text: article, Exhaustive: []string{"times"}, Times: []eval.TimeItem{tt.item}}
			if got := counts(eval.Score(g, d), eval.TaskTimes); got != tt.want {
				t.Errorf("times = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestScore_Quotes(t *testing.T) {
	q := func(t *testing.T, content, name, speakerText string, anon bool, cue, venue string) dyad.Quote {
		qq := dyad.Quote{Span: at(t, content, 0), Text: content, Cue: cue, Venue: venue}
		if name != "" || speakerText != "" {
			sp := dyad.Speaker{Name: name, Anonymous: anon}
			if speakerText != "" {
				sp.Span = at(t, speakerText, 0)
				sp.Text = speakerText
			}
			qq.Speaker = &sp
		}
		return qq
	}
	zel := at(t, "Zelenskyy", 1)
	tests := []struct {
		name       string
		item       eval.QuoteItem
		sys        dyad.Quote
		want       [3]int
		venue, cue eval.Accuracy
	}{
		{"OK", eval.QuoteItem{Starts: "We will win", Speaker: "Volodymyr Zelenskyy", Cue: "told", Venue: "CNN"},
			q(t, "We will win,", "Volodymyr Zelenskyy", "", false, "told", "CNN"), [3]int{1, 0, 0}, eval.Accuracy{Right: 1, Total: 1}, eval.Accuracy{Right: 1, Total: 1}},
		{"LastWordAndDiacritics", eval.QuoteItem{Starts: "We will win", Speaker: "Bruno Parrilla"},
			q(t, "We will win,", "Bruno Rodríguez PARRILLA", "", false, "", ""), [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"DiacriticsFolded", eval.QuoteItem{Starts: "We will win", Speaker: "Zelenskyy Żółć"},
			q(t, "We will win,", "Zolc", "", false, "", ""), [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"WrongSpeaker", eval.QuoteItem{Starts: "We will win", Speaker: "Volodymyr Zelenskyy"},
			q(t, "We will win,", "Donald Trump", "", false, "", ""), [3]int{0, 1, 1}, eval.Accuracy{}, eval.Accuracy{}},
		{"NoSpeaker", eval.QuoteItem{Starts: "We will win", Speaker: "Volodymyr Zelenskyy"},
			q(t, "We will win,", "", "", false, "", ""), [3]int{0, 1, 1}, eval.Accuracy{}, eval.Accuracy{}},
		{"SpeakerSpan", eval.QuoteItem{Starts: "We will win", Speaker: "he", SpeakerStart: ip(zel.Start), SpeakerEnd: ip(zel.End)},
			q(t, "We will win,", "Someone Else", "Zelenskyy told", false, "", ""), [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"Anonymous", eval.QuoteItem{Starts: "talks would go on", Speaker: "A senior official", Anonymous: true},
			q(t, "talks would go on", "a senior official", "senior official", true, "said", ""), [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"AnonymousNotMarked", eval.QuoteItem{Starts: "talks would go on", Speaker: "A senior official", Anonymous: true},
			q(t, "talks would go on", "a senior official", "senior official", false, "said", ""), [3]int{0, 1, 1}, eval.Accuracy{}, eval.Accuracy{}},
		{"VenueCueWrong", eval.QuoteItem{Starts: "We will win", Speaker: "Zelenskyy", Cue: "told", Venue: "CNN"},
			q(t, "We will win,", "Zelenskyy", "", false, "said", "BBC"), [3]int{1, 0, 0}, eval.Accuracy{Total: 1}, eval.Accuracy{Total: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t)
			d.Quotes = []dyad.Quote{tt.sys}
			g := &eval.Gold{Text: article, Exhaustive: []string{"quotes"}, Quotes: []eval.QuoteItem{tt.item}}
			r := eval.Score(g, d)
			if got := counts(r, eval.TaskQuotes); got != tt.want {
				t.Errorf("quotes = %v, want %v", got, tt.want)
			}
			if diff := cmp.Diff([]eval.Accuracy{tt.venue, tt.cue}, []eval.Accuracy{r.Venue, r.Cue}); diff != "" {
				t.Errorf("venue, cue accuracy (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScore_Events(t *testing.T) {
	sent := func(t *testing.T, s string) dyad.Span {
		d := doc(t)
		return d.Sentences[d.SentenceAt(at(t, s, 0).Start)].Span
	}
	ev := func(t *testing.T, anchorIn, src, tgt, cameo, plover, mode, date string) dyad.Event {
		e := dyad.Event{Sentence: sent(t, anchorIn), CAMEO: cameo, PLOVER: plover, Mode: mode, Date: date}
		if len(cameo) >= 2 {
			e.Root = cameo[:2]
		}
		if src != "" {
			e.Source = &dyad.EventActor{Code: src}
		}
		if tgt != "" {
			e.Target = &dyad.EventActor{Code: tgt}
		}
		return e
	}
	tests := []struct {
		name       string
		items      []eval.EventItem
		sys        []dyad.Event
		want       [3]int
		mode, date eval.Accuracy
	}{
		{"OK", []eval.EventItem{{Anchor: "Russia attacked Kyiv", Source: eval.Alts{"RUS"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19", "18"}, Mode: "asserted", Date: "2022"}},
			[]dyad.Event{ev(t, "attacked", "RUSMIL", "UKR", "190", "", "asserted", "2022")}, [3]int{1, 0, 0}, eval.Accuracy{Right: 1, Total: 1}, eval.Accuracy{Right: 1, Total: 1}},
		{"WrongSentence", []eval.EventItem{{Anchor: "Russia attacked Kyiv", Source: eval.Alts{"RUS"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19"}}},
			[]dyad.Event{ev(t, "met", "RUS", "UKR", "190", "", "", "")}, [3]int{0, 1, 1}, eval.Accuracy{}, eval.Accuracy{}},
		{"WrongRoot", []eval.EventItem{{Anchor: "Russia attacked Kyiv", Source: eval.Alts{"RUS"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19"}}},
			[]dyad.Event{ev(t, "attacked", "RUS", "UKR", "040", "", "", "")}, [3]int{0, 1, 1}, eval.Accuracy{}, eval.Accuracy{}},
		{"Swapped", []eval.EventItem{{Anchor: "met Volodymyr", Source: eval.Alts{"USA"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"04"}}},
			[]dyad.Event{ev(t, "met", "UKRGOV", "USAGOV", "040", "", "", "")}, [3]int{0, 1, 1}, eval.Accuracy{}, eval.Accuracy{}},
		{"Symmetric", []eval.EventItem{{Anchor: "met Volodymyr", Source: eval.Alts{"USA"}, Target: eval.Alts{"UKR"}, Symmetric: true, Root: eval.Alts{"04"}}},
			[]dyad.Event{ev(t, "met", "UKRGOV", "USAGOV", "040", "", "", "")}, [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"TargetAlternativesWithEmpty", []eval.EventItem{{Anchor: "attacked", Source: eval.Alts{"RUS"}, Target: eval.Alts{"USA", ""}, Root: eval.Alts{"19"}}},
			[]dyad.Event{ev(t, "attacked", "RUS", "", "190", "", "", "")}, [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"AbsentTargetAcceptsAny", []eval.EventItem{{Anchor: "attacked", Source: eval.Alts{"RUS"}, Root: eval.Alts{"19"}}},
			[]dyad.Event{ev(t, "attacked", "RUS", "FRA", "190", "", "", "")}, [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"MissingTarget", []eval.EventItem{{Anchor: "attacked", Source: eval.Alts{"RUS"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19"}}},
			[]dyad.Event{ev(t, "attacked", "RUS", "", "190", "", "", "")}, [3]int{0, 1, 1}, eval.Accuracy{}, eval.Accuracy{}},
		{"PLOVERInsteadOfRoot", []eval.EventItem{{Anchor: "met Volodymyr", Source: eval.Alts{"USA"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19"}, PLOVER: eval.Alts{"CONSULT"}}},
			[]dyad.Event{ev(t, "met", "USA", "UKR", "040", "consult", "", "")}, [3]int{1, 0, 0}, eval.Accuracy{}, eval.Accuracy{}},
		{"ModeDateWrong", []eval.EventItem{{Anchor: "attacked", Source: eval.Alts{"RUS"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19"}, Mode: "asserted", Date: "2022"}},
			[]dyad.Event{ev(t, "attacked", "RUS", "UKR", "190", "", "reported", "2025-08-17")}, [3]int{1, 0, 0}, eval.Accuracy{Total: 1}, eval.Accuracy{Total: 1}},
		{"SameAnchorTwoGoldEvents", []eval.EventItem{
			{Anchor: "met Volodymyr", Source: eval.Alts{"USA"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"04"}},
			{Anchor: "met Volodymyr", Source: eval.Alts{"UKR"}, Target: eval.Alts{"USA"}, Root: eval.Alts{"04"}},
		}, []dyad.Event{ev(t, "met", "USA", "UKR", "040", "", "", ""), ev(t, "met", "USA", "UKR", "042", "", "", "")}, [3]int{1, 0, 1}, eval.Accuracy{}, eval.Accuracy{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t)
			d.Events = tt.sys
			g := &eval.Gold{Text: article, Exhaustive: []string{"events"}, Events: tt.items}
			r := eval.Score(g, d)
			if got := counts(r, eval.TaskEvents); got != tt.want {
				t.Errorf("events = %v, want %v; details %+v", got, tt.want, r.Details)
			}
			if diff := cmp.Diff([]eval.Accuracy{tt.mode, tt.date}, []eval.Accuracy{r.Mode, r.Date}); diff != "" {
				t.Errorf("mode, date accuracy (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScore_Clean(t *testing.T) {
	g := &eval.Gold{Text: article,
		Boilerplate: []string{"Share this", "NIGER’S capital"},
		MustKeep:    []string{"officials said russia", "not in the text"}}
	r := eval.Score(g, doc(t))
	if got, want := counts(r, eval.TaskClean), [3]int{2, 0, 2}; got != want {
		t.Errorf("clean = %v, want %v", got, want)
	}
}

func TestScore_EmptyDocumentZeroRecall(t *testing.T) {
	g := &eval.Gold{Text: article, Exhaustive: []string{"times", "events"},
		Actors: []eval.ActorItem{{Text: "Trump", Code: eval.Alts{"USA"}}},
		Times:  []eval.TimeItem{{Text: "Sunday", Value: "2025-08-17"}},
		Events: []eval.EventItem{{Anchor: "attacked", Root: eval.Alts{"19"}}},
	}
	rep := eval.NewReport([]*eval.FileResult{eval.Score(g, doc(t))}, false)
	for _, task := range eval.Tasks {
		if _, ok := rep.Tasks[task]; !ok {
			t.Errorf("task %s missing from report", task)
		}
	}
	ts := rep.Tasks[eval.TaskTimes]
	if ts.Recall == nil || *ts.Recall != 0 || ts.F1 == nil || *ts.F1 != 0 || ts.Precision != nil {
		t.Errorf("times = %+v, want recall 0, f1 0, precision null", ts)
	}
	if a := rep.Tasks[eval.TaskActors]; a.Precision != nil || a.F1 != nil || a.Recall == nil || *a.Recall != 0 {
		t.Errorf("actors = %+v, want recall 0 and null precision (not exhaustive)", a)
	}
	if rep.Tasks[eval.TaskPlaces].Recall != nil {
		t.Errorf("places recall = %v, want null (no gold)", *rep.Tasks[eval.TaskPlaces].Recall)
	}
}

// TestScore_QuoteParts scores quotes on content alone and on source: a
// wrong speaker still finds the content, a speakerless system quote is no
// false positive for the source, and a gold quote naming no speaker is not
// counted for the source.
func TestScore_QuoteParts(t *testing.T) {
	quote := func(content, name string) dyad.Quote {
		q := dyad.Quote{Span: at(t, content, 0), Text: content}
		if name != "" {
			q.Speaker = &dyad.Speaker{Name: name}
		}
		return q
	}
	tests := []struct {
		name            string
		items           []eval.QuoteItem
		sys             []dyad.Quote
		content, source [3]int
	}{
		{"Right", []eval.QuoteItem{{Starts: "We will win", Speaker: "Zelenskyy"}},
			[]dyad.Quote{quote("We will win,", "Volodymyr Zelenskyy")}, [3]int{1, 0, 0}, [3]int{1, 0, 0}},
		{"WrongSpeaker", []eval.QuoteItem{{Starts: "We will win", Speaker: "Zelenskyy"}},
			[]dyad.Quote{quote("We will win,", "Donald Trump")}, [3]int{1, 0, 0}, [3]int{0, 1, 1}},
		{"NoSystemSpeaker", []eval.QuoteItem{{Starts: "We will win", Speaker: "Zelenskyy"}},
			[]dyad.Quote{quote("We will win,", "")}, [3]int{1, 0, 0}, [3]int{0, 0, 1}},
		{"NoGoldSpeaker", []eval.QuoteItem{{Starts: "We will win"}},
			[]dyad.Quote{quote("We will win,", "Donald Trump")}, [3]int{1, 0, 0}, [3]int{0, 0, 0}},
		{"WrongContent", []eval.QuoteItem{{Starts: "talks would go on", Speaker: "Zelenskyy"}},
			[]dyad.Quote{quote("We will win,", "Zelenskyy")}, [3]int{0, 1, 1}, [3]int{0, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t)
			d.Quotes = tt.sys
			g := &eval.Gold{Text: article, Exhaustive: []string{"quotes"}, Quotes: tt.items}
			r := eval.Score(g, d)
			var got [2][3]int
			for i, part := range []string{"content", "source"} {
				c := r.QuoteParts[part]
				if c == nil {
					t.Fatalf("no %s counts", part)
				}
				got[i] = [3]int{c.TP, c.FP, c.FN}
			}
			if want := [2][3]int{tt.content, tt.source}; got != want {
				t.Errorf("content, source = %v, want %v", got, want)
			}
		})
	}
}

func TestNewReport_PrecisionOverExhaustiveFilesOnly(t *testing.T) {
	d1 := doc(t)
	d1.Times = []dyad.TimeExpr{{Span: at(t, "Sunday", 0), Text: "Sunday", Value: "2025-08-17"}, {Span: at(t, "2022", 0), Text: "2022", Value: "2022"}}
	g1 := &eval.Gold{Text: article, Exhaustive: []string{"times"}, Times: []eval.TimeItem{{Text: "Sunday", Value: "2025-08-17"}}}
	d2 := doc(t)
	d2.Times = []dyad.TimeExpr{{Span: at(t, "Sunday", 0), Text: "Sunday", Value: "2025-08-17"}}
	g2 := &eval.Gold{Text: article, Times: []eval.TimeItem{{Text: "Sunday", Value: "2025-08-17"}, {Text: "2022", Value: "2021"}}}
	rep := eval.NewReport([]*eval.FileResult{eval.Score(g1, d1), eval.Score(g2, d2)}, false)
	ts := rep.Tasks[eval.TaskTimes]
	want := eval.TaskScore{TP: 2, FP: 1, FN: 1, Precision: fp(0.5), Recall: fp(2.0 / 3), F1: fp(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0/3))}
	if diff := cmp.Diff(want, ts, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("times (-want +got):\n%s", diff)
	}
}

func TestParseGold(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"OK", `{"file": "a.txt", "actors": [{"text": "NATO", "code": ["IGOWSTNAT", "NAT"]}], "events": [{"anchor": "x", "source": "RUS", "root": ["19"], "plover": "ASSAULT"}]}`, true},
		{"ErrNoArticle", `{"actors": []}`, false},
		{"ErrSyntax", "{\n\"file\": \"a\",\n oops}", false},
		{"ErrUnknownExhaustive", `{"text": "x", "exhaustive": ["nope"]}`, false},
		{"ErrHalfSpan", `{"text": "abc", "times": [{"text": "a", "value": "1", "start": 0}]}`, false},
		{"ErrSpanOutOfText", `{"text": "abc", "times": [{"text": "a", "value": "1", "start": 0, "end": 9}]}`, false},
		{"ErrCodeType", `{"text": "abc", "actors": [{"text": "a", "code": 3}]}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := eval.ParseGold([]byte(tt.in))
			if (err == nil) != tt.ok {
				t.Errorf("ParseGold(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			}
		})
	}
}

var _ = bp

func TestReport_WriteTableVerbose(t *testing.T) {
	d := doc(t)
	d.Places = []dyad.Place{{Span: at(t, "Washington", 0), Text: "Washington", Country: "USA", Lat: 38.9, Lon: -77.0}}
	g := &eval.Gold{ID: "g1", Text: article, Exhaustive: []string{"places"}, Places: []eval.PlaceItem{{Text: "Kyiv", Country: "UKR"}}}
	rep := eval.NewReport([]*eval.FileResult{eval.Score(g, d)}, true)
	var b strings.Builder
	if err := rep.WriteTable(&b, true); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"== g1",
		"places miss  Kyiv",
		"in: Officials said Russia attacked Kyiv in 2022.",
		"places fp    Washington [USA]",
		"in: On Sunday, President Trump met Volodymyr Zelenskyy in Washington.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("WriteTable output lacks %q:\n%s", want, out)
		}
	}
}

// TestScore_EventPairingPrefersTriggerAndDate: two gold events in one
// sentence, two system events there; whatever their order, each system
// event is paired with the gold event its trigger lies in, so both dates
// are judged right.
func TestScore_EventPairingPrefersTriggerAndDate(t *testing.T) {
	const text = "Russia absorbed Crimea in 2014 and then invaded Ukraine in 2022."
	ev := func(trigger, date string) dyad.Event {
		i := strings.Index(text, trigger)
		return dyad.Event{Sentence: dyad.Span{Start: 0, End: len(text)}, Trigger: dyad.Trigger{Span: dyad.Span{Start: i, End: i + len(trigger)}, Text: trigger},
			Source: &dyad.EventActor{Code: "RUS"}, Target: &dyad.EventActor{Code: "UKR"}, CAMEO: "190", Root: "19", Mode: "asserted", Date: date}
	}
	gold := []eval.EventItem{
		{Anchor: "absorbed Crimea in 2014", Source: eval.Alts{"RUS"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19"}, Date: "2014"},
		{Anchor: "invaded Ukraine in 2022", Source: eval.Alts{"RUS"}, Target: eval.Alts{"UKR"}, Root: eval.Alts{"19"}, Date: "2022"},
	}
	for _, order := range [][]dyad.Event{
		{ev("absorbed", "2014"), ev("invaded", "2022")},
		{ev("invaded", "2022"), ev("absorbed", "2014")},
	} {
		d := dyad.NewDocument(&dyad.Article{Text: text})
		d.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}}
		d.Events = order
		r := eval.Score(&eval.Gold{Text: text, Events: gold}, d)
		if got := counts(r, eval.TaskEvents); got != [3]int{2, 0, 0} {
			t.Errorf("events = %v, want 2 hits", got)
		}
		if r.Date != (eval.Accuracy{Right: 2, Total: 2}) {
			t.Errorf("date accuracy = %+v, want 2 of 2 (first system trigger %q)", r.Date, order[0].Trigger.Text)
		}
	}
}
