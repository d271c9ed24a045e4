//go:build !unix

package proofs_test

import "time"

// cpuTime is unavailable here; benchmarks then report 0 CPU.
func cpuTime() time.Duration { return 0 }
