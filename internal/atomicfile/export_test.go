package atomicfile

import (
	"os"
	"syscall"
)

// WritebackCalls is how many writeback hints w gave and whether they
// stopped because one failed.
func WritebackCalls(w *Writeback) (int, bool) { return w.calls, w.off }

// FileWriteback is a's Writeback.
func FileWriteback(a *File) *Writeback { return a.wb }

// RefuseDirectWrites makes every O_DIRECT write fail with EINVAL, as a
// file system that takes the open but not the write does, until undo.
func RefuseDirectWrites() (undo func()) {
	old := directWriteAt
	directWriteAt = func(*os.File, []byte, int64) (int, error) { return 0, syscall.EINVAL }
	return func() { directWriteAt = old }
}

// DirectSupported reports whether dir's file system takes O_DIRECT opens.
func DirectSupported(dir string) bool {
	f, err := os.CreateTemp(dir, "probe")
	if err != nil {
		return false
	}
	defer os.Remove(f.Name())
	defer f.Close()
	d := openDirect(f)
	if d != nil {
		d.Close()
	}
	return d != nil
}
