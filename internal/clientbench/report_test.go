package main

import (
	"strings"
	"testing"
)

func TestMarkdownBars(t *testing.T) {
	r := result{Size: 1 << 30, K: 4, M: 2, PutMBps: 30, GetMBps: 90, PipelineMBps: 300, PutVsPipeline: 0.1, GetVsPipeline: 0.3,
		PutRSSMiB: 120, GetRSSMiB: 300, PutStagingMiB: 0, GetStagingMiB: 65, Segments: 1, ShardBytes: 256 << 20}
	md := markdown(r)
	for _, want := range []string{
		mdStart, mdEnd,
		"| put_vs_pipeline | 0.100 | ≥ 0.2 ✗ |",
		"| get_vs_pipeline | 0.300 | ≥ 0.35 ✗ |",
		"| put_peak_rss_MiB | 120.0 | ≤ 256 ✓ |",
		"| get_peak_rss_MiB | 300.0 | ≤ 256 ✗ |",
		"| put_staging_MiB | 0.0 | ≤ 64 ✓ |",
		"| get_staging_MiB | 65.0 | ≤ 64 ✗ |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}
