package marketv2

import (
	"context"
	"fmt"
	"math/big"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// FillStore is what a fill needs of the store holding the shard
// (storage.Store).
type FillStore interface {
	Info(slot storage.SlotID) (storage.ShardInfo, error)
	Prove(slot storage.SlotID, indices []uint64) ([]byte, error)
}

// FillFromStore fills a slot the sender has reserved into setID, proving
// its fill challenges (KF, bound to the sender and the reservation's fixed
// block, §8.3) from the shard in store and checking the proof locally
// first. The reservation's fill delay must have passed: until then the
// challenges are unknown and the lens reverts. It returns the new tenure.
func (m *Market) FillFromStore(ctx context.Context, store FillStore, setID uint64, req [32]byte, index uint64) (*big.Int, error) {
	slot := storage.SlotID(SlotID(req, index))
	info, err := store.Info(slot)
	if err != nil {
		return nil, fmt.Errorf("fill slot %d of %s: %w", index, short(req), err)
	}
	idx, err := m.FillChallenges(ctx, req, index, m.Self())
	if err != nil {
		return nil, err
	}
	proof, err := store.Prove(slot, idx)
	if err != nil {
		return nil, fmt.Errorf("fill slot %d of %s: %w", index, short(req), err)
	}
	if err := proofs.Verify(info.Root, info.Size, idx, proof); err != nil {
		return nil, fmt.Errorf("fill slot %d of %s: local verification: %w", index, short(req), err)
	}
	return m.FillSlot(ctx, req, index, setID, proof)
}
