package main

import (
	"fmt"
	"os"
	"sort"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// traceV2 logs, when CAIRN_GAS_TRACE is set, where a v2 call spends its
// execution gas: debug_traceCall at the head, cost per opcode from the gas
// left between steps (a development aid; it records nothing).
func (v *v2bench) traceV2(name string, from [20]byte, data []byte) {
	if os.Getenv("CAIRN_GAS_TRACE") == "" {
		return
	}
	var tr struct {
		Gas        uint64 `json:"gas"`
		StructLogs []struct {
			Op    string `json:"op"`
			Gas   uint64 `json:"gas"`
			Depth int    `json:"depth"`
			Pc    uint64 `json:"pc"`
		} `json:"structLogs"`
	}
	call := map[string]any{"from": hexutil.Bytes(from[:]), "to": v.dep.Marketplace, "data": hexutil.Bytes(data), "gas": "0x1000000"}
	if err := v.rc.CallContext(v.ctx, &tr, "debug_traceCall", call, "pending", map[string]any{"disableStack": true, "disableStorage": true}); err != nil {
		v.log.Warn("trace", "err", err)
		return
	}
	by := map[string]uint64{}
	cnt := map[string]int{}
	pcs := map[uint64]int{}
	var total uint64
	for i := 0; i+1 < len(tr.StructLogs); i++ {
		s, n := tr.StructLogs[i], tr.StructLogs[i+1]
		if s.Depth != 1 || n.Depth != 1 || n.Gas > s.Gas {
			continue
		}
		by[s.Op] += s.Gas - n.Gas
		cnt[s.Op]++
		pcs[s.Pc/64]++
		total += s.Gas - n.Gas
	}
	type kv struct {
		k string
		v uint64
	}
	var xs []kv
	for k, c := range by {
		xs = append(xs, kv{k, c})
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v })
	args := []any{"name", name, "gas", tr.Gas, "exec", total, "steps", len(tr.StructLogs)}
	for _, x := range xs[:min(16, len(xs))] {
		args = append(args, x.k, x.v)
	}
	v.log.Info("trace", args...)
	var cs []kv
	for k, c := range cnt {
		cs = append(cs, kv{k, uint64(c)})
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].v > cs[j].v })
	args = []any{"name", name}
	for _, x := range cs[:min(14, len(cs))] {
		args = append(args, x.k, x.v)
	}
	v.log.Info("trace steps", args...)
	var ps []kv
	for k, c := range pcs {
		ps = append(ps, kv{fmt.Sprint(k * 64), uint64(c)})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].v > ps[j].v })
	args = []any{"name", name}
	for _, x := range ps[:min(14, len(ps))] {
		args = append(args, x.k, x.v)
	}
	v.log.Info("trace pcs", args...)
}
