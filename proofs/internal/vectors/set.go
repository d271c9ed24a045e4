package vectors

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

// SetFile is proofs/testdata/set_vectors.json: protocol v2 set challenges
// (PROTOCOL-V2.md §5.1) and set proofs (§5.2). Its JSON schema, every byte
// string 0x-prefixed lowercase hex:
//
//	{"cases": [{
//	  "name":     string,
//	  "seed":     bytes32   σ = seed(t) of the proven epoch,
//	  "setId":    uint64,
//	  "k":        int       challenges K,
//	  "maxDraws": int       MAX_DRAWS = 4K,
//	  "view": [{            the view at t: non-empty classes, ascending
//	    "class": int,       c = bitlen(n−1)
//	    "members": [{       positions 0..count_c−1, in position order
//	      "mid": uint32, "pad": uint32 (2^c − n), "n": leaves,
//	      "root": bytes32   the member's shard root (tenure root),
//	      "shardSeed": bytes32  the shard is prooftest.TestShard(shardSeed, 64·n)
//	    }]}],
//	  "total":    uint64    T = Σ count_c·2^c,
//	  "draws":    int       draws evaluated (j = 0..draws−1),
//	  "accepted": [{"mid", "class", "leaf", "draw"}]   in draw order, duplicates kept,
//	  "groups":   [{"mid", "class", "root", "leaves": [uint64]}]   §5.2 order,
//	  "proof":    bytes     the proveSet proof argument,
//	  "nothingToProve": bool   the view is empty: no derivation, the contract
//	                         reverts NothingToProve (accepted, groups, proof empty),
//	  "derivationOnly": bool   roots and shards are synthetic: check the
//	                         derivation only (groups carry zero roots, no proof),
//	  "invalid": [{         the same groups with a mutated proof; must be rejected
//	    "name": string, "proof": bytes,
//	    "error": "ProofLengthMismatch" | "InvalidProof"   the Go verifier's verdict,
//	    "lengthOk": bool    len(proof) is the exact size the groups need
//	  }]
//	}],
//	"fillChallenges": [ as in vectors.json, with k = KF = 16 (§8.3) ]}
//
// The Go verifier checks the length before any hash, so every case with
// lengthOk false says ProofLengthMismatch. A verifier that reads with one
// cursor (zeros past the end) and checks each group's root as it goes may
// revert InvalidProof first for a short proof; both reject it.
type SetFile struct {
	Cases          []SetCase       `json:"cases"`
	FillChallenges []FillChallenge `json:"fillChallenges"`
}

// SetCase is one vector; see SetFile.
type SetCase struct {
	Name           string       `json:"name"`
	Seed           Hex          `json:"seed"`
	SetID          uint64       `json:"setId"`
	K              int          `json:"k"`
	MaxDraws       int          `json:"maxDraws"`
	View           []ViewClass  `json:"view"`
	Total          uint64       `json:"total"`
	Draws          int          `json:"draws"`
	Accepted       []Accepted   `json:"accepted"`
	Groups         []SetGroup   `json:"groups"`
	Proof          Hex          `json:"proof"`
	NothingToProve bool         `json:"nothingToProve"`
	DerivationOnly bool         `json:"derivationOnly"`
	Invalid        []InvalidSet `json:"invalid"`
}

// ViewClass is one non-empty class of a view.
type ViewClass struct {
	Class   int          `json:"class"`
	Members []ViewMember `json:"members"`
}

// ViewMember is one position of a class.
type ViewMember struct {
	Mid       uint32 `json:"mid"`
	Pad       uint32 `json:"pad"`
	N         uint64 `json:"n"`
	Root      Hex    `json:"root"`
	ShardSeed Hex    `json:"shardSeed"`
}

// Accepted is one accepted challenge.
type Accepted struct {
	Mid   uint32 `json:"mid"`
	Class int    `json:"class"`
	Leaf  uint64 `json:"leaf"`
	Draw  int    `json:"draw"`
}

