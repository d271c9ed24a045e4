package proofs

import (
	"errors"
	"fmt"
	"io"
)

// ErrClassMismatch: a member's stored shard has a tree depth other than the
// class the set's view gives it.
var ErrClassMismatch = errors.New("proofs: shard depth differs from member class")

// checkGroups returns ErrInvalidProof unless the groups are canonical:
// mids strictly ascending, classes in range, leaves non-empty, strictly
// ascending and below 2^class.
func checkGroups(groups []Group) error {
	for i, g := range groups {
		if i > 0 && g.Mid <= groups[i-1].Mid {
			return fmt.Errorf("group %d: mid %d after %d: %w", i, g.Mid, groups[i-1].Mid, ErrInvalidProof)
		}
		if g.Class < 0 || g.Class >= NumClasses {
			return fmt.Errorf("member %d: class %d: %w", g.Mid, g.Class, ErrInvalidProof)
		}
		if len(g.Leaves) == 0 {
			return fmt.Errorf("member %d: no leaves: %w", g.Mid, ErrInvalidProof)
		}
		for j, l := range g.Leaves {
			if j > 0 && l <= g.Leaves[j-1] {
				return fmt.Errorf("member %d: leaf %d after %d: %w", g.Mid, l, g.Leaves[j-1], ErrInvalidProof)
			}
		}
		if last := g.Leaves[len(g.Leaves)-1]; last >= 1<<g.Class {
			return fmt.Errorf("member %d: leaf %d beyond class %d: %w", g.Mid, last, g.Class, ErrInvalidProof)
		}
	}
	return nil
}

// groupSize returns the bytes of one group's v1 multiproof at its depth.
func groupSize(g Group) int {
	return len(g.Leaves)*LeafSize + siblingCount(g.Leaves, g.Class)*32
}

// SetProofSize returns the exact length of the set proof for the groups (a
// group of one leaf is 64 + 32·class bytes), or ErrInvalidProof if the groups
// are not canonical.
func SetProofSize(groups []Group) (int, error) {
	if err := checkGroups(groups); err != nil {
		return 0, err
	}
	total := 0
	for _, g := range groups {
		total += groupSize(g)
	}
	return total, nil
}

// VerifySetProof checks a set proof (§5.2): the concatenation, in group
// order, of each group's v1 multiproof at depth Class against Root. It
// returns ErrProofLength unless the proof is exactly as long as the groups
// need and ErrInvalidProof if a group does not lead to its root or the
// groups are not canonical (as GroupChallenges makes them). No groups and
// an empty proof verify: a shortfall to zero accepted challenges proves
// nothing. VerifySetProof never panics.
func VerifySetProof(groups []Group, proof []byte) error {
	want, err := SetProofSize(groups)
	if err != nil {
		return err
	}
	if len(proof) != want {
		return fmt.Errorf("set proof has %d bytes, want %d: %w", len(proof), want, ErrProofLength)
	}
	off := 0
	for _, g := range groups {
		size := groupSize(g)
		pos := append([]uint64(nil), g.Leaves...)
		if err := verifyDepth(g.Root, g.Class, pos, proof[off:off+size]); err != nil {
			return fmt.Errorf("member %d: %w", g.Mid, err)
		}
		off += size
	}
	return nil
}

// ShardReader is one member's open shard.
type ShardReader interface {
	io.ReaderAt
	io.Closer
}

// ShardOpener gives a set prover access to its members' stored shards.
type ShardOpener interface {
	// OpenShard returns member mid's cached tree and its shard bytes, which
	// the prover closes when it has read the challenged blocks.
	OpenShard(mid uint32) (*Tree, ShardReader, error)
}

// ProveSet builds the set proof for canonical groups (from GroupChallenges,
// with Root set): each member's v1 multiproof from its tree (Tree.Prove, one
// block read per challenged block), concatenated in group order. It returns
// ErrClassMismatch if a tree's depth is not the group's class and
// ErrShardMismatch if its root is not the group's root or its shard bytes
// do not match it.
func ProveSet(groups []Group, shards ShardOpener) ([]byte, error) {
	size, err := SetProofSize(groups)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	for _, g := range groups {
		p, err := proveGroup(g, shards)
		if err != nil {
			return nil, fmt.Errorf("prove member %d: %w", g.Mid, err)
		}
		out = append(out, p...)
	}
	return out, nil
}

func proveGroup(g Group, shards ShardOpener) ([]byte, error) {
	tree, r, err := shards.OpenShard(g.Mid)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if d := Depth(tree.ShardSize()); d != g.Class {
		return nil, fmt.Errorf("tree depth %d, class %d: %w", d, g.Class, ErrClassMismatch)
	}
	if tree.Root() != g.Root {
		return nil, fmt.Errorf("tree root %x, member root %x: %w", tree.Root(), g.Root, ErrShardMismatch)
	}
	p, err := tree.Prove(r, g.Leaves)
	if err != nil {
		return nil, err
	}
	if len(p) != groupSize(g) { // cannot happen for a depth-class tree; keep the encoding exact
		return nil, fmt.Errorf("member proof of %d bytes, want %d: %w", len(p), groupSize(g), ErrShardMismatch)
	}
	return p, nil
}

// SetProof is one epoch's answer for a set: the accepted challenges in draw
// order, their groups, and the proof bytes for proveSet.
type SetProof struct {
	Accepted []SetChallenge
	Groups   []Group
	Proof    []byte
}

// SetProver derives and builds set proofs from a node's stored shards.
type SetProver struct {
	shards ShardOpener
	k      int
}

// NewSetProver returns a prover answering k challenges (the contract's
// `challenges`) per epoch from shards.
func NewSetProver(shards ShardOpener, k int) *SetProver {
	return &SetProver{shards: shards, k: k}
}

// Prove derives the epoch's challenges (seed σ = seed(t), the view at t,
// MaxDraws(k) draws) and builds the proof. It returns ErrNothingToProve for
// an empty view.
func (p *SetProver) Prove(seed [32]byte, setID uint64, view *SetView) (*SetProof, error) {
	acc, err := SetChallenges(seed, setID, view, p.k, MaxDraws(p.k))
	if err != nil {
		return nil, err
	}
	groups := GroupChallenges(acc)
	proof, err := ProveSet(groups, p.shards)
	if err != nil {
		return nil, fmt.Errorf("set %d: %w", setID, err)
	}
	return &SetProof{Accepted: acc, Groups: groups, Proof: proof}, nil
}
