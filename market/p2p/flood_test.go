package p2p_test

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/market/p2p/p2ptest"
)

// rssBytes is this process's resident set size (Linux), or 0.
func rssBytes() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// TestFloodOfOversizedHeaders: 1,000 streams from 100 peer ids, each
// announcing a 1 MiB first frame (half as a request, half as data, which
// the old server read whole before looking at its type) and sending the
// megabyte, keep the whole
// test process (provider, its 100 attackers and their buffers) under 256 MiB
// resident (without the race detector), and the provider still serves its
// client afterwards. The
// provider refuses each stream after its 5-byte header, before allocating.
func TestFloodOfOversizedHeaders(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("needs /proc to read the resident set size")
	}
	p := newPair(t)
	slot, data := randomSlot(t), randomBytes(t, 4096)
	p.store.put(slot, data)
	junk := make([]byte, 1<<20)
	const peers, streams = 100, 10
	var peak atomic.Int64
	stop := make(chan struct{})
	var sampler sync.WaitGroup
	sampler.Add(1)
	go func() {
		defer sampler.Done()
		for {
			if r := rssBytes(); r > peak.Load() {
				peak.Store(r)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	base := rssBytes()
	start := time.Now()
	var wg sync.WaitGroup
	var refused atomic.Int64
	for range peers {
		raw := p2ptest.RawHost(t)
		if err := raw.Connect(t.Context(), p.provider.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		for i := range streams {
			typ := byte(1 + 2*(i%2)) // request, data
			wg.Add(1)
			go func() {
				defer wg.Done()
				if !p2ptest.OversizedStream(t.Context(), raw, p.provider.ID(), typ, junk) {
					refused.Add(1) // the resource manager's per-peer limit
				}
			}()
		}
	}
	wg.Wait()
	close(stop)
	sampler.Wait()
	t.Logf("1,000 streams of 1 MiB headers in %s: RSS %d MiB before, peak %d MiB; %d streams refused at open",
		time.Since(start).Round(time.Millisecond), base>>20, peak.Load()>>20, refused.Load())
	switch {
	case raceEnabled:
		t.Log("race detector on: its shadow memory voids the RSS bound, only serving is checked")
	case peak.Load() > 256<<20:
		t.Errorf("peak RSS %d MiB, want < 256 MiB", peak.Load()>>20)
	}
	sr, err := p.client.Sign(p.client.NewRequest(p.provider.ID(), p2p.OpFetch, slot, 0, 0), p.auth)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := p.client.FetchSigned(t.Context(), p.provider.ID(), sr, &buf); err != nil || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("fetch after the flood: %v", err)
	}
}
