package netns

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// The delay line: where the kernel has no netem, each node's link runs
// through a pair of interfaces in the network's delay namespace, and one
// process there copies every frame from one to the other (AF_PACKET, raw
// Ethernet, any protocol) after holding it for the configured delay.
// Sockets carry a virtio-net header (PACKET_VNET_HDR), so GSO frames of up
// to 64 KiB pass whole with their offload state and nothing has to turn
// segmentation offload off. Each direction is a FIFO bounded in bytes; a
// frame that would overflow it is dropped, as a full router queue would.

// vnetHdrLen is the size of struct virtio_net_hdr.
const vnetHdrLen = 10

// maxFrame bounds one read: a GSO frame of at most 64 KiB (veth's
// gso_max_size) plus headers, with room to spare; larger reads are
// truncated and dropped.
const maxFrame = 256 << 10

// LineStats counts what one direction of a delay line did.
type LineStats struct {
	Frames, Bytes, Dropped, SendErrors uint64
}

// port is one AF_PACKET socket bound to an interface.
type port struct {
	name string
	f    *os.File
}

func openPort(ifname string) (*port, error) {
	ifi, err := interfaceIndex(ifname)
	if err != nil {
		return nil, err
	}
	proto := htons(unix.ETH_P_ALL)
	fd, err := unix.Socket(unix.AF_PACKET, unix.SOCK_RAW|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, int(proto))
	if err != nil {
		return nil, fmt.Errorf("delay line: packet socket on %s: %w", ifname, err)
	}
	opts := []struct {
		level, opt, val int
		what            string
	}{
		{unix.SOL_PACKET, unix.PACKET_VNET_HDR, 1, "PACKET_VNET_HDR"},
		{unix.SOL_PACKET, unix.PACKET_IGNORE_OUTGOING, 1, "PACKET_IGNORE_OUTGOING"},
		{unix.SOL_SOCKET, unix.SO_RCVBUFFORCE, 16 << 20, "SO_RCVBUFFORCE"},
		{unix.SOL_SOCKET, unix.SO_SNDBUFFORCE, 16 << 20, "SO_SNDBUFFORCE"},
	}
	for _, o := range opts {
		if err := unix.SetsockoptInt(fd, o.level, o.opt, o.val); err != nil {
			unix.Close(fd)
			return nil, fmt.Errorf("delay line: %s on %s: %w", o.what, ifname, err)
		}
	}
	if err := unix.Bind(fd, &unix.SockaddrLinklayer{Protocol: proto, Ifindex: ifi}); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("delay line: bind to %s: %w", ifname, err)
	}
	return &port{name: ifname, f: os.NewFile(uintptr(fd), "packet:"+ifname)}, nil
}

func htons(v uint16) uint16 { return v<<8 | v>>8 }

func interfaceIndex(name string) (int, error) {
	ifi, err := net.InterfaceByName(name)
	if err != nil {
		return 0, fmt.Errorf("delay line: %w", err)
	}
	return ifi.Index, nil
}

// frame is one held frame: its bytes (virtio-net header first) and when
// it may leave.
type frame struct {
	b   []byte
	due time.Time
}

// line carries frames one way, from in to out, after delay.
type line struct {
	in, out *port
	delay   time.Duration
	limit   int64 // bytes held at most
	held    atomic.Int64
	q       chan frame
	stats   struct{ frames, bytes, dropped, sendErrs atomic.Uint64 }
	log     *slog.Logger
}

func newLine(in, out *port, delay time.Duration, limit int64, log *slog.Logger) *line {
	return &line{in: in, out: out, delay: delay, limit: limit, q: make(chan frame, 1<<16),
		log: log.With("from", in.name, "to", out.name)}
}

// read takes frames from l.in until it is closed.
func (l *line) read() {
	buf := make([]byte, maxFrame)
	for {
		n, err := l.in.f.Read(buf)
		if err != nil {
			if !errors.Is(err, os.ErrClosed) {
				l.log.Error("delay line read", "err", err)
			}
			close(l.q)
			return
		}
		now := time.Now()
		if n <= vnetHdrLen || n == len(buf) || l.held.Load()+int64(n) > l.limit {
			l.stats.dropped.Add(1)
			continue
		}
		f := frame{b: append([]byte(nil), buf[:n]...), due: now.Add(l.delay)}
		select {
		case l.q <- f:
			l.held.Add(int64(n))
		default:
			l.stats.dropped.Add(1)
		}
	}
}

// write sends each frame to l.out when it is due.
func (l *line) write() {
	for f := range l.q {
		if d := time.Until(f.due); d > 0 {
			time.Sleep(d)
		}
		l.held.Add(-int64(len(f.b)))
		if _, err := l.out.f.Write(f.b); err != nil {
			if errors.Is(err, os.ErrClosed) {
				continue // draining after stop
			}
			l.stats.sendErrs.Add(1) // ENOBUFS and the like: the frame is lost, as on a wire
			continue
		}
		l.stats.frames.Add(1)
		l.stats.bytes.Add(uint64(len(f.b) - vnetHdrLen))
	}
}

func (l *line) Stats() LineStats {
	return LineStats{Frames: l.stats.frames.Load(), Bytes: l.stats.bytes.Load(), Dropped: l.stats.dropped.Load(), SendErrors: l.stats.sendErrs.Load()}
}

// Pair names the two interfaces one node's link runs through in the delay
// namespace: Node faces the node's namespace, Bridge the bridge.
type Pair struct{ Node, Bridge string }

// RunDelayLine runs the delay lines of pairs: every frame either way waits
// delay, each direction holding at most limit bytes. It runs until ctx
// ends, then returns the stats of each direction (node to bridge first).
func RunDelayLine(ctx context.Context, pairs []Pair, delay time.Duration, limit int64, ready func(), log *slog.Logger) ([]LineStats, error) {
	var ports []*port
	closeAll := func() {
		for _, p := range ports {
			p.f.Close()
		}
	}
	var lines []*line
	for _, pr := range pairs {
		a, err := openPort(pr.Node)
		if err != nil {
			closeAll()
			return nil, err
		}
		ports = append(ports, a)
		b, err := openPort(pr.Bridge)
		if err != nil {
			closeAll()
			return nil, err
		}
		ports = append(ports, b)
		lines = append(lines, newLine(a, b, delay, limit, log), newLine(b, a, delay, limit, log))
	}
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Go(l.read)
		wg.Go(l.write)
	}
	if ready != nil {
		ready()
	}
	<-ctx.Done()
	closeAll()
	wg.Wait()
	out := make([]LineStats, len(lines))
	for i, l := range lines {
		out[i] = l.Stats()
	}
	return out, nil
}
