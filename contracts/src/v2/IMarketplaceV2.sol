// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IMarketplaceV2
/// @notice Types, events and custom errors of the cairn Marketplace, protocol v2 (proof sets).
/// @dev ../../shared/PROTOCOL-V2.md is the spec; docs/contract-v2.md lists the decisions it leaves open.
interface IMarketplaceV2 {
    /// @notice Global parameters, fixed at deployment (§1).
    struct Config {
        address token;
        uint64 epochBlocks;
        uint64 graceBlocks;
        uint64 fillDelayBlocks;
        uint64 reservationTTL;
        uint8 maxReservations;
        /// @dev K, challenges per set proof and per audit (8..32).
        uint8 challenges;
        /// @dev KF, challenges per fill (K < KF ≤ 64).
        uint8 fillChallenges;
        uint16 missWindow;
        uint16 missThreshold;
        uint16 slashBps;
        uint16 depositBps;
        uint64 maxShardSize;
        uint256 minCollateralPerGiB;
        uint256 minDeposit;
        uint256 auditFee;
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
        uint64 expiry;
        address authKey;
        bool cancelOnExpiry;
        uint256 repairBonus;
        uint256 repairReserve;
        bytes32[] shardRoots;
        address[] allowedProviders;
        bytes manifest;
    }

    enum RequestState {
        None,
        Pending,
        Active,
        Finished,
        Terminated,
        Cancelled,
        Failed
    }

    enum SetState {
        Active,
        Failed,
        Retired
    }

    /// @notice Kind of an open slot (§8.1).
    enum SlotKind {
        Closed,
        Initial,
        Late,
        Repair,
        Renewal
    }

    enum Role {
        None,
        Reserved,
        Holder,
        Former
    }

    struct Reservation {
        address reserver;
        uint64 blockNumber;
        uint8 level;
        bool ticketed;
    }

    /// @notice One group of a set proof (§5.2): the challenged leaves of one member.
    struct Group {
        uint32 mid;
        uint8 cls;
        uint64[] leaves;
        bytes32 root;
        bytes32 slotId;
        uint96 tenureId;
    }

    struct SetInfo {
        address owner;
        uint32 head;
        uint8 pend;
        SetState state;
        uint32 stop;
        uint32 cumProven;
        uint32 cumMissed;
        uint32 nextMid;
        uint32 live;
        uint256 missBits;
        /// @dev Newest class mask (effective next epoch).
        uint64 mask;
    }

    struct SetView {
        uint64 mask;
        uint64[32] counts;
        /// @dev Σ count_c · 2^c.
        uint256 paddedLeaves;
    }

    struct TenureInfo {
        bytes32 root;
        uint8 cls;
        uint32 posIdx;
        uint32 join;
        uint32 end;
        uint32 settled;
        uint32 proven;
        uint32 out;
        uint32 audit;
        uint8 flags;
        uint8 index;
        bytes32 requestId;
        uint96 collateral;
        uint96 bonus;
        uint32 bonusTerm;
        address owner;
        uint64 setId;
        uint32 eStar;
        uint32 b;
        uint256 pendingPay;
        uint256 pendingSlash;
        uint256 vested;
    }

    struct SlotInfo {
        bytes32 slotId;
        uint96 tenure;
        uint8 lapses;
        bool everHeld;
        bool faulted;
        SlotKind kind;
        bytes32 root;
    }

    struct RequestInfo {
        address client;
        uint8 k;
        uint8 m;
        RequestState state;
        uint8 initialFills;
        bool cancelOnExpiry;
        uint96 price;
        uint32 startEpoch;
        uint32 endEpoch;
        uint64 shardSize;
        uint8 depth;
        uint96 collateral;
        uint96 slashPerMiss;
        uint64 expiry;
        address authKey;
        uint96 repairBonus;
        uint128 reserveLeft;
        uint64 covered;
        uint64 settled;
        uint64 paid;
        uint32 stop;
        bool closed;
    }

