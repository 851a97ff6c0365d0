package dyad

import "hash/maphash"

// Entity is one distinct actor of a document with the mentions that refer
// to it: "Volodymyr Zelenskyy", "Zelenskyy" and "the Ukrainian leader" are
// one entity when the actors stage resolved them to the same person. Its
// JSON form is the actor's fields with a "mentions" list added.
type Entity struct {
	// Actor is the entity's actor, as its first named mention carries it.
	Actor
	// Mentions are the indexes in Document.Mentions of the mentions that
	// refer to the entity, ascending; never empty.
	Mentions []int `json:"mentions"`
}

// Entities groups mentions into the distinct actors they refer to, in
// order of first mention. Only mentions with an actor count. Two mentions
// are one entity when one is the other's antecedent, when their actors
// come from the same dictionary entry (Actor.ID), when both name the same
// country or region as a whole (same kind and code), or when their actors
// have the same kind, code and name. Anonymous sources and unnamed groups
// are kept apart unless an antecedent joins them: two "officials" need
// not be the same people. The entity's Actor is that of its first mention
// that is not a demonym, role phrase or pronoun (its first mention when
// all are), so "Ukraine" rather than "Ukrainian" names the country.
//
// Entities reads mentions only; the result shares no memory with them
// and is never nil.
func Entities(mentions []Mention) []Entity {
	n := len(mentions)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		a, b := find(i), find(j)
		// The earlier mention stays the root, so roots are first mentions.
		if a < b {
			parent[b] = a
		} else if b < a {
			parent[a] = b
		}
	}
	has := func(i int) bool {
		a := mentions[i].Actor
		return a != nil && (a.Code != "" || a.Name != "" || a.Anonymous)
	}
	// Join each mention to its antecedent and to the first mention with
	// the same key: linear in the mentions.
	ent := make([]int, n) // mention -> entity, -1 without an actor
	// first maps a key's hash to the key's first mention (a fifth of
	// the memory of a map keyed by the four strings); two keys with one
	// hash take the next free hash values, so the keys are compared.
	first := make(map[uint64]int32, n)
	for i := range mentions {
		if !has(i) {
			continue
		}
		m := &mentions[i]
		if j := m.Antecedent; j != nil && *j >= 0 && *j < n && *j != i && has(*j) {
			union(i, *j)
		}
		if k, ok := keyOf(m); ok {
			for h := keyHash(k); ; h++ {
				j, seen := first[h]
				if !seen {
					first[h] = int32(i)
					break
				}
				if kj, _ := keyOf(&mentions[j]); kj == k {
					union(i, int(j))
					break
				}
			}
		}
	}
	// Number the entities in order of their first mention (the root of
	// each set is its first mention), then carve every entity's mention
	// list out of one backing array.
	var count []int
	total := 0
	for i := range mentions {
		ent[i] = -1
		if !has(i) {
			continue
		}
		if r := find(i); r == i {
			ent[i] = len(count)
			count = append(count, 0)
		} else {
			ent[i] = ent[r]
		}
		count[ent[i]]++
		total++
	}
	out := make([]Entity, len(count))
	named := make([]bool, len(count)) // out[e].Actor comes from a naming mention
	backing := make([]int, 0, total)
	for e, c := range count {
		out[e].Mentions = backing[len(backing) : len(backing) : len(backing)+c]
		backing = backing[:len(backing)+c]
	}
	for i := range mentions {
		e := ent[i]
		if e < 0 {
			continue
		}
		naming := !descriptiveKind(mentions[i].Kind)
		if len(out[e].Mentions) == 0 || (!named[e] && naming) {
			out[e].Actor, named[e] = *mentions[i].Actor, naming
		}
		out[e].Mentions = append(out[e].Mentions, i)
	}
	return out
}

// keySeed seeds keyHash.
var keySeed = maphash.MakeSeed()

// keyHash hashes an entity key: its fields, each ended by a byte no UTF-8
// text holds, hashed at once (a variable so that a test can make all
// keys collide; Entities compares the keys whose hashes meet).
var keyHash = func(k entityKey) uint64 {
	var b [128]byte
	buf := append(b[:0], k.id...)
	buf = append(append(buf, 0xff), k.kind...)
	buf = append(append(buf, 0xff), k.code...)
	buf = append(append(buf, 0xff), k.name...)
	return maphash.Bytes(keySeed, buf)
}

// entityKey is what makes two mentions' actors the same entity when no
// antecedent links them.
type entityKey struct {
	id, kind, code, name string
}

// keyOf returns the identity key of m's actor, or false when the actor
// must not be merged by key (anonymous sources, unnamed groups).
func keyOf(m *Mention) (entityKey, bool) {
	a := m.Actor
	switch {
	case a.ID != "":
		return entityKey{id: a.ID}, true
	case a.Anonymous || m.Kind == MentionAnonymous || a.Kind == ActorGroup:
		return entityKey{}, false
	case (a.Kind == ActorState || a.Kind == ActorRegion) && a.Code != "":
		return entityKey{kind: a.Kind, code: a.Code}, true
	}
	return entityKey{kind: a.Kind, code: a.Code, name: a.Name}, true
}

// descriptiveKind reports whether a mention of this kind describes or
// points to an actor rather than naming it.
func descriptiveKind(kind string) bool {
	return kind == MentionDemonym || kind == MentionRole || kind == MentionPronoun
}
