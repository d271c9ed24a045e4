package storage_test

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/storage"
)

const (
	crashDirEnv   = "CAIRN_STORE_CRASH_DIR"
	crashRoundEnv = "CAIRN_STORE_CRASH_ROUND"
)

// crashShard is shard i of a child round; its slot id encodes (round, i) so
// the checker can regenerate the expected bytes from the slot alone.
func crashShard(t testing.TB, round, i int) testShard {
	size := 64 * (1 + (i*7919+round*104729)%8192) // 64 B … 512 KiB
	seed := uint64(round)<<32 | uint64(i)
	sh := makeShard(t, seed, size)
	sh.slot = storage.SlotID{}
	sh.slot[0] = 0xc5
	binary.BigEndian.PutUint64(sh.slot[1:], seed)
	sh.meta.RequestID = sh.slot
	return sh
}

func shardOfSlot(t testing.TB, slot storage.SlotID) testShard {
	seed := binary.BigEndian.Uint64(slot[1:])
	return crashShard(t, int(seed>>32), int(uint32(seed)))
}

// childTB lets the crash child (a process, not a test) use the test
// helpers: a failure prints and exits non-zero.
type childTB struct{ testing.TB }

func (childTB) Helper()                   {}
func (childTB) Fatal(args ...any)         { fmt.Fprintln(os.Stderr, args...); os.Exit(2) }
func (childTB) Fatalf(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...); os.Exit(2) }

// crashChild is the child process of TestStoreKill9 (run from TestMain when
// crashDirEnv is set): it writes, resumes, commits, re-states and deletes
// shards until it is killed.
func crashChild(dir string) {
	t := childTB{}
	round, _ := strconv.Atoi(os.Getenv(crashRoundEnv))
	s := openStore(t, dir, 1<<40)
	deadline := time.Now().Add(20 * time.Second)
	for i := 0; time.Now().Before(deadline); i++ {
		sh := crashShard(t, round, i)
		w, err := s.Begin(sh.slot, sh.meta)
		if err != nil {
			t.Fatal(err)
		}
		for off := 0; off < len(sh.data); off += 4096 {
			if _, err := w.Write(sh.data[off:min(off+4096, len(sh.data))]); err != nil {
				t.Fatal(err)
			}
			if off%(64<<10) == 0 && off > 0 { // pause and resume the transfer
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
				if w, err = s.Begin(sh.slot, sh.meta); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := w.Commit(); err != nil {
			t.Fatal(err)
		}
		if i%3 == 1 {
			if err := s.SetState(sh.slot, storage.StateFilled); err != nil {
				t.Fatal(err)
			}
		}
		if i%4 == 3 {
			if err := s.Delete(crashShard(t, round, i-2).slot); err != nil {
				t.Fatal(err)
			}
		}
		fmt.Println("committed", i)
	}
}

// TestStoreKill9 kills a writing child process at random points (SIGKILL),
// then reopens the store and checks it: every complete shard is intact and
// verifies, no receiving shard is visible as stored, index and files agree,
// used space is exact, and interrupted transfers resume to a valid shard.
func TestStoreKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	dir := t.TempDir()
	rounds := 6
	for round := range rounds {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, crashRoundEnv+"="+strconv.Itoa(round))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		if !sc.Scan() { // the child committed its first shard
			cmd.Wait()
			t.Fatalf("round %d: child produced no output: %s", round, stderr.String())
		}
		time.Sleep(time.Duration(rand.IntN(300)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		go io.Copy(io.Discard, out)
		if err := cmd.Wait(); err == nil {
			t.Fatalf("round %d: child exited cleanly before the kill: %s", round, stderr.String())
		}
		checkCrashedStore(t, dir, round)
	}
}

func checkCrashedStore(t *testing.T, dir string, round int) {
	t.Helper()
	s := openStore(t, dir, 1<<40)
	defer s.Close()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var used uint64
	complete, receiving := map[string]bool{}, map[string]bool{}
	var resumed []testShard
	for _, info := range list {
		sh := shardOfSlot(t, info.Slot)
		if info.ShardMeta != sh.meta {
			t.Fatalf("round %d: slot %s meta %+v, want %+v", round, info.Slot, info.ShardMeta, sh.meta)
		}
		used += info.Size
		if info.State == storage.StateReceiving {
			receiving[info.Slot.String()] = true
			resumed = append(resumed, sh)
			continue
		}
		complete[info.Slot.String()] = true
		got, err := os.ReadFile(info.Path)
		if err != nil || !bytes.Equal(got, sh.data) {
			t.Fatalf("round %d: slot %s (%s): file differs or missing: %v", round, info.Slot, info.State, err)
		}
		tree, err := s.Tree(info.Slot)
		if err != nil || tree.Root() != sh.meta.Root {
			t.Fatalf("round %d: slot %s: cached tree %v", round, info.Slot, err)
		}
	}
	if s.Used() != used {
		t.Fatalf("round %d: used %d, index sums to %d", round, s.Used(), used)
	}
	assertDir(t, filepath.Join(dir, "shards"), complete, true)
	assertDir(t, filepath.Join(dir, "partial"), receiving, false)
	for _, sh := range resumed {
		w, err := s.Begin(sh.slot, sh.meta)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(sh.data[w.Offset():]); err != nil {
			t.Fatal(err)
		}
		if err := w.Commit(); err != nil {
			t.Fatalf("round %d: resumed slot %s: %v", round, sh.slot, err)
		}
	}
	t.Logf("round %d: %d complete shards, %d interrupted transfers resumed", round, len(complete), len(resumed))
}

// assertDir checks that dir holds exactly want (exact) or a subset of it.
func assertDir(t *testing.T, dir string, want map[string]bool, exact bool) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	for _, e := range ents {
		if !want[e.Name()] {
			t.Fatalf("%s: unexpected file %s", dir, e.Name())
		}
	}
	if exact && len(ents) != len(want) {
		t.Fatalf("%s: %d files, index has %d", dir, len(ents), len(want))
	}
}
