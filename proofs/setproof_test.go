package proofs_test

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

// testSet is a set whose members hold real shards.
type testSet struct {
	state  *proofs.SetState
	shards prooftest.MemShards
	view   *proofs.SetView
}

// newTestSet inserts one member per leaf count (mids 1, 2, …) at epoch 1
// with shards prooftest.TestShard(label/mid) and returns the view at 2.
func newTestSet(t testing.TB, label string, leaves []uint64) *testSet {
	t.Helper()
	ts := &testSet{state: proofs.NewSetState(), shards: prooftest.MemShards{}}
	for i, n := range leaves {
		mid := uint32(i + 1)
		data := prooftest.TestShard([32]byte([]byte(fmt.Sprintf("%-32s", fmt.Sprint(label, mid)))), n*proofs.LeafSize)
		tree, err := ts.shards.Add(mid, data)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := ts.state.Insert(1, mid, n, tree.Root()); err != nil {
			t.Fatal(err)
		}
	}
	v, err := ts.state.View(2)
	if err != nil {
		t.Fatal(err)
	}
	ts.view = v
	return ts
}

// refSetProof concatenates the reference tree's multiproof of every group.
func (ts *testSet) refSetProof(groups []proofs.Group) []byte {
	var out []byte
	for _, g := range groups {
		data := ts.shards[g.Mid].Data
		out = append(out, newRefTree(data).prove(data, g.Leaves)...)
	}
	return out
}

var mixedLeaves = []uint64{1, 2, 3, 5, 17, 64, 100, 1000, 1025, 2048, 4097}

// TestSetProofRoundTrip: for many seeds, the prover's proof verifies, has
// the exact size, and equals the reference trees' concatenated multiproofs;
// every one-leaf group takes 64 + 32·class bytes.
func TestSetProofRoundTrip(t *testing.T) {
	ts := newTestSet(t, "roundtrip", mixedLeaves)
	prover := proofs.NewSetProver(ts.shards, 10)
	oneLeaf := 0
	for i := range 200 {
		seed := proofs.EpochSeed([32]byte{0xab}, uint64(i))
		sp, err := prover.Prove(seed, 4, ts.view)
		if err != nil {
			t.Fatal(err)
		}
		if err := proofs.VerifySetProof(sp.Groups, sp.Proof); err != nil {
			t.Fatalf("seed %d: %v", i, err)
		}
		if size, _ := proofs.SetProofSize(sp.Groups); size != len(sp.Proof) {
			t.Fatalf("size %d, proof %d", size, len(sp.Proof))
		}
		if ref := ts.refSetProof(sp.Groups); !bytes.Equal(ref, sp.Proof) {
			t.Fatalf("seed %d: proof differs from the reference", i)
		}
		for _, g := range sp.Groups {
			if len(g.Leaves) == 1 {
				oneLeaf++
				if size, _ := proofs.SetProofSize([]proofs.Group{g}); size != 64+32*g.Class {
					t.Fatalf("one-leaf group of class %d: %d bytes", g.Class, size)
				}
			}
		}
	}
	if oneLeaf == 0 {
		t.Fatal("no one-leaf group in 200 seeds")
	}
}

