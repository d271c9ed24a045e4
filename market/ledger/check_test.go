package ledger_test

import (
	"bytes"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/market/ledger"
)

// check fails unless the ledger agrees with the contract's views for the
// requests, their slots and live reservations, and the providers.
func (f *fx) check(l *ledger.Ledger, reqs ...*req) {
	f.t.Helper()
	t := f.t
	open, err := l.OpenRequests()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reqs {
		info := f.RequestInfo(r.id)
		got, ok, err := l.Request(r.id)
		if err != nil || !ok {
			t.Fatalf("request %x: ok=%v err=%v", r.id[:4], ok, err)
		}
		if got.State != ledger.RequestState(info.State) || got.Held != info.Held || got.Client != info.Client {
			t.Fatalf("request %x: ledger state %s held %d client %s, chain state %d held %d client %s",
				r.id[:4], got.State, got.Held, got.Client, info.State, info.Held, info.Client)
		}
		if !slices.Equal(got.Params.ShardRoots, r.p.ShardRoots) || !bytes.Equal(got.Params.Manifest, r.p.Manifest) {
			t.Fatalf("request %x: params differ from the request sent", r.id[:4])
		}
		isOpen := slices.ContainsFunc(open, func(o ledger.Request) bool { return o.ID == r.id })
		if isOpen != got.State.Open() {
			t.Fatalf("request %x in state %s: listed open = %v", r.id[:4], got.State, isOpen)
		}
		for i, sid := range r.slots {
			f.checkSlot(l, r.id, sid, i)
		}
	}
	provs, err := l.Providers()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range f.Accounts[2:] {
		want := contracttest.Call(f.Env, f.MP.PackPeerInfo(a.Addr), f.MP.UnpackPeerInfo)
		if !bytes.Equal(provs[a.Addr], want) {
			t.Fatalf("provider %s: ledger %q, chain %q", a.Addr, provs[a.Addr], want)
		}
	}
}

func (f *fx) checkSlot(l *ledger.Ledger, rid, sid [32]byte, i int) {
	t := f.t
	t.Helper()
	si := f.SlotInfo(sid)
	s, ok, err := l.Slot(sid)
	if err != nil {
		t.Fatal(err)
	}
	if si.Provider == (common.Address{}) {
		if ok && (s.State != ledger.SlotOpen || s.Holder != (common.Address{})) {
			t.Fatalf("slot %d: never filled on chain, ledger %+v", i, s)
		}
	} else {
		if !ok {
			t.Fatalf("slot %d: filled on chain, unknown to the ledger", i)
		}
		if s.State != ledger.SlotState(si.State) || s.Holder != si.Provider || s.FillEpoch != si.FillEpoch || s.Index != uint64(si.Index) {
			t.Fatalf("slot %d: ledger %s by %s fill epoch %d index %d, chain %d by %s fill epoch %d index %d",
				i, s.State, s.Holder, s.FillEpoch, s.Index, si.State, si.Provider, si.FillEpoch, si.Index)
		}
		st, err := l.SlotStats(sid)
		if err != nil {
			t.Fatal(err)
		}
		if st.Proofs != si.PaidEpochs {
			t.Fatalf("slot %d: ledger %d proofs, chain %d paid epochs", i, st.Proofs, si.PaidEpochs)
		}
	}
	type live struct {
		who common.Address
		at  uint64
	}
	var want, got []live
	for _, r := range f.Reservations(sid) {
		want = append(want, live{r.Reserver, r.BlockNumber})
	}
	rs, err := l.Reservations(rid)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.Slot == sid && r.State == ledger.ReservationLive {
			got = append(got, live{r.Reserver, r.Block})
		}
	}
	cmp := func(a, b live) int { return bytes.Compare(a.who[:], b.who[:]) }
	slices.SortFunc(want, cmp)
	slices.SortFunc(got, cmp)
	if !slices.Equal(got, want) {
		t.Fatalf("slot %d live reservations: ledger %v, chain %v", i, got, want)
	}
}
