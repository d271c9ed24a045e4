package p2p

import (
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// Internals exported to the external test package.

// FrameHeader is the size of a frame header.
const FrameHeader = frameHeader

// ReadFrame is readFrame.
var ReadFrame = readFrame

// DecodeRequest is decodeRequest.
var DecodeRequest = decodeRequest

// EncodeRequest is the payload of encodeRequest.
func EncodeRequest(sr SignedRequest, root [32]byte) []byte {
	return encodeRequest(sr, root)[frameHeader:]
}

// MaxPayload is maxPayload.
var MaxPayload = maxPayload

// ListenAddrs are the addresses h listens on (not what it announces).
func (h *Host) ListenAddrs() []ma.Multiaddr { return h.h.Network().ListenAddresses() }

// KnownAddrs are the addresses h's peerstore holds for p.
func (h *Host) KnownAddrs(p peer.ID) []ma.Multiaddr { return h.h.Peerstore().Addrs(p) }
