package marketv2

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// EndingConfig tunes Endings.
type EndingConfig struct {
	// BlockTime, when set, is the chain's block time; zero measures it
	// from the last Sample headers.
	BlockTime time.Duration
	Sample    uint64
	// Fallback is used when the measurement gives nothing (a dev chain
	// that mines many blocks in one second).
	Fallback time.Duration
	// Horizon: a live request ending within it is flagged Warn.
	Horizon time.Duration
}

// DefaultEndingConfig measures over 256 blocks, falls back to 12 s and
// warns 7 days ahead.
func DefaultEndingConfig() EndingConfig {
	return EndingConfig{Sample: 256, Fallback: 12 * time.Second, Horizon: 7 * 24 * time.Hour}
}

// Validate reports a config that cannot work.
func (c EndingConfig) Validate() error {
	if c.BlockTime < 0 || c.Fallback < 0 || c.Horizon < 0 {
		return errors.New("ending: negative duration")
	}
	if c.BlockTime == 0 && c.Sample == 0 {
		return errors.New("ending: no block time and no sample to measure it")
	}
	return nil
}

// Ending is when one request's storage ends, as `ls` and `status` show it.
type Ending struct {
	Request [32]byte
	State   uint8
	// EndEpoch is the first epoch not stored: endEpoch, or stop once the
	// request was closed early.
	EndEpoch uint64
	EndBlock uint64
	// At estimates EndBlock's wall-clock time (now + blocks left × block
	// time); for an ended request it is the estimate of when it ended.
	At    time.Time
	Ended bool
	// Warn: live, and ending within the horizon.
	Warn bool
}

// BlockTime measures the average block time over the last n headers; zero
// when the chain is too short or the timestamps do not move.
func (m *Market) BlockTime(ctx context.Context, n uint64) (time.Duration, error) {
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("block time: head: %w", err)
	}
	h := head.Number.Uint64()
	n = min(n, h)
	if n == 0 {
		return 0, nil
	}
	old, err := m.client.HeaderByNumber(ctx, new(big.Int).SetUint64(h-n))
	if err != nil {
		return 0, fmt.Errorf("block time: header %d: %w", h-n, err)
	}
	if head.Time <= old.Time {
		return 0, nil
	}
	return time.Duration(head.Time-old.Time) * time.Second / time.Duration(n), nil
}

// Endings says when each request ends, at now.
func (m *Market) Endings(ctx context.Context, ids [][32]byte, cfg EndingConfig, now time.Time) ([]Ending, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	bt := cfg.BlockTime
	if bt == 0 {
		var err error
		if bt, err = m.BlockTime(ctx, cfg.Sample); err != nil {
			return nil, err
		}
		if bt == 0 {
			bt = cfg.Fallback
		}
	}
	head, err := m.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("endings: head: %w", err)
	}
	out := make([]Ending, 0, len(ids))
	var errs error
	for _, id := range ids {
		ri, err := m.RequestInfo(ctx, id)
		if err != nil {
			errs = errors.Join(errs, err)
			continue
		}
		if ri.State == RequestNone {
			errs = errors.Join(errs, fmt.Errorf("ending of %s: %w", short(id), ErrUnknownRequest))
			continue
		}
		e := Ending{Request: id, State: ri.State, EndEpoch: uint64(ri.EndEpoch)}
		if ri.Closed && uint64(ri.Stop) < e.EndEpoch {
			e.EndEpoch = uint64(ri.Stop)
		}
		e.EndBlock = m.Clock.Start(e.EndEpoch)
		if e.EndBlock >= head {
			e.At = now.Add(time.Duration(e.EndBlock-head) * bt)
		} else {
			e.At = now.Add(-time.Duration(head-e.EndBlock) * bt)
		}
		e.Ended = !live(&ri) || e.EndBlock <= head
		e.Warn = !e.Ended && e.At.Sub(now) <= cfg.Horizon
		out = append(out, e)
	}
	return out, errs
}
