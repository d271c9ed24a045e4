package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// slotRef is one slot of one of the demo's requests.
type slotRef struct {
	Req   [32]byte
	File  int // 1 or 2
	Index uint64
}

// waitFilled waits until every slot of reqs has a holder and returns them
// by request.
func (d *demo) waitFilled(ctx context.Context, v *view, reqs [][32]byte, timeout time.Duration) ([][]holder, error) {
	deadline := time.Now().Add(timeout)
	for {
		all, full := make([][]holder, len(reqs)), true
		for i, r := range reqs {
			hs, err := v.holders(ctx, r)
			if err != nil {
				return nil, err
			}
			for _, h := range hs {
				full = full && h.Owner != (common.Address{})
			}
			all[i] = hs
		}
		if full {
			return all, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("slots not all filled within %s", timeout)
		}
		if err := sleep(ctx, d.cfg.BlockTime); err != nil {
			return nil, err
		}
	}
}

// watchProofs prints, for PaidEpochs whole epochs once every slot is held,
// how many proveSet transactions each set sent for the epoch and how many
// slots it holds: one transaction per set per epoch, however many slots.
// A set that proved an epoch twice fails the demo (the contract refuses
// it, so it would mean the chain view is wrong).
func (d *demo) watchProofs(ctx context.Context, v *view, reqs [][32]byte) error {
	all, err := d.waitFilled(ctx, v, reqs, 2*time.Minute)
	if err != nil {
		return err
	}
	owners, err := v.owners(ctx)
	if err != nil {
		return err
	}
	slots := map[uint64]int{}
	for _, hs := range all {
		for _, h := range hs {
			slots[h.SetID]++
		}
	}
	from, err := v.head(ctx)
	if err != nil {
		return err
	}
	first, err := v.m.CurrentEpoch(ctx)
	if err != nil {
		return err
	}
	first++ // the first whole epoch with every member in
	deadline := time.Now().Add(time.Duration(d.cfg.PaidEpochs+4) * time.Duration(d.cfg.EpochBlocks) * d.cfg.BlockTime * 2)
	for e := first; e < first+uint64(d.cfg.PaidEpochs); {
		x, err := v.m.CurrentEpoch(ctx)
		if err != nil {
			return err
		}
		if x < e+2 { // proofs of e are accepted until e+1's grace ends
			if time.Now().After(deadline) {
				return fmt.Errorf("epoch %d did not close in time", e)
			}
			if err := sleep(ctx, d.cfg.BlockTime); err != nil {
				return err
			}
			continue
		}
		txs, err := v.proofTxs(ctx, from)
		if err != nil {
			return err
		}
		var parts []string
		total, held := 0, 0
		ids := make([]uint64, 0, len(slots))
		for id := range slots {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		for _, id := range ids {
			n := txs[e][id]
			if n > 1 {
				return fmt.Errorf("set %d proved epoch %d %d times", id, e, n)
			}
			total += n
			held += slots[id]
			mark := fmt.Sprintf("%s %d tx/%s", d.name(owners[id].Hex()), n, plural(slots[id], "slot"))
			if n == 0 {
				mark += " (missed)"
			}
			parts = append(parts, mark)
		}
		d.note("epoch %d: %d proveSet transactions for %d slots in %d sets: %s", e, total, held, len(ids), strings.Join(parts, ", "))
		e++
	}
	return nil
}

// slotsOfSet lists the demo's slots held through set.
func (d *demo) slotsOfSet(ctx context.Context, v *view, set uint64, reqs ...[32]byte) []slotRef {
	var out []slotRef
	for i, r := range reqs {
		hs, err := v.holders(ctx, r)
		if err != nil {
			continue
		}
		for _, h := range hs {
			if h.SetID == set && h.Owner != (common.Address{}) {
				out = append(out, slotRef{Req: r, File: i + 1, Index: h.Index})
			}
		}
	}
	return out
}

// watchRepair follows the killed provider's set until it failed and every
// slot it held is held again by another provider.
func (d *demo) watchRepair(ctx context.Context, v *view, victim common.Address, set, from uint64, lost []slotRef) error {
	deadline := time.Now().Add(5 * time.Minute)
	last, failedSaid := "", false
	repaired := map[slotRef]bool{}
	for len(repaired) < len(lost) {
		si, err := v.m.SetInfo(ctx, set)
		if err != nil {
			return err
		}
		x, err := v.m.CurrentEpoch(ctx)
		if err != nil {
			return err
		}
		settled, failedAt, err := v.settleSets(ctx, set, from)
		if err != nil {
			return err
		}
		line := fmt.Sprintf("epoch %d: set %d %s, recorded through epoch %d, %d missed; settleSet calls: %d",
			x, set, marketv2.SetStateName(si.State), si.Head, si.CumMissed, settled)
		if line != last {
			d.note("%s", line)
			last = line
		}
		if failedAt >= 0 && !failedSaid {
			how := "in one settleSet"
			if settled != 1 {
				how = fmt.Sprintf("after %d settleSet calls", settled)
			}
			d.note("set %d failed %s (epoch %d): %s repairable at once", set, how, failedAt, plural(len(lost), "slot"))
			failedSaid = true
		}
		for _, s := range lost {
			if repaired[s] {
				continue
			}
			hs, err := v.holders(ctx, s.Req)
			if err != nil {
				return err
			}
			h := hs[s.Index]
			if h.Owner != (common.Address{}) && h.Owner != victim {
				repaired[s] = true
				d.note("file %d slot %d repaired by %s (set %d): it rebuilt the shard from k=4 others and filled the slot", s.File, s.Index, d.name(h.Owner.Hex()), h.SetID)
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d slots repaired within 5 minutes", len(repaired), len(lost))
		}
		if len(repaired) < len(lost) {
			if err := sleep(ctx, d.cfg.BlockTime); err != nil {
				return err
			}
		}
	}
	d.note("repaired: every slot of the killed provider is held again; no client was running")
	return nil
}

// extend runs `cairn extend` and waits until every current holder of req
// accepted the extension (ExtensionAccepted).
func (d *demo) extend(ctx context.Context, v *view, id string, req [32]byte) error {
	from, err := v.head(ctx)
	if err != nil {
		return err
	}
	var out struct {
		TotalWei string `json:"total_wei"`
		Requests []struct {
			OldEnd uint64 `json:"old_end_epoch"`
			NewEnd uint64 `json:"new_end_epoch"`
		} `json:"requests"`
	}
	if err := d.cairnJSON(ctx, &out, false, "extend", "--password-file", d.info.Client.PasswordFile, "--epochs", "50", id); err != nil {
		return fmt.Errorf("extend: %w", err)
	}
	if len(out.Requests) != 1 {
		b, _ := json.Marshal(out)
		return fmt.Errorf("extend printed %s", b)
	}
	d.note("paid %s: end epoch %d -> %d", tokens(out.TotalWei), out.Requests[0].OldEnd, out.Requests[0].NewEnd)
	hs, err := v.holders(ctx, req)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(3 * time.Duration(d.cfg.EpochBlocks) * d.cfg.BlockTime * 3)
	for {
		n, err := v.extensions(ctx, from)
		if err != nil {
			return err
		}
		if n >= len(hs) {
			d.note("extension accepted by all %d holders: each moved its tenure's end to %d", n, out.Requests[0].NewEnd)
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d holders accepted the extension in time", n, len(hs))
		}
		if err := sleep(ctx, d.cfg.BlockTime); err != nil {
			return err
		}
	}
}
