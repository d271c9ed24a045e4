package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/testnet"
)

// TestPutUplink: --uplink (and [put] uplink in the config file, and
// CAIRN_UPLINK) reaches the segment sizing: a dry run of a 1 GiB file at
// 1 Mbit/s quotes smaller shards and more segments than at 1 Gbit/s, the
// config and environment give the flag's figures, and a bad rate fails
// before anything is quoted.
func TestPutUplink(t *testing.T) {
	// 1 s blocks: the client measures the block time from whole-second
	// timestamps, so every run sizes for the same reservation TTL.
	ch, err := testnet.StartChain(t.Context(), testnet.ChainOptions{BlockTime: time.Second, Config: testnet.DevnetMarketConfig(10)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	dir := t.TempDir()
	env, data := fundedWallet(t, ch, dir, "alice", 10)
	file := filepath.Join(dir, "big.img")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil { // sparse: a dry run only reads the size
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	type quote struct {
		ShardSize uint64 `json:"shard_size"`
		Segments  int
	}
	dry := func(env []string, extra ...string) quote {
		t.Helper()
		var q quote
		decode(t, ok(t, env, append([]string{"--datadir", data, "--json", "put", file, "--dry-run"}, extra...)...), &q)
		if q.ShardSize == 0 || q.ShardSize%64 != 0 || q.Segments < 1 {
			t.Fatalf("quote %+v", q)
		}
		return q
	}
	slow, fast := dry(env, "--uplink", "1mbit"), dry(env, "--uplink", "1gbit/s")
	t.Logf("1 Mbit/s: %+v; 1 Gbit/s: %+v", slow, fast)
	if slow.ShardSize >= fast.ShardSize || slow.Segments <= fast.Segments {
		t.Fatalf("1 Mbit/s quotes %+v, 1 Gbit/s %+v: want smaller shards and more segments on the slower link", slow, fast)
	}
	if got := dry(append(env, "CAIRN_UPLINK=1mbit")); got != slow {
		t.Errorf("CAIRN_UPLINK=1mbit quotes %+v, --uplink 1mbit %+v", got, slow)
	}
	writeFile(t, data, "config.toml", "[put]\nuplink = \"125kB/s\"\n") // = 1 Mbit/s
	if got := dry(env); got != slow {
		t.Errorf("[put] uplink = 125kB/s quotes %+v, --uplink 1mbit %+v", got, slow)
	}
	if got := dry(env, "--uplink", "1gbit"); got != fast {
		t.Errorf("--uplink over the config file quotes %+v, want %+v", got, fast)
	}
	r := runCLI(t, env, "--datadir", data, "put", file, "--dry-run", "--uplink", "fast")
	if r.code == 0 || !strings.Contains(r.stderr, "--uplink") || !strings.Contains(r.stderr, "50mbit") {
		t.Fatalf("--uplink fast: exit %d, stderr %q", r.code, r.stderr)
	}
}
