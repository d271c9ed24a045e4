package proofs_test

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/proofs"
)

// span is one member's run of padded leaves in draw order.
type span struct {
	start uint64
	mid   uint32
	class int
	pad   uint32
}

// spans lists the view's members as runs of 2^c padded leaves in the order a
// draw u indexes them: classes ascending, positions in order.
func spans(v *proofs.SetView) (out []span, total uint64) {
	for c, members := range v.Classes {
		for _, m := range members {
			out = append(out, span{total, m.Mid, c, m.Pad})
			total += 1 << c
		}
	}
	return out, total
}

// oracleSetChallenges is §5.1 written independently: go-ethereum's ABI
// encoder and Keccak, math/big for the reduction, and the members' runs of
// padded leaves (found by binary search) instead of the class walk.
func oracleSetChallenges(t testing.TB, seed [32]byte, setID uint64, v *proofs.SetView, k, maxDraws int) []proofs.SetChallenge {
	t.Helper()
	b32, _ := abi.NewType("bytes32", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	args := abi.Arguments{{Type: b32}, {Type: u256}, {Type: u256}}
	runs, t64 := spans(v)
	total := new(big.Int).SetUint64(t64)
	var out []proofs.SetChallenge
	for j := 0; j < maxDraws && len(out) < k; j++ {
		enc, err := args.Pack(seed, new(big.Int).SetUint64(setID), big.NewInt(int64(j)))
		if err != nil {
			t.Fatal(err)
		}
		u := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(enc)), total).Uint64()
		i := sort.Search(len(runs), func(i int) bool { return runs[i].start > u }) - 1
		r := runs[i]
		if leaf := u - r.start; leaf < 1<<r.class-uint64(r.pad) {
			out = append(out, proofs.SetChallenge{Mid: r.mid, Class: r.class, Leaf: leaf, Draw: j})
		}
	}
	return out
}

// randomView builds a view through SetState with random inserts and
// removals of shards of the given leaf counts.
func randomView(rng *rand.Rand, members int, leafChoices []uint64) *proofs.SetView {
	s := proofs.NewSetState()
	var mids []uint32
	for mid := uint32(1); len(mids) < members; mid++ {
		n := leafChoices[rng.IntN(len(leafChoices))]
		if _, _, err := s.Insert(1, mid, n, [32]byte{byte(mid)}); err != nil {
			panic(err)
		}
		mids = append(mids, mid)
		if rng.IntN(4) == 0 {
			i := rng.IntN(len(mids))
			if _, err := s.Remove(1, mids[i]); err != nil {
				panic(err)
			}
			mids = append(mids[:i], mids[i+1:]...)
		}
	}
	v, err := s.View(2)
	if err != nil {
		panic(err)
	}
	return v
}

func sameChallenges(a, b []proofs.SetChallenge) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Mid != b[i].Mid || a[i].Class != b[i].Class || a[i].Leaf != b[i].Leaf || a[i].Draw != b[i].Draw {
			return false
		}
	}
	return true
}

// TestSetChallengesOracle: SetChallenges equals the independent oracle on
// random mixed views, for several K and setIds.
func TestSetChallengesOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	leafChoices := []uint64{1, 2, 3, 5, 8, 9, 33, 64, 65, 100, 257, 1024}
	for run := range 150 {
		v := randomView(rng, 1+rng.IntN(40), leafChoices)
		var seed [32]byte
		for i := range seed {
			seed[i] = byte(rng.Uint32())
		}
		setID := []uint64{1, 2, 77, 1<<64 - 1}[run%4]
		k := []int{8, 10, 16, 32}[run%4]
		got, err := proofs.SetChallenges(seed, setID, v, k, proofs.MaxDraws(k))
		if err != nil {
			t.Fatal(err)
		}
		if want := oracleSetChallenges(t, seed, setID, v, k, proofs.MaxDraws(k)); !sameChallenges(got, want) {
			t.Fatalf("run %d: got %+v\nwant %+v", run, got, want)
		}
		for _, c := range got {
			if c.Root != [32]byte{byte(c.Mid)} {
				t.Fatalf("challenge on %d carries root %x", c.Mid, c.Root)
			}
		}
	}
}

// TestSetChallengesPowerOfTwo: with no padding every draw is accepted.
func TestSetChallengesPowerOfTwo(t *testing.T) {
	v := randomView(rand.New(rand.NewPCG(7, 8)), 30, []uint64{1, 2, 4, 64, 1 << 20})
	for s := range 50 {
		got, err := proofs.SetChallenges([32]byte{byte(s)}, 3, v, 10, 40)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 10 {
			t.Fatalf("seed %d: %d accepted", s, len(got))
		}
		for j, c := range got {
			if c.Draw != j {
				t.Fatalf("seed %d: challenge %d from draw %d", s, j, c.Draw)
			}
		}
	}
}

// heavyPaddingView holds only shards of 2^(c−1)+1 leaves: acceptance is just
// above ½ per draw.
func heavyPaddingView() *proofs.SetView {
	s := proofs.NewSetState()
	for mid := uint32(1); mid <= 12; mid++ {
		n := uint64(1)<<(mid%5+1) + 1
		if _, _, err := s.Insert(1, mid, n, [32]byte{}); err != nil {
			panic(err)
		}
	}
	v, _ := s.View(2)
	return v
}

