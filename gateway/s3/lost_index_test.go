package s3_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Modes of lostIndex.
const (
	indexAnswered     = iota
	indexAnswerLost   // stored, every slot filled, then reported failed
	indexCutWhenMined // the put is cancelled once its request is mined
)

// lostIndexState is shared by the wrapped networks of one test (they
// survive the node's restarts).
type lostIndexState struct {
	mode    atomic.Int32                       // of index puts
	cutPack atomic.Bool                        // pack puts are cut once mined
	reads   s3gw.ReadFaults                    // failed reads from the providers
	armed   atomic.Pointer[context.CancelFunc] // cancels the put in flight

	mu      sync.Mutex
	watch   s3gw.UploadID                           // the release to measure
	balance func(context.Context) (*big.Int, error) // the wallet's tokens
	gained  *big.Int                                // tokens the watched release returned
}

// lostIndex is the real network whose sealed-index Puts lose their answer
// as st.mode says; packs are answered.
type lostIndex struct {
	s3gw.Network
	st *lostIndexState
}

func (l lostIndex) Put(ctx context.Context, path string) (s3gw.UploadID, error) {
	mode := l.st.mode.Load()
	if !strings.HasPrefix(filepath.Base(path), "cairn-gateway-index-") {
		mode = indexAnswered
		if l.st.cutPack.Load() {
			mode = indexCutWhenMined
		}
	}
	switch mode {
	case indexAnswerLost:
		id, err := l.Network.Put(ctx, path)
		if err == nil {
			return s3gw.UploadID{}, errLost
		}
		return id, err
	case indexCutWhenMined:
		cctx, cancel := context.WithCancel(ctx)
		defer cancel()
		l.st.armed.Store(&cancel)
		defer l.st.armed.Store(nil)
		return l.Network.Put(cctx, path)
	}
	return l.Network.Put(ctx, path)
}

func (l lostIndex) Release(ctx context.Context, id s3gw.UploadID) error {
	l.st.mu.Lock()
	watched, balance := id == l.st.watch, l.st.balance
	l.st.mu.Unlock()
	if !watched || balance == nil {
		return l.Network.Release(ctx, id)
	}
	before, err := balance(ctx)
	if err != nil {
		return err
	}
	if err := l.Network.Release(ctx, id); err != nil {
		return err
	}
	after, err := balance(ctx)
	if err != nil {
		return err
	}
	l.st.mu.Lock()
	l.st.gained = new(big.Int).Sub(after, before)
	l.st.mu.Unlock()
	return nil
}

// progress cancels an armed index put once its request is mined.
func (st *lostIndexState) progress(ev market.Progress) {
	if ev.Stage == "request" && ev.Done == 1 {
		if c := st.armed.Swap(nil); c != nil {
			(*c)()
		}
	}
}

