// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Blockhash} from "@openzeppelin/contracts/utils/Blockhash.sol";
import {MarketplaceState} from "./MarketplaceState.sol";
import {MerkleVerifier} from "./MerkleVerifier.sol";
import {Challenges} from "./Challenges.sol";

/// @title MarketplaceViews
/// @notice Read-only views of the Marketplace and pure helpers that expose protocol v1's rules
/// (seeds, challenges, slot ids, proof verification) for test vectors and clients.
abstract contract MarketplaceViews is MarketplaceState {
    /// @notice The global parameters.
    function config() external view returns (Config memory c) {
        c.token = address(token);
        c.epochBlocks = uint64(EPOCH_BLOCKS);
        c.graceBlocks = uint64(GRACE_BLOCKS);
        c.fillDelayBlocks = uint64(FILL_DELAY);
        c.reservationTTL = uint64(RES_TTL);
        c.maxReservations = uint8(MAX_RES);
        c.challenges = uint8(K);
        c.missWindow = uint16(MISS_WINDOW);
        c.missThreshold = uint16(MISS_THRESHOLD);
        c.slashBps = uint16(SLASH_BPS);
        c.maxShardSize = uint64(MAX_SHARD);
        c.reservationDeposit = RES_DEPOSIT;
        c.settleFee = SETTLE_FEE;
    }

    /// @notice The seed of an epoch: stored, or computable now from a readable block hash; zero
    /// if the epoch has not started or its seed is void.
    function epochSeed(uint256 epoch) public view returns (bytes32) {
        bytes32 s = seeds[epoch];
        if (s != 0) return s;
        uint256 start = epochStart(epoch);
        if (block.number < start) return 0;
        bytes32 h = Blockhash.blockHash(start - 1);
        return h == 0 ? bytes32(0) : Challenges.epochSeed(h, epoch);
    }

    /// @notice Raw challenge indices (j order, duplicates kept) of a filled slot for an epoch.
    function challengeIndices(bytes32 slotId, uint256 epoch) external view returns (uint256[] memory) {
        bytes32 rid = _slots[slotId].requestId;
        if (rid == 0) revert SlotNotActive();
        bytes32 seed = epochSeed(epoch);
        if (seed == 0) revert SeedUnavailable();
        return Challenges.epochIndices(seed, slotId, uint256(_requests[rid].shardSize) / 64, K);
    }

    /// @notice Raw fill challenge indices for `filler`'s reservation of slot `index`, once the
    /// block r + fillDelayBlocks exists.
    function fillChallengeIndices(bytes32 requestId, uint256 index, address filler)
        external
        view
        returns (uint256[] memory)
    {
        bytes32 sid = Challenges.slotId(requestId, index);
        Reservation[8] storage rs = _reservations[sid];
        uint256 rb;
        for (uint256 j; j < MAX_RES; ++j) {
            if (rs[j].reserver == filler) {
                rb = rs[j].blockNumber;
                break;
            }
        }
        if (rb == 0) revert NoReservation();
        if (block.number <= rb + FILL_DELAY) revert FillTooEarly();
        bytes32 h = Blockhash.blockHash(rb + FILL_DELAY);
        if (h == 0) revert FillSeedUnavailable();
        return Challenges.fillIndices(h, sid, filler, uint256(_requests[requestId].shardSize) / 64, K);
    }

    /// @notice A request's state and accounting.
    function requestInfo(bytes32 requestId) external view returns (RequestInfo memory info) {
        Request storage r = _requests[requestId];
        info.client = r.client;
        info.k = r.k;
        info.m = r.m;
        info.state = r.state;
        info.held = r.held;
        info.cancelOnExpiry = r.cancelOnExpiry;
        info.shardSize = r.shardSize;
        info.depth = r.depth;
        info.startEpoch = r.startEpoch;
        info.endEpoch = r.endEpoch;
        info.pricePerSlotEpoch = r.price;
        info.collateralPerSlot = r.collateral;
        info.slashPerMiss = r.slashPerMiss;
        info.expiry = r.expiry;
        info.authKey = r.authKey;
        info.repairBonus = r.repairBonus;
        info.reserveLeft = r.reserveLeft;
        info.feesPaid = r.feesPaid;
        uint256 n = uint256(r.k) + r.m;
        for (uint256 i; i < n; ++i) {
            info.paidEpochs += _slots[Challenges.slotId(requestId, i)].paidEpochs;
        }
        if (r.state == RequestState.Pending || r.state == RequestState.Active) {
            info.escrowLeft = uint256(r.price) * n * (uint256(r.endEpoch) - r.startEpoch)
                - uint256(r.price) * info.paidEpochs - r.feesPaid;
        }
    }

    /// @notice The shard roots of a request, by slot index.
    function requestRoots(bytes32 requestId) external view returns (bytes32[] memory roots) {
        Request storage r = _requests[requestId];
        roots = new bytes32[](uint256(r.k) + r.m);
        for (uint256 i; i < roots.length; ++i) {
            roots[i] = _roots[Challenges.slotId(requestId, i)];
        }
    }

    /// @notice A slot's state and accounting.
    function slotInfo(bytes32 slotId) external view returns (SlotInfo memory info) {
        Slot storage s = _slots[slotId];
        info.requestId = s.requestId;
        info.index = s.index;
        info.state = s.state;
        info.provider = s.provider;
        info.fillEpoch = s.fillEpoch;
        info.nextSettleEpoch = s.nextSettle;
        info.paidEpochs = s.paidEpochs;
        info.collateral = s.collateral;
        info.pendingBonus = s.pendingBonus;
        info.missBits = s.missBits;
        info.provenRing = s.provenRing;
        info.root = _roots[slotId];
    }

    /// @notice The live (possibly lapsed, not yet swept) reservations of a slot.
    function reservations(bytes32 slotId) external view returns (Reservation[] memory out) {
        Reservation[8] storage rs = _reservations[slotId];
        uint256 c;
        for (uint256 j; j < MAX_RES; ++j) {
            if (rs[j].reserver != address(0)) ++c;
        }
        out = new Reservation[](c);
        c = 0;
        for (uint256 j; j < MAX_RES; ++j) {
            if (rs[j].reserver != address(0)) out[c++] = rs[j];
        }
    }

    /// @notice A provider's role in a request.
    function roleOf(bytes32 requestId, address provider) external view returns (Role) {
        return _roles[requestId][provider];
    }

    /// @notice A provider's registered peer info (empty if unregistered).
    function peerInfo(address provider) external view returns (bytes memory) {
        return _peerInfo[provider];
    }

    /// @notice The allowed initial filler of a slot (address(0): anyone).
    function allowedProvider(bytes32 slotId) external view returns (address) {
        return _allowed[slotId];
    }

    // ---------------------------------------------------------------- pure helpers (test vectors)

    /// @notice Verifies a multiproof for arbitrary indices (sorted and deduplicated here).
    /// @return ok True only for an exact, valid proof with every index < shardSize / 64.
    function verifyProof(bytes32 root, uint256 shardSize, uint256[] memory indices, bytes calldata proof)
        external
        view
        returns (bool ok)
    {
        if (shardSize == 0 || shardSize % 64 != 0 || indices.length == 0) return false;
        uint256 n = shardSize / 64;
        uint256[] memory idx = Challenges.sortUnique(indices);
        if (idx[idx.length - 1] >= n) return false;
        return MerkleVerifier.verify(root, MerkleVerifier.depthOf(n), idx, proof) == MerkleVerifier.OK;
    }

    /// @notice seed = keccak256(abi.encode(blockHash, epoch)).
    function epochSeedFor(bytes32 blockHash, uint256 epoch) external pure returns (bytes32) {
        return Challenges.epochSeed(blockHash, epoch);
    }

    /// @notice Raw epoch challenges for a given seed, n leaves and k challenges.
    function challengesFor(bytes32 seed, bytes32 slotId, uint256 n, uint256 k)
        external
        pure
        returns (uint256[] memory)
    {
        return Challenges.epochIndices(seed, slotId, n, k);
    }

    /// @notice Raw fill challenges for a given block hash, sender, n leaves and k challenges.
    function fillChallengesFor(bytes32 blockHash, bytes32 slotId, address sender, uint256 n, uint256 k)
        external
        pure
        returns (uint256[] memory)
    {
        return Challenges.fillIndices(blockHash, slotId, sender, n, k);
    }

    /// @notice slotId = keccak256(abi.encode(requestId, index)).
    function slotIdFor(bytes32 requestId, uint256 index) external pure returns (bytes32) {
        return Challenges.slotId(requestId, index);
    }

    /// @notice requestId = keccak256(abi.encode(chainid, this, client, nonce)).
    function requestIdFor(address client, uint256 nonce) external view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), client, nonce));
    }
}
