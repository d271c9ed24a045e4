package chaos_test

import (
	"os"
	"testing"

	"github.com/cairn-storage/cairn/internal/cairntest"
)

// cairnBin is the real binary, built once for the package's tests.
var cairnBin string

func TestMain(m *testing.M) { os.Exit(cairntest.Main(m, "", &cairnBin)) }
