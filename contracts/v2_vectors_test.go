package contracts_test

import (
	"encoding/json"
	"math"
	"math/big"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/proofs"
)

// setVectorFile mirrors proofs/testdata/set_vectors.json (schema in
// proofs/internal/vectors/set.go), the fields the contract checks.
type setVectorFile struct {
	Cases []struct {
		Name     string        `json:"name"`
		Seed     hexutil.Bytes `json:"seed"`
		SetID    uint64        `json:"setId"`
		K        int           `json:"k"`
		MaxDraws int           `json:"maxDraws"`
		View     []struct {
			Class   int `json:"class"`
			Members []struct {
				Mid  uint32      `json:"mid"`
				Pad  uint32      `json:"pad"`
				Root common.Hash `json:"root"`
			} `json:"members"`
		} `json:"view"`
		Groups []struct {
			Mid    uint32      `json:"mid"`
			Class  int         `json:"class"`
			Root   common.Hash `json:"root"`
			Leaves []uint64    `json:"leaves"`
		} `json:"groups"`
		Proof          hexutil.Bytes `json:"proof"`
		NothingToProve bool          `json:"nothingToProve"`
		DerivationOnly bool          `json:"derivationOnly"`
		Invalid        []struct {
			Name  string        `json:"name"`
			Proof hexutil.Bytes `json:"proof"`
			Error string        `json:"error"`
		} `json:"invalid"`
	} `json:"cases"`
}

func slotWord(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }

func mapSlot(key []byte, base common.Hash) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(key, 32), base[:])
}

func slotNum(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }

func plus(h common.Hash, n int64) common.Hash {
	return common.BigToHash(new(big.Int).Add(h.Big(), big.NewInt(n)))
}

// always is a versioned word whose newest value is visible at every epoch.
func always(val uint64) common.Hash {
	return common.BigToHash(new(big.Int).Lsh(new(big.Int).SetUint64(val), 128))
}

