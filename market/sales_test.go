package market_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
	"github.com/cairn-storage/cairn/testnet"
)

const stagedShardSize = 4096

// stagedRequest is a request created straight on chain with random
// shards, so a test can reserve, push and fill its slots by hand.
type stagedRequest struct {
	req    market.StorageRequest
	shards [][]byte
	trees  []*proofs.Tree
}

func stageRequest(t *testing.T, w *world, n int) *stagedRequest {
	t.Helper()
	ctx := t.Context()
	m := w.account(t, 12)
	sr := &stagedRequest{}
	var roots [][32]byte
	for range n {
		b := make([]byte, stagedShardSize)
		if _, err := rand.Read(b); err != nil {
			t.Fatal(err)
		}
		tr, err := proofs.BuildTree(bytes.NewReader(b), stagedShardSize)
		if err != nil {
			t.Fatal(err)
		}
		sr.shards, sr.trees = append(sr.shards, b), append(sr.trees, tr)
		roots = append(roots, tr.Root())
	}
	epoch, head, err := m.Clock.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	params := contracts.IMarketplaceRequestParams{K: 1, M: uint8(n - 1), ShardSize: stagedShardSize, StartEpoch: epoch + 1, EndEpoch: epoch + 40,
		PricePerSlotEpoch: contracts.Tokens(1), CollateralPerSlot: contracts.Tokens(10), Expiry: head + 150, AuthKey: m.Sender().Address(),
		CancelOnExpiry: true, RepairBonus: contracts.Tokens(0), RepairReserve: contracts.Tokens(0), ShardRoots: roots, Manifest: make([]byte, 512)}
	cost, err := m.RequestCost(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.EnsureAllowance(ctx, cost); err != nil {
		t.Fatal(err)
	}
	id, _, err := m.RequestStorage(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	if sr.req, err = m.FindRequest(ctx, id); err != nil {
		t.Fatal(err)
	}
	return sr
}

// account is a funded, wallet-backed market for anvil account i.
func (w *world) account(t *testing.T, i int) *market.Market {
	t.Helper()
	s, err := testnet.Account(i)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.chain.Fund(t.Context(), s.Address(), nil, testnet.Tokens(10_000)); err != nil {
		t.Fatal(err)
	}
	m, err := w.chain.Market(t.Context(), s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// idleProvider opens provider account i on dir without running it: the
// test steps its services. It is registered.
func (w *world) idleProvider(t *testing.T, i int, dir string) *market.Provider {
	t.Helper()
	m := w.account(t, i)
	p, err := market.OpenProvider(providerConfig(), w.log.With("acct", i), m, market.ProviderDir{Dir: dir, Capacity: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	if err := p.RegisterForTest(t.Context()); err != nil {
		t.Fatal(err)
	}
	return p
}

// fillAs reserves (if block is 0) and fills slot i of sr as m, with a real fill proof.
func fillAs(t *testing.T, w *world, m *market.Market, sr *stagedRequest, i uint64, block uint64) {
	t.Helper()
	ctx := t.Context()
	if err := m.EnsureAllowance(ctx, contracts.Tokens(100)); err != nil {
		t.Fatal(err)
	}
	if block == 0 {
		var err error
		if block, err = m.ReserveSlot(ctx, sr.req.ID, i); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Clock.WaitForBlock(ctx, block+m.Config.FillDelayBlocks+1); err != nil {
		t.Fatal(err)
	}
	idx, err := m.FillChallengeIndices(ctx, sr.req.ID, i, m.Sender().Address())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := sr.trees[i].Prove(bytes.NewReader(sr.shards[i]), idx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.FillSlot(ctx, sr.req.ID, i, proof); err != nil {
		t.Fatal(err)
	}
}

func reservers(t *testing.T, m *market.Market, slot [32]byte) []common.Address {
	t.Helper()
	rs, err := m.Reservations(t.Context(), slot)
	if err != nil {
		t.Fatal(err)
	}
	var out []common.Address
	for _, r := range rs {
		if r.Reserver != (common.Address{}) {
			out = append(out, r.Reserver)
		}
	}
	return out
}

func stepSales(t *testing.T, p *market.Provider, m *market.Market) {
	t.Helper()
	epoch, _, err := m.Clock.Current(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Sales().Step(t.Context(), epoch); err != nil {
		t.Fatalf("sales step: %v", err)
	}
}

// TestSalesTakesTheUnreservedSlot reproduces the cause of "5 of 6 slots
// filled; one fillSlot reverted SlotNotOpen": a provider reserved the slot
// its own order put first even when another provider had reserved it and
// another slot had no reservation at all. It lost the race, and the slot
// nobody reserved stayed empty until the request expired. Now sales
// reserves the unreserved slot; and a provider outraced on a slot re-picks
// on its next step instead of waiting ShardWait for a push that never comes.
func TestSalesTakesTheUnreservedSlot(t *testing.T) {
	w := newWorld(t, 0)
	ctx := t.Context()
	sr := stageRequest(t, w, 2)
	b := w.idleProvider(t, 3, filepath.Join(t.TempDir(), "b"))
	a := w.account(t, 2)
	if err := a.RegisterProvider(ctx, []byte("not a real peer")); err != nil {
		t.Fatal(err)
	}
	// A takes the very slot B would try first.
	first := market.PreferredSlot(b.Address(), sr.req.ID, 2)
	other := 1 - first
	if err := a.EnsureAllowance(ctx, contracts.Tokens(100)); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ReserveSlot(ctx, sr.req.ID, first); err != nil {
		t.Fatal(err)
	}
	b.Sales().Offer(&sr.req)
	stepSales(t, b, b.Market())
	if got := reservers(t, a, market.SlotID(sr.req.ID, other)); len(got) != 1 || got[0] != b.Address() {
		t.Fatalf("slot %d reservers %v, want only %s (slot %d was taken by %s)", other, got, b.Address(), first, a.Sender().Address())
	}

	t.Run("OutracedRepicks", func(t *testing.T) {
		// C reserves the slot A holds, A fills it: C's next step lets go of
		// it and takes what is left, at once.
		sr2 := stageRequest(t, w, 2)
		c := w.idleProvider(t, 4, filepath.Join(t.TempDir(), "c"))
		mine := market.PreferredSlot(c.Address(), sr2.req.ID, 2)
		ablock, err := a.ReserveSlot(ctx, sr2.req.ID, mine)
		if err != nil {
			t.Fatal(err)
		}
		// Make the other slot look busier so C joins A on its own slot.
		d := w.account(t, 5)
		e := w.account(t, 6)
		for _, x := range []*market.Market{d, e} {
			if err := x.RegisterProvider(ctx, []byte("not a real peer")); err != nil {
				t.Fatal(err)
			}
			if err := x.EnsureAllowance(ctx, contracts.Tokens(100)); err != nil {
				t.Fatal(err)
			}
			if _, err := x.ReserveSlot(ctx, sr2.req.ID, 1-mine); err != nil {
				t.Fatal(err)
			}
		}
		c.Sales().Offer(&sr2.req)
		stepSales(t, c, c.Market())
		if got := reservers(t, a, market.SlotID(sr2.req.ID, mine)); len(got) != 2 {
			t.Fatalf("slot %d reservers %v, want A and C", mine, got)
		}
		fillAs(t, w, a, sr2, mine, ablock)
		start := time.Now()
		stepSales(t, c, c.Market()) // sees the slot filled by A: lets go, queues the request again
		stepSales(t, c, c.Market()) // reserves the other slot
		if !contains(reservers(t, a, market.SlotID(sr2.req.ID, 1-mine)), c.Address()) {
			t.Fatalf("C did not re-pick slot %d after losing slot %d", 1-mine, mine)
		}
		if took := time.Since(start); took > time.Minute {
			t.Fatalf("re-pick took %s", took)
		}
	})
}

func contains(as []common.Address, a common.Address) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// putShard stores shard i of sr in p's store, as a finished push would.
func putShard(t *testing.T, st *storage.Store, sr *stagedRequest, i uint64) {
	t.Helper()
	w, err := st.Begin(storage.SlotID(market.SlotID(sr.req.ID, i)), storage.ShardMeta{RequestID: sr.req.ID, SlotIndex: i, Root: sr.trees[i].Root(), Size: stagedShardSize})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(sr.shards[i]); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

// TestKillAfterFillSentKeepsShard: the provider is killed after its
// fillSlot is sent and before the receipt; the transaction mines while it
// is down. The restarted provider finds a Stored shard with no live
// reservation (our fill consumed it), keeps it, adopts it once a
// confirmed view shows us as holder, and proves it next epoch.
func TestKillAfterFillSentKeepsShard(t *testing.T) {
	w := newWorld(t, 0)
	ctx := t.Context()
	sr := stageRequest(t, w, 2)
	dir := filepath.Join(t.TempDir(), "p")
	p := w.idleProvider(t, 3, dir)
	m := p.Market()
	for i := range uint64(2) {
		putShard(t, p.Store(), sr, i)
	}
	p.Sales().Offer(&sr.req)
	stepSales(t, p, m)
	var slot [32]byte
	var index uint64
	for i := range uint64(2) {
		if contains(reservers(t, m, market.SlotID(sr.req.ID, i)), p.Address()) {
			slot, index = market.SlotID(sr.req.ID, i), i
		}
	}
	if slot == ([32]byte{}) {
		t.Fatal("no slot reserved")
	}
	head, err := w.chain.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Clock.WaitForBlock(ctx, head+m.Config.FillDelayBlocks+2); err != nil {
		t.Fatal(err)
	}
	// Stop mining: the fill is sent, its receipt never comes.
	rpc := w.chain.Client.RPC()
	if err := rpc.CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
		t.Fatal(err)
	}
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	mining := false
	defer func() { // a failure below must not leave the chain stopped
		if !mining {
			_ = rpc.CallContext(context.WithoutCancel(ctx), nil, "evm_setIntervalMining", 1)
		}
	}()
	epoch, _, err := m.Clock.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second) // time to send; the receipt never comes
	err = p.Sales().Step(sctx, epoch)
	cancel()
	if err == nil {
		t.Fatal("sales step filled with mining stopped")
	}
	if err := p.Close(); err != nil { // killed
		t.Fatal(err)
	}
	if err := w.chain.Client.MineBlocks(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if err := rpc.CallContext(ctx, nil, "evm_setIntervalMining", 1); err != nil {
		t.Fatal(err)
	}
	mining = true
	si, err := m.SlotInfo(ctx, slot)
	if err != nil {
		t.Fatal(err)
	}
	if si.State != market.SlotFilled || si.Provider != p.Address() {
		t.Fatalf("slot %d is %s held by %s: the fill sent before the kill did not land", index, market.SlotStateName(si.State), si.Provider)
	}

	q := w.idleProvider(t, 3, dir) // restarted on the same datadir
	if err := q.ResumeForTest(ctx); err != nil {
		t.Fatal(err)
	}
	proved := false
	deadline := time.Now().Add(60 * time.Second)
	for !proved && time.Now().Before(deadline) {
		epoch, _, err := m.Clock.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		_ = q.Step(sctx, epoch) // errors are retried; the state below is what counts
		cancel()
		info, err := q.Store().Info(storage.SlotID(slot))
		if err != nil {
			t.Fatalf("epoch %d: the restarted provider dropped the shard of the slot it holds: %v", epoch, err)
		}
		if info.State >= storage.StateFilled {
			l := w.ledger(ctx, t)
			for e := range l.proofs[slot] {
				proved = proved || e >= epoch-1
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	if !proved {
		t.Fatal("the restarted provider never proved the slot it holds")
	}
}