// SetGroup is one member's group of the proof.
type SetGroup struct {
	Mid    uint32   `json:"mid"`
	Class  int      `json:"class"`
	Root   Hex      `json:"root"`
	Leaves []uint64 `json:"leaves"`
}

// InvalidSet is a mutated proof for a case's groups.
type InvalidSet struct {
	Name     string `json:"name"`
	Proof    Hex    `json:"proof"`
	Error    string `json:"error"`
	LengthOk bool   `json:"lengthOk"`
}

// mutation is one step of building a view: insert a member of n leaves, or
// remove member mid (n == 0).
type mutation struct {
	mid uint32
	n   uint64
}

func ins(mid uint32, n uint64) mutation { return mutation{mid, n} }
func rm(mid uint32) mutation            { return mutation{mid, 0} }

// setSpec describes one case: how its view is built and which seed to pick
// (the first Label(name/i) that satisfies want).
type setSpec struct {
	name      string
	setID     uint64
	k         int
	muts      []mutation
	synthetic bool // no shards: derivation only
	negatives bool
	want      func(acc []proofs.SetChallenge, groups []proofs.Group, draws, k int) bool
}

func always(acc []proofs.SetChallenge, groups []proofs.Group, draws, k int) bool { return true }

func seq(from, to uint32, n uint64) []mutation {
	var out []mutation
	for m := from; m <= to; m++ {
		out = append(out, ins(m, n))
	}
	return out
}

