// Package place is the places stage of the dyad pipeline: it finds place
// names in an article's sentences, resolves each to a gazetteer entry
// (internal/gazetteer) and adds them to Document.Places.
//
// Recognition looks for runs of capitalised tokens (with connectors such
// as "de", "of", "and": "Rio de Janeiro", "Strait of Hormuz") and takes the
// longest run the gazetteer knows. It skips demonyms ("Ukrainian"), words
// that are mostly common English words when they start a sentence, and
// names inside longer names of people and organisations ("George
// Washington", "Washington Post", "President Lincoln"), relatives ("his
// wife, Dora"), and words the actors stage knows elsewhere in the article
// as an organisation ("the Taliban") or, for small towns, as a person.
// Places inside local institutions' names are places ("Leeds police",
// "the Government of Alberta", "Manitoba Premier Brian Pallister"), and
// so are legislators' homes ("D-Iowa City") and state abbreviations used
// as modifiers ("Mass. legislators").
//
// Countries named as actors are not places: a country name is kept only
// where the syntax makes it a location ("in Ukraine", "occupied Ukraine",
// "parts of Ukraine", "Kharkiv, Ukraine"), not as a subject, possessive
// or modifier ("Russia absorbed", "Ukraine's borders", "US envoy"),
// except a possessive border that something lies on ("close to Iran's
// border", "along Syria's border").
// In a list, a country follows the list's head ("in Spain, Greece and
// Italy", "destinations including Spain"; but "Russia, China and Iran
// said", "rogue states such as Iran").
// A country after a locative word stays a place before an adverb or a
// function word ("in Peru initially", "born in Italy around 1564"),
// not before the institution it names ("filed in the U.S. District
// Court", "within the U.S. Treasury Department"), nor after what a
// state says or pledges and "from" ("assurances from the US", "a
// warning from Iran"), and
// so does one after a land adjective whatever follows ("from northern
// France opens").
// A country is a place too where things happen to it ("Nigeria is seeing
// a wave of kidnappings", "Pakistan has seen a rise"), where a copula
// makes it one ("Morocco would be one place which", "Chile, Peru and
// Bolivia are the countries where"), after an office's
// "of" ("the President of Burundi", "the government of Iraq") and after
// "borders with", "out of" ("wines coming out of France"), an attack's
// "on" ("the attacks on the US") and a county's full name and comma
// ("Lamu County, Kenya"); not after officials' "from" ("officials from
// Japan", "Officials, including those from Japan").
// An unknown name between a city's possessive and a neighbourhood's
// noun is a part of the city, placed at it ("Nairobi's crowded Kibera
// slum").
// Sub-national places and regions are places whatever their syntax, and
// so are dependent territories (data/territories.tsv: "Puerto Rico's
// governor").
// Capitals used for their governments ("Moscow's thinking", "Kyiv ceding",
// "Washington said") are kept with Metonymic set. Buildings that stand for
// institutions (White House, Kremlin, Oval Office) are not places, nor
// are names of companies, wars, treaties, storms and diseases that hold
// a place's name ("Mahan Air", "the Gulf War", "the Dayton accords",
// "Tropical Storm Florence", "Huntington's disease"), nor climate
// patterns ("El Niño"), nor ships ("the INS Imphal", "USS Boston"); a
// lower-case compass adjective before a world region names the part the
// gazetteer has ("southern Africa", "eastern Europe"); a company's name
// before a landform's noun is the
// land ("the Amazon rainforest"); nor a small town's
// name before a hall's word ("the Webb Center"), nor a town's before a
// park's or farm's ("Griffith Park", "Ridge Farm"). A town's name before
// an institution's word ("Foley Middle School", "at Lipscomb
// University") needs the article's support as a lone town does, up to
// 100,000 people.
//
// Creeks, lakes, parks, valleys and airports the gazetteer lacks ("Lake
// Lanier", "Shawnee Park in Louisville") are places at the town the
// story names beside them (feature.go).
//
// Resolution scores each reading of a name by its population and rank
// (country, capital, admin seat …), by the countries and first-level
// regions the rest of the article names ("Paris" is Paris, Texas, in an
// article about Texas; a small town more so where the article names its
// state itself, "Nebraska", the more the more often against other states
// named, unless the name is also a state's, a country's or a city's of
// 100,000; the region of the dateline, which cleaning takes out of the
// text, "PARIS, Mo. —", counts as a name of the article), and by local
// cues ("Paris, Texas", "Washington
// state", "the Iraqi city of Irbil"). The article's majority country
// counts against towns abroad that nothing else supports; names whose
// readings lie close together choose each other ("Huntsville" beside
// "Walker County"); a name that is a state and a city is the state
// before a state's office or border ("New York Gov. Andrew Cuomo", "the
// New York border", "New York's attorney general") and in a list of
// states ("Missouri, New York, North Carolina and Virginia"), whatever
// the region of the city of that name gets from other names
// ("Virginia, Washington and Washington, D.C."), and names
// that decide each other are revisited one
// at a time until they agree ("Albany" beside "the Georgia Bureau of
// Investigation" is Albany, Georgia, and Georgia the state); the
// outlet's town ("richmondregister.com") counts for the names near it
// as much as a name of their region would ("Dublin" in a Columbus
// paper is Dublin, Ohio), not for its own name, and of several towns
// the host names ("norfolk") the one most names lie close to; a one-word town of up
// to 300,000 people that nothing in the article supports (no local cue,
// no dateline, no other name in its region or close by, while other
// names place the story elsewhere in its country, or in another country
// altogether) is left unplaced, being more often a person's name
// ("killing Welch", "the Denton family", but "a Welch man", "in
// downtown Welch", "618 Main Street, Welch", "from Denton to Lexington"
// and "the cities of Seville and Ceuta" are the town); a town abroad of
// fewer than 50,000 people (or a district of a city abroad) in a story
// set in one other country needs a local cue whatever its preposition
// ("met in Tara" in a Texas story); a
// village named like a city of its country thirty times its size needs
// a local cue or neighbours ("Boston" beside "Albany" is Boston,
// Massachusetts, not Boston, New York); a town of fewer than 50,000
// people that only its country's mention supports yields to a city
// abroad five times its size and of 100,000 or more ("Geneva" in a
// story that names the United States once is Geneva, Switzerland); and
// so is a province or county abroad in a story set in one other country
// ("Brittany" in a Virginia court story, "Angus" cattle in a Missouri
// one); the outlet's country-code domain votes for its country, for its
// cities of 100,000 ("London" in a Canadian paper) and, less, for its
// smaller towns and counties ("Edmonton" in a north London paper), none
// named like a province ("Quebec"); where the outlet names no country, the article's
// currency sign votes for one as the outlet's domain would ("$765,000"
// for the United States, "£" for Britain; not "C$" or "A$"); a small
// town named like a country or a large
// region needs a local cue ("Italy" is the country, "Italy, Texas" the
// town) unless the outlet's host name holds it; and names in a list
// ending in "counties" read as counties, known alone or not ("Douglas,
// Sarpy and Lancaster counties"), common words among them too ("Jackson
// and Barrow counties"), and so does a county's bare name the gazetteer
// lacks where the article names the county in full ("Gwinnett" beside
// "Gwinnett County"); a county before a comma and a state takes the
// state ("DeKalb County, Ga."). US and Canadian abbreviations ("Kan.", "W. Va.", "B.C.", "KY"
// after a comma, "D-S.C.") are read as the state or province, never as
// towns, also where the gazetteer holds town and abbreviation as one
// name ("Washington, D.C." is Washington and D.C.); "Co." is "County"
// where only a place fits ("in Loudon Co.", "a Loudon Co. man", not
// "including Crane Co., which"). A town named before its region that the gazetteer lacks there
// ("Churchill, Man.") is left unplaced, and so is the same name
// elsewhere in the story without a cue of its own; so is a country
// named as a town in a story set in another country ("the city of
// Turkey" in a Texas story, and "returns to Turkey" there).
package place

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/gazetteer"
)

