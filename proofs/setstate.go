package proofs

import (
	"errors"
	"fmt"
)

var (
	// ErrNotInView: the member is not in the set's newest view (the
	// contract reverts NotInView).
	ErrNotInView = errors.New("proofs: member not in view")
	// ErrEpochTooOld: the epoch is before what the versioned words still
	// answer (t < x−1 for the latest write x; the contract's EpochTooOld).
	ErrEpochTooOld = errors.New("proofs: epoch too old for the view")
)

// Move reports that remove swapped the class's last member into the freed
// position (the contract's MemberMoved).
type Move struct {
	Mid   uint32
	Class int
	Pos   uint32
}

// SetState mirrors one proof set's membership exactly as the contract
// stores it (§3.1, §4.2): a versioned mask, a versioned count per class and
// a versioned word mid | pad << 32 per position, mutated by Insert and
// Remove at epoch x and visible from x+1. A node replays the contract's
// MemberAdded and MemberRemoved events into it (checking the positions it
// returns against MemberAdded and MemberMoved) and reads View(t) for the
// epochs it proves.
//
// A SetState is not safe for concurrent use. The zero value is not usable;
// call NewSetState.
type SetState struct {
	mask   Versioned
	count  [NumClasses]Versioned
	pos    map[uint64]*Versioned // c<<32 | p
	inView map[uint32]memberPos  // the newest view
	roots  map[uint32][32]byte   // every member some readable view may hold
	gone   []removal             // removed members whose roots are still readable
	last   uint32                // epoch of the latest mutation
}

type memberPos struct {
	class int
	pos   uint32
}

type removal struct {
	mid uint32
	x   uint32
}

// NewSetState returns the state of a new, empty set.
func NewSetState() *SetState {
	return &SetState{
		pos:    map[uint64]*Versioned{},
		inView: map[uint32]memberPos{},
		roots:  map[uint32][32]byte{},
	}
}

// Live returns the number of members in the newest view.
func (s *SetState) Live() int { return len(s.inView) }

// Position returns a member's class and position in the newest view.
func (s *SetState) Position(mid uint32) (class int, pos uint32, ok bool) {
	p, ok := s.inView[mid]
	return p.class, p.pos, ok
}

func (s *SetState) word(c int, p uint32) *Versioned {
	k := uint64(c)<<32 | uint64(p)
	w := s.pos[k]
	if w == nil {
		w = new(Versioned)
		s.pos[k] = w
	}
	return w
}

// advance checks that mutations move forward in time and drops the roots of
// members no readable view holds any more.
func (s *SetState) advance(x uint32) error {
	if x < s.last {
		return fmt.Errorf("mutation at epoch %d after one at %d: %w", x, s.last, ErrEpochTooOld)
	}
	s.last = x
	w := 0
	for _, g := range s.gone {
		if g.x+2 <= x { // out from g.x+1; views read t ≥ x−1 > g.x
			if _, back := s.inView[g.mid]; !back {
				delete(s.roots, g.mid)
			}
			continue
		}
		s.gone[w] = g
		w++
	}
	s.gone = s.gone[:w]
	return nil
}

// Insert adds member mid, whose shard has n leaves and the given root, at
// epoch x (§4.2 insert). It returns the member's class and position.
func (s *SetState) Insert(x, mid uint32, n uint64, root [32]byte) (class int, pos uint32, err error) {
	c, pad, err := Class(n)
	if err != nil {
		return 0, 0, err
	}
	if _, ok := s.inView[mid]; ok {
		return 0, 0, fmt.Errorf("insert member %d: already in view: %w", mid, ErrBadView)
	}
	if len(s.inView) >= MaxSetMembers {
		return 0, 0, fmt.Errorf("insert member %d: set full: %w", mid, ErrBadView)
	}
	if err := s.advance(x); err != nil {
		return 0, 0, err
	}
	count := uint32(s.count[c].Newest())
	s.word(c, count).Write(x, Member{Mid: mid, Pad: pad}.Word())
	s.count[c].Write(x, uint64(count)+1)
	if count == 0 {
		s.mask.Write(x, s.mask.Newest()|1<<c)
	}
	s.inView[mid] = memberPos{class: c, pos: count}
	s.roots[mid] = root
	return c, count, nil
}

// Remove takes member mid out of the view at epoch x (§4.2 remove): the
// class's last member moves into its position (reported as a Move, nil if
// mid was last).
func (s *SetState) Remove(x, mid uint32) (*Move, error) {
	mp, ok := s.inView[mid]
	if !ok {
		return nil, fmt.Errorf("remove member %d: %w", mid, ErrNotInView)
	}
	if err := s.advance(x); err != nil {
		return nil, err
	}
	c, p := mp.class, mp.pos
	last := uint32(s.count[c].Newest()) - 1
	var mv *Move
	if p != last {
		v := s.word(c, last).Newest()
		s.word(c, p).Write(x, v)
		moved := uint32(v)
		s.inView[moved] = memberPos{class: c, pos: p}
		mv = &Move{Mid: moved, Class: c, Pos: p}
	}
	s.count[c].Write(x, uint64(last))
	if last == 0 {
		s.mask.Write(x, s.mask.Newest()&^(1<<c))
	}
	delete(s.inView, mid)
	s.gone = append(s.gone, removal{mid: mid, x: x})
	return mv, nil
}

// View returns the view at epoch t as the contract reads it through at(·, t)
// (§5.1). It returns ErrEpochTooOld for t < x−1, x being the latest
// mutation's epoch; every later epoch is answered exactly.
func (s *SetState) View(t uint32) (*SetView, error) {
	if uint64(t)+1 < uint64(s.last) {
		return nil, fmt.Errorf("view at epoch %d, latest change at %d: %w", t, s.last, ErrEpochTooOld)
	}
	v := new(SetView)
	mask := s.mask.At(t)
	for c := range NumClasses {
		if mask&(1<<c) == 0 {
			continue
		}
		count := uint32(s.count[c].At(t))
		members := make([]Member, count)
		for p := range count {
			var val uint64
			if w := s.pos[uint64(c)<<32|uint64(p)]; w != nil {
				val = w.At(t)
			}
			mid := uint32(val)
			members[p] = Member{Mid: mid, Pad: uint32(val >> 32), Root: s.roots[mid]}
		}
		v.Classes[c] = members
	}
	return v, nil
}
