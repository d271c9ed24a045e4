package s3_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/minio/minio-go/v7"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// smallPacks: objects of 256 KiB and more go alone, smaller ones are
// packed at once.
func smallPacks(c *s3gw.Config) { c.PackSize, c.PackDelay = 256<<10, 0 }

// activeUploads are the node's active uploads by kind: packs (by size)
// and sealed indexes.
func activeUploads(t *testing.T, n *node) (packs map[int64][]s3gw.UploadID, indexes []s3gw.UploadID) {
	t.Helper()
	ups, err := n.net.Uploads(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	packs = map[int64][]s3gw.UploadID{}
	for _, u := range ups {
		if !u.Active {
			continue
		}
		if strings.HasPrefix(u.Name, "cairn-gateway-index-") {
			indexes = append(indexes, u.ID)
		} else {
			packs[u.Size] = append(packs[u.Size], u.ID)
		}
	}
	return packs, indexes
}

// onePack is the one active pack of size bytes.
func onePack(t *testing.T, n *node, size int64) s3gw.UploadID {
	t.Helper()
	packs, _ := activeUploads(t, n)
	if len(packs[size]) != 1 {
		t.Fatalf("%d active uploads of %d bytes, want 1 (all: %v)", len(packs[size]), size, packs)
	}
	return packs[size][0]
}

func requestState(t *testing.T, n *node, id s3gw.UploadID) uint8 {
	t.Helper()
	ri, err := n.market.RequestInfo(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	return ri.State
}

func wantState(t *testing.T, n *node, id s3gw.UploadID, want uint8, what string) {
	t.Helper()
	if got := requestState(t, n, id); got != want {
		t.Fatalf("%s: request %s in state %d, want %d", what, id, got, want)
	}
}

func tokens(t *testing.T, n *node) *big.Int {
	t.Helper()
	b, err := n.market.TokenBalance(t.Context(), n.market.Self())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func wantNoKey(t *testing.T, c *minio.Client, bucket, key string) {
	t.Helper()
	_, err := getAll(t, c, bucket, key, minio.GetObjectOptions{})
	if code, status := errCode(err); code != "NoSuchKey" || status != 404 {
		t.Fatalf("get deleted %s/%s: %q %d (%v), want NoSuchKey 404", bucket, key, code, status, err)
	}
}

// testDeletesRelease: a deleted large object's request is terminated and
// the refund reaches the wallet; an overwrite terminates the old request;
// a pack loses objects: above half live it stays, below it its live
// objects are re-put together and the old pack is terminated; an old
// sealed index is terminated once a newer one is up.
func testDeletesRelease(t *testing.T, w *world) {
	ctx := t.Context()
	mn := newMnemonic(t)
	w.fund(mn)
	n := w.openNode(mn, filepath.Join(t.TempDir(), "release"), smallPacks)
	c := n.minio(t, n.creds.SecretKey)
	if err := c.MakeBucket(ctx, "rel", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	big1, big2 := randomBytes(t, 300<<10), randomBytes(t, 310<<10)
	small := map[string][]byte{}
	putBytes(t, c, "rel", "big", big1)
	putBytes(t, c, "rel", "big2", big2)
	for _, k := range []string{"a", "b", "c", "d"} {
		small[k] = randomBytes(t, 40<<10)
		putBytes(t, c, "rel", k, small[k])
	}
	flush(t, ctx, n)
	bigPack, big2Pack, smallPack := onePack(t, n, 300<<10), onePack(t, n, 310<<10), onePack(t, n, 160<<10)
	_, idx := activeUploads(t, n)
	if len(idx) != 1 {
		t.Fatalf("%d active sealed indexes, want 1", len(idx))
	}
	firstIndex := idx[0]

	// Delete: terminated, refunded, 404.
	before := tokens(t, n)
	if err := c.RemoveObject(ctx, "rel", "big", minio.RemoveObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	flush(t, ctx, n)
	wantState(t, n, bigPack, marketv2.RequestTerminated, "deleted object's pack")
	wantState(t, n, firstIndex, marketv2.RequestTerminated, "superseded sealed index")
	if after := tokens(t, n); after.Cmp(before) <= 0 {
		t.Fatalf("wallet tokens %s after the delete, %s before: no refund", after, before)
	}
	wantNoKey(t, c, "rel", "big")
	if _, idx := activeUploads(t, n); len(idx) != 1 {
		t.Fatalf("%d active sealed indexes after a second upload, want 1", len(idx))
	}

	// Overwrite: the old request goes, the new bytes are served.
	big2b := randomBytes(t, 320<<10)
	putBytes(t, c, "rel", "big2", big2b)
	flush(t, ctx, n)
	wantState(t, n, big2Pack, marketv2.RequestTerminated, "overwritten object's pack")
	wantState(t, n, onePack(t, n, 320<<10), marketv2.RequestActive, "the overwrite's pack")
	mustGet(t, c, "rel", "big2", big2b)

	// A pack three quarters live stays.
	if err := c.RemoveObject(ctx, "rel", "a", minio.RemoveObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	flush(t, ctx, n)
	wantState(t, n, smallPack, marketv2.RequestActive, "pack 75% live")
	// A quarter live: d is re-put alone, the pack is terminated.
	for err := range c.RemoveObjects(ctx, "rel", objectsCh("b", "c"), minio.RemoveObjectsOptions{}) {
		t.Fatal(err.Err)
	}
	flush(t, ctx, n)
	wantState(t, n, smallPack, marketv2.RequestTerminated, "pack 25% live")
	wantState(t, n, onePack(t, n, 40<<10), marketv2.RequestActive, "the repacked object's pack")
	mustGet(t, c, "rel", "d", small["d"])
	for _, k := range []string{"a", "b", "c"} {
		wantNoKey(t, c, "rel", k)
	}
	// A fresh machine restores d and big2 from the network alone.
	fresh := w.openNode(mn, filepath.Join(t.TempDir(), "release-fresh"), nil)
	if ok, err := fresh.gw.Restore(ctx); err != nil || !ok {
		t.Fatalf("restore: %v %v", ok, err)
	}
	fc := fresh.minio(t, fresh.creds.SecretKey)
	mustGet(t, fc, "rel", "d", small["d"])
	mustGet(t, fc, "rel", "big2", big2b)
	fresh.close()

	// DeleteBucket of the emptied bucket ends the last packs.
	last := []s3gw.UploadID{onePack(t, n, 40<<10), onePack(t, n, 320<<10)}
	for err := range c.RemoveObjects(ctx, "rel", objectsCh("d", "big2"), minio.RemoveObjectsOptions{}) {
		t.Fatal(err.Err)
	}
	if err := c.RemoveBucket(ctx, "rel"); err != nil {
		t.Fatal(err)
	}
	flush(t, ctx, n)
	for _, id := range last {
		wantState(t, n, id, marketv2.RequestTerminated, "pack of an emptied bucket")
	}
	if st, err := n.gw.Status(); err != nil || st.Packs != 0 {
		t.Fatalf("packs left after every object went: %+v %v", st, err)
	}
}

func objectsCh(keys ...string) <-chan minio.ObjectInfo {
	ch := make(chan minio.ObjectInfo, len(keys))
	for _, k := range keys {
		ch <- minio.ObjectInfo{Key: k}
	}
	close(ch)
	return ch
}

// failRelease is the real network whose Release fails while mode is set:
// 1 before terminating (a kill after the index recorded the intent), 2
// after (the answer lost). It counts what it was asked to release.
type failRelease struct {
	s3gw.Network
	mode  *atomic.Int32
	asked *atomic.Int32
}

var errKilled = errors.New("injected: killed around the terminate")

func (f failRelease) Release(ctx context.Context, id s3gw.UploadID) error {
	f.asked.Add(1)
	switch f.mode.Load() {
	case 1:
		return errKilled
	case 2:
		if err := f.Network.Release(ctx, id); err != nil {
			return err
		}
		return errKilled
	}
	return f.Network.Release(ctx, id)
}

// testReleaseCrash: a release recorded in the index whose terminate did
// not happen (or whose answer was lost) is finished after a restart, and
// a pack that still holds a live object is never released.
func testReleaseCrash(t *testing.T, w *world) {
	ctx := t.Context()
	mn := newMnemonic(t)
	w.fund(mn)
	dir := filepath.Join(t.TempDir(), "release-crash")
	var mode, asked atomic.Int32
	wrap := func(net s3gw.Network) s3gw.Network { return failRelease{net, &mode, &asked} }
	n := w.openNodeWrapped(mn, dir, smallPacks, wrap)
	c := n.minio(t, n.creds.SecretKey)
	if err := c.MakeBucket(ctx, "crash", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	x, y, keep := randomBytes(t, 300<<10), randomBytes(t, 301<<10), randomBytes(t, 302<<10)
	putBytes(t, c, "crash", "x", x)
	putBytes(t, c, "crash", "y", y)
	putBytes(t, c, "crash", "keep", keep)
	flush(t, ctx, n)
	xp, yp, kp := onePack(t, n, 300<<10), onePack(t, n, 301<<10), onePack(t, n, 302<<10)
	if asked.Load() != 0 {
		t.Fatalf("%d releases asked with nothing deleted", asked.Load())
	}

	for i, tc := range []struct {
		key  string
		pack s3gw.UploadID
		mode int32
	}{{"x", xp, 1}, {"y", yp, 2}} {
		if err := c.RemoveObject(ctx, "crash", tc.key, minio.RemoveObjectOptions{}); err != nil {
			t.Fatal(err)
		}
		mode.Store(tc.mode)
		if err := n.gw.Flush(ctx); !errors.Is(err, errKilled) {
			t.Fatalf("case %d: flush with a kill around the terminate: %v", i, err)
		}
		want := marketv2.RequestActive
		if tc.mode == 2 {
			want = marketv2.RequestTerminated
		}
		wantState(t, n, tc.pack, want, "before the restart")
		n.close() // the restart
		mode.Store(0)
		n = w.openNodeWrapped(mn, dir, smallPacks, wrap)
		c = n.minio(t, n.creds.SecretKey)
		if err := n.gw.Step(ctx); err != nil {
			t.Fatalf("case %d: step after the restart: %v", i, err)
		}
		wantState(t, n, tc.pack, marketv2.RequestTerminated, "after the restart")
		wantNoKey(t, c, "crash", tc.key)
	}
	wantState(t, n, kp, marketv2.RequestActive, "the pack of the object kept")
	mustGet(t, c, "crash", "keep", keep)
}
