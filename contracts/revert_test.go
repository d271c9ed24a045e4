package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/proofs"
)

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// wrongProofError is the error a proof built for other indices gets: a
// length mismatch if its shape differs, otherwise an invalid proof.
func wrongProofError(t *testing.T, shardSize uint64, want, used []uint64) string {
	t.Helper()
	a, err := proofs.ProofSize(shardSize, want)
	if err != nil {
		t.Fatal(err)
	}
	b, err := proofs.ProofSize(shardSize, used)
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		return "ProofLengthMismatch"
	}
	return "InvalidProof"
}

func TestProofReverts(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	provs := f.Accounts[2:5]
	r := f.request(f.client, nil)
	f.fillAll(r, provs)
	e := r.p.StartEpoch
	f.ExpectRevert(provs[0], f.MP.PackSubmitProof(r.slots[0], e, make([]byte, 64)), "EpochNotStarted")
	f.ExpectRevert(provs[0], f.MP.PackSubmitProof(r.slots[0], e-1, make([]byte, 64)), "EpochNotPayable")
	f.toEpoch(e)
	idx := f.epochIndices(r, 0, e)
	good := r.prove(t, 0, idx)
	if len(good) == len(proofs.Normalize(idx))*64 {
		t.Fatal("proof has no siblings; use a larger shard")
	}
	send := func(a *contracttest.Account, slot int, epoch uint64, pr []byte, want string) {
		t.Helper()
		f.ExpectRevert(a, f.MP.PackSubmitProof(r.slots[slot], epoch, pr), want)
	}
	t.Run("flipped leaf byte", func(t *testing.T) {
		bad := clone(good)
		bad[5] ^= 1
		send(provs[0], 0, e, bad, "InvalidProof")
	})
	t.Run("flipped sibling", func(t *testing.T) {
		bad := clone(good)
		bad[len(bad)-1] ^= 0x80
		send(provs[0], 0, e, bad, "InvalidProof")
	})
	t.Run("wrong index", func(t *testing.T) {
		other := append([]uint64(nil), idx...)
		other[0] = (other[0] + 1) % r.n()
		send(provs[0], 0, e, r.prove(t, 0, other), wrongProofError(t, r.p.ShardSize, idx, other))
	})
	t.Run("trailing and missing bytes", func(t *testing.T) {
		send(provs[0], 0, e, append(clone(good), 0), "ProofLengthMismatch")
		send(provs[0], 0, e, append(clone(good), make([]byte, 32)...), "ProofLengthMismatch")
		send(provs[0], 0, e, good[:len(good)-1], "ProofLengthMismatch")
		send(provs[0], 0, e, good[:len(good)-32], "ProofLengthMismatch")
		send(provs[0], 0, e, nil, "ProofLengthMismatch")
	})
	t.Run("proof for another slot", func(t *testing.T) {
		send(provs[1], 1, e, good, wrongProofError(t, r.p.ShardSize, f.epochIndices(r, 1, e), idx))
		send(provs[1], 0, e, good, "NotSlotHolder")
	})
	t.Run("replay in the same epoch", func(t *testing.T) {
		f.MustSend(provs[0], f.MP.PackSubmitProof(r.slots[0], e, good))
		send(provs[0], 0, e, good, "AlreadyProven")
	})
	t.Run("wrong epoch", func(t *testing.T) {
		f.toEpoch(e + 1) // still inside epoch e's grace window
		next := f.epochIndices(r, 1, e+1)
		send(provs[1], 1, e, r.prove(t, 1, next), wrongProofError(t, r.p.ShardSize, f.epochIndices(r, 1, e), next))
		send(provs[1], 1, e+2, r.prove(t, 1, next), "EpochNotStarted")
		f.submit(r, 1, provs[1], e) // the right proof still passes in the grace window
	})
	t.Run("after the grace window", func(t *testing.T) {
		late := f.epochProof(r, 2, e)
		f.afterWindow(e)
		send(provs[2], 2, e, late, "ProofWindowClosed")
	})
	t.Run("batch skips failures", func(t *testing.T) {
		e1 := e + 1
		p0 := f.epochProof(r, 0, e1)
		bad := clone(p0)
		bad[0] ^= 1
		batch := []contracts.IMarketplaceSlotProof{
			{SlotId: r.slots[0], Epoch: e1, Proof: bad},
			{SlotId: r.slots[0], Epoch: e1, Proof: p0},
			{SlotId: r.slots[0], Epoch: e1, Proof: p0}, // replay
			{SlotId: r.slots[1], Epoch: e1, Proof: p0}, // not the holder
		}
		rc := f.MustSend(provs[0], f.MP.PackSubmitProofs(batch))
		var reasons []string
		proven := 0
		for _, l := range rc.Logs {
			if ev, err := f.MP.UnpackProofFailedEvent(l); err == nil {
				name, _ := contracts.ErrorName(ev.Reason[:])
				reasons = append(reasons, name)
			}
			if _, err := f.MP.UnpackProofSubmittedEvent(l); err == nil {
				proven++
			}
		}
		want := []string{"InvalidProof", "AlreadyProven", "NotSlotHolder"}
		if proven != 1 || len(reasons) != 3 || reasons[0] != want[0] || reasons[1] != want[1] || reasons[2] != want[2] {
			t.Fatalf("batch: proven %d, failures %v; want 1, %v", proven, reasons, want)
		}
	})
	t.Run("settle and exit", func(t *testing.T) {
		f.MustSend(f.Accounts[9], f.MP.PackSettle(r.slots[2])) // epoch e: a miss
		f.ExpectRevert(f.Accounts[9], f.MP.PackSettle(r.slots[2]), "NothingToSettle")
		f.ExpectRevert(provs[0], f.MP.PackExitSlot(r.slots[1]), "NotSlotHolder")
		f.ExpectRevert(f.Accounts[9], f.MP.PackSettle([32]byte{1}), "SlotNotActive")
		f.ExpectRevert(f.Accounts[9], f.MP.PackFinish(r.id), "TooEarly")
	})
}

