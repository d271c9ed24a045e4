package market_test

import (
	"os"
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
// Known failing (RELIABILITY.md), not in the prover: the reopened provers
// do load their landings and see the proofs dropped ("proof dropped by a
// reorg, proving again"), but every transaction of the new process then
// waits forever: the reorg also dropped the proof the previous process
// signed, the new sender never knew that nonce (chain/sender_reorg.go
// reclaims only nonces whose receipts it returned itself), and it signs
// above the gap (here after a registerProvider the reopen sent, its p2p
// port being new). CAIRN_CHAOS=1 runs it.
func TestProviderRestartBetweenProofAndReorg(t *testing.T) {
	if os.Getenv("CAIRN_CHAOS") != "1" {
		t.Skip("known failing (RELIABILITY.md: the sender's nonce gap across a restart); CAIRN_CHAOS=1 runs it")
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
