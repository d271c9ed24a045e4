// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Challenges} from "../Challenges.sol";
import {MerkleVerifier} from "../MerkleVerifier.sol";
import {SetProofs} from "../v2/SetProofs.sol";

/// @title ProofsHarness
/// @notice Test-only: exposes the pure rules the v2 contracts run (seeds, slot ids, raw epoch
/// and fill challenge indices, the fill/audit verifier) so the Go tests can check the shared
/// vectors of proofs/testdata/vectors.json and differential cases against them. Never
/// deployed outside tests; it holds no state.
contract ProofsHarness {
    /// @notice seed(e) = keccak256(abi.encode(blockHash, e)).
    function epochSeed(bytes32 blockHash, uint256 epoch) external pure returns (bytes32) {
        return Challenges.epochSeed(blockHash, epoch);
    }

    /// @notice slotId = keccak256(abi.encode(requestId, uint256 index)).
    function slotId(bytes32 requestId, uint256 index) external pure returns (bytes32) {
        return Challenges.slotId(requestId, index);
    }

    /// @notice Raw challenge indices of one shard (v2's audits), duplicates kept, in j order.
    function epochIndices(bytes32 seed, bytes32 slot, uint256 n, uint256 k) external pure returns (uint256[] memory) {
        return Challenges.epochIndices(seed, slot, n, k);
    }

    /// @notice Raw fill challenge indices, bound to the filler, duplicates kept, in j order.
    function fillIndices(bytes32 blockHash, bytes32 slot, address sender, uint256 n, uint256 k)
        external
        pure
        returns (uint256[] memory)
    {
        return Challenges.fillIndices(blockHash, slot, sender, n, k);
    }

    /// @notice Verifies a single-shard multiproof exactly as fillSlot and answerAudit do
    /// (sortUnique, then SetProofs.verifyWhole at depthOf(shardSize / 64)), for arbitrary
    /// indices. The contracts derive indices mod n, so they are always in range; here an
    /// index ≥ n, an empty list or a bad size is reported as BAD_ROOT without verifying.
    /// @return status SetProofs.OK, BAD_LENGTH, BAD_ROOT or PRECOMPILE_FAILED.
    function verifyProof(bytes32 root, uint256 shardSize, uint256[] memory indices, bytes calldata proof)
        external
        view
        returns (uint256 status)
    {
        if (shardSize == 0 || shardSize % 64 != 0 || indices.length == 0) return SetProofs.BAD_ROOT;
        uint256 n = shardSize / 64;
        uint256[] memory idx = Challenges.sortUnique(indices);
        if (idx[idx.length - 1] >= n) return SetProofs.BAD_ROOT;
        return SetProofs.verifyWhole(root, MerkleVerifier.depthOf(n), idx, proof);
    }
}
