// Package benchenv reads the machine facts every benchmark report states
// beside its figures (BENCHMARKS.md: figures are ratios on shared, noisy
// machines, so the report says what the machine was and how loaded).
package benchenv

import (
	"os"
	"strconv"
	"strings"
)

// CPUModel is the first "model name" of /proc/cpuinfo ("unknown CPU"
// where there is none).
func CPUModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// LoadAvg is the 1-minute load average; ok is false where /proc/loadavg
// cannot be read. A load near or above the core count means the figures
// saw fewer free cores.
func LoadAvg() (load float64, ok bool) {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// Kernel is the running kernel's release ("unknown" where unreadable).
func Kernel() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(b))
}
