package ledger

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

func TestDecode(t *testing.T) {
	d, err := NewDecoder()
	if err != nil {
		t.Fatal(err)
	}
	a, err := contracts.MarketplaceMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	filled := a.Events[evSlotFilled]
	good, err := filled.Inputs.NonIndexed().Pack(big.NewInt(1), big.NewInt(9))
	if err != nil {
		t.Fatal(err)
	}
	huge, err := filled.Inputs.NonIndexed().Pack(big.NewInt(300), big.NewInt(9))
	if err != nil {
		t.Fatal(err)
	}
	three := []common.Hash{filled.ID, {1}, {2}, common.BytesToHash(common.HexToAddress("0x01").Bytes())}
	for _, tc := range []struct {
		name    string
		log     types.Log
		decoded bool
		bad     bool
	}{
		{"slot filled", types.Log{Topics: three, Data: good}, true, false},
		{"no data", types.Log{Topics: three}, false, true},
		{"short data", types.Log{Topics: three, Data: good[:40]}, false, true},
		{"index beyond 255", types.Log{Topics: three, Data: huge}, false, true},
		{"missing topics", types.Log{Topics: three[:2], Data: good}, false, true},
		{"unfollowed event", types.Log{Topics: []common.Hash{a.Events["Withdrawn"].ID}}, false, false},
		{"anonymous", types.Log{}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := d.Decode(&tc.log)
			if tc.bad {
				var de *DecodeError
				if !errors.As(err, &de) || !errors.Is(err, ErrMalformedLog) || !errors.Is(err, chain.ErrBadPage) || de.Event != evSlotFilled {
					t.Fatalf("err %v, want a SlotFilled *DecodeError", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ev != nil; got != tc.decoded {
				t.Fatalf("decoded %T, want decoded = %v", ev, tc.decoded)
			}
			if e, ok := ev.(*contracts.MarketplaceSlotFilled); tc.decoded && (!ok || e.Index.Uint64() != 1 || e.Epoch.Uint64() != 9) {
				t.Fatalf("decoded %+v", ev)
			}
		})
	}
}
