package proofs_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

func shard(size uint64) []byte {
	return prooftest.TestShard([32]byte{byte(size), byte(size >> 8), byte(size >> 16)}, size)
}

func TestLeavesDepth(t *testing.T) {
	tests := []struct {
		size   uint64
		leaves uint64
		depth  int
	}{
		{64, 1, 0}, {128, 2, 1}, {192, 3, 2}, {256, 4, 2}, {320, 5, 3},
		{64 * 1000, 1000, 10}, {64 << 10, 1024, 10}, {64<<10 + 64, 1025, 11},
		{1<<20 + 64, 16385, 15}, {64 << 20, 1 << 20, 20}, {1 << 63, 1 << 57, 57},
	}
	for _, tc := range tests {
		if got := proofs.Leaves(tc.size); got != tc.leaves {
			t.Errorf("Leaves(%d) = %d, want %d", tc.size, got, tc.leaves)
		}
		if got := proofs.Depth(tc.size); got != tc.depth {
			t.Errorf("Depth(%d) = %d, want %d", tc.size, got, tc.depth)
		}
		if err := proofs.CheckShardSize(tc.size); err != nil {
			t.Errorf("CheckShardSize(%d) = %v", tc.size, err)
		}
	}
	for _, bad := range []uint64{0, 1, 63, 65, 100, 1<<20 + 1} {
		if err := proofs.CheckShardSize(bad); !errors.Is(err, proofs.ErrBadShardSize) {
			t.Errorf("CheckShardSize(%d) = %v, want ErrBadShardSize", bad, err)
		}
	}
}

func TestZeroHash(t *testing.T) {
	ref := newRefTree(make([]byte, 64<<6))
	for l := 0; l <= 6; l++ {
		if got := proofs.ZeroHash(l); got != ref.levels[l][0] {
			t.Errorf("ZeroHash(%d) = %x, want %x", l, got, ref.levels[l][0])
		}
	}
}

var rootSizes = []uint64{
	64, 128, 192, 256, 320, 64 * 1000, 64 << 10, 64<<10 + 64, 64<<10 - 64,
	proofs.RegionSize, proofs.RegionSize + 64, proofs.RegionSize - 64,
	3*proofs.RegionSize + 64*77, 1<<20 + 64,
}

func TestRootMatchesReferenceAndSSZ(t *testing.T) {
	for _, size := range rootSizes {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			data := shard(size)
			want := newRefTree(data).root()
			if got := sszRoot(t, data); got != want {
				t.Fatalf("ssz oracle %x, reference %x", got, want)
			}
			got, err := proofs.Root(bytes.NewReader(data), size)
			if err != nil || got != want {
				t.Fatalf("Root = %x, %v; want %x", got, err, want)
			}
			// Extra bytes after the shard are not read.
			got, err = proofs.Root(io.MultiReader(bytes.NewReader(data), bytes.NewReader([]byte{1})), size)
			if err != nil || got != want {
				t.Fatalf("Root with trailing data = %x, %v; want %x", got, err, want)
			}
			for _, chunk := range []int{1, 63, 64, 4096, 100_000, len(data)} {
				w := proofs.NewRootWriter(size)
				for rest := data; len(rest) > 0; {
					c := min(chunk, len(rest))
					if n, err := w.Write(rest[:c]); n != c || err != nil {
						t.Fatalf("Write = %d, %v", n, err)
					}
					rest = rest[c:]
				}
				if got, err := w.Sum(); err != nil || got != want {
					t.Fatalf("chunk %d: Sum = %x, %v; want %x", chunk, got, err, want)
				}
				if got, err := w.Sum(); err != nil || got != want {
					t.Fatalf("second Sum = %x, %v", got, err)
				}
			}
		})
	}
}

