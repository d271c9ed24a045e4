package contracts_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// vectors mirrors proofs/testdata/vectors.json.
type vectors struct {
	Seeds []struct {
		BlockHash common.Hash `json:"blockHash"`
		Epoch     uint64      `json:"epoch"`
		Seed      common.Hash `json:"seed"`
	} `json:"seeds"`
	Challenges []struct {
		Seed    common.Hash `json:"seed"`
		SlotID  common.Hash `json:"slotId"`
		N       uint64      `json:"n"`
		K       int64       `json:"k"`
		Indices []uint64    `json:"indices"`
	} `json:"challenges"`
	FillChallenges []struct {
		BlockHash common.Hash    `json:"blockHash"`
		SlotID    common.Hash    `json:"slotId"`
		Sender    common.Address `json:"sender"`
		N         uint64         `json:"n"`
		K         int64          `json:"k"`
		Indices   []uint64       `json:"indices"`
	} `json:"fillChallenges"`
	SlotIDs []struct {
		RequestID common.Hash `json:"requestId"`
		Index     uint64      `json:"index"`
		SlotID    common.Hash `json:"slotId"`
	} `json:"slotIds"`
	Proofs []struct {
		Name    string        `json:"name"`
		Size    uint64        `json:"size"`
		Root    common.Hash   `json:"root"`
		Indices []uint64      `json:"indices"`
		Proof   hexutil.Bytes `json:"proof"`
		Valid   bool          `json:"valid"`
	} `json:"proofs"`
}

func bigs(xs []uint64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = new(big.Int).SetUint64(x)
	}
	return out
}

func sameIndices(t *testing.T, what string, got []*big.Int, want []uint64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d indices, want %d", what, len(got), len(want))
	}
	for i := range want {
		if !got[i].IsUint64() || got[i].Uint64() != want[i] {
			t.Fatalf("%s: index %d = %s, want %d", what, i, got[i], want[i])
		}
	}
}

// TestVectors checks the golden vectors of proofs/testdata against the
// contract's pure views: seeds, challenge and fill-challenge indices, slot
// ids and proofs (valid and invalid).
func TestVectors(t *testing.T) {
	raw, err := os.ReadFile("../proofs/testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Proofs) == 0 || len(v.Challenges) == 0 {
		t.Fatal("empty vectors")
	}
	f := newFx(t, contracttest.TestConfig())
	mp := f.MP
	for i, s := range v.Seeds {
		got := contracttest.Call(f.Env, mp.PackEpochSeedFor(s.BlockHash, new(big.Int).SetUint64(s.Epoch)), mp.UnpackEpochSeedFor)
		if common.Hash(got) != s.Seed {
			t.Errorf("seed %d: %x, want %x", i, got, s.Seed)
		}
	}
	for i, c := range v.Challenges {
		got := contracttest.Call(f.Env, mp.PackChallengesFor(c.Seed, c.SlotID, new(big.Int).SetUint64(c.N), big.NewInt(c.K)), mp.UnpackChallengesFor)
		sameIndices(t, fmt.Sprintf("challenges %d", i), got, c.Indices)
	}
	for i, c := range v.FillChallenges {
		got := contracttest.Call(f.Env, mp.PackFillChallengesFor(c.BlockHash, c.SlotID, c.Sender, new(big.Int).SetUint64(c.N), big.NewInt(c.K)), mp.UnpackFillChallengesFor)
		sameIndices(t, fmt.Sprintf("fill challenges %d", i), got, c.Indices)
	}
	for i, s := range v.SlotIDs {
		got := contracttest.Call(f.Env, mp.PackSlotIdFor(s.RequestID, new(big.Int).SetUint64(s.Index)), mp.UnpackSlotIdFor)
		if common.Hash(got) != s.SlotID {
			t.Errorf("slot id %d: %x, want %x", i, got, s.SlotID)
		}
	}
	for _, p := range v.Proofs {
		got := contracttest.Call(f.Env, mp.PackVerifyProof(p.Root, new(big.Int).SetUint64(p.Size), bigs(p.Indices), p.Proof), mp.UnpackVerifyProof)
		if got != p.Valid {
			t.Errorf("proof %s: contract says %v, vectors say %v", p.Name, got, p.Valid)
		}
	}
	t.Logf("%d seeds, %d challenges, %d fill challenges, %d slot ids, %d proofs checked",
		len(v.Seeds), len(v.Challenges), len(v.FillChallenges), len(v.SlotIDs), len(v.Proofs))
}
