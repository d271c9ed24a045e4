package proofs_test

import (
	"bytes"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/proofs"
)

func TestChallengesEdgeCases(t *testing.T) {
	seed, slot := [32]byte{1}, [32]byte{2}
	if got := proofs.EpochChallenges(seed, slot, 0, 10); got != nil {
		t.Errorf("n=0: %v", got)
	}
	if got := proofs.EpochChallenges(seed, slot, 10, 0); got != nil {
		t.Errorf("k=0: %v", got)
	}
	if got := proofs.FillChallenges(seed, slot, [20]byte{3}, 0, 10); got != nil {
		t.Errorf("fill n=0: %v", got)
	}
	for _, v := range proofs.EpochChallenges(seed, slot, 1, 10) {
		if v != 0 {
			t.Errorf("n=1 gave index %d", v)
		}
	}
	// The whole 256-bit value is reduced, not its low 64 bits: compare with
	// math/big for an n that is not a power of two.
	for _, n := range []uint64{3, 1000, 1<<63 + 12345, 1<<64 - 1} {
		got := proofs.EpochChallenges(seed, slot, n, 4)
		for j, v := range got {
			var in []byte
			in = append(in, seed[:]...)
			in = append(in, slot[:]...)
			in = append(in, make([]byte, 31)...)
			in = append(in, byte(j))
			h := new(big.Int).SetBytes(crypto.Keccak256(in))
			want := h.Mod(h, new(big.Int).SetUint64(n)).Uint64()
			if v != want {
				t.Errorf("n=%d j=%d: %d, want %d", n, j, v, want)
			}
		}
	}
	fill := proofs.FillChallenges(seed, slot, [20]byte{3}, 1000, 10)
	epoch := proofs.EpochChallenges(seed, slot, 1000, 10)
	if len(fill) != 10 || len(epoch) != 10 || fill[0] == epoch[0] && fill[1] == epoch[1] {
		t.Errorf("fill %v and epoch %v challenges look alike", fill, epoch)
	}
}

// TestAuditChallenges: audit leaves are v1's epoch challenges, normalized,
// and a v1 proof of them verifies against the shard root.
func TestAuditChallenges(t *testing.T) {
	data := shard(1000 * 64)
	tree, err := proofs.BuildTree(bytes.NewReader(data), uint64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		seed := proofs.EpochSeed([32]byte{7}, uint64(i))
		slot := proofs.SlotID([32]byte{8}, uint64(i%6))
		got := proofs.AuditChallenges(seed, slot, 1000, 10)
		raw := proofs.EpochChallenges(seed, slot, 1000, 10)
		if !slices.Equal(got, proofs.Normalize(raw)) || !slices.IsSorted(got) {
			t.Fatalf("audit %v, epoch challenges %v", got, raw)
		}
		p, err := tree.Prove(bytes.NewReader(data), got)
		if err != nil {
			t.Fatal(err)
		}
		if err := proofs.Verify(tree.Root(), uint64(len(data)), raw, p); err != nil {
			t.Fatalf("audit proof: %v", err)
		}
	}
	if proofs.AuditChallenges([32]byte{}, [32]byte{}, 0, 10) != nil || proofs.AuditChallenges([32]byte{}, [32]byte{}, 5, 0) != nil {
		t.Error("n = 0 or k = 0 gave challenges")
	}
}
