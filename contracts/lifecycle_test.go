package contracts_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

// TestExpiryWithoutCancel: past expiry with cancelOnExpiry = false, an unfilled
// slot stays open to anyone as a repair (with bonus); a request left with more
// than m unfilled slots can be failed by anyone.
func TestExpiryWithoutCancel(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	provs := f.Accounts[2:6]
	mod := func(p *contracts.IMarketplaceRequestParams) {
		p.Expiry = f.Head() + 10
		p.RepairBonus, p.RepairReserve = tokens(1), tokens(1)
	}
	r := f.request(f.client, mod)
	f.fillAll(r, provs[:2])
	f.NextTxAt(r.p.Expiry + 1)
	f.ExpectRevert(f.Accounts[9], f.MP.PackCancelRequest(r.id), "CannotCancel") // 1 unfilled ≤ m
	f.fill(r, 2, provs[2])                                                      // a repair by anyone
	wantEq(t, "repair bonus", f.SlotInfo(r.slots[2]).PendingBonus, tokens(1))
	if st := f.RequestInfo(r.id).State; st != 2 {
		t.Fatalf("state %d, want Active(2)", st)
	}

	r2 := f.request(f.client, mod)
	f.fill(r2, 0, provs[3])
	f.NextTxAt(r2.p.Expiry + 1)
	before := f.Balance(f.client.Addr)
	f.MustSend(f.Accounts[9], f.MP.PackCancelRequest(r2.id))
	info := f.RequestInfo(r2.id)
	if info.State != 3 {
		t.Fatalf("state %d, want Failed(3)", info.State)
	}
	wantEq(t, "client refund", sub(f.Balance(f.client.Addr), before), f.costOf(r2))
	wantEq(t, "holder collateral back", f.Balance(provs[3].Addr), r2.p.CollateralPerSlot)
}

// TestBonusReturnsOnExit: a repairer who leaves gives its bonus back to the
// reserve, and what is left of the reserve returns to the client at finish.
func TestBonusReturnsOnExit(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	provs := f.Accounts[2:5]
	r := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) {
		p.StartEpoch, p.EndEpoch = p.StartEpoch+2, p.EndEpoch+2
		p.Expiry = f.EpochStart(p.StartEpoch)
		p.RepairBonus, p.RepairReserve = tokens(2), tokens(3)
	})
	f.fillAll(r, provs)
	f.MustSend(provs[2], f.MP.PackExitSlot(r.slots[2]))
	f.fill(r, 2, f.Accounts[6])
	wantEq(t, "reserve after repair", f.RequestInfo(r.id).ReserveLeft, tokens(1))
	f.MustSend(f.Accounts[6], f.MP.PackExitSlot(r.slots[2]))
	wantEq(t, "reserve after the repairer exits", f.RequestInfo(r.id).ReserveLeft, tokens(3))
	f.fill(r, 2, f.Accounts[7])
	s, end := r.p.StartEpoch, r.p.EndEpoch
	for e := s; e < end; e++ {
		f.toEpoch(e)
		for i, a := range []*contracttest.Account{provs[0], provs[1], f.Accounts[7]} {
			f.submit(r, i, a, e)
		}
	}
	f.afterWindow(end - 1)
	f.MustSend(f.Accounts[9], f.MP.PackFinish(r.id))
	price := r.p.PricePerSlotEpoch
	wantEq(t, "repairer", f.Balance(f.Accounts[7].Addr), add(mul(price, int64(end-s)), r.p.CollateralPerSlot, tokens(2)))
	wantEq(t, "client refund: unused reserve", f.Balance(f.client.Addr), tokens(1))
}

// TestSettleLag: proofs may run at most PROOF_RING epochs ahead of the slot's
// settlement, and finish settles at most MAX_FINISH_LAG epochs per slot.
func TestSettleLag(t *testing.T) {
	cfg := contracttest.TestConfig()
	cfg.MissWindow, cfg.MissThreshold, cfg.SlashBps = 256, 200, 100 // nobody is freed here
	f := newFx(t, cfg)
	provs := f.Accounts[2:5]
	r := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) { p.EndEpoch = p.StartEpoch + 70 })
	f.fillAll(r, provs)
	s := r.p.StartEpoch
	f.toEpoch(s + 64)
	f.ExpectRevert(provs[0], f.MP.PackSubmitProof(r.slots[0], s+64, f.epochProof(r, 0, s+64)), "SettleRequired")
	f.MustSend(provs[0], f.MP.PackSettle(r.slots[0]))
	f.submit(r, 0, provs[0], s+64)
	f.afterWindow(r.p.EndEpoch - 1)
	f.ExpectRevert(f.Accounts[9], f.MP.PackFinish(r.id), "SettleFirst")
	f.MustSend(f.Accounts[9], f.MP.PackSettle(r.slots[1]))
	f.MustSend(f.Accounts[9], f.MP.PackSettle(r.slots[2]))
	f.MustSend(f.Accounts[9], f.MP.PackFinish(r.id))
}

// TestVerifyDifferential: the contract's verifyProof agrees with
// proofs.Verify on valid proofs and on random corruptions of them.
func TestVerifyDifferential(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	rng := rand.New(rand.NewPCG(7, 7))
	sizes := []uint64{64, 128, 192, 320, 4096, 64 * 1000, 64 * 1025}
	agree, valid := 0, 0
	for _, size := range sizes {
		shard := prooftest.TestShard([32]byte{byte(size), byte(size >> 8)}, size)
		tr, err := proofs.BuildTree(bytes.NewReader(shard), size)
		if err != nil {
			t.Fatal(err)
		}
		n := size / 64
		for it := 0; it < 12; it++ {
			idx := make([]uint64, 1+rng.IntN(12))
			for i := range idx {
				idx[i] = rng.Uint64N(n)
			}
			pr, err := tr.Prove(bytes.NewReader(shard), idx)
			if err != nil {
				t.Fatal(err)
			}
			root := tr.Root()
			switch it % 6 {
			case 1:
				pr[rng.IntN(len(pr))] ^= byte(1 + rng.IntN(255))
			case 2:
				pr = pr[:rng.IntN(len(pr))]
			case 3:
				pr = append(pr, make([]byte, 1+rng.IntN(64))...)
			case 4:
				idx[rng.IntN(len(idx))] = rng.Uint64N(n + 2) // may be out of range
			case 5:
				root[rng.IntN(32)] ^= 1
			}
			want := proofs.Verify(root, size, idx, pr) == nil
			got := contracttest.Call(f.Env, f.MP.PackVerifyProof(root, new(big.Int).SetUint64(size), bigs(idx), pr), f.MP.UnpackVerifyProof)
			if got != want {
				t.Fatalf("size %d, case %d, indices %v, %d-byte proof: contract %v, Go %v", size, it%6, idx, len(pr), got, want)
			}
			agree++
			if want {
				valid++
			}
		}
	}
	t.Logf("%d cases agree (%d valid)", agree, valid)
}
