package marketv2

import (
	"context"
	"errors"
	"fmt"
)

// SetStatus is one set as `cairn provider status` shows it: the chain's
// record beside this process's counters.
type SetStatus struct {
	SetID     uint64
	State     uint8  // SetActive, SetFailedState, SetRetired
	Members   uint32 // live members in the newest view
	Bytes     uint64 // bytes the set's store holds (0 if it cannot tell)
	Head      uint32 // first unrecorded epoch
	CumProven uint32 // recorded proven epochs
	CumMissed uint32 // recorded missed epochs
	Local     SetStats
}

// usage is the optional part of a store that reports its bytes.
type usage interface{ Used() uint64 }

// Status reads every set's record and joins this prover's counters.
func (p *Prover) Status(ctx context.Context) ([]SetStatus, error) {
	var out []SetStatus
	var errs error
	for _, s := range p.deps.Sets {
		si, err := p.deps.Chain.SetInfo(ctx, s.SetID)
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("status of set %d: %w", s.SetID, err))
			continue
		}
		st := SetStatus{
			SetID: s.SetID, State: si.State, Members: si.Live, Head: si.Head,
			CumProven: si.CumProven, CumMissed: si.CumMissed, Local: p.Stats(s.SetID),
		}
		if u, ok := s.Store.(usage); ok {
			st.Bytes = u.Used()
		}
		out = append(out, st)
	}
	return out, errs
}

// SetStateName names a set state for people.
func SetStateName(s uint8) string {
	return [...]string{"active", "failed", "retired", "unknown"}[min(int(s), 3)]
}