func cat(parts ...[]mutation) []mutation {
	var out []mutation
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var setSpecs = []setSpec{
	{name: "mixed-classes", setID: 1, k: 10, negatives: true,
		muts: []mutation{ins(1, 1), ins(2, 2), ins(3, 3), ins(4, 5), ins(5, 17), ins(6, 64), ins(7, 100),
			ins(8, 1000), ins(9, 1025), ins(10, 2048), ins(11, 4097), ins(12, 100), ins(13, 3), rm(7), rm(3), ins(14, 1000), rm(8)},
		want: func(acc []proofs.SetChallenge, g []proofs.Group, draws, k int) bool {
			return len(g) >= 4 && draws > len(acc) && len(acc) == k
		}},
	{name: "padding-redraws", setID: 2, k: 10, negatives: true,
		muts: []mutation{ins(1, 3), ins(2, 5), ins(3, 9), ins(4, 17), ins(5, 33), ins(6, 65), ins(7, 129), ins(8, 257), ins(9, 513), ins(10, 1025)},
		want: func(acc []proofs.SetChallenge, g []proofs.Group, draws, k int) bool {
			return draws >= len(acc)+8 && len(acc) == k
		}},
	{name: "duplicates", setID: 3, k: 10, negatives: true,
		muts: []mutation{ins(1, 1), ins(2, 2), ins(3, 3)},
		want: func(acc []proofs.SetChallenge, g []proofs.Group, draws, k int) bool { return hasDuplicate(acc) }},
	{name: "one-leaf-groups", setID: 4, k: 10,
		muts: seq(1, 48, 1000),
		want: func(acc []proofs.SetChallenge, g []proofs.Group, draws, k int) bool {
			for _, x := range g {
				if len(x.Leaves) != 1 {
					return false
				}
			}
			return len(g) == k
		}},
	{name: "shortfall", setID: 5, k: 10,
		muts: []mutation{ins(1, 3), ins(2, 5), ins(3, 9), ins(4, 17), ins(5, 33), ins(6, 3), ins(7, 5), ins(8, 9)},
		want: func(acc []proofs.SetChallenge, g []proofs.Group, draws, k int) bool { return len(acc) < k }},
	{name: "empty-view", setID: 6, k: 10, muts: []mutation{ins(1, 5), ins(2, 64), rm(1), rm(2)}, want: always},
	{name: "power-of-two", setID: 7, k: 10,
		muts: []mutation{ins(1, 1), ins(2, 2), ins(3, 4), ins(4, 1024), ins(5, 4096), ins(6, 1<<16), ins(7, 1024), rm(4)},
		want: func(acc []proofs.SetChallenge, g []proofs.Group, draws, k int) bool { return draws == k }},
	{name: "k16-max-set-id", setID: 1<<64 - 1, k: 16,
		muts: cat(seq(1, 6, 100), seq(7, 12, 700), []mutation{rm(2), rm(9)}), want: always},
	{name: "single-member", setID: 9, k: 10, muts: []mutation{ins(1, 1000)}, want: always},
	{name: "single-leaf-member", setID: 10, k: 8, muts: []mutation{ins(1, 1)}, want: always},
	{name: "large-classes-derivation-only", setID: 11, k: 32, synthetic: true,
		muts: []mutation{ins(1, 1<<31), ins(2, 1<<30+1), ins(3, 1<<25+12345), ins(4, 1), ins(5, 1<<20), ins(6, 3), ins(7, 1<<31), rm(1)},
		want: always},
}

func hasDuplicate(acc []proofs.SetChallenge) bool {
	seen := map[[2]uint64]bool{}
	for _, c := range acc {
		key := [2]uint64{uint64(c.Mid), c.Leaf}
		if seen[key] {
			return true
		}
		seen[key] = true
	}
	return false
}

// GenerateSet builds the set vectors.
func GenerateSet() (*SetFile, error) {
	f := &SetFile{}
	for _, s := range setSpecs {
		c, err := s.build()
		if err != nil {
			return nil, fmt.Errorf("set case %s: %w", s.name, err)
		}
		f.Cases = append(f.Cases, *c)
	}
	for i, n := range []uint64{1, 3, 1000, 1 << 20, 1<<20 + 1, 1 << 26} {
		bh, slot := Label(fmt.Sprint("set/fill-blockhash/", i)), Label(fmt.Sprint("set/fill-slot/", i))
		sl := Label(fmt.Sprint("set/fill-sender/", i))
		sender := [20]byte(sl[:20])
		idx := proofs.FillChallenges(bh, slot, sender, n, proofs.FillChallengeCount)
		f.FillChallenges = append(f.FillChallenges, FillChallenge{BlockHash: bh[:], SlotID: slot[:], Sender: sender[:],
			N: n, K: proofs.FillChallengeCount, Indices: idx})
	}
	return f, nil
}

// Marshal renders the set vectors as indented JSON with a trailing newline.
func (f *SetFile) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func (s setSpec) build() (*SetCase, error) {
	state := proofs.NewSetState()
	shards := prooftest.MemShards{}
	leaves := map[uint32]uint64{}
	seeds := map[uint32][32]byte{}
	for _, m := range s.muts {
		if m.n == 0 {
			if _, err := state.Remove(1, m.mid); err != nil {
				return nil, err
			}
			continue
		}
		seed := Label(fmt.Sprint("set/", s.name, "/shard/", m.mid))
		var root [32]byte
		if !s.synthetic {
			tree, err := shards.Add(m.mid, prooftest.TestShard(seed, m.n*proofs.LeafSize))
			if err != nil {
				return nil, err
			}
			root = tree.Root()
		}
		if _, _, err := state.Insert(1, m.mid, m.n, root); err != nil {
			return nil, err
		}
		leaves[m.mid], seeds[m.mid] = m.n, seed
	}
	view, err := state.View(2)
	if err != nil {
		return nil, err
	}
	c := &SetCase{Name: s.name, SetID: s.setID, K: s.k, MaxDraws: proofs.MaxDraws(s.k), Total: view.Total(),
		NothingToProve: view.Len() == 0, DerivationOnly: s.synthetic,
		View: []ViewClass{}, Accepted: []Accepted{}, Groups: []SetGroup{}, Proof: Hex{}, Invalid: []InvalidSet{}}
	for cl, members := range view.Classes {
		if len(members) == 0 {
			continue
		}
		vc := ViewClass{Class: cl}
		for _, m := range members {
			seed := seeds[m.Mid]
			var root Hex
			if !s.synthetic {
				root = m.Root[:]
			} else {
				root = make(Hex, 32)
			}
			vc.Members = append(vc.Members, ViewMember{Mid: m.Mid, Pad: m.Pad, N: leaves[m.Mid], Root: root, ShardSeed: seed[:]})
		}
		c.View = append(c.View, vc)
	}
	if c.NothingToProve {
		seed := Label(fmt.Sprint("set/", s.name, "/seed/0"))
		c.Seed = seed[:]
		if _, err := proofs.SetChallenges(seed, s.setID, view, s.k, c.MaxDraws); err == nil {
			return nil, fmt.Errorf("empty view derived challenges")
		}
		return c, nil
	}
	for i := range 1 << 20 {
		seed := Label(fmt.Sprint("set/", s.name, "/seed/", i))
		acc, err := proofs.SetChallenges(seed, s.setID, view, s.k, c.MaxDraws)
		if err != nil {
			return nil, err
		}
		groups := proofs.GroupChallenges(acc)
		draws := c.MaxDraws
		if len(acc) == s.k {
			draws = acc[len(acc)-1].Draw + 1
		}
		if !s.want(acc, groups, draws, s.k) {
			continue
		}
		c.Seed, c.Draws = seed[:], draws
		return c, c.fill(acc, groups, shards, s)
	}
	return nil, fmt.Errorf("no seed satisfies the case")
}

func (c *SetCase) fill(acc []proofs.SetChallenge, groups []proofs.Group, shards prooftest.MemShards, s setSpec) error {
	for _, a := range acc {
		c.Accepted = append(c.Accepted, Accepted{Mid: a.Mid, Class: a.Class, Leaf: a.Leaf, Draw: a.Draw})
	}
	for _, g := range groups {
		c.Groups = append(c.Groups, SetGroup{Mid: g.Mid, Class: g.Class, Root: bytes.Clone(g.Root[:]), Leaves: g.Leaves})
	}
	if s.synthetic {
		return nil
	}
	proof, err := proofs.ProveSet(groups, shards)
	if err != nil {
		return err
	}
	if err := proofs.VerifySetProof(groups, proof); err != nil {
		return err
	}
	c.Proof = proof
	if s.negatives {
		c.Invalid, err = setNegatives(groups, proof, shards)
	}
	return err
}

// setNegatives returns the mutated proofs of a valid set proof.
func setNegatives(groups []proofs.Group, proof []byte, shards prooftest.MemShards) ([]InvalidSet, error) {
	var out []InvalidSet
	var bad []string
	add := func(name string, p []byte) {
		verdict := "InvalidProof"
		if proofs.VerifySetProof(groups, p) == nil {
			bad = append(bad, name)
		}
		if len(p) != len(proof) {
			verdict = "ProofLengthMismatch"
		}
		out = append(out, InvalidSet{Name: name, Proof: p, Error: verdict, LengthOk: len(p) == len(proof)})
	}
	add("short-by-one-byte", proof[:len(proof)-1])
	add("short-by-one-word", proof[:len(proof)-32])
	add("extra-byte", append(bytes.Clone(proof), 0))
	add("extra-zero-word", append(bytes.Clone(proof), make([]byte, 32)...))
	flip := func(off int) []byte { q := bytes.Clone(proof); q[off] ^= 0x01; return q }
	add("flipped-bit-first-leaf", flip(10))
	add("flipped-bit-last-byte", flip(len(proof)-1))
	if len(groups) >= 2 {
		a, _ := proofs.SetProofSize(groups[:1])
		b, _ := proofs.SetProofSize(groups[1:2])
		add("reordered-groups", append(append(append([]byte(nil), proof[a:a+b]...), proof[:a]...), proof[a+b:]...))
		q := bytes.Clone(proof)
		copy(q[:proofs.LeafSize], shards[groups[1].Mid].Data[:proofs.LeafSize])
		add("foreign-leaf", q)
	}
	if len(groups[0].Leaves) >= 2 { // swap the first group's first two leaves
		q := bytes.Clone(proof)
		copy(q[:64], proof[64:128])
		copy(q[64:128], proof[:64])
		add("swapped-leaves", q)
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("mutations %v verify", bad)
	}
	return out, nil
}
