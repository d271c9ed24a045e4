package marketv2_test

import (
	"context"
	"testing"
	"time"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Run steps at new heads on its own and returns when its context ends; the
// scrubber's Run returns on Close.
func TestRunLoops(t *testing.T) {
	w := newWorld(t)
	cfg := testProverConfig()
	cfg.Poll = 10 * time.Millisecond
	a := w.newProvider(2, 1, cfg, nil)
	w.provers = nil // Run steps it, not the helpers
	start, end := w.window(2, 10)
	r := w.request(4096, start, end)
	tid := a.fill(r, 0, 0)
	set := a.Vols[0].SetID

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- a.Prover.Run(ctx) }()
	sc, err := marketv2.NewScrubber(testScrubberConfig(), nil, a.Market, []marketv2.ScrubbedSet{{SetID: set, Store: a.Vols[0].Store}})
	if err != nil {
		t.Fatal(err)
	}
	scDone := make(chan error, 1)
	go func() { scDone <- sc.Run(context.Background()) }()

	join := uint64(w.tenure(tid).Join)
	w.ToEpoch(join, 1)
	deadline := time.Now().Add(20 * time.Second)
	for a.Prover.Stats(set).LastProven < join {
		if time.Now().After(deadline) {
			t.Fatalf("Run did not prove epoch %d: %+v", join, a.Prover.Stats(set))
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("prover Run: %v", err)
	}
	sc.Close()
	if err := <-scDone; err != nil {
		t.Fatalf("scrubber Run: %v", err)
	}
	if n := w.provenEpochs(set)[join]; n != 1 {
		t.Fatalf("epoch %d: %d proofs", join, n)
	}
}
