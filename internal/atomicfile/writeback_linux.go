package atomicfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// startWriteback waits for the writeback already under way on [0, end)
// and queues the rest of it, without waiting for that (pebble's
// syncToRange): the dirty pages a writer leaves stay within about two
// chunks, and the writer waits for the disk only if it outruns it. It
// reports false where the call is not supported.
func startWriteback(f *os.File, end int64) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	var serr error
	if err := rc.Control(func(fd uintptr) {
		serr = unix.SyncFileRange(int(fd), 0, end, unix.SYNC_FILE_RANGE_WAIT_BEFORE|unix.SYNC_FILE_RANGE_WRITE)
	}); err != nil {
		return false
	}
	return serr == nil
}
