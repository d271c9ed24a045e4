// Package proofs owns cairn's storage proofs (DESIGN.md "Protocol v1",
// PROTOCOL-V2.md §3.1, §4–§5, §8.3, §10.2): the Merkle tree over a shard,
// the compact multiproof for challenged leaves, its verification, the
// challenge indices for epoch, audit and fill proofs, and protocol v2's proof
// sets — the set's view, its challenge derivation and the grouped set proof.
// Every byte it produces must match the Solidity verifier; it imports nothing
// of cairn.
//
// # Tree
//
// A shard is shardSize bytes, a positive multiple of LeafSize (64). It has
// n = shardSize/64 leaves and depth d = bitlen(n−1) (0 when n = 1). The tree is
// that of the shard zero-padded to 2^d leaves: a leaf hashes to sha256(leaf)
// (64 bytes in), a node to sha256(left ‖ right), and a padding leaf to
// sha256(0^64) (ZeroHash(0)); padding is never stored. The root equals the SSZ
// hash_tree_root of the shard as a ByteVector.
//
// Root, BuildTree and RootWriter hash a stream in regions of RegionSize bytes
// on all cores (github.com/prysmaticlabs/gohashtree, multi-lane SHA-256) and
// never hold the whole shard. A Tree caches the nodes at level
// min(BlockLevel, d) — one per 64 KiB block — and every level above
// (32 bytes per 64 KiB of shard, about twice that in memory); its
// MarshalBinary form is what storage keeps in its index.
//
// # Multiproof
//
// For a set of leaf indices (deduplicated and sorted ascending; all < n) the
// proof is the leaves' raw 64 bytes in index order followed by 32-byte sibling
// hashes in canonical order: walk levels 0..d−1 from the bottom; at each level
// take the known nodes left to right; a known node at even position p whose
// right neighbour p+1 is known combines with it, any other known node consumes
// the next sibling (its left sibling if p is odd, right if even) — padding
// siblings included, the verifier keeps no zero-hash table; the parent is at
// p/2. After d levels one node remains and must equal the root. Verify rejects
// a proof whose length is not exactly what the indices need (ErrProofLength);
// n = 1 (no siblings) and n < K are valid. Tree.Prove reads one block of at
// most 64 KiB per distinct challenged block and checks it against the cached
// tree (ErrShardMismatch if the stored shard is corrupt).
//
// # Challenges
//
// All hash inputs are abi.encode (32-byte big-endian words, addresses
// left-padded) hashed with keccak256: SlotID = keccak(requestId, index);
// EpochSeed = keccak(blockhash, epoch); epoch challenge j =
// keccak(seed, slotId, j) mod n; fill challenge j =
// keccak(blockhash, slotId, sender, j) mod n. Indices come back raw, in j
// order; Prove and Verify normalize them.
//
// # Proof sets (protocol v2)
//
// A member of n leaves has class c = bitlen(n−1) and pad = 2^c − n (Class).
// A SetView is a set's view at one epoch: per class, the dense positions
// 0..count_c−1, each a Member (mid, pad, and the member's root, which the
// contract keeps in the tenure). SetState mirrors the contract's storage
// exactly — a Versioned word (§3.1) for the mask, each class count and each
// position — with §4.2's Insert and Remove (swap-last) at epoch x, visible
// from x+1; View(t) answers every t ≥ x−1 and refuses older epochs
// (ErrEpochTooOld). Nodes replay MemberAdded/MemberRemoved into it and check
// the positions it returns against the events.
//
// SetChallenges is §5.1 bit for bit: draw j gives u = uint256(keccak256(
// abi.encode(σ, uint256(setId), uint256(j)))) mod T, located by walking the
// classes ascending; a padding leaf is redrawn; at most maxDraws (MaxDraws(k)
// = 4K) draws; fewer than k may be accepted (a shortfall, proven as it is).
// It reads only the drawn positions, so its cost does not grow with the set.
// An empty view is ErrNothingToProve. GroupChallenges sorts by (mid, leaf),
// deduplicates and groups by mid (§5.2). A set proof is each group's v1
// multiproof at depth c against the member's root, concatenated in group
// order, with no flags or lengths; a one-leaf group is 64 + 32c bytes.
// VerifySetProof checks the exact total length first (ErrProofLength), then
// every group (ErrInvalidProof); no groups and an empty proof verify.
// ProveSet builds the proof from a ShardOpener (one method: a member's tree
// and shard bytes) with Tree.Prove per group, checking the tree's depth
// against the class (ErrClassMismatch) and its root against the view
// (ErrShardMismatch); SetProver runs derivation, grouping and proving for
// one epoch. AuditChallenges gives the leaves of an audit answer (§10.2: v1
// epoch challenges, normalized); fill proofs use FillChallenges with k =
// FillChallengeCount (KF = 16).
//
// # Invariants
//
//   - Prove and Verify agree with each other, with a reference tree built from
//     crypto/sha256 alone and with the SSZ oracle (github.com/ferranbt/fastssz).
//   - Verify and VerifySetProof never panic and accept nothing but the exact
//     canonical proof.
//   - SetChallenges agrees with an independent oracle (go-ethereum's ABI
//     encoder, math/big, binary search over the members' runs of padded
//     leaves); accepted challenges are uniform over the set's real leaves.
//   - Functions are safe for concurrent use; a Tree is immutable; a
//     RootWriter belongs to one goroutine and its workers end on their own.
//
// # Tests
//
//	go test ./proofs/...                                     unit, property and vector tests
//	go test ./proofs -run 'TestVectors|TestSetVectors' -update  regenerate both vector files
//	go run ./proofs/internal/genvectors                       same, from the repository root
//	go test ./proofs -run '^$' -fuzz FuzzVerify -fuzztime 30s
//	go test ./proofs -run '^$' -fuzz FuzzRoot -fuzztime 30s
//	go test ./proofs -run '^$' -fuzz FuzzTreeUnmarshal -fuzztime 30s
//	go test ./proofs -run '^$' -fuzz FuzzVerifySetProof -fuzztime 30s
//
// testdata/vectors.json is the contract tests' input too: shards given by a
// seed (prooftest.TestShard), roots, seeds, challenge and fill indices, slot
// ids, and valid and mutated proofs with their expected outcome.
// testdata/set_vectors.json holds the set cases (views with their shards'
// seeds and roots, accepted challenges, groups, proofs and mutated proofs)
// and KF = 16 fill challenges; its schema is documented on
// internal/vectors.SetFile.
//
// # Benchmarks
//
// Stable names, parsed by make bench (internal/pipebench):
//
//	BenchmarkMerkleRoot64MiB   Root of a 64 MiB shard in memory, all cores; reports merkle_MBps
//	BenchmarkHasherRaw64MiB    gohashtree over the same 64 MiB as 64-byte chunks once (the leaf
//	                           level alone), all cores; reports hasher_MBps
//	BenchmarkProve             K=10 on a 64 MiB shard file, warm page cache; reports prove_us_per_challenge
//	BenchmarkVerify            Verify of that proof; reports verify_us and proof_bytes
//	BenchmarkSetProve10kx64MiB derive + group + prove one epoch of a 10,000-member set of
//	                           64 MiB shards (one shared shard file and tree), one core;
//	                           reports ns_per_proof, cpu_ns_per_proof,
//	                           set_proofs_per_12s_one_core, us_per_challenge, proof_bytes
//	BenchmarkSetProve10kx4GiB  the same for 4 GiB members (all-zero trees)
//	BenchmarkVerifySetProof10kx64MiB  VerifySetProof of that proof; reports verify_us
//	BenchmarkSetChallenges     derivation alone at 10^4 and 10^6 members; reports draws
//
// merkle_vs_hasher = merkle_MBps / hasher_MBps. A tree over n leaves hashes
// 2n−1 64-byte inputs against the raw hasher's n, so the ratio is at most
// about 0.5; BenchmarkMerkleRoot64MiB also reports merkle_work_vs_hasher,
// the same ratio per 64-byte hash (the tree's overhead beyond hashing).
package proofs
