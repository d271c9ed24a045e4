package marketv2_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Endings gives each request's end epoch and block, a wall-clock estimate
// from the configured or the measured block time, and a warning within the
// horizon; a terminated request ends at its stop.
func TestEndings(t *testing.T) {
	w := newWorld(t)
	ctx := t.Context()
	start, end := w.window(2, 12)
	long := w.request(4096, start, end)
	short := w.request(4096, start, start+3)
	// 17 blocks 5 s apart: the last 16 intervals (the sample) are all 5 s; the
	// first depends on the wall clock.
	if err := w.RPC.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(17), hexutil.Uint64(5)); err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	head := w.Head()
	for _, tc := range []struct {
		name string
		cfg  marketv2.EndingConfig
		bt   time.Duration
	}{
		{"configured", marketv2.EndingConfig{BlockTime: 2 * time.Second, Horizon: time.Duration(w.EpochStart(start+3)-head) * 2 * time.Second}, 2 * time.Second},
		{"measured", marketv2.EndingConfig{Sample: 16, Fallback: time.Hour, Horizon: time.Duration(w.EpochStart(start+3)-head) * 5 * time.Second}, 5 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := w.Client.Endings(ctx, [][32]byte{long.id, short.id}, tc.cfg, now)
			if err != nil || len(got) != 2 {
				t.Fatalf("endings %+v, %v", got, err)
			}
			for i, want := range []struct {
				end  uint64
				warn bool
			}{{end, false}, {start + 3, true}} {
				e := got[i]
				at := now.Add(time.Duration(w.EpochStart(want.end)-head) * tc.bt)
				if e.EndEpoch != want.end || e.EndBlock != w.EpochStart(want.end) || !e.At.Equal(at) || e.Warn != want.warn || e.Ended {
					t.Errorf("request %d: %+v; want end %d at %s, warn %t", i, e, want.end, at, want.warn)
				}
			}
		})
	}
	stopEpoch := w.CurrentEpoch() + 2
	if _, err := w.Client.Terminate(ctx, long.id); err != nil {
		t.Fatal(err)
	}
	got, err := w.Client.Endings(ctx, [][32]byte{long.id}, marketv2.EndingConfig{BlockTime: time.Second}, now)
	if err != nil || got[0].EndEpoch != stopEpoch || !got[0].Ended || got[0].Warn {
		t.Fatalf("terminated: %+v, %v; want ended at stop %d", got, err, stopEpoch)
	}
}
