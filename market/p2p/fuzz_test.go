package p2p_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/market/p2p/p2ptest"
)

// FuzzReadFrame: any byte stream gives a frame within its type's limit, whose
// re-encoding is the input's prefix, or an error; never a panic or a big allocation.
func FuzzReadFrame(f *testing.F) {
	f.Add(p2ptest.Frame(1, 3, []byte{1, 2, 3}))
	f.Add(p2ptest.Frame(2, 17, make([]byte, 17)))
	f.Add(p2ptest.Frame(3, 1<<31, nil))
	f.Add(p2ptest.Frame(3, 0, nil))
	f.Add([]byte{0xEE, 0, 0, 0, 1, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		typ, p, err := p2p.ReadFrame(bytes.NewReader(in), nil)
		if err != nil {
			if len(in) >= p2p.FrameHeader && p2p.MaxPayload(in[0]) == 0 && !errors.Is(err, p2p.ErrProtocol) {
				t.Fatalf("unknown type %d: %v, want ErrProtocol", in[0], err)
			}
			return
		}
		if len(p) > p2p.MaxPayload(typ) {
			t.Fatalf("payload of %d bytes over the limit of type %d", len(p), typ)
		}
		var hdr [p2p.FrameHeader]byte
		hdr[0] = typ
		binary.BigEndian.PutUint32(hdr[1:], uint32(len(p)))
		if !bytes.HasPrefix(in, append(hdr[:], p...)) {
			t.Fatal("frame is not the input's prefix")
		}
	})
}

// FuzzDecodeRequest: the request parser accepts exactly the canonical encodings, and
// the digest and signer recovery of anything it accepts do not panic.
func FuzzDecodeRequest(f *testing.F) {
	dom := p2p.Domain{ChainID: testChainID, Marketplace: testMarketplace}
	s := newSigner(f)
	for _, op := range []p2p.Op{p2p.OpFetch, p2p.OpPush} {
		r := testRequest()
		r.Op = op
		sr, err := dom.Sign(r, s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(p2p.EncodeRequest(sr, [32]byte{7}))
	}
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, in []byte) {
		sr, root, err := p2p.DecodeRequest(in)
		if err != nil {
			if !errors.Is(err, p2p.ErrBadRequest) {
				t.Fatalf("decode error %v does not wrap ErrBadRequest", err)
			}
			return
		}
		if out := p2p.EncodeRequest(sr, root); !bytes.Equal(out, in) {
			t.Fatalf("re-encoded %x, input %x", out, in)
		}
		var again p2p.SignedRequest
		b, _ := sr.MarshalBinary()
		if err := again.UnmarshalBinary(b); err != nil || again != sr {
			t.Fatalf("binary round trip: %v", err)
		}
		_ = dom.Digest(sr.ShardRequest)
		_, _ = dom.Recover(sr)
	})
}

// FuzzDecodePeerInfo: what decodes re-encodes to something that decodes the same.
func FuzzDecodePeerInfo(f *testing.F) {
	h := newPeerInfoSeed(f)
	f.Add(h)
	f.Add([]byte{1, 0})
	f.Add([]byte{1, 2, 0, 0, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		info, err := p2p.DecodePeerInfo(in)
		if err != nil {
			return
		}
		out, err := p2p.EncodePeerInfo(info)
		if err != nil {
			t.Fatalf("re-encode %v: %v", info, err)
		}
		again, err := p2p.DecodePeerInfo(out)
		if err != nil || again.ID != info.ID || len(again.Addrs) != len(info.Addrs) {
			t.Fatalf("round trip of %v: %v, %v", info, again, err)
		}
		if len(out) > len(in) {
			t.Fatalf("re-encoding grew from %d to %d bytes", len(in), len(out))
		}
	})
}
