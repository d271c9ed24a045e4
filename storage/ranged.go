package storage

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// HeaderSpan is the prefix [0, HeaderSpan) of every shard a ranged decode
// reads, besides RangeSpan's span: the stream header lives there.
const HeaderSpan = 64

// RangeSpan returns the byte range [from, to) of every shard that
// DecodeRange reads for plaintext [off, off+n) of a file of size bytes split
// into k data shards: whole stripes, so that a missing data shard can be
// rebuilt from any k others.
func RangeSpan(size int64, k int, off, n int64) (from, to uint64, err error) {
	l, err := newLayout(size, k, 1)
	if err != nil {
		return 0, 0, err
	}
	if err := checkRange(size, off, n); err != nil {
		return 0, 0, err
	}
	if n == 0 {
		return 0, 0, nil
	}
	x0, x1 := segmentCipherRange(l, off, n)
	stripeData := int64(k) * StripeChunk
	s0, s1 := x0/stripeData, (x1-1)/stripeData
	_, chunk := l.stripe(s1)
	return uint64(s0) * StripeChunk, uint64(s1)*StripeChunk + uint64(chunk), nil
}

// ErrRange: a byte range outside the file.
var ErrRange = errors.New("storage: range outside the file")

func checkRange(size, off, n int64) error {
	if off < 0 || n < 0 || off > size || n > size-off {
		return fmt.Errorf("bytes %d+%d of a %d-byte file: %w", off, n, size, ErrRange)
	}
	return nil
}

// segmentCipherRange is the encrypted stream's byte range [x0, x1) holding
// the sealed segments that cover plaintext [off, off+n), n > 0.
func segmentCipherRange(l layout, off, n int64) (int64, int64) {
	padded := paddedOf(l)
	j0 := (off + lengthFieldSize) / SegmentSize
	j1 := (off + n + lengthFieldSize - 1) / SegmentSize
	last := min(int64(SegmentSize), padded-j1*SegmentSize)
	return StreamHeaderSize + j0*sealedSegment, StreamHeaderSize + j1*sealedSegment + last + TagSize
}

func paddedOf(l layout) int64 {
	p, _ := PaddedSize(l.size) // newLayout checked the size
	return p
}