// mutations returns named invalid variants of a valid set proof with its
// groups, and the error each must give.
func mutations(ts *testSet, groups []proofs.Group, proof []byte) []struct {
	name   string
	groups []proofs.Group
	proof  []byte
	want   error
} {
	type mut = struct {
		name   string
		groups []proofs.Group
		proof  []byte
		want   error
	}
	var out []mut
	add := func(name string, g []proofs.Group, p []byte, want error) { out = append(out, mut{name, g, p, want}) }
	add("short-by-one", groups, proof[:len(proof)-1], proofs.ErrProofLength)
	add("short-by-word", groups, proof[:len(proof)-32], proofs.ErrProofLength)
	add("extra-byte", groups, append(bytes.Clone(proof), 0), proofs.ErrProofLength)
	add("extra-zero-word", groups, append(bytes.Clone(proof), make([]byte, 32)...), proofs.ErrProofLength)
	for _, off := range []int{0, 63, 64, len(proof) / 2, len(proof) - 1} {
		q := bytes.Clone(proof)
		q[off] ^= 0x80
		add(fmt.Sprint("flipped-bit-", off), groups, q, proofs.ErrInvalidProof)
	}
	if len(groups) >= 2 {
		// Swap the first two groups' segments: same total length.
		a, _ := proofs.SetProofSize(groups[:1])
		b, _ := proofs.SetProofSize(groups[1:2])
		q := append(append(append([]byte(nil), proof[a:a+b]...), proof[:a]...), proof[a+b:]...)
		add("reordered-groups", groups, q, proofs.ErrInvalidProof)
		// The groups listed out of order are not canonical.
		g := append([]proofs.Group{groups[1], groups[0]}, groups[2:]...)
		add("groups-out-of-order", g, proof, proofs.ErrInvalidProof)
		// A leaf of another member in place of the first group's first leaf.
		q = bytes.Clone(proof)
		other := ts.shards[groups[1].Mid].Data
		copy(q[:64], other[:64])
		add("foreign-leaf", groups, q, proofs.ErrInvalidProof)
	}
	g0 := groups[0]
	wrongRoot := append([]proofs.Group{{Mid: g0.Mid, Class: g0.Class, Root: [32]byte{1}, Leaves: g0.Leaves}}, groups[1:]...)
	add("wrong-root", wrongRoot, proof, proofs.ErrInvalidProof)
	dup := append([]proofs.Group{{Mid: g0.Mid, Class: g0.Class, Root: g0.Root, Leaves: append([]uint64{g0.Leaves[0]}, g0.Leaves...)}}, groups[1:]...)
	add("duplicate-leaf", dup, proof, proofs.ErrInvalidProof)
	big := append([]proofs.Group{{Mid: g0.Mid, Class: proofs.NumClasses, Root: g0.Root, Leaves: g0.Leaves}}, groups[1:]...)
	add("class-out-of-range", big, proof, proofs.ErrInvalidProof)
	return out
}

func TestSetProofNegatives(t *testing.T) {
	ts := newTestSet(t, "negatives", mixedLeaves)
	sp, err := proofs.NewSetProver(ts.shards, 10).Prove([32]byte{0x77}, 2, ts.view)
	if err != nil {
		t.Fatal(err)
	}
	if len(sp.Groups) < 2 {
		t.Fatalf("want at least 2 groups, got %d", len(sp.Groups))
	}
	for _, m := range mutations(ts, sp.Groups, sp.Proof) {
		t.Run(m.name, func(t *testing.T) {
			if err := proofs.VerifySetProof(m.groups, m.proof); !errors.Is(err, m.want) {
				t.Fatalf("got %v, want %v", err, m.want)
			}
		})
	}
	if err := proofs.VerifySetProof(nil, nil); err != nil {
		t.Errorf("no groups, empty proof: %v", err)
	}
	if err := proofs.VerifySetProof(nil, []byte{0}); !errors.Is(err, proofs.ErrProofLength) {
		t.Errorf("no groups, one byte: %v", err)
	}
}

// TestSetProofMissingLeaf: a prover that lost one leaf's bytes but kept
// every hash (so it answers everything else) fails verification exactly in
// the epochs whose challenges hit that leaf.
func TestSetProofMissingLeaf(t *testing.T) {
	ts := newTestSet(t, "missing", []uint64{3, 17, 100, 1000})
	const lostMid, lostLeaf = 3, 42
	hits, misses := 0, 0
	for i := range 3000 {
		seed := proofs.EpochSeed([32]byte{0x4d}, uint64(i))
		acc, err := proofs.SetChallenges(seed, 1, ts.view, 10, 40)
		if err != nil {
			t.Fatal(err)
		}
		hit := false
		for _, c := range acc {
			hit = hit || c.Mid == lostMid && c.Leaf == lostLeaf
		}
		groups := proofs.GroupChallenges(acc)
		var proof []byte
		for _, g := range groups {
			data := ts.shards[g.Mid].Data
			p := newRefTree(data).prove(data, g.Leaves)
			if g.Mid == lostMid {
				for j, l := range g.Leaves {
					if l == lostLeaf {
						clear(p[j*64 : (j+1)*64]) // the bytes are gone
					}
				}
			}
			proof = append(proof, p...)
		}
		err = proofs.VerifySetProof(groups, proof)
		if hit != (err != nil) {
			t.Fatalf("seed %d: hit=%v, verify: %v", i, hit, err)
		}
		if hit {
			hits++
			if !errors.Is(err, proofs.ErrInvalidProof) {
				t.Fatalf("seed %d: %v", i, err)
			}
		} else {
			misses++
		}
	}
	if hits == 0 || misses == 0 {
		t.Fatalf("%d hits, %d misses", hits, misses)
	}
	t.Logf("%d of 3000 epochs hit the lost leaf (expected %.0f)", hits, 3000*(1-pow(1-1.0/1120, 10)))
}

