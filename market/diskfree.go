package market

import (
	"math"
	"os"
	"syscall"
)

// diskFree is the space available to us on the filesystem holding dir, or
// MaxUint64 when it cannot be read (the store's own capacity check and its
// write errors still apply).
func diskFree(dir string) uint64 {
	if dir == "" {
		dir = os.TempDir()
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return math.MaxUint64
	}
	return st.Bavail * uint64(st.Bsize)
}
