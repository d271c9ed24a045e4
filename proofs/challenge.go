package proofs

import (
	"encoding/binary"
	"math/bits"

	"golang.org/x/crypto/sha3"
)

// keccak returns keccak256 of the concatenated 32-byte words (abi.encode of
// static types).
func keccak(words ...[32]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for i := range words {
		h.Write(words[i][:])
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// word returns v as a 32-byte big-endian uint256.
func word(v uint64) (w [32]byte) {
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}

// addressWord returns a 20-byte address left-padded to 32 bytes.
func addressWord(a [20]byte) (w [32]byte) {
	copy(w[12:], a[:])
	return w
}

// mod returns uint256(h) mod n (big-endian h), n > 0.
func mod(h [32]byte, n uint64) uint64 {
	var r uint64
	for i := 0; i < 32; i += 8 {
		r = bits.Rem64(r, binary.BigEndian.Uint64(h[i:i+8]), n)
	}
	return r
}

// SlotID returns keccak256(abi.encode(bytes32 requestId, uint256 index)).
func SlotID(requestID [32]byte, index uint64) [32]byte {
	return keccak(requestID, word(index))
}

// EpochSeed returns seed(e) = keccak256(abi.encode(bytes32 blockHash,
// uint256 epoch)), blockHash being the hash of the block before the epoch's
// first block.
func EpochSeed(blockHash [32]byte, epoch uint64) [32]byte {
	return keccak(blockHash, word(epoch))
}

// EpochChallenges returns the k raw challenge indices of a slot for an epoch:
// index j = uint256(keccak256(abi.encode(bytes32 seed, bytes32 slotId,
// uint256 j))) mod n, in j order with duplicates kept. It returns nil when
// n == 0 or k <= 0.
func EpochChallenges(seed, slotID [32]byte, n uint64, k int) []uint64 {
	if n == 0 || k <= 0 {
		return nil
	}
	out := make([]uint64, k)
	for j := range out {
		out[j] = mod(keccak(seed, slotID, word(uint64(j))), n)
	}
	return out
}

// FillChallenges returns the k raw challenge indices of a fill proof:
// index j = uint256(keccak256(abi.encode(bytes32 blockHash, bytes32 slotId,
// address sender, uint256 j))) mod n, in j order with duplicates kept. It
// returns nil when n == 0 or k <= 0.
func FillChallenges(blockHash, slotID [32]byte, sender [20]byte, n uint64, k int) []uint64 {
	if n == 0 || k <= 0 {
		return nil
	}
	out := make([]uint64, k)
	sw := addressWord(sender)
	for j := range out {
		out[j] = mod(keccak(blockHash, slotID, sw, word(uint64(j))), n)
	}
	return out
}

// AuditChallenges returns the leaves an answerAudit proof must cover
// (PROTOCOL-V2.md §10.2): v1's epoch challenges of the slot for the audit
// epoch a, idx_j = uint256(keccak256(abi.encode(seed(a), slotId, j))) mod n
// for j < k, sorted and deduplicated. The proof is the slot's v1 multiproof
// (Tree.Prove) for them at the shard's depth; Verify checks it. It returns
// nil when n == 0 or k <= 0.
func AuditChallenges(seed, slotID [32]byte, n uint64, k int) []uint64 {
	idx := EpochChallenges(seed, slotID, n, k)
	if idx == nil {
		return nil
	}
	return Normalize(idx)
}
