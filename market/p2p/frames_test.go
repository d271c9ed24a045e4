package p2p_test

import (
	"bufio"
	"bytes"
	"io"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/market/p2p/p2ptest"
)

// TestMalformedFramesRefused sends broken first frames; each gets a refusal or a closed
// stream, never a panic, and the server keeps serving.
func TestMalformedFramesRefused(t *testing.T) {
	p := newPair(t)
	slot := randomSlot(t)
	data := randomBytes(t, 640)
	p.store.put(slot, data)
	sr, err := p.client.Sign(p.client.NewRequest(p.provider.ID(), p2p.OpFetch, slot, 0, 0), p.auth)
	if err != nil {
		t.Fatal(err)
	}
	valid := p2p.EncodeRequest(sr, [32]byte{})
	badVersion := append([]byte{9}, valid[1:]...)
	badOp := bytes.Clone(valid)
	badOp[1+64] = 7

	raw := p2ptest.RawHost(t)
	if err := raw.Connect(t.Context(), p.provider.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		send   []byte
		status p2p.Status // StatusOK: only require that the stream ends
	}{
		{"oversized_data_frame", p2ptest.Frame(3, 1<<31, nil), p2p.StatusBadRequest},
		{"oversized_request_frame", p2ptest.Frame(1, 4096, make([]byte, 4096)), p2p.StatusBadRequest},
		{"unknown_frame_type", p2ptest.Frame(0xEE, 4, []byte{1, 2, 3, 4}), p2p.StatusBadRequest},
		{"data_before_request", p2ptest.Frame(3, 4, []byte{1, 2, 3, 4}), p2p.StatusBadRequest},
		{"short_request", p2ptest.Frame(1, 3, []byte{1, 2, 3}), p2p.StatusBadRequest},
		{"request_with_extra_bytes", p2ptest.Frame(1, uint32(len(valid)+1), append(bytes.Clone(valid), 0)), p2p.StatusBadRequest},
		{"unknown_version", p2ptest.Frame(1, uint32(len(badVersion)), badVersion), p2p.StatusBadRequest},
		{"unknown_op", p2ptest.Frame(1, uint32(len(badOp)), badOp), p2p.StatusBadRequest},
		{"truncated_payload", p2ptest.Frame(1, 200, []byte{1, 2, 3}), p2p.StatusOK},
		{"truncated_header", []byte{1, 0}, p2p.StatusOK},
		{"nothing", nil, p2p.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := raw.NewStream(t.Context(), p.provider.ID(), p2p.ProtocolID)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			_ = s.SetDeadline(time.Now().Add(10 * time.Second))
			if _, err := s.Write(tc.send); err != nil {
				t.Fatal(err)
			}
			_ = s.CloseWrite()
			reply, err := io.ReadAll(bufio.NewReader(s))
			if tc.status == p2p.StatusOK {
				return // a refusal or a reset: either way it ended
			}
			if err != nil {
				t.Fatalf("read reply: %v", err)
			}
			typ, payload, err := p2p.ReadFrame(bytes.NewReader(reply), nil)
			if err != nil || typ != 2 || len(payload) == 0 || p2p.Status(payload[0]) != tc.status {
				t.Fatalf("reply %x: %v; want a response with status %s", reply, err, tc.status)
			}
		})
	}
	// Still serving.
	var buf bytes.Buffer
	if _, err := p.client.FetchSigned(t.Context(), p.provider.ID(), sr, &buf); err != nil || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("fetch after malformed frames: %v", err)
	}
}

// TestPushOverrunRefused sends more data than the signed shard size.
func TestPushOverrunRefused(t *testing.T) {
	p := newPair(t)
	data, slot := randomBytes(t, 1024), randomSlot(t)
	var root [32]byte
	sr, err := p.client.Sign(p.client.NewRequest(p.provider.ID(), p2p.OpPush, slot, 0, uint64(len(data))), p.auth)
	if err != nil {
		t.Fatal(err)
	}
	raw := p2ptest.RawHost(t)
	if err := raw.Connect(t.Context(), p.provider.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	s, err := raw.NewStream(t.Context(), p.provider.ID(), p2p.ProtocolID)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(10 * time.Second))
	req := p2p.EncodeRequest(sr, root)
	over := append(bytes.Clone(data), 0)
	if _, err := s.Write(append(p2ptest.Frame(1, uint32(len(req)), req), p2ptest.Frame(3, uint32(len(over)), over)...)); err != nil {
		t.Fatal(err)
	}
	_ = s.CloseWrite()
	r := bufio.NewReader(s)
	for i, want := range []p2p.Status{p2p.StatusOK, p2p.StatusBadRequest} {
		typ, payload, err := p2p.ReadFrame(r, nil)
		if err != nil || typ != 2 || p2p.Status(payload[0]) != want {
			t.Fatalf("response %d: type %d %x, %v; want status %s", i, typ, payload, err, want)
		}
	}
	if _, ok := p.store.stored(slot); ok {
		t.Fatal("an overrun push was stored")
	}
}
