//go:build !race

package gazetteer_test

// raceOn reports whether the race detector is on.
const raceOn = false
