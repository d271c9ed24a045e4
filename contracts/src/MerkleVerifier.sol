// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title MerkleVerifier
/// @notice Verifies cairn protocol v1 multiproofs over a shard's SHA-256 Merkle tree.
/// @dev Tree: 64-byte leaves, leafHash = sha256(leaf), node = sha256(left ‖ right), depth
/// d = bitlen(n − 1), the shard zero-padded to 2^d leaves. A proof is one packed byte string:
/// the challenged leaves (64 bytes each, in sorted, deduplicated index order) followed by the
/// 32-byte sibling hashes in canonical order: level by level from the bottom, and within a
/// level over the known nodes left to right; a known node at even position p whose right
/// neighbour p + 1 is also known is combined with it, otherwise the next sibling is consumed
/// (left input if the known node is odd, right input if even). The parent is at p / 2.
/// Siblings covering padding are always sent (no zero-hash table on chain). The loop runs in
/// inline assembly over scratch memory past the free memory pointer, hashing with a
/// staticcall to the SHA-256 precompile (0x02): a Solidity-level verifier costs ~75k gas more.
library MerkleVerifier {
    /// @notice Status: the proof is valid.
    uint256 internal constant OK = 0;
    /// @notice Status: the proof is not exactly 64·K' + 32·S bytes long.
    uint256 internal constant BAD_LENGTH = 1;
    /// @notice Status: the proof has the right length but does not lead to the root.
    uint256 internal constant BAD_ROOT = 2;

    /// @notice Tree depth for n leaves: bitlen(n − 1), 0 when n ≤ 1.
    function depthOf(uint256 n) internal pure returns (uint256 d) {
        unchecked {
            uint256 x = n > 0 ? n - 1 : 0;
            while (x != 0) {
                x >>= 1;
                ++d;
            }
        }
    }

    /// @notice Checks `proof` for the leaf positions `indices` against `root`.
    /// @dev `indices` must be non-empty, strictly increasing and each < 2^depth; callers derive
    /// them (Challenges.sortUnique) and check the bound. Reads no storage. Never reads calldata
    /// past the proof's end: a short proof is BAD_LENGTH, not zero-padded.
    /// @param root Expected Merkle root.
    /// @param depth Tree depth d.
    /// @param indices Sorted, unique leaf indices (memory, left untouched).
    /// @param proof Leaves then siblings, packed.
    /// @return status OK, BAD_LENGTH or BAD_ROOT.
    function verify(bytes32 root, uint256 depth, uint256[] memory indices, bytes calldata proof)
        internal
        view
        returns (uint256 status)
    {
        assembly ("memory-safe") {
            let cnt := mload(indices)
            let cur := proof.offset
            let end := add(cur, proof.length)
            let leavesLen := shl(6, cnt)
            // Table of (position, hash) pairs, 64 bytes per known node, then a 64-byte hash input.
            let tbl := mload(0x40)
            let buf := add(tbl, leavesLen)
            switch or(iszero(cnt), lt(proof.length, leavesLen))
            case 1 { status := BAD_LENGTH }
            default {
                for { let i := 0 } lt(i, cnt) { i := add(i, 1) } {
                    let e := add(tbl, shl(6, i))
                    calldatacopy(buf, add(cur, shl(6, i)), 64)
                    pop(staticcall(gas(), 2, buf, 64, add(e, 32), 32))
                    mstore(e, mload(add(add(indices, 32), shl(5, i))))
                }
                cur := add(cur, leavesLen)
                for { let level := 0 } lt(level, depth) { level := add(level, 1) } {
                    let w := 0
                    for { let i := 0 } lt(i, cnt) {} {
                        let e := add(tbl, shl(6, i))
                        let p := mload(e)
                        switch and(p, 1)
                        case 0 {
                            let j := add(i, 1)
                            switch and(lt(j, cnt), eq(mload(add(e, 64)), add(p, 1)))
                            case 1 {
                                mstore(buf, mload(add(e, 32)))
                                mstore(add(buf, 32), mload(add(e, 96)))
                                i := add(i, 2)
                            }
                            default {
                                mstore(buf, mload(add(e, 32)))
                                calldatacopy(add(buf, 32), cur, 32)
                                cur := add(cur, 32)
                                i := j
                            }
                        }
                        default {
                            calldatacopy(buf, cur, 32)
                            mstore(add(buf, 32), mload(add(e, 32)))
                            cur := add(cur, 32)
                            i := add(i, 1)
                        }
                        let o := add(tbl, shl(6, w))
                        pop(staticcall(gas(), 2, buf, 64, add(o, 32), 32))
                        mstore(o, shr(1, p))
                        w := add(w, 1)
                    }
                    cnt := w
                }
                // A short proof made calldatacopy read zeros past its end; cur then overshoots.
                switch eq(cur, end)
                case 0 { status := BAD_LENGTH }
                default {
                    if iszero(eq(mload(add(tbl, 32)), root)) { status := BAD_ROOT }
                }
            }
        }
    }
}
