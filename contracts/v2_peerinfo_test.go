package contracts_test

import (
	"bytes"
	"testing"

	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// TestV2LensPeerInfo: the lens reads a provider's registered peer info back
// byte for byte through extsload, in both of Solidity's `bytes` layouts
// (short: < 32 bytes in one word; long: the length word and the data at
// keccak(slot)), including the boundaries, a long info replaced by a short
// one, and an address that never registered.
func TestV2LensPeerInfo(t *testing.T) {
	f := newV2(t, contracttest.TestConfig())
	a := f.Accounts[len(f.Accounts)-1]
	read := func() []byte {
		return contracttest.LensCall(f.Env, f.lens().PackPeerInfo(a.Addr), f.lens().UnpackPeerInfo)
	}
	fill := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*7 + 1)
		}
		return b
	}
	for _, n := range []int{1, 5, 31, 32, 33, 63, 64, 65, 200, 1024, 3} {
		want := fill(n)
		f.MustSend(a, f.MP.PackRegisterProvider(want))
		if got := read(); !bytes.Equal(got, want) {
			t.Fatalf("peer info of %d bytes: lens reads %d bytes %x", n, len(got), got)
		}
	}
	stranger := f.Accounts[0].Addr
	if got := contracttest.LensCall(f.Env, f.lens().PackPeerInfo(stranger), f.lens().UnpackPeerInfo); len(got) != 0 {
		t.Fatalf("unregistered address: lens reads %x, want empty", got)
	}
}
