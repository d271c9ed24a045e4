// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MerkleVerifier} from "../MerkleVerifier.sol";

/// @title SetProofs
/// @notice The grouped multiproof of protocol v2 (§5.2): accepted challenges sorted by (mid, leaf),
/// deduplicated and grouped by member, each group a v1 multiproof checked by MerkleVerifier.
/// @dev A challenge is packed as key = mid << 72 | leaf << 8 | class, so sorting keys sorts by
/// (mid, leaf); (mid, leaf) fixes the class, so equal keys are exactly the duplicates.
library SetProofs {
    /// @notice Status codes of verifyGroups (MerkleVerifier's).
    uint256 internal constant OK = 0;
    uint256 internal constant BAD_LENGTH = 1;
    uint256 internal constant BAD_ROOT = 2;

    function key(uint256 mid, uint256 leaf, uint256 cls) internal pure returns (uint256) {
        return (mid << 72) | (leaf << 8) | cls;
    }

    /// @notice Sorts the first n keys of a ascending and drops duplicates; returns the new count.
    function sortUnique(uint256[] memory a, uint256 n) internal pure returns (uint256 w) {
        assembly ("memory-safe") {
            let base := add(a, 0x20)
            for { let i := 1 } lt(i, n) { i := add(i, 1) } {
                let v := mload(add(base, shl(5, i)))
                let j := i
                for {} gt(j, 0) { j := sub(j, 1) } {
                    let u := mload(add(base, shl(5, sub(j, 1))))
                    if iszero(gt(u, v)) { break }
                    mstore(add(base, shl(5, j)), u)
                }
                mstore(add(base, shl(5, j)), v)
            }
            w := n
            if gt(n, 1) {
                w := 1
                for { let i := 1 } lt(i, n) { i := add(i, 1) } {
                    let v := mload(add(base, shl(5, i)))
                    if iszero(eq(v, mload(add(base, shl(5, sub(w, 1)))))) {
                        mstore(add(base, shl(5, w)), v)
                        w := add(w, 1)
                    }
                }
            }
        }
    }

    /// @notice Bytes of a v1 multiproof for sorted unique indices at depth d: 64 per leaf and
    /// 32 per sibling, the siblings counted by replaying the verifier's level walk.
    function groupLength(uint256[] memory idx, uint256 d) internal pure returns (uint256 len) {
        assembly ("memory-safe") {
            let cnt := mload(idx)
            len := shl(6, cnt)
            switch cnt
            case 1 { len := add(len, shl(5, d)) }
            default {
                let tbl := mload(0x40)
                for { let i := 0 } lt(i, cnt) { i := add(i, 1) } {
                    mstore(add(tbl, shl(5, i)), mload(add(add(idx, 0x20), shl(5, i))))
                }
                let sib := 0
                for { let level := 0 } lt(level, d) { level := add(level, 1) } {
                    let w := 0
                    for { let i := 0 } lt(i, cnt) {} {
                        let p := mload(add(tbl, shl(5, i)))
                        let j := add(i, 1)
                        switch and(iszero(and(p, 1)), and(lt(j, cnt), eq(mload(add(tbl, shl(5, j))), add(p, 1))))
                        case 1 { i := add(i, 2) }
                        default {
                            sib := add(sib, 1)
                            i := j
                        }
                        mstore(add(tbl, shl(5, w)), shr(1, p))
                        w := add(w, 1)
                    }
                    cnt := w
                }
                len := add(len, shl(5, sib))
            }
        }
    }

    /// @notice Verifies one group against root, reading proof[off : off + its length].
    /// @return status OK, BAD_LENGTH or BAD_ROOT; next The cursor after the group.
    function verifyGroup(bytes32 root, uint256 depth, uint256[] memory leaves, bytes calldata proof, uint256 off)
        internal
        view
        returns (uint256 status, uint256 next)
    {
        uint256 len = groupLength(leaves, depth);
        next = off + len;
        if (next > proof.length) return (BAD_LENGTH, next);
        status = MerkleVerifier.verify(root, depth, leaves, proof[off:next]);
    }
}
