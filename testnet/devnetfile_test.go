package testnet_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/testnet"
)

// TestDevnetV1FileRefused: a devnet.json written by a protocol v1 cairn
// (a deployment without a lens) is not read as a v2 devnet; `up` refuses to
// resume it and says to reset, and --reset replaces it.
func TestDevnetV1FileRefused(t *testing.T) {
	dir := t.TempDir()
	v1 := `{"state":"stopped","rpc_url":"http://127.0.0.1:1","chain_id":31337,
"deployment":{"chain_id":31337,"token":"0x5FbDB2315678afecb367f032d93F642f64180aa3","marketplace":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512","block":2}}`
	if err := os.WriteFile(filepath.Join(dir, testnet.DevnetFileName), []byte(v1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := testnet.ReadDevnet(dir); !errors.Is(err, testnet.ErrDevnetV1) {
		t.Fatalf("read v1 devnet.json: %v, want ErrDevnetV1", err)
	}
	_, err := testnet.Up(t.Context(), testnet.DevnetOptions{Dir: dir, Binary: "/nonexistent"})
	if !errors.Is(err, testnet.ErrDevnetRefused) || !errors.Is(err, testnet.ErrDevnetV1) {
		t.Fatalf("up over a v1 devnet: %v, want refused (v1)", err)
	}
	// --reset removes it first (then fails on the missing binary, before
	// starting anything).
	_, err = testnet.Up(t.Context(), testnet.DevnetOptions{Dir: dir, Binary: "/nonexistent", Reset: true})
	if err == nil || errors.Is(err, testnet.ErrDevnetV1) {
		t.Fatalf("up --reset over a v1 devnet: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, testnet.DevnetFileName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("devnet.json after --reset: %v", err)
	}
}
