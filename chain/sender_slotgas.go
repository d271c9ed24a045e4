package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
)

// Init codes of two deployments that differ only in writing one storage
// slot from zero: PUSH1 1 PUSH1 0 SSTORE STOP JUMPDEST against PUSH1 1
// PUSH1 0 POP POP STOP. Both are 7 bytes with 2 zero bytes, so their
// calldata and init-code costs are equal and the estimates differ by the
// SSTORE (less two POPs, 4 gas).
var (
	initStoresSlot = []byte{0x60, 0x01, 0x60, 0x00, 0x55, 0x00, 0x5b}
	initNoStore    = []byte{0x60, 0x01, 0x60, 0x00, 0x50, 0x50, 0x00}
)

// minFreshSlotGas is a fresh slot's cost before Amsterdam (EIP-2929
// cold SSTORE from zero: 20,000 + 2,100), the floor of the measurement.
const minFreshSlotGas = 22_100

// FreshSlotGas is the gas one storage slot written from zero costs on
// this chain: 22,100 before Amsterdam, about 110,000 under EIP-8037's
// state gas (geth --dev runs it). It is measured once per Sender, as the
// difference of two estimated deployments (no transaction is sent), and
// an error is not remembered: the next call measures again.
func (s *Sender) FreshSlotGas(ctx context.Context) (uint64, error) {
	s.slotMu.Lock()
	defer s.slotMu.Unlock()
	if s.slotGas != 0 {
		return s.slotGas, nil
	}
	estimate := func(code []byte) (uint64, error) {
		msg := ethereum.CallMsg{From: s.Address(), Data: code}
		var g uint64
		err := s.retry(ctx, func() (e error) { g, e = s.client.EstimateGas(ctx, msg); return e })
		return g, err
	}
	with, err := estimate(initStoresSlot)
	if err != nil {
		return 0, fmt.Errorf("measure a fresh slot's gas: estimate a deployment writing one slot: %w", err)
	}
	without, err := estimate(initNoStore)
	if err != nil {
		return 0, fmt.Errorf("measure a fresh slot's gas: estimate a deployment writing none: %w", err)
	}
	g := uint64(minFreshSlotGas)
	if with > without {
		g = max(g, with-without)
	}
	s.slotGas = g
	s.log.Debug("measured a fresh storage slot's gas", "gas", g)
	return g, nil
}

// gasLimit is an estimated call's limit: the estimate with the headroom,
// plus GasExtra, plus a fresh slot's gas when ExtraFreshSlot is set.
func (s *Sender) gasLimit(ctx context.Context, est uint64) (uint64, error) {
	gas := uint64(float64(est)*s.cfg.GasHeadroom) + s.cfg.GasExtra
	if !s.cfg.ExtraFreshSlot {
		return gas, nil
	}
	slot, err := s.FreshSlotGas(ctx)
	if err != nil {
		return 0, err
	}
	return gas + slot, nil
}
