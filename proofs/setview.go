package proofs

import (
	"errors"
	"fmt"
	"math/bits"
)

// NumClasses bounds the size classes of a proof set: class c = bitlen(n−1)
// of a shard of n leaves, at most 31 for the protocol's largest shard
// (maxShardSize ≤ 2^37 bytes).
const NumClasses = 32

// MaxSetMembers is the most members a proof set holds (MAX_SET_MEMBERS).
const MaxSetMembers = 1 << 20

// FillChallengeCount is the number KF of fill challenges under protocol v2
// (fillChallenges, §8.3); FillChallenges takes it as its k.
const FillChallengeCount = 16

// MaxDraws returns MAX_DRAWS = 4K, the draw cap of a set proof with k
// challenges.
func MaxDraws(k int) int { return 4 * k }

var (
	// ErrBadView: a set view breaks the protocol's shape (class out of
	// range, a pad that no shard of that class has, too many members).
	ErrBadView = errors.New("proofs: malformed set view")
	// ErrNothingToProve: the set's view is empty at that epoch, so no
	// proof is due (the contract reverts NothingToProve).
	ErrNothingToProve = errors.New("proofs: set view is empty")
)

// Member is the value at one position of a class in a set's view: the
// member id and its padding pad = 2^c − n (the contract's word
// mid | pad << 32), plus the member's shard root, which the contract keeps
// in the tenure and the challenge derivation does not read.
type Member struct {
	Mid  uint32
	Pad  uint32
	Root [32]byte
}

// Word returns the member's position word as the contract stores it,
// mid | pad << 32 (the value of the versioned word pos[set][c<<32 | p]).
func (m Member) Word() uint64 { return uint64(m.Mid) | uint64(m.Pad)<<32 }

// SetView is a proof set's view at one epoch (§4.1): for each class c, the
// dense positions 0..count_c−1 in order. Classes[c] empty means bit c of
// the mask is clear. The zero SetView is the empty view.
type SetView struct {
	Classes [NumClasses][]Member
}

// Class returns the class c = bitlen(n−1) and padding pad = 2^c − n of a
// shard of n leaves, n ≥ 1 and n ≤ 2^(NumClasses−1).
func Class(n uint64) (c int, pad uint32, err error) {
	if n == 0 || n > 1<<(NumClasses-1) {
		return 0, 0, fmt.Errorf("shard of %d leaves: %w", n, ErrBadView)
	}
	c = bits.Len64(n - 1)
	return c, uint32(uint64(1)<<c - n), nil
}

// Len returns the number of members in the view.
func (v *SetView) Len() int {
	total := 0
	for c := range v.Classes {
		total += len(v.Classes[c])
	}
	return total
}

// Mask returns the view's class mask: bit c set iff class c is non-empty.
func (v *SetView) Mask() uint64 {
	var m uint64
	for c := range v.Classes {
		if len(v.Classes[c]) > 0 {
			m |= 1 << c
		}
	}
	return m
}

// Total returns T = Σ_c count_c·2^c, the view's padded leaves.
func (v *SetView) Total() uint64 {
	var t uint64
	for c := range v.Classes {
		t += uint64(len(v.Classes[c])) << c
	}
	return t
}

// RealLeaves returns the number of real (unpadded) leaves in the view.
func (v *SetView) RealLeaves() uint64 {
	var t uint64
	for c := range v.Classes {
		for _, m := range v.Classes[c] {
			t += uint64(1)<<c - uint64(m.Pad)
		}
	}
	return t
}

// Validate returns ErrBadView unless the view could be the contract's: at
// most MaxSetMembers members, and every pad that of a real shard of its
// class (0 for class 0, below 2^(c−1) otherwise).
func (v *SetView) Validate() error {
	if n := v.Len(); n > MaxSetMembers {
		return fmt.Errorf("%d members, at most %d: %w", n, MaxSetMembers, ErrBadView)
	}
	for c := range v.Classes {
		limit := uint64(1)
		if c > 0 {
			limit = 1 << (c - 1)
		}
		for p, m := range v.Classes[c] {
			if uint64(m.Pad) >= limit {
				return fmt.Errorf("class %d position %d: pad %d: %w", c, p, m.Pad, ErrBadView)
			}
		}
	}
	return nil
}
