package storage

import (
	"bufio"
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"

	"golang.org/x/crypto/chacha20poly1305"
)

// Stream format v1 (all integers big-endian):
//
//	header (16 bytes, sent in clear, authenticated as AAD of every segment):
//	  [0]     version = 1
//	  [1]     cipher  (1 = AES-256-GCM, 2 = ChaCha20-Poly1305)
//	  [2]     log2(segment size) = 16
//	  [3:10]  nonce prefix, 7 random bytes drawn per stream
//	  [10:16] reserved, zero
//	segments: the padded plaintext cut into 64 KiB pieces (the last may be
//	  shorter, never empty), each sealed separately: ciphertext ‖ 16-byte tag.
//	nonce of segment i (12 bytes): prefix(7) ‖ uint32 i ‖ last flag (1 on the
//	  final segment, else 0).
//
// The padded plaintext is uint64 trueLength ‖ data ‖ zeros, PaddedSize(n)
// bytes long, so the true length is inside segment 0 (authenticated, hidden
// from providers) and the stream length reveals only the size bucket.
// The counter in the nonce detects reordering and dropped segments; the last
// flag detects truncation at a segment boundary and extension past the end.
// A reader releases a segment's plaintext only after its tag verified.
const (
	SegmentSize      = 64 << 10
	TagSize          = 16
	StreamHeaderSize = 16
	streamVersion    = 1
	segmentLog2      = 16
	noncePrefixSize  = 7
	lengthFieldSize  = 8
	minBucket        = 1 << 10
	powerBucketLimit = 1 << 20
	// MaxFileSize bounds a file so the segment counter (32 bits) and every
	// size computation stay far from overflow.
	MaxFileSize = 1 << 44
)

// Cipher names the AEAD of a stream.
type Cipher uint8

// Supported ciphers. DefaultCipher was chosen by measuring both on the
// target machines (see docs/storage.md).
const (
	AES256GCM        Cipher = 1
	ChaCha20Poly1305 Cipher = 2
	DefaultCipher           = AES256GCM
)

func (c Cipher) String() string {
	switch c {
	case AES256GCM:
		return "aes-256-gcm"
	case ChaCha20Poly1305:
		return "chacha20-poly1305"
	}
	return fmt.Sprintf("cipher(%d)", uint8(c))
}

var (
	// ErrDecrypt: the stream cannot be decrypted — wrong key, tampered,
	// reordered, truncated or extended data, or a malformed header.
	ErrDecrypt = errors.New("storage: stream decryption failed")
	// ErrSizeMismatch: the input yielded more or fewer bytes than declared.
	ErrSizeMismatch = errors.New("storage: input size differs from declared size")
	// ErrTooLarge: the file exceeds MaxFileSize.
	ErrTooLarge = errors.New("storage: file too large")
)

func newAEAD(c Cipher, key FileKey) (cipher.AEAD, error) {
	switch c {
	case AES256GCM:
		b, err := aes.NewCipher(key[:])
		if err != nil {
			return nil, err
		}
		return cipher.NewGCM(b)
	case ChaCha20Poly1305:
		return chacha20poly1305.New(key[:])
	}
	return nil, fmt.Errorf("unknown cipher %d", uint8(c))
}

// PaddedSize returns the padded plaintext length for a file of size bytes:
// 8 + size rounded up to a bucket. Up to 1 MiB the bucket is the next power
// of two (at least 1 KiB); above, Padmé rounding (keep the top
// ⌊log2 E⌋+1 bits of the length, E = ⌊log2 L⌋), which costs at most ~3% and
// leaks O(log log L) bits of the length.
func PaddedSize(size int64) (int64, error) {
	if size < 0 || size > MaxFileSize {
		return 0, fmt.Errorf("size %d: %w", size, ErrTooLarge)
	}
	l := size + lengthFieldSize
	if l <= powerBucketLimit {
		if l <= minBucket {
			return minBucket, nil
		}
		return 1 << bits.Len64(uint64(l-1)), nil
	}
	e := bits.Len64(uint64(l)) - 1
	s := bits.Len64(uint64(e))
	mask := int64(1)<<(e-s) - 1
	return (l + mask) &^ mask, nil
}

// CipherSize returns the exact length of the encrypted stream of a file of
// size bytes: header + padded plaintext + one tag per segment.
func CipherSize(size int64) (int64, error) {
	p, err := PaddedSize(size)
	if err != nil {
		return 0, err
	}
	segs := (p + SegmentSize - 1) / SegmentSize
	return StreamHeaderSize + p + segs*TagSize, nil
}

