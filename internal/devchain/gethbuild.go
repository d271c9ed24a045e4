package devchain

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
)

// gethModule is the module geth is built from: the go-ethereum this
// project pins (go.mod), at the same version.
const gethModule = "github.com/ethereum/go-ethereum"

// ErrNoGeth means geth could not be found or built.
var ErrNoGeth = errors.New("geth is not available")

var gethVersion = sync.OnceValues(findGethVersion)

// GethVersion is the pinned go-ethereum version: the one compiled into
// this binary, or (test binaries carry no module list) what `go list -m`
// says in this source tree's module, looked up once per process.
func GethVersion() (string, error) { return gethVersion() }

func findGethVersion() (string, error) {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == gethModule {
				if d.Replace != nil {
					return d.Replace.Version, nil
				}
				return d.Version, nil
			}
		}
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", fmt.Errorf("%w: cannot find the pinned go-ethereum version", ErrNoGeth)
	}
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Version}}", gethModule)
	cmd.Dir = filepath.Dir(file)
	out, err := cmd.Output()
	if v := strings.TrimSpace(string(out)); err == nil && strings.HasPrefix(v, "v") {
		return v, nil
	}
	return "", fmt.Errorf("%w: go list -m %s: %v", ErrNoGeth, gethModule, err)
}

// GethBinary returns $CAIRN_GETH, or the geth of the pinned go-ethereum
// in the user's cache directory (cairn/geth-VERSION/geth), building it
// there on first use: a throwaway module that requires go-ethereum at
// exactly the pinned version, `go get` of cmd/geth (through the Go module
// proxy, like any dependency) and `go build`. cairn's own go.mod is not
// touched, so geth's extra dependencies (console, telemetry, …) stay out of
// the project's module graph. The first build takes minutes; later calls
// return at once. Concurrent callers (parallel test packages) wait for one
// build under a file lock.
func GethBinary(ctx context.Context) (string, error) {
	if p := os.Getenv("CAIRN_GETH"); p != "" {
		return p, nil
	}
	ver, err := GethVersion()
	if err != nil {
		return "", err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrNoGeth, err)
	}
	dir := filepath.Join(cache, "cairn", "geth-"+ver)
	bin := filepath.Join(dir, "geth")
	if fi, err := os.Stat(bin); err == nil && !fi.IsDir() {
		return bin, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("%w: %w", ErrNoGeth, err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, "build.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrNoGeth, err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return "", fmt.Errorf("%w: lock: %w", ErrNoGeth, err)
	}
	if _, err := os.Stat(bin); err == nil { // built while we waited
		return bin, nil
	}
	if err := buildGeth(ctx, dir, ver, bin); err != nil {
		return "", fmt.Errorf("%w: build %s@%s: %w", ErrNoGeth, gethModule, ver, err)
	}
	return bin, nil
}

func buildGeth(ctx context.Context, dir, ver, bin string) error {
	src := filepath.Join(dir, "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return err
	}
	gomod := "module cairn.local/gethbuild\n\nrequire " + gethModule + " " + ver + "\n"
	if err := os.WriteFile(filepath.Join(src, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod -buildvcs=false", "GOTOOLCHAIN=local")
	tmp := bin + ".tmp"
	for _, args := range [][]string{
		{"get", gethModule + "/cmd/geth@" + ver},
		{"build", "-trimpath", "-o", tmp, gethModule + "/cmd/geth"},
	} {
		cmd := exec.CommandContext(ctx, "go", args...)
		cmd.Dir, cmd.Env = src, env
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, tail(out, 2000))
		}
	}
	return os.Rename(tmp, bin)
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}
