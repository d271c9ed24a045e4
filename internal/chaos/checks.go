package chaos

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Held is one filled slot of a request, who holds it and in which set.
type Held struct {
	Request  [32]byte
	Index    uint64
	Slot     [32]byte
	Provider int // 1-based devnet index
	SetID    uint64
	Tenure   *big.Int
}

// logs reads the marketplace's logs of event since its deployment.
func (h *Harness) logs(ctx context.Context, event string, topics ...[]common.Hash) []types.Log {
	h.t.Helper()
	ev := contracts.NewMarketplaceV2().GetABI().Events[event]
	head, err := h.Client.BlockNumber(ctx)
	if err != nil {
		h.t.Fatalf("head: %v", err)
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{h.Market.Address()}, Topics: append([][]common.Hash{{ev.ID}}, topics...)}
	ls, err := chain.FilterLogsPaged(ctx, h.Client, q, h.Market.Deployment().Block, head, 0)
	if err != nil {
		h.t.Fatalf("%s logs: %v", event, err)
	}
	return ls
}

// CheckAssigned checks every request of the devnet's client: each slot's
// current tenure is held by a devnet provider that has the shard file on
// disk, no provider holds two slots of one request (no double fill), and
// every slot is filled. It returns the filled slots.
func (h *Harness) CheckAssigned(ctx context.Context) []Held {
	h.t.Helper()
	mp := contracts.NewMarketplaceV2()
	reqs := h.logs(ctx, contracts.MarketplaceV2StorageRequestedEventName, nil, []common.Hash{common.BytesToHash(h.Info.Client.Address.Bytes())})
	if len(reqs) == 0 {
		h.t.Fatal("the client has no request on chain")
	}
	byAddr := map[common.Address]int{}
	for _, p := range h.Info.Providers {
		byAddr[p.Address] = p.Index
	}
	var held []Held
	for i := range reqs {
		ev, err := mp.UnpackStorageRequestedEvent(&reqs[i])
		if err != nil {
			h.t.Fatal(err)
		}
		id := ev.RequestId
		seen := map[int]uint64{}
		for i := range uint64(ev.Params.K) + uint64(ev.Params.M) {
			si, err := h.Market.SlotInfo(ctx, id, i)
			if err != nil {
				h.t.Fatalf("slot %d of %x: %v", i, id[:4], err)
			}
			if si.Tenure == nil || si.Tenure.Sign() == 0 {
				h.t.Errorf("request %x slot %d has no holder (open to %d)", id[:4], i, si.Kind)
				continue
			}
			ti, err := h.Market.TenureInfo(ctx, si.Tenure)
			if err != nil {
				h.t.Fatal(err)
			}
			if ti.Flags&(marketv2.FlagFinal|marketv2.FlagForfeit) != 0 {
				h.t.Errorf("request %x slot %d: its tenure is over (flags %d), want held", id[:4], i, ti.Flags)
				continue
			}
			p, ok := byAddr[ti.Owner]
			if !ok {
				h.t.Errorf("request %x slot %d held by %s, no devnet provider", id[:4], i, ti.Owner)
				continue
			}
			if j, dup := seen[p]; dup {
				h.t.Errorf("request %x: provider %d holds slots %d and %d", id[:4], p, j, i)
			}
			seen[p] = i
			slot := marketv2.SlotID(id, i)
			file := filepath.Join(h.provider(p).DataDir, "provider", "store", "shards", hex.EncodeToString(slot[:]))
			if st, err := os.Stat(file); err != nil || st.Size() == 0 {
				h.t.Errorf("request %x slot %d: provider %d has no shard file %s (%v)", id[:4], i, p, file, err)
			}
			held = append(held, Held{Request: id, Index: i, Slot: slot, Provider: p, SetID: ti.SetId, Tenure: si.Tenure})
		}
	}
	return held
}

// setProofs counts SetProven events per set.
func (h *Harness) setProofs(ctx context.Context) map[uint64]int {
	mp := contracts.NewMarketplaceV2()
	out := map[uint64]int{}
	ls := h.logs(ctx, contracts.MarketplaceV2SetProvenEventName)
	for i := range ls {
		ev, err := mp.UnpackSetProvenEvent(&ls[i])
		if err != nil {
			h.t.Fatal(err)
		}
		out[ev.SetId]++
	}
	return out
}

// CheckProven waits (up to timeout) until every set holding a slot in held
// has sent at least one more proveSet than when it was called.
func (h *Harness) CheckProven(ctx context.Context, held []Held, timeout time.Duration) {
	h.t.Helper()
	base := h.setProofs(ctx)
	deadline := time.Now().Add(timeout)
	for {
		now := h.setProofs(ctx)
		var behind []Held
		done := map[uint64]bool{}
		for _, s := range held {
			if now[s.SetID] <= base[s.SetID] && !done[s.SetID] {
				behind = append(behind, s)
				done[s.SetID] = true
			}
		}
		if len(behind) == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, s := range behind {
				state := "unknown"
				if si, err := h.Market.SetInfo(ctx, s.SetID); err == nil {
					state = fmt.Sprintf("%s, head %d, cumProven %d, cumMissed %d", marketv2.SetStateName(si.State), si.Head, si.CumProven, si.CumMissed)
				}
				h.t.Errorf("set %d (provider %d, holding slot %d of %x): no new proof within %s (%d before); on chain: %s",
					s.SetID, s.Provider, s.Index, s.Request[:4], timeout, base[s.SetID], state)
			}
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// CheckFunds checks that no reservation lapsed with its deposit burned and
// that the Marketplace's token balance covers the collateral of every held
// slot plus what the providers can withdraw.
func (h *Harness) CheckFunds(ctx context.Context, held []Held) {
	h.t.Helper()
	mp := contracts.NewMarketplaceV2()
	lapsed := h.logs(ctx, contracts.MarketplaceV2ReservationLapsedEventName)
	for i := range lapsed {
		ev, err := mp.UnpackReservationLapsedEvent(&lapsed[i])
		if err != nil {
			h.t.Fatal(err)
		}
		if ev.Burned.Sign() > 0 {
			h.t.Errorf("a reservation of %s lapsed and burned %s (deposit lost)", ev.Reserver, ev.Burned)
		}
	}
	owed := new(big.Int)
	for _, s := range held {
		ti, err := h.Market.TenureInfo(ctx, s.Tenure)
		if err != nil {
			h.t.Fatal(err)
		}
		owed.Add(owed, ti.Collateral)
	}
	for _, p := range h.Info.Providers {
		b, err := h.Market.Balance(ctx, p.Address)
		if err != nil {
			h.t.Fatal(err)
		}
		owed.Add(owed, b)
	}
	bal, err := h.Market.TokenBalance(ctx, h.Market.Address())
	if err != nil {
		h.t.Fatal(err)
	}
	if bal.Cmp(owed) < 0 {
		h.t.Errorf("marketplace holds %s tokens, owes at least %s", bal, owed)
	}
}

// CheckAlive fails for every provider process that exited.
func (h *Harness) CheckAlive() {
	h.t.Helper()
	for _, p := range h.Info.Providers {
		if !h.Alive(p.Index) {
			h.t.Errorf("provider %d exited; log ends:\n%s", p.Index, h.LogTail(p.Index))
		}
	}
}
