package proofs_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/internal/vectors"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

const setVectorsPath = "testdata/set_vectors.json"

// TestSetVectors checks that testdata/set_vectors.json is exactly what the
// generator produces (go test -run TestSetVectors -update rewrites it) and
// checks every case against the independent oracles: §5.1 through
// go-ethereum's ABI encoder and math/big, the grouping by a map, the proofs
// by the crypto/sha256 reference tree over regenerated shards.
func TestSetVectors(t *testing.T) {
	gen, err := vectors.GenerateSet()
	if err != nil {
		t.Fatal(err)
	}
	got := goldenFile(t, setVectorsPath, "TestSetVectors", gen.Marshal)
	var f vectors.SetFile
	if err := json.Unmarshal(got, &f); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			for _, prop := range checkSetCase(t, &c) {
				seen[prop] = true
			}
		})
	}
	checkFillKF(t, f.FillChallenges)
	for _, prop := range []string{"mixed-classes", "redraw", "duplicate", "one-leaf-group", "shortfall",
		"empty", "power-of-two", "large-class", "invalid:ProofLengthMismatch", "invalid:InvalidProof",
		"invalid:reordered-groups", "invalid:foreign-leaf", "invalid:flipped-bit-first-leaf"} {
		if !seen[prop] {
			t.Errorf("no vector covers %s", prop)
		}
	}
}

