package proofs_test

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
)

// TestVersionedAgainstModel: under random writes at non-decreasing epochs
// (idle gaps included), at(t) equals the last value written before t for
// every t ≥ x−1 (§3.1's lemma).
func TestVersionedAgainstModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 200 {
		var v proofs.Versioned
		type change struct {
			from uint32
			val  uint64
		}
		hist := []change{{0, 0}}
		x := uint32(rng.IntN(3))
		for range 60 {
			x += uint32([]int{0, 0, 1, 1, 2, 5}[rng.IntN(6)])
			val := rng.Uint64()
			v.Write(x, val)
			if last := &hist[len(hist)-1]; last.from == x+1 {
				last.val = val
			} else {
				hist = append(hist, change{x + 1, val})
			}
			lo := uint32(0)
			if x > 0 {
				lo = x - 1
			}
			for tt := lo; tt <= x+3; tt++ {
				want := uint64(0)
				for _, c := range hist {
					if c.from <= tt {
						want = c.val
					}
				}
				if got := v.At(tt); got != want {
					t.Fatalf("run %d: write at %d: at(%d) = %d, want %d", run, x, tt, got, want)
				}
			}
			if v.Newest() != val {
				t.Fatalf("newest %d, want %d", v.Newest(), val)
			}
			if back := proofs.UnpackVersioned(v.Pack()); back != v {
				t.Fatalf("pack round trip: %+v, want %+v", back, v)
			}
		}
	}
}

// TestVersionedPackLayout pins the bit layout of §3.1.
func TestVersionedPackLayout(t *testing.T) {
	v := proofs.Versioned{A0: 0x0102030405060708, A1: 0x1112131415161718, A2: 0x2122232425262728, E1: 0x31323334, E2: 0x41424344}
	w := v.Pack()
	want := [32]byte{
		0x41, 0x42, 0x43, 0x44, 0x31, 0x32, 0x33, 0x34,
		0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
		0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18,
		0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
	}
	if w != want {
		t.Fatalf("pack = %x, want %x", w, want)
	}
	if got := (proofs.Member{Mid: 0x01020304, Pad: 0x0a0b0c0d}).Word(); got != 0x0a0b0c0d01020304 {
		t.Fatalf("position word %x", got)
	}
}

// naiveSet is the reference: the newest view as plain slices, and a copy of
// it taken at the end of every epoch with a change (effective the next).
type naiveSet struct {
	cur   proofs.SetView
	snaps map[uint32]proofs.SetView // effective epoch → view
}

func (n *naiveSet) clone() proofs.SetView {
	var v proofs.SetView
	for c := range n.cur.Classes {
		if len(n.cur.Classes[c]) > 0 {
			v.Classes[c] = append([]proofs.Member(nil), n.cur.Classes[c]...)
		}
	}
	return v
}

func (n *naiveSet) at(t uint32) proofs.SetView {
	best, found := uint32(0), false
	for e := range n.snaps {
		if e <= t && (!found || e > best) {
			best, found = e, true
		}
	}
	if !found {
		return proofs.SetView{}
	}
	return n.snaps[best]
}

