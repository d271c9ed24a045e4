package market

// HealthReport is what /health answers: "ok", or "degraded" with reasons.
type HealthReport struct {
	Status  string   `json:"status"`
	Reasons []string `json:"reasons,omitempty"`
}
