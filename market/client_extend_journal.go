package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/atomicfile"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// The extend journal makes a rerun of an interrupted `cairn extend` pay
// nothing twice. Before extendRequest is sent, the intent is written
// (fsync + atomic rename) to <dir>/<request id>-<target end>.json: the end
// the request had when the first run began (FromEnd), the absolute end it
// asked for and the cost. It is removed once the transaction's receipt is
// seen, or once a revert shows nothing was spent.
//
// A rerun of `extend ID --epochs N` that finds a record for ID counts N
// from the record's FromEnd, not from the chain's current end: when the
// interrupted transaction landed (the end already reached FromEnd + N) it
// sends nothing; when it did not, it sends extendRequest to the same
// absolute end again. extendRequest charges only newEnd − current end, so
// no order of landings can pay for more than FromEnd + N. A record left
// by a run whose receipt was seen but not recorded (killed between the
// two) makes the next `extend ID --epochs N` of the same N a no-op:
// reading it as the rerun errs on the side of not paying.
const extendJournalVersion = 1

// ExtendChain is what a journalled extension needs of the chain
// (*marketv2.Market).
type ExtendChain interface {
	RequestInfo(ctx context.Context, req [32]byte) (contracts.IMarketplaceV2RequestInfo, error)
	QuoteExtend(ctx context.Context, req [32]byte, newEnd uint64, topUp *big.Int) (marketv2.ExtendQuote, error)
	EnsureAllowance(ctx context.Context, need *big.Int) error
	ExtendRequest(ctx context.Context, req [32]byte, newEnd uint64, reserveTopUp *big.Int) error
}

// ExtendJournal is the directory of extension intents of one marketplace.
type ExtendJournal struct {
	dir         string
	marketplace string
}

// NewExtendJournal is the extend journal in dir for marketplace's requests.
func NewExtendJournal(dir string, marketplace common.Address) ExtendJournal {
	return ExtendJournal{dir: dir, marketplace: marketplace.Hex()}
}

// extendEntry is one extension intent.
type extendEntry struct {
	Version     int    `json:"version"`
	Marketplace string `json:"marketplace"`
	Request     string `json:"request"`
	FromEnd     uint64 `json:"from_end"`
	NewEnd      uint64 `json:"new_end"`
	TopUpWei    string `json:"top_up_wei"`
	TotalWei    string `json:"total_wei"`
}

// ExtendPlan is one request's extension as a rerun-safe plan.
type ExtendPlan struct {
	Quote marketv2.ExtendQuote
	// Landed: an interrupted run's extension to Quote.NewEnd is on chain
	// already; Send sends nothing and Quote is what that run paid.
	Landed bool
	// Resumed: an interrupted run's extension that is not (yet) on chain;
	// Send sends it again, to the same absolute end.
	Resumed bool
}

func (j ExtendJournal) file(id [32]byte, newEnd uint64) string {
	return filepath.Join(j.dir, fmt.Sprintf("%s-%d.json", common.Hash(id).Hex(), newEnd))
}

// pending lists the journalled intents of request id (normally at most one).
func (j ExtendJournal) pending(id [32]byte) ([]extendEntry, error) {
	prefix := common.Hash(id).Hex() + "-"
	names, err := os.ReadDir(j.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("extend journal: %w", err)
	}
	var out []extendEntry
	for _, d := range names {
		if d.IsDir() || !strings.HasPrefix(d.Name(), prefix) || !strings.HasSuffix(d.Name(), ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(j.dir, d.Name()))
		if err != nil {
			return nil, fmt.Errorf("extend journal: %w", err)
		}
		var e extendEntry
		if json.Unmarshal(b, &e) != nil || e.Version != extendJournalVersion || !strings.EqualFold(e.Marketplace, j.marketplace) {
			continue // written atomically: only a foreign file is unreadable
		}
		out = append(out, e)
	}
	return out, nil
}

