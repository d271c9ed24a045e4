package p2p

import (
	"encoding/binary"
	"fmt"
	"io"
)

// ProtocolID is the libp2p protocol of the shard exchange.
const ProtocolID = "/cairn/shard/1"

// Frame types. Values are part of the protocol: never renumber.
const (
	frameRequest  byte = 1 // client → server, first frame of a stream
	frameResponse byte = 2 // server → client: status, two numbers, text
	frameData     byte = 3 // shard bytes, either direction
)

// Frame and message sizes.
const (
	frameHeader     = 5         // type ‖ uint32 big-endian payload length
	MaxDataFrame    = 1 << 20   // largest data payload accepted
	defaultChunk    = 256 << 10 // data payload a sender uses
	maxMessage      = 256       // longest response text
	requestVersion  = 1
	shardRequestLen = 32 + 32 + 1 + 8 + 8 + 8 + 32
	fetchRequestLen = 1 + shardRequestLen + 65
	pushRequestLen  = fetchRequestLen + 32
	responseMinLen  = 1 + 8 + 8
	maxResponseLen  = responseMinLen + maxMessage
)

// maxPayload is the largest payload accepted for each frame type (0: unknown type).
func maxPayload(typ byte) int {
	switch typ {
	case frameRequest:
		return pushRequestLen
	case frameResponse:
		return maxResponseLen
	case frameData:
		return MaxDataFrame
	}
	return 0
}

// readFrame reads one frame into buf (grown when needed, up to the type's limit) and
// returns its type and payload, which aliases buf. A frame with an unknown type or an
// over-long payload is an error wrapping ErrProtocol; nothing is read past the header
// of such a frame.
func readFrame(r io.Reader, buf []byte) (byte, []byte, error) {
	var hdr [frameHeader]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, nil, err
	}
	typ, n := hdr[0], binary.BigEndian.Uint32(hdr[1:])
	limit := maxPayload(typ)
	if limit == 0 {
		return 0, nil, fmt.Errorf("frame type %d: %w", typ, ErrProtocol)
	}
	if uint64(n) > uint64(limit) {
		return 0, nil, fmt.Errorf("frame type %d of %d bytes, limit %d: %w", typ, n, limit, ErrProtocol)
	}
	if cap(buf) < int(n) {
		buf = make([]byte, n)
	}
	buf = buf[:n]
	if _, err := io.ReadFull(r, buf); err != nil {
		return 0, nil, fmt.Errorf("read frame payload: %w", noEOF(err))
	}
	return typ, buf, nil
}

// writeFrame writes a frame whose payload is buf[frameHeader:]; buf[:frameHeader] is
// overwritten with the header, so the frame goes out in one write.
func writeFrame(w io.Writer, typ byte, buf []byte) error {
	buf[0] = typ
	binary.BigEndian.PutUint32(buf[1:frameHeader], uint32(len(buf)-frameHeader))
	_, err := w.Write(buf)
	return err
}

func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// MarshalBinary encodes the request as the payload of a request frame:
// version (1) ‖ slot ‖ peer ‖ op (1) ‖ offset ‖ length ‖ expiry (uint64 big-endian each) ‖
// nonce ‖ signature (65).
func (sr SignedRequest) MarshalBinary() ([]byte, error) {
	return sr.appendBinary(make([]byte, 0, pushRequestLen)), nil
}

func (sr SignedRequest) appendBinary(b []byte) []byte {
	b = append(b, requestVersion)
	b = append(b, sr.Slot[:]...)
	b = append(b, sr.Peer[:]...)
	b = append(b, byte(sr.Op))
	b = binary.BigEndian.AppendUint64(b, sr.Offset)
	b = binary.BigEndian.AppendUint64(b, sr.Length)
	b = binary.BigEndian.AppendUint64(b, sr.Expiry)
	b = append(b, sr.Nonce[:]...)
	return append(b, sr.Sig[:]...)
}

// UnmarshalBinary decodes what MarshalBinary wrote; it rejects any other length, version
// or an unknown op with an error wrapping ErrBadRequest.
func (sr *SignedRequest) UnmarshalBinary(b []byte) error {
	if len(b) != fetchRequestLen {
		return fmt.Errorf("request of %d bytes, want %d: %w", len(b), fetchRequestLen, ErrBadRequest)
	}
	if b[0] != requestVersion {
		return fmt.Errorf("request version %d: %w", b[0], ErrBadRequest)
	}
	b = b[1:]
	var r SignedRequest
	copy(r.Slot[:], b[0:32])
	copy(r.Peer[:], b[32:64])
	r.Op = Op(b[64])
	r.Offset = binary.BigEndian.Uint64(b[65:73])
	r.Length = binary.BigEndian.Uint64(b[73:81])
	r.Expiry = binary.BigEndian.Uint64(b[81:89])
	copy(r.Nonce[:], b[89:121])
	copy(r.Sig[:], b[121:186])
	if r.Op != OpFetch && r.Op != OpPush && r.Op != OpReserving {
		return fmt.Errorf("request op %d: %w", b[64], ErrBadRequest)
	}
	*sr = r
	return nil
}

// decodeRequest parses a request frame's payload: a SignedRequest, followed for a push
// by the shard's 32-byte root.
func decodeRequest(b []byte) (SignedRequest, [32]byte, error) {
	var sr SignedRequest
	var root [32]byte
	if len(b) < fetchRequestLen {
		return sr, root, fmt.Errorf("request of %d bytes: %w", len(b), ErrBadRequest)
	}
	if err := sr.UnmarshalBinary(b[:fetchRequestLen]); err != nil {
		return sr, root, err
	}
	want := fetchRequestLen
	if sr.Op == OpPush {
		want = pushRequestLen
		copy(root[:], b[fetchRequestLen:])
	}
	if len(b) != want {
		return SignedRequest{}, [32]byte{}, fmt.Errorf("%s request of %d bytes, want %d: %w", sr.Op, len(b), want, ErrBadRequest)
	}
	return sr, root, nil
}

// encodeRequest builds a whole request frame.
func encodeRequest(sr SignedRequest, root [32]byte) []byte {
	b := make([]byte, frameHeader, frameHeader+pushRequestLen)
	b = sr.appendBinary(b)
	if sr.Op == OpPush {
		b = append(b, root[:]...)
	}
	return b
}

// response is the payload of a response frame: status ‖ a ‖ b (uint64 big-endian) ‖
// text. For a push it carries the resume offset in a; for a fetch, the shard size in a
// and the length that follows in b.
type response struct {
	Status Status
	A, B   uint64
	Msg    string
}

func encodeResponse(r response) []byte {
	b := make([]byte, frameHeader, frameHeader+maxResponseLen)
	b = append(b, byte(r.Status))
	b = binary.BigEndian.AppendUint64(b, r.A)
	b = binary.BigEndian.AppendUint64(b, r.B)
	return append(b, truncate(r.Msg, maxMessage)...)
}

func decodeResponse(b []byte) (response, error) {
	if len(b) < responseMinLen || len(b) > maxResponseLen {
		return response{}, fmt.Errorf("response of %d bytes: %w", len(b), ErrProtocol)
	}
	return response{
		Status: Status(b[0]),
		A:      binary.BigEndian.Uint64(b[1:9]),
		B:      binary.BigEndian.Uint64(b[9:17]),
		Msg:    string(b[17:]),
	}, nil
}

// err is nil for StatusOK, else a *RemoteError.
func (r response) err() error {
	if r.Status == StatusOK {
		return nil
	}
	return &RemoteError{Status: r.Status, Message: r.Msg}
}
