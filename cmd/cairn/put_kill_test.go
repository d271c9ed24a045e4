package main

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestPutKill9Resumes: `cairn put` killed with SIGKILL right after its
// request was mined leaves its journal; running the same put again resumes
// that request (same id, "resumed"), pays once, and the file reads back.
func TestPutKill9Resumes(t *testing.T) {
	ch := startMarket(t)
	dir := t.TempDir()
	env, data := fundedWallet(t, ch, dir, "data", 1000)
	content := make([]byte, 4<<20+3)
	if _, err := rand.Read(content); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "big.bin")
	if err := os.WriteFile(file, content, 0o600); err != nil {
		t.Fatal(err)
	}
	balance := func() *big.Int { return tokenBalance(t, env, data) }
	before := balance()
	args := []string{"--datadir", data, "put", file, "--k", "2", "--m", "1", "--epochs", "20"}

	// Run put and SIGKILL it as soon as it logs that the request was mined.
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "CAIRN_INSECURE_LIGHT_KDF=1"}, env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	idRe := regexp.MustCompile(`msg="storage requested".*request_id=(0x[0-9a-f]{64})`)
	var killedID string
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if m := idRe.FindStringSubmatch(sc.Text()); m != nil {
			killedID = m[1]
			_ = cmd.Process.Kill()
			break
		}
	}
	_, _ = cmd.Process.Wait()
	if killedID == "" {
		t.Fatal("put never logged its request")
	}
	if n, _ := filepath.Glob(filepath.Join(data, "journal", "*.json")); len(n) != 1 {
		t.Fatalf("journal after kill -9: %v", n)
	}

	var put struct {
		ID      string `json:"id"`
		Resumed bool   `json:"resumed"`
		CostWei string `json:"cost_wei"`
	}
	decode(t, ok(t, env, append([]string{"--json"}, args...)...), &put)
	if put.ID != killedID || !put.Resumed {
		t.Fatalf("rerun stored %s (resumed %v); the killed put had paid for %s", put.ID, put.Resumed, killedID)
	}
	cost, _ := new(big.Int).SetString(put.CostWei, 10)
	if paid := new(big.Int).Sub(before, balance()); cost == nil || paid.Cmp(cost) != 0 {
		t.Fatalf("paid %s in all, one request costs %s", paid, put.CostWei)
	}
	var ls []struct{ ID string }
	decode(t, ok(t, env, "--datadir", data, "ls", "--json"), &ls)
	if len(ls) != 1 || ls[0].ID != killedID {
		t.Fatalf("ls: %+v", ls)
	}
	out := filepath.Join(dir, "back.bin")
	ok(t, env, "--datadir", data, "get", "big.bin", "-o", out)
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, content) {
		t.Fatalf("file read back differs (%v)", err)
	}
}
