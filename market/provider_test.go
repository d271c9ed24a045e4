package market_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/storage"
)

// Six providers sell a 4+2 request made through RequestStorage with the
// storage encoder's real roots: each reserves one slot, receives its shard
// by a p2p push signed by the request's auth key and fills it; then over
// the request's first epochs every set sends exactly one proveSet per
// epoch, the chain records them, and each tenure is settled at exactly
// price × proven epochs.
func TestProviderFillsRequestAndProves(t *testing.T) {
	w := newV2World(t)
	for i := 2; i <= 7; i++ {
		w.addProvider(i, v2Config())
	}
	start := w.CurrentEpoch() + 4
	end := start + 6
	r := w.request(4, 2, 200_000, start, end)
	w.drive(start+4, w.provs, r)

	owners := map[common.Address]bool{}
	for i := range r.shards {
		owner, set := w.holder(r, i)
		vp := w.provider(owner)
		if set == 0 || vp == nil || vp.set() != set {
			t.Fatalf("slot %d: held by set %d of %s, want one of our providers' sets", i, set, owner)
		}
		if got := w.pushedTo(r.slot(i)); got != owner {
			t.Errorf("slot %d: pushed to %s, filled by %s", i, got, owner)
		}
		owners[owner] = true
		info, err := vp.store().Info(storage.SlotID(r.slot(i)))
		if err != nil || info.State != storage.StateProving {
			t.Errorf("slot %d: shard %+v, %v; want proving", i, info, err)
		}
	}
	if len(owners) != 6 {
		t.Fatalf("%d providers hold the 6 slots, want 6", len(owners))
	}
	proofs, sent := w.proofs(), w.proveTxs()
	price := r.p.PricePerSlotEpoch
	for _, vp := range w.provs {
		set := vp.set()
		for e, n := range sent[set] {
			if n != 1 || proofs[set][e] != 1 {
				t.Errorf("set %d epoch %d: %d proveSet sent, %d SetProven; want 1 and 1", set, e, n, proofs[set][e])
			}
		}
		if len(sent[set]) != len(proofs[set]) {
			t.Errorf("set %d: proveSet sent for epochs %v, proven %v", set, sent[set], proofs[set])
		}
		for e := start; e < start+3; e++ {
			if proofs[set][e] != 1 {
				t.Errorf("set %d: epoch %d not proven", set, e)
			}
		}
		st, err := vp.p.Status(t.Context())
		if err != nil || len(st.Sets) != 1 {
			t.Fatalf("status: %+v, %v", st, err)
		}
		ss := st.Sets[0]
		if ss.SetID != set || ss.StateName != "active" || ss.Members != 1 || ss.Bytes != r.p.ShardSize ||
			uint64(ss.CumProven) != uint64(len(proofs[set])) || ss.CumMissed != 0 || ss.Local.Missed != 0 || ss.Local.Proven < 3 {
			t.Errorf("set %d status %+v; %d epochs proven on chain", set, ss, len(proofs[set]))
		}
		if h := vp.p.Health(t.Context()); h.Status != "ok" {
			t.Errorf("provider %d health %+v", vp.acct.Index, h)
		}
	}
	for i := range r.shards {
		si, err := w.client.SlotInfo(t.Context(), r.id, uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		proven, missed, pay := w.settled(si.Tenure)
		if proven < 3 || missed != 0 || pay.Cmp(new(big.Int).Mul(price, new(big.Int).SetUint64(proven))) != 0 {
			t.Errorf("slot %d: settled %d proven, %d missed, pay %s; want ≥ 3 proven and pay = %s × proven", i, proven, missed, pay, price)
		}
	}
	// The client reads a shard back from its holder.
	owner, _ := w.holder(r, 0)
	info, err := w.peer(t.Context(), owner)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := w.host.Fetch(t.Context(), info.ID, r.slot(0), 0, 0, &got, w.signer()); err != nil || !bytes.Equal(got.Bytes(), r.shards[0]) {
		t.Fatalf("client fetch: %d bytes, %v", got.Len(), err)
	}
}
