package market_test

import (
	"testing"
)

// TestProviderHostileRPC's "reorg depth 10 while proving" with every
// provider restarted between its proof and the reorg: the rounds of epoch
// start+1 mine each set's proveSet, then every provider is closed and
// reopened on its dir (a new process) and stepped once (its prover finds
// start+1 proven: without the persisted landing it would remember
// nothing), and only then the last blocks, those proofs included, are
// replaced. Wanted: the end checks with cumMissed 0, each reopened prover
// proving start+1 again from its loaded landing (Reproved ≥ 1).
//
// It failed (2026-12-02) until the sender took again, after a reorg that
// dropped its own returned receipts, the nonces below them that a
// previous process had signed (chain/sender_reorg.go): the reopened
// provers saw their proofs dropped, but every new transaction waited
// behind the previous process's dropped proof, forever on a chain that
// mines only when a transaction comes.
func TestProviderRestartBetweenProofAndReorg(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and provider nodes")
	}
	w := newChaosWorld(t)
	w.run(1, 1, func(w *chaosWorld, _ int) {
		ctx := t.Context()
		id, err := w.node.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		from := w.Head()
		for w.Head() < from+8 {
			w.round(nil)
		}
		for _, vp := range w.provs {
			w.restart(vp)
		}
		w.round(nil)
		depth := w.Head() - from
		if err := w.node.Reorg(ctx, id, depth, nil); err != nil {
			t.Fatal(err)
		}
		w.reorged = true
		t.Logf("restarted, then reorged %d blocks above %d", depth, from)
	})
	w.check(1, 0, 1)
}
