// Package p2ptest holds the hostile peers of cairn's p2p tests: a bare
// libp2p host with a throwaway identity and the oversized-header stream
// it floods a provider with. Used by market/p2p's and internal/chaos's
// flood tests; nothing outside tests imports it.
package p2ptest

import (
	"bufio"
	"context"
	"encoding/binary"
	"io"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"

	"github.com/cairn-storage/cairn/market/p2p"
)

// RawHost is a bare libp2p host with a fresh identity (a throwaway peer
// id) that can write arbitrary bytes on p2p.ProtocolID. It closes with
// the test.
func RawHost(t testing.TB) host.Host {
	t.Helper()
	h, err := libp2p.New(libp2p.NoListenAddrs, libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Security(noise.ID, noise.New), libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.DisableRelay(), libp2p.DisableMetrics(), libp2p.Ping(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

// Frame is a wire frame: type, big-endian uint32 length n, then payload
// (which may be shorter than n: a lie about the length).
func Frame(typ byte, n uint32, payload []byte) []byte {
	b := []byte{typ, 0, 0, 0, 0}
	binary.BigEndian.PutUint32(b[1:], n)
	return append(b, payload...)
}

// OversizedStream opens a stream from raw to the provider, announces a
// first frame of type typ and len(junk) bytes, sends junk, and reads
// whatever answer comes until the provider closes or 20 s pass. It
// reports false if the stream could not be opened (the provider's
// resource manager refused it).
func OversizedStream(ctx context.Context, raw host.Host, to peer.ID, typ byte, junk []byte) bool {
	s, err := raw.NewStream(ctx, to, p2p.ProtocolID)
	if err != nil {
		return false
	}
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(20 * time.Second))
	_, _ = s.Write(Frame(typ, uint32(len(junk)), nil))
	_, _ = s.Write(junk)
	_ = s.CloseWrite()
	_, _ = io.Copy(io.Discard, bufio.NewReader(s))
	return true
}
