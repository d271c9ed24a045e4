package cairntest

import (
	"bytes"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
)

// FailLog is a logger for a test's services: with CAIRN_TEST_LOG set it
// writes everything to stderr; otherwise it keeps the last lines at Info
// and above in memory and prints them only if the test failed, so a flake
// on CI comes with what the gateway, client and providers said last.
func FailLog(t testing.TB, lines int) *slog.Logger {
	if os.Getenv("CAIRN_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	r := &ring{max: lines}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("last %d log lines (CAIRN_TEST_LOG=1 prints all):\n%s", lines, r.String())
		}
	})
	return slog.New(slog.NewTextHandler(r, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// ring keeps the last max lines written to it.
type ring struct {
	mu    sync.Mutex
	max   int
	lines []string
	next  int
}

func (r *ring) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, l := range bytes.Split(bytes.TrimRight(p, "\n"), []byte("\n")) {
		if len(r.lines) < r.max {
			r.lines = append(r.lines, string(l))
			continue
		}
		r.lines[r.next] = string(l)
		r.next = (r.next + 1) % r.max
	}
	return len(p), nil
}

func (r *ring) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := append(append([]string{}, r.lines[r.next:]...), r.lines[:r.next]...)
	return strings.Join(out, "\n")
}

// Buffer is a bytes.Buffer safe for a subprocess's output goroutines to
// write while the test reads it.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String is what was written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