func pow(x float64, n int) float64 {
	r := 1.0
	for range n {
		r *= x
	}
	return r
}

// TestProveSetCorruptBlock: the real prover reads one 64 KiB block per
// challenged block and checks it, so a corrupt leaf on disk fails the proof
// exactly when a challenge lands in that leaf's block.
func TestProveSetCorruptBlock(t *testing.T) {
	ts := newTestSet(t, "corrupt", []uint64{3 << proofs.BlockLevel, 5})
	const mid, badLeaf = 1, 1<<proofs.BlockLevel + 7 // in block 1
	ts.shards[mid].Data = bytes.Clone(ts.shards[mid].Data)
	ts.shards[mid].Data[badLeaf*64+5] ^= 1
	hits, misses := 0, 0
	for i := range 300 {
		seed := proofs.EpochSeed([32]byte{0xcb}, uint64(i))
		acc, err := proofs.SetChallenges(seed, 1, ts.view, 10, 40)
		if err != nil {
			t.Fatal(err)
		}
		hit := false
		for _, c := range acc {
			hit = hit || c.Mid == mid && c.Leaf>>proofs.BlockLevel == 1
		}
		_, err = proofs.ProveSet(proofs.GroupChallenges(acc), ts.shards)
		if hit != (err != nil) || hit && !errors.Is(err, proofs.ErrShardMismatch) {
			t.Fatalf("seed %d: hit=%v, prove: %v", i, hit, err)
		}
		if hit {
			hits++
		} else {
			misses++
		}
	}
	if hits == 0 || misses == 0 {
		t.Fatalf("%d hits, %d misses", hits, misses)
	}
}

func TestProveSetErrors(t *testing.T) {
	ts := newTestSet(t, "errors", []uint64{5, 9})
	groups := []proofs.Group{{Mid: 1, Class: 3, Root: ts.view.Classes[3][0].Root, Leaves: []uint64{0, 4}}}
	if _, err := proofs.ProveSet(groups, ts.shards); err != nil {
		t.Fatalf("valid group: %v", err)
	}
	tests := []struct {
		name  string
		group proofs.Group
		want  error
	}{
		{"class-mismatch", proofs.Group{Mid: 2, Class: 3, Root: ts.shards[2].Tree.Root(), Leaves: []uint64{1}}, proofs.ErrClassMismatch},
		{"root-mismatch", proofs.Group{Mid: 1, Class: 3, Root: [32]byte{9}, Leaves: []uint64{1}}, proofs.ErrShardMismatch},
		{"no-shard", proofs.Group{Mid: 3, Class: 3, Leaves: []uint64{1}}, prooftest.ErrNoShard},
		{"leaf-beyond-shard", proofs.Group{Mid: 1, Class: 3, Root: ts.shards[1].Tree.Root(), Leaves: []uint64{5}}, proofs.ErrInvalidProof},
		{"not-canonical", proofs.Group{Mid: 1, Class: 3, Root: ts.shards[1].Tree.Root(), Leaves: []uint64{2, 1}}, proofs.ErrInvalidProof},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := proofs.ProveSet([]proofs.Group{tc.group}, ts.shards); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	empty := proofs.NewSetProver(ts.shards, 10)
	if _, err := empty.Prove([32]byte{}, 1, &proofs.SetView{}); !errors.Is(err, proofs.ErrNothingToProve) {
		t.Errorf("empty view: %v", err)
	}
}

// TestGroupChallenges: sorting by (mid, leaf), deduplication and grouping.
func TestGroupChallenges(t *testing.T) {
	acc := []proofs.SetChallenge{
		{Mid: 7, Class: 2, Leaf: 3}, {Mid: 2, Class: 4, Leaf: 9}, {Mid: 7, Class: 2, Leaf: 0},
		{Mid: 2, Class: 4, Leaf: 9}, {Mid: 2, Class: 4, Leaf: 1}, {Mid: 5, Class: 0, Leaf: 0},
	}
	got := proofs.GroupChallenges(acc)
	want := []proofs.Group{
		{Mid: 2, Class: 4, Leaves: []uint64{1, 9}},
		{Mid: 5, Class: 0, Leaves: []uint64{0}},
		{Mid: 7, Class: 2, Leaves: []uint64{0, 3}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	if acc[0].Mid != 7 {
		t.Fatal("GroupChallenges reordered its input")
	}
	if g := proofs.GroupChallenges(nil); len(g) != 0 {
		t.Fatalf("nil: %v", g)
	}
}
