package market_test

import "testing"

// newDevnetEpochs is newDevnet (200-ms blocks, in-process providers) on a
// market of epochBlocks-block epochs. newDevnet's 10-block epochs ask each
// provider for a proof landing within 2.6 s of every epoch's start (grace
// 3 blocks) and fail its set after two misses in 16 s: under the race
// detector on a loaded machine the in-process provers' proof latency (head
// and challenge reads, the proof, the send, inclusion) exceeds that, every
// set misses the same epochs, and sets fail in the first minute. A test
// of the fill path that is not about proving runs on epochs the provers
// keep up with.
func newDevnetEpochs(tb testing.TB, providers int, epochBlocks uint64) *devnet {
	tb.Helper()
	return newDevnetSized(tb, providers, 4<<30, epochBlocks)
}
