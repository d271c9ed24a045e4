package p2p_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
)

func TestStrangerRefused(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 4096), randomSlot(t)
	err := p.client.Push(t.Context(), p.provider.ID(), slot, int64(len(data)), sha256.Sum256(data), bytes.NewReader(data), p.stranger)
	if !errors.Is(err, p2p.ErrUnauthorized) || !errors.Is(err, p2p.ErrRemote) {
		t.Fatalf("stranger's push: %v, want remote ErrUnauthorized", err)
	}
	if _, ok := p.store.stored(slot); ok {
		t.Fatal("a stranger's push was stored")
	}
	p.store.put(slot, data)
	var buf bytes.Buffer
	if _, err := p.client.Fetch(t.Context(), p.provider.ID(), slot, 0, 0, &buf, p.stranger); !errors.Is(err, p2p.ErrUnauthorized) {
		t.Fatalf("stranger's fetch: %v, want ErrUnauthorized", err)
	}
	if buf.Len() != 0 {
		t.Fatalf("a stranger received %d bytes", buf.Len())
	}
}

// TestRefusedRequests sends signed requests that each break one rule.
func TestRefusedRequests(t *testing.T) {
	p := newPair(t)
	slot := randomSlot(t)
	p.store.put(slot, randomBytes(t, 640))
	other := newHost(t, p2p.Deps{})
	now := uint64(time.Now().Unix())
	for _, tc := range []struct {
		name   string
		mutate func(*p2p.ShardRequest)
		want   error
	}{
		{"expired", func(r *p2p.ShardRequest) { r.Expiry = now - 10 }, p2p.ErrExpired},
		{"expiry_too_far_ahead", func(r *p2p.ShardRequest) { r.Expiry = now + 3600 }, p2p.ErrExpired},
		{"expiry_max_uint64", func(r *p2p.ShardRequest) { r.Expiry = ^uint64(0) }, p2p.ErrExpired},
		{"signed_for_another_peer", func(r *p2p.ShardRequest) { r.Peer = p2p.PeerHash(other.ID()) }, p2p.ErrWrongPeer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := p.client.NewRequest(p.provider.ID(), p2p.OpFetch, slot, 0, 0)
			tc.mutate(&r)
			sr, err := p.client.Sign(r, p.auth)
			if err != nil {
				t.Fatal(err)
			}
			_, err = p.client.FetchSigned(t.Context(), p.provider.ID(), sr, io.Discard)
			if !errors.Is(err, tc.want) || !errors.Is(err, p2p.ErrUnauthorized) {
				t.Fatalf("fetch: %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("tampered_after_signing", func(t *testing.T) {
		sr, err := p.client.Sign(p.client.NewRequest(p.provider.ID(), p2p.OpFetch, slot, 0, 64), p.auth)
		if err != nil {
			t.Fatal(err)
		}
		sr.Length = 0 // ask for more than was signed
		if _, err := p.client.FetchSigned(t.Context(), p.provider.ID(), sr, io.Discard); !errors.Is(err, p2p.ErrUnauthorized) {
			t.Fatalf("fetch: %v, want ErrUnauthorized", err)
		}
	})
	t.Run("signed_in_another_domain", func(t *testing.T) {
		dom := p2p.Domain{ChainID: testChainID + 1, Marketplace: testMarketplace}
		sr, err := dom.Sign(p.client.NewRequest(p.provider.ID(), p2p.OpFetch, slot, 0, 0), p.auth)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.client.FetchSigned(t.Context(), p.provider.ID(), sr, io.Discard); !errors.Is(err, p2p.ErrUnauthorized) {
			t.Fatalf("fetch: %v, want ErrUnauthorized", err)
		}
	})
}

func TestReplayRefused(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 64<<10), randomSlot(t)
	p.store.put(slot, data)
	sr, err := p.client.Sign(p.client.NewRequest(p.provider.ID(), p2p.OpFetch, slot, 0, 0), p.auth)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := p.client.FetchSigned(t.Context(), p.provider.ID(), sr, &buf); err != nil || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("first fetch: %v", err)
	}
	buf.Reset()
	if _, err := p.client.FetchSigned(t.Context(), p.provider.ID(), sr, &buf); !errors.Is(err, p2p.ErrReplay) {
		t.Fatalf("replayed fetch: %v, want ErrReplay", err)
	}
	if buf.Len() != 0 {
		t.Fatalf("a replay received %d bytes", buf.Len())
	}

	// A push request is single-use too, even once the shard is stored.
	slot2 := randomSlot(t)
	push, err := p.client.Sign(p.client.NewRequest(p.provider.ID(), p2p.OpPush, slot2, 0, uint64(len(data))), p.auth)
	if err != nil {
		t.Fatal(err)
	}
	root := sha256.Sum256(data)
	if err := p.client.PushSigned(t.Context(), p.provider.ID(), push, root, bytes.NewReader(data)); err != nil {
		t.Fatalf("push: %v", err)
	}
	if err := p.client.PushSigned(t.Context(), p.provider.ID(), push, root, bytes.NewReader(data)); !errors.Is(err, p2p.ErrReplay) {
		t.Fatalf("replayed push: %v, want ErrReplay", err)
	}
}

func TestUnsupportedOperation(t *testing.T) {
	auth := newSigner(t)
	store := newMemStore(auth.Address())
	fetchOnly := newHost(t, p2p.Deps{Authorizer: store, Source: store})
	serve(t, fetchOnly)
	client := newHost(t, p2p.Deps{})
	if err := client.Connect(t.Context(), fetchOnly.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	data := randomBytes(t, 64)
	err := client.Push(t.Context(), fetchOnly.ID(), randomSlot(t), 64, sha256.Sum256(data), bytes.NewReader(data), auth)
	if !errors.Is(err, p2p.ErrUnsupported) {
		t.Fatalf("push to a fetch-only host: %v, want ErrUnsupported", err)
	}
}
