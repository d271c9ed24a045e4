package proofs_test

import (
	"math/big"
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
