package marketv2

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
	"github.com/cairn-storage/cairn/storage"
)

// failingOpener opens shards from mem, failing the named members with err.
type failingOpener struct {
	mem  prooftest.MemShards
	fail map[uint32]error
}

func (f failingOpener) OpenShard(mid uint32) (*proofs.Tree, proofs.ShardReader, error) {
	if err := f.fail[mid]; err != nil {
		return nil, nil, fmt.Errorf("member %d: %w", mid, err)
	}
	return f.mem.OpenShard(mid)
}

// proveGroups names every lost member, refuses to build a proof then, and
// tells a machine failure (no declaration) from a lost shard.
func TestProveGroupsClassifiesFailures(t *testing.T) {
	mem := prooftest.MemShards{}
	var groups []proofs.Group
	for mid := uint32(1); mid <= 3; mid++ {
		tr, err := mem.Add(mid, prooftest.TestShard(sha256.Sum256([]byte{byte(mid)}), 4096))
		if err != nil {
			t.Fatal(err)
		}
		groups = append(groups, proofs.Group{Mid: mid, Class: 6, Root: tr.Root(), Leaves: []uint64{1, 7}})
	}
	for _, tc := range []struct {
		name    string
		fail    map[uint32]error
		bad     []uint32
		machine bool
	}{
		{"all good", nil, nil, false},
		{"two lost", map[uint32]error{1: os.ErrNotExist, 3: proofs.ErrShardMismatch}, []uint32{1, 3}, false},
		{"not indexed", map[uint32]error{2: storage.ErrNotFound}, []uint32{2}, false},
		{"short file", map[uint32]error{2: proofs.ErrShardLength}, []uint32{2}, false},
		{"disk error", map[uint32]error{2: errors.New("input/output error")}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			proof, bad, err := proveGroups(groups, failingOpener{mem: mem, fail: tc.fail})
			if errors.Is(err, errMachine) != tc.machine {
				t.Fatalf("err %v, machine failure = %v", err, tc.machine)
			}
			if fmt.Sprint(bad) != fmt.Sprint(tc.bad) {
				t.Fatalf("bad %v, want %v", bad, tc.bad)
			}
			if tc.fail == nil {
				if err != nil || proofs.VerifySetProof(groups, proof) != nil {
					t.Fatalf("good proof refused: %v", err)
				}
			} else if err == nil || proof != nil {
				t.Fatal("a proof was built over a failing member")
			}
		})
	}
}
