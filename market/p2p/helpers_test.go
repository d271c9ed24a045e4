package p2p_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"

	"github.com/cairn-storage/cairn/market/p2p"
)

var testMarketplace = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

const testChainID = 31337

// memStore is an in-memory Authorizer, ShardSource and ShardSink. Its "root" is the
// SHA-256 of the whole shard (the Merkle tree is the provider's business).
type memStore struct {
	mu       sync.Mutex
	allowed  map[common.Address]bool
	shards   map[[32]byte][]byte
	partial  map[[32]byte][]byte
	begins   []int64 // offsets BeginShard reported
	failRead bool    // OpenShard returns a reader failing past half the shard
	failAt   int     // writes past this many bytes fail (0: never)
}

func newMemStore(allowed ...common.Address) *memStore {
	m := &memStore{allowed: map[common.Address]bool{}, shards: map[[32]byte][]byte{}, partial: map[[32]byte][]byte{}}
	for _, a := range allowed {
		m.allowed[a] = true
	}
	return m
}

func (m *memStore) deps() p2p.Deps { return p2p.Deps{Authorizer: m, Source: m, Sink: m} }

func (m *memStore) authorize(signer common.Address) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.allowed[signer] {
		return fmt.Errorf("%s holds no right on the slot: %w", signer, p2p.ErrUnauthorized)
	}
	return nil
}

func (m *memStore) AuthorizeFetch(_ context.Context, _ [32]byte, signer common.Address) error {
	return m.authorize(signer)
}

func (m *memStore) AuthorizePush(_ context.Context, _ [32]byte, signer common.Address) error {
	return m.authorize(signer)
}

func (m *memStore) OpenShard(_ context.Context, slot [32]byte) (p2p.ShardReader, int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.shards[slot]
	if !ok {
		return nil, 0, fmt.Errorf("slot %x: %w", slot[:4], p2p.ErrNotFound)
	}
	var r io.ReaderAt = bytes.NewReader(b)
	if m.failRead {
		r = failingReader{r: r, after: int64(len(b) / 2)}
	}
	return nopCloser{r}, int64(len(b)), nil
}

func (m *memStore) put(slot [32]byte, b []byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.shards[slot] = b
}

func (m *memStore) setFailAt(n int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failAt = n
}

func (m *memStore) setFailRead() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failRead = true
}

func (m *memStore) stored(slot [32]byte) ([]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.shards[slot]
	return b, ok
}

func (m *memStore) partialLen(slot [32]byte) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.partial[slot])
}

func (m *memStore) lastBegin() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.begins[len(m.begins)-1]
}

func (m *memStore) BeginShard(_ context.Context, slot [32]byte, size int64, root [32]byte) (int64, p2p.ShardWriter, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	off := int64(len(m.partial[slot]))
	if off > size {
		delete(m.partial, slot)
		off = 0
	}
	if off == 0 {
		m.partial[slot] = make([]byte, 0, size)
	}
	m.begins = append(m.begins, off)
	return off, &memWriter{m: m, slot: slot, size: size, root: root}, nil
}

type memWriter struct {
	m    *memStore
	slot [32]byte
	size int64
	root [32]byte
}

func (w *memWriter) Write(p []byte) (int, error) {
	w.m.mu.Lock()
	defer w.m.mu.Unlock()
	if w.m.failAt > 0 && len(w.m.partial[w.slot])+len(p) > w.m.failAt {
		return 0, errors.New("disk full")
	}
	w.m.partial[w.slot] = append(w.m.partial[w.slot], p...)
	return len(p), nil
}

func (w *memWriter) Commit() error {
	w.m.mu.Lock()
	defer w.m.mu.Unlock()
	b := w.m.partial[w.slot]
	delete(w.m.partial, w.slot)
	if int64(len(b)) != w.size || sha256.Sum256(b) != w.root {
		return fmt.Errorf("slot %x: %w", w.slot[:4], p2p.ErrInvalidShard)
	}
	w.m.shards[w.slot] = b
	return nil
}

func (w *memWriter) Close() error { return nil }

type nopCloser struct{ io.ReaderAt }

func (nopCloser) Close() error { return nil }

type failingReader struct {
	r     io.ReaderAt
	after int64
}

func (f failingReader) ReadAt(p []byte, off int64) (int, error) {
	if off+int64(len(p)) > f.after {
		return 0, errors.New("disk on fire")
	}
	return f.r.ReadAt(p, off)
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// newHost creates a host with the default config, closed at cleanup.
func newHost(t testing.TB, deps p2p.Deps) *p2p.Host {
	t.Helper()
	return newHostConfig(t, p2p.DefaultConfig(testChainID, testMarketplace), deps)
}

func newHostConfig(t testing.TB, cfg p2p.Config, deps p2p.Deps) *p2p.Host {
	t.Helper()
	priv, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return newHostKey(t, cfg, deps, priv)
}

// newHostKey is newHostConfig with identity priv.
func newHostKey(t testing.TB, cfg p2p.Config, deps p2p.Deps, priv crypto.PrivKey) *p2p.Host {
	t.Helper()
	h, err := p2p.New(cfg, testLogger(t), priv, deps)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := h.Close(); err != nil {
			t.Errorf("close host: %v", err)
		}
	})
	return h
}

// serve runs h until the test ends.
func serve(t testing.TB, h *p2p.Host) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- h.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("run: %v", err)
		}
	})
}

// pair is a serving provider and a connected client.
type pair struct {
	store    *memStore
	provider *p2p.Host
	client   *p2p.Host
	auth     *p2p.KeySigner // allowed by the store
	stranger *p2p.KeySigner // not allowed
}

func newPair(t testing.TB) *pair {
	t.Helper()
	auth, stranger := newSigner(t), newSigner(t)
	store := newMemStore(auth.Address())
	p := &pair{store: store, provider: newHost(t, store.deps()), client: newHost(t, p2p.Deps{}), auth: auth, stranger: stranger}
	serve(t, p.provider)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := p.client.Connect(ctx, p.provider.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return p
}

func newSigner(t testing.TB) *p2p.KeySigner {
	t.Helper()
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return p2p.NewKeySigner(key)
}

func randomBytes(t testing.TB, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

func randomSlot(t testing.TB) [32]byte {
	var s [32]byte
	copy(s[:], randomBytes(t, 32))
	return s
}
