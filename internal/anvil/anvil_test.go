package anvil_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"

	"go.uber.org/goleak"

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

// TestDieWithParent kills a process that started anvil with DieWithParent
// and checks that the kernel took anvil down too.
func TestDieWithParent(t *testing.T) {
	if os.Getenv("CAIRN_ANVIL_CHILD") == "1" {
		n, err := anvil.Start(context.Background(), anvil.Options{DieWithParent: true})
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		fmt.Println("PID", n.PID)
		time.Sleep(time.Minute)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDieWithParent$")
	cmd.Env = append(os.Environ(), "CAIRN_ANVIL_CHILD=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var pid int
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if _, err := fmt.Sscanf(sc.Text(), "PID %d", &pid); err == nil {
			break
		}
	}
	if pid == 0 {
		_ = cmd.Process.Kill()
		t.Fatal("child did not start anvil")
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for syscall.Kill(pid, 0) == nil {
		if time.Now().After(deadline) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			t.Fatalf("anvil pid %d outlived its killed parent", pid)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
