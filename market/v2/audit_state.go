package marketv2

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// Audit results of SlotAudit.
const (
	AuditOpen     = "open"
	AuditAnswered = "answered"
	AuditLapsed   = "lapsed"
	AuditVoid     = "void"
)

// SlotAudit is the last audit of one slot, as `status` shows it.
type SlotAudit struct {
	Request   string         `json:"request"` // 0x… id
	Index     uint64         `json:"index"`
	Tenure    string         `json:"tenure"` // decimal tenure id
	Holder    common.Address `json:"holder"`
	SetID     uint64         `json:"set_id"`
	Epoch     uint64         `json:"epoch"`   // the audited epoch a
	SentIn    uint64         `json:"sent_in"` // the epoch auditSlot was sent
	Result    string         `json:"result"`
	NewHolder bool           `json:"new_holder"`
}

type auditState struct {
	mu    sync.Mutex
	path  string
	dirty bool
	Slots map[string]*SlotAudit `json:"slots"`
}

func slotKey(req string, index uint64) string { return fmt.Sprintf("%s/%d", req, index) }

func openAuditState(path string) (*auditState, error) {
	s := &auditState{path: path, Slots: map[string]*SlotAudit{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read audit state: %w", err)
	}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, fmt.Errorf("parse audit state %s: %w", path, err)
	}
	if s.Slots == nil {
		s.Slots = map[string]*SlotAudit{}
	}
	return s, nil
}

func (s *auditState) get(req [32]byte, index uint64) *SlotAudit {
	return s.Slots[slotKey(common.Hash(req).Hex(), index)]
}

func (s *auditState) put(r SlotAudit) {
	s.Slots[slotKey(r.Request, r.Index)] = &r
	s.dirty = true
}

func (s *auditState) save() error {
	b, err := json.MarshalIndent(s, "", " ")
	if err != nil {
		return fmt.Errorf("encode audit state: %w", err)
	}
	if err := atomicfile.WriteFile(s.path, b, 0o600); err != nil {
		return fmt.Errorf("write audit state: %w", err)
	}
	s.dirty = false
	return nil
}

// Audits returns the last audit of every audited slot, by request and
// index.
func (a *Auditor) Audits() []SlotAudit {
	a.st.mu.Lock()
	defer a.st.mu.Unlock()
	out := make([]SlotAudit, 0, len(a.st.Slots))
	for _, r := range a.st.Slots {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(x, y SlotAudit) int {
		if x.Request != y.Request {
			if x.Request < y.Request {
				return -1
			}
			return 1
		}
		return int(x.Index) - int(y.Index)
	})
	return out
}

// LastAudit is the last audit of slot index of req.
func (a *Auditor) LastAudit(req [32]byte, index uint64) (SlotAudit, bool) {
	a.st.mu.Lock()
	defer a.st.mu.Unlock()
	r := a.st.get(req, index)
	if r == nil {
		return SlotAudit{}, false
	}
	return *r, true
}

func sortIDs(ids [][32]byte) {
	slices.SortFunc(ids, func(a, b [32]byte) int { return slices.Compare(a[:], b[:]) })
}

// Observed is the last audit of slot index of req as the chain shows it
// now: an audit the record holds open that the chain has closed since
// (the holder proved, or a settle resolved it) reads as answered, or
// lapsed when the tenure was forfeit — what the auditor's next Step will
// record. The record itself is not changed (a status read must not race
// a running auditor's writes). ok is false for a slot never audited.
func (a *Auditor) Observed(ctx context.Context, req [32]byte, index uint64) (rec SlotAudit, ok bool, err error) {
	rec, ok = a.LastAudit(req, index)
	if !ok || rec.Result != AuditOpen {
		return rec, ok, nil
	}
	tid, good := new(big.Int).SetString(rec.Tenure, 10)
	if !good {
		return rec, true, fmt.Errorf("bad tenure %q in audit state", rec.Tenure)
	}
	ti, err := a.deps.Reads.TenureInfo(ctx, tid)
	if err != nil {
		return rec, true, err
	}
	if uint64(ti.Audit) != rec.Epoch {
		rec.Result = AuditAnswered
		if ti.Flags&FlagForfeit != 0 {
			rec.Result = AuditLapsed
		}
	}
	return rec, true, nil
}
