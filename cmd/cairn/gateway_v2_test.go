package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/testnet"
)

// startGateway runs `cairn gateway s3` on a free loopback port with args
// and returns a minio-go client of it and the gateway's output. The
// gateway is interrupted at cleanup.
func startGateway(t *testing.T, env []string, data string, args ...string) (*minio.Client, *cairntest.Buffer) {
	t.Helper()
	var cr map[string]string
	decode(t, ok(t, env, "--datadir", data, "--json", "gateway", "credentials"), &cr)
	port, err := anvil.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	gw := exec.Command(binary, append([]string{"--datadir", data, "gateway", "s3", "--listen", addr}, args...)...)
	gw.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	logs := &cairntest.Buffer{}
	gw.Stdout, gw.Stderr = logs, logs
	if err := gw.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = gw.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = gw.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			_ = gw.Process.Kill()
			<-exited
		}
	})
	deadline := time.Now().Add(time.Minute)
	for !testnet.PortOpen(addr) {
		select {
		case <-exited:
			t.Fatalf("gateway exited (%v):\n%s", waitErr, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("gateway did not listen on %s:\n%s", addr, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	c, err := minio.New(addr, &minio.Options{Creds: credentials.NewStaticV4(cr["access_key"], cr["secret_key"], ""), Region: "us-east-1"})
	if err != nil {
		t.Fatal(err)
	}
	return c, logs
}

// TestGatewayOnV2: `cairn gateway s3 --sync` on a protocol v2 market takes
// a PUT once its upload has every slot filled with v2 providers, and serves
// the object back byte-exact.
func TestGatewayOnV2(t *testing.T) {
	ctx := t.Context()
	ch := startMarket(t)
	dir := t.TempDir()
	env, data := fundedWallet(t, ch, dir, "gw", 1000)
	c, logs := startGateway(t, env, data, "--sync", "--k", "2", "--m", "1", "--epochs", "40", "--pack-delay", "100ms")
	octx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if err := c.MakeBucket(octx, "photos", minio.MakeBucketOptions{}); err != nil {
		t.Fatalf("make bucket: %v\n%s", err, logs.String())
	}
	body := make([]byte, 200_000)
	_, _ = rand.Read(body)
	if _, err := c.PutObject(octx, "photos", "a.bin", bytes.NewReader(body), int64(len(body)), minio.PutObjectOptions{}); err != nil {
		t.Fatalf("put object: %v\n%s", err, logs.String())
	}
	obj, err := c.GetObject(octx, "photos", "a.bin", minio.GetObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(obj)
	obj.Close()
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("get object: %d bytes, %v", len(got), err)
	}
	// The upload is a v2 request of this wallet, all its slots held.
	var ls []struct {
		State    string `json:"state"`
		EndEpoch uint64 `json:"end_epoch"`
	}
	decode(t, ok(t, env, "--datadir", data, "ls", "--json"), &ls)
	if len(ls) == 0 || ls[0].State != "active" || ls[0].EndEpoch == 0 {
		b, _ := json.Marshal(ls)
		t.Fatalf("ls after a gateway put: %s", b)
	}
}

// lsFile is one line of `cairn ls --json`.
type lsFile struct {
	ID         string `json:"id"`
	Size       int64  `json:"size"`
	K          int    `json:"k"`
	M          int    `json:"m"`
	State      string `json:"state"`
	StartEpoch uint64 `json:"start_epoch"`
	EndEpoch   uint64 `json:"end_epoch"`
}

// TestGatewayDeletesOnV2: through the real `cairn gateway s3` binary, a
// deleted object large enough to be its own upload is Terminated on chain
// and its refund reaches the wallet; a pack that a delete leaves below
// --repack-below is repacked (its live object re-put alone) and
// Terminated; deleting the last object ends its pack; GET answers 404.
func TestGatewayDeletesOnV2(t *testing.T) {
	ctx := t.Context()
	ch := startMarket(t)
	dir := t.TempDir()
	env, data := fundedWallet(t, ch, dir, "gw", 1000)
	c, logs := startGateway(t, env, data, "--k", "2", "--m", "1", "--epochs", "40", "--pack-size", "256KiB", "--pack-delay", "1s",
		"--index-interval", "1s", "--repack-below", "0.5", "--no-keep")
	octx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf(format+"\ngateway:\n%s", append(args, logs.String())...)
	}
	if err := c.MakeBucket(octx, "del", minio.MakeBucketOptions{}); err != nil {
		fail("make bucket: %v", err)
	}
	const bigSize, keepSize, goneSize = 300 << 10, 30 << 10, 90 << 10
	bodies := map[string][]byte{"big": make([]byte, bigSize), "keep": make([]byte, keepSize), "gone": make([]byte, goneSize)}
	for _, k := range []string{"keep", "gone", "big"} { // keep and gone within one pack delay: one pack
		_, _ = rand.Read(bodies[k])
		if _, err := c.PutObject(octx, "del", k, bytes.NewReader(bodies[k]), int64(len(bodies[k])), minio.PutObjectOptions{}); err != nil {
			fail("put %s: %v", k, err)
		}
	}
	// files lists the wallet's uploads by size (the gateway's names are
	// random or index names).
	files := func() map[int64][]lsFile {
		var ls []lsFile
		decode(t, ok(t, env, "--datadir", data, "ls", "--json"), &ls)
		out := map[int64][]lsFile{}
		for _, f := range ls {
			out[f.Size] = append(out[f.Size], f)
		}
		return out
	}
	// waitFor polls the chain until cond holds.
	waitFor := func(what string, cond func(map[int64][]lsFile) bool) map[int64][]lsFile {
		t.Helper()
		deadline := time.Now().Add(45 * time.Second)
		for {
			fs := files()
			if cond(fs) {
				return fs
			}
			if time.Now().After(deadline) {
				b, _ := json.Marshal(fs)
				fail("%s: not within 45 s; uploads %s", what, b)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	one := func(fs map[int64][]lsFile, size int64, state string) bool {
		return len(fs[size]) == 1 && fs[size][0].State == state
	}
	start := time.Now()
	fs := waitFor("the large object alone and the two small ones in one pack, active", func(fs map[int64][]lsFile) bool {
		return one(fs, bigSize, "active") && one(fs, keepSize+goneSize, "active")
	})
	bigUp, packUp := fs[bigSize][0].ID, fs[keepSize+goneSize][0].ID
	// The tokens and the uploads they paid for, read as one snapshot: the
	// gateway keeps sealing indexes, so a listing between two equal
	// balance reads holds every upload paid for by then.
	var before *big.Int
	known := map[string]bool{}
	for {
		before = walletTokens(t, env, data)
		clear(known)
		for _, group := range files() {
			for _, f := range group {
				known[f.ID] = true
			}
		}
		if walletTokens(t, env, data).Cmp(before) == 0 {
			break
		}
	}

	for _, k := range []string{"big", "gone"} {
		if err := c.RemoveObject(octx, "del", k, minio.RemoveObjectOptions{}); err != nil {
			fail("delete %s: %v", k, err)
		}
	}
	waitFor("the large upload and the 25%-live pack terminated, the live object re-put", func(fs map[int64][]lsFile) bool {
		return one(fs, bigSize, "terminated") && one(fs, keepSize+goneSize, "terminated") && one(fs, keepSize, "active")
	})
	// The refunds: the wallet's tokens, plus what the uploads made since
	// (the repacked object's pack, new sealed indexes) pulled, exceed
	// the tokens before the deletes. Each pulled exactly price (1 token)
	// × (k+m) × its epochs + the repair reserve (2 tokens). The gateway
	// keeps sealing indexes meanwhile, so the tokens are read first and
	// the uploads listed after, each poll.
	spentSince := func(fs map[int64][]lsFile) *big.Int {
		spent := new(big.Int)
		for _, group := range fs {
			for _, f := range group {
				if _, old := known[f.ID]; !old { // terminated since too: its refund is in the tokens
					epochs := int64(f.EndEpoch - f.StartEpoch)
					spent.Add(spent, new(big.Int).Mul(big.NewInt(int64(f.K+f.M)*epochs+2), big.NewInt(1e18)))
				}
			}
		}
		return spent
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		after := walletTokens(t, env, data)
		spent := spentSince(files())
		if new(big.Int).Add(after, spent).Cmp(before) > 0 {
			t.Logf("refunded %s token units (tokens %s → %s, %s spent on the re-put and the indexes)", new(big.Int).Sub(new(big.Int).Add(after, spent), before), before, after, spent)
			break
		}
		if time.Now().After(deadline) {
			fail("wallet tokens %s + %s spent since, %s before the deletes: no refund", after, spent, before)
		}
	}
	for _, k := range []string{"big", "gone"} {
		_, err := c.StatObject(octx, "del", k, minio.StatObjectOptions{})
		var me minio.ErrorResponse
		if !errors.As(err, &me) || me.StatusCode != 404 {
			fail("stat deleted %s: %v, want 404", k, err)
		}
		r, err := c.GetObject(octx, "del", k, minio.GetObjectOptions{})
		if err == nil {
			_, err = io.ReadAll(r)
			r.Close()
		}
		if !errors.As(err, &me) || me.StatusCode != 404 || me.Code != "NoSuchKey" {
			fail("get deleted %s: %v, want 404 NoSuchKey", k, err)
		}
	}
	r, err := c.GetObject(octx, "del", "keep", minio.GetObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(r)
	r.Close()
	if err != nil || !bytes.Equal(got, bodies["keep"]) {
		fail("get the repacked object: %d bytes, %v", len(got), err)
	}

	if err := c.RemoveObject(octx, "del", "keep", minio.RemoveObjectOptions{}); err != nil {
		fail("delete keep: %v", err)
	}
	waitFor("the last object's pack terminated", func(fs map[int64][]lsFile) bool { return one(fs, keepSize, "terminated") })
	t.Logf("uploads %s (large) and %s (pack) terminated; %s from the first PUT", bigUp, packUp, time.Since(start).Round(time.Second))
}

// walletTokens is the wallet's token balance, from `cairn wallet balance`.
func walletTokens(t *testing.T, env []string, data string) *big.Int {
	t.Helper()
	var b struct {
		CairnWei string `json:"cairn_wei"`
	}
	decode(t, ok(t, env, "--datadir", data, "--json", "wallet", "balance"), &b)
	v, good := new(big.Int).SetString(b.CairnWei, 10)
	if !good {
		t.Fatalf("wallet balance: cairn_wei %q", b.CairnWei)
	}
	return v
}
