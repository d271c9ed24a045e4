package market_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"io/fs"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/p2p"
)

// Helpers shared by the v2 client tests: generated files and trees, and a
// shard server that trickles.

func randomFile(t testing.TB, size int) (string, []byte) {
	data := make([]byte, size)
	if _, err := rand.Read(data); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), fmt.Sprintf("file-%d.bin", size))
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p, data
}

// genFile writes size bytes of a deterministic stream (ChaCha8 seeded by
// seed) to a new file, without holding them in memory.
func genFile(t testing.TB, size int64, seed byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "gen-"+strconv.FormatInt(size, 10)+".bin")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := io.CopyN(f, mrand.NewChaCha8([32]byte{seed}), size); err != nil {
		t.Fatal(err)
	}
	return p
}

// genRange is bytes [off, off+n) of genFile's stream.
func genRange(seed byte, off, n int64) []byte {
	r := mrand.NewChaCha8([32]byte{seed})
	if _, err := io.CopyN(io.Discard, r, off); err != nil {
		panic(err)
	}
	b := make([]byte, n)
	_, _ = io.ReadFull(r, b)
	return b
}

// writeTree makes a small folder: nested files, an empty file, an empty
// directory, an executable, a symlink.
func writeTree(t *testing.T, root string) {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "docs", "deep"), 0o750))
	must(os.MkdirAll(filepath.Join(root, "empty"), 0o700))
	for i, name := range []string{"a.txt", "docs/b.md", "docs/deep/c.bin", "zero"} {
		_, data := randomFile(t, []int{1000, 70_000, 300_000, 0}[i])
		must(os.WriteFile(filepath.Join(root, name), data, 0o640))
	}
	must(os.WriteFile(filepath.Join(root, "run.sh"), []byte("#!/bin/sh\necho hi\n"), 0o755))
	must(os.Symlink("docs/b.md", filepath.Join(root, "link")))
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	must(os.Chtimes(filepath.Join(root, "a.txt"), old, old))
}

// snapshot maps each path under root to what a restore must keep.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if rel == "." {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		v := info.Mode().String()
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			v += " -> " + target
		case info.Mode().IsRegular():
			b, _ := os.ReadFile(p)
			v += " " + info.ModTime().UTC().Format(time.RFC3339Nano) + " " + string(bytes.Clone(b))
		case info.IsDir() && rel != ".":
			v += " " + info.ModTime().UTC().Format(time.RFC3339Nano)
		}
		out[filepath.ToSlash(rel)] = v
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameSnapshot(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d entries, want %d", what, len(got), len(want))
	}
	for p, w := range want {
		if g := got[p]; g != w {
			if len(g) > 80 {
				g = g[:80]
			}
			if len(w) > 80 {
				w = w[:80]
			}
			t.Fatalf("%s: %s is %q, want %q", what, p, g, w)
		}
	}
}

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
