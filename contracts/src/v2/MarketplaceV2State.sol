// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IMarketplaceV2} from "./IMarketplaceV2.sol";

/// @title MarketplaceV2State
/// @notice Parameters, storage layout, epoch arithmetic, seeds and versioned words of protocol v2.
/// @dev The layout is fixed (MarketplaceV2Lens reads it through extsload): slot numbers are in
/// the comments and in docs/contract-v2.md. Never reorder.
abstract contract MarketplaceV2State is IMarketplaceV2 {
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;
    address internal constant HISTORY = 0x0000F90827F1C53a10cb7A02335B175320002935;
    uint256 public constant MAX_SLOTS = 32;
    uint256 public constant MAX_PEER_INFO = 1024;
    uint256 public constant MAX_MANIFEST = 4096;
    uint256 public constant MAX_SET_MEMBERS = 1 << 20;
    uint256 public constant MAX_ADVANCE = 256;
    uint256 public constant DEPOSIT_STEPS = 6;
    uint256 public constant AUDIT_EPOCHS = 2;
    uint256 internal constant HISTORY_WINDOW = 8191;
    uint256 internal constant NONE = type(uint32).max;
    uint256 internal constant M64 = 0xffffffffffffffff;
    uint256 internal constant M32 = 0xffffffff;

    // Tenure flags.
    uint8 internal constant F_DECLINED = 2;
    uint8 internal constant F_FORFEIT = 4;
    uint8 internal constant F_FINAL = 8;
    uint8 internal constant F_BONUS = 16;

    struct Request {
        address client; // word 0
        uint8 k;
        uint8 m;
        RequestState state;
        uint8 initialFills;
        bool cancelOnExpiry;
        uint96 price; // word 1
        uint32 startEpoch;
        uint32 endEpoch;
        uint64 shardSize;
        uint8 depth;
        uint96 collateral; // word 2
        uint96 slashPerMiss;
        uint64 expiry;
        address authKey; // word 3
        uint96 repairBonus;
        uint256 reserveLeft; // word 4
        uint64 covered; // word 5, slot-epochs
        uint64 settled;
        uint64 paid;
        uint32 stop;
        bool closed;
    }

    struct Slot {
        uint96 tenure;
        uint8 lapses;
        bool everHeld;
        bool faulted;
    }

    struct ProofSet {
        address owner; // word 0
        uint32 head;
        uint8 pend;
        SetState state;
        uint32 stop;
        uint32 cumProven; // word 1
        uint32 cumMissed;
        uint32 nextMid;
        uint32 live;
        uint256 missBits; // word 2
        uint256 mask; // word 3, versioned
    }

    struct Tenure {
        bytes32 root; // word 0
        uint8 cls; // word 1
        uint32 posIdx;
        uint32 join;
        uint32 end;
        uint32 settled;
        uint32 proven;
        uint32 out;
        uint32 audit;
        uint8 flags;
        uint8 index;
        bytes32 requestId; // word 2
        uint96 collateral; // word 3
        uint96 bonus;
        uint32 bonusTerm;
    }

    IERC20 public immutable token;
    uint256 public immutable genesisBlock;
    uint256 internal immutable EPOCH_BLOCKS;
    uint256 internal immutable GRACE_BLOCKS;
    uint256 internal immutable FILL_DELAY;
    uint256 internal immutable RES_TTL;
    uint256 internal immutable MAX_RES;
    uint256 internal immutable K;
    uint256 internal immutable KF;
    uint256 internal immutable MISS_WINDOW;
    uint256 internal immutable MISS_THRESHOLD;
    uint256 internal immutable SLASH_BPS;
    uint256 internal immutable DEPOSIT_BPS;
    uint256 internal immutable MAX_SHARD;
    uint256 internal immutable MIN_COLL_PER_GIB;
    uint256 internal immutable MIN_DEPOSIT;
    uint256 internal immutable AUDIT_FEE;

    mapping(address => bytes) internal _peerInfo; // slot 0
    mapping(address => uint256) public clientNonce; // slot 1
    mapping(bytes32 => Request) internal _requests; // slot 2
    mapping(bytes32 => Slot) internal _slots; // slot 3
    mapping(bytes32 => bytes32) internal _roots; // slot 4
    mapping(bytes32 => address) internal _allowed; // slot 5
    mapping(bytes32 => Reservation[8]) internal _reservations; // slot 6
    mapping(bytes32 => mapping(address => Role)) internal _roles; // slot 7
    mapping(uint256 => bytes32) public seeds; // slot 8
    mapping(address => uint256) public balanceOf; // slot 9
    uint256 public burned; // slot 10
    uint64 public lastSetId; // slot 11
    mapping(uint64 => ProofSet) internal _sets; // slot 12
    mapping(uint64 => mapping(uint256 => uint256)) internal _count; // slot 13
    mapping(uint64 => mapping(uint256 => uint256)) internal _pos; // slot 14
    mapping(uint64 => mapping(uint256 => uint256)) internal _rec; // slot 15
    mapping(uint64 => mapping(uint32 => Tenure)) internal _tenures; // slot 16

    /// @param c Global parameters.
    /// @param genesis Block at which epoch 0 starts (≤ the deployment block).
    constructor(Config memory c, uint256 genesis) {
        if (
            c.token == address(0) || c.epochBlocks == 0 || c.graceBlocks >= c.epochBlocks || c.fillDelayBlocks == 0
                || c.reservationTTL <= c.fillDelayBlocks || c.reservationTTL > HISTORY_WINDOW
                || c.maxReservations == 0 || c.maxReservations > 8 || c.challenges < 8 || c.challenges > 32
                || c.fillChallenges <= c.challenges || c.fillChallenges > 64 || c.missThreshold == 0
                || c.missThreshold > c.missWindow || c.missWindow > 256 || c.slashBps == 0 || c.slashBps > 10_000
                || c.depositBps > 10_000 || c.maxShardSize < 64 || c.maxShardSize % 64 != 0
                || c.maxShardSize > (uint256(1) << 37) || c.minDeposit == 0 || c.minDeposit > type(uint96).max
                || c.auditFee > type(uint96).max || c.minCollateralPerGiB > type(uint96).max || genesis > block.number
        ) revert BadConfig();
        if (c.reservationTTL > 256 || uint256(c.epochBlocks) + c.graceBlocks > 256) {
            // L-4: the history contract must exist and answer with the real hash.
            bool ok;
            bytes32 h;
            uint256 prev = block.number - 1;
            assembly ("memory-safe") {
                mstore(0, prev)
                ok := staticcall(gas(), HISTORY, 0, 0x20, 0, 0x20)
                ok := and(ok, eq(returndatasize(), 0x20))
                h := mload(0)
            }
            if (HISTORY.code.length == 0 || !ok || h != blockhash(prev)) revert NoHistoryContract();
        }
        token = IERC20(c.token);
        genesisBlock = genesis;
        EPOCH_BLOCKS = c.epochBlocks;
        GRACE_BLOCKS = c.graceBlocks;
        FILL_DELAY = c.fillDelayBlocks;
        RES_TTL = c.reservationTTL;
        MAX_RES = c.maxReservations;
        K = c.challenges;
        KF = c.fillChallenges;
        MISS_WINDOW = c.missWindow;
        MISS_THRESHOLD = c.missThreshold;
        SLASH_BPS = c.slashBps;
        DEPOSIT_BPS = c.depositBps;
        MAX_SHARD = c.maxShardSize;
        MIN_COLL_PER_GIB = c.minCollateralPerGiB;
        MIN_DEPOSIT = c.minDeposit;
        AUDIT_FEE = c.auditFee;
    }

    /// @notice The global parameters.
    function config() public view returns (Config memory c) {
        c.token = address(token);
        c.epochBlocks = uint64(EPOCH_BLOCKS);
        c.graceBlocks = uint64(GRACE_BLOCKS);
        c.fillDelayBlocks = uint64(FILL_DELAY);
        c.reservationTTL = uint64(RES_TTL);
        c.maxReservations = uint8(MAX_RES);
        c.challenges = uint8(K);
        c.fillChallenges = uint8(KF);
        c.missWindow = uint16(MISS_WINDOW);
        c.missThreshold = uint16(MISS_THRESHOLD);
        c.slashBps = uint16(SLASH_BPS);
        c.depositBps = uint16(DEPOSIT_BPS);
        c.maxShardSize = uint64(MAX_SHARD);
        c.minCollateralPerGiB = MIN_COLL_PER_GIB;
        c.minDeposit = MIN_DEPOSIT;
        c.auditFee = AUDIT_FEE;
    }

    /// @notice The epoch of the current block.
    function currentEpoch() public view returns (uint256) {
        return (block.number - genesisBlock) / EPOCH_BLOCKS;
    }

    /// @notice Epochs [0, closedEpochs()) have closed proof windows.
    function closedEpochs() public view returns (uint256) {
        uint256 b = block.number - genesisBlock;
        return b < GRACE_BLOCKS ? 0 : (b - GRACE_BLOCKS) / EPOCH_BLOCKS;
    }

    function _start(uint256 e) internal view returns (uint256) {
        return genesisBlock + e * EPOCH_BLOCKS;
    }

    /// @dev Every state-changing call: the epoch bound and the touch of the current seed (I-1).
    function _touch() internal returns (uint256 x) {
        x = currentEpoch();
        if (x + 2 >= 1 << 32) revert EpochOverflow();
        _seed(x);
    }

    /// @dev Hash of block n if readable (the last 256 blocks, or EIP-2935's 8191), else 0. The
    /// history call's success and returndata size are checked (I-3).
    function _blockHash(uint256 n) internal view returns (bytes32 h) {
        if (n >= block.number) return 0;
        uint256 d = block.number - n;
        if (d <= 256) return blockhash(n);
        if (d > HISTORY_WINDOW) return 0;
        assembly ("memory-safe") {
            mstore(0, n)
            let ok := staticcall(gas(), HISTORY, 0, 0x20, 0, 0x20)
            if and(ok, eq(returndatasize(), 0x20)) { h := mload(0) }
        }
    }

    /// @dev seed(e), stored on first touch while readable; 0 if not started or void.
    function _seed(uint256 e) internal returns (bytes32 s) {
        s = seeds[e];
        if (s == 0) {
            uint256 st = _start(e);
            if (block.number < st) return 0;
            bytes32 h = _blockHash(st - 1);
            if (h != 0) {
                assembly ("memory-safe") {
                    mstore(0, h)
                    mstore(0x20, e)
                    s := keccak256(0, 0x40)
                }
                seeds[e] = s;
            }
        }
    }

    // ------------------------------------------------------------ versioned words (§3.1)

    function _at(uint256 v, uint256 t) internal pure returns (uint256) {
        unchecked {
            if (t < ((v >> 192) & M32)) return v & M64;
            if (t < (v >> 224)) return (v >> 64) & M64;
            return (v >> 128) & M64;
        }
    }

    function _newest(uint256 v) internal pure returns (uint256) {
        return (v >> 128) & M64;
    }

    function _write(uint256 v, uint256 x, uint256 val) internal pure returns (uint256) {
        unchecked {
            if ((v >> 224) == x + 1) return (v & ~(M64 << 128)) | (val << 128);
            return ((v >> 64) & ((1 << 128) - 1)) | (val << 128) | (((v >> 224)) << 192) | ((x + 1) << 224);
        }
    }

    // ------------------------------------------------------------ small helpers

    function _slotId(bytes32 rid, uint256 index) internal pure returns (bytes32 s) {
        assembly ("memory-safe") {
            mstore(0x00, rid)
            mstore(0x20, index)
            s := keccak256(0x00, 0x40)
        }
    }

    function _tenure(uint96 tid) internal view returns (Tenure storage) {
        return _tenures[uint64(tid >> 32)][uint32(tid)];
    }

    function _isLive(Request storage r) internal view returns (bool) {
        RequestState st = r.state;
        return st == RequestState.Pending || st == RequestState.Active;
    }

    function _requireLive(Request storage r) internal view {
        RequestState st = r.state;
        if (st == RequestState.None) revert UnknownRequest();
        if (st != RequestState.Pending && st != RequestState.Active) revert RequestNotLive();
    }

    /// @dev e*(T) (§3.3).
    function _eStar(Tenure storage t, Request storage r, ProofSet storage s) internal view returns (uint256 e) {
        e = t.end;
        uint256 rs = r.stop;
        if (rs < e) e = rs;
        if (s.state != SetState.Active && s.stop < e) e = s.stop;
    }

    /// @dev fault(T) (§3.3).
    function _fault(Tenure storage t, Request storage r, ProofSet storage s) internal view returns (bool) {
        if (t.flags & F_FORFEIT != 0) return true;
        if (s.state == SetState.Active) return false;
        uint256 m = t.end;
        if (r.stop < m) m = r.stop;
        return s.stop < m;
    }

    function _vest(uint256 bonus, uint256 term, uint256 p) internal pure returns (uint256) {
        if (bonus == 0) return 0;
        if (p > term) p = term;
        return bonus * p / term;
    }

    function _deposit(uint256 collateral, uint256 level) internal view returns (uint256) {
        uint256 base = (collateral * DEPOSIT_BPS + 9_999) / 10_000;
        if (base < MIN_DEPOSIT) base = MIN_DEPOSIT;
        return base << level;
    }
}

