package market_test

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Chain reads of the Provider tests: holders, events, proofs.

// holder is the owner and set of the tenure holding slot i of r.
func (w *v2world) holder(r *v2req, i int) (common.Address, uint64) {
	w.t.Helper()
	si, err := w.client.SlotInfo(w.t.Context(), r.id, uint64(i))
	if err != nil {
		w.t.Fatal(err)
	}
	if si.Tenure == nil || si.Tenure.Sign() == 0 {
		return common.Address{}, 0
	}
	set, _ := marketv2.SplitTenure(si.Tenure)
	info, err := w.client.SetInfo(w.t.Context(), set)
	if err != nil {
		w.t.Fatal(err)
	}
	return info.Owner, set
}

// events returns the marketplace's logs of one event.
func (w *v2world) events(event string) []types.Log {
	w.t.Helper()
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		w.t.Fatal(err)
	}
	ls, err := w.client.Client().FilterLogs(w.t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.Dep.Block), Addresses: []common.Address{w.Dep.Marketplace},
		Topics: [][]common.Hash{{a.Events[event].ID}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return ls
}

// proofs maps set → epoch → number of SetProven events.
func (w *v2world) proofs() map[uint64]map[uint64]int {
	w.t.Helper()
	out := map[uint64]map[uint64]int{}
	for _, l := range w.events("SetProven") {
		ev, err := w.abi.UnpackSetProvenEvent(&l)
		if err != nil {
			w.t.Fatal(err)
		}
		if out[ev.SetId] == nil {
			out[ev.SetId] = map[uint64]int{}
		}
		out[ev.SetId][ev.Epoch.Uint64()]++
	}
	return out
}

// settled sums the TenureSettled events of tenure id.
func (w *v2world) settled(id *big.Int) (proven, missed uint64, pay *big.Int) {
	w.t.Helper()
	pay = new(big.Int)
	for _, l := range w.events("TenureSettled") {
		ev, err := w.abi.UnpackTenureSettledEvent(&l)
		if err != nil {
			w.t.Fatal(err)
		}
		if ev.TenureId.Cmp(id) == 0 {
			proven += ev.Proven.Uint64()
			missed += ev.Missed.Uint64()
			pay.Add(pay, ev.Pay)
		}
	}
	return proven, missed, pay
}

// proveTxs maps set → epoch → number of proveSet transactions sent (mined,
// reverted or not), read from every block's transactions.
func (w *v2world) proveTxs() map[uint64]map[uint64]int {
	w.t.Helper()
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		w.t.Fatal(err)
	}
	m := a.Methods["proveSet"]
	out := map[uint64]map[uint64]int{}
	for n := w.Dep.Block; n <= w.Head(); n++ {
		b, err := w.client.Client().BlockByNumber(w.t.Context(), new(big.Int).SetUint64(n))
		if err != nil {
			w.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			d := tx.Data()
			if tx.To() == nil || *tx.To() != w.Dep.Marketplace || len(d) < 4 || !bytes.Equal(d[:4], m.ID) {
				continue
			}
			args, err := m.Inputs.Unpack(d[4:])
			if err != nil {
				w.t.Fatal(err)
			}
			set, epoch := args[0].(uint64), uint64(args[1].(uint32))
			if out[set] == nil {
				out[set] = map[uint64]int{}
			}
			out[set][epoch]++
		}
	}
	return out
}
