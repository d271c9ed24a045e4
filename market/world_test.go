package market_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// providerConfig is the policy of every test provider: the defaults at a
// 100 ms poll, deleting on views 2 blocks deep.
func providerConfig() market.ProviderConfig {
	cfg := market.DefaultProviderConfig()
	cfg.Poll = 100 * time.Millisecond
	cfg.Confirmations = 2
	return cfg
}

// restartProvider stops the provider at addr and runs it again on the same
// datadir with the same wallet, as a restarted daemon would.
// t is the calling (sub)test; the new provider lives as long as the world.
func (w *world) restartProvider(t *testing.T, addr common.Address) *testnet.ProviderNode {
	t.Helper()
	old := w.providers[addr]
	if err := old.Stop(); err != nil {
		t.Fatalf("stop provider %s: %v", addr, err)
	}
	n, err := w.chain.RunProvider(w.t.Context(), old.Signer, old.Dir, 1<<30, providerConfig(), w.log.With("acct", addr, "restarted", true))
	if err != nil {
		t.Fatalf("restart provider %s: %v", addr, err)
	}
	w.providers[addr] = n
	w.t.Cleanup(func() { _ = n.Stop() })
	return n
}

// stopProviders stops every provider, so the chain's accounting holds
// still: it then waits two blocks, for a transaction a provider sent just
// before it stopped (its receipt no longer awaited) to land.
func (w *world) stopProviders(t *testing.T) {
	t.Helper()
	for a, n := range w.providers {
		if err := n.Stop(); err != nil {
			t.Errorf("stop provider %s: %v", a, err)
		}
	}
	head, err := w.chain.Client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	clock := chain.EpochClock{Heads: w.chain.Client}
	if err := clock.WaitForBlock(t.Context(), head+2); err != nil {
		t.Fatal(err)
	}
}

// ledger reads the Marketplace's views and events pinned to one block, so
// checks that combine several reads see one state of a live chain.
type ledger struct {
	t     *testing.T
	block uint64
	mk    *contracts.Marketplace
	inst  *bind.BoundContract
	tok   *contracts.CairnToken
	tinst *bind.BoundContract

	proofs    map[[32]byte]map[uint64]common.Address // slot → epoch → prover
	proofsBy  map[common.Address]map[[32]byte]int
	failed    map[[32]byte]map[uint64]string   // slot → epoch → ProofFailed reason
	misses    map[[32]byte]map[uint64]*big.Int // slot → epoch → amount slashed
	fees      map[common.Address]*big.Int      // settle fees earned
	slotFees  map[[32]byte]*big.Int            // settle fees paid from a slot's request
	settlers  map[[32]byte][]common.Address    // slot → who settled it
	withdrawn map[common.Address]*big.Int
	reserved  map[common.Address]int
	filled    map[common.Address]int
	lastFill  map[common.Address]uint64 // epoch of each provider's latest fill
}

