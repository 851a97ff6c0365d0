// Package sqlq holds what the SQL stores (internal/sqlite, internal/postgres)
// share: turning the root filter structs into WHERE clauses with
// placeholders of either dialect, paging rules, full-text query words, and
// the compact encoding of sentence tokens.
//
// Nothing here touches a database; the stores run the SQL it builds.
package sqlq

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/cameo"
)

// Page defaults and bounds, as documented on dyad.Page.
const (
	DefaultLimit = 100
	MaxLimit     = 10000
)

// Builder accumulates WHERE conditions and their arguments. Placeholder
// renders the n-th (1-based) placeholder: "?" for SQLite, "$n" for
// PostgreSQL.
type Builder struct {
	Placeholder func(n int) string
	conds       []string
	args        []any
}

// Question renders SQLite placeholders.
func Question(int) string { return "?" }

// Dollar renders PostgreSQL placeholders.
func Dollar(n int) string { return "$" + strconv.Itoa(n) }

// Arg adds an argument and returns its placeholder.
func (b *Builder) Arg(v any) string {
	b.args = append(b.args, v)
	return b.Placeholder(len(b.args))
}

// Where adds a condition; conditions are joined with AND.
func (b *Builder) Where(cond string) { b.conds = append(b.conds, cond) }

// Clause returns " WHERE a AND b" or "" when there are no conditions.
func (b *Builder) Clause() string {
	if len(b.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(b.conds, " AND ")
}

// Args returns the arguments in placeholder order.
func (b *Builder) Args() []any { return b.args }

// Page validates p and returns the limit and offset to use. Negative
// values and limits above MaxLimit are CodeInvalid errors.
func Page(p dyad.Page) (limit, offset int, err error) {
	switch {
	case p.Limit < 0:
		return 0, 0, dyad.Errorf(dyad.CodeInvalid, "limit %d: must not be negative", p.Limit)
	case p.Limit > MaxLimit:
		return 0, 0, dyad.Errorf(dyad.CodeInvalid, "limit %d: the maximum is %d", p.Limit, MaxLimit)
	case p.Offset < 0:
		return 0, 0, dyad.Errorf(dyad.CodeInvalid, "offset %d: must not be negative", p.Offset)
	}
	limit = p.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	return limit, p.Offset, nil
}

// LimitClause appends " LIMIT x OFFSET y" for p to b's arguments.
func (b *Builder) LimitClause(p dyad.Page) (string, error) {
	limit, offset, err := Page(p)
	if err != nil {
		return "", err
	}
	return " LIMIT " + b.Arg(limit) + " OFFSET " + b.Arg(offset), nil
}

// Prefix adds "col starts with p" as an index-friendly range condition.
// Codes are ASCII and compared upper-cased.
func (b *Builder) Prefix(col, p string) { b.Where(b.PrefixCond(col, p)) }

// PrefixCond returns the condition Prefix would add.
func (b *Builder) PrefixCond(col, p string) string {
	p = strings.ToUpper(p)
	if hi, ok := upperBound(p); ok {
		return "(" + col + " >= " + b.Arg(p) + " AND " + col + " < " + b.Arg(hi) + ")"
	}
	return "substr(" + col + ", 1, " + b.Arg(len(p)) + ") = " + b.Arg(p)
}

// upperBound returns the smallest string greater than every string with
// prefix p, when p's last byte can be incremented within ASCII.
func upperBound(p string) (string, bool) {
	if p == "" || p[len(p)-1] >= 0x7e {
		return "", false
	}
	return p[:len(p)-1] + string(p[len(p)-1]+1), true
}

// ContainsCond returns a case-insensitive substring condition on col.
func (b *Builder) ContainsCond(col, s string) string {
	return "lower(" + col + ") LIKE " + b.Arg("%"+escapeLike(strings.ToLower(s))+"%") + ` ESCAPE '\'`
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// checkDate validates a filter date: a day, month, year, ISO week or season.
func checkDate(name, s string) error {
	if _, _, ok := DateSpan(s); !ok || len(s) < 4 || len(s) > 10 {
		return dyad.Errorf(dyad.CodeInvalid, "%s date %q: want a real date as YYYY-MM-DD, YYYY-MM, YYYY, a week YYYY-Www or a season YYYY-SP|SU|FA|WI", name, s)
	}
	return nil
}

// alpha3 reports whether s has the shape of an ISO 3166 alpha-3 code:
// three ASCII letters, either case.
func alpha3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Events adds the conditions of f on the events table aliased "e".
func (b *Builder) Events(f dyad.EventFilter) error {
	if f.ArticleID != "" {
		b.Where("e.article_id = " + b.Arg(f.ArticleID))
	}
	if f.Actor != "" {
		b.Where("(" + b.PrefixCond("e.source_code", f.Actor) + " OR " + b.PrefixCond("e.target_code", f.Actor) +
			" OR " + b.ContainsCond("e.source_name", f.Actor) + " OR " + b.ContainsCond("e.target_name", f.Actor) + ")")
	}
	if f.Source != "" {
		b.Prefix("e.source_code", f.Source)
	}
	if f.Target != "" {
		b.Prefix("e.target_code", f.Target)
	}
	if f.Country != "" {
		if !alpha3(f.Country) {
			return dyad.Errorf(dyad.CodeInvalid, "country %q: want an ISO 3166 alpha-3 code, e.g. UKR or ukr", f.Country)
		}
		c := strings.ToUpper(f.Country)
		b.Where("(e.source_country = " + b.Arg(c) + " OR e.target_country = " + b.Arg(c) + ")")
	}
	if f.Code != "" {
		if !digits(f.Code) {
			return dyad.Errorf(dyad.CodeInvalid, "CAMEO code %q: want digits, e.g. 04 or 042", f.Code)
		}
		b.Prefix("e.cameo", f.Code)
	}
	if f.PLOVER != "" {
		p := strings.ToUpper(f.PLOVER)
		if !slices.Contains(cameo.PLOVERTypes(), p) {
			return dyad.Errorf(dyad.CodeInvalid, "PLOVER type %q: want one of %s", f.PLOVER, strings.Join(cameo.PLOVERTypes(), ", "))
		}
		b.Where("e.plover = " + b.Arg(p))
	}
	if f.Mode != "" {
		m := strings.ToLower(f.Mode)
		if !dyad.ValidMode(m) {
			return dyad.Errorf(dyad.CodeInvalid, "mode %q: want one of %s", f.Mode, strings.Join(dyad.Modes, ", "))
		}
		b.Where("e.mode = " + b.Arg(m))
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return dyad.Errorf(dyad.CodeInvalid, "quad class %d: want 1 to 4", f.Quad)
		}
		b.Where("e.quad = " + b.Arg(f.Quad))
	}
	if f.From != "" {
		if err := checkDate("from", f.From); err != nil {
			return err
		}
		first, _, _ := DateSpan(f.From)
		b.Where("e.date_last >= " + b.Arg(first))
	}
	if f.To != "" {
		if err := checkDate("to", f.To); err != nil {
			return err
		}
		_, last, _ := DateSpan(f.To)
		b.Where("e.date_first <= " + b.Arg(last))
	}
	if f.Place != "" {
		b.Where("(" + b.ContainsCond("e.place_name", f.Place) + " OR e.place_country = " + b.Arg(strings.ToUpper(f.Place)) + ")")
	}
	if f.Dyadic {
		b.Where("e.source_code <> '' AND e.target_code <> ''")
	}
	if f.Originals {
		b.Where(OriginalsCond)
	}
	return nil
}

// OriginalsCond keeps events (alias "e") whose article duplicates no
// other: one primary-key probe per event.
const OriginalsCond = "NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = e.article_id AND o.duplicate_of <> '')"

// CopiesExpr counts the stored near-copies of the article of the event
// aliased "e" (served by the index on articles.duplicate_of).
const CopiesExpr = "(SELECT count(*) FROM articles d WHERE d.duplicate_of = e.article_id)"

// Quotes adds the conditions of f on the quotes table aliased "q".
func (b *Builder) Quotes(f dyad.QuoteFilter) {
	if f.ArticleID != "" {
		b.Where("q.article_id = " + b.Arg(f.ArticleID))
	}
	if f.Speaker != "" {
		b.Where(b.ContainsCond("q.speaker_name", f.Speaker))
	}
	if f.Venue != "" {
		b.Where(b.ContainsCond("q.venue", f.Venue))
	}
	if f.Anonymous != nil {
		b.Where("q.anonymous = " + b.Arg(*f.Anonymous))
	}
}

// Actors adds the conditions of f on the actors table aliased "a".
func (b *Builder) Actors(f dyad.ActorFilter) {
	if f.Code != "" {
		b.Prefix("a.code", f.Code)
	}
	if f.Name != "" {
		b.Where(b.ContainsCond("a.name", f.Name))
	}
}

// Articles adds the conditions of f on the articles table aliased "a",
// whose published_day column holds the publication date (YYYY-MM-DD in
// the article's time zone).
func (b *Builder) Articles(f dyad.ArticleFilter) {
	if f.Outlet != "" {
		b.Where("lower(a.outlet) = " + b.Arg(strings.ToLower(f.Outlet)))
	}
	if !f.From.IsZero() {
		b.Where("a.published_day >= " + b.Arg(f.From.Format("2006-01-02")))
	}
	if !f.To.IsZero() {
		b.Where("a.published_day <> '' AND a.published_day <= " + b.Arg(f.To.Format("2006-01-02")))
	}
	if f.Originals {
		b.Where("a.duplicate_of = ''")
	}
}

// CountExpr returns the key expression and extra condition for a count
// dimension over the events table aliased "e". ByDay keys are day-precision
// dates (coarser dates are left out); ByDyad keys are "SRC-TGT" country
// pairs (events missing either country are left out).
func CountExpr(by string) (key, cond string, err error) {
	switch by {
	case dyad.ByDay:
		return "substr(e.date, 1, 10)", "length(e.date) >= 10", nil
	case dyad.ByRoot:
		return "e.root", "e.root <> ''", nil
	case dyad.ByPLOVER:
		return "e.plover", "e.plover <> ''", nil
	case dyad.ByQuad:
		return "CAST(e.quad AS TEXT)", "e.quad > 0", nil
	case dyad.ByMode:
		return "e.mode", "e.mode <> ''", nil
	case dyad.ByDyad:
		return "e.source_country || '-' || e.target_country", "e.source_country <> '' AND e.target_country <> ''", nil
	}
	return "", "", dyad.Errorf(dyad.CodeInvalid, "count dimension %q: want one of day, root, plover, quad, dyad, mode", by)
}

// SearchWords splits a user's query into words to match, each as a quoted
// phrase, so that no input is a syntax error. Words with no letter or digit
// are dropped. It returns a CodeInvalid error for a blank query.
func SearchWords(q string) ([]string, error) {
	if strings.TrimSpace(q) == "" {
		return nil, dyad.Errorf(dyad.CodeInvalid, "empty search query")
	}
	// Control characters (NUL ends a query in SQLite's parser) and
	// invalid UTF-8 separate words.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	var words []string
	for _, w := range strings.Fields(q) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words = append(words, w)
		}
	}
	return words, nil
}