func TestFillReverts(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	a, b, c, d := f.Accounts[2], f.Accounts[3], f.Accounts[4], f.Accounts[5]
	r := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) {
		p.StartEpoch += 4
		p.EndEpoch += 4
		p.Expiry = f.EpochStart(p.StartEpoch)
	})
	one := big.NewInt(1)
	f.ExpectRevert(f.client, f.MP.PackReserveSlot(r.id, big.NewInt(0)), "NotRegistered")
	f.ExpectRevert(a, f.MP.PackReserveSlot(r.id, big.NewInt(3)), "BadSlotIndex")
	f.ExpectRevert(a, f.MP.PackReserveSlot([32]byte{7}, big.NewInt(0)), "UnknownRequest")
	f.ExpectRevert(a, f.MP.PackFillSlot(r.id, big.NewInt(0), make([]byte, 64)), "NoReservation")
	rbA := f.reserve(r, 0, a)
	f.ExpectRevert(a, f.MP.PackReserveSlot(r.id, one), "AlreadyInRequest")
	f.ExpectRevert(a, f.MP.PackFillSlot(r.id, big.NewInt(0), make([]byte, 64)), "FillTooEarly")
	rbB := f.reserve(r, 0, b)
	f.ExpectRevert(c, f.MP.PackReserveSlot(r.id, big.NewInt(0)), "TooManyReservations")

	// B sends A's fill proof (copied from the mempool): B's challenges differ.
	proofA := f.fillProof(r, 0, a, rbA)
	f.fillProof(r, 0, b, rbB) // mines until B's fill block exists
	idxA := f.fillIndices(r, 0, a, rbA)
	idxB := f.fillIndices(r, 0, b, rbB)
	f.ExpectRevert(b, f.MP.PackFillSlot(r.id, big.NewInt(0), proofA), wrongProofError(t, r.p.ShardSize, idxB, idxA))
	bad := clone(proofA)
	bad[len(bad)-3] ^= 1
	f.ExpectRevert(a, f.MP.PackFillSlot(r.id, big.NewInt(0), bad), "InvalidProof")
	f.ExpectRevert(a, f.MP.PackFillSlot(r.id, big.NewInt(0), append(clone(proofA), 1)), "ProofLengthMismatch")

	// Expired reservation: C's deposit is forfeited (burned) when swept.
	rbC := f.reserve(r, 1, c)
	proofC := f.fillProof(r, 1, c, rbC)
	f.NextTxAt(rbC + f.Config.ReservationTTL + 1)
	f.ExpectRevert(c, f.MP.PackFillSlot(r.id, one, proofC), "ReservationExpired")
	burned0 := f.Burned()
	rc := f.MustSend(f.Accounts[9], f.MP.PackSweepReservations(r.id, one))
	wantEq(t, "burned after sweep", f.Burned(), add(burned0, f.Config.ReservationDeposit))
	lapsed := false
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackReservationLapsedEvent(l); err == nil && ev.Reserver == c.Addr {
			lapsed = true
		}
	}
	if !lapsed {
		t.Fatal("no ReservationLapsed event")
	}
	if n := len(f.Reservations(r.slots[1])); n != 0 {
		t.Fatalf("%d reservations left on slot 1", n)
	}

	// A fills slot 0 (B's reservation, expired by now too, is burned).
	rbA = f.reserve(r, 2, d) // D takes slot 2 meanwhile
	_ = rbA
	proofA = f.fillProof(r, 0, a, f.reservationBlock(r, 0, a))
	f.ExpectRevert(a, f.MP.PackFillSlot(r.id, big.NewInt(0), proofA), "ReservationExpired")
	f.fill(r, 1, c) // C may come back: its lapsed reservation was cleared
	f.ExpectRevert(d, f.MP.PackReserveSlot(r.id, big.NewInt(0)), "AlreadyInRequest")
	f.ExpectRevert(f.Accounts[6], f.MP.PackReserveSlot(r.id, one), "SlotNotOpen")

	t.Run("allowed providers", func(t *testing.T) {
		r2 := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) {
			p.AllowedProviders = []common.Address{f.Accounts[7].Addr, {}, {}}
		})
		f.ExpectRevert(f.Accounts[6], f.MP.PackReserveSlot(r2.id, big.NewInt(0)), "NotAllowedProvider")
		f.reserve(r2, 0, f.Accounts[7])
		f.reserve(r2, 1, f.Accounts[6])
	})
	t.Run("cancel", func(t *testing.T) {
		r3 := f.request(f.client, nil)
		f.ExpectRevert(f.Accounts[9], f.MP.PackCancelRequest(r3.id), "CannotCancel")
		before := f.Balance(f.client.Addr)
		f.MustSend(f.client, f.MP.PackCancelRequest(r3.id))
		wantEq(t, "refund", sub(f.Balance(f.client.Addr), before), f.costOf(r3))
		f.ExpectRevert(f.client, f.MP.PackCancelRequest(r3.id), "CannotCancel")
		f.ExpectRevert(f.Accounts[6], f.MP.PackReserveSlot(r3.id, big.NewInt(0)), "RequestNotLive")
	})
	t.Run("expiry", func(t *testing.T) {
		r4 := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) {
			p.CancelOnExpiry = true
			p.Expiry = f.Head() + 5
		})
		f.fill(r4, 0, f.Accounts[6])
		f.NextTxAt(r4.p.Expiry + 1)
		f.ExpectRevert(f.Accounts[7], f.MP.PackReserveSlot(r4.id, one), "RequestExpired")
		before := f.Balance(f.Accounts[6].Addr)
		f.MustSend(f.Accounts[9], f.MP.PackCancelRequest(r4.id))
		wantEq(t, "collateral back", sub(f.Balance(f.Accounts[6].Addr), before), r4.p.CollateralPerSlot)
		if st := f.RequestInfo(r4.id).State; st != 4 {
			t.Fatalf("state %d, want Cancelled(4)", st)
		}
	})
}

