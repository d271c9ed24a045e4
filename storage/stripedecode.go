package storage

import (
	"encoding/binary"
	"fmt"
	"io"

	"github.com/klauspost/reedsolomon"
)

// StripeDecoder decodes plaintext bytes [off, off+n) of a file stripe by
// stripe, as the chunks of its shards arrive in order: a get streams k
// shards and needs no staged copy of them. It keeps at most one stripe and
// one sealed segment in memory whatever the file size.
//
// Each stripe is all or nothing: Stripe rebuilds the stripe's encrypted
// bytes, opens every 64 KiB segment they complete (each authenticated by
// its AEAD tag), and only when all of them verified writes their plaintext
// to w and advances. A stripe that fails authentication (ErrDecrypt) leaves
// the decoder where it was and w untouched, so the caller can feed the same
// stripe again from other shards, or hand the rest of the range
// (Written bytes are done) to another decoder. Not safe for concurrent use.
type StripeDecoder struct {
	l      layout
	coder  reedsolomon.Encoder
	key    FileKey
	st     streamState
	header bool
	padded int64
	segs   int64 // sealed segments in the stream
	lastJ  int64 // index of the last segment the range needs
	from   int64 // padded plaintext offsets wanted: [from, to)
	to     int64
	w      io.Writer

	next    int64  // next stripe to feed
	seg     int64  // next sealed segment to open
	x       int64  // stream offset of pend[0]
	pend    []byte // stream bytes not yet opened (less than a sealed segment)
	buf     []byte // pend ‖ this stripe's data, while a stripe is fed
	opened  []byte // one segment's plaintext
	out     []byte // this stripe's plaintext for w
	scratch [][]byte
	written int64
}

// NewStripeDecoder returns a decoder of plaintext [off, off+n) writing to
// w. Feed it stripes 0, 1, … with Stripe until Done.
func NewStripeDecoder(p DecodeParams, off, n int64, w io.Writer) (*StripeDecoder, error) {
	l, err := newLayout(p.Size, p.K, p.M)
	if err != nil {
		return nil, err
	}
	if p.ShardSize != 0 && p.ShardSize != l.shardSize {
		return nil, fmt.Errorf("shard size %d, want %d for a %d-byte file with k=%d: %w", p.ShardSize, l.shardSize, p.Size, p.K, ErrBadParams)
	}
	if err := checkRange(p.Size, off, n); err != nil {
		return nil, err
	}
	coder, err := newCoder(p.K, p.M)
	if err != nil {
		return nil, err
	}
	padded := paddedOf(l)
	d := &StripeDecoder{l: l, coder: coder, key: p.FileKey, padded: padded, segs: (padded + SegmentSize - 1) / SegmentSize,
		from: off + lengthFieldSize, to: off + n + lengthFieldSize, w: w,
		buf:  make([]byte, 0, sealedSegment+p.K*StripeChunk),
		pend: make([]byte, 0, sealedSegment), opened: make([]byte, 0, SegmentSize), out: make([]byte, 0, p.K*StripeChunk),
		scratch: make([][]byte, p.K+p.M)}
	d.lastJ = (d.to - 1) / SegmentSize
	if n == 0 {
		d.lastJ = -1
	}
	return d, nil
}

// Next is the index of the stripe to feed next.
func (d *StripeDecoder) Next() int64 { return d.next }

// Stripes is the number of stripes of the file.
func (d *StripeDecoder) Stripes() int64 { return d.l.stripes }

// ChunkLen is the length of every shard's chunk of stripe s.
func (d *StripeDecoder) ChunkLen(s int64) int {
	_, c := d.l.stripe(s)
	return c
}

// Done reports whether the whole range was written.
func (d *StripeDecoder) Done() bool { return d.seg > d.lastJ || d.next >= d.l.stripes }

// Written is the number of plaintext bytes of the range written so far.
func (d *StripeDecoder) Written() int64 { return d.written }

