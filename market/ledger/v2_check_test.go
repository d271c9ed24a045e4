package ledger_test

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// str prints a binding struct with its big.Ints as numbers.
func str(v any) string { return fmt.Sprintf("%+v", v) }

// noPending drops the fields the ledger cannot derive (docs/ledger.md).
func noPending(ti contracts.IMarketplaceV2TenureInfo) contracts.IMarketplaceV2TenureInfo {
	ti.PendingPay, ti.PendingSlash = nil, nil
	return ti
}

// check2 fails unless the ledger agrees with the lens for every request
// of the fixture (requestInfo, slotInfo but its kind, live reservations),
// every provider's set (setInfo's evented fields, tenureInfo of every
// mid but the pending amounts) and peer info, and with ChainTenures and
// RequestEvents for the same sets and requests.
func (f *fx2) check2(l *ledger.Ledger) {
	f.t.Helper()
	t, ctx := f.t, f.t.Context()
	m := f.client
	head := f.Head()
	for _, r := range f.reqs {
		want, err := m.RequestInfo(ctx, r.id)
		if err != nil {
			t.Fatal(err)
		}
		got, ok, err := l.RequestV2(r.id)
		if err != nil || !ok {
			t.Fatalf("request %x: ok=%v err=%v", r.id[:4], ok, err)
		}
		if g, w := str(got.Info(f.Config.SlashBps)), str(want); g != w {
			t.Fatalf("request %x:\nledger %s\nlens   %s", r.id[:4], g, w)
		}
		if !slices.Equal(got.Params.ShardRoots, r.p.ShardRoots) || !bytes.Equal(got.Params.Manifest, r.p.Manifest) {
			t.Fatalf("request %x: params differ from the request sent", r.id[:4])
		}
		for i := range got.Slots() {
			ws, err := m.SlotInfo(ctx, r.id, uint64(i))
			if err != nil {
				t.Fatal(err)
			}
			ws.Kind = 0
			gs, ok, err := l.SlotV2(r.id, uint64(i))
			if err != nil || !ok {
				t.Fatalf("slot %d of %x: ok=%v err=%v", i, r.id[:4], ok, err)
			}
			if g, w := str(gs.Info()), str(ws); g != w {
				t.Fatalf("slot %d of %x:\nledger %s\nlens   %s", i, r.id[:4], g, w)
			}
			f.checkReservations(l, r, i, head)
		}
	}
	for _, p := range f.provs {
		for _, id := range p.sets {
			f.checkSet(l, id)
		}
		info, ok, err := l.PeerInfo(p.acct.Addr)
		want := []byte("/ip4/127.0.0.1/tcp/4001/p2p/" + p.acct.Addr.Hex()) // v2 has no peer info view
		if err != nil || !ok || !bytes.Equal(info, want) {
			t.Fatalf("peer info of %s: ledger %q (ok=%v err=%v), chain %q", p.acct.Addr, info, ok, err, want)
		}
		sets, err := l.SetsOf(p.acct.Addr)
		ids := make([]uint64, len(sets))
		for i, s := range sets {
			ids[i] = s.ID
		}
		if err != nil || !slices.Equal(ids, p.sets) {
			t.Fatalf("sets of %s: %v (err %v), want %v", p.acct.Addr, ids, err, p.sets)
		}
	}
	f.checkRequestSource(l)
	f.checkIndexes(l)
}

// checkIndexes: the client's requests by nonce, and every reservation
// listed under its reserver.
func (f *fx2) checkIndexes(l *ledger.Ledger) {
	f.t.Helper()
	t := f.t
	mine, err := l.RequestsOfV2(f.client.Self())
	if err != nil || len(mine) != len(f.reqs) {
		t.Fatalf("requests of the client: %d (err %v), want %d", len(mine), err, len(f.reqs))
	}
	for i, r := range f.reqs {
		byNonce, ok, err := l.RequestOfV2(f.client.Self(), mine[i].Nonce)
		if mine[i].ID != r.id || err != nil || !ok || byNonce.ID != r.id || (i > 0 && mine[i].Nonce <= mine[i-1].Nonce) {
			t.Fatalf("client request %d: %x nonce %d (by nonce %x, ok=%v, err %v), want %x", i, mine[i].ID[:4], mine[i].Nonce, byNonce.ID[:4], ok, err, r.id[:4])
		}
		all, err := l.Reservations(r.id)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range all {
			by, err := l.ReservationsBy(x.Reserver)
			if err != nil || !slices.ContainsFunc(by, func(y ledger.Reservation) bool { return str(y) == str(x) }) {
				t.Fatalf("reservation %+v is not listed under its reserver (err %v)", x, err)
			}
		}
	}
}

// checkReservations compares the slot's live reservations that are not
// past their TTL (v2's sweep refunds lapsed ticketed ones silently).
func (f *fx2) checkReservations(l *ledger.Ledger, r *req2, i int, head uint64) {
	f.t.Helper()
	type res struct {
		who      common.Address
		block    uint64
		level    uint8
		ticketed bool
	}
	ttl := f.Config.ReservationTTL
	var want, got []res
	vs, err := f.client.Reservations(f.t.Context(), r.id, uint64(i))
	if err != nil {
		f.t.Fatal(err)
	}
	for _, v := range vs {
		if v.Reserver != (common.Address{}) && v.BlockNumber+ttl >= head {
			want = append(want, res{v.Reserver, v.BlockNumber, v.Level, v.Ticketed})
		}
	}
	ls, err := l.LiveReservations(r.id, uint64(i))
	if err != nil {
		f.t.Fatal(err)
	}
	for _, v := range ls {
		if v.Block+ttl >= head {
			got = append(got, res{v.Reserver, v.Block, v.Level, v.Ticketed})
		}
	}
	cmp := func(a, b res) int { return bytes.Compare(a.who[:], b.who[:]) }
	slices.SortFunc(want, cmp)
	slices.SortFunc(got, cmp)
	if !slices.Equal(got, want) {
		f.t.Fatalf("reservations of slot %d of %x: ledger %+v, lens %+v", i, r.id[:4], got, want)
	}
}