func (f *fx) reservationBlock(r *req, i int, a *contracttest.Account) uint64 {
	for _, v := range f.Reservations(r.slots[i]) {
		if v.Reserver == a.Addr {
			return v.BlockNumber
		}
	}
	f.t.Fatalf("no reservation of %s on slot %d", a.Addr, i)
	return 0
}

func (f *fx) costOf(r *req) *big.Int {
	return contracttest.Call(f.Env, f.MP.PackRequestCost(r.p), f.MP.UnpackRequestCost)
}

func TestParamReverts(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	cases := []struct {
		name string
		mod  func(p *contracts.IMarketplaceRequestParams)
		want string
	}{
		{"k = 0", func(p *contracts.IMarketplaceRequestParams) { p.K = 0 }, "BadRedundancy"},
		{"m = 0", func(p *contracts.IMarketplaceRequestParams) { p.M = 0 }, "BadRedundancy"},
		{"k+m > 32", func(p *contracts.IMarketplaceRequestParams) { p.K, p.M = 30, 3 }, "BadRedundancy"},
		{"roots count", func(p *contracts.IMarketplaceRequestParams) { p.ShardRoots = p.ShardRoots[:2] }, "RootsCountMismatch"},
		{"zero size", func(p *contracts.IMarketplaceRequestParams) { p.ShardSize = 0 }, "BadShardSize"},
		{"size not multiple of 64", func(p *contracts.IMarketplaceRequestParams) { p.ShardSize = 100 }, "BadShardSize"},
		{"size too large", func(p *contracts.IMarketplaceRequestParams) { p.ShardSize = 2 << 20 }, "BadShardSize"},
		{"duplicate root", func(p *contracts.IMarketplaceRequestParams) { p.ShardRoots[2] = p.ShardRoots[0] }, "BadRoot"},
		{"zero root", func(p *contracts.IMarketplaceRequestParams) { p.ShardRoots[1] = [32]byte{} }, "BadRoot"},
		{"allowed count", func(p *contracts.IMarketplaceRequestParams) { p.AllowedProviders = make([]common.Address, 2) }, "AllowedProvidersMismatch"},
		{"start in the past", func(p *contracts.IMarketplaceRequestParams) { p.StartEpoch = 0 }, "BadTimeline"},
		{"end before start", func(p *contracts.IMarketplaceRequestParams) { p.EndEpoch = p.StartEpoch }, "BadTimeline"},
		{"expiry passed", func(p *contracts.IMarketplaceRequestParams) { p.Expiry = 1 }, "BadExpiry"},
		{"expiry after end", func(p *contracts.IMarketplaceRequestParams) { p.Expiry = f.EpochStart(p.EndEpoch) + 1 }, "BadExpiry"},
		{"zero price", func(p *contracts.IMarketplaceRequestParams) { p.PricePerSlotEpoch = new(big.Int) }, "BadAmount"},
		{"collateral below deposit", func(p *contracts.IMarketplaceRequestParams) { p.CollateralPerSlot = milli(999) }, "BadAmount"},
		{"bonus above reserve", func(p *contracts.IMarketplaceRequestParams) { p.RepairBonus = tokens(1) }, "BadAmount"},
		{"zero auth key", func(p *contracts.IMarketplaceRequestParams) { p.AuthKey = common.Address{} }, "BadAuthKey"},
		{"manifest too large", func(p *contracts.IMarketplaceRequestParams) { p.Manifest = make([]byte, 4097) }, "ManifestTooLarge"},
	}
	base := f.defaultParams()
	f.shardsFor(&base)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := base
			p.ShardRoots = append([][32]byte(nil), base.ShardRoots...)
			c.mod(&p)
			f.ExpectRevert(f.client, f.MP.PackRequestStorage(p), c.want)
		})
	}
	t.Run("peer info", func(t *testing.T) {
		f.ExpectRevert(f.client, f.MP.PackRegisterProvider(nil), "BadPeerInfo")
		f.ExpectRevert(f.client, f.MP.PackRegisterProvider(bytes.Repeat([]byte{1}, 1025)), "BadPeerInfo")
	})
	t.Run("bad config", func(t *testing.T) {
		cfg := contracttest.TestConfig()
		cfg.Token = f.Dep.Token
		cfg.GraceBlocks = cfg.EpochBlocks
		_, _, err := contracts.DeployMarketplace(t.Context(), f.Client, f.Accounts[0].Auth, cfg)
		if name := contracttest.ErrorName(contracttest.AsRevert(err)); name != "BadConfig" {
			t.Fatalf("deploy with grace ≥ epoch: %v, want BadConfig", err)
		}
	})
	t.Run("permit", func(t *testing.T) {
		f.permitRequest(t)
	})
}
