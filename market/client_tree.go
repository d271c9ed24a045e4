package market

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A folder (`put -r`) is stored as one blob per run, put like a file (one
// request, or segments when large) under the sealed name "<dir>/":
//
//	"cairn-tree-v1\n" ‖ uint64be(L) ‖ index (L bytes of JSON) ‖ pack
//
// The index lists every directory, file and symlink (path, mode, mtime,
// size, link target) and where each file's bytes are: an offset into this
// blob's pack, or into the pack of an earlier blob (by request id) when the
// file is unchanged since that run (same size, mtime and mode) and that blob
// is still active. So a second `put -r` uploads only what changed, and
// small files cost a share of one request, not k+m slots each. Everything,
// names and tree shape included, is inside the encrypted stream: providers
// and the chain see one upload of the blob's size bucket.
const treeMagic = "cairn-tree-v1\n"

// treeHeadLen is the bytes before the index.
const treeHeadLen = len(treeMagic) + 8

// TreeEntry is one item of a stored folder.
type TreeEntry struct {
	Path    string `json:"p"` // slash-separated, relative to the folder
	Kind    string `json:"k"` // "d" directory, "f" file, "l" symlink
	Mode    uint32 `json:"m"` // permission bits
	MtimeNs int64  `json:"t"`
	Size    int64  `json:"s,omitempty"`
	Target  string `json:"l,omitempty"` // of a symlink, as stored (never followed)
	Blob    string `json:"b,omitempty"` // request id of the blob holding the bytes; "": this one
	Offset  int64  `json:"o,omitempty"` // in that blob's pack
}

type treeIndex struct {
	Version int         `json:"v"`
	Entries []TreeEntry `json:"e"`
}

// TreeResult is a folder put or fetched.
type TreeResult struct {
	ID                  [32]byte
	Name                string
	Dirs, Files, Links  int
	Uploaded, Reused    int   // files whose bytes went into this blob / an earlier one
	UploadedBytes, Size int64 // file bytes in this blob / in the folder
	Skipped             []string
	UpToDate            bool // nothing changed since the newest stored version
}

// ErrNotFolder means a name does not name a folder put with put -r.
var ErrNotFolder = errors.New("not a stored folder")

// IsFolder reports whether a listed file is a folder blob.
func IsFolder(f FileEntry) bool { return strings.HasSuffix(f.Name, "/") }

// PutTree stores the folder dir: its tree, modes, mtimes and symlinks, the
// bytes of files changed since its newest stored version in one new blob.
// Unreadable entries are skipped and named in the result.
func (c *Client) PutTree(ctx context.Context, dir string) (TreeResult, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return TreeResult{}, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return TreeResult{}, fmt.Errorf("put -r: %w", err)
	}
	if !st.IsDir() {
		return TreeResult{}, fmt.Errorf("put -r %s: not a directory", dir)
	}
	res := TreeResult{Name: filepath.Base(abs) + "/"}
	entries, skipped, err := walkTree(abs)
	if err != nil {
		return TreeResult{}, err
	}
	res.Skipped = skipped
	prev, prevIdx, err := c.newestTree(ctx, res.Name)
	if err != nil {
		return TreeResult{}, err
	}
	old := map[string]TreeEntry{}
	if prevIdx != nil {
		for _, e := range prevIdx.Entries {
			if e.Kind == "f" && e.Blob == "" {
				e.Blob = fmt.Sprintf("0x%x", prev.ID)
			}
			old[e.Path] = e
		}
	}
	active, err := c.activeBlobs(ctx)
	if err != nil {
		return TreeResult{}, err
	}
	var fresh []packFile
	var pack int64
	for i := range entries {
		e := &entries[i]
		switch e.Kind {
		case "d":
			res.Dirs++
			continue
		case "l":
			res.Links++
			continue
		}
		res.Files++
		res.Size += e.Size
		if o, ok := old[e.Path]; ok && o.Kind == "f" && o.Size == e.Size && o.MtimeNs == e.MtimeNs && o.Mode == e.Mode && active[o.Blob] {
			e.Blob, e.Offset = o.Blob, o.Offset
			res.Reused++
			continue
		}
		e.Offset = pack
		pack += e.Size
		fresh = append(fresh, packFile{path: filepath.Join(abs, filepath.FromSlash(e.Path)), size: e.Size, mtime: e.MtimeNs, start: e.Offset})
		res.Uploaded++
		res.UploadedBytes += e.Size
	}
	if prevIdx != nil && len(fresh) == 0 && sameTree(entries, prevIdx.Entries, fmt.Sprintf("0x%x", prev.ID)) {
		res.ID, res.UpToDate = prev.ID, true
		return res, nil
	}
	idx, err := json.Marshal(treeIndex{Version: 1, Entries: entries})
	if err != nil {
		return TreeResult{}, err
	}
	head := make([]byte, treeHeadLen, treeHeadLen+len(idx))
	copy(head, treeMagic)
	binary.BigEndian.PutUint64(head[len(treeMagic):], uint64(len(idx)))
	head = append(head, idx...)
	src := &packSource{head: head, files: fresh, open: map[string]*os.File{}}
	defer src.Close()
	sum := sha256.Sum256(head)
	u := &upload{src: src, path: "cairn-tree:" + abs + ":" + hex.EncodeToString(sum[:]), name: res.Name, size: int64(len(head)) + pack, check: src.changed}
	segLen, reqLen, err := c.splitLen(u.size)
	if err != nil {
		return TreeResult{}, err
	}
	var pr PutResult
	if u.size > segLen {
		pr, err = c.putSegments(ctx, u, segLen, reqLen)
	} else {
		pr, err = c.putOne(ctx, u)
	}
	res.ID = pr.ID
	if err != nil {
		return res, fmt.Errorf("put -r %s: %w", dir, err)
	}
	return res, nil
}

