package atomicfile

import (
	"os"
	"strconv"
	"syscall"
)

// openDirect opens f's file again for O_DIRECT writes (through
// /proc/self/fd, so it is the same file even if its name has moved), or
// returns nil where the file system refuses it.
func openDirect(f *os.File) *os.File {
	name := f.Name()
	if rc, err := f.SyscallConn(); err == nil {
		_ = rc.Control(func(fd uintptr) { name = "/proc/self/fd/" + strconv.FormatUint(uint64(fd), 10) })
	}
	d, err := os.OpenFile(name, os.O_WRONLY|syscall.O_DIRECT, 0)
	if err != nil && name != f.Name() {
		d, err = os.OpenFile(f.Name(), os.O_WRONLY|syscall.O_DIRECT, 0)
	}
	if err != nil {
		return nil
	}
	return d
}
