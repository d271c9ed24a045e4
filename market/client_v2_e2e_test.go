package market_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// The client end to end on protocol v2: pv2's world (v2world: a fresh
// anvil with 40-block epochs) with n providers on accounts 2.., and
// market.Clients on account 1's wallet. While a client call runs, during
// steps every provider at the head's epoch and mines a block, over and
// over: the chain moves only as the test drives it.

func newV2ClientNet(t *testing.T, providers int) *v2world {
	t.Helper()
	w := newV2World(t)
	for i := 2; i < 2+providers; i++ {
		w.addProvider(i, v2Config())
	}
	return w
}

// v2Client is a v2 client of account 1's wallet with mnemonic mn's
// master and auth keys (the same mnemonic on a fresh datadir is a fresh
// machine).
func (w *v2world) v2Client(mn string, cfg market.ClientConfig) (*market.Client, *marketv2.Market, *storage.Keys) {
	w.t.Helper()
	keys, err := storage.KeysFromMnemonic(mn)
	if err != nil {
		w.t.Fatal(err)
	}
	keys.Wallet = w.Accounts[1].Key
	m := w.market(w.Accounts[1])
	c, err := market.NewClient(cfg, w.log().With("role", "client"), m, keys, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { c.Close() })
	return c, m, keys
}

// during runs fn while stepping the providers and mining, until it returns.
func (w *v2world) during(fn func() error) error {
	w.t.Helper()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			return err
		case <-tick.C:
		}
		for _, vp := range w.provs {
			if err := vp.p.Step(w.t.Context(), w.CurrentEpoch()); err != nil {
				w.t.Logf("provider %d: %v", vp.acct.Index, err)
			}
		}
		w.Mine(1)
	}
}

// e2eClientConfig is a 2+1 client of 20-epoch requests with a journal.
func e2eClientConfig(t *testing.T) market.ClientConfig {
	cfg := smallClientConfig()
	cfg.Epochs = 20
	cfg.Poll = 20 * time.Millisecond
	cfg.JournalDir = filepath.Join(t.TempDir(), "journal")
	cfg.TempDir = filepath.Join(t.TempDir(), "tmp")
	return cfg
}

