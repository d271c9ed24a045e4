package storage_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

func TestSegmentManifest(t *testing.T) {
	master := [32]byte{42}
	m := testManifest(strings.Repeat("s", storage.MaxSegmentNameLen))
	m.Segment = storage.Segment{FileID: [16]byte{9, 8, 7}, Index: 2, Count: 5, FileSize: 1 << 62, Offset: 1 << 40}
	sealed, err := storage.SealManifest(master, m, testBinding())
	if err != nil {
		t.Fatal(err)
	}
	if len(sealed) != storage.ManifestSize {
		t.Fatalf("sealed %d bytes, want the fixed %d", len(sealed), storage.ManifestSize)
	}
	got, err := storage.OpenManifest(master, sealed, testBinding())
	if err != nil || got != m {
		t.Fatalf("got %+v, %v; want %+v", got, err, m)
	}
	bad := []struct {
		name string
		edit func(*storage.Manifest)
		want error
	}{
		{"name too long", func(m *storage.Manifest) { m.Name += "x" }, storage.ErrNameTooLong},
		{"index past count", func(m *storage.Manifest) { m.Segment.Index = 5 }, storage.ErrBadParams},
		{"past the file's end", func(m *storage.Manifest) { m.Segment.Offset = m.Segment.FileSize - 10 }, storage.ErrBadParams},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			mm := m
			c.edit(&mm)
			if _, err := storage.SealManifest(master, mm, testBinding()); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}