// ledger reads every Marketplace event up to the current head.
func (w *world) ledger(ctx context.Context, t *testing.T) *ledger {
	t.Helper()
	head, err := w.chain.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	l := &ledger{t: t, block: head, mk: contracts.NewMarketplace(), tok: contracts.NewCairnToken(),
		proofs: map[[32]byte]map[uint64]common.Address{}, failed: map[[32]byte]map[uint64]string{}, proofsBy: map[common.Address]map[[32]byte]int{},
		misses: map[[32]byte]map[uint64]*big.Int{}, fees: map[common.Address]*big.Int{}, slotFees: map[[32]byte]*big.Int{}, settlers: map[[32]byte][]common.Address{},
		withdrawn: map[common.Address]*big.Int{}, reserved: map[common.Address]int{}, filled: map[common.Address]int{}, lastFill: map[common.Address]uint64{}}
	l.inst = l.mk.Instance(w.chain.Client, w.chain.Dep.Marketplace)
	l.tinst = l.tok.Instance(w.chain.Client, w.chain.Dep.Token)
	logs, err := w.chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.chain.Dep.Block),
		ToBlock:   new(big.Int).SetUint64(head),
		Addresses: []common.Address{w.chain.Dep.Marketplace},
	})
	if err != nil {
		t.Fatal(err)
	}
	add := func(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
		if m[a] == nil {
			m[a] = new(big.Int)
		}
		m[a].Add(m[a], v)
	}
	for i := range logs {
		lg := &logs[i]
		if ev, err := l.mk.UnpackProofSubmittedEvent(lg); err == nil {
			if l.proofs[ev.SlotId] == nil {
				l.proofs[ev.SlotId] = map[uint64]common.Address{}
			}
			if l.proven(ev.SlotId, ev.Epoch.Uint64()) {
				t.Errorf("slot %x proven twice in epoch %d", ev.SlotId[:4], ev.Epoch)
			}
			l.proofs[ev.SlotId][ev.Epoch.Uint64()] = ev.Provider
			if l.proofsBy[ev.Provider] == nil {
				l.proofsBy[ev.Provider] = map[[32]byte]int{}
			}
			l.proofsBy[ev.Provider][ev.SlotId]++
		} else if ev, err := l.mk.UnpackProofFailedEvent(lg); err == nil {
			if l.failed[ev.SlotId] == nil {
				l.failed[ev.SlotId] = map[uint64]string{}
			}
			l.failed[ev.SlotId][ev.Epoch.Uint64()], _ = contracts.ErrorName(ev.Reason[:])
		} else if ev, err := l.mk.UnpackMissSlashedEvent(lg); err == nil {
			if l.misses[ev.SlotId] == nil {
				l.misses[ev.SlotId] = map[uint64]*big.Int{}
			}
			l.misses[ev.SlotId][ev.Epoch.Uint64()] = ev.Amount
		} else if ev, err := l.mk.UnpackSlotSettledEvent(lg); err == nil {
			add(l.fees, ev.Settler, ev.Fee)
			l.slotFees[ev.SlotId] = new(big.Int).Add(zeroIfNil(l.slotFees[ev.SlotId]), ev.Fee)
			l.settlers[ev.SlotId] = append(l.settlers[ev.SlotId], ev.Settler)
		} else if ev, err := l.mk.UnpackWithdrawnEvent(lg); err == nil {
			add(l.withdrawn, ev.Account, ev.Amount)
		} else if ev, err := l.mk.UnpackSlotReservedEvent(lg); err == nil {
			l.reserved[ev.Provider]++
		} else if ev, err := l.mk.UnpackSlotFilledEvent(lg); err == nil {
			l.filled[ev.Provider]++
			l.lastFill[ev.Provider] = max(l.lastFill[ev.Provider], ev.Epoch.Uint64())
		}
	}
	return l
}

func (l *ledger) opts(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(l.block)}
}

func (l *ledger) pullBalance(ctx context.Context, who common.Address) *big.Int {
	v, err := bind.Call(l.inst, l.opts(ctx), l.mk.PackBalanceOf(who), l.mk.UnpackBalanceOf)
	if err != nil {
		l.t.Fatal(err)
	}
	return v
}

func (l *ledger) tokenBalance(ctx context.Context, who common.Address) *big.Int {
	v, err := bind.Call(l.tinst, l.opts(ctx), l.tok.PackBalanceOf(who), l.tok.UnpackBalanceOf)
	if err != nil {
		l.t.Fatal(err)
	}
	return v
}

func (l *ledger) slotInfo(ctx context.Context, slot [32]byte) contracts.IMarketplaceSlotInfo {
	v, err := bind.Call(l.inst, l.opts(ctx), l.mk.PackSlotInfo(slot), l.mk.UnpackSlotInfo)
	if err != nil {
		l.t.Fatal(err)
	}
	return v
}

func (l *ledger) requestInfo(ctx context.Context, id [32]byte) contracts.IMarketplaceRequestInfo {
	v, err := bind.Call(l.inst, l.opts(ctx), l.mk.PackRequestInfo(id), l.mk.UnpackRequestInfo)
	if err != nil {
		l.t.Fatal(err)
	}
	return v
}

// proven reports whether a proof of slot for epoch was accepted.
func (l *ledger) proven(slot [32]byte, epoch uint64) bool {
	_, ok := l.proofs[slot][epoch]
	return ok
}

func (l *ledger) missCount(slot [32]byte) uint64 { return uint64(len(l.misses[slot])) }

func (l *ledger) slashed(slot [32]byte) *big.Int {
	s := new(big.Int)
	for _, a := range l.misses[slot] {
		s.Add(s, a)
	}
	return s
}

func zeroIfNil(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func mul(a *big.Int, n int) *big.Int { return new(big.Int).Mul(a, big.NewInt(int64(n))) }