    event ProviderRegistered(address indexed provider, bytes peerInfo);
    event StorageRequested(bytes32 indexed requestId, address indexed client, uint256 nonce, RequestParams params);
    event SetCreated(uint64 indexed setId, address indexed owner);
    event SetProven(uint64 indexed setId, uint256 epoch);
    event SetSettled(uint64 indexed setId, uint256 fromHead, uint256 toHead);
    event SetFailed(uint64 indexed setId, uint256 epoch);
    event SetRetired(uint64 indexed setId, uint256 stop);
    event MemberAdded(uint64 indexed setId, uint32 mid, uint96 indexed tenureId, uint256 cls, uint256 pos, uint256 epoch);
    event MemberMoved(uint64 indexed setId, uint32 mid, uint256 cls, uint256 pos, uint256 epoch);
    event MemberRemoved(uint64 indexed setId, uint32 mid, uint256 epoch);
    event SlotReserved(
        bytes32 indexed requestId,
        bytes32 indexed slotId,
        address indexed provider,
        uint256 index,
        uint256 blockNumber,
        uint256 deposit,
        bool ticketed
    );
    event ReservationLapsed(bytes32 indexed slotId, address indexed reserver, uint256 burned);
    event ReservationEvicted(bytes32 indexed slotId, address indexed reserver, uint256 refunded);
    event SlotFilled(
        bytes32 indexed requestId,
        bytes32 indexed slotId,
        address indexed provider,
        uint256 index,
        uint256 epoch,
        uint96 tenureId,
        SlotKind kind,
        uint256 bonus
    );
    event TenureCut(uint96 indexed tenureId, uint256 end);
    event TenureSettled(
        uint96 indexed tenureId, uint256 fromEpoch, uint256 toEpoch, uint256 proven, uint256 missed, uint256 pay, uint256 slashed
    );
    event TenureClosed(uint96 indexed tenureId, uint256 returned, uint256 burned, uint256 bonusReturned, bool late);
    event FaultDeclared(uint64 indexed setId, uint32 mid, bytes32 indexed slotId, uint256 epoch);
    event RequestExtended(bytes32 indexed requestId, uint256 newEndEpoch, uint256 reserveTopUp);
    event ExtensionAccepted(uint96 indexed tenureId, uint256 end);
    event ExtensionDeclined(uint96 indexed tenureId);
    event RequestClosed(bytes32 indexed requestId, RequestState state, uint256 stop, uint256 refund);
    event RequestTerminated(bytes32 indexed requestId, uint256 stop, uint256 refund);
    event AuditRequested(
        uint96 indexed tenureId, address indexed owner, bytes32 indexed requestId, uint256 index, uint256 epoch
    );
    event AuditAnswered(uint96 indexed tenureId, uint256 epoch);
    event AuditResolved(uint96 indexed tenureId, uint256 epoch, bool lapsed);
    event Withdrawn(address indexed account, uint256 amount);

    // Configuration and parameters.
    error BadConfig();
    error NoHistoryContract();
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
    error EpochOverflow();
    error EpochTooOld();
    // Sets.
    error UnknownSet();
    error NotSetOwner();
    error SetNotActive();
    error SetWouldFail();
    error SetFull();
    error AdvanceSetFirst();
    error NothingToProve();
    error NotInView();
    error NotRemovable();
    // Requests, slots, tenures.
    error UnknownRequest();
    error RequestNotLive();
    error RequestEnding();
    error BadSlotIndex();
    error SlotNotOpen();
    error NotAllowedProvider();
    error NotRegistered();
    error AlreadyInRequest();
    error TooManyReservations();
    error TicketInUse();
    error BadTicket();
    error TicketExpired();
    error NoReservation();
    error ReservationExpired();
    error FillTooEarly();
    error FillSeedUnavailable();
    error NotClient();
    error NotCurrentTenure();
    error TenureFinal();
    error TenureForfeit();
    error TooEarly();
    error CannotCancel();
    error NotFailed();
    error NothingToSettle();
    error NothingToWithdraw();
    error TooLateToExtend();
    error NotExtendable();
    error AuditOpen();
    error NotAuditable();
    error NoAudit();
    error AuditNotResolvable();
    error UnknownTenure();
    // Proofs.
    error EpochNotStarted();
    error ProofWindowClosed();
    error AlreadyProven();
    error SeedUnavailable();
    error ProofLengthMismatch();
    error InvalidProof();
}
