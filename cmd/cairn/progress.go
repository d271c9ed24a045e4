package main

import (
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/cairn-storage/cairn/market"
)

// progress renders market progress events: bars on a terminal, one log
// line per step otherwise (CI, pipes, --json).
type progress struct {
	mu   sync.Mutex
	w    io.Writer
	tty  bool
	bars map[string]*progressbar.ProgressBar
	last map[string]int64
	e    *Env
}

func (e *Env) newProgress() *progress {
	tty := false
	if f, ok := e.stderr.(*os.File); ok && !e.Cfg.JSON {
		tty = term.IsTerminal(int(f.Fd()))
	}
	return &progress{w: e.stderr, tty: tty, bars: map[string]*progressbar.ProgressBar{}, last: map[string]int64{}, e: e}
}

func (p *progress) event(ev market.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	key := ev.Stage
	if ev.Slot >= 0 {
		key = fmt.Sprintf("%s slot %d", ev.Stage, ev.Slot)
	}
	if ev.Part > 0 {
		key = fmt.Sprintf("part %d %s", ev.Part, key)
	}
	if !p.tty {
		if prev, ok := p.last[key]; ok && prev == ev.Done {
			return
		}
		// Byte-level transfer progress is for bars; a log gets start and end.
		if (ev.Stage == "push" || ev.Stage == "fetch" || ev.Stage == "encode") && ev.Done > 0 && ev.Done < ev.Total {
			return
		}
		p.last[key] = ev.Done
		switch {
		case ev.Total > 0 && ev.Done >= ev.Total:
			p.e.Log.Info(key+" done", "total", ev.Total, "peer", ev.Note)
		case ev.Done == 0:
			p.e.Log.Info(key+" started", "total", ev.Total, "peer", ev.Note)
		default:
			p.e.Log.Info(key, "done", ev.Done, "total", ev.Total)
		}
		return
	}
	bar, ok := p.bars[key]
	if !ok {
		total := ev.Total
		if total <= 0 {
			total = -1
		}
		opts := []progressbar.Option{progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription(fmt.Sprintf("%-14s", key)),
			progressbar.OptionShowCount(), progressbar.OptionOnCompletion(func() { fmt.Fprintln(p.w) }), progressbar.OptionSetWidth(30)}
		if ev.Stage != "fill" && ev.Stage != "request" {
			opts = append(opts, progressbar.OptionShowBytes(true))
		}
		bar = progressbar.NewOptions64(total, opts...)
		p.bars[key] = bar
	}
	_ = bar.Set64(ev.Done)
}
