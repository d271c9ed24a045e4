package contracts_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
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

// harness deploys the test-only ProofsHarness (src/test) on the shared
// anvil: the pure rules the v2 contracts run (Challenges, SetProofs), callable
// with arbitrary inputs.
func harness(t *testing.T) (*ProofsHarness, *bind.BoundContract) {
	t.Helper()
	f := newV2(t, contracttest.TestConfig())
	h := NewProofsHarness()
	opts := *f.Accounts[0].Auth
	opts.Context = t.Context()
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(ProofsHarnessMetaData.Bin), f.Client, nil)
	if err != nil {
		t.Fatalf("deploy harness: %v", err)
	}
	if _, err := bind.WaitDeployed(t.Context(), f.Client, tx.Hash()); err != nil {
		t.Fatalf("deploy harness: %v", err)
	}
	return h, h.Instance(f.Client, addr)
}

func call[T any](t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: t.Context()}, data, unpack)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return v
}

// TestVectors checks the golden vectors of proofs/testdata/vectors.json
// against the Solidity the v2 contracts run, through ProofsHarness: seeds,
// slot ids, raw challenge and fill-challenge indices (Challenges, used by
// audits and fills), and proofs, valid and invalid (SetProofs.verifyWhole,
// the fill and audit verifier).
func TestVectors(t *testing.T) {
	raw, err := os.ReadFile("../proofs/testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Proofs) == 0 || len(v.Challenges) == 0 || len(v.Seeds) == 0 || len(v.FillChallenges) == 0 || len(v.SlotIDs) == 0 {
		t.Fatal("empty vectors")
	}
	h, c := harness(t)
	for i, s := range v.Seeds {
		got := call(t, c, h.PackEpochSeed(s.BlockHash, new(big.Int).SetUint64(s.Epoch)), h.UnpackEpochSeed)
		if common.Hash(got) != s.Seed {
			t.Errorf("seed %d: %x, want %x", i, got, s.Seed)
		}
	}
	for i, ch := range v.Challenges {
		got := call(t, c, h.PackEpochIndices(ch.Seed, ch.SlotID, new(big.Int).SetUint64(ch.N), big.NewInt(ch.K)), h.UnpackEpochIndices)
		sameIndices(t, fmt.Sprintf("challenges %d", i), got, ch.Indices)
	}
	for i, ch := range v.FillChallenges {
		got := call(t, c, h.PackFillIndices(ch.BlockHash, ch.SlotID, ch.Sender, new(big.Int).SetUint64(ch.N), big.NewInt(ch.K)), h.UnpackFillIndices)
		sameIndices(t, fmt.Sprintf("fill challenges %d", i), got, ch.Indices)
	}
	for i, s := range v.SlotIDs {
		got := call(t, c, h.PackSlotId(s.RequestID, new(big.Int).SetUint64(s.Index)), h.UnpackSlotId)
		if common.Hash(got) != s.SlotID {
			t.Errorf("slot id %d: %x, want %x", i, got, s.SlotID)
		}
	}
	valid := 0
	for _, p := range v.Proofs {
		st := call(t, c, h.PackVerifyProof(p.Root, new(big.Int).SetUint64(p.Size), bigs(p.Indices), p.Proof), h.UnpackVerifyProof)
		if got := st.Sign() == 0; got != p.Valid {
			t.Errorf("proof %s: contract status %s, vectors say valid=%v", p.Name, st, p.Valid)
		}
		if p.Valid {
			valid++
		}
	}
	if valid == 0 || valid == len(v.Proofs) {
		t.Errorf("%d of %d proofs valid: the vectors should hold both kinds", valid, len(v.Proofs))
	}
	t.Logf("%d seeds, %d challenges, %d fill challenges, %d slot ids, %d proofs (%d valid) checked",
		len(v.Seeds), len(v.Challenges), len(v.FillChallenges), len(v.SlotIDs), len(v.Proofs), valid)
}

// TestVerifyDifferential: the fill and audit verifier (SetProofs.verifyWhole
// through ProofsHarness) agrees with proofs.Verify on valid proofs and on
// random corruptions of them (a flipped byte, a cut or padded proof, an
// index moved, possibly out of range, a wrong root).
func TestVerifyDifferential(t *testing.T) {
	h, c := harness(t)
	rng := rand.New(rand.NewPCG(7, 7))
	sizes := []uint64{64, 128, 192, 320, 4096, 64 * 1000, 64 * 1025}
	agree, valid := 0, 0
	for _, size := range sizes {
		shard := prooftest.TestShard([32]byte{byte(size), byte(size >> 8)}, size)
		tr, err := proofs.BuildTree(bytes.NewReader(shard), size)
		if err != nil {
			t.Fatal(err)
		}
		n := size / 64
		for it := 0; it < 12; it++ {
			idx := make([]uint64, 1+rng.IntN(12))
			for i := range idx {
				idx[i] = rng.Uint64N(n)
			}
			pr, err := tr.Prove(bytes.NewReader(shard), idx)
			if err != nil {
				t.Fatal(err)
			}
			root := tr.Root()
			switch it % 6 {
			case 1:
				pr[rng.IntN(len(pr))] ^= byte(1 + rng.IntN(255))
			case 2:
				pr = pr[:rng.IntN(len(pr))]
			case 3:
				pr = append(pr, make([]byte, 1+rng.IntN(64))...)
			case 4:
				idx[rng.IntN(len(idx))] = rng.Uint64N(n + 2) // may be out of range
			case 5:
				root[rng.IntN(32)] ^= 1
			}
			want := proofs.Verify(root, size, idx, pr) == nil
			st := call(t, c, h.PackVerifyProof(root, new(big.Int).SetUint64(size), bigs(idx), pr), h.UnpackVerifyProof)
			if got := st.Sign() == 0; got != want {
				t.Fatalf("size %d, case %d, indices %v, %d-byte proof: contract status %s, Go valid=%v", size, it%6, idx, len(pr), st, want)
			}
			agree++
			if want {
				valid++
			}
		}
	}
	if valid == 0 || valid == agree {
		t.Fatalf("%d of %d cases valid: the corruptions should produce both kinds", valid, agree)
	}
	t.Logf("%d cases agree (%d valid)", agree, valid)
}
