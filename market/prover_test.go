package market

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

var errRPC = errors.New("connection refused")

// fakeProofChain is a chain whose reads fail on demand.
type fakeProofChain struct {
	mu          sync.Mutex
	me          common.Address
	failIndices int // ChallengeIndices calls still to fail
	failSubmit  int
	submitted   []contracts.IMarketplaceSlotProof
}

func (f *fakeProofChain) SlotInfo(context.Context, [32]byte) (contracts.IMarketplaceSlotInfo, error) {
	return contracts.IMarketplaceSlotInfo{State: SlotFilled, Provider: f.me}, nil
}

func (f *fakeProofChain) ChallengeIndices(context.Context, [32]byte, uint64) ([]uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failIndices > 0 {
		f.failIndices--
		return nil, errRPC
	}
	return []uint64{0, 3}, nil
}

func (f *fakeProofChain) SubmitProofs(_ context.Context, batch []contracts.IMarketplaceSlotProof) ([]ProofResult, *types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failSubmit > 0 {
		f.failSubmit--
		return nil, nil, errRPC
	}
	var out []ProofResult
	for _, b := range batch {
		f.submitted = append(f.submitted, b)
		out = append(out, ProofResult{Slot: b.SlotId, Epoch: b.Epoch, OK: true})
	}
	return out, nil, nil
}

func (f *fakeProofChain) Settle(context.Context, [32]byte) (uint64, error) { return 0, nil }

type fakeRequests struct {
	mu    sync.Mutex
	fails int
}

func (f *fakeRequests) RequestInfo(context.Context, [32]byte) (contracts.IMarketplaceRequestInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fails > 0 {
		f.fails--
		return contracts.IMarketplaceRequestInfo{}, errRPC
	}
	return contracts.IMarketplaceRequestInfo{State: RequestActive, StartEpoch: 1, EndEpoch: 100}, nil
}

// TestProverErrorsAreNotSwallowed: an unreadable request or challenge is an
// error of the step (the loop logs and counts it) and the epoch is tried
// again, never read as void; a proof sent and not accepted by the epoch's
// end is a counted miss and /health's "proof failed" for one epoch.
func TestProverErrorsAreNotSwallowed(t *testing.T) {
	ctx := t.Context()
	me := common.HexToAddress("0x01")
	st, slot := storeWithShard(t, 2, 9)
	if err := st.SetState(slot, storage.StateFilled); err != nil {
		t.Fatal(err)
	}
	fc := &fakeProofChain{me: me, failIndices: 1}
	reqs := &fakeRequests{fails: 1}
	met := newProviderMetrics()
	p := &batchProver{cfg: ProviderConfig{ProofBatch: 10}, log: slog.New(slog.DiscardHandler), m: fc, store: st,
		terms: newTermsCache(reqs), met: met, me: me, next: map[[32]byte]uint64{}, owed: map[[32]byte]uint64{}}
	submitted := func() int { fc.mu.Lock(); defer fc.mu.Unlock(); return len(fc.submitted) }

	if err := p.Step(ctx, 2); !errors.Is(err, errRPC) {
		t.Fatalf("step with the request unreadable: %v, want the RPC error", err)
	}
	if err := p.Step(ctx, 2); !errors.Is(err, errRPC) {
		t.Fatalf("step with the challenges unreadable: %v, want the RPC error", err)
	}
	if submitted() != 0 {
		t.Fatal("a proof was sent without its challenges")
	}
	if err := p.Step(ctx, 2); err != nil || submitted() != 1 {
		t.Fatalf("retried step: %v, %d proofs sent; want epoch 2 proven", err, submitted())
	}
	if err := p.Step(ctx, 2); err != nil || submitted() != 1 {
		t.Fatalf("step again in epoch 2: %v, %d proofs sent; want no second proof", err, submitted())
	}
	fc.mu.Lock()
	fc.failSubmit = 1
	fc.mu.Unlock()
	if err := p.Step(ctx, 3); !errors.Is(err, errRPC) {
		t.Fatalf("step with submitProofs failing: %v, want the RPC error", err)
	}
	if p.FailedLast() || missedTotal(t, met) != 0 {
		t.Fatal("a miss counted before its epoch ended")
	}
	if err := p.Step(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if got := missedTotal(t, met); got != 1 {
		t.Fatalf("proofs_missed_total = %v after epoch 3's proof was lost, want 1", got)
	}
	if !p.FailedLast() {
		t.Fatal("FailedLast false in the epoch after a miss")
	}
	if err := p.Step(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if p.FailedLast() {
		t.Fatal("FailedLast still true two epochs after the miss")
	}
}

func missedTotal(t *testing.T, met *providerMetrics) float64 {
	t.Helper()
	mfs, err := met.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == "cairn_provider_proofs_missed_total" {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatal("no proofs_missed_total")
	return 0
}