// TestV2SetVectors writes each case of proofs/testdata/set_vectors.json into
// a marketplace's storage (the set's words, counts, positions, roots and the
// epoch seed, by anvil_setStorageAt at the case's setId) and checks that
// challengesFor returns exactly the case's groups, that proveSet accepts its
// proof (or reverts NothingToProve for the empty view), and that every
// invalid proof reverts with the case's error.
func TestV2SetVectors(t *testing.T) {
	raw, err := os.ReadFile("../proofs/testdata/set_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vf setVectorFile
	if err := json.Unmarshal(raw, &vf); err != nil {
		t.Fatal(err)
	}
	if len(vf.Cases) == 0 {
		t.Fatal("no set vectors")
	}
	node := anviltest.Shared(t)
	for _, c := range vf.Cases {
		t.Run(c.Name, func(t *testing.T) {
			cfg := contracttest.TestConfig()
			cfg.Challenges = uint8(c.K)
			cfg.FillChallenges = uint8(max(16, c.K+1))
			if c.MaxDraws != 4*c.K {
				t.Fatalf("maxDraws %d, the contract draws 4K = %d", c.MaxDraws, 4*c.K)
			}
			env := contracttest.DeployV2(t, node, cfg, contracttest.Options{Accounts: 3})
			owner := env.Accounts[2]
			x := env.CurrentEpoch() + 1
			env.ToEpoch(x, 1)
			mk := env.Dep.Marketplace
			setBase := mapSlot(slotWord(c.SetID), slotNum(12))
			head := new(big.Int).Lsh(new(big.Int).SetUint64(x), 160)
			head.Or(head, new(big.Int).SetBytes(owner.Addr[:]))
			env.SetStorageAt(mk, setBase, common.BigToHash(head))
			var mask uint64
			countBase := mapSlot(slotWord(c.SetID), slotNum(13))
			posBase := mapSlot(slotWord(c.SetID), slotNum(14))
			tenBase := mapSlot(slotWord(c.SetID), slotNum(16))
			for _, vc := range c.View {
				if len(vc.Members) == 0 {
					continue
				}
				mask |= 1 << vc.Class
				env.SetStorageAt(mk, mapSlot(slotWord(uint64(vc.Class)), countBase), always(uint64(len(vc.Members))))
				for p, m := range vc.Members {
					env.SetStorageAt(mk, mapSlot(slotWord(uint64(vc.Class)<<32|uint64(p)), posBase), always(uint64(m.Mid)|uint64(m.Pad)<<32))
					env.SetStorageAt(mk, mapSlot(slotWord(uint64(m.Mid)), tenBase), m.Root)
				}
			}
			env.SetStorageAt(mk, plus(setBase, 3), always(mask))
			env.SetStorageAt(mk, mapSlot(slotWord(x), slotNum(8)), common.BytesToHash(c.Seed))

			groups := contracttest.LensCall(env, env.LensABI.PackChallengesFor(c.SetID, new(big.Int).SetUint64(x)), env.LensABI.UnpackChallengesFor)
			if len(groups) != len(c.Groups) {
				t.Fatalf("challengesFor: %d groups, vector %d", len(groups), len(c.Groups))
			}
			for i, g := range c.Groups {
				got := groups[i]
				if got.Mid != g.Mid || int(got.Cls) != g.Class || got.Root != g.Root || !slices.Equal(got.Leaves, g.Leaves) {
					t.Fatalf("group %d: contract {mid %d cls %d leaves %v}, vector {mid %d cls %d leaves %v}",
						i, got.Mid, got.Cls, got.Leaves, g.Mid, g.Class, g.Leaves)
				}
				if want := new(big.Int).Or(new(big.Int).Lsh(new(big.Int).SetUint64(c.SetID), 32), big.NewInt(int64(g.Mid))); got.TenureId.Cmp(want) != 0 {
					t.Fatalf("group %d tenureId %s, want %s", i, got.TenureId, want)
				}
			}
			if c.DerivationOnly {
				return
			}
			for _, inv := range c.Invalid {
				env.ExpectRevert(owner, env.MP.PackProveSet(c.SetID, uint32(x), inv.Proof), inv.Error)
			}
			if c.NothingToProve {
				env.ExpectRevert(owner, env.MP.PackProveSet(c.SetID, uint32(x), c.Proof), "NothingToProve")
				return
			}
			rc := env.MustSend(owner, env.MP.PackProveSet(c.SetID, uint32(x), c.Proof))
			t.Logf("proveSet: %d groups, %d proof bytes, gas %d", len(c.Groups), len(c.Proof), rc.GasUsed)
		})
	}
}

// TestV2ChallengesDifferential builds a real set with members of four sizes
// (three of them padded) by fills, then over 120 epochs checks that
// challengesFor equals the Go derivation (proofs.SetChallenges over the view
// read back through setView and memberAt, then GroupChallenges), and that
// the accepted challenges are uniform over the set's real leaves (chi-square
// over the members, weighted by their real leaves).
func TestV2ChallengesDifferential(t *testing.T) {
	cfg := contracttest.TestConfig()
	cfg.MissWindow, cfg.MissThreshold = 256, 256 // the set is not proven here
	f := newV2(t, cfg)
	owner := f.Accounts[2]
	set := f.createSet(owner)
	sizes := []uint64{64 << 10, 48 << 10, 40 << 10, 100 << 10}
	var reqs []*v2req
	for _, s := range sizes {
		reqs = append(reqs, f.request(f.client, func(p *contracts.IMarketplaceV2RequestParams) {
			p.ShardSize = s
			p.K, p.M = 1, 1
			p.EndEpoch = p.StartEpoch + 200
			p.CollateralPerSlot = tokens(10)
		}))
	}
	var rbs []uint64
	for _, r := range reqs {
		rb, err := f.reserve(r, 0, owner)
		if err != nil {
			t.Fatal(err)
		}
		rbs = append(rbs, rb)
	}
	mids := map[uint32]uint64{} // mid → real leaves
	for i, r := range reqs {
		tid, err := f.fillReserved(r, 0, owner, set, rbs[i])
		if err != nil {
			t.Fatal(err)
		}
		mids[uint32(tid.Uint64())] = sizes[i] / 64
	}
	counts := map[uint32]int{}
	total := 0
	from := f.CurrentEpoch() + 1
	for e := from; e < from+120; e++ {
		f.ToEpoch(e, 1)
		view := f.readView(set, e)
		seed := contracttest.LensCall(f.Env, f.lens().PackEpochSeed(new(big.Int).SetUint64(e)), f.lens().UnpackEpochSeed)
		acc, err := proofs.SetChallenges(seed, set, view, int(cfg.Challenges), proofs.MaxDraws(int(cfg.Challenges)))
		if err != nil {
			t.Fatal(err)
		}
		want := proofs.GroupChallenges(acc)
		got := contracttest.LensCall(f.Env, f.lens().PackChallengesFor(set, new(big.Int).SetUint64(e)), f.lens().UnpackChallengesFor)
		if len(got) != len(want) {
			t.Fatalf("epoch %d: %d groups, Go %d", e, len(got), len(want))
		}
		for i := range want {
			if got[i].Mid != want[i].Mid || int(got[i].Cls) != want[i].Class || got[i].Root != want[i].Root || !slices.Equal(got[i].Leaves, want[i].Leaves) {
				t.Fatalf("epoch %d group %d: contract %+v, Go %+v", e, i, got[i], want[i])
			}
		}
		for _, ch := range acc {
			counts[ch.Mid]++
			total++
		}
	}
	var real uint64
	for _, n := range mids {
		real += n
	}
	chi := 0.0
	for mid, n := range mids {
		exp := float64(total) * float64(n) / float64(real)
		d := float64(counts[mid]) - exp
		chi += d * d / exp
	}
	// df = 3: P(χ² > 16.27) = 0.001.
	if chi > 16.27 || math.IsNaN(chi) {
		t.Fatalf("chi-square %.2f over %d challenges (counts %v, leaves %v): not uniform over real leaves", chi, total, counts, mids)
	}
	t.Logf("chi-square %.2f over %d accepted challenges", chi, total)
}

// readView reads set's view at epoch e through the lens.
func (f *v2fx) readView(set, e uint64) *proofs.SetView {
	f.t.Helper()
	sv := contracttest.LensCall(f.Env, f.lens().PackSetView(set, new(big.Int).SetUint64(e)), f.lens().UnpackSetView)
	view := &proofs.SetView{}
	for c := 0; c < 32; c++ {
		for p := uint64(0); p < sv.Counts[c]; p++ {
			m, err := contracttest.TryLensCall(f.Env, f.lens().PackMemberAt(set, new(big.Int).SetUint64(e), big.NewInt(int64(c)), new(big.Int).SetUint64(p)), f.lens().UnpackMemberAt)
			if err != nil {
				f.t.Fatal(err)
			}
			ti := f.tenure(new(big.Int).Or(new(big.Int).Lsh(new(big.Int).SetUint64(set), 32), big.NewInt(int64(m.Mid))))
			view.Classes[c] = append(view.Classes[c], proofs.Member{Mid: m.Mid, Pad: uint32(m.Pad), Root: ti.Root})
		}
	}
	return view
}
