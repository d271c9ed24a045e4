package market

import "fmt"

// HealthReport is what /health answers: "ok", or "degraded" with reasons.
type HealthReport struct {
	Status  string   `json:"status"`
	Reasons []string `json:"reasons,omitempty"`
}

// senderReasons are the /health reasons of the sender's state: calls held
// at the operator's fee cap (a replacement refused by MaxFeePerGas) stall
// every later transaction of the account — proofs included — until the
// base fee falls, so the node is degraded while any is pending.
func senderReasons(st ChainStats) []string {
	if st.Stuck == 0 {
		return nil
	}
	return []string{fmt.Sprintf("sender stuck: %d of %d pending transactions held at the fee cap (max fee per gas); later transactions queue behind them", st.Stuck, st.Pending)}
}
