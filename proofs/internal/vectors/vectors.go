// Package vectors generates proofs/testdata/vectors.json, the golden vectors
// checked by the proofs tests and by the contract tests. Everything is derived
// from fixed labels, so the output is deterministic.
package vectors

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

// Hex is a byte string encoded as 0x-prefixed lowercase hex in JSON.
type Hex []byte

// MarshalJSON implements json.Marshaler.
func (h Hex) MarshalJSON() ([]byte, error) { return json.Marshal("0x" + hex.EncodeToString(h)) }

// UnmarshalJSON implements json.Unmarshaler.
func (h *Hex) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if len(s) < 2 || s[:2] != "0x" {
		return fmt.Errorf("hex %q: missing 0x", s)
	}
	v, err := hex.DecodeString(s[2:])
	*h = v
	return err
}

// File is the JSON document.
type File struct {
	Shards         []Shard         `json:"shards"`
	Seeds          []Seed          `json:"seeds"`
	Challenges     []Challenge     `json:"challenges"`
	FillChallenges []FillChallenge `json:"fillChallenges"`
	SlotIDs        []SlotID        `json:"slotIds"`
	Proofs         []Proof         `json:"proofs"`
}

// Shard: the shard prooftest.TestShard(Seed, Size) has root Root.
type Shard struct {
	Name string `json:"name"`
	Seed Hex    `json:"seed"`
	Size uint64 `json:"size"`
	Root Hex    `json:"root"`
}

// Seed: EpochSeed(BlockHash, Epoch) = Seed.
type Seed struct {
	BlockHash Hex    `json:"blockHash"`
	Epoch     uint64 `json:"epoch"`
	Seed      Hex    `json:"seed"`
}

// Challenge: EpochChallenges(Seed, SlotID, N, K) = Indices.
type Challenge struct {
	Seed    Hex      `json:"seed"`
	SlotID  Hex      `json:"slotId"`
	N       uint64   `json:"n"`
	K       int      `json:"k"`
	Indices []uint64 `json:"indices"`
}

// FillChallenge: FillChallenges(BlockHash, SlotID, Sender, N, K) = Indices.
type FillChallenge struct {
	BlockHash Hex      `json:"blockHash"`
	SlotID    Hex      `json:"slotId"`
	Sender    Hex      `json:"sender"`
	N         uint64   `json:"n"`
	K         int      `json:"k"`
	Indices   []uint64 `json:"indices"`
}

// SlotID: SlotID(RequestID, Index) = SlotID.
type SlotID struct {
	RequestID Hex    `json:"requestId"`
	Index     uint64 `json:"index"`
	SlotID    Hex    `json:"slotId"`
}

// Proof: Verify(Root, Size, Indices, Proof) succeeds iff Valid. Indices are
// raw (challenge order, duplicates kept); the verifier normalizes them.
type Proof struct {
	Name    string   `json:"name"`
	Size    uint64   `json:"size"`
	Root    Hex      `json:"root"`
	Indices []uint64 `json:"indices"`
	Proof   Hex      `json:"proof"`
	Valid   bool     `json:"valid"`
}

// Label derives a 32-byte value from a text label.
func Label(s string) [32]byte { return sha256.Sum256([]byte("cairn/vectors/" + s)) }

type shardSpec struct {
	name string
	size uint64
}

var shardSpecs = []shardSpec{
	{"n1", 64}, {"n2", 128}, {"n3-padding", 192}, {"n5", 64 * 5},
	{"n1000", 64 * 1000}, {"64KiB", 64 << 10}, {"1MiB+64", 1<<20 + 64},
}

// mutated lists the shards that get the invalid-proof family.
var mutated = map[string]bool{"n1": true, "n3-padding": true, "n1000": true, "1MiB+64": true}

