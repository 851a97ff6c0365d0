package actor_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// Coverage of the four offices most often named in international news —
// head of state, head of government, foreign and defence minister — for
// the G20 members and the EU, every day from 2016 to 2025.

// g20Offices names the titles written in data/people.txt for each office.
var g20Offices = map[string][]string{
	"HOS": {"President", "King", "Queen", "Emperor", "President of the European Council", "European Council President"},
	"HOG": {"Prime Minister", "Chancellor", "Premier", "President of the European Commission", "European Commission President"},
	"FM":  {"Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister", "EU foreign policy chief"},
	"DM":  {"Defence Minister", "Defence Secretary", "Secretary of Defense", "Acting Secretary of Defense", "Armed Forces Minister", "European Commissioner for Defence"},
}

// g20Members are the G20's member states and the EU (code IGOEUR).
var g20Members = []string{"ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND",
	"ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF", "EUR"}

type peopleTenure struct {
	person, code, title string
	from, to            time.Time
}

// tenureDate reads a tenure bound: YYYY, YYYY-MM or YYYY-MM-DD, a partial
// start the first day of its period, a partial end the last.
func tenureDate(s string, end bool) (time.Time, error) {
	if s == "" {
		if end {
			return time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), nil
		}
		return time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC), nil
	}
	switch strings.Count(s, "-") {
	case 0:
		y, err := strconv.Atoi(s)
		if err != nil {
			return time.Time{}, err
		}
		if end {
			return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), nil
		}
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), nil
	case 1:
		d, err := time.Parse("2006-01", s)
		if err != nil {
			return time.Time{}, err
		}
		if end {
			return d.AddDate(0, 1, -1), nil
		}
		return d, nil
	}
	return time.Parse(time.DateOnly, s)
}

