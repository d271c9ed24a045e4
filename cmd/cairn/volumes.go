package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// The provider's volumes come from the config file only, as an array of
// tables in the [provider] section (each volume is one failure domain and
// gets its own proof set):
//
//	[[provider.volume]]
//	path = "/mnt/disk1/cairn"
//	capacity = "4TiB"
//
// Without any, the provider has one volume in <datadir>/provider sized by
// --capacity.
const volumeKey = "volume"

// tableKeys are config keys that are tables, not flags: section → keys.
var tableKeys = map[string]map[string]bool{"provider": {volumeKey: true}}

// parseVolumes reads [[provider.volume]] entries; relative paths are
// relative to datadir. An entry with a missing or bad field, an unknown
// key, or a path given twice is an error naming the entry.
func parseVolumes(v any, datadir string) ([]marketv2.Volume, error) {
	entries, ok := v.([]map[string]any)
	if !ok {
		return nil, fmt.Errorf("provider.volume must be an array of tables ([[provider.volume]] with path and capacity), not %T", v)
	}
	vols := make([]marketv2.Volume, 0, len(entries))
	for i, e := range entries {
		at := fmt.Sprintf("provider.volume #%d", i+1)
		for _, k := range sortedKeys(e) {
			if k != "path" && k != "capacity" {
				return nil, fmt.Errorf("%s: unknown key %q (want path and capacity)", at, k)
			}
		}
		p, ok := e["path"].(string)
		if !ok || strings.TrimSpace(p) == "" {
			return nil, fmt.Errorf("%s: path must be a non-empty string", at)
		}
		p = expandHome(p)
		if !filepath.IsAbs(p) {
			p = filepath.Join(datadir, p)
		}
		var capacity uint64
		switch c := e["capacity"].(type) {
		case string:
			n, err := parseSize(c)
			if err != nil {
				return nil, fmt.Errorf("%s: capacity: %w", at, err)
			}
			capacity = n
		case int64:
			if c <= 0 {
				return nil, fmt.Errorf("%s: capacity %d: want a positive size", at, c)
			}
			capacity = uint64(c)
		case nil:
			return nil, fmt.Errorf("%s: capacity is missing (e.g. capacity = \"100GiB\")", at)
		default:
			return nil, fmt.Errorf("%s: capacity must be a size like \"100GiB\" or a number of bytes, not %T", at, c)
		}
		vols = append(vols, marketv2.Volume{Path: filepath.Clean(p), Capacity: capacity})
	}
	if err := marketv2.ValidateVolumes(vols); err != nil {
		return nil, fmt.Errorf("provider.volume: %w", err)
	}
	return vols, nil
}

// volumesSummary names the volumes for a log line.
func volumesSummary(vols []marketv2.Volume) string {
	parts := make([]string, 0, len(vols))
	for _, v := range vols {
		parts = append(parts, v.Path+"="+FormatSize(v.Capacity))
	}
	sort.Strings(parts)
	return strconv.Itoa(len(vols)) + ": " + strings.Join(parts, ", ")
}
