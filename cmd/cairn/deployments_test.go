package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

// TestDeploymentsFile: deployments.json holds v2 deployments by chain id; a
// v1 entry (no lens) is refused with a redeploy hint, and a redeploy
// replaces the v1 file.
func TestDeploymentsFile(t *testing.T) {
	dir := t.TempDir()
	dep := contracts.Deployment{ChainID: 31337, Token: common.HexToAddress("0x1"), Marketplace: common.HexToAddress("0x2"),
		Facet: common.HexToAddress("0x3"), Lens: common.HexToAddress("0x4"), Block: 7}
	if err := writeDeployment(dir, dep); err != nil {
		t.Fatal(err)
	}
	all, err := readDeployments(dir)
	if err != nil || all["31337"] != dep {
		t.Fatalf("read back %+v, %v", all, err)
	}
	writeFile(t, dir, deploymentsFile, `{"31337": {"chain_id": 31337, "token": "0x5FbDB2315678afecb367f032d93F642f64180aa3", "marketplace": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", "block": 2}}`)
	_, err = readDeployments(dir)
	if !errors.Is(err, errV1Deployment) || !strings.Contains(formatError(err), "cairn contracts deploy") {
		t.Fatalf("v1 file: %v", err)
	}
	if err := writeDeployment(dir, dep); err != nil {
		t.Fatalf("redeploy over a v1 file: %v", err)
	}
	if all, err := readDeployments(dir); err != nil || len(all) != 1 || all["31337"] != dep {
		t.Fatalf("after redeploy: %+v, %v", all, err)
	}
}
