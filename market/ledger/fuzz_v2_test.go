package ledger

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
)

// v2Log packs a v2 event with its indexed and data arguments.
func v2Log(t testing.TB, a *abi.ABI, name string, topics []common.Hash, args ...any) types.Log {
	t.Helper()
	data, err := a.Events[name].Inputs.NonIndexed().Pack(args...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return types.Log{Topics: append([]common.Hash{a.Events[name].ID}, topics...), Data: data, BlockNumber: 7}
}

func word(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }

// seedV2 applies a request, a set, a member and its fill, so fuzzed
// events find state to change.
func seedV2(t testing.TB, db *pebble.DB, d *Decoder, a *abi.ABI) []types.Log {
	t.Helper()
	rid := common.Hash{0xaa}
	params := contracts.IMarketplaceV2RequestParams{
		K: 1, M: 1, ShardSize: 4096, StartEpoch: 1, EndEpoch: 30,
		PricePerSlotEpoch: big.NewInt(1), CollateralPerSlot: big.NewInt(10), RepairBonus: big.NewInt(1), RepairReserve: big.NewInt(3),
		ShardRoots: [][32]byte{{1}, {2}}, Manifest: []byte("m"),
	}
	sid := common.Hash(proofs.SlotID(rid, 0))
	owner := common.BytesToHash(common.HexToAddress("0x02").Bytes())
	tid := big.NewInt(1<<32 | 1)
	logs := []types.Log{
		v2Log(t, a, evStorageRequested, []common.Hash{rid, owner}, big.NewInt(0), params),
		v2Log(t, a, evSetCreated, []common.Hash{word(1), owner}),
		v2Log(t, a, evSlotReserved, []common.Hash{rid, sid, owner}, big.NewInt(0), big.NewInt(5), big.NewInt(1), false),
		v2Log(t, a, evMemberAdded, []common.Hash{word(1), common.BigToHash(tid)}, uint32(1), big.NewInt(6), big.NewInt(0), big.NewInt(2)),
		v2Log(t, a, evSlotFilled, []common.Hash{rid, sid, owner}, big.NewInt(0), big.NewInt(1), tid, uint8(KindInitial), big.NewInt(0)),
	}
	tx := newTxn(db, 0)
	defer tx.b.Close()
	tx.at(7)
	for i := range logs {
		ev, err := d.Decode(&logs[i])
		if err != nil || ev == nil {
			t.Fatalf("seed log %d: %v %v", i, ev, err)
		}
		if err := applyV2(tx, ev, &logs[i]); err != nil {
			t.Fatalf("seed log %d: %v", i, err)
		}
	}
	if err := tx.b.Commit(nil); err != nil {
		t.Fatal(err)
	}
	return logs
}

// FuzzDecodeApplyV2 feeds malformed v2 logs (a followed signature,
// arbitrary topics and data) to the v2 decoder and applies what decodes
// to a ledger holding a request, a set and a filled tenure: neither may
// panic, and a decode failure is a *DecodeError matching ErrMalformedLog.
func FuzzDecodeApplyV2(f *testing.F) {
	d, err := NewDecoderV2()
	if err != nil {
		f.Fatal(err)
	}
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		f.Fatal(err)
	}
	ids := make([]common.Hash, 0, len(d.names))
	for id := range d.names {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(x, y common.Hash) int { return x.Cmp(y) })
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = db.Close() })
	seeds := seedV2(f, db, d, a)
	w := func(n int64) []byte { return word(n).Bytes() }
	tid := big.NewInt(1<<32 | 1).FillBytes(make([]byte, 32))
	for i := range ids {
		f.Add(uint8(i), uint8(3), slices.Concat(tid, w(1), w(2)), slices.Concat(w(1), w(2), w(3), w(4), w(5), w(6), w(7)))
		f.Add(uint8(i), uint8(0), []byte{}, []byte{})
		f.Add(uint8(i), uint8(2), slices.Concat(w(1), tid), slices.Concat(w(40), w(1<<40), w(1), w(0)))
	}
	for _, l := range seeds {
		f.Add(uint8(slices.Index(ids, l.Topics[0])), uint8(len(l.Topics)-1), slices.Concat(hashes(l.Topics[1:])...), l.Data)
	}
	f.Fuzz(func(t *testing.T, which, ntopics uint8, topics, data []byte) {
		l := types.Log{Topics: []common.Hash{ids[int(which)%len(ids)]}, Data: data, BlockNumber: 8}
		for i := range int(ntopics % 5) {
			var h common.Hash
			if lo := i * 32; lo < len(topics) {
				copy(h[:], topics[lo:])
			}
			l.Topics = append(l.Topics, h)
		}
		ev, err := d.Decode(&l)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || !errors.Is(err, ErrMalformedLog) {
				t.Fatalf("decode error %v is not a *DecodeError matching ErrMalformedLog", err)
			}
			return
		}
		if ev == nil {
			t.Fatalf("a followed signature decoded to nothing")
		}
		tx := newTxn(db, 0)
		defer tx.b.Close()
		tx.at(l.BlockNumber)
		_ = applyV2(tx, ev, &l) // may fail on a corrupt store; must not panic
	})
}

