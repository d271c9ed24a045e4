// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MarketplaceV2State} from "./MarketplaceV2State.sol";

/// @title MarketplaceV2Core
/// @notice The rules both the main contract and its facet apply: the set's lazy record
/// (`_advance`, §6.1), view mutations (§4.2), tenure settlement and finalization (§9), cuts,
/// request closes (§10.1), audit resolution (§10.2) and slot kinds (§8.1).
abstract contract MarketplaceV2Core is MarketplaceV2State, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev Result of _advance.
    uint256 internal constant ADV_DONE = 0;
    uint256 internal constant ADV_CAPPED = 1;
    uint256 internal constant ADV_FAILED = 2;

    /// @dev Credits summed per owner and burns summed over one call.
    struct Acc {
        address owner;
        uint256 credit;
        uint256 burn;
    }

    // ------------------------------------------------------------ record (§3.2, §6.1)

    function _cum(uint64 id, uint256 e) internal view returns (uint256 p, uint256 m) {
        uint256 v = (_rec[id][e >> 2] >> ((e & 3) << 6)) & M64;
        p = v & M32;
        m = v >> 32;
    }

    function _setLane(uint64 id, uint256 e, uint256 p, uint256 m) internal {
        uint256 sh = (e & 3) << 6;
        uint256 w = _rec[id][e >> 2];
        _rec[id][e >> 2] = (w & ~(M64 << sh)) | ((p | (m << 32)) << sh);
    }

    /// @dev Records epochs from head (§6.1). Returns ADV_DONE when it stopped at the first open,
    /// unproven epoch, ADV_CAPPED after MAX_ADVANCE steps, ADV_FAILED when it failed the set.
    function _advance(uint64 id, ProofSet storage s) internal returns (uint256 status) {
        uint256 closed = closedEpochs();
        uint256 head = s.head;
        uint256 pend = s.pend;
        uint256 cp = s.cumProven;
        uint256 cm = s.cumMissed;
        uint256 bits = s.missBits;
        uint256 maskV = s.mask;
        uint256 wmask = MISS_WINDOW == 256 ? type(uint256).max : (uint256(1) << MISS_WINDOW) - 1;
        uint256 h0 = head;
        uint256 p0 = pend;
        status = ADV_CAPPED;
        for (uint256 i; i < MAX_ADVANCE; ++i) {
            uint256 e = head;
            uint256 missed;
            uint256 proven = pend & 1;
            if (proven == 0) {
                if (e >= closed) {
                    status = ADV_DONE;
                    break;
                }
                if (_at(maskV, e) == 0) {
                    uint256 e1 = (maskV >> 192) & M32;
                    uint256 e2 = maskV >> 224;
                    uint256 to = e < e1 ? e1 : (e < e2 ? e2 : type(uint256).max);
                    if (to > closed) to = closed;
                    uint256 d = to - e;
                    bits = d >= 256 ? 0 : bits << d;
                    pend = d >= 8 ? 0 : pend >> d;
                    _setLane(id, to - 1, cp, cm);
                    head = to;
                    continue;
                }
                if (_seed(e) != 0) missed = 1;
            }
            bits = (bits << 1) | missed;
            cp += proven;
            cm += missed;
            _setLane(id, e, cp, cm);
            head = e + 1;
            pend >>= 1;
            if (missed != 0 && _popcount(bits & wmask) >= MISS_THRESHOLD) {
                s.state = SetState.Failed;
                s.stop = uint32(e + 1);
                emit SetFailed(id, e);
                status = ADV_FAILED;
                break;
            }
        }
        if (status == ADV_CAPPED && pend & 1 == 0 && head >= closed) status = ADV_DONE;
        if (head != h0 || pend != p0) {
            s.head = uint32(head);
            s.pend = uint8(pend);
            s.cumProven = uint32(cp);
            s.cumMissed = uint32(cm);
            s.missBits = bits;
        }
    }

    function _popcount(uint256 x) internal pure returns (uint256 c) {
        unchecked {
            while (x != 0) {
                x &= x - 1;
                ++c;
            }
        }
    }

    /// @dev The set exists, is Active and fully advanced (mutations, W1).
    function _activeAdvanced(uint64 id) internal returns (ProofSet storage s) {
        s = _sets[id];
        if (s.owner == address(0)) revert UnknownSet();
        if (s.state != SetState.Active) revert SetNotActive();
        uint256 st = _advance(id, s);
        if (st == ADV_FAILED) revert SetWouldFail();
        if (st != ADV_DONE) revert AdvanceSetFirst();
    }

    // ------------------------------------------------------------ view mutations (§4.2)

    function _insert(uint64 id, ProofSet storage s, Tenure storage t, uint96 tid, uint256 c, uint256 pad, uint256 x)
        internal
    {
        uint256 cv = _count[id][c];
        uint256 n = _newest(cv);
        uint256 pk = (c << 32) | n;
        _pos[id][pk] = _write(_pos[id][pk], x, uint256(uint32(tid)) | (pad << 32));
        t.posIdx = uint32(n);
        _count[id][c] = _write(cv, x, n + 1);
        if (n == 0) {
            uint256 mv = s.mask;
            s.mask = _write(mv, x, _newest(mv) | (uint256(1) << c));
        }
        uint256 live = uint256(s.live) + 1;
        if (live > MAX_SET_MEMBERS) revert SetFull();
        s.live = uint32(live);
        emit MemberAdded(id, uint32(tid), tid, c, n, x + 1);
    }

    function _remove(uint64 id, ProofSet storage s, Tenure storage t, uint32 mid, uint256 x) internal {
        if (t.out != 0) revert NotInView();
        uint256 c = t.cls;
        uint256 p = t.posIdx;
        uint256 cv = _count[id][c];
        uint256 last = _newest(cv) - 1;
        if (p != last) {
            uint256 v = _newest(_pos[id][(c << 32) | last]);
            uint256 pk = (c << 32) | p;
            _pos[id][pk] = _write(_pos[id][pk], x, v);
            _tenures[id][uint32(v)].posIdx = uint32(p);
            emit MemberMoved(id, uint32(v), c, p, x + 1);
        }
        _count[id][c] = _write(cv, x, last);
        if (last == 0) {
            uint256 mv = s.mask;
            s.mask = _write(mv, x, _newest(mv) & ~(uint256(1) << c));
        }
        s.live -= 1;
        t.out = uint32(x + 1);
        emit MemberRemoved(id, mid, x + 1);
    }

    // ------------------------------------------------------------ accounting (§9)

    /// @dev cutEnd(T, e') of §9.1; a closed request's client gets the cut tail's escrow back.
    function _cutEnd(uint96 tid, Tenure storage t, Request storage r, uint256 e) internal {
        uint256 j = t.join;
        if (e < j) e = j;
        uint256 end = t.end;
        if (e >= end) return;
        uint256 d = end - e;
        r.covered -= uint64(d);
        if (r.closed) balanceOf[r.client] += uint256(r.price) * d;
        t.end = uint32(e);
        emit TenureCut(tid, e);
    }

    function _b(Tenure storage t, Request storage r, ProofSet storage s) internal view returns (uint256 b) {
        b = _eStar(t, r, s);
        uint256 j = t.join;
        if (b < j) b = j;
    }

    /// @dev Settles T as far as the record allows and finalizes it when it can (§9.2).
    /// Returns whether it did anything. Owner credits go to acc (flushed by the caller).
    function _settleTenure(uint96 tid, Acc memory acc) internal returns (bool did) {
        uint64 id = uint64(tid >> 32);
        Tenure storage t = _tenures[id][uint32(tid)];
        uint8 flags = t.flags;
        if (flags & F_FINAL != 0 || t.join == 0) return false;
        Request storage r = _requests[t.requestId];
        ProofSet storage s = _sets[id];
        if (t.audit != 0 && _resolve(tid, t, r, s)) did = true;
        uint256 b = _b(t, r, s);
        uint256 to = b;
        if (s.head < to) to = s.head;
        uint256 a = t.audit;
        if (a != 0 && a < to) to = a;
        uint256 from = t.settled;
        address owner = s.owner;
        if (to > from) {
            (uint256 p1, uint256 m1) = _cum(id, to - 1);
            (uint256 p0, uint256 m0) = _cum(id, from - 1);
            uint256 proven = p1 - p0;
            uint256 missed = m1 - m0;
            uint256 price = r.price;
            uint256 pay = price * proven;
            uint256 tp = t.proven;
            if (flags & F_BONUS != 0) {
                uint256 bonus = t.bonus;
                uint256 term = t.bonusTerm;
                pay += _vest(bonus, term, tp + proven) - _vest(bonus, term, tp);
            }
            uint256 coll = t.collateral;
            uint256 sl = uint256(r.slashPerMiss) * missed;
            if (sl > coll) sl = coll;
            if (sl != 0) t.collateral = uint96(coll - sl);
            t.proven = uint32(tp + proven);
            t.settled = uint32(to);
            r.settled += uint64(to - from);
            r.paid += uint64(proven);
            if (r.closed) balanceOf[r.client] += price * (to - from - proven);
            _creditOwner(acc, owner, pay);
            acc.burn += sl;
            emit TenureSettled(tid, from, to, proven, missed, pay, sl);
            did = true;
            from = to;
        }
        if (from == b && t.audit == 0) {
            bool fault = _fault(t, r, s);
            if (fault || t.out != 0 || s.state != SetState.Active) {
                _finalize(tid, t, r, s, b, fault, acc, owner);
                did = true;
            }
        }
    }

    /// @dev finalize(T) of §9.4.
    function _finalize(
        uint96 tid,
        Tenure storage t,
        Request storage r,
        ProofSet storage s,
        uint256 b,
        bool fault,
        Acc memory acc,
        address owner
    ) internal {
        uint256 out = t.out;
        if (out == 0) out = s.stop;
        bool late = !fault && out > b + MISS_WINDOW;
        uint256 coll = t.collateral;
        uint256 ret;
        uint256 brn;
        if (fault || late) brn = coll;
        else ret = coll;
        acc.burn += brn;
        _creditOwner(acc, owner, ret);
        bool closed = r.closed;
        if (fault) {
            Slot storage sl = _slots[_slotId(t.requestId, t.index)];
            if (sl.tenure == tid) {
                sl.tenure = 0;
                sl.faulted = true;
            }
        }
        uint256 unvested;
        if (t.flags & F_BONUS != 0) {
            uint256 bonus = t.bonus;
            unvested = bonus - _vest(bonus, t.bonusTerm, t.proven);
            if (unvested != 0) {
                if (closed) balanceOf[r.client] += unvested;
                else r.reserveLeft += uint128(unvested);
            }
        }
        uint256 end = t.end;
        if (b < end) {
            r.covered -= uint64(end - b);
            if (closed) balanceOf[r.client] += uint256(r.price) * (end - b);
        }
        t.collateral = 0;
        t.flags |= F_FINAL;
        emit TenureClosed(tid, ret, brn, unvested, late);
    }

    function _creditOwner(Acc memory acc, address owner, uint256 amt) internal {
        if (amt == 0) return;
        if (acc.owner != owner) {
            _flush(acc);
            acc.owner = owner;
        }
        acc.credit += amt;
    }

    function _flush(Acc memory acc) internal {
        if (acc.credit != 0) {
            balanceOf[acc.owner] += acc.credit;
            acc.credit = 0;
        }
    }

    /// @dev Flushes credits and sends the summed burn once.
    function _settleAcc(Acc memory acc) internal {
        _flush(acc);
        _burn(acc.burn);
    }

    // ------------------------------------------------------------ audits (§10.2)

    /// @dev resolveAudit when resolvable; returns whether it resolved.
    function _resolve(uint96 tid, Tenure storage t, Request storage r, ProofSet storage s) internal returns (bool) {
        uint256 a = t.audit;
        if (a == 0) return false;
        uint256 b = _b(t, r, s);
        if (a < b && closedEpochs() < a + AUDIT_EPOCHS) return false;
        bool lapsed = a < b && _seed(a) != 0;
        if (lapsed) {
            t.flags |= F_FORFEIT;
            _cutEnd(tid, t, r, a);
            Slot storage sl = _slots[_slotId(t.requestId, t.index)];
            if (sl.tenure == tid) {
                sl.tenure = 0;
                sl.faulted = true;
            }
            _roles[t.requestId][s.owner] = Role.Former;
        }
        t.audit = 0;
        balanceOf[r.client] += AUDIT_FEE;
        emit AuditResolved(tid, a, lapsed);
        return true;
    }

    // ------------------------------------------------------------ requests and slots

    function _slotEpochs(Request storage r) internal view returns (uint256) {
        return (uint256(r.k) + r.m) * (uint256(r.endEpoch) - r.startEpoch);
    }

    /// @dev Early or final close (§10.1): O(1) refund of everything not covered and not owed.
    function _close(bytes32 rid, Request storage r, RequestState to, uint256 stop) internal returns (uint256 refund) {
        r.state = to;
        r.stop = uint32(stop);
        r.closed = true;
        refund = uint256(r.price) * ((uint256(r.settled) - r.paid) + (_slotEpochs(r) - r.covered)) + r.reserveLeft;
        r.reserveLeft = 0;
        balanceOf[r.client] += refund;
        emit RequestClosed(rid, to, stop, refund);
    }

    /// @dev Slot kind at epoch x (§8.1).
    function _kind(Request storage r, Slot storage sl, uint256 x) internal view returns (SlotKind) {
        if (!_isLive(r) || x + 2 > r.endEpoch) return SlotKind.Closed;
        uint96 tid = sl.tenure;
        if (tid == 0) {
            if (!sl.everHeld) {
                if (block.number <= r.expiry) return SlotKind.Initial;
                return r.cancelOnExpiry ? SlotKind.Closed : SlotKind.Late;
            }
            return sl.faulted ? SlotKind.Repair : SlotKind.Closed;
        }
        Tenure storage p = _tenure(tid);
        ProofSet storage s = _sets[uint64(tid >> 32)];
        uint256 end = p.end;
        if (s.state != SetState.Active) {
            uint256 m = end < r.stop ? end : r.stop;
            if (s.stop < m) return SlotKind.Repair;
        }
        if (end <= x + 1 || p.flags & F_DECLINED != 0) return SlotKind.Renewal;
        return SlotKind.Closed;
    }

    // ------------------------------------------------------------ tokens

    function _burn(uint256 amount) internal {
        if (amount == 0) return;
        burned += amount;
        token.safeTransfer(BURN_ADDRESS, amount);
    }

    function _send(address to, uint256 amount) internal {
        token.safeTransfer(to, amount);
    }

    function _pull(uint256 amount) internal {
        if (amount != 0) token.safeTransferFrom(msg.sender, address(this), amount);
    }
}