// walkTree lists dir's entries, sorted by path (parents first).
func walkTree(root string) ([]TreeEntry, []string, error) {
	var out []TreeEntry
	var skipped []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, rerr := filepath.Rel(root, p)
		if rerr != nil {
			return rerr
		}
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", rel, err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if rel == "." {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", rel, err))
			return nil
		}
		e := TreeEntry{Path: filepath.ToSlash(rel), Mode: uint32(info.Mode().Perm()), MtimeNs: info.ModTime().UnixNano()}
		switch {
		case info.IsDir():
			e.Kind = "d"
		case info.Mode()&fs.ModeSymlink != 0:
			if e.Target, err = os.Readlink(p); err != nil {
				skipped = append(skipped, fmt.Sprintf("%s: %v", rel, err))
				return nil
			}
			e.Kind = "l"
		case info.Mode().IsRegular():
			f, err := os.Open(p)
			if err != nil {
				skipped = append(skipped, fmt.Sprintf("%s: %v", rel, err))
				return nil
			}
			f.Close()
			e.Kind, e.Size = "f", info.Size()
		default:
			skipped = append(skipped, rel+": not a regular file, directory or symlink")
			return nil
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("walk %s: %w", root, err)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Path < out[b].Path })
	return out, skipped, nil
}

// sameTree reports whether entries equal the stored index (blobs of the
// stored one relative to its own id).
func sameTree(entries, stored []TreeEntry, storedID string) bool {
	if len(entries) != len(stored) {
		return false
	}
	for i, s := range stored {
		if s.Kind == "f" && s.Blob == "" {
			s.Blob = storedID
		}
		if entries[i] != s {
			return false
		}
	}
	return true
}

// activeBlobs are the request ids (0x…) of the wallet's active uploads.
func (c *Client) activeBlobs(ctx context.Context) (map[string]bool, error) {
	reqs, err := c.List(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, r := range reqs {
		if r.State == "active" {
			out[fmt.Sprintf("0x%x", r.ID)] = true
		}
	}
	return out, nil
}

// newestTree is the newest active folder named name and its index (nil
// if there is none).
func (c *Client) newestTree(ctx context.Context, name string) (FileEntry, *treeIndex, error) {
	files, err := c.List(ctx)
	if err != nil {
		return FileEntry{}, nil, err
	}
	for i := len(files) - 1; i >= 0; i-- {
		if f := files[i]; f.Name == name && f.State == "active" {
			idx, _, err := c.readTreeIndex(ctx, f)
			if err != nil {
				return FileEntry{}, nil, err
			}
			return f, idx, nil
		}
	}
	return FileEntry{}, nil, nil
}

// readTreeIndex reads a folder blob's index (a ranged get of its head) and
// where its pack starts.
func (c *Client) readTreeIndex(ctx context.Context, f FileEntry) (*treeIndex, int64, error) {
	if !IsFolder(f) || f.Size < int64(treeHeadLen) {
		return nil, 0, fmt.Errorf("%s: %w", f.Name, ErrNotFolder)
	}
	var head bytes.Buffer
	if err := c.GetTo(ctx, f, &head, 0, int64(treeHeadLen)); err != nil {
		return nil, 0, err
	}
	if !bytes.HasPrefix(head.Bytes(), []byte(treeMagic)) {
		return nil, 0, fmt.Errorf("%s: bad folder header: %w", f.Name, ErrNotFolder)
	}
	n := binary.BigEndian.Uint64(head.Bytes()[len(treeMagic):])
	if n > uint64(f.Size-int64(treeHeadLen)) {
		return nil, 0, fmt.Errorf("%s: index of %d bytes in a %d-byte blob: %w", f.Name, n, f.Size, ErrNotFolder)
	}
	var raw bytes.Buffer
	if err := c.GetTo(ctx, f, &raw, int64(treeHeadLen), int64(n)); err != nil {
		return nil, 0, err
	}
	var idx treeIndex
	if err := json.Unmarshal(raw.Bytes(), &idx); err != nil || idx.Version != 1 {
		return nil, 0, fmt.Errorf("%s: folder index: %v: %w", f.Name, err, ErrNotFolder)
	}
	return &idx, int64(treeHeadLen) + int64(n), nil
}
