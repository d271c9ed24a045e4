package chaos_test

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/internal/chaos"
)

// TestKill9MidRepair: a 2+1 put on four providers leaves one spare; one
// holder loses its shard file, its prover declares it and the slot turns
// Repair. The spare's repairer reserves it and is killed with SIGKILL at
// once (before its rebuild and fill), restarted on its datadir, and
// finishes the repair: the slot is held by the spare with its shard on
// disk, every set proves again, no reservation lapsed, the spare reserved
// and filled the slot once each (its transactions counted on chain), and
// the file reads back byte-exact. CAIRN_CHAOS only (~2 min: the declare
// and the repair take several epochs).
func TestKill9MidRepair(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet of cairn processes")
	}
	cairntest.Long(t, "CAIRN_CHAOS", "make chaos scenario")
	ctx := t.Context()
	h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 4})
	in, data := h.RandomFile("hello.bin", 300_000)
	if _, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "2", "--m", "1", "--epochs", "60", in); err != nil {
		t.Fatalf("put: %v", err)
	}
	held := h.CheckAssigned(ctx)
	holds := map[int]bool{}
	for _, s := range held {
		holds[s.Provider] = true
	}
	spare := 0
	for i := 1; i <= 4; i++ {
		if !holds[i] {
			spare = i
		}
	}
	if spare == 0 || len(held) != 3 {
		t.Fatalf("held %+v: want three holders and a spare", held)
	}
	lost := held[0]
	off := len(h.Log(spare))
	if err := os.Remove(filepath.Join(h.DataDir(lost.Provider), "provider", "store", "shards", hex.EncodeToString(lost.Slot[:]))); err != nil {
		t.Fatal(err)
	}
	h.WaitLog(ctx, spare, off, 3*time.Minute, "component=repairer", `msg="slot reserved"`)
	h.Kill9(spare)
	h.Restart(spare)

	deadline := time.Now().Add(3 * time.Minute)
	for {
		now := h.Holders(ctx)
		if s, ok := now[lost.Slot]; ok && s.Provider == spare {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("slot %d not repaired by provider %d within 3 min; its log ends:\n%s", lost.Index, spare, h.LogTail(spare))
		}
		time.Sleep(250 * time.Millisecond)
	}
	held = h.CheckAssigned(ctx)
	h.CheckProven(ctx, held, 90*time.Second)
	h.CheckFunds(ctx, held)
	reserves, fills := 0, 0
	for _, c := range h.Calls(ctx, spare, "reserveSlot", 0) {
		if slotArgs(c, lost) {
			reserves++
		}
	}
	for _, c := range h.Calls(ctx, spare, "fillSlot", 0) {
		if slotArgs(c, lost) {
			fills++
		}
	}
	if reserves != 1 || fills != 1 {
		t.Errorf("provider %d sent %d reserveSlot and %d fillSlot for the repaired slot, want one each (paid once)", spare, reserves, fills)
	}
	h.Get(ctx, "hello.bin", data)
	h.CheckAlive()
	if t.Failed() {
		t.Logf("provider %d log ends:\n%s", spare, h.LogTail(spare))
	}
}
