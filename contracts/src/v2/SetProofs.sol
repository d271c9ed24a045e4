// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SetProofs
/// @notice The grouped multiproof of protocol v2 (§5.2): accepted challenges sorted by (mid, leaf),
/// deduplicated and grouped by member, each group a single-shard multiproof read with one cursor.
/// @dev A challenge is packed as key = mid << 72 | leaf << 8 | class, so sorting keys sorts by
/// (mid, leaf); (mid, leaf) fixes the class, so equal keys are exactly the duplicates.
library SetProofs {
    /// @notice Status codes (a failed SHA-256 call is PRECOMPILE_FAILED).
    uint256 internal constant OK = 0;
    uint256 internal constant BAD_LENGTH = 1;
    uint256 internal constant BAD_ROOT = 2;
    uint256 internal constant PRECOMPILE_FAILED = 3;

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

    /// @notice Verifies a single-shard multiproof for sorted unique `indices` at `depth` against
    /// `root`, reading calldata from proof.offset + off with one cursor, and returns the
    /// cursor after it. Tree: 64-byte leaves, leafHash = sha256(leaf), node = sha256(left ‖
    /// right), depth d = bitlen(n − 1), the shard zero-padded to 2^d leaves. Encoding: the
    /// challenged leaves (64 bytes each, in index order) then the 32-byte siblings in canonical
    /// order: level by level from the bottom, and within a level over the known nodes left to
    /// right; a known node at even position p whose right neighbour p + 1 is also known is
    /// combined with it, otherwise the next sibling is consumed (left input if the known node
    /// is odd, right input if even); siblings covering padding are always sent. Reads past the
    /// proof's end return zeros, so a short proof fails the caller's final cursor check. Every
    /// SHA-256 staticcall's success is checked (I-3; the precompile returns exactly 32 bytes
    /// whenever it succeeds): a failure is PRECOMPILE_FAILED. One leaf takes a single-path
    /// loop (the sibling side is the index bit), which large sets mostly are.
    /// @dev The multi-leaf walk hashes the lone runs between merge levels node by node (fewer
    /// table reads and writes than a level-by-level walk, same proof bytes).
    function verifyAt(bytes32 root, uint256 depth, uint256[] memory indices, bytes calldata proof, uint256 off)
        internal
        view
        returns (uint256 status, uint256 next)
    {
        assembly ("memory-safe") {
            let cnt := mload(indices)
            let cur := add(proof.offset, off)
            let ok := 1
            let top := 0
            let tbl := mload(0x40)
            switch cnt
            case 0 { ok := 0 }
            case 1 {
                let idx := mload(add(indices, 0x20))
                let buf := tbl
                calldatacopy(buf, cur, 64)
                ok := staticcall(gas(), 2, buf, 64, buf, 32)
                cur := add(cur, 64)
                for { let l := 0 } lt(l, depth) { l := add(l, 1) } {
                    switch and(shr(l, idx), 1)
                    case 0 { calldatacopy(add(buf, 32), cur, 32) }
                    default {
                        mstore(add(buf, 32), mload(buf))
                        calldatacopy(buf, cur, 32)
                    }
                    ok := and(ok, staticcall(gas(), 2, buf, 64, buf, 32))
                    cur := add(cur, 32)
                }
                top := mload(buf)
            }
            default {
                // Entries of 96 bytes: position, hash, and m = the level at which the node
                // becomes the sibling of the next one (bitlen(p_i xor p_{i+1}) − 1 of the
                // leaves; merging never changes it), depth for the last. Between merge
                // levels every node is lone and consumes one sibling per level in node
                // order, so such runs are hashed node by node with the siblings read at
                // cur + 32·(s·cnt + k); at a merge level one canonical level step runs.
                let buf := add(tbl, mul(96, cnt))
                for { let i := 0 } lt(i, cnt) { i := add(i, 1) } {
                    let e := add(tbl, mul(96, i))
                    calldatacopy(buf, add(cur, shl(6, i)), 64)
                    ok := and(ok, staticcall(gas(), 2, buf, 64, add(e, 32), 32))
                    let p := mload(add(add(indices, 32), shl(5, i)))
                    mstore(e, p)
                    let m := depth
                    if lt(add(i, 1), cnt) {
                        let x := xor(p, mload(add(add(indices, 64), shl(5, i))))
                        let b := 0
                        if gt(x, 0xffffffff) {
                            x := shr(32, x)
                            b := 32
                        }
                        if gt(x, 0xffff) {
                            x := shr(16, x)
                            b := add(b, 16)
                        }
                        if gt(x, 0xff) {
                            x := shr(8, x)
                            b := add(b, 8)
                        }
                        if gt(x, 0xf) {
                            x := shr(4, x)
                            b := add(b, 4)
                        }
                        if gt(x, 0x3) {
                            x := shr(2, x)
                            b := add(b, 2)
                        }
                        if gt(x, 0x1) {
                            x := shr(1, x)
                            b := add(b, 1)
                        }
                        m := sub(add(b, x), 1)
                    }
                    mstore(add(e, 64), m)
                }
                cur := add(cur, shl(6, cnt))
                let level := 0
                for {} 1 {} {
                    let nextM := depth
                    for { let i := 0 } lt(i, cnt) { i := add(i, 1) } {
                        let m := mload(add(add(tbl, mul(96, i)), 64))
                        if lt(m, nextM) { nextM := m }
                    }
                    let r := sub(nextM, level)
                    if r {
                        let stride := shl(5, cnt)
                        for { let k := 0 } lt(k, cnt) { k := add(k, 1) } {
                            let e := add(tbl, mul(96, k))
                            let p := mload(e)
                            mstore(buf, mload(add(e, 32)))
                            let c := add(cur, shl(5, k))
                            for { let q := 0 } lt(q, r) { q := add(q, 1) } {
                                switch and(shr(q, p), 1)
                                case 0 { calldatacopy(add(buf, 32), c, 32) }
                                default {
                                    mstore(add(buf, 32), mload(buf))
                                    calldatacopy(buf, c, 32)
                                }
                                ok := and(ok, staticcall(gas(), 2, buf, 64, buf, 32))
                                c := add(c, stride)
                            }
                            mstore(add(e, 32), mload(buf))
                            mstore(e, shr(r, p))
                        }
                        cur := add(cur, mul(stride, r))
                        level := nextM
                    }
                    if eq(level, depth) { break }
                    // One canonical level step at a merge level.
                    let w := 0
                    for { let i := 0 } lt(i, cnt) {} {
                        let e := add(tbl, mul(96, i))
                        let p := mload(e)
                        let m := mload(add(e, 64))
                        switch and(p, 1)
                        case 0 {
                            let j := add(i, 1)
                            switch and(lt(j, cnt), eq(mload(add(e, 96)), add(p, 1)))
                            case 1 {
                                mstore(buf, mload(add(e, 32)))
                                mstore(add(buf, 32), mload(add(e, 128)))
                                m := mload(add(e, 160))
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
                        let o := add(tbl, mul(96, w))
                        ok := and(ok, staticcall(gas(), 2, buf, 64, add(o, 32), 32))
                        mstore(o, shr(1, p))
                        mstore(add(o, 64), m)
                        w := add(w, 1)
                    }
                    cnt := w
                    level := add(level, 1)
                    if eq(level, depth) { break }
                }
                top := mload(add(tbl, 32))
            }
            next := sub(cur, proof.offset)
            switch ok
            case 0 { status := 3 }
            default { if iszero(eq(top, root)) { status := 2 } }
        }
    }

    /// @notice verifyAt over the whole proof: BAD_LENGTH unless it ends exactly at its end.
    function verifyWhole(bytes32 root, uint256 depth, uint256[] memory indices, bytes calldata proof)
        internal
        view
        returns (uint256 status)
    {
        uint256 next;
        (status, next) = verifyAt(root, depth, indices, proof, 0);
        if (next != proof.length) status = BAD_LENGTH;
    }
}
