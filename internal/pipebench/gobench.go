package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// benchResults maps a benchmark name (without the -GOMAXPROCS suffix) to its
// unit → value pairs, as printed by go test -bench.
type benchResults map[string]map[string]float64

// get returns a figure or nil when the benchmark or unit is absent.
func (b benchResults) get(name, unit string) *float64 {
	if v, ok := b[name][unit]; ok {
		return &v
	}
	return nil
}

func goBench(ctx context.Context, pkg, pattern, benchtime string) (benchResults, error) {
	cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", pattern, "-benchtime", benchtime, pkg)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	err := cmd.Run()
	res := parseBench(out.String())
	if err != nil {
		os.Stderr.Write(out.Bytes()) // what failed, for the log
		return res, fmt.Errorf("go test -bench %s: %w", pkg, err)
	}
	return res, nil
}

// parseBench reads lines like
// "BenchmarkX/sub-2  5  123 ns/op  456.7 MB/s  8.9 custom_metric".
func parseBench(out string) benchResults {
	res := benchResults{}
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		vals := map[string]float64{}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			vals[f[i+1]] = v
		}
		res[name] = vals
	}
	return res
}
