package marketv2_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// staticRequests is a RequestSource of fixed requests (with tickets).
type staticRequests []marketv2.Request

func (s staticRequests) Requests(context.Context) ([]marketv2.Request, error) { return s, nil }

// ticket signs a ReserveTicket with the request's authKey (account 9).
func (w *world) ticket(r *req, index uint64, provider common.Address, deadline uint64) []byte {
	w.t.Helper()
	b32, _ := abi.NewType("bytes32", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	dom, err := abi.Arguments{{Type: b32}, {Type: b32}, {Type: b32}, {Type: u256}, {Type: addr}}.Pack(
		crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256Hash([]byte("cairn")), crypto.Keccak256Hash([]byte("1")), w.ChainID, w.Dep.Marketplace)
	if err != nil {
		w.t.Fatal(err)
	}
	st, err := abi.Arguments{{Type: b32}, {Type: b32}, {Type: u256}, {Type: addr}, {Type: u256}}.Pack(
		crypto.Keccak256Hash([]byte("ReserveTicket(bytes32 requestId,uint256 index,address provider,uint64 deadline)")),
		r.id, new(big.Int).SetUint64(index), provider, new(big.Int).SetUint64(deadline))
	if err != nil {
		w.t.Fatal(err)
	}
	sig, err := crypto.Sign(crypto.Keccak256([]byte("\x19\x01"), crypto.Keccak256(dom), crypto.Keccak256(st)), w.Accounts[9].Key)
	if err != nil {
		w.t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// Squatters hold every reservation of both slots; the sales service with
// the client's ticket for slot 0 is refused on slot 1, evicts a squatter
// from slot 0 with the ticket, receives the shard and fills.
func TestSalesReservesWithTicket(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	start, end := w.window(3, 8)
	r := w.request(4096, start, end)
	c.add(r.id, r.shards)
	for i, idx := range []int{2, 3, 4, 5} {
		sq := w.newProvider(idx, 1, testProverConfig(), nil)
		if _, err := sq.Market.ReserveSlot(t.Context(), r.id, uint64(i/2)); err != nil {
			t.Fatal(err)
		}
	}
	p := w.newProvider(6, 1, testProverConfig(), nil)
	deadline := uint64(1 << 40)
	src := staticRequests{{ID: r.id, Tickets: map[uint64]marketv2.Ticket{0: {Deadline: deadline, Sig: w.ticket(r, 0, p.acct.Addr, deadline)}}}}
	s := w.newSales(p, src, &c)
	w.drive(start+1, s)
	if owner, set := w.holder(r, 0); owner != p.acct.Addr || set != p.Vols[0].SetID {
		t.Fatalf("slot 0 held by %s (set %d), want the ticket holder", owner, set)
	}
	if n := len(w.logs("ReservationEvicted", 0)); n != 1 {
		t.Fatalf("%d evictions, want 1", n)
	}
	if st := s.Stats(); st.Filled != 1 || st.Reserved != 1 {
		t.Fatalf("stats %+v", st)
	}
}