// FTS5Query renders words as an FTS5 query: each word a quoted phrase,
// all required.
func FTS5Query(words []string) string {
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte('"')
		sb.WriteString(strings.ReplaceAll(w, `"`, `""`))
		sb.WriteByte('"')
	}
	return sb.String()
}

// EventID returns the store ID of the n-th event of an article.
func EventID(articleID string, n int) string { return articleID + "/e" + strconv.Itoa(n) }

// QuoteID returns the store ID of the n-th quote of an article.
func QuoteID(articleID string, n int) string { return articleID + "/q" + strconv.Itoa(n) }

// CheckDocument returns a CodeInvalid error naming the article when doc
// cannot be stored: no article, an invalid article, or annotations that
// break the document's invariants (dyad.Document.Validate).
func CheckDocument(doc *dyad.Document) error {
	if doc == nil || doc.Article == nil {
		return dyad.Errorf(dyad.CodeInvalid, "document has no article")
	}
	if err := doc.Article.Validate(); err != nil {
		return fmt.Errorf("article %s: %w", doc.Article.ID, err)
	}
	if err := doc.Validate(); err != nil {
		// One error naming the article, with every violation on one line,
		// so that CLI and API messages (which show the first dyad error)
		// say which article and what is wrong.
		var msgs []string
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				msgs = append(msgs, dyad.ErrorMessage(e))
			}
		} else {
			msgs = append(msgs, dyad.ErrorMessage(err))
		}
		msg := strings.Join(msgs, "; ")
		return dyad.Errorf(dyad.CodeInvalid, "article %s: invalid document: %s", doc.Article.ID, msg)
	}
	return nil
}
