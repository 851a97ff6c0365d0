package actor_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/nlp/actor"
	"github.com/dyad-events/dyad/internal/nlp/segment"
)

// runArticle segments and resolves a whole article (with its outlet and
// dateline).
func runArticle(tb testing.TB, r *actor.Resolver, a *dyad.Article) *dyad.Document {
	tb.Helper()
	doc := dyad.NewDocument(a)
	seg, err := segment.New(segment.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	if err := seg.Process(tb.Context(), doc); err != nil {
		tb.Fatal(err)
	}
	if err := r.Process(tb.Context(), doc); err != nil {
		tb.Fatal(err)
	}
	checkMentions(tb, doc)
	return doc
}

// TestResolver_DocumentCountry checks that bare titles, institutions and
// sector nouns take the document's country: from the dateline, the
// outlet, or the countries the article names.
func TestResolver_DocumentCountry(t *testing.T) {
	r := newResolver(t, actor.Config{})
	tests := []struct {
		name, outlet, dateline, text, day, mention, code string
	}{
		{"Outlet", "bbc.co.uk", "", "The government said police would act.", "2005-03-01", "The government", "GBRGOV"},
		{"OutletPolice", "https://news.bbc.co.uk/1/hi/uk/1.stm", "", "The government said police would act.", "2005-03-01", "police", "GBRCOP"},
		{"OutletTLD", "example.com.au", "", "Protesters marched on Sunday.", "2020-03-01", "Protesters", "AUSOPP"},
		{"Dateline", "voanews.com", "NAIROBI, Kenya —", "The government said the army would act.", "2020-03-01", "the army", "KENMIL"},
		{"Majority", "", "", "Kenya and Uganda talked. Kenya said the government was ready.", "2020-03-01", "the government", "KENGOV"},
		{"MajorityLater", "", "", "The government said lawmakers would vote. Kenya's opposition objected; Kenya has a new law.", "2020-03-01", "The government", "KENGOV"},
		{"TitleUnknownName", "bbc.co.uk", "", "Prime Minister Jonas Petrauskas spoke.", "2005-03-01", "Prime Minister Jonas Petrauskas", "GBRGOV"},
		{"BareTitle", "bbc.co.uk", "", "The Home Secretary said no.", "2025-03-01", "The Home Secretary", "GBRGOV"},
		{"HouseOfLords", "", "", "The House of Lords voted.", "2005-03-01", "House of Lords", "GBRLEG"},
		{"ScottishExecutive", "", "", "The Scottish Executive said no.", "2005-03-01", "Scottish Executive", "GBRGOV"},
		{"OfCountry", "bbc.co.uk", "", "The Parliament of Norway voted.", "2005-03-01", "Parliament of Norway", "NORLEG"},
		{"RoleOfCountry", "bbc.co.uk", "", "The foreign minister of Chile met reporters.", "2005-03-01", "The foreign minister", "CHLGOV"},
		{"RoleOfCountryKeepsCountry", "bbc.co.uk", "", "The foreign minister of Chile met reporters.", "2005-03-01", "Chile", "CHL"},
		{"SentenceCountry", "voanews.com", "WASHINGTON —", "Senators met. Turkish President Recep Tayyip Erdogan said his army would press on.", "2019-10-15", "his army", "TURMIL"},
		{"UnknownPerson", "voanews.com", "NAIROBI, Kenya —", "\"It was untimely,\" said Amos Wekesa, who lives nearby.", "2020-03-01", "Amos Wekesa", "KEN"},
		{"UnknownPersonShortForm", "voanews.com", "NAIROBI, Kenya —", "Kenneth Wekesa said on Monday that it was untimely. On Tuesday, Wekesa said he was surprised.", "2020-03-01", "Wekesa", "KEN"},
		{"InternationalBroadcaster", "https://www.voanews.com/a/kenya/1.html", "", "A Kenyan court ruled on Monday. Judge Amos Wekesa said the law was clear.", "2020-03-01", "Judge Amos Wekesa", "KENJUD"},
		{"OrgOfCapital", "", "", "Students at the University of Nairobi marched.", "2020-03-01", "University of Nairobi", "KENEDU"},
		{"OutletNamedNoVote", "", "", "Zimbabwe jailed him. His lawyer told VOA and CNN he was waiting for the High Court.", "2025-03-01", "the High Court", "ZWEJUD"},
		{"RoleApposition", "", "", "Zimbabwe jailed him. Tendai Moyo, spokesman for the group, objected.", "2025-03-01", "Tendai Moyo", "ZWE"},
		{"Colleague", "", "", "Zimbabwe jailed him. He and his colleague Tendai Chidi were arrested.", "2025-03-01", "his colleague Tendai Chidi", "ZWE"},
		{"LowerTitleUnknownName", "", "", "In an interview, federal lawmaker Abdi Hassan Warsame said Somalia would vote.", "2020-03-01", "lawmaker Abdi Hassan Warsame", "SOMLEG"},
		{"JudgeBench", "", "NAIROBI, Kenya —", "The three-judge bench ruled on Thursday.", "2024-10-31", "The three-judge bench", "KENJUD"},
		{"ModifierWins", "bbc.co.uk", "", "The Kenyan government said no.", "2020-03-01", "The Kenyan government", "KENGOV"},
		{"CountryInOrgNameVotes", "", "", "Donors to Reclaim Moldova met on Monday. The government said no.", "2020-03-01", "The government", "MDAGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &dyad.Article{Text: tt.text, Published: date(tt.day), Dateline: tt.dateline}
			if len(tt.outlet) > 8 && tt.outlet[:8] == "https://" {
				a.URL = tt.outlet
			} else {
				a.Outlet = tt.outlet
			}
			doc := runArticle(t, r, a)
			m := find(doc, tt.mention)
			if m == nil || m.Actor == nil {
				t.Fatalf("no coded mention %q: %s", tt.mention, dump(doc))
			}
			if m.Actor.Code != tt.code {
				t.Errorf("%q code = %q, want %q (%s)", tt.mention, m.Actor.Code, tt.code, dump(doc))
			}
		})
	}
	t.Run("DescriptionBySynonym", func(t *testing.T) {
		// "home secretary" is a synonym of the role titled "Interior
		// Minister"; the dictionary names Clarke "Home Secretary".
		doc := runArticle(t, r, &dyad.Article{Text: "The Home Secretary said no. Jack Straw, the foreign secretary, agreed.", Published: date("2005-03-01"), Outlet: "bbc.co.uk"})
		for text, want := range map[string]string{"The Home Secretary": "Charles Clarke", "the foreign secretary": "Jack Straw"} {
			m := find(doc, text)
			if m == nil || m.Actor == nil || m.Actor.Name != want || m.Actor.Code != "GBRGOV" {
				t.Errorf("%q should be %s GBRGOV: %s", text, want, dump(doc))
			}
		}
	})
	t.Run("AmbiguousSurname", func(t *testing.T) {
		// In 2006 John Reid (Home Secretary, GBRGOV) and Harry Reid
		// (Senate Democratic leader, USALEG) were both in office.
		for _, tt := range []struct{ outlet, name string }{{"bbc.co.uk", "John Reid"}, {"nytimes.com", "Harry Reid"}, {"", "John Reid"}} {
			doc := runArticle(t, r, &dyad.Article{Text: "Reid said no.", Published: date("2006-06-01"), Outlet: tt.outlet})
			if m := find(doc, "Reid"); m == nil || m.Actor == nil || m.Actor.Name != tt.name {
				t.Errorf("Reid in %q = %s, want %s", tt.outlet, dump(doc), tt.name)
			}
		}
	})
	t.Run("NoCountryNoMention", func(t *testing.T) {
		doc := runArticle(t, r, &dyad.Article{Text: "The government said no.", Published: date("2020-03-01")})
		if m := find(doc, "The government"); m != nil {
			t.Errorf("bare institution without any country: %s", dump(doc))
		}
	})
	t.Run("SurnameClash", func(t *testing.T) {
		// A different first name: not the dictionary's McConnell.
		doc := runArticle(t, r, &dyad.Article{Text: "Jack McConnell spoke in Edinburgh. McConnell said no.", Published: date("2005-03-01")})
		for _, m := range doc.Mentions {
			if m.Text == "McConnell" && m.Actor != nil && m.Actor.Name != "Jack McConnell" {
				t.Errorf("McConnell = %+v, want Jack McConnell", *m.Actor)
			}
		}
	})
}