// Generate builds the vectors.
func Generate() (*File, error) {
	f := &File{}
	for _, s := range shardSpecs {
		if err := f.addShard(s); err != nil {
			return nil, fmt.Errorf("shard %s: %w", s.name, err)
		}
	}
	for i, e := range []uint64{0, 1, 2, 12345, 1 << 32, 1<<53 - 1} {
		bh := Label(fmt.Sprint("blockhash/", i))
		s := proofs.EpochSeed(bh, e)
		f.Seeds = append(f.Seeds, Seed{BlockHash: bh[:], Epoch: e, Seed: s[:]})
	}
	ns := []uint64{1, 2, 3, 5, 10, 1000, 1024, 16385, 1 << 20, 1 << 26, 1<<53 - 1}
	for i, n := range ns {
		seed, slot := Label(fmt.Sprint("seed/", i)), Label(fmt.Sprint("slot/", i))
		idx := proofs.EpochChallenges(seed, slot, n, proofs.DefaultChallenges)
		f.Challenges = append(f.Challenges, Challenge{Seed: seed[:], SlotID: slot[:], N: n, K: proofs.DefaultChallenges, Indices: idx})
		bh := Label(fmt.Sprint("fill-blockhash/", i))
		sl := Label(fmt.Sprint("sender/", i))
		sender := [20]byte(sl[:20])
		fidx := proofs.FillChallenges(bh, slot, sender, n, proofs.DefaultChallenges)
		f.FillChallenges = append(f.FillChallenges, FillChallenge{BlockHash: bh[:], SlotID: slot[:], Sender: sender[:], N: n, K: proofs.DefaultChallenges, Indices: fidx})
	}
	for i, index := range []uint64{0, 1, 5, 31} {
		req := Label(fmt.Sprint("request/", i))
		s := proofs.SlotID(req, index)
		f.SlotIDs = append(f.SlotIDs, SlotID{RequestID: req[:], Index: index, SlotID: s[:]})
	}
	return f, nil
}

func (f *File) addShard(s shardSpec) error {
	seed := Label("shard/" + s.name)
	data := prooftest.TestShard(seed, s.size)
	tree, err := proofs.BuildTree(bytes.NewReader(data), s.size)
	if err != nil {
		return err
	}
	root := tree.Root()
	f.Shards = append(f.Shards, Shard{Name: s.name, Seed: seed[:], Size: s.size, Root: root[:]})

	n := proofs.Leaves(s.size)
	prove := func(idx []uint64) ([]byte, error) { return tree.Prove(bytes.NewReader(data), idx) }
	add := func(name string, r [32]byte, idx []uint64, p []byte, valid bool) {
		f.Proofs = append(f.Proofs, Proof{Name: s.name + "/" + name, Size: s.size, Root: r[:], Indices: idx, Proof: p, Valid: valid})
	}

	k10 := proofs.EpochChallenges(Label("proof-seed/"+s.name), Label("proof-slot/"+s.name), n, proofs.DefaultChallenges)
	p, err := prove(k10)
	if err != nil {
		return err
	}
	add("k10", root, k10, p, true)

	dups := []uint64{n - 1, 0, n - 1, n / 2, 0}
	pd, err := prove(dups)
	if err != nil {
		return err
	}
	add("duplicates", root, dups, pd, true)
	if n > 1 {
		one := []uint64{n - 1}
		p1, err := prove(one)
		if err != nil {
			return err
		}
		add("last-leaf", root, one, p1, true)
	}
	if !mutated[s.name] {
		return nil
	}

	leaves := len(proofs.Normalize(k10)) * proofs.LeafSize
	flip := func(off int) []byte { q := bytes.Clone(p); q[off] ^= 0x01; return q }
	add("flipped-leaf-byte", root, k10, flip(leaves/2+3), false)
	if len(p) > leaves {
		add("flipped-sibling-byte", root, k10, flip(leaves+(len(p)-leaves)/2), false)
	}
	add("trailing-byte", root, k10, append(bytes.Clone(p), 0), false)
	add("trailing-zero-word", root, k10, append(bytes.Clone(p), make([]byte, 32)...), false)
	add("missing-byte", root, k10, p[:len(p)-1], false)
	if wrong := wrongIndex(s.size, k10); wrong != nil {
		add("wrong-index", root, wrong, p, false)
	}
	other := prooftest.TestShard(Label("other-shard/"+s.name), s.size)
	otherRoot, err := proofs.Root(bytes.NewReader(other), s.size)
	if err != nil {
		return err
	}
	add("other-root", otherRoot, k10, p, false)
	return nil
}

// wrongIndex replaces one index with another leaf, so that the index set
// changes. It prefers a set whose proof has the same length (so the proof
// fails on hashes, not on length); nil if n = 1.
func wrongIndex(size uint64, idx []uint64) []uint64 {
	n := proofs.Leaves(size)
	want, _ := proofs.ProofSize(size, idx)
	orig := fmt.Sprint(proofs.Normalize(idx))
	var fallback []uint64
	for i := range idx {
		for c := uint64(1); c < n; c++ {
			out := append([]uint64(nil), idx...)
			out[i] = (idx[i] + c) % n
			if fmt.Sprint(proofs.Normalize(out)) == orig {
				continue
			}
			if got, _ := proofs.ProofSize(size, out); got == want {
				return out
			}
			if fallback == nil {
				fallback = out
			}
		}
	}
	return fallback
}

// Marshal renders the vectors as indented JSON with a trailing newline.
func (f *File) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
