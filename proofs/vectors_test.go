package proofs_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/internal/vectors"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json and testdata/set_vectors.json")

const vectorsPath = "testdata/vectors.json"

// TestVectors checks that testdata/vectors.json is exactly what the generator
// produces (go test -run TestVectors -update rewrites it) and checks every
// vector against independent oracles.
func TestVectors(t *testing.T) {
	gen, err := vectors.Generate()
	if err != nil {
		t.Fatal(err)
	}
	got := goldenFile(t, vectorsPath, "TestVectors", gen.Marshal)
	var f vectors.File
	if err := json.Unmarshal(got, &f); err != nil {
		t.Fatal(err)
	}
	checkVectors(t, &f)
}

// goldenFile returns the committed file at path after checking it is
// exactly what marshal produces (with -update it is rewritten first) and
// under 1 MB; test names the test that rewrites it.
func goldenFile(t *testing.T, path, test string, marshal func() ([]byte, error)) []byte {
	t.Helper()
	want, err := marshal()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go test ./proofs -run %s -update", path, test)
	}
	if len(got) > 1<<20 {
		t.Errorf("%s is %d bytes, keep it under 1 MB", path, len(got))
	}
	return got
}

func checkVectors(t *testing.T, f *vectors.File) {
	for _, s := range f.Shards {
		data := prooftest.TestShard([32]byte(s.Seed), s.Size)
		if r := newRefTree(data).root(); !bytes.Equal(r[:], s.Root) {
			t.Errorf("shard %s: reference root %x, vector %x", s.Name, r, s.Root)
		}
		if r := sszRoot(t, data); !bytes.Equal(r[:], s.Root) {
			t.Errorf("shard %s: ssz root %x, vector %x", s.Name, r, s.Root)
		}
	}
	valid, invalid := 0, 0
	for _, p := range f.Proofs {
		err := proofs.Verify([32]byte(p.Root), p.Size, p.Indices, p.Proof)
		if (err == nil) != p.Valid {
			t.Errorf("proof %s: Verify = %v, vector says valid=%v", p.Name, err, p.Valid)
		}
		if p.Valid {
			valid++
		} else {
			invalid++
		}
	}
	if valid < 10 || invalid < 20 {
		t.Errorf("only %d valid and %d invalid proofs", valid, invalid)
	}

	b32, _ := abi.NewType("bytes32", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	enc := func(types []abi.Type, vals ...any) []byte {
		args := make(abi.Arguments, len(types))
		for i, ty := range types {
			args[i] = abi.Argument{Type: ty}
		}
		b, err := args.Pack(vals...)
		if err != nil {
			t.Fatal(err)
		}
		return crypto.Keccak256(b)
	}
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	modN := func(h []byte, n uint64) uint64 {
		return new(big.Int).Mod(new(big.Int).SetBytes(h), u(n)).Uint64()
	}
	for _, s := range f.Seeds {
		if h := enc([]abi.Type{b32, u256}, [32]byte(s.BlockHash), u(s.Epoch)); !bytes.Equal(h, s.Seed) {
			t.Errorf("seed for epoch %d: abi oracle %x, vector %x", s.Epoch, h, s.Seed)
		}
	}
	for _, c := range f.Challenges {
		for j, got := range c.Indices {
			h := enc([]abi.Type{b32, b32, u256}, [32]byte(c.Seed), [32]byte(c.SlotID), u(uint64(j)))
			if want := modN(h, c.N); got != want {
				t.Errorf("challenge n=%d j=%d: vector %d, abi oracle %d", c.N, j, got, want)
			}
		}
		if len(c.Indices) != c.K {
			t.Errorf("challenge n=%d: %d indices for k=%d", c.N, len(c.Indices), c.K)
		}
	}
	for _, c := range f.FillChallenges {
		for j, got := range c.Indices {
			h := enc([]abi.Type{b32, b32, addr, u256}, [32]byte(c.BlockHash), [32]byte(c.SlotID),
				common.BytesToAddress(c.Sender), u(uint64(j)))
			if want := modN(h, c.N); got != want {
				t.Errorf("fill challenge n=%d j=%d: vector %d, abi oracle %d", c.N, j, got, want)
			}
		}
		if len(c.Indices) != c.K {
			t.Errorf("fill challenge n=%d: %d indices for k=%d", c.N, len(c.Indices), c.K)
		}
	}
	for _, s := range f.SlotIDs {
		if h := enc([]abi.Type{b32, u256}, [32]byte(s.RequestID), u(s.Index)); !bytes.Equal(h, s.SlotID) {
			t.Errorf("slot id %d: abi oracle %x, vector %x", s.Index, h, s.SlotID)
		}
	}
}