func TestRootErrors(t *testing.T) {
	if _, err := proofs.Root(bytes.NewReader(nil), 65); !errors.Is(err, proofs.ErrBadShardSize) {
		t.Errorf("bad size: %v", err)
	}
	if _, err := proofs.Root(bytes.NewReader(make([]byte, 64*5)), 64*6); !errors.Is(err, proofs.ErrShardLength) {
		t.Errorf("short reader: %v", err)
	}
	big := uint64(3*proofs.RegionSize + 64)
	if _, err := proofs.BuildTree(bytes.NewReader(make([]byte, big-64)), big); !errors.Is(err, proofs.ErrShardLength) {
		t.Errorf("short reader over regions: %v", err)
	}
	readErr := errors.New("disk on fire")
	if _, err := proofs.Root(io.MultiReader(bytes.NewReader(make([]byte, 100)), iotestErr{readErr}), 640); !errors.Is(err, readErr) {
		t.Errorf("read error: %v", err)
	}

	w := proofs.NewRootWriter(128)
	if n, err := w.Write(make([]byte, 129)); n != 128 || !errors.Is(err, proofs.ErrShardLength) {
		t.Errorf("overflow Write = %d, %v", n, err)
	}
	if _, err := w.Sum(); !errors.Is(err, proofs.ErrShardLength) {
		t.Errorf("Sum after overflow: %v", err)
	}
	w = proofs.NewRootWriter(128)
	w.Write(make([]byte, 64))
	if _, err := w.Sum(); !errors.Is(err, proofs.ErrShardLength) {
		t.Errorf("Sum short: %v", err)
	}
	w = proofs.NewRootWriter(100)
	if _, err := w.Write(make([]byte, 10)); !errors.Is(err, proofs.ErrBadShardSize) {
		t.Errorf("Write bad size: %v", err)
	}
	if _, err := w.Sum(); !errors.Is(err, proofs.ErrBadShardSize) {
		t.Errorf("Sum bad size: %v", err)
	}
}

type iotestErr struct{ err error }

func (r iotestErr) Read([]byte) (int, error) { return 0, r.err }

func TestNormalize(t *testing.T) {
	in := []uint64{5, 1, 5, 3, 1, 0}
	got := proofs.Normalize(in)
	if fmt.Sprint(got) != "[0 1 3 5]" {
		t.Errorf("Normalize = %v", got)
	}
	if fmt.Sprint(in) != "[5 1 5 3 1 0]" {
		t.Errorf("Normalize modified its input: %v", in)
	}
	if got := proofs.Normalize(nil); len(got) != 0 {
		t.Errorf("Normalize(nil) = %v", got)
	}
}

// countingReaderAt records the bytes read per ReadAt call.
type countingReaderAt struct {
	r     io.ReaderAt
	reads []int
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	c.reads = append(c.reads, len(p))
	return c.r.ReadAt(p, off)
}

func TestProveMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sizes := append([]uint64{}, rootSizes...)
	for range 12 {
		sizes = append(sizes, 64*(1+rng.Uint64N(40_000)))
	}
	for _, size := range sizes {
		data := shard(size)
		ref := newRefTree(data)
		tree, err := proofs.BuildTree(bytes.NewReader(data), size)
		if err != nil {
			t.Fatal(err)
		}
		n := proofs.Leaves(size)
		cases := [][]uint64{{0}, {n - 1}, {0, n - 1}, {n / 2, n / 2, n / 2}}
		for range 6 {
			k := 1 + rng.IntN(2*proofs.DefaultChallenges)
			idx := make([]uint64, k)
			for i := range idx {
				idx[i] = rng.Uint64N(n)
			}
			cases = append(cases, idx)
		}
		for _, idx := range cases {
			r := &countingReaderAt{r: bytes.NewReader(data)}
			proof, err := tree.Prove(r, idx)
			if err != nil {
				t.Fatalf("size %d idx %v: Prove: %v", size, idx, err)
			}
			norm := proofs.Normalize(idx)
			if want := ref.prove(data, norm); !bytes.Equal(proof, want) {
				t.Fatalf("size %d idx %v: proof differs from reference", size, idx)
			}
			if wantLen, err := proofs.ProofSize(size, idx); err != nil || wantLen != len(proof) {
				t.Fatalf("ProofSize = %d, %v; proof is %d", wantLen, err, len(proof))
			}
			if err := proofs.Verify(ref.root(), size, idx, proof); err != nil {
				t.Fatalf("size %d idx %v: Verify: %v", size, idx, err)
			}
			if len(r.reads) > len(norm) {
				t.Fatalf("%d reads for %d challenges", len(r.reads), len(norm))
			}
			for _, c := range r.reads {
				if c > proofs.BlockSize {
					t.Fatalf("read %d bytes in one challenge, limit %d", c, proofs.BlockSize)
				}
			}
		}
	}
}

func TestProveErrors(t *testing.T) {
	size := uint64(3*proofs.BlockSize + 640)
	data := shard(size)
	tree, err := proofs.BuildTree(bytes.NewReader(data), size)
	if err != nil {
		t.Fatal(err)
	}
	n := proofs.Leaves(size)
	if _, err := tree.Prove(bytes.NewReader(data), nil); !errors.Is(err, proofs.ErrInvalidProof) {
		t.Errorf("no indices: %v", err)
	}
	if _, err := tree.Prove(bytes.NewReader(data), []uint64{1, n}); !errors.Is(err, proofs.ErrInvalidProof) {
		t.Errorf("index out of range: %v", err)
	}
	corrupt := bytes.Clone(data)
	corrupt[2*proofs.BlockSize+5] ^= 1
	if _, err := tree.Prove(bytes.NewReader(corrupt), []uint64{0, 2 * 1024}); !errors.Is(err, proofs.ErrShardMismatch) {
		t.Errorf("corrupt shard: %v", err)
	}
	if _, err := tree.Prove(bytes.NewReader(corrupt), []uint64{0, 1024}); err != nil {
		t.Errorf("corruption outside the challenged blocks: %v", err)
	}
	if _, err := tree.Prove(bytes.NewReader(data[:size-64]), []uint64{n - 1}); !errors.Is(err, proofs.ErrShardLength) {
		t.Errorf("truncated shard: %v", err)
	}
}

