package anvil_test

import (
	"net"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/anvil"
)

func TestStartStop(t *testing.T) {
	n, err := anvil.Start(t.Context(), anvil.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(n.Port), time.Second)
	if err != nil {
		t.Fatalf("anvil not listening: %v", err)
	}
	c.Close()
	if err := n.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := n.Stop(); err != nil { // idempotent
		t.Fatal(err)
	}
	if err := syscall.Kill(n.PID, 0); err == nil {
		t.Fatalf("anvil pid %d still alive after Stop", n.PID)
	}
	if _, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(n.Port), 200*time.Millisecond); err == nil {
		t.Fatal("port still listening after Stop")
	}
}

func TestBadBinary(t *testing.T) {
	_, err := anvil.Start(t.Context(), anvil.Options{Binary: "/nonexistent/anvil"})
	if err == nil {
		t.Fatal("expected an error for a missing binary")
	}
}
