package marketv2_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

type countingCreator struct{ n uint64 }

func (c *countingCreator) CreateSet(context.Context) (uint64, error) {
	c.n++
	return 100 + c.n, nil
}

// Each volume gets its own set on first start; a restart reads the sets
// back instead of creating new ones; a volume of another deployment is
// refused; bad configs are rejected.
func TestVolumesRememberTheirSets(t *testing.T) {
	dir := t.TempDir()
	vols := []marketv2.Volume{{Path: filepath.Join(dir, "a"), Capacity: 1 << 20}, {Path: filepath.Join(dir, "b"), Capacity: 1 << 20}}
	bind := marketv2.Binding{ChainID: 31337, Marketplace: common.HexToAddress("0x1")}
	cc := &countingCreator{}
	open := func(b marketv2.Binding) ([]*marketv2.OpenVolume, error) {
		ov, err := marketv2.OpenVolumes(t.Context(), vols, b, cc, nil)
		if err == nil {
			t.Cleanup(func() { marketv2.CloseVolumes(ov) })
		}
		return ov, err
	}
	ov, err := open(bind)
	if err != nil {
		t.Fatal(err)
	}
	if cc.n != 2 || ov[0].SetID != 101 || ov[1].SetID != 102 {
		t.Fatalf("first start: %d creates, sets %d %d", cc.n, ov[0].SetID, ov[1].SetID)
	}
	marketv2.CloseVolumes(ov)
	ov, err = open(bind)
	if err != nil {
		t.Fatal(err)
	}
	if cc.n != 2 || ov[0].SetID != 101 || ov[1].SetID != 102 {
		t.Fatalf("restart: %d creates, sets %d %d", cc.n, ov[0].SetID, ov[1].SetID)
	}
	marketv2.CloseVolumes(ov)
	if _, err := open(marketv2.Binding{ChainID: 31337, Marketplace: common.HexToAddress("0x2")}); !errors.Is(err, marketv2.ErrForeignVolume) {
		t.Fatalf("other marketplace: %v, want ErrForeignVolume", err)
	}
	if _, err := os.Stat(filepath.Join(vols[0].Path, marketv2.SetFile)); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]marketv2.Volume{
		"none":      nil,
		"no path":   {{Capacity: 1}},
		"no space":  {{Path: dir}},
		"same path": {{Path: dir, Capacity: 1}, {Path: dir + "/", Capacity: 1}},
	} {
		if err := marketv2.ValidateVolumes(bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	good := marketv2.DefaultConfig()
	good.Volumes = []marketv2.Volume{{Path: t.TempDir(), Capacity: 1 << 30}}
	for name, tc := range map[string]struct {
		mod func(*marketv2.Config)
		ok  bool
	}{
		"default with a volume": {func(*marketv2.Config) {}, true},
		"no volume":             {func(c *marketv2.Config) { c.Volumes = nil }, false},
		"no settle batch":       {func(c *marketv2.Config) { c.Prover.SettleBatch = 0 }, false},
		"no scrub rate":         {func(c *marketv2.Config) { c.Scrubber.MaxRate = 0 }, false},
		"no scrub cycle":        {func(c *marketv2.Config) { c.Scrubber.Cycle = 0 }, false},
	} {
		c := good
		c.Volumes = append([]marketv2.Volume(nil), good.Volumes...)
		tc.mod(&c)
		if err := c.Validate(); (err == nil) != tc.ok {
			t.Errorf("%s: Validate() = %v, want ok = %v", name, err, tc.ok)
		}
	}
}
