package chaos

import (
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market"
)

// Held is one filled slot of a request and who holds it.
type Held struct {
	Request  [32]byte
	Index    uint64
	Slot     [32]byte
	Provider int // 1-based devnet index
}

// CheckAssigned checks every request of the devnet's client: each filled
// slot's holder is a devnet provider that has the shard file on disk, no
// provider holds two slots of one request (no double fill), and every
// slot is filled. It returns the filled slots.
func (h *Harness) CheckAssigned(ctx context.Context) []Held {
	h.t.Helper()
	reqs, err := h.Market.RequestsOf(ctx, h.Info.Client.Address)
	if err != nil {
		h.t.Fatalf("requests of the client: %v", err)
	}
	if len(reqs) == 0 {
		h.t.Fatal("the client has no request on chain")
	}
	byAddr := map[common.Address]int{}
	for _, p := range h.Info.Providers {
		byAddr[p.Address] = p.Index
	}
	var held []Held
	for _, r := range reqs {
		seen := map[int]uint64{}
		for i := range uint64(r.Params.K) + uint64(r.Params.M) {
			slot := market.SlotID(r.ID, i)
			si, err := h.Market.SlotInfo(ctx, slot)
			if err != nil {
				h.t.Fatalf("slot %d of %x: %v", i, r.ID[:4], err)
			}
			if si.State != market.SlotFilled {
				h.t.Errorf("request %x slot %d is %s, want filled", r.ID[:4], i, market.SlotStateName(si.State))
				continue
			}
			p, ok := byAddr[si.Provider]
			if !ok {
				h.t.Errorf("request %x slot %d held by %s, no devnet provider", r.ID[:4], i, si.Provider)
				continue
			}
			if j, dup := seen[p]; dup {
				h.t.Errorf("request %x: provider %d holds slots %d and %d", r.ID[:4], p, j, i)
			}
			seen[p] = i
			file := filepath.Join(h.provider(p).DataDir, "provider", "store", "shards", hex.EncodeToString(slot[:]))
			if st, err := os.Stat(file); err != nil || st.Size() == 0 {
				h.t.Errorf("request %x slot %d: provider %d has no shard file %s (%v)", r.ID[:4], i, p, file, err)
			}
			held = append(held, Held{Request: r.ID, Index: i, Slot: slot, Provider: p})
		}
	}
	return held
}

// CheckProven waits (up to timeout) until every slot in held has at least
// one more ProofSubmitted than when it was called.
func (h *Harness) CheckProven(ctx context.Context, held []Held, timeout time.Duration) {
	h.t.Helper()
	slots := make([][32]byte, len(held))
	for i, s := range held {
		slots[i] = s.Slot
	}
	base, err := h.Market.ProofCounts(ctx, slots)
	if err != nil {
		h.t.Fatalf("proof counts: %v", err)
	}
	deadline := time.Now().Add(timeout)
	for {
		now, err := h.Market.ProofCounts(ctx, slots)
		if err != nil {
			h.t.Fatalf("proof counts: %v", err)
		}
		var behind []Held
		for _, s := range held {
			if now[s.Slot] <= base[s.Slot] {
				behind = append(behind, s)
			}
		}
		if len(behind) == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, s := range behind {
				h.t.Errorf("slot %d of %x (provider %d): no new proof within %s (%d before)", s.Index, s.Request[:4], s.Provider, timeout, base[s.Slot])
			}
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// CheckFunds checks that no reservation lapsed and that the Marketplace's
// token balance covers the collateral of every filled slot plus what the
// providers can withdraw.
func (h *Harness) CheckFunds(ctx context.Context, held []Held) {
	h.t.Helper()
	if n, err := h.Market.LapsedReservations(ctx); err != nil {
		h.t.Fatalf("lapsed reservations: %v", err)
	} else if n != 0 {
		h.t.Errorf("%d reservations lapsed (deposit lost)", n)
	}
	owed := new(big.Int)
	for _, s := range held {
		si, err := h.Market.SlotInfo(ctx, s.Slot)
		if err != nil {
			h.t.Fatal(err)
		}
		owed.Add(owed, si.Collateral)
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
