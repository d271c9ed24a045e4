package chaos

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Sparse-file layout of the big run: a file of size bytes whose every
// stride starts with one island of deterministic bytes; the rest are holes,
// so a 20 GiB file costs the disk about size/stride islands.
const (
	bigStride = 64 << 20
	bigIsland = 1 << 20
)

// SparseFile creates path as a size-byte sparse file with a deterministic
// island of bytes (seeded by seed) at each 64 MiB and at its end, and
// returns the SHA-256 of its whole content.
func SparseFile(path string, size int64, seed uint64) ([sha256.Size]byte, error) {
	var sum [sha256.Size]byte
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o600)
	if err != nil {
		return sum, fmt.Errorf("create sparse file: %w", err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		return sum, fmt.Errorf("size sparse file: %w", err)
	}
	rng := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), byte(seed >> 16), byte(seed >> 24)})
	island := make([]byte, bigIsland)
	offs := []int64{}
	for off := int64(0); off < size; off += bigStride {
		offs = append(offs, off)
	}
	if size > bigIsland {
		offs = append(offs, size-bigIsland)
	}
	for _, off := range offs {
		_, _ = rng.Read(island)
		n := min(int64(len(island)), size-off)
		if _, err := f.WriteAt(island[:n], off); err != nil {
			return sum, fmt.Errorf("write island at %d: %w", off, err)
		}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return sum, fmt.Errorf("rewind sparse file: %w", err)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, fmt.Errorf("hash sparse file: %w", err)
	}
	copy(sum[:], h.Sum(nil))
	return sum, nil
}

// Peaks samples one process's peak RSS (VmHWM) and the bytes on disk under
// a staging directory until Stop.
type Peaks struct {
	pid     int
	staging string
	stop    chan struct{}
	done    chan struct{}

	mu         sync.Mutex
	hwmKiB     int64
	stagingMax int64
	samples    int
}

// SamplePeaks starts sampling pid and staging every interval.
func SamplePeaks(pid int, staging string, interval time.Duration) *Peaks {
	p := &Peaks{pid: pid, staging: staging, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			p.sample()
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

func (p *Peaks) sample() {
	hwm, ok := vmHWM(p.pid)
	st := diskBytes(p.staging)
	p.mu.Lock()
	defer p.mu.Unlock()
	if ok {
		p.hwmKiB = max(p.hwmKiB, hwm)
		p.samples++
	}
	p.stagingMax = max(p.stagingMax, st)
}

// Stop ends sampling and returns the peak RSS, the peak staging bytes and
// the number of RSS samples taken.
func (p *Peaks) Stop() (rssBytes, stagingBytes int64, samples int) {
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hwmKiB << 10, p.stagingMax, p.samples
}

// vmHWM reads a process's peak resident set (kB) from /proc.
func vmHWM(pid int) (int64, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}

// diskBytes sums the allocated bytes of the files under dir (0 if absent).
func diskBytes(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if fi, err := d.Info(); err == nil {
			if st, ok := fi.Sys().(*syscall.Stat_t); ok {
				n += st.Blocks * 512
			}
		}
		return nil
	})
	return n
}
