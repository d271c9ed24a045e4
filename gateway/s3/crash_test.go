package s3_test

import (
	"context"
	"errors"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/minio/minio-go/v7"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
)

// lostAnswer is the real network whose Put, while fail is set, stores the
// pack and then reports a failure: the answer lost to a crash or a
// dropped connection.
type lostAnswer struct {
	s3gw.Network
	fail *atomic.Bool
}

var errLost = errors.New("injected: answer lost after the upload")

func (l lostAnswer) Put(ctx context.Context, path string) (s3gw.UploadID, error) {
	id, err := l.Network.Put(ctx, path)
	if err == nil && l.fail.Load() {
		return s3gw.UploadID{}, errLost
	}
	return id, err
}

// testLostAnswer: a pack stored on the network whose outcome the gateway
// never recorded (then a restart) is adopted, not uploaded and paid again.
func testLostAnswer(t *testing.T, w *world) {
	ctx := t.Context()
	mn := newMnemonic(t)
	w.fund(mn)
	dir := filepath.Join(t.TempDir(), "lost")
	var fail atomic.Bool
	n := w.openNodeWrapped(mn, dir, nil, func(net s3gw.Network) s3gw.Network { return lostAnswer{net, &fail} })
	c := n.minio(t, n.creds.SecretKey)
	if err := c.MakeBucket(ctx, "lost", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	objs := map[string][]byte{"a": randomBytes(t, 1000), "b": randomBytes(t, 2000), "c": randomBytes(t, 3000)}
	for k, v := range objs {
		putBytes(t, c, "lost", k, v)
	}
	fail.Store(true)
	if err := n.gw.FlushData(ctx); !errors.Is(err, errLost) {
		t.Fatalf("flush with a lost answer: %v", err)
	}
	if st, _ := n.gw.Status(); st.PendingObjects != 3 || st.Packs != 0 {
		t.Fatalf("after the lost answer: %d pending, %d packs", st.PendingObjects, st.Packs)
	}
	ups, err := n.net.Uploads(ctx)
	if err != nil || len(ups) != 1 {
		t.Fatalf("%d uploads on the network after one pack, %v", len(ups), err)
	}
	n.close() // and a restart, as after a crash
	n = w.openNode(mn, dir, nil)
	if err := n.gw.FlushData(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := n.gw.Status()
	if err != nil || st.PendingObjects != 0 || st.Packs != 1 {
		t.Fatalf("after the restart: %+v %v", st, err)
	}
	if ups, err := n.net.Uploads(ctx); err != nil || len(ups) != 1 {
		t.Fatalf("%d uploads after the restart (the pack was uploaded again), %v", len(ups), err)
	}
	c = n.minio(t, n.creds.SecretKey)
	for k, v := range objs {
		mustGet(t, c, "lost", k, v)
	}
}
