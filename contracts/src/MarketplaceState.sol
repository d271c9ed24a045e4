// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IMarketplace} from "./IMarketplace.sol";

/// @title MarketplaceState
/// @notice Parameters, storage layout and epoch arithmetic of the Marketplace.
/// @dev Storage is packed for the proof path: a proof reads one word of its request, three
/// of its slot, its root and the epoch seed, and writes one slot word and the holder balance.
abstract contract MarketplaceState is IMarketplace {
    /// @notice Where burned tokens go: nobody holds its key.
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;
    /// @notice Largest k + m.
    uint256 public constant MAX_SLOTS = 32;
    /// @notice Largest registered peer info, bytes.
    uint256 public constant MAX_PEER_INFO = 1024;
    /// @notice Largest manifest, bytes.
    uint256 public constant MAX_MANIFEST = 4096;
    /// @notice Most epochs one settle call applies.
    uint256 public constant MAX_SETTLE_EPOCHS = 256;
    /// @notice Most unsettled epochs per slot that finish settles inline.
    uint256 public constant MAX_FINISH_LAG = 64;
    /// @notice Epochs a slot may run ahead of its settlement (size of the proven-epoch ring).
    uint256 public constant PROOF_RING = 64;

    uint256 internal constant HISTORY_WINDOW = 8191;

    struct Request {
        // word 0
        address client;
        uint8 k;
        uint8 m;
        RequestState state;
        uint8 held;
        bool cancelOnExpiry;
        // word 1: read by every proof
        uint96 price;
        uint32 startEpoch;
        uint32 endEpoch;
        uint64 shardSize;
        uint8 depth;
        // word 2
        uint96 collateral;
        uint96 slashPerMiss;
        uint64 expiry;
        // word 3
        address authKey;
        uint96 repairBonus;
        // word 4
        uint128 reserveLeft;
        uint128 feesPaid;
    }

    struct Slot {
        // word 0
        address provider;
        SlotState state;
        uint8 index;
        uint32 fillEpoch;
        // word 1
        bytes32 requestId;
        // word 2: read and written by every proof
        uint64 provenRing;
        uint32 paidEpochs;
        uint32 nextSettle;
        uint96 collateral;
        // word 3
        uint256 missBits;
        // word 4
        uint96 pendingBonus;
    }

    /// @notice The token of escrow, collateral and pay.
    IERC20 public immutable token;
    /// @notice Block of deployment; epoch 0 starts here.
    uint256 public immutable genesisBlock;

    uint256 internal immutable EPOCH_BLOCKS;
    uint256 internal immutable GRACE_BLOCKS;
    uint256 internal immutable FILL_DELAY;
    uint256 internal immutable RES_TTL;
    uint256 internal immutable MAX_RES;
    uint256 internal immutable K;
    uint256 internal immutable MISS_WINDOW;
    uint256 internal immutable MISS_THRESHOLD;
    uint256 internal immutable SLASH_BPS;
    uint256 internal immutable MAX_SHARD;
    uint256 internal immutable RES_DEPOSIT;
    uint256 internal immutable SETTLE_FEE;

    mapping(address => bytes) internal _peerInfo;
    /// @notice Next request nonce of each client.
    mapping(address => uint256) public clientNonce;
    mapping(bytes32 => Request) internal _requests;
    mapping(bytes32 => Slot) internal _slots;
    mapping(bytes32 => bytes32) internal _roots;
    mapping(bytes32 => address) internal _allowed;
    mapping(bytes32 => Reservation[8]) internal _reservations;
    mapping(bytes32 => mapping(address => Role)) internal _roles;
    /// @notice Stored epoch seeds (zero: not stored yet, or void).
    mapping(uint256 => bytes32) public seeds;
    /// @notice Pull balances: pay, refunds, returned collateral and fees, taken by withdraw.
    mapping(address => uint256) public balanceOf;
    /// @notice Total tokens sent to BURN_ADDRESS (slashes, forfeits, lapsed deposits).
    uint256 public burned;

    /// @param c Global parameters; genesisBlock is the deployment block.
    constructor(Config memory c) {
        if (
            c.token == address(0) || c.epochBlocks == 0 || c.graceBlocks >= c.epochBlocks
                || uint256(c.epochBlocks) + c.graceBlocks > HISTORY_WINDOW || c.fillDelayBlocks == 0
                || c.reservationTTL <= c.fillDelayBlocks || c.reservationTTL > HISTORY_WINDOW
                || c.maxReservations == 0 || c.maxReservations > 8 || c.challenges == 0 || c.challenges > 64
                || c.missWindow == 0 || c.missWindow > 256 || c.missThreshold == 0
                || c.missThreshold > c.missWindow || c.slashBps > 10_000 || c.maxShardSize < 64
                || c.maxShardSize % 64 != 0 || c.reservationDeposit > type(uint96).max
                || c.settleFee > type(uint96).max
        ) revert BadConfig();
        token = IERC20(c.token);
        genesisBlock = block.number;
        EPOCH_BLOCKS = c.epochBlocks;
        GRACE_BLOCKS = c.graceBlocks;
        FILL_DELAY = c.fillDelayBlocks;
        RES_TTL = c.reservationTTL;
        MAX_RES = c.maxReservations;
        K = c.challenges;
        MISS_WINDOW = c.missWindow;
        MISS_THRESHOLD = c.missThreshold;
        SLASH_BPS = c.slashBps;
        MAX_SHARD = c.maxShardSize;
        RES_DEPOSIT = c.reservationDeposit;
        SETTLE_FEE = c.settleFee;
    }

    /// @notice The epoch of the current block.
    function currentEpoch() public view returns (uint256) {
        return (block.number - genesisBlock) / EPOCH_BLOCKS;
    }

    /// @notice First block of an epoch.
    function epochStart(uint256 epoch) public view returns (uint256) {
        return genesisBlock + epoch * EPOCH_BLOCKS;
    }

    /// @notice Number of epochs whose proof window has closed: epochs [0, closedEpochs()).
    function closedEpochs() public view returns (uint256) {
        uint256 b = block.number - genesisBlock;
        return b < GRACE_BLOCKS ? 0 : (b - GRACE_BLOCKS) / EPOCH_BLOCKS;
    }
}
