package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// figures is the flat name → number result; a nil value is an absent figure
// (its benchmark is missing or failed).
type figures map[string]*float64

func (f figures) set(name string, v *float64) { f[name] = v }

func writeJSON(path string, f figures) error {
	out := map[string]float64{}
	for k, v := range f {
		if v != nil {
			out[k] = round(*v)
		}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}

func round(v float64) float64 {
	if v >= 100 {
		return float64(int64(v*10+0.5)) / 10
	}
	return float64(int64(v*1000+0.5)) / 1000
}

const (
	sectionStart = "<!-- pipebench:start -->"
	sectionEnd   = "<!-- pipebench:end -->"
)

type bar struct {
	name  string
	ok    func(float64) bool
	descr string
}

var bars = []bar{
	{"pipeline_vs_primitives", func(v float64) bool { return v >= 1.5 }, "≥ 1.5"},
	{"pipeline_peak_rss_MiB", func(v float64) bool { return v <= 256 }, "≤ 256"},
	{"prove_us_per_challenge", func(v float64) bool { return v <= 1000 }, "≤ 1000"},
	{"merkle_vs_hasher", func(v float64) bool { return v >= 0.8 }, "≥ 0.8"},
}

var descriptions = map[string]string{
	"aead_seal_MBps":                  "chosen AEAD (AES-256-GCM) stream seal, 64 MiB, one core",
	"aead_seal_aes256gcm_MBps":        "candidate: AES-256-GCM stream seal",
	"aead_seal_chacha20poly1305_MBps": "candidate: ChaCha20-Poly1305 stream seal",
	"rs_encode_MBps":                  "Reed-Solomon 4+2 parity, data bytes, one core",
	"merkle_MBps":                     "Merkle root of a 64 MiB shard, both cores (proofs)",
	"hasher_MBps":                     "raw multi-lane SHA-256 over the same bytes, both cores (proofs)",
	"merkle_vs_hasher":                "merkle_MBps / hasher_MBps. A tree over n leaves hashes 2n−1 64-byte inputs where the hasher hashes n, so no correct tree exceeds 0.5: see merkle_work_vs_hasher",
	"merkle_work_vs_hasher":           "per-hash speed of the tree / the hasher's ((2n−1)/n · merkle_vs_hasher): what the tree adds beyond hashing",
	"prove_us_per_challenge":          "K=10 multiproof on a 64 MiB shard file, warm cache (proofs)",
	"pipeline_MBps":                   "storage.Encode 4+2 of a generated 1 GiB stream, plaintext MB/s",
	"primitives_one_core_MBps":        "same primitives back to back, GOMAXPROCS=1, same run",
	"pipeline_vs_primitives":          "pipeline_MBps / primitives_one_core_MBps",
	"pipeline_peak_rss_MiB":           "max RSS of a child process encoding 1 GiB",
	"pipeline_child_MBps":             "throughput of that child run",
	"pipeline_bytes":                  "bytes encoded by the pipeline figures",
	"put_roots_pass_MBps":             "put's first pass: storage.Encode of a 64 MiB 4+2 file for the shard roots, shards discarded",
	"put_reencode_pass_MBps":          "put's second pass: all six shards of that file re-encoded on demand by storage.ShardSource, read in step as six pushes do",
	"put_MBps":                        "cairn put (protocol v2) of a 64 MiB 4+2 file to 6 in-process providers over libp2p loopback on a 200 ms-block anvil devnet (both passes, requestStorage, pushes, fills; includes waiting for blocks)",
	"get_MBps":                        "cairn get (protocol v2) of a 64 MiB 4+2 file from 6 in-process providers over libp2p loopback (fetch, verify, decode, decrypt, atomic write)",
	"decode_local_MBps":               "the same decode from shard files on local disk, roots verified (the floor under get)",
	"get_vs_local_decode":             "get_MBps / decode_local_MBps",
	"loadavg_1m_start":                "1-min load average before the run (shared machine: other processes' load)",
	"loadavg_1m_end":                  "1-min load average after the run",
	"pipeline_cores_busy":             "CPU seconds / wall seconds of the best pipeline run (≈2 when both cores were free)",
	"pipeline_cpu_vs_primitives":      "pipeline CPU seconds / one-core CPU seconds (overhead of overlapping)",
}

func renderSection(f figures, m machineInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n## Data path (storage, proofs)\n\n", sectionStart)
	fmt.Fprintf(&b, "Machine: %d CPUs (`nproc`), %s; %s; %s. Command: `make bench` (`go run ./internal/pipebench`). Raw figures: `bench/pipeline.json`.\n\n", m.cpus, m.model, m.goVersion, m.date)
	if l := f["loadavg_1m_start"]; l != nil && *l > float64(m.cpus) {
		busy := "?"
		if c := f["pipeline_cores_busy"]; c != nil {
			busy = fmt.Sprintf("%.2f", *c)
		}
		fmt.Fprintf(&b, "**Loaded run:** the 1-minute load average was %.1f on %d CPUs when it began (other processes), and the best pipeline run kept %s cores busy: "+
			"absolute figures are not comparable with a run on a quiet machine, and ratios that need both cores (pipeline_vs_primitives) cannot reach their bars; same-core ratios of this run (get_vs_local_decode, merkle_vs_hasher) stay comparable.\n\n", *l, m.cpus, busy)
	}
	fmt.Fprintf(&b, "| figure | value | bar | what |\n|---|---|---|---|\n")
	names := make([]string, 0, len(f))
	for n := range f {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		val, barText := "absent", ""
		if v := f[n]; v != nil {
			val = fmt.Sprintf("%g", round(*v))
		}
		for _, br := range bars {
			if br.name == n {
				barText = br.descr
				if v := f[n]; v != nil {
					if br.ok(*v) {
						barText += " ✓"
					} else {
						barText += " ✗"
					}
				}
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", n, val, barText, descriptions[n])
	}
	fmt.Fprintf(&b, "\n%s\n", sectionEnd)
	return b.String()
}

// writeMarkdown replaces the pipebench section of path (or appends one),
// leaving the rest of the file to its other authors.
func writeMarkdown(path string, f figures, m machineInfo) error {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	sec := renderSection(f, m)
	s := string(old)
	if s == "" {
		s = "# Benchmarks\n\n"
	}
	i, j := strings.Index(s, sectionStart), strings.Index(s, sectionEnd)
	if i >= 0 && j > i {
		s = s[:i] + sec + s[j+len(sectionEnd)+1:]
	} else {
		if !strings.HasSuffix(s, "\n\n") {
			s += "\n"
		}
		s += sec
	}
	return atomicfile.WriteFile(path, []byte(s), 0o644)
}
