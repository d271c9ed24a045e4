package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
)

// The tests run the real binary, built once here with a known version.
const testVersion = "v0.0.0-test"

var binary string

func TestMain(m *testing.M) { os.Exit(cairntest.Main(m, testVersion, &binary)) }

// result is one run of the binary.
type result struct {
	stdout, stderr string
	code           int
}

// runCLI runs the binary with a clean environment: HOME is a fresh temp dir,
// no CAIRN_* or ETH_RPC_URL leaks in from the caller, and light scrypt is
// on (tests are not about brute-force cost). env adds KEY=VALUE pairs.
func runCLI(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + t.TempDir(),
		"CAIRN_INSECURE_LIGHT_KDF=1",
	}, env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	// stdin is /dev/null: never a terminal, so a missing password fails.
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatalf("start cairn: %v", err)
	}
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(2 * time.Minute):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("cairn %s: timed out", strings.Join(args, " "))
	}
	r := result{stdout: out.String(), stderr: errOut.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("run cairn: %v", err)
	}
	return r
}

// ok runs the binary and fails the test unless it exits 0.
func ok(t *testing.T, env []string, args ...string) result {
	t.Helper()
	r := runCLI(t, env, args...)
	if r.code != 0 {
		t.Fatalf("cairn %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// writeFile writes a test input file and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkOneLineError asserts the CLI's error contract: exit 1, nothing on
// stdout, one line on stderr "cairn: … : next step" (log lines above it
// are allowed), no panic or stack trace.
func checkOneLineError(t *testing.T, r result, want ...string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit code %d, want 1 (stderr: %s)", r.code, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout not empty on error: %q", r.stdout)
	}
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic") {
		t.Fatalf("stack trace on stderr:\n%s", r.stderr)
	}
	var errLines []string
	for _, l := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		if strings.HasPrefix(l, "cairn: ") {
			errLines = append(errLines, l)
		}
	}
	if len(errLines) != 1 {
		t.Fatalf("want exactly one error line, got %d:\n%s", len(errLines), r.stderr)
	}
	for _, w := range want {
		if !strings.Contains(errLines[0], w) {
			t.Errorf("error %q does not contain %q", errLines[0], w)
		}
	}
}