// TestResolver_LocalBodyCountry checks that courts, police and
// legislatures named without a country take the country their own
// paragraph names, not the country the whole article names most, and
// that national actors (lawmakers) keep the article's.
func TestResolver_LocalBodyCountry(t *testing.T) {
	r := newResolver(t, actor.Config{})
	const elsewhere = "Kenya's president said on Monday that Nairobi would not yield. Kenyan officials accused Uganda of meddling. Kenya has denied the claims, and Kenya's parliament backed the president.\n\n"
	tests := []struct {
		name, text, mention, code string
	}{
		{"CourtInPlaceParagraph", elsewhere + "Meanwhile in Oregon, a judge blocked the new rule. The court said the rule was unlawful.", "The court", "USAJUD"},
		{"PoliceInPlaceParagraph", elsewhere + "In Ohio, officers blocked the road. Police arrested two drivers.", "Police", "USACOP"},
		{"LegislatureInPlaceParagraph", elsewhere + "In Oregon, the state legislature vowed to appeal.", "legislature", "USALEG"},
		{"NamedCourtPreviousSentence", elsewhere + "A ruling in Oregon surprised lawyers. The Court of Appeals said the rule was unlawful.", "Court of Appeals", "USAJUD"},
		{"DocumentCountryInParagraph", elsewhere + "In Nairobi and Oregon, rallies went on. Police arrested two drivers.", "Police", "KENCOP"},
		{"NoPlaceKeepsDocument", elsewhere + "Police arrested two drivers on Tuesday.", "Police", "KENCOP"},
		{"OtherParagraphIgnored", "Officials in Oregon met.\n\n" + elsewhere + "Police arrested two drivers on Tuesday.", "Police", "KENCOP"},
		{"NationalityIsNoPlace", elsewhere + "The driver, who is Ugandan, was charged. Police said he fled.", "Police", "KENCOP"},
		{"LawmakersStayNational", elsewhere + "Ugandan troops crossed the border. Opposition lawmakers demanded a vote.", "Opposition lawmakers", "KENOPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runArticle(t, r, &dyad.Article{Text: tt.text, Published: date("2024-05-01")})
			m := find(doc, tt.mention)
			if m == nil || m.Actor == nil {
				t.Fatalf("no coded mention %q: %s", tt.mention, dump(doc))
			}
			if m.Actor.Code != tt.code {
				t.Errorf("%q code = %q, want %q (%s)", tt.mention, m.Actor.Code, tt.code, dump(doc))
			}
		})
	}
}
