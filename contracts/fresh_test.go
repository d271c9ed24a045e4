package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// generated lists the files `make contracts` writes, relative to the repo root.
var generated = []string{
	"contracts/build/CairnToken.abi",
	"contracts/build/CairnToken.bin",
	"contracts/token.go",
	"contracts/build/MarketplaceV2.abi",
	"contracts/build/MarketplaceV2.bin",
	"contracts/build/MarketplaceV2Facet.abi",
	"contracts/build/MarketplaceV2Facet.bin",
	"contracts/build/MarketplaceV2Lens.abi",
	"contracts/build/MarketplaceV2Lens.bin",
	"contracts/build/v2.combined.json",
	"contracts/marketplace_v2.go",
	"contracts/build/ProofsHarness.abi",
	"contracts/build/ProofsHarness.bin",
	"contracts/proofs_harness_test.go",
}

// TestArtifactsFresh recompiles the sources and regenerates the bindings
// into a temporary directory and fails if the committed files differ.
func TestArtifactsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("recompiles the contracts (~20 s)")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "solc")); err != nil {
		t.Fatalf("solc is not installed (run `make tools`): %v", err)
	}
	tmp := t.TempDir()
	cmd := exec.Command(filepath.Join(root, "scripts", "build-contracts.sh"), tmp)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build contracts: %v\n%s", err, out)
	}
	var stale []string
	for _, f := range generated {
		want, err := os.ReadFile(filepath.Join(tmp, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(root, f))
		if err != nil || !bytes.Equal(got, want) {
			stale = append(stale, f)
		}
	}
	if len(stale) > 0 {
		t.Fatalf("contracts/build or bindings are stale: run `make contracts` (differs: %v)", stale)
	}
}
