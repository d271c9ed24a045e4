package proofs_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/prysmaticlabs/gohashtree"

	"github.com/cairn-storage/cairn/proofs"
)

const benchShardSize = 64 << 20

var (
	benchOnce sync.Once
	benchData []byte
)

// benchShard returns 64 MiB of pseudo-random bytes (shared by the benchmarks).
func benchShard() []byte {
	benchOnce.Do(func() {
		benchData = make([]byte, benchShardSize)
		rng := rand.NewChaCha8([32]byte{'c', 'a', 'i', 'r', 'n'})
		rng.Read(benchData)
	})
	return benchData
}

// hashRaw hashes data as 64-byte chunks once (the leaf level of the tree
// alone) on all cores, in RegionSize pieces, and returns nothing useful.
func hashRaw(data []byte) {
	workers := runtime.GOMAXPROCS(0)
	part := (len(data)/workers + proofs.RegionSize - 1) / proofs.RegionSize * proofs.RegionSize
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := min(w*part, len(data)), min((w+1)*part, len(data))
		wg.Add(1)
		go func() {
			defer wg.Done()
			digests := make([][32]byte, proofs.RegionSize/64)
			for off := lo; off < hi; off += proofs.RegionSize {
				chunk := data[off:min(off+proofs.RegionSize, hi)]
				chunks := unsafe.Slice((*[32]byte)(unsafe.Pointer(&chunk[0])), len(chunk)/32)
				gohashtree.HashChunks(digests, chunks)
			}
		}()
	}
	wg.Wait()
}

func mbps(bytes int, d time.Duration) float64 { return float64(bytes) / d.Seconds() / 1e6 }

// BenchmarkHasherRaw64MiB: gohashtree raw throughput over 64 MiB of 64-byte
// chunks, hashed once, on all cores. Metric: hasher_MBps.
func BenchmarkHasherRaw64MiB(b *testing.B) {
	data := benchShard()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		hashRaw(data)
	}
	b.ReportMetric(mbps(b.N*len(data), time.Since(start)), "hasher_MBps")
}

// BenchmarkMerkleRoot64MiB: Root of a 64 MiB shard from memory on all cores.
// Metrics: merkle_MBps; merkle_vs_hasher and merkle_work_vs_hasher against a
// raw hasher pass timed in the same benchmark (outside the timer).
func BenchmarkMerkleRoot64MiB(b *testing.B) {
	data := benchShard()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		if _, err := proofs.Root(bytes.NewReader(data), uint64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	merkle := mbps(b.N*len(data), elapsed)
	b.ReportMetric(merkle, "merkle_MBps")

	rawStart := time.Now()
	for range b.N {
		hashRaw(data)
	}
	hasher := mbps(b.N*len(data), time.Since(rawStart))
	leaves := float64(len(data) / 64)
	b.ReportMetric(merkle/hasher, "merkle_vs_hasher")
	b.ReportMetric(merkle/hasher*(2*leaves-1)/leaves, "merkle_work_vs_hasher")
}

type benchProver struct {
	tree *proofs.Tree
	file *os.File
	n    uint64
}

func newBenchProver(b *testing.B) *benchProver {
	b.Helper()
	data := benchShard()
	path := filepath.Join(b.TempDir(), "shard")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { f.Close() })
	tree, err := proofs.BuildTree(f, uint64(len(data))) // also warms the page cache
	if err != nil {
		b.Fatal(err)
	}
	return &benchProver{tree: tree, file: f, n: proofs.Leaves(uint64(len(data)))}
}

func (p *benchProver) indices(i int) []uint64 {
	seed := proofs.EpochSeed([32]byte{1}, uint64(i))
	return proofs.EpochChallenges(seed, [32]byte{2}, p.n, proofs.DefaultChallenges)
}

// BenchmarkProve: a K=10 proof on a 64 MiB shard file (warm page cache), new
// challenges each iteration. Metric: prove_us_per_challenge.
func BenchmarkProve(b *testing.B) {
	p := newBenchProver(b)
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		if _, err := p.tree.Prove(p.file, p.indices(i)); err != nil {
			b.Fatal(err)
		}
	}
	us := float64(time.Since(start).Microseconds()) / float64(b.N*proofs.DefaultChallenges)
	b.ReportMetric(us, "prove_us_per_challenge")
}

// BenchmarkVerify: Verify of a K=10 proof on a 64 MiB shard. Metrics:
// verify_us, proof_bytes.
func BenchmarkVerify(b *testing.B) {
	p := newBenchProver(b)
	idx := p.indices(0)
	proof, err := p.tree.Prove(p.file, idx)
	if err != nil {
		b.Fatal(err)
	}
	root := p.tree.Root()
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		if err := proofs.Verify(root, benchShardSize, idx, proof); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N), "verify_us")
	b.ReportMetric(float64(len(proof)), "proof_bytes")
}
