package p2p

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
