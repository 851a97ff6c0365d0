package dyad

// Place precisions, from coarse to fine.
const (
	PrecisionRegion  = "region"  // a multi-country or non-administrative region (Middle East, Donbas)
	PrecisionCountry = "country" // a country
	PrecisionAdmin1  = "admin1"  // a first-level administrative division (state, province, oblast)
	PrecisionCity    = "city"    // a populated place
)

// Place is a place mention resolved to coordinates.
type Place struct {
	Span
	// Text is Article.Text[Start:End].
	Text string `json:"text"`
	// Name is the gazetteer's name for the place.
	Name string `json:"name"`
	// Country is the ISO 3166 alpha-3 code, "" for places spanning
	// countries.
	Country string `json:"country,omitempty"`
	// Admin1 is the first-level region code or name, where known.
	Admin1 string  `json:"admin1,omitempty"`
	Lat    float64 `json:"lat"`
	Lon    float64 `json:"lon"`
	// GeonamesID is the GeoNames feature ID, 0 when the place is not from
	// GeoNames.
	GeonamesID int `json:"geonames_id,omitempty"`
	// FeatureClass is the GeoNames feature class (P populated place, A
	// administrative area, L region or park, H water, S building) or ""
	// when unknown.
	FeatureClass string `json:"feature_class,omitempty"`
	// Precision is one of the Precision* constants.
	Precision string `json:"precision"`
	// Metonymic marks a place name used for an actor ("Kyiv rejected"):
	// it is kept as a place but is not an event location.
	Metonymic bool `json:"metonymic,omitempty"`
}
