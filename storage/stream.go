package storage

import (
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/chacha20poly1305"
)

// NoncePrefix is the per-stream random part of every segment nonce.
type NoncePrefix [noncePrefixSize]byte

// Stream is everything that fixes an encrypted stream besides the
// plaintext: the file key, the cipher and the nonce prefix. Encoding the
// same plaintext twice with the same Stream gives the same bytes, shards and
// roots (a put's two passes rely on it); a Stream must never be reused for
// different plaintext.
type Stream struct {
	Key    FileKey
	Cipher Cipher
	Prefix NoncePrefix
}

// NewStream draws a fresh nonce prefix for key under cipher c.
func NewStream(key FileKey, c Cipher) (Stream, error) {
	sp := Stream{Key: key, Cipher: c}
	if _, err := rand.Read(sp.Prefix[:]); err != nil {
		return Stream{}, fmt.Errorf("draw nonce prefix: %w", err)
	}
	return sp, nil
}

// NewRandomStream draws a fresh file key and nonce prefix under DefaultCipher.
func NewRandomStream() (Stream, error) {
	key, err := NewFileKey()
	if err != nil {
		return Stream{}, err
	}
	return NewStream(key, DefaultCipher)
}

// header is the stream header of format v1 (see aead.go).
func (sp Stream) header() [StreamHeaderSize]byte {
	var h [StreamHeaderSize]byte
	h[0] = streamVersion
	h[1] = byte(sp.Cipher)
	h[2] = segmentLog2
	copy(h[3:3+noncePrefixSize], sp.Prefix[:])
	return h
}

// sealedSegment is the length of a sealed full segment in the stream.
const sealedSegment = SegmentSize + TagSize

// segmentSealer produces any byte range of a file's encrypted stream from
// the plaintext (an io.ReaderAt), without producing what comes before it:
// segment j is sealed from padded plaintext [j·64 KiB, (j+1)·64 KiB) alone.
// It is not safe for concurrent use; it keeps the last sealed segment so
// that contiguous reads seal each segment once.
type segmentSealer struct {
	aead   cipher.AEAD
	header [StreamHeaderSize]byte
	nonce  [12]byte
	src    io.ReaderAt
	size   int64 // plaintext
	padded int64
	segs   int64
	total  int64 // CipherSize
	cur    int64 // index of the segment in sealed, -1 if none
	plain  []byte
	sealed []byte
}

func newSegmentSealer(src io.ReaderAt, size int64, sp Stream) (*segmentSealer, error) {
	padded, err := PaddedSize(size)
	if err != nil {
		return nil, err
	}
	total, err := CipherSize(size)
	if err != nil {
		return nil, err
	}
	a, err := newAEAD(sp.Cipher, sp.Key)
	if err != nil {
		return nil, fmt.Errorf("stream cipher: %w", err)
	}
	s := &segmentSealer{aead: a, header: sp.header(), src: src, size: size, padded: padded,
		segs: (padded + SegmentSize - 1) / SegmentSize, total: total, cur: -1,
		plain: make([]byte, SegmentSize), sealed: make([]byte, 0, sealedSegment)}
	copy(s.nonce[:noncePrefixSize], sp.Prefix[:])
	return s, nil
}

// readAt fills p with the encrypted stream's bytes at off; past the end of
// the stream it fills zeros (the erasure layout pads the last stripe so).
func (s *segmentSealer) readAt(p []byte, off int64) error {
	for len(p) > 0 {
		switch {
		case off >= s.total:
			clear(p)
			return nil
		case off < StreamHeaderSize:
			n := copy(p, s.header[off:])
			p, off = p[n:], off+int64(n)
			continue
		}
		j := (off - StreamHeaderSize) / sealedSegment
		if err := s.seal(j); err != nil {
			return err
		}
		n := copy(p, s.sealed[off-StreamHeaderSize-j*sealedSegment:])
		p, off = p[n:], off+int64(n)
	}
	return nil
}

