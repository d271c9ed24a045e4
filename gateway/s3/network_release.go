package s3

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Requests are the storage requests that hold upload id: one, or one per
// segment of an upload the client split. Uploads put by this process are
// known from the put; others are read from the wallet's listing.
func (n *ClientNetwork) Requests(ctx context.Context, id UploadID) ([][32]byte, error) {
	n.mu.Lock()
	reqs, ok := n.requests[id]
	n.mu.Unlock()
	if ok {
		return reqs, nil
	}
	f, err := n.entry(ctx, id)
	if err != nil {
		return nil, err
	}
	reqs = market.RequestIDs(f)
	n.mu.Lock()
	n.requests[id] = reqs
	n.mu.Unlock()
	return reqs, nil
}

// Release terminates every request of upload id (the client withdraws
// each refund to the wallet) and drops the upload from the cache. A
// request that already ended (terminated, finished, failed) is skipped,
// so a release interrupted after some of its requests finishes on retry.
func (n *ClientNetwork) Release(ctx context.Context, id UploadID) error {
	reqs, err := n.Requests(ctx, id)
	if errors.Is(err, market.ErrUnknownRequest) {
		return nil // nothing of it on chain: nothing to end
	}
	if err != nil {
		return fmt.Errorf("release %s: %w", id, err)
	}
	for _, r := range reqs {
		_, err := n.c.Terminate(ctx, r)
		if errors.Is(err, marketv2.ErrRequestNotLive) || errors.Is(err, marketv2.ErrUnknownRequest) {
			continue
		}
		if err != nil {
			return fmt.Errorf("release %s: terminate request 0x%x: %w", id, r, err)
		}
	}
	n.mu.Lock()
	delete(n.requests, id)
	delete(n.entries, id)
	delete(n.ranged, id)
	n.mu.Unlock()
	_ = os.Remove(n.cachePath(id))
	return nil
}