func (w *v2world) tokens(m *marketv2.Market, keys *storage.Keys) *big.Int {
	w.t.Helper()
	b, err := m.TokenBalance(w.t.Context(), keys.WalletAddress())
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// readAll reads bytes [off, off+n) of f through c while the network runs.
func (w *v2world) readAll(c *market.Client, f market.FileEntry, off, n int64) []byte {
	w.t.Helper()
	var buf bytes.Buffer
	if err := w.during(func() error { return c.GetTo(w.t.Context(), f, &buf, off, n) }); err != nil {
		w.t.Fatalf("get %s bytes %d+%d: %v", f.Name, off, n, err)
	}
	return buf.Bytes()
}

// TestClientPutGet: a put on v2 fills every slot through providers and
// pays exactly its quote; get is byte-exact (to a file and to a writer),
// ranges read exactly their bytes, a get with a holder down routes
// around it; ls and status name the holders, their
// tenures and sets, and when the file ends.
func TestClientPutGet(t *testing.T) {
	w := newV2ClientNet(t, 3)
	ctx := t.Context()
	client, m, keys := w.v2Client(newMnemonic(t), e2eClientConfig(t))
	path, data := randomFile(t, 700_001)
	before := w.tokens(m, keys)
	var res market.PutResult
	if err := w.during(func() (err error) { res, err = client.Put(ctx, path); return err }); err != nil {
		t.Fatalf("put: %v", err)
	}
	if paid := new(big.Int).Sub(before, w.tokens(m, keys)); paid.Cmp(res.Quote.Total) != 0 {
		t.Fatalf("paid %s, quoted %s", paid, res.Quote.Total)
	}
	f, err := client.Resolve(ctx, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	if f.ID != res.ID || f.State != "active" || f.Ends.EndEpoch != f.End || f.Ends.Ended || f.Ends.At.IsZero() {
		t.Fatalf("ls entry %+v, want request %x active, with its end", f, res.ID)
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := w.during(func() error { return client.Get(ctx, f, out) }); err != nil {
		t.Fatalf("get: %v", err)
	}
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("get: %d bytes (%v), not the %d put", len(got), err, len(data))
	}
	size := int64(len(data))
	for _, r := range [][2]int64{{0, 1}, {65535, 2}, {300_000, 123_456}, {size - 10, 10}, {0, size}} {
		if got := w.readAll(client, f, r[0], r[1]); !bytes.Equal(got, data[r[0]:r[0]+r[1]]) {
			t.Fatalf("range %d+%d: wrong bytes", r[0], r[1])
		}
	}
	// A holder that stops serving is routed around (any 2 of 3 decode).
	w.provider(res.Providers[0]).stop()
	if got := w.readAll(client, f, 0, size); !bytes.Equal(got, data) {
		t.Fatal("get with one holder down reads back wrong")
	}
	st, err := client.Status(ctx, f.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.State != "active" || st.Protocol != 2 || st.Ends.EndEpoch != f.End || len(st.Slots) != 3 {
		t.Fatalf("status %+v", st)
	}
	for i, s := range st.Slots {
		if s.State != "filled" || s.Provider != res.Providers[i] || s.Tenure == nil || s.SetID == 0 || w.provider(s.Provider) == nil {
			t.Fatalf("slot %d status %+v, want filled by our provider %s in its set", i, s, res.Providers[i])
		}
		if vp := w.provider(s.Provider); vp.set() != s.SetID {
			t.Fatalf("slot %d in set %d, its holder's set is %d", i, s.SetID, vp.set())
		}
	}
}

// TestClientPutResumes: a put stopped right after its request was mined
// (as a killed client would be) and rerun completes that same request; the
// wallet paid once, and the file reads back byte-exact.
func TestClientPutResumes(t *testing.T) {
	w := newV2ClientNet(t, 3)
	ctx := t.Context()
	cfg := e2eClientConfig(t)
	mn := newMnemonic(t)
	client, m, keys := w.v2Client(mn, cfg)
	path, data := randomFile(t, 300_000)
	before := w.tokens(m, keys)
	first, err := putUntil(t, cfg, func(c market.ClientConfig) *market.Client {
		cl, _, _ := w.v2Client(mn, c)
		return cl
	}, path, func(ev market.Progress) bool { return ev.Stage == "request" && ev.Done == 1 })
	if !errors.Is(err, market.ErrInterrupted) {
		t.Fatalf("interrupted put: %v, want ErrInterrupted", err)
	}
	var res market.PutResult
	if err := w.during(func() (err error) { res, err = client.Put(ctx, path); return err }); err != nil {
		t.Fatalf("rerun: %v", err)
	}
	if !res.Resumed || res.ID != first.ID {
		t.Fatalf("rerun stored %x (resumed %t); the interrupted put created %x", res.ID, res.Resumed, first.ID)
	}
	if paid := new(big.Int).Sub(before, w.tokens(m, keys)); paid.Cmp(res.Quote.Total) != 0 {
		t.Fatalf("paid %s for put + rerun, one request costs %s", paid, res.Quote.Total)
	}
	files, err := client.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].ID != res.ID {
		t.Fatalf("ls: %d files, want the one request", len(files))
	}
	if got := w.readAll(client, files[0], 0, files[0].Size); !bytes.Equal(got, data) {
		t.Fatal("the resumed put reads back wrong")
	}
}

// TestClientSegmentsAndTree: on v2, a file larger than one request is put
// as segments, and a folder put -r packs its small files into one request;
// a fresh client made from the same mnemonic (new datadir: the chain and
// the mnemonic alone) lists both, reads the split file back whole and
// across a segment boundary, and restores the folder exact.
func TestClientSegmentsAndTree(t *testing.T) {
	w := newV2ClientNet(t, 3)
	ctx := t.Context()
	cfg := e2eClientConfig(t)
	cfg.MaxShardSize = 512 << 10 // k=2: under 1 MiB per request
	var order segmentOrder
	cfg.Progress = order.event
	mn := newMnemonic(t)
	client, _, _ := w.v2Client(mn, cfg)

	const size = 2_600_000
	path := genFile(t, size, 7)
	var res market.PutResult
	if err := w.during(func() (err error) { res, err = client.Put(ctx, path); return err }); err != nil {
		t.Fatalf("put of a split file: %v", err)
	}
	if len(res.Parts) < 3 {
		t.Fatalf("%d segments, want ≥ 3", len(res.Parts))
	}
	// Segments overlap: a roots pass beyond the SegmentParallel (2)
	// pushing segments ends before the first segment is filled.
	if enc, fill := order.rootsDone(3), order.firstFilled(); enc == 0 || fill == 0 || enc > fill {
		t.Fatalf("the third roots pass ended at event %d, the first segment was filled at event %d: segments did not overlap", enc, fill)
	}
	root := filepath.Join(t.TempDir(), "project")
	writeTree(t, root)
	var tr market.TreeResult
	if err := w.during(func() (err error) { tr, err = client.PutTree(ctx, root); return err }); err != nil {
		t.Fatalf("put -r: %v", err)
	}
	if tr.Files < 4 || tr.Uploaded != tr.Files {
		t.Fatalf("put -r: %+v, want every file uploaded", tr)
	}

	fresh, _, _ := w.v2Client(mn, e2eClientConfig(t))
	files, err := fresh.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 {
		t.Fatalf("fresh ls: %d files, want the split file and the folder", len(files))
	}
	sf, err := fresh.Resolve(ctx, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(sf.Parts) != len(res.Parts) || sf.State != "active" || sf.Ends.EndEpoch == 0 {
		t.Fatalf("fresh ls of the split file: %d parts, state %s, ends %+v", len(sf.Parts), sf.State, sf.Ends)
	}
	if got := w.readAll(fresh, sf, 0, size); !bytes.Equal(got, genRange(7, 0, size)) {
		t.Fatal("the split file reads back wrong")
	}
	seg := sf.Parts[1].Manifest.Segment.Offset
	if got := w.readAll(fresh, sf, seg-100, 200); !bytes.Equal(got, genRange(7, seg-100, 200)) {
		t.Fatal("a range across a segment boundary reads back wrong")
	}
	folder, err := fresh.Resolve(ctx, "project/")
	if err != nil {
		t.Fatal(err)
	}
	if folder.Parts != nil || folder.ID != tr.ID {
		t.Fatalf("the folder is %d requests (%x), want its %d files packed into request %x", len(folder.Parts), folder.ID, tr.Files, tr.ID)
	}
	out := filepath.Join(t.TempDir(), "restored")
	if err := w.during(func() error { _, err := fresh.GetTree(ctx, folder, out, false); return err }); err != nil {
		t.Fatalf("restore: %v", err)
	}
	sameSnapshot(t, "restored on a fresh client", snapshot(t, out), snapshot(t, root))
}

// putThenTrickle puts a random file of size bytes from a client of a new
// mnemonic on a fresh 3-provider net, then replaces the holder of data
// slot 0 with a trickle of delay per 4 KiB (0: its zeros at once). It
// returns the net, the mnemonic, the file and its bytes.
func putThenTrickle(t *testing.T, size int, delay time.Duration) (w *v2world, mn, path string, data []byte) {
	t.Helper()
	w = newV2ClientNet(t, 3)
	mn = newMnemonic(t)
	client, _, _ := w.v2Client(mn, e2eClientConfig(t))
	path, data = randomFile(t, size)
	var res market.PutResult
	if err := w.during(func() (err error) { res, err = client.Put(t.Context(), path); return err }); err != nil {
		t.Fatalf("put: %v", err)
	}
	w.replaceWithTrickleV2(w.provider(res.Providers[0]), trickle{size: int64(res.ShardSize), delay: delay})
	return w, mn, path, data
}

// replaceWithTrickleV2 closes vp's provider and serves its peer id and
// addresses (from the lens) from a host that trickles zeros instead.
func (w *v2world) replaceWithTrickleV2(vp *v2prov, tr trickle) {
	w.t.Helper()
	ai, err := market.PeerOf(w.t.Context(), vp.m, vp.acct.Addr)
	if err != nil {
		w.t.Fatal(err)
	}
	vp.close(w.t)
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(vp.dir, "identity.key"))
	if err != nil {
		w.t.Fatal(err)
	}
	if got, err := peer.IDFromPrivateKey(id); err != nil || got != ai.ID {
		w.t.Fatalf("identity %s (%v) is not the registered peer %s", got, err, ai.ID)
	}
	cfg := p2p.DefaultConfig(w.ChainID.Uint64(), w.Dep.Marketplace)
	cfg.ListenAddrs = nil
	for _, a := range ai.Addrs {
		cfg.ListenAddrs = append(cfg.ListenAddrs, a.String())
	}
	cfg.ChunkSize = 4 << 10
	h, err := p2p.New(cfg, nil, id, p2p.Deps{Authorizer: tr, Source: tr})
	if err != nil {
		w.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.Run(ctx)
	}()
	w.t.Cleanup(func() {
		cancel()
		<-done
		_ = h.Close()
	})
}

// TestClientGetDropsSlowProviders: on v2, a holder that trickles its
// shard is dropped after the stall window for another shard, and one slow
// but above the stall rate is hedged with a k+1th fetch; both gets are
// byte-exact and far faster than the trickle allows (a 1 MiB shard at
// 40 KiB/s: 25 s).
func TestClientGetDropsSlowProviders(t *testing.T) {
	// 4 KiB per 100 ms: 40 KiB/s, below the stall rate.
	w, mn, path, data := putThenTrickle(t, 1_900_000, 100*time.Millisecond)
	ctx := t.Context()
	for _, tc := range []struct {
		name   string
		window time.Duration
		rate   int64
		hedge  bool
	}{
		{"stalled provider dropped", time.Second, 64 << 10, false},
		{"slow provider hedged", time.Minute, 1 << 10, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ccfg := e2eClientConfig(t)
			pl := &progressLog{}
			ccfg.Progress = pl.record
			ccfg.StallWindow, ccfg.StallMinRate, ccfg.Hedge = tc.window, tc.rate, tc.hedge
			c, _, _ := w.v2Client(mn, ccfg)
			f, err := c.Resolve(ctx, filepath.Base(path))
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			out := filepath.Join(t.TempDir(), "out")
			if err := c.Get(ctx, f, out); err != nil {
				t.Fatalf("get: %v", err)
			}
			if took := time.Since(start); took > 8*time.Second {
				t.Fatalf("get took %s with one slow holder, want under 8 s", took)
			}
			if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, data) {
				t.Fatalf("file differs (%v)", err)
			}
			started, done := pl.fetches()
			if !started[0] || done[0] || !done[1] || !done[2] {
				t.Fatalf("fetches started %v, done %v: want slot 0 started and dropped, 1 and 2 done", started, done)
			}
		})
	}
}

