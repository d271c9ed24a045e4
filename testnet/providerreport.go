package testnet

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

// ProviderReport is a provider's standing on a protocol v2 marketplace, from
// the chain alone (what `cairn provider status --address` and `cairn devnet
// status` print): its proof sets and the slots it holds or held.
type ProviderReport struct {
	Address      common.Address
	Registered   bool
	TokenBalance *big.Int
	Withdrawable *big.Int
	Sets         []SetReport
	Slots        []SlotReport
	// Sums over Sets (Proofs, Misses: recorded set-epochs) and Slots.
	Proofs, Misses  uint64
	Earned, Slashed *big.Int // settled pay and slashes (TenureSettled)
	Pending         *big.Int // pay proven but not yet settled (tenureInfo.pendingPay)
	Forfeited       *big.Int // collateral of forfeit tenures (a failed set, an exit)
	Collateral      *big.Int // locked in tenures not yet final
}

// SetReport is one proof set's record.
type SetReport struct {
	ID                   uint64
	State                string // active, failed, retired
	Live                 uint32 // members in the newest view
	Head                 uint32 // first unrecorded epoch
	CumProven, CumMissed uint32
}

// SlotReport is one tenure of the provider.
type SlotReport struct {
	Request    [32]byte
	Index      uint64
	SetID      uint64
	Tenure     *big.Int
	Kind       string // initial, late, repair, renewal
	State      string // holding, ended, forfeit
	Proven     uint32 // epochs settled as proven so far
	End        uint32
	Collateral *big.Int
	Earned     *big.Int
	Slashed    *big.Int
	Pending    *big.Int
}

// KindName names a slot kind for people.
func KindName(k uint8) string {
	return [...]string{"closed", "initial", "late", "repair", "renewal", "unknown"}[min(int(k), 5)]
}

// ReadProviderReport reads who's sets (SetCreated by owner), tenures
// (SlotFilled by provider) and settlements (TenureSettled) from m.
func ReadProviderReport(ctx context.Context, m *marketv2.Market, who common.Address) (ProviderReport, error) {
	r := ProviderReport{Address: who, Earned: new(big.Int), Slashed: new(big.Int), Pending: new(big.Int), Forfeited: new(big.Int), Collateral: new(big.Int)}
	var err error
	if r.TokenBalance, err = m.TokenBalance(ctx, who); err != nil {
		return r, err
	}
	if r.Withdrawable, err = m.Balance(ctx, who); err != nil {
		return r, err
	}
	info, err := PeerInfo(ctx, m, who)
	if err != nil {
		return r, err
	}
	r.Registered = len(info) > 0
	mp := contracts.NewMarketplaceV2()
	evs := mp.GetABI().Events
	whoTopic := common.BytesToHash(who.Bytes())
	sets, err := filterLogs(ctx, m, [][]common.Hash{{evs[contracts.MarketplaceV2SetCreatedEventName].ID}, nil, {whoTopic}})
	if err != nil {
		return r, err
	}
	for i := range sets {
		ev, err := mp.UnpackSetCreatedEvent(&sets[i])
		if err != nil {
			return r, fmt.Errorf("set of %s: %w", who, err)
		}
		si, err := m.SetInfo(ctx, ev.SetId)
		if err != nil {
			return r, err
		}
		r.Sets = append(r.Sets, SetReport{ID: ev.SetId, State: marketv2.SetStateName(si.State), Live: si.Live, Head: si.Head,
			CumProven: si.CumProven, CumMissed: si.CumMissed})
		r.Proofs += uint64(si.CumProven)
		r.Misses += uint64(si.CumMissed)
	}
	fills, err := filterLogs(ctx, m, [][]common.Hash{{evs[contracts.MarketplaceV2SlotFilledEventName].ID}, nil, nil, {whoTopic}})
	if err != nil {
		return r, err
	}
	byTenure := map[string]int{}
	var tenureTopics []common.Hash
	for i := range fills {
		ev, err := mp.UnpackSlotFilledEvent(&fills[i])
		if err != nil {
			return r, fmt.Errorf("fill of %s: %w", who, err)
		}
		ti, err := m.TenureInfo(ctx, ev.TenureId)
		if err != nil {
			return r, err
		}
		s := SlotReport{Request: ev.RequestId, Index: ev.Index.Uint64(), SetID: ti.SetId, Tenure: ev.TenureId, Kind: KindName(ev.Kind),
			State: "holding", Proven: ti.Proven, End: ti.End, Collateral: ti.Collateral, Earned: new(big.Int), Slashed: new(big.Int),
			Pending: new(big.Int)}
		if ti.PendingPay != nil {
			s.Pending.Set(ti.PendingPay)
			r.Pending.Add(r.Pending, ti.PendingPay)
		}
		switch {
		case ti.Flags&marketv2.FlagForfeit != 0:
			s.State = "forfeit"
			r.Forfeited.Add(r.Forfeited, ti.Collateral)
		case ti.Flags&marketv2.FlagFinal != 0:
			s.State = "ended"
		default:
			r.Collateral.Add(r.Collateral, ti.Collateral)
		}
		byTenure[ev.TenureId.String()] = len(r.Slots)
		tenureTopics = append(tenureTopics, common.BigToHash(ev.TenureId))
		r.Slots = append(r.Slots, s)
	}
	if len(tenureTopics) == 0 {
		return r, nil
	}
	settled, err := filterLogs(ctx, m, [][]common.Hash{{evs[contracts.MarketplaceV2TenureSettledEventName].ID}, tenureTopics})
	if err != nil {
		return r, err
	}
	for i := range settled {
		ev, err := mp.UnpackTenureSettledEvent(&settled[i])
		if err != nil {
			return r, fmt.Errorf("settlement of %s: %w", who, err)
		}
		if j, ok := byTenure[ev.TenureId.String()]; ok {
			r.Slots[j].Earned.Add(r.Slots[j].Earned, ev.Pay)
			r.Slots[j].Slashed.Add(r.Slots[j].Slashed, ev.Slashed)
		}
		r.Earned.Add(r.Earned, ev.Pay)
		r.Slashed.Add(r.Slashed, ev.Slashed)
	}
	return r, nil
}

// filterLogs reads the marketplace's logs matching topics since its
// deployment, a page of blocks at a time (chain.FilterLogsPaged).
func filterLogs(ctx context.Context, m *marketv2.Market, topics [][]common.Hash) ([]types.Log, error) {
	head, err := m.Client().BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read logs: %w", err)
	}
	return chain.FilterLogsPaged(ctx, m.Client(), ethereum.FilterQuery{Addresses: []common.Address{m.Address()}, Topics: topics},
		m.Deployment().Block, head, 0)
}
