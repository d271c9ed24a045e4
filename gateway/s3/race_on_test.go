//go:build race

package s3_test

// raceEnabled: the race detector slows the in-process providers enough that
// the release and keep subtests' uploads can miss their fill expiry on a
// loaded machine; make test runs TestGateway again without it.
const raceEnabled = true
