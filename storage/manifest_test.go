package storage_test

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/storage"
)

func testBinding() storage.ManifestBinding {
	return storage.ManifestBinding{
		ChainID:     big.NewInt(31337),
		Marketplace: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Client:      common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
		Roots:       [][32]byte{{1}, {2}, {3}, {4}, {5}, {6}},
	}
}

func testManifest(name string) storage.Manifest {
	ss, _ := storage.ShardSize(123456, 4)
	return storage.Manifest{Name: name, Size: 123456, FileKey: testKey(7), K: 4, M: 2,
		ShardSize: ss, Cipher: storage.DefaultCipher, Created: time.Unix(1_700_000_000, 0).UTC()}
}

func TestManifestRoundTrip(t *testing.T) {
	master := [32]byte{42}
	for _, name := range []string{"", "photo.jpg", "dir/ünïcødé ✓.txt", strings.Repeat("n", storage.MaxNameLen)} {
		m := testManifest(name)
		sealed, err := storage.SealManifest(master, m, testBinding())
		if err != nil {
			t.Fatal(err)
		}
		if len(sealed) != storage.ManifestSize {
			t.Fatalf("sealed %d bytes", len(sealed))
		}
		got, err := storage.OpenManifest(master, sealed, testBinding())
		if err != nil || got != m {
			t.Fatalf("name %q: got %+v, %v; want %+v", name, got, err, m)
		}
	}
}

func TestManifestErrors(t *testing.T) {
	master := [32]byte{42}
	sealed, err := storage.SealManifest(master, testManifest("a.txt"), testBinding())
	if err != nil {
		t.Fatal(err)
	}
	other := func(f func(*storage.ManifestBinding)) storage.ManifestBinding {
		b := testBinding()
		b.Roots = append([][32]byte(nil), b.Roots...)
		f(&b)
		return b
	}
	cases := []struct {
		name   string
		key    [32]byte
		sealed []byte
		b      storage.ManifestBinding
	}{
		{"wrong key", [32]byte{43}, sealed, testBinding()},
		{"other chain", master, sealed, other(func(b *storage.ManifestBinding) { b.ChainID = big.NewInt(1) })},
		{"other marketplace", master, sealed, other(func(b *storage.ManifestBinding) { b.Marketplace[0] ^= 1 })},
		{"other client", master, sealed, other(func(b *storage.ManifestBinding) { b.Client[19] ^= 1 })},
		{"other roots", master, sealed, other(func(b *storage.ManifestBinding) { b.Roots[5][31] ^= 1 })},
		{"reordered roots", master, sealed, other(func(b *storage.ManifestBinding) { b.Roots[0], b.Roots[1] = b.Roots[1], b.Roots[0] })},
		{"short", master, sealed[:511], testBinding()},
		{"long", master, append(bytes.Clone(sealed), 0), testBinding()},
	}
	for i := range sealed {
		cases = append(cases, struct {
			name   string
			key    [32]byte
			sealed []byte
			b      storage.ManifestBinding
		}{"flip", master, flip(sealed, i), testBinding()})
	}
	for _, c := range cases {
		if _, err := storage.OpenManifest(c.key, c.sealed, c.b); !errors.Is(err, storage.ErrManifestAuth) {
			t.Fatalf("%s: got %v, want ErrManifestAuth", c.name, err)
		}
	}
}

func TestManifestSealErrors(t *testing.T) {
	long := testManifest(strings.Repeat("x", storage.MaxNameLen+1))
	if _, err := storage.SealManifest([32]byte{}, long, testBinding()); !errors.Is(err, storage.ErrNameTooLong) {
		t.Fatalf("long name: got %v", err)
	}
	bad := testManifest("x")
	bad.ShardSize += 64
	if _, err := storage.SealManifest([32]byte{}, bad, testBinding()); !errors.Is(err, storage.ErrBadParams) {
		t.Fatalf("bad shard size: got %v", err)
	}
	b := testBinding()
	b.ChainID = nil
	if _, err := storage.SealManifest([32]byte{}, testManifest("x"), b); !errors.Is(err, storage.ErrBadParams) {
		t.Fatalf("nil chain id: got %v", err)
	}
}

func FuzzOpenManifest(f *testing.F) {
	master := [32]byte{42}
	sealed, _ := storage.SealManifest(master, testManifest("seed"), testBinding())
	f.Add(sealed)
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := storage.OpenManifest(master, data, testBinding())
		if err == nil && len(m.Name) > storage.MaxNameLen {
			t.Fatal("accepted an oversized name")
		}
	})
}
