// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MarketplaceV2Proofs} from "./MarketplaceV2Proofs.sol";
import {MarketplaceV2State} from "./MarketplaceV2State.sol";
import {SetProofs} from "./SetProofs.sol";
import {MerkleVerifier} from "../MerkleVerifier.sol";
import {Challenges} from "../Challenges.sol";

/// @dev What the main contract reads from its facet at construction.
interface IFacetConfig {
    function config() external view returns (MarketplaceV2State.Config memory);
    function genesisBlock() external view returns (uint256);
}

/// @title cairn Marketplace, protocol v2 (proof sets)
/// @notice Providers prove proof sets (one per failure domain) once per epoch; tenures are paid
/// and slashed lazily from each set's record. The hot paths live here; the rest (reservations,
/// faults, extensions, closes, audits) runs in MarketplaceV2Facet through the fallback, on this
/// contract's storage. Views are in MarketplaceV2Lens, which reads storage through extsload.
contract MarketplaceV2 is MarketplaceV2Proofs {
    /// @notice The facet every unknown selector is delegated to.
    address public immutable facet;

    /// @param f A MarketplaceV2Facet; its config and genesis block become this contract's.
    constructor(address f) MarketplaceV2State(IFacetConfig(f).config(), IFacetConfig(f).genesisBlock()) {
        facet = f;
    }

    fallback() external {
        address f = facet;
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, 0, calldatasize())
            let ok := delegatecall(gas(), f, p, calldatasize(), 0, 0)
            returndatacopy(p, 0, returndatasize())
            if iszero(ok) { revert(p, returndatasize()) }
            return(p, returndatasize())
        }
    }

    /// @notice Raw storage words, for MarketplaceV2Lens.
    function extsload(bytes32[] calldata slots) external view returns (uint256[] memory vals) {
        vals = new uint256[](slots.length);
        assembly ("memory-safe") {
            let o := add(vals, 0x20)
            for { let i := 0 } lt(i, slots.length) { i := add(i, 1) } {
                mstore(add(o, shl(5, i)), sload(calldataload(add(slots.offset, shl(5, i)))))
            }
        }
    }

    // ------------------------------------------------------------ providers and sets

    function registerProvider(bytes calldata info) external {
        _touch();
        if (info.length == 0 || info.length > MAX_PEER_INFO) revert BadPeerInfo();
        _peerInfo[msg.sender] = info;
        emit ProviderRegistered(msg.sender, info);
    }

    /// @notice Opens a proof set owned by the caller; its record starts at currentEpoch()+1.
    function createSet() external returns (uint64 setId) {
        uint256 x = _touch();
        if (_peerInfo[msg.sender].length == 0) revert NotRegistered();
        setId = ++lastSetId;
        ProofSet storage s = _sets[setId];
        s.owner = msg.sender;
        s.head = uint32(x + 1);
        s.nextMid = 1;
        emit SetCreated(setId, msg.sender);
    }

    /// @notice Proves set `setId` for `epoch` (§5.3).
    function proveSet(uint64 setId, uint32 epoch, bytes calldata proof) external nonReentrant {
        _touch();
        ProofSet storage s = _sets[setId];
        if (s.owner != msg.sender) revert NotSetOwner();
        if (s.state != SetState.Active) revert SetNotActive();
        uint256 st = _start(epoch);
        if (block.number < st) revert EpochNotStarted();
        if (block.number >= st + EPOCH_BLOCKS + GRACE_BLOCKS) revert ProofWindowClosed();
        uint256 adv = _advance(setId, s);
        if (adv == ADV_FAILED) revert SetWouldFail();
        if (adv != ADV_DONE) revert AdvanceSetFirst();
        uint256 head = s.head;
        uint256 bit;
        if (epoch == head) bit = 1;
        else if (epoch == head + 1) bit = 2;
        uint256 pend = s.pend;
        if (bit == 0 || pend & bit != 0) revert AlreadyProven();
        uint256 maskV = _at(s.mask, epoch);
        if (maskV == 0) revert NothingToProve();
        bytes32 sigma = _seed(epoch);
        if (sigma == 0) revert SeedUnavailable();
        _verifySet(setId, epoch, maskV, sigma, proof);
        s.pend = uint8(pend | bit);
        _advance(setId, s);
        emit SetProven(setId, epoch);
    }

    /// @notice Records a set's closed epochs (anyone); fails it if M of the last W missed (§6.2).
    function settleSet(uint64 setId) external nonReentrant {
        _touch();
        ProofSet storage s = _sets[setId];
        if (s.owner == address(0)) revert UnknownSet();
        if (s.state != SetState.Active) revert SetNotActive();
        uint256 h0 = s.head;
        _advance(setId, s);
        uint256 h1 = s.head;
        if (h1 == h0) revert NothingToSettle();
        emit SetSettled(setId, h0, h1);
    }

    /// @notice Removes ended members from the view (anyone, §7).
    function removeMembers(uint64 setId, uint32[] calldata mids) external nonReentrant {
        uint256 x = _touch();
        ProofSet storage s = _activeAdvanced(setId);
        for (uint256 i; i < mids.length; ++i) {
            Tenure storage t = _tenures[setId][mids[i]];
            if (t.join == 0) revert UnknownTenure();
            if (t.out != 0) continue;
            if (_eStar(t, _requests[t.requestId], s) > x + 1) revert NotRemovable();
            _remove(setId, s, t, mids[i], x);
        }
    }

    // ------------------------------------------------------------ requests

    /// @notice Creates a request and pulls price·(k+m)·(end − start) + repairReserve.
    function requestStorage(RequestParams calldata p) external nonReentrant returns (bytes32 rid) {
        uint256 x = _touch();
        uint256 n = uint256(p.k) + p.m;
        if (p.k == 0 || p.m == 0 || n > MAX_SLOTS) revert BadRedundancy();
        if (p.shardRoots.length != n) revert RootsCountMismatch();
        if (p.allowedProviders.length != 0 && p.allowedProviders.length != n) revert AllowedProvidersMismatch();
        if (p.shardSize == 0 || p.shardSize % 64 != 0 || p.shardSize > MAX_SHARD) revert BadShardSize();
        if (p.startEpoch < x || p.endEpoch <= p.startEpoch || p.endEpoch >= type(uint32).max) revert BadTimeline();
        if (p.expiry <= block.number || p.expiry > _start(p.endEpoch)) revert BadExpiry();
        uint256 floor = (uint256(p.shardSize) * MIN_COLL_PER_GIB + (1 << 30) - 1) >> 30;
        if (
            p.pricePerSlotEpoch == 0 || p.pricePerSlotEpoch > type(uint96).max || p.collateralPerSlot < floor
                || p.collateralPerSlot == 0 || p.collateralPerSlot > type(uint96).max
                || p.repairReserve > type(uint96).max || p.repairBonus > p.repairReserve
                || p.repairBonus >= p.collateralPerSlot
        ) revert BadAmount();
        uint256 cost = p.pricePerSlotEpoch * n * (p.endEpoch - p.startEpoch) + p.repairReserve;
        if (cost > type(uint128).max) revert BadAmount();
        if (p.authKey == address(0)) revert BadAuthKey();
        if (p.manifest.length > MAX_MANIFEST) revert ManifestTooLarge();
        for (uint256 i; i < n; ++i) {
            bytes32 root = p.shardRoots[i];
            if (root == 0) revert BadRoot();
            for (uint256 j; j < i; ++j) {
                if (p.shardRoots[j] == root) revert BadRoot();
            }
        }
        uint256 nonce = clientNonce[msg.sender]++;
        rid = keccak256(abi.encode(block.chainid, address(this), msg.sender, nonce));
        Request storage r = _requests[rid];
        r.client = msg.sender;
        r.k = p.k;
        r.m = p.m;
        r.state = RequestState.Pending;
        r.cancelOnExpiry = p.cancelOnExpiry;
        r.price = uint96(p.pricePerSlotEpoch);
        r.startEpoch = uint32(p.startEpoch);
        r.endEpoch = uint32(p.endEpoch);
        r.shardSize = p.shardSize;
        r.depth = uint8(MerkleVerifier.depthOf(p.shardSize / 64));
        r.collateral = uint96(p.collateralPerSlot);
        r.slashPerMiss = uint96((p.collateralPerSlot * SLASH_BPS + 9_999) / 10_000);
        r.expiry = p.expiry;
        r.authKey = p.authKey;
        r.repairBonus = uint96(p.repairBonus);
        if (p.repairReserve != 0) r.reserveLeft = uint128(p.repairReserve);
        r.stop = uint32(NONE);
        bool allowed = p.allowedProviders.length != 0;
        for (uint256 i; i < n; ++i) {
            bytes32 sid = _slotId(rid, i);
            _roots[sid] = p.shardRoots[i];
            if (allowed && p.allowedProviders[i] != address(0)) _allowed[sid] = p.allowedProviders[i];
        }
        emit StorageRequested(rid, msg.sender, nonce, p);
        _pull(cost);
    }

    /// @notice Ends a request once endEpoch's window has closed (anyone).
    function finish(bytes32 requestId) external nonReentrant {
        _touch();
        Request storage r = _requests[requestId];
        _requireLive(r);
        if (closedEpochs() < r.endEpoch) revert TooEarly();
        _close(requestId, r, RequestState.Finished, r.endEpoch);
    }

    // ------------------------------------------------------------ fills (§8.3)

    /// @notice Fills a reserved slot into the caller's set `setId` with KF fill challenges.
    function fillSlot(bytes32 requestId, uint256 index, uint64 setId, bytes calldata proof)
        external
        nonReentrant
        returns (uint96 tid)
    {
        uint256 x = _touch();
        Request storage r = _requests[requestId];
        _requireLive(r);
        if (index >= uint256(r.k) + r.m) revert BadSlotIndex();
        bytes32 sid = _slotId(requestId, index);
        Slot storage sl = _slots[sid];
        SlotKind kind = _kind(r, sl, x);
        if (kind == SlotKind.Closed) revert SlotNotOpen();
        uint256 level;
        {
            Reservation[8] storage rs = _reservations[sid];
            uint256 rb;
            for (uint256 j; j < MAX_RES; ++j) {
                Reservation storage v = rs[j];
                if (v.reserver == msg.sender) {
                    rb = v.blockNumber;
                    level = v.level;
                    break;
                }
            }
            if (rb == 0) revert NoReservation();
            if (block.number > rb + RES_TTL) revert ReservationExpired();
            if (block.number <= rb + FILL_DELAY) revert FillTooEarly();
            bytes32 h = _blockHash(rb + FILL_DELAY);
            if (h == 0) revert FillSeedUnavailable();
            ProofSet storage s0 = _sets[setId];
            if (s0.owner != msg.sender) revert NotSetOwner();
            _activeAdvanced(setId);
            uint256 status = SetProofs.verifyWhole(
                _roots[sid],
                r.depth,
                Challenges.sortUnique(Challenges.fillIndices(h, sid, msg.sender, uint256(r.shardSize) / 64, KF)),
                proof
            );
            if (status == SetProofs.BAD_LENGTH) revert ProofLengthMismatch();
            if (status != SetProofs.OK) revert InvalidProof();
        }
        Acc memory acc;
        uint256 bonus;
        {
            uint96 ptid = sl.tenure;
            if (ptid != 0) {
                Tenure storage pt = _tenure(ptid);
                if (kind == SlotKind.Repair) {
                    pt.flags |= F_FORFEIT;
                    if (pt.flags & F_FINAL == 0) _cutEnd(ptid, pt, r, _sets[uint64(ptid >> 32)].stop);
                } else if (pt.end > x + 1) {
                    _cutEnd(ptid, pt, r, x + 1);
                }
                _roles[requestId][_sets[uint64(ptid >> 32)].owner] = Role.Former;
            }
            uint256 end = r.endEpoch;
            if (kind == SlotKind.Repair && end - (x + 1) > MISS_WINDOW) {
                uint256 left = r.reserveLeft;
                bonus = r.repairBonus < left ? r.repairBonus : left;
                if (bonus != 0) r.reserveLeft = uint128(left - bonus);
            }
            tid = _newTenure(requestId, r, index, setId, x, bonus);
        }
        if (!sl.everHeld) {
            uint256 f = uint256(r.initialFills) + 1;
            r.initialFills = uint8(f);
            if (f == uint256(r.k) + r.m && r.state == RequestState.Pending) r.state = RequestState.Active;
        }
        _slots[sid] = Slot({tenure: tid, lapses: 0, everHeld: true, faulted: false});
        _roles[requestId][msg.sender] = Role.Holder;
        acc.burn = _clearReservations(requestId, sid);
        emit SlotFilled(requestId, sid, msg.sender, index, x, tid, kind, bonus);
        uint256 coll = r.collateral;
        uint256 dep = _deposit(coll, level);
        if (dep > coll) balanceOf[msg.sender] += dep - coll;
        _burn(acc.burn);
        if (coll > dep) _pull(coll - dep);
    }

    function _newTenure(bytes32 rid, Request storage r, uint256 index, uint64 setId, uint256 x, uint256 bonus)
        private
        returns (uint96 tid)
    {
        ProofSet storage s = _sets[setId];
        uint256 mid = s.nextMid;
        s.nextMid = uint32(mid + 1);
        tid = uint96((uint256(setId) << 32) | mid);
        uint256 join = x + 1;
        if (join < r.startEpoch) join = r.startEpoch;
        uint256 end = r.endEpoch;
        uint256 c = r.depth;
        Tenure storage t = _tenures[setId][uint32(mid)];
        t.root = _roots[_slotId(rid, index)];
        t.cls = uint8(c);
        t.join = uint32(join);
        t.end = uint32(end);
        t.settled = uint32(join);
        t.flags = bonus != 0 ? F_BONUS : 0;
        t.index = uint8(index);
        t.requestId = rid;
        t.collateral = r.collateral;
        t.bonus = uint96(bonus);
        t.bonusTerm = uint32(end - join);
        r.covered += uint64(end - join);
        _insert(setId, s, t, tid, c, (uint256(1) << c) - uint256(r.shardSize) / 64, x);
    }

    /// @dev Clears a slot's reservations after a fill: the filler's entry is consumed, live ones
    /// are refunded, lapsed ones burned if unticketed (the request is live) else refunded.
    function _clearReservations(bytes32 rid, bytes32 sid) private returns (uint256 burnAmt) {
        Reservation[8] storage rs = _reservations[sid];
        uint256 coll = _requests[rid].collateral;
        for (uint256 j; j < MAX_RES; ++j) {
            Reservation memory v = rs[j];
            if (v.reserver == address(0)) continue;
            delete rs[j];
            if (v.reserver == msg.sender) continue;
            _roles[rid][v.reserver] = Role.None;
            uint256 d = _deposit(coll, v.level);
            if (!v.ticketed && block.number > v.blockNumber + RES_TTL) {
                burnAmt += d;
                emit ReservationLapsed(sid, v.reserver, d);
            } else {
                balanceOf[v.reserver] += d;
            }
        }
    }

    // ------------------------------------------------------------ settlement (§9.2)

    /// @notice Settles and finalizes tenures (anyone; sort by tenureId so each set advances once).
    function settle(uint96[] calldata tenureIds) external nonReentrant {
        _touch();
        Acc memory acc;
        bool any;
        uint64 last;
        for (uint256 i; i < tenureIds.length; ++i) {
            uint96 tid = tenureIds[i];
            uint64 id = uint64(tid >> 32);
            if (id != last) {
                ProofSet storage s = _sets[id];
                if (s.state == SetState.Active && s.owner != address(0)) _advance(id, s);
                last = id;
            }
            if (_settleTenure(tid, acc)) any = true;
        }
        if (!any) revert NothingToSettle();
        _settleAcc(acc);
    }

    // ------------------------------------------------------------ misc

    /// @notice Stores the seed of a started epoch while its block hash is readable.
    function poke(uint64 epoch) external returns (bytes32 seed) {
        _touch();
        if (block.number < _start(epoch)) revert EpochNotStarted();
        seed = _seed(epoch);
        if (seed == 0) revert SeedUnavailable();
    }

    /// @notice Sends the caller's whole pull balance.
    function withdraw() external nonReentrant returns (uint256 amount) {
        _touch();
        amount = balanceOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balanceOf[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }
}