// Name is the stage's registry name.
const Name = "places"

// Config configures the stage. The zero value is ready to use.
type Config struct {
	// Gazetteer overrides the embedded gazetteer; nil means
	// gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// ActorCountries keeps country names used as actors ("Russia said")
	// as places, as geoparsing corpora that tag every toponym expect.
	ActorCountries bool
	// Logger receives debug logs; nil means slog.Default().
	Logger *slog.Logger
}

// Geocoder is the places stage. It is safe for concurrent use.
type Geocoder struct {
	g              *gazetteer.Gazetteer
	actorCountries bool
	logger         *slog.Logger
}

var _ dyad.Stage = (*Geocoder)(nil)

// New returns a Geocoder. It loads the embedded gazetteer on first use
// (one scan of the embedded text, BenchmarkLoad in internal/gazetteer) and
// returns an error when it is corrupt.
func New(cfg Config) (*Geocoder, error) {
	g := cfg.Gazetteer
	if g == nil {
		var err error
		if g, err = gazetteer.Default(); err != nil {
			return nil, fmt.Errorf("places: %w", err)
		}
	}
	l := cfg.Logger
	if l == nil {
		l = slog.Default()
	}
	return &Geocoder{g: g, actorCountries: cfg.ActorCountries, logger: l}, nil
}

