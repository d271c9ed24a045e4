package storage_test

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

func TestRebuildEveryShard(t *testing.T) {
	for _, tc := range []struct {
		name string
		size int64
		k, m int
	}{
		{"tiny 4+2", 100, 4, 2},
		{"two stripes 4+2", 4*storage.StripeChunk + 1000, 4, 2},
		{"3 stripes 2+3", 5*storage.StripeChunk + 7, 2, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := make([]byte, tc.size)
			rnd := rand.New(rand.NewPCG(1, uint64(tc.size)))
			for i := range data {
				data[i] = byte(rnd.Uint32())
			}
			key, err := storage.NewFileKey()
			if err != nil {
				t.Fatal(err)
			}
			bufs := make([]*bytes.Buffer, tc.k+tc.m)
			ws := make([]io.Writer, tc.k+tc.m)
			for i := range bufs {
				bufs[i] = new(bytes.Buffer)
				ws[i] = bufs[i]
			}
			res, err := storage.Encode(t.Context(), bytes.NewReader(data), tc.size, key, tc.k, tc.m, ws)
			if err != nil {
				t.Fatal(err)
			}
			for target := 0; target < tc.k+tc.m; target++ {
				shards := make([]io.ReaderAt, tc.k+tc.m)
				// Keep only k shards other than the target: drop the first m.
				dropped := 0
				for i := range shards {
					if i == target {
						continue
					}
					if dropped < tc.m-1 {
						dropped++
						continue
					}
					shards[i] = bytes.NewReader(bufs[i].Bytes())
				}
				var out bytes.Buffer
				if err := storage.Rebuild(t.Context(), tc.k, tc.m, res.ShardSize, shards, target, &out); err != nil {
					t.Fatalf("target %d: %v", target, err)
				}
				if !bytes.Equal(out.Bytes(), bufs[target].Bytes()) {
					t.Fatalf("target %d: rebuilt shard differs", target)
				}
			}
			// Too few shards names the problem.
			shards := make([]io.ReaderAt, tc.k+tc.m)
			shards[0] = bytes.NewReader(bufs[0].Bytes())
			err = storage.Rebuild(t.Context(), tc.k, tc.m, res.ShardSize, shards, 1, io.Discard)
			if tc.k > 1 && !errors.Is(err, storage.ErrTooFewShards) {
				t.Fatalf("too few shards: %v", err)
			}
		})
	}
}
