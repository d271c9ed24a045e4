package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/testnet"
)

// TestGatewayOnV2: `cairn gateway s3 --sync` on a protocol v2 market takes
// a PUT once its upload has every slot filled with v2 providers, and serves
// the object back byte-exact.
func TestGatewayOnV2(t *testing.T) {
	ctx := t.Context()
	ch := startMarket(t)
	dir := t.TempDir()
	env, data := fundedWallet(t, ch, dir, "gw", 1000)
	var cr map[string]string
	decode(t, ok(t, env, "--datadir", data, "--json", "gateway", "credentials"), &cr)
	port, err := anvil.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	gw := exec.Command(binary, "--datadir", data, "gateway", "s3", "--listen", addr, "--sync", "--k", "2", "--m", "1", "--epochs", "40",
		"--pack-delay", "100ms")
	gw.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	var logs bytes.Buffer
	gw.Stdout, gw.Stderr = &logs, &logs
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
