//go:build !race

package market_test

const raceEnabled = false
