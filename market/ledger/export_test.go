package ledger

import "github.com/cockroachdb/pebble"

// DumpState returns every state key (not the cursor, journal or hashes)
// with its value, for tests that compare two ledgers.
func DumpState(l *Ledger) (map[string]string, error) {
	out := map[string]string{}
	err := l.read(func(r pebble.Reader) error {
		for _, p := range []byte{pRequest, pByClient, pOpen, pSlot, pByHolder, pReservation, pByReserver, pProvider, pStats,
			pRequestV2, pSlotV2, pSet, pByOwner, pTenure} {
			if err := scan(r, []byte{p}, func(k, v []byte) error {
				out[string(k)] = string(v)
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}
