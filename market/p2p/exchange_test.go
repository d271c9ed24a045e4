package p2p_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
)

func TestPushThenFetch(t *testing.T) {
	p := newPair(t)
	for _, tc := range []struct {
		name string
		size int
	}{
		{"one_leaf", 64},
		{"one_mib_plus_leaf", 1<<20 + 64},
		{"twenty_mib", 20 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, slot := randomBytes(t, tc.size), randomSlot(t)
			err := p.client.Push(t.Context(), p.provider.ID(), slot, int64(len(data)), sha256.Sum256(data), bytes.NewReader(data), p.auth)
			if err != nil {
				t.Fatalf("push: %v", err)
			}
			if got, _ := p.store.stored(slot); !bytes.Equal(got, data) {
				t.Fatalf("stored %d bytes differ from the %d pushed", len(got), len(data))
			}
			var buf bytes.Buffer
			n, err := p.client.Fetch(t.Context(), p.provider.ID(), slot, 0, 0, &buf, p.auth)
			if err != nil {
				t.Fatalf("fetch: %v", err)
			}
			if n != int64(len(data)) || !bytes.Equal(buf.Bytes(), data) {
				t.Fatalf("fetched %d bytes differ from the %d pushed", n, len(data))
			}
		})
	}
}

func TestPushRejectsEmptyShard(t *testing.T) {
	p := newPair(t)
	err := p.client.Push(t.Context(), p.provider.ID(), randomSlot(t), 0, [32]byte{}, bytes.NewReader(nil), p.auth)
	if !errors.Is(err, p2p.ErrBadRequest) {
		t.Fatalf("push of 0 bytes: %v, want ErrBadRequest", err)
	}
}

func TestFetchRange(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 3<<20+640), randomSlot(t)
	p.store.put(slot, data)
	for _, tc := range []struct {
		name           string
		offset, length uint64
		want           []byte
		err            error
	}{
		{"head", 0, 64, data[:64], nil},
		{"middle", 1<<20 + 3, 1<<20 + 5, data[1<<20+3 : 2<<20+8], nil},
		{"tail_to_end", 3 << 20, 0, data[3<<20:], nil},
		{"last_byte", uint64(len(data) - 1), 1, data[len(data)-1:], nil},
		{"empty_at_end", uint64(len(data)), 0, nil, nil},
		{"past_end", uint64(len(data)) - 10, 11, nil, p2p.ErrBadRequest},
		{"offset_past_end", uint64(len(data)) + 1, 0, nil, p2p.ErrBadRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := p.client.Fetch(t.Context(), p.provider.ID(), slot, tc.offset, tc.length, &buf, p.auth)
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !errors.Is(err, p2p.ErrRemote) {
					t.Fatalf("fetch: %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("fetch: %v", err)
			}
			if n != int64(len(tc.want)) || !bytes.Equal(buf.Bytes(), tc.want) {
				t.Fatalf("fetched %d bytes, want %d exact bytes", n, len(tc.want))
			}
		})
	}
}

func TestFetchUnknownSlot(t *testing.T) {
	p := newPair(t)
	_, err := p.client.Fetch(t.Context(), p.provider.ID(), randomSlot(t), 0, 0, io.Discard, p.auth)
	if !errors.Is(err, p2p.ErrNotFound) {
		t.Fatalf("fetch: %v, want ErrNotFound", err)
	}
}

func TestFetchHolderFailsMidway(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 4<<20), randomSlot(t)
	p.store.put(slot, data)
	p.store.setFailRead()
	var buf bytes.Buffer
	n, err := p.client.Fetch(t.Context(), p.provider.ID(), slot, 0, 0, &buf, p.auth)
	var re *p2p.RemoteError
	if !errors.As(err, &re) || re.Status != p2p.StatusInternal {
		t.Fatalf("fetch: %v, want a remote internal error", err)
	}
	if n == 0 || n >= int64(len(data)) || !bytes.Equal(buf.Bytes(), data[:n]) {
		t.Fatalf("got %d bytes before the failure, want an exact prefix", n)
	}
}

// cancelAt is a ReaderAt that, once asked for bytes at or past at, waits for the
// receiver to hold what was sent so far and cancels the push.
type cancelAt struct {
	r      io.ReaderAt
	at     int64
	cancel func()
	wait   func()
}

