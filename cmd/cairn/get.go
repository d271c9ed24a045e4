package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
)

func getCommand() *cli.Command {
	return &cli.Command{
		Name:      "get",
		Usage:     "fetch, verify, decode and decrypt a stored file (or a byte range of it)",
		ArgsUsage: "ID|NAME",
		Args:      true,
		Description: `Any k shards are fetched in parallel from their providers and checked against
their on-chain roots; missing or corrupt ones are routed around. The output is
written atomically: on failure nothing is left at -o. An existing file is not
overwritten without --force. NAME is the newest active upload of that name.

--range START-END (bytes, END inclusive; START- for the rest) fetches from k
shards only the stripes that hold the range and decrypts only its 64 KiB
segments. -o - writes to stdout (progress and logs stay on stderr).

Examples:
  cairn get photo.jpg -o photo.jpg
  cairn get 0x3f5c…e1 -o restored.tar --force
  cairn get backup.tar --range 1048576-2097151 -o - | xxd | head
  cairn get video.mp4 -o - | mpv -
  cairn get -r photos -o restored-photos/`,
		Flags: append(filesFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "where to write the file, - for stdout (default: its name)"},
			&cli.StringFlag{Name: "range", Usage: "only bytes START-END (END inclusive, START- to the end)"},
			&cli.BoolFlag{Name: "force", Aliases: []string{"f"}, Usage: "overwrite an existing output file"},
			&cli.BoolFlag{Name: "recursive", Aliases: []string{"r"}, Usage: "get a folder put with put -r into -o DIR"},
		),
		Action: withEnv(getAction),
	}
}

// parseRange parses START-END (END inclusive) or START- against a file of
// size bytes into an offset and a length.
func parseRange(s string, size int64) (off, n int64, err error) {
	if s == "" {
		return 0, size, nil
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("range %q: want START-END or START-", s)
	}
	start, err := strconv.ParseInt(a, 10, 64)
	if err != nil || start < 0 {
		return 0, 0, fmt.Errorf("range %q: bad start", s)
	}
	end := size - 1
	if b != "" {
		if end, err = strconv.ParseInt(b, 10, 64); err != nil || end < start {
			return 0, 0, fmt.Errorf("range %q: bad end (want START ≤ END)", s)
		}
	}
	if start >= size && !(start == 0 && size == 0) {
		return 0, 0, fmt.Errorf("range %q: the file has %d bytes", s, size)
	}
	end = min(end, size-1)
	return start, end - start + 1, nil
}

func getAction(c *cli.Context, e *Env) error {
	if c.NArg() != 1 {
		return hint(errors.New("get needs exactly one ID or NAME"), "cairn get ID|NAME -o OUT")
	}
	s, cl, err := e.openReader(c)
	if err != nil {
		return err
	}
	defer s.Close()
	defer cl.Close()
	name := c.Args().First()
	if c.Bool("recursive") && !strings.HasSuffix(name, "/") && !strings.HasPrefix(name, "0x") {
		name += "/"
	}
	f, err := cl.Resolve(c.Context, name)
	if err != nil {
		return hint(err, "`cairn ls` lists your files")
	}
	if c.Bool("recursive") || market.IsFolder(f) {
		return getTree(c, e, cl, f)
	}
	off, n, err := parseRange(c.String("range"), f.Size)
	if err != nil {
		return hint(err, fmt.Sprintf("the file has %d bytes: --range 0-%d is all of it", f.Size, max(f.Size-1, 0)))
	}
	out := c.String("output")
	if out == "" {
		out = filepath.Base(f.Name)
	}
	start := time.Now()
	if out == "-" {
		if err := cl.GetTo(c.Context, f, e.Out.w, off, n); err != nil {
			return err
		}
		e.Log.Info("wrote to stdout", "name", f.Name, "offset", off, "bytes", n, "seconds", time.Since(start).Seconds())
		return nil
	}
	if _, err := os.Lstat(out); err == nil && !c.Bool("force") {
		return hint(fmt.Errorf("%s exists", out), "add --force to overwrite it, or choose another -o")
	}
	if err := cl.GetRange(c.Context, f, out, off, n); err != nil {
		return err
	}
	return e.Out.Result(map[string]any{"id": hex32(f.ID), "name": f.Name, "size": f.Size, "offset": off, "length": n, "output": out, "seconds": time.Since(start).Seconds()},
		func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "wrote %s (%s) to %s\n", f.Name, FormatSize(uint64(n)), out)
			return err
		})
}

// getTree is get -r.
func getTree(c *cli.Context, e *Env, cl *market.Client, f market.FileEntry) error {
	if !market.IsFolder(f) {
		return hint(fmt.Errorf("%s: %w", f.Name, market.ErrNotFolder), "get a file without -r")
	}
	out := c.String("output")
	if out == "" || out == "-" {
		out = strings.TrimSuffix(f.Name, "/")
	}
	start := time.Now()
	res, err := cl.GetTree(c.Context, f, out, c.Bool("force"))
	if err != nil {
		return hint(err, "add --force to overwrite existing files, or choose another -o")
	}
	return e.Out.Result(map[string]any{"id": hex32(f.ID), "name": f.Name, "files": res.Files, "dirs": res.Dirs, "links": res.Links,
		"size": res.Size, "output": out, "seconds": time.Since(start).Seconds()},
		func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "restored %s: %d files (%s), %d dirs, %d links into %s\n", f.Name, res.Files, FormatSize(uint64(res.Size)), res.Dirs, res.Links, out)
			return err
		})
}
