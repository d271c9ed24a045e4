package contracts_test

import (
	"math/big"

	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// checkFunds asserts the funds invariant of PROTOCOL-V2.md §14.1 exactly: the
// marketplace's token balance equals Σ pull balances + Σ_live
// [price·(slotEpochs − paid) + reserveLeft] + Σ_closed price·(covered −
// settled) + Σ_non-Final (collateral + bonus − vested) + deposits held +
// auditFee·(open audits); and every burned token sits at the burn address.
func (f *v2fx) checkFunds(what string) {
	f.t.Helper()
	want := new(big.Int)
	for _, a := range f.Accounts {
		want.Add(want, f.Balance(a.Addr))
	}
	for _, r := range f.reqs {
		ri := f.reqInfo(r)
		price := new(big.Int).Set(ri.Price)
		slotEpochs := uint64(ri.K+ri.M) * uint64(ri.EndEpoch-ri.StartEpoch)
		if !ri.Closed {
			want.Add(want, new(big.Int).Mul(price, new(big.Int).SetUint64(slotEpochs-ri.Paid)))
			want.Add(want, ri.ReserveLeft)
		} else {
			if ri.ReserveLeft.Sign() != 0 {
				f.t.Fatalf("%s: closed request keeps reserve %s", what, ri.ReserveLeft)
			}
			if ri.Covered < ri.Settled {
				f.t.Fatalf("%s: covered %d < settled %d", what, ri.Covered, ri.Settled)
			}
			want.Add(want, new(big.Int).Mul(price, new(big.Int).SetUint64(ri.Covered-ri.Settled)))
		}
		if ri.Paid > ri.Settled || ri.Covered > slotEpochs {
			f.t.Fatalf("%s: paid %d settled %d covered %d slotEpochs %d", what, ri.Paid, ri.Settled, ri.Covered, slotEpochs)
		}
		for i := range r.slots {
			rs := contracttest.LensCall(f.Env, f.lens().PackReservations(r.id, big.NewInt(int64(i))), f.lens().UnpackReservations)
			for _, v := range rs {
				if v.Reserver == ([20]byte{}) {
					continue
				}
				want.Add(want, f.deposit(ri.Collateral, v.Level))
			}
		}
	}
	for _, id := range f.tenures {
		ti := f.tenure(id)
		if ti.Audit != 0 {
			want.Add(want, f.auditFee())
		}
		if ti.Flags&8 != 0 {
			if ti.Collateral.Sign() != 0 {
				f.t.Fatalf("%s: final tenure %s holds collateral %s", what, id, ti.Collateral)
			}
			continue
		}
		if ti.Vested.Cmp(ti.Bonus) > 0 {
			f.t.Fatalf("%s: tenure %s vested %s > bonus %s", what, id, ti.Vested, ti.Bonus)
		}
		want.Add(want, ti.Collateral)
		want.Add(want, new(big.Int).Sub(ti.Bonus, ti.Vested))
	}
	got := f.TokenBalance(f.Dep.Marketplace)
	if got.Cmp(want) != 0 {
		f.t.Fatalf("%s: funds invariant: marketplace holds %s, accounted %s (diff %s)", what, got, want, new(big.Int).Sub(got, want))
	}
	if b, burnt := f.TokenBalance(burnAddr), f.Burned(); b.Cmp(burnt) != 0 {
		f.t.Fatalf("%s: burn address holds %s, burned %s", what, b, burnt)
	}
}

func (f *v2fx) deposit(coll *big.Int, level uint8) *big.Int {
	base := new(big.Int).Mul(coll, big.NewInt(int64(f.Config.DepositBps)))
	base.Add(base, big.NewInt(9999))
	base.Div(base, big.NewInt(10000))
	if base.Cmp(f.Config.MinDeposit) < 0 {
		base.Set(f.Config.MinDeposit)
	}
	return base.Lsh(base, uint(level))
}
