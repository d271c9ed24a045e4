package proofs

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// RegionSize is the number of shard bytes hashed by one worker task of a
// RootWriter (a subtree of 4096 leaves). Regions are hashed in parallel.
const RegionSize = 256 << 10

// RootWriter computes the Merkle root (and the cached Tree) of one shard from
// a stream of exactly shardSize bytes. Regions of RegionSize bytes are hashed
// by up to GOMAXPROCS goroutines while the caller keeps writing; memory is
// bounded by GOMAXPROCS+1 region buffers plus 32 bytes per 64 KiB of shard.
//
// A RootWriter is not safe for concurrent use. Every goroutine it starts ends
// when its region is hashed, so abandoning a writer leaks nothing.
type RootWriter struct {
	shardSize uint64
	depth     int
	base      int    // level of the nodes collected: min(BlockLevel, depth)
	region    uint64 // bytes per region: min(RegionSize, 2^depth leaves)
	nodes     [][32]byte

	written uint64
	cur     *regionBuf
	fill    int
	maxBufs int
	bufs    int
	free    chan *regionBuf
	wg      sync.WaitGroup

	err  error
	tree *Tree
}

type regionBuf struct {
	data []byte
	a, b [][32]byte
}

// NewRootWriter returns a writer for a shard of shardSize bytes. A bad shard
// size is reported (as ErrBadShardSize) by Write, Sum and Tree.
func NewRootWriter(shardSize uint64) *RootWriter {
	w := &RootWriter{shardSize: shardSize}
	if err := CheckShardSize(shardSize); err != nil {
		w.err = err
		return w
	}
	n := Leaves(shardSize)
	w.depth = Depth(shardSize)
	w.base = min(BlockLevel, w.depth)
	w.region = min(uint64(RegionSize), LeafSize<<w.depth)
	w.nodes = make([][32]byte, (n+(1<<w.base)-1)>>w.base)
	w.maxBufs = runtime.GOMAXPROCS(0) + 1
	w.free = make(chan *regionBuf, w.maxBufs)
	return w
}

// Write hashes p as the next bytes of the shard. Writing past shardSize
// returns ErrShardLength.
func (w *RootWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.tree != nil {
		return 0, errors.New("proofs: write after Sum")
	}
	total, overflow := 0, false
	if rest := w.shardSize - w.written - uint64(w.fill); uint64(len(p)) > rest {
		p, overflow = p[:rest], true
	}
	for len(p) > 0 {
		if w.cur == nil {
			w.acquire()
		}
		c := copy(w.cur.data[w.fill:], p)
		w.fill += c
		total += c
		p = p[c:]
		if w.fill == len(w.cur.data) {
			w.dispatch()
		}
	}
	if overflow {
		w.err = fmt.Errorf("write past %d bytes: %w", w.shardSize, ErrShardLength)
		return total, w.err
	}
	return total, nil
}

// readFull fills the writer with exactly the remaining shard bytes from r,
// reading straight into region buffers.
func (w *RootWriter) readFull(r io.Reader) error {
	if w.err != nil {
		return w.err
	}
	for w.written < w.shardSize {
		if w.cur == nil {
			w.acquire()
		}
		c, err := io.ReadFull(r, w.cur.data[w.fill:])
		w.fill += c
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				w.err = fmt.Errorf("shard ended after %d of %d bytes: %w",
					w.written+uint64(w.fill), w.shardSize, ErrShardLength)
			} else {
				w.err = fmt.Errorf("read shard: %w", err)
			}
			return w.err
		}
		w.dispatch()
	}
	return nil
}

// acquire makes w.cur an empty buffer sized for the next region.
func (w *RootWriter) acquire() {
	var rb *regionBuf
	select {
	case rb = <-w.free:
	default:
		if w.bufs < w.maxBufs {
			w.bufs++
			leaves := w.region / LeafSize
			rb = &regionBuf{
				data: make([]byte, w.region),
				a:    make([][32]byte, leaves),
				b:    make([][32]byte, leaves/2+1),
			}
		} else {
			rb = <-w.free
		}
	}
	size := min(w.region, w.shardSize-w.written)
	rb.data = rb.data[:size]
	w.cur, w.fill = rb, 0
}

// dispatch hands the full current region to a hashing goroutine (or hashes
// it inline when the shard is a single region).
func (w *RootWriter) dispatch() {
	rb, start := w.cur, w.written/LeafSize>>w.base
	w.written += uint64(w.fill)
	w.cur, w.fill = nil, 0
	dst := w.nodes[start:]
	if w.region >= w.shardSize {
		hashRegion(dst, rb, w.base)
		w.free <- rb
		return
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		hashRegion(dst, rb, w.base)
		w.free <- rb
	}()
}

// hashRegion writes the level-base nodes of the region's leaves into dst.
func hashRegion(dst [][32]byte, rb *regionBuf, base int) {
	nodes := hashLeaves(rb.a, rb.data)
	nodes = reduce(nodes, rb.b, rb.a, 0, base)
	copy(dst, nodes)
}

// Sum waits for all regions and returns the shard's root. It returns
// ErrShardLength if fewer than shardSize bytes were written.
func (w *RootWriter) Sum() ([32]byte, error) {
	t, err := w.Tree()
	if err != nil {
		return [32]byte{}, err
	}
	return t.Root(), nil
}

// Tree is Sum returning the cached tree (for Prove) instead of the root.
func (w *RootWriter) Tree() (*Tree, error) {
	w.wg.Wait()
	if w.err != nil {
		return nil, w.err
	}
	if w.tree != nil {
		return w.tree, nil
	}
	if w.written != w.shardSize {
		return nil, fmt.Errorf("got %d of %d bytes: %w", w.written+uint64(w.fill), w.shardSize, ErrShardLength)
	}
	w.tree = newTree(w.shardSize, w.nodes)
	return w.tree, nil
}

// Root returns the Merkle root of a shard of shardSize bytes read from r. It
// reads exactly shardSize bytes (a shorter r gives ErrShardLength), holds at
// most a few regions in memory and hashes on all cores.
func Root(r io.Reader, shardSize uint64) ([32]byte, error) {
	t, err := BuildTree(r, shardSize)
	if err != nil {
		return [32]byte{}, err
	}
	return t.Root(), nil
}

// BuildTree is Root returning the cached tree for Prove.
func BuildTree(r io.Reader, shardSize uint64) (*Tree, error) {
	w := NewRootWriter(shardSize)
	if err := w.readFull(r); err != nil {
		w.wg.Wait()
		return nil, err
	}
	return w.Tree()
}
