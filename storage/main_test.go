package storage_test

import (
	"os"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if any test leaves a goroutine behind (pipeline
// stages, root writers, pebble). With crashDirEnv set the binary is
// TestStoreKill9's child process instead.
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashDirEnv); dir != "" {
		crashChild(dir)
		os.Exit(0)
	}
	goleak.VerifyTestMain(m)
}
