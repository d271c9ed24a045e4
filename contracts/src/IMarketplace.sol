// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IMarketplace
/// @notice Types, events and custom errors of the cairn Marketplace (protocol v1).
interface IMarketplace {
    /// @notice Global parameters, fixed at deployment.
    struct Config {
        /// @dev ERC-20 used for escrow, collateral, deposits and pay (no fee-on-transfer tokens).
        address token;
        /// @dev Blocks per epoch; epoch(b) = (b − genesisBlock) / epochBlocks.
        uint64 epochBlocks;
        /// @dev Blocks after an epoch's end during which its proofs are still accepted (< epochBlocks).
        uint64 graceBlocks;
        /// @dev A fill proof is drawn from blockhash(r + fillDelayBlocks), r the reservation block.
        uint64 fillDelayBlocks;
        /// @dev A reservation lapses (deposit forfeited) after r + reservationTTL.
        uint64 reservationTTL;
        /// @dev Concurrent reservations per slot (1..8).
        uint8 maxReservations;
        /// @dev Challenged leaves per proof, K.
        uint8 challenges;
        /// @dev Miss window W in epochs (1..256).
        uint16 missWindow;
        /// @dev Misses within the window that free a slot, M (1..W).
        uint16 missThreshold;
        /// @dev Slash per missed epoch in basis points of the slot collateral, rounded up.
        uint16 slashBps;
        /// @dev Largest accepted shard size in bytes (multiple of 64).
        uint64 maxShardSize;
        /// @dev Deposit pulled by reserveSlot; folded into the collateral on fill.
        uint256 reservationDeposit;
        /// @dev Fee a settler earns per settle call that applies misses (capped by the missed pay).
        uint256 settleFee;
    }

    /// @notice Input of requestStorage.
    struct RequestParams {
        uint8 k;
        uint8 m;
        uint64 shardSize;
        uint64 startEpoch;
        uint64 endEpoch;
        uint256 pricePerSlotEpoch;
        uint256 collateralPerSlot;
        /// @dev Block number after which never-filled slots stop taking initial fills.
        uint64 expiry;
        /// @dev Address of the key that signs shard fetches for the client.
        address authKey;
        /// @dev At expiry with unfilled slots: true = anyone may cancel (all refunded);
        /// false = unfilled slots stay open to repairers.
        bool cancelOnExpiry;
        /// @dev Bonus per repair, vested at finish.
        uint256 repairBonus;
        /// @dev Total repair reserve escrowed with the request; what is unused returns at finish.
        uint256 repairReserve;
        bytes32[] shardRoots;
        /// @dev Empty, or k+m addresses (address(0) = anyone) for the initial fill of each slot.
        address[] allowedProviders;
        /// @dev Encrypted manifest; emitted in StorageRequested, never stored.
        bytes manifest;
    }

    /// @notice One entry of a submitProofs batch.
    struct SlotProof {
        bytes32 slotId;
        uint64 epoch;
        bytes proof;
    }

    /// @notice Lifecycle of a request.
    enum RequestState {
        None,
        Pending, // created, not every slot filled yet
        Active, // every slot has been filled at once
        Failed, // more than m slots lost
        Cancelled,
        Finished
    }

    /// @notice Lifecycle of a slot.
    enum SlotState {
        Open, // never filled
        Filled,
        Freed, // lost by its holder (misses or exit); open to repairers
        Closed // its request ended (finished, failed or cancelled)
    }

    /// @notice Why a slot was freed.
    enum FreeReason {
        Misses,
        Exit
    }

    /// @notice A provider's stake in one request.
    enum Role {
        None,
        Reserved,
        Holder,
        Former // freed or exited: may not come back to this request
    }

    /// @notice A reservation of a slot.
    struct Reservation {
        address reserver;
        uint64 blockNumber;
    }

    /// @notice View of a request (requestInfo).
    struct RequestInfo {
        address client;
        uint8 k;
        uint8 m;
        RequestState state;
        uint8 held;
        bool cancelOnExpiry;
        uint64 shardSize;
        uint8 depth;
        uint64 startEpoch;
        uint64 endEpoch;
        uint256 pricePerSlotEpoch;
        uint256 collateralPerSlot;
        uint256 slashPerMiss;
        uint64 expiry;
        address authKey;
        uint256 repairBonus;
        uint256 reserveLeft;
        uint256 feesPaid;
        /// @dev Epochs paid over all slots.
        uint256 paidEpochs;
        /// @dev Escrow not yet paid out: price·(k+m)·(end − start) − price·paidEpochs − feesPaid.
        uint256 escrowLeft;
    }

    /// @notice View of a slot (slotInfo). requestId and index are known once the slot was filled.
    struct SlotInfo {
        bytes32 requestId;
        uint8 index;
        SlotState state;
        address provider;
        uint64 fillEpoch;
        uint64 nextSettleEpoch;
        uint64 paidEpochs;
        uint256 collateral;
        uint256 pendingBonus;
        uint256 missBits;
        uint64 provenRing;
        bytes32 root;
    }

    event ProviderRegistered(address indexed provider, bytes peerInfo);
    event StorageRequested(
        bytes32 indexed requestId, address indexed client, uint256 nonce, RequestParams params
    );
    event SlotReserved(
        bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 blockNumber
    );
    event ReservationLapsed(bytes32 indexed slotId, address indexed reserver, uint256 burned);
    event SlotFilled(
        bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 epoch
    );
    event SlotRepaired(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 bonus);
    event ProofSubmitted(bytes32 indexed slotId, address indexed provider, uint256 epoch);
    event ProofFailed(bytes32 indexed slotId, uint256 epoch, bytes4 reason);
    event SlotSettled(
        bytes32 indexed slotId, address indexed settler, uint256 fromEpoch, uint256 toEpoch, uint256 misses, uint256 fee
    );
    event MissSlashed(bytes32 indexed slotId, address indexed provider, uint256 epoch, uint256 amount);
    event SlotFreed(
        bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, FreeReason reason, uint256 burned
    );
    event RequestFailed(bytes32 indexed requestId, uint256 refund);
    event RequestCancelled(bytes32 indexed requestId, uint256 refund);
    event RequestFinished(bytes32 indexed requestId, uint256 refund);
    event Withdrawn(address indexed account, uint256 amount);

    // Configuration and parameters.
    error BadConfig();
    error BadRedundancy();
    error RootsCountMismatch();
    error BadRoot();
    error BadShardSize();
    error AllowedProvidersMismatch();
    error BadTimeline();
    error BadExpiry();
    error BadAmount();
    error BadAuthKey();
    error ManifestTooLarge();
    error BadPeerInfo();
    // Requests and slots.
    error UnknownRequest();
    error RequestNotLive();
    error RequestEnded();
    error RequestExpired();
    error BadSlotIndex();
    error SlotNotOpen();
    error NotAllowedProvider();
    error NotRegistered();
    error AlreadyInRequest();
    error TooManyReservations();
    error NoReservation();
    error ReservationExpired();
    error FillTooEarly();
    error FillSeedUnavailable();
    error CannotCancel();
    error TooEarly();
    error SettleFirst(bytes32 slotId);
    error NothingToSettle();
    error NothingToWithdraw();
    error NotClient();
    // Proofs (also the reason of ProofFailed).
    error SlotNotActive();
    error NotSlotHolder();
    error EpochNotStarted();
    error ProofWindowClosed();
    error EpochNotPayable();
    error SettleRequired();
    error AlreadyProven();
    error SeedUnavailable();
    error ProofLengthMismatch();
    error InvalidProof();
}