// Name returns the stage name.
func (s *Geocoder) Name() string { return Name }

// Process appends the article's places to doc.Places, in text order. It
// needs doc.Sentences with tokens (the segment stage) and uses
// doc.Mentions of people and organisations when the actors stage ran.
func (s *Geocoder) Process(ctx context.Context, doc *dyad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if doc.Article == nil {
		return dyad.Errorf(dyad.CodeInvalid, "places: document has no article")
	}
	a := &article{s: s, text: doc.Article.Text, sents: doc.Sentences, mentions: doc.Mentions,
		outletCC: s.outletCountry(doc.Article.Outlet), outletHost: outletHost(doc.Article.Outlet),
		datelineText: doc.Article.Dateline}
	a.recognize()
	a.resolve()
	doc.Places = append(doc.Places, a.places()...)
	return nil
}

// Places returns the places in text given its sentences (with tokens)
// and, optionally, the actors stage's mentions. Spans are byte offsets
// into text; the result is new and owned by the caller.
func (s *Geocoder) Places(text string, sents []dyad.Sentence, mentions []dyad.Mention) []dyad.Place {
	a := &article{s: s, text: text, sents: sents, mentions: mentions}
	a.recognize()
	a.resolve()
	return a.places()
}

// places returns the article's places, names and local features, in
// text order.
func (a *article) places() []dyad.Place {
	out := a.output()
	fs := a.features()
	if len(fs) == 0 {
		return out
	}
	out = append(out, fs...)
	slices.SortStableFunc(out, func(x, y dyad.Place) int { return x.Start - y.Start })
	return out
}

// outletHost returns the outlet's host name in lower case
// ("www.palestineherald.com"), or its name when it is no URL.
func outletHost(outlet string) string {
	o := strings.ToLower(strings.TrimSpace(outlet))
	if i := strings.Index(o, "://"); i >= 0 {
		o = o[i+3:]
	}
	if i := strings.IndexAny(o, "/:"); i >= 0 {
		o = o[:i]
	}
	return o
}

// vanityTLDs are country-code domains used by outlets anywhere.
var vanityTLDs = set(`ai am co fm io ly me tv ws cc la gg to`)

// outletCountry returns the alpha-2 code of the country whose domain the
// outlet's name ends in ("thestar.co.uk" → "GB", "cbc.ca" → "CA"), "" for
// generic domains (.com, .org) and for names that are not domains.
func (s *Geocoder) outletCountry(outlet string) string {
	o := outletHost(outlet)
	dot := strings.LastIndexByte(o, '.')
	if dot < 0 || len(o)-dot != 3 {
		return ""
	}
	tld := o[dot+1:]
	if vanityTLDs[tld] {
		return ""
	}
	if tld == "uk" {
		tld = "gb"
	}
	cc := strings.ToUpper(tld)
	if _, ok := s.g.Country(cc); !ok {
		return ""
	}
	return cc
}
