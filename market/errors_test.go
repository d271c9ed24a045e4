package market

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

func TestClassifyFill(t *testing.T) {
	revert := func(v any) error {
		return fmt.Errorf("fill slot 1: %w", &chain.RevertError{Label: "fillSlot", Decoded: v, Name: fmt.Sprintf("%T", v)})
	}
	cases := []struct {
		name string
		err  error
		want fillVerdict
	}{
		{"slot not open: the holder decides", revert(&contracts.MarketplaceSlotNotOpen{}), verdictCheck},
		{"mined revert without a cause", fmt.Errorf("x: %w", &chain.RevertError{Label: "fill slot 1 (tx 0x1)"}), verdictCheck},
		{"no reservation", revert(&contracts.MarketplaceNoReservation{}), verdictLost},
		{"reservation expired", revert(&contracts.MarketplaceReservationExpired{}), verdictLost},
		{"request ended", revert(&contracts.MarketplaceRequestEnded{}), verdictLost},
		{"invalid proof", revert(&contracts.MarketplaceInvalidProof{}), verdictLost},
		{"fill too early: retry", revert(&contracts.MarketplaceFillTooEarly{}), verdictRetry},
		{"seed unavailable: retry", revert(&contracts.MarketplaceFillSeedUnavailable{}), verdictRetry},
		{"Error(string) revert: retry", &chain.RevertError{Reason: "boom"}, verdictRetry},
		{"timeout", fmt.Errorf("fill: %w", chain.ErrTxTimeout), verdictRetry},
		{"cancelled", context.Canceled, verdictRetry},
		{"rpc error", errors.New("connection refused"), verdictRetry},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := classifyFill(c.err); got != c.want {
				t.Fatalf("classifyFill(%v) = %d, want %d", c.err, got, c.want)
			}
		})
	}
}