// shortfallSeed finds the first seed label i whose draws leave fewer than
// k accepted in the heavy-padding view.
func shortfallSeed(t testing.TB, v *proofs.SetView, k int) ([32]byte, []proofs.SetChallenge) {
	for i := range 100000 {
		seed := [32]byte{0x5f, byte(i), byte(i >> 8), byte(i >> 16)}
		got, err := proofs.SetChallenges(seed, 9, v, k, proofs.MaxDraws(k))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) < k {
			return seed, got
		}
	}
	t.Fatal("no shortfall in 100000 seeds")
	return [32]byte{}, nil
}

// TestSetChallengesShortfall: a shortfall exists at K = 10 and matches the
// oracle; its draws run to MAX_DRAWS; padding is never accepted.
func TestSetChallengesShortfall(t *testing.T) {
	v := heavyPaddingView()
	seed, got := shortfallSeed(t, v, 10)
	if want := oracleSetChallenges(t, seed, 9, v, 10, 40); !sameChallenges(got, want) {
		t.Fatalf("shortfall: got %+v, want %+v", got, want)
	}
	if len(got) == 0 || len(got) >= 10 {
		t.Fatalf("%d accepted", len(got))
	}
	for _, c := range got {
		if c.Leaf >= 1<<c.Class-uint64(v.Classes[c.Class][0].Pad) {
			t.Fatalf("padding leaf %d of class %d accepted", c.Leaf, c.Class)
		}
	}
}

func TestSetChallengesErrors(t *testing.T) {
	if _, err := proofs.SetChallenges([32]byte{}, 1, &proofs.SetView{}, 10, 40); !errors.Is(err, proofs.ErrNothingToProve) {
		t.Errorf("empty view: %v", err)
	}
	v := &proofs.SetView{}
	v.Classes[3] = []proofs.Member{{Mid: 1, Pad: 4}} // a class-3 shard has at least 5 leaves
	if _, err := proofs.SetChallenges([32]byte{}, 1, v, 10, 40); !errors.Is(err, proofs.ErrBadView) {
		t.Errorf("pad 4 in class 3: %v", err)
	}
	v.Classes[3][0].Pad = 3
	for _, kd := range [][2]int{{0, 40}, {10, 9}, {-1, 0}} {
		if _, err := proofs.SetChallenges([32]byte{}, 1, v, kd[0], kd[1]); err == nil {
			t.Errorf("k=%d maxDraws=%d accepted", kd[0], kd[1])
		}
	}
}

// chiSquare returns Σ (o−e)²/e for counts against a uniform expectation.
func chiSquare(counts []int, total int) float64 {
	e := float64(total) / float64(len(counts))
	var x float64
	for _, o := range counts {
		d := float64(o) - e
		x += d * d / e
	}
	return x
}

// TestSetChallengesUniform: over 20,000 seeds, accepted challenges on a set
// of mixed shard sizes are uniform over its real leaves (chi-square below
// df + 5·sqrt(2·df)); a member-uniform sampler over the same set fails the
// same bound, so the test can tell.
func TestSetChallengesUniform(t *testing.T) {
	s := proofs.NewSetState()
	sizes := []uint64{1, 2, 3, 5, 9, 17, 33, 64, 100, 129, 7, 250}
	for i, n := range sizes {
		if _, _, err := s.Insert(1, uint32(i+1), n, [32]byte{}); err != nil {
			t.Fatal(err)
		}
	}
	v, _ := s.View(2)
	offset := map[uint32]int{} // mid → index of its first real leaf
	realLeaves := 0
	for i, n := range sizes {
		offset[uint32(i+1)] = realLeaves
		realLeaves += int(n)
	}
	if uint64(realLeaves) != v.RealLeaves() {
		t.Fatalf("real leaves %d, view says %d", realLeaves, v.RealLeaves())
	}
	counts := make([]int, realLeaves)
	biased := make([]int, realLeaves)
	rng := rand.New(rand.NewPCG(9, 10))
	total := 0
	for i := range 20000 {
		seed := proofs.EpochSeed([32]byte{0xc1}, uint64(i))
		got, err := proofs.SetChallenges(seed, 5, v, 10, 40)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range got {
			counts[offset[c.Mid]+int(c.Leaf)]++
			total++
			m := rng.IntN(len(sizes))
			biased[offset[uint32(m+1)]+rng.IntN(int(sizes[m]))]++
		}
	}
	df := float64(realLeaves - 1)
	bound := df + 5*math.Sqrt(2*df)
	if x := chiSquare(counts, total); x > bound {
		t.Errorf("chi-square %.1f over %d real leaves (df %.0f), bound %.1f", x, realLeaves, df, bound)
	} else {
		t.Logf("chi-square %.1f, df %.0f, bound %.1f, %d challenges", x, df, bound, total)
	}
	if x := chiSquare(biased, total); x <= bound {
		t.Errorf("member-uniform sampler passes: chi-square %.1f ≤ %.1f", x, bound)
	}
}
