package cairntest

import (
	"os"
	"testing"
)

// Long skips t unless the environment variable env is set (to anything)
// and the run is not -short. run says how to run it, e.g. "make chaos
// scenario": the skip reads "make chaos scenario (CAIRN_CHAOS=1)".
func Long(t testing.TB, env, run string) {
	t.Helper()
	if testing.Short() || os.Getenv(env) == "" {
		t.Skipf("%s (%s=1)", run, env)
	}
}
