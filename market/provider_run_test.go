package market_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
)

// Run re-registers a peer info that differs from the host's, serves p2p
// (a fetch of an unknown slot is answered ErrNotFound) and returns nil
// once its context is cancelled; Health reports a full disk.
func TestProviderRunRegistersServesAndStops(t *testing.T) {
	w := newV2World(t)
	cfg := v2Config()
	cfg.MinFreeDisk = math.MaxUint64
	vp := w.addProvider(2, cfg)
	vp.stop() // Run serves p2p itself
	if err := vp.m.RegisterProvider(t.Context(), []byte("stale")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- vp.p.Run(ctx) }()

	want, err := vp.p.Host().PeerInfo()
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		got, err := w.client.PeerInfo(t.Context(), vp.acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(got, want) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("peer info on chain %q, want the host's", got)
		}
		time.Sleep(20 * time.Millisecond)
	}
	info, err := w.peer(t.Context(), vp.acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	for {
		_, err := w.host.Fetch(t.Context(), info.ID, [32]byte{7}, 0, 0, new(bytes.Buffer), w.signer())
		if errors.Is(err, p2p.ErrNotFound) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("fetch of an unknown slot: %v, want ErrNotFound from a serving host", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if h := vp.p.Health(t.Context()); h.Status != "degraded" || len(h.Reasons) != 1 || !strings.Contains(h.Reasons[0], "nearly full") {
		t.Fatalf("health %+v, want degraded by the disk", h)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run after cancel: %v, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not stop")
	}
}
