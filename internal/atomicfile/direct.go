package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"unsafe"
)

// DirectAlign is the alignment of a direct write's file offset, length and
// memory: 4 KiB covers disks of 512-byte and of 4 KiB logical blocks.
const DirectAlign = 4096

// DirectChunk is how many bytes an Appender gathers before one direct
// write (a 4 MiB write at a time keeps the disk as busy as the page
// cache's writeback does; measured in docs/storage.md).
const DirectChunk = 4 << 20

// directWriteAt is the O_DIRECT write (a variable so that a test can make
// the file system refuse it).
var directWriteAt = (*os.File).WriteAt

// chunks recycles the appenders' aligned buffers.
var chunks = sync.Pool{New: func() any {
	raw := make([]byte, DirectChunk+DirectAlign)
	skip := (DirectAlign - int(uintptr(unsafe.Pointer(&raw[0]))%DirectAlign)) % DirectAlign
	b := raw[skip : skip+DirectChunk : skip+DirectChunk]
	return &b
}}

// Appender writes a file sequentially from a given offset, past the page
// cache where the file system allows it: the bytes gather in an aligned
// chunk that is written with O_DIRECT through a second descriptor of the
// file, and what is not a whole block (the start up to the first block
// boundary, the tail at Flush) goes through the file's own descriptor.
//
// It is for large files that are written once and not read back soon: a
// file a get writes out. On this project's VMs a buffered write of 1 GiB and its
// fsync cost 1.6–2.3 CPU seconds in the kernel against 0.12–0.15 direct,
// at the same disk rate (docs/storage.md). Where O_DIRECT is refused
// (not Linux, tmpfs on older kernels, some FUSE file systems) every write
// is a buffered one, with a Writeback.
//
// The bytes of a Write are in the file only after the chunk they fill is
// written, or after Flush: a process killed between leaves a shorter
// file (a prefix of what was written), which is what a resume reads.
// The caller owns f: it fsyncs it after Flush and closes it after Close.
type Appender struct {
	f   *os.File
	d   *os.File // the O_DIRECT descriptor; nil where refused or once it failed
	wb  *Writeback
	buf *[]byte
	n   int   // bytes gathered in buf: the file's [off, off+n)
	off int64 // file offset of buf[0]; a block boundary while d != nil
}

// NewAppender returns an Appender for f whose next byte is at offset off.
func NewAppender(f *os.File, off int64) *Appender {
	a := &Appender{f: f, off: off, wb: NewWriteback(f, off)}
	if d := openDirect(f); d != nil {
		a.d, a.buf = d, chunks.Get().(*[]byte)
	}
	return a
}

// NewBufferedAppender is an Appender for f that writes through the page
// cache (for a file read back at once).
func NewBufferedAppender(f *os.File, off int64) *Appender {
	return &Appender{f: f, off: off, wb: NewWriteback(f, off)}
}

// Direct reports whether writes still bypass the page cache.
func (a *Appender) Direct() bool { return a.d != nil }

// Write appends p. With O_DIRECT it returns once p is gathered; a write
// error of an earlier chunk is returned by the Write that fills the next.
func (a *Appender) Write(p []byte) (int, error) {
	if a.d == nil {
		return a.buffered(p)
	}
	written := 0
	if head := int((DirectAlign - a.off%DirectAlign) % DirectAlign); a.n == 0 && head > 0 {
		// Not on a block boundary (a resumed file, or after a Flush):
		// the bytes up to the next one go through the page cache.
		n, err := a.buffered(p[:min(head, len(p))])
		if written += n; err != nil {
			return written, err
		}
		p = p[n:]
	}
	buf := *a.buf
	for len(p) > 0 {
		c := copy(buf[a.n:], p)
		a.n += c
		p = p[c:]
		written += c
		if a.n < len(buf) {
			continue
		}
		if err := a.writeChunk(a.n); err != nil {
			return written - c, err
		}
		if a.d == nil { // fell back to the page cache
			n, err := a.buffered(p)
			return written + n, err
		}
	}
	return written, nil
}

// buffered writes p at the end through the file's own descriptor.
func (a *Appender) buffered(p []byte) (int, error) {
	n, err := a.f.WriteAt(p, a.off)
	a.off += int64(n)
	a.wb.Wrote(int64(n))
	return n, err
}

// writeChunk writes the first n gathered bytes (a multiple of
// DirectAlign) with O_DIRECT and moves what follows them to the front.
func (a *Appender) writeChunk(n int) error {
	buf := *a.buf
	if _, err := directWriteAt(a.d, buf[:n], a.off); err != nil {
		if !errors.Is(err, syscall.EINVAL) {
			return fmt.Errorf("write %s at %d: %w", a.f.Name(), a.off, err)
		}
		// The file system took the open but not the write: what is
		// gathered and every later write go through the page cache.
		pending := a.n
		a.n = 0
		_, err := a.buffered(buf[:pending])
		a.stopDirect()
		if err != nil {
			return fmt.Errorf("write %s at %d: %w", a.f.Name(), a.off, err)
		}
		return nil
	}
	a.off += int64(n)
	a.n = copy(buf, buf[n:a.n])
	return nil
}

// Flush writes every gathered byte, so that an fsync of f covers all
// that Write accepted.
func (a *Appender) Flush() error {
	if a.d == nil || a.n == 0 {
		return nil
	}
	if whole := a.n - a.n%DirectAlign; whole > 0 {
		if err := a.writeChunk(whole); err != nil {
			return err
		}
		if a.d == nil {
			return nil
		}
	}
	if a.n > 0 {
		tail := (*a.buf)[:a.n]
		a.n = 0
		if _, err := a.buffered(tail); err != nil {
			return fmt.Errorf("write %s at %d: %w", a.f.Name(), a.off, err)
		}
	}
	return nil
}

// Close drops the gathered bytes not yet flushed and the O_DIRECT
// descriptor; f stays open. It may be called more than once.
func (a *Appender) Close() error {
	a.n = 0
	return a.stopDirect()
}

func (a *Appender) stopDirect() error {
	if a.d == nil {
		return nil
	}
	err := a.d.Close()
	a.d = nil
	chunks.Put(a.buf)
	a.buf = nil
	return err
}
