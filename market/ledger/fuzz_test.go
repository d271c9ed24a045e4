package ledger

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
)

// FuzzDecodeApply feeds malformed Marketplace logs (a followed event
// signature, arbitrary topics and data) to the decoder and, when one
// decodes, applies it to a journaled batch: neither may panic, and a
// decode failure is a *DecodeError matching ErrMalformedLog.
func FuzzDecodeApply(f *testing.F) {
	d, err := NewDecoder()
	if err != nil {
		f.Fatal(err)
	}
	ids := make([]common.Hash, 0, len(d.names))
	for id := range d.names {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b common.Hash) int { return a.Cmp(b) })
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = db.Close() })

	a, err := contracts.MarketplaceMetaData.ParseABI()
	if err != nil {
		f.Fatal(err)
	}
	word := func(n int64) []byte { return common.BigToHash(big.NewInt(n)).Bytes() }
	params := contracts.IMarketplaceRequestParams{
		K: 1, M: 1, ShardSize: 64, StartEpoch: 1, EndEpoch: 2,
		PricePerSlotEpoch: big.NewInt(1), CollateralPerSlot: big.NewInt(1), RepairBonus: new(big.Int), RepairReserve: new(big.Int),
		ShardRoots: [][32]byte{{1}, {2}}, Manifest: []byte("m"),
	}
	reqData, err := a.Events[evStorageRequested].Inputs.NonIndexed().Pack(big.NewInt(0), params)
	if err != nil {
		f.Fatal(err)
	}
	for i, id := range ids {
		f.Add(uint8(i), uint8(3), slices.Concat(word(1), word(2), word(3)), slices.Concat(word(1), word(2), word(3)))
		f.Add(uint8(i), uint8(0), []byte{}, []byte{})
		if d.names[id] == evStorageRequested {
			f.Add(uint8(i), uint8(2), slices.Concat(word(7), word(8)), reqData)
			f.Add(uint8(i), uint8(2), slices.Concat(word(7), word(8)), reqData[:len(reqData)-40])
		}
	}
	f.Fuzz(func(t *testing.T, which, ntopics uint8, topics, data []byte) {
		l := types.Log{Topics: []common.Hash{ids[int(which)%len(ids)]}, Data: data, BlockNumber: 7}
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
		_ = apply(tx, ev, &l) // may fail on a corrupt store; must not panic
	})
}
