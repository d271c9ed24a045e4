package atomicfile

import "os"

// WritebackChunk is how many bytes a Writeback lets accumulate before it
// asks the kernel to start writing them out.
const WritebackChunk = 8 << 20

// Writeback starts the kernel writing a file's dirty pages back while the
// file is still being written, so the fsync that ends the write flushes
// only the last chunk instead of the whole file, and the dirty pages a
// long write leaves stay bounded. pebble does the same (its BytesPerSync).
// What it measured is in docs/storage.md.
//
// It is a hint: where the kernel or filesystem cannot do it (not Linux,
// a pipe, a filesystem without sync_file_range) it does nothing, and the
// fsync in Commit still reports every write error. The zero value is not
// usable; see NewWriteback.
type Writeback struct {
	f *os.File
	// started is the offset up to which writeback was asked for; end the
	// offset written so far (writes are sequential, appended by Wrote).
	started, end int64
	// calls counts the hints given (tests read it); off is set once one
	// fails, and then none is tried again.
	calls int
	off   bool
}

// NewWriteback returns a Writeback for f, whose next byte is at offset
// end.
func NewWriteback(f *os.File, end int64) *Writeback {
	return &Writeback{f: f, started: end, end: end}
}

// Wrote records n more bytes written at the end of the file. Once
// WritebackChunk bytes are not yet started, it starts them.
func (w *Writeback) Wrote(n int64) {
	w.end += n
	if w.off || w.end-w.started < WritebackChunk {
		return
	}
	w.calls++
	if !startWriteback(w.f, w.end) {
		w.off = true
		return
	}
	w.started = w.end
}
