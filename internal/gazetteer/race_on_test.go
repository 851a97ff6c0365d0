//go:build race

package gazetteer_test

// raceOn reports whether the race detector is on; the deterministic-build
// test, which takes minutes under it, is skipped then.
const raceOn = true
