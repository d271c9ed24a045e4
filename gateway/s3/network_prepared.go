package s3

import (
	"context"
	"errors"
	"io"

	"github.com/cairn-storage/cairn/market"
)

// segmentPreparer is a network that can run a segment's first pass before
// its file is complete (streamed multipart uploads, multipart_stream.go).
type segmentPreparer interface {
	SegmentLen() (int64, error)
	PrepareSegment(ctx context.Context, src io.ReaderAt, off, n int64) (*market.PreparedSegment, error)
}

// errNoPrepare: the client cannot prepare segments.
var errNoPrepare = errors.New("client cannot prepare segments")

// SegmentLen is the client's segment length (market.Client.SegmentLen).
func (n *ClientNetwork) SegmentLen() (int64, error) {
	sp, ok := n.c.(segmentPreparer)
	if !ok {
		return 0, errNoPrepare
	}
	return sp.SegmentLen()
}

// PrepareSegment runs the first pass of [off, off+size) of src
// (market.Client.PrepareSegment).
func (n *ClientNetwork) PrepareSegment(ctx context.Context, src io.ReaderAt, off, size int64) (*market.PreparedSegment, error) {
	sp, ok := n.c.(segmentPreparer)
	if !ok {
		return nil, errNoPrepare
	}
	return sp.PrepareSegment(ctx, src, off, size)
}
