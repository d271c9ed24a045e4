package marketv2

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sync"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// ErrOverBudget means an extension would spend past the keeper's budget;
// nothing was sent for it.
var ErrOverBudget = errors.New("keep: over budget")

// Budget caps what the keeper spends. A nil cap is no cap. Monthly counts
// what was spent in the current window of MonthEpochs epochs (epoch /
// MonthEpochs), so it needs no wall clock and a restart does not reset it.
type Budget struct {
	Total       *big.Int
	Monthly     *big.Int
	MonthEpochs uint64
}

// journalEntry is one extension the keeper decided on. Pending entries
// are written before the transaction is sent and count as spent, so a
// crash can only ever over-count, never spend twice.
type journalEntry struct {
	Request string `json:"request"` // 0x… id
	FromEnd uint64 `json:"from_end"`
	NewEnd  uint64 `json:"new_end"`
	Cost    string `json:"cost"` // tokens (wei), decimal
	Epoch   uint64 `json:"epoch"`
	Done    bool   `json:"done"`
	Failed  bool   `json:"failed,omitempty"` // reverted: nothing was spent
}

// journal is the keeper's spent-amount record, rewritten atomically
// (internal/atomicfile) on every change.
type journal struct {
	mu      sync.Mutex
	path    string
	Entries []journalEntry `json:"entries"`
}

func openJournal(path string) (*journal, error) {
	j := &journal{path: path}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return j, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read keep journal: %w", err)
	}
	if err := json.Unmarshal(b, j); err != nil {
		return nil, fmt.Errorf("parse keep journal %s: %w", path, err)
	}
	return j, nil
}

func (j *journal) save() error {
	b, err := json.MarshalIndent(j, "", " ")
	if err != nil {
		return fmt.Errorf("encode keep journal: %w", err)
	}
	if err := atomicfile.WriteFile(j.path, b, 0o600); err != nil {
		return fmt.Errorf("write keep journal: %w", err)
	}
	return nil
}

// spent sums the cost of entries not failed, in total and in the window
// of epoch.
func (j *journal) spent(b Budget, epoch uint64) (total, month *big.Int) {
	total, month = new(big.Int), new(big.Int)
	for _, e := range j.Entries {
		if e.Failed {
			continue
		}
		c, _ := new(big.Int).SetString(e.Cost, 10)
		if c == nil {
			continue
		}
		total.Add(total, c)
		if b.MonthEpochs > 0 && e.Epoch/b.MonthEpochs == epoch/b.MonthEpochs {
			month.Add(month, c)
		}
	}
	return total, month
}

// check reports ErrOverBudget when cost does not fit.
func (b Budget) check(total, month, cost *big.Int) error {
	if b.Total != nil && new(big.Int).Add(total, cost).Cmp(b.Total) > 0 {
		return fmt.Errorf("%w: %s spent + %s > total %s", ErrOverBudget, total, cost, b.Total)
	}
	if b.Monthly != nil && new(big.Int).Add(month, cost).Cmp(b.Monthly) > 0 {
		return fmt.Errorf("%w: %s spent this month + %s > monthly %s", ErrOverBudget, month, cost, b.Monthly)
	}
	return nil
}

// pending returns the index of req's unfinished entry, or −1.
func (j *journal) pending(req string) int {
	for i, e := range j.Entries {
		if e.Request == req && !e.Done && !e.Failed {
			return i
		}
	}
	return -1
}
