package market_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/market/p2p"
)

// Pushes and fetches are authorized from the chain: a stranger's push and
// a push of a slot the provider did not reserve are refused
// (ErrUnauthorized), as are a stranger's fetch and a fetch by another
// holder of the request; a corrupt shard is refused at sales' commit and
// the client is told (ErrInvalidShard); the client's push and fetch work.
func TestProviderAuthorizesPushAndFetch(t *testing.T) {
	w := newV2World(t)
	for i := 2; i <= 4; i++ {
		w.addProvider(i, v2Config())
	}
	start := w.CurrentEpoch() + 3
	r := w.request(2, 1, 100_000, start, start+8)
	// Step without pushing until every slot is reserved.
	reserver := map[int]common.Address{}
	for range 200 {
		w.ToEpoch(w.CurrentEpoch(), 1)
		for _, vp := range w.provs {
			if err := vp.p.Step(t.Context(), w.CurrentEpoch()); err != nil {
				t.Logf("provider %d: %v", vp.acct.Index, err)
			}
		}
		w.Mine(1)
		for i := range r.shards {
			rs, err := w.client.Reservations(t.Context(), r.id, uint64(i))
			if err != nil {
				t.Fatal(err)
			}
			if a := rs[0].Reserver; a != (common.Address{}) {
				reserver[i] = a
			}
		}
		if len(reserver) == len(r.shards) {
			break
		}
	}
	if len(reserver) != len(r.shards) {
		t.Fatalf("reserved slots %v", reserver)
	}
	ctx := t.Context()
	stranger := p2p.NewKeySigner(w.Accounts[8].Key)
	a, other := reserver[0], reserver[1]
	infoA, err := w.peer(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	shard := r.shards[0]
	push := func(s p2p.Signer, to common.Address, i int, data []byte) error {
		info, err := w.peer(ctx, to)
		if err != nil {
			t.Fatal(err)
		}
		return w.host.Push(ctx, info.ID, r.slot(i), int64(len(data)), r.p.ShardRoots[i], bytes.NewReader(data), s)
	}
	if err := push(stranger, a, 0, shard); !errors.Is(err, p2p.ErrUnauthorized) {
		t.Fatalf("stranger's push: %v, want ErrUnauthorized", err)
	}
	if err := push(w.signer(), other, 0, shard); !errors.Is(err, p2p.ErrUnauthorized) {
		t.Fatalf("push of slot 0 to %s, which reserved slot 1: %v, want ErrUnauthorized", other, err)
	}
	// A corrupt shard (right size and declared root, wrong bytes): the
	// push waits for sales' Receive, and is answered with its commit.
	bad := bytes.Clone(shard)
	bad[len(bad)/2] ^= 1
	var badErr error
	badDone := make(chan struct{})
	go func() {
		defer close(badDone)
		badErr = push(w.signer(), a, 0, bad)
	}()
	vpA := w.provider(a)
	for stepped := false; !stepped; {
		_ = vpA.p.Step(ctx, w.CurrentEpoch()) // sales' Receive meets the push
		select {
		case <-badDone:
			stepped = true
		default:
		}
	}
	if !errors.Is(badErr, p2p.ErrInvalidShard) {
		t.Fatalf("corrupt push: %v, want ErrInvalidShard", badErr)
	}
	if st := vpA.p.Sales().Stats(); st.Received != 0 {
		t.Fatalf("sales stats after a corrupt push %+v, want nothing received", st)
	}
	// The real pushes fill every slot.
	w.drive(start+1, w.provs, r)
	for i := range r.shards {
		if owner, _ := w.holder(r, i); owner != reserver[i] {
			t.Fatalf("slot %d held by %s, reserved by %s", i, owner, reserver[i])
		}
	}
	var got bytes.Buffer
	if _, err := w.host.Fetch(ctx, infoA.ID, r.slot(0), 0, 0, &got, stranger); !errors.Is(err, p2p.ErrUnauthorized) {
		t.Fatalf("stranger's fetch: %v, want ErrUnauthorized", err)
	}
	holder := p2p.NewKeySigner(w.provider(other).acct.Key)
	if _, err := w.host.Fetch(ctx, infoA.ID, r.slot(0), 0, 0, &got, holder); !errors.Is(err, p2p.ErrUnauthorized) {
		t.Fatalf("another holder's fetch: %v, want ErrUnauthorized", err)
	}
	got.Reset()
	if _, err := w.host.Fetch(ctx, infoA.ID, r.slot(0), 0, 0, &got, w.signer()); err != nil || !bytes.Equal(got.Bytes(), shard) {
		t.Fatalf("client's fetch: %d bytes, %v", got.Len(), err)
	}
}

// Strangers' fetches cost no RPC each: the provider answers them from its
// caches (the request's terms; the set of allowed reservers, refreshed at
// most once per 2 s per request), so 15 strangers cost what one does.
func TestProviderStrangerFetchesCostNoRPC(t *testing.T) {
	w := newV2World(t)
	proxy, err := rpcproxy.New(w.url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(proxy.Close)
	watched := w.addProviderAt(2, v2Config(), proxy.URL())
	for i := 3; i <= 4; i++ {
		w.addProvider(i, v2Config())
	}
	start := w.CurrentEpoch() + 3
	r := w.request(2, 1, 100_000, start, start+8)
	w.drive(start, w.provs, r)
	slot := -1
	for i := range r.shards {
		if owner, _ := w.holder(r, i); owner == watched.acct.Addr {
			slot = i
		}
	}
	if slot < 0 {
		t.Fatal("the watched provider holds no slot")
	}
	info, err := w.peer(t.Context(), watched.acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	calls := func() int64 { return proxy.Received("eth_call") + proxy.Received("eth_blockNumber") }
	fetch := func() {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		_, err = w.host.Fetch(t.Context(), info.ID, r.slot(slot), 0, 0, io.Discard, p2p.NewKeySigner(key))
		if !errors.Is(err, p2p.ErrUnauthorized) {
			t.Fatalf("stranger's fetch: %v, want ErrUnauthorized", err)
		}
	}
	before := calls()
	fetch()
	one := calls() - before
	for range 14 {
		fetch()
	}
	all := calls() - before
	if one == 0 || all != one {
		t.Fatalf("RPC calls: %d for the first stranger, %d for 15; want the same, > 0 (one refresh)", one, all)
	}
}
