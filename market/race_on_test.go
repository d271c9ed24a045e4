//go:build race

package market_test

// raceEnabled: under the race detector the in-process providers of a
// many-puts-in-a-row test fall behind on a loaded machine (pushes answered
// "busy", slots unfilled at expiry); make test runs it again without it.
const raceEnabled = true
