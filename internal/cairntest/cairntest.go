// Package cairntest builds the real cairn binary for tests that drive it as
// a subprocess (the CLI, the devnet, the demo), once per test package.
package cairntest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"go.uber.org/goleak"
)

// Build compiles cmd/cairn into dir with version stamped in (empty: none)
// and returns the binary's path.
func Build(dir, version string) (string, error) {
	bin := filepath.Join(dir, "cairn")
	args := []string{"build", "-o", bin}
	if version != "" {
		args = append(args, "-ldflags", "-X main.version="+version)
	}
	cmd := exec.Command("go", append(args, "github.com/cairn-storage/cairn/cmd/cairn")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build cairn: %v\n%s", err, out)
	}
	return bin, nil
}

// Main builds the binary into a temporary directory, stores its path in
// *bin, runs the package's tests, checks for leaked goroutines when they
// passed and removes the binary. Use it as
//
//	func TestMain(m *testing.M) { os.Exit(cairntest.Main(m, "", &bin)) }
func Main(m *testing.M, version string, bin *string) int {
	dir, err := os.MkdirTemp("", "cairn-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if *bin, err = Build(dir, version); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	code := m.Run()
	if code == 0 {
		if err := goleak.Find(); err != nil {
			fmt.Fprintln(os.Stderr, "goleak:", err)
			return 1
		}
	}
	return code
}
