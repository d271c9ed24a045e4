package contracts_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// TestV2Reverts: each guarded path reverts with its custom error, including
// the attacks of §15 reachable in one call (A17 a third party extends, A21
// someone else proves a set, A23 a member removed twice, A24 accepting
// after close, L-2 reservations that could not be filled before the end).
func TestV2Reverts(t *testing.T) {
	w := newWorld(t, func(p *contracts.IMarketplaceV2RequestParams) { p.EndEpoch = p.StartEpoch + 20 })
	stranger := w.Accounts[6]
	unregistered := w.client // clients need no registration
	x := w.CurrentEpoch()
	cases := []struct {
		name string
		from *contracttest.Account
		data []byte
		err  string
	}{
		{"createSet unregistered", unregistered, w.MP.PackCreateSet(), "NotRegistered"},
		{"A21 prove someone else's set", stranger, w.MP.PackProveSet(w.sets[0], uint32(x), nil), "NotSetOwner"},
		{"prove a future epoch", w.provs[0], w.MP.PackProveSet(w.sets[0], uint32(x+3), nil), "EpochNotStarted"},
		{"prove a closed window", w.provs[0], w.MP.PackProveSet(w.sets[0], 0, nil), "ProofWindowClosed"},
		{"A17 third party extends", stranger, w.MP.PackExtendRequest(w.r.id, uint32(w.r.p.EndEpoch+5), new(big.Int)), "NotClient"},
		{"terminate by a stranger", stranger, w.MP.PackTerminateRequest(w.r.id), "NotClient"},
		{"finish too early", stranger, w.MP.PackFinish(w.r.id), "TooEarly"},
		{"cancel an active request", stranger, w.MP.PackCancelRequest(w.r.id), "CannotCancel"},
		{"fail a healthy request", stranger, w.MP.PackFailRequest(w.r.id), "NotFailed"},
		{"reserve a held slot", stranger, w.MP.PackReserveSlot(w.r.id, big.NewInt(0)), "SlotNotOpen"},
		{"remove a live member", stranger, w.MP.PackRemoveMembers(w.sets[0], []uint32{uint32(w.tids[0].Uint64())}), "NotRemovable"},
		{"declare in someone else's set", stranger, w.MP.PackDeclareFaults(w.sets[0], []uint32{1}), "NotSetOwner"},
		{"settle nothing", stranger, w.MP.PackSettle(w.tids), "NothingToSettle"},
		{"resolve without audit", stranger, w.MP.PackResolveAudit(w.tids[0]), "NoAudit"},
		{"answer without audit", w.provs[0], w.MP.PackAnswerAudit(w.tids[0], nil), "NoAudit"},
		{"withdraw nothing", stranger, w.MP.PackWithdraw(), "NothingToWithdraw"},
		{"poke the future", stranger, w.MP.PackPoke(x + 5), "EpochNotStarted"},
		{"accept a foreign tenure", stranger, w.MP.PackAcceptExtension(w.tids[:1]), "NotSetOwner"},
	}
	for _, c := range cases {
		_, err := w.Send(c.from, c.data)
		if got := contracttest.ErrorName(err); got != c.err {
			t.Errorf("%s: got %q (%v), want %s", c.name, got, err, c.err)
		}
	}
	// Requests: repair bonus at least the collateral (M-1), collateral under the floor (A2).
	for _, c := range []struct {
		name string
		mod  func(*contracts.IMarketplaceV2RequestParams)
		err  string
	}{
		{"bonus ≥ collateral", func(p *contracts.IMarketplaceV2RequestParams) {
			p.RepairBonus, p.RepairReserve = tokens(10), tokens(10)
		}, "BadAmount"},
		{"collateral under the floor", func(p *contracts.IMarketplaceV2RequestParams) {
			p.ShardSize = 1 << 20
			p.CollateralPerSlot = big.NewInt(1)
		}, "BadAmount"},
		{"shard too large", func(p *contracts.IMarketplaceV2RequestParams) { p.ShardSize = 2 << 20 }, "BadShardSize"},
		{"start in the past", func(p *contracts.IMarketplaceV2RequestParams) { p.StartEpoch = 0 }, "BadTimeline"},
	} {
		_, err := w.tryRequest(w.client, c.mod)
		if got := contracttest.ErrorName(err); got != c.err {
			t.Errorf("%s: got %q (%v), want %s", c.name, got, err, c.err)
		}
	}
	// L-2: a reservation that cannot be filled before the end is refused.
	short := w.request(w.client, func(p *contracts.IMarketplaceV2RequestParams) { p.EndEpoch = p.StartEpoch + 1 })
	w.ExpectRevert(stranger, w.MP.PackReserveSlot(short.id, big.NewInt(0)), "RequestEnding")
	// A23: a removed member cannot be removed (or declared) again.
	w.MustSend(w.provs[0], w.MP.PackDeclareFaults(w.sets[0], []uint32{uint32(w.tids[0].Uint64())}))
	w.ExpectRevert(w.provs[0], w.MP.PackDeclareFaults(w.sets[0], []uint32{uint32(w.tids[0].Uint64())}), "NotCurrentTenure")
	// A24: no acceptance after close.
	w.MustSend(w.client, w.MP.PackExtendRequest(w.r.id, uint32(w.r.p.EndEpoch+5), new(big.Int)))
	w.MustSend(w.client, w.MP.PackTerminateRequest(w.r.id))
	w.ExpectRevert(w.provs[1], w.MP.PackAcceptExtension(w.tids[1:2]), "RequestNotLive")
	w.checkFunds("reverts")
}

// TestV2LateRepairNoBonus (A12, M-1): a Repair with W or fewer epochs left
// earns no bonus; one with more earns it, and it vests only with proven
// epochs.
func TestV2LateRepairNoBonus(t *testing.T) {
	cfg := contracttest.TestConfig()
	w := newWorld(t, func(p *contracts.IMarketplaceV2RequestParams) {
		p.EndEpoch = p.StartEpoch + uint64(cfg.MissWindow) + 4
		p.RepairBonus, p.RepairReserve = tokens(2), tokens(6)
	})
	repairer := w.Accounts[5]
	rset := w.createSet(repairer)
	w.run(w.r.p.StartEpoch + 1)
	w.MustSend(w.provs[0], w.MP.PackDeclareFaults(w.sets[0], []uint32{uint32(w.tids[0].Uint64())}))
	nt := w.fill(w.r, 0, repairer, rset)
	if ti := w.tenure(nt); ti.Bonus.Cmp(tokens(2)) != 0 || ti.Vested.Sign() != 0 {
		t.Fatalf("early repair: bonus %s vested %s, want 2 tokens unvested", ti.Bonus, ti.Vested)
	}
	w.checkFunds("early repair")
	// Run until only W epochs are left, then fault slot 1 and repair it.
	sets := append(append([]uint64{}, w.sets...), rset)
	owners := append(append([]*contracttest.Account{}, w.provs...), repairer)
	for e := w.CurrentEpoch(); e+uint64(cfg.MissWindow) < w.r.p.EndEpoch; e++ {
		w.proveEpoch(e, sets, owners)
	}
	w.MustSend(w.provs[1], w.MP.PackDeclareFaults(w.sets[1], []uint32{uint32(w.tids[1].Uint64())}))
	late := w.Accounts[6]
	lset := w.createSet(late)
	lt := w.fill(w.r, 1, late, lset)
	if ti := w.tenure(lt); ti.Bonus.Sign() != 0 {
		t.Fatalf("late repair (≤ W epochs left) got bonus %s", ti.Bonus)
	}
	w.checkFunds("late repair")
}