type streamState struct {
	aead   cipher.AEAD
	header [StreamHeaderSize]byte
	nonce  [12]byte
}

func (s *streamState) setNonce(seg uint32, last bool) {
	binary.BigEndian.PutUint32(s.nonce[noncePrefixSize:], seg)
	s.nonce[11] = 0
	if last {
		s.nonce[11] = 1
	}
}

// EncryptReader reads a plaintext and yields its encrypted stream.
type EncryptReader struct {
	streamState
	r        io.Reader
	size     int64
	padded   int64
	produced int64 // padded plaintext bytes sealed so far
	consumed int64 // plaintext bytes read from r
	atEOF    bool  // r was checked to end after size bytes
	seg      uint32
	plain    []byte
	out      []byte // sealed bytes not yet returned
	sealBuf  []byte // backing array of out
	err      error
}

// NewEncryptReader returns a reader of the encrypted stream of the size bytes
// r yields, under key with cipher c and a fresh random nonce prefix. Reading
// fails with ErrSizeMismatch if r yields a different number of bytes.
func NewEncryptReader(r io.Reader, size int64, key FileKey, c Cipher) (*EncryptReader, error) {
	sp, err := NewStream(key, c)
	if err != nil {
		return nil, err
	}
	return NewEncryptReaderWith(r, size, sp)
}

// NewEncryptReaderWith is NewEncryptReader with the stream's parameters
// (key, cipher, nonce prefix) chosen by the caller: the same parameters and
// plaintext give the same bytes, which is what lets a put hash its shards in
// one pass and stream them in another without staging them.
func NewEncryptReaderWith(r io.Reader, size int64, sp Stream) (*EncryptReader, error) {
	padded, err := PaddedSize(size)
	if err != nil {
		return nil, err
	}
	a, err := newAEAD(sp.Cipher, sp.Key)
	if err != nil {
		return nil, fmt.Errorf("stream cipher: %w", err)
	}
	e := &EncryptReader{r: r, size: size, padded: padded, plain: make([]byte, SegmentSize)}
	e.aead = a
	e.header = sp.header()
	copy(e.nonce[:noncePrefixSize], sp.Prefix[:])
	e.sealBuf = make([]byte, SegmentSize+TagSize)
	e.out = e.sealBuf[:StreamHeaderSize]
	copy(e.out, e.header[:])
	return e, nil
}

// Read implements io.Reader.
func (e *EncryptReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(e.out) > 0 {
			c := copy(p[n:], e.out)
			e.out = e.out[c:]
			n += c
			continue
		}
		if e.err != nil {
			break
		}
		if e.produced == e.padded {
			e.err = io.EOF
			break
		}
		if err := e.sealNext(); err != nil {
			e.err = err
			break
		}
	}
	if n > 0 {
		return n, nil
	}
	return 0, e.err
}

// sealNext fills the next segment from r (plus length field and padding) and
// seals it into e.out.
func (e *EncryptReader) sealNext() error {
	segLen := min(int64(SegmentSize), e.padded-e.produced)
	buf := e.plain[:segLen]
	off := 0
	if e.produced == 0 {
		binary.BigEndian.PutUint64(buf, uint64(e.size))
		off = lengthFieldSize
	}
	want := min(int64(len(buf)-off), e.size-e.consumed)
	if want > 0 {
		got, err := io.ReadFull(e.r, buf[off:off+int(want)])
		e.consumed += int64(got)
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return fmt.Errorf("read plaintext: got %d of %d bytes: %w", e.consumed, e.size, ErrSizeMismatch)
			}
			return fmt.Errorf("read plaintext: %w", err)
		}
		off += got
	}
	if e.consumed == e.size && !e.atEOF {
		// Insist the input ends where it said it would.
		var one [1]byte
		if k, _ := io.ReadFull(e.r, one[:]); k > 0 {
			return fmt.Errorf("read plaintext: more than %d bytes: %w", e.size, ErrSizeMismatch)
		}
		e.atEOF = true
	}
	clear(buf[off:])
	last := e.produced+segLen == e.padded
	e.setNonce(e.seg, last)
	e.out = e.aead.Seal(e.sealBuf[:0], e.nonce[:], buf, e.header[:])
	e.produced += segLen
	e.seg++
	return nil
}

// DecryptReader reads an encrypted stream and yields the plaintext, each
// segment only after its tag verified. Every failure of the stream itself
// wraps ErrDecrypt (errors of the underlying reader are passed through); a
// consumer must discard what it read if Read ever fails (see DecodeToFile).
type DecryptReader struct {
	streamState
	r       *bufio.Reader
	size    int64 // true length, -1 until segment 0 is open
	padded  int64
	opened  int64 // padded plaintext bytes opened so far
	emitted int64
	seg     uint32
	sealed  []byte
	plain   []byte // opened plaintext not yet returned
	err     error
}

