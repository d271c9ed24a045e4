package chaos

import (
	"context"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Call is one transaction a provider sent to the Marketplace, as mined.
type Call struct {
	Block uint64
	Hash  common.Hash
	Args  []any // the method's inputs, decoded
}

// Address is provider i's wallet address (1-based).
func (h *Harness) Address(i int) common.Address { return h.provider(i).Address }

// Calls lists the mined transactions from provider i to the Marketplace
// calling method (an IMarketplaceV2 method name: "proveSet", "fillSlot",
// "reserveSlot"), successful or reverted, from block from to the head:
// what the chain charged it for, so a test can count that a call was
// paid once.
func (h *Harness) Calls(ctx context.Context, i int, method string, from uint64) []Call {
	h.t.Helper()
	m, ok := contracts.NewMarketplaceV2().GetABI().Methods[method]
	if !ok {
		h.t.Fatalf("no marketplace method %q", method)
	}
	who := h.Address(i)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(h.Info.ChainID))
	head, err := h.Client.BlockNumber(ctx)
	if err != nil {
		h.t.Fatalf("head: %v", err)
	}
	var out []Call
	for b := max(from, h.Market.Deployment().Block); b <= head; b++ {
		blk, err := h.Client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			h.t.Fatalf("block %d: %v", b, err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != h.Market.Address() || len(tx.Data()) < 4 || string(tx.Data()[:4]) != string(m.ID) {
				continue
			}
			if s, err := types.Sender(signer, tx); err != nil || s != who {
				continue
			}
			args, err := m.Inputs.Unpack(tx.Data()[4:])
			if err != nil {
				h.t.Fatalf("decode %s of %s: %v", method, tx.Hash(), err)
			}
			out = append(out, Call{Block: b, Hash: tx.Hash(), Args: args})
		}
	}
	return out
}

// SetProofs counts SetProven events by set and epoch.
func (h *Harness) SetProofs(ctx context.Context) map[uint64]map[uint64]int {
	h.t.Helper()
	mp := contracts.NewMarketplaceV2()
	out := map[uint64]map[uint64]int{}
	ls := h.logs(ctx, contracts.MarketplaceV2SetProvenEventName)
	for i := range ls {
		ev, err := mp.UnpackSetProvenEvent(&ls[i])
		if err != nil {
			h.t.Fatal(err)
		}
		if out[ev.SetId] == nil {
			out[ev.SetId] = map[uint64]int{}
		}
		out[ev.SetId][ev.Epoch.Uint64()]++
	}
	return out
}

// Partial is the size of the largest partial (receiving) shard file in
// provider i's store, 0 if none.
func (h *Harness) Partial(i int) int64 {
	dir := filepath.Join(h.provider(i).DataDir, "provider", "store", "partial")
	ents, _ := os.ReadDir(dir)
	var n int64
	for _, e := range ents {
		if info, err := e.Info(); err == nil && info.Size() > n {
			n = info.Size()
		}
	}
	return n
}

// ShardFiles counts provider i's complete shard files.
func (h *Harness) ShardFiles(i int) int {
	ents, _ := os.ReadDir(filepath.Join(h.provider(i).DataDir, "provider", "store", "shards"))
	return len(ents)
}

// Events counts the Marketplace's events of one name.
func (h *Harness) Events(ctx context.Context, event string) []types.Log {
	h.t.Helper()
	return h.logs(ctx, event)
}

// DataDir is provider i's datadir.
func (h *Harness) DataDir(i int) string { return h.provider(i).DataDir }

// Holders maps every slot of the client's requests that a devnet
// provider's live tenure holds to that holding, without failing the test
// (CheckAssigned checks); a poll for a repair reads it.
func (h *Harness) Holders(ctx context.Context) map[[32]byte]Held {
	h.t.Helper()
	mp := contracts.NewMarketplaceV2()
	byAddr := map[common.Address]int{}
	for _, p := range h.Info.Providers {
		byAddr[p.Address] = p.Index
	}
	out := map[[32]byte]Held{}
	reqs := h.logs(ctx, contracts.MarketplaceV2StorageRequestedEventName, nil, []common.Hash{common.BytesToHash(h.Info.Client.Address.Bytes())})
	for i := range reqs {
		ev, err := mp.UnpackStorageRequestedEvent(&reqs[i])
		if err != nil {
			h.t.Fatal(err)
		}
		for j := range uint64(ev.Params.K) + uint64(ev.Params.M) {
			si, err := h.Market.SlotInfo(ctx, ev.RequestId, j)
			if err != nil || si.Tenure == nil || si.Tenure.Sign() == 0 {
				continue
			}
			ti, err := h.Market.TenureInfo(ctx, si.Tenure)
			if err != nil || ti.Flags&(marketv2.FlagFinal|marketv2.FlagForfeit) != 0 {
				continue
			}
			if p, ok := byAddr[ti.Owner]; ok {
				slot := marketv2.SlotID(ev.RequestId, j)
				out[slot] = Held{Request: ev.RequestId, Index: j, Slot: slot, Provider: p, SetID: ti.SetId, Tenure: si.Tenure}
			}
		}
	}
	return out
}
