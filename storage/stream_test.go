package storage_test

import (
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

func TestSealStream(t *testing.T) {
	sp := testStream(t)
	var master, other [storage.KeySize]byte
	master[0], other[0] = 1, 2
	sealed, err := storage.SealStream(master, sp, []byte("hash-a"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := storage.OpenStream(master, sealed, []byte("hash-a"))
	if err != nil || got != sp {
		t.Fatalf("open: %v, %+v", err, got)
	}
	tampered := append([]byte(nil), sealed...)
	tampered[len(tampered)-1] ^= 1
	cases := []struct {
		name   string
		master [storage.KeySize]byte
		sealed []byte
		aad    string
	}{
		{"other master key", other, sealed, "hash-a"},
		{"other record", master, sealed, "hash-b"},
		{"tampered", master, tampered, "hash-a"},
		{"truncated", master, sealed[:10], "hash-a"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := storage.OpenStream(c.master, c.sealed, []byte(c.aad)); !errors.Is(err, storage.ErrStreamAuth) {
				t.Fatalf("got %v, want ErrStreamAuth", err)
			}
		})
	}
}