// testLostIndexAnswer: a sealed index stored on the network whose answer
// was lost is adopted after a restart (no second upload of the same
// snapshot); one whose request was mined but whose put was cut before the
// slots filled is terminated (the refund reaches the wallet) once the next
// index is up; in the end one sealed index is active.
func testLostIndexAnswer(t *testing.T, w *world) {
	ctx := t.Context()
	mn := newMnemonic(t)
	w.fund(mn)
	dir := filepath.Join(t.TempDir(), "lost-index")
	st := &lostIndexState{}
	open := func() *node {
		n := w.openNodeWith(mn, dir, nodeOpts{
			wrap: func(net s3gw.Network) s3gw.Network {
				s3gw.InjectReadFaults(net.(*s3gw.ClientNetwork), &st.reads)
				return lostIndex{net, st}
			},
			// A put journal, as `cairn gateway s3` has: a cut put leaves
			// its request paid for, to be resumed, not abandoned.
			client: func(c *market.ClientConfig) { c.Progress, c.JournalDir = st.progress, filepath.Join(dir, "journal") },
		})
		st.mu.Lock()
		st.balance = func(ctx context.Context) (*big.Int, error) { return n.market.TokenBalance(ctx, n.market.Self()) }
		st.mu.Unlock()
		return n
	}
	n := open()
	c := n.minio(t, n.creds.SecretKey)
	if err := c.MakeBucket(ctx, "lostidx", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	a, b := randomBytes(t, 3000), randomBytes(t, 4000)
	putBytes(t, c, "lostidx", "a", a)
	// Two more objects in a's pack (11,000 bytes), so that reading the
	// smallest is a range read (testFailedReads).
	small := randomBytes(t, 2000)
	putBytes(t, c, "lostidx", "small", small)
	putBytes(t, c, "lostidx", "large", randomBytes(t, 6000))

	// Stored and filled, answer lost, then a restart: adopted.
	st.mode.Store(indexAnswerLost)
	if err := n.gw.Flush(ctx); !errors.Is(err, errLost) {
		t.Fatalf("flush with the index's answer lost: %v", err)
	}
	_, idx := activeUploads(t, n)
	if len(idx) != 1 {
		t.Fatalf("%d active sealed indexes after the lost answer, want the 1 stored", len(idx))
	}
	lostA := idx[0]
	if s, _ := n.gw.Status(); s.IndexCurrent() {
		t.Fatal("index current although its upload was never recorded")
	}
	n.close()
	st.mode.Store(indexAnswered)
	n = open()
	ups, err := n.net.Uploads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	flush(t, ctx, n) // asserts the index is current
	if again, err := n.net.Uploads(ctx); err != nil || len(again) != len(ups) {
		t.Fatalf("%d uploads after the restart, %d before (the adopted snapshot was paid again), %v", len(again), len(ups), err)
	}
	wantState(t, n, lostA, marketv2.RequestActive, "the adopted sealed index")

	// Mined, never filled: terminated once the next index is up.
	c = n.minio(t, n.creds.SecretKey)
	putBytes(t, c, "lostidx", "b", b)
	st.mode.Store(indexCutWhenMined)
	if err := n.gw.Flush(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("flush with the index put cut after its request was mined: %v", err)
	}
	var lostB s3gw.UploadID
	ups, err = n.net.Uploads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range ups {
		if strings.HasPrefix(u.Name, "cairn-gateway-index-") && !u.Active {
			lostB = u.ID
		}
	}
	if lostB == (s3gw.UploadID{}) {
		t.Fatal("no unfilled sealed-index request on chain after the cut put")
	}
	wantState(t, n, lostB, marketv2.RequestPending, "the cut index put's request")
	n.close()
	st.mode.Store(indexAnswered)
	st.mu.Lock()
	st.watch = lostB
	st.mu.Unlock()
	n = open()
	flush(t, ctx, n)
	wantState(t, n, lostB, marketv2.RequestTerminated, "the unfilled sealed-index request")
	wantState(t, n, lostA, marketv2.RequestTerminated, "the adopted index, superseded")
	st.mu.Lock()
	gained := st.gained
	st.mu.Unlock()
	if gained == nil || gained.Sign() <= 0 {
		t.Fatalf("releasing the unfilled index request returned %v tokens to the wallet", gained)
	}
	if _, idx := activeUploads(t, n); len(idx) != 1 {
		t.Fatalf("%d active sealed indexes in the end, want 1", len(idx))
	}
	c = n.minio(t, n.creds.SecretKey)
	mustGet(t, c, "lostidx", "a", a)
	mustGet(t, c, "lostidx", "b", b)

	// A pack put cut once mined: after the restart the client resumes
	// that request for the same bytes; marked for release meanwhile, it
	// is kept, not terminated, and nothing is paid twice.
	cc := randomBytes(t, 5000)
	putBytes(t, c, "lostidx", "c", cc)
	st.cutPack.Store(true)
	if err := n.gw.FlushData(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("flush with the pack put cut after its request was mined: %v", err)
	}
	packs, _ := activeUploads(t, n)
	if len(packs[5000]) != 0 {
		t.Fatalf("the cut pack is active: %v", packs)
	}
	if ups, err = n.net.Uploads(ctx); err != nil {
		t.Fatal(err)
	}
	n.close()
	st.cutPack.Store(false)
	n = open()
	flush(t, ctx, n)
	if again, err := n.net.Uploads(ctx); err != nil || len(again) != len(ups)+1 {
		t.Fatalf("%d uploads after the resumed pack and one index, %d before, %v", len(again), len(ups), err)
	}
	wantState(t, n, onePack(t, n, 5000), marketv2.RequestActive, "the resumed pack")
	c = n.minio(t, n.creds.SecretKey)
	mustGet(t, c, "lostidx", "c", cc)

	testFailedReads(t, n, c, dir, a, small, &st.reads)
}

// testFailedReads: reads from the providers that fail at their first byte
// (injected below the network). The network is the one place that falls
// back: a range read of a pack falls back to its whole upload, so the
// GET's one answer is a 200 with every byte. A whole upload that fails
// too is an S3 error before the response starts (which clients retry),
// never a 200 whose body is cut; the gateway does not retry it. a and
// small are objects of the 11,000-byte pack.
func testFailedReads(t *testing.T, n *node, c *minio.Client, dir string, a, small []byte, st *s3gw.ReadFaults) {
	uncache := func(id s3gw.UploadID) {
		t.Helper()
		if err := os.Remove(filepath.Join(dir, "cache", id.String())); err != nil {
			t.Fatal(err)
		}
	}
	const packSize = 11_000
	uncache(onePack(t, n, packSize))
	gets := st.Gets.Load()
	st.Range.Store(1)
	if code, err := rawGet(t, c, "lostidx", "small", small); code != http.StatusOK || err != nil {
		t.Fatalf("GET with its range read failed: %d, %v; want a 200 from the whole upload", code, err)
	}
	if left, got := st.Range.Load(), st.Gets.Load()-gets; left != 0 || got != 1 {
		t.Fatalf("%d injected range failures left, %d whole downloads; want 0 and 1", left, got)
	}

	uncache(onePack(t, n, packSize))
	st.Whole.Store(1)
	if code, err := rawGet(t, c, "lostidx", "a", a); code != http.StatusInternalServerError {
		t.Fatalf("GET with its whole upload failed: %d (%v), want 500", code, err)
	}
	if left := st.Whole.Load(); left != 0 {
		t.Fatalf("%d injected whole-upload failures left, want 0", left)
	}
	mustGet(t, c, "lostidx", "a", a)

	// A cached upload shorter than the range (a torn cache file) is
	// fetched again from the providers.
	cached := filepath.Join(dir, "cache", onePack(t, n, packSize).String())
	if err := os.Truncate(cached, 10); err != nil {
		t.Fatal(err)
	}
	mustGet(t, c, "lostidx", "a", a)
}

// rawGet GETs bucket/key once, with no client retries, and says the
// status and, for a 200, whether the body was want in full.
func rawGet(t *testing.T, c *minio.Client, bucket, key string, want []byte) (int, error) {
	t.Helper()
	resp, err := http.Get(presignedGet(t, c, bucket, key))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, err
	}
	if err == nil && !bytes.Equal(body, want) {
		err = errors.New("body differs from the object")
	}
	return resp.StatusCode, err
}

func presignedGet(t *testing.T, c *minio.Client, bucket, key string) string {
	t.Helper()
	u, err := c.PresignedGetObject(t.Context(), bucket, key, time.Minute, nil)
	if err != nil {
		t.Fatal(err)
	}
	return u.String()
}
