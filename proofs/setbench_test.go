package proofs_test

import (
	"encoding/binary"
	"os"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/proofs"
)

// sharedShard is a ShardOpener whose every member is the same 64 MiB shard
// file and tree: a 10,000-member set of 64 MiB shards without 640 GB of
// disk. Each challenge still reads and hashes its own 64 KiB block; the
// page cache is warm, as for BenchmarkProve.
type sharedShard struct {
	tree *proofs.Tree
	path string
}

func (s sharedShard) OpenShard(uint32) (*proofs.Tree, proofs.ShardReader, error) {
	f, err := os.Open(s.path)
	if err != nil {
		return nil, nil, err
	}
	return s.tree, f, nil
}

// uniformView returns a view of members mids 1..count, all of n leaves and
// the given root.
func uniformView(b *testing.B, count int, n uint64, root [32]byte) *proofs.SetView {
	b.Helper()
	c, pad, err := proofs.Class(n)
	if err != nil {
		b.Fatal(err)
	}
	v := &proofs.SetView{}
	v.Classes[c] = make([]proofs.Member, count)
	for i := range v.Classes[c] {
		v.Classes[c][i] = proofs.Member{Mid: uint32(i + 1), Pad: pad, Root: root}
	}
	return v
}

func newSharedSet(b *testing.B, members int) (*proofs.SetProver, *proofs.SetView) {
	p := newBenchProver(b)
	src := sharedShard{tree: p.tree, path: p.file.Name()}
	return proofs.NewSetProver(src, proofs.DefaultChallenges), uniformView(b, members, p.n, p.tree.Root())
}

// BenchmarkSetProve10kx64MiB: one epoch's proof for a 10,000-member set of
// 64 MiB shards: derive K = 10 challenges, group them, open each challenged
// member's shard and build its multiproof. Metrics: ns_per_proof (one core:
// the prover is sequential), us_per_challenge, proof_bytes,
// cpu_ns_per_proof (process CPU time, which a loaded machine inflates far
// less than wall time) and set_proofs_per_12s_one_core = 12 s / that CPU time
// (how many such sets one core proves in a 12 s block; the cost does not
// depend on the set's size).
func BenchmarkSetProve10kx64MiB(b *testing.B) {
	prover, view := newSharedSet(b, 10_000)
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	size := 0
	for i := range b.N {
		sp, err := prover.Prove(proofs.EpochSeed([32]byte{3}, uint64(i)), 1, view)
		if err != nil {
			b.Fatal(err)
		}
		size += len(sp.Proof)
	}
	ns := float64(time.Since(start).Nanoseconds()) / float64(b.N)
	b.ReportMetric(ns, "ns_per_proof")
	b.ReportMetric(ns/1e3/proofs.DefaultChallenges, "us_per_challenge")
	cpuNs := float64((cpuTime() - cpu).Nanoseconds()) / float64(b.N)
	b.ReportMetric(cpuNs, "cpu_ns_per_proof")
	if cpuNs > 0 {
		b.ReportMetric(12e9/cpuNs, "set_proofs_per_12s_one_core")
	}
	b.ReportMetric(float64(size)/float64(b.N), "proof_bytes")
}

// zeroShard is a ShardOpener whose every member is an all-zero shard of the
// given size, read from no disk: its tree is assembled from padding hashes
// (the encoding Tree.UnmarshalBinary checks), so 4 GiB members cost nothing
// to set up, while each challenge still hashes its 64 KiB block.
type zeroShard struct{ tree *proofs.Tree }

type zeros struct{}

func (zeros) ReadAt(p []byte, _ int64) (int, error) { clear(p); return len(p), nil }
func (zeros) Close() error                          { return nil }

func (z zeroShard) OpenShard(uint32) (*proofs.Tree, proofs.ShardReader, error) {
	return z.tree, zeros{}, nil
}

func newZeroShard(b *testing.B, size uint64) zeroShard {
	b.Helper()
	d := proofs.Depth(size)
	base := min(proofs.BlockLevel, d)
	count := (proofs.Leaves(size)-1)>>base + 1
	enc := []byte{1}
	enc = binary.BigEndian.AppendUint64(enc, size)
	root := proofs.ZeroHash(d)
	enc = append(enc, root[:]...)
	node := proofs.ZeroHash(base)
	for range count {
		enc = append(enc, node[:]...)
	}
	var t proofs.Tree
	if err := t.UnmarshalBinary(enc); err != nil {
		b.Fatal(err)
	}
	return zeroShard{tree: &t}
}

// BenchmarkSetProve10kx4GiB: BenchmarkSetProve10kx64MiB for 4 GiB members
// (all-zero shards, see zeroShard). Metrics: ns_per_proof, proof_bytes,
// cpu_ns_per_proof.
func BenchmarkSetProve10kx4GiB(b *testing.B) {
	const size = 4 << 30
	src := newZeroShard(b, size)
	prover := proofs.NewSetProver(src, proofs.DefaultChallenges)
	view := uniformView(b, 10_000, proofs.Leaves(size), src.tree.Root())
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	bytes := 0
	for i := range b.N {
		sp, err := prover.Prove(proofs.EpochSeed([32]byte{6}, uint64(i)), 1, view)
		if err != nil {
			b.Fatal(err)
		}
		bytes += len(sp.Proof)
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N), "ns_per_proof")
	b.ReportMetric(float64(bytes)/float64(b.N), "proof_bytes")
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu_ns_per_proof")
}

// BenchmarkVerifySetProof10kx64MiB: VerifySetProof of that proof. Metric:
// verify_us.
func BenchmarkVerifySetProof10kx64MiB(b *testing.B) {
	prover, view := newSharedSet(b, 10_000)
	sp, err := prover.Prove([32]byte{4}, 1, view)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		if err := proofs.VerifySetProof(sp.Groups, sp.Proof); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N), "verify_us")
}

// BenchmarkSetChallenges: the derivation alone, for sets of 10^4 and 10^6
// members of 64 MiB and of 32 MiB + 64 B (just over a power of two, so
// almost half the draws are redrawn). Metrics: draws per derivation.
func BenchmarkSetChallenges(b *testing.B) {
	for _, tc := range []struct {
		name    string
		members int
		n       uint64
	}{
		{"10k_x64MiB", 10_000, 1 << 20},
		{"1M_x64MiB", 1_000_000, 1 << 20},
		{"10k_x32MiB+64", 10_000, 1<<19 + 1},
		{"1M_x32MiB+64", 1_000_000, 1<<19 + 1},
	} {
		b.Run(tc.name, func(b *testing.B) {
			view := uniformView(b, tc.members, tc.n, [32]byte{})
			draws := 0
			b.ResetTimer()
			for i := range b.N {
				acc, err := proofs.SetChallenges(proofs.EpochSeed([32]byte{5}, uint64(i)), 1, view, 10, 40)
				if err != nil {
					b.Fatal(err)
				}
				draws += 40
				if len(acc) == 10 {
					draws += acc[9].Draw + 1 - 40
				}
			}
			b.ReportMetric(float64(draws)/float64(b.N), "draws")
		})
	}
}
