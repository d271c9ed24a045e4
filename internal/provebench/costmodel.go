package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"strings"
)

// Cost-model inputs (issue 13): 1-day epochs (30 a month), 0.01 gwei per
// gas, $3000 per ETH, so one gas costs 3·10⁻⁸ dollars.
const (
	epochsPerMonth = 30
	gweiPerGas     = 0.01
	dollarsPerETH  = 3000.0
	dollarsPerGas  = gweiPerGas * 1e-9 * dollarsPerETH
	// 4+2 erasure coding: 1.5 bytes stored per byte of user data.
	codingK, codingM = 4, 2
	// A TiB of user data is 384 slots of 4 GiB; a 1 GiB file is 6 slots
	// of 256 MiB (costed with the 64 MiB gas figures: a proof grows only
	// with tree depth, 2 levels more).
	tibSlots   = 1024 * (codingK + codingM) / codingK / 4
	fileSlots  = codingK + codingM
	termMonths = 12
	// Network: 10 PB (10^16 bytes) of user data on 10,000 providers, one
	// proof set each, in 4 GiB shards.
	netBytes     = 1e16
	netProviders = 10_000
)

// costInputs are the gas figures the model uses: v2's measured ones
// (bench/gas.json) and v1's recorded before v1 was deleted
// (bench/gas_v1.json, history).
var costInputs = []string{
	"submitProof_k10_4GiB", "submitProof_k10_64MiB", "submitProofs_10slots_64MiB",
	"proveSet_10k_x4GiB", "proveSet_1x64MiB", "fillSlot_4GiB_v2", "fillSlot_64MiB_v2",
	"settle_100_tenures", "fillSlot_4GiB", "fillSlot_64MiB",
}

type costRow struct {
	Case        string  `json:"case"`
	Formula     string  `json:"formula"`
	GasPerMonth float64 `json:"gas_per_month"`
	USDPerMonth float64 `json:"usd_per_month"`
}

type netRow struct {
	Protocol     string  `json:"protocol"`
	Formula      string  `json:"formula"`
	ProofGasDay  float64 `json:"proof_gas_per_day"`
	TotalGasDay  float64 `json:"total_gas_per_day"`
	USDPerDay    float64 `json:"usd_per_day"`
	TxPerDay     float64 `json:"proof_tx_per_day"`
	BlocksOf36M  float64 `json:"blocks_of_36M_gas_per_day"`
	ShareOfChain float64 `json:"share_of_a_36M_gas_12s_chain"`
}

type costResult struct {
	Inputs struct {
		EpochsPerMonth int               `json:"epochs_per_month"`
		GweiPerGas     float64           `json:"gwei_per_gas"`
		USDPerETH      float64           `json:"usd_per_eth"`
		USDPerGas      float64           `json:"usd_per_gas"`
		Coding         string            `json:"coding"`
		TermMonths     int               `json:"term_months"`
		Gas            map[string]uint64 `json:"gas"`
		GasSource      string            `json:"gas_source"`
	} `json:"inputs"`
	Rows    []costRow `json:"rows"`
	Network []netRow  `json:"network_10PB_10k_providers"`
	NetSlot float64   `json:"network_slots_4GiB"`
}

