package chaos

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Metrics scrapes provider i's /metrics (the address it wrote to
// provider/metrics.addr) and returns its unlabelled samples by name. It
// fails the test on an unreadable answer or a NaN sample.
func (h *Harness) Metrics(ctx context.Context, i int) map[string]float64 {
	h.t.Helper()
	b, err := os.ReadFile(filepath.Join(h.provider(i).DataDir, "provider", "metrics.addr"))
	if err != nil {
		h.t.Fatalf("provider %d metrics address: %v", i, err)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+strings.TrimSpace(string(b))+"/metrics", nil)
	if err != nil {
		h.t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatalf("provider %d /metrics: %v", i, err)
	}
	defer resp.Body.Close()
	got, err := parseMetrics(bufio.NewScanner(resp.Body))
	if err != nil {
		h.t.Fatalf("provider %d /metrics: %v", i, err)
	}
	return got
}

// parseMetrics reads a Prometheus text exposition: name → value of every
// sample without labels; a NaN or unparsable value is an error.
func parseMetrics(sc *bufio.Scanner) (map[string]float64, error) {
	got := map[string]float64{}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.Contains(line, "{") {
			continue
		}
		name, val, ok := strings.Cut(line, " ")
		if !ok {
			return nil, fmt.Errorf("bad sample line %q", line)
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || math.IsNaN(v) {
			return nil, fmt.Errorf("sample %q: not a number (%v)", line, err)
		}
		got[name] = v
	}
	return got, sc.Err()
}
