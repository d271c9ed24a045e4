package market_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/storage"
)

// A Provider behind a hostile RPC (docs: RELIABILITY.md, "v2
// provider"): three providers, each behind its own rpcproxy, take a 2+1
// request and prove it while a fault is on from epoch `from` to `to`
// (relative to the request's start; the request is made at start − 4),
// then run with the fault cleared until start + 6. Steps are bounded by a
// timeout and their errors counted, never fatal. At the end: every slot is
// held by one of our sets and filled once, every holder keeps its shard
// Proving and dropped none, no provider transaction reverted (a send
// repeated under a new nonce would: "paid twice"), every epoch from
// `to` + 1 is proven exactly once, and the sets' cumMissed is at most
// `missed`. A case with `reproved` also wants every holder's prover to
// have proven again a proof the fault dropped, and that epoch proven once.
func TestProviderHostileRPC(t *testing.T) {
	type fault struct {
		name     string
		from, to int // epochs relative to start; the fault is on in [from, to]
		on       func(w *chaosWorld, e int)
		missed   uint32 // cumMissed allowed per set
		reproved int    // an epoch (relative to start) whose dropped proof must be sent again; 0: none
		known    bool   // known to fail (RELIABILITY.md): run only with CAIRN_CHAOS=1
	}
	all := func(f func(px *rpcproxy.Proxy)) func(w *chaosWorld, e int) {
		return func(w *chaosWorld, _ int) {
			for _, px := range w.px {
				f(px)
			}
		}
	}
	reorg := func(depth uint64) func(w *chaosWorld, e int) {
		return func(w *chaosWorld, _ int) { w.reorg(depth) }
	}
	lag := func(n uint64) func(w *chaosWorld, e int) {
		return func(w *chaosWorld, _ int) {
			for _, px := range w.px {
				px.Lag(n)
			}
			w.mineWhileWaiting()
		}
	}
	for _, tc := range []fault{
		{"429 every 5th call", -4, 2, all(func(px *rpcproxy.Proxy) { px.FailEvery(429, 5) }), 0, 0, false},
		{"503 bursts", -4, 2, all(func(px *rpcproxy.Proxy) { px.FailStatus(503, 25) }), 0, 0, false},
		{"502 bursts on sends", -4, 2, all(func(px *rpcproxy.Proxy) { px.FailMethod("eth_sendRawTransaction", 502, 2) }), 0, 0, false},
		{"getLogs answers [] when the request is made", -4, -3, all(func(px *rpcproxy.Proxy) { px.LogsEmpty(true) }), 0, 0, false},
		{"getLogs range and result limits", -4, 2, all(func(px *rpcproxy.Proxy) { px.LogLimits(16, 4) }), 0, 0, false},
		{"down one proving epoch", 1, 1, all(func(px *rpcproxy.Proxy) { _ = px.SetDown(true) }), 1, 0, false},
		{"reorg depth 1 at the fill", -1, -1, reorg(1), 0, 0, false},
		{"reorg depth 3 at the fill", -1, -1, reorg(3), 0, 0, false},
		// Deeper than the ledger's 2 confirmations: each set's proveSet of
		// start+1 is dropped after its receipt was returned; the ledger
		// rewinds, the sender takes the dropped nonce again, and the prover
		// sees its proof's block replaced and proves start+1 again in its
		// grace: no epoch missed.
		{"reorg depth 10 while proving", 1, 1, reorg(10), 0, 1, false},
		{"RPC lagging 3 blocks", -4, 2, lag(3), 0, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.known && os.Getenv("CAIRN_CHAOS") != "1" {
				t.Skip("known failing (RELIABILITY.md, v2 provider); CAIRN_CHAOS=1 runs it")
			}
			w := newChaosWorld(t)
			w.run(tc.from, tc.to, tc.on)
			w.check(tc.to, tc.missed, tc.reproved)
		})
	}
}