func TestTreeMarshal(t *testing.T) {
	for _, size := range []uint64{64, 192, 64 << 10, 64<<10 + 64, 1<<20 + 64} {
		data := shard(size)
		tree, err := proofs.BuildTree(bytes.NewReader(data), size)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := tree.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got proofs.Tree
		if err := got.UnmarshalBinary(enc); err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if got.Root() != tree.Root() || got.ShardSize() != size {
			t.Fatalf("size %d: round trip changed root or size", size)
		}
		n := proofs.Leaves(size)
		idx := []uint64{0, n / 3, n - 1}
		p1, err1 := tree.Prove(bytes.NewReader(data), idx)
		p2, err2 := got.Prove(bytes.NewReader(data), idx)
		if err1 != nil || err2 != nil || !bytes.Equal(p1, p2) {
			t.Fatalf("size %d: proofs differ after round trip: %v %v", size, err1, err2)
		}
		for i := range enc {
			bad := bytes.Clone(enc)
			bad[i] ^= 0x80
			var tr proofs.Tree
			err := tr.UnmarshalBinary(bad)
			if err == nil && i >= 1 && i < 9 && tr.ShardSize() != size {
				continue // the size is not under the root; callers compare it
			}
			if !errors.Is(err, proofs.ErrBadTree) {
				t.Fatalf("size %d: flipped byte %d accepted: %v", size, i, err)
			}
		}
		for _, bad := range [][]byte{nil, enc[:len(enc)-1], append(bytes.Clone(enc), 0)} {
			var tr proofs.Tree
			if err := tr.UnmarshalBinary(bad); !errors.Is(err, proofs.ErrBadTree) {
				t.Fatalf("size %d: bad length %d accepted: %v", size, len(bad), err)
			}
		}
	}
}

func TestVerifyRejects(t *testing.T) {
	for _, size := range []uint64{64, 192, 64 * 1000, 64<<10 + 64} {
		data := shard(size)
		tree, err := proofs.BuildTree(bytes.NewReader(data), size)
		if err != nil {
			t.Fatal(err)
		}
		root, n := tree.Root(), proofs.Leaves(size)
		idx := []uint64{n - 1, 0, n / 2, n / 3}
		proof, err := tree.Prove(bytes.NewReader(data), idx)
		if err != nil {
			t.Fatal(err)
		}
		if n == 1 && !bytes.Equal(proof, data) {
			t.Fatalf("n=1: proof is not the leaf itself")
		}
		for i := range proof {
			bad := bytes.Clone(proof)
			bad[i] ^= 0x40
			if err := proofs.Verify(root, size, idx, bad); !errors.Is(err, proofs.ErrInvalidProof) {
				t.Fatalf("size %d: flipped byte %d: %v", size, i, err)
			}
		}
		tests := []struct {
			name    string
			root    [32]byte
			size    uint64
			indices []uint64
			proof   []byte
			want    error
		}{
			{"bad size", root, size + 1, idx, proof, proofs.ErrBadShardSize},
			{"zero size", root, 0, idx, proof, proofs.ErrBadShardSize},
			{"no indices", root, size, nil, proof, proofs.ErrInvalidProof},
			{"index out of range", root, size, []uint64{0, n}, proof, proofs.ErrInvalidProof},
			{"empty proof", root, size, idx, nil, proofs.ErrProofLength},
			{"missing byte", root, size, idx, proof[:len(proof)-1], proofs.ErrProofLength},
			{"trailing zero word", root, size, idx, append(bytes.Clone(proof), make([]byte, 32)...), proofs.ErrProofLength},
			{"other root", [32]byte{1}, size, idx, proof, proofs.ErrInvalidProof},
		}
		for _, tc := range tests {
			if err := proofs.Verify(tc.root, tc.size, tc.indices, tc.proof); !errors.Is(err, tc.want) {
				t.Errorf("size %d, %s: %v, want %v", size, tc.name, err, tc.want)
			}
		}
	}
}
