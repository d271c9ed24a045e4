package main

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/testnet"
)

// TestFileCommands drives the storage commands of the real binary against a
// real chain and three in-process providers: put --dry-run, put, ls, status,
// settle, withdraw, then restore on a fresh datadir from the mnemonic alone,
// and contracts deploy writing deployments.json.
func TestFileCommands(t *testing.T) {
	ctx := t.Context()
	ch := startMarket(t)

	dir := t.TempDir()
	mn, err := hdwallet.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	mnFile := writeFile(t, dir, "words.txt", mn)
	pw := writeFile(t, dir, "pw", "secret\n")
	env := []string{"CAIRN_RPC_URL=" + ch.Anvil.URL, "CAIRN_MARKETPLACE=" + ch.Dep.Marketplace.Hex(), "CAIRN_LENS=" + ch.Dep.Lens.Hex(), "CAIRN_PASSWORD_FILE=" + pw}
	alice := filepath.Join(dir, "alice")
	var imp struct{ Address string }
	decode(t, ok(t, env, "--datadir", alice, "--json", "wallet", "import", "--mnemonic-file", mnFile), &imp)
	if err := ch.Fund(ctx, common.HexToAddress(imp.Address), testnet.Ether(10), testnet.Tokens(1000)); err != nil {
		t.Fatal(err)
	}

	data := make([]byte, 300_000)
	if _, err := rand.Read(data); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "notes.bin")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	var quote struct {
		K, M      int
		TotalWei  string `json:"total_wei"`
		ShardSize uint64 `json:"shard_size"`
	}
	decode(t, ok(t, env, "--datadir", alice, "put", file, "--k", "2", "--m", "1", "--epochs", "20", "--dry-run", "--json"), &quote)
	// 3 slots × 20 epochs × 1 token + the 2-token repair reserve.
	if quote.K != 2 || quote.M != 1 || quote.TotalWei != "62000000000000000000" || quote.ShardSize%64 != 0 {
		t.Fatalf("quote: %+v", quote)
	}
	var put struct {
		ID        string
		Providers []string
	}
	decode(t, ok(t, env, "--datadir", alice, "put", file, "--k", "2", "--m", "1", "--epochs", "20", "--json"), &put)
	if len(put.Providers) != 3 {
		t.Fatalf("put: %+v", put)
	}
	var ls []struct {
		ID, Name, State string
		EndEpoch        uint64 `json:"end_epoch"`
		EndsAt          string `json:"ends_at"`
		EndingSoon      bool   `json:"ending_soon"`
	}
	// 20 epochs of 2 s end within the default 7-day horizon: ls warns.
	r := ok(t, env, "--datadir", alice, "ls", "--json")
	decode(t, r, &ls)
	if len(ls) != 1 || ls[0].ID != put.ID || ls[0].Name != "notes.bin" || ls[0].State != "active" || ls[0].EndEpoch == 0 || ls[0].EndsAt == "" || !ls[0].EndingSoon {
		t.Fatalf("ls: %+v", ls)
	}
	if !strings.Contains(r.stderr, "warning: notes.bin") || !strings.Contains(r.stderr, "cairn extend") {
		t.Errorf("ls did not warn of the near end on stderr: %s", r.stderr)
	}
	if r := ok(t, env, "--datadir", alice, "ls", "--json", "--warn-within", "1s"); strings.Contains(r.stderr, "warning:") {
		t.Errorf("ls warned within a 1s horizon: %s", r.stderr)
	}
	type statusOut struct {
		State    string
		EndEpoch uint64 `json:"end_epoch"`
		Slots    []struct {
			State, Provider, Kind string
			SetID                 uint64 `json:"set_id"`
		}
	}
	var st statusOut
	decode(t, ok(t, env, "--datadir", alice, "status", "notes.bin", "--json"), &st)
	if st.State != "active" || len(st.Slots) != 3 || st.Slots[0].State != "filled" || st.Slots[0].SetID == 0 || st.EndEpoch != ls[0].EndEpoch {
		t.Fatalf("status: %+v", st)
	}
	var settle struct {
		SetsSettled int `json:"sets_settled"`
		SetsFailed  int `json:"sets_failed"`
	}
	decode(t, ok(t, env, "--datadir", alice, "settle", "--once", "--json"), &settle)
	if settle.SetsSettled != 0 || settle.SetsFailed != 0 {
		t.Fatalf("settle over healthy sets: %+v", settle)
	}

	// extend moves the end; the quote is price × slots × epochs.
	var ext struct {
		Extended bool   `json:"extended"`
		TotalWei string `json:"total_wei"`
		Requests []struct {
			Old uint64 `json:"old_end_epoch"`
			New uint64 `json:"new_end_epoch"`
		} `json:"requests"`
	}
	decode(t, ok(t, env, "--datadir", alice, "extend", "notes.bin", "--epochs", "10", "--dry-run", "--json"), &ext)
	if ext.Extended || len(ext.Requests) != 1 || ext.Requests[0].New != st.EndEpoch+10 || ext.TotalWei != "30000000000000000000" {
		t.Fatalf("extend --dry-run: %+v", ext)
	}
	decode(t, ok(t, env, "--datadir", alice, "extend", put.ID, "--epochs", "10", "--json"), &ext)
	if !ext.Extended || ext.Requests[0].New != st.EndEpoch+10 {
		t.Fatalf("extend: %+v", ext)
	}
	decode(t, ok(t, env, "--datadir", alice, "status", put.ID, "--json"), &st)
	if st.EndEpoch != ext.Requests[0].New {
		t.Fatalf("status after extend: end %d, want %d", st.EndEpoch, ext.Requests[0].New)
	}
	checkOneLineError(t, runCLI(t, env, "--datadir", alice, "extend", "notes.bin"), "--epochs")

	// keep marks the file and quotes its next extension; audit checks the
	// new holders once.
	var kp struct {
		Files []struct {
			Name    string `json:"name"`
			NextEnd uint64 `json:"next_end_epoch"`
		} `json:"files"`
		BudgetWei string `json:"budget_wei"`
	}
	decode(t, ok(t, env, "--datadir", alice, "keep", "notes.bin", "--budget", "100", "--period", "30", "--json"), &kp)
	if len(kp.Files) != 1 || kp.Files[0].Name != "notes.bin" || kp.Files[0].NextEnd != st.EndEpoch+30 || kp.BudgetWei != "100000000000000000000" {
		t.Fatalf("keep: %+v", kp)
	}
	// keep run extends the kept file at once (its end is within notice +
	// margin), journals it, and stops cleanly on SIGINT.
	keepRun := exec.Command(binary, "--datadir", alice, "keep", "run", "--budget", "100", "--period", "30", "--poll", "100ms")
	keepRun.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	var keepErr bytes.Buffer
	keepRun.Stderr = &keepErr
	if err := keepRun.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		decode(t, ok(t, env, "--datadir", alice, "status", put.ID, "--json"), &st)
		if j, _ := os.ReadFile(filepath.Join(alice, "keep-journal.json")); st.EndEpoch == kp.Files[0].NextEnd && strings.Contains(string(j), `"done": true`) {
			break // extended on chain, and the journal recorded it done (it is written after the receipt)
		}
		if time.Now().After(deadline) {
			_ = keepRun.Process.Kill()
			_ = keepRun.Wait()
			t.Fatalf("keep run did not extend to %d (end %d); its log:\n%s", kp.Files[0].NextEnd, st.EndEpoch, keepErr.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	_ = keepRun.Process.Signal(os.Interrupt)
	if err := keepRun.Wait(); err != nil {
		t.Fatalf("keep run after SIGINT: %v\n%s", err, keepErr.String())
	}
	if j, err := os.ReadFile(filepath.Join(alice, "keep-journal.json")); err != nil || !strings.Contains(string(j), `"done": true`) {
		t.Fatalf("keep journal: %s (%v)", j, err)
	}
	checkOneLineError(t, runCLI(t, env, "--datadir", alice, "cancel", put.ID), "pending request past its expiry")

	var au struct {
		Requests int `json:"requests"`
		Audits   []struct {
			Result string `json:"result"`
		} `json:"audits"`
	}
	decode(t, ok(t, env, "--datadir", alice, "audit", "notes.bin", "--json"), &au)
	if au.Requests != 1 || len(au.Audits) == 0 {
		t.Fatalf("audit: %+v", au)
	}
	var wd struct {
		Withdrawn string `json:"withdrawn_wei"`
	}
	decode(t, ok(t, env, "--datadir", alice, "withdraw", "--json"), &wd)
	if wd.Withdrawn != "0" {
		t.Fatalf("withdraw with nothing owed: %+v", wd)
	}
	var wb struct {
		Token        string `json:"token"`
		Withdrawable string `json:"withdrawable_wei"`
	}
	decode(t, ok(t, env, "--datadir", alice, "wallet", "balance", "--json"), &wb)
	if !strings.EqualFold(wb.Token, ch.Dep.Token.Hex()) || wb.Withdrawable != "0" {
		t.Fatalf("balance with --marketplace: %+v (token %s)", wb, ch.Dep.Token)
	}

	// A folder: put -r, then an unchanged rerun uploads nothing.
	tree := filepath.Join(dir, "album")
	if err := os.MkdirAll(filepath.Join(tree, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, tree, "one.txt", "first")
	writeFile(t, filepath.Join(tree, "sub"), "two.txt", "second")
	if err := os.Symlink("one.txt", filepath.Join(tree, "link")); err != nil {
		t.Fatal(err)
	}
	var tr struct {
		Files    int  `json:"files"`
		Uploaded int  `json:"uploaded_files"`
		UpToDate bool `json:"up_to_date"`
	}
	decode(t, ok(t, env, "--datadir", alice, "put", "-r", tree, "--k", "2", "--m", "1", "--epochs", "20", "--json"), &tr)
	if tr.Files != 2 || tr.Uploaded != 2 {
		t.Fatalf("put -r: %+v", tr)
	}
	decode(t, ok(t, env, "--datadir", alice, "put", "-r", tree, "--k", "2", "--m", "1", "--epochs", "20", "--json"), &tr)
	if !tr.UpToDate || tr.Uploaded != 0 {
		t.Fatalf("put -r of an unchanged folder: %+v", tr)
	}

	// A file larger than one request holds (512 KiB shards here): segments,
	// one line in ls, a status per segment.
	bigData := make([]byte, 1500_000)
	if _, err := rand.Read(bigData); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.bin")
	if err := os.WriteFile(big, bigData, 0o600); err != nil {
		t.Fatal(err)
	}
	var seg struct {
		Segments int `json:"segments"`
	}
	decode(t, ok(t, env, "--datadir", alice, "put", big, "--k", "2", "--m", "1", "--epochs", "20", "--max-shard-size", "512KiB", "--json"), &seg)
	if seg.Segments < 2 {
		t.Fatalf("put with 512 KiB shards: %d segments", seg.Segments)
	}
	var segSt struct {
		Segments []struct{ State string }
	}
	decode(t, ok(t, env, "--datadir", alice, "status", "big.bin", "--json"), &segSt)
	if len(segSt.Segments) != seg.Segments || segSt.Segments[0].State != "active" {
		t.Fatalf("status of a split file: %+v", segSt)
	}
	// rm of a throwaway file ends every segment early and refunds.
	throw := filepath.Join(dir, "throwaway.bin")
	writeFile(t, dir, "throwaway.bin", "short-lived")
	var tput struct{ ID string }
	decode(t, ok(t, env, "--datadir", alice, "put", throw, "--k", "2", "--m", "1", "--epochs", "20", "--json"), &tput)
	var rm struct {
		Terminated   bool   `json:"terminated"`
		RefundNowWei string `json:"refund_now_wei"`
		WithdrawnWei string `json:"withdrawn_wei"`
	}
	decode(t, ok(t, env, "--datadir", alice, "rm", "throwaway.bin", "--json"), &rm)
	if !rm.Terminated || rm.RefundNowWei == "0" || rm.WithdrawnWei == "0" {
		t.Fatalf("rm: %+v", rm)
	}
	checkOneLineError(t, runCLI(t, env, "--datadir", alice, "rm", tput.ID), "already ended")

	// A fresh machine: import the mnemonic, restore everything.
	bob := filepath.Join(dir, "fresh")
	ok(t, env, "--datadir", bob, "wallet", "import", "--mnemonic-file", mnFile)
	out := filepath.Join(dir, "restored")
	var rs struct {
		Files  []struct{ Name, Output string }
		Failed int
	}
	decode(t, ok(t, env, "--datadir", bob, "restore", "--dir", out, "--json"), &rs)
	if rs.Failed != 0 || len(rs.Files) != 3 { // the removed file is not restored
		t.Fatalf("restore: %+v", rs)
	}
	if b, err := os.ReadFile(filepath.Join(out, "big.bin")); err != nil || !bytes.Equal(b, bigData) {
		t.Fatalf("restored split file differs (%v)", err)
	}
	if b, err := os.ReadFile(filepath.Join(out, "album", "sub", "two.txt")); err != nil || string(b) != "second" {
		t.Fatalf("restored folder: %q, %v", b, err)
	}
	if l, err := os.Readlink(filepath.Join(out, "album", "link")); err != nil || l != "one.txt" {
		t.Fatalf("restored symlink: %q, %v", l, err)
	}
	got, err := os.ReadFile(rs.Files[0].Output)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("restored file differs (%v)", err)
	}
	// get refuses to overwrite without --force; a range goes to stdout.
	checkOneLineError(t, runCLI(t, env, "--datadir", bob, "get", "notes.bin", "-o", rs.Files[0].Output), "exists", "--force")
	ok(t, env, "--datadir", bob, "get", "notes.bin", "-o", rs.Files[0].Output, "--force")
	if got, err := os.ReadFile(rs.Files[0].Output); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("get --force: file differs (%v)", err)
	}
	if r := ok(t, env, "--datadir", bob, "get", "notes.bin", "--range", "70000-200000", "-o", "-"); r.stdout != string(data[70000:200001]) {
		t.Fatalf("get --range -o -: %d bytes on stdout, want %d of the file's", len(r.stdout), 200001-70000)
	}
	// A get into a disk that fills up fails with one line saying so and
	// what to do, and leaves nothing there (a real tmpfs of 128 KiB for
	// the 300 kB file; mounting one needs root, as the netns tests do).
	t.Run("full disk", func(t *testing.T) {
		small := t.TempDir()
		if err := syscall.Mount("tmpfs", small, "tmpfs", 0, "size=128k"); err != nil {
			t.Skipf("cannot mount a 128 KiB tmpfs to fill (needs root): %v", err)
		}
		t.Cleanup(func() { _ = syscall.Unmount(small, 0) })
		r := runCLI(t, env, "--datadir", bob, "get", "notes.bin", "-o", filepath.Join(small, "notes.bin"))
		checkOneLineError(t, r, "no space left on device", "free some space")
		if ents, err := os.ReadDir(small); err != nil || len(ents) != 0 {
			t.Fatalf("a get that ran out of space left %v (%v)", ents, err)
		}
	})

	// contracts deploy records the deployment for the chain; commands then
	// find it without --marketplace.
	deployer := filepath.Join(dir, "deployer")
	ok(t, env, "--datadir", deployer, "wallet", "import", "--mnemonic-file", writeFile(t, dir, "anvil.txt", "test test test test test test test test test test test junk"))
	noMarket := []string{"CAIRN_RPC_URL=" + ch.Anvil.URL, "CAIRN_PASSWORD_FILE=" + pw}
	var dep struct{ Marketplace, Token string }
	decode(t, ok(t, noMarket, "--datadir", deployer, "contracts", "deploy", "--json"), &dep)
	b, err := os.ReadFile(filepath.Join(deployer, "deployments.json"))
	if err != nil || !strings.Contains(strings.ToLower(string(b)), strings.ToLower(dep.Marketplace)) {
		t.Fatalf("deployments.json: %s (%v)", b, err)
	}
	var bal struct {
		Token string `json:"token"`
	}
	decode(t, ok(t, noMarket, "--datadir", deployer, "wallet", "balance", "--json"), &bal)
	if !strings.EqualFold(bal.Token, dep.Token) {
		t.Fatalf("balance used token %q, want the deployed %s", bal.Token, dep.Token)
	}
}

func decode(t *testing.T, r result, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		t.Fatalf("decode %q: %v", r.stdout, err)
	}
}