// peopleTenures reads every tenure line of data/people.txt with its person's
// canonical name.
func peopleTenures(t *testing.T) []peopleTenure {
	t.Helper()
	p, err := os.ReadFile("data/people.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []peopleTenure
	person := ""
	for line := range strings.Lines(string(p)) {
		if rest, ok := strings.CutPrefix(line, "person "); ok {
			rest, _, _ = strings.Cut(rest, ";")
			name, _, _ := strings.Cut(rest, "|")
			person = strings.TrimSpace(name)
			continue
		}
		if !strings.HasPrefix(line, "  ") || person == "" {
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 3 || !strings.Contains(fields[1], "..") {
			continue
		}
		a, b, _ := strings.Cut(fields[1], "..")
		from, err := tenureDate(a, false)
		if err != nil {
			t.Fatalf("%s: %v", person, err)
		}
		to, err := tenureDate(b, true)
		if err != nil {
			t.Fatalf("%s: %v", person, err)
		}
		out = append(out, peopleTenure{person, fields[0], strings.Join(fields[2:], " "), from, to})
	}
	return out
}

// officeSource says where an office of a member is found: the code and
// office of the tenures that fill it, between from and to ("" open). A
// president who also heads the government fills both offices; a
// Commonwealth realm's head of state is the British monarch.
type officeSource struct {
	code, office, from, to string
}

func g20Sources(member, office string) []officeSource {
	code := member + "GOV"
	if member == "EUR" {
		code = "IGOEUREEC"
	}
	switch {
	case office == "HOG" && strings.Contains("ARG BRA IDN MEX USA ZAF", member):
		return []officeSource{{code, "HOS", "", ""}}
	case office == "HOG" && member == "TUR":
		return []officeSource{{code, "HOG", "", "2018-07-09"}, {code, "HOS", "2018-07-09", ""}}
	case office == "HOG" && member == "SAU":
		// the King chaired the cabinet until the Crown Prince became Prime Minister
		return []officeSource{{code, "HOS", "", "2022-09-27"}, {code, "HOG", "2022-09-27", ""}}
	case office == "HOS" && (member == "AUS" || member == "CAN"):
		return []officeSource{{"GBRGOV", "HOS", "", ""}}
	case office == "DM" && member == "EUR":
		return []officeSource{{code, "DM", "2024-12-01", ""}}
	}
	return []officeSource{{code, office, "", ""}}
}

// g20Gaps are the known stretches of more than a month with no holder of an
// office written in the dictionary: acting or vacant, not a missing entry.
var g20Gaps = map[string][][2]string{
	"ARG DM": {{"2025-12-11", "2025-12-31"}}, // change of minister at the year's end
	"CHN DM": {{"2023-10-25", "2023-12-28"}}, // Li Shangfu removed, Dong Jun not yet named
	"FRA DM": {{"2025-09-10", "2025-10-11"}}, // Lecornu made Prime Minister, caretaker ministry
	"KOR HOS": {
		{"2017-03-11", "2017-05-09"}, // Hwang Kyo-ahn acting after Park's removal
		{"2025-04-05", "2025-06-03"}, // acting presidents after Yoon's removal
	},
	"KOR FM": {{"2025-06-05", "2025-07-20"}}, // acting minister after the change of president
	"KOR DM": {{"2024-12-06", "2025-07-24"}}, // acting minister after the martial-law crisis
	"USA DM": {{"2019-06-24", "2019-07-22"}}, // acting secretaries
}

// g20Holders returns the tenures holding office for member on day, and
// whether the office existed then.
func g20Holders(tenures []peopleTenure, member, office string, day time.Time) (out []peopleTenure, exists bool) {
	for _, src := range g20Sources(member, office) {
		if src.from != "" && day.Before(date(src.from)) || src.to != "" && !day.Before(date(src.to)) {
			continue
		}
		exists = true
		for _, tn := range tenures {
			if tn.code != src.code || day.Before(tn.from) || day.After(tn.to) {
				continue
			}
			for _, title := range g20Offices[src.office] {
				if tn.title == title {
					out = append(out, tn)
				}
			}
		}
	}
	return out, exists
}

// TestCoverage_G20Offices checks every day of 2016–2025 for each G20
// member and office: a stretch of more than a month with no holder fails
// unless it is one of the known gaps (shorter ones are changes of
// government, interim and acting ministers).
func TestCoverage_G20Offices(t *testing.T) {
	tenures := peopleTenures(t)
	start, end := date("2016-01-01"), date("2025-12-31")
	covered, total := 0, 0
	for _, m := range g20Members {
		for _, office := range []string{"HOS", "HOG", "FM", "DM"} {
			key := m + " " + office
			var gapStart time.Time
			report := func(last time.Time) {
				days := int(last.Sub(gapStart).Hours()/24) + 1
				for _, g := range g20Gaps[key] {
					if !gapStart.Before(date(g[0])) && !last.After(date(g[1])) {
						return
					}
				}
				if days > 31 {
					t.Errorf("%s: no holder %s..%s (%d days)", key, gapStart.Format(time.DateOnly), last.Format(time.DateOnly), days)
				}
			}
			for d := start; !d.After(end); d = d.AddDate(0, 0, 1) {
				holders, exists := g20Holders(tenures, m, office, d)
				if !exists {
					continue
				}
				total++
				if len(holders) > 0 {
					covered++
					if !gapStart.IsZero() {
						report(d.AddDate(0, 0, -1))
						gapStart = time.Time{}
					}
				} else if gapStart.IsZero() {
					gapStart = d
				}
			}
			if !gapStart.IsZero() {
				report(end)
			}
		}
	}
	t.Logf("G20 offices 2016–2025: %d of %d office-days covered (%.3f)", covered, total, float64(covered)/float64(total))
	if covered*100 < total*98 {
		t.Errorf("only %d of %d office-days covered", covered, total)
	}
}

// TestCoverage_G20OfficesResolve names the holder of each office on the
// first of January and of July of every year 2016–2025 in an invented
// sentence of that date: the name must be coded as its government (or the
// EU) with a title of that office.
func TestCoverage_G20OfficesResolve(t *testing.T) {
	if testing.Short() {
		t.Skip("resolves some 1,600 sentences")
	}
	tenures := peopleTenures(t)
	r := newResolver(t, actor.Config{})
	seg, err := segment.New(segment.Config{})
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{}
	for office, ts := range g20Offices {
		for _, title := range ts {
			titles[title] = office
		}
	}
	checked := 0
	for y := 2016; y <= 2025; y++ {
		for _, md := range []string{"01-01", "07-01"} {
			day := date(fmt.Sprintf("%d-%s", y, md))
			for _, m := range g20Members {
				for _, office := range []string{"HOS", "HOG", "FM", "DM"} {
					holders, _ := g20Holders(tenures, m, office, day)
					if len(holders) == 0 {
						continue // a known gap, checked by TestCoverage_G20Offices
					}
					h := holders[0]
					checked++
					doc := dyad.NewDocument(&dyad.Article{Text: h.person + " spoke to reporters on Tuesday.", Published: day})
					if err := seg.Process(t.Context(), doc); err != nil {
						t.Fatal(err)
					}
					if err := r.Process(t.Context(), doc); err != nil {
						t.Fatal(err)
					}
					var got *dyad.Actor
					for i := range doc.Mentions {
						if doc.Mentions[i].Text == h.person {
							got = doc.Mentions[i].Actor
						}
					}
					where := fmt.Sprintf("%s %s on %s: %q", m, office, day.Format(time.DateOnly), h.person)
					switch {
					case got == nil:
						t.Errorf("%s: not resolved", where)
					case got.Code != h.code:
						t.Errorf("%s: code %q, want %q", where, got.Code, h.code)
					case titles[got.Role] == "" && len(holdersOf(tenures, h.person, day)) == 1:
						t.Errorf("%s: role %q, want a title of %s", where, got.Role, office)
					}
				}
			}
		}
	}
	if checked < 700 {
		t.Errorf("only %d office holders checked", checked)
	}
	t.Logf("%d office holders resolved", checked)
}

// holdersOf returns person's tenures covering day.
func holdersOf(tenures []peopleTenure, person string, day time.Time) []peopleTenure {
	var out []peopleTenure
	for _, tn := range tenures {
		if tn.person == person && !day.Before(tn.from) && !day.After(tn.to) {
			out = append(out, tn)
		}
	}
	return out
}

// A dictionary name written with a middle initial ("Joseph R. Biden")
// matches the same words in text, period and all, and is dated like any
// other; another initial is not the same name.
func TestCoverage_MiddleInitial(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []datedCase{
		{"InOffice", "Joseph R. Biden met the governors.", "Joseph R. Biden", "2022-06-01", "USAGOV"},
		{"Former", "George W. Bush met the governors.", "George W. Bush", "2019-06-01", "USAELI"},
		{"ActingSecretary", "Christopher C. Miller met the governors.", "Christopher C. Miller", "2021-01-01", "USAGOV"},
		{"ActingSecretaryAfter", "Christopher C. Miller met the governors.", "Christopher C. Miller", "2023-01-01", "USAELI"},
	}
	checkDated(t, r, tests)
	// another initial: not the dictionary's Christopher C. Miller
	doc := run(t, r, "Christopher D. Miller met the governors.", date("2021-01-01"))
	for _, m := range doc.Mentions {
		if m.Actor != nil && m.Actor.Code == "USAGOV" {
			t.Errorf("%q coded %q", m.Text, m.Actor.Code)
		}
	}
}

// Added people (G20 and others in the news) are dated both ways: in office they are their government,
// after their last tenure a former official, even when the text calls them
// "the former" minister.
func TestCoverage_G20AddedPeople(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []datedCase{
		{"ItalyDefenceDuring", "Roberta Pinotti inspected the troops.", "Roberta Pinotti", "2017-03-01", "ITAGOV"},
		{"ItalyDefenceAfter", "Roberta Pinotti, the former defence minister, inspected the troops.", "Roberta Pinotti", "2020-03-01", "ITAELI"},
		{"KoreaForeignDuring", "Yun Byung-se met his Japanese counterpart.", "Yun Byung-se", "2016-06-01", "KORGOV"},
		{"KoreaForeignAfter", "Yun Byung-se, the former foreign minister, spoke at the forum.", "Yun Byung-se", "2019-06-01", "KORELI"},
		{"MexicoForeignDuring", "Luis Videgaray met the secretary of state.", "Luis Videgaray", "2018-03-01", "MEXGOV"},
		{"MexicoForeignAfter", "Luis Videgaray, the former foreign secretary, taught a class.", "Luis Videgaray", "2021-03-01", "MEXELI"},
		{"GermanyPresidentDuring", "Joachim Gauck visited Warsaw.", "Joachim Gauck", "2016-06-01", "DEUGOV"},
		{"GermanyPresidentAfter", "Joachim Gauck visited Warsaw.", "Joachim Gauck", "2018-06-01", "DEUELI"},
		{"TurkeyDefenceDuring", "Fikri Işık visited the border.", "Fikri Işık", "2016-09-01", "TURGOV"},
		{"TurkeyDefenceBefore", "Nurettin Canikli visited the border.", "Nurettin Canikli", "2016-09-01", "TUR"},
		{"UNICEFDuring", "Anthony Lake warned of famine.", "Anthony Lake", "2016-06-01", "IGOUNOKID"},
		{"PolandDefenceDuring", "Antoni Macierewicz visited the base.", "Antoni Macierewicz", "2017-03-01", "POLGOV"},
		{"PolandDefenceAfter", "Antoni Macierewicz, the former defence minister, visited the base.", "Antoni Macierewicz", "2019-03-01", "POLELI"},
		{"EgyptDefenceDuring", "Sedki Sobhi met the delegation.", "Sedki Sobhi", "2017-03-01", "EGYGOV"},
		{"EgyptDefenceBefore", "Sedki Sobhi met the delegation.", "Sedki Sobhi", "2012-03-01", "EGY"},
		{"WFPAfter", "Ertharin Cousin warned of famine.", "Ertharin Cousin", "2019-06-01", ""}, // a former IGO head has no country
	}
	checkDated(t, r, tests)
}

// igoHeads are the IGO offices whose holders 2016–2025 are all written in
// data/people.txt: code and title of the tenure.
var igoHeads = []struct{ code, title string }{
	{"IGOUNO", "UN Secretary-General"},
	{"IGOUNOHRI", "UN High Commissioner for Human Rights"},
	{"IGOUNOREF", "UN High Commissioner for Refugees"},
	{"IGOUNOKID", "UNICEF Executive Director"},
	{"IGOUNOHLH", "WHO Director-General"},
	{"IGOUNOAGR", "WFP Executive Director"},
	{"IGOUNOIAE", "IAEA Director General"},
	{"IGOWSTNAT", "NATO Secretary General"},
	{"IGOEUREEC", "President of the European Commission"},
	{"IGOEUREEC", "President of the European Council"},
	{"IGOEUREEC", "EU foreign policy chief"},
	{"IGOMEAARL", "Arab League Secretary-General"},
	{"IGOBUSOPC", "OPEC Secretary General"},
	{"IGOBUSIMF", "IMF Managing Director"},
	{"IGOBUSWBK", "World Bank President"},
	{"IGOBUSWTO", "WTO Director-General"},
	{"IGOJUD", "ICC Prosecutor"},
	{"IGOCOPITP", "Interpol Secretary General"},
}

// TestCoverage_IGOHeads checks that each of the main IGO offices has a
// holder on all but a few weeks of 2016–2025 (interim heads are written
// with their own titles: the IAEA's after Amano's death, the World Bank's
// and the WTO's between directors).
func TestCoverage_IGOHeads(t *testing.T) {
	tenures := peopleTenures(t)
	start, end := date("2016-01-01"), date("2025-12-31")
	for _, o := range igoHeads {
		uncovered := 0
		for d := start; !d.After(end); d = d.AddDate(0, 0, 1) {
			held := false
			for _, tn := range tenures {
				if tn.code == o.code && strings.TrimPrefix(tn.title, "Acting ") == o.title && !d.Before(tn.from) && !d.After(tn.to) {
					held = true
					break
				}
			}
			if !held {
				uncovered++
			}
		}
		if uncovered > 200 {
			t.Errorf("%s %s: %d days of 2016–2025 with no holder", o.code, o.title, uncovered)
		}
	}
}
