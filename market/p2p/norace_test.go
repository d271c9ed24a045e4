//go:build !race

package p2p_test

// raceEnabled: the race detector multiplies memory use, so RSS bounds do not apply.
const raceEnabled = false