func hashes(hs []common.Hash) [][]byte {
	out := make([][]byte, len(hs))
	for i, h := range hs {
		out[i] = h.Bytes()
	}
	return out
}

// TestDecodeV2 checks the v2 decoder's range checks on hand-made logs.
func TestDecodeV2(t *testing.T) {
	d, err := NewDecoderV2()
	if err != nil {
		t.Fatal(err)
	}
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	tid := common.BigToHash(big.NewInt(3<<32 | 4))
	for _, tc := range []struct {
		name string
		log  types.Log
		bad  bool
	}{
		{"member added", v2Log(t, a, evMemberAdded, []common.Hash{word(3), tid}, uint32(4), big.NewInt(6), big.NewInt(0), big.NewInt(2)), false},
		{"member added, class 32", v2Log(t, a, evMemberAdded, []common.Hash{word(3), tid}, uint32(4), big.NewInt(32), big.NewInt(0), big.NewInt(2)), true},
		{"member added, id of another mid", v2Log(t, a, evMemberAdded, []common.Hash{word(3), tid}, uint32(5), big.NewInt(6), big.NewInt(0), big.NewInt(2)), true},
		{"tenure cut", v2Log(t, a, evTenureCut, []common.Hash{tid}, big.NewInt(9)), false},
		{"tenure cut, epoch beyond uint32", v2Log(t, a, evTenureCut, []common.Hash{tid}, big.NewInt(1<<33)), true},
		{"tenure cut, mid 0", v2Log(t, a, evTenureCut, []common.Hash{word(3 << 32)}, big.NewInt(9)), true},
		{"request closed, state pending", v2Log(t, a, evRequestClosed, []common.Hash{{1}}, uint8(V2Pending), big.NewInt(9), big.NewInt(0)), true},
		{"request closed", v2Log(t, a, evRequestClosed, []common.Hash{{1}}, uint8(V2Terminated), big.NewInt(9), big.NewInt(0)), false},
		{"set failed at NONE", v2Log(t, a, evSetFailed, []common.Hash{word(3)}, big.NewInt(NoEpoch)), true},
		{"short data", types.Log{Topics: []common.Hash{a.Events[evTenureSettled].ID, tid}, Data: word(1).Bytes()}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := d.Decode(&tc.log)
			if tc.bad {
				var de *DecodeError
				if !errors.As(err, &de) || !errors.Is(err, ErrMalformedLog) {
					t.Fatalf("err %v, want a *DecodeError", err)
				}
				return
			}
			if err != nil || ev == nil {
				t.Fatalf("decoded %v, err %v", ev, err)
			}
		})
	}
}
