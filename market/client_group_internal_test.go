package market

import (
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

func segEntry(id byte, file byte, index, count uint32, state string, block uint64) FileEntry {
	return FileEntry{ID: [32]byte{id}, Name: "big.iso", Size: 100, State: state,
		Manifest: storage.Manifest{Size: 100, Segment: storage.Segment{FileID: [16]byte{file}, Index: index, Count: count, FileSize: 250, Offset: int64(index) * 100}},
		Request:  StorageRequest{ID: [32]byte{id}, Block: block}}
}

// TestGroupSegments: the requests of split files fold into one entry per
// file, active parts preferred over older failed ones, a missing part makes
// the file "incomplete", and whole files pass through in order.
func TestGroupSegments(t *testing.T) {
	whole := FileEntry{ID: [32]byte{9}, Name: "a.txt", Size: 5, State: "active", Request: StorageRequest{Block: 1}}
	cases := []struct {
		name      string
		in        []FileEntry
		wantNames []string
		wantState string // of the split file
		wantFirst byte   // ID of the split file's entry
	}{
		{"complete", []FileEntry{segEntry(1, 7, 0, 3, "active", 10), whole, segEntry(3, 7, 2, 3, "active", 12), segEntry(2, 7, 1, 3, "active", 11)},
			[]string{"big.iso", "a.txt"}, "active", 1},
		{"a part cancelled, then put again", []FileEntry{segEntry(1, 7, 0, 3, "active", 10), segEntry(2, 7, 1, 3, "cancelled", 11), segEntry(3, 7, 2, 3, "active", 12), segEntry(4, 7, 1, 3, "active", 13)},
			[]string{"big.iso"}, "active", 1},
		{"a part missing", []FileEntry{segEntry(2, 7, 1, 3, "active", 11), segEntry(3, 7, 2, 3, "active", 12)},
			[]string{"big.iso"}, "incomplete", 2},
		{"the last part missing", []FileEntry{segEntry(1, 7, 0, 3, "active", 10), segEntry(2, 7, 1, 3, "active", 11)},
			[]string{"big.iso"}, "incomplete", 1},
		{"a part pending", []FileEntry{segEntry(1, 7, 0, 2, "active", 10), segEntry(2, 7, 1, 2, "pending", 11)},
			[]string{"big.iso"}, "pending", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := groupSegments(c.in)
			if len(out) != len(c.wantNames) {
				t.Fatalf("%d entries, want %d", len(out), len(c.wantNames))
			}
			for i, n := range c.wantNames {
				if out[i].Name != n {
					t.Fatalf("entry %d is %q, want %q", i, out[i].Name, n)
				}
			}
			g := out[0]
			if g.State != c.wantState || g.ID[0] != c.wantFirst || g.Size != 250 {
				t.Fatalf("split file: state %s id %x size %d; want %s %x 250", g.State, g.ID[0], g.Size, c.wantState, c.wantFirst)
			}
			for i, p := range g.Parts {
				if p.Request.Block != 0 && p.Manifest.Segment.Index != uint32(i) {
					t.Fatalf("part %d holds segment %d", i, p.Manifest.Segment.Index)
				}
				if p.Request.Block != 0 && p.State != "active" && c.wantState == "active" {
					t.Fatalf("part %d is %s in an active file", i, p.State)
				}
			}
		})
	}
}
