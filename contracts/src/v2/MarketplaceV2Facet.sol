// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MarketplaceV2Core} from "./MarketplaceV2Core.sol";
import {MarketplaceV2State} from "./MarketplaceV2State.sol";
import {SetProofs} from "./SetProofs.sol";
import {Challenges} from "../Challenges.sol";

/// @title MarketplaceV2Facet
/// @notice The colder half of protocol v2, run by MarketplaceV2's fallback through delegatecall on
/// its storage: reservations and tickets (§8.2), faults, exits and retirement (§7), extensions and
/// early closes (§10.1), and the client's audits (§10.2). Direct calls revert.
contract MarketplaceV2Facet is MarketplaceV2Core {
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant TICKET_TYPEHASH =
        keccak256("ReserveTicket(bytes32 requestId,uint256 index,address provider,uint64 deadline)");
    address private immutable SELF;

    error OnlyDelegated();

    /// @param c Global parameters; epoch 0 starts at this deployment's block.
    constructor(Config memory c) MarketplaceV2State(c, block.number) {
        SELF = address(this);
    }

    modifier delegated() {
        if (address(this) == SELF) revert OnlyDelegated();
        _;
    }

    // ------------------------------------------------------------ reservations (§8.2)

    function reserveSlot(bytes32 requestId, uint256 index) external nonReentrant delegated {
        _reserve(requestId, index, false);
    }

    /// @notice reserveSlot with an EIP-712 ReserveTicket signed by the request's authKey.
    function reserveSlotWithTicket(bytes32 requestId, uint256 index, uint64 deadline, bytes calldata sig)
        external
        nonReentrant
        delegated
    {
        if (block.timestamp > deadline) revert TicketExpired();
        bytes32 domain = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("cairn"), keccak256("1"), block.chainid, address(this))
        );
        bytes32 sh = keccak256(abi.encode(TICKET_TYPEHASH, requestId, index, msg.sender, deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", domain, sh));
        (address signer, ECDSA.RecoverError e,) = ECDSA.tryRecover(digest, sig);
        if (e != ECDSA.RecoverError.NoError || signer == address(0) || signer != _requests[requestId].authKey) {
            revert BadTicket();
        }
        _reserve(requestId, index, true);
    }

    function _reserve(bytes32 rid, uint256 index, bool ticketed) private {
        uint256 x = _touch();
        Request storage r = _requests[rid];
        _requireLive(r);
        if (index >= uint256(r.k) + r.m) revert BadSlotIndex();
        if ((block.number + RES_TTL - genesisBlock) / EPOCH_BLOCKS + 2 > r.endEpoch) revert RequestEnding();
        bytes32 sid = _slotId(rid, index);
        Slot storage sl = _slots[sid];
        SlotKind kind = _kind(r, sl, x);
        if (kind == SlotKind.Closed) revert SlotNotOpen();
        if (!ticketed && kind == SlotKind.Initial) {
            address a = _allowed[sid];
            if (a != address(0) && a != msg.sender) revert NotAllowedProvider();
        }
        if (_peerInfo[msg.sender].length == 0) revert NotRegistered();
        if (_roles[rid][msg.sender] != Role.None) revert AlreadyInRequest();
        uint256 coll = r.collateral;
        Reservation[8] storage rs = _reservations[sid];
        uint256 burnAmt = _sweep(rid, sid, sl, rs, coll, true);
        uint256 free = type(uint256).max;
        uint256 newest = type(uint256).max;
        uint256 newestBlock;
        uint256 live;
        for (uint256 j; j < MAX_RES; ++j) {
            Reservation memory v = rs[j];
            if (v.reserver == address(0)) {
                if (free == type(uint256).max) free = j;
                continue;
            }
            ++live;
            if (v.ticketed) {
                if (ticketed) revert TicketInUse();
            } else if (v.blockNumber >= newestBlock) {
                newestBlock = v.blockNumber;
                newest = j;
            }
        }
        if (free == type(uint256).max) {
            if (!ticketed || newest == type(uint256).max) revert TooManyReservations();
            Reservation memory v = rs[newest];
            uint256 d = _deposit(coll, v.level);
            delete rs[newest];
            _roles[rid][v.reserver] = Role.None;
            balanceOf[v.reserver] += d;
            emit ReservationEvicted(sid, v.reserver, d);
            free = newest;
        }
        uint256 level = sl.lapses;
        if (level > DEPOSIT_STEPS) level = DEPOSIT_STEPS;
        uint256 dep = _deposit(coll, level);
        rs[free] = Reservation(msg.sender, uint64(block.number), uint8(level), ticketed);
        _roles[rid][msg.sender] = Role.Reserved;
        emit SlotReserved(rid, sid, msg.sender, index, block.number, dep, ticketed);
        _burn(burnAmt);
        _pull(dep);
    }

    /// @dev Drops lapsed entries (all entries when `all`): unticketed lapses burn while the
    /// request is live (and count as lapses), everything else is refunded.
    function _sweep(bytes32 rid, bytes32 sid, Slot storage sl, Reservation[8] storage rs, uint256 coll, bool live)
        private
        returns (uint256 burnAmt)
    {
        for (uint256 j; j < MAX_RES; ++j) {
            Reservation memory v = rs[j];
            if (v.reserver == address(0)) continue;
            bool lapsed = block.number > v.blockNumber + RES_TTL;
            if (live && !lapsed) continue;
            delete rs[j];
            _roles[rid][v.reserver] = Role.None;
            uint256 d = _deposit(coll, v.level);
            if (live && !v.ticketed) {
                burnAmt += d;
                uint256 l = sl.lapses;
                if (l < 255) sl.lapses = uint8(l + 1);
                emit ReservationLapsed(sid, v.reserver, d);
            } else {
                balanceOf[v.reserver] += d;
            }
        }
    }

    /// @notice Burns lapsed unticketed entries while the request is live and refunds the rest of
    /// the lapsed ones; after close, refunds every entry (anyone).
    function sweepReservations(bytes32 requestId, uint256 index) external nonReentrant delegated {
        _touch();
        Request storage r = _requests[requestId];
        if (r.state == RequestState.None) revert UnknownRequest();
        if (index >= uint256(r.k) + r.m) revert BadSlotIndex();
        bytes32 sid = _slotId(requestId, index);
        _burn(_sweep(requestId, sid, _slots[sid], _reservations[sid], r.collateral, _isLive(r)));
    }

    // ------------------------------------------------------------ faults and sets (§7)

    function declareFaults(uint64 setId, uint32[] calldata mids) external nonReentrant delegated {
        uint256 x = _touch();
        ProofSet storage s = _sets[setId];
        if (s.owner != msg.sender) revert NotSetOwner();
        _activeAdvanced(setId);
        Acc memory acc;
        for (uint256 i; i < mids.length; ++i) {
            _declare(setId, s, mids[i], x, acc);
        }
        _settleAcc(acc);
    }

    /// @notice declareFaults on the tenure of slot `slotId`, by its set's owner.
    function exitSlot(bytes32 slotId) external nonReentrant delegated {
        uint256 x = _touch();
        uint96 tid = _slots[slotId].tenure;
        if (tid == 0) revert NotCurrentTenure();
        uint64 setId = uint64(tid >> 32);
        ProofSet storage s = _sets[setId];
        if (s.owner != msg.sender) revert NotSetOwner();
        _activeAdvanced(setId);
        Acc memory acc;
        _declare(setId, s, uint32(tid), x, acc);
        _settleAcc(acc);
    }

    function _declare(uint64 setId, ProofSet storage s, uint32 mid, uint256 x, Acc memory acc) private {
        uint96 tid = uint96((uint256(setId) << 32) | mid);
        Tenure storage t = _tenures[setId][mid];
        if (t.join == 0) revert UnknownTenure();
        bytes32 rid = t.requestId;
        Request storage r = _requests[rid];
        _requireLive(r);
        bytes32 sid = _slotId(rid, t.index);
        if (_slots[sid].tenure != tid) revert NotCurrentTenure();
        if (t.out != 0) revert NotInView();
        if (t.flags & F_FINAL != 0) revert TenureFinal();
        if (t.flags & F_FORFEIT != 0) revert TenureForfeit();
        uint256 a = t.audit;
        if (a != 0) {
            t.audit = 0;
            balanceOf[r.client] += AUDIT_FEE;
            emit AuditResolved(tid, a, false);
        }
        _settleTenure(tid, acc);
        _cutEnd(tid, t, r, t.settled);
        t.flags |= F_FORFEIT;
        _remove(setId, s, t, mid, x);
        _finalize(tid, t, r, s, _b(t, r, s), true, acc, s.owner);
        _roles[rid][s.owner] = Role.Former;
        emit FaultDeclared(setId, mid, sid, x + 1);
    }

    /// @notice Retires a lost or emptied set (owner): stop = head, every live tenure a fault.
    function retireSet(uint64 setId) external nonReentrant delegated {
        _touch();
        ProofSet storage s = _sets[setId];
        if (s.owner != msg.sender) revert NotSetOwner();
        if (s.state != SetState.Active) revert SetNotActive();
        uint256 h0 = s.head;
        uint256 adv = _advance(setId, s);
        if (adv == ADV_FAILED) {
            emit SetSettled(setId, h0, s.head);
            return;
        }
        if (adv != ADV_DONE) revert AdvanceSetFirst();
        s.state = SetState.Retired;
        s.stop = s.head;
        emit SetRetired(setId, s.head);
    }

    // ------------------------------------------------------------ extensions and closes (§10.1)

    function extendRequest(bytes32 requestId, uint32 newEndEpoch, uint256 reserveTopUp)
        external
        nonReentrant
        delegated
    {
        uint256 x = _touch();
        Request storage r = _requests[requestId];
        if (r.client != msg.sender) revert NotClient();
        _requireLive(r);
        uint256 end = r.endEpoch;
        if (newEndEpoch <= end || newEndEpoch >= NONE) revert BadTimeline();
        if (x + MISS_WINDOW > end) revert TooLateToExtend();
        if (reserveTopUp > type(uint96).max) revert BadAmount();
        uint256 cost = uint256(r.price) * (uint256(r.k) + r.m) * (newEndEpoch - end) + reserveTopUp;
        r.endEpoch = newEndEpoch;
        if (reserveTopUp != 0) r.reserveLeft += uint128(reserveTopUp);
        emit RequestExtended(requestId, newEndEpoch, reserveTopUp);
        _pull(cost);
    }

    function acceptExtension(uint96[] calldata tenureIds) external nonReentrant delegated {
        uint256 x = _touch();
        for (uint256 i; i < tenureIds.length; ++i) {
            uint96 tid = tenureIds[i];
            (Tenure storage t, Request storage r, ProofSet storage s) = _ownedCurrent(tid);
            if (t.out != 0) revert NotInView();
            if (t.flags & (F_DECLINED | F_FORFEIT) != 0) revert NotExtendable();
            if (s.state != SetState.Active) revert SetNotActive();
            uint256 end = t.end;
            uint256 newEnd = r.endEpoch;
            if (x + 1 >= end || end >= newEnd) revert NotExtendable();
            r.covered += uint64(newEnd - end);
            t.end = uint32(newEnd);
            emit ExtensionAccepted(tid, newEnd);
        }
    }

    function declineExtension(uint96[] calldata tenureIds) external nonReentrant delegated {
        uint256 x = _touch();
        for (uint256 i; i < tenureIds.length; ++i) {
            uint96 tid = tenureIds[i];
            (Tenure storage t, Request storage r,) = _ownedCurrent(tid);
            if (t.flags & F_FORFEIT != 0) revert TenureForfeit();
            uint256 end = t.end;
            if (x + 1 >= end || end >= r.endEpoch) revert NotExtendable();
            t.flags |= F_DECLINED;
            emit ExtensionDeclined(tid);
        }
    }

    /// @dev T exists, is its slot's current tenure on a live request, and the caller owns its set.
    function _ownedCurrent(uint96 tid) private view returns (Tenure storage t, Request storage r, ProofSet storage s) {
        t = _tenure(tid);
        if (t.join == 0) revert UnknownTenure();
        s = _sets[uint64(tid >> 32)];
        if (s.owner != msg.sender) revert NotSetOwner();
        r = _requests[t.requestId];
        _requireLive(r);
        if (_slots[_slotId(t.requestId, t.index)].tenure != tid) revert NotCurrentTenure();
    }

    /// @notice Ends a live request now (client): holders are paid through x+1.
    function terminateRequest(bytes32 requestId) external nonReentrant delegated {
        uint256 x = _touch();
        Request storage r = _requests[requestId];
        if (r.client != msg.sender) revert NotClient();
        _requireLive(r);
        uint256 stop = _earlyStop(r, x);
        uint256 refund = _close(requestId, r, RequestState.Terminated, stop);
        emit RequestTerminated(requestId, stop, refund);
    }

    /// @notice Cancels a Pending request after expiry if it was made with cancelOnExpiry (anyone).
    function cancelRequest(bytes32 requestId) external nonReentrant delegated {
        uint256 x = _touch();
        Request storage r = _requests[requestId];
        if (r.state == RequestState.None) revert UnknownRequest();
        if (r.state != RequestState.Pending || block.number <= r.expiry || !r.cancelOnExpiry) revert CannotCancel();
        _close(requestId, r, RequestState.Cancelled, _earlyStop(r, x));
    }

    /// @notice Fails a request that holds fewer than k slots (anyone; settleSet dead sets first).
    function failRequest(bytes32 requestId) external nonReentrant delegated {
        uint256 x = _touch();
        Request storage r = _requests[requestId];
        _requireLive(r);
        if (r.state == RequestState.Pending && block.number <= r.expiry) revert NotFailed();
        uint256 n = uint256(r.k) + r.m;
        uint256 held;
        for (uint256 i; i < n; ++i) {
            uint96 tid = _slots[_slotId(requestId, i)].tenure;
            if (tid == 0) continue;
            Tenure storage t = _tenure(tid);
            if (t.flags & F_FORFEIT != 0 || t.end <= x) continue;
            ProofSet storage s = _sets[uint64(tid >> 32)];
            if (s.state != SetState.Active) {
                uint256 m = t.end < r.stop ? t.end : r.stop;
                if (s.stop < m) continue;
            }
            ++held;
        }
        if (held >= r.k) revert NotFailed();
        _close(requestId, r, RequestState.Failed, _earlyStop(r, x));
    }

    function _earlyStop(Request storage r, uint256 x) private view returns (uint256) {
        uint256 end = r.endEpoch;
        return x + 2 < end ? x + 2 : end;
    }

    // ------------------------------------------------------------ audits (§10.2)

    /// @notice Audits the current holder of one slot in epoch x+1 (client; pulls auditFee).
    function auditSlot(bytes32 requestId, uint256 index) external nonReentrant delegated {
        uint256 x = _touch();
        Request storage r = _requests[requestId];
        if (r.client != msg.sender) revert NotClient();
        _requireLive(r);
        if (index >= uint256(r.k) + r.m) revert BadSlotIndex();
        uint96 tid = _slots[_slotId(requestId, index)].tenure;
        if (tid == 0) revert NotCurrentTenure();
        Tenure storage t = _tenure(tid);
        ProofSet storage s = _sets[uint64(tid >> 32)];
        if (t.flags & F_FORFEIT != 0) revert TenureForfeit();
        if (s.state != SetState.Active) revert SetNotActive();
        if (t.audit != 0) revert AuditOpen();
        uint256 a = x + 1;
        if (a < t.join || a >= _b(t, r, s)) revert NotAuditable();
        t.audit = uint32(a);
        emit AuditRequested(tid, s.owner, requestId, index, a);
        _pull(AUDIT_FEE);
    }

    /// @notice Answers an open audit with a single-shard multiproof for the shard's epoch challenges of epoch a (Challenges.epochIndices).
    function answerAudit(uint96 tenureId, bytes calldata proof) external nonReentrant delegated {
        _touch();
        Tenure storage t = _tenure(tenureId);
        if (t.join == 0) revert UnknownTenure();
        ProofSet storage s = _sets[uint64(tenureId >> 32)];
        if (s.owner != msg.sender) revert NotSetOwner();
        uint256 a = t.audit;
        if (a == 0) revert NoAudit();
        Request storage r = _requests[t.requestId];
        if (a >= _b(t, r, s)) revert NotAuditable();
        uint256 st = _start(a);
        if (block.number < st) revert EpochNotStarted();
        if (block.number >= st + AUDIT_EPOCHS * EPOCH_BLOCKS + GRACE_BLOCKS) revert ProofWindowClosed();
        bytes32 seed = _seed(a);
        if (seed == 0) revert SeedUnavailable();
        bytes32 sid = _slotId(t.requestId, t.index);
        uint256 status = SetProofs.verifyWhole(
            t.root,
            t.cls,
            Challenges.sortUnique(Challenges.epochIndices(seed, sid, uint256(r.shardSize) / 64, K)),
            proof
        );
        if (status == SetProofs.BAD_LENGTH) revert ProofLengthMismatch();
        if (status != SetProofs.OK) revert InvalidProof();
        t.audit = 0;
        balanceOf[msg.sender] += AUDIT_FEE;
        emit AuditAnswered(tenureId, a);
    }

    /// @notice Resolves an audit whose window has closed (anyone): void, or a lapse (Forfeit, cut at a).
    function resolveAudit(uint96 tenureId) external nonReentrant delegated {
        _touch();
        Tenure storage t = _tenure(tenureId);
        if (t.join == 0) revert UnknownTenure();
        if (t.audit == 0) revert NoAudit();
        if (!_resolve(tenureId, t, _requests[t.requestId], _sets[uint64(tenureId >> 32)])) {
            revert AuditNotResolvable();
        }
    }
}
