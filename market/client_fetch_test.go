package market_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
)

// trickle serves every fetch with zeros, one small frame per delay: a
// provider that is alive but slow.
type trickle struct {
	size  int64
	delay time.Duration
}

func (tr trickle) AuthorizeFetch(context.Context, [32]byte, common.Address) error { return nil }
func (tr trickle) AuthorizePush(context.Context, [32]byte, common.Address) error {
	return p2p.ErrUnauthorized
}
func (tr trickle) OpenShard(context.Context, [32]byte) (p2p.ShardReader, int64, error) {
	return tr, tr.size, nil
}
func (tr trickle) ReadAt(p []byte, off int64) (int, error) {
	time.Sleep(tr.delay)
	clear(p)
	return len(p), nil
}
func (tr trickle) Close() error { return nil }

// replaceWithTrickle stops the provider at addr and serves its peer id and
// addresses from a trickling host instead.
func (w *world) replaceWithTrickle(t *testing.T, m *market.Market, addr common.Address, tr trickle) {
	t.Helper()
	ai, err := market.PeerOf(t.Context(), m, addr)
	if err != nil {
		t.Fatal(err)
	}
	node := w.providers[addr]
	if err := node.Stop(); err != nil {
		t.Fatal(err)
	}
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(node.Dir, "identity.key"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := p2p.DefaultConfig(m.ChainID(), m.Address())
	cfg.ListenAddrs = nil
	for _, a := range ai.Addrs {
		cfg.ListenAddrs = append(cfg.ListenAddrs, a.String())
	}
	cfg.ChunkSize = 4 << 10
	h, err := p2p.New(cfg, nil, id, p2p.Deps{Authorizer: tr, Source: tr})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		_ = h.Close()
	})
}

// TestGetDropsSlowProviders: a provider that trickles its shard is dropped
// after the stall window for another shard; one that is slow but above the
// stall rate is hedged with a k+1th fetch. Both gets are byte-exact and far
// faster than the slow provider would allow.
func TestGetDropsSlowProviders(t *testing.T) {
	w := newWorld(t, 4)
	ctx := t.Context()
	cfg := smallClientConfig()
	pl := &progressLog{}
	cfg.Progress = pl.record
	client, keys := w.newClient(newMnemonic(t), cfg)
	path, data := randomFile(t, 6<<20+1)
	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	m := w.marketFor(keys)
	// 4 KiB per 100 ms: 40 KiB/s, below the stall rate.
	w.replaceWithTrickle(t, m, res.Providers[0], trickle{size: int64(res.ShardSize), delay: 100 * time.Millisecond})
	cases := []struct {
		name   string
		window time.Duration
		rate   int64
		hedge  bool
		within time.Duration
	}{
		{"stalled provider dropped", time.Second, 64 << 10, false, 8 * time.Second},
		{"slow provider hedged", time.Minute, 1 << 10, true, 8 * time.Second},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ccfg := cfg
			ccfg.StallWindow, ccfg.StallMinRate, ccfg.Hedge = tc.window, tc.rate, tc.hedge
			c, err := market.NewClient(ccfg, w.log, m, keys, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			f, err := c.Resolve(ctx, filepath.Base(path))
			if err != nil {
				t.Fatal(err)
			}
			pl.reset()
			start := time.Now()
			out := filepath.Join(t.TempDir(), "out")
			if err := c.Get(ctx, f, out); err != nil {
				t.Fatalf("get: %v", err)
			}
			if took := time.Since(start); took > tc.within {
				t.Fatalf("get took %s with one slow provider, want under %s", took, tc.within)
			}
			got, err := os.ReadFile(out)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("file differs (%v)", err)
			}
			started, done := pl.fetches()
			if !started[0] || done[0] || !done[1] || !done[2] {
				t.Fatalf("fetches started %v, done %v: want slot 0 started and dropped, 1 and 2 done", started, done)
			}
		})
	}
}

// TestGetResumes: a get interrupted mid-transfer keeps its verified and
// partial shards in the staging dir; the rerun starts from them (a staged
// shard is not fetched again, a partial one resumes at its length) and
// removes the staging dir once the file is written.
func TestGetResumes(t *testing.T) {
	w := newWorld(t, 3)
	ctx := t.Context()
	cfg := smallClientConfig()
	tmp := t.TempDir()
	cfg.TempDir = tmp
	var mu sync.Mutex
	var cancelFirst context.CancelFunc
	var evs []market.Progress
	cfg.Progress = func(ev market.Progress) {
		mu.Lock()
		defer mu.Unlock()
		evs = append(evs, ev)
		if cancelFirst != nil && ev.Stage == "fetch" && ev.Done > 0 && ev.Done < ev.Total {
			cancelFirst()
			cancelFirst = nil
		}
	}
	client, _ := w.newClient(newMnemonic(t), cfg)
	path, data := randomFile(t, 12<<20+5)
	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	f, err := client.Resolve(ctx, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	gctx, cancel := context.WithCancel(ctx)
	mu.Lock()
	cancelFirst = cancel
	mu.Unlock()
	out := filepath.Join(t.TempDir(), "out")
	if err := client.Get(gctx, f, out); err == nil {
		t.Fatal("the interrupted get succeeded")
	}
	cancel()
	if _, err := os.Stat(out); err == nil {
		t.Fatal("an interrupted get left its output behind")
	}
	staged := map[int]int64{} // slot → bytes kept
	matches, _ := filepath.Glob(filepath.Join(tmp, "get-*", "shard-*"))
	for _, p := range matches {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		var slot int
		name := filepath.Base(p)
		slot = int(name[len("shard-")]-'0')*10 + int(name[len("shard-")+1]-'0')
		if strings.HasSuffix(name, ".ok") && uint64(st.Size()) != res.ShardSize {
			t.Fatalf("%s: %d bytes, shard size %d", name, st.Size(), res.ShardSize)
		}
		staged[slot] = st.Size()
	}
	resumable := 0
	for _, n := range staged {
		if n > 0 {
			resumable++
		}
	}
	if resumable == 0 {
		t.Fatalf("nothing kept in the staging dir after the interrupted get: %v", matches)
	}
	mu.Lock()
	evs = nil
	mu.Unlock()
	if err := client.Get(ctx, f, out); err != nil {
		t.Fatalf("rerun: %v", err)
	}
	got, err := os.ReadFile(out)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("file differs after the resumed get (%v)", err)
	}
	mu.Lock()
	first := map[int]market.Progress{}
	for _, ev := range evs {
		if _, ok := first[ev.Slot]; !ok && ev.Stage == "fetch" {
			first[ev.Slot] = ev
		}
	}
	mu.Unlock()
	resumed := 0
	for slot, n := range staged {
		ev, ok := first[slot]
		if !ok || n == 0 {
			continue // not needed this time, or nothing kept
		}
		if ev.Done != n {
			t.Fatalf("slot %d: rerun started at %d bytes, %d were kept", slot, ev.Done, n)
		}
		resumed++
	}
	if resumed == 0 {
		t.Fatalf("the rerun used none of the kept shards %v (first events %v)", staged, first)
	}
	if m, _ := filepath.Glob(filepath.Join(tmp, "get-*")); len(m) != 0 {
		t.Fatalf("staging left after a successful get: %v", m)
	}
}
