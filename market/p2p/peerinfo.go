package p2p

import (
	"encoding/binary"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// Peer info limits, enforced on encode and decode.
const (
	peerInfoVersion = 1
	MaxPeerAddrs    = 16  // addresses in one peer info
	maxPeerIDLen    = 128 // bytes of a peer id (an identity multihash of a key)
	maxAddrLen      = 256 // bytes of one multiaddr
)

// EncodePeerInfo encodes a peer's id and addresses compactly for registerProvider:
//
//	version (1 byte, = 1) ‖ uvarint len ‖ peer id bytes ‖ uvarint n ‖ n × (uvarint len ‖ multiaddr bytes)
//
// A trailing /p2p/<id> component of an address is dropped (the id is stored once); an
// address for another peer id is an error.
func EncodePeerInfo(info peer.AddrInfo) ([]byte, error) {
	id := []byte(info.ID)
	if len(id) == 0 || len(id) > maxPeerIDLen {
		return nil, fmt.Errorf("encode peer info: peer id of %d bytes", len(id))
	}
	if len(info.Addrs) > MaxPeerAddrs {
		return nil, fmt.Errorf("encode peer info: %d addresses, limit %d", len(info.Addrs), MaxPeerAddrs)
	}
	b := []byte{peerInfoVersion}
	b = binary.AppendUvarint(b, uint64(len(id)))
	b = append(b, id...)
	b = binary.AppendUvarint(b, uint64(len(info.Addrs)))
	for _, a := range info.Addrs {
		transport, pid := peer.SplitAddr(a)
		if pid != "" && pid != info.ID {
			return nil, fmt.Errorf("encode peer info: address %s names peer %s", a, pid)
		}
		ab := transport.Bytes()
		if len(ab) == 0 || len(ab) > maxAddrLen {
			return nil, fmt.Errorf("encode peer info: address %s of %d bytes", a, len(ab))
		}
		b = binary.AppendUvarint(b, uint64(len(ab)))
		b = append(b, ab...)
	}
	return b, nil
}

// DecodePeerInfo decodes what EncodePeerInfo wrote. It rejects unknown versions,
// invalid peer ids and multiaddrs, lengths over the limits and trailing bytes.
func DecodePeerInfo(b []byte) (peer.AddrInfo, error) {
	fail := func(format string, args ...any) (peer.AddrInfo, error) {
		return peer.AddrInfo{}, fmt.Errorf("decode peer info: "+format, args...)
	}
	if len(b) == 0 || b[0] != peerInfoVersion {
		return fail("unknown version")
	}
	rest := b[1:]
	idb, rest, ok := readChunk(rest, maxPeerIDLen)
	if !ok {
		return fail("truncated or oversized peer id")
	}
	id, err := peer.IDFromBytes(idb)
	if err != nil {
		return fail("peer id: %w", err)
	}
	n, k := binary.Uvarint(rest)
	if k <= 0 || n > MaxPeerAddrs {
		return fail("bad address count")
	}
	rest = rest[k:]
	info := peer.AddrInfo{ID: id, Addrs: make([]ma.Multiaddr, 0, n)}
	for i := uint64(0); i < n; i++ {
		var ab []byte
		ab, rest, ok = readChunk(rest, maxAddrLen)
		if !ok || len(ab) == 0 {
			return fail("address %d truncated, empty or oversized", i)
		}
		a, err := ma.NewMultiaddrBytes(ab)
		if err != nil {
			return fail("address %d: %w", i, err)
		}
		info.Addrs = append(info.Addrs, a)
	}
	if len(rest) != 0 {
		return fail("%d trailing bytes", len(rest))
	}
	return info, nil
}

// readChunk reads a uvarint length and that many bytes, at most limit.
func readChunk(b []byte, limit int) (chunk, rest []byte, ok bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(limit) || n > uint64(len(b)-k) {
		return nil, nil, false
	}
	return b[k : k+int(n)], b[k+int(n):], true
}
