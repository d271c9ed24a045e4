package atomicfile_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

func pattern(n int, seed uint64) []byte {
	b := make([]byte, n)
	r := rand.New(rand.NewPCG(seed, 7))
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// appendAll writes data to a through writes of step bytes.
func appendAll(t *testing.T, a *atomicfile.Appender, data []byte, step int) {
	t.Helper()
	for len(data) > 0 {
		n := min(step, len(data))
		w, err := a.Write(data[:n])
		if err != nil || w != n {
			t.Fatalf("write %d: %d, %v", n, w, err)
		}
		data = data[n:]
	}
}

// TestAppender: whatever the sizes, the write steps and the starting
// offset (a resumed file starts off a block boundary), the file holds
// exactly the bytes written after Flush, and on a file system that takes
// O_DIRECT (Linux's ext4 and tmpfs) the writes went past the page cache.
func TestAppender(t *testing.T) {
	const chunk = atomicfile.DirectChunk
	cases := []struct {
		name        string
		prefix      int // bytes in the file before the appender
		size, step  int
		flushMidway bool
	}{
		{"empty", 0, 0, 1, false},
		{"one byte", 0, 1, 1, false},
		{"under a block", 0, 4095, 1000, false},
		{"one block", 0, 4096, 4096, false},
		{"a block and a byte", 0, 4097, 64 << 10, false},
		{"a chunk less a byte", 0, chunk - 1, 64 << 10, false},
		{"one chunk", 0, chunk, chunk, false},
		{"chunks and a tail, small steps", 0, 3*chunk + 123, 65_000, false},
		{"chunks, steps over a chunk", 0, 3*chunk + 4096, chunk + 5, false},
		{"resumed off a boundary", 1000, 2*chunk + 77, 64 << 10, false},
		{"resumed on a boundary", 8192, chunk + 1, 1 << 20, false},
		{"flush midway then more", 0, 2*chunk + 999, 1 << 20, true},
	}
	direct := runtime.GOOS == "linux" && atomicfile.DirectSupported(t.TempDir())
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f")
			prefix := pattern(tc.prefix, 1)
			if err := os.WriteFile(path, prefix, 0o600); err != nil {
				t.Fatal(err)
			}
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a := atomicfile.NewAppender(f, int64(tc.prefix))
			defer a.Close()
			if a.Direct() != direct {
				t.Fatalf("Direct() = %v on a file system that takes O_DIRECT: %v", a.Direct(), direct)
			}
			data := pattern(tc.size, 2)
			half := len(data) / 2
			if tc.flushMidway {
				appendAll(t, a, data[:half], tc.step)
				if err := a.Flush(); err != nil {
					t.Fatal(err)
				}
				data = data[half:]
			}
			appendAll(t, a, data, tc.step)
			if err := a.Flush(); err != nil {
				t.Fatal(err)
			}
			if a.Direct() != direct {
				t.Fatalf("Direct() = %v after the writes, want %v", a.Direct(), direct)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := append(prefix, pattern(tc.size, 2)...)
			if !bytes.Equal(got, want) {
				t.Fatalf("file holds %d bytes, want %d (equal prefix %d)", len(got), len(want), commonPrefix(got, want))
			}
		})
	}
}

// TestAppenderUnflushedIsAPrefix: bytes gathered but not flushed (a
// process killed mid-write) leave the file a prefix of what was written,
// in whole chunks, which is what a resume reads.
func TestAppenderUnflushedIsAPrefix(t *testing.T) {
	f, path := directFile(t)
	a := atomicfile.NewAppender(f, 0)
	data := pattern(2*atomicfile.DirectChunk+5000, 3)
	appendAll(t, a, data, 100_000)
	a.Close() // what was gathered is dropped, as by a kill
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2*atomicfile.DirectChunk || !bytes.Equal(got, data[:len(got)]) {
		t.Fatalf("file holds %d bytes (prefix %v), want the first %d", len(got), bytes.Equal(got, data[:min(len(got), len(data))]), 2*atomicfile.DirectChunk)
	}
}

// TestAppenderFallsBack: a file system that opens O_DIRECT but refuses
// its writes (EINVAL) gets every byte through the page cache instead,
// the gathered ones included.
func TestAppenderFallsBack(t *testing.T) {
	f, path := directFile(t)
	defer atomicfile.RefuseDirectWrites()()
	a := atomicfile.NewAppender(f, 0)
	defer a.Close()
	data := pattern(2*atomicfile.DirectChunk+4321, 4)
	appendAll(t, a, data, 3<<20)
	if a.Direct() {
		t.Fatal("still direct after the file system refused a direct write")
	}
	if err := a.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Fatalf("file holds %d bytes, want %d", len(got), len(data))
	}
}

// TestCreateDirect: a direct atomic file publishes every byte at Commit
// and leaves nothing at Abort.
func TestCreateDirect(t *testing.T) {
	dir := t.TempDir()
	data := pattern(atomicfile.DirectChunk+77, 5)
	for _, commit := range []bool{true, false} {
		path := filepath.Join(dir, "out")
		os.Remove(path)
		a, err := atomicfile.CreateDirect(path, 0o640)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.Write(data[:1000]); err != nil {
			t.Fatal(err)
		}
		if _, err := a.ReadFrom(bytes.NewReader(data[1000:])); err != nil {
			t.Fatal(err)
		}
		if !commit {
			if err := a.Abort(); err != nil {
				t.Fatal(err)
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 0 {
				t.Fatalf("abort left %v", ents)
			}
			continue
		}
		if err := a.Commit(); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("committed %d bytes (%v), want %d", len(got), err, len(data))
		}
		if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
			t.Fatalf("mode %v", st.Mode())
		}
	}
}

// directFile creates a file in a directory whose file system takes
// O_DIRECT (the test is about the direct path: elsewhere every write is
// buffered, which TestAppender covers).
func directFile(t *testing.T) (*os.File, string) {
	t.Helper()
	dir := t.TempDir()
	if !atomicfile.DirectSupported(dir) {
		t.Skipf("%s does not take O_DIRECT: every write is buffered there", dir)
	}
	path := filepath.Join(dir, "f")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

func commonPrefix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
