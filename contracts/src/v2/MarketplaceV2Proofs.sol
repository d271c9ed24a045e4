// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MarketplaceV2Core} from "./MarketplaceV2Core.sol";
import {SetProofs} from "./SetProofs.sol";

/// @title MarketplaceV2Proofs
/// @notice The set proof of protocol v2: the challenge derivation of §5.1 over the set's view
/// at the proven epoch and the verification of the grouped multiproof of §5.2.
abstract contract MarketplaceV2Proofs is MarketplaceV2Core {
    /// @dev §5.1 derivation then §5.2 verification.
    function _verifySet(uint64 id, uint256 t, uint256 maskV, bytes32 sigma, bytes calldata proof) internal view {
        (uint256[] memory acc, uint256 na) = _derive(id, t, maskV, sigma);
        mapping(uint32 => Tenure) storage ts = _tenures[id];
        uint256 off;
        bool bad;
        for (uint256 g; g < na;) {
            uint256 mid = acc[g] >> 72;
            uint256 e = g + 1;
            while (e < na && acc[e] >> 72 == mid) ++e;
            uint256[] memory leaves = new uint256[](e - g);
            for (uint256 q = g; q < e; ++q) {
                leaves[q - g] = (acc[q] >> 8) & M64;
            }
            (uint256 status, uint256 next) = SetProofs.verifyAt(ts[uint32(mid)].root, acc[g] & 0xff, leaves, proof, off);
            if (status != SetProofs.OK) bad = true;
            off = next;
            g = e;
        }
        // The cursor's path depends only on the challenges, so the length is checked first.
        if (off != proof.length) revert ProofLengthMismatch();
        if (bad) revert InvalidProof();
    }

    /// @dev The accepted challenges of set id at epoch t (§5.1), sorted and deduplicated keys.
    function _derive(uint64 id, uint256 t, uint256 maskV, bytes32 sigma)
        internal
        view
        returns (uint256[] memory acc, uint256 na)
    {
        (uint256[] memory cls, uint256[] memory wts, uint256 total) = _classes(id, t, maskV);
        uint256 k = K;
        acc = new uint256[](k);
        mapping(uint256 => uint256) storage pos = _pos[id];
        for (uint256 j; j < 4 * k && na < k; ++j) {
            uint256 u;
            assembly ("memory-safe") {
                let b := mload(0x40)
                mstore(b, sigma)
                mstore(add(b, 0x20), id)
                mstore(add(b, 0x40), j)
                u := mod(keccak256(b, 0x60), total)
            }
            uint256 c;
            for (uint256 i;; ++i) {
                uint256 w = wts[i];
                if (u < w) {
                    c = cls[i];
                    break;
                }
                u -= w;
            }
            uint256 v = _at(pos[(c << 32) | (u >> c)], t);
            uint256 leaf = u & ((uint256(1) << c) - 1);
            if (leaf < (uint256(1) << c) - (v >> 32)) acc[na++] = SetProofs.key(v & M32, leaf, c);
        }
        na = SetProofs.sortUnique(acc, na);
    }

    function _classes(uint64 id, uint256 t, uint256 maskV)
        internal
        view
        returns (uint256[] memory cls, uint256[] memory wts, uint256 total)
    {
        cls = new uint256[](32);
        wts = new uint256[](32);
        uint256 nc;
        mapping(uint256 => uint256) storage cnt = _count[id];
        for (uint256 c; maskV != 0; ++c) {
            if (maskV & 1 != 0) {
                uint256 w = _at(cnt[c], t) << c;
                cls[nc] = c;
                wts[nc] = w;
                total += w;
                ++nc;
            }
            maskV >>= 1;
        }
    }
}
