package actor

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Name is the stage's registry name.
const Name = "actors"

// Config configures the stage. The zero value uses the built-in
// dictionaries.
type Config struct {
	// DictFiles are extra dictionaries in dyad's format
	// (docs/dictionaries.md), loaded after the built-in ones, so their
	// entries win on equal phrases.
	DictFiles []string
	// PetrarchActorFiles and PetrarchAgentFiles are PETRARCH/TABARI actor
	// and agent dictionaries, read unchanged (".gz" files are gunzipped).
	PetrarchActorFiles []string
	PetrarchAgentFiles []string
	// NoBuiltin leaves out the built-in countries, organisations, roles
	// and people, so only the files above are used (as for the PETRARCH
	// validation suite). The grammar words stay.
	NoBuiltin bool
	// NoNER turns off the named-entity layer for names in no dictionary.
	NoNER bool
	// Logger receives load-time diagnostics; nil means slog.Default().
	Logger *slog.Logger
}

// Resolver is the actors stage. It is safe for concurrent use.
type Resolver struct {
	d      *dict
	noNER  bool
	theID  int32
	possID int32
	// anaphorIDs are the word ids of anaphorWords, when the dictionary
	// has all of them (anaphorIDsOK): a token with another id is none.
	anaphorIDs   [len(anaphorWords)]int32
	anaphorIDsOK bool
	pool         sync.Pool
}

var _ dyad.Stage = (*Resolver)(nil)

// New compiles the dictionaries cfg names and returns a Resolver. A bad
// dictionary entry is reported as an error naming the file and line
// (*ParseError or *petrarch.ParseError).
func New(cfg Config) (*Resolver, error) {
	d, err := build(cfg)
	if err != nil {
		return nil, err
	}
	r := &Resolver{d: d, noNER: cfg.NoNER}
	r.theID = d.table.id("the")
	r.possID = d.table.id("'s")
	r.anaphorIDsOK = true
	for i, w := range anaphorWords {
		r.anaphorIDs[i] = d.table.id(w)
		r.anaphorIDsOK = r.anaphorIDsOK && r.anaphorIDs[i] >= 0
	}
	r.pool.New = func() any { return new(state) }
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	logger.Debug("actor dictionaries loaded", "stage", Name, "entities", len(d.entities), "roles", len(d.roles), "words", len(d.table.words))
	return r, nil
}

// Name returns the stage name.
func (r *Resolver) Name() string { return Name }

// Stats reports the sizes of the compiled dictionaries.
type Stats struct {
	Entities, People, Roles, Phrases, Words int
}

// Stats returns the sizes of the compiled dictionaries.
func (r *Resolver) Stats() Stats {
	s := Stats{Entities: len(r.d.entities), Roles: len(r.d.roles), Words: len(r.d.table.words)}
	for i := range r.d.entities {
		if r.d.entities[i].person {
			s.People++
		}
	}
	for _, p := range r.d.payloads {
		s.Phrases += len(p)
	}
	return s
}

// Process sets doc.Mentions from doc.Sentences (which the segment stage
// fills), replacing any mentions already there. Mentions are sorted by
// start offset and do not overlap. People are resolved on the article's
// publication date. It also sets doc.Actors, the distinct actors of the
// mentions (dyad.Entities).
func (r *Resolver) Process(ctx context.Context, doc *dyad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	st := r.pool.Get().(*state)
	defer r.pool.Put(st)
	st.reset(doc.Article.Text, dayOf(doc.Article))
	st.words = r.d.table.words
	st.vote(r.d.datelineCountry(doc.Article.Dateline), datelineVotes)
	st.vote(outletCountry(doc.Article.Outlet, doc.Article.URL), outletVotes)
	for si := range doc.Sentences {
		r.sentence(st, int32(si), &doc.Sentences[si])
	}
	st.statedNationality()
	st.describedNationality()
	st.fillDefaults()
	st.undatedTitles()
	st.dropOrphans()
	doc.Mentions = st.emit()
	doc.Actors = dyad.Entities(doc.Mentions)
	return nil
}

// boundary reports whether i is on a UTF-8 character boundary of text
// (invalid input can put a token's end before a stray continuation byte).
func boundary(text string, i int) bool {
	return i == 0 || i == len(text) || utf8.RuneStart(text[i])
}