type chaosWorld struct {
	*resumeWorld
	stepErrs int
	reorged  bool
	stopMine func()       // ends mineWhileWaiting (nil when not running)
	lagMined atomic.Int64 // blocks mined by mineWhileWaiting
}

func newChaosWorld(t *testing.T) *chaosWorld {
	return &chaosWorld{resumeWorld: newResumeWorld(t)}
}

// reorg replaces the last depth blocks by depth+1 others (their
// transactions are dropped; the providers must send them again).
func (w *chaosWorld) reorg(depth uint64) {
	w.t.Helper()
	ctx := w.t.Context()
	id, err := w.node.Snapshot(ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	from := w.Head()
	for w.Head() < from+depth {
		w.round(nil)
	}
	if err := w.node.Reorg(ctx, id, depth, nil); err != nil {
		w.t.Fatal(err)
	}
	w.reorged = true
	w.t.Logf("reorged %d blocks above %d", depth, from)
}

// mineWhileWaiting mines a block each time the providers' proxies have
// answered 3 more eth_getTransactionReceipt calls (a sender is waiting
// for a receipt a lagging RPC hides until its view reaches the block),
// until the fault is cleared. It reacts to the senders' polls, not to
// the wall clock.
func (w *chaosWorld) mineWhileWaiting() {
	if w.stopMine != nil {
		return
	}
	polls := func() int64 {
		n := int64(0)
		for _, px := range w.px {
			n += px.Received("eth_getTransactionReceipt")
		}
		return n
	}
	ctx, cancel := context.WithCancel(w.t.Context())
	done := make(chan struct{})
	go func() {
		defer close(done)
		last := polls()
		for ctx.Err() == nil {
			if n := polls(); n >= last+3 {
				last = n
				if err := w.node.Mine(ctx, 1); err != nil {
					if ctx.Err() == nil {
						w.t.Errorf("mine while a sender waits: %v", err)
					}
					return
				}
				w.lagMined.Add(1)
			}
			time.Sleep(2 * time.Millisecond) // a poll interval, not a deadline
		}
	}()
	w.stopMine = func() { cancel(); <-done; w.stopMine = nil }
}

// round pushes reserved slots, steps every provider (bounded) and mines.
func (w *chaosWorld) round(wg *sync.WaitGroup) {
	if wg != nil {
		w.pushReserved(w.r, wg)
	}
	for _, vp := range w.provs {
		ctx, cancel := context.WithTimeout(w.t.Context(), 20*time.Second)
		err := vp.p.Step(ctx, w.CurrentEpoch())
		cancel()
		if err != nil {
			w.stepErrs++
			w.t.Logf("epoch %d: provider %d: %v", w.CurrentEpoch(), vp.acct.Index, err)
		}
	}
	w.Mine(1)
}

// run drives epochs from now to start+6 with the fault on in [from, to].
func (w *chaosWorld) run(from, to int, on func(w *chaosWorld, e int)) {
	w.t.Helper()
	var wg sync.WaitGroup
	defer wg.Wait()
	defer func() {
		if w.stopMine != nil {
			w.stopMine()
		}
	}()
	for e := w.CurrentEpoch(); e < w.start+6; e++ {
		rel := int(e) - int(w.start)
		w.ToEpoch(e, 1)
		if rel >= from && rel <= to {
			on(w, rel)
		}
		for range 4 {
			w.round(&wg)
			time.Sleep(5 * time.Millisecond)
		}
		if rel == to {
			if w.stopMine != nil {
				w.stopMine()
			}
			for _, px := range w.px {
				px.Reset()
				if err := px.SetDown(false); err != nil {
					w.t.Fatal(err)
				}
			}
		}
	}
}

func (w *chaosWorld) check(to int, missed uint32, reproved int) {
	w.t.Helper()
	t := w.t
	fills := map[[32]byte]int{}
	for _, l := range w.events("SlotFilled") {
		ev, err := w.abi.UnpackSlotFilledEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		fills[ev.SlotId]++
	}
	holders := map[common.Address]bool{}
	for i := range w.r.shards {
		if fills[w.r.slot(i)] != 1 {
			t.Errorf("slot %d filled %d times, want once", i, fills[w.r.slot(i)])
		}
		owner, set := w.holder(w.r, i)
		vp := w.provider(owner)
		if vp == nil || vp.set() != set {
			t.Errorf("slot %d held by set %d of %s, want one of our sets", i, set, owner)
			continue
		}
		holders[owner] = true
		if info, err := vp.store().Info(storage.SlotID(w.r.slot(i))); err != nil || info.State != storage.StateProving {
			t.Errorf("slot %d: holder's shard %+v, %v; want proving", i, info, err)
		}
	}
	proofs, sent := w.proofs(), w.proveTxs()
	first := w.start + uint64(max(to+1, 0))
	for _, vp := range w.provs {
		if d := vp.p.Sales().Stats().Dropped; d != 0 {
			t.Errorf("provider %d dropped %d shards", vp.acct.Index, d)
		}
		if !holders[vp.acct.Addr] {
			continue
		}
		set := vp.set()
		for e := first; e < w.start+5; e++ {
			if proofs[set][e] != 1 || sent[set][e] != 1 {
				t.Errorf("set %d epoch %d: %d SetProven, %d proveSet sent; want 1 and 1", set, e, proofs[set][e], sent[set][e])
			}
		}
		if e := w.start + uint64(reproved); reproved != 0 {
			if st := vp.p.Prover().Stats(set); st.Reproved == 0 || proofs[set][e] != 1 {
				t.Errorf("set %d: %d proofs reproved, epoch %d has %d SetProven; want a dropped proof sent again and 1", set, st.Reproved, e, proofs[set][e])
			}
		}
		si, err := w.client.SetInfo(t.Context(), set)
		if err != nil || si.CumMissed > missed {
			t.Errorf("set %d: cumMissed %d (%v), want at most %d", set, si.CumMissed, err, missed)
		}
	}
	if n := w.reverted(); n != 0 {
		t.Errorf("%d provider transactions reverted", n)
	}
	reclaimed := int64(0)
	for _, vp := range w.provs {
		reclaimed += vp.m.Sender().Stats().Reclaimed
	}
	if w.reorged && reclaimed == 0 {
		t.Error("a reorg dropped mined transactions but no sender took a nonce again")
	}
	hidden := int64(0)
	for _, px := range w.px {
		hidden += px.Injected(rpcproxy.FaultLagHidden)
	}
	if w.lagMined.Load() > 0 && hidden == 0 {
		t.Error("blocks were mined for a lagging RPC that hid nothing: the case proves nothing")
	}
	t.Logf("step errors %d; nonces reclaimed %d; lag: %d answers hidden, %d blocks mined while senders waited; sends forwarded %s",
		w.stepErrs, reclaimed, hidden, w.lagMined.Load(), w.sends())
}

// sends is each provider proxy's forwarded eth_sendRawTransaction count.
func (w *chaosWorld) sends() string {
	s := ""
	for i := 2; i <= 4; i++ {
		s += fmt.Sprintf(" %d:%d", i, w.px[i].Forwarded("eth_sendRawTransaction"))
	}
	return s
}

// reverted counts the providers' mined transactions that reverted.
func (w *chaosWorld) reverted() int {
	w.t.Helper()
	ctx := w.t.Context()
	ours := map[common.Address]bool{}
	for _, vp := range w.provs {
		ours[vp.acct.Addr] = true
	}
	signer := types.LatestSignerForChainID(w.ChainID)
	n := 0
	for b := w.Dep.Block; b <= w.Head(); b++ {
		blk, err := w.Client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			w.t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil || !ours[from] {
				continue
			}
			rc, err := w.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				w.t.Fatal(err)
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				n++
				w.t.Logf("reverted: %s from %s in block %d", tx.Hash(), from, b)
			}
		}
	}
	return n
}
