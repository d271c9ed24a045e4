package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
)

// PprofEnv names a directory: when set, the process writes a CPU profile
// for its whole run and, on exit, block, mutex and heap profiles there, as
// <command>-<pid>.<kind>.pprof (docs/client.md, "Profiling a put").
const PprofEnv = "CAIRN_PPROF"

// Sampling of the block and mutex profiles while PprofEnv is set: one
// blocking event per 10 µs blocked, one mutex contention event in 10.
const (
	pprofBlockRateNS = 10_000
	pprofMutexFrac   = 10
)

// startProfiles starts the profiles PprofEnv asks for; the returned stop
// writes them. Failures are reported on stderr and do not stop the command.
func startProfiles(args []string, stderr *os.File) (stop func()) {
	dir := os.Getenv(PprofEnv)
	if dir == "" {
		return func() {}
	}
	name := "cairn" // else the command: the first word that is neither a flag nor a path
	for _, a := range args[1:] {
		if a != "" && !strings.HasPrefix(a, "-") && !strings.ContainsRune(a, os.PathSeparator) {
			name = a
			break
		}
	}
	base := filepath.Join(dir, fmt.Sprintf("%s-%d", name, os.Getpid()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "cairn: %s: %v\n", PprofEnv, err)
		return func() {}
	}
	cpu, err := os.Create(base + ".cpu.pprof")
	if err == nil {
		err = pprof.StartCPUProfile(cpu)
	}
	if err != nil {
		fmt.Fprintf(stderr, "cairn: %s: cpu profile: %v\n", PprofEnv, err)
		cpu = nil
	}
	runtime.SetBlockProfileRate(pprofBlockRateNS)
	runtime.SetMutexProfileFraction(pprofMutexFrac)
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			_ = cpu.Close()
		}
		for _, kind := range []string{"block", "mutex", "heap"} {
			if err := writeProfile(base+"."+kind+".pprof", kind); err != nil {
				fmt.Fprintf(stderr, "cairn: %s: %s profile: %v\n", PprofEnv, kind, err)
			}
		}
	}
}

func writeProfile(path, kind string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup(kind).WriteTo(f, 0); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}
