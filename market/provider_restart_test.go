package market_test

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// A provider closed and reopened on the same dir mid-request keeps its
// proof set (proofset.json), re-registers its new address, and goes on
// proving the shard it holds: every epoch of the set is proven once, none
// missed on chain.
func TestProviderRestartKeepsSetAndProves(t *testing.T) {
	w := newV2World(t)
	for i := 2; i <= 4; i++ {
		w.addProvider(i, v2Config())
	}
	start := w.CurrentEpoch() + 4
	r := w.request(2, 1, 100_000, start, start+8)
	w.drive(start+1, w.provs, r)

	owner, set := w.holder(r, 0)
	vp := w.provider(owner)
	if vp == nil || vp.set() != set {
		t.Fatalf("slot 0 held by set %d of %s", set, owner)
	}
	oldPeer := vp.p.Host().ID()
	vp.close(t)
	cfg := v2Config()
	cfg.WithdrawEvery = 1 // the reopened provider withdraws its pay each epoch
	w.open(vp, cfg)
	if got := vp.set(); got != set {
		t.Fatalf("reopened provider has set %d, want %d (from proofset.json)", got, set)
	}
	if vp.p.Host().ID() != oldPeer {
		t.Fatalf("peer id changed across a restart: %s → %s", oldPeer, vp.p.Host().ID())
	}
	if info, err := vp.store().Info(storage.SlotID(r.slot(0))); err != nil || info.State != storage.StateProving {
		t.Fatalf("shard after reopen: %+v, %v", info, err)
	}
	w.drive(start+5, w.provs, r)

	proofs := w.proofs()[set]
	for e := start; e < start+5; e++ {
		if proofs[e] != 1 {
			t.Errorf("set %d epoch %d: %d proveSet, want 1", set, e, proofs[e])
		}
	}
	si, err := w.client.SetInfo(t.Context(), set)
	if err != nil || si.CumMissed != 0 || si.Live != 1 {
		t.Fatalf("set %d after restart: %+v, %v; want one live member and no miss", set, si, err)
	}
	st, err := vp.p.Status(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	withdrawn := new(big.Int) // on chain; only the reopened process withdraws
	for _, l := range w.events("Withdrawn") {
		ev, err := w.abi.UnpackWithdrawnEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		if ev.Account == owner {
			withdrawn.Add(withdrawn, ev.Amount)
		}
	}
	if st.Withdrawn.Sign() <= 0 || st.Withdrawn.Cmp(withdrawn) != 0 {
		t.Errorf("reopened provider counts %s withdrawn, the chain %s; want equal and > 0", st.Withdrawn, withdrawn)
	}
	// The client can still fetch from the restarted provider at its new
	// address (read from the chain).
	if _, err := w.peer(t.Context(), owner); err != nil {
		t.Fatalf("connect to the restarted provider: %v", err)
	}
}

// Each configured volume gets its own proof set, shown by Status with its
// path and capacity, and kept across a reopen.
func TestProviderVolumesGetOwnSets(t *testing.T) {
	w := newV2World(t)
	a := w.Accounts[2]
	dir := t.TempDir()
	vols := []marketv2.Volume{{Path: filepath.Join(dir, "a"), Capacity: 1 << 20}, {Path: filepath.Join(dir, "b"), Capacity: 2 << 20}}
	vp := &v2prov{acct: a, dir: filepath.Join(dir, "node"), m: w.market(a)}
	open := func() []market.ProviderV2SetStatus {
		p, err := market.OpenProviderContext(t.Context(), v2Config(), nil, vp.m, market.ProviderDir{Dir: vp.dir, Volumes: vols})
		if err != nil {
			t.Fatal(err)
		}
		defer p.Close()
		st, err := p.Status(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return st.Sets
	}
	first := open()
	if len(first) != 2 || first[0].SetID == first[1].SetID {
		t.Fatalf("sets %+v, want two distinct", first)
	}
	for i, s := range first {
		if s.Volume != vols[i].Path || s.Capacity != vols[i].Capacity || s.StateName != "active" || s.Members != 0 {
			t.Errorf("set %d: %+v, want volume %+v, active and empty", i, s, vols[i])
		}
	}
	again := open()
	for i := range first {
		if again[i].SetID != first[i].SetID {
			t.Errorf("volume %d: set %d after reopen, was %d", i, again[i].SetID, first[i].SetID)
		}
	}
}
