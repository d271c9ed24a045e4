package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/sync/errgroup"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/proofs"
)

// pipelineDepth is the number of stripe buffers in flight during Encode: one
// being filled by the encryptor, one being coded and written, one spare.
// Memory is pipelineDepth·(k+m)·StripeChunk plus the root writers' regions.
const pipelineDepth = 3

// EncodeResult describes an encoded file: what requestStorage and the
// manifest need.
type EncodeResult struct {
	Size       int64      // plaintext bytes
	CipherSize int64      // encrypted stream bytes (before erasure coding)
	ShardSize  uint64     // bytes of every shard, a multiple of 64
	Roots      [][32]byte // Merkle root of each shard, data shards first
	Cipher     Cipher
	K, M       int
}

// Encode encrypts the size bytes read from r under key, erasure-codes the
// stream into k data and m parity shards written to shards[0..k+m), and
// returns every shard's Merkle root. Stages overlap: one goroutine reads and
// encrypts stripe s+1 while another Reed-Solomon codes and writes stripe s,
// and the shard roots are hashed on all cores (proofs.RootWriter). Memory is
// bounded by a few stripes whatever the size. r must yield exactly size
// bytes (ErrSizeMismatch otherwise).
func Encode(ctx context.Context, r io.Reader, size int64, key FileKey, k, m int, shards []io.Writer) (EncodeResult, error) {
	sp, err := NewStream(key, DefaultCipher)
	if err != nil {
		return EncodeResult{}, err
	}
	return EncodeWith(ctx, r, size, sp, k, m, shards)
}

