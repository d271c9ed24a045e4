package chaos_test

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/internal/chaos"
	"github.com/cairn-storage/cairn/market/p2p/p2ptest"
)

// TestFloodedProviderKeepsProving: once a put is stored and proven, 100
// throwaway peer ids open 10 streams each to provider 1's `cairn provider
// run` process, every stream announcing a 1 MiB first frame (half as a
// request, half as data) and sending the megabyte. The provider process
// peaks under 256 MiB resident (its VmHWM, the kernel's high-water mark),
// proves its set in the epochs after the flood, never exits, and the file
// reads back byte-exact. The in-process bound of the p2p server alone is
// market/p2p's TestFloodOfOversizedHeaders. CAIRN_CHAOS only (~1 min).
func TestFloodedProviderKeepsProving(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet of cairn processes")
	}
	cairntest.Long(t, "CAIRN_CHAOS", "make chaos scenario")
	ctx := t.Context()
	h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 3})
	in, data := h.RandomFile("hello.bin", 300_000)
	if _, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "2", "--m", "1", "--epochs", "60", in); err != nil {
		t.Fatalf("put: %v", err)
	}
	held := h.CheckAssigned(ctx)
	h.CheckProven(ctx, held, 90*time.Second)
	target, err := h.PeerInfo(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}

	before, err := h.PeakRSS(1)
	if err != nil {
		t.Fatal(err)
	}
	const peers, streams = 100, 10
	junk := make([]byte, 1<<20)
	var wg sync.WaitGroup
	var opened, refused atomic.Int64
	start := time.Now()
	for range peers {
		raw := p2ptest.RawHost(t)
		if err := raw.Connect(ctx, target); err != nil {
			t.Fatalf("connect to provider 1: %v", err)
		}
		for i := range streams {
			typ := byte(1 + 2*(i%2)) // a request, a data frame
			wg.Go(func() {
				if !p2ptest.OversizedStream(ctx, raw, target.ID, typ, junk) {
					refused.Add(1) // the resource manager's limits
					return
				}
				opened.Add(1)
			})
		}
	}
	wg.Wait()
	peak, err := h.PeakRSS(1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d streams of 1 MiB headers from %d peer ids in %s (%d opened, %d refused at open): provider 1 peak RSS %d MiB before, %d MiB after",
		peers*streams, peers, time.Since(start).Round(time.Millisecond), opened.Load(), refused.Load(), before>>20, peak>>20)
	if opened.Load() == 0 {
		t.Fatal("no stream opened: the flood never reached the provider's handler")
	}
	if peak > 256<<20 {
		t.Errorf("provider 1 peak RSS %d MiB by the end of the flood, want ≤ 256 MiB", peak>>20)
	}
	h.CheckAlive()
	h.CheckProven(ctx, held, 90*time.Second)
	h.CheckAssigned(ctx)
	h.CheckFunds(ctx, held)
	h.Get(ctx, "hello.bin", data)
	h.CheckAlive()
	if t.Failed() {
		t.Logf("provider 1 log ends:\n%s", h.LogTail(1))
	}
}