// NewDecryptReader reads the stream header from r and returns a reader of
// the plaintext.
func NewDecryptReader(r io.Reader, key FileKey) (*DecryptReader, error) {
	d := &DecryptReader{r: bufio.NewReaderSize(r, 64<<10), size: -1, sealed: make([]byte, SegmentSize+TagSize)}
	if _, err := io.ReadFull(d.r, d.header[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("read stream header: truncated: %w", ErrDecrypt)
		}
		return nil, fmt.Errorf("read stream header: %w", err)
	}
	h := d.header
	if h[0] != streamVersion || h[2] != segmentLog2 || h[10]|h[11]|h[12]|h[13]|h[14]|h[15] != 0 {
		return nil, fmt.Errorf("unsupported stream header %x: %w", h[:], ErrDecrypt)
	}
	a, err := newAEAD(Cipher(h[1]), key)
	if err != nil {
		return nil, fmt.Errorf("stream cipher: %v: %w", err, ErrDecrypt)
	}
	d.aead = a
	copy(d.nonce[:noncePrefixSize], h[3:3+noncePrefixSize])
	return d, nil
}

// Size returns the true plaintext length once the first segment has been
// read (after the first Read), else -1.
func (d *DecryptReader) Size() int64 { return d.size }

// Read implements io.Reader.
func (d *DecryptReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(d.plain) > 0 {
			c := copy(p[n:], d.plain)
			d.plain = d.plain[c:]
			n += c
			continue
		}
		if d.err != nil {
			break
		}
		if d.err = d.openNext(); d.err != nil {
			break
		}
	}
	if n > 0 {
		return n, nil
	}
	return 0, d.err
}

// openNext reads, authenticates and unpads the next segment into d.plain. It
// returns io.EOF after the final segment.
func (d *DecryptReader) openNext() error {
	if d.size >= 0 && d.opened == d.padded {
		// The final segment was opened with its last flag; anything after it
		// is an extension.
		if _, err := d.r.Peek(1); err == nil {
			return fmt.Errorf("data after final segment: %w", ErrDecrypt)
		}
		return io.EOF
	}
	k, err := io.ReadFull(d.r, d.sealed)
	last := false
	switch {
	case err == nil:
		_, perr := d.r.Peek(1)
		last = errors.Is(perr, io.EOF)
		if perr != nil && !last {
			return fmt.Errorf("read segment %d: %w", d.seg, perr)
		}
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		last = true
	default:
		return fmt.Errorf("read segment %d: %w", d.seg, err)
	}
	if k <= TagSize {
		return fmt.Errorf("segment %d: truncated stream: %w", d.seg, ErrDecrypt)
	}
	d.setNonce(d.seg, last)
	pt, err := d.aead.Open(d.sealed[:0], d.nonce[:], d.sealed[:k], d.header[:])
	if err != nil {
		return fmt.Errorf("segment %d (last=%v): authentication failed: %w", d.seg, last, ErrDecrypt)
	}
	if d.seg == 0 {
		if len(pt) < lengthFieldSize {
			return fmt.Errorf("segment 0 too short: %w", ErrDecrypt)
		}
		size := binary.BigEndian.Uint64(pt)
		padded, perr := PaddedSize(int64(min(size, MaxFileSize+1)))
		if perr != nil {
			return fmt.Errorf("declared length %d: %v: %w", size, perr, ErrDecrypt)
		}
		d.size, d.padded = int64(size), padded
		pt = pt[lengthFieldSize:]
		d.opened = lengthFieldSize
	}
	d.opened += int64(len(pt))
	wantLen := min(int64(SegmentSize), d.padded-(int64(d.seg)*SegmentSize))
	if d.seg == 0 {
		wantLen -= lengthFieldSize
	}
	if int64(len(pt)) != wantLen || last != (d.opened == d.padded) {
		return fmt.Errorf("segment %d: length %d inconsistent with declared size: %w", d.seg, len(pt), ErrDecrypt)
	}
	keep := min(int64(len(pt)), d.size-d.emitted)
	for _, b := range pt[keep:] {
		if b != 0 {
			return fmt.Errorf("segment %d: nonzero padding: %w", d.seg, ErrDecrypt)
		}
	}
	d.plain = pt[:keep]
	d.emitted += keep
	d.seg++
	return nil
}
