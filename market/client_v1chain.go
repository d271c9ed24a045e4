package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

// v1Chain is the client's chain over a protocol v1 Marketplace
// (transitional: it goes with v1).
type v1Chain struct {
	m  *Market
	me common.Address // the wallet
}

var _ clientChain = v1Chain{}

func (v v1Chain) Terms() ChainTerms {
	return ChainTerms{Protocol: 1, ChainID: v.m.ChainID(), Marketplace: v.m.Address(), MaxShardSize: v.m.Config.MaxShardSize,
		// ~172k plus ~33k per slot, a permit ~35k.
		RequestGas: func(n int) uint64 { return 172_000 + 33_000*uint64(n) + 35_000 }}
}

func (v v1Chain) Epoch(ctx context.Context) (uint64, error) {
	e, _, err := v.m.Clock.Current(ctx)
	return e, err
}

func (v v1Chain) Head(ctx context.Context) (uint64, error) { return v.m.Client().BlockNumber(ctx) }

func (v v1Chain) EpochStart(e uint64) uint64 { return v.m.Clock.Start(e) }

func (v v1Chain) NextRequestID(ctx context.Context) (uint64, [32]byte, error) {
	me := v.me
	n, err := call(ctx, v.m, v.m.abi.PackClientNonce(me), v.m.abi.UnpackClientNonce)
	if err != nil {
		return 0, [32]byte{}, fmt.Errorf("client nonce: %w", err)
	}
	id, err := call(ctx, v.m, v.m.abi.PackRequestIdFor(me, n), v.m.abi.UnpackRequestIdFor)
	if err != nil {
		return 0, [32]byte{}, fmt.Errorf("request id for nonce %s: %w", n, err)
	}
	return n.Uint64(), id, nil
}

func (v v1Chain) RequestState(ctx context.Context, id [32]byte) (RequestState, error) {
	ri, err := v.m.RequestInfo(ctx, id)
	if err != nil {
		return RequestState{}, err
	}
	return RequestState{State: RequestStateName(ri.State), Client: ri.Client}, nil
}

func (v v1Chain) FindRequest(ctx context.Context, id [32]byte) (StorageRequest, error) {
	return v.m.FindRequest(ctx, id)
}

func (v v1Chain) RequestsOf(ctx context.Context, client common.Address) ([]StorageRequest, error) {
	return v.m.RequestsOf(ctx, client)
}

func (v v1Chain) Holders(ctx context.Context, id [32]byte, n int) ([]common.Address, error) {
	holders := make([]common.Address, n)
	for i := range holders {
		si, err := v.m.SlotInfo(ctx, SlotID(id, uint64(i)))
		if err != nil {
			return nil, err
		}
		if si.State == SlotFilled {
			holders[i] = si.Provider
		}
	}
	return holders, nil
}

func (v v1Chain) Reservations(ctx context.Context, id [32]byte, _ int) ([]SlotReservation, error) {
	return v.m.ReservationsOf(ctx, id)
}

func (v v1Chain) PeerInfo(ctx context.Context, who common.Address) ([]byte, error) {
	return v.m.PeerInfo(ctx, who)
}

func (v v1Chain) Providers(ctx context.Context) (map[common.Address][]byte, error) {
	return v.m.Providers(ctx)
}

func (v v1Chain) RequestStorage(ctx context.Context, p contracts.IMarketplaceRequestParams, cost *big.Int, permit bool) ([32]byte, error) {
	allow, err := v.m.Allowance(ctx)
	if err != nil {
		return [32]byte{}, err
	}
	if allow.Cmp(cost) < 0 {
		if permit {
			id, _, err := v.m.RequestStorageWithPermit(ctx, p)
			return id, err
		}
		if err := v.m.EnsureAllowance(ctx, cost); err != nil {
			return [32]byte{}, err
		}
	}
	id, _, err := v.m.RequestStorage(ctx, p)
	return id, err
}

func (v v1Chain) CancelRequest(ctx context.Context, id [32]byte) error {
	return v.m.CancelRequest(ctx, id)
}

func (v v1Chain) Withdraw(ctx context.Context) (*big.Int, error) { return v.m.Withdraw(ctx) }

func (v v1Chain) Status(ctx context.Context, id [32]byte) (RequestStatus, error) {
	st, err := Status(ctx, v.m, id)
	if err != nil {
		return st, err
	}
	st.Protocol = 1
	ends, err := v.Endings(ctx, [][32]byte{id}, time.Now())
	if err != nil {
		return st, err
	}
	st.Ends = ends[id]
	return st, nil
}

// Endings on v1 gives the end epoch and block only: v1 has no early end
// and no wall-clock estimate here.
func (v v1Chain) Endings(ctx context.Context, ids [][32]byte, _ time.Time) (map[[32]byte]FileEnd, error) {
	head, err := v.Head(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[[32]byte]FileEnd, len(ids))
	for _, id := range ids {
		ri, err := v.m.RequestInfo(ctx, id)
		if err != nil {
			return nil, err
		}
		e := FileEnd{EndEpoch: ri.EndEpoch, EndBlock: v.m.Clock.Start(ri.EndEpoch)}
		e.Ended = (ri.State != RequestPending && ri.State != RequestActive) || e.EndBlock <= head
		out[id] = e
	}
	return out, nil
}
