package proofs

import (
	"cmp"
	"fmt"
	"slices"
)

// SetChallenge is one accepted challenge of a set proof: leaf Leaf of
// member Mid, whose shard is of class Class. Draw is the j of the draw that
// produced it; Root is copied from the view.
type SetChallenge struct {
	Mid   uint32
	Class int
	Leaf  uint64
	Draw  int
	Root  [32]byte
}

// SetChallenges derives the accepted challenges of a set for one epoch,
// bit-exact with PROTOCOL-V2.md §5.1: for j = 0, 1, … while fewer than k
// are accepted and j < maxDraws, u = uint256(keccak256(abi.encode(seed,
// uint256(setID), uint256(j)))) mod T locates a padded leaf by walking the
// classes in ascending order (weight count_c·2^c each); the draw is kept iff
// the leaf is real (leaf < 2^c − pad) and redrawn otherwise. The result is in
// draw order, duplicates kept; it may hold fewer than k (a shortfall).
//
// It returns ErrNothingToProve for an empty view and ErrBadView for a view
// with too many members or a drawn member whose pad Validate rejects (it
// reads only the drawn positions, so its cost does not grow with the set);
// k must be positive and maxDraws ≥ k (the protocol uses MaxDraws(k)).
func SetChallenges(seed [32]byte, setID uint64, view *SetView, k, maxDraws int) ([]SetChallenge, error) {
	if k <= 0 || maxDraws < k {
		return nil, fmt.Errorf("set challenges: k = %d, max draws = %d", k, maxDraws)
	}
	if n := view.Len(); n > MaxSetMembers {
		return nil, fmt.Errorf("%d members, at most %d: %w", n, MaxSetMembers, ErrBadView)
	}
	total := view.Total()
	if total == 0 {
		return nil, fmt.Errorf("set %d: %w", setID, ErrNothingToProve)
	}
	setWord := word(setID)
	out := make([]SetChallenge, 0, k)
	for j := 0; j < maxDraws && len(out) < k; j++ {
		u := mod(keccak(seed, setWord, word(uint64(j))), total)
		c := 0
		for ; c < NumClasses; c++ {
			w := uint64(len(view.Classes[c])) << c
			if u < w {
				break
			}
			u -= w
		}
		m := view.Classes[c][u>>c]
		if c > 0 && m.Pad >= 1<<(c-1) || c == 0 && m.Pad != 0 {
			return nil, fmt.Errorf("class %d position %d: pad %d: %w", c, u>>c, m.Pad, ErrBadView)
		}
		leaf := u & (1<<c - 1)
		if leaf < 1<<c-uint64(m.Pad) {
			out = append(out, SetChallenge{Mid: m.Mid, Class: c, Leaf: leaf, Draw: j, Root: m.Root})
		}
	}
	return out, nil
}

// Group is the part of a set proof that answers one member: its sorted,
// unique challenged leaves, proven as a v1 multiproof at depth Class against
// Root.
type Group struct {
	Mid    uint32
	Class  int
	Root   [32]byte
	Leaves []uint64
}

// GroupChallenges sorts accepted challenges by (mid, leaf), drops duplicates
// and groups them by mid in ascending order (§5.2). Each group takes its
// class and root from its first challenge.
func GroupChallenges(accepted []SetChallenge) []Group {
	sorted := slices.Clone(accepted)
	slices.SortFunc(sorted, func(a, b SetChallenge) int {
		if a.Mid != b.Mid {
			return cmp.Compare(a.Mid, b.Mid)
		}
		return cmp.Compare(a.Leaf, b.Leaf)
	})
	var groups []Group
	for _, ch := range sorted {
		if n := len(groups); n > 0 && groups[n-1].Mid == ch.Mid {
			g := &groups[n-1]
			if g.Leaves[len(g.Leaves)-1] != ch.Leaf {
				g.Leaves = append(g.Leaves, ch.Leaf)
			}
			continue
		}
		groups = append(groups, Group{Mid: ch.Mid, Class: ch.Class, Root: ch.Root, Leaves: []uint64{ch.Leaf}})
	}
	return groups
}