// checkSet compares a set with setInfo and its tenures with tenureInfo and
// with a fresh ChainTenures.
func (f *fx2) checkSet(l *ledger.Ledger, id uint64) {
	f.t.Helper()
	t, ctx := f.t, f.t.Context()
	want, err := f.client.SetInfo(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := l.Set(id)
	if err != nil || !ok {
		t.Fatalf("set %d: ok=%v err=%v", id, ok, err)
	}
	if got.Owner != want.Owner || uint8(got.State) != want.State || uint32(got.Stop) != want.Stop ||
		got.NextMid != want.NextMid || got.Live != want.Live || got.Mask() != want.Mask {
		t.Fatalf("set %d: ledger %+v (mask %b), lens %+v", id, got, got.Mask(), want)
	}
	ts, err := l.SetTenures(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != int(want.NextMid)-1 {
		t.Fatalf("set %d: ledger lists %d tenures, nextMid %d", id, len(ts), want.NextMid)
	}
	chainTs, err := marketv2.NewChainTenures(f.client).Tenures(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	adapted, err := market.LedgerTenures{Ledger: l}.Tenures(ctx, id)
	if err != nil || len(adapted) != len(ts) {
		t.Fatalf("set %d: the adapter lists %d tenures (err %v), the ledger %d", id, len(adapted), err, len(ts))
	}
	if len(chainTs) != len(ts) {
		t.Fatalf("set %d: ChainTenures lists %d, ledger %d", id, len(chainTs), len(ts))
	}
	for i, tv := range ts {
		wi, err := f.client.TenureInfo(ctx, tv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := str(tv.Info), str(noPending(wi)); g != w {
			t.Fatalf("tenure %d/%d:\nledger %s\nlens   %s", id, tv.Mid, g, w)
		}
		ct, at := chainTs[i], adapted[i]
		if ct.Mid != tv.Mid || ct.ID.Cmp(tv.ID) != 0 || str(noPending(ct.Info)) != str(tv.Info) {
			t.Fatalf("tenure %d/%d: ChainTenures %+v, ledger %+v", id, tv.Mid, ct, tv)
		}
		if at.Mid != ct.Mid || at.ID.Cmp(ct.ID) != 0 || str(at.Info) != str(noPending(ct.Info)) || at.Final() != ct.Final() || at.Slot() != ct.Slot() {
			t.Fatalf("tenure %d/%d: adapter %+v, ChainTenures %+v", id, tv.Mid, at, ct)
		}
	}
}

// checkRequestSource: of the requests RequestEvents lists, the adapter
// with All lists exactly the live ones; every one with a slot open now
// (slotInfo's kind) is in the ledger's OpenSlotRequests, and every request
// there is live and listed by RequestEvents.
func (f *fx2) checkRequestSource(l *ledger.Ledger) {
	f.t.Helper()
	t, ctx := f.t, f.t.Context()
	all, err := marketv2.NewRequestEvents(f.client).Requests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	open, err := l.OpenSlotRequests()
	if err != nil {
		t.Fatal(err)
	}
	adapted, err := market.LedgerRequests{Ledger: l}.Requests(ctx)
	if err != nil || len(adapted) != len(open) {
		t.Fatalf("the adapter lists %d requests (err %v), the ledger %d", len(adapted), err, len(open))
	}
	live, err := market.LedgerRequests{Ledger: l, All: true}.Requests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	has := func(rs []marketv2.Request, id [32]byte) bool {
		return slices.ContainsFunc(rs, func(r marketv2.Request) bool { return r.ID == id })
	}
	nLive := 0
	for _, r := range all {
		info, err := f.client.RequestInfo(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		isLive := info.State == marketv2.RequestPending || info.State == marketv2.RequestActive
		if isLive != has(live, r.ID) {
			t.Fatalf("request %x in state %d: listed live = %v", r.ID[:4], info.State, !isLive)
		}
		if isLive {
			nLive++
		}
		openNow := false
		for i := range int(info.K) + int(info.M) {
			si, err := f.client.SlotInfo(ctx, r.ID, uint64(i))
			if err != nil {
				t.Fatal(err)
			}
			openNow = openNow || si.Kind != marketv2.KindClosed
		}
		if openNow && !has(adapted, r.ID) {
			t.Fatalf("request %x has an open slot on chain; the ledger does not list it", r.ID[:4])
		}
	}
	if nLive != len(live) {
		t.Fatalf("the adapter with All lists %d requests, %d are live", len(live), nLive)
	}
	for i, q := range open {
		if adapted[i].ID != q.ID || !q.State.Live() || !has(all, q.ID) {
			t.Fatalf("ledger lists request %x (state %d) as possibly open; RequestEvents: %v", q.ID[:4], q.State, all)
		}
	}
}
