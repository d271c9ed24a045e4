package s3

import (
	"encoding/json"
	"strings"

	"github.com/johannesboyne/gofakes3"
)

// ListBucket lists keys in order with S3's prefix and delimiter rules: a
// key with the delimiter after the prefix rolls up into one common prefix
// (prefix + up to and including the delimiter). Marker (V1 marker, V2
// continuation token or start-after) is the last key or common prefix of
// the previous page; MaxKeys counts keys and common prefixes alike.
func (b backend) ListBucket(name string, prefix *gofakes3.Prefix, page gofakes3.ListBucketPage) (*gofakes3.ObjectList, error) {
	ok, err := b.g.idx.bucketExists(name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, gofakes3.BucketNotFound(name)
	}
	var pfx, delim string
	if prefix != nil {
		if prefix.HasPrefix {
			pfx = prefix.Prefix
		}
		if prefix.HasDelimiter {
			delim = prefix.Delimiter
		}
	}
	max := page.MaxKeys
	if max <= 0 {
		max = gofakes3.DefaultMaxBucketKeys
	}
	base := []byte(spObject + name + "\x00")
	scanPrefix := append(append([]byte(nil), base...), pfx...)
	var start []byte
	if page.HasMarker && page.Marker > pfx {
		start = append(append([]byte(nil), base...), page.Marker...)
	}
	out := gofakes3.NewObjectList()
	var count int64
	var lastCP string
	err = b.g.idx.scan(scanPrefix, start, func(k, v []byte) (bool, error) {
		key := string(k[len(base):])
		if page.HasMarker && key <= page.Marker {
			return true, nil
		}
		cp := ""
		if delim != "" {
			if i := strings.Index(key[len(pfx):], delim); i >= 0 {
				cp = key[:len(pfx)+i+len(delim)]
			}
		}
		if cp != "" && (cp == lastCP || page.HasMarker && cp == page.Marker) {
			return true, nil
		}
		if count >= max {
			out.IsTruncated = true
			return false, nil
		}
		count++
		if cp != "" {
			lastCP = cp
			out.AddPrefix(cp)
			out.NextMarker = cp
			return true, nil
		}
		var rec objectRec
		if err := json.Unmarshal(v, &rec); err != nil {
			return false, err
		}
		out.Add(&gofakes3.Content{Key: key, LastModified: gofakes3.NewContentTime(rec.MTime), ETag: `"` + rec.ETag + `"`, Size: rec.Size, StorageClass: gofakes3.StorageStandard})
		out.NextMarker = key
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if !out.IsTruncated {
		out.NextMarker = ""
	}
	return out, nil
}
