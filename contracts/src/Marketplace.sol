// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Blockhash} from "@openzeppelin/contracts/utils/Blockhash.sol";
import {MarketplaceViews} from "./MarketplaceViews.sol";
import {MarketplaceState} from "./MarketplaceState.sol";
import {MerkleVerifier} from "./MerkleVerifier.sol";
import {Challenges} from "./Challenges.sol";

/// @title cairn Marketplace (protocol v1)
/// @notice Storage requests split into k+m slots, each held by one provider who proves every
/// epoch with a Merkle multiproof over K challenged leaves and is paid per proven epoch into a
/// pull balance. Missed epochs are slashed through a permissionless settle; M misses within W
/// epochs free the slot for a repairer. Slashed and forfeited tokens are burned.
/// @dev See docs/contract.md for the parameters, the state machines and every decision that
/// DESIGN.md leaves open. Amounts are stored as uint96/uint128 and validated on entry.
contract Marketplace is MarketplaceViews, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @param c Global parameters; genesisBlock is the deployment block.
    constructor(Config memory c) MarketplaceState(c) {}

    // ---------------------------------------------------------------- providers

    /// @notice Registers or updates the caller's libp2p peer id and addresses.
    /// @param info Opaque peer info (1..MAX_PEER_INFO bytes).
    function registerProvider(bytes calldata info) external {
        if (info.length == 0 || info.length > MAX_PEER_INFO) revert BadPeerInfo();
        _peerInfo[msg.sender] = info;
        emit ProviderRegistered(msg.sender, info);
    }

    // ---------------------------------------------------------------- requests

    /// @notice Creates a storage request and pulls escrow + repair reserve (approve first).
    /// @param p Request parameters; see IMarketplace.RequestParams.
    /// @return requestId keccak256(abi.encode(chainid, this, client, clientNonce)).
    function requestStorage(RequestParams calldata p) external nonReentrant returns (bytes32 requestId) {
        return _create(p, _validate(p));
    }

    /// @notice requestStorage with an EIP-2612 permit for exactly requestCost(p). A failing
    /// permit (e.g. front-run by someone who submitted the same signature) is ignored: the
    /// transfer then succeeds on the allowance the permit already set, or reverts.
    function requestStorageWithPermit(RequestParams calldata p, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (bytes32 requestId)
    {
        uint256 cost = _validate(p);
        try IERC20Permit(address(token)).permit(msg.sender, address(this), cost, deadline, v, r, s) {} catch {}
        return _create(p, cost);
    }

    /// @dev Checks every parameter; returns the tokens to pull.
    function _validate(RequestParams calldata p) private view returns (uint256 cost) {
        uint256 n = uint256(p.k) + p.m;
        if (p.k == 0 || p.m == 0 || n > MAX_SLOTS) revert BadRedundancy();
        if (p.shardRoots.length != n) revert RootsCountMismatch();
        if (p.allowedProviders.length != 0 && p.allowedProviders.length != n) revert AllowedProvidersMismatch();
        if (p.shardSize == 0 || p.shardSize % 64 != 0 || p.shardSize > MAX_SHARD) revert BadShardSize();
        if (p.startEpoch < currentEpoch() || p.endEpoch <= p.startEpoch || p.endEpoch > type(uint32).max) {
            revert BadTimeline();
        }
        if (p.expiry <= block.number || p.expiry > epochStart(p.endEpoch)) revert BadExpiry();
        if (
            p.pricePerSlotEpoch == 0 || p.pricePerSlotEpoch > type(uint96).max || p.collateralPerSlot < RES_DEPOSIT
                || p.collateralPerSlot > type(uint96).max || p.repairReserve > type(uint96).max
                || p.repairBonus > p.repairReserve
        ) revert BadAmount();
        cost = requestCost(p); // < 2^96 · 32 · 2^32 + 2^96: no overflow
        if (cost > type(uint96).max) revert BadAmount();
        if (p.authKey == address(0)) revert BadAuthKey();
        if (p.manifest.length > MAX_MANIFEST) revert ManifestTooLarge();
        for (uint256 i; i < n; ++i) {
            bytes32 root = p.shardRoots[i];
            if (root == 0) revert BadRoot();
            for (uint256 j; j < i; ++j) {
                if (p.shardRoots[j] == root) revert BadRoot();
            }
        }
    }

    function _create(RequestParams calldata p, uint256 cost) private returns (bytes32 rid) {
        uint256 n = uint256(p.k) + p.m;
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
        for (uint256 i; i < n; ++i) {
            bytes32 sid = Challenges.slotId(rid, i);
            _roots[sid] = p.shardRoots[i];
            if (p.allowedProviders.length != 0 && p.allowedProviders[i] != address(0)) {
                _allowed[sid] = p.allowedProviders[i];
            }
        }
        emit StorageRequested(rid, msg.sender, nonce, p);
        token.safeTransferFrom(msg.sender, address(this), cost);
    }

    /// @notice Tokens requestStorage pulls: price·(k+m)·(end − start) + repairReserve.
    function requestCost(RequestParams calldata p) public pure returns (uint256) {
        uint256 epochs = p.endEpoch > p.startEpoch ? p.endEpoch - p.startEpoch : 0;
        return p.pricePerSlotEpoch * (uint256(p.k) + p.m) * epochs + p.repairReserve;
    }

    /// @notice Cancels a request that is not fully filled yet. The client may cancel while the
    /// request is Pending; after expiry anyone may, if the client chose cancelOnExpiry (then it
    /// is Cancelled) or if more than m slots are unfilled (then it Failed). Everything is refunded.
    function cancelRequest(bytes32 requestId) external nonReentrant {
        Request storage r = _requests[requestId];
        RequestState st = r.state;
        if (st == RequestState.None) revert UnknownRequest();
        if (st != RequestState.Pending) revert CannotCancel();
        RequestState to;
        if (msg.sender == r.client) {
            to = RequestState.Cancelled;
        } else if (block.number > r.expiry) {
            if (r.cancelOnExpiry) to = RequestState.Cancelled;
            else if (uint256(r.k) + r.m - r.held > r.m) to = RequestState.Failed;
            else revert CannotCancel();
        } else {
            revert CannotCancel();
        }
        _burn(_close(requestId, r, to));
    }

    /// @notice Ends a request after start(endEpoch) + grace: settles what is left of each slot,
    /// returns collateral to holders, vests repair bonuses of holders still proving and refunds
    /// unpaid escrow and unused reserve to the client (all into pull balances). Anyone may call.
    function finish(bytes32 requestId) external nonReentrant {
        Request storage r = _requests[requestId];
        _requireLive(r);
        if (closedEpochs() < r.endEpoch) revert TooEarly();
        _burn(_close(requestId, r, RequestState.Finished));
    }

    // ---------------------------------------------------------------- slots

    /// @notice Reserves a slot for the caller (a registered provider), pulling the deposit.
    /// Lapsed reservations of the slot are swept (deposits burned) first.
    function reserveSlot(bytes32 requestId, uint256 index) external nonReentrant returns (bytes32 slotId) {
        Request storage r = _requests[requestId];
        bool repair;
        (slotId, repair) = _openSlot(requestId, r, index);
        if (!repair) {
            address a = _allowed[slotId];
            if (a != address(0) && a != msg.sender) revert NotAllowedProvider();
        }
        if (_peerInfo[msg.sender].length == 0) revert NotRegistered();
        if (_roles[requestId][msg.sender] != Role.None) revert AlreadyInRequest();
        Reservation[8] storage rs = _reservations[slotId];
        uint256 burnAmt;
        uint256 free = type(uint256).max;
        for (uint256 j; j < MAX_RES; ++j) {
            Reservation memory v = rs[j];
            if (v.reserver != address(0)) {
                if (block.number <= v.blockNumber + RES_TTL) continue;
                burnAmt += _dropReservation(requestId, slotId, rs, j, v.reserver, true);
            }
            if (free == type(uint256).max) free = j;
        }
        if (free == type(uint256).max) revert TooManyReservations();
        rs[free] = Reservation(msg.sender, uint64(block.number));
        _roles[requestId][msg.sender] = Role.Reserved;
        emit SlotReserved(requestId, slotId, msg.sender, index, block.number);
        _burn(burnAmt);
        token.safeTransferFrom(msg.sender, address(this), RES_DEPOSIT);
    }

    /// @notice Burns the deposits of the slot's lapsed reservations. Anyone may call.
    function sweepReservations(bytes32 requestId, uint256 index) external nonReentrant returns (uint256 burnAmt) {
        bytes32 slotId = Challenges.slotId(requestId, index);
        Reservation[8] storage rs = _reservations[slotId];
        for (uint256 j; j < MAX_RES; ++j) {
            Reservation memory v = rs[j];
            if (v.reserver != address(0) && block.number > v.blockNumber + RES_TTL) {
                burnAmt += _dropReservation(requestId, slotId, rs, j, v.reserver, true);
            }
        }
        _burn(burnAmt);
    }

    /// @notice Fills a reserved slot with a fill proof for the challenges drawn from
    /// blockhash(r + fillDelayBlocks) and the caller's address; pulls collateral − deposit.
    /// @param proof Multiproof (leaves then siblings) for fillChallengeIndices.
    function fillSlot(bytes32 requestId, uint256 index, bytes calldata proof)
        external
        nonReentrant
        returns (bytes32 slotId)
    {
        Request storage r = _requests[requestId];
        bool repair;
        (slotId, repair) = _openSlot(requestId, r, index);
        Reservation[8] storage rs = _reservations[slotId];
        uint256 rb;
        for (uint256 j; j < MAX_RES; ++j) {
            Reservation memory v = rs[j];
            if (v.reserver == msg.sender) {
                rb = v.blockNumber;
                break;
            }
        }
        if (rb == 0) revert NoReservation();
        if (block.number > rb + RES_TTL) revert ReservationExpired();
        if (block.number <= rb + FILL_DELAY) revert FillTooEarly();
        bytes32 h = Blockhash.blockHash(rb + FILL_DELAY);
        if (h == 0) revert FillSeedUnavailable();
        uint256 size = r.shardSize;
        uint256 st = MerkleVerifier.verify(
            _roots[slotId],
            r.depth,
            Challenges.sortUnique(Challenges.fillIndices(h, slotId, msg.sender, size / 64, K)),
            proof
        );
        if (st == MerkleVerifier.BAD_LENGTH) revert ProofLengthMismatch();
        if (st != MerkleVerifier.OK) revert InvalidProof();

        uint256 burnAmt = _clearReservations(requestId, slotId, msg.sender);
        uint256 epoch = currentEpoch();
        uint256 start = r.startEpoch;
        uint256 coll = r.collateral;
        Slot storage s = _slots[slotId];
        uint256 bonus;
        if (repair) {
            uint256 left = r.reserveLeft;
            bonus = r.repairBonus < left ? r.repairBonus : left;
            if (bonus != 0) r.reserveLeft = uint128(left - bonus);
        }
        _slots[slotId] = Slot({
            provider: msg.sender,
            state: SlotState.Filled,
            index: uint8(index),
            fillEpoch: uint32(epoch),
            requestId: requestId,
            provenRing: 0,
            paidEpochs: s.paidEpochs,
            nextSettle: uint32(epoch + 1 > start ? epoch + 1 : start),
            collateral: uint96(coll),
            missBits: 0,
            pendingBonus: uint96(bonus)
        });
        _roles[requestId][msg.sender] = Role.Holder;
        uint256 held = r.held + 1;
        r.held = uint8(held);
        if (r.state == RequestState.Pending && held == uint256(r.k) + r.m) r.state = RequestState.Active;
        emit SlotFilled(requestId, slotId, msg.sender, index, epoch);
        if (repair) emit SlotRepaired(requestId, slotId, msg.sender, bonus);
        _burn(burnAmt);
        token.safeTransferFrom(msg.sender, address(this), coll - RES_DEPOSIT);
    }

    /// @notice Proves a slot for an epoch and credits the epoch's pay to the holder.
    /// @dev Accepted in blocks [start(epoch), start(epoch + 1) + graceBlocks), by the holder, for
    /// epochs in [max(fillEpoch + 1, startEpoch), endEpoch), once. Stores the epoch seed if it
    /// is the first touch. Reverts with the custom error named by the failing check.
    function submitProof(bytes32 slotId, uint64 epoch, bytes calldata proof) external nonReentrant {
        bytes4 err = _prove(slotId, epoch, proof);
        if (err != 0) {
            assembly ("memory-safe") {
                mstore(0, err)
                revert(0, 4)
            }
        }
    }

    /// @notice Proves several slots; a failing entry is skipped with ProofFailed, not a revert.
    /// @return proven Number of entries accepted.
    function submitProofs(SlotProof[] calldata proofs) external nonReentrant returns (uint256 proven) {
        for (uint256 i; i < proofs.length; ++i) {
            SlotProof calldata sp = proofs[i];
            bytes4 err = _prove(sp.slotId, sp.epoch, sp.proof);
            if (err == 0) ++proven;
            else emit ProofFailed(sp.slotId, sp.epoch, err);
        }
    }

    function _prove(bytes32 slotId, uint256 epoch, bytes calldata proof) private returns (bytes4) {
        Slot storage s = _slots[slotId];
        address provider = s.provider;
        if (s.state != SlotState.Filled) return SlotNotActive.selector;
        if (provider != msg.sender) return NotSlotHolder.selector;
        uint256 start = genesisBlock + epoch * EPOCH_BLOCKS;
        if (block.number < start) return EpochNotStarted.selector;
        if (block.number >= start + EPOCH_BLOCKS + GRACE_BLOCKS) return ProofWindowClosed.selector;
        Request storage r = _requests[s.requestId];
        if (epoch < r.startEpoch || epoch <= s.fillEpoch || epoch >= r.endEpoch) return EpochNotPayable.selector;
        uint256 ring = s.provenRing;
        if (epoch >= uint256(s.nextSettle) + PROOF_RING) return SettleRequired.selector;
        uint256 bit = 1 << (epoch % PROOF_RING);
        if (ring & bit != 0) return AlreadyProven.selector;
        bytes32 seed = _seed(epoch);
        if (seed == 0) return SeedUnavailable.selector;
        uint256 st = MerkleVerifier.verify(
            _roots[slotId],
            r.depth,
            Challenges.sortUnique(Challenges.epochIndices(seed, slotId, uint256(r.shardSize) / 64, K)),
            proof
        );
        if (st == MerkleVerifier.BAD_LENGTH) return ProofLengthMismatch.selector;
        if (st != MerkleVerifier.OK) return InvalidProof.selector;
        s.provenRing = uint64(ring | bit);
        s.paidEpochs += 1;
        balanceOf[provider] += r.price;
        emit ProofSubmitted(slotId, provider, epoch);
        return 0;
    }

    /// @notice Applies the slot's closed, unsettled epochs (at most MAX_SETTLE_EPOCHS): each
    /// non-void epoch without a proof is a miss, slashed by slashPerMiss (burned); M misses in
    /// the last W settled epochs free the slot (remaining collateral burned). The caller earns
    /// min(settleFee, misses · price) from the request's escrow if any miss was applied.
    /// @return misses Misses applied.
    function settle(bytes32 slotId) external nonReentrant returns (uint256 misses) {
        Slot storage s = _slots[slotId];
        if (s.state != SlotState.Filled) revert SlotNotActive();
        bytes32 rid = s.requestId;
        Request storage r = _requests[rid];
        uint256 to = closedEpochs();
        if (to > r.endEpoch) to = r.endEpoch;
        uint256 from = s.nextSettle;
        if (to <= from) revert NothingToSettle();
        if (to - from > MAX_SETTLE_EPOCHS) to = from + MAX_SETTLE_EPOCHS;
        uint256 burnAmt;
        bool freed;
        (misses, burnAmt, freed) = _applyEpochs(slotId, s, r, to);
        uint256 fee;
        if (misses != 0) {
            uint256 missedPay = misses * r.price;
            fee = SETTLE_FEE < missedPay ? SETTLE_FEE : missedPay;
            if (fee != 0) {
                r.feesPaid += uint128(fee);
                balanceOf[msg.sender] += fee;
            }
        }
        emit SlotSettled(slotId, msg.sender, from, s.nextSettle, misses, fee);
        if (freed) burnAmt += _free(rid, r, slotId, s, FreeReason.Misses);
        _burn(burnAmt);
    }

    /// @notice Leaves a slot before the request's end, forfeiting (burning) the whole collateral.
    function exitSlot(bytes32 slotId) external nonReentrant {
        Slot storage s = _slots[slotId];
        if (s.state != SlotState.Filled) revert SlotNotActive();
        if (s.provider != msg.sender) revert NotSlotHolder();
        bytes32 rid = s.requestId;
        Request storage r = _requests[rid];
        if (currentEpoch() >= r.endEpoch) revert RequestEnded();
        _burn(_free(rid, r, slotId, s, FreeReason.Exit));
    }

    /// @notice Stores the seed of a started epoch if its block hash is still readable.
    /// @return seed The epoch's seed.
    function poke(uint64 epoch) external returns (bytes32 seed) {
        if (block.number < epochStart(epoch)) revert EpochNotStarted();
        seed = _seed(epoch);
        if (seed == 0) revert SeedUnavailable();
    }

    /// @notice Sends the caller's whole pull balance to it.
    function withdraw() external nonReentrant returns (uint256 amount) {
        amount = balanceOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balanceOf[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------- internals

    function _requireLive(Request storage r) private view {
        RequestState st = r.state;
        if (st == RequestState.None) revert UnknownRequest();
        if (st != RequestState.Pending && st != RequestState.Active) revert RequestNotLive();
    }

    /// @dev Checks that slot `index` of a live, unended request takes reservations and fills.
    /// repair: the slot was freed, or never filled and past expiry (cancelOnExpiry = false).
    function _openSlot(bytes32 rid, Request storage r, uint256 index) private view returns (bytes32 sid, bool repair) {
        _requireLive(r);
        if (index >= uint256(r.k) + r.m) revert BadSlotIndex();
        if (currentEpoch() >= r.endEpoch) revert RequestEnded();
        sid = Challenges.slotId(rid, index);
        SlotState ss = _slots[sid].state;
        if (ss == SlotState.Freed) {
            repair = true;
        } else if (ss == SlotState.Open) {
            if (block.number > r.expiry) {
                if (r.cancelOnExpiry) revert RequestExpired();
                repair = true;
            }
        } else {
            revert SlotNotOpen();
        }
    }

    function _seed(uint256 epoch) private returns (bytes32 s) {
        s = seeds[epoch];
        if (s == 0) {
            uint256 start = genesisBlock + epoch * EPOCH_BLOCKS;
            if (block.number < start) return 0;
            bytes32 h = Blockhash.blockHash(start - 1);
            if (h != 0) {
                s = Challenges.epochSeed(h, epoch);
                seeds[epoch] = s;
            }
        }
    }

    /// @dev Settles epochs [nextSettle, to) of a filled slot; stops early when the slot must be freed.
    function _applyEpochs(bytes32 slotId, Slot storage s, Request storage r, uint256 to)
        private
        returns (uint256 misses, uint256 burnAmt, bool freed)
    {
        uint256 e = s.nextSettle;
        uint256 ring = s.provenRing;
        uint256 bits = s.missBits;
        uint256 coll = s.collateral;
        uint256 slash = r.slashPerMiss;
        address provider = s.provider;
        uint256 mask = MISS_WINDOW == 256 ? type(uint256).max : (uint256(1) << MISS_WINDOW) - 1;
        while (e < to) {
            uint256 bit = 1 << (e % PROOF_RING);
            bool missed;
            if (ring & bit != 0) ring &= ~bit;
            else missed = _seed(e) != 0;
            unchecked {
                bits <<= 1;
            }
            if (missed) {
                bits |= 1;
                ++misses;
                uint256 a = slash < coll ? slash : coll;
                coll -= a;
                burnAmt += a;
                emit MissSlashed(slotId, provider, e, a);
            }
            ++e;
            if (missed && _popcountAtLeast(bits & mask, MISS_THRESHOLD)) {
                freed = true;
                break;
            }
        }
        s.provenRing = uint64(ring);
        s.nextSettle = uint32(e);
        s.collateral = uint96(coll);
        s.missBits = bits;
    }

    function _popcountAtLeast(uint256 x, uint256 m) private pure returns (bool) {
        uint256 c;
        while (x != 0) {
            x &= x - 1;
            if (++c >= m) return true;
        }
        return false;
    }

    /// @dev Frees a filled slot: its collateral is burned, its bonus returns to the reserve and
    /// the request fails if more than m slots are now lost. Returns the tokens to burn.
    function _free(bytes32 rid, Request storage r, bytes32 slotId, Slot storage s, FreeReason reason)
        private
        returns (uint256 burnAmt)
    {
        burnAmt = s.collateral;
        address provider = s.provider;
        uint256 bonus = s.pendingBonus;
        s.collateral = 0;
        s.state = SlotState.Freed;
        if (bonus != 0) {
            s.pendingBonus = 0;
            r.reserveLeft += uint128(bonus);
        }
        _roles[rid][provider] = Role.Former;
        uint256 held = r.held - 1;
        r.held = uint8(held);
        emit SlotFreed(rid, slotId, provider, reason, burnAmt);
        RequestState st = r.state;
        if (
            uint256(r.k) + r.m - held > r.m && currentEpoch() < r.endEpoch
                && (st == RequestState.Active || (st == RequestState.Pending && block.number > r.expiry))
        ) {
            burnAmt += _close(rid, r, RequestState.Failed);
        }
    }

    /// @dev Ends a request (Finished, Failed or Cancelled) and credits everything it holds to
    /// pull balances. Finished first settles each held slot through endEpoch and vests bonuses.
    function _close(bytes32 rid, Request storage r, RequestState to) private returns (uint256 burnAmt) {
        r.state = to;
        bool fin = to == RequestState.Finished;
        uint256 n = uint256(r.k) + r.m;
        uint256 refund = r.reserveLeft;
        uint256 paid;
        for (uint256 i; i < n; ++i) {
            bytes32 sid = Challenges.slotId(rid, i);
            Slot storage s = _slots[sid];
            if (s.state == SlotState.Filled) {
                uint256 bonus = s.pendingBonus;
                address provider = s.provider;
                bool keep = true;
                if (fin) {
                    if (r.endEpoch > uint256(s.nextSettle) + MAX_FINISH_LAG) revert SettleFirst(sid);
                    (, uint256 slashed, bool freed) = _applyEpochs(sid, s, r, r.endEpoch);
                    burnAmt += slashed;
                    if (freed) {
                        keep = false;
                        burnAmt += s.collateral;
                        emit SlotFreed(rid, sid, provider, FreeReason.Misses, s.collateral);
                    }
                }
                if (keep) {
                    balanceOf[provider] += s.collateral + (fin ? bonus : 0);
                    if (!fin) refund += bonus;
                } else {
                    refund += bonus;
                }
                s.collateral = 0;
                s.pendingBonus = 0;
                s.state = SlotState.Closed;
            }
            paid += s.paidEpochs;
            burnAmt += _clearReservations(rid, sid, address(0));
        }
        uint256 price = r.price;
        refund += price * n * (uint256(r.endEpoch) - r.startEpoch) - price * paid - r.feesPaid;
        r.reserveLeft = 0;
        r.held = 0;
        balanceOf[r.client] += refund;
        if (to == RequestState.Finished) emit RequestFinished(rid, refund);
        else if (to == RequestState.Failed) emit RequestFailed(rid, refund);
        else emit RequestCancelled(rid, refund);
    }

    /// @dev Removes every reservation of a slot but `keep`'s: unexpired deposits are refunded to
    /// pull balances, lapsed ones burned. `keep`'s entry is removed without refund (its deposit
    /// becomes part of its collateral).
    function _clearReservations(bytes32 rid, bytes32 slotId, address keep) private returns (uint256 burnAmt) {
        Reservation[8] storage rs = _reservations[slotId];
        for (uint256 j; j < MAX_RES; ++j) {
            address who = rs[j].reserver;
            if (who == address(0)) continue;
            if (who == keep) {
                delete rs[j];
                continue;
            }
            bool lapsed = block.number > rs[j].blockNumber + RES_TTL;
            if (!lapsed) balanceOf[who] += RES_DEPOSIT;
            burnAmt += _dropReservation(rid, slotId, rs, j, who, lapsed);
        }
    }

    function _dropReservation(
        bytes32 rid,
        bytes32 slotId,
        Reservation[8] storage rs,
        uint256 j,
        address who,
        bool lapsed
    ) private returns (uint256 burnAmt) {
        delete rs[j];
        _roles[rid][who] = Role.None;
        if (lapsed) {
            burnAmt = RES_DEPOSIT;
            emit ReservationLapsed(slotId, who, burnAmt);
        }
    }

    function _burn(uint256 amount) private {
        if (amount == 0) return;
        burned += amount;
        token.safeTransfer(BURN_ADDRESS, amount);
    }
}
