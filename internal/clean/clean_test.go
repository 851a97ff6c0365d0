package clean_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/clean"
	"github.com/dyad-events/dyad/internal/corpus"
)

const body1 = "Officials said the talks would resume on Monday after a week of delays."
const body2 = "The minister told reporters that no agreement had yet been reached."

func TestClean_Rules(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		opts     clean.Options
		want     string
		dateline string
		date     string
		author   string
		rules    []string // rules of the removals, in order
	}{
		{name: "OK", in: body1 + "\n" + body2, want: body1 + "\n" + body2},
		{name: "BlankLinesAndSpaces", in: "\n\n  " + body1 + " \n\n\n\t" + strings.ReplaceAll(body2, " ", "\u00a0 ") + "\r\n", want: body1 + "\n" + body2},
		{name: "ShareWidget", in: "Share this @example.com\n" + body1 + "\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleWidget}},
		{name: "FollowUs", in: body1 + "\nFollow us on Telegram\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleWidget}},
		{name: "FollowOutletOnX", in: body1 + "\nFollow The Daily Courier on X for updates\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleWidget}},
		{name: "SocialBar", in: "Facebook Twitter WhatsApp Email\n" + body1, want: body1, rules: []string{clean.RuleWidget}},
		{name: "Subscribe", in: body1 + "\nSubscribe to our newsletter\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleWidget}},
		{name: "SharesIsNotAWidget", in: "Shares in the company fell 5% in early trading on Tuesday.\n" + body1, want: "Shares in the company fell 5% in early trading on Tuesday.\n" + body1},
		{name: "Advertisement", in: body1 + "\nAdvertisement\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleAd}},
		{name: "StoryContinues", in: body1 + "\nStory continues below advertisement\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleAd}},
		{name: "PhotoLabel", in: body1 + "\nPhoto: Jane Doe/Example News\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RulePhoto}},
		{name: "APPhoto", in: body1 + "\nPresident speaks at the podium in the Rose Garden. (AP Photo/Evan Vucci)\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RulePhoto}},
		{name: "GettyCaption", in: body1 + "\nProtesters gather outside parliament. John Smith/Getty Images\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RulePhoto}},
		{name: "ImageCredit", in: body1 + "\nThe procession in the old town. Image: Jane Roe.\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RulePhoto}},
		{name: "ReadMore", in: body1 + "\nRead more: Ceasefire talks stall in Doha\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleReadMore}},
		{name: "Related", in: body1 + "\nRelated:\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleReadMore}},
		{name: "ByLine", in: "By Jane Doe\n" + body1 + "\n" + body2, want: body1 + "\n" + body2, author: "Jane Doe", rules: []string{clean.RuleByline}},
		{name: "ByLineWithOutlet", in: "By Jane Doe and John Roe, Reuters\n" + body1, want: body1, author: "Jane Doe and John Roe", rules: []string{clean.RuleByline}},
		{name: "BySentenceKept", in: "By then, the rebels had withdrawn from the city.\n" + body1, want: "By then, the rebels had withdrawn from the city.\n" + body1},
		{name: "ReportingBy", in: body1 + "\n" + body2 + "\nReporting by Jane Doe; Editing by John Roe", want: body1 + "\n" + body2, rules: []string{clean.RuleCredit}},
		{name: "Contributed", in: body1 + "\n" + body2 + "\nJane Doe in Kyiv contributed to this report.", want: body1 + "\n" + body2, rules: []string{clean.RuleCredit}},
		{name: "StrayHeadline", in: body1 + "\nPutin agrees to talks at summit, envoy says\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleHeadline}},
		{name: "TrailingHeadline", in: body1 + "\n" + body2 + "\nMore strikes planned across the region", want: body1 + "\n" + body2, rules: []string{clean.RuleHeadline}},
		{name: "PullQuoteAttribution", in: body1 + "\n" + body2 + "\n—The mayor of the city", want: body1 + "\n" + body2, rules: []string{clean.RuleAttribution}},
		{name: "ListItemKept", in: body1 + ":\n- A freeze on fuel duty\n- Higher pensions\n" + body2, want: body1 + ":\n- A freeze on fuel duty\n- Higher pensions\n" + body2},
		{name: "CutSentenceKept", in: body1 + "\nOfficials asked anyone with information to contact the police on\n" + body2, want: body1 + "\nOfficials asked anyone with information to contact the police on\n" + body2},
		{name: "CommaSentenceKept", in: body1 + "\nIn other results, Leeds beat York 3-1, and Hull drew with Bath 2-2\n" + body2, want: body1 + "\nIn other results, Leeds beat York 3-1, and Hull drew with Bath 2-2\n" + body2},
		{name: "TwoSentencesKept", in: body1 + "\nThe vote failed. Lawmakers will try again next week\n" + body2, want: body1 + "\nThe vote failed. Lawmakers will try again next week\n" + body2},
		{name: "LeadingHeadlineKept", in: "Talks resume in Geneva\n" + body1, want: "Talks resume in Geneva\n" + body1},
		{name: "TitleRepeated", in: "Talks resume in Geneva\n" + body1, opts: clean.Options{Title: "Talks Resume in Geneva"}, want: body1, rules: []string{clean.RuleTitle}},
		{name: "DateLineUS", in: "Friday, January 4, 2019\n" + body1, want: body1, dateline: "Friday, January 4, 2019", date: "2019-01-04", rules: []string{clean.RuleDateline}},
		{name: "DateLineUK", in: "4 January 2019\n" + body1, want: body1, dateline: "4 January 2019", date: "2019-01-04", rules: []string{clean.RuleDateline}},
		{name: "DateLineBadDay", in: "February 30, 2019\n" + body1, want: "February 30, 2019\n" + body1},
		{name: "Reuters", in: "KYIV, Aug 17 (Reuters) - " + body1, want: body1, dateline: "KYIV, Aug 17 (Reuters) -", rules: []string{clean.RuleDateline}},
		{name: "AP", in: "WASHINGTON (AP) — " + body1, want: body1, dateline: "WASHINGTON (AP) —", rules: []string{clean.RuleDateline}},
		{name: "PlaceOnly", in: "NEW YORK — " + body1, want: body1, dateline: "NEW YORK —"},
		{name: "PlaceRegion", in: "KHARKIV, Ukraine (AP) — " + body1, want: body1, dateline: "KHARKIV, Ukraine (AP) —"},
		{name: "DatelineWithYear", in: "LONDON, March 3, 2024 (Reuters) - " + body1, want: body1, dateline: "LONDON, March 3, 2024 (Reuters) -", date: "2024-03-03"},
		{name: "MixedCaseAgency", in: "Washington, DC (CNN) — " + body1, want: body1, dateline: "Washington, DC (CNN) —"},
		{name: "KickerIsNotADateline", in: "BREAKING — " + body1, want: "BREAKING — " + body1},
		{name: "AcronymSentenceKept", in: "NATO-led troops arrived in the capital on Sunday, officials said.", want: "NATO-led troops arrived in the capital on Sunday, officials said."},
		{name: "DatelineOnlyInFirstParagraph", in: body1 + "\nLONDON (Reuters) - " + body2, want: body1 + "\nLONDON (Reuters) - " + body2},
		{name: "Entities", in: "Ferguson met his fianc&#233;e &amp; her family.", want: "Ferguson met his fiancée & her family."},
		{name: "ZeroWidth", in: "Peace\u200b talks\u00ad resumed on Monday.", want: "Peace talks resumed on Monday."},
		{name: "HardWrapped", in: "The talks were due to resume on Monday after a week of delays\nover the make-up of the delegations, officials said.\n\nThe minister told reporters that no agreement had yet been\nreached on the key question of the border.\n\nA third round is planned for the end of the month, according\nto a statement from the foreign ministry.",
			want: "The talks were due to resume on Monday after a week of delays over the make-up of the delegations, officials said.\nThe minister told reporters that no agreement had yet been reached on the key question of the border.\nA third round is planned for the end of the month, according to a statement from the foreign ministry."},
		{name: "ImageSource", in: body1 + "\nImage source, Getty Images\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RulePhoto}},
		{name: "WireCredit", in: body1 + "\nSoldiers fire a howitzer near the front line. REUTERS/Jane Doe\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RulePhoto}},
		{name: "Timestamp", in: "Updated 3 hours ago\n5 min read\n" + body1, want: body1, rules: []string{clean.RuleStamp, clean.RuleStamp}},
		{name: "PublishedSentenceKept", in: "Published in 1998, the report found widespread abuse.\n" + body1, want: "Published in 1998, the report found widespread abuse.\n" + body1},
		{name: "Tags", in: body1 + "\n" + body2 + "\nTags: Ukraine, Russia, NATO", want: body1 + "\n" + body2, rules: []string{clean.RuleReadMore}},
		{name: "Copyright", in: body1 + "\nCopyright 2025 The Associated Press. All rights reserved.\nAll rights reserved.", want: body1, rules: []string{clean.RuleCredit, clean.RuleCredit}},
		{name: "LeaveComment", in: body1 + "\nLeave a comment\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleWidget}},
		{name: "AuthorDateLine", in: "Jane Doe | 17 August 2025, 09:20 BST\n" + body1, want: body1, date: "2025-08-17", rules: []string{clean.RuleStamp}},
		{name: "DateInHeadlineAfterStoryKept", in: body1 + "\nThe treaty was signed on May 5, 2020, in Geneva.", want: body1 + "\nThe treaty was signed on May 5, 2020, in Geneva."},
		{name: "AgencyOnly", in: "(CNN) — " + body1, want: body1, dateline: "(CNN) —", rules: []string{clean.RuleDateline}},
		{name: "WrappedSentenceLine", in: body1 + "\nThe mayor said the storm flooded roads across the valley and\nclosed two bridges on Tuesday.", want: body1 + "\nThe mayor said the storm flooded roads across the valley and\nclosed two bridges on Tuesday."},
		{name: "WrappedSentenceNoFunctionWord", in: body1 + "\nThe mayor said the storm flooded roads in the eastern valley\ntowns on Tuesday.", want: body1 + "\nThe mayor said the storm flooded roads in the eastern valley\ntowns on Tuesday."},
		{name: "ColonHeadline", in: body1 + "\nUkraine war: Russia launches biggest drone attack\n" + body2, want: body1 + "\n" + body2, rules: []string{clean.RuleHeadline}},
		{name: "OriginallyAppeared", in: body1 + "\nThis article originally appeared on The Conversation.", want: body1, rules: []string{clean.RuleCredit}},
		{name: "PublishedStamp", in: "Published: 10:42 AM EDT, August 18, 2025\n" + body1, want: body1, date: "2025-08-18", rules: []string{clean.RuleStamp}},
		{name: "UpdatedStampGivesNoDate", in: "Updated 10:42 AM EDT, Mon August 18, 2025\n" + body1, want: body1, rules: []string{clean.RuleStamp}},
		{name: "C1Punctuation", in: "Police said \u0097 it was a sign\u0096holding crowd\u0085 a \u0091quiet\u0092 one\u0081.", want: "Police said — it was a sign–holding crowd… a ‘quiet’ one ."},
		{name: "Empty", in: " \n\t\n", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clean.Clean(tt.in, tt.opts)
			if got.Text != tt.want {
				t.Errorf("Clean(%q).Text = %q, want %q (removed %v)", tt.in, got.Text, tt.want, got.Removed)
			}
			if got.Dateline != tt.dateline || got.Date != tt.date {
				t.Errorf("Clean(%q) dateline = %q, %q; want %q, %q", tt.in, got.Dateline, got.Date, tt.dateline, tt.date)
			}
			if got.Author != tt.author {
				t.Errorf("Clean(%q).Author = %q, want %q", tt.in, got.Author, tt.author)
			}
			if tt.rules != nil {
				var rules []string
				for _, r := range got.Removed {
					rules = append(rules, r.Rule)
				}
				if diff := cmp.Diff(tt.rules, rules); diff != "" {
					t.Errorf("Clean(%q) removal rules (-want +got):\n%s", tt.in, diff)
				}
			}
		})
	}
}

// seedGold is the part of the gold file that concerns cleaning.
type seedGold struct {
	File        string   `json:"file"`
	Boilerplate []string `json:"boilerplate"`
	MustKeep    []string `json:"must_keep"`
}

func TestClean_Seed(t *testing.T) {
	goldPath := corpus.Path(t, "gold/seed.json")
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(corpus.Path(t, g.File))
	if err != nil {
		t.Fatal(err)
	}
	res := clean.Clean(string(raw), clean.Options{})
	text := dyad.NormalizeText(res.Text)
	for _, s := range g.Boilerplate {
		if strings.Contains(text, dyad.NormalizeText(s)) {
			t.Errorf("clean seed text still holds boilerplate %q", s)
		}
	}
	for _, s := range g.MustKeep {
		if !strings.Contains(text, dyad.NormalizeText(s)) {
			t.Errorf("clean seed text lost %q", s)
		}
	}
	paras := strings.Split(res.Text, "\n")
	if len(paras) != 14 {
		t.Errorf("clean seed text has %d paragraphs, want 14", len(paras))
	}
	// Every raw line that ends in sentence punctuation is a real paragraph
	// and must come through unchanged.
	kept := map[string]bool{}
	for _, p := range paras {
		kept[p] = true
	}
	for _, l := range strings.Split(string(raw), "\n") {
		l = strings.TrimSpace(l)
		if isSentence(l) && !kept[l] {
			t.Errorf("real paragraph lost or changed: %q", l)
		}
	}
	if len(res.Removed) != len(g.Boilerplate) {
		t.Errorf("removed %v, want exactly the %d boilerplate lines", res.Removed, len(g.Boilerplate))
	}
}

// isSentence reports whether a paragraph ends in sentence punctuation
// (after closing quotes) and has at least eight words: a real paragraph.
func isSentence(p string) bool {
	s := strings.TrimRight(p, "\"'’”) ")
	if s == "" || len(strings.Fields(p)) < 8 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// creditMarkers are words that mark a paragraph as a photo caption or a
// credit line, which cleaning may remove even though it ends in a period.
var creditMarkers = []string{"image:", "photo", "getty", "contributed to", "reporting by", "editing by"}

// TestClean_Corpora checks on real news that cleaning keeps every real
// paragraph: each raw paragraph of eight or more words that ends in
// sentence punctuation and is not a caption or credit must be in the clean
// text (the first may lose a dateline prefix).
func TestClean_Corpora(t *testing.T) {
	sets := []struct {
		name string
		dir  string
		min  int
	}{
		{"wikinews", "corpora/wikinews-2019-2020/articles", 295},
		{"bbc", "corpora/bbc-news-2005-politics/politics", 417},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			dir := corpus.Path(t, set.dir)
			files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
			if err != nil {
				t.Fatal(err)
			}
			if len(files) < set.min {
				t.Fatalf("%s: %d files, want %d", set.dir, len(files), set.min)
			}
			var before, after, removed int
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				res := clean.Clean(string(raw), clean.Options{})
				checkKept(t, filepath.Base(f), string(raw), res)
				before += len(clean.Paragraphs(string(raw)))
				after += strings.Count(res.Text, "\n") + 1
				removed += len(res.Removed)
			}
			t.Logf("%s: %d files, %d paragraphs in, %d out, %d removals", set.name, len(files), before, after, removed)
		})
	}
	t.Run("voa", func(t *testing.T) {
		f, err := os.ReadFile(corpus.Path(t, "corpora/voa-2025/voa_stories.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, line := range strings.Split(strings.TrimSpace(string(f)), "\n") {
			var s struct{ Text string }
			if err := json.Unmarshal([]byte(line), &s); err != nil {
				t.Fatal(err)
			}
			n++
			res := clean.Clean(s.Text, clean.Options{})
			checkKept(t, "voa line", s.Text, res)
			// VOA stories are one clean paragraph: only a dateline may go.
			for _, r := range res.Removed {
				if r.Rule != clean.RuleDateline {
					t.Errorf("VOA story %d: removed %v", n, r)
				}
			}
		}
		if n != 89 {
			t.Errorf("VOA: %d stories, want 89", n)
		}
	})
}

func checkKept(t *testing.T, name, raw string, res clean.Result) {
	t.Helper()
	if !utf8.ValidString(res.Text) {
		t.Errorf("%s: clean text is not valid UTF-8", name)
	}
	kept := make(map[string]bool)
	for _, p := range strings.Split(res.Text, "\n") {
		kept[p] = true
	}
	for i, p := range clean.Paragraphs(raw) {
		if !isSentence(p) || kept[p] {
			continue
		}
		lower := strings.ToLower(p)
		credit := false
		for _, m := range creditMarkers {
			credit = credit || strings.Contains(lower, m)
		}
		if credit {
			continue
		}
		if res.Dateline != "" && strings.HasPrefix(res.Text, strings.TrimSpace(strings.TrimPrefix(p, res.Dateline))) {
			continue
		}
		t.Errorf("%s: paragraph %d lost: %q", name, i, p)
	}
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Putin agreed to Ukraine security protections at summit, US envoy says", true},
		{"Labour plans maternity pay rise", true},
		{"‘Big progress’ on Russia, Trump says", true},
		{"Officials said the talks would resume on Monday.", false},
		{"In other results, Leeds beat York 3-1, and Hull drew with Bath", false},
		{"Officials asked anyone with information to contact the police on", false},
		{"Share this @example.com", false},
		{"the talks resumed", false},
		{"- A freeze on fuel duty", false},
	}
	for _, tt := range tests {
		if got := clean.IsHeadline(tt.in); got != tt.want {
			t.Errorf("IsHeadline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLineRule(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Share this @example.com", clean.RuleWidget},
		{"Friday, January 4, 2019", clean.RuleDateline},
		{"Labour plans maternity pay rise", ""},
		{"Advertisement", clean.RuleAd},
	}
	for _, tt := range tests {
		if got := clean.LineRule(tt.in); got != tt.want {
			t.Errorf("LineRule(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
