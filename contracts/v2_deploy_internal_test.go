package contracts

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// revertErr is a node's revert answer carrying the revert data.
type revertErr struct{ data []byte }

func (e revertErr) Error() string          { return "execution reverted" }
func (e revertErr) ErrorCode() int         { return 3 }
func (e revertErr) ErrorData() interface{} { return hexutil.Encode(e.data) }

// A constructor whose EIP-2935 check reverts NoHistoryContract is tried
// again after a wait, at most historyRetries times; any other error is
// returned at once.
func TestRetryNoHistory(t *testing.T) {
	noHistory := revertErr{crypto.Keccak256([]byte("NoHistoryContract()"))[:4]}
	other := revertErr{crypto.Keccak256([]byte("BadConfig()"))[:4]}
	for _, tc := range []struct {
		name      string
		errs      []error // what each try returns; the last repeats
		wantTries int
		wantWaits int
		wantErr   string // the revert's name; "" for success
	}{
		{"once, then deployed", []error{fmt.Errorf("deploy: %w", noHistory), nil}, 2, 1, ""},
		{"never", []error{fmt.Errorf("deploy: %w", noHistory)}, historyRetries, historyRetries - 1, "NoHistoryContract"},
		{"another revert", []error{fmt.Errorf("deploy: %w", other)}, 1, 0, "BadConfig"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tries, waits := 0, 0
			err := retryNoHistory(func() error {
				e := tc.errs[min(tries, len(tc.errs)-1)]
				tries++
				return e
			}, func() error { waits++; return nil })
			if tries != tc.wantTries || waits != tc.wantWaits {
				t.Fatalf("%d tries, %d waits; want %d, %d", tries, waits, tc.wantTries, tc.wantWaits)
			}
			data, _ := ethclient.RevertErrorData(err)
			name, _ := ErrorNameV2(data)
			if (tc.wantErr == "") != (err == nil) || name != tc.wantErr {
				t.Fatalf("err %v (%s), want %q", err, name, tc.wantErr)
			}
		})
	}
}