// Stripe feeds stripe Next(): chunks has k+m entries, nil for a shard not
// at hand, at least k of them present and ChunkLen long. A missing data
// chunk is rebuilt (the present entries are not modified). On error nothing
// was written and the decoder did not advance.
func (d *StripeDecoder) Stripe(chunks [][]byte) error {
	k, m := d.l.k, d.l.m
	s := d.next
	if d.Done() {
		return fmt.Errorf("stripe %d fed after the range was decoded: %w", s, ErrBadParams)
	}
	if len(chunks) != k+m {
		return fmt.Errorf("%d chunks for k=%d m=%d: %w", len(chunks), k, m, ErrBadParams)
	}
	data, chunk := d.l.stripe(s)
	have, needRebuild := 0, false
	for i, c := range chunks {
		if c == nil {
			needRebuild = needRebuild || i < k
			continue
		}
		if len(c) != chunk {
			return fmt.Errorf("stripe %d: chunk %d has %d bytes, want %d: %w", s, i, len(c), chunk, ErrBadParams)
		}
		have++
	}
	if have < k {
		return &TooFewShardsError{Need: k, Have: have}
	}
	slices := chunks
	if needRebuild {
		slices = make([][]byte, k+m)
		copy(slices, chunks)
		for i := range k {
			if slices[i] == nil {
				if cap(d.scratch[i]) < StripeChunk {
					d.scratch[i] = make([]byte, 0, StripeChunk)
				}
				slices[i] = d.scratch[i][:0]
			}
		}
		if err := d.coder.ReconstructData(slices); err != nil {
			return fmt.Errorf("rebuild stripe %d: %w", s, err)
		}
	}
	d.buf = append(d.buf[:0], d.pend...)
	for i := range k {
		d.buf = append(d.buf, slices[i]...)
	}
	d.buf = d.buf[:len(d.pend)+data]
	return d.open(s)
}

// open authenticates the segments the buffered bytes complete, writes the
// range's part of them, and commits the new position.
func (d *StripeDecoder) open(s int64) error {
	b, x, j := d.buf, d.x, d.seg
	st := d.st
	if !d.header {
		if x != 0 || len(b) < StreamHeaderSize {
			return fmt.Errorf("stripe %d: no stream header: %w", s, ErrBadParams)
		}
		h := b[:StreamHeaderSize]
		if h[0] != streamVersion || h[2] != segmentLog2 || h[10]|h[11]|h[12]|h[13]|h[14]|h[15] != 0 {
			return fmt.Errorf("unsupported stream header %x: %w", h, ErrDecrypt)
		}
		a, err := newAEAD(Cipher(h[1]), d.key)
		if err != nil {
			return fmt.Errorf("stream cipher: %v: %w", err, ErrDecrypt)
		}
		st.aead = a
		copy(st.header[:], h)
		copy(st.nonce[:noncePrefixSize], h[3:3+noncePrefixSize])
		b, x = b[StreamHeaderSize:], x+StreamHeaderSize
	}
	out := d.out[:0]
	for j < d.segs && j <= d.lastJ {
		segLen := min(int64(SegmentSize), d.padded-j*SegmentSize)
		sl := int(segLen) + TagSize
		if len(b) < sl {
			break
		}
		lo, hi := max(d.from, j*SegmentSize), min(d.to, j*SegmentSize+segLen)
		if lo < hi { // a segment the range does not touch is skipped unopened
			st.setNonce(uint32(j), j == d.segs-1)
			pt, err := st.aead.Open(d.opened[:0], st.nonce[:], b[:sl], st.header[:])
			if err != nil {
				return fmt.Errorf("segment %d (stripe %d): authentication failed: %w", j, s, ErrDecrypt)
			}
			if j == 0 && binary.BigEndian.Uint64(pt) != uint64(d.l.size) {
				return fmt.Errorf("stream declares %d bytes, manifest says %d: %w", binary.BigEndian.Uint64(pt), d.l.size, ErrDecrypt)
			}
			out = append(out, pt[lo-j*SegmentSize:hi-j*SegmentSize]...)
		}
		b, x, j = b[sl:], x+int64(sl), j+1
	}
	if s == d.l.stripes-1 && j <= d.lastJ {
		return fmt.Errorf("stream ends before segment %d: %w", j, ErrDecrypt)
	}
	if len(out) > 0 {
		if _, err := d.w.Write(out); err != nil {
			return fmt.Errorf("write plaintext: %w", err)
		}
	}
	d.st, d.header, d.x, d.seg = st, true, x, j
	d.pend = append(d.pend[:0], b...)
	d.written += int64(len(out))
	d.next = s + 1
	return nil
}