// TestClientPutSurvivesDeadRPC: the client's RPC endpoint (a TCP proxy)
// goes away right after the v2 request is mined and comes back a second
// later; the same put completes, paid once, and reads back byte-exact.
func TestClientPutSurvivesDeadRPC(t *testing.T) {
	w := newV2ClientNet(t, 3)
	ctx := t.Context()
	proxy := newTCPProxy(t, w.url[len("http://"):])
	cl, err := chain.Dial(ctx, "http://"+proxy.addr, w.ChainID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	snd, err := marketv2.NewSender(cl, chain.NewSigner(w.Accounts[1].Key), chain.DefaultSenderConfig())
	if err != nil {
		t.Fatal(err)
	}
	m, err := marketv2.Open(ctx, cl, snd, w.Dep)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	var once sync.Once
	cfg := e2eClientConfig(t)
	cfg.Epochs, cfg.ExpiryBlocks = 60, 1000 // the test mines ~50 blocks a second
	cfg.Progress = func(ev market.Progress) {
		if ev.Stage == "request" && ev.Done == 1 {
			once.Do(func() {
				proxy.down()
				wg.Add(1)
				go func() {
					defer wg.Done()
					time.Sleep(time.Second)
					proxy.up(t)
				}()
			})
		}
	}
	keys, err := storage.KeysFromMnemonic(newMnemonic(t))
	if err != nil {
		t.Fatal(err)
	}
	keys.Wallet = w.Accounts[1].Key
	client, err := market.NewClient(cfg, w.log().With("role", "client"), m, keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	reader := w.market(w.Accounts[1])
	before := w.tokens(reader, keys)
	path, data := randomFile(t, 600_000)
	var res market.PutResult
	if err := w.during(func() (err error) { res, err = client.Put(ctx, path); return err }); err != nil {
		t.Fatalf("put across an RPC outage: %v", err)
	}
	if paid := new(big.Int).Sub(before, w.tokens(reader, keys)); paid.Cmp(res.Quote.Total) != 0 {
		t.Fatalf("paid %s, one request costs %s", paid, res.Quote.Total)
	}
	f, err := client.Resolve(ctx, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	if got := w.readAll(client, f, 0, f.Size); !bytes.Equal(got, data) {
		t.Fatal("the put across an outage reads back wrong")
	}
}

// segmentOrder numbers a put's progress events, to tell what came first.
type segmentOrder struct {
	mu     sync.Mutex
	n      int
	roots  []int       // event numbers of each part's end of roots pass, in order
	filled map[int]int // part → event number of its last slot filled
}

func (o *segmentOrder) event(ev market.Progress) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.n++
	switch {
	case ev.Stage == "encode" && ev.Part > 0 && ev.Total > 0 && ev.Done == ev.Total:
		o.roots = append(o.roots, o.n)
	case ev.Stage == "fill" && ev.Part > 0 && ev.Total > 0 && ev.Done == ev.Total:
		if o.filled == nil {
			o.filled = map[int]int{}
		}
		if _, ok := o.filled[ev.Part]; !ok {
			o.filled[ev.Part] = o.n
		}
	}
}

// rootsDone is the event that ended the i-th roots pass (1-based; 0: none).
func (o *segmentOrder) rootsDone(i int) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.roots) < i {
		return 0
	}
	return o.roots[i-1]
}

// firstFilled is the event at which the first segment had every slot filled.
func (o *segmentOrder) firstFilled() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	first := 0
	for _, n := range o.filled {
		if first == 0 || n < first {
			first = n
		}
	}
	return first
}
