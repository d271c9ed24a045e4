package marketv2

import (
	"errors"
	"fmt"
	"os"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// ShardStore is what the prover and the scrubber need of a volume's store
// (storage.Store).
type ShardStore interface {
	Tree(slot storage.SlotID) (*proofs.Tree, error)
	Open(slot storage.SlotID) (*os.File, error)
	Delete(slot storage.SlotID) error
}

// slotShards adapts a ShardStore to proofs.ShardOpener for one epoch's
// groups: challengesFor names each member's slot, so mid → slot comes from
// the chain's own answer and no local map has to be kept in step with it.
type slotShards struct {
	store ShardStore
	slots map[uint32]storage.SlotID
}

func newSlotShards(store ShardStore, groups []contracts.IMarketplaceV2Group) *slotShards {
	s := &slotShards{store: store, slots: make(map[uint32]storage.SlotID, len(groups))}
	for _, g := range groups {
		s.slots[g.Mid] = storage.SlotID(g.SlotId)
	}
	return s
}

// errMachine marks a proof that failed for a reason of this machine, not
// of the shard: the epoch is retried, nothing is declared.
var errMachine = errors.New("shard unreadable for a local reason")

// ErrUnknownMember means a challenged member has no slot in the groups.
var ErrUnknownMember = errors.New("challenged member not in this epoch's groups")

// OpenShard implements proofs.ShardOpener.
func (s *slotShards) OpenShard(mid uint32) (*proofs.Tree, proofs.ShardReader, error) {
	slot, ok := s.slots[mid]
	if !ok {
		return nil, nil, fmt.Errorf("member %d: %w", mid, ErrUnknownMember)
	}
	t, err := s.store.Tree(slot)
	if err != nil {
		return nil, nil, fmt.Errorf("member %d slot %s: %w", mid, slot, err)
	}
	f, err := s.store.Open(slot)
	if err != nil {
		return nil, nil, fmt.Errorf("member %d slot %s: %w", mid, slot, err)
	}
	return t, f, nil
}

// toGroups converts the lens's groups to proofs.Group.
func toGroups(gs []contracts.IMarketplaceV2Group) []proofs.Group {
	out := make([]proofs.Group, len(gs))
	for i, g := range gs {
		out[i] = proofs.Group{Mid: g.Mid, Class: int(g.Cls), Root: g.Root, Leaves: g.Leaves}
	}
	return out
}

// proveGroups builds the set proof group by group so that every member
// whose shard cannot answer is named (not only the first), then verifies
// the whole proof locally. bad lists the members whose shards are lost;
// err is set when the proof must not be sent, and wraps errMachine when
// the failure is this machine's (then bad is empty and nothing is lost).
func proveGroups(groups []proofs.Group, shards proofs.ShardOpener) (proof []byte, bad []uint32, err error) {
	for _, g := range groups {
		p, gerr := proofs.ProveSet([]proofs.Group{g}, shards)
		if gerr != nil {
			if !lostShard(gerr) {
				return nil, nil, fmt.Errorf("%w: %w", errMachine, gerr)
			}
			bad = append(bad, g.Mid)
			err = errors.Join(err, gerr)
			continue
		}
		proof = append(proof, p...)
	}
	if err != nil {
		return nil, bad, err
	}
	if err := proofs.VerifySetProof(groups, proof); err != nil {
		return nil, nil, fmt.Errorf("local verification: %w", err)
	}
	return proof, nil, nil
}

// proveSlot builds a v1 multiproof of a stored shard for raw indices (audit
// answers) and checks it against root.
func proveSlot(store ShardStore, slot storage.SlotID, root [32]byte, indices []uint64) ([]byte, error) {
	t, err := store.Tree(slot)
	if err != nil {
		return nil, err
	}
	f, err := store.Open(slot)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := t.Prove(f, indices)
	if err != nil {
		return nil, fmt.Errorf("slot %s: %w", slot, err)
	}
	if err := proofs.Verify(root, t.ShardSize(), indices, p); err != nil {
		return nil, fmt.Errorf("slot %s: local verification: %w", slot, err)
	}
	return p, nil
}

// lostShard reports an error that proves the shard itself is gone or
// wrong (missing file or index entry, short file, bytes or tree not
// matching), as opposed to the machine failing (I/O errors, a closed
// store), which must not cost a declaration.
func lostShard(err error) bool {
	for _, e := range []error{os.ErrNotExist, storage.ErrNotFound, proofs.ErrShardMismatch, proofs.ErrShardLength,
		proofs.ErrClassMismatch, proofs.ErrBadTree} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// releaseShard deletes a shard the node no longer has to keep; an absent
// one is fine.
func releaseShard(store ShardStore, slot storage.SlotID) error {
	if err := store.Delete(slot); err != nil && !errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("release shard %s: %w", slot, err)
	}
	return nil
}
