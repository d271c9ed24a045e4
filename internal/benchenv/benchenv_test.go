package benchenv

import (
	"os"
	"testing"
)

func TestMachineFacts(t *testing.T) {
	if _, err := os.Stat("/proc/loadavg"); err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	if l, ok := LoadAvg(); !ok || l < 0 {
		t.Fatalf("LoadAvg() = %v, %v; want a load ≥ 0", l, ok)
	}
	if CPUModel() == "" || Kernel() == "" || Kernel() == "unknown" {
		t.Fatalf("CPUModel %q, Kernel %q: want both named", CPUModel(), Kernel())
	}
}