// checkSetCase checks one case and returns the properties it covers.
func checkSetCase(t *testing.T, c *vectors.SetCase) []string {
	var props []string
	view := &proofs.SetView{}
	shards := map[uint32][]byte{}
	padded, classes := false, 0
	for _, vc := range c.View {
		classes++
		for _, m := range vc.Members {
			cl, pad, err := proofs.Class(m.N)
			if err != nil || cl != vc.Class || pad != m.Pad {
				t.Fatalf("member %d: n %d gives class %d pad %d, vector %d %d", m.Mid, m.N, cl, pad, vc.Class, m.Pad)
			}
			padded = padded || pad > 0
			if vc.Class >= 25 {
				props = append(props, "large-class")
			}
			if !c.DerivationOnly {
				data := prooftest.TestShard([32]byte(m.ShardSeed), m.N*proofs.LeafSize)
				if r := newRefTree(data).root(); !bytes.Equal(r[:], m.Root) {
					t.Fatalf("member %d: reference root %x, vector %x", m.Mid, r, m.Root)
				}
				shards[m.Mid] = data
			}
			view.Classes[vc.Class] = append(view.Classes[vc.Class], proofs.Member{Mid: m.Mid, Pad: m.Pad, Root: [32]byte(m.Root)})
		}
	}
	if view.Total() != c.Total {
		t.Fatalf("total %d, vector %d", view.Total(), c.Total)
	}
	if c.NothingToProve {
		if view.Len() != 0 || len(c.Accepted)+len(c.Groups)+len(c.Proof) != 0 {
			t.Fatal("nothingToProve case with content")
		}
		if _, err := proofs.SetChallenges([32]byte(c.Seed), c.SetID, view, c.K, c.MaxDraws); !errors.Is(err, proofs.ErrNothingToProve) {
			t.Fatalf("empty view: %v", err)
		}
		return append(props, "empty")
	}
	if c.MaxDraws != 4*c.K {
		t.Fatalf("maxDraws %d for k %d", c.MaxDraws, c.K)
	}

	// Derivation: the oracle, then the vector, then the Go code.
	oracle := oracleSetChallenges(t, [32]byte(c.Seed), c.SetID, view, c.K, c.MaxDraws)
	if len(oracle) != len(c.Accepted) {
		t.Fatalf("oracle accepts %d, vector %d", len(oracle), len(c.Accepted))
	}
	for i, a := range c.Accepted {
		o := oracle[i]
		if o.Mid != a.Mid || o.Class != a.Class || o.Leaf != a.Leaf || o.Draw != a.Draw {
			t.Fatalf("accepted %d: oracle %+v, vector %+v", i, o, a)
		}
	}
	goAcc, err := proofs.SetChallenges([32]byte(c.Seed), c.SetID, view, c.K, c.MaxDraws)
	if err != nil || !sameChallenges(goAcc, oracle) {
		t.Fatalf("SetChallenges %+v, %v; oracle %+v", goAcc, err, oracle)
	}
	draws := c.MaxDraws
	if len(oracle) == c.K {
		draws = oracle[len(oracle)-1].Draw + 1
	} else {
		props = append(props, "shortfall")
	}
	if draws != c.Draws {
		t.Fatalf("draws %d, vector %d", draws, c.Draws)
	}
	if draws > len(oracle) {
		props = append(props, "redraw")
	}
	if classes >= 3 && padded {
		props = append(props, "mixed-classes")
	}
	if !padded && draws == c.K {
		props = append(props, "power-of-two")
	}

	// Grouping, by a map instead of a sort.
	byMid := map[uint32][]uint64{}
	for _, a := range c.Accepted {
		if slices.Contains(byMid[a.Mid], a.Leaf) {
			props = append(props, "duplicate")
			continue
		}
		byMid[a.Mid] = append(byMid[a.Mid], a.Leaf)
	}
	if len(byMid) != len(c.Groups) {
		t.Fatalf("%d members challenged, %d groups", len(byMid), len(c.Groups))
	}
	rootOf := map[uint32][]byte{}
	for _, vc := range c.View {
		for _, m := range vc.Members {
			rootOf[m.Mid] = m.Root
		}
	}
	groups := make([]proofs.Group, len(c.Groups))
	for i, g := range c.Groups {
		if !bytes.Equal(g.Root, rootOf[g.Mid]) {
			t.Fatalf("group %d: root %x, the view's member %d has %x", i, g.Root, g.Mid, rootOf[g.Mid])
		}
		leaves := slices.Sorted(slices.Values(byMid[g.Mid]))
		if i > 0 && g.Mid <= c.Groups[i-1].Mid || !slices.Equal(leaves, g.Leaves) {
			t.Fatalf("group %d (mid %d, leaves %v): want leaves %v in ascending mid order", i, g.Mid, g.Leaves, leaves)
		}
		groups[i] = proofs.Group{Mid: g.Mid, Class: g.Class, Root: [32]byte(g.Root), Leaves: g.Leaves}
		if len(g.Leaves) == 1 {
			props = append(props, "one-leaf-group")
			if size, err := proofs.SetProofSize(groups[i : i+1]); err != nil || size != 64+32*g.Class {
				t.Fatalf("one-leaf group of class %d: %d bytes, %v", g.Class, size, err)
			}
		}
	}
	if fmtGroups(proofs.GroupChallenges(goAcc)) != fmtGroups(groups) {
		t.Fatalf("GroupChallenges differs from the vector's groups")
	}
	if c.DerivationOnly {
		return props
	}

	// The proof: the reference trees' multiproofs, concatenated.
	var ref []byte
	for _, g := range groups {
		ref = append(ref, newRefTree(shards[g.Mid]).prove(shards[g.Mid], g.Leaves)...)
	}
	if !bytes.Equal(ref, c.Proof) {
		t.Fatal("proof differs from the reference trees' multiproofs")
	}
	if err := proofs.VerifySetProof(groups, c.Proof); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	sentinel := map[string]error{"ProofLengthMismatch": proofs.ErrProofLength, "InvalidProof": proofs.ErrInvalidProof}
	for _, inv := range c.Invalid {
		want, ok := sentinel[inv.Error]
		if !ok {
			t.Fatalf("invalid %s: unknown error %q", inv.Name, inv.Error)
		}
		if err := proofs.VerifySetProof(groups, inv.Proof); !errors.Is(err, want) {
			t.Errorf("invalid %s: %v, vector says %s", inv.Name, err, inv.Error)
		}
		if inv.LengthOk != (len(inv.Proof) == len(c.Proof)) {
			t.Errorf("invalid %s: lengthOk %v for %d bytes of %d", inv.Name, inv.LengthOk, len(inv.Proof), len(c.Proof))
		}
		props = append(props, "invalid:"+inv.Error, "invalid:"+inv.Name)
	}
	return props
}

func fmtGroups(gs []proofs.Group) string {
	b, _ := json.Marshal(gs)
	return string(b)
}

// checkFillKF checks the KF = 16 fill challenges against go-ethereum's ABI
// encoder and math/big.
func checkFillKF(t *testing.T, fills []vectors.FillChallenge) {
	b32, _ := abi.NewType("bytes32", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: b32}, {Type: b32}, {Type: addr}, {Type: u256}}
	if len(fills) == 0 {
		t.Fatal("no fill challenges")
	}
	for _, c := range fills {
		if c.K != proofs.FillChallengeCount || len(c.Indices) != c.K {
			t.Fatalf("fill n=%d: k %d, %d indices", c.N, c.K, len(c.Indices))
		}
		for j, got := range c.Indices {
			enc, err := args.Pack([32]byte(c.BlockHash), [32]byte(c.SlotID), common.BytesToAddress(c.Sender), big.NewInt(int64(j)))
			if err != nil {
				t.Fatal(err)
			}
			h := new(big.Int).SetBytes(crypto.Keccak256(enc))
			if want := h.Mod(h, new(big.Int).SetUint64(c.N)).Uint64(); got != want {
				t.Errorf("fill n=%d j=%d: vector %d, oracle %d", c.N, j, got, want)
			}
		}
	}
}
