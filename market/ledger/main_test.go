package ledger_test

import (
	"testing"

	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

func TestMain(m *testing.M) { anviltest.Main(m) }
