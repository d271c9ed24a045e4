package market

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// HeldSlot is one slot a provider filled, as `cairn provider status` shows it.
type HeldSlot struct {
	Request    [32]byte
	Slot       [32]byte
	Index      int
	State      string // the slot's state; "lost" if another provider holds it now
	Proofs     uint64
	Misses     uint64
	Slashed    *big.Int
	Earned     *big.Int // pay for proven epochs while we held it
	Collateral *big.Int // still locked
	Repair     bool
}

// ProviderReport sums up a provider from the chain alone.
type ProviderReport struct {
	Address      common.Address
	Registered   bool
	TokenBalance *big.Int
	Withdrawable *big.Int
	Slots        []HeldSlot
	Proofs       uint64
	Misses       uint64
	Earned       *big.Int
	Slashed      *big.Int
	Collateral   *big.Int
}

// ProviderStatus reads what provider holds and earned from chain events.
func ProviderStatus(ctx context.Context, m *Market, provider common.Address) (ProviderReport, error) {
	rep := ProviderReport{Address: provider, Earned: new(big.Int), Slashed: new(big.Int), Collateral: new(big.Int)}
	info, err := m.PeerInfo(ctx, provider)
	if err != nil {
		return rep, err
	}
	rep.Registered = len(info) > 0
	if rep.TokenBalance, err = m.TokenBalance(ctx, provider); err != nil {
		return rep, err
	}
	if rep.Withdrawable, err = m.Balance(ctx, provider); err != nil {
		return rep, err
	}
	fills, err := m.logs(ctx, "SlotFilled", nil, nil, []common.Hash{common.BytesToHash(provider.Bytes())})
	if err != nil {
		return rep, err
	}
	repairs, err := m.logs(ctx, "SlotRepaired", nil, nil, []common.Hash{common.BytesToHash(provider.Bytes())})
	if err != nil {
		return rep, err
	}
	repaired := map[common.Hash]bool{}
	for _, l := range repairs {
		repaired[l.Topics[2]] = true
	}
	proofs, err := m.logs(ctx, "ProofSubmitted", nil, []common.Hash{common.BytesToHash(provider.Bytes())})
	if err != nil {
		return rep, err
	}
	proofCount := map[common.Hash]uint64{}
	for _, l := range proofs {
		proofCount[l.Topics[1]]++
	}
	slashes, err := m.logs(ctx, "MissSlashed", nil, []common.Hash{common.BytesToHash(provider.Bytes())})
	if err != nil {
		return rep, err
	}
	missCount, slashAmt := map[common.Hash]uint64{}, map[common.Hash]*big.Int{}
	for _, l := range slashes {
		ev, err := m.abi.UnpackMissSlashedEvent(&l)
		if err != nil {
			continue
		}
		missCount[l.Topics[1]]++
		if slashAmt[l.Topics[1]] == nil {
			slashAmt[l.Topics[1]] = new(big.Int)
		}
		slashAmt[l.Topics[1]].Add(slashAmt[l.Topics[1]], ev.Amount)
	}
	for _, l := range fills {
		ev, err := m.abi.UnpackSlotFilledEvent(&l)
		if err != nil {
			continue
		}
		si, err := m.SlotInfo(ctx, ev.SlotId)
		if err != nil {
			return rep, err
		}
		ri, err := m.RequestInfo(ctx, ev.RequestId)
		if err != nil {
			return rep, err
		}
		h := common.Hash(ev.SlotId)
		hs := HeldSlot{Request: ev.RequestId, Slot: ev.SlotId, Index: int(ev.Index.Uint64()), State: SlotStateName(si.State),
			Proofs: proofCount[h], Misses: missCount[h], Slashed: new(big.Int), Collateral: new(big.Int), Repair: repaired[h]}
		if a := slashAmt[h]; a != nil {
			hs.Slashed.Set(a)
		}
		hs.Earned = new(big.Int).Mul(ri.PricePerSlotEpoch, new(big.Int).SetUint64(hs.Proofs))
		if si.Provider != provider {
			hs.State = "lost"
		} else if si.State == SlotFilled {
			hs.Collateral.Set(si.Collateral)
		}
		rep.Slots = append(rep.Slots, hs)
		rep.Proofs += hs.Proofs
		rep.Misses += hs.Misses
		rep.Earned.Add(rep.Earned, hs.Earned)
		rep.Slashed.Add(rep.Slashed, hs.Slashed)
		rep.Collateral.Add(rep.Collateral, hs.Collateral)
	}
	return rep, nil
}
