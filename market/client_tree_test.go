package market_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market"
)

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

// TestPutTree: put -r stores a folder as one request (small files packed,
// tree in a sealed index), reports what it cannot store (a named pipe) and
// stores the rest, and get -r restores it exactly — contents, modes,
// mtimes, empty dirs and files, symlinks as links; a second put -r after
// a change uploads only the changed and new files; a third with no change
// uploads nothing.
func TestPutTree(t *testing.T) {
	w := newWorld(t, 3)
	ctx := t.Context()
	client, _ := w.newClient(newMnemonic(t), smallClientConfig())
	root := filepath.Join(t.TempDir(), "project")
	writeTree(t, root)
	// Something put -r cannot store (a named pipe): reported, the rest stored.
	fifo := filepath.Join(root, "docs", "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	docs, err := os.Stat(filepath.Dir(fifo))
	if err != nil {
		t.Fatal(err)
	}
	first, err := client.PutTree(ctx, root)
	if err != nil {
		t.Fatalf("put -r: %v", err)
	}
	if first.Files != 5 || first.Uploaded != 5 || first.Dirs != 3 || first.Links != 1 || len(first.Skipped) != 1 || !strings.Contains(first.Skipped[0], "pipe") {
		t.Fatalf("put -r: %+v", first)
	}
	if err := os.Remove(fifo); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Dir(fifo), docs.ModTime(), docs.ModTime()); err != nil {
		t.Fatal(err) // as put -r saw it
	}
	files, err := client.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Name != "project/" || !market.IsFolder(files[0]) {
		t.Fatalf("a folder should be one listed upload: %+v", files)
	}
	restore := func(what string) {
		t.Helper()
		f, err := client.Resolve(ctx, "project/")
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "restored")
		if _, err := client.GetTree(ctx, f, out, false); err != nil {
			t.Fatalf("%s: get -r: %v", what, err)
		}
		sameSnapshot(t, what, snapshot(t, out), snapshot(t, root))
	}
	restore("first version")

	// Change one file, add one, remove one.
	if err := os.WriteFile(filepath.Join(root, "docs", "b.md"), []byte("rewritten"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "new.txt"), []byte("new file"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(root, "zero")); err != nil {
		t.Fatal(err)
	}
	second, err := client.PutTree(ctx, root)
	if err != nil {
		t.Fatalf("second put -r: %v", err)
	}
	if second.Uploaded != 2 || second.Reused != 3 || second.UploadedBytes != int64(len("rewritten")+len("new file")) || second.ID == first.ID {
		t.Fatalf("second put -r should upload only the 2 changed files: %+v", second)
	}
	restore("second version")

	third, err := client.PutTree(ctx, root)
	if err != nil {
		t.Fatalf("third put -r: %v", err)
	}
	if !third.UpToDate || third.ID != second.ID || third.Uploaded != 0 {
		t.Fatalf("put -r of an unchanged folder: %+v", third)
	}
}
