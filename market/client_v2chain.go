package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// v2Chain is the client's chain over a protocol v2 deployment. Reads the
// lens has (request and slot state, tenures, reservations, endings) come
// from it; the rest (requests as created, with their roots and manifest;
// peer info) from the MarketplaceV2's events, read in pages by
// chain.FilterLogsPaged (client_v2chain_events.go).
type v2Chain struct {
	m      *marketv2.Market
	me     common.Address // the wallet
	ending marketv2.EndingConfig
	mp     *contracts.MarketplaceV2
	inst   *bind.BoundContract
	// peerCache holds the providers' peer info read from events so far.
	peerCache peerCache
}

var _ clientChain = (*v2Chain)(nil)

func newV2Chain(m *marketv2.Market, me common.Address, ending marketv2.EndingConfig) *v2Chain {
	mp := contracts.NewMarketplaceV2()
	return &v2Chain{m: m, me: me, ending: ending, mp: mp, inst: mp.Instance(m.Client(), m.Address())}
}

func (v *v2Chain) Terms() ChainTerms {
	return ChainTerms{Protocol: 2, ChainID: v.m.Deployment().ChainID, Marketplace: v.m.Address(), MaxShardSize: v.m.Config.MaxShardSize, ReservationTTL: v.m.Config.ReservationTTL,
		// bench/gas.json: requestStorage_2slots_v2 259,481, _6slots_v2
		// 393,316 (~193k + ~33.5k per slot); a first approve ~46k.
		RequestGas: func(n int) uint64 { return 193_000 + 33_500*uint64(n) + 46_000 }}
}

func (v *v2Chain) Epoch(ctx context.Context) (uint64, error) {
	e, _, err := v.m.Clock.Current(ctx)
	return e, err
}

func (v *v2Chain) Head(ctx context.Context) (uint64, error) { return v.m.Client().BlockNumber(ctx) }

func (v *v2Chain) EpochStart(e uint64) uint64 { return v.m.Clock.Start(e) }

// NextRequestID reads clientNonce and derives the id locally: v2 has no
// requestIdFor view, and rid = keccak256(abi.encode(chainid, marketplace,
// client, nonce)) (MarketplaceV2.requestStorage).
func (v *v2Chain) NextRequestID(ctx context.Context) (uint64, [32]byte, error) {
	n, err := bind.Call(v.inst, &bind.CallOpts{Context: ctx}, v.mp.PackClientNonce(v.me), v.mp.UnpackClientNonce)
	if err != nil {
		return 0, [32]byte{}, fmt.Errorf("client nonce: %w", err)
	}
	return n.Uint64(), requestIDV2(v.m.Deployment().ChainID, v.m.Address(), v.me, n.Uint64()), nil
}

// requestIDV2 is keccak256(abi.encode(chainid, marketplace, client, nonce)).
func requestIDV2(chainID uint64, marketplace, client common.Address, nonce uint64) [32]byte {
	var buf [128]byte
	new(big.Int).SetUint64(chainID).FillBytes(buf[0:32])
	copy(buf[44:64], marketplace[:])
	copy(buf[76:96], client[:])
	new(big.Int).SetUint64(nonce).FillBytes(buf[96:128])
	return crypto.Keccak256Hash(buf[:])
}

// RequestStateNameV2 names a v2 request state for people (the v1 words,
// plus "terminated").
func RequestStateNameV2(s uint8) string {
	return [...]string{"none", "pending", "active", "finished", "terminated", "cancelled", "failed", "unknown"}[min(int(s), 7)]
}

func (v *v2Chain) RequestState(ctx context.Context, id [32]byte) (RequestState, error) {
	ri, err := v.m.RequestInfo(ctx, id)
	if err != nil {
		return RequestState{}, err
	}
	return RequestState{State: RequestStateNameV2(ri.State), Client: ri.Client}, nil
}

// Holders: the owner of the set holding each slot's current tenure.
func (v *v2Chain) Holders(ctx context.Context, id [32]byte, n int) ([]common.Address, error) {
	holders := make([]common.Address, n)
	for i := range holders {
		si, err := v.m.SlotInfo(ctx, id, uint64(i))
		if err != nil {
			return nil, err
		}
		if si.Tenure == nil || si.Tenure.Sign() == 0 {
			continue
		}
		ti, err := v.m.TenureInfo(ctx, si.Tenure)
		if err != nil {
			return nil, err
		}
		holders[i] = ti.Owner
	}
	return holders, nil
}

// Reservations are the live reservations of the request's unheld slots,
// from the lens (it keeps each slot's reservations; lapsed ones, past
// reservationTTL, cannot fill and get no push).
func (v *v2Chain) Reservations(ctx context.Context, id [32]byte, n int) ([]SlotReservation, error) {
	head, err := v.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("reservations of %s: head: %w", short(id), err)
	}
	var out []SlotReservation
	for i := range uint64(n) {
		si, err := v.m.SlotInfo(ctx, id, i)
		if err != nil {
			return nil, err
		}
		if si.Tenure != nil && si.Tenure.Sign() != 0 {
			continue
		}
		rs, err := v.m.Reservations(ctx, id, i)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if r.Reserver == (common.Address{}) || head > r.BlockNumber+v.m.Config.ReservationTTL {
				continue
			}
			out = append(out, SlotReservation{Request: id, Slot: si.SlotId, Index: i, Provider: r.Reserver, Block: r.BlockNumber})
		}
	}
	return out, nil
}

// EnsureAllowance approves the marketplace unless the standing allowance
// covers need (Client.approveStart, before a first pass).
func (v *v2Chain) EnsureAllowance(ctx context.Context, need *big.Int) error {
	return v.m.EnsureAllowance(ctx, need)
}

// RequestStorage approves the marketplace once, unless the standing
// allowance covers cost, and sends the request.
func (v *v2Chain) RequestStorage(ctx context.Context, p contracts.IMarketplaceV2RequestParams, cost *big.Int) ([32]byte, error) {
	if err := v.m.EnsureAllowance(ctx, cost); err != nil {
		return [32]byte{}, err
	}
	id, _, err := v.m.RequestStorage(ctx, p)
	return id, err
}

// CancelRequest ends an unfilled request of this wallet: cancelRequest
// once it is past its expiry (v2 allows nothing earlier), else
// terminateRequest, which refunds a request nobody holds in full.
func (v *v2Chain) CancelRequest(ctx context.Context, id [32]byte) error {
	err := v.m.Cancel(ctx, id)
	if !errors.Is(err, marketv2.ErrCannotCancel) {
		return err
	}
	if _, terr := v.m.Terminate(ctx, id); terr != nil {
		return fmt.Errorf("%w; terminate: %w", err, terr)
	}
	return nil
}

func (v *v2Chain) Withdraw(ctx context.Context) (*big.Int, error) { return v.m.Withdraw(ctx) }

func (v *v2Chain) Endings(ctx context.Context, ids [][32]byte, now time.Time) (map[[32]byte]FileEnd, error) {
	es, err := v.m.Endings(ctx, ids, v.ending, now)
	if err != nil {
		return nil, err
	}
	out := make(map[[32]byte]FileEnd, len(es))
	for _, e := range es {
		out[e.Request] = FileEnd{EndEpoch: e.EndEpoch, EndBlock: e.EndBlock, At: e.At, Ended: e.Ended, Warn: e.Warn}
	}
	return out, nil
}