// seal seals segment j into s.sealed, reading its plaintext from s.src.
func (s *segmentSealer) seal(j int64) error {
	if j == s.cur {
		return nil
	}
	start := j * SegmentSize // padded offset
	buf := s.plain[:min(int64(SegmentSize), s.padded-start)]
	clear(buf)
	// Padded byte q holds the length field for q < 8, file byte q-8 below
	// 8+size, zero after.
	off := int64(0)
	if j == 0 {
		binary.BigEndian.PutUint64(buf, uint64(s.size))
		off = lengthFieldSize
	}
	from := start + off - lengthFieldSize // file offset of buf[off]
	if want := min(int64(len(buf))-off, s.size-from); want > 0 {
		got, err := s.src.ReadAt(buf[off:off+want], from)
		if int64(got) < want {
			if err == nil || errors.Is(err, io.EOF) {
				return fmt.Errorf("read plaintext at %d: got %d of %d bytes: %w", from, got, want, ErrSizeMismatch)
			}
			return fmt.Errorf("read plaintext at %d: %w", from, err)
		}
	}
	binary.BigEndian.PutUint32(s.nonce[noncePrefixSize:], uint32(j))
	s.nonce[11] = 0
	if j == s.segs-1 {
		s.nonce[11] = 1
	}
	s.sealed = s.aead.Seal(s.sealed[:0], s.nonce[:], buf, s.header[:])
	s.cur = j
	return nil
}

// ErrStreamAuth: sealed stream parameters do not open (another master key,
// another record, or tampering).
var ErrStreamAuth = errors.New("storage: sealed stream parameters do not open")

// sealedStreamLen is version ‖ nonce ‖ seal(key ‖ cipher ‖ prefix).
const sealedStreamLen = 1 + chacha20poly1305.NonceSizeX + KeySize + 1 + noncePrefixSize + chacha20poly1305.Overhead

var streamAADPrefix = []byte("cairn/stream/v1")

// SealStream seals sp under the master key, bound to aad (a put journal
// binds it to the file's content hash), so a local record of an upload in
// progress holds no usable key.
func SealStream(master [KeySize]byte, sp Stream, aad []byte) ([]byte, error) {
	a, err := chacha20poly1305.NewX(master[:])
	if err != nil {
		return nil, fmt.Errorf("seal stream: %w", err)
	}
	out := make([]byte, 1+chacha20poly1305.NonceSizeX, sealedStreamLen)
	out[0] = 1
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, fmt.Errorf("seal stream: %w", err)
	}
	plain := append(append(append(make([]byte, 0, KeySize+1+noncePrefixSize), sp.Key[:]...), byte(sp.Cipher)), sp.Prefix[:]...)
	return a.Seal(out, out[1:], plain, append(append([]byte(nil), streamAADPrefix...), aad...)), nil
}

// OpenStream opens what SealStream sealed with the same master key and aad.
func OpenStream(master [KeySize]byte, sealed, aad []byte) (Stream, error) {
	if len(sealed) != sealedStreamLen || sealed[0] != 1 {
		return Stream{}, fmt.Errorf("sealed stream of %d bytes: %w", len(sealed), ErrStreamAuth)
	}
	a, err := chacha20poly1305.NewX(master[:])
	if err != nil {
		return Stream{}, fmt.Errorf("open stream: %w", err)
	}
	n := 1 + chacha20poly1305.NonceSizeX
	plain, err := a.Open(nil, sealed[1:n], sealed[n:], append(append([]byte(nil), streamAADPrefix...), aad...))
	if err != nil {
		return Stream{}, ErrStreamAuth
	}
	var sp Stream
	copy(sp.Key[:], plain[:KeySize])
	sp.Cipher = Cipher(plain[KeySize])
	copy(sp.Prefix[:], plain[KeySize+1:])
	if _, err := newAEAD(sp.Cipher, sp.Key); err != nil {
		return Stream{}, fmt.Errorf("cipher %d: %w", sp.Cipher, ErrStreamAuth)
	}
	return sp, nil
}