func (c *cancelAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= c.at {
		c.wait()
		c.cancel()
		return 0, errors.New("cancelled")
	}
	return c.r.ReadAt(p, off)
}

func TestPushResumesAfterInterruption(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 20<<20), randomSlot(t)
	root, half := sha256.Sum256(data), int64(len(data)/2)

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	r := &cancelAt{r: bytes.NewReader(data), at: half, cancel: cancel, wait: func() {
		deadline := time.Now().Add(10 * time.Second)
		for int64(p.store.partialLen(slot)) < half && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
	}}
	err := p.client.Push(ctx, p.provider.ID(), slot, int64(len(data)), root, r, p.auth)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted push: %v, want context.Canceled", err)
	}
	if _, ok := p.store.stored(slot); ok {
		t.Fatal("an interrupted push stored the shard")
	}

	// The server may still be noticing the reset: it answers busy until then.
	for {
		err = p.client.Push(t.Context(), p.provider.ID(), slot, int64(len(data)), root, bytes.NewReader(data), p.auth)
		if !errors.Is(err, p2p.ErrBusy) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("resumed push: %v", err)
	}
	if off := p.store.lastBegin(); off != half {
		t.Fatalf("resumed at %d, want %d", off, half)
	}
	if got, _ := p.store.stored(slot); !bytes.Equal(got, data) {
		t.Fatal("resumed shard differs from the pushed one")
	}
}

// TestPushRefusedMidway: the receiver fails a write early in a big push; the sender
// learns why at once instead of filling the stream window and timing out.
func TestPushRefusedMidway(t *testing.T) {
	p := newPair(t)
	p.store.setFailAt(1 << 20)
	data, slot := randomBytes(t, 64<<20), randomSlot(t)
	start := time.Now()
	err := p.client.Push(t.Context(), p.provider.ID(), slot, int64(len(data)), sha256.Sum256(data), bytes.NewReader(data), p.auth)
	var re *p2p.RemoteError
	if !errors.As(err, &re) || re.Status != p2p.StatusInternal {
		t.Fatalf("push: %v, want a remote internal error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("the refusal took %s", d)
	}
	if _, ok := p.store.stored(slot); ok {
		t.Fatal("a failed push was stored")
	}
}

func TestPushRootMismatchStoresNothing(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 1<<20), randomSlot(t)
	root := sha256.Sum256(data)
	root[0] ^= 1
	err := p.client.Push(t.Context(), p.provider.ID(), slot, int64(len(data)), root, bytes.NewReader(data), p.auth)
	if !errors.Is(err, p2p.ErrInvalidShard) {
		t.Fatalf("push: %v, want ErrInvalidShard", err)
	}
	if _, ok := p.store.stored(slot); ok || p.store.partialLen(slot) != 0 {
		t.Fatal("a shard with the wrong root was kept")
	}
}

// closeAt is a ReaderAt that closes a host once asked for bytes at or past at.
type closeAt struct {
	r      io.ReaderAt
	at     int64
	host   *p2p.Host
	once   sync.Once
	closed chan error
}

func (c *closeAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= c.at {
		c.once.Do(func() { c.closed <- c.host.Close() })
	}
	return c.r.ReadAt(p, off)
}

func TestCloseStopsTransfers(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 8<<20), randomSlot(t)
	info := p.provider.AddrInfo()
	r := &closeAt{r: bytes.NewReader(data), at: 1 << 20, host: p.provider, closed: make(chan error, 1)}
	err := p.client.Push(t.Context(), p.provider.ID(), slot, int64(len(data)), sha256.Sum256(data), r, p.auth)
	if !errors.Is(err, p2p.ErrTransport) {
		t.Fatalf("push through a closing provider: %v, want ErrTransport", err)
	}
	if err := <-r.closed; err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := p.provider.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if _, ok := p.store.stored(slot); ok {
		t.Fatal("an interrupted push stored the shard")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if err := newHost(t, p2p.Deps{}).Connect(ctx, info); err == nil {
		t.Fatal("connected to a closed provider")
	}
	if err := p.provider.Run(t.Context()); !errors.Is(err, p2p.ErrClosed) {
		t.Fatalf("run after close: %v, want ErrClosed", err)
	}
}
