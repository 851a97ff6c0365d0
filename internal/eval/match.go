package eval

import "sort"

// assignment is the outcome of matching system items to gold items of one
// task in one file.
type assignment struct {
	// pairs maps a matched required gold item to its system item.
	pairs map[int]int
	// fp lists system items that match no gold item at all, required or
	// optional.
	fp []int
	// miss lists required gold items left unmatched.
	miss []int
}

// assign matches system items to gold items. match(g, s) reports whether
// system item s satisfies gold item g; optional(g) whether g is optional;
// pref(g, s), when not nil, ranks the gold items a system item matches
// (higher first), so that where several pairings reach the same number of
// hits the better-fitting pairs tend to be chosen (an event whose trigger
// lies in the anchor, with the right date, over another event of the same
// sentence). Preference never changes the number of hits.
// Each gold item is matched at most once, and the number of required gold
// items matched is the largest possible (a maximum bipartite matching), so
// the order of system items does not change the score. A system item that
// matches only optional items, or only items already matched by others,
// counts neither as a hit nor as a false positive.
func assign(nGold, nSys int, optional func(g int) bool, match func(g, s int) bool, pref func(g, s int) int) assignment {
	adj := make([][]int, nSys) // required gold items each system item matches
	matched := make([]bool, nSys)
	for s := range nSys {
		for g := range nGold {
			if !match(g, s) {
				continue
			}
			matched[s] = true
			if !optional(g) {
				adj[s] = append(adj[s], g)
			}
		}
	}
	if pref != nil {
		for s := range adj {
			sort.SliceStable(adj[s], func(i, j int) bool { return pref(adj[s][i], s) > pref(adj[s][j], s) })
		}
	}
	owner := make([]int, nGold) // system item matched to gold g, -1 when none
	for g := range owner {
		owner[g] = -1
	}
	var seen []bool
	var augment func(s int) bool
	augment = func(s int) bool {
		for _, g := range adj[s] {
			if seen[g] {
				continue
			}
			seen[g] = true
			if owner[g] < 0 || augment(owner[g]) {
				owner[g] = s
				return true
			}
		}
		return false
	}
	for s := range nSys {
		if len(adj[s]) == 0 {
			continue
		}
		seen = make([]bool, nGold)
		augment(s)
	}
	a := assignment{pairs: map[int]int{}}
	for g, s := range owner {
		switch {
		case s >= 0:
			a.pairs[g] = s
		case !optional(g):
			a.miss = append(a.miss, g)
		}
	}
	for s := range nSys {
		if !matched[s] {
			a.fp = append(a.fp, s)
		}
	}
	return a
}
