package proofs_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if a RootWriter or Prove leaves a goroutine behind.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