// costModel computes the model from the gas figures of the files in
// gasPaths (flat name → gas objects; a later file's figure wins).
func costModel(gasPaths ...string) (*costResult, error) {
	all := map[string]uint64{}
	for _, p := range gasPaths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var m map[string]uint64
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		maps.Copy(all, m)
	}
	gasPath := strings.Join(gasPaths, " + ")
	c := &costResult{}
	c.Inputs.EpochsPerMonth, c.Inputs.GweiPerGas, c.Inputs.USDPerETH, c.Inputs.USDPerGas = epochsPerMonth, gweiPerGas, dollarsPerETH, dollarsPerGas
	c.Inputs.Coding, c.Inputs.TermMonths, c.Inputs.GasSource = "4+2", termMonths, gasPath
	c.Inputs.Gas = map[string]uint64{}
	for _, k := range costInputs {
		if all[k] == 0 {
			return nil, fmt.Errorf("%s: no %s (run make bench-gas)", gasPath, k)
		}
		c.Inputs.Gas[k] = all[k]
	}
	g := func(k string) float64 { return float64(all[k]) }
	row := func(name, formula string, gas float64) {
		c.Rows = append(c.Rows, costRow{Case: name, Formula: formula, GasPerMonth: gas, USDPerMonth: gas * dollarsPerGas})
	}
	// v1: every slot proves every epoch; a fill once per term.
	row("v1 TiB-month (384 × 4 GiB slots)", "384·(30·submitProof_k10_4GiB + fillSlot_4GiB/12)",
		tibSlots*(epochsPerMonth*g("submitProof_k10_4GiB")+g("fillSlot_4GiB")/termMonths))
	row("v1 TiB-month, proofs batched 10 a transaction", "384·(30·submitProofs_10slots_64MiB/10 + fillSlot_4GiB/12) (64 MiB batch figure: a lower bound)",
		tibSlots*(epochsPerMonth*g("submitProofs_10slots_64MiB")/10+g("fillSlot_4GiB")/termMonths))
	row("v1 1 GiB file-month (6 slots)", "6·(30·submitProof_k10_64MiB + fillSlot_64MiB/12)",
		fileSlots*(epochsPerMonth*g("submitProof_k10_64MiB")+g("fillSlot_64MiB")/termMonths))
	// v2: one proof per set per epoch; per slot a fill per term and a
	// share of a monthly 100-tenure settle.
	perSlot4 := g("fillSlot_4GiB_v2")/termMonths + g("settle_100_tenures")/100
	perSlot64 := g("fillSlot_64MiB_v2")/termMonths + g("settle_100_tenures")/100
	setMonth := epochsPerMonth * g("proveSet_10k_x4GiB")
	row("v2 TiB-month in full sets (10^4 × 4 GiB per set)", "384·(30·proveSet_10k_x4GiB/10^4 + fillSlot_4GiB_v2/12 + settle_100_tenures/100)",
		tibSlots*(setMonth/10_000+perSlot4))
	row("v2 TiB-month alone (6 providers' sets of 64 slots)", "6·30·proveSet_10k_x4GiB + 384·(fillSlot_4GiB_v2/12 + settle_100_tenures/100)",
		fileSlots*setMonth+tibSlots*perSlot4)
	row("v2 1 GiB file-month in full sets", "6·(30·proveSet_10k_x4GiB·(256 MiB/(10^4·4 GiB)) + fillSlot_64MiB_v2/12 + settle_100_tenures/100)",
		fileSlots*(setMonth*256/(10_000*4096)+perSlot64))
	row("v2 1 GiB file-month alone (6 one-member sets)", "6·(30·proveSet_1x64MiB + fillSlot_64MiB_v2/12 + settle_100_tenures/100)",
		fileSlots*(epochsPerMonth*g("proveSet_1x64MiB")+perSlot64))
	// The network: 10 PB user data, 1.5× stored, in 4 GiB slots.
	slots := netBytes * (codingK + codingM) / codingK / float64(4<<30)
	c.NetSlot = slots
	net := func(proto, formula string, proofGas, otherGas, txs float64) {
		tot := proofGas + otherGas
		c.Network = append(c.Network, netRow{Protocol: proto, Formula: formula, ProofGasDay: proofGas, TotalGasDay: tot,
			USDPerDay: tot * dollarsPerGas, TxPerDay: txs, BlocksOf36M: tot / 36e6, ShareOfChain: tot / (36e6 * 7200)})
	}
	net("v1", "slots·submitProof_k10_4GiB + slots·fillSlot_4GiB/(12·30)", slots*g("submitProof_k10_4GiB"), slots*g("fillSlot_4GiB")/(termMonths*epochsPerMonth), slots)
	net("v2", "10^4·proveSet_10k_x4GiB + slots·(fillSlot_4GiB_v2/(12·30) + settle_100_tenures/(100·30))",
		netProviders*g("proveSet_10k_x4GiB"), slots*(g("fillSlot_4GiB_v2")/(termMonths*epochsPerMonth)+g("settle_100_tenures")/(100*epochsPerMonth)), netProviders)
	return c, nil
}
