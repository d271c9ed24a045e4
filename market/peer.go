package market

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/proofs"
)

// ErrNoPeerInfo means a provider never registered a usable peer info.
var ErrNoPeerInfo = errors.New("provider has no registered peer info")

// peerInfoReader reads a provider's published peer info.
type peerInfoReader interface {
	PeerInfo(ctx context.Context, who common.Address) ([]byte, error)
}

// PeerOf reads and decodes a provider's registered peer info.
func PeerOf(ctx context.Context, m peerInfoReader, who common.Address) (peer.AddrInfo, error) {
	raw, err := m.PeerInfo(ctx, who)
	if err != nil {
		return peer.AddrInfo{}, err
	}
	if len(raw) == 0 {
		return peer.AddrInfo{}, fmt.Errorf("%s: %w", who, ErrNoPeerInfo)
	}
	ai, err := p2p.DecodePeerInfo(raw)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("peer info of %s: %w", who, err)
	}
	return ai, nil
}

// SlotID is the id of slot index of request req.
func SlotID(req [32]byte, index uint64) [32]byte { return proofs.SlotID(req, index) }

// short renders an id's first bytes for logs and errors.
func short(id [32]byte) string { return fmt.Sprintf("0x%x", id[:6]) }
