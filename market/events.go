package market

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// eventTopic returns the topic-0 of a Marketplace event by name.
func eventTopic(name string) common.Hash {
	ev, ok := contractABI().Events[name]
	if !ok {
		panic("market: unknown event " + name) // a programming error, caught by any test
	}
	return ev.ID
}

// logs fetches the Marketplace's logs with topic-0 = event and optional
// filters on the indexed topics 1.. (nil: any), from the deployment block
// to the head, in pages.
func (m *Market) logs(ctx context.Context, event string, filters ...[]common.Hash) ([]types.Log, error) {
	head, err := m.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	return m.logsRange(ctx, m.dep.Block, head, event, filters...)
}

// logsRange is logs over the blocks from..head.
func (m *Market) logsRange(ctx context.Context, from, head uint64, event string, filters ...[]common.Hash) ([]types.Log, error) {
	topics := append([][]common.Hash{{eventTopic(event)}}, filters...)
	ls, err := chain.FilterLogsPaged(ctx, m.client, ethereum.FilterQuery{Addresses: []common.Address{m.dep.Marketplace}, Topics: topics}, max(from, m.dep.Block), head, 0)
	if err != nil {
		return nil, fmt.Errorf("get %s %w", event, err)
	}
	return ls, nil
}

// StorageRequest is a request as created: its id, client and parameters
// (roots and encrypted manifest included), from the chain's events alone.
type StorageRequest struct {
	ID     [32]byte
	Client common.Address
	Nonce  uint64
	Block  uint64
	Params contracts.IMarketplaceRequestParams
}

// FindRequest reads the StorageRequested event of one request.
func (m *Market) FindRequest(ctx context.Context, id [32]byte) (StorageRequest, error) {
	ls, err := m.logs(ctx, "StorageRequested", []common.Hash{id})
	if err != nil {
		return StorageRequest{}, err
	}
	for _, l := range ls {
		if r, err := m.parseRequest(l); err == nil {
			return r, nil
		}
	}
	return StorageRequest{}, fmt.Errorf("request %s: %w", short(id), ErrUnknownRequest)
}

// RequestsOf lists every request a client created, oldest first.
func (m *Market) RequestsOf(ctx context.Context, client common.Address) ([]StorageRequest, error) {
	ls, err := m.logs(ctx, "StorageRequested", nil, []common.Hash{common.BytesToHash(client.Bytes())})
	if err != nil {
		return nil, err
	}
	var out []StorageRequest
	for _, l := range ls {
		r, err := m.parseRequest(l)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func (m *Market) parseRequest(l types.Log) (StorageRequest, error) {
	ev, err := m.abi.UnpackStorageRequestedEvent(&l)
	if err != nil {
		return StorageRequest{}, fmt.Errorf("decode StorageRequested in tx %s: %w", l.TxHash, err)
	}
	return StorageRequest{ID: ev.RequestId, Client: ev.Client, Nonce: ev.Nonce.Uint64(), Block: l.BlockNumber, Params: ev.Params}, nil
}

// SlotReservation is one SlotReserved event.
type SlotReservation struct {
	Request  [32]byte
	Slot     [32]byte
	Index    uint64
	Provider common.Address
	Block    uint64
}

// ReservationsOf lists the SlotReserved events of a request.
func (m *Market) ReservationsOf(ctx context.Context, req [32]byte) ([]SlotReservation, error) {
	ls, err := m.logs(ctx, "SlotReserved", []common.Hash{req})
	if err != nil {
		return nil, err
	}
	return m.parseReservations(ls)
}

func (m *Market) parseReservations(ls []types.Log) ([]SlotReservation, error) {
	out := make([]SlotReservation, 0, len(ls))
	for _, l := range ls {
		ev, err := m.abi.UnpackSlotReservedEvent(&l)
		if err != nil {
			return nil, fmt.Errorf("decode SlotReserved: %w", err)
		}
		out = append(out, SlotReservation{Request: ev.RequestId, Slot: ev.SlotId, Index: ev.Index.Uint64(), Provider: ev.Provider, Block: ev.BlockNumber.Uint64()})
	}
	return out, nil
}

// ProofCounts counts ProofSubmitted events per slot.
func (m *Market) ProofCounts(ctx context.Context, slots [][32]byte) (map[[32]byte]uint64, error) {
	ts := make([]common.Hash, len(slots))
	for i, s := range slots {
		ts[i] = s
	}
	ls, err := m.logs(ctx, "ProofSubmitted", ts)
	if err != nil {
		return nil, err
	}
	out := map[[32]byte]uint64{}
	for _, l := range ls {
		out[l.Topics[1]]++
	}
	return out, nil
}

// MissCounts counts MissSlashed events per slot and their total amount.
func (m *Market) MissCounts(ctx context.Context, slots [][32]byte) (map[[32]byte]uint64, map[[32]byte]*big.Int, error) {
	ts := make([]common.Hash, len(slots))
	for i, s := range slots {
		ts[i] = s
	}
	ls, err := m.logs(ctx, "MissSlashed", ts)
	if err != nil {
		return nil, nil, err
	}
	n, amt := map[[32]byte]uint64{}, map[[32]byte]*big.Int{}
	for _, l := range ls {
		ev, err := m.abi.UnpackMissSlashedEvent(&l)
		if err != nil {
			return nil, nil, fmt.Errorf("decode MissSlashed: %w", err)
		}
		n[ev.SlotId]++
		if amt[ev.SlotId] == nil {
			amt[ev.SlotId] = new(big.Int)
		}
		amt[ev.SlotId].Add(amt[ev.SlotId], ev.Amount)
	}
	return n, amt, nil
}

// Providers returns every registered provider's latest peer info.
func (m *Market) Providers(ctx context.Context) (map[common.Address][]byte, error) {
	ls, err := m.logs(ctx, "ProviderRegistered")
	if err != nil {
		return nil, err
	}
	out := map[common.Address][]byte{}
	for _, l := range ls {
		ev, err := m.abi.UnpackProviderRegisteredEvent(&l)
		if err != nil {
			return nil, fmt.Errorf("decode ProviderRegistered: %w", err)
		}
		out[ev.Provider] = ev.PeerInfo
	}
	return out, nil
}

// LapsedReservations counts ReservationLapsed events (deposits burned).
func (m *Market) LapsedReservations(ctx context.Context) (int, error) {
	ls, err := m.logs(ctx, "ReservationLapsed")
	return len(ls), err
}
