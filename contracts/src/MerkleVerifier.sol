// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title MerkleVerifier
/// @notice The depth of a shard's SHA-256 Merkle tree (64-byte leaves, zero-padded to 2^d).
/// @dev Proofs are verified by SetProofs (src/v2), which reads the multiproof encoding with a
/// cursor and checks every precompile call.
library MerkleVerifier {
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
}