// DecodeRange writes plaintext bytes [off, off+n) of the file to w,
// decrypting only the 64 KiB segments that hold them. shards has k+m
// entries, nil for a missing one; a present one need only serve
// [0, HeaderSpan) and RangeSpan's span. Data shards are read directly; a
// missing one's bytes are rebuilt from any k present shards. Roots are not
// checked (a range is not a whole shard): integrity comes from each
// segment's AEAD tag, so a shard serving wrong bytes gives ErrDecrypt, and
// nothing unauthenticated reaches w.
func DecodeRange(ctx context.Context, p DecodeParams, shards []io.ReaderAt, off, n int64, w io.Writer) error {
	l, err := newLayout(p.Size, p.K, p.M)
	if err != nil {
		return err
	}
	if len(shards) != p.K+p.M {
		return fmt.Errorf("%d shards for k=%d m=%d: %w", len(shards), p.K, p.M, ErrBadParams)
	}
	if err := checkRange(p.Size, off, n); err != nil {
		return err
	}
	have := 0
	for _, s := range shards {
		if s != nil {
			have++
		}
	}
	if have < p.K {
		return &TooFewShardsError{Need: p.K, Have: have}
	}
	coder, err := newCoder(p.K, p.M)
	if err != nil {
		return err
	}
	cr := &cipherReader{l: l, shards: shards, coder: coder}
	var hdr [StreamHeaderSize]byte
	if err := cr.readAt(hdr[:], 0); err != nil {
		return fmt.Errorf("read stream header: %w", err)
	}
	if hdr[0] != streamVersion || hdr[2] != segmentLog2 || hdr[10]|hdr[11]|hdr[12]|hdr[13]|hdr[14]|hdr[15] != 0 {
		return fmt.Errorf("unsupported stream header %x: %w", hdr[:], ErrDecrypt)
	}
	a, err := newAEAD(Cipher(hdr[1]), p.FileKey)
	if err != nil {
		return fmt.Errorf("stream cipher: %v: %w", err, ErrDecrypt)
	}
	if n == 0 {
		return nil
	}
	var st streamState
	st.aead, st.header = a, hdr
	copy(st.nonce[:noncePrefixSize], hdr[3:3+noncePrefixSize])
	padded := paddedOf(l)
	segs := (padded + SegmentSize - 1) / SegmentSize
	from, to := off+lengthFieldSize, off+n+lengthFieldSize // padded offsets wanted
	sealed := make([]byte, sealedSegment)
	for j := from / SegmentSize; j*SegmentSize < to; j++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		segLen := min(int64(SegmentSize), padded-j*SegmentSize)
		buf := sealed[:segLen+TagSize]
		if err := cr.readAt(buf, StreamHeaderSize+j*sealedSegment); err != nil {
			return fmt.Errorf("read segment %d: %w", j, err)
		}
		st.setNonce(uint32(j), j == segs-1)
		pt, err := st.aead.Open(buf[:0], st.nonce[:], buf, st.header[:])
		if err != nil {
			return fmt.Errorf("segment %d: authentication failed: %w", j, ErrDecrypt)
		}
		if j == 0 && binary.BigEndian.Uint64(pt) != uint64(p.Size) {
			return fmt.Errorf("stream declares %d bytes, manifest says %d: %w", binary.BigEndian.Uint64(pt), p.Size, ErrDecrypt)
		}
		lo, hi := max(from, j*SegmentSize)-j*SegmentSize, min(to, j*SegmentSize+segLen)-j*SegmentSize
		if _, err := w.Write(pt[lo:hi]); err != nil {
			return fmt.Errorf("write range: %w", err)
		}
	}
	return nil
}

// cipherReader reads the encrypted stream at any offset from the shards,
// rebuilding the bytes of missing data shards from k present ones.
type cipherReader struct {
	l      layout
	shards []io.ReaderAt
	coder  interface{ ReconstructData([][]byte) error }
}

func (c *cipherReader) readAt(p []byte, x int64) error {
	k := int64(c.l.k)
	stripeData := k * StripeChunk
	for len(p) > 0 {
		if x >= c.l.cipherSize {
			return fmt.Errorf("read past the stream's end at %d: %w", x, ErrBadParams)
		}
		s := x / stripeData
		_, chunk := c.l.stripe(s)
		ch := int64(chunk)
		a := x - s*stripeData // offset in the stripe
		i := a / ch           // data shard
		lo := a - i*ch        // offset in its chunk
		n := min(int64(len(p)), ch-lo)
		if err := c.readChunk(p[:n], int(i), s*StripeChunk+lo); err != nil {
			return err
		}
		p, x = p[n:], x+n
	}
	return nil
}

// readChunk fills p from data shard i at shard offset off, rebuilding it
// when the shard is missing or fails to read.
func (c *cipherReader) readChunk(p []byte, i int, off int64) error {
	if sh := c.shards[i]; sh != nil {
		if n, _ := sh.ReadAt(p, off); n == len(p) {
			return nil
		}
	}
	slices := make([][]byte, len(c.shards))
	have := 0
	for j, sh := range c.shards {
		if sh == nil || j == i || have == c.l.k {
			continue
		}
		b := make([]byte, len(p))
		if got, _ := sh.ReadAt(b, off); got < len(b) {
			continue
		}
		slices[j] = b
		have++
	}
	if have < c.l.k {
		return &TooFewShardsError{Need: c.l.k, Have: have}
	}
	if err := c.coder.ReconstructData(slices); err != nil {
		return fmt.Errorf("rebuild shard %d at %d: %w", i, off, err)
	}
	copy(p, slices[i])
	return nil
}