// TestSetStateAgainstModel: random inserts and removals over epochs with
// gaps; after every mutation at x the views at x−1, x and x+1 equal the
// reference (so a mutation never changes an epoch ≤ x: no grinding), the
// positions hold exactly the members in view, Position agrees, and epochs
// before x−1 are refused.
func TestSetStateAgainstModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	leafChoices := []uint64{1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1 << 20}
	for run := range 20 {
		s := proofs.NewSetState()
		ref := &naiveSet{snaps: map[uint32]proofs.SetView{}}
		var mids []uint32
		next := uint32(1)
		x := uint32(1)
		for range 300 {
			x += uint32([]int{0, 0, 0, 1, 1, 3}[rng.IntN(6)])
			if len(mids) == 0 || rng.IntN(5) < 3 {
				n := leafChoices[rng.IntN(len(leafChoices))]
				root := [32]byte{byte(next), byte(next >> 8), 0xaa}
				c, p, err := s.Insert(x, next, n, root)
				if err != nil {
					t.Fatal(err)
				}
				wc, pad, _ := proofs.Class(n)
				if c != wc || int(p) != len(ref.cur.Classes[c]) {
					t.Fatalf("insert %d: class %d pos %d, want %d %d", next, c, p, wc, len(ref.cur.Classes[c]))
				}
				ref.cur.Classes[c] = append(ref.cur.Classes[c], proofs.Member{Mid: next, Pad: pad, Root: root})
				mids = append(mids, next)
				next++
			} else {
				i := rng.IntN(len(mids))
				mid := mids[i]
				mids = append(mids[:i], mids[i+1:]...)
				c, p, ok := s.Position(mid)
				if !ok {
					t.Fatalf("member %d not in view", mid)
				}
				mv, err := s.Remove(x, mid)
				if err != nil {
					t.Fatal(err)
				}
				cl := ref.cur.Classes[c]
				last := len(cl) - 1
				if int(p) != last {
					if mv == nil || mv.Mid != cl[last].Mid || mv.Pos != p || mv.Class != c {
						t.Fatalf("remove %d: move %+v, want %d to %d", mid, mv, cl[last].Mid, p)
					}
					cl[p] = cl[last]
				} else if mv != nil {
					t.Fatalf("remove of last %d moved %+v", mid, mv)
				}
				ref.cur.Classes[c] = cl[:last]
				if _, err := s.Remove(x, mid); !errors.Is(err, proofs.ErrNotInView) {
					t.Fatalf("second remove of %d: %v", mid, err)
				}
			}
			ref.snaps[x+1] = ref.clone()
			for _, tt := range []uint32{x - 1, x, x + 1, x + 7} {
				got, err := s.View(tt)
				if err != nil {
					t.Fatal(err)
				}
				if want := ref.at(tt); !reflect.DeepEqual(*got, want) {
					t.Fatalf("run %d: view at %d after change at %d:\n got %+v\nwant %+v", run, tt, x, got, want)
				}
			}
			if x >= 2 {
				if _, err := s.View(x - 2); !errors.Is(err, proofs.ErrEpochTooOld) {
					t.Fatalf("view at x−2: %v", err)
				}
			}
			if s.Live() != len(mids) {
				t.Fatalf("live %d, want %d", s.Live(), len(mids))
			}
			newest, _ := s.View(x + 1)
			if newest.Len() != len(mids) {
				t.Fatalf("newest view has %d members, want %d", newest.Len(), len(mids))
			}
			for c, cl := range newest.Classes {
				for p, m := range cl {
					gc, gp, ok := s.Position(m.Mid)
					if !ok || gc != c || int(gp) != p {
						t.Fatalf("member %d at class %d pos %d, Position says %d %d %v", m.Mid, c, p, gc, gp, ok)
					}
				}
			}
		}
		if _, _, err := s.Insert(x-1, next, 1, [32]byte{}); !errors.Is(err, proofs.ErrEpochTooOld) {
			t.Fatalf("insert back in time: %v", err)
		}
	}
}

func TestClass(t *testing.T) {
	tests := []struct {
		n     uint64
		class int
		pad   uint32
	}{
		{1, 0, 0}, {2, 1, 0}, {3, 2, 1}, {4, 2, 0}, {5, 3, 3}, {1000, 10, 24},
		{1 << 20, 20, 0}, {1<<20 + 1, 21, 1<<20 - 1}, {1 << 31, 31, 0},
	}
	for _, tc := range tests {
		c, pad, err := proofs.Class(tc.n)
		if err != nil || c != tc.class || pad != tc.pad {
			t.Errorf("Class(%d) = %d, %d, %v; want %d, %d", tc.n, c, pad, err, tc.class, tc.pad)
		}
	}
	for _, n := range []uint64{0, 1<<31 + 1} {
		if _, _, err := proofs.Class(n); !errors.Is(err, proofs.ErrBadView) {
			t.Errorf("Class(%d): %v", n, err)
		}
	}
}
