package atomicfile_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/iotest"

	"go.uber.org/goleak"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out")
	for _, data := range [][]byte{[]byte("one"), []byte("two, longer"), nil} {
		if err := atomicfile.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("got %q, %v; want %q", got, err, data)
		}
	}
	assertOnly(t, dir, "out")
}

func TestWriteFromFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out")
	boom := errors.New("boom")
	r := io.MultiReader(bytes.NewReader([]byte("partial")), iotest.ErrReader(boom))
	if _, err := atomicfile.WriteFrom(p, r, 0o600); !errors.Is(err, boom) {
		t.Fatalf("got %v, want boom", err)
	}
	assertOnly(t, dir)
}

func TestAbortKeepsOld(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out")
	if err := atomicfile.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := atomicfile.Create(p, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := a.Abort(); err != nil {
		t.Fatal(err)
	}
	if err := a.Abort(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "old" {
		t.Fatalf("got %q", got)
	}
	assertOnly(t, dir, "out")
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("dir has %v, want %v", got, names)
	}
	for i := range got {
		if got[i] != names[i] {
			t.Fatalf("dir has %v, want %v", got, names)
		}
	}
}

// TestReadFromFiles: files copied in with io.Copy (ReadFrom) are published
// whole, one after another, and nothing is visible before Commit.
func TestReadFromFiles(t *testing.T) {
	dir := t.TempDir()
	var want []byte
	var srcs []string
	for i, part := range []string{"first part, ", "second part"} {
		p := filepath.Join(dir, "src"+string(rune('0'+i)))
		if err := os.WriteFile(p, []byte(part), 0o600); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, p)
		want = append(want, part...)
	}
	out := filepath.Join(dir, "out")
	f, err := atomicfile.Create(out, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	for _, p := range srcs {
		src, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		_, err = io.Copy(f, src)
		src.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("target visible before commit: %v", err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, want) {
		t.Fatalf("got %q, %v; want %q", got, err, want)
	}
	if _, err := f.ReadFrom(bytes.NewReader(nil)); err == nil {
		t.Fatal("ReadFrom after Commit accepted")
	}
}

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestWriteback writes three and a half chunks, by Write and by ReadFrom:
// writeback is started once per chunk (on Linux; elsewhere the first hint
// turns it off) and the committed file holds every byte.
func TestWriteback(t *testing.T) {
	const size = 3*atomicfile.WritebackChunk + atomicfile.WritebackChunk/2
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(i * 7 / 5)
	}
	src := filepath.Join(t.TempDir(), "src")
	if err := os.WriteFile(src, data, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		write func(a *atomicfile.File) error
	}{
		{"write 1 MiB at a time", func(a *atomicfile.File) error {
			for b := data; len(b) > 0; b = b[min(len(b), 1<<20):] {
				if _, err := a.Write(b[:min(len(b), 1<<20)]); err != nil {
					return err
				}
			}
			return nil
		}},
		{"read from a file", func(a *atomicfile.File) error {
			f, err := os.Open(src)
			if err != nil {
				return err
			}
			defer f.Close()
			n, err := a.ReadFrom(f)
			if err == nil && n != size {
				t.Errorf("ReadFrom copied %d bytes, want %d", n, size)
			}
			return err
		}},
		{"read from a stream", func(a *atomicfile.File) error {
			_, err := a.ReadFrom(iotest.HalfReader(bytes.NewReader(data)))
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "out")
			a, err := atomicfile.Create(p, 0o600)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Abort()
			if err := tc.write(a); err != nil {
				t.Fatal(err)
			}
			calls, off := atomicfile.WritebackCalls(atomicfile.FileWriteback(a))
			if runtime.GOOS == "linux" {
				if calls != 3 || off {
					t.Errorf("writeback started %d times (turned off: %v), want 3 times, never off", calls, off)
				}
			} else if calls != 1 || !off {
				t.Errorf("writeback tried %d times (turned off: %v), want once, then off", calls, off)
			}
			if err := a.Commit(); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(p)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("committed file differs from what was written (%d bytes, %v)", len(got), err)
			}
		})
	}
}