func (j ExtendJournal) write(e extendEntry) error {
	if err := os.MkdirAll(j.dir, 0o700); err != nil {
		return fmt.Errorf("extend journal: %w", err)
	}
	b, err := json.MarshalIndent(e, "", " ")
	if err != nil {
		return fmt.Errorf("extend journal: %w", err)
	}
	id := common.HexToHash(e.Request)
	if err := atomicfile.WriteFile(j.file(id, e.NewEnd), b, 0o600); err != nil {
		return fmt.Errorf("extend journal: %w", err)
	}
	return nil
}

// clear removes request id's intents except the one to keepEnd (0: all).
func (j ExtendJournal) clear(id [32]byte, keepEnd uint64) error {
	es, err := j.pending(id)
	if err != nil {
		return err
	}
	for _, e := range es {
		if e.NewEnd == keepEnd {
			continue
		}
		if err := os.Remove(j.file(id, e.NewEnd)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("extend journal: %w", err)
		}
	}
	return nil
}

// Plan quotes extending request id by epochs with topUp (nil: none),
// counting from an interrupted run's starting end when the journal holds
// one. Nothing is written or sent.
func (j ExtendJournal) Plan(ctx context.Context, ch ExtendChain, id [32]byte, epochs uint64, topUp *big.Int) (ExtendPlan, error) {
	ri, err := ch.RequestInfo(ctx, id)
	if err != nil {
		return ExtendPlan{}, err
	}
	es, err := j.pending(id)
	if err != nil {
		return ExtendPlan{}, err
	}
	base, resumed := uint64(ri.EndEpoch), false
	for _, e := range es {
		if !resumed || e.FromEnd < base {
			base, resumed = e.FromEnd, true
		}
	}
	target := base + epochs
	if resumed && uint64(ri.EndEpoch) >= target {
		q := marketv2.ExtendQuote{Request: id, OldEnd: base, NewEnd: target, Storage: new(big.Int), TopUp: new(big.Int), Total: new(big.Int)}
		for _, e := range es {
			if e.NewEnd == target {
				q.TopUp.SetString(e.TopUpWei, 10)
				q.Total.SetString(e.TotalWei, 10)
				q.Storage.Sub(q.Total, q.TopUp)
			}
		}
		return ExtendPlan{Quote: q, Landed: true}, nil
	}
	for _, e := range es {
		if e.NewEnd == target && topUp == nil {
			topUp, _ = new(big.Int).SetString(e.TopUpWei, 10)
		}
	}
	q, err := ch.QuoteExtend(ctx, id, target, topUp)
	if err != nil {
		return ExtendPlan{Quote: q}, err
	}
	return ExtendPlan{Quote: q, Resumed: resumed}, nil
}

// Send carries out p: it journals the intent, approves and sends
// extendRequest, and drops the record once the chain has the new end. A
// failure the chain answered (a revert: nothing spent) drops the record
// too; an RPC failure keeps it, for the rerun.
func (j ExtendJournal) Send(ctx context.Context, ch ExtendChain, p ExtendPlan) error {
	q := p.Quote
	if p.Landed {
		return j.clear(q.Request, 0)
	}
	es, err := j.pending(q.Request)
	if err != nil {
		return err
	}
	from := q.OldEnd
	for _, e := range es {
		from = min(from, e.FromEnd)
	}
	e := extendEntry{Version: extendJournalVersion, Marketplace: j.marketplace, Request: common.Hash(q.Request).Hex(),
		FromEnd: from, NewEnd: q.NewEnd, TopUpWei: q.TopUp.String(), TotalWei: q.Total.String()}
	if err := j.write(e); err != nil {
		return err
	}
	if err := j.clear(q.Request, q.NewEnd); err != nil {
		return err
	}
	if err := ch.EnsureAllowance(ctx, q.Total); err != nil {
		return err
	}
	if err := ch.ExtendRequest(ctx, q.Request, q.NewEnd, q.TopUp); err != nil {
		var ce marketv2.ContractError
		if !errors.As(err, &ce) {
			return err // maybe sent: the record stays for the rerun
		}
		if ri, rerr := ch.RequestInfo(ctx, q.Request); rerr == nil && uint64(ri.EndEpoch) >= q.NewEnd {
			return j.clear(q.Request, 0) // an earlier send landed first
		}
		return errors.Join(err, j.clear(q.Request, 0))
	}
	return j.clear(q.Request, 0)
}