// dayOf returns the article's publication date as yyyymmdd, 0 if unknown.
func dayOf(a *dyad.Article) int32 {
	if a.Published.IsZero() {
		return 0
	}
	t := a.Published.In(a.Location())
	return int32(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// undatedTitles gives, in an article without a date, every mention of a
// dictionary person the office a title in the text gives them ("Donald
// Trump … President Trump"): with no date, a person's bare name has only
// their country (entity.resolve), and the title is the text's evidence
// of which tenure it means. A person titled with two offices keeps the
// country.
func (st *state) undatedTitles() {
	if st.day != 0 {
		return
	}
	var titled map[string]int
	for i := range st.drafts {
		d := &st.drafts[i]
		if !d.person || !d.hasHead || d.source != "dict" || d.actor.Name == "" || d.actor.Sector == "" {
			continue
		}
		if titled == nil {
			titled = map[string]int{}
		}
		if j, ok := titled[d.actor.Name]; ok && (j < 0 || st.drafts[j].actor.Code != d.actor.Code) {
			titled[d.actor.Name] = -1
			continue
		}
		titled[d.actor.Name] = i
	}
	if titled == nil {
		return
	}
	for i := range st.drafts {
		d := &st.drafts[i]
		if !d.person || d.actor.Name == "" || d.actor.Sector != "" || d.actor.Code != d.actor.Country {
			continue
		}
		if j, ok := titled[d.actor.Name]; ok && j >= 0 {
			d.actor = st.drafts[j].actor
		}
	}
}

// byPosition orders drafts a and b by start, the longer first.
func (st *state) byPosition(a, b int32) int {
	x, y := &st.drafts[a], &st.drafts[b]
	if x.span.Start != y.span.Start {
		return x.span.Start - y.span.Start
	}
	return y.span.End - x.span.End
}

// emit turns the drafts into mentions sorted by start, dropping overlaps
// (the earlier, longer one stays) and remapping antecedents.
func (st *state) emit() []dyad.Mention {
	n := len(st.drafts)
	order := st.order[:0]
	for i := 0; i < n; i++ {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, st.byPosition)
	st.order = order
	newIdx := st.newIdx[:0]
	for i := 0; i < n; i++ {
		newIdx = append(newIdx, -1)
	}
	st.newIdx = newIdx
	// First which drafts survive, so that every slice below is
	// allocated once at its exact size.
	lastEnd := -1
	kept, nCoded, nHeads, nParts, nAnte := 0, 0, 0, 0, 0
	for _, di := range order {
		d := &st.drafts[di]
		if d.span.Start < 0 || d.span.Start < lastEnd || !boundary(st.text, d.span.Start) || !boundary(st.text, d.span.End) {
			continue
		}
		lastEnd = d.span.End
		newIdx[di] = int32(kept)
		kept++
		if d.coded {
			nCoded++
		}
		if d.hasHead {
			nHeads++
		}
		nParts += d.nparts
	}
	for _, di := range order {
		if d := &st.drafts[di]; newIdx[di] >= 0 && d.ante >= 0 && newIdx[d.ante] >= 0 {
			nAnte++
		}
	}
	out := make([]dyad.Mention, kept)
	actors := make([]dyad.Actor, 0, nCoded)
	heads := make([]dyad.Span, 0, nHeads)
	var parts []dyad.Part
	if nParts > 0 {
		parts = make([]dyad.Part, 0, nParts)
	}
	antes := make([]int, nAnte)
	for _, di := range order {
		j := newIdx[di]
		if j < 0 {
			continue
		}
		d := &st.drafts[di]
		m := &out[j]
		*m = dyad.Mention{Span: d.span, Text: st.text[d.span.Start:d.span.End], Kind: d.kind, Source: d.source}
		if d.coded {
			actors = append(actors, d.actor)
			m.Actor = &actors[len(actors)-1]
		}
		if d.hasHead {
			heads = append(heads, d.head)
			m.Head = &heads[len(heads)-1]
		}
		if d.nparts > 0 {
			k := len(parts)
			parts = append(parts, d.parts[:d.nparts]...)
			m.Parts = parts[k:len(parts):len(parts)]
		}
		if d.ante >= 0 && newIdx[d.ante] >= 0 {
			antes[0] = int(newIdx[d.ante])
			m.Antecedent = &antes[0]
			antes = antes[1:]
		}
	}
	return out
}
