package market

import (
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

// TestJournalLoadsV1ParamsEntry: testdata/journal-v1params/ab12-7.json was
// written by journal.write while entries carried the v1 binding's
// IMarketplaceRequestParams; it still loads, every field intact, now that
// they carry IMarketplaceV2RequestParams (same Go field names, so the same
// JSON keys). A journal left by an interrupted put survives the upgrade.
func TestJournalLoadsV1ParamsEntry(t *testing.T) {
	raw, err := os.ReadFile("testdata/journal-v1params/ab12-7.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ab12-7.json"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	j := journal{dir: dir, marketplace: "0x5fbdb2315678afecb367f032d93f642f64180aa3"}
	got, err := j.entries(func(*journalEntry) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("%d entries loaded, want 1", len(got))
	}
	e := got[0]
	want := contracts.IMarketplaceV2RequestParams{
		K: 4, M: 2, ShardSize: 65600, StartEpoch: 12, EndEpoch: 42,
		PricePerSlotEpoch: big.NewInt(1_000_000_000_000_000), CollateralPerSlot: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
		Expiry: 260, AuthKey: common.HexToAddress("0x5eed00000000000000000000000000000000a07e"), CancelOnExpiry: true,
		RepairBonus: big.NewInt(250_000_000_000_000_000), RepairReserve: big.NewInt(1e18),
		ShardRoots:       [][32]byte{{1, 2, 3}, {4, 5, 6}, {7}, {8}, {9}, {10, 0xff}},
		AllowedProviders: []common.Address{common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")},
		Manifest:         []byte("sealed manifest bytes"),
	}
	if !reflect.DeepEqual(e.Params, want) {
		t.Errorf("params = %+v\nwant     %+v", e.Params, want)
	}
	if e.Name != "photo.jpg" || e.Size != 123456 || e.Nonce != 7 || !e.Mined || e.K != 4 || e.M != 2 || string(e.Stream) != "\x01\x02\x03\x04" {
		t.Errorf("entry = %+v", e)
	}
	id, err := e.requestID()
	if err != nil || id != [32]byte{0xcd, 0x34} {
		t.Errorf("request id = %x, %v", id, err)
	}

	// Written again by the current code, the entry is byte-identical.
	j2 := journal{dir: t.TempDir()}
	if err := j2.write(e); err != nil {
		t.Fatal(err)
	}
	again, err := os.ReadFile(j2.path(e))
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(raw) {
		t.Errorf("rewritten entry differs from the v1-params fixture:\n%s\nwant\n%s", again, raw)
	}
}
