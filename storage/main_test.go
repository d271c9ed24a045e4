package storage_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if any test leaves a goroutine behind (pipeline
// stages, root writers, pebble).
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
