package market_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

const benchFileSize = 64 << 20

// BenchmarkGet measures a whole download of a 64 MiB file stored 4+2 on a
// v2 devnet with six in-process providers: four shards fetched in
// parallel over libp2p on loopback, each verified against its root, then
// decoded, decrypted and written atomically. Compare with
// BenchmarkDecodeLocal, the same decode from shard files already on disk,
// in the same run.
func BenchmarkGet(b *testing.B) {
	d := newDevnet(b, 6)
	ctx := b.Context()
	cfg := devnetClientConfig(b, 4, 2)
	cfg.ExpiryBlocks = 600
	client, _ := d.client(newMnemonic(b), cfg)
	path, data := randomFile(b, benchFileSize)
	res, err := client.Put(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	f, err := client.Resolve(ctx, res.Name)
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "out.bin")
	b.SetBytes(benchFileSize)
	b.ResetTimer()
	for b.Loop() {
		if err := client.Get(ctx, f, out); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	got, err := os.ReadFile(out)
	if err != nil || !bytes.Equal(got, data) {
		b.Fatalf("downloaded file differs (%v)", err)
	}
}

// BenchmarkDecodeLocal decodes a 64 MiB 4+2 file from its four data shard
// files on local disk, verifying roots as get does: the floor under get.
func BenchmarkDecodeLocal(b *testing.B) {
	ctx := b.Context()
	path, data := randomFile(b, benchFileSize)
	in, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	key, err := storage.NewFileKey()
	if err != nil {
		b.Fatal(err)
	}
	res, paths, err := storage.EncodeFiles(ctx, in, benchFileSize, key, 4, 2, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	shards := make([]io.ReaderAt, 6)
	for i := range 4 {
		f, err := os.Open(paths[i])
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		shards[i] = f
	}
	p := storage.DecodeParams{Size: benchFileSize, K: 4, M: 2, FileKey: key, ShardSize: res.ShardSize, Roots: res.Roots}
	out := filepath.Join(b.TempDir(), "out.bin")
	b.SetBytes(benchFileSize)
	b.ResetTimer()
	for b.Loop() {
		if err := storage.DecodeToFile(ctx, p, shards, out); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	got, err := os.ReadFile(out)
	if err != nil || !bytes.Equal(got, data) {
		b.Fatalf("decoded file differs (%v)", err)
	}
}

// BenchmarkPut measures a whole put of a 64 MiB file stored 4+2 on a v2
// devnet with six in-process providers: the roots pass, requestStorage,
// and the six shards re-encoded from the file while they are pushed over
// libp2p on loopback (each provider verifies and stores its shard, then
// fills). The chain's 200 ms blocks are part of the figure.
func BenchmarkPut(b *testing.B) {
	d := newDevnet(b, 6)
	cfg := devnetClientConfig(b, 4, 2)
	cfg.ExpiryBlocks = 600 // 2 minutes: pushes on a loaded machine outlast the default 20 s
	client, _ := d.client(newMnemonic(b), cfg)
	path, _ := randomFile(b, benchFileSize)
	b.SetBytes(benchFileSize)
	b.ResetTimer()
	for b.Loop() {
		if _, err := client.Put(b.Context(), path); err != nil {
			b.Fatal(err)
		}
	}
}