// EncodeWith is Encode under given stream parameters: the same sp and
// plaintext always give the same shards (see ShardSource). Writers may be
// io.Discard, to compute only the roots.
func EncodeWith(ctx context.Context, r io.Reader, size int64, sp Stream, k, m int, shards []io.Writer) (EncodeResult, error) {
	l, err := newLayout(size, k, m)
	if err != nil {
		return EncodeResult{}, err
	}
	if err := checkShardList(len(shards), k, m, func(i int) bool { return shards[i] == nil }); err != nil {
		return EncodeResult{}, err
	}
	enc, err := NewEncryptReaderWith(r, size, sp)
	if err != nil {
		return EncodeResult{}, err
	}
	coder, err := newCoder(k, m)
	if err != nil {
		return EncodeResult{}, err
	}
	rws := make([]*proofs.RootWriter, k+m)
	for i := range rws {
		rws[i] = proofs.NewRootWriter(l.shardSize)
	}

	type stripeBuf struct {
		buf    []byte
		slices [][]byte
	}
	maxChunk := StripeChunk
	if l.stripes == 1 {
		maxChunk = l.lastChunk
	}
	nbuf := int(min(int64(pipelineDepth), l.stripes))
	free := make(chan *stripeBuf, nbuf)
	full := make(chan *stripeBuf, nbuf)
	for range nbuf {
		free <- &stripeBuf{buf: make([]byte, (k+m)*maxChunk), slices: make([][]byte, k+m)}
	}

	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { // read + encrypt
		defer close(full)
		for s := int64(0); s < l.stripes; s++ {
			var sb *stripeBuf
			select {
			case sb = <-free:
			case <-gctx.Done():
				return gctx.Err()
			}
			data, chunk := l.stripe(s)
			b := sb.buf[:(k+m)*chunk]
			if _, err := io.ReadFull(enc, b[:data]); err != nil {
				return fmt.Errorf("encrypt stripe %d: %w", s, err)
			}
			clear(b[data : k*chunk])
			for i := range sb.slices {
				sb.slices[i] = b[i*chunk : (i+1)*chunk]
			}
			select {
			case full <- sb:
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		return nil
	})
	g.Go(func() error { // erasure-code + write + hash
		s := 0
		for sb := range full {
			if err := gctx.Err(); err != nil {
				return err
			}
			if err := coder.Encode(sb.slices); err != nil {
				return fmt.Errorf("erasure-code stripe %d: %w", s, err)
			}
			for i, sl := range sb.slices {
				if _, err := shards[i].Write(sl); err != nil {
					return fmt.Errorf("write shard %d: %w", i, err)
				}
				if _, err := rws[i].Write(sl); err != nil {
					return fmt.Errorf("hash shard %d: %w", i, err)
				}
			}
			free <- sb
			s++
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		for _, w := range rws {
			w.Sum() // wait for its hashing goroutines
		}
		return EncodeResult{}, err
	}
	res := EncodeResult{Size: size, CipherSize: l.cipherSize, ShardSize: l.shardSize,
		Roots: make([][32]byte, k+m), Cipher: sp.Cipher, K: k, M: m}
	for i, w := range rws {
		if res.Roots[i], err = w.Sum(); err != nil {
			return EncodeResult{}, fmt.Errorf("root of shard %d: %w", i, err)
		}
	}
	return res, nil
}

func checkShardList(n, k, m int, isNil func(int) bool) error {
	if n != k+m {
		return fmt.Errorf("%d shards for k=%d m=%d: %w", n, k, m, ErrBadParams)
	}
	for i := range n {
		if isNil(i) {
			return fmt.Errorf("shard writer %d is nil: %w", i, ErrBadParams)
		}
	}
	return nil
}

// EncodeFiles is Encode into k+m files dir/shard-NN (created, truncated),
// for tools and benchmarks that want the shards on disk (a put streams them
// from a ShardSource instead). It returns the files'
// paths; on error it removes them.
func EncodeFiles(ctx context.Context, r io.Reader, size int64, key FileKey, k, m int, dir string) (EncodeResult, []string, error) {
	if err := CheckParams(k, m); err != nil {
		return EncodeResult{}, nil, err
	}
	paths := make([]string, k+m)
	files := make([]*os.File, 0, k+m)
	cleanup := func() {
		for _, f := range files {
			f.Close()
			os.Remove(f.Name())
		}
	}
	ws := make([]io.Writer, k+m)
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("shard-%02d", i))
		f, err := os.OpenFile(paths[i], os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
		if err != nil {
			cleanup()
			return EncodeResult{}, nil, fmt.Errorf("create shard file: %w", err)
		}
		files = append(files, f)
		ws[i] = f
	}
	res, err := Encode(ctx, r, size, key, k, m, ws)
	if err != nil {
		cleanup()
		return EncodeResult{}, nil, err
	}
	for _, f := range files {
		if err := f.Close(); err != nil {
			cleanup()
			return EncodeResult{}, nil, fmt.Errorf("close shard file: %w", err)
		}
	}
	return res, paths, nil
}

// VerifyShard reads a shard of shardSize bytes from r and checks its Merkle
// root (ErrRootMismatch, or the proofs error for a short or long shard).
func VerifyShard(r io.Reader, shardSize uint64, root [32]byte) error {
	got, err := proofs.Root(r, shardSize)
	if err != nil {
		return fmt.Errorf("shard root: %w", err)
	}
	if got != root {
		return fmt.Errorf("got %x, want %x: %w", got[:6], root[:6], ErrRootMismatch)
	}
	return nil
}

// DecodeParams describes the file to rebuild, normally from its manifest and
// the request's on-chain roots.
type DecodeParams struct {
	Size      int64
	K, M      int
	FileKey   FileKey
	ShardSize uint64     // optional: if set, must equal ShardSize(Size, K)
	Roots     [][32]byte // expected shard roots; unused when Verified
	// Verified means the caller already checked every non-nil shard against
	// its root (as a fetch does while receiving), so Decode skips that pass.
	Verified bool
}

// Decode rebuilds the plaintext from any k intact shards and writes it to w.
// shards has k+m entries, nil for a missing one. Each non-nil shard is first
// checked against its root (unless p.Verified); shards that fail are routed
// around. Fewer than k intact shards gives a *TooFewShardsError
// (ErrTooFewShards) naming the missing and corrupt ones; a wrong key or a
// stream that fails authentication gives ErrDecrypt. On error, w may have
// received a prefix of the plaintext: use DecodeToFile to get all or nothing.
func Decode(ctx context.Context, p DecodeParams, shards []io.ReaderAt, w io.Writer) error {
	l, err := newLayout(p.Size, p.K, p.M)
	if err != nil {
		return err
	}
	if p.ShardSize != 0 && p.ShardSize != l.shardSize {
		return fmt.Errorf("shard size %d, want %d for size %d and k=%d: %w", p.ShardSize, l.shardSize, p.Size, p.K, ErrBadParams)
	}
	if len(shards) != p.K+p.M {
		return fmt.Errorf("%d shards for k=%d m=%d: %w", len(shards), p.K, p.M, ErrBadParams)
	}
	if !p.Verified && len(p.Roots) != p.K+p.M {
		return fmt.Errorf("%d roots for k=%d m=%d: %w", len(p.Roots), p.K, p.M, ErrBadParams)
	}
	use, err := selectShards(ctx, p, l, shards)
	if err != nil {
		return err
	}
	coder, err := newCoder(p.K, p.M)
	if err != nil {
		return err
	}
	sr := &stripeReader{ctx: ctx, l: l, shards: use, coder: coder}
	dec, err := NewDecryptReader(sr, p.FileKey)
	if err != nil {
		return fmt.Errorf("decrypt: %w", err)
	}
	n, err := io.Copy(w, dec)
	if err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	if n != p.Size || dec.Size() != p.Size {
		return fmt.Errorf("stream holds %d bytes, manifest says %d: %w", dec.Size(), p.Size, ErrDecrypt)
	}
	return nil
}

// selectShards returns the first k intact shards (data shards preferred, so
// a healthy file needs no reconstruction), the others set to nil.
func selectShards(ctx context.Context, p DecodeParams, l layout, shards []io.ReaderAt) ([]io.ReaderAt, error) {
	use := make([]io.ReaderAt, len(shards))
	tf := &TooFewShardsError{Need: p.K}
	for i, s := range shards {
		if tf.Have == p.K {
			break
		}
		if s == nil {
			tf.Missing = append(tf.Missing, i)
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !p.Verified {
			if err := VerifyShard(io.NewSectionReader(s, 0, int64(l.shardSize)), l.shardSize, p.Roots[i]); err != nil {
				tf.Corrupt = append(tf.Corrupt, i)
				continue
			}
		}
		use[i] = s
		tf.Have++
	}
	if tf.Have < p.K {
		return nil, tf
	}
	return use, nil
}

// stripeReader yields the encrypted stream, reading and (when a data shard
// is absent) reconstructing one stripe at a time.
type stripeReader struct {
	ctx    context.Context
	l      layout
	shards []io.ReaderAt
	coder  interface{ ReconstructData([][]byte) error }
	s      int64
	data   []byte   // k·StripeChunk: data shards, contiguous
	parity [][]byte // m buffers
	slices [][]byte
	out    []byte
}

func (r *stripeReader) Read(p []byte) (int, error) {
	if len(r.out) == 0 {
		if r.s == r.l.stripes {
			return 0, io.EOF
		}
		if err := r.load(); err != nil {
			return 0, err
		}
	}
	n := copy(p, r.out)
	r.out = r.out[n:]
	return n, nil
}

func (r *stripeReader) load() error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	k, m := r.l.k, r.l.m
	if r.data == nil {
		chunk := StripeChunk
		if r.l.stripes == 1 {
			chunk = r.l.lastChunk
		}
		r.data = make([]byte, k*chunk)
		r.parity = make([][]byte, m)
		r.slices = make([][]byte, k+m)
		for j := range r.parity {
			if r.shards[k+j] != nil {
				r.parity[j] = make([]byte, chunk)
			}
		}
	}
	dataLen, chunk := r.l.stripe(r.s)
	off := r.s * StripeChunk
	need := false
	for i, sh := range r.shards {
		var buf []byte
		if i < k {
			buf = r.data[i*chunk : (i+1)*chunk : (i+1)*chunk]
		} else if sh != nil {
			buf = r.parity[i-k][:chunk]
		}
		if sh == nil {
			r.slices[i] = buf[:0]
			need = need || i < k
			continue
		}
		if _, err := sh.ReadAt(buf, off); err != nil && !(errors.Is(err, io.EOF) && len(buf) > 0) {
			return fmt.Errorf("read shard %d at %d: %w", i, off, err)
		}
		r.slices[i] = buf
	}
	if need {
		if err := r.coder.ReconstructData(r.slices); err != nil {
			return fmt.Errorf("reconstruct stripe %d: %w", r.s, err)
		}
	}
	r.out = r.data[:dataLen]
	r.s++
	return nil
}

// DecodeToFile is Decode into path, written atomically: on any error (wrong
// key, tampering, too few shards, cancellation) nothing is left at path, and
// an existing file there is untouched.
func DecodeToFile(ctx context.Context, p DecodeParams, shards []io.ReaderAt, path string) error {
	a, err := atomicfile.Create(path, 0o600)
	if err != nil {
		return err
	}
	defer a.Abort()
	if err := Decode(ctx, p, shards, a); err != nil {
		return err
	}
	return a.Commit()
}
