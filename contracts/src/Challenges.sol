// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Challenges
/// @notice Seeds, slot ids and single-shard challenge indices (fills and audits), bit-identical
/// to the Go proofs package.
/// @dev Every hash input is abi.encode of 32-byte words (an address left-padded).
library Challenges {
    /// @notice seed(e) = keccak256(abi.encode(blockHash, e)), blockHash = hash of block start(e) − 1.
    function epochSeed(bytes32 blockHash, uint256 epoch) internal pure returns (bytes32 s) {
        assembly ("memory-safe") {
            mstore(0x00, blockHash)
            mstore(0x20, epoch)
            s := keccak256(0x00, 0x40)
        }
    }

    /// @notice slotId = keccak256(abi.encode(requestId, uint256 index)).
    function slotId(bytes32 requestId, uint256 index) internal pure returns (bytes32 s) {
        assembly ("memory-safe") {
            mstore(0x00, requestId)
            mstore(0x20, index)
            s := keccak256(0x00, 0x40)
        }
    }

    /// @notice Raw epoch challenges: idx_j = uint256(keccak256(abi.encode(seed, slotId, j))) mod n,
    /// j = 0..k−1, in j order with duplicates kept.
    function epochIndices(bytes32 seed, bytes32 slot, uint256 n, uint256 k)
        internal
        pure
        returns (uint256[] memory out)
    {
        out = new uint256[](k);
        assembly ("memory-safe") {
            let buf := mload(0x40)
            mstore(buf, seed)
            mstore(add(buf, 0x20), slot)
            for { let j := 0 } lt(j, k) { j := add(j, 1) } {
                mstore(add(buf, 0x40), j)
                mstore(add(add(out, 0x20), shl(5, j)), mod(keccak256(buf, 0x60), n))
            }
        }
    }

    /// @notice Raw fill challenges, bound to the filler:
    /// idx_j = uint256(keccak256(abi.encode(blockHash, slotId, sender, j))) mod n.
    function fillIndices(bytes32 blockHash, bytes32 slot, address sender, uint256 n, uint256 k)
        internal
        pure
        returns (uint256[] memory out)
    {
        out = new uint256[](k);
        assembly ("memory-safe") {
            let buf := mload(0x40)
            mstore(buf, blockHash)
            mstore(add(buf, 0x20), slot)
            mstore(add(buf, 0x40), and(sender, 0xffffffffffffffffffffffffffffffffffffffff))
            for { let j := 0 } lt(j, k) { j := add(j, 1) } {
                mstore(add(buf, 0x60), j)
                mstore(add(add(out, 0x20), shl(5, j)), mod(keccak256(buf, 0x80), n))
            }
        }
    }

    /// @notice Sorts `a` ascending in place and drops duplicates (shrinking its length).
    /// @dev Insertion sort: K is small (10 by default).
    function sortUnique(uint256[] memory a) internal pure returns (uint256[] memory) {
        assembly ("memory-safe") {
            let len := mload(a)
            let base := add(a, 0x20)
            for { let i := 1 } lt(i, len) { i := add(i, 1) } {
                let v := mload(add(base, shl(5, i)))
                let j := i
                for {} gt(j, 0) { j := sub(j, 1) } {
                    let u := mload(add(base, shl(5, sub(j, 1))))
                    if iszero(gt(u, v)) { break }
                    mstore(add(base, shl(5, j)), u)
                }
                mstore(add(base, shl(5, j)), v)
            }
            if gt(len, 1) {
                let w := 1
                for { let i := 1 } lt(i, len) { i := add(i, 1) } {
                    let v := mload(add(base, shl(5, i)))
                    if iszero(eq(v, mload(add(base, shl(5, sub(w, 1)))))) {
                        mstore(add(base, shl(5, w)), v)
                        w := add(w, 1)
                    }
                }
                mstore(a, w)
            }
        }
        return a;
    }
}
