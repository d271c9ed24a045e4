package main

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// view reads the devnet's chain directly (read-only), to show what the
// CLI does not: each proof set's proveSet transactions per epoch, set
// failures, and who holds each slot through which set.
type view struct {
	cl *chain.Client
	m  *marketv2.Market
	mp *contracts.MarketplaceV2
}

func (d *demo) openView(ctx context.Context) (*view, error) {
	cl, err := chain.Dial(ctx, d.info.RPCURL, d.info.ChainID)
	if err != nil {
		return nil, err
	}
	m, err := marketv2.Open(ctx, cl, nil, d.info.Deployment)
	if err != nil {
		cl.Close()
		return nil, err
	}
	return &view{cl: cl, m: m, mp: contracts.NewMarketplaceV2()}, nil
}

func (v *view) Close() { v.cl.Close() }

func (v *view) logs(ctx context.Context, event string, from uint64, topics ...[]common.Hash) ([]types.Log, error) {
	head, err := v.cl.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	ev := v.mp.GetABI().Events[event]
	q := ethereum.FilterQuery{Addresses: []common.Address{v.m.Address()}, Topics: append([][]common.Hash{{ev.ID}}, topics...)}
	return chain.FilterLogsPaged(ctx, v.cl, q, max(from, v.m.Deployment().Block), head, 0)
}

// owners maps every proof set to its owner.
func (v *view) owners(ctx context.Context) (map[uint64]common.Address, error) {
	ls, err := v.logs(ctx, contracts.MarketplaceV2SetCreatedEventName, 0)
	if err != nil {
		return nil, err
	}
	out := map[uint64]common.Address{}
	for i := range ls {
		ev, err := v.mp.UnpackSetCreatedEvent(&ls[i])
		if err != nil {
			return nil, err
		}
		out[ev.SetId] = ev.Owner
	}
	return out, nil
}

// proofTxs counts, per epoch and per set, the proveSet transactions
// (SetProven events) mined since block from.
func (v *view) proofTxs(ctx context.Context, from uint64) (map[uint64]map[uint64]int, error) {
	ls, err := v.logs(ctx, contracts.MarketplaceV2SetProvenEventName, from)
	if err != nil {
		return nil, err
	}
	out := map[uint64]map[uint64]int{}
	for i := range ls {
		ev, err := v.mp.UnpackSetProvenEvent(&ls[i])
		if err != nil {
			return nil, err
		}
		e := ev.Epoch.Uint64()
		if out[e] == nil {
			out[e] = map[uint64]int{}
		}
		out[e][ev.SetId]++
	}
	return out, nil
}

// holder is one slot of a request as the lens sees it.
type holder struct {
	Index  uint64
	Owner  common.Address // zero: no current tenure
	SetID  uint64
	Kind   uint8
	Tenure string
}

func (v *view) holders(ctx context.Context, req [32]byte) ([]holder, error) {
	ri, err := v.m.RequestInfo(ctx, req)
	if err != nil {
		return nil, err
	}
	var out []holder
	for i := range uint64(ri.K) + uint64(ri.M) {
		si, err := v.m.SlotInfo(ctx, req, i)
		if err != nil {
			return nil, err
		}
		h := holder{Index: i, Kind: si.Kind}
		if si.Tenure != nil && si.Tenure.Sign() != 0 {
			ti, err := v.m.TenureInfo(ctx, si.Tenure)
			if err != nil {
				return nil, err
			}
			if ti.Flags&(marketv2.FlagFinal|marketv2.FlagForfeit) == 0 {
				h.Owner, h.SetID, h.Tenure = ti.Owner, ti.SetId, si.Tenure.String()
			}
		}
		out = append(out, h)
	}
	return out, nil
}

// settleSets counts the settleSet transactions on set (SetSettled events)
// since block from, and whether one of them failed it (SetFailed).
func (v *view) settleSets(ctx context.Context, set uint64, from uint64) (settled int, failedAt int64, err error) {
	topic := common.BigToHash(new(big.Int).SetUint64(set))
	ls, err := v.logs(ctx, contracts.MarketplaceV2SetSettledEventName, from, []common.Hash{topic})
	if err != nil {
		return 0, -1, err
	}
	fs, err := v.logs(ctx, contracts.MarketplaceV2SetFailedEventName, from, []common.Hash{topic})
	if err != nil {
		return 0, -1, err
	}
	failedAt = -1
	if len(fs) > 0 {
		ev, err := v.mp.UnpackSetFailedEvent(&fs[0])
		if err != nil {
			return 0, -1, err
		}
		failedAt = ev.Epoch.Int64()
	}
	return len(ls), failedAt, nil
}

// extensions counts ExtensionAccepted events since block from.
func (v *view) extensions(ctx context.Context, from uint64) (int, error) {
	ls, err := v.logs(ctx, contracts.MarketplaceV2ExtensionAcceptedEventName, from)
	return len(ls), err
}

func (v *view) head(ctx context.Context) (uint64, error) {
	h, err := v.cl.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("head: %w", err)
	}
	return h, nil
}
