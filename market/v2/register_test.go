package marketv2_test

import (
	"bytes"
	"testing"
)

// A fresh registration (every word written from zero) of each size up to
// the contract's 1,024-byte maximum, and a rewrite to a longer info, fit
// their estimated gas limits, on anvil and on geth --dev, whose EIP-8037
// state gas prices a fresh slot near 110,000 gas.
func TestRegisterProviderGasFitsFreshInfo(t *testing.T) {
	w := newWorld(t)
	ctx := t.Context()
	for i, n := range []int{1, 75, 400, 1024} {
		m := w.market(w.Accounts[2+i])
		info := bytes.Repeat([]byte{byte('a' + i)}, n)
		if err := m.RegisterProvider(ctx, info); err != nil {
			t.Fatalf("fresh %d-byte info: %v", n, err)
		}
		got, err := m.PeerInfo(ctx, w.Accounts[2+i].Addr)
		if err != nil || !bytes.Equal(got, info) {
			t.Fatalf("%d-byte info read back %d bytes, %v", n, len(got), err)
		}
	}
	m := w.market(w.Accounts[2])
	if err := m.RegisterProvider(ctx, bytes.Repeat([]byte{'z'}, 1024)); err != nil {
		t.Fatalf("1-byte info rewritten to 1,024 bytes: %v", err)
	}
}
