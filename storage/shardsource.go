package storage

import (
	"container/list"
	"fmt"
	"io"
	"sync"

	"github.com/klauspost/reedsolomon"
)

// DefaultSourceCache is the memory a ShardSource keeps of recently coded
// stripes, shared by all its shards.
const DefaultSourceCache = 32 << 20

// ShardSource serves the k+m shards of a file as io.ReaderAts computed on
// demand from the plaintext: it re-encrypts (with the recorded Stream) and
// Reed-Solomon codes only the stripes a read touches, so a put streams its
// shards to providers with no staged copy on disk. Stripes are cached (LRU,
// at most cacheBytes whatever the file size), so pushes of different shards
// that move together code each stripe once; a push that lags or resumes far
// behind recomputes its stripes. The bytes equal EncodeWith's for the same
// Stream and plaintext; if the plaintext changed since, the shards differ and
// providers refuse them (their root does not match). Safe for concurrent use.
type ShardSource struct {
	l      layout
	src    io.ReaderAt
	sp     Stream
	max    int
	coders sync.Pool

	mu      sync.Mutex
	stripes map[int64]*list.Element
	lru     *list.List // of *cachedStripe, most recent first
	coded   int64      // stripes coded so far (a test and metric hook)
}

type cachedStripe struct {
	s     int64
	ready chan struct{}
	buf   []byte // (k+m)·chunk
	chunk int
	err   error
}

// NewShardSource serves the shards of the size bytes of src under sp, split
// k+m. cacheBytes bounds the stripe cache (0: DefaultSourceCache); at least
// two stripes are kept.
func NewShardSource(src io.ReaderAt, size int64, sp Stream, k, m int, cacheBytes int64) (*ShardSource, error) {
	l, err := newLayout(size, k, m)
	if err != nil {
		return nil, err
	}
	if _, err := newAEAD(sp.Cipher, sp.Key); err != nil {
		return nil, fmt.Errorf("stream cipher: %w", err)
	}
	if cacheBytes <= 0 {
		cacheBytes = DefaultSourceCache
	}
	s := &ShardSource{l: l, src: src, sp: sp, max: int(max(2, cacheBytes/int64((k+m)*StripeChunk))),
		stripes: map[int64]*list.Element{}, lru: list.New()}
	s.coders.New = func() any {
		c, err := newCoder(k, m)
		if err != nil {
			return err
		}
		return c
	}
	return s, nil
}

// ShardSize is the size of every shard.
func (s *ShardSource) ShardSize() uint64 { return s.l.shardSize }

// CacheBytes is the most memory the stripe cache holds.
func (s *ShardSource) CacheBytes() int64 { return int64(s.max) * int64(s.l.k+s.l.m) * StripeChunk }

// Coded is how many stripes were coded so far (a stripe coded twice counts twice).
func (s *ShardSource) Coded() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.coded
}

// Shard returns a reader of shard i (0 ≤ i < k+m).
func (s *ShardSource) Shard(i int) io.ReaderAt { return shardReader{s: s, i: i} }

type shardReader struct {
	s *ShardSource
	i int
}

func (r shardReader) ReadAt(p []byte, off int64) (int, error) {
	l := r.s.l
	if off < 0 {
		return 0, fmt.Errorf("shard %d: negative offset %d", r.i, off)
	}
	n := 0
	for n < len(p) {
		if uint64(off) >= l.shardSize {
			return n, io.EOF
		}
		st, err := r.s.stripe(off / StripeChunk)
		if err != nil {
			return n, err
		}
		in := int(off % StripeChunk)
		c := copy(p[n:], st.buf[r.i*st.chunk+in:(r.i+1)*st.chunk])
		n += c
		off += int64(c)
	}
	return n, nil
}

// stripe returns stripe s, coding it unless cached or being coded.
func (s *ShardSource) stripe(n int64) (*cachedStripe, error) {
	s.mu.Lock()
	if e, ok := s.stripes[n]; ok {
		s.lru.MoveToFront(e)
		st := e.Value.(*cachedStripe)
		s.mu.Unlock()
		<-st.ready
		return st, st.err
	}
	st := &cachedStripe{s: n, ready: make(chan struct{})}
	s.stripes[n] = s.lru.PushFront(st)
	s.coded++
	for s.lru.Len() > s.max {
		old := s.lru.Back()
		s.lru.Remove(old)
		delete(s.stripes, old.Value.(*cachedStripe).s)
	}
	s.mu.Unlock()

	st.err = s.code(st)
	close(st.ready)
	if st.err != nil {
		s.mu.Lock()
		if e, ok := s.stripes[n]; ok && e.Value == st {
			s.lru.Remove(e)
			delete(s.stripes, n)
		}
		s.mu.Unlock()
	}
	return st, st.err
}

func (s *ShardSource) code(st *cachedStripe) error {
	k, m := s.l.k, s.l.m
	data, chunk := s.l.stripe(st.s)
	st.chunk = chunk
	st.buf = make([]byte, (k+m)*chunk)
	seal, err := newSegmentSealer(s.src, s.l.size, s.sp)
	if err != nil {
		return err
	}
	if err := seal.readAt(st.buf[:data], st.s*int64(k)*StripeChunk); err != nil {
		return fmt.Errorf("encrypt stripe %d: %w", st.s, err)
	}
	slices := make([][]byte, k+m)
	for i := range slices {
		slices[i] = st.buf[i*chunk : (i+1)*chunk]
	}
	cv := s.coders.Get()
	if err, ok := cv.(error); ok {
		return err
	}
	defer s.coders.Put(cv)
	if err := cv.(reedsolomon.Encoder).Encode(slices); err != nil {
		return fmt.Errorf("erasure-code stripe %d: %w", st.s, err)
	}
	return nil
}
