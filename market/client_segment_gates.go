package market

import "context"

// segmentGates overlap the segments of one put: a segment's roots pass
// (CPU: encrypt, code, hash, on every core) runs while earlier segments
// push (link), one roots pass at a time, and a segment holds one of
// SegmentParallel push slots from its request to its last fill. A
// segment is requested only once it holds a slot, so its reservations do
// not age while it waits for the link (a provider drops a reservation
// whose shard has not come within the reservation TTL). Without the
// gates, each group of SegmentParallel segments encoded together and
// then pushed together, the link idle during the encodes and the CPU
// idle during the pushes.
type segmentGates struct {
	roots chan struct{} // one roots pass at a time
	slots chan struct{} // SegmentParallel segments requested or pushing
}

func newSegmentGates(parallel int) *segmentGates {
	return &segmentGates{roots: make(chan struct{}, 1), slots: make(chan struct{}, max(parallel, 1))}
}

// encode waits for the roots pass gate; release gives it back. A nil
// *segmentGates (a put of one request) never waits.
func (g *segmentGates) encode(ctx context.Context) (release func(), err error) {
	if g == nil {
		return func() {}, nil
	}
	return acquire(ctx, g.roots)
}

// push waits for a push slot; release gives it back.
func (g *segmentGates) push(ctx context.Context) (release func(), err error) {
	if g == nil {
		return func() {}, nil
	}
	return acquire(ctx, g.slots)
}

func acquire(ctx context.Context, sem chan struct{}) (func(), error) {
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
