package s3

import (
	"context"
	"errors"
	"io"
	"sync/atomic"

	"github.com/cairn-storage/cairn/market"
)

// ReadFaults make the market client under a ClientNetwork fail reads from
// the providers, below the network's own fallback: Range range reads fail
// at their first byte, Whole whole-upload gets fail; each counts down to
// zero. Gets counts the whole-upload gets asked for.
type ReadFaults struct {
	Range, Whole atomic.Int32
	Gets         atomic.Int32
}

// ErrInjectedRead is what a faulted read fails with.
var ErrInjectedRead = errors.New("injected: provider read failed")

// InjectReadFaults puts f between n and its market client. Call it before
// n is used.
func InjectReadFaults(n *ClientNetwork, f *ReadFaults) {
	n.c = faultyClient{marketClient: n.c, f: f}
}

type faultyClient struct {
	marketClient
	f *ReadFaults
}

func (c faultyClient) GetCached(ctx context.Context, e market.FileEntry, out string) error {
	c.f.Gets.Add(1)
	if take(&c.f.Whole) {
		return ErrInjectedRead
	}
	return c.marketClient.GetCached(ctx, e, out)
}

func (c faultyClient) GetTo(ctx context.Context, e market.FileEntry, w io.Writer, off, n int64) error {
	if take(&c.f.Range) {
		return ErrInjectedRead
	}
	rg, ok := c.marketClient.(rangeGetter)
	if !ok {
		return errors.New("client has no range reads")
	}
	return rg.GetTo(ctx, e, w, off, n)
}

func (c faultyClient) PutGrowing(ctx context.Context, name string, src *market.GrowingFile, size int64) (market.PutResult, error) {
	gp, ok := c.marketClient.(growingPutter)
	if !ok {
		return market.PutResult{}, errors.New("client has no growing puts")
	}
	return gp.PutGrowing(ctx, name, src, size)
}

// take counts a down by one unless it is zero, and says whether it did.
func take(a *atomic.Int32) bool {
	for {
		v := a.Load()
		if v <= 0 {
			return false
		}
		if a.CompareAndSwap(v, v-1) {
			return true
		}
	}
}

// MultipartEncoders is how many multipart uploads are being encoded now.
func (g *Gateway) MultipartEncoders() int {
	g.growMu.Lock()
	defer g.growMu.Unlock()
	return len(g.mpStreams)
}
