package marketv2_test

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func (w *world) keeper(cfg marketv2.KeepConfig, ids ...[32]byte) *marketv2.Keeper {
	w.t.Helper()
	k, err := marketv2.NewKeeper(cfg, w.log().With("service", "keeper"), marketv2.KeeperDeps{
		Chain: w.Client, Clock: w.Client.Clock, Client: w.Client.Self(),
		Notice: uint64(w.Client.Config.MissWindow), Keep: ids,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(k.Close)
	return k
}

func keepConfig(t *testing.T, period uint64, total *big.Int) marketv2.KeepConfig {
	cfg := marketv2.DefaultKeepConfig()
	cfg.Period, cfg.Margin = period, 1
	cfg.Budget.Total = total
	cfg.Journal = filepath.Join(t.TempDir(), "keep.json")
	return cfg
}

func (w *world) endOf(id [32]byte) uint64 {
	w.t.Helper()
	ri, err := w.Client.RequestInfo(w.t.Context(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return uint64(ri.EndEpoch)
}

func (w *world) clientTokens() *big.Int { return w.TokenBalance(w.Client.Self()) }

// The keeper extends a kept request once it is within notice + margin of
// its end, the holders accept (Prover.Step), the request lives past its
// original end and the holders are paid for the extra epochs; the second
// extension is past the budget and refused with ErrOverBudget.
func TestKeeperExtendsBeforeNoticeAndHoldersAccept(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(3, 12)
	r := w.request(4096, start, end)
	tids := []*big.Int{a.fill(r, 0, 0), b.fill(r, 1, 0)}
	const period = 5
	cost := contracts.Tokens(2 * period) // price 1 × (k+m) 2 × 5 epochs
	k := w.keeper(keepConfig(t, period, cost), r.id)
	qs, sum, err := k.Quote(t.Context(), [][32]byte{r.id})
	if err != nil || len(qs) != 1 || sum.Cmp(cost) != 0 || qs[0].NewEnd != end+period {
		t.Fatalf("quote %+v, sum %s, %v; want %s to %d", qs, sum, err, cost, end+period)
	}
	notice := uint64(w.Config.MissWindow)
	before := w.clientTokens()
	var extendedAt uint64
	var overBudget bool
	newEnd := end + period
	for e := w.CurrentEpoch(); e <= newEnd+1; e++ {
		w.step(e, a, b)
		err := k.Step(t.Context(), e)
		if extendedAt == 0 && w.endOf(r.id) == newEnd {
			extendedAt = e
		}
		switch {
		case errors.Is(err, marketv2.ErrOverBudget):
			overBudget = true
		case err != nil && !errors.Is(err, marketv2.ErrTooLateToExtend):
			t.Fatalf("keeper step %d: %v", e, err)
		}
	}
	if extendedAt == 0 || extendedAt+notice > end || extendedAt+notice+1 < end {
		t.Fatalf("extended in epoch %d; want within notice %d + margin 1 of end %d", extendedAt, notice, end)
	}
	if got := new(big.Int).Sub(before, w.clientTokens()); got.Cmp(cost) != 0 {
		t.Fatalf("client spent %s, want one extension %s", got, cost)
	}
	if !overBudget || w.endOf(r.id) != newEnd {
		t.Fatalf("second extension: over budget %t, end %d (want refused, %d)", overBudget, w.endOf(r.id), newEnd)
	}
	if total, _ := k.Spent(w.CurrentEpoch()); total.Cmp(cost) != 0 {
		t.Fatalf("journal spent %s, want %s", total, cost)
	}
	for i, p := range []*provider{a, b} {
		ti := w.tenure(tids[i])
		if uint64(ti.End) != newEnd || uint64(ti.Proven) != newEnd-uint64(ti.Join) || uint64(ti.Proven) <= end-uint64(ti.Join) {
			t.Errorf("tenure %d: end %d, proven %d from %d; want accepted to %d and proven past %d", i, ti.End, ti.Proven, ti.Join, newEnd, end)
		}
		want := new(big.Int).Mul(contracts.Tokens(1), big.NewInt(int64(ti.Proven)))
		want.Add(want, contracts.Tokens(10))
		if got, err := p.Market.Balance(t.Context(), p.acct.Addr); err != nil || got.Cmp(want) != 0 {
			t.Errorf("holder %d balance %s, want %s (%v)", i, got, want, err)
		}
	}
}

// A budget too small for one extension (in total or this month) refuses it
// with ErrOverBudget and sends nothing.
func TestKeeperOverBudgetSendsNothing(t *testing.T) {
	w := newWorld(t)
	start, end := w.window(2, 12)
	r := w.request(4096, start, end)
	cost := contracts.Tokens(2 * 4)
	short := new(big.Int).Sub(cost, big.NewInt(1))
	for _, tc := range []struct {
		name           string
		total, monthly *big.Int
	}{
		{"total", short, nil},
		{"monthly", nil, short},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := keepConfig(t, 4, tc.total)
			cfg.Budget.Monthly, cfg.Budget.MonthEpochs = tc.monthly, 100
			k := w.keeper(cfg, r.id)
			_, sum, err := k.Quote(t.Context(), [][32]byte{r.id})
			if err != nil || sum.Cmp(cost) != 0 {
				t.Fatalf("quote %s, %v; want %s", sum, err, cost)
			}
			w.ToEpoch(end-uint64(w.Config.MissWindow)-1, 1)
			before := w.clientTokens()
			err = k.Step(t.Context(), w.CurrentEpoch())
			if !errors.Is(err, marketv2.ErrOverBudget) {
				t.Fatalf("step: %v, want ErrOverBudget", err)
			}
			if w.endOf(r.id) != end || w.clientTokens().Cmp(before) != 0 {
				t.Fatalf("end %d (want %d), tokens %s → %s: something was sent", w.endOf(r.id), end, before, w.clientTokens())
			}
			if total, _ := k.Spent(w.CurrentEpoch()); total.Sign() != 0 {
				t.Fatalf("journal spent %s", total)
			}
		})
	}
}

// A crash between the journal's pending entry and its completion: whether
// the transaction landed or not, the restarted keeper extends exactly once
// (the client's token balance moves by one extension).
func TestKeeperRestartDoesNotExtendTwice(t *testing.T) {
	for _, landed := range []bool{true, false} {
		t.Run(fmt.Sprintf("landed=%t", landed), func(t *testing.T) {
			w := newWorld(t)
			start, end := w.window(2, 12)
			r := w.request(4096, start, end)
			const period = 3
			cost := contracts.Tokens(2 * period)
			cfg := keepConfig(t, period, contracts.Tokens(1000))
			w.ToEpoch(end-uint64(w.Config.MissWindow)-1, 1)
			e := w.CurrentEpoch()
			before := w.clientTokens()
			// The crashed keeper wrote its pending entry, then maybe sent.
			j := fmt.Sprintf(`{"entries":[{"request":%q,"from_end":%d,"new_end":%d,"cost":%q,"epoch":%d,"done":false}]}`,
				common.Hash(r.id).Hex(), end, end+period, cost.String(), e)
			if err := os.WriteFile(cfg.Journal, []byte(j), 0o600); err != nil {
				t.Fatal(err)
			}
			if landed {
				if err := w.Client.ExtendRequest(t.Context(), r.id, end+period, nil); err != nil {
					t.Fatal(err)
				}
			}
			k := w.keeper(cfg, r.id)
			for range 2 {
				if err := k.Step(t.Context(), e); err != nil {
					t.Fatalf("step after restart: %v", err)
				}
			}
			if got := new(big.Int).Sub(before, w.clientTokens()); got.Cmp(cost) != 0 || w.endOf(r.id) != end+period {
				t.Fatalf("spent %s, end %d; want one extension (%s, end %d)", got, w.endOf(r.id), cost, end+period)
			}
			if total, _ := k.Spent(e); total.Cmp(cost) != 0 {
				t.Fatalf("journal spent %s, want %s", total, cost)
			}
		})
	}
}

// A request whose repair reserve is below ReserveLow is topped up by the
// extension, and the top-up counts against the budget.
func TestKeeperTopsUpLowReserve(t *testing.T) {
	w := newWorld(t)
	start, end := w.window(2, 12)
	r := w.request(4096, start, end)
	cfg := keepConfig(t, 2, nil)
	cfg.ReserveLow, cfg.ReserveTopUp = contracts.Tokens(1), contracts.Tokens(3)
	k := w.keeper(cfg, r.id)
	want := new(big.Int).Add(contracts.Tokens(2*2), contracts.Tokens(3))
	if qs, sum, err := k.Quote(t.Context(), [][32]byte{r.id}); err != nil || sum.Cmp(want) != 0 || qs[0].TopUp.Cmp(contracts.Tokens(3)) != 0 {
		t.Fatalf("quote %+v, %s, %v; want %s with a 3-token top-up", qs, sum, err, want)
	}
	w.ToEpoch(end-uint64(w.Config.MissWindow)-1, 1)
	before := w.clientTokens()
	if err := k.Step(t.Context(), w.CurrentEpoch()); err != nil {
		t.Fatal(err)
	}
	ri, err := w.Client.RequestInfo(t.Context(), r.id)
	if err != nil {
		t.Fatal(err)
	}
	spent := new(big.Int).Sub(before, w.clientTokens())
	if ri.ReserveLeft.Cmp(contracts.Tokens(3)) != 0 || spent.Cmp(want) != 0 || uint64(ri.EndEpoch) != end+2 {
		t.Fatalf("reserve %s, spent %s, end %d; want 3 tokens, %s, %d", ri.ReserveLeft, spent, ri.EndEpoch, want, end+2)
	}
	if total, _ := k.Spent(w.CurrentEpoch()); total.Cmp(want) != 0 {
		t.Fatalf("journal spent %s, want %s", total, want)
	}
}
