package market

import (
	"io"
	"sync/atomic"
)

// progressEvery is how many bytes pass between two transfer progress events.
const progressEvery = 1 << 20

// countingReaderAt reports the high-water mark of bytes read through it
// (p2p pushes read a shard in order from the resume offset).
type countingReaderAt struct {
	r      io.ReaderAt
	high   atomic.Int64
	next   atomic.Int64
	report func(done int64)
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	end := off + int64(n)
	for {
		h := c.high.Load()
		if end <= h || c.high.CompareAndSwap(h, end) {
			break
		}
	}
	if end >= c.next.Load() {
		c.next.Store(end + progressEvery)
		c.report(end)
	}
	return n, err
}

// countingWriter reports bytes written through it (and adds them to got,
// if set).
type countingWriter struct {
	w      io.Writer
	n      int64
	next   int64
	report func(done int64)
	got    *atomic.Int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	if c.got != nil {
		c.got.Add(int64(n))
	}
	if c.n >= c.next {
		c.next = c.n + progressEvery
		c.report(c.n)
	}
	return n, err
}

// countingReader reports bytes read through it.
type countingReader struct {
	r      io.Reader
	n      int64
	next   int64
	report func(done int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n >= c.next {
		c.next = c.n + 4*progressEvery
		c.report(c.n)
	}
	return n, err
}
