// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IMarketplaceV2} from "./IMarketplaceV2.sol";
import {SetProofs} from "./SetProofs.sol";
import {Challenges} from "../Challenges.sol";

interface IMarketplaceV2Storage {
    function extsload(bytes32[] calldata slots) external view returns (uint256[] memory);
    function config() external view returns (IMarketplaceV2.Config memory);
    function genesisBlock() external view returns (uint256);
}

/// @title MarketplaceV2Lens
/// @notice Every view the node needs, computed from MarketplaceV2's storage read through its
/// extsload (the layout of MarketplaceV2State). Holds no state of its own but the address and
/// the parameters copied at construction.
contract MarketplaceV2Lens is IMarketplaceV2 {
    uint256 private constant M32 = 0xffffffff;
    uint256 private constant M64 = 0xffffffffffffffff;
    // Storage slots of MarketplaceV2State.
    uint256 private constant S_PEER = 0;
    uint256 private constant S_REQUESTS = 2;
    uint256 private constant S_SLOTS = 3;
    uint256 private constant S_ROOTS = 4;
    uint256 private constant S_RES = 6;
    uint256 private constant S_ROLES = 7;
    uint256 private constant S_SEEDS = 8;
    uint256 private constant S_SETS = 12;
    uint256 private constant S_COUNT = 13;
    uint256 private constant S_POS = 14;
    uint256 private constant S_REC = 15;
    uint256 private constant S_TENURES = 16;

    /// @notice The marketplace this lens reads.
    IMarketplaceV2Storage public immutable market;
    uint256 public immutable genesisBlock;
    uint256 private immutable EB;
    uint256 private immutable GRACE;
    uint256 private immutable K;
    uint256 private immutable KF;
    uint256 private immutable W;
    uint256 private immutable FILL_DELAY;
    uint256 private immutable TTL;
    uint256 private immutable MAX_RES;
    uint256 private immutable DEPOSIT_BPS;
    uint256 private immutable MIN_DEPOSIT;

    constructor(address m) {
        market = IMarketplaceV2Storage(m);
        Config memory c = IMarketplaceV2Storage(m).config();
        genesisBlock = IMarketplaceV2Storage(m).genesisBlock();
        EB = c.epochBlocks;
        GRACE = c.graceBlocks;
        K = c.challenges;
        KF = c.fillChallenges;
        W = c.missWindow;
        FILL_DELAY = c.fillDelayBlocks;
        TTL = c.reservationTTL;
        MAX_RES = c.maxReservations;
        DEPOSIT_BPS = c.depositBps;
        MIN_DEPOSIT = c.minDeposit;
    }

    function _map(uint256 key, uint256 base) private pure returns (uint256 s) {
        assembly ("memory-safe") {
            mstore(0, key)
            mstore(0x20, base)
            s := keccak256(0, 0x40)
        }
    }

    function _ld(uint256 slot) private view returns (uint256) {
        bytes32[] memory q = new bytes32[](1);
        q[0] = bytes32(slot);
        return market.extsload(q)[0];
    }

    function _ldn(uint256 slot, uint256 n) private view returns (uint256[] memory) {
        bytes32[] memory q = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            q[i] = bytes32(slot + i);
        }
        return market.extsload(q);
    }

    function _at(uint256 v, uint256 t) private pure returns (uint256) {
        if (t < ((v >> 192) & M32)) return v & M64;
        if (t < (v >> 224)) return (v >> 64) & M64;
        return (v >> 128) & M64;
    }

    function _slotId(bytes32 rid, uint256 index) private pure returns (bytes32) {
        return keccak256(abi.encode(rid, index));
    }

    function config() external view returns (Config memory) {
        return market.config();
    }

    function currentEpoch() public view returns (uint256) {
        return (block.number - genesisBlock) / EB;
    }

    function closedEpochs() public view returns (uint256) {
        uint256 b = block.number - genesisBlock;
        return b < GRACE ? 0 : (b - GRACE) / EB;
    }

    function epochStart(uint256 e) public view returns (uint256) {
        return genesisBlock + e * EB;
    }

    /// @notice seed(e): stored, or computable now; zero if not started or void.
    function epochSeed(uint256 e) public view returns (bytes32) {
        uint256 s = _ld(_map(e, S_SEEDS));
        if (s != 0) return bytes32(s);
        uint256 st = epochStart(e);
        if (block.number < st) return 0;
        bytes32 h = _blockHash(st - 1);
        return h == 0 ? bytes32(0) : keccak256(abi.encode(h, e));
    }

    function _blockHash(uint256 n) private view returns (bytes32 h) {
        if (n >= block.number) return 0;
        uint256 d = block.number - n;
        if (d <= 256) return blockhash(n);
        if (d > 8191) return 0;
        address hist = 0x0000F90827F1C53a10cb7A02335B175320002935;
        (bool ok, bytes memory ret) = hist.staticcall(abi.encode(n));
        if (ok && ret.length == 32) h = abi.decode(ret, (bytes32));
    }

    function _checkEpoch(uint256 t) private view {
        if (t + 1 < currentEpoch()) revert EpochTooOld();
    }

    function setInfo(uint64 setId) public view returns (SetInfo memory i) {
        uint256[] memory w = _ldn(_map(setId, S_SETS), 4);
        i.owner = address(uint160(w[0]));
        i.head = uint32(w[0] >> 160);
        i.pend = uint8(w[0] >> 192);
        i.state = SetState(uint8(w[0] >> 200));
        i.stop = uint32(w[0] >> 208);
        i.cumProven = uint32(w[1]);
        i.cumMissed = uint32(w[1] >> 32);
        i.nextMid = uint32(w[1] >> 64);
        i.live = uint32(w[1] >> 96);
        i.missBits = w[2];
        i.mask = uint64(w[3] >> 128);
    }

    /// @notice The set's view at epoch t (t ≥ currentEpoch() − 1): class mask and counts.
    function setView(uint64 setId, uint256 t) public view returns (SetView memory v) {
        _checkEpoch(t);
        uint256 mv = _at(_ld(_map(setId, S_SETS) + 3), t);
        v.mask = uint64(mv);
        uint256 base = _map(setId, S_COUNT);
        for (uint256 c; c < 32; ++c) {
            if (mv & (1 << c) == 0) continue;
            uint256 n = _at(_ld(_map(c, base)), t);
            v.counts[c] = uint64(n);
            v.paddedLeaves += n << c;
        }
    }

    /// @notice Position p of class c at epoch t: the member id and its padding leaves.
    function memberAt(uint64 setId, uint256 t, uint256 c, uint256 p) public view returns (uint32 mid, uint64 pad) {
        _checkEpoch(t);
        uint256 v = _at(_ld(_map((c << 32) | p, _map(setId, S_POS))), t);
        mid = uint32(v);
        pad = uint64(v >> 32);
    }

    /// @notice cum(S, e): cumulative proven and missed epochs after e was recorded.
    function record(uint64 setId, uint256 e) public view returns (uint32 cumProven, uint32 cumMissed) {
        uint256 v = (_ld(_map(e >> 2, _map(setId, S_REC))) >> ((e & 3) << 6)) & M64;
        cumProven = uint32(v);
        cumMissed = uint32(v >> 32);
    }

    /// @notice The groups of §5.2 for set setId at epoch t, once its seed is known.
    function challengesFor(uint64 setId, uint256 t) external view returns (Group[] memory groups) {
        SetView memory v = setView(setId, t);
        if (v.mask == 0) return groups;
        bytes32 sigma = epochSeed(t);
        if (sigma == 0) revert SeedUnavailable();
        uint256[] memory acc = new uint256[](K);
        uint256 na;
        uint256 posBase = _map(setId, S_POS);
        for (uint256 j; j < 4 * K && na < K; ++j) {
            uint256 u = uint256(keccak256(abi.encode(sigma, uint256(setId), j))) % v.paddedLeaves;
            uint256 c;
            for (;; ++c) {
                uint256 w = uint256(v.counts[c]) << c;
                if (u < w) break;
                u -= w;
            }
            uint256 val = _at(_ld(_map((c << 32) | (u >> c), posBase)), t);
            uint256 leaf = u & ((1 << c) - 1);
            if (leaf < (1 << c) - (val >> 32)) acc[na++] = SetProofs.key(val & M32, leaf, c);
        }
        na = SetProofs.sortUnique(acc, na);
        uint256 ng;
        for (uint256 i; i < na; ++i) {
            if (i == 0 || acc[i] >> 72 != acc[i - 1] >> 72) ++ng;
        }
        groups = new Group[](ng);
        uint256 g;
        for (uint256 i; i < na;) {
            uint256 mid = acc[i] >> 72;
            uint256 e = i + 1;
            while (e < na && acc[e] >> 72 == mid) ++e;
            Group memory gr = groups[g++];
            gr.mid = uint32(mid);
            gr.cls = uint8(acc[i]);
            gr.leaves = new uint64[](e - i);
            for (uint256 q = i; q < e; ++q) {
                gr.leaves[q - i] = uint64(acc[q] >> 8);
            }
            uint256[] memory tw = _ldn(_map(mid, _map(setId, S_TENURES)), 4);
            gr.root = bytes32(tw[0]);
            gr.slotId = _slotId(bytes32(tw[2]), uint8(tw[1] >> 240));
            gr.tenureId = uint96((uint256(setId) << 32) | mid);
            i = e;
        }
    }

    function _request(bytes32 rid) private view returns (RequestInfo memory i) {
        uint256[] memory w = _ldn(_map(uint256(rid), S_REQUESTS), 6);
        i.client = address(uint160(w[0]));
        i.k = uint8(w[0] >> 160);
        i.m = uint8(w[0] >> 168);
        i.state = RequestState(uint8(w[0] >> 176));
        i.initialFills = uint8(w[0] >> 184);
        i.cancelOnExpiry = uint8(w[0] >> 192) != 0;
        i.price = uint96(w[1]);
        i.startEpoch = uint32(w[1] >> 96);
        i.endEpoch = uint32(w[1] >> 128);
        i.shardSize = uint64(w[1] >> 160);
        i.depth = uint8(w[1] >> 224);
        i.collateral = uint96(w[2]);
        i.slashPerMiss = uint96(w[2] >> 96);
        i.expiry = uint64(w[2] >> 192);
        i.authKey = address(uint160(w[3]));
        i.repairBonus = uint96(w[3] >> 160);
        i.reserveLeft = uint128(w[4]);
        i.covered = uint64(w[5]);
        i.settled = uint64(w[5] >> 64);
        i.paid = uint64(w[5] >> 128);
        i.stop = uint32(w[5] >> 192);
        i.closed = uint8(w[5] >> 224) != 0;
    }

    function requestInfo(bytes32 requestId) external view returns (RequestInfo memory) {
        return _request(requestId);
    }

    function _tenureRaw(uint96 tid) private view returns (TenureInfo memory i) {
        uint256[] memory w = _ldn(_map(uint32(tid), _map(uint64(tid >> 32), S_TENURES)), 4);
        i.root = bytes32(w[0]);
        uint256 a = w[1];
        i.cls = uint8(a);
        i.posIdx = uint32(a >> 8);
        i.join = uint32(a >> 40);
        i.end = uint32(a >> 72);
        i.settled = uint32(a >> 104);
        i.proven = uint32(a >> 136);
        i.out = uint32(a >> 168);
        i.audit = uint32(a >> 200);
        i.flags = uint8(a >> 232);
        i.index = uint8(a >> 240);
        i.requestId = bytes32(w[2]);
        i.collateral = uint96(w[3]);
        i.bonus = uint96(w[3] >> 96);
        i.bonusTerm = uint32(w[3] >> 192);
        i.setId = uint64(tid >> 32);
    }

    /// @notice A tenure with e*, b and what settling it now would pay, slash and vest.
    function tenureInfo(uint96 tenureId) external view returns (TenureInfo memory i) {
        i = _tenureRaw(tenureId);
        if (i.join == 0) revert UnknownTenure();
        SetInfo memory s = setInfo(i.setId);
        RequestInfo memory r = _request(i.requestId);
        i.owner = s.owner;
        uint256 e = i.end;
        if (r.stop < e) e = r.stop;
        if (s.state != SetState.Active && s.stop < e) e = s.stop;
        i.eStar = uint32(e);
        i.b = uint32(e < i.join ? i.join : e);
        uint256 to = i.b;
        if (s.head < to) to = s.head;
        if (i.audit != 0 && i.audit < to) to = i.audit;
        if (to > i.settled && i.flags & 8 == 0) {
            (uint32 p1, uint32 m1) = record(i.setId, to - 1);
            (uint32 p0, uint32 m0) = record(i.setId, uint256(i.settled) - 1);
            uint256 proven = p1 - p0;
            i.pendingPay = uint256(r.price) * proven;
            uint256 sl = uint256(r.slashPerMiss) * (m1 - m0);
            i.pendingSlash = sl > i.collateral ? i.collateral : sl;
            if (i.bonus != 0) {
                i.pendingPay += _vest(i.bonus, i.bonusTerm, i.proven + proven) - _vest(i.bonus, i.bonusTerm, i.proven);
            }
        }
        i.vested = _vest(i.bonus, i.bonusTerm, i.proven);
    }

    function _vest(uint256 bonus, uint256 term, uint256 p) private pure returns (uint256) {
        if (bonus == 0) return 0;
        if (p > term) p = term;
        return bonus * p / term;
    }

    /// @notice Slot `index` of a request, with its kind now (§8.1).
    function slotInfo(bytes32 requestId, uint256 index) external view returns (SlotInfo memory i) {
        i.slotId = _slotId(requestId, index);
        uint256 w = _ld(_map(uint256(i.slotId), S_SLOTS));
        i.tenure = uint96(w);
        i.lapses = uint8(w >> 96);
        i.everHeld = uint8(w >> 104) != 0;
        i.faulted = uint8(w >> 112) != 0;
        i.root = bytes32(_ld(_map(uint256(i.slotId), S_ROOTS)));
        RequestInfo memory r = _request(requestId);
        i.kind = _kind(r, i, currentEpoch());
    }

    function _kind(RequestInfo memory r, SlotInfo memory sl, uint256 x) private view returns (SlotKind) {
        bool live = r.state == RequestState.Pending || r.state == RequestState.Active;
        if (!live || x + 2 > r.endEpoch) return SlotKind.Closed;
        if (sl.tenure == 0) {
            if (!sl.everHeld) {
                if (block.number <= r.expiry) return SlotKind.Initial;
                return r.cancelOnExpiry ? SlotKind.Closed : SlotKind.Late;
            }
            return sl.faulted ? SlotKind.Repair : SlotKind.Closed;
        }
        TenureInfo memory p = _tenureRaw(sl.tenure);
        SetInfo memory s = setInfo(p.setId);
        if (s.state != SetState.Active) {
            uint256 m = p.end < r.stop ? p.end : r.stop;
            if (s.stop < m) return SlotKind.Repair;
        }
        if (p.end <= x + 1 || p.flags & 2 != 0) return SlotKind.Renewal;
        return SlotKind.Closed;
    }

    /// @notice The slot's reservations (empty entries included).
    function reservations(bytes32 requestId, uint256 index) external view returns (Reservation[] memory rs) {
        uint256[] memory w = _ldn(_map(uint256(_slotId(requestId, index)), S_RES), MAX_RES);
        rs = new Reservation[](MAX_RES);
        for (uint256 j; j < MAX_RES; ++j) {
            rs[j] = Reservation(address(uint160(w[j])), uint64(w[j] >> 160), uint8(w[j] >> 224), uint8(w[j] >> 232) != 0);
        }
    }

    /// @notice The deposit a reservation of the slot pays now (before lapsed entries are swept).
    function depositFor(bytes32 requestId, uint256 index) external view returns (uint256) {
        uint256 lapses = uint8(_ld(_map(uint256(_slotId(requestId, index)), S_SLOTS)) >> 96);
        if (lapses > 6) lapses = 6;
        uint256 coll = _request(requestId).collateral;
        uint256 base = (coll * DEPOSIT_BPS + 9_999) / 10_000;
        if (base < MIN_DEPOSIT) base = MIN_DEPOSIT;
        return base << lapses;
    }

    function roleOf(bytes32 requestId, address who) external view returns (Role) {
        return Role(uint8(_ld(_map(uint256(uint160(who)), _map(uint256(requestId), S_ROLES)))));
    }

    /// @notice Sorted, deduplicated fill challenges of filler's reservation (KF of them, §8.3).
    function fillChallenges(bytes32 requestId, uint256 index, address filler) external view returns (uint256[] memory) {
        bytes32 sid = _slotId(requestId, index);
        uint256[] memory w = _ldn(_map(uint256(sid), S_RES), MAX_RES);
        uint256 rb;
        for (uint256 j; j < MAX_RES; ++j) {
            if (address(uint160(w[j])) == filler) rb = uint64(w[j] >> 160);
        }
        if (rb == 0) revert NoReservation();
        bytes32 h = _blockHash(rb + FILL_DELAY);
        if (h == 0) revert FillSeedUnavailable();
        uint256 n = uint256(_request(requestId).shardSize) / 64;
        return Challenges.sortUnique(Challenges.fillIndices(h, sid, filler, n, KF));
    }

    /// @notice Sorted, deduplicated challenges of tenure's open audit (Challenges.epochIndices of the shard).
    function auditChallenges(uint96 tenureId) external view returns (uint256[] memory) {
        TenureInfo memory t = _tenureRaw(tenureId);
        if (t.audit == 0) revert NoAudit();
        bytes32 seed = epochSeed(t.audit);
        if (seed == 0) revert SeedUnavailable();
        uint256 n = uint256(_request(t.requestId).shardSize) / 64;
        return Challenges.sortUnique(Challenges.epochIndices(seed, _slotId(t.requestId, t.index), n, K));
    }

    /// @notice The peer info `who` registered (empty if none): `_peerInfo[who]` in Solidity's
    /// `bytes` layout (short: data and 2·len in one word; long: 2·len+1, data at keccak(p)).
    function peerInfo(address who) external view returns (bytes memory b) {
        uint256 p = _map(uint256(uint160(who)), S_PEER);
        uint256 v = _ld(p);
        uint256 n = v & 1 == 0 ? (v & 0xff) >> 1 : v >> 1;
        b = new bytes(n);
        if (v & 1 == 0) {
            if (n > 0) {
                assembly ("memory-safe") {
                    mstore(add(b, 0x20), and(v, not(0xff)))
                }
            }
            return b;
        }
        uint256[] memory w = _ldn(uint256(keccak256(abi.encode(p))), (n + 31) / 32);
        for (uint256 i; i < w.length; ++i) {
            uint256 x = w[i];
            assembly ("memory-safe") {
                mstore(add(b, add(0x20, mul(i, 0x20))), x)
            }
        }
    }
}
