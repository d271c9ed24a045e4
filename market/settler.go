package market

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// SettleResult counts what one settling pass did.
type SettleResult struct {
	Checked int // filled slots looked at
	Settled int // settle transactions sent
	Misses  uint64
}

// SettleOnce is the stand-alone settler (`cairn settle`): it looks at every
// filled slot and settles the ones whose closed epochs hold misses, for the
// settle fee. A static call first tells whether settling applies a miss, so
// no gas is spent on slots that proved.
func SettleOnce(ctx context.Context, m *Market) (SettleResult, error) {
	var res SettleResult
	if m.sender == nil {
		return res, fmt.Errorf("settle: %w", ErrNoWallet)
	}
	fills, err := m.logs(ctx, "SlotFilled")
	if err != nil {
		return res, err
	}
	seen := map[common.Hash]bool{}
	for _, l := range fills {
		slot := l.Topics[2]
		if seen[slot] {
			continue
		}
		seen[slot] = true
		si, err := m.SlotInfo(ctx, slot)
		if err != nil {
			return res, err
		}
		if si.State != SlotFilled {
			continue
		}
		res.Checked++
		misses, err := bind.Call(m.inst, &bind.CallOpts{Context: ctx, From: m.sender.Address()}, m.abi.PackSettle(slot), m.abi.UnpackSettle)
		if err != nil || misses == nil || misses.Sign() == 0 {
			continue
		}
		n, err := m.Settle(ctx, slot)
		if err != nil {
			return res, err
		}
		res.Settled++
		res.Misses += n
	}
	return res, nil
}
