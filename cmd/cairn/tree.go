package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
)

// putTree is put -r.
func putTree(c *cli.Context, e *Env, cl *market.Client, dir string) error {
	start := time.Now()
	res, err := cl.PutTree(c.Context, dir)
	for _, sk := range res.Skipped {
		e.Log.Warn("skipped (not uploaded)", "entry", sk)
	}
	if errors.Is(err, market.ErrInterrupted) {
		return hint(err, "run `cairn put -r "+dir+"` again: it resumes the paid request")
	}
	if err != nil {
		return hint(err, "check `cairn status` and that providers are running")
	}
	return e.Out.Result(map[string]any{
		"id": hex32(res.ID), "name": res.Name, "files": res.Files, "dirs": res.Dirs, "links": res.Links,
		"uploaded_files": res.Uploaded, "uploaded_bytes": res.UploadedBytes, "reused_files": res.Reused,
		"size": res.Size, "skipped": res.Skipped, "up_to_date": res.UpToDate, "seconds": time.Since(start).Seconds(),
	}, func(w io.Writer) error {
		if res.UpToDate {
			fmt.Fprintf(w, "%s is up to date (%d files, nothing uploaded)\n", res.Name, res.Files)
		} else {
			fmt.Fprintf(w, "stored %s: %d files (%s), %d uploaded (%s), %d unchanged, in %s\n", res.Name, res.Files, FormatSize(uint64(res.Size)),
				res.Uploaded, FormatSize(uint64(res.UploadedBytes)), res.Reused, time.Since(start).Round(time.Millisecond))
		}
		if len(res.Skipped) > 0 {
			fmt.Fprintf(w, "%d entries skipped (see the warnings above)\n", len(res.Skipped))
		}
		fmt.Fprintf(w, "id %s\n", hex32(res.ID))
		return nil
	})
}

// printSegmentsStatus is status of a file split into segments: each
// segment's request in turn (JSON: {"segments": [status, …]}).
func printSegmentsStatus(c *cli.Context, e *Env, s *session, cl *market.Client, f market.FileEntry) error {
	var all []market.RequestStatus
	var js []map[string]any
	audits := e.lastAudits(c.Context, s)
	warnEnding(e.Stderr(), f.Name, f.ID, f.Ends)
	for i, p := range f.Parts {
		if p.ID == ([32]byte{}) {
			return fmt.Errorf("%s: segment %d of %d is missing (the file is %s)", f.Name, i+1, len(f.Parts), f.State)
		}
		st, err := cl.Status(c.Context, p.ID)
		if err != nil {
			return err
		}
		all = append(all, st)
		v, _ := statusJSON(st, audits)
		js = append(js, v)
	}
	if e.Out.JSON() {
		return e.Out.Result(map[string]any{"name": f.Name, "size": f.Size, "state": f.State, "segments": js}, nil)
	}
	fmt.Fprintf(e.Out.w, "%s: %s in %d segments, %s\n", f.Name, FormatSize(uint64(f.Size)), len(all), f.State)
	for i, st := range all {
		fmt.Fprintf(e.Out.w, "segment %d of %d:\n", i+1, len(all))
		if err := printStatus(e, st, audits); err != nil {
			return err
		}
	}
	return nil
}
