package storage

import (
	"container/list"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/klauspost/reedsolomon"
)

// DefaultSourceCache is the memory a ShardSource keeps of recently coded
// stripes, shared by all its shards.
const DefaultSourceCache = 16 << 20

// ShardSource serves the k+m shards of a file as io.ReaderAts computed on
// demand from the plaintext: it re-encrypts (with the recorded Stream) and
// Reed-Solomon codes only the stripes a read touches, so a put streams its
// shards to providers with no staged copy on disk. Stripes are cached (at
// most cacheBytes whatever the file size), so pushes of different shards
// that move together code each stripe once. A stripe leaves the cache as
// soon as every shard was read past it (a shard whose reader already moved
// beyond a stripe when it is coded counts as done with it), else the least
// recently used goes; stripe buffers and sealers are reused, so a long put
// does not churn the heap. A push that lags or resumes far behind
// recomputes its stripes. The bytes equal EncodeWith's for the same Stream
// and plaintext; if the plaintext changed since, the shards differ and
// providers refuse them (their root does not match). Safe for concurrent
// use.
type ShardSource struct {
	l       layout
	src     io.ReaderAt
	sp      Stream
	max     int
	coders  sync.Pool
	sealers sync.Pool
	bufs    sync.Pool

	mu      sync.Mutex
	stripes map[int64]*list.Element
	lru     *list.List  // of *cachedStripe, most recent first
	pos     []int64     // per shard: 1 + the last stripe read to its chunk's end
	last    []time.Time // per shard: its last read
	coded   int64       // stripes coded so far (a test and metric hook)
}

type cachedStripe struct {
	s       int64
	ready   chan struct{}
	buf     *[]byte // (k+m)·chunk
	chunk   int
	err     error
	done    uint64 // shards read to the end of their chunk
	refs    int    // readers copying from buf
	evicted bool
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
		stripes: map[int64]*list.Element{}, lru: list.New(), pos: make([]int64, k+m), last: make([]time.Time, k+m)}
	s.coders.New = func() any {
		c, err := newCoder(k, m)
		if err != nil {
			return err
		}
		return c
	}
	s.sealers.New = func() any {
		seal, err := newSegmentSealer(src, size, sp)
		if err != nil {
			return err
		}
		return seal
	}
	s.bufs.New = func() any {
		b := make([]byte, (k+m)*StripeChunk)
		return &b
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
		st, err := r.s.stripe(off/StripeChunk, r.i)
		if err != nil {
			return n, err
		}
		in := int(off % StripeChunk)
		c := copy(p[n:], (*st.buf)[r.i*st.chunk+in:(r.i+1)*st.chunk])
		n += c
		off += int64(c)
		r.s.release(st, r.i, in+c == st.chunk)
	}
	return n, nil
}

// Pacing: a reader about to go more than the cache's span ahead of the
// slowest active reader (one that read within paceActive and is not done)
// waits for it, polling every pacePoll, for at most paceMax per stripe.
// Readers that move together then share every stripe instead of each
// recomputing the ones the cache dropped; a stalled reader stops counting
// after paceActive.
const (
	paceActive = 2 * time.Second
	pacePoll   = 5 * time.Millisecond
	paceMax    = 2 * time.Second
)

// pace waits while stripe n is too far ahead of the slowest active reader
// other than shard i. Called with s.mu held; returns with it held.
func (s *ShardSource) pace(n int64, i int) {
	for waited := time.Duration(0); waited < paceMax; waited += pacePoll {
		now := time.Now()
		slowest := int64(-1)
		for j, p := range s.pos {
			if j == i || s.last[j].IsZero() || now.Sub(s.last[j]) > paceActive || p >= s.l.stripes {
				continue
			}
			if slowest < 0 || p < slowest {
				slowest = p
			}
		}
		if slowest < 0 || n < slowest+int64(s.max)-1 {
			return
		}
		s.mu.Unlock()
		time.Sleep(pacePoll)
		s.mu.Lock()
	}
}

// stripe returns stripe n for shard i's reader, coding it unless cached or
// being coded, with a reference the caller gives back with release.
func (s *ShardSource) stripe(n int64, i int) (*cachedStripe, error) {
	s.mu.Lock()
	s.last[i] = time.Now()
	if _, ok := s.stripes[n]; !ok {
		s.pace(n, i)
	}
	if e, ok := s.stripes[n]; ok {
		s.lru.MoveToFront(e)
		st := e.Value.(*cachedStripe)
		st.refs++
		s.mu.Unlock()
		<-st.ready
		if st.err != nil {
			s.release(st, -1, false)
		}
		return st, st.err
	}
	st := &cachedStripe{s: n, ready: make(chan struct{}), refs: 1}
	for i, p := range s.pos {
		if p > n { // that shard's reader is past this stripe already
			st.done |= 1 << i
		}
	}
	s.stripes[n] = s.lru.PushFront(st)
	s.coded++
	for s.lru.Len() > s.max {
		s.evictLocked(s.lru.Back())
	}
	s.mu.Unlock()

	st.err = s.code(st)
	close(st.ready)
	if st.err != nil {
		s.mu.Lock()
		if e, ok := s.stripes[n]; ok && e.Value == st {
			s.evictLocked(e)
		}
		s.mu.Unlock()
		s.release(st, -1, false)
	}
	return st, st.err
}

// release drops a reference to st; shard i (≥ 0) read it to its chunk's end
// when finished is set. A stripe every shard is done with leaves the cache;
// an evicted one's buffer is reused once no reader holds it.
func (s *ShardSource) release(st *cachedStripe, i int, finished bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st.refs--
	if i >= 0 {
		s.last[i] = time.Now()
	}
	if finished {
		st.done |= 1 << i
		s.pos[i] = max(s.pos[i], st.s+1)
		if st.done == 1<<(s.l.k+s.l.m)-1 {
			if e, ok := s.stripes[st.s]; ok && e.Value == st {
				s.evictLocked(e)
			}
		}
	}
	if st.evicted && st.refs == 0 && st.buf != nil {
		s.bufs.Put(st.buf)
		st.buf = nil
	}
}

func (s *ShardSource) evictLocked(e *list.Element) {
	st := e.Value.(*cachedStripe)
	s.lru.Remove(e)
	delete(s.stripes, st.s)
	st.evicted = true
	if st.refs == 0 && st.buf != nil {
		s.bufs.Put(st.buf)
		st.buf = nil
	}
}

func (s *ShardSource) code(st *cachedStripe) error {
	k, m := s.l.k, s.l.m
	data, chunk := s.l.stripe(st.s)
	st.chunk = chunk
	st.buf = s.bufs.Get().(*[]byte)
	buf := (*st.buf)[:(k+m)*chunk]
	sv := s.sealers.Get()
	if err, ok := sv.(error); ok {
		return err
	}
	defer s.sealers.Put(sv)
	if err := sv.(*segmentSealer).readAt(buf[:data], st.s*int64(k)*StripeChunk); err != nil {
		return fmt.Errorf("encrypt stripe %d: %w", st.s, err)
	}
	clear(buf[data : k*chunk])
	slices := make([][]byte, k+m)
	for i := range slices {
		slices[i] = buf[i*chunk : (i+1)*chunk]
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
