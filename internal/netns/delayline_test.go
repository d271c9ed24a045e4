package netns

import (
	"io"
	"log/slog"
	"os"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// datagramPair returns two ends of a datagram socket pair as ports: a
// stand-in for a packet socket that keeps frame boundaries.
func datagramPair(t *testing.T, name string) (*port, *os.File) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_DGRAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, fd := range fds {
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_SNDBUF, 4<<20); err != nil {
			t.Fatal(err)
		}
	}
	p := &port{name: name, f: os.NewFile(uintptr(fds[0]), name)}
	peer := os.NewFile(uintptr(fds[1]), name+"-peer")
	t.Cleanup(func() { p.f.Close(); peer.Close() })
	return p, peer
}

// TestLineHoldsAndBounds pushes 200 frames of 1 KiB at once into a line
// that holds 150 ms and at most 20 KiB: what comes out arrives no sooner
// than the delay, in order, and everything beyond the limit is dropped.
func TestLineHoldsAndBounds(t *testing.T) {
	in, src := datagramPair(t, "in")
	out, dst := datagramPair(t, "out")
	const delay, limit, frames, size = 150 * time.Millisecond, 20 << 10, 200, 1024
	l := newLine(in, out, delay, limit, slog.New(slog.DiscardHandler))
	done := make(chan struct{})
	go func() { l.read(); close(done) }()
	written := make(chan struct{})
	go func() { l.write(); close(written) }()

	sent := time.Now()
	for i := range frames {
		f := make([]byte, size)
		f[vnetHdrLen] = byte(i)
		if _, err := src.Write(f); err != nil {
			t.Fatal(err)
		}
	}
	var got []byte
	first := time.Time{}
	buf := make([]byte, 2*size)
	_ = dst.SetReadDeadline(time.Now().Add(delay + time.Second))
	for {
		n, err := dst.Read(buf)
		if err != nil {
			break // the deadline: everything that was held has come out
		}
		if first.IsZero() {
			first = time.Now()
		}
		if n != size {
			t.Fatalf("frame of %d bytes, sent %d", n, size)
		}
		got = append(got, buf[vnetHdrLen])
	}
	in.f.Close()
	<-done
	<-written
	st := l.Stats()
	t.Logf("%d of %d frames through, first after %s; stats %+v", len(got), frames, first.Sub(sent), st)
	if first.IsZero() || first.Sub(sent) < delay {
		t.Errorf("first frame out after %s; want at least %s", first.Sub(sent), delay)
	}
	if most := limit/size + 1; len(got) > most || len(got) == 0 {
		t.Errorf("%d frames through; the %d-byte limit holds at most %d", len(got), limit, most)
	}
	if int(st.Frames) != len(got) || int(st.Dropped) != frames-len(got) {
		t.Errorf("stats %+v; %d frames came out of %d", st, len(got), frames)
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Fatalf("frames out of order: %v", got)
		}
	}
	if l.held.Load() != 0 {
		t.Errorf("%d bytes still counted as held", l.held.Load())
	}
	_, _ = io.Copy(io.Discard, dst)
}

func TestLineLimit(t *testing.T) {
	for _, tc := range []struct {
		link Link
		want int64
	}{
		// 50 Mbit/s for 10 ms (half of 20 ms) is 62,500 bytes; the bucket 64 KiB; a queue of 100 ms.
		{Link{Rate: 50e6, Delay: 20 * time.Millisecond}, 62_500 + 64<<10 + 625_000 + maxFrame},
		// 1 Gbit/s: 1.25 MB for 10 ms, a bucket of 10 ms, a queue of 100 ms.
		{Link{Rate: 1e9, Delay: 20 * time.Millisecond}, 1_250_000 + 1_250_000 + 12_500_000 + maxFrame},
		// unshaped counts as 10 Gbit/s; its queue is capped at 16 MiB.
		{Link{Delay: 2 * time.Millisecond}, 1_250_000 + 12_500_000 + 16<<20 + maxFrame},
	} {
		if got := lineLimit(tc.link); got != tc.want {
			t.Errorf("lineLimit(%v) = %d, want %d", tc.link, got, tc.want)
		}
	}
}
