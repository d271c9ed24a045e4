package main

import (
	"fmt"
	"strings"
)

// Cost-model inputs (issue 10): 1-day epochs, 30 epochs a month, 0.01 gwei
// gas, $3000 per ETH, so one gas costs 3·10^-8 dollars.
const (
	epochsPerMonth = 30
	dollarsPerGas  = 0.01e-9 * 3000
	// A TiB of user data under 4+2 is 384 slots of 4 GiB; a 1 GiB file
	// under 4+2 is 6 slots of 256 MiB.
	tibSlots4GiB  = 384
	fileSlots     = 6
	termMonths    = 12
	settlesPerMon = 1
)

// costModel is the v1/v2 proving cost model from the measured v2 receipts
// (res) and the recorded v1 ones (v1), with its inputs and formulas, for
// BENCHMARKS.md.
func costModel(res, v1 map[string]uint64) string {
	g := func(k string) float64 {
		if x, ok := res[k]; ok {
			return float64(x)
		}
		return float64(v1[k])
	}
	if res["proveSet_10k_x4GiB"] == 0 || v1["submitProof_k10_4GiB"] == 0 {
		return ""
	}
	usd := func(gas float64) string { return fmt.Sprintf("$%.4g", gas*dollarsPerGas) }
	var sb strings.Builder
	sb.WriteString("\n### Cost model (v1 beside v2)\n\n")
	sb.WriteString("Inputs: 1-day epochs (30 a month), 0.01 gwei, $3000/ETH, so 1 gas = $3·10⁻⁸. A TiB of user data under 4+2 is 384 slots of 4 GiB; a 1 GiB file under 4+2 is 6 slots of 256 MiB (costed with the 64 MiB figures: a proof's size grows only with depth). Terms of 12 months; holders settle once a month. Gas figures are the rows above (v1's from its recorded history).\n\n")
	sb.WriteString("- v1: every slot proves every epoch: month = 30 · slots · submitProof.\n")
	sb.WriteString("- v2: every *set* proves every epoch, whatever it holds: month = 30 · proveSet per set; per slot remain the fill (once per term) and its settles: slot-month = fill / 12 + settle_100_tenures / 100.\n\n")
	v1TiB := epochsPerMonth * tibSlots4GiB * g("submitProof_k10_4GiB")
	v1File := epochsPerMonth * fileSlots * g("submitProof_k10_64MiB")
	setMonth4 := epochsPerMonth * g("proveSet_10k_x4GiB")
	setMonth64 := epochsPerMonth * g("proveSet_1x64MiB")
	perSlotMonth4 := g("fillSlot_4GiB_v2")/termMonths + settlesPerMon*g("settle_100_tenures")/100
	perSlotMonth64 := g("fillSlot_64MiB_v2")/termMonths + settlesPerMon*g("settle_100_tenures")/100
	// v2, a TiB inside full sets of 10^4 × 4 GiB: its share of the set proofs is 384/10^4.
	v2TiBFull := setMonth4*tibSlots4GiB/10_000 + tibSlots4GiB*perSlotMonth4
	// v2, a TiB alone in 6 providers' sets (64 slots each).
	v2TiBAlone := 6*setMonth4 + tibSlots4GiB*perSlotMonth4
	v2FileAlone := fileSlots*setMonth64 + fileSlots*perSlotMonth64
	v2FileFull := fileSlots*setMonth4*(256.0/(10_000*4096)) + fileSlots*perSlotMonth64
	sb.WriteString("| case | gas / month | $ / month |\n|---|---|---|\n")
	row := func(name string, gas float64) {
		fmt.Fprintf(&sb, "| %s | %.4g | %s |\n", name, gas, usd(gas))
	}
	row("v1, 1 TiB (384 × 4 GiB slots)", v1TiB)
	row("v1, 1 GiB file (6 slots)", v1File)
	row("v2, one set (any content, 10^4 × 4 GiB figure)", setMonth4)
	row("v2, 1 TiB in full sets of 10^4 × 4 GiB (its share of the proofs + fills + settles)", v2TiBFull)
	row("v2, 1 TiB alone in 6 sets", v2TiBAlone)
	row("v2, 1 GiB file in full sets", v2FileFull)
	row("v2, 1 GiB file alone in 6 sets", v2FileAlone)
	return sb.String()
}
