package sqlq

import (
	"encoding/binary"
	"errors"
	"sort"

	"github.com/dyad-events/dyad"
)

// EncodeTokens packs a sentence's tokens into a compact blob: per token
// the gap from the previous token's end (the sentence start for the first)
// and the length as unsigned varints, then the kind byte. A typical token
// takes 3 bytes. Tokens must be ordered and lie after start.
func EncodeTokens(start int, toks []dyad.Token) []byte {
	if len(toks) == 0 {
		return nil
	}
	b := make([]byte, 0, len(toks)*3)
	prev := start
	for _, t := range toks {
		gap := t.Start - prev
		if gap < 0 {
			// Out of order: store the absolute offset, flagged by a
			// zero-length marker the decoder recognises.
			b = append(b, 0xff)
			b = binary.AppendUvarint(b, uint64(t.Start))
		} else {
			b = binary.AppendUvarint(b, uint64(gap))
		}
		b = binary.AppendUvarint(b, uint64(t.End-t.Start))
		b = append(b, byte(t.Kind))
		prev = t.End
	}
	return b
}

// errTokens reports a corrupt token blob.
var errTokens = errors.New("corrupt token blob")

// DecodeTokens unpacks what EncodeTokens wrote; nil for an empty blob.
func DecodeTokens(start int, b []byte) ([]dyad.Token, error) {
	if len(b) == 0 {
		return nil, nil
	}
	toks := make([]dyad.Token, 0, len(b)/3)
	prev := start
	for len(b) > 0 {
		abs := false
		if b[0] == 0xff {
			abs = true
			b = b[1:]
		}
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errTokens
		}
		b = b[n:]
		l, n := binary.Uvarint(b)
		if n <= 0 || len(b) < n+1 {
			return nil, errTokens
		}
		kind := b[n]
		b = b[n+1:]
		s := prev + int(v)
		if abs {
			s = int(v)
		}
		t := dyad.Token{Span: dyad.Span{Start: s, End: s + int(l)}, Kind: dyad.TokenKind(kind)}
		toks = append(toks, t)
		prev = t.End
	}
	return toks, nil
}

// ActorTally is one actor of a document with how many mentions it has.
type ActorTally struct {
	Actor    dyad.Actor
	Mentions int
}

// TallyActors counts a document's mentions per actor, keyed by code and
// name, in key order (so concurrent writers lock actor rows in the same
// order). The first mention's Actor is the representative.
func TallyActors(doc *dyad.Document) []ActorTally {
	idx := map[[2]string]int{}
	var out []ActorTally
	for _, m := range doc.Mentions {
		if m.Actor == nil || (m.Actor.Code == "" && m.Actor.Name == "") {
			continue
		}
		k := [2]string{m.Actor.Code, m.Actor.Name}
		if i, ok := idx[k]; ok {
			out[i].Mentions++
			continue
		}
		idx[k] = len(out)
		out = append(out, ActorTally{Actor: *m.Actor, Mentions: 1})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Actor, out[j].Actor
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Name < b.Name
	})
	return out
}

// EventRow is the event's queryable columns.
type EventRow struct {
	Date                                  string
	DateFirst, DateLast                   string // the interval Date denotes; see DateSpan
	SourceCode, SourceName, SourceCountry string
	TargetCode, TargetName, TargetCountry string
	PlaceName, PlaceCountry               string
}

// EventColumns extracts an event's queryable columns.
func EventColumns(e *dyad.Event) EventRow {
	r := EventRow{Date: e.Date}
	r.DateFirst, r.DateLast = eventSpan(e.Date)
	if e.Source != nil {
		r.SourceCode, r.SourceName, r.SourceCountry = e.Source.Code, e.Source.Name, e.Source.Country
	}
	if e.Target != nil {
		r.TargetCode, r.TargetName, r.TargetCountry = e.Target.Code, e.Target.Name, e.Target.Country
	}
	if e.Place != nil {
		r.PlaceName, r.PlaceCountry = e.Place.Name, e.Place.Country
	}
	return r
}
